"""Progress and cancellation for long jobs (adding hundreds of files, recomputing), shared by
a job on the database thread and whoever shows it (a dialog, the CLI). No Qt here."""

from __future__ import annotations

import threading

from desktop.models.errors import Cancelled


class Progress:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.done, self.total, self.text = 0, 0, ""
        self._cancelled = threading.Event()

    def report(self, done: int, total: int, text: str = "") -> None:
        with self._lock:
            self.done, self.total, self.text = done, total, text

    def snapshot(self) -> tuple[int, int, str]:
        with self._lock:
            return self.done, self.total, self.text

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        """Call between units of work: raises Cancelled once the user has asked to stop."""
        if self._cancelled.is_set():
            raise Cancelled()
