"""Starting the desktop window: the QApplication, the translation in force, the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop import APP_NAME
from desktop.resources import resource

ENV_EXIT_WHEN_SHOWN = "CCHC_EXIT_WHEN_SHOWN"


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


def set_window_icon(app: object) -> None:
    """The application icon (resources/icons/cchc.png) on every window; the Windows
    executable carries cchc.ico as well (installer/cchc.spec)."""
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(resource("icons", "cchc.png"))))


def exit_when_shown(window: object) -> None:
    """For start-up benchmarks (bench/bench_frozen.py, `CCHC_EXIT_WHEN_SHOWN=1`): at the first
    paint of the window print `shown` on stdout, then close it — which ends the program."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class _FirstPaint(QObject):
        def eventFilter(self, watched: object, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                if sys.stdout is not None:  # the windowed Windows executable has none
                    print("shown", flush=True)
                QTimer.singleShot(0, window.close)
            return False

    window.exit_filter = _FirstPaint(window)
    window.installEventFilter(window.exit_filter)


def _portable_qt_settings(data_dir: Path) -> None:
    """In portable mode Qt's own settings (the file dialog's last folder) go to the data
    folder too where Qt keeps them in files (Linux and other Unix systems; Windows keeps them
    in the registry and macOS in its preferences, which Qt cannot redirect)."""
    from PySide6.QtCore import QSettings

    from desktop.portable import portable_data_dir

    portable = portable_data_dir()
    if portable is None or data_dir.resolve() != portable.resolve():
        return
    folder = str(data_dir / "qt")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(fmt, scope, folder)


def start_gui(*, data_dir: Path, workspace: str | None = None, lang: str = "vi",
              open_files: list[Path] | tuple[Path, ...] = ()) -> object:
    """The window shown, its workspace opening and the package files given going to their
    import once it is open; it also takes the files of later launches (single instance).
    Needs the QApplication; returns the window (its `instance_server` is the channel)."""
    from PySide6.QtCore import QEvent, QObject

    from desktop.ui.main_window import MainWindow
    from desktop.ui.single_instance import InstanceServer

    window = MainWindow(data_dir, workspace, lang)
    window.instance_server = InstanceServer(data_dir, window)
    window.instance_server.files_received.connect(window.open_package_files)

    class _FileOpen(QObject):  # macOS: a package opened from the Finder while running
        def eventFilter(self, watched: object, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.FileOpen:
                window.open_package_files([Path(event.file())])
                return True
            return False

    from PySide6.QtWidgets import QApplication

    window.file_open_filter = _FileOpen(window)
    QApplication.instance().installEventFilter(window.file_open_filter)
    window.show()
    window.open_workspace()
    if open_files:
        window.open_package_files(list(open_files))
    return window


def run_gui(*, data_dir: Path, workspace: str | None = None, lang: str | None = None,
            open_files: list[Path] | tuple[Path, ...] = ()) -> int:
    """`lang` from the command line wins; otherwise the language chosen in the settings.
    With `open_files` and a window already running on the same data folder, the files go to
    that window and this process ends."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    if open_files:
        from desktop.ui.single_instance import hand_over

        if hand_over(data_dir, list(open_files)):
            return 0
    _portable_qt_settings(data_dir)
    from desktop.ui.settings import Settings

    lang = lang or Settings(data_dir).language or "vi"
    _install_crash_handler(data_dir, lang)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("CCHC Desk")
    install_translation(app, lang)
    set_window_icon(app)
    window = start_gui(data_dir=data_dir, workspace=workspace, lang=lang, open_files=open_files)
    if os.environ.get(ENV_EXIT_WHEN_SHOWN) == "1":
        exit_when_shown(window)
    code = app.exec()
    del window
    return code


def main() -> int:
    """Entry point of the GUI executable (no console): the window, or a package file to
    open (a double-click), or any command as `cchc` takes it."""
    from desktop.cli import main as cli_main

    return cli_main(sys.argv[1:] if len(sys.argv) > 1 else [], gui=True)
