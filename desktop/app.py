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


def run_gui(*, data_dir: Path, workspace: str | None = None, lang: str = "vi") -> int:
    from PySide6.QtWidgets import QApplication

    from desktop.ui.main_window import MainWindow

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
