"""The main window: a thin shell that composes the per-feature views (dashboard,
self-assessment, tasks, check before submitting) around one `Session`, plus menus, shortcuts
and the first-run page. It owns no data and runs no SQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
)

from desktop import APP_NAME, __version__
from desktop.messages import sentence
from desktop.models import demo, status, workspaces
from desktop.models.errors import CchcError, WorkspaceError
from desktop.models.paths import workspace_dir
from desktop.ui.assessment_view import AssessmentView
from desktop.ui.check_view import CheckView
from desktop.ui.dashboard import Dashboard
from desktop.ui.first_run import FirstRunPage
from desktop.ui.package_views import ExportDialog, InboxView
from desktop.ui.session import Session
from desktop.ui.settings import Settings
from desktop.ui.tasks_view import TasksView


class MainWindow(QMainWindow):
    status_loaded = Signal(dict)
    failed = Signal(object)

    def __init__(self, data_dir: Path, workspace_name: str | None = None, lang: str = "vi") -> None:
        super().__init__()
        self.data_dir, self.workspace_name, self.lang = data_dir, workspace_name, lang
        self.settings = Settings(data_dir)
        self.session = Session(data_dir, lang, self)
        self.session.error_parent = self
        self.session.failed.connect(self.failed)
        self.session.changed.connect(self._changed)
        self.setWindowTitle(APP_NAME)
        self.resize(1200, 760)

        self.first_run = FirstRunPage()
        self.first_run.create_requested.connect(self.create_workspace)
        self.first_run.demo_requested.connect(self.create_demo)
        self.empty = self.first_run  # the page shown while there is no workspace
        self.demo_button = self.first_run.demo_button

        self.dashboard = Dashboard(lang)
        self.assessment = AssessmentView(self.session)
        self.tasks = TasksView(self.session)
        self.check = CheckView(self.session)
        self.check.criterion_requested.connect(self.open_criterion)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.dashboard, self.tr("Tổng quan"))
        self.tabs.addTab(self.assessment, self.tr("Tự đánh giá"))
        self.tabs.addTab(self.tasks, self.tr("Nhiệm vụ"))
        self.tabs.addTab(self.check, self.tr("Kiểm tra trước khi nộp"))
        self.inbox = InboxView(self.session)
        self.inbox.confirm_root.connect(self.inbox.ask_root_confirmation)
        self.tabs.addTab(self.inbox, self.tr("Gói dữ liệu"))
        self.tabs.currentChanged.connect(self._tab_changed)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.first_run)
        self.pages.addWidget(self.tabs)
        self.setCentralWidget(self.pages)
        self._build_menus()
        geometry = self.settings.geometry("main")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.statusBar().showMessage(self.tr("Đang mở không gian làm việc…"))

    # -- menus and shortcuts ------------------------------------------------------------------
    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Tệp"))
        self._action(file_menu, self.tr("Không gian làm việc &mới…"), self.show_first_run)
        self._action(file_menu, self.tr("&Mở thư mục không gian làm việc…"), self.open_folder,
                     QKeySequence.StandardKey.Open)
        self.recent_menu = file_menu.addMenu(self.tr("Không gian làm việc &gần đây"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._action(file_menu, self.tr("Mở không gian &mẫu (DEMO)"), self.create_demo)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Xuất gói nộp…"), lambda: self.export_package("submission"),
                     "Ctrl+E")
        self._action(file_menu, self.tr("Xuất gói đăng &ký khóa…"),
                     lambda: self.export_package("enrolment"))
        self._action(file_menu, self.tr("&Nhập gói…"), lambda: self.inbox.choose_files(), "Ctrl+I")
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Thoát"), self.close, QKeySequence.StandardKey.Quit)

        edit_menu = bar.addMenu(self.tr("&Sửa"))
        self.undo_action = self._action(edit_menu, self.tr("&Hoàn tác thay đổi vừa lưu"),
                                        self.undo, QKeySequence.StandardKey.Undo)

        go_menu = bar.addMenu(self.tr("Đ&i tới"))
        self._action(go_menu, self.tr("Tiêu chí &tiếp theo"), self.assessment.go_next, "Alt+Down")
        self._action(go_menu, self.tr("Tiêu chí t&rước"), self.assessment.go_previous, "Alt+Up")
        self._action(go_menu, self.tr("Tiêu chí &chưa xong tiếp theo"), self.next_unfinished, "F8")
        self._action(go_menu, self.tr("Tìm tiêu chí"), self.find_criterion,
                     QKeySequence.StandardKey.Find)
        go_menu.addSeparator()
        for index, (text, key) in enumerate(((self.tr("Tổng quan"), "Ctrl+1"),
                                             (self.tr("Tự đánh giá"), "Ctrl+2"),
                                             (self.tr("Nhiệm vụ"), "Ctrl+3"),
                                             (self.tr("Kiểm tra trước khi nộp"), "Ctrl+4"))):
            self._action(go_menu, text, lambda _=False, i=index: self.tabs.setCurrentIndex(i), key)

        tools = bar.addMenu(self.tr("&Công cụ"))
        language = tools.addMenu(self.tr("&Ngôn ngữ"))
        group = QActionGroup(self)
        for code, text in (("vi", "Tiếng Việt"), ("en", "English")):
            action = QAction(text, self, checkable=True)
            action.setChecked(code == self.lang)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(action)
            language.addAction(action)

        help_menu = bar.addMenu(self.tr("Trợ &giúp"))
        self._action(help_menu, self.tr("&Phím tắt"), self.show_shortcuts, "F1")
        self._action(help_menu, self.tr("&Giới thiệu"), self.show_about)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        names = workspaces.recent_workspaces(self.data_dir)
        if not names:
            self.recent_menu.addAction(self.tr("(trống)")).setEnabled(False)
        for name in names:
            action = self.recent_menu.addAction(name)
            action.triggered.connect(lambda _=False, n=name: self.switch_workspace(n))

    # -- workspace lifecycle ------------------------------------------------------------------
    def open_workspace(self) -> None:
        self.session.open(self.workspace_name, self._opened, self._open_failed)

    def switch_workspace(self, name: str) -> None:
        self.assessment.page.flush()
        self.workspace_name = name
        self.open_workspace()

    def open_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Chọn thư mục không gian làm việc"))
        if folder:
            self.switch_workspace(folder)

    def show_first_run(self) -> None:
        self.pages.setCurrentWidget(self.first_run)

    def create_workspace(self, values: dict) -> None:
        def job() -> Path:
            self.session._close_on_db_thread()
            return workspaces.create_workspace(
                self.data_dir, values["workspace"], role=values["role"],
                unit_code=values["unit_code"], unit_name=values["unit_name"],
                province=values["province"], unit_type=values["unit_type"],
                sample_group=values["sample_group"])

        def failed(exc: BaseException) -> None:
            if isinstance(exc, CchcError):
                self.first_run.show_error(sentence(exc, self.lang))
                self.failed.emit(exc)
            else:
                self.session.show_error(exc)

        self.session.db.submit(job, lambda folder: self.switch_workspace(folder.name), failed)

    def create_demo(self) -> None:
        self.demo_button.setEnabled(False)
        self.statusBar().showMessage(self.tr("Đang tạo không gian làm việc mẫu…"))

        def job() -> None:
            self.session._close_on_db_thread()
            folder = workspace_dir(self.data_dir, demo.DEMO_WORKSPACE)
            if not (folder / "workspace.sqlite3").exists():
                demo.build_demo(self.data_dir)

        def done(_: object) -> None:
            self.demo_button.setEnabled(True)
            self.switch_workspace(demo.DEMO_WORKSPACE)

        def failed(exc: BaseException) -> None:
            self.demo_button.setEnabled(True)
            self.session.show_error(exc)

        self.session.db.submit(job, done, failed)

    def _opened(self, info: dict[str, Any]) -> None:
        self.pages.setCurrentWidget(self.tabs)
        self._show_status(info)

    def _open_failed(self, exc: BaseException) -> None:
        self.pages.setCurrentWidget(self.first_run)
        if isinstance(exc, WorkspaceError) and exc.code == "workspace_missing":
            self.statusBar().showMessage(self.tr("Chưa có không gian làm việc"))
            self.failed.emit(exc)
            return
        self.session.show_error(exc)

    def _changed(self, what: str) -> None:
        self.refresh_status()

    def refresh_status(self) -> None:
        if self.session.is_open:
            self.session.run(status.workspace_status, self._show_status)

    def _show_status(self, info: dict[str, Any]) -> None:
        self.dashboard.show_status(info)
        unit = info["unit"]
        self.setWindowTitle(f"{APP_NAME} — {unit['name']}" if unit else APP_NAME)
        campaign = info.get("campaign")
        if campaign is None:
            self.statusBar().showMessage(self.tr("Chưa có đợt đánh giá: hãy nạp gói đợt đánh giá "
                                                 "hoặc tạo không gian với đợt mẫu."))
        else:
            self.statusBar().showMessage(info["workspace"]["path"])
        self.status_loaded.emit(info)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is not self.assessment:
            self.assessment.page.flush()

    # -- actions ------------------------------------------------------------------------------
    def export_package(self, kind: str) -> ExportDialog | None:
        if not self.session.is_open:
            return None
        self.assessment.page.flush()
        self.export_dialog = ExportDialog(self.session, kind, self)
        self.export_dialog.open()
        return self.export_dialog

    def open_criterion(self, code: str) -> None:
        self.tabs.setCurrentWidget(self.assessment)
        self.assessment.select(code)
        self.assessment.page.focus_input()

    def next_unfinished(self) -> None:
        self.tabs.setCurrentWidget(self.assessment)
        if not self.assessment.go_next_unfinished():
            self.statusBar().showMessage(self.tr("Mọi tiêu chí đã được chấm và giải trình đủ."), 5000)

    def find_criterion(self) -> None:
        self.tabs.setCurrentWidget(self.assessment)
        self.assessment.tree.search.setFocus()
        self.assessment.tree.search.selectAll()

    def undo(self) -> None:
        if not self.assessment.undo():
            self.statusBar().showMessage(self.tr("Không còn gì để hoàn tác."), 3000)

    def set_language(self, code: str) -> None:
        self.settings.language = code
        self.settings.sync()
        self.statusBar().showMessage(self.tr("Ngôn ngữ mới được áp dụng khi mở lại CCHC Desk."), 8000)

    def show_shortcuts(self) -> None:
        QMessageBox.information(self, self.tr("Phím tắt"), self.tr(
            "<table>"
            "<tr><td><b>F8</b></td><td>tiêu chí chưa xong tiếp theo</td></tr>"
            "<tr><td><b>Alt+↓ / Alt+↑</b></td><td>tiêu chí tiếp theo / trước</td></tr>"
            "<tr><td><b>Ctrl+F</b></td><td>tìm tiêu chí</td></tr>"
            "<tr><td><b>Tab</b></td><td>chuyển giữa ô nhập, giải trình, tài liệu</td></tr>"
            "<tr><td><b>Mũi tên</b></td><td>chọn phương án</td></tr>"
            "<tr><td><b>Ctrl+Z</b></td><td>hoàn tác thay đổi vừa lưu</td></tr>"
            "<tr><td><b>Ctrl+1…4</b></td><td>Tổng quan, Tự đánh giá, Nhiệm vụ, Kiểm tra</td></tr>"
            "</table>"))

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("Giới thiệu"), self.tr(
            "<b>CCHC Desk</b> %1<br>Tự đánh giá và điều phối cải cách hành chính, "
            "hoạt động không cần mạng.").replace("%1", __version__))

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        self.assessment.page.flush()
        self.assessment.evidence.flush()
        self.settings.set_geometry("main", self.saveGeometry())
        self.settings.sync()
        self.session.close(wait=True)
        super().closeEvent(event)
