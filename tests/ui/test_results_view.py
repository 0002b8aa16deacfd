"""The results at Sở Nội vụ and the "Điều phối" dialogs, on real installations
(`build_coordination_world`): the ranking per block with the method beside it, approval
(keeping self scores for criteria not appraised after a confirmation), unlocking with a
required reason; then the packages of the cycle — appraisal work, explanation requests,
results — and the survey points from Excel, each written by the real services."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtWidgets import QMessageBox
from test_board_view import fresh, open_session, world  # noqa: F401 - fixtures

from desktop.models import audit, campaigns, results, stages, units
from desktop.models.store import open_workspace
from desktop.sync import exchange
from desktop.ui.coordination_dialogs import (
    AppraisalWorkDialog,
    AreaAppraisersDialog,
    ExplanationRequestsDialog,
    ResultsExportDialog,
    SurveyDialog,
)
from desktop.ui.results_view import CODE, FINAL, RANK, STATE, ResultsView


def shown_view(qtbot, session) -> ResultsView:  # noqa: ANN001
    view = ResultsView(session)
    qtbot.addWidget(view)
    view.resize(1300, 640)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.show()
    return view


def column(view: ResultsView, block: str, number: int) -> list[str]:
    table = view.tables[block]
    return [table.item(r, number).text() for r in range(table.rowCount())]


def stage_of(data_dir: Path, code: str) -> str:
    with open_workspace(data_dir / "workspaces" / "snv") as ws:
        campaign = campaigns.require_active_campaign(ws)
        return stages.get_stage(ws, campaign.id, units.unit_by_code(ws, code).id)


def test_ranking_per_block_with_the_method(qtbot, world: Path) -> None:  # noqa: F811
    session = open_session(qtbot, world)
    view = shown_view(qtbot, session)
    assert [view.block_tabs.tabText(i) for i in range(3)] == [
        "Sở, ban, ngành (7)", "Cơ quan ngành dọc (1)", "UBND cấp xã, phường, đặc khu (4)"]
    assert column(view, "departments", RANK) == [f"{n}/7" for n in range(1, 8)]
    assert column(view, "departments", CODE)[-1] == "SXD"
    assert column(view, "communes", CODE) == ["XMHH", "PLX", "PCD", "DKPQ"]
    approved = dict(zip(column(view, "departments", CODE), column(view, "departments", STATE),
                        strict=True))
    assert approved["STP"].startswith("Đã phê duyệt ") and approved["SXD"] == "Chưa nhận"
    assert view.method_label.text() == results.RANK_METHOD_VI
    assert "tạm tính" in view.block_note.text() and "5/7" in view.block_note.text()
    assert "Xếp hạng tính lần cuối lúc" in view.computed_label.text()
    assert not view.approve_button.isEnabled() and not view.unlock_button.isEnabled()
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.rank_button.click()
    assert view.message.text() == "Đã tính xếp hạng cho 12 đơn vị."
    view.block_tabs.setCurrentIndex(1)
    assert column(view, "central", CODE) == ["THUE"]
    assert column(view, "central", RANK) == ["1/1"]
    session.close()


def test_approve_keeping_self_scores_after_confirmation(qtbot, fresh: Path) -> None:  # noqa: F811
    session = open_session(qtbot, fresh)
    view = shown_view(qtbot, session)
    # XMHH is appraised in full: approved at once
    view.select_units(["XMHH"])
    assert view.approve_button.isEnabled()
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.approve_button.click()
    assert view.message.text() == "Đã phê duyệt và khóa điểm: XMHH."
    assert column(view, "communes", STATE)[column(view, "communes", CODE).index("XMHH")] \
        .startswith("Đã phê duyệt")
    # SGDDT has nothing appraised: asked, then approved keeping its self scores
    view.select_units(["SGDDT"])
    with qtbot.waitSignal(view.approval_asked, timeout=10000) as asked:
        view.approve_button.click()
    box = asked.args[0]
    assert isinstance(box, QMessageBox) and "SGDDT" in box.text()
    assert "chưa có điểm thẩm định" in box.detailedText()
    keep = next(b for b in box.buttons() if b.text().startswith("Giữ nguyên điểm tự đánh giá"))
    with qtbot.waitSignal(view.changed_done, timeout=10000):
        keep.click()
    qtbot.waitUntil(lambda: "SGDDT" in view.message.text(), timeout=10000)
    session.close()
    assert stage_of(fresh, "SGDDT") == "approved" and stage_of(fresh, "XMHH") == "approved"
    with open_workspace(fresh / "workspaces" / "snv") as ws:
        campaign = campaigns.require_active_campaign(ws)
        row = results.result_view(ws, campaign.id, units.unit_by_code(ws, "SGDDT").id)
        kept = ws.db.execute("SELECT count(*) FROM appraisals WHERE remark = ?",
                             [results.KEEP_SELF_REMARK]).fetchone()[0]
    assert row is not None and row.final_total is not None and kept > 0


def test_declining_keeps_the_unit_open(qtbot, fresh: Path) -> None:  # noqa: F811
    session = open_session(qtbot, fresh)
    view = shown_view(qtbot, session)
    view.select_units(["VP"])
    with qtbot.waitSignal(view.approval_asked, timeout=10000) as asked:
        view.approve_button.click()
    no = next(b for b in asked.args[0].buttons() if b.text().startswith("Không"))
    no.click()
    session.db.wait()
    session.close()
    assert stage_of(fresh, "VP") == "in_appraisal"


def test_unlock_needs_a_reason(qtbot, fresh: Path) -> None:  # noqa: F811
    session = open_session(qtbot, fresh)
    view = shown_view(qtbot, session)
    view.select_units(["STP"])
    assert view.unlock_button.isEnabled() and not view.approve_button.isEnabled()
    with qtbot.waitSignal(view.unlock_asked, timeout=10000) as asked:
        view.unlock_button.click()
    dialog = asked.args[0]
    assert "STP — Sở Tư pháp" in dialog.labelText()
    dialog.setTextValue("   ")
    dialog.accept()
    assert view.message.text() == "Cần ghi lý do mở khóa điểm đã phê duyệt."
    assert stage_of_open(session) == "approved"
    view.ask_unlock()
    view.reason_dialog.setTextValue("Sửa điểm tiêu chí 7.3 theo ý kiến của Sở KH&CN")
    with qtbot.waitSignal(view.changed_done, timeout=10000):
        view.reason_dialog.accept()
    assert view.message.text() == "Đã mở khóa; lý do đã được lưu vào nhật ký."
    qtbot.waitUntil(lambda: not view.tables["departments"].item(
        column(view, "departments", CODE).index("STP"), STATE).text().startswith("Đã phê duyệt"),
        timeout=10000)
    session.close()
    assert stage_of(fresh, "STP") == "appraised"
    with open_workspace(fresh / "workspaces" / "snv") as ws:
        reasons = [entry["reason"] for entry in audit.entries(ws.db, limit=50)]
    assert "Sửa điểm tiêu chí 7.3 theo ý kiến của Sở KH&CN" in reasons


def stage_of_open(session) -> str:  # noqa: ANN001
    """The stage of STP read on the session's own database thread."""
    found: list[str] = []
    campaign_id = session.campaign_id

    def job(ws):  # noqa: ANN001, ANN202
        return stages.get_stage(ws, campaign_id, units.unit_by_code(ws, "STP").id)

    session.run(job, found.append)
    session.db.wait()
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.processEvents()
    return found[0]


def test_final_column_is_bold_for_approved(qtbot, world: Path) -> None:  # noqa: F811
    session = open_session(qtbot, world)
    view = shown_view(qtbot, session)
    table = view.tables["departments"]
    codes = column(view, "departments", CODE)
    assert table.item(codes.index("STP"), FINAL).font().bold()
    assert not table.item(codes.index("SYT"), FINAL).font().bold()
    assert "tạm tính" in table.item(0, RANK).toolTip()
    session.close()


# -- the "Điều phối" dialogs ---------------------------------------------------------------------

def test_appraisal_work_for_every_appraiser(qtbot, fresh: Path) -> None:  # noqa: F811
    session = open_session(qtbot, fresh)
    dialog = AppraisalWorkDialog(session)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.appraiser_combo.count() == 4, timeout=10000)
    names = [dialog.appraiser_combo.itemText(i) for i in range(4)]
    assert "Sở Tư pháp (STP)" in names
    dialog.appraiser_combo.setCurrentIndex(dialog.appraiser_combo.findData("STP"))
    assert dialog.areas_label.text().startswith("2. Cải cách thể chế")
    dialog.export()
    assert dialog.result.text() == "Hãy chọn một thư mục có sẵn để lưu các gói."
    out = fresh / "usb"
    out.mkdir()
    dialog.folder.edit.setText(str(out))
    dialog.all_box.setChecked(True)
    with qtbot.waitSignal(dialog.done, timeout=30000) as done:
        dialog.export_button.click()
    written, refused = done.args[0]
    assert sorted(code for code, _ in written) == ["SKHCN", "STC", "STP", "VP"] and not refused
    assert dialog.result.text() == "Đã xuất 4 gói giao thẩm định."
    assert dialog.items.count() == 4
    path = dict(written)["STP"]
    assert path.name == "giao-tham-dinh-STP-vong-1.cchc"
    session.close()
    assert exchange.verify_file(None, path)["type"] == "appraisal_work"
    with open_workspace(fresh / "workspaces" / "stp") as ws:
        assert exchange.import_package(ws, path).state in ("accepted", "duplicate")


def test_explanation_requests_and_results_packages(qtbot, fresh: Path) -> None:  # noqa: F811
    session = open_session(qtbot, fresh)
    out = fresh / "goi"
    out.mkdir()
    requests = ExplanationRequestsDialog(session)
    qtbot.addWidget(requests)
    requests.folder.edit.setText(str(out))
    with qtbot.waitSignal(requests.done, timeout=30000) as done:
        requests.export_button.click()
    lines = [requests.items.item(i).text() for i in range(requests.items.count())]
    assert requests.result.text() == f"Đã ghi {len(done.args[0])} gói:"
    assert any(line.startswith("SYT: ") for line in lines)
    # round 2: nothing appraised in round 2 yet — the service's sentence
    requests.round_combo.setCurrentIndex(1)
    with qtbot.waitSignal(requests.refused, timeout=10000):
        requests.export_button.click()
    assert "vòng 2" in requests.result.text()

    sent = ResultsExportDialog(session)
    qtbot.addWidget(sent)
    sent.folder.edit.setText(str(out))
    with qtbot.waitSignal(sent.done, timeout=30000) as done:
        sent.export_button.click()
    assert sorted(b.manifest["recipient"]["unit_code"] for b in done.args[0]) == [
        "PLX", "SKHCN", "STP"]
    assert sent.result.text() == "Đã ghi 3 gói kết quả:"
    assert (out / "ket-qua-STP-2026.cchc").is_file()
    session.close()


def test_survey_points_from_excel(qtbot, fresh: Path) -> None:  # noqa: F811
    session = open_session(qtbot, fresh)
    dialog = SurveyDialog(session)
    qtbot.addWidget(dialog)
    template = fresh / "diem-xhh.xlsx"
    dialog.template.edit.setText(str(template))
    with qtbot.waitSignal(dialog.done, timeout=10000):
        dialog.template_button.click()
    assert dialog.result.text() == f"Đã lưu tệp mẫu: {template}"
    book = openpyxl.load_workbook(template)
    sheet = book.active
    header = next(r for r in range(1, 10) if sheet.cell(r, 1).value == "Mã đơn vị")
    codes = {sheet.cell(r, 1).value: r for r in range(header + 1, sheet.max_row + 1)}
    column_of = {str(sheet.cell(header, c).value).split()[0]: c
                 for c in range(1, sheet.max_column + 1)}
    sheet.cell(codes["PCD"], column_of["8.1"], 7.5)
    sheet.cell(codes["SGDDT"], column_of["8.1"], 99)      # above the maximum
    sheet.cell(codes["SGDDT"], column_of["8.2"], "nhiều")  # not a number
    book.save(template)
    dialog.source.edit.setText(str(template))
    with qtbot.waitSignal(dialog.refused, timeout=10000):
        dialog.import_button.click()
    assert "không nhập điểm nào" in dialog.result.text()
    problems = [dialog.items.item(i).text() for i in range(dialog.items.count())]
    assert len(problems) == 2 and any("99" in p for p in problems)
    assert any("“nhiều” không phải là số điểm" in p for p in problems)
    sheet.cell(codes["SGDDT"], column_of["8.1"]).value = None
    sheet.cell(codes["SGDDT"], column_of["8.2"]).value = None
    book.save(template)
    with qtbot.waitSignal(dialog.done, timeout=10000) as done:
        dialog.import_button.click()
    assert done.args[0].changed >= 1
    assert dialog.result.text().startswith("Đã nhập ")
    session.close()


def test_area_appraisers_editor(qtbot, fresh: Path) -> None:  # noqa: F811
    session = open_session(qtbot, fresh)
    dialog = AreaAppraisersDialog(session)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=10000)
    row = next(r for r in range(dialog.table.rowCount())
               if dialog.table.item(r, 0).text() == "xa-phuong"
               and dialog.table.item(r, 1).text().startswith("7."))
    combo = dialog.combos[row]
    assert combo.currentData() == "SKHCN"
    with qtbot.waitSignal(dialog.done, timeout=10000) as done:
        combo.setCurrentIndex(combo.findData("VP"))
    assert done.args[0]["appraiser_code"] == "VP"
    assert dialog.result.text() == ("Đã lưu: lĩnh vực 7 (xa-phuong) do Văn phòng UBND tỉnh "
                                    "thẩm định.")
    session.close()
