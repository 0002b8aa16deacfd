"""The tasks view on the demo workspace, driven like a user would: the table, its filters and
sorting, the edit dialog (inline errors, evidence), marking done and the figures strip, and the
whole add-edit flow from the keyboard. Every check of what was saved reads the database afresh
on the database thread."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.messages import sentence
from desktop.models import evidence, tasks
from desktop.models.decimals import format_decimal
from desktop.models.demo import DEMO_TASKS, build_demo
from desktop.models.errors import InvalidInput
from desktop.models.store import Workspace
from desktop.ui.session import Session
from desktop.ui.task_dialog import TaskDialog
from desktop.ui.tasks_view import DEADLINE, OVERDUE_BACKGROUND, PROGRESS, TITLE, TasksView

WAIT = 10000


@pytest.fixture
def session(qtbot, tmp_path: Path) -> Iterator[Session]:
    build_demo(tmp_path)
    opened = Session(tmp_path)
    yield opened
    opened.close()


@pytest.fixture
def view(qtbot, session: Session) -> TasksView:
    tasks_view = TasksView(session)
    qtbot.addWidget(tasks_view)
    tasks_view.resize(1000, 680)
    tasks_view.show()
    with qtbot.waitSignal(tasks_view.loaded, timeout=WAIT):
        session.open(None)
    return tasks_view


def on_db(qtbot, session: Session, job: Callable[[Workspace], Any]) -> Any:
    """Run `job` on the database thread (as the UI does) and wait for its result."""
    box: dict[str, Any] = {}
    session.run(job, lambda result: box.setdefault("result", result),
                lambda exc: box.setdefault("error", exc))
    qtbot.waitUntil(lambda: bool(box), timeout=WAIT)
    if "error" in box:
        raise box["error"]
    return box["result"]


def shown_tasks(view: TasksView) -> list[tasks.Task]:
    return [view.proxy.data(view.proxy.index(row, 0), Qt.ItemDataRole.UserRole)
            for row in range(view.proxy.rowCount())]


def shown_titles(view: TasksView) -> list[str]:
    return [view.proxy.index(row, TITLE).data() for row in range(view.proxy.rowCount())]


def choose(combo, key: object) -> None:
    combo.setCurrentIndex(combo.findData(key))


def open_dialog(qtbot, view: TasksView, trigger: Callable[[], None]) -> TaskDialog:
    with qtbot.waitSignal(view.dialog_opened, timeout=WAIT) as opened:
        trigger()
    dialog = opened.args[0]
    assert isinstance(dialog, TaskDialog) and dialog.isVisible()
    return dialog


def edit_dialog(qtbot, view: TasksView, title: str) -> TaskDialog:
    """The dialog of the task with this title, its evidence list loaded."""
    task = next(t for t in shown_tasks(view) if t.title == title)
    assert view.select_task(task.id)
    with qtbot.waitSignal(view.dialog_opened, timeout=WAIT) as opened:
        view.edit_button.click()
    dialog = opened.args[0]
    with qtbot.waitSignal(dialog.evidence_loaded, timeout=WAIT):
        pass  # the list is read on the database thread; its answer is still on its way
    return dialog


def fresh(qtbot, view: TasksView) -> list[tasks.Task]:
    unit_id = view.session.unit_id
    return on_db(qtbot, view.session, lambda ws: tasks.list_tasks(ws, unit_id=unit_id))


def figures_text(figures: tasks.TaskFigures) -> str:
    rate = format_decimal(figures.rate).replace(".", ",")
    return (f"Kế hoạch tỉnh: {figures.on_time}/{figures.total} nhiệm vụ hoàn thành đúng hạn "
            f"({rate}%) · {figures.late} quá hạn")


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where the keyboard focus is, as a user's keyboard would send it."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifier)


def type_text(qtbot, text: str) -> None:
    """Typing, one key event per character, carrying the character as a Vietnamese keyboard
    (Unikey, Telex) delivers it; QTest.keyClicks alone only knows ASCII."""
    target = QApplication.focusWidget()
    assert target is not None
    for char in text:
        if char.isascii():
            qtbot.keyClicks(target, char)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, target, Qt.Key.Key_unknown, char,
                               Qt.KeyboardModifier.NoModifier)


def test_table_shows_the_demo_tasks_in_vietnamese(qtbot, view: TasksView) -> None:
    """The eight demo tasks, with Vietnamese labels, overdue rows marked, and the figures."""
    assert view.model.rowCount() == view.proxy.rowCount() == len(DEMO_TASKS) == 8
    assert sorted(shown_titles(view)) == sorted(t[0] for t in DEMO_TASKS)
    assert view.count_label.text() == "Hiển thị 8/8 nhiệm vụ"
    headers = [view.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert [h.replace("\n", " ") for h in headers] == [
        "Nhiệm vụ", "Nguồn", "Người/bộ phận phụ trách", "Hạn", "Trạng thái", "Tiến độ %",
        "Ngày hoàn thành"]
    row = shown_titles(view).index("Ban hành Kế hoạch CCHC năm 2026")
    cells = [view.proxy.index(row, c).data() for c in range(7)]
    assert cells == ["Ban hành Kế hoạch CCHC năm 2026", "Kế hoạch tỉnh", "Văn phòng Sở",
                     "15/01/2026", "Hoàn thành", "100 %", "15/01/2026"]
    own = shown_titles(view).index("Kiểm tra CCHC tại các đơn vị trực thuộc")
    assert view.proxy.index(own, 1).data() == "Của đơn vị"
    assert view.proxy.index(own, 4).data() == "Chưa bắt đầu"
    for row, task in enumerate(shown_tasks(view)):
        background = view.proxy.index(row, TITLE).data(Qt.ItemDataRole.BackgroundRole)
        icon = view.proxy.index(row, DEADLINE).data(Qt.ItemDataRole.DecorationRole)
        if task.overdue:
            assert background.color() == OVERDUE_BACKGROUND and icon is not None
            assert "Quá hạn" in view.proxy.index(row, DEADLINE).data(Qt.ItemDataRole.ToolTipRole)
        else:
            assert background is None and icon is None
    campaign_id, unit_id = view.session.campaign_id, view.session.unit_id
    figures = on_db(qtbot, view.session, lambda ws: tasks.task_figures(ws, campaign_id, unit_id))
    assert view.figures_label.text() == figures_text(figures)
    assert "1.1.2" in view.figures_note.text() and "1.6" in view.figures_note.text()


def test_filters_overdue_due_this_month_and_owner(qtbot, view: TasksView) -> None:
    """"Quá hạn" shows exactly what the service calls overdue; the owner and month filters
    narrow the list the same way."""
    yesterday = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    unit_id = view.session.unit_id
    with qtbot.waitSignal(view.loaded, timeout=WAIT):  # the view refreshes on session.changed
        view.session.run(lambda ws: tasks.add_task(ws, "Việc trễ từ hôm qua", deadline=yesterday,
                                                   owner="Tổ CCHC", unit_id=unit_id),
                         changes="tasks")
    assert view.model.rowCount() == 9
    overdue = on_db(qtbot, view.session,
                    lambda ws: tasks.list_tasks(ws, status="overdue", unit_id=unit_id))
    assert overdue and "Việc trễ từ hôm qua" in {t.title for t in overdue}
    choose(view.kind_combo, "overdue")
    assert view.kind_combo.currentText() == "Quá hạn"
    assert sorted(t.id for t in shown_tasks(view)) == sorted(t.id for t in overdue)
    assert view.count_label.text() == f"Hiển thị {len(overdue)}/9 nhiệm vụ"

    choose(view.owner_combo, "Tổ CCHC")
    assert shown_titles(view) == ["Việc trễ từ hôm qua"]
    choose(view.owner_combo, None)
    choose(view.kind_combo, "due_month")
    month = dt.date.today().isoformat()[:7]
    everything = fresh(qtbot, view)
    assert sorted(t.id for t in shown_tasks(view)) == sorted(
        t.id for t in everything
        if t.status in ("not_started", "in_progress") and (t.deadline or "")[:7] == month)
    choose(view.kind_combo, "done")
    assert {t.status for t in shown_tasks(view)} == {"done"}
    choose(view.kind_combo, "all")
    choose(view.owner_combo, "Thanh tra Sở")
    assert shown_titles(view) == ["Kiểm tra CCHC tại các đơn vị trực thuộc"]
    owners = [view.owner_combo.itemText(i) for i in range(view.owner_combo.count())]
    assert owners[0] == "Tất cả" and "Văn phòng Sở" in owners and "Tổ CCHC" in owners


def test_sorts_dates_as_dates_and_progress_as_numbers(qtbot, view: TasksView) -> None:
    header = view.table.horizontalHeader()
    # starts by deadline, earliest first; a click on the header turns it round
    deadlines = [t.deadline for t in shown_tasks(view)]
    assert deadlines == sorted(deadlines)
    position = header.sectionViewportPosition(DEADLINE) + header.sectionSize(DEADLINE) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(position, header.height() // 2))
    deadlines = [t.deadline for t in shown_tasks(view)]
    assert deadlines == sorted(deadlines, reverse=True)
    # as text, 15/12/2026 would come before 20/06/2026; as dates it does not
    shown = [view.proxy.index(r, DEADLINE).data() for r in range(view.proxy.rowCount())]
    assert shown.index("15/12/2026") < shown.index("20/06/2026")
    view.table.sortByColumn(PROGRESS, Qt.SortOrder.AscendingOrder)
    progress = [t.progress for t in shown_tasks(view)]
    assert progress == sorted(progress) and progress[-1] == 100  # "100 %" is not before "40 %"
    view.table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    assert shown_titles(view)[0] == "Ban hành Kế hoạch CCHC năm 2026"


def test_search_ignores_accents_and_case(qtbot, view: TasksView) -> None:
    view.search_edit.setText("bao cao quy")
    assert sorted(shown_titles(view)) == ["Báo cáo CCHC quý I", "Báo cáo CCHC quý III"]
    view.search_edit.setText("BÁO CÁO QUÝ iii")
    assert shown_titles(view) == ["Báo cáo CCHC quý III"]
    view.search_edit.setText("thanh tra")  # the owner is searched too
    assert shown_titles(view) == ["Kiểm tra CCHC tại các đơn vị trực thuộc"]
    view.search_edit.clear()
    assert view.proxy.rowCount() == 8


def test_adding_a_task_through_the_dialog_saves_it(qtbot, view: TasksView) -> None:
    dialog = open_dialog(qtbot, view, view.add_button.click)
    assert dialog.windowTitle() == "Thêm nhiệm vụ"
    assert not dialog.attach_button.isEnabled()  # evidence comes once the task exists
    dialog.title_edit.setText("Tập huấn nghiệp vụ CCHC")
    choose(dialog.source_combo, "own")
    dialog.source_ref_edit.setText("20/KH-STP")
    dialog.owner_combo.setCurrentText("Phòng Tổ chức cán bộ")
    dialog.deadline_edit.setDate(QDate(2026, 12, 20))
    choose(dialog.status_combo, "in_progress")
    dialog.progress_spin.setValue(30)
    dialog.notes_edit.setPlainText("Mời giảng viên Sở Nội vụ")
    with qtbot.waitSignal(view.loaded, timeout=WAIT), \
            qtbot.waitSignal(dialog.saved, timeout=WAIT):
        dialog.save_button.click()
    assert not dialog.isVisible()
    stored = [t for t in fresh(qtbot, view) if t.title == "Tập huấn nghiệp vụ CCHC"]
    assert len(stored) == 1
    task = stored[0]
    assert (task.source, task.source_ref, task.owner, task.deadline, task.status, task.progress,
            task.completed_on, task.notes, task.unit_id) == (
        "own", "20/KH-STP", "Phòng Tổ chức cán bộ", "2026-12-20", "in_progress", 30, None,
        "Mời giảng viên Sở Nội vụ", view.session.unit_id)
    assert view.model.rowCount() == 9
    assert view.current_task() is not None and view.current_task().id == task.id


def test_invalid_title_or_progress_is_one_sentence_and_saves_nothing(qtbot, view: TasksView) -> None:
    dialog = open_dialog(qtbot, view, view.add_button.click)
    dialog.title_edit.setText("   ")
    with qtbot.waitSignal(dialog.failed, timeout=WAIT):
        dialog.save_button.click()
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert dialog.error_label.text() == sentence(InvalidInput("task_title_required")) == (
        "Cần nhập tên nhiệm vụ.")

    # the spin box refuses 150 as it is typed; the service still guards against it
    dialog.title_edit.setText("Việc có tiến độ sai")
    dialog.progress_spin.selectAll()
    qtbot.keyClicks(dialog.progress_spin, "150")
    assert dialog.progress_spin.value() == 15
    with qtbot.waitSignal(dialog.failed, timeout=WAIT) as failed:
        dialog.save({**dialog.values(), "progress": 150})
    assert failed.args[0] == dialog.error_label.text() == (
        "Tiến độ “150” phải là số nguyên từ 0 đến 100.")
    assert dialog.isVisible()
    assert len(fresh(qtbot, view)) == 8
    dialog.reject()

    # editing: clearing the title is refused and the task keeps its old one
    dialog = edit_dialog(qtbot, view, "Báo cáo CCHC quý III")
    dialog.title_edit.clear()
    with qtbot.waitSignal(dialog.failed, timeout=WAIT):
        dialog.save_button.click()
    assert dialog.isVisible() and dialog.error_label.text() == "Cần nhập tên nhiệm vụ."
    assert "Báo cáo CCHC quý III" in {t.title for t in fresh(qtbot, view)}
    dialog.reject()


def test_mark_done_sets_completion_and_updates_the_figures(qtbot, view: TasksView) -> None:
    """A plan task not yet due, marked done today, counts as on time in the strip at once."""
    session = view.session
    soon = (dt.date.today() + dt.timedelta(days=20)).isoformat()
    target = next(t for t in shown_tasks(view) if t.title == "Đề xuất nhiệm vụ CCHC năm 2027")
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        session.run(lambda ws: tasks.update_task(ws, target.id, deadline=soon), changes="tasks")
    campaign_id, unit_id = session.campaign_id, session.unit_id
    before = on_db(qtbot, session, lambda ws: tasks.task_figures(ws, campaign_id, unit_id))
    assert view.figures_label.text() == figures_text(before)

    assert view.select_task(target.id)
    assert view.done_button.isEnabled()
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        view.done_button.click()
    task = next(t for t in fresh(qtbot, view) if t.id == target.id)
    assert (task.status, task.progress, task.completed_on) == (
        "done", 100, dt.date.today().isoformat())
    after = on_db(qtbot, session, lambda ws: tasks.task_figures(ws, campaign_id, unit_id))
    assert (after.on_time, after.total) == (before.on_time + 1, before.total)
    assert view.figures_label.text() == figures_text(after) != figures_text(before)
    assert view.current_task().id == target.id and not view.done_button.isEnabled()
    row = shown_titles(view).index("Đề xuất nhiệm vụ CCHC năm 2027")
    assert view.proxy.index(row, 6).data() == dt.date.today().strftime("%d/%m/%Y")


def test_attach_files_links_evidence_to_the_task(qtbot, view: TasksView, tmp_path: Path) -> None:
    document = tmp_path / "Biên bản kiểm tra CCHC.txt"
    document.write_text("Biên bản kiểm tra công tác CCHC (tài liệu thử)", encoding="utf-8")
    dialog = edit_dialog(qtbot, view, "Kiểm tra CCHC tại các đơn vị trực thuộc")
    assert dialog.evidence_list.topLevelItemCount() == 0
    assert dialog.evidence_hint.text() == "Chưa có tài liệu nào."
    with qtbot.waitSignal(dialog.evidence_loaded, timeout=WAIT) as loaded:
        dialog.attach_files([document])
    assert [e.original_name for e in loaded.args[0]] == ["Biên bản kiểm tra CCHC.txt"]
    item = dialog.evidence_list.topLevelItem(0)
    assert item.text(0) == "Biên bản kiểm tra CCHC.txt"
    assert dialog.evidence_hint.text() == "1 tài liệu"
    task_id = dialog.task.id
    stored = on_db(qtbot, view.session, lambda ws: evidence.list_evidence(ws, task_id=task_id))
    assert [e.original_name for e in stored] == ["Biên bản kiểm tra CCHC.txt"]
    path = on_db(qtbot, view.session, lambda ws: evidence.file_path(ws, stored[0]))
    assert path.read_text(encoding="utf-8") == document.read_text(encoding="utf-8")
    dialog.reject()


def test_add_and_edit_with_the_keyboard_only(qtbot, view: TasksView) -> None:
    """Insert adds, Tab walks the form, Enter saves; F2 and Enter edit, Escape cancels,
    Ctrl+D marks done, arrows move — no mouse anywhere."""
    view.activateWindow()
    view.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.table, timeout=WAIT)
    with qtbot.waitSignal(view.dialog_opened, timeout=WAIT) as opened:
        press(qtbot, Qt.Key.Key_Insert)
    dialog: TaskDialog = opened.args[0]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.title_edit, timeout=WAIT)
    type_text(qtbot, "Nhiệm vụ nhập bằng bàn phím")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.source_combo
    press(qtbot, Qt.Key.Key_Down)  # Kế hoạch tỉnh → Của đơn vị
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "05/KH-STP")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Tổ CCHC")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.deadline_edit
    type_text(qtbot, "20122026")  # day, month, year: each full section moves to the next
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.no_deadline_check
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.status_combo
    press(qtbot, Qt.Key.Key_Down)  # Chưa bắt đầu → Đang thực hiện
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.progress_spin
    type_text(qtbot, "45")
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        press(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    added = next(t for t in fresh(qtbot, view) if t.title == "Nhiệm vụ nhập bằng bàn phím")
    assert (added.source, added.source_ref, added.owner, added.deadline, added.status,
            added.progress) == ("own", "05/KH-STP", "Tổ CCHC", "2026-12-20", "in_progress", 45)

    # back in the table, on the new task
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.table, timeout=WAIT)
    assert view.current_task().id == added.id
    with qtbot.waitSignal(view.dialog_opened, timeout=WAIT) as opened:
        press(qtbot, Qt.Key.Key_F2)
    dialog = opened.args[0]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.title_edit, timeout=WAIT)
    press(qtbot, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # "T&iến độ"
    assert QApplication.focusWidget() is dialog.progress_spin
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "80")
    press(qtbot, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)  # "&Không có hạn" ticks it
    qtbot.waitUntil(dialog.no_deadline_check.isChecked, timeout=WAIT)  # (an animated click)
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        press(qtbot, Qt.Key.Key_Enter)
    edited = next(t for t in fresh(qtbot, view) if t.id == added.id)
    assert (edited.progress, edited.deadline) == (80, None)

    # Enter opens it too; Escape closes without saving
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.table, timeout=WAIT)
    with qtbot.waitSignal(view.dialog_opened, timeout=WAIT) as opened:
        press(qtbot, Qt.Key.Key_Return)
    dialog = opened.args[0]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.title_edit, timeout=WAIT)
    type_text(qtbot, " (không lưu)")
    with qtbot.waitSignal(dialog.finished, timeout=WAIT):
        press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.table, timeout=WAIT)
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        press(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    done = next(t for t in fresh(qtbot, view) if t.id == added.id)
    assert (done.title, done.status, done.progress) == (
        "Nhiệm vụ nhập bằng bàn phím", "done", 100)

    # arrows move through the rows; Alt+K ("Tìm &kiếm") jumps to the search box (Ctrl+F is
    # the main window's "find criterion") and Enter comes back
    row = view.table.currentIndex().row()
    press(qtbot, Qt.Key.Key_Up if row else Qt.Key.Key_Down)
    assert view.table.currentIndex().row() != row
    press(qtbot, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is view.search_edit
    type_text(qtbot, "ban phim")
    assert shown_titles(view) == ["Nhiệm vụ nhập bằng bàn phím"]
    press(qtbot, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is view.table
    assert view.current_task().id == added.id  # on the match, ready for F2 or Ctrl+D
