"""Long jobs: no dialog for a quick one; a slow one shows its progress after half a second
and stops between units of work when asked, keeping what was done."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtWidgets import QProgressDialog, QPushButton

from desktop.models import tasks, workspaces
from desktop.models.store import open_workspace
from desktop.ui.session import PROGRESS_DELAY_MS, Session


def _session(qtbot, tmp_path: Path) -> Session:
    with open_workspace(tmp_path / "workspaces" / "main", create=True) as ws:
        workspaces.initialise(ws, role="unit", unit_code="X", unit_name="Đơn vị X")
    session = Session(tmp_path)
    with qtbot.waitSignal(session.opened, timeout=10000):
        session.open("main")
    return session


def test_quick_job_shows_no_dialog(qtbot, tmp_path: Path) -> None:
    session = _session(qtbot, tmp_path)
    seen = []
    with qtbot.waitSignal(session.changed, timeout=10000):
        session.run_long(lambda ws, progress: tasks.add_task(ws, "Nhanh"), "Đang làm",
                         seen.append, changes="tasks")
    assert session.progress_dialog is None and seen[0].title == "Nhanh"
    session.close()


def test_slow_job_shows_progress_late_and_can_be_stopped(qtbot, tmp_path: Path) -> None:
    session = _session(qtbot, tmp_path)

    def job(ws, progress):  # noqa: ANN001
        for index in range(400):
            progress.check()
            tasks.add_task(ws, f"Nhiệm vụ {index}")
            progress.report(index + 1, 400)
            time.sleep(0.01)

    started = time.monotonic()
    with qtbot.waitSignal(session.changed, timeout=20000):
        progress = session.run_long(job, "Đang thêm nhiệm vụ", changes="tasks")
        qtbot.waitUntil(lambda: isinstance(session.progress_dialog, QProgressDialog), timeout=10000)
        assert time.monotonic() - started >= PROGRESS_DELAY_MS / 1000
        qtbot.waitUntil(lambda: progress.snapshot()[0] >= 20, timeout=10000)
        session.progress_dialog.findChild(QPushButton).click()  # the Stop button
    done = progress.snapshot()[0]
    assert 20 <= done < 400
    assert session.progress_dialog is None
    titles = []
    with qtbot.waitSignal(session.changed, timeout=10000):
        session.run(lambda ws: tasks.list_tasks(ws), titles.extend, changes="none")
    assert len(titles) in (done, done + 1)  # the task in flight when Stop was pressed may finish
    session.close()
