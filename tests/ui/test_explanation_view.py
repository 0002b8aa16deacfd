"""The unit side of the appraisal cycle in the window, on real installations: Sở Y tế (SYT)
received Sở Nội vụ's explanation request for 1.1.1, 2.1 and 4.1 (tests/coordination_support
.py builds it with the real services and packages). The explanation tab lists the requests,
saves answers through the service, takes supplementary evidence and exports the package only
once every answer is given; the criterion page shows the appraisal; the dashboard shows the
results beside the own scores; a province-plan task keeps the province's fields."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from coordination_support import (
    REMARKS,
    build_requested,
    deliver_results,
    send_plan_task,
)
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.messages import sentence
from desktop.models import appraisal, evidence, tasks, unit_views
from desktop.models.errors import InvalidInput
from desktop.ui.explanation_view import ExplanationView
from desktop.ui.main_window import MainWindow
from desktop.ui.session import Session
from desktop.ui.task_dialog import TaskDialog
from desktop.ui.tasks_view import EXPECTED, TasksView

WAIT = 15000
TODAY = dt.date(2027, 1, 21)  # ten days before the explanation deadline (31/01/2027)


def _session(qtbot, data_dir: Path) -> Session:
    session = Session(data_dir, "vi")
    with qtbot.waitSignal(session.opened, timeout=WAIT):
        session.open("main")
    return session


def _on_db(qtbot, session: Session, job):  # noqa: ANN001, ANN202
    box: dict = {}
    session.run(job, lambda value: box.setdefault("value", value))
    qtbot.waitUntil(lambda: "value" in box, timeout=WAIT)
    return box["value"]


@pytest.fixture
def world(tmp_path: Path):  # noqa: ANN201
    return build_requested(tmp_path)


@pytest.fixture
def view(qtbot, world) -> ExplanationView:  # noqa: ANN001
    session = _session(qtbot, world.dirs["SYT"].parents[1])
    widget = ExplanationView(session)
    widget.today = TODAY
    qtbot.addWidget(widget)
    widget.resize(1180, 700)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=WAIT):
        widget.refresh()
    yield widget
    session.close()


def _type(qtbot, target, text: str) -> None:  # noqa: ANN001
    """One key event per character, as a Vietnamese keyboard delivers it (QTest.keyClicks
    alone only knows ASCII)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(target, char)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, target, Qt.Key.Key_unknown, char,
                               Qt.KeyboardModifier.NoModifier)


def _cells(table, row: int) -> list[str]:  # noqa: ANN001
    return [table.item(row, column).text() for column in range(table.columnCount())]


def test_the_tab_lists_the_requests_with_deadline_and_progress(view: ExplanationView) -> None:
    assert view.stack.currentIndex() == 1 and view.available
    assert view.deadline_label.text() == "Hạn giải trình: 31/01/2027 (còn 10 ngày)"
    assert view.progress_label.text() == "Đã trả lời 0/3"
    rows = [_cells(view.table, row) for row in range(view.table.rowCount())]
    assert rows == [
        ["1.1.1", "Ban hành kế hoạch CCHC năm đúng thời hạn", "1", "1", "0,5",
         "Tài liệu ngoài kỳ đánh giá", "Chưa trả lời"],
        ["2.1", "Tham mưu ban hành văn bản QPPL đúng chương trình, đúng hạn", "1,5", "1,5",
         "0,75", "Tài liệu kiểm chứng chưa đầy đủ", "Chưa trả lời"],
        ["4.1", view.table.item(2, 1).text(), "2", "2", "1", "Tính điểm chưa đúng", "Chưa trả lời"],
    ]
    assert REMARKS["2.1"] in view.table.item(1, 5).toolTip()
    # 2.2 was appraised below the self score without a request: listed, read-only
    assert view.others.rowCount() == 1
    assert _cells(view.others, 0)[:6] == ["2.2", view.others.item(0, 1).text(), "1,5", "1,5", "0",
                                          "Chưa thực hiện"]
    assert view.others.item(0, 6).text() == REMARKS["2.2"]
    assert view.others.editTriggers() == view.others.EditTrigger.NoEditTriggers
    # the selected criterion: who appraised it, why, and its evidence in the panel
    assert view.select("2.1")
    assert view.criterion_label.text().startswith("2.1. Tham mưu ban hành")
    assert view.score_label.text() == "tự chấm 1,5 / 1,5 · thẩm định 0,75 (vòng 1) — Sở Tư pháp"
    assert view.remark_label.text() == REMARKS["2.1"]
    assert view.saved_label.text() == "Chưa trả lời."
    assert view.evidence.code == "2.1"


def test_overdue_deadline_is_said_so(view: ExplanationView) -> None:
    view.today = dt.date(2027, 2, 3)
    view.refresh()
    view.session.db.wait()
    QApplication.processEvents()
    assert view.deadline_label.text() == "Hạn giải trình: 31/01/2027 (quá hạn 3 ngày)"


def test_an_answer_typed_is_saved_through_the_service(qtbot, view: ExplanationView) -> None:
    view.select("4.1")
    view.answer_edit.setFocus()
    with qtbot.waitSignal(view.answer_saved, timeout=WAIT) as saved:
        _type(qtbot, view.answer_edit, "Quyết định ban hành đúng hạn, có dấu công văn đến.")
    assert saved.args == ["4.1"]
    session = view.session
    cid, uid = session.campaign_id, session.unit_id
    asked = _on_db(qtbot, session, lambda ws: appraisal.explanation_requests(ws, cid, uid))
    assert {a["code"]: a["response"] for a in asked}["4.1"] == (
        "Quyết định ban hành đúng hạn, có dấu công văn đến.")
    assert view.table.item(2, 6).text() == "Đã trả lời"
    assert view.progress_label.text() == "Đã trả lời 1/3"
    assert view.saved_label.text().startswith("Đã lưu lúc ")
    # another criterion and back: the answer stays, shown as saved
    view.select("1.1.1")
    assert view.answer_edit.toPlainText() == ""
    view.select("4.1")
    assert view.answer_edit.toPlainText() == "Quyết định ban hành đúng hạn, có dấu công văn đến."
    assert view.saved_label.text() == "Đã lưu."


def test_leaving_the_criterion_saves_at_once(qtbot, view: ExplanationView) -> None:
    view.select("1.1.1")
    view.answer_edit.setPlainText("Kế hoạch ký ngày 12/01, vào sổ ngày 20/01.")
    view._answer_edited()  # what typing does: starts the pause timer
    with qtbot.waitSignal(view.answer_saved, timeout=WAIT):
        view.select("2.1")  # before the pause is over
    assert view.table.item(0, 6).text() == "Đã trả lời"


def test_supplementary_evidence_is_added_to_the_criterion(qtbot, view: ExplanationView,
                                                          tmp_path: Path) -> None:
    view.select("4.1")
    scan = tmp_path / "QĐ 12 chức năng nhiệm vụ.pdf"
    scan.write_bytes("%PDF-1.4 quyết định 12".encode())
    with qtbot.waitSignal(view.evidence.evidence_changed, timeout=WAIT):
        view.evidence.add_files([scan])
    session = view.session
    cid, uid = session.campaign_id, session.unit_id
    cited = _on_db(qtbot, session, lambda ws: evidence.evidence_for_criterion(ws, cid, uid, "4.1"))
    assert [e.original_name for e in cited] == ["QĐ 12 chức năng nhiệm vụ.pdf"]
    qtbot.waitUntil(lambda: view.evidence.model.rowCount() == 1, timeout=WAIT)
    assert "Đã thêm 1 tệp cho tiêu chí 4.1" in view.evidence.status.text()


def test_export_is_refused_until_every_answer_is_given(qtbot, view: ExplanationView, world,  # noqa: ANN001
                                                       tmp_path: Path) -> None:
    view.select("2.1")
    view.save_answer("2.1", "Bổ sung Quyết định 05/QĐ-UBND công bố văn bản.")
    qtbot.waitUntil(lambda: view.progress_label.text() == "Đã trả lời 1/3", timeout=WAIT)
    with qtbot.waitSignal(view.session.failed, timeout=WAIT):
        view.export_to(tmp_path / "giai-trinh")
    expected = sentence(InvalidInput("explanation_unanswered", count=2, codes="1.1.1, 4.1"), "vi")
    assert view.result_label.text() == expected
    assert not (tmp_path / "giai-trinh.cchc").exists()
    for code in ("1.1.1", "4.1"):
        view.save_answer(code, f"Giải trình tiêu chí {code}.")
    qtbot.waitUntil(lambda: view.progress_label.text().startswith("Đã trả lời 3/3"), timeout=WAIT)
    assert view.progress_label.text() == "Đã trả lời 3/3 — có thể xuất gói giải trình"
    with qtbot.waitSignal(view.exported, timeout=WAIT) as done:
        view.export_to(tmp_path / "giai-trinh")
    path = Path(done.args[0]["path"])
    assert path == tmp_path / "giai-trinh.cchc" and path.is_file()
    assert view.result_label.text().startswith("Đã xuất gói giải trình")
    view.session.close()
    world.bring("SNV", path)  # Sở Nội vụ takes it: every answer arrives
    with world.open("SNV") as ws:
        syt = ws.db.execute("SELECT id FROM units WHERE code = 'SYT'").fetchone()[0]
        answers = {row["criterion_code"]: row["explanation_response"]
                   for row in appraisal.appraisal_rows(ws, world.cid, unit_id=syt)}
    assert answers["2.1"] == "Bổ sung Quyết định 05/QĐ-UBND công bố văn bản."
    assert answers["4.1"] == "Giải trình tiêu chí 4.1."


def test_a_unit_without_a_request_shows_a_plain_sentence(qtbot, world) -> None:  # noqa: ANN001
    session = _session(qtbot, world.dirs["STP"].parents[1])
    widget = ExplanationView(session)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.loaded, timeout=WAIT):
        widget.refresh()
    assert widget.stack.currentIndex() == 0 and not widget.available
    assert widget.empty_label.text().startswith("Chưa có yêu cầu giải trình.")
    session.close()


# -- the window: the tab appears with the request; the criterion page's appraisal box ---------

def _window(qtbot, world) -> MainWindow:  # noqa: ANN001
    window = MainWindow(world.dirs["SYT"].parents[1], "main", "vi")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.status_loaded, timeout=WAIT):
        window.open_workspace()
    qtbot.waitUntil(lambda: window.assessment.snapshot is not None, timeout=WAIT)
    return window


def _go(qtbot, window: MainWindow, code: str) -> None:
    window.tabs.setCurrentWidget(window.assessment)
    window.assessment.select(code)
    qtbot.waitUntil(lambda: window.assessment.page.line is not None
                    and window.assessment.page.line.criterion.code == code, timeout=WAIT)


def test_the_tab_appears_when_the_request_is_imported(qtbot, tmp_path: Path) -> None:
    world = build_requested(tmp_path, deliver=False)
    window = _window(qtbot, world)
    index = window.tabs.indexOf(window.explanation)
    assert window.tabs.tabText(index) == "Giải trình"
    assert not window.tabs.isTabVisible(index)
    _go(qtbot, window, "2.1")
    page = window.assessment.page
    assert not page.appraisal_box.isVisibleTo(page)
    with qtbot.waitSignal(window.explanation.availability_changed, timeout=WAIT) as shown:
        window.inbox.import_paths([world.request_path])
    assert shown.args == [True] and window.tabs.isTabVisible(index)
    visible = [window.tabs.tabText(i) for i in range(window.tabs.count())
               if window.tabs.isTabVisible(i)]
    assert visible[visible.index("Giải trình") - 1:][:3] == [
        "Kiểm tra trước khi nộp", "Giải trình", "Gói dữ liệu"]
    # the criterion page shows the appraisal beside the self score
    qtbot.waitUntil(lambda: page.appraisal_box.isVisibleTo(page), timeout=WAIT)
    assert page.appraisal_score.text() == "Điểm thẩm định: 0,75 / 1,5 (vòng 1) — Sở Tư pháp"
    assert page.appraisal_remark.text() == "Nhận xét: " + REMARKS["2.1"]
    assert page.appraisal_reason.text() == "Lý do: Tài liệu kiểm chứng chưa đầy đủ"
    assert page.request_label.text() == "Yêu cầu giải trình — chưa trả lời"
    assert page.request_button.isVisibleTo(page)
    # 2.2: appraised lower, nothing to explain; 1.2.1: not appraised, no box
    _go(qtbot, window, "2.2")
    assert page.appraisal_box.isVisibleTo(page)
    assert page.appraisal_score.text() == "Điểm thẩm định: 0 / 1,5 (vòng 1) — Sở Tư pháp"
    assert not page.request_label.isVisibleTo(page)
    assert not page.request_button.isVisibleTo(page)
    _go(qtbot, window, "1.2.1")
    assert not page.appraisal_box.isVisibleTo(page)
    # the link opens the tab on that criterion, ready to type
    _go(qtbot, window, "4.1")
    assert page.appraisal_score.text() == "Điểm thẩm định: 1 / 2 (vòng 1) — Sở Nội vụ"
    qtbot.waitUntil(lambda: window.explanation.table.rowCount() == 3, timeout=WAIT)
    page.request_button.click()
    assert window.tabs.currentWidget() is window.explanation
    assert window.explanation.code == "4.1"
    assert window.explanation.criterion_label.text().startswith("4.1.")
    # Ctrl+5 (Đi tới → Giải trình) from anywhere
    window.tabs.setCurrentWidget(window.dashboard)
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.explanation
    window.close()


def test_the_dashboard_shows_the_results_beside_the_own_scores(qtbot, world) -> None:  # noqa: ANN001
    deliver_results(world)
    window = _window(qtbot, world)
    board = window.dashboard
    qtbot.waitUntil(lambda: board.results is not None, timeout=WAIT)
    assert board.results_box.isVisibleTo(window)
    assert board.total_label.text() == "9 / 100"
    assert board.result_total.text() == "30,75 / 100"
    assert board.result_index.text() == "Chỉ số: 30,75%"
    assert board.result_rank.text() == "Hạng 1/3 khối Sở, ban, ngành"
    assert board.result_rank.toolTip().startswith("Xếp hạng riêng trong từng khối")
    assert board.result_self.text() == ("Phần tự chấm: 5,25 (tự đánh giá 9, −3,75)\n"
                                        "Điều tra xã hội học: 25,5")
    assert board.result_provisional.isVisibleTo(window)
    assert board.result_provisional.text().startswith("Thứ hạng tạm tính")
    areas = board.areas
    assert not areas.isColumnHidden(3)
    assert [areas.horizontalHeaderItem(c).text() for c in range(4)] == [
        "Lĩnh vực", "Đã chấm", "Tự chấm", "Thẩm định"]
    shown = {areas.item(r, 0).data(Qt.ItemDataRole.UserRole): (areas.item(r, 2).text(),
                                                                areas.item(r, 3).text())
             for r in range(areas.rowCount())}
    assert shown["1"] == ("3/12", "2,5/12")
    assert shown["2"] == ("3/8", "0,75/8")
    assert shown["8"] == ("0/30", "25,5/30")
    # what the service says, to the letter
    summary = _on_db(qtbot, window.session, lambda ws: unit_views.dashboard_status(ws)["results"])
    assert (summary["final_total"], summary["rank"], summary["rank_of"]) == ("30.75", 1, 3)
    # after the results the criterion page names the area's appraiser, not the sender
    _go(qtbot, window, "2.1")
    page = window.assessment.page
    assert page.appraisal_score.text() == "Điểm thẩm định: 0,75 / 1,5 (vòng 1) — Sở Tư pháp"
    assert page.request_label.text() == "Yêu cầu giải trình — đã trả lời"
    _go(qtbot, window, "8.2")
    assert page.appraisal_score.text() == "Điểm điều tra xã hội học: 10 / 12 — Sở Nội vụ"
    window.close()


def test_no_results_no_results_box(qtbot, world) -> None:  # noqa: ANN001
    window = _window(qtbot, world)
    window.session.db.wait()
    QApplication.processEvents()
    assert window.dashboard.results is None
    assert not window.dashboard.results_box.isVisibleTo(window)
    assert window.dashboard.areas.isColumnHidden(3)
    assert window.dashboard.areas.horizontalHeaderItem(2).text() == "Điểm"
    window.close()


# -- a task of the province's plan ------------------------------------------------------------

def test_a_province_plan_task_keeps_the_provinces_fields(qtbot, world) -> None:  # noqa: ANN001
    task_id = send_plan_task(world)
    session = _session(qtbot, world.dirs["SYT"].parents[1])
    tasks_view = TasksView(session)
    qtbot.addWidget(tasks_view)
    tasks_view.resize(1100, 500)
    tasks_view.show()
    qtbot.waitUntil(lambda: tasks_view.model.row_of(task_id) >= 0, timeout=WAIT)
    assert not tasks_view.table.isColumnHidden(EXPECTED)
    header = tasks_view.table.horizontalHeader()
    assert header.visualIndex(EXPECTED) == 1  # right after the title
    row = tasks_view.proxy.mapFromSource(tasks_view.model.index(tasks_view.model.row_of(task_id),
                                                                EXPECTED)).row()
    assert tasks_view.proxy.index(row, EXPECTED).data() == "Báo cáo kết quả rà soát"
    assert tasks_view.proxy.headerData(EXPECTED, Qt.Orientation.Horizontal) == "Sản phẩm đầu ra"
    tasks_view.select_task(task_id)
    with qtbot.waitSignal(tasks_view.dialog_opened, timeout=WAIT) as opened:
        tasks_view.edit_task()
    dialog: TaskDialog = opened.args[0]
    assert dialog.assigned
    assert dialog.title_edit.isReadOnly() and dialog.source_ref_edit.isReadOnly()
    assert not dialog.source_combo.isEnabled() and not dialog.deadline_edit.isEnabled()
    assert not dialog.no_deadline_check.isEnabled()
    assert dialog.expected_output.text() == "Báo cáo kết quả rà soát"
    assert dialog.assigned_note.isVisibleTo(dialog)
    assert dialog.status_combo.isEnabled() and dialog.progress_spin.isEnabled()
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("in_progress"))
    dialog.progress_spin.setValue(40)
    dialog.notes_edit.setPlainText("Đã rà soát 12/30 văn bản.")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        dialog.accept()
    stored = _on_db(qtbot, session, lambda ws: tasks.get_task(ws, task_id))
    assert (stored.title, stored.deadline, stored.source, stored.expected_output) == (
        "Rà soát văn bản QPPL năm 2026", "2026-10-31", "province_plan", "Báo cáo kết quả rà soát")
    assert (stored.status, stored.progress, stored.notes) == (
        "in_progress", 40, "Đã rà soát 12/30 văn bản.")
    # the unit's own tasks stay fully editable
    with qtbot.waitSignal(tasks_view.dialog_opened, timeout=WAIT) as opened:
        tasks_view.add_task()
    fresh: TaskDialog = opened.args[0]
    assert not fresh.assigned and not fresh.title_edit.isReadOnly()
    assert fresh.source_combo.isEnabled() and not fresh.expected_output.isVisibleTo(fresh)
    fresh.reject()
    session.close()
