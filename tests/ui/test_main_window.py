"""The first window: it opens a workspace on the database thread, shows the dashboard, offers
the demo on first run, and reports a locked workspace in one sentence."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.app import install_translation
from desktop.models.demo import build_demo
from desktop.models.paths import workspace_dir
from desktop.models.store import open_workspace
from desktop.ui.main_window import MainWindow


@pytest.fixture
def demo_dir(tmp_path: Path) -> Path:
    build_demo(tmp_path)
    return tmp_path


def _window(qtbot, data_dir: Path, name: str | None = None, lang: str = "vi") -> MainWindow:
    window = MainWindow(data_dir, name, lang)
    qtbot.addWidget(window)
    window.show()
    return window


def test_dashboard_shows_demo_workspace(qtbot, demo_dir: Path) -> None:
    """The demo unit, campaign, banner and exact total appear once the thread has loaded them."""
    window = _window(qtbot, demo_dir)
    with qtbot.waitSignal(window.status_loaded, timeout=10000) as blocker:
        window.open_workspace()
    status = blocker.args[0]
    board = window.dashboard
    assert window.pages.currentWidget() is board
    assert "DEMO-STP" in board.unit_label.text()
    assert board.demo_banner.isVisibleTo(window)
    assert board.total_label.text() == status["self_assessment"]["final"].replace(".", ",") + " / 100"
    assert board.index_label.text().startswith("Chỉ số: ")
    assert board.areas.rowCount() == 8
    assert board.areas.item(0, 0).text().startswith("1. Công tác chỉ đạo")
    assert board.progress.value() == status["self_assessment"]["scored"]
    assert "[DEMO]" in window.windowTitle()


def test_first_run_offers_demo_and_builds_it(qtbot, tmp_path: Path) -> None:
    """With no workspace the window says so and its button builds the demo workspace."""
    window = _window(qtbot, tmp_path)
    with qtbot.waitSignal(window.failed, timeout=10000):
        window.open_workspace()
    assert window.pages.currentWidget() is window.empty
    with qtbot.waitSignal(window.status_loaded, timeout=20000):
        window.demo_button.click()
    assert window.pages.currentWidget() is window.dashboard
    assert (workspace_dir(tmp_path, "demo") / "workspace.sqlite3").is_file()


def test_locked_workspace_is_one_sentence(qtbot, demo_dir: Path) -> None:
    """A workspace held by another process is reported in plain Vietnamese, with details."""
    holder = open_workspace(workspace_dir(demo_dir, "demo"))
    try:
        window = _window(qtbot, demo_dir)
        with qtbot.waitSignal(window.failed, timeout=10000):
            window.open_workspace()
        assert window.last_error is not None and window.last_error.code == "workspace_locked"
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
        assert titles == ["&File", "&Help"]
        with qtbot.waitSignal(window.status_loaded, timeout=10000):
            window.open_workspace()
        assert window.dashboard.role_label.text() == "Assessed unit"
    finally:
        if translator is not None:
            qapp.removeTranslator(translator)
