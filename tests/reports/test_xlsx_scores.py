"""The unit's score table as a workbook (desktop/reports/xlsx_scores.py), checked on the files
themselves: openpyxl reads the formulas back (every parent row sums its children, the total
sums the areas, final total and index follow the set's convention), and LibreOffice — a real
spreadsheet client — recalculates the workbooks and gets the totals of `scoring.scoresheet`
exactly, for the demo unit (self column, evidence, bonus and penalty) and for the demo unit
appraised at the coordinator (self and appraised columns, survey points)."""

from __future__ import annotations

import datetime as dt
import os
import sys
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
import xlsx_office as office

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "models"))
from wshelpers import FreezableDir, tmpfs  # noqa: E402

from desktop.models import (  # noqa: E402
    appraisal,
    assessments,
    campaigns,
    criteria,
    scoring,
    survey,
    units,
    workspaces,
)
from desktop.models.demo import DEMO_EVIDENCE, DEMO_WORKSPACE, build_demo
from desktop.models.errors import CchcError, InvalidInput, NotFound, StorageFull
from desktop.models.paths import workspace_dir
from desktop.models.store import open_workspace
from desktop.reports import xlsx_common
from desktop.reports.xlsx_scores import CONVENTION_TEXT, HEADER_ROW, SHEET, build_scores_xlsx

TODAY = dt.date(2026, 1, 5)
LONG_NAME = ("Ủy ban nhân dân phường Bình Đức 🏛️ \x01\x07 trực thuộc " * 8)[:300]
FORMULA_TEXT = "=HYPERLINK(\"http://x\",\"bấm\") không phải công thức"
PAGE = ("Giải trình chi tiết kết quả thực hiện nhiệm vụ cải cách hành chính của đơn vị, "
        "kèm số liệu từng quý và nguyên nhân chậm tiến độ. ") * 25   # about one printed page


def _unit_demo(root: Path) -> tuple[Path, dict]:
    """The demo unit (Sở Tư pháp) with bonus and penalty claimed; its score sheet."""
    build_demo(root)
    folder = workspace_dir(root, DEMO_WORKSPACE)
    with open_workspace(folder) as ws:
        campaign = campaigns.active_campaign(ws)
        own = workspaces.own_unit_id(ws)
        assessments.score_criterion(ws, campaign.id, own, "T", "1.5")
        assessments.score_criterion(ws, campaign.id, own, "P", "0,75")
        build_scores_xlsx(ws, campaign.id, own, root / "bang-diem.xlsx", today=TODAY)
        sheet = scoring.scoresheet(ws, campaign.id, own, with_suggestions=False)
        # a unit with a name of 300 characters, emoji and control characters, text that
        # looks like a formula and an explanation of twenty pages
        group = campaigns.group_of(ws, campaign.id, own)
        odd = units.create_unit(ws, code="ODD", name=LONG_NAME, unit_type="ubnd_phuong")
        campaigns.enrol_unit(ws, campaign.id, odd.id, group.code)
        assessments.score_criterion(ws, campaign.id, odd.id, "1.1.1", "kịp thời",
                                    explanation=FORMULA_TEXT + " \x02\x08 ✅")
        assessments.score_criterion(ws, campaign.id, odd.id, "1.4", "80",
                                    explanation=PAGE * 20)
        build_scores_xlsx(ws, campaign.id, odd.id, root / "ky-tu-la.xlsx", today=TODAY)
    return folder, {"sheet": sheet, "odd": odd}


def _coordinator_demo(root: Path) -> dict:
    """The demo at Sở Nội vụ: Sở Tư pháp's self scores, appraised in round 1 (some lower),
    with bonus, penalty and survey points."""
    build_demo(root, role="coordinator")
    with open_workspace(workspace_dir(root, DEMO_WORKSPACE)) as ws:
        campaign = campaigns.active_campaign(ws)
        stp = units.unit_by_code(ws, "DEMO-STP").id
        assessments.score_criterion(ws, campaign.id, stp, "T", "2")
        assessments.score_criterion(ws, campaign.id, stp, "P", "0.5")
        for code, value, remark in (("1.1.1", "chậm", "Kế hoạch ban hành chậm."),
                                    ("1.1.2", "92", ""), ("1.2.1", "đủ và đúng hạn", ""),
                                    ("2.1", "60", "Thiếu danh mục văn bản."),
                                    ("3.3.1", "96,5", ""), ("T", "1.25", "Sáng kiến cấp tỉnh."),
                                    ("P", "1", "Một văn bản bị phê bình.")):
            appraisal.record_appraisal(ws, campaign.id, stp, code, value, round=1, remark=remark,
                                       reason_code="evidence_insufficient" if remark else "")
        for code, points in (("8.1", "9.5"), ("8.2", "11"), ("8.3", "7.25")):
            survey.set_survey_points(ws, campaign.id, stp, code, points)
        build_scores_xlsx(ws, campaign.id, stp, root / "bang-diem-tham-dinh.xlsx", today=TODAY)
        return {"sheet": scoring.scoresheet(ws, campaign.id, stp, with_suggestions=False)}


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Both demo workbooks, and what LibreOffice made of them: recalculated copies (one start
    for all three files) and a PDF of each score table (a second start)."""
    root = tmp_path_factory.mktemp("scores")
    folder, unit = _unit_demo(root / "unit")
    coordinator = _coordinator_demo(root / "coordinator")
    files = [root / "unit" / "bang-diem.xlsx", root / "coordinator" / "bang-diem-tham-dinh.xlsx",
             root / "unit" / "ky-tu-la.xlsx"]
    profile = root / "lo-profile"
    recalculated = office.convert(files, "xlsx", root / "recalculated", profile)
    pdfs = office.convert(files[:2], "pdf", root / "pdf", profile)
    return {"root": root, "folder": folder, "files": files, "recalculated": recalculated,
            "pdfs": pdfs, "unit": unit, "coordinator": coordinator}


def _rows(sheet) -> dict[str, int]:
    """Criterion code → row, read from column A below the header."""
    return {str(row[0].value): row[0].row for row in sheet.iter_rows(min_row=HEADER_ROW + 1)
            if row[0].value not in (None, "")}


def _labelled(sheet, start: str) -> int:
    return next(row[1].row for row in sheet.iter_rows(min_row=HEADER_ROW + 1)
                if isinstance(row[1].value, str) and row[1].value.startswith(start))


def test_parent_rows_sum_their_children_by_formula(books: dict) -> None:
    """Every row with children holds =SUM over exactly its children's cells (not a typed
    number); leaves hold the score sheet's exact values; the total row sums the areas and the
    final total and index are the set's formulas."""
    sheet = openpyxl.load_workbook(books["files"][0])[SHEET]
    rows = _rows(sheet)
    lines = {line.criterion.code: line for line in books["unit"]["sheet"].lines}
    parents = {criteria.parent_code(code) for code in rows if criteria.parent_code(code)}
    assert {"1", "1.1", "1.2", "3.3", "7.1", "8"} <= parents
    for code, row in rows.items():
        value = sheet[f"D{row}"].value
        if code in parents:
            kids = {rows[c] for c in rows if criteria.parent_code(c) == code}
            assert isinstance(value, str) and value.startswith("=SUM("), (code, value)
            assert office.refs(value, "D") == kids, code
        else:
            expected = lines[code].score
            assert (value is None) if expected is None else Decimal(str(value)) == expected
    # consecutive children become one range; an area lists its criteria
    assert sheet[f"D{rows['1.1']}"].value == f"=SUM(D{rows['1.1.1']}:D{rows['1.1.2']})"
    assert sheet[f"D{rows['1']}"].value == (
        f"=SUM(D{rows['1.1']},D{rows['1.2']},D{rows['1.3']}:D{rows['1.6']})")
    areas = [rows[str(n)] for n in range(1, 9)]
    total = _labelled(sheet, "Tổng điểm các lĩnh vực")
    assert office.refs(sheet[f"D{total}"].value, "D") == set(areas)
    assert office.refs(sheet[f"C{total}"].value, "C") == set(areas)
    final = _labelled(sheet, "Tổng điểm cuối cùng")
    assert sheet[f"D{final}"].value == (f"=MAX(0,MIN(C{final},D{total}+SUM(D{rows['T']}))"
                                        f"-SUM(D{rows['P']}))")
    assert CONVENTION_TEXT["cap_then_penalty"] in sheet[f"B{final}"].value
    assert sheet[f"C{final}"].value == 100
    index = _labelled(sheet, "Chỉ số CCHC")
    assert sheet[f"D{index}"].value == (
        f"=IF(C{final}>0,TRUNC(ROUND(D{final}*100/C{final},10),2),0)")
    band = sheet[f"D{_labelled(sheet, 'Xếp loại')}"].value
    assert band.startswith(f'=IF(D{index}>=90,"Xuất sắc",IF(D{index}>=80,"Tốt"')


def test_libreoffice_recalculates_the_same_totals(books: dict) -> None:
    """LibreOffice opens the workbooks, recalculates every formula, and gets the score
    sheet's area points, final total (bonus capped, penalty taken off), index and band —
    the self column of the unit, and both columns at the coordinator."""
    cases = [(books["recalculated"][0], books["unit"]["sheet"], ["D"]),
             (books["recalculated"][1], books["coordinator"]["sheet"], ["D", "E"])]
    for path, sheet_data, columns in cases:
        sheet = office.recalculated(path)[SHEET]
        rows = _rows(sheet)
        lines = {line.criterion.code: line for line in sheet_data.lines}
        for column, totals, attribute in zip(columns, (sheet_data.self_totals,
                                                       sheet_data.appraised_totals),
                                             ("score", "appraised_score"), strict=False):
            for code, (points, _maximum) in totals.areas.items():
                assert office.same(sheet[f"{column}{rows[code]}"].value, points), (path, code)
            for code, row in rows.items():  # every parent: the sum of its scored children
                value = getattr(lines[code], attribute)
                if value is not None:
                    assert office.same(sheet[f"{column}{row}"].value, value), (code, column)
            total = _labelled(sheet, "Tổng điểm các lĩnh vực")
            assert office.same(sheet[f"{column}{total}"].value,
                               totals.self_scored + totals.survey)
            assert office.same(sheet[f"{column}{rows['T']}"].value, totals.bonus)
            assert office.same(sheet[f"{column}{rows['P']}"].value, totals.penalty)
            final = sheet[f"{column}{_labelled(sheet, 'Tổng điểm cuối cùng')}"].value
            assert office.same(final, totals.final), (path, column, final, totals.final)
            index = sheet[f"{column}{_labelled(sheet, 'Chỉ số CCHC')}"].value
            assert office.same(index, totals.index), (path, column, index, totals.index)
            assert sheet[f"{column}{_labelled(sheet, 'Xếp loại')}"].value == totals.band
    # the figures are worth checking: bonus, penalty, survey and appraisal all matter
    appraised = books["coordinator"]["sheet"].appraised_totals
    own = books["coordinator"]["sheet"].self_totals
    assert appraised.bonus == Decimal("1.25") and appraised.penalty == 1
    assert appraised.survey == Decimal("27.75") and appraised.final != own.final
    assert books["unit"]["sheet"].self_totals.final == (
        books["unit"]["sheet"].self_totals.self_scored + Decimal("1.5") - Decimal("0.75"))


def test_columns_evidence_and_looks(books: dict) -> None:
    """The unit's table: the NĐ 30 appendix columns (no appraised column before any
    appraisal), a title block with unit, campaign and date, one line per document cited
    (number, date, section and page), the explanations, bold areas and titles indented by
    depth, points as numbers with two decimals."""
    sheet = openpyxl.load_workbook(books["files"][0])[SHEET]
    heading = [c.value for c in sheet[HEADER_ROW]]
    assert heading == ["STT / Mã", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Điểm tối đa",
                       "Điểm tự đánh giá", "Tài liệu kiểm chứng (số, ký hiệu, ngày, trang)",
                       "Giải trình"]
    block = " ".join(str(sheet.cell(r, 1).value) for r in range(1, HEADER_ROW))
    assert "BẢNG ĐIỂM TỰ ĐÁNH GIÁ" in block and "Sở Tư pháp (mã DEMO-STP)" in block
    assert "Đánh giá Chỉ số CCHC năm 2026" in block and "Ngày lập: 05/01/2026" in block
    rows = _rows(sheet)
    assert sheet[f"E{rows['1.2.1']}"].value == (
        "Số 45/BC-STP ngày 25/03/2026, Mục II, tr. 3–5 (Báo cáo CCHC quý I)")
    assert sheet[f"E{rows['3.3.1']}"].value == "ngày 31/10/2026 (Kết quả giải quyết TTHC)"
    assert len(DEMO_EVIDENCE) == 4
    assert sheet[f"F{rows['1.6']}"].value.startswith("Hai nhiệm vụ hoàn thành chậm")
    assert sheet[f"B{rows['1']}"].font.b and not sheet[f"B{rows['1.1']}"].font.b
    assert [sheet[f"B{rows[c]}"].alignment.indent for c in ("1", "1.1", "1.1.1")] == [0, 1, 2]
    assert sheet[f"D{rows['1.4']}"].value == Decimal("1.25")
    assert sheet[f"D{rows['1.4']}"].number_format == "#,##0.00"
    assert sheet[f"C{rows['1.4']}"].value == Decimal("1.5")
    assert sheet[f"E{rows['1.2.1']}"].alignment.wrap_text


def test_appraised_column_once_known(books: dict) -> None:
    """At the coordinator, once the unit is appraised: an appraised column beside the self
    column, with the appraised values and the survey points, and the parents summed too."""
    sheet = openpyxl.load_workbook(books["files"][1])[SHEET]
    assert sheet.cell(HEADER_ROW, 5).value == "Điểm thẩm định"
    rows = _rows(sheet)
    assert sheet[f"E{rows['1.1.1']}"].value == Decimal("0.5")
    assert sheet[f"D{rows['1.1.1']}"].value == 1
    assert sheet[f"E{rows['8.2']}"].value == 11
    assert sheet[f"E{rows['1.1']}"].value == f"=SUM(E{rows['1.1.1']}:E{rows['1.1.2']})"
    assert "VÀ KẾT QUẢ THẨM ĐỊNH" in sheet["A1"].value


def test_print_setup_and_frozen_header(books: dict) -> None:
    """A4 landscape, fit to one page wide (any number of pages tall), the header row frozen,
    filtered and repeated on every printed page — in the file, and in LibreOffice's PDF."""
    book = openpyxl.load_workbook(books["files"][0])
    sheet = book[SHEET]
    setup = sheet.page_setup
    assert (setup.orientation, str(setup.paperSize)) == ("landscape", "9")
    assert (setup.fitToWidth, setup.fitToHeight) == (1, 0)
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.freeze_panes == f"A{HEADER_ROW + 1}"
    assert sheet.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"
    assert sheet.auto_filter.ref.startswith(f"A{HEADER_ROW}:F")
    for pdf in books["pdfs"]:
        width, height = office.page_size(pdf)
        assert (round(width), round(height)) == (842, 595)
        pages = office.pdf_pages(pdf)
        assert len(pages) >= 2
        for text in pages:
            assert "Lĩnh vực/Tiêu chí/Tiêu chí thành phần" in text
            assert "Giải trình" in text
        # fit to width: the last column is on the first page
        assert "Tài liệu kiểm chứng" in pages[0]


def test_odd_text_builds_and_opens(books: dict) -> None:
    """A unit name of 300 characters with emoji and control characters, text that looks like
    a formula and an explanation of twenty pages: the workbook builds, LibreOffice opens it,
    control characters are gone, the formula-like text stays text, the long explanation is
    cut to Excel's cell limit with a note."""
    sheet = openpyxl.load_workbook(books["files"][2])[SHEET]
    name_line = sheet["A2"].value
    assert "🏛️" in name_line and "\x01" not in name_line and "\x07" not in name_line
    assert name_line.startswith("Đơn vị: Ủy ban nhân dân phường Bình Đức")
    rows = _rows(sheet)
    text = sheet[f"F{rows['1.1.1']}"]
    assert text.data_type == "s" and text.value.startswith("=HYPERLINK(")
    assert "\x02" not in text.value and text.value.endswith("✅")
    long = sheet[f"F{rows['1.4']}"].value
    assert len(PAGE * 20) > xlsx_common.CELL_TEXT_LIMIT
    assert len(long) <= xlsx_common.CELL_TEXT_LIMIT and "đã cắt bớt" in long
    assert sheet.row_dimensions[rows["1.4"]].height <= 409
    reopened = office.recalculated(books["recalculated"][2])[SHEET]
    assert reopened["A2"].value == name_line
    assert reopened[f"F{rows['1.1.1']}"].value == text.value


def _existing_target(folder: Path) -> tuple[Path, bytes]:
    target = folder / "bang-diem.xlsx"
    target.write_bytes(b"the previous report")
    return target, target.read_bytes()


def test_refusals_leave_the_target_alone(books: dict, tmp_path: Path) -> None:
    """A folder as target, a missing folder, a unit not in the campaign: clear refusals,
    and a file already at the target stays as it was, with no temporary file beside it."""
    with open_workspace(books["folder"]) as ws:
        campaign = campaigns.active_campaign(ws)
        own = workspaces.own_unit_id(ws)
        with pytest.raises(InvalidInput) as refused:
            build_scores_xlsx(ws, campaign.id, own, tmp_path)
        assert refused.value.code == "file_is_directory"
        with pytest.raises(InvalidInput) as refused:
            build_scores_xlsx(ws, campaign.id, own, tmp_path / "khong-co" / "x.xlsx")
        assert refused.value.code == "report_folder_missing"
        target, old = _existing_target(tmp_path)
        with pytest.raises(NotFound):
            build_scores_xlsx(ws, campaign.id, "no-such-unit", target)
        other = units.create_unit(ws, code="OUT", name="Ngoài đợt", unit_type="so")
        with pytest.raises(NotFound) as refused:
            build_scores_xlsx(ws, campaign.id, other.id, target)
        assert refused.value.code == "unit_not_in_campaign"
        assert target.read_bytes() == old
        assert sorted(p.name for p in tmp_path.iterdir()) == ["bang-diem.xlsx"]
        build_scores_xlsx(ws, campaign.id, own, target, today=TODAY)
        assert openpyxl.load_workbook(target).sheetnames == [SHEET]


def test_read_only_folder_and_full_disk(books: dict, tmp_path: Path) -> None:
    """A read-only folder: the not-writable sentence, the old file untouched. A really full
    disk (a small tmpfs, as root): the disk-full sentence, the old file untouched, no
    temporary file left."""
    with open_workspace(books["folder"]) as ws:
        campaign = campaigns.active_campaign(ws)
        own = workspaces.own_unit_id(ws)
        with FreezableDir(tmp_path / "ro") as frozen:
            target, old = _existing_target(frozen.path)
            frozen.freeze()
            with pytest.raises(CchcError) as refused:
                build_scores_xlsx(ws, campaign.id, own, target)
            assert refused.value.code == "file_not_writable"
            assert target.read_bytes() == old
        if os.geteuid() != 0:
            return  # mounting the small tmpfs needs root (CI runs as root)
        with tmpfs(tmp_path / "small", "128k") as folder:
            target, old = _existing_target(folder)
            free = os.statvfs(folder)
            (folder / "filler").write_bytes(b"\0" * (free.f_bavail * free.f_frsize - 2048))
            with pytest.raises(StorageFull):
                build_scores_xlsx(ws, campaign.id, own, target)
            assert target.read_bytes() == old
            assert sorted(p.name for p in folder.iterdir()) == ["bang-diem.xlsx", "filler"]


def test_evidence_citation_forms() -> None:
    """A document cited by number, date and pages; by date only; by name only."""
    from desktop.models.entities import Evidence

    base = {"id": "e", "sha256": "0" * 64, "media_type": "application/pdf", "size": 1}
    assert xlsx_common.citation(Evidence(**base, original_name="Quyết định 12.pdf",
                                         doc_number="12/QĐ-UBND", doc_date="2026-02-03",
                                         pages="tr. 4")) == (
        "Số 12/QĐ-UBND ngày 03/02/2026, tr. 4 (Quyết định 12)")
    assert xlsx_common.citation(Evidence(**base, original_name="Biên bản.pdf")) == "Biên bản"
    assert xlsx_common.citation(Evidence(**base, original_name="x.pdf", pages="Mục II")) == (
        "Mục II (x)")
