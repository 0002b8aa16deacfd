"""Starting the desktop window: the QApplication, the translation in force, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop import APP_NAME
from desktop.resources import resource


def install_translation(app: object, lang: str) -> object | None:
    """Vietnamese is the source language; other languages come from resources/translations."""
    if lang == "vi":
        return None
    from PySide6.QtCore import QTranslator

    translator = QTranslator(app)
    if translator.load(str(resource("translations", f"cchc_{lang}.qm"))):
        app.installTranslator(translator)
        return translator
    return None


def _install_crash_handler(data_dir: Path, lang: str) -> None:
    """A bug in a slot must not vanish silently or kill the window without a word: log it and
    say where the log is."""
    from desktop.crash import write_crash_log
    from desktop.messages import sentence
    from desktop.models.errors import CchcError

    def handler(exc_type, exc, tb) -> None:  # noqa: ANN001 - sys.excepthook's signature
        log = write_crash_log(data_dir, exc_type, exc, tb)
        sys.__excepthook__(exc_type, exc, tb)
        from PySide6.QtWidgets import QApplication, QMessageBox

        if QApplication.instance() is not None:
            box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME,
                              sentence(CchcError("internal", log=str(log)), lang))
            box.setDetailedText("".join(__import__("traceback").format_exception(exc_type, exc, tb)))
            box.open()

    sys.excepthook = handler


def run_gui(*, data_dir: Path, workspace: str | None = None, lang: str | None = None) -> int:
    """`lang` from the command line wins; otherwise the language chosen in the settings."""
    from PySide6.QtWidgets import QApplication

    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import Settings

    lang = lang or Settings(data_dir).language or "vi"
    _install_crash_handler(data_dir, lang)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("CCHC Desk")
    install_translation(app, lang)
    window = MainWindow(data_dir, workspace, lang)
    window.show()
    window.open_workspace()
    return app.exec()


def main() -> int:
    """Entry point of the GUI executable (no console)."""
    from desktop.cli import main as cli_main

    return cli_main(sys.argv[1:] if len(sys.argv) > 1 else [])
