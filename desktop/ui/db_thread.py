"""All database work runs on one dedicated thread, never on the UI thread. A job is a plain
callable; its result or its error comes back to the UI thread through Qt's queued signals."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn, self.relay = fn, relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # handed to the UI, which decides how to show it
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


class DatabaseThread(QObject):
    """A single worker thread that owns the workspace connection. Jobs run one at a time, in
    the order submitted, so there is exactly one writer."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)  # keep the same OS thread for the connection's life
        self._relays: set[_Relay] = set()

    def submit(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None) -> None:
        relay = _Relay()
        self._relays.add(relay)

        def finish(callback: Callable | None, value: Any) -> None:
            self._relays.discard(relay)
            if callback is not None:
                callback(value)

        relay.done.connect(lambda value: finish(on_done, value))
        relay.failed.connect(lambda exc: finish(on_error, exc))
        self._pool.start(_Job(fn, relay))

    def wait(self, msecs: int = 30000) -> bool:
        return self._pool.waitForDone(msecs)
