"""The one module for modal prompts, so tests can replace it and never hang on a dialog.
Errors a user can fix are one sentence, with the technical details behind a button."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.messages import sentence
from desktop.models.errors import CchcError


def error_box(parent: QWidget | None, error: BaseException, lang: str = "vi") -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("CCHC Desk")
    if isinstance(error, CchcError):
        box.setText(sentence(error, lang))
        details = f"[{error.code}] {error.data}\n{error.details}".strip()
    else:
        box.setText(sentence(CchcError("error"), lang))
        details = f"{type(error).__name__}: {error}"
    box.setDetailedText(details)
    return box


def show_error(parent: QWidget | None, error: BaseException, lang: str = "vi") -> QMessageBox:
    """Non-blocking (open(), not exec()), so the event loop and tests keep running."""
    box = error_box(parent, error, lang)
    box.open()
    return box
