"""The open workspace as the UI sees it: one object every view is given in its constructor.

It owns the database thread and the `Workspace` handle (touched only on that thread), knows
the active campaign and the own unit, and announces changes so each view refreshes only what
it shows. Views never run SQL: they call `session.run(lambda ws: service(ws, ...))`.

Long jobs (`run_long`) get a `Progress` they report to and check for cancellation; a progress
dialog appears only if the job is still running after ~0.5 s, and Cancel sets a flag the job
checks between units of work — a job is never killed in the middle of a write.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QElapsedTimer, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.models import campaigns, workspaces
from desktop.models.errors import Cancelled, CchcError
from desktop.models.progress import Progress
from desktop.models.store import Workspace
from desktop.ui import prompts
from desktop.ui.db_thread import DatabaseThread

T = TypeVar("T")
PROGRESS_DELAY_MS = 500
PROGRESS_POLL_MS = 100


class Session(QObject):
    opened = Signal(dict)
    closed = Signal()
    changed = Signal(str)  # "assessment", "evidence", "tasks", "campaign", "all"
    failed = Signal(object)

    def __init__(self, data_dir: Path, lang: str = "vi", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir, self.lang = data_dir, lang
        self.db = DatabaseThread(self)
        self.ws: Workspace | None = None  # only ever used on the database thread
        self.workspace_name: str | None = None
        self.role: str | None = None
        self.unit_id: str | None = None
        self.campaign_id: str | None = None
        self.error_parent: QWidget | None = None
        self.last_error: BaseException | None = None
        self.error_box: QWidget | None = None
        self.progress_dialog: QProgressDialog | None = None
        # A workspace on removable media: worked on from a local copy written back to the
        # drive on close and on save(); `recovery` tells of work recovered on opening.
        self.checked_out = False
        self.recovery: dict | None = None
        self.close_error: BaseException | None = None

    # -- running work -------------------------------------------------------------------------
    def run(self, job: Callable[[Workspace], T], on_done: Callable[[T], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None, *,
            changes: str | None = None) -> None:
        """Run `job(ws)` on the database thread; `on_done(result)` back on the UI thread.
        When `changes` is given, views are told after a successful job."""

        def work() -> T:
            if self.ws is None:
                raise CchcError("not_initialised", path="")
            return job(self.ws)

        def done(result: T) -> None:
            if on_done is not None:
                on_done(result)
            if changes:
                self.changed.emit(changes)

        self.db.submit(work, done, on_error or self.show_error)

    def run_long(self, job: Callable[[Workspace, Progress], T], title: str,
                 on_done: Callable[[T], None] | None = None, *,
                 changes: str | None = None,
                 on_error: Callable[[BaseException], None] | None = None) -> Progress:
        """A job that may take a while. Its progress dialog appears only if it is still running
        after PROGRESS_DELAY_MS, so quick jobs never flash a window."""
        progress = Progress()
        clock = QElapsedTimer()
        clock.start()
        timer = QTimer(self)
        timer.setInterval(PROGRESS_POLL_MS)
        holder: dict[str, QProgressDialog] = {}
        self.progress_dialog = None

        def poll() -> None:
            dialog = holder.get("dialog")
            if dialog is None:
                if clock.elapsed() < PROGRESS_DELAY_MS:
                    return
                dialog = QProgressDialog(title, self.tr("Dừng"), 0, 0, self.error_parent)
                dialog.setWindowModality(Qt.WindowModality.WindowModal)
                dialog.setMinimumDuration(0)
                dialog.setAutoClose(False)
                dialog.setAutoReset(False)
                dialog.canceled.connect(progress.cancel)
                holder["dialog"] = self.progress_dialog = dialog
                dialog.show()
            done_count, total, text = progress.snapshot()
            dialog.setMaximum(total)
            dialog.setValue(done_count)
            if text:
                dialog.setLabelText(f"{title}\n{text}")

        timer.timeout.connect(poll)
        timer.start()

        def finish() -> None:
            timer.stop()
            dialog = holder.pop("dialog", None)
            if dialog is not None:
                dialog.reset()
                dialog.hide()
                dialog.deleteLater()
            self.progress_dialog = None

        def done(result: T) -> None:
            finish()
            if on_done is not None:
                on_done(result)

        def failed(exc: BaseException) -> None:
            finish()
            if changes:  # whatever finished before the error or the cancel is saved
                self.changed.emit(changes)
            if isinstance(exc, Cancelled):
                return
            if on_error is not None:
                on_error(exc)
            else:
                self.show_error(exc)

        self.run(lambda ws: job(ws, progress), done, failed, changes=changes)
        return progress

    def show_error(self, exc: BaseException) -> None:
        self.last_error = exc
        self.failed.emit(exc)
        # Keep the box referenced: without a parent it would be collected and vanish at once.
        self.error_box = prompts.show_error(self.error_parent, exc, self.lang)

    # -- opening and closing ------------------------------------------------------------------
    def open(self, name: str | None, on_done: Callable[[dict], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None) -> None:
        from desktop.models import status

        def job() -> dict[str, Any]:
            self._close_on_db_thread()
            self.ws = workspaces.open_named(self.data_dir, name)
            info = status.workspace_status(self.ws)
            campaign = campaigns.active_campaign(self.ws)
            info["_ids"] = {"unit": self.ws.meta("own_unit_id"),
                            "campaign": campaign.id if campaign else None,
                            "role": self.ws.meta("role"), "name": self.ws.folder.name,
                            "checked_out": self.ws.local_copy is not None,
                            "recovery": self.ws.recovery}
            return info

        def done(info: dict) -> None:
            ids = info.pop("_ids")
            self.unit_id, self.campaign_id, self.role = ids["unit"], ids["campaign"], ids["role"]
            self.workspace_name = ids["name"]
            self.checked_out, self.recovery = ids["checked_out"], ids["recovery"]
            workspaces.remember(self.data_dir, ids["name"])
            if on_done is not None:
                on_done(info)
            self.opened.emit(info)

        self.db.submit(job, done, on_error or self.show_error)

    def _close_on_db_thread(self) -> None:
        if self.ws is not None:
            ws, self.ws = self.ws, None
            ws.close()  # on removable media: the write-back, which may fail (stick pulled out)

    def close(self, wait: bool = True) -> None:
        """Close the workspace after every job already submitted has finished. A failure of
        the closing itself (a write-back to a removable drive) is kept in `close_error`."""
        self.close_error = None

        def job() -> None:
            try:
                self._close_on_db_thread()
            except CchcError as exc:
                self.close_error = exc

        self.db.submit(job)
        if wait:
            self.db.wait()
        self.unit_id = self.campaign_id = self.role = None
        self.checked_out, self.recovery = False, None
        self.closed.emit()

    @property
    def is_open(self) -> bool:
        return self.unit_id is not None
