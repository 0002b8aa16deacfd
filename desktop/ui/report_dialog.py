"""The "Báo cáo…" dialog (menu Tệp, Ctrl+P): the official reports of desktop/reports from the
window, as `cchc report pdf|xlsx|info` makes them on the command line.

- The kinds: the self-assessment report and the periodic CCHC report (PDF), the score table
  (Excel) everywhere; the province summary and a unit's appraisal result sheet (PDF), the
  summary workbook and the campaign board (Excel) only at Sở Nội vụ.
- The words printed on a PDF (`ReportInfo`: managing body, agency, number and symbol, place,
  date, subject, authority line, signer, recipients, difficulties, recommendations) in a
  form, starting from the saved ones (`load_report_info`) and kept with `save_report_info`
  when a report is saved. The date is the report's own and is not kept.
- A preview of the first page of a PDF: the report is built by its builder into a temporary
  file on the database thread, page 1 drawn to an image there with PDFium (pypdfium2), and
  shown scaled to the preview's width. It follows the form (after a short pause in typing).
  Excel kinds have no preview.
- "Lưu…" asks where and has the builder write the file (whole or not at all); "Mở thư mục"
  opens the folder it went to. A refusal shows the service's one sentence (desktop/messages).

All database work, the PDF building and the drawing run on the database thread
(`Session.run`); `previewed`, `saved` and `refused` tell tests what happened."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QStandardPaths, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QPalette, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.messages import sentence
from desktop.models import board, campaigns, units
from desktop.models.errors import Cancelled, CchcError, InvalidInput
from desktop.models.store import Workspace
from desktop.reports.info import ReportInfo, load_report_info, save_report_info
from desktop.ui.session import Session

# (format, kind, label, Sở Nội vụ only, asks for a unit)
KINDS = [
    ("pdf", "self-assessment", QT_TRANSLATE_NOOP("ReportDialog", "Báo cáo kết quả tự đánh giá (PDF)"),
     False, True),
    ("pdf", "periodic", QT_TRANSLATE_NOOP("ReportDialog", "Báo cáo định kỳ công tác CCHC (PDF)"),
     False, True),
    ("pdf", "summary", QT_TRANSLATE_NOOP(
        "ReportDialog", "Báo cáo tổng hợp kết quả Chỉ số CCHC của tỉnh (PDF)"), True, False),
    ("pdf", "appraisal", QT_TRANSLATE_NOOP(
        "ReportDialog", "Kết quả thẩm định của một đơn vị (PDF)"), True, True),
    ("xlsx", "scores", QT_TRANSLATE_NOOP("ReportDialog", "Bảng điểm của đơn vị (Excel)"),
     False, True),
    ("xlsx", "summary", QT_TRANSLATE_NOOP(
        "ReportDialog", "Bảng tổng hợp và các bảng thẩm định theo lĩnh vực (Excel)"), True, False),
    ("xlsx", "board", QT_TRANSLATE_NOOP("ReportDialog", "Bảng theo dõi đợt đánh giá (Excel)"),
     True, False),
]
PERIODS = [
    ("q1", QT_TRANSLATE_NOOP("ReportDialog", "Quý I")),
    ("q2", QT_TRANSLATE_NOOP("ReportDialog", "Quý II")),
    ("q3", QT_TRANSLATE_NOOP("ReportDialog", "Quý III")),
    ("q4", QT_TRANSLATE_NOOP("ReportDialog", "Quý IV")),
    ("h1", QT_TRANSLATE_NOOP("ReportDialog", "6 tháng đầu năm")),
    ("year", QT_TRANSLATE_NOOP("ReportDialog", "Cả năm")),
]
FILE_STEMS = {("pdf", "self-assessment"): "bao-cao-tu-danh-gia", ("pdf", "periodic"): "bao-cao-cchc",
              ("pdf", "summary"): "bao-cao-tong-hop-chi-so-cchc",
              ("pdf", "appraisal"): "ket-qua-tham-dinh", ("xlsx", "scores"): "bang-diem",
              ("xlsx", "summary"): "tong-hop-chi-so-cchc", ("xlsx", "board"): "bang-theo-doi"}
RENDER_SCALE = 1.5              # PDF points → pixels of the preview image (108 dpi)
PREVIEW_DELAY_MS = 600          # the pause in typing after which the preview follows the form
LINE_FIELDS = ("managing_body", "agency", "number", "place", "subject", "authority",
               "signer_title", "signer_name")


def render_first_page(data: bytes, scale: float = RENDER_SCALE) -> tuple[QImage, int]:
    """Page 1 of a PDF as an image, and the number of pages (PDFium; run off the UI thread,
    always the same thread: PDFium is not thread-safe)."""
    try:
        import pypdfium2
    except ImportError as exc:  # a build without the PDFium library: saving still works
        raise InvalidInput("report_preview_unavailable", details=str(exc)) from exc
    document = pypdfium2.PdfDocument(data)
    try:
        pages = len(document)
        bitmap = document[0].render(scale=scale, rev_byteorder=True)   # RGB, 3 bytes a pixel
        pixels = bytes(bitmap.buffer)
        image = QImage(pixels, bitmap.width, bitmap.height, bitmap.stride,
                       QImage.Format.Format_RGB888).copy()   # owns its pixels
        bitmap.close()
    except pypdfium2.PdfiumError as exc:
        raise InvalidInput("report_preview_unavailable", details=str(exc)) from exc
    finally:
        document.close()
    return image, pages


def build_report(ws: Workspace, request: dict[str, Any], out: Path, progress=None) -> Path:  # noqa: ANN001
    """Write the report `request` asks for (format, kind, campaign, unit, period, year, info)
    to `out` with its builder; the builders refuse what they must (message codes). The
    builders (reportlab, openpyxl) are imported here, not when the window starts."""
    from desktop.reports import (
        coordinator_pdf,
        periodic,
        self_assessment,
        xlsx_board,
        xlsx_scores,
        xlsx_summary,
    )

    form, kind, cid = request["format"], request["kind"], request["campaign_id"]
    unit_id, info = request["unit_id"], request["info"]
    label = next((k[2] for k in KINDS if (k[0], k[1]) == (form, kind) and k[3]), None)
    if label is not None and (ws.meta("role") or "") != "coordinator":
        raise InvalidInput("report_coordinator_only", kind=label[0].lower() + label[1:],
                           role=ws.meta("role") or "")
    if form == "pdf":
        if kind == "self-assessment":
            return self_assessment.build_self_assessment_pdf(ws, cid, unit_id, out, info)
        if kind == "periodic":
            return periodic.build_periodic_pdf(ws, cid, unit_id, out, period=request["period"],
                                               year=request["year"], info=info)
        if kind == "summary":
            return coordinator_pdf.build_summary_pdf(ws, cid, out, info)
        return coordinator_pdf.build_appraisal_sheet_pdf(ws, cid, unit_id, out, info)
    if kind == "scores":
        return xlsx_scores.build_scores_xlsx(ws, cid, unit_id, out)
    if kind == "summary":
        return xlsx_summary.build_summary_xlsx(ws, cid, out, progress=progress)
    return xlsx_board.build_board_xlsx(ws, cid, out)


def dialog_data(ws: Workspace, campaign_id: str | None) -> dict[str, Any]:
    """What the dialog starts with: the role, the campaign's year, the units a report can be
    about (Sở Nội vụ: every enrolled unit; elsewhere: its own) and the saved report info."""
    role = ws.meta("role") or "unit"
    own = ws.meta("own_unit_id")
    if campaign_id is None:
        return {"role": role, "campaign": None, "units": [], "own": own, "info": None}
    campaign = campaigns.get_campaign(ws, campaign_id)
    if role == "coordinator":
        found = [(row.unit_id, row.code, row.name) for row in board.board(ws, campaign_id)]
    else:
        unit = units.get_unit(ws, own)
        found = [(unit.id, unit.code, unit.name)]
    return {"role": role, "campaign": {"id": campaign.id, "year": campaign.year,
                                       "title": campaign.title},
            "units": found, "own": own, "info": load_report_info(ws, campaign_id)}


class ReportDialog(QDialog):
    loaded = Signal()
    previewed = Signal(QImage)
    saved = Signal(str)
    refused = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Báo cáo"))
        self.coordinator = False
        self.campaign: dict[str, Any] | None = None
        self.image: QImage | None = None
        self.pages = 0
        self.generation = 0
        self.last_saved: Path | None = None
        self.auto_preview = True
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.ask_save_path: Callable[[str, str], str] = self._ask_save_path
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(self.preview)

        self.kind_combo = QComboBox()
        self.kind_combo.setToolTip(self.tr(
            "Văn bản PDF theo thể thức Nghị định 30/2020/NĐ-CP, hoặc bảng tính Excel có công "
            "thức. Báo cáo tổng hợp, kết quả thẩm định và bảng theo dõi chỉ có tại Sở Nội vụ."))
        self.unit_combo = QComboBox()
        self.unit_combo.setToolTip(self.tr("Đơn vị được báo cáo."))
        self.period_combo = QComboBox()
        for code, label in PERIODS:
            self.period_combo.addItem(self.tr(label), code)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(dt.date.today().year)
        period_row = QWidget()
        period_layout = QHBoxLayout(period_row)
        period_layout.setContentsMargins(0, 0, 0, 0)
        period_layout.addWidget(self.period_combo, 1)
        period_layout.addWidget(QLabel(self.tr("năm")))
        period_layout.addWidget(self.year_spin)
        self.period_combo.setToolTip(self.tr(
            "Nhiệm vụ đến hạn trong kỳ này; trạng thái tính đến ngày của báo cáo."))
        what = QFormLayout()
        what.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        what.addRow(self.tr("Loại &báo cáo:"), self.kind_combo)
        self.unit_label = QLabel(self.tr("Đơ&n vị:"))
        self.unit_label.setBuddy(self.unit_combo)
        what.addRow(self.unit_label, self.unit_combo)
        self.period_label = QLabel(self.tr("&Kỳ báo cáo:"))
        self.period_label.setBuddy(self.period_combo)
        what.addRow(self.period_label, period_row)
        self.period_row = period_row

        self.info_box = QGroupBox(self.tr("Thông tin trên văn bản"))
        self.edits: dict[str, QLineEdit] = {}
        info_form = QFormLayout(self.info_box)
        info_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labels = {
            "managing_body": (self.tr("Cơ quan chủ quản:"), self.tr(
                "Tên cơ quan cấp trên trực tiếp, chữ in hoa (vd. UBND TỈNH AN GIANG); để trống "
                "nếu không có.")),
            "agency": (self.tr("Cơ quan ban hành:"), self.tr("Tên cơ quan ban hành, chữ in hoa.")),
            "number": (self.tr("Số, ký hiệu:"), self.tr(
                "In sau “Số:”, vd. 15/BC-STP; để “/BC-STP” nếu văn thư ghi số khi phát hành.")),
            "place": (self.tr("Địa danh:"), self.tr("In trước ngày tháng, vd. An Giang.")),
            "subject": (self.tr("Trích yếu:"), self.tr(
                "Để trống: dùng trích yếu thường dùng của loại báo cáo.")),
            "authority": (self.tr("Quyền hạn ký:"), self.tr(
                "Dòng trên chức vụ người ký, vd. KT. GIÁM ĐỐC, TM. ỦY BAN NHÂN DÂN; để trống nếu "
                "người đứng đầu ký.")),
            "signer_title": (self.tr("Chức vụ người ký:"), self.tr("vd. PHÓ GIÁM ĐỐC")),
            "signer_name": (self.tr("Họ tên người ký:"), ""),
        }
        for field in LINE_FIELDS:
            text, tip = labels[field]
            edit = QLineEdit()
            if tip:
                edit.setToolTip(tip)
            if field == "subject":
                edit.setPlaceholderText(self.tr("(trích yếu thường dùng của loại báo cáo)"))
            edit.textEdited.connect(self._form_changed)
            self.edits[field] = edit
            info_form.addRow(text, edit)
            if field == "place":
                self.date_edit = QDateEdit()
                self.date_edit.setCalendarPopup(True)
                self.date_edit.setDisplayFormat("dd/MM/yyyy")
                self.date_edit.setDate(QDate.currentDate())
                self.date_edit.setToolTip(self.tr(
                    "Ngày ghi trên văn bản (ngày ký); không được lưu lại cho lần sau."))
                self.date_edit.dateChanged.connect(self._form_changed)
                info_form.addRow(self.tr("Ngày:"), self.date_edit)
        self.recipients_edit = self._text_edit(self.tr(
            "Mỗi nơi nhận một dòng, không cần gạch đầu dòng; “Lưu: VT” được thêm nếu thiếu."), 4)
        self.difficulties_edit = self._text_edit(self.tr(
            "Mục III của báo cáo: khó khăn, vướng mắc."), 4)
        self.recommendations_edit = self._text_edit(self.tr(
            "Mục III của báo cáo: kiến nghị, đề xuất."), 4)
        info_form.addRow(self.tr("Nơi nhận:"), self.recipients_edit)
        info_form.addRow(self.tr("Khó khăn, vướng mắc:"), self.difficulties_edit)
        info_form.addRow(self.tr("Kiến nghị, đề xuất:"), self.recommendations_edit)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(what)
        left_layout.addWidget(self.info_box)
        left_layout.addStretch(1)
        form_area = QScrollArea()
        form_area.setWidgetResizable(True)
        form_area.setFrameShape(QFrame.Shape.NoFrame)
        form_area.setWidget(left)
        form_area.setMinimumWidth(440)

        self.preview_label = QLabel()
        self.preview_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_label.setWordWrap(True)
        self.preview_area = QScrollArea()
        self.preview_area.setWidgetResizable(True)
        self.preview_area.setBackgroundRole(QPalette.ColorRole.Dark)
        self.preview_area.setWidget(self.preview_label)
        self.preview_caption = QLabel()
        self.preview_caption.setWordWrap(True)
        self.zoom_combo = QComboBox()
        self.zoom_combo.addItem(self.tr("Cả trang"), "page")
        self.zoom_combo.addItem(self.tr("Vừa chiều rộng"), "width")
        self.zoom_combo.setToolTip(self.tr("Cỡ của bản xem trước: thấy cả trang, hoặc vừa chiều "
                                           "rộng để đọc chữ."))
        self.zoom_combo.currentIndexChanged.connect(self._show_image)
        caption_row = QHBoxLayout()
        caption_row.addWidget(self.preview_caption, 1)
        caption_row.addWidget(self.zoom_combo)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(caption_row)
        right_layout.addWidget(self.preview_area, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(form_area)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([470, 620])

        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox()
        self.preview_button = self.buttons.addButton(self.tr("&Xem trước"),
                                                     QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.setToolTip(self.tr("Dựng lại trang đầu của báo cáo theo nội dung đã nhập."))
        self.preview_button.clicked.connect(self.preview)
        self.save_button = self.buttons.addButton(self.tr("&Lưu…"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setToolTip(self.tr(
            "Chọn nơi lưu và ghi tệp; thông tin trên văn bản được nhớ cho lần sau."))
        self.save_button.clicked.connect(self.choose_and_save)
        self.folder_button = self.buttons.addButton(self.tr("Mở &thư mục"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button.setToolTip(self.tr("Mở thư mục chứa tệp vừa lưu."))
        self.folder_button.setEnabled(False)
        self.folder_button.clicked.connect(self.open_folder)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.result)
        layout.addWidget(self.buttons)
        self.resize(1180, 800)

        for widget in (self.kind_combo, self.unit_combo, self.period_combo, self.save_button,
                       self.preview_button):
            widget.setEnabled(False)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.unit_combo.currentIndexChanged.connect(self._form_changed)
        self.period_combo.currentIndexChanged.connect(self._form_changed)
        self.year_spin.valueChanged.connect(self._form_changed)
        self.preview_caption.setText(self.tr("Đang tải…"))
        campaign_id = session.campaign_id
        session.run(lambda ws: dialog_data(ws, campaign_id), self._fill, self.failed)

    def _text_edit(self, tip: str, lines: int) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setToolTip(tip)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 12)
        edit.textChanged.connect(self._form_changed)
        return edit

    # -- filling the form ---------------------------------------------------------------------
    def _fill(self, data: dict[str, Any]) -> None:
        self.coordinator = data["role"] == "coordinator"
        self.campaign = data["campaign"]
        if self.campaign is None:
            self.preview_caption.setText(self.tr(
                "Chưa có đợt đánh giá: hãy nạp gói đợt đánh giá trước khi lập báo cáo."))
            self.loaded.emit()
            return
        self.kind_combo.blockSignals(True)
        for form, kind, label, coordinator_only, _ in KINDS:
            if coordinator_only and not self.coordinator:
                continue
            self.kind_combo.addItem(self.tr(label), (form, kind))
        self.kind_combo.blockSignals(False)
        self.unit_combo.blockSignals(True)
        for unit_id, code, name in data["units"]:
            self.unit_combo.addItem(f"{name} ({code})", unit_id)
        own = self.unit_combo.findData(data["own"])
        self.unit_combo.setCurrentIndex(max(own, 0))
        self.unit_combo.blockSignals(False)
        self.year_spin.blockSignals(True)
        self.year_spin.setValue(self.campaign["year"])
        self.year_spin.blockSignals(False)
        today = dt.date.today()
        self.period_combo.blockSignals(True)
        self.period_combo.setCurrentIndex(self.period_combo.findData(f"q{(today.month - 1) // 3 + 1}"))
        self.period_combo.blockSignals(False)
        self.set_info(data["info"])
        for widget in (self.kind_combo, self.unit_combo, self.period_combo, self.save_button,
                       self.preview_button):
            widget.setEnabled(True)
        self._kind_changed()
        self.loaded.emit()

    def set_info(self, info: ReportInfo) -> None:
        """Show `info` in the form (without starting a preview)."""
        widgets = [*self.edits.values(), self.date_edit, self.recipients_edit,
                   self.difficulties_edit, self.recommendations_edit]
        for widget in widgets:
            widget.blockSignals(True)
        for field, edit in self.edits.items():
            edit.setText(getattr(info, field))
            edit.setCursorPosition(0)
        self.date_edit.setDate(QDate(info.date.year, info.date.month, info.date.day))
        self.recipients_edit.setPlainText("\n".join(info.recipients))
        self.difficulties_edit.setPlainText(info.difficulties)
        self.recommendations_edit.setPlainText(info.recommendations)
        for widget in widgets:
            widget.blockSignals(False)

    def info(self) -> ReportInfo:
        """The form as a ReportInfo (checked by the services when used)."""
        return ReportInfo(
            **{field: edit.text() for field, edit in self.edits.items()},
            date=self.date_edit.date().toPython(),
            recipients=self.recipients_edit.toPlainText().splitlines(),
            difficulties=self.difficulties_edit.toPlainText(),
            recommendations=self.recommendations_edit.toPlainText())

    def current(self) -> tuple[str, str]:
        return self.kind_combo.currentData() or ("pdf", "self-assessment")

    def is_pdf(self) -> bool:
        return self.current()[0] == "pdf"

    def select_kind(self, form: str, kind: str) -> bool:
        """Choose a kind (False when this installation does not offer it)."""
        for index, item in enumerate(self.kinds()):
            if item == (form, kind):
                self.kind_combo.setCurrentIndex(index)
                return True
        return False

    def kinds(self) -> list[tuple[str, str]]:
        return [self.kind_combo.itemData(i) for i in range(self.kind_combo.count())]

    def request(self) -> dict[str, Any]:
        form, kind = self.current()
        return {"format": form, "kind": kind, "campaign_id": self.campaign["id"],
                "unit_id": self.unit_combo.currentData(),
                "period": self.period_combo.currentData(), "year": self.year_spin.value(),
                "info": self.info() if form == "pdf" else None}

    # -- following the form -------------------------------------------------------------------
    def _kind_changed(self) -> None:
        form, kind = self.current()
        needs_unit = next(k[4] for k in KINDS if (k[0], k[1]) == (form, kind))
        for widget in (self.unit_label, self.unit_combo):
            widget.setVisible(needs_unit)
        self.unit_combo.setEnabled(needs_unit and self.unit_combo.count() > 1)
        for widget in (self.period_label, self.period_row):
            widget.setVisible(kind == "periodic")
        self.info_box.setVisible(form == "pdf")
        self.zoom_combo.setVisible(form == "pdf")
        self.preview_button.setEnabled(form == "pdf")
        self.result.clear()
        if form == "pdf":
            self.preview()
        else:
            self.generation += 1     # a preview still on its way is no longer wanted
            self.preview_timer.stop()
            self.image = None
            self.preview_label.setPixmap(QPixmap())
            self.preview_label.setText(self.tr(
                "Bảng tính Excel không có bản xem trước: hãy lưu rồi mở bằng Excel hoặc "
                "LibreOffice. Các tổng được tính bằng công thức trong bảng."))
            self.preview_caption.setText("")

    def _form_changed(self, *_: Any) -> None:
        if self.campaign is not None and self.is_pdf() and self.auto_preview:
            self.preview_timer.start()

    # -- preview --------------------------------------------------------------------------------
    def preview(self) -> None:
        """Build the PDF into a temporary file on the database thread and draw its first page."""
        self.preview_timer.stop()
        if self.campaign is None or not self.is_pdf():
            return
        self.generation += 1
        generation = self.generation
        request = self.request()
        self.preview_caption.setText(self.tr("Đang dựng bản xem trước…"))

        def job(ws: Workspace) -> tuple[QImage, int]:
            with tempfile.TemporaryDirectory(prefix="cchc-preview-") as folder:
                path = build_report(ws, request, Path(folder) / "xem-truoc.pdf")
                data = path.read_bytes()
            return render_first_page(data)

        def done(result: tuple[QImage, int]) -> None:
            if generation != self.generation:
                return
            self.image, self.pages = result
            self.result.clear()
            self.preview_label.setText("")
            self._show_image()
            self.preview_caption.setText(self.tr("Trang 1 trong %1 trang (bản xem trước)")
                                         .replace("%1", str(self.pages)))
            self.previewed.emit(self.image)

        def failed(exc: BaseException) -> None:
            if generation != self.generation:
                return
            self.image = None
            self.preview_label.setPixmap(QPixmap())
            self.preview_caption.setText(self.tr("Không dựng được bản xem trước."))
            self.failed(exc)

        self.session.run(job, done, failed)

    def _show_image(self, *_: Any) -> None:
        """The page scaled to the preview: whole, or to its width (then scrolled)."""
        if self.image is None or self.image.isNull():
            return
        viewport = self.preview_area.viewport()
        width = max(200, viewport.width() - 24)
        if self.zoom_combo.currentData() == "page":
            height = max(280, viewport.height() - 24)
            width = min(width, round(height * self.image.width() / self.image.height()))
        pixmap = QPixmap.fromImage(self.image).scaledToWidth(
            width, Qt.TransformationMode.SmoothTransformation)
        self.preview_label.setPixmap(pixmap)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._show_image()

    # -- saving ---------------------------------------------------------------------------------
    def default_name(self) -> str:
        form, kind = self.current()
        stem = FILE_STEMS[(form, kind)]
        if kind == "periodic":
            stem += f"-{self.period_combo.currentData()}"
        year = self.year_spin.value() if kind == "periodic" else (self.campaign or {}).get("year")
        return f"{stem}-{year}.{form}"

    def _ask_save_path(self, name: str, file_filter: str) -> str:
        folder = (self.last_saved.parent if self.last_saved is not None else Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu báo cáo"), str(folder / name),
                                              file_filter)
        return path

    def choose_and_save(self) -> None:
        if self.campaign is None:
            return
        file_filter = (self.tr("Tệp PDF (*.pdf)") if self.is_pdf()
                       else self.tr("Bảng tính Excel (*.xlsx)"))
        path = self.ask_save_path(self.default_name(), file_filter)
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        """Have the builder write the file to `path` (the format's suffix added when
        missing), then keep the report info it was built with (PDF kinds)."""
        if self.campaign is None:
            return
        form, _ = self.current()
        if path.suffix.lower() != f".{form}":
            path = path.with_name(f"{path.name}.{form}")
        request = self.request()
        self.save_button.setEnabled(False)
        self.result.setText(self.tr("Đang lưu…"))

        def job(ws: Workspace, progress) -> tuple[Path, int] | None:  # noqa: ANN001
            # a province's summary workbook takes a while: progress, and "Dừng" cancels it
            # before the target file is touched
            try:
                written = build_report(ws, request, path, progress)
            except Cancelled:
                return None
            if request["info"] is not None:   # the words the file was just built with
                save_report_info(ws, request["info"])
            return written, written.stat().st_size

        def done(result: tuple[Path, int] | None) -> None:
            self.save_button.setEnabled(True)
            if result is None:
                self.result.setText(self.tr("Đã dừng; không có tệp nào được ghi."))
                return
            written, size = result
            self.last_saved = written
            self.folder_button.setEnabled(True)
            self.result.setText(self.tr("Đã lưu %1 (%2 byte).").replace("%1", str(written))
                                .replace("%2", f"{size:,}".replace(",", ".")))
            self.saved.emit(str(written))

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            self.failed(exc)

        self.session.run_long(job, self.tr("Đang lưu báo cáo…"), done, on_error=failed)

    def open_folder(self) -> None:
        if self.last_saved is not None:
            self.open_url(QUrl.fromLocalFile(str(self.last_saved.parent)))

    def failed(self, exc: BaseException) -> None:
        if isinstance(exc, CchcError):
            self.result.setText(sentence(exc, self.session.lang))
            self.session.last_error = exc
            self.session.failed.emit(exc)
            self.refused.emit(exc)
        else:
            self.session.show_error(exc)
