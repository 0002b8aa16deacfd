"""The main window: a thin shell that composes per-feature widgets. For now it holds the
dashboard; the criterion pages, evidence panel and task list arrive with the desktop-window
issue. It owns nothing but the database thread and the open workspace handle."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME, __version__
from desktop.models import demo, status, workspaces
from desktop.models.errors import WorkspaceError
from desktop.ui import prompts
from desktop.ui.dashboard import Dashboard
from desktop.ui.db_thread import DatabaseThread


class MainWindow(QMainWindow):
    status_loaded = Signal(dict)
    failed = Signal(object)

    def __init__(self, data_dir: Path, workspace_name: str | None = None, lang: str = "vi") -> None:
        super().__init__()
        self.data_dir, self.workspace_name, self.lang = data_dir, workspace_name, lang
        self.workspace = None  # owned by the database thread once opened
        self.db = DatabaseThread(self)
        self.last_error: BaseException | None = None
        self.setWindowTitle(APP_NAME)
        self.resize(1000, 680)

        self.dashboard = Dashboard(lang)
        self.empty = self._build_empty_page()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self.dashboard)
        self.setCentralWidget(self.pages)
        self._build_menus()
        self.statusBar().showMessage(self.tr("Đang mở không gian làm việc…"))

    # -- construction -----------------------------------------------------------------------
    def _build_empty_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        self.empty_label = QLabel(self.tr(
            "Chưa có không gian làm việc. Hãy tạo không gian mẫu để làm quen, hoặc thiết lập "
            "đơn vị bằng lệnh “cchc init”."))
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.demo_button = QPushButton(self.tr("Tạo không gian làm việc mẫu"))
        self.demo_button.clicked.connect(self.create_demo)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Tệp"))
        self.recent_menu = file_menu.addMenu(self.tr("Không gian làm việc &gần đây"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        reload_action = QAction(self.tr("&Làm mới"), self)
        reload_action.setShortcut(QKeySequence.StandardKey.Refresh)
        reload_action.triggered.connect(self.refresh)
        file_menu.addAction(reload_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Thoát"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("Trợ &giúp"))
        about_action = QAction(self.tr("&Giới thiệu"), self)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        names = workspaces.recent_workspaces(self.data_dir)
        if not names:
            self.recent_menu.addAction(self.tr("(trống)")).setEnabled(False)
        for name in names:
            action = self.recent_menu.addAction(name)
            action.triggered.connect(lambda _=False, n=name: self.switch_workspace(n))

    # -- database work, always on the database thread ---------------------------------------
    def open_workspace(self) -> None:
        name = self.workspace_name

        def job() -> dict[str, Any]:
            self._close_on_db_thread()
            self.workspace = workspaces.open_named(self.data_dir, name)
            return status.workspace_status(self.workspace)

        self.db.submit(job, self._show_status, self._open_failed)

    def refresh(self) -> None:
        if self.workspace is None:
            self.open_workspace()
            return
        ws = self.workspace
        self.db.submit(lambda: status.workspace_status(ws), self._show_status, self._show_error)

    def create_demo(self) -> None:
        self.demo_button.setEnabled(False)
        self.statusBar().showMessage(self.tr("Đang tạo không gian làm việc mẫu…"))

        def job() -> None:
            self._close_on_db_thread()
            demo.build_demo(self.data_dir)

        def done(_: object) -> None:
            self.workspace_name = demo.DEMO_WORKSPACE
            self.demo_button.setEnabled(True)
            self.open_workspace()

        def failed(exc: BaseException) -> None:
            self.demo_button.setEnabled(True)
            self._show_error(exc)

        self.db.submit(job, done, failed)

    def switch_workspace(self, name: str) -> None:
        self.workspace_name = name
        self.open_workspace()

    def _close_on_db_thread(self) -> None:
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None

    # -- results back on the UI thread ------------------------------------------------------
    def _show_status(self, result: dict[str, Any]) -> None:
        self.dashboard.show_status(result)
        self.pages.setCurrentWidget(self.dashboard)
        unit = result["unit"]
        self.setWindowTitle(f"{APP_NAME} — {unit['name']}" if unit else APP_NAME)
        self.statusBar().showMessage(result["workspace"]["path"])
        self.status_loaded.emit(result)

    def _open_failed(self, exc: BaseException) -> None:
        if isinstance(exc, WorkspaceError) and exc.code == "workspace_missing":
            self.pages.setCurrentWidget(self.empty)
            self.statusBar().showMessage(self.tr("Chưa có không gian làm việc"))
            self.failed.emit(exc)
            return
        self.pages.setCurrentWidget(self.empty)
        self._show_error(exc)

    def _show_error(self, exc: BaseException) -> None:
        self.last_error = exc
        self.failed.emit(exc)
        prompts.show_error(self, exc, self.lang)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("Giới thiệu"), self.tr(
            "<b>CCHC Desk</b> %1<br>Tự đánh giá và điều phối cải cách hành chính, "
            "hoạt động không cần mạng.").replace("%1", __version__))

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        self.db.submit(self._close_on_db_thread)
        self.db.wait()
        super().closeEvent(event)
