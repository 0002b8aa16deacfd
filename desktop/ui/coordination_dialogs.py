"""The dialogs of the "Điều phối" menu: send appraisal work to an appraising department, send
the explanation requests, enter the survey points from Excel, send the results to the units,
choose who appraises each area — and, at an appraiser, send its appraisal results back.

Each dialog asks for what the service needs (an appraiser, a round, a folder or a file),
runs the service on the database thread and lists what was written, or shows the service's
sentence when it refuses. `done` carries the result so tests can follow along."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.messages import sentence
from desktop.models import appraisal, coordination_views, survey
from desktop.models.errors import CchcError, InvalidInput
from desktop.sync import appraisal as appraisal_sync
from desktop.sync import results as results_sync
from desktop.ui.session import Session


def free_path(folder: Path, stem: str, suffix: str = ".cchc") -> Path:
    """A file name in `folder` that does not exist yet: stem.cchc, stem-2.cchc, …"""
    safe = re.sub(r"[^0-9A-Za-z._-]+", "-", stem).strip("-") or "goi"
    path, number = folder / f"{safe}{suffix}", 1
    while path.exists():
        number += 1
        path = folder / f"{safe}-{number}{suffix}"
    return path


class PathRow(QWidget):
    """A path box with its browse button (a folder, a file to save or a file to open)."""

    def __init__(self, mode: str, caption: str, placeholder: str, file_filter: str = "",
                 default_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode, self.caption, self.filter, self.default_name = (mode, caption, file_filter,
                                                                   default_name)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.button = QPushButton(self.tr("Chọn…"))
        self.button.clicked.connect(self.browse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)

    def browse(self) -> None:
        if self.mode == "folder":
            path = QFileDialog.getExistingDirectory(self, self.caption, self.edit.text())
        elif self.mode == "save":
            path, _ = QFileDialog.getSaveFileName(self, self.caption, self.default_name,
                                                  self.filter)
        else:
            path, _ = QFileDialog.getOpenFileName(self, self.caption, "", self.filter)
        if path:
            self.edit.setText(path)

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text) if text else None


class _ServiceDialog(QDialog):
    """Common parts: a form, a result area (a sentence and a list) and a button row."""

    done = Signal(object)
    refused = Signal(object)

    def __init__(self, session: Session, title: str, intro: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(title)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.items = QListWidget()
        self.items.setWordWrap(True)
        self.items.hide()
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.result)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 380)

    def action_button(self, text: str, slot: Any) -> QPushButton:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(slot)
        return button

    def show_items(self, lines: list[str]) -> None:
        self.items.clear()
        self.items.addItems(lines)
        self.items.setVisible(bool(lines))

    def failed(self, exc: BaseException) -> None:
        if isinstance(exc, CchcError):
            self.result.setText(sentence(exc, self.session.lang))
            self.session.last_error = exc
            self.session.failed.emit(exc)
            self.refused.emit(exc)
        else:
            self.session.show_error(exc)

    def export_many(self, job, title: str, said, changes: str) -> None:  # noqa: ANN001
        """Run an export that writes one package per unit (a long job), then list them:
        `said(n)` is the sentence above the list."""

        def finished(built: list[Any]) -> None:
            self.export_button.setEnabled(True)
            self.result.setText(said(len(built)))
            self.show_items([f"{b.manifest['recipient']['unit_code']}: {b.path}" for b in built])
            self.done.emit(built)

        def failed(exc: BaseException) -> None:
            self.export_button.setEnabled(True)
            self.failed(exc)

        self.export_button.setEnabled(False)
        self.session.run_long(job, title, finished, changes=changes, on_error=failed)

    def round_combo_box(self) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("Vòng 1"), 1)
        combo.addItem(self.tr("Vòng 2"), 2)
        return combo

    def folder_or_say(self, row: PathRow) -> Path | None:
        folder = row.path()
        if folder is None or not folder.is_dir():
            self.result.setText(self.tr("Hãy chọn một thư mục có sẵn để lưu các gói."))
            return None
        return folder


class AppraisalWorkDialog(_ServiceDialog):
    """Send an appraising department the work of its areas (one package per appraiser)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Xuất gói giao thẩm định"), self.tr(
            "Gói mang bài tự đánh giá, giải trình và tài liệu kiểm chứng của các đơn vị đã nộp "
            "(chưa phê duyệt), chỉ phần các lĩnh vực do cơ quan đó thẩm định. Các đơn vị được "
            "giao chuyển sang “Đang thẩm định”."), parent)
        self.appraisers: list[dict[str, Any]] = []
        self.appraiser_combo = QComboBox()
        self.appraiser_combo.currentIndexChanged.connect(self._show_areas)
        self.all_box = QCheckBox(self.tr("Tất cả cơ quan thẩm định (mỗi cơ quan một gói)"))
        self.all_box.toggled.connect(lambda on: self.appraiser_combo.setEnabled(not on))
        self.areas_label = QLabel()
        self.areas_label.setWordWrap(True)
        self.round_combo = self.round_combo_box()
        self.folder = PathRow("folder", self.tr("Chọn thư mục lưu gói"),
                              self.tr("Thư mục lưu gói (ổ USB hoặc thư mục gửi thư)"))
        self.form.addRow(self.tr("Cơ quan thẩm định:"), self.appraiser_combo)
        self.form.addRow("", self.all_box)
        self.form.addRow(self.tr("Lĩnh vực:"), self.areas_label)
        self.form.addRow(self.tr("Vòng:"), self.round_combo)
        self.form.addRow(self.tr("Lưu vào:"), self.folder)
        self.export_button = self.action_button(self.tr("Xuất gói"), self.export)
        campaign_id = session.campaign_id
        if campaign_id:
            session.run(lambda ws: (coordination_views.appraisers(ws, campaign_id),
                                    coordination_views.group_names(ws, campaign_id)),
                        self._fill, self.failed)

    def _fill(self, found: tuple[list[dict[str, Any]], dict[str, str]]) -> None:
        self.appraisers, self.group_names = found
        self.appraiser_combo.clear()
        for item in self.appraisers:
            self.appraiser_combo.addItem(f"{item['name']} ({item['code']})", item["code"])
        if not self.appraisers:
            self.result.setText(self.tr("Chưa phân công cơ quan nào khác thẩm định: mọi lĩnh "
                                        "vực do Sở Nội vụ thẩm định trực tiếp."))
            self.export_button.setEnabled(False)

    def _show_areas(self) -> None:
        index = self.appraiser_combo.currentIndex()
        if not 0 <= index < len(self.appraisers):
            self.areas_label.setText("")
            return
        several = len({g for g, _a, _t in self.appraisers[index]["areas"]}) > 1
        lines = [f"{area}. {title}" + (f" ({group})" if several else "")
                 for group, area, title in self.appraisers[index]["areas"]]
        self.areas_label.setText("; ".join(lines))

    def export(self) -> None:
        folder = self.folder_or_say(self.folder)
        if folder is None:
            return
        round = int(self.round_combo.currentData())
        chosen = ([a["code"] for a in self.appraisers] if self.all_box.isChecked()
                  else [self.appraiser_combo.currentData()])
        chosen = [code for code in chosen if code]
        if not chosen:
            return
        names = {a["code"]: a["name"] for a in self.appraisers}

        def job(ws, progress):  # noqa: ANN001, ANN202
            written, refused = [], []
            for number, code in enumerate(chosen):
                progress.check()
                progress.report(number, len(chosen), names.get(code, code))
                path = free_path(folder, f"giao-tham-dinh-{code}-vong-{round}")
                try:
                    built = appraisal_sync.export_appraisal_work(ws, path, code, round=round)
                except InvalidInput as error:
                    refused.append((code, error))
                else:
                    written.append((code, built.path))
            return written, refused

        def finished(outcome: tuple[list, list]) -> None:
            self.export_button.setEnabled(True)
            written, refused = outcome
            lang = self.session.lang
            self.result.setText(self.tr("Đã xuất %n gói giao thẩm định.", None, len(written)))
            self.show_items([f"{names.get(code, code)}: {path}" for code, path in written]
                            + [f"{names.get(code, code)}: {sentence(error, lang)}"
                               for code, error in refused])
            if refused and not written:
                self.result.setText(sentence(refused[0][1], lang))
            self.done.emit(outcome)

        def failed(exc: BaseException) -> None:
            self.export_button.setEnabled(True)
            self.failed(exc)

        self.export_button.setEnabled(False)
        self.session.run_long(job, self.tr("Đang xuất gói giao thẩm định…"), finished,
                              changes="appraisal", on_error=failed)


class ExplanationRequestsDialog(_ServiceDialog):
    """One package per unit whose appraisal of the round is complete: the appraised values
    and the explanations asked for."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Xuất kết quả thẩm định và đề nghị giải trình"),
                         self.tr("Mỗi đơn vị đã được thẩm định đủ trong vòng nhận một gói: điểm "
                                 "thẩm định, nhận xét và các tiêu chí cần giải trình, kèm hạn "
                                 "giải trình."), parent)
        self.round_combo = self.round_combo_box()
        self.folder = PathRow("folder", self.tr("Chọn thư mục lưu gói"),
                              self.tr("Thư mục lưu các gói"))
        self.form.addRow(self.tr("Vòng:"), self.round_combo)
        self.form.addRow(self.tr("Lưu vào:"), self.folder)
        self.export_button = self.action_button(self.tr("Xuất gói"), self.export)

    def export(self) -> None:
        folder = self.folder_or_say(self.folder)
        if folder is None:
            return
        round = int(self.round_combo.currentData())
        self.export_many(
            lambda ws, _p: appraisal_sync.export_explanation_requests(ws, folder, round=round),
            self.tr("Đang xuất đề nghị giải trình…"),
            lambda n: self.tr("Đã ghi %n gói:", None, n), "appraisal")


class SurveyDialog(_ServiceDialog):
    """Survey points from Excel: a template with one row per unit, read back all or nothing."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Điểm điều tra xã hội học"), self.tr(
            "1. Xuất tệp mẫu (mỗi đơn vị một dòng, mỗi tiêu chí điều tra một cột). 2. Điền điểm "
            "quy đổi (ô trống: chưa nhập). 3. Nhập lại tệp: mọi ô phải hợp lệ thì mới nhập, nếu "
            "không sẽ liệt kê các ô cần sửa."), parent)
        self.template = PathRow("save", self.tr("Lưu tệp mẫu"), self.tr("Nơi lưu tệp mẫu .xlsx"),
                                self.tr("Tệp Excel (*.xlsx)"), "diem-dieu-tra-xhh.xlsx")
        self.source = PathRow("open", self.tr("Chọn tệp điểm"), self.tr("Tệp .xlsx đã điền điểm"),
                              self.tr("Tệp Excel (*.xlsx)"))
        self.template_button = QPushButton(self.tr("Xuất tệp mẫu"))
        self.template_button.clicked.connect(self.export_template)
        self.import_button = QPushButton(self.tr("Nhập điểm"))
        self.import_button.clicked.connect(self.import_file)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template, 1)
        template_row.addWidget(self.template_button)
        source_row = QHBoxLayout()
        source_row.addWidget(self.source, 1)
        source_row.addWidget(self.import_button)
        self.form.addRow(self.tr("Tệp mẫu:"), template_row)
        self.form.addRow(self.tr("Nhập từ:"), source_row)

    def export_template(self) -> None:
        path = self.template.path()
        campaign_id = self.session.campaign_id
        if path is None or campaign_id is None:
            self.result.setText(self.tr("Hãy chọn nơi lưu tệp mẫu."))
            return
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")

        def finished(_: object) -> None:
            self.result.setText(self.tr("Đã lưu tệp mẫu: %1").replace("%1", str(path)))
            self.show_items([])
            self.done.emit(path)

        self.session.run(lambda ws: survey.survey_template(ws, campaign_id, path), finished,
                         self.failed)

    def import_file(self) -> None:
        path = self.source.path()
        campaign_id = self.session.campaign_id
        if path is None or campaign_id is None:
            self.result.setText(self.tr("Hãy chọn tệp điểm cần nhập."))
            return

        def finished(outcome: survey.SurveyImport) -> None:
            self.result.setText(self.tr("Đã nhập %1 ô điểm; %2 ô thay đổi so với trước.")
                                .replace("%1", str(outcome.entered))
                                .replace("%2", str(outcome.changed)))
            self.show_items([])
            self.done.emit(outcome)

        def failed(exc: BaseException) -> None:
            self.failed(exc)
            if isinstance(exc, CchcError):
                problems = exc.data.get("problems") or []
                self.show_items([sentence(p, self.session.lang) for p in problems
                                 if isinstance(p, CchcError)])

        self.session.run(lambda ws: survey.import_survey_xlsx(ws, campaign_id, path), finished,
                         failed, changes="survey")


class ResultsExportDialog(_ServiceDialog):
    """One results package per approved unit."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Xuất kết quả cho các đơn vị"), self.tr(
            "Mỗi đơn vị đã được phê duyệt điểm nhận một gói kết quả: điểm cuối cùng từng tiêu "
            "chí, nhận xét, tổng điểm, Chỉ số, xếp loại, thứ hạng trong khối và phương pháp xếp "
            "hạng. Thứ hạng được tính lại trước khi xuất."), parent)
        self.folder = PathRow("folder", self.tr("Chọn thư mục lưu gói"),
                              self.tr("Thư mục lưu các gói kết quả"))
        self.form.addRow(self.tr("Lưu vào:"), self.folder)
        self.export_button = self.action_button(self.tr("Xuất gói"), self.export)

    def export(self) -> None:
        folder = self.folder_or_say(self.folder)
        if folder is None:
            return
        self.export_many(lambda ws, _p: results_sync.export_results(ws, folder),
                         self.tr("Đang xuất gói kết quả…"),
                         lambda n: self.tr("Đã ghi %n gói kết quả:", None, n), "results")


class AppraisalExportDialog(_ServiceDialog):
    """(Appraiser) every appraisal recorded for the work, up to a round, for Sở Nội vụ."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Xuất kết quả thẩm định"), self.tr(
            "Gói mang mọi kết quả thẩm định đã ghi cho các đơn vị được giao, đến vòng đã chọn; "
            "gói sau thay thế gói trước nên có thể gửi lại bất cứ lúc nào."), parent)
        self.round_combo = self.round_combo_box()
        self.encrypt_box = QCheckBox(self.tr("Mã hóa để chỉ Sở Nội vụ đọc được"))
        self.target = PathRow("save", self.tr("Lưu gói"), self.tr("Nơi lưu tệp .cchc"),
                              "CCHC (*.cchc)", "ket-qua-tham-dinh.cchc")
        self.form.addRow(self.tr("Vòng:"), self.round_combo)
        self.form.addRow("", self.encrypt_box)
        self.form.addRow(self.tr("Lưu vào:"), self.target)
        self.export_button = self.action_button(self.tr("Xuất gói"), self.export)

    def export(self) -> None:
        path = self.target.path()
        if path is None or path.is_dir() or not path.parent.is_dir():
            self.result.setText(self.tr("Hãy chọn nơi lưu tệp."))
            return
        if path.suffix.lower() != ".cchc":
            path = path.with_suffix(".cchc")
        round, encrypt = int(self.round_combo.currentData()), self.encrypt_box.isChecked()

        def finished(built: Any) -> None:
            self.export_button.setEnabled(True)
            self.result.setText(self.tr("Đã xuất và đọc lại để kiểm tra: %1 (%2 byte).")
                                .replace("%1", str(built.path)).replace("%2", str(built.size)))
            self.done.emit(built)

        def failed(exc: BaseException) -> None:
            self.export_button.setEnabled(True)
            self.failed(exc)

        self.export_button.setEnabled(False)
        self.session.run_long(
            lambda ws, _p: appraisal_sync.export_appraisal(ws, path, round=round,
                                                           encrypt=encrypt),
            self.tr("Đang xuất kết quả thẩm định…"), finished, changes="packages",
            on_error=failed)


class AreaAppraisersDialog(_ServiceDialog):
    """Who appraises each area of each group: a registry unit per row, saved when chosen."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Phân công thẩm định theo lĩnh vực"), self.tr(
            "Chọn cơ quan thẩm định cho từng lĩnh vực của từng nhóm đơn vị; thay đổi được lưu "
            "ngay và đi kèm gói đợt đánh giá gửi lần sau."), parent)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Nhóm"), self.tr("Lĩnh vực"),
                                              self.tr("Cơ quan thẩm định")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.form.addRow(self.table)
        self.combos: list[QComboBox] = []
        self.resize(820, 520)
        campaign_id = session.campaign_id
        if campaign_id:
            session.run(lambda ws: (appraisal.area_appraisers(ws, campaign_id),
                                    coordination_views.registry_choices(ws)),
                        self._fill, self.failed)

    def _fill(self, found: tuple[list[dict[str, Any]], list[tuple[str, str]]]) -> None:
        areas, registry = found
        self.table.setRowCount(len(areas))
        self.combos = []
        for number, area in enumerate(areas):
            self.table.setItem(number, 0, QTableWidgetItem(area["group"]))
            title = QTableWidgetItem(f"{area['area_code']}. {area['area_title']}")
            title.setToolTip(title.text())
            self.table.setItem(number, 1, title)
            combo = QComboBox()
            for code, name in registry:
                combo.addItem(f"{name} ({code})", code)
            combo.setCurrentIndex(max(combo.findData(area["appraiser_code"]), 0))
            combo.currentIndexChanged.connect(
                lambda _i, c=combo, a=area: self._chosen(a, c.currentData()))
            self.table.setCellWidget(number, 2, combo)
            self.combos.append(combo)

    def _chosen(self, area: dict[str, Any], code: str) -> None:
        campaign_id = self.session.campaign_id
        if campaign_id is None or not code:
            return

        def finished(saved: dict[str, Any]) -> None:
            self.result.setText(self.tr("Đã lưu: lĩnh vực %1 (%2) do %3 thẩm định.")
                                .replace("%1", saved["area_code"]).replace("%2", saved["group"])
                                .replace("%3", saved["appraiser_name"]))
            self.done.emit(saved)

        self.session.run(lambda ws: appraisal.set_area_appraiser(
            ws, campaign_id, area["group"], area["area_code"], code), finished, self.failed,
            changes="appraisal")

