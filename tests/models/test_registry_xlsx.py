"""The unit registry from Excel: a good file creates, updates, links successions and enrols in
one go; any bad row refuses the whole file with the database exactly as it was, naming the
row. Workbooks are built here with openpyxl, as people fill them in."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import openpyxl
import pytest
from wshelpers import dump
from xlsx_builders import BILLION_LAUGHS, docx_file, with_shared_strings

from desktop import messages
from desktop.models import assessments, campaigns, criteria, registry_xlsx, units
from desktop.models.errors import InvalidInput, NotFound

HEADERS = ("Mã đơn vị", "Tên đơn vị", "Loại", "Đơn vị cấp trên", "Hiệu lực từ", "Hiệu lực đến",
           "Nhóm", "Kế thừa từ", "Hình thức", "Ngày hiệu lực kế thừa")


def book(path: Path, rows, headers=HEADERS, *, title_rows: int = 0) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for index in range(title_rows):
        sheet.append([f"DANH MỤC ĐƠN VỊ (dòng tiêu đề {index + 1})"])
    sheet.append(list(headers))
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path


def row(code, name, kind="Sở", parent=None, start=None, end=None, group=None, before=None,
        how=None, when=None):
    return (code, name, kind, parent, start, end, group, before, how, when)


def refused(ws, path, **kwargs) -> InvalidInput:
    before = dump(ws)
    with pytest.raises(InvalidInput) as caught:
        registry_xlsx.import_registry(ws, path, **kwargs)
    assert dump(ws) == before
    return caught.value


def test_the_template_reads_back_and_imports(ws, tmp_path):
    """The template's example rows import as they are: a department merged into another
    (closed the day before), a commune; without a campaign their groups are not used."""
    path = tmp_path / "mau.xlsx"
    registry_xlsx.write_registry_template(path)
    rows, problems = registry_xlsx.read_registry(path)
    assert problems == []
    assert [(r.code, r.unit_type) for r in rows] == [
        ("SKHDT", "so"), ("STC", "so"), ("XA-AB", "ubnd_xa")]
    done = registry_xlsx.import_registry(ws, path)
    assert (done.created, done.updated, done.successions, done.enrolled,
            done.groups_ignored) == (3, 0, 1, 0, 2)
    assert units.unit_by_code(ws, "SKHDT").valid_to == "2025-02-28"
    assert [u.code for u in units.successors(ws, "SKHDT")] == ["STC"]
    assert units.unit_by_code(ws, "XA-AB").valid_from == "2025-07-01"


def test_a_good_file_in_any_column_order(sample, tmp_path):
    """Headings in another order and spelling, a title row above them, labels for types and
    kinds, dates as Excel dates and as dd/mm/yyyy text, a parent listed further down, two
    communes merged into one ward, NFD names stored as NFC, enrolment in the campaign."""
    ws = sample.ws
    campaigns.add_unit_group(ws, sample.campaign.id, code="xa", name="Xã, phường",
                             criteria_set_id=sample.criteria_set.id)
    headers = ("LOẠI ĐƠN VỊ", "Mã đơn vị (*)", "Tên đơn vị", "Nhóm", "Mã đơn vị cấp trên",
               "Hiệu lực từ (dd/mm/yyyy)", "Hiệu lực đến", "Kế thừa từ", "Hình thức",
               "Ngày hiệu lực kế thừa")
    nfd = unicodedata.normalize("NFD", "Phường  Long   Xuyên")
    path = book(tmp_path / "dv.xlsx", [
        ("UBND xã", "XA-MH", "UBND xã Mỹ Hòa", None, None, "01/01/2008", None, None, None, None),
        ("ubnd_xa", "XA-MT", "UBND xã Mỹ Thới", None, None, dt.date(2008, 1, 1), None, None,
         None, None),
        ("UBND phường", "P-LX", nfd, "xa", "UBND-T", dt.date(2025, 7, 1), None, "XA-MH, XA-MT",
         "Sáp nhập", None),
        ("UBND tỉnh", "UBND-T", "UBND tỉnh An Giang", None, None, None, None, None, None, None),
        ("Ngành dọc", "KBNN", "Kho bạc Nhà nước khu vực", "so", None, None, None, None, None,
         None),
    ], headers, title_rows=2)
    done = registry_xlsx.import_registry(ws, path, campaign_id=sample.campaign.id)
    assert (done.created, done.updated, done.successions, done.enrolled) == (5, 0, 2, 2)
    ward = units.unit_by_code(ws, "P-LX")
    assert ward.name == "Phường Long Xuyên" and unicodedata.is_normalized("NFC", ward.name)
    assert ward.parent_id == units.unit_by_code(ws, "UBND-T").id
    assert ward.unit_type == "ubnd_phuong"
    for old in ("XA-MH", "XA-MT"):
        assert units.unit_by_code(ws, old).valid_to == "2025-06-30"
        assert [u.code for u in units.successors(ws, old)] == ["P-LX"]
    assert campaigns.group_of(ws, sample.campaign.id, ward.id).code == "xa"
    assert campaigns.group_of(ws, sample.campaign.id, units.unit_by_code(ws, "KBNN").id).code == "so"
    with pytest.raises(NotFound):
        campaigns.group_of(ws, sample.campaign.id, units.unit_by_code(ws, "XA-MH").id)
    # The same file again changes nothing at all (no row, no audit entry).
    before = dump(ws)
    again = registry_xlsx.import_registry(ws, path, campaign_id=sample.campaign.id)
    assert (again.created, again.updated, again.successions, again.enrolled) == (0, 0, 0, 0)
    assert dump(ws) == before


def test_known_units_are_updated_and_blank_dates_keep_what_is_stored(ws, tmp_path):
    units.create_unit(ws, code="STTTT", name="Sở Thông tin và Truyền thông", unit_type="so",
                      valid_from="2008-01-01")
    units.create_unit(ws, code="SKHCN", name="Sở Khoa học Công nghệ", unit_type="so")
    units.record_succession(ws, predecessor_code="STTTT", successor_code="SKHCN", kind="merge",
                            effective_date="2025-03-01")
    path = book(tmp_path / "dv.xlsx", [
        row("STTTT", "Sở Thông tin và Truyền thông"),
        row("SKHCN", "Sở Khoa học và Công nghệ", start="01/03/2025", before="STTTT",
            how="hợp nhất"),
    ])
    done = registry_xlsx.import_registry(ws, path)
    assert (done.created, done.updated, done.successions) == (0, 1, 0)
    assert units.unit_by_code(ws, "SKHCN").name == "Sở Khoa học và Công nghệ"
    assert units.unit_by_code(ws, "SKHCN").valid_from == "2025-03-01"
    closed = units.unit_by_code(ws, "STTTT")
    assert (closed.valid_from, closed.valid_to) == ("2008-01-01", "2025-02-28")


def test_a_unit_not_yet_scored_moves_group_one_already_scored_does_not(sample, tmp_path):
    ws, campaign = sample.ws, sample.campaign
    campaigns.add_unit_group(ws, campaign.id, code="xa", name="Xã",
                             criteria_set_id=criteria.load_sample_criteria_set(ws, "xa-phuong").id)
    other = units.create_unit(ws, code="Q", name="Sở Q", unit_type="so")
    campaigns.enrol_unit(ws, campaign.id, other.id, "so")
    moved = registry_xlsx.import_registry(ws, book(tmp_path / "a.xlsx", [
        row("Q", "Sở Q", kind="UBND xã", group="xa")]), campaign_id=campaign.id)
    assert moved.enrolled == 1 and campaigns.group_of(ws, campaign.id, other.id).code == "xa"
    assessments.score_criterion(ws, campaign.id, sample.unit.id, "1.1.1", "kịp thời")
    error = refused(ws, book(tmp_path / "b.xlsx", [row("X", "Sở Thử nghiệm", group="xa")]),
                    campaign_id=campaign.id)
    assert [p.code for p in error.data["problems"]] == ["registry_group_change_scored"]


BAD_FILES = {
    "registry_unknown_type": [row("A", "Đơn vị A"), row("B", "Bộ B", kind="Bộ")],
    "registry_missing_value": [row("A", "Đơn vị A"), row("B", None)],
    "registry_bad_date": [row("A", "Đơn vị A"), row("B", "Đơn vị B", start="31/02/2026")],
    "registry_duplicate_code": [row("A", "Đơn vị A"), row("A", "Đơn vị A lần hai")],
    "registry_bad_validity": [row("A", "Đơn vị A"),
                              row("B", "Đơn vị B", start="01/07/2025", end="30/06/2025")],
    "registry_unknown_parent": [row("A", "Đơn vị A"), row("B", "Đơn vị B", parent="KHONG-CO")],
    "registry_unknown_predecessor": [row("A", "Đơn vị A"),
                                     row("B", "Đơn vị B", before="A, KHONG-CO", how="hợp nhất",
                                         when="01/07/2025")],
    "registry_bad_succession_kind": [row("A", "Đơn vị A"),
                                     row("B", "Đơn vị B", before="A", how="gộp lại",
                                         when="01/07/2025")],
    "registry_succession_incomplete": [row("A", "Đơn vị A"), row("B", "Đơn vị B", before="A")],
    "registry_self_reference": [row("A", "Đơn vị A"), row("B", "Đơn vị B", parent="B")],
    "registry_parent_cycle": [row("A", "Đơn vị A", parent="B"), row("B", "Đơn vị B", parent="A")],
    "registry_succession_before_start": [
        row("A", "Đơn vị A", start="01/07/2025"),
        row("B", "Đơn vị B", before="A", how="đổi tên", when="01/07/2025")],
}


@pytest.mark.parametrize("code", sorted(BAD_FILES))
def test_a_bad_row_refuses_the_whole_file(ws, tmp_path, code):
    """Row 2 is fine and row 3 is not: nothing at all is imported, and the problem names
    row 3 in a sentence with every blank filled."""
    error = refused(ws, book(tmp_path / "dv.xlsx", BAD_FILES[code]))
    assert error.code == "registry_invalid"
    assert code in [p.code for p in error.data["problems"]]
    problem = next(p for p in error.data["problems"] if p.code == code and p.data["row"] == 3)
    for lang in messages.LANGS:
        text = messages.sentence(problem, lang)
        assert "{" not in text and "?" not in text and "3" in text
        assert "{" not in messages.sentence(error, lang)


def test_a_date_cell_that_lost_its_format_is_refused(ws, tmp_path):
    error = refused(ws, book(tmp_path / "dv.xlsx", [row("A", "Đơn vị A", end=45838)]))
    assert [(p.code, p.data["column"]) for p in error.data["problems"]] == [
        ("registry_bad_date", "Hiệu lực đến")]


def test_an_unknown_group_is_refused_only_with_a_campaign(sample, tmp_path):
    path = book(tmp_path / "dv.xlsx", [row("A", "Đơn vị A", group="khong-co")])
    error = refused(sample.ws, path, campaign_id=sample.campaign.id)
    assert [p.code for p in error.data["problems"]] == ["registry_unknown_group"]
    assert registry_xlsx.import_registry(sample.ws, path).groups_ignored == 1


def test_codes_already_in_the_workspace_can_be_referred_to(ws, tmp_path):
    units.create_unit(ws, code="UBND-T", name="UBND tỉnh", unit_type="ubnd_tinh")
    done = registry_xlsx.import_registry(ws, book(tmp_path / "dv.xlsx", [
        row("A", "Đơn vị A", parent="UBND-T")]))
    assert done.created == 1
    assert units.unit_by_code(ws, "A").parent_id == units.unit_by_code(ws, "UBND-T").id


def test_at_most_ten_problems_are_listed_in_row_order(ws, tmp_path):
    rows = [row(f"U{i}", f"Đơn vị {i}", kind="Bộ") for i in range(12)]
    error = refused(ws, book(tmp_path / "dv.xlsx", rows))
    assert error.data["count"] == 12 and error.data["shown"] == 10
    assert [p.data["row"] for p in error.data["problems"]] == list(range(2, 12))


def test_files_that_are_not_a_registry(ws, tmp_path):
    no_header = book(tmp_path / "a.xlsx", [("A", "B")], headers=("Cột 1", "Cột 2"))
    assert refused(ws, no_header).code == "registry_no_header"
    empty = book(tmp_path / "b.xlsx", [])
    assert refused(ws, empty).code == "registry_empty"
    fake = tmp_path / "c.xlsx"
    fake.write_bytes(b"PK\x03\x04 this is not a workbook")
    assert refused(ws, fake).code == "xlsx_not_workbook"
    assert refused(ws, tmp_path / "khong-co.xlsx").code == "file_missing"


def test_hostile_workbooks_are_refused_by_the_same_guard_as_criteria_sets(ws, tmp_path):
    """An XML entity bomb and a renamed Word file: refused before openpyxl parses them."""
    bomb = with_shared_strings(book(tmp_path / "bomb.xlsx", [row("A", "Đơn vị A")]),
                               BILLION_LAUGHS)
    assert refused(ws, bomb).code == "xlsx_unsafe_xml"
    assert refused(ws, docx_file(tmp_path / "word.xlsx")).code == "xlsx_not_workbook"
