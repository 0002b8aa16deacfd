"""Setting up a campaign at Sở Nội vụ from the window, on a real coordinator installation
(`workspaces.create_workspace(role="coordinator")`): the set-up dialog creates the campaign
with its groups, criteria sets (a sample and an official table read from Excel), deadlines
and rating bands in one unit of work, or keeps what was typed and shows the service's
sentence; the unit list imports only a file without problems (listing them by row
otherwise) and enrols by unit type; the check before publishing lets the package out only
without errors, and the package verifies."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QDate

from desktop.models import (
    campaigns,
    coordination_views,
    criteria,
    criteria_xlsx,
    records,
    registry_xlsx,
    setup,
    setup_views,
    units,
    workspaces,
)
from desktop.models.entities import UnitGroup
from desktop.sync import exchange, keys
from desktop.ui.campaign_setup import (
    CODE,
    ERROR_COLOUR,
    GROUP,
    NAME,
    TYPE,
    VALIDITY,
    WARNING_COLOUR,
    CampaignSetupDialog,
    PublishDialog,
    RegistryDialog,
)
from desktop.ui.screenshots import write_setup_registry
from desktop.ui.session import Session

WIDE = [("Xuất sắc", "90"), ("Tốt", "80"), ("Khá", "70"), ("Trung bình", "50"), ("Yếu", "0")]


@pytest.fixture
def coordinator(tmp_path: Path) -> Path:
    """Sở Nội vụ's fresh installation ("snv"), no campaign yet; returns the data folder."""
    workspaces.create_workspace(tmp_path, "snv", role="coordinator", unit_code="SNV",
                                unit_name="Sở Nội vụ", province="An Giang")
    return tmp_path


def open_session(qtbot, data_dir: Path) -> Session:
    session = Session(data_dir)
    with qtbot.waitSignal(session.opened, timeout=10000):
        session.open("snv")
    return session


def read(qtbot, session: Session, job: Any) -> Any:
    """Run a service on the database thread (as the window does) and wait for its result."""
    box: dict[str, Any] = {}
    session.run(job, lambda result: box.setdefault("result", result),
                lambda exc: box.setdefault("error", exc))
    qtbot.waitUntil(lambda: bool(box), timeout=10000)
    if "error" in box:
        raise box["error"]
    return box["result"]


def setup_dialog(qtbot, session: Session) -> CampaignSetupDialog:
    dialog = CampaignSetupDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitSignal(dialog.loaded, timeout=10000).wait()
    return dialog


def official_table(path: Path, *, year: int = 2027) -> Path:
    """The province's own table for the communes, as Excel (the sample's content, not a
    sample)."""
    data = criteria.sample_set_data("xa-phuong")
    data.update(province="An Giang", year=year, is_sample=False, note="",
                title=f"Bộ tiêu chí Chỉ số CCHC cấp xã tỉnh An Giang năm {year}")
    criteria_xlsx.write_workbook(data, path)
    return path


def groups_of(ws, campaign_id: str) -> dict[str, UnitGroup]:  # noqa: ANN001
    return {row["code"]: UnitGroup.from_row(row) for row in records.rows(
        ws.db, "SELECT * FROM unit_groups WHERE campaign_id = ?", [campaign_id])}


# -- the campaign ------------------------------------------------------------------------------

def test_create_a_campaign_through_the_dialog(qtbot, coordinator: Path) -> None:
    session = open_session(qtbot, coordinator)
    dialog = setup_dialog(qtbot, session)
    assert dialog.province.text() == "An Giang"
    assert [code for code, _name, _key in dialog.groups()] == ["so-ban-nganh", "xa-phuong"]
    assert [dialog.groups_table.cellWidget(r, 2).currentText() for r in range(2)] == [
        "Bộ tiêu chí mẫu — sở, ban, ngành (100 điểm)",
        "Bộ tiêu chí mẫu — UBND cấp xã, phường, đặc khu (100 điểm)"]
    assert dialog.groups_table.item(0, 3).text() == "100 điểm · 52 tiêu chí · MẪU"
    assert "bộ tiêu chí MẪU" in dialog.details.text()
    assert "8 lĩnh vực, 52 tiêu chí" in dialog.details.text()

    # the year: the title and the suggested deadlines follow it
    dialog.year.setValue(2027)
    assert dialog.title_edit.text() == "Đánh giá Chỉ số CCHC năm 2027"
    assert dialog.deadline_edits["self_scoring"].text() == "15/12/2027"
    assert dialog.deadline_edits["proposals"].text() == "15/11/2027"
    assert dialog.deadline_edits["publication"].text() == "31/03/2028"
    assert [dialog.meetings.item(i).text() for i in range(dialog.meetings.count())] == [
        "31/03/2027", "30/06/2027", "30/09/2027", "31/12/2027"]
    assert "Bộ tiêu chí năm 2026, khác năm đánh giá 2027." in dialog.details.text()
    dialog.deadline_edits["self_scoring"].setDate(QDate(2027, 12, 10))
    dialog.meetings.setCurrentRow(0)
    dialog.remove_meeting_button.click()
    dialog.year.setValue(2028)  # edited dates are kept from now on; the title still follows
    assert dialog.title_edit.text() == "Đánh giá Chỉ số CCHC năm 2028"
    assert dialog.deadline_edits["self_scoring"].text() == "10/12/2027"
    assert dialog.deadline_edits["proposals"].text() == "15/11/2027"
    dialog.year.setValue(2027)

    # the communes on the province's own table, read from Excel
    dialog.tabs.setCurrentIndex(1)
    dialog.groups_table.item(1, 1).setText("Xã, phường, đặc khu")
    table = official_table(coordinator / "bo-tieu-chi-xa.xlsx")
    with qtbot.waitSignal(dialog.set_loaded, timeout=10000):
        dialog.load_set_file(1, table)
    assert dialog.groups_table.cellWidget(1, 2).currentText() == (
        "Bộ tiêu chí Chỉ số CCHC cấp xã tỉnh An Giang năm 2027")
    assert dialog.groups_table.item(1, 3).text() == "100 điểm · 52 tiêu chí"
    assert "MẪU" not in dialog.details.text() and "bo-tieu-chi-xa.xlsx" in dialog.details.text()

    # bands: the campaign-wide ones, and the communes' own
    dialog.tabs.setCurrentIndex(3)
    assert [dialog.band_scope.itemText(i) for i in range(dialog.band_scope.count())] == [
        "Chung của đợt đánh giá (mọi nhóm)", "Nhóm so-ban-nganh", "Nhóm xa-phuong"]
    assert dialog.bands_of(dialog.band_tables[None]) == WIDE
    dialog.band_scope.setCurrentIndex(2)
    dialog.band_own["xa-phuong"].setChecked(True)
    dialog.set_bands(dialog.band_tables["xa-phuong"],
                     [("Hoàn thành tốt", "75"), ("Hoàn thành", "50"), ("Chưa hoàn thành", "0")])

    with qtbot.waitSignal(dialog.created, timeout=20000) as blocker:
        dialog.create_button.click()
    made = blocker.args[0]
    assert dialog.message.text().startswith(
        "Đã tạo đợt đánh giá “Đánh giá Chỉ số CCHC năm 2027” (năm 2027)")
    assert not dialog.create_button.isEnabled()  # created once
    assert session.campaign_id == made.id

    def stored(ws):  # noqa: ANN001, ANN202
        cid = campaigns.require_active_campaign(ws).id
        groups = groups_of(ws, cid)
        return {
            "campaign": campaigns.get_campaign(ws, cid),
            "groups": {code: (g.name, criteria.get_criteria_set(ws, g.criteria_set_id).title)
                       for code, g in groups.items()},
            "deadlines": sorted((d.kind, d.due_date) for d in campaigns.deadlines(ws, cid)),
            "wide": [(b.label, b.min_percent) for b in campaigns.rating_bands(ws, cid)],
            "departments": [(b.label, b.min_percent) for b in campaigns.rating_bands(
                ws, cid, groups["so-ban-nganh"].id)],
            "communes": [(b.label, b.min_percent) for b in campaigns.rating_bands(
                ws, cid, groups["xa-phuong"].id)],
        }

    found = read(qtbot, session, stored)
    assert (found["campaign"].year, found["campaign"].title, found["campaign"].province) == (
        2027, "Đánh giá Chỉ số CCHC năm 2027", "An Giang")
    assert found["groups"] == {
        "so-ban-nganh": ("Sở, ban, ngành", "Bộ tiêu chí mẫu — sở, ban, ngành (100 điểm)"),
        "xa-phuong": ("Xã, phường, đặc khu",
                      "Bộ tiêu chí Chỉ số CCHC cấp xã tỉnh An Giang năm 2027")}
    assert found["deadlines"] == [
        ("explanation", "2028-01-31"), ("proposals", "2027-11-15"),
        ("publication", "2028-03-31"), ("quarterly_meeting", "2027-06-30"),
        ("quarterly_meeting", "2027-09-30"), ("quarterly_meeting", "2027-12-31"),
        ("round1_appraisal", "2028-01-15"), ("round2_appraisal", "2028-02-15"),
        ("self_scoring", "2027-12-10")]
    assert found["wide"] == found["departments"] == WIDE
    assert found["communes"] == [("Hoàn thành tốt", "75"), ("Hoàn thành", "50"),
                                 ("Chưa hoàn thành", "0")]
    session.close()


def test_a_refused_creation_keeps_the_dialog_and_what_was_typed(qtbot, coordinator: Path) -> None:
    session = open_session(qtbot, coordinator)
    dialog = setup_dialog(qtbot, session)
    dialog.title_edit.clear()
    dialog.tabs.setCurrentIndex(2)
    with qtbot.waitSignal(dialog.refused, timeout=10000):
        dialog.create_button.click()
    assert dialog.message.text() == "Cần nhập tên đợt đánh giá."
    assert ERROR_COLOUR.name() in dialog.message.styleSheet()
    assert dialog.tabs.currentIndex() == 0 and dialog.isVisible()
    assert dialog.create_button.isEnabled()

    # bands out of order: refused after the criteria sets were loaded — nothing stays
    dialog.title_edit.setText("Đánh giá Chỉ số CCHC năm 2026")
    dialog.band_tables[None].item(1, 1).setText("95")
    with qtbot.waitSignal(dialog.refused, timeout=10000):
        dialog.create_button.click()
    assert dialog.message.text() == (
        "Các mức xếp loại phải có tên và ngưỡng giảm dần trong khoảng 0–100%.")
    assert dialog.tabs.currentIndex() == 3
    assert dialog.title_edit.text() == "Đánh giá Chỉ số CCHC năm 2026"
    assert dialog.bands_of(dialog.band_tables[None])[1] == ("Tốt", "95")
    assert len(dialog.groups()) == 2
    assert read(qtbot, session, lambda ws: (campaigns.list_campaigns(ws),
                                            criteria.list_criteria_sets(ws))) == ([], [])

    # two groups with one code
    dialog.band_tables[None].item(1, 1).setText("80")
    dialog.groups_table.item(1, 0).setText("so-ban-nganh")
    with qtbot.waitSignal(dialog.refused, timeout=10000):
        dialog.create_button.click()
    assert dialog.message.text() == "Nhóm đơn vị so-ban-nganh đã có trong đợt đánh giá."
    assert dialog.tabs.currentIndex() == 1

    # fixed: created
    dialog.groups_table.item(1, 0).setText("xa-phuong")
    with qtbot.waitSignal(dialog.created, timeout=20000):
        dialog.create_button.click()
    assert [c.title for c in read(qtbot, session, campaigns.list_campaigns)] == [
        "Đánh giá Chỉ số CCHC năm 2026"]
    session.close()


def test_an_invalid_criteria_table_lists_its_problems(qtbot, coordinator: Path) -> None:
    data = criteria.sample_set_data("so-ban-nganh")
    data["criteria"][1]["max"] = "-3"
    data["criteria"][2]["code"] = "1..x"
    bad = coordinator / "bo-tieu-chi.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    session = open_session(qtbot, coordinator)
    dialog = setup_dialog(qtbot, session)
    with qtbot.waitSignal(dialog.set_loaded, timeout=10000) as blocker:
        dialog.load_set_file(0, bad)
    assert dialog.message.text().startswith("Bộ tiêu chí có ")
    lines = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert dialog.problems.isVisibleTo(dialog) and lines
    assert any("1..x" in line for line in lines)
    assert blocker.args[0].code == "criteria_invalid"
    # the group keeps its sample
    assert dialog.groups()[0][2] == "sample:so-ban-nganh"
    session.close()


# -- the unit registry ---------------------------------------------------------------------------

def registry_dialog(qtbot, session: Session) -> RegistryDialog:
    dialog = RegistryDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitSignal(dialog.loaded, timeout=10000).wait()
    return dialog


def bad_registry(path: Path) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Mã đơn vị", "Tên đơn vị", "Loại", "Hiệu lực từ"])
    sheet.append(["STP", "Sở Tư pháp", "Sở", None])
    sheet.append(["STC", None, "Sở", None])                        # row 3: no name
    sheet.append(["VP", "Văn phòng UBND tỉnh", "Văn phòng", None])  # row 4: unknown type
    sheet.append(["STP", "Sở Tư pháp", "Sở", "31/02/2026"])         # row 5: twice, bad date
    workbook.save(path)
    return path


def test_registry_import_lists_problems_then_imports(qtbot, coordinator: Path) -> None:
    session = open_session(qtbot, coordinator)
    dialog = registry_dialog(qtbot, session)
    assert dialog.column(CODE) == ["SNV"]
    assert dialog.column(NAME) == ["Sở Nội vụ (đơn vị này)"]
    assert not dialog.enrol_button.isEnabled()  # no campaign yet
    assert "Chưa có đợt đánh giá" in dialog.campaign_label.text()

    # the template
    with qtbot.waitSignal(dialog.template_written, timeout=10000):
        dialog.export_template(coordinator / "mau")
    rows, problems = registry_xlsx.read_registry(coordinator / "mau.xlsx")
    assert len(rows) == 3 and problems == []

    # a file with problems: listed by row, nothing written
    with qtbot.waitSignal(dialog.imported, timeout=10000) as blocker:
        dialog.import_file(bad_registry(coordinator / "sai.xlsx"))
    assert "problems" in blocker.args[0]
    assert dialog.result.text() == ("Tệp có 4 lỗi nên không đơn vị nào được nhập; hãy sửa các "
                                    "dòng sau rồi nhập lại:")
    lines = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert lines == [
        "Dòng 3: thiếu “Tên đơn vị”.",
        "Dòng 4: loại đơn vị “Văn phòng” không hợp lệ; dùng Sở; Ban, ngành; Ngành dọc; UBND "
        "tỉnh; UBND huyện; UBND xã; UBND phường; Đặc khu; Phòng hoặc Khác.",
        "Dòng 5, cột “Hiệu lực từ”: “31/02/2026” không phải là ngày; hãy nhập dạng 31/12/2025.",
        "Dòng 5: mã đơn vị STP trùng với dòng 2."]
    assert [u.code for u in read(qtbot, session, units.list_units)] == ["SNV"]

    # the good file
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        dialog.import_file(write_setup_registry(coordinator / "danh-muc.xlsx"))
    assert dialog.result.text() == (
        "Đã nhập danh sách đơn vị: 11 mới, 0 cập nhật, 0 quan hệ kế thừa, 0 đơn vị được ghi "
        "danh vào đợt đánh giá. 1 dòng có cột “Nhóm” chưa được ghi danh (chưa chọn ghi danh "
        "theo cột “Nhóm”).")
    assert not dialog.problems.isVisibleTo(dialog)
    assert len(dialog.column(CODE)) == 12
    row = dialog.column(CODE).index("HCT")
    assert dialog.table.item(row, TYPE).text() == "UBND cấp huyện (trước 1/7/2025)"
    assert dialog.table.item(row, VALIDITY).text() == "đến 30/06/2025"
    xmhh = dialog.column(CODE).index("XMHH")
    assert dialog.table.item(xmhh, VALIDITY).text() == "từ 01/07/2025"
    assert dialog.count_label.text() == "12 đơn vị; 0 đơn vị đã ghi danh vào đợt đánh giá."
    dialog.search_edit.setText("phường")
    shown = [dialog.column(CODE)[r] for r in range(dialog.table.rowCount())
             if not dialog.table.isRowHidden(r)]
    assert shown == ["PLX"]
    session.close()


def test_enrol_by_unit_type(qtbot, coordinator: Path) -> None:
    session = open_session(qtbot, coordinator)
    dialog = registry_dialog(qtbot, session)
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        dialog.import_file(write_setup_registry(coordinator / "danh-muc.xlsx"))
    made = read(qtbot, session, lambda ws: setup_views.create_campaign(
        ws, year=2026, title="Đánh giá Chỉ số CCHC năm 2026", province="An Giang",
        groups=[("so-ban-nganh", "Sở, ban, ngành", "sample:so-ban-nganh"),
                ("xa-phuong", "Xã, phường, đặc khu", "sample:xa-phuong")],
        deadlines=setup.default_deadlines(2026), bands={None: WIDE}))
    session.campaign_id = made.id
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        dialog.refresh()
    assert dialog.enrol_button.isEnabled()
    enrol = dialog.open_enrol()
    qtbot.addWidget(enrol)
    qtbot.waitSignal(enrol.loaded, timeout=10000).wait()
    # HCT closed in 2025: not offered
    assert list(enrol.combos) == ["so", "ban_nganh", "nganh_doc", "ubnd_xa", "ubnd_phuong",
                                  "ubnd_dac_khu"]
    assert enrol.mapping() == {"so": "so-ban-nganh", "ban_nganh": "so-ban-nganh",
                               "nganh_doc": "so-ban-nganh", "ubnd_xa": "xa-phuong",
                               "ubnd_phuong": "xa-phuong", "ubnd_dac_khu": "xa-phuong"}
    enrol.set_group("ubnd_dac_khu", "")
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        enrol.enrol_button.click()
    assert enrol.result.text() == ("Đã đưa 10 đơn vị vào đợt đánh giá: PLX, SGDDT, SKHCN, SNV, "
                                   "STC, STP, SYT, THUE, VP, XMHH.")
    groups = dict(zip(dialog.column(CODE), dialog.column(GROUP), strict=True))
    assert groups["STP"] == "Sở, ban, ngành (so-ban-nganh)"
    assert groups["XMHH"] == "Xã, phường, đặc khu (xa-phuong)"
    assert groups["DKPQ"] == groups["HCT"] == ""
    session.close()


# -- readiness and publication -------------------------------------------------------------------

def test_publish_refused_while_problems_then_published(qtbot, coordinator: Path) -> None:
    session = open_session(qtbot, coordinator)

    def prepare(ws):  # noqa: ANN001, ANN202
        registry_xlsx.import_registry(ws, write_setup_registry(coordinator / "danh-muc.xlsx"))
        return setup_views.create_campaign(
            ws, year=2026, title="Đánh giá Chỉ số CCHC năm 2026", province="An Giang",
            groups=[("so-ban-nganh", "Sở, ban, ngành", "sample:so-ban-nganh"),
                    ("xa-phuong", "Xã, phường, đặc khu", "sample:xa-phuong")],
            deadlines=setup.default_deadlines(2026), bands={None: WIDE})

    session.campaign_id = read(qtbot, session, prepare).id
    dialog = PublishDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitSignal(dialog.checked, timeout=10000).wait()
    assert dialog.verdict.text() == "Chưa thể phát hành: 1 lỗi phải sửa, 0 cảnh báo."
    assert [dialog.items.item(i).text() for i in range(dialog.items.count())] == [
        "Lỗi: Chưa có đơn vị nào tham gia đợt đánh giá."]
    assert dialog.items.item(0).foreground().color() == ERROR_COLOUR
    assert not dialog.publish_button.isEnabled()
    assert not dialog.fingerprint_box.isVisibleTo(dialog)  # no key made yet
    # the service refuses as well, and writes nothing
    with qtbot.waitSignal(dialog.refused, timeout=10000):
        dialog.publish_to(coordinator / "som")
    assert dialog.result.text().startswith("Đợt đánh giá chưa sẵn sàng để phát hành: còn 1 lỗi")
    assert not (coordinator / "som.cchc").exists()

    # units enrolled (the closed district too, by the list's "Nhóm" column): one warning
    cid = session.campaign_id
    read(qtbot, session, lambda ws: (
        setup.enrol_by_type(ws, cid, {"so": "so-ban-nganh", "ban_nganh": "so-ban-nganh",
                                      "nganh_doc": "so-ban-nganh", "ubnd_xa": "xa-phuong",
                                      "ubnd_phuong": "xa-phuong", "ubnd_dac_khu": "xa-phuong"}),
        registry_xlsx.import_registry(ws, coordinator / "danh-muc.xlsx", campaign_id=cid)))
    with qtbot.waitSignal(dialog.checked, timeout=10000):
        dialog.recheck_button.click()
    assert dialog.verdict.text() == "Có thể phát hành; 1 cảnh báo nên xem lại."
    assert [dialog.items.item(i).text() for i in range(dialog.items.count())] == [
        "Cảnh báo: Đơn vị HCT không còn (hoặc chưa có) hiệu lực trong năm 2026."]
    assert dialog.items.item(0).foreground().color() == WARNING_COLOUR
    assert dialog.publish_button.isEnabled()
    with qtbot.waitSignal(dialog.published, timeout=30000) as blocker:
        dialog.publish_to(coordinator / "dot-danh-gia-2026")
    path = coordinator / "dot-danh-gia-2026.cchc"
    built = blocker.args[0]["built"]
    assert built.path == path and path.is_file()
    assert dialog.result.text() == (
        f"Đã phát hành và đọc lại để kiểm tra: {path} ({path.stat().st_size} byte). Gửi tệp "
        "này cho các đơn vị kèm công văn.")
    fingerprint = dialog.fingerprint.text()
    assert re.fullmatch(r"\d{5}( \d{5}){7}", fingerprint)
    assert dialog.fingerprint_box.isVisibleTo(dialog)
    assert read(qtbot, session, lambda ws: keys.ensure_own_key(ws).fingerprint) == fingerprint
    session.close()
    verified = exchange.verify_file(None, path)
    assert verified["type"] == "campaign" and verified["fingerprint"] == fingerprint


def test_the_coordinators_menu_opens_the_set_up(qtbot, coordinator: Path) -> None:
    from desktop.ui.main_window import MainWindow

    window = MainWindow(coordinator, "snv", "vi")
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.status_loaded, timeout=10000):
        window.open_workspace()
    qtbot.waitUntil(lambda: window.coordination_menu.menuAction().isVisible(), timeout=10000)
    actions = {a.text(): a for a in window.coordination_menu.actions() if a.isVisible()}
    actions["Thiết &lập đợt đánh giá…"].trigger()
    dialog = window.coordination_dialog
    assert isinstance(dialog, CampaignSetupDialog)
    qtbot.waitSignal(dialog.loaded, timeout=10000).wait()
    with qtbot.waitSignal(dialog.created, timeout=20000):
        dialog.create_button.click()
    # the new campaign is the one the window works on
    qtbot.waitUntil(lambda: window.session.campaign_id is not None, timeout=10000)
    assert window.session.campaign_id == read(
        qtbot, window.session, lambda ws: campaigns.require_active_campaign(ws).id)
    assert read(qtbot, window.session, lambda ws: sorted(coordination_views.group_names(
        ws, campaigns.require_active_campaign(ws).id))) == ["so-ban-nganh", "xa-phuong"]
    dialog.close()
    actions["Kiểm tra và phát &hành đợt đánh giá…"].trigger()
    assert isinstance(window.coordination_dialog, PublishDialog)
    qtbot.waitSignal(window.coordination_dialog.checked, timeout=10000).wait()
    assert not window.coordination_dialog.publish_button.isEnabled()
    window.coordination_dialog.close()
    window.close()


def test_deadline_defaults_are_the_services(qtbot, coordinator: Path) -> None:
    session = open_session(qtbot, coordinator)
    dialog = setup_dialog(qtbot, session)
    year = dialog.year.value()
    assert year == dt.date.today().year
    days = setup.default_deadlines(year)
    for kind, edit in dialog.deadline_edits.items():
        assert edit.date().toPython() == days[kind]
        assert edit.displayFormat() == "dd/MM/yyyy"
    assert dialog.meeting_dates() == days["quarterly_meeting"]
    session.close()
