"""Explanation (Giải trình): the unit's answer to Sở Nội vụ's explanation request.

The deadline with the days left, the criteria the appraisal asked to explain (code, title,
maximum, own score, appraised score, reason, remark), for the one selected its answer — saved
through `appraisal.answer_explanation` when typing pauses or the criterion is left — and its
evidence in the ordinary evidence panel (supplementary files are added to the criterion there);
a progress line "Đã trả lời 2/3"; "Xuất gói giải trình…" (`desktop.sync.appraisal
.export_explanation`, refused in one sentence while an answer is missing). Below, read-only,
the other criteria appraised below the self score.

Everything is read on the database thread (`unit_views.explanation_overview`); the
view only shows what it is handed. `availability_changed(bool)` tells the window whether any
explanation was asked for, so the tab can appear when the first request is imported."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QSize, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.messages import sentence
from desktop.models import appraisal, unit_views
from desktop.models.decimals import format_decimal
from desktop.models.errors import CchcError
from desktop.models.unit_views import AppraisalNote, ExplanationOverview
from desktop.ui.dashboard import OVERDUE, SOON, SOON_DAYS, remaining_text
from desktop.ui.evidence_panel import EvidencePanel
from desktop.ui.session import Session

SAVE_DELAY_MS = 700
REFRESH_KINDS = ("assessment", "evidence", "campaign", "all")
# Adding or unlinking a file after the self-assessment was submitted needs a reason for the
# audit log: here the reason is the explanation request itself.
EVIDENCE_REASON = "Bổ sung tài liệu theo yêu cầu giải trình"
CODE, TITLE, MAX, SELF, APPRAISED, REASON, ANSWER = range(7)
MUTED = QColor("#5f6b7a")
DONE = QColor("#2e6b3f")


class _AiryDelegate(QStyledItemDelegate):
    """Wrapped rows with a little air above and below the text."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 8)


def _alive(widget: QWidget) -> bool:
    return shiboken6.isValid(widget)


def _bold(label: QLabel, scale: float = 1.0) -> QLabel:
    font = label.font()
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def _colour(widget: QWidget, colour: QColor | None) -> None:
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText,
                     colour or QApplication.palette().color(QPalette.ColorRole.WindowText))
    widget.setPalette(palette)


class ExplanationView(QWidget):
    loaded = Signal()                     # fresh data shown
    availability_changed = Signal(bool)   # an explanation has been asked for (or not)
    answer_saved = Signal(str)            # criterion code
    exported = Signal(dict)               # {"path", "package_hash"}

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = session.lang
        self.today: dt.date | None = None  # fixed by tests; None: the real date
        self.overview: ExplanationOverview | None = None
        self.notes: dict[str, AppraisalNote] = {}
        self.code: str | None = None
        self.available = False
        self._loading = False
        self._dirty = False
        self._saving: dict[str, str] = {}  # code → text on its way to the database
        self._generation = 0
        self._stale = False
        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(SAVE_DELAY_MS)
        self.save_timer.timeout.connect(self.flush)
        self._build()
        session.opened.connect(lambda _info: self.refresh())
        session.changed.connect(self._changed)
        session.closed.connect(self._closed)

    # -- construction -------------------------------------------------------------------------
    def _build(self) -> None:
        self.empty_label = QLabel(self.tr(
            "Chưa có yêu cầu giải trình. Khi Sở Nội vụ gửi gói đề nghị giải trình, hãy nhập gói "
            "ở thẻ “Gói dữ liệu”: các tiêu chí cần giải trình sẽ hiện ở đây."))
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        _colour(self.empty_label, MUTED)
        empty_page = QWidget()
        QVBoxLayout(empty_page).addWidget(self.empty_label)

        # the heading: deadline, progress, export
        self.heading = _bold(QLabel(self.tr("Đề nghị giải trình, bổ sung tài liệu kiểm chứng")), 1.2)
        self.deadline_label = QLabel()
        self.deadline_label.setObjectName("explanationDeadline")
        self.progress_label = _bold(QLabel())
        self.progress_label.setObjectName("explanationProgress")
        self.export_button = QPushButton(self.tr("&Xuất gói giải trình…"))
        self.export_button.setToolTip(self.tr(
            "Gói gửi Sở Nội vụ: nội dung giải trình và tài liệu bổ sung của mọi tiêu chí "
            "được đề nghị. Chỉ xuất được khi đã trả lời hết."))
        self.export_button.clicked.connect(self.choose_export_path)
        self.encrypt_box = QCheckBox(self.tr("Mã hóa để chỉ Sở Nội vụ đọc được"))
        self.encrypt_box.setToolTip(self.tr(
            "Dùng khóa mã hóa của Sở Nội vụ nhận được cùng gói đợt đánh giá."))
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()
        facts = QVBoxLayout()
        facts.setSpacing(2)
        facts.addWidget(self.heading)
        line = QHBoxLayout()
        line.addWidget(self.deadline_label)
        line.addSpacing(24)
        line.addWidget(self.progress_label)
        line.addStretch(1)
        facts.addLayout(line)
        actions = QVBoxLayout()
        actions.setSpacing(2)
        actions.addWidget(self.export_button)
        actions.addWidget(self.encrypt_box)
        top = QHBoxLayout()
        top.addLayout(facts, 1)
        top.addLayout(actions)

        # the requested criteria
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([
            self.tr("Mã"), self.tr("Tiêu chí"), self.tr("Tối đa"), self.tr("Tự chấm"),
            self.tr("Thẩm định"), self.tr("Lý do"), self.tr("Trả lời")])
        self.table.setAccessibleName(self.tr("Các tiêu chí được đề nghị giải trình"))
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_tables)
        self._setup_table(self.table)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.currentCellChanged.connect(self._row_changed)
        requested_box = QGroupBox(self.tr("Tiêu chí được đề nghị giải trình"))
        QVBoxLayout(requested_box).addWidget(self.table)

        # the selected criterion
        self.criterion_label = _bold(QLabel())
        self.criterion_label.setWordWrap(True)
        self.score_label = QLabel()
        self.score_label.setWordWrap(True)
        self.reason_label = QLabel()
        self.reason_label.setWordWrap(True)
        self.remark_label = QLabel()
        self.remark_label.setWordWrap(True)
        self.remark_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.addRow(self.tr("Điểm:"), self.score_label)
        form.addRow(self.tr("Lý do:"), self.reason_label)
        form.addRow(self.tr("Nhận xét:"), self.remark_label)
        self.answer_label = QLabel(self.tr("&Nội dung giải trình:"))
        self.answer_edit = QPlainTextEdit()
        self.answer_edit.setPlaceholderText(self.tr(
            "Trả lời nhận xét của cơ quan thẩm định; nêu tài liệu bổ sung (số, ký hiệu, ngày) "
            "nếu có. Nội dung được lưu tự động."))
        self.answer_edit.setTabChangesFocus(True)
        lines = self.answer_edit.fontMetrics().lineSpacing()
        self.answer_edit.setMinimumHeight(lines * 4 + 12)
        self.answer_edit.setMaximumHeight(lines * 8 + 12)
        self.answer_edit.textChanged.connect(self._answer_edited)
        self.answer_label.setBuddy(self.answer_edit)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("answerState")
        self.saved_label.setWordWrap(True)
        self.detail_box = QGroupBox(self.tr("Giải trình"))
        detail = QVBoxLayout(self.detail_box)
        detail.addWidget(self.criterion_label)
        detail.addLayout(form)
        detail.addWidget(self.answer_label)
        detail.addWidget(self.answer_edit, 1)
        detail.addWidget(self.saved_label)

        # the other criteria appraised below the self score
        self.others = QTableWidget(0, 7)
        self.others.setHorizontalHeaderLabels([
            self.tr("Mã"), self.tr("Tiêu chí"), self.tr("Tối đa"), self.tr("Tự chấm"),
            self.tr("Thẩm định"), self.tr("Lý do"), self.tr("Nhận xét")])
        self.others.setAccessibleName(self.tr("Các tiêu chí khác đã thẩm định"))
        self._setup_table(self.others, stretch=(TITLE, 6))
        self.others_empty = QLabel(self.tr("Không có tiêu chí nào khác bị chấm thấp hơn điểm "
                                           "tự đánh giá."))
        _colour(self.others_empty, MUTED)
        self.others_box = QGroupBox(self.tr("Các tiêu chí khác đã thẩm định (thấp hơn điểm tự "
                                            "đánh giá, không phải giải trình)"))
        others_layout = QVBoxLayout(self.others_box)
        others_layout.addWidget(self.others)
        others_layout.addWidget(self.others_empty)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 4, 0)
        left_layout.addWidget(requested_box)
        left_layout.addWidget(self.detail_box)
        left_layout.addWidget(self.others_box)
        left_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(left)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.evidence = EvidencePanel(self.session)
        self.evidence.change_reason = EVIDENCE_REASON
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.evidence)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([700, 460])

        main_page = QWidget()
        main_layout = QVBoxLayout(main_page)
        main_layout.setContentsMargins(0, 0, 0, 0)
        main_layout.addLayout(top)
        main_layout.addWidget(self.result_label)
        main_layout.addWidget(self.splitter, 1)

        self.stack = QStackedWidget()
        self.stack.addWidget(empty_page)
        self.stack.addWidget(main_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.stack)
        self.setTabOrder(self.table, self.answer_edit)
        self.setTabOrder(self.answer_edit, self.evidence.choose_button)

    def _setup_table(self, table: QTableWidget, stretch: tuple[int, ...] = (TITLE,)) -> None:
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setTabKeyNavigation(False)
        table.setItemDelegate(_AiryDelegate(table))
        table.setWordWrap(True)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        # reasons are long: a fixed width, wrapped onto a second line
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(REASON, table.fontMetrics().horizontalAdvance("Tài liệu kiểm chứng chưa")
                             + 16)
        header.sectionResized.connect(lambda *_: self._fit_timer.start())

    # -- helpers ------------------------------------------------------------------------------
    def number(self, value: Decimal | None) -> str:
        if value is None:
            return "—"
        text = format_decimal(value)
        return text.replace(".", ",") if self.lang == "vi" else text

    def _today(self) -> dt.date:
        return self.today or dt.date.today()

    def _reason(self, note: AppraisalNote) -> str:
        return appraisal.reason_label(note.reason_code, self.lang) if note.reason_code else "—"

    def _fit_tables(self) -> None:
        for table in (self.table, self.others):
            if table.rowCount():
                self._fit(table)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_timer.start()  # wrapped rows change height with the width

    @staticmethod
    def _fit(table: QTableWidget) -> None:
        """As tall as its rows: the page scrolls, not each table on its own."""
        table.resizeRowsToContents()
        rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows
                             + 2 * table.frameWidth() + 2)

    def _cell(self, table: QTableWidget, row: int, column: int, text: str, *,
              tip: str | None = None, right: bool = False) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setToolTip(tip if tip is not None else text)
        if right:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        table.setItem(row, column, item)
        return item

    # -- loading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._stale = False
        session = self.session
        if not session.is_open or not session.campaign_id:
            self._show(ExplanationOverview(None, [], []))
            return
        self._generation += 1
        generation = self._generation
        campaign_id, unit_id = session.campaign_id, session.unit_id

        def done(overview: ExplanationOverview) -> None:
            if _alive(self) and generation == self._generation:
                self._show(overview)

        def failed(exc: BaseException) -> None:
            if not _alive(self) or generation != self._generation:
                return
            if isinstance(exc, CchcError):  # e.g. the own unit is not in the campaign
                self._show(ExplanationOverview(None, [], []))
            else:
                session.show_error(exc)

        session.run(lambda ws: unit_views.explanation_overview(ws, campaign_id, unit_id),
                    done, failed)

    def _changed(self, what: str) -> None:
        if what not in REFRESH_KINDS:
            return
        if what in ("all", "campaign") or self.isVisible():
            self.refresh()  # an import may bring the first request: the tab must know
        else:
            self._stale = True  # read when shown

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def _closed(self) -> None:
        self._generation += 1
        self.save_timer.stop()
        self._dirty = False
        self._show(ExplanationOverview(None, [], []))

    def _show(self, overview: ExplanationOverview) -> None:
        self.overview = overview
        self.notes = {note.code: note for note in overview.requested}
        available = bool(overview.requested)
        self.stack.setCurrentIndex(1 if available else 0)
        self._show_deadline(overview.deadline)
        self._show_progress()
        wanted = self.code if self.code in self.notes else (
            overview.requested[0].code if overview.requested else None)
        self._loading = True
        try:
            self.table.setRowCount(len(overview.requested))
            for row, note in enumerate(overview.requested):
                self._fill_row(row, note)
            self._fit(self.table)
            self._show_others(overview.others)
        finally:
            self._loading = False
        if wanted is not None:
            self.select(wanted)
        else:
            self._show_detail(None)
        if available != self.available:
            self.available = available
            self.availability_changed.emit(available)
        self.loaded.emit()

    def _fill_row(self, row: int, note: AppraisalNote) -> None:
        table = self.table
        self._cell(table, row, CODE, note.code)
        self._cell(table, row, TITLE, note.title)
        self._cell(table, row, MAX, self.number(note.maximum), right=True)
        self._cell(table, row, SELF, self.number(note.self_score), right=True)
        round_text = self.tr("vòng %1").replace("%1", str(note.round)) if note.round else ""
        self._cell(table, row, APPRAISED, self.number(note.appraised_score), right=True,
                   tip=f"{self.number(note.appraised_score)} ({round_text}) — "
                       f"{note.appraiser_name}" if round_text else note.appraiser_name)
        remark = note.remark or "—"
        self._cell(table, row, REASON, self._reason(note),
                   tip=self.tr("Lý do: %1\nNhận xét: %2").replace("%1", self._reason(note))
                   .replace("%2", remark))
        self._answer_cell(row, note)

    def _answer_cell(self, row: int, note: AppraisalNote) -> None:
        answered = bool(note.response)
        item = self._cell(self.table, row, ANSWER,
                          self.tr("Đã trả lời") if answered else self.tr("Chưa trả lời"))
        item.setForeground(QBrush(DONE if answered else OVERDUE))

    def _show_others(self, others: list[AppraisalNote]) -> None:
        self.others.setRowCount(len(others))
        for row, note in enumerate(others):
            self._cell(self.others, row, CODE, note.code)
            self._cell(self.others, row, TITLE, note.title)
            self._cell(self.others, row, MAX, self.number(note.maximum), right=True)
            self._cell(self.others, row, SELF, self.number(note.self_score), right=True)
            self._cell(self.others, row, APPRAISED, self.number(note.appraised_score),
                       right=True, tip=note.appraiser_name)
            self._cell(self.others, row, REASON, self._reason(note))
            self._cell(self.others, row, 6, note.remark or "—")
        self.others.setVisible(bool(others))
        self.others_empty.setVisible(not others)
        if others:
            self._fit(self.others)

    def _show_deadline(self, deadline: str | None) -> None:
        if not deadline:
            self.deadline_label.setText(self.tr("Hạn giải trình: chưa có"))
            _colour(self.deadline_label, None)
            return
        due = dt.date.fromisoformat(deadline)
        today = self._today()
        days = (due - today).days
        self.deadline_label.setText(self.tr("Hạn giải trình: %1 (%2)")
                                    .replace("%1", due.strftime("%d/%m/%Y"))
                                    .replace("%2", remaining_text(due, today, "explanation")))
        _colour(self.deadline_label, OVERDUE if days < 0 else SOON if days <= SOON_DAYS else None)
        font = self.deadline_label.font()
        font.setBold(days <= SOON_DAYS)
        self.deadline_label.setFont(font)

    def _show_progress(self) -> None:
        requested = list(self.notes.values())
        answered = sum(1 for note in requested if note.response)
        text = self.tr("Đã trả lời %1/%2").replace("%1", str(answered)).replace(
            "%2", str(len(requested)))
        if requested and answered == len(requested):
            text += " — " + self.tr("có thể xuất gói giải trình")
        self.progress_label.setText(text)
        _colour(self.progress_label, DONE if requested and answered == len(requested) else None)

    # -- the selected criterion ---------------------------------------------------------------
    def select(self, code: str) -> bool:
        """Show the requested criterion `code` (the criterion page's link lands here)."""
        for row in range(self.table.rowCount()):
            if self.table.item(row, CODE).text() == code:
                if self.table.currentRow() == row:
                    self._show_detail(self.notes.get(code))
                else:
                    self.table.setCurrentCell(row, TITLE)
                return True
        return False

    def _row_changed(self, row: int, _column: int, _previous: int, _previous_column: int) -> None:
        if self._loading:
            return
        item = self.table.item(row, CODE) if row >= 0 else None
        code = item.text() if item is not None else None
        if code != self.code:
            self.flush()
        self._show_detail(self.notes.get(code) if code else None)

    def _show_detail(self, note: AppraisalNote | None) -> None:
        same = note is not None and note.code == self.code
        self.code = note.code if note is not None else None
        self.detail_box.setEnabled(note is not None)
        if note is None:
            self.criterion_label.setText("")
            for label in (self.score_label, self.reason_label, self.remark_label, self.saved_label):
                label.setText("")
            self._set_answer("")
            self.evidence.show_criterion(None)
            return
        self.criterion_label.setText(f"{note.code}. {note.title}")
        round_text = (" " + self.tr("(vòng %1)").replace("%1", str(note.round))) if note.round else ""
        self.score_label.setText(
            self.tr("tự chấm %1 / %2 · thẩm định %3%4 — %5")
            .replace("%1", self.number(note.self_score)).replace("%2", self.number(note.maximum))
            .replace("%3", self.number(note.appraised_score)).replace("%4", round_text)
            .replace("%5", note.appraiser_name))
        self.reason_label.setText(self._reason(note))
        self.remark_label.setText(note.remark or "—")
        if not (same and self._dirty):  # never overwrite what is being typed
            self._set_answer(note.response)
            self._show_state(note)
        if self.evidence.code != note.code:
            self.evidence.show_criterion(note.code)

    def _set_answer(self, text: str) -> None:
        self._loading = True
        try:
            if self.answer_edit.toPlainText() != text:
                self.answer_edit.setPlainText(text)
        finally:
            self._loading = False
        self._dirty = False

    def _show_state(self, note: AppraisalNote, text: str | None = None) -> None:
        if text is not None:
            self.saved_label.setText(text)
        elif note.response:
            self.saved_label.setText(self.tr("Đã lưu."))
        else:
            self.saved_label.setText(self.tr("Chưa trả lời."))
        _colour(self.saved_label, MUTED if note.response else OVERDUE)

    # -- saving the answer --------------------------------------------------------------------
    def _answer_edited(self) -> None:
        if self._loading or self.code is None:
            return
        self._dirty = True
        self.saved_label.setText(self.tr("Đang soạn… (tự lưu khi ngừng gõ)"))
        _colour(self.saved_label, MUTED)
        self.save_timer.start()

    def flush(self) -> None:
        """Save the answer being typed (called when typing pauses, the criterion changes, the
        tab is left, before exporting and before the window closes)."""
        self.save_timer.stop()
        code = self.code
        if not self._dirty or code is None or not self.session.is_open:
            return
        self._dirty = False
        text = self.answer_edit.toPlainText()
        note = self.notes.get(code)
        if note is not None and " ".join(text.split()) == " ".join(note.response.split()):
            self._show_state(note)
            return
        self.save_answer(code, text)

    def save_answer(self, code: str, text: str) -> None:
        """What the editor's autosave calls: the service on the database thread."""
        session = self.session
        campaign_id, unit_id = session.campaign_id, session.unit_id
        self._saving[code] = text
        if code == self.code:
            self.saved_label.setText(self.tr("Đang lưu…"))

        def done(saved: Any) -> None:
            self._saving.pop(code, None)
            if not _alive(self):
                return
            note = self.notes.get(code)
            if note is not None:
                note = replace(note, response=saved.explanation_response,
                               responded_at=saved.explanation_responded_at)
                self.notes[code] = note
                for row in range(self.table.rowCount()):
                    if self.table.item(row, CODE).text() == code:
                        self._answer_cell(row, note)
                if code == self.code:
                    self._show_state(note, self.tr("Đã lưu lúc %1.").replace(
                        "%1", QTime.currentTime().toString("HH:mm")))
            self._show_progress()
            self.answer_saved.emit(code)

        def failed(exc: BaseException) -> None:
            self._saving.pop(code, None)
            if not _alive(self):
                return
            if isinstance(exc, CchcError):
                if code == self.code:
                    self.saved_label.setText(sentence(exc, self.lang))
                    _colour(self.saved_label, OVERDUE)
                    self._dirty = True  # still not saved: a later pause tries again
                session.last_error = exc
                session.failed.emit(exc)
            else:
                session.show_error(exc)

        session.run(lambda ws: appraisal.answer_explanation(ws, campaign_id, unit_id, code, text),
                    done, failed, changes="explanation")

    # -- exporting ----------------------------------------------------------------------------
    def choose_export_path(self) -> None:
        self.flush()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu gói giải trình"),
                                              "giai-trinh.cchc", "CCHC (*.cchc)")
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """The same call the export button makes once a file is chosen."""
        self.flush()
        if path.suffix.lower() != ".cchc":
            path = path.with_suffix(".cchc")
        encrypt = self.encrypt_box.isChecked()
        self.export_button.setEnabled(False)
        from desktop.sync import appraisal as appraisal_sync

        def done(built: Any) -> None:
            if not _alive(self):
                return
            self.export_button.setEnabled(True)
            self._say(self.tr("Đã xuất gói giải trình và đọc lại để kiểm tra: %1 (%2 byte, mã %3). "
                              "Hãy gửi tệp này cho Sở Nội vụ.")
                      .replace("%1", str(built.path)).replace("%2", str(built.size))
                      .replace("%3", built.package_hash[:12]), ok=True)
            self.exported.emit({"path": str(built.path), "package_hash": built.package_hash})

        def failed(exc: BaseException) -> None:
            if not _alive(self):
                return
            self.export_button.setEnabled(True)
            if isinstance(exc, CchcError):
                self._say(sentence(exc, self.lang), ok=False)
                self.session.last_error = exc
                self.session.failed.emit(exc)
            else:
                self.session.show_error(exc)

        self.session.run_long(
            lambda ws, progress: appraisal_sync.export_explanation(ws, path, encrypt=encrypt),
            self.tr("Đang xuất gói giải trình…"), done, changes="packages", on_error=failed)

    def _say(self, text: str, *, ok: bool) -> None:
        self.result_label.setText(text)
        _colour(self.result_label, DONE if ok else OVERDUE)
        font = QFont(self.result_label.font())
        font.setBold(not ok)
        self.result_label.setFont(font)
        self.result_label.show()
