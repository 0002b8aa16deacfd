"""The agency's window driven through its real widgets: first run, the dashboard, answering
criteria of different rule types, attaching evidence the way a drop does, the running total
and the check list following along, and the whole form with the keyboard only."""

from __future__ import annotations

from pathlib import Path

import pytest
from demo_support import build_demo_with_errors
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QRadioButton

from desktop.app import install_translation
from desktop.models.paths import workspace_dir
from desktop.models.store import open_workspace
from desktop.ui.main_window import MainWindow


@pytest.fixture
def demo_dir(tmp_path: Path) -> Path:
    build_demo_with_errors(tmp_path)
    return tmp_path


def _window(qtbot, data_dir: Path, name: str | None = None, lang: str = "vi") -> MainWindow:
    window = MainWindow(data_dir, name, lang)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _open(qtbot, window: MainWindow) -> dict:
    with qtbot.waitSignal(window.status_loaded, timeout=10000) as blocker:
        window.open_workspace()
    view = window.assessment
    qtbot.waitUntil(lambda: view.snapshot is not None, timeout=10000)
    return blocker.args[0]


def _settle(qtbot, window: MainWindow) -> None:
    """Wait until every database job submitted so far has finished and its result is shown."""
    window.session.db.wait()
    qtbot.wait(50)
    window.session.db.wait()
    qtbot.wait(50)


def _go(qtbot, window: MainWindow, code: str) -> None:
    window.tabs.setCurrentWidget(window.assessment)
    window.assessment.select(code)
    qtbot.waitUntil(lambda: window.assessment.page.line is not None
                    and window.assessment.page.line.criterion.code == code)


def _line(window: MainWindow, code: str):  # noqa: ANN202
    return window.assessment.lines[code]


def test_dashboard_shows_demo_workspace(qtbot, demo_dir: Path) -> None:
    """The demo unit, campaign, banner and exact total appear once the thread has loaded them."""
    window = _window(qtbot, demo_dir)
    status = _open(qtbot, window)
    board = window.dashboard
    assert window.pages.currentWidget() is window.tabs
    assert "DEMO-STP" in board.unit_label.text()
    assert board.demo_banner.isVisibleTo(window)
    assert board.total_label.text() == status["self_assessment"]["final"].replace(".", ",") + " / 100"
    assert "[DEMO]" in window.windowTitle()


def test_first_run_offers_demo_and_builds_it(qtbot, tmp_path: Path) -> None:
    """With no workspace the window shows the first-run page; its demo button builds the demo."""
    window = _window(qtbot, tmp_path)
    with qtbot.waitSignal(window.failed, timeout=10000):
        window.open_workspace()
    assert window.pages.currentWidget() is window.first_run
    with qtbot.waitSignal(window.status_loaded, timeout=30000):
        window.demo_button.click()
    assert window.pages.currentWidget() is window.tabs
    assert (workspace_dir(tmp_path, "demo") / "workspace.sqlite3").is_file()


def test_first_run_creates_the_units_workspace(qtbot, tmp_path: Path) -> None:
    """Role, unit and the sample campaign from the first-run form; a bad form says why inline."""
    window = _window(qtbot, tmp_path)
    with qtbot.waitSignal(window.failed, timeout=10000):
        window.open_workspace()
    page = window.first_run
    page.create_button.click()  # no unit code or name
    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=10000)
    assert "mã và tên đơn vị" in page.error.text()
    assert not (workspace_dir(tmp_path, "main") / "workspace.sqlite3").exists()
    page.unit_code.setText("UBND-XA-A")
    page.unit_name.setText("UBND xã Bình An")
    page.unit_type.setCurrentIndex(page.unit_type.findData("ubnd_xa"))
    with qtbot.waitSignal(window.status_loaded, timeout=20000) as blocker:
        page.create_button.click()
    status = blocker.args[0]
    assert status["unit"]["code"] == "UBND-XA-A"
    assert status["campaign"]["title"].startswith("[MẪU]")
    qtbot.waitUntil(lambda: window.assessment.snapshot is not None, timeout=10000)
    # the commune sample: area 3 has 18 points
    assert window.assessment.lines["3"].criterion.max_points == "18"


def test_locked_workspace_is_one_sentence(qtbot, demo_dir: Path) -> None:
    """A workspace held by another process is reported in plain Vietnamese, with details."""
    holder = open_workspace(workspace_dir(demo_dir, "demo"))
    try:
        window = _window(qtbot, demo_dir)
        with qtbot.waitSignal(window.failed, timeout=10000):
            window.open_workspace()
        error = window.session.last_error
        assert error is not None and error.code == "workspace_locked"
        boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
        assert len(boxes) == 1
        assert "đang được mở" in boxes[0].text()
        assert "workspace_locked" in boxes[0].detailedText()
        boxes[0].close()
    finally:
        holder.close()


def test_english_translation_applies(qtbot, demo_dir: Path, qapp) -> None:
    """--lang en loads the compiled English catalogue for the window's own strings."""
    translator = install_translation(qapp, "en")
    try:
        assert translator is not None
        window = _window(qtbot, demo_dir, lang="en")
        titles = [a.text() for a in window.menuBar().actions()]
        assert titles[0] == "&File" and titles[-1] == "&Help" and "&Sửa" not in titles
        assert window.tabs.tabText(1) == "Self-assessment"
        _open(qtbot, window)
        assert window.dashboard.role_label.text() == "Assessed unit"
    finally:
        if translator is not None:
            qapp.removeTranslator(translator)


def test_answer_three_rule_types_and_the_total_follows(qtbot, demo_dir: Path) -> None:
    """An option, a rate and a count, each saved as it is entered; the running total, the
    tree and the dashboard follow, and the page shows the points live before saving."""
    window = _window(qtbot, demo_dir)
    _open(qtbot, window)
    view = window.assessment
    before = view.snapshot.sheet.self_totals.final
    page = view.page

    # 1.5 — choice: "được công nhận" = 1.5
    _go(qtbot, window, "1.5")
    radio = next(b for b in page.option_group.buttons() if b.property("option") == "được công nhận")
    with qtbot.waitSignal(view.saved, timeout=10000):
        radio.click()
    _settle(qtbot, window)
    assert _line(window, "1.5").score == 1.5

    # 1.4 — prop: 80 % × 1.5 = 1.2 → rounded down to quarters = 1; shown live while typing
    _go(qtbot, window, "1.4")
    page.value_edit.clear()
    qtbot.keyClicks(page.value_edit, "80")
    assert page.points_label.text() == "Điểm: 1 / 1,5"
    with qtbot.waitSignal(view.saved, timeout=10000):
        qtbot.keyClick(page.value_edit, Qt.Key.Key_Return)
    _settle(qtbot, window)
    assert str(_line(window, "1.4").score) == "1"

    # 1.6 — deduct 0.25 per overdue task: 1 → 1.75
    _go(qtbot, window, "1.6")
    page.count_spin.setValue(1)
    with qtbot.waitSignal(view.saved, timeout=10000):
        page.flush()
    _settle(qtbot, window)
    assert str(_line(window, "1.6").score) == "1.75"

    # before: 1.5 → —, 1.4: 1.25, 1.6: 1.5; after: 1.5, 1, 1.75 → +1.5 − 0.25 + 0.25 = +1.5
    after = view.snapshot.sheet.self_totals.final
    assert after - before == 1.5
    assert view.total_label.text().startswith(f"Tổng điểm tự đánh giá: {str(after).replace('.', ',')} / 100")
    assert view.tree.items["1.5"].text(1) == "1,5 / 1,5"
    qtbot.waitUntil(lambda: window.dashboard.total_label.text().startswith(
        str(after).replace(".", ",")), timeout=10000)


def test_evidence_by_the_drop_call_updates_status_and_check_list(qtbot, demo_dir: Path,
                                                                  tmp_path: Path) -> None:
    """Attaching a file the way a drop does clears 2.2's "no evidence" error in the check list."""
    window = _window(qtbot, demo_dir)
    _open(qtbot, window)
    window.tabs.setCurrentWidget(window.check)
    qtbot.waitUntil(lambda: window.check.error_count() > 0, timeout=10000)
    errors_before = window.check.error_count()
    _go(qtbot, window, "2.2")
    assert _line(window, "2.2").status == "needs_explanation"
    scan = tmp_path / "Hồ sơ dự thảo.pdf"
    scan.write_bytes("%PDF-1.4 hồ sơ dự thảo văn bản".encode())
    with qtbot.waitSignal(window.assessment.evidence.evidence_changed, timeout=10000):
        window.assessment.evidence.add_files([scan])
    _settle(qtbot, window)
    qtbot.waitUntil(lambda: _line(window, "2.2").evidence == 1, timeout=10000)
    assert _line(window, "2.2").status == "scored"  # full points, now with evidence
    window.tabs.setCurrentWidget(window.check)
    qtbot.waitUntil(lambda: window.check.error_count() == errors_before - 1, timeout=10000)


def test_the_form_can_be_completed_with_the_keyboard_only(qtbot, demo_dir: Path) -> None:
    """F8 goes to the next unfinished criterion with the focus on its input; arrows choose an
    option, Tab reaches the explanation, typing is saved; Alt+↓ moves on; Ctrl+Z undoes."""
    window = _window(qtbot, demo_dir)
    _open(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view = window.assessment
    window.tabs.setCurrentWidget(view)
    view.select(view.tree.leaves[0])
    qtbot.keyClick(window, Qt.Key.Key_F8)
    code = view.page.line.criterion.code
    assert code == "1.1.2"  # the first one that still needs an explanation
    # explanation: Tab from the rate field, type, leave → saved
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    assert window.focusWidget() is view.page.explanation
    with qtbot.waitSignal(view.saved, timeout=10000):
        qtbot.keyClicks(view.page.explanation, "Ke hoach da xong")
        view.page.flush()
    _settle(qtbot, window)
    assert _line(window, code).explanation == "Ke hoach da xong"
    assert _line(window, code).status == "scored"

    # F8 again: the next unfinished one is 1.4 (a rate) — answer it by keys, Enter saves
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F8)
    assert view.page.line.criterion.code == "1.4"
    assert window.focusWidget() is view.page.value_edit
    view.page.value_edit.selectAll()
    with qtbot.waitSignal(view.saved, timeout=10000):
        qtbot.keyClicks(view.page.value_edit, "100")
        qtbot.keyClick(view.page.value_edit, Qt.Key.Key_Return)
    _settle(qtbot, window)
    assert str(_line(window, "1.4").score) == "1.5"

    # Alt+↓ twice: 1.5 (options) — focus its first option and pick with Space
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert view.page.line.criterion.code == "1.5"
    view.page.focus_input()
    assert isinstance(window.focusWidget(), QRadioButton)
    with qtbot.waitSignal(view.saved, timeout=10000):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Space)
    _settle(qtbot, window)
    assert _line(window, "1.5").score is not None

    # Ctrl+Z takes the last change back
    with qtbot.waitSignal(view.saved, timeout=10000):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    _settle(qtbot, window)
    assert _line(window, "1.5").score is None
