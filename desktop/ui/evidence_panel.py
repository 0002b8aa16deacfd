"""The evidence panel beside the criterion page: the documents cited for the criterion shown,
how each is cited (number and symbol, date, issuer, section/page), and the ways to add, open,
unlink and reuse them.

Everything it shows is read on the database thread and every change goes through one service
call there (`session.run` / `session.run_long`); nothing here touches the database. Adding
files — by drop or by "Chọn tệp…" — is one call, `add_files`, a long job whose progress dialog
appears after ~0.5 s and can be cancelled between files (the files already added stay). A
citation field is saved when it is left (no Save button); a refused value (31/02/2026) is
explained in one sentence beside the form, the stored value stays, and the typed text is kept
so it can be corrected (Esc puts the stored value back)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QColor, QDesktopServices, QDragEnterEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.messages import sentence
from desktop.models import evidence
from desktop.models.dates import vn_date
from desktop.models.entities import Evidence
from desktop.models.errors import CchcError
from desktop.models.progress import Progress
from desktop.ui.evidence_dialogs import LinkEvidenceDialog, UnlinkQuestion
from desktop.ui.session import Session

NAME, KIND, SIZE, NUMBER, DATE, ISSUER, PAGES = range(7)
# Below this width the table keeps name, size, number and date; type, issuer and section/page
# are then read in the form under it (and in every row's tooltip).
NARROW_WIDTH = 520
CITATION_FIELDS = ("doc_number", "doc_date", "issuer", "pages")
WORD_TYPES = {"application/msword", "application/rtf", "application/vnd.oasis.opendocument.text",
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
EXCEL_TYPES = {"application/vnd.ms-excel", "text/csv",
               "application/vnd.oasis.opendocument.spreadsheet",
               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
SLIDE_TYPES = {"application/vnd.ms-powerpoint", "application/vnd.oasis.opendocument.presentation",
               "application/vnd.openxmlformats-officedocument.presentationml.presentation"}
ARCHIVE_TYPES = {"application/zip", "application/x-zip-compressed", "application/x-rar-compressed",
                 "application/vnd.rar", "application/x-7z-compressed", "application/gzip"}


def _alive(obj: QObject) -> bool:
    """A job may finish after the panel is gone; its callback then has nothing to update."""
    return shiboken6.isValid(obj)


def format_size(size: int, lang: str = "vi") -> str:
    """Bytes as people read them: 850 B, 35 KB, 3,4 KB, 1,2 MB (a decimal comma in Vietnamese)."""
    units = (("GB", 1024 ** 3), ("MB", 1024 ** 2), ("KB", 1024))
    for unit, scale in units:
        if size >= scale:
            value = Decimal(size) / Decimal(scale)
            places = Decimal("1") if value >= 100 else Decimal("0.1")
            text = str(value.quantize(places, rounding=ROUND_HALF_UP))
            if text.endswith(".0"):
                text = text[:-2]
            return f"{text.replace('.', ',') if lang == 'vi' else text} {unit}"
    return f"{size} B"


class EvidenceTableModel(QAbstractTableModel):
    """The documents of one criterion, one row each, over `Evidence` dataclasses."""

    def __init__(self, lang: str = "vi", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.items: list[Evidence] = []
        self.headers = [self.tr("Tên tệp"), self.tr("Loại"), self.tr("Cỡ"), self.tr("Số, ký hiệu"),
                        self.tr("Ngày"), self.tr("Cơ quan ban hành"), self.tr("Mục/trang")]

    # -- contents ----------------------------------------------------------------------------
    def set_items(self, items: Sequence[Evidence]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def replace(self, item: Evidence) -> None:
        row = self.row_of(item.id)
        if row is None:
            return
        self.items[row] = item
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def row_of(self, evidence_id: str) -> int | None:
        return next((row for row, item in enumerate(self.items) if item.id == evidence_id), None)

    def kind_label(self, item: Evidence) -> str:
        media = item.media_type
        if media == "application/pdf":
            return "PDF"
        if media in WORD_TYPES:
            return "Word"
        if media in EXCEL_TYPES:
            return "Excel"
        if media in SLIDE_TYPES:
            return "PowerPoint"
        if media.startswith("image/"):
            return self.tr("Ảnh")
        if media in ARCHIVE_TYPES:
            return self.tr("Tệp nén")
        if media.startswith("text/"):
            return self.tr("Văn bản")
        if media.startswith("video/"):
            return self.tr("Video")
        if media.startswith("audio/"):
            return self.tr("Âm thanh")
        suffix = Path(item.original_name).suffix.lstrip(".").upper()
        return suffix[:8] or self.tr("Tệp")

    def summary(self, item: Evidence) -> str:
        """Everything about one document, for its tooltip (the narrow table hides columns)."""
        lines = [item.original_name,
                 f"{self.kind_label(item)} · {format_size(item.size, self.lang)}",
                 self.tr("Số, ký hiệu: %1").replace("%1", item.doc_number or "—"),
                 self.tr("Ngày ban hành: %1").replace("%1", vn_date(item.doc_date) or "—"),
                 self.tr("Cơ quan ban hành: %1").replace("%1", item.issuer or "—"),
                 self.tr("Mục/trang: %1").replace("%1", item.pages or "—")]
        if evidence.is_large(item.size):
            lines.append(self.tr("Tệp lớn (trên %1): khó gửi qua thư điện tử.")
                         .replace("%1", format_size(evidence.LARGE_FILE_BYTES, self.lang)))
        return "\n".join(lines)

    # -- Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.summary(item)
        if role == Qt.ItemDataRole.UserRole:
            return item
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == SIZE and evidence.is_large(item.size):
                return QColor("#b35c00")
            if column in (NUMBER, DATE, ISSUER, PAGES) and not self._text(item, column).strip("—"):
                return QColor("#8a8a8a")
        return None

    def _text(self, item: Evidence, column: int) -> str:
        if column == NAME:
            return item.original_name
        if column == KIND:
            return self.kind_label(item)
        if column == SIZE:
            return format_size(item.size, self.lang)
        if column == NUMBER:
            return item.doc_number or "—"
        if column == DATE:
            return vn_date(item.doc_date) or "—"
        if column == ISSUER:
            return item.issuer or "—"
        return item.pages or "—"


class EvidenceTable(QTableView):
    """The table, with Enter to open the document and Delete to unlink it."""

    open_requested = Signal()
    delete_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if self.currentIndex().isValid():
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_requested.emit()
                return
            if event.key() == Qt.Key.Key_Delete:
                self.delete_requested.emit()
                return
        super().keyPressEvent(event)


class DropZone(QFrame):
    """The visible invitation to drop files; the whole panel accepts the drop."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dropZone")
        self.highlighted = False
        self.set_highlighted(False)

    def set_highlighted(self, on: bool) -> None:
        self.highlighted = on
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt's name
        # Painted by hand rather than with a style sheet: a style sheet here would make every
        # child of the panel paint through the slow style-sheet engine on each move.
        from PySide6.QtGui import QColor, QPainter, QPen

        border, background = ("#1565c0", "#e3f2fd") if self.highlighted else ("#9aa5b1", "#f7f9fb")
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(border), 2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 6, 6)
        painter.end()


class EvidencePanel(QWidget):
    """The evidence of one criterion of the own unit in the active campaign.

    Signals: `evidence_changed(code)` after any change this panel made (files added, a
    citation saved, linked, unlinked — also after a cancelled or failed add, since the files
    done before it stay); `evidence_loaded(code)` each time the list has been read afresh.
    `open_url` is what opens a document (QDesktopServices.openUrl; tests replace it);
    `change_reason` is passed to the services (needed once the self-assessment is submitted)."""

    evidence_changed = Signal(str)
    evidence_loaded = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = session.lang
        self.code: str | None = None
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.change_reason = ""
        self.last_opened: Path | None = None
        self.picker: LinkEvidenceDialog | None = None
        self.question: UnlinkQuestion | None = None
        self.progress: Progress | None = None
        self._load_token = 0
        self._reload_queued = False
        self._pending_add: str | None = None
        self._undo: tuple[str, str, str] | None = None  # evidence id, name, code
        self._form_item: Evidence | None = None
        self._keep_selection: str | None = None
        self._error_field: str | None = None

        self.setAcceptDrops(True)
        self.setMinimumWidth(260)
        self._build()
        self.session.changed.connect(self._session_changed)
        self.session.closed.connect(self._session_closed)
        self.show_criterion(None)

    # -- construction --------------------------------------------------------------------------
    def _build(self) -> None:
        self.title = QLabel(self.tr("Tài liệu kiểm chứng"))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.count_label = QLabel()
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.count_label)

        self.drop_zone = DropZone()
        self.drop_label = QLabel(self.tr("Kéo thả tệp vào đây hoặc bấm Chọn tệp…"))
        self.drop_label.setWordWrap(True)
        self.drop_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_label.setStyleSheet("background: transparent; border: none; color: #37474f;")
        self.choose_button = QPushButton(self.tr("Chọn tệ&p…"))
        self.choose_button.setToolTip(self.tr("Chọn một hoặc nhiều tệp để thêm làm minh chứng"))
        self.choose_button.clicked.connect(self.choose_files)
        self.link_button = QPushButton(self.tr("Liên &kết tài liệu có sẵn…"))
        self.link_button.setToolTip(self.tr("Dùng tài liệu đã thêm cho tiêu chí khác"))
        self.link_button.clicked.connect(self.open_link_picker)
        for button in (self.choose_button, self.link_button):
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        zone_buttons = QHBoxLayout()
        zone_buttons.addWidget(self.choose_button)
        zone_buttons.addWidget(self.link_button)
        zone_layout = QVBoxLayout(self.drop_zone)
        zone_layout.setContentsMargins(10, 10, 10, 10)
        zone_layout.addWidget(self.drop_label)
        zone_layout.addLayout(zone_buttons)

        self.model = EvidenceTableModel(self.lang, self)
        self.table = EvidenceTable()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 8)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setAccessibleName(self.tr("Danh sách tài liệu kiểm chứng"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(36)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.open_requested.connect(self.open_selected)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.delete_requested.connect(self.ask_unlink)

        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: #607080;")
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.empty_label)
        self.list_stack.addWidget(self.table)

        self.open_button = QPushButton(self.tr("&Mở tệp"))
        self.open_button.setToolTip(self.tr("Mở bằng chương trình xem của máy (Enter)"))
        self.open_button.clicked.connect(self.open_selected)
        self.unlink_button = QPushButton(self.tr("&Bỏ liên kết"))
        self.unlink_button.setToolTip(self.tr("Bỏ tài liệu khỏi tiêu chí này; tệp vẫn còn trong "
                                              "kho (Delete)"))
        self.unlink_button.clicked.connect(self.unlink_selected)
        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        actions.addWidget(self.unlink_button)

        self.citation_box = QGroupBox(self.tr("Trích dẫn tài liệu"))
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fields: dict[str, QLineEdit] = {name: QLineEdit() for name in CITATION_FIELDS}
        self.fields["doc_number"].setPlaceholderText(self.tr("vd. 15/BC-STP"))
        self.fields["doc_date"].setPlaceholderText(self.tr("vd. 31/12/2026"))
        self.fields["issuer"].setPlaceholderText(self.tr("vd. Sở Tư pháp"))
        self.fields["pages"].setPlaceholderText(self.tr("vd. Mục II, tr. 3–5"))
        labels = {"doc_number": self.tr("Số, ký &hiệu:"), "doc_date": self.tr("&Ngày ban hành:"),
                  "issuer": self.tr("Cơ &quan ban hành:"), "pages": self.tr("Mục/tr&ang:")}
        form = QFormLayout(self.citation_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.file_label)
        for name, edit in self.fields.items():
            edit.setAcceptDrops(False)  # a file dropped on a field adds the file, not its path
            edit.setClearButtonEnabled(False)
            edit.editingFinished.connect(lambda n=name: self._save_field(n))
            edit.installEventFilter(self)
            label = QLabel(labels[name])
            label.setBuddy(edit)
            form.addRow(label, edit)
        self.citation_error = QLabel()
        self.citation_error.setWordWrap(True)
        self.citation_error.setObjectName("citationError")
        self.citation_error.setStyleSheet("#citationError { color: #b00020; }")
        self.citation_error.hide()
        form.addRow(self.citation_error)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("evidenceStatus")
        self.status.setStyleSheet("#evidenceStatus { color: #37474f; }")
        self.undo_button = QPushButton(self.tr("H&oàn tác"))
        self.undo_button.clicked.connect(self.undo_unlink)
        self.undo_button.hide()
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(heading)
        layout.addWidget(self.drop_zone)
        layout.addWidget(self.list_stack, 1)
        layout.addLayout(actions)
        layout.addWidget(self.citation_box)
        layout.addLayout(status_row)

    # -- what is shown -------------------------------------------------------------------------
    def show_criterion(self, code: str | None) -> None:
        """Show the evidence of `code` (own unit, active campaign), read on the database thread;
        None shows an empty, disabled panel."""
        if self._form_item is not None and _alive(self):
            self._flush_form()
        if code != self.code:
            self._undo = None
            self.undo_button.hide()
            self.status.clear()
        self.code = code if code and self.session.campaign_id and self.session.unit_id else None
        self.title.setText(self.tr("Tài liệu kiểm chứng — %1").replace("%1", self.code)
                           if self.code else self.tr("Tài liệu kiểm chứng"))
        if self.code is None:
            self._load_token += 1
            self.model.set_items([])
            self._show_items([])
            self.empty_label.setText(self.tr("Chọn một tiêu chí để xem và thêm tài liệu kiểm chứng."))
            self.setEnabled(False)
            return
        self.setEnabled(True)
        self.reload()

    def reload(self) -> None:
        if self.code is None:
            return
        self._load_token += 1
        token, code = self._load_token, self.code
        campaign_id, unit_id = self.session.campaign_id, self.session.unit_id

        def done(items: list[Evidence]) -> None:
            if _alive(self) and token == self._load_token:
                self._show_items(items)
                self.evidence_loaded.emit(code)

        def failed(exc: BaseException) -> None:
            if not _alive(self) or token != self._load_token:
                return
            if not isinstance(exc, CchcError):
                self.session.show_error(exc)
                return
            # e.g. the campaign changed under the criterion shown: say so in place, no dialog
            self._show_items([])
            self.empty_label.setText(sentence(exc, self.lang))
            self.evidence_loaded.emit(code)

        self.session.run(lambda ws: evidence.evidence_for_criterion(ws, campaign_id, unit_id, code),
                         done, failed)

    def _show_items(self, items: list[Evidence]) -> None:
        keep = self._keep_selection or (self._form_item.id if self._form_item else None)
        self._keep_selection = None
        self.model.set_items(items)
        self.count_label.setText(self.tr("%1 tệp").replace("%1", str(len(items))) if self.code else "")
        self.empty_label.setText(self.tr("Chưa có tài liệu kiểm chứng cho tiêu chí này. Kéo thả "
                                         "tệp vào khung ở trên, hoặc liên kết tài liệu đã có."))
        self.list_stack.setCurrentWidget(self.table if items else self.empty_label)
        row = self.model.row_of(keep) if keep else None
        if row is None and items:
            row = 0
        if row is not None:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, NAME),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        else:
            self._flush_form()
            self._fill_form(None)
        self._update_buttons()

    def current_evidence(self) -> Evidence | None:
        index = self.table.currentIndex()
        return self.model.items[index.row()] if index.isValid() else None

    def select_evidence(self, evidence_id: str) -> bool:
        row = self.model.row_of(evidence_id)
        if row is None:
            return False
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, NAME),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = self.model.items[current.row()] if current.isValid() else None
        if self._form_item is not None and (item is None or item.id != self._form_item.id):
            self._flush_form()
        self._fill_form(item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.current_evidence() is not None
        self.open_button.setEnabled(has)
        self.unlink_button.setEnabled(has)

    def _session_changed(self, what: str) -> None:
        if what not in ("evidence", "all", "campaign") or not _alive(self):
            return
        if self._pending_add is not None:  # a cancelled or failed add: what was done stays
            code, self._pending_add = self._pending_add, None
            cancelled = self.progress is not None and self.progress.cancelled
            if cancelled and self.progress is not None:
                done = self.progress.snapshot()[0]
                self._say(self.tr("Đã dừng theo yêu cầu; %1 tệp đã thêm trước đó vẫn được giữ.")
                          .replace("%1", str(done)))
            self.evidence_changed.emit(code)
        if what == "campaign" and not self.session.campaign_id:
            self.show_criterion(None)
            return
        if not self._reload_queued:  # several changes in a row: read once
            self._reload_queued = True
            QTimer.singleShot(0, self._queued_reload)

    def _session_closed(self) -> None:
        self._form_item = None  # the workspace is gone: nothing left to save into
        self.show_criterion(None)

    def _queued_reload(self) -> None:
        if _alive(self):
            self._reload_queued = False
            self.reload()

    def _say(self, text: str, *, undo: bool = False) -> None:
        self.status.setText(text)
        self.undo_button.setVisible(undo)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        narrow = self.width() < NARROW_WIDTH
        for column in (KIND, ISSUER, PAGES):
            self.table.setColumnHidden(column, narrow)

    # -- the citation form ---------------------------------------------------------------------
    def _stored_text(self, item: Evidence, name: str) -> str:
        if name == "doc_date":
            return vn_date(item.doc_date)
        return getattr(item, name) or ""

    def _fill_form(self, item: Evidence | None) -> None:
        """Show `item` in the form. For the document already shown, a field the user has typed
        in since it was last saved keeps what was typed."""
        same = item is not None and self._form_item is not None and item.id == self._form_item.id
        self._form_item = item
        self.citation_box.setEnabled(item is not None)
        if not same:
            self._set_error(None)
        if item is None:
            self.file_label.setText(self.tr("Chọn một tệp trong danh sách để ghi số, ký hiệu, "
                                            "ngày, cơ quan ban hành và mục/trang."))
            for edit in self.fields.values():
                edit.clear()
            return
        large = evidence.is_large(item.size)
        self.file_label.setText(
            f"<b>{_escape(item.original_name)}</b><br>{self.model.kind_label(item)} · "
            f"{format_size(item.size, self.lang)}"
            + (f" · <span style='color:#b35c00'>{_escape(self.tr('tệp lớn'))}</span>" if large else ""))
        self.file_label.setToolTip(self.model.summary(item))
        for name, edit in self.fields.items():
            if same and edit.isModified():
                continue
            edit.setText(self._stored_text(item, name))
            edit.setModified(False)
            edit.setCursorPosition(0)

    def flush(self) -> None:
        """Save a citation field typed in but not yet left. The window calls this before it
        closes the workspace (afterwards there is nothing left to save into)."""
        self._flush_form()

    def _flush_form(self) -> None:
        for name, edit in self.fields.items():
            if edit.isModified():
                self._save_field(name)

    def _save_field(self, name: str) -> None:
        item = self._form_item
        edit = self.fields[name]
        if item is None or not self.session.is_open:
            return
        text = edit.text()
        edit.setModified(False)
        if " ".join(text.split()) == self._stored_text(item, name):
            if self._error_field == name:
                self._set_error(None)
            return
        evidence_id, code, reason = item.id, self.code, self.change_reason

        def done(updated: Evidence) -> None:
            if not _alive(self):
                return
            self.model.replace(updated)
            if self._form_item is not None and self._form_item.id == updated.id:
                self._form_item = updated
                if self._error_field == name:
                    self._set_error(None)
                if not edit.isModified() and edit.text() == text:
                    edit.setText(self._stored_text(updated, name))  # 2026-12-31 → 31/12/2026
            self._say(self.tr("Đã lưu trích dẫn của “%1”.").replace("%1", updated.original_name))
            if code:
                self.evidence_changed.emit(code)

        def failed(exc: BaseException) -> None:
            if not _alive(self):
                return
            if not isinstance(exc, CchcError):
                self.session.show_error(exc)
                return
            if self._form_item is not None and self._form_item.id == evidence_id:
                edit.setModified(True)  # keep what was typed so it can be corrected
                self._set_error(name, sentence(exc, self.lang))
            else:
                self.session.show_error(exc)

        self.session.run(lambda ws: evidence.update_citation(ws, evidence_id, reason=reason,
                                                             **{name: text}),
                         done, failed, changes="evidence")

    def _set_error(self, name: str | None, text: str = "") -> None:
        self._error_field = name
        self.citation_error.setText(text)
        self.citation_error.setVisible(bool(name))
        for field, edit in self.fields.items():
            edit.setStyleSheet("QLineEdit { border: 1px solid #b00020; }" if field == name else "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Esc in a citation field puts the stored value back (and drops a refused one)."""
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Escape and self._form_item is not None):
            for name, edit in self.fields.items():
                if edit is watched and (edit.isModified() or self._error_field == name):
                    edit.setText(self._stored_text(self._form_item, name))
                    edit.setModified(False)
                    if self._error_field == name:
                        self._set_error(None)
                    return True
        return super().eventFilter(watched, event)

    # -- adding files --------------------------------------------------------------------------
    def choose_files(self) -> None:
        if self.code is None:
            return
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Chọn tài liệu kiểm chứng"), "",
            self.tr("Tài liệu (*.pdf *.doc *.docx *.xls *.xlsx *.jpg *.jpeg *.png *.tif *.tiff "
                    "*.zip);;Mọi tệp (*)"))
        if names:
            self.add_files([Path(n) for n in names])

    def add_files(self, paths: Sequence[Path | str]) -> Progress | None:
        """Add the files (folders stand for their files) as evidence of the criterion shown:
        the same call a drop and "Chọn tệp…" make. A long job: a progress dialog appears after
        ~0.5 s and can be cancelled; returns its `Progress` (None when nothing is shown)."""
        if self.code is None or not paths:
            return None
        code, reason = self.code, self.change_reason
        files = [Path(p) for p in paths]
        self._pending_add = code
        self._say(self.tr("Đang thêm %1 mục…").replace("%1", str(len(files))))

        def job(ws: Any, progress: Progress) -> list[evidence.AddedEvidence]:
            return evidence.add_evidence_files(ws, files, progress, criterion_code=code,
                                               reason=reason)

        def done(added: list[evidence.AddedEvidence]) -> None:
            if not _alive(self):
                return
            self._pending_add = None
            present = sum(1 for a in added if a.already_present)
            text = self.tr("Đã thêm %1 tệp cho tiêu chí %2.").replace("%1", str(len(added)))
            text = text.replace("%2", code)
            if present:
                text += " " + self.tr("%1 tệp đã có sẵn trong kho nên không lưu thêm bản nữa.") \
                    .replace("%1", str(present))
            self._say(text)
            if added and code == self.code:
                self._keep_selection = added[0].evidence.id
            self.evidence_changed.emit(code)

        self.progress = self.session.run_long(job, self.tr("Đang thêm tài liệu kiểm chứng…"), done,
                                              changes="evidence")
        return self.progress

    def _local_files(self, event: QDragEnterEvent | QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        urls = mime.urls()
        if not urls or not all(url.isLocalFile() for url in urls):
            return []
        return [Path(url.toLocalFile()) for url in urls]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if self.code is not None and self._local_files(event):
            event.acceptProposedAction()
            self.drop_zone.set_highlighted(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        if self.code is not None and self._local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        self.drop_zone.set_highlighted(False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        self.drop_zone.set_highlighted(False)
        paths = self._local_files(event)
        if self.code is None or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_files(paths)

    # -- opening -------------------------------------------------------------------------------
    def open_selected(self) -> None:
        item = self.current_evidence()
        if item is None:
            return

        def done(path: Path) -> None:
            if not _alive(self):
                return
            self.last_opened = path
            if not self.open_url(QUrl.fromLocalFile(str(path))):
                self._say(self.tr("Không có chương trình nào mở được “%1” trên máy này; tệp ở %2.")
                          .replace("%1", item.original_name).replace("%2", str(path)))

        self.session.run(lambda ws: evidence.view_copy(ws, item.id), done)

    # -- unlinking and linking -----------------------------------------------------------------
    def ask_unlink(self) -> None:
        """Delete key: ask first (non-blocking), then unlink."""
        item = self.current_evidence()
        if item is None or self.code is None:
            return
        self.question = UnlinkQuestion(item.original_name, self.code,
                                       lambda: self._unlink(item), self)
        self.question.open()

    def unlink_selected(self) -> None:
        item = self.current_evidence()
        if item is not None:
            self._unlink(item)

    def _unlink(self, item: Evidence) -> None:
        code = self.code
        if code is None:
            return
        campaign_id, unit_id, reason = self.session.campaign_id, self.session.unit_id, self.change_reason
        row = self.model.row_of(item.id)
        if row is not None and row + 1 < len(self.model.items):
            self._keep_selection = self.model.items[row + 1].id
        elif row:
            self._keep_selection = self.model.items[row - 1].id

        def done(_: object) -> None:
            if not _alive(self):
                return
            self._undo = (item.id, item.original_name, code)
            self._say(self.tr("Đã bỏ liên kết “%1” khỏi tiêu chí %2. Tệp vẫn còn trong kho.")
                      .replace("%1", item.original_name).replace("%2", code), undo=True)
            self.evidence_changed.emit(code)

        self.session.run(lambda ws: evidence.unlink_from_criterion(
            ws, item.id, campaign_id, unit_id, code, reason=reason), done, changes="evidence")

    def undo_unlink(self) -> None:
        if self._undo is None:
            return
        evidence_id, name, code = self._undo
        self._undo = None
        self.undo_button.hide()
        if code == self.code:
            self._keep_selection = evidence_id

        def done(_: int) -> None:
            if _alive(self):
                self._say(self.tr("Đã liên kết lại “%1” với tiêu chí %2.")
                          .replace("%1", name).replace("%2", code))
                self.evidence_changed.emit(code)

        self._link([evidence_id], code, done)

    def open_link_picker(self) -> None:
        """Read the unit's documents on the database thread, then show the picker."""
        code = self.code
        if code is None:
            return
        campaign_id, unit_id = self.session.campaign_id, self.session.unit_id

        def show(catalogue: list[evidence.CitedEvidence]) -> None:
            if not _alive(self) or code != self.code:
                return
            self.picker = LinkEvidenceDialog(catalogue, code, self)
            self.picker.chosen.connect(lambda ids: self.link_existing(ids, code))
            self.picker.finished.connect(self.picker.deleteLater)
            self.picker.open()

        self.session.run(lambda ws: evidence.evidence_catalogue(ws, campaign_id, unit_id), show)

    def link_existing(self, evidence_ids: Sequence[str], code: str | None = None) -> None:
        code = code or self.code
        if code is None or not evidence_ids:
            return
        if code == self.code:
            self._keep_selection = evidence_ids[0]

        def done(new_links: int) -> None:
            if _alive(self):
                self._say(self.tr("Đã liên kết %1 tài liệu với tiêu chí %2.")
                          .replace("%1", str(new_links)).replace("%2", code))
                self.evidence_changed.emit(code)

        self._link(list(evidence_ids), code, done)

    def _link(self, ids: list[str], code: str, done: Callable[[int], None]) -> None:
        campaign_id, unit_id, reason = self.session.campaign_id, self.session.unit_id, self.change_reason
        self.session.run(lambda ws: evidence.link_existing(ws, ids, campaign_id, unit_id, code,
                                                           reason=reason),
                         done, changes="evidence")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
