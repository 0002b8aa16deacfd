"""Views that load on the database thread only while they are shown: a change elsewhere
(an import, an approval) marks them stale, and they reload when they are, or become,
visible."""

from __future__ import annotations

from typing import Any


class LazyRefresh:
    """Mix in before the Qt widget class; the view defines `refresh()` and `refresh_kinds`
    (the `Session.changed` kinds it shows), and connects `session.changed` to `_on_changed`."""

    refresh_kinds: tuple[str, ...] = ()
    _stale = True

    def refresh(self) -> None:  # pragma: no cover - every view has its own
        raise TypeError(f"{type(self).__name__} must define refresh()")

    def _on_changed(self, what: str) -> None:
        if what in self.refresh_kinds:
            self._mark_stale()

    def _mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():  # type: ignore[attr-defined]
            self.refresh()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)  # type: ignore[misc]
        if self._stale:
            self.refresh()
