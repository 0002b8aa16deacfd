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
from desktop.messages import item_sentence, sentence
from desktop.models import coordination_views, demo, unit_views, workspaces
from desktop.models.errors import CchcError, WorkspaceError
from desktop.models.paths import package_file, workspace_dir
from desktop.ui import prompts
from desktop.ui.appraisal_view import AppraisalView
from desktop.ui.assessment_view import AssessmentView
from desktop.ui.board_view import BoardView
from desktop.ui.campaign_setup import CampaignSetupDialog, PublishDialog, RegistryDialog
from desktop.ui.check_view import CheckView
from desktop.ui.coordination_dialogs import (
    AppraisalExportDialog,
    AppraisalWorkDialog,
    AreaAppraisersDialog,
    ExplanationRequestsDialog,
    ResultsExportDialog,
    SurveyDialog,
)
from desktop.ui.dashboard import Dashboard
from desktop.ui.explanation_view import ExplanationView
from desktop.ui.first_run import FirstRunPage
from desktop.ui.package_views import ExportDialog, InboxView
from desktop.ui.plan_view import PlanView
from desktop.ui.report_dialog import ReportDialog
from desktop.ui.results_view import ResultsView
from desktop.ui.session import Session
from desktop.ui.settings import Settings
from desktop.ui.tasks_view import TasksView


class MainWindow(QMainWindow):
    status_loaded = Signal(dict)
    failed = Signal(object)

    def __init__(self, data_dir: Path, workspace_name: str | None = None, lang: str = "vi") -> None:
        super().__init__()
        self.data_dir, self.workspace_name, self.lang = data_dir, workspace_name, lang
        self.pending_files: list[Path] = []  # packages to import once a workspace is open
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
        # A unit's answer to an explanation request: the tab appears with the first request.
        self.explanation = ExplanationView(self.session)
        self.tabs.addTab(self.explanation, self.tr("Giải trình"))
        self.tabs.setTabVisible(self.tabs.indexOf(self.explanation), False)
        self.explanation.availability_changed.connect(
            lambda shown: self.tabs.setTabVisible(self.tabs.indexOf(self.explanation), shown))
        self.assessment.page.explanation_opened.connect(self.open_explanation)
        self.inbox = InboxView(self.session)
        self.inbox.confirm_root.connect(self.inbox.ask_root_confirmation)
        self.tabs.addTab(self.inbox, self.tr("Gói dữ liệu"))
        # Sở Nội vụ's views (moved after the overview for it); an appraising department gets
        # "Thẩm định" once appraisal work arrives (see _arrange_roles). Hidden until the role
        # is known.
        self.board = BoardView(self.session)
        self.appraisal = AppraisalView(self.session)
        self.results = ResultsView(self.session)
        for widget, text in ((self.board, self.tr("Bảng theo dõi")),
                             (self.appraisal, self.tr("Thẩm định")),
                             (self.results, self.tr("Kết quả"))):
            position = self.tabs.insertTab(self.tabs.indexOf(self.inbox), widget, text)
            self.tabs.setTabVisible(position, False)
        self.board.unit_requested.connect(self.open_unit_appraisal)
        # The province's plan and next year's proposals: "Kế hoạch CCHC" after the results at
        # Sở Nội vụ, "Đề xuất năm sau" last at a unit of the campaign (see _arrange_roles).
        self.plan = PlanView(self.session)
        self.tabs.setTabVisible(self.tabs.addTab(self.plan, self.tr("Kế hoạch CCHC")), False)
        self.roles: dict[str, Any] = {}
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
        # Only for a workspace on removable media (worked on from a copy on this computer).
        self.save_action = self._action(file_menu, self.tr("&Ghi vào ổ di động"),
                                        self.save_to_drive, QKeySequence.StandardKey.Save)
        self.save_action.setVisible(False)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Báo cáo…"), self.open_reports, "Ctrl+P")
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
        for text, key, widget in ((self.tr("Tổng quan"), "Ctrl+1", self.dashboard),
                                  (self.tr("Tự đánh giá"), "Ctrl+2", self.assessment),
                                  (self.tr("Nhiệm vụ"), "Ctrl+3", self.tasks),
                                  (self.tr("Kiểm tra trước khi nộp"), "Ctrl+4", self.check),
                                  (self.tr("Giải trình"), "Ctrl+5", self.explanation),
                                  (self.tr("Bảng theo dõi"), "Ctrl+6", self.board),
                                  (self.tr("Thẩm định"), "Ctrl+7", self.appraisal),
                                  (self.tr("Kết quả"), "Ctrl+8", self.results),
                                  (self.tr("Kế hoạch CCHC, đề xuất năm sau"), "Ctrl+9",
                                   self.plan)):
            self._action(go_menu, text, lambda _=False, w=widget: self.go_to(w), key)

        tools = bar.addMenu(self.tr("&Công cụ"))
        language = tools.addMenu(self.tr("&Ngôn ngữ"))
        group = QActionGroup(self)
        for code, text in (("vi", "Tiếng Việt"), ("en", "English")):
            action = QAction(text, self, checkable=True)
            action.setChecked(code == self.lang)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(action)
            language.addAction(action)

        self._build_coordination_menu(bar)
        help_menu = bar.addMenu(self.tr("Trợ &giúp"))
        self._action(help_menu, self.tr("&Phím tắt"), self.show_shortcuts, "F1")
        self._action(help_menu, self.tr("&Giới thiệu"), self.show_about)

    def _build_coordination_menu(self, bar) -> None:  # noqa: ANN001
        """"Điều phối": Sở Nội vụ's packages and survey points; at an appraising department
        only the export of its appraisal results. Shown by role (_arrange_roles)."""
        self.coordination_menu = bar.addMenu(self.tr("Điề&u phối"))
        menu = self.coordination_menu
        self.coordinator_actions = [
            self._action(menu, self.tr("Thiết &lập đợt đánh giá…"),
                         lambda: self.open_dialog(CampaignSetupDialog)),
            self._action(menu, self.tr("&Danh sách đơn vị…"),
                         lambda: self.open_dialog(RegistryDialog)),
            self._action(menu, self.tr("Kiểm tra và phát &hành đợt đánh giá…"),
                         lambda: self.open_dialog(PublishDialog)),
            menu.addSeparator(),
            self._action(menu, self.tr("Xuất gói &giao thẩm định…"),
                         lambda: self.open_dialog(AppraisalWorkDialog)),
            self._action(menu, self.tr("Xuất kết quả thẩm định và đề nghị giải &trình…"),
                         lambda: self.open_dialog(ExplanationRequestsDialog)),
            self._action(menu, self.tr("Nhập điểm điều tra &XHH từ Excel…"),
                         lambda: self.open_dialog(SurveyDialog)),
            self._action(menu, self.tr("Xuất &kết quả cho các đơn vị…"),
                         lambda: self.open_dialog(ResultsExportDialog)),
            menu.addSeparator(),
            self._action(menu, self.tr("&Phân công thẩm định theo lĩnh vực…"),
                         lambda: self.open_dialog(AreaAppraisersDialog)),
        ]
        self.appraiser_actions = [
            self._action(menu, self.tr("Xuất kết quả &thẩm định…"),
                         lambda: self.open_dialog(AppraisalExportDialog))]
        menu.menuAction().setVisible(False)

    def open_dialog(self, kind: type) -> Any:
        """Open one of the coordination dialogs (non-modal to the event loop, like the others)."""
        if not self.session.is_open:
            return None
        self.coordination_dialog = kind(self.session, self)
        self.coordination_dialog.open()
        return self.coordination_dialog

    def _refresh_roles(self) -> None:
        if self.session.is_open:
            self.session.run(coordination_views.window_roles, self._arrange_roles)

    def _arrange_roles(self, roles: dict[str, Any]) -> None:
        """Sở Nội vụ: board, appraisal and results after the overview, its own
        self-assessment tabs only when its unit takes part in the campaign. An appraising
        department: "Thẩm định" before the packages once appraisal work has arrived."""
        self.roles = roles
        coordinator = roles["coordinator"]
        own = not coordinator or roles["enrolled"]
        for widget in (self.assessment, self.tasks, self.check):
            self.tabs.setTabVisible(self.tabs.indexOf(widget), own)
        bar = self.tabs.tabBar()
        if coordinator:
            for position, widget in enumerate((self.board, self.appraisal, self.results), 1):
                if self.tabs.indexOf(widget) != position:
                    bar.moveTab(self.tabs.indexOf(widget), position)
        else:
            here, inbox = self.tabs.indexOf(self.appraisal), self.tabs.indexOf(self.inbox)
            wanted = inbox - 1 if here < inbox else inbox
            if here != wanted:
                bar.moveTab(here, wanted)
        for widget, shown in ((self.board, coordinator), (self.results, coordinator),
                              (self.appraisal, coordinator or roles["appraisal_work"])):
            self.tabs.setTabVisible(self.tabs.indexOf(widget), shown)
        plan_tab = self.tabs.indexOf(self.plan)
        wanted = 4 if coordinator else self.tabs.count() - 1
        if plan_tab != wanted:
            bar.moveTab(plan_tab, wanted)
        plan_tab = self.tabs.indexOf(self.plan)
        self.tabs.setTabText(plan_tab, self.tr("Kế hoạch CCHC") if coordinator
                             else self.tr("Đề xuất năm sau"))
        self.tabs.setTabVisible(plan_tab, coordinator or roles["enrolled"])
        appraiser = roles["appraisal_work"] and not coordinator
        for action in self.coordinator_actions:
            action.setVisible(coordinator)
        for action in self.appraiser_actions:
            action.setVisible(appraiser)
        self.coordination_menu.menuAction().setVisible(coordinator or appraiser)

    def go_to(self, widget) -> None:  # noqa: ANN001
        """A tab by its widget, if this window shows it."""
        index = self.tabs.indexOf(widget)
        if index >= 0 and self.tabs.isTabVisible(index):
            self.tabs.setCurrentIndex(index)

    def open_unit_appraisal(self, unit_id: str) -> None:
        """The board's double click: the appraisal tab on that unit."""
        self.go_to(self.appraisal)
        self.appraisal.show_unit(unit_id)

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
        self.refresh_status()  # again with the results, which the opening status lacks
        self._refresh_roles()
        self.save_action.setVisible(self.session.checked_out)
        recovery = self.session.recovery
        if recovery:  # work of a session that ended before its write-back to the drive
            self.recovery_box = QMessageBox(
                QMessageBox.Icon.Information, APP_NAME,
                item_sentence(recovery["code"], recovery["data"], self.lang), parent=self)
            self.recovery_box.open()
        if self.pending_files:
            files, self.pending_files = self.pending_files, []
            self.open_package_files(files)

    def _open_failed(self, exc: BaseException) -> None:
        self.pages.setCurrentWidget(self.first_run)
        self.save_action.setVisible(False)
        if self.pending_files:
            names = ", ".join(str(p) for p in self.pending_files)
            self.first_run.show_error(item_sentence("no_workspace_for_package",
                                                    {"path": names}, self.lang))
        if isinstance(exc, WorkspaceError) and exc.code == "workspace_missing":
            self.statusBar().showMessage(self.tr("Chưa có không gian làm việc"))
            self.failed.emit(exc)
            return
        self.session.show_error(exc)

    def _changed(self, what: str) -> None:
        self.refresh_status()
        if what in ("all", "packages", "campaign"):
            self._refresh_roles()

    def refresh_status(self) -> None:
        if self.session.is_open:
            lang = self.lang
            self.session.run(lambda ws: unit_views.dashboard_status(ws, lang), self._show_status)

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
        if self.tabs.widget(index) is not self.explanation:
            self.explanation.flush()

    # -- package files given to the program (command line, double-click, second launch) -------
    def open_package_files(self, paths: list[Path]) -> None:
        """Straight to the import of these packages in "Gói dữ liệu", as a drop there does
        (the first campaign package asks for the province key's fingerprint). Kept until a
        workspace is open if none is yet."""
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()
        files: list[Path] = []
        for path in paths:
            try:
                files.append(package_file(path))
            except CchcError as exc:
                self.session.show_error(exc)
        if not files:
            return
        if not self.session.is_open:
            self.pending_files += files
            return
        self.go_to(self.inbox)
        self.inbox.import_paths(files)

    def save_to_drive(self) -> None:
        """A workspace on removable media: write the local copy back to the drive now."""
        if not self.session.is_open:
            return
        self.assessment.page.flush()

        def done(wrote: bool) -> None:
            self.statusBar().showMessage(
                self.tr("Đã ghi không gian làm việc vào ổ di động.") if wrote
                else self.tr("Không có thay đổi nào cần ghi vào ổ di động."), 8000)

        self.session.run(lambda ws: ws.save(), done)

    # -- actions ------------------------------------------------------------------------------
    def export_package(self, kind: str) -> ExportDialog | None:
        if not self.session.is_open:
            return None
        self.assessment.page.flush()
        self.export_dialog = ExportDialog(self.session, kind, self)
        self.export_dialog.open()
        return self.export_dialog

    def open_reports(self) -> ReportDialog | None:
        """The "Báo cáo…" dialog: PDF and Excel reports with a preview of the first page."""
        if not self.session.is_open:
            return None
        self.assessment.page.flush()
        self.report_dialog = ReportDialog(self.session, self)
        self.report_dialog.open()
        return self.report_dialog

    def open_criterion(self, code: str) -> None:
        self.tabs.setCurrentWidget(self.assessment)
        self.assessment.select(code)
        self.assessment.page.focus_input()

    def open_explanation(self, code: str) -> None:
        """The criterion page's "answer the explanation" link: the tab, on that criterion."""
        self.assessment.page.flush()
        self.tabs.setCurrentWidget(self.explanation)
        self.explanation.select(code)
        self.explanation.answer_edit.setFocus()

    def next_unfinished(self) -> None:
        if not self._own_assessment_shown():
            return
        self.tabs.setCurrentWidget(self.assessment)
        if not self.assessment.go_next_unfinished():
            self.statusBar().showMessage(self.tr("Mọi tiêu chí đã được chấm và giải trình đủ."), 5000)

    def _own_assessment_shown(self) -> bool:
        """Sở Nội vụ not assessed itself has no self-assessment tab: its searches are the
        board's and the appraisal's."""
        return self.tabs.isTabVisible(self.tabs.indexOf(self.assessment))

    def find_criterion(self) -> None:
        if not self._own_assessment_shown():
            current = self.tabs.currentWidget()
            search = getattr(current, "search_edit", None)
            if search is not None:
                search.setFocus()
                search.selectAll()
            return
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
            "<tr><td><b>Ctrl+P</b></td><td>báo cáo (PDF, Excel)</td></tr>"
            "<tr><td><b>Ctrl+1…4</b></td><td>Tổng quan, Tự đánh giá, Nhiệm vụ, Kiểm tra</td></tr>"
            "<tr><td><b>Ctrl+5</b></td><td>Giải trình (khi có yêu cầu)</td></tr>"
            "<tr><td><b>Ctrl+6…8</b></td><td>Bảng theo dõi, Thẩm định, Kết quả (Sở Nội vụ)</td></tr>"
            "<tr><td><b>Ctrl+9</b></td><td>Kế hoạch CCHC (Sở Nội vụ), Đề xuất năm sau (đơn vị)</td></tr>"
            "</table>"))

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("Giới thiệu"), self.tr(
            "<b>CCHC Desk</b> %1<br>Tự đánh giá và điều phối cải cách hành chính, "
            "hoạt động không cần mạng.").replace("%1", __version__))

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        self.assessment.page.flush()
        self.assessment.evidence.flush()
        self.explanation.flush()
        self.explanation.evidence.flush()
        self.settings.set_geometry("main", self.saveGeometry())
        self.settings.sync()
        self.session.close(wait=True)
        if self.session.close_error is not None:  # the write-back to a removable drive failed
            prompts.error_box(self, self.session.close_error, self.lang).exec()
        server = getattr(self, "instance_server", None)
        if server is not None:
            server.close()
        super().closeEvent(event)
