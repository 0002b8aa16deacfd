"""The campaign board at Sở Nội vụ ("Bảng theo dõi"): one row per enrolled unit with its stage
in the coordination cycle, the last package it sent, its self and appraised totals and the
flags that need attention (held in quarantine, late, overdue, changed after appraisal); the
counts per stage above the table (click one to filter), filters by group, stage and block, a
search box, and the list of units not received as a workbook.

The rows come from `desktop.models.coordination_views.board_snapshot` on the database thread;
filtering and sorting happen in a proxy model, without touching the database. A double click
(or Enter) on a row asks for the unit's appraisal (`unit_requested`)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.messages import sentence
from desktop.models import board, coordination_views
from desktop.models.dates import vn_date
from desktop.models.decimals import format_decimal
from desktop.models.errors import CchcError
from desktop.models.results import block_label
from desktop.models.rules import fold
from desktop.models.stages import STAGES
from desktop.ui.lazy import LazyRefresh
from desktop.ui.session import Session

CONTEXT = "Coordination"
STAGE_NAMES = {
    "not_received": QT_TRANSLATE_NOOP("Coordination", "Chưa nhận"),
    "received": QT_TRANSLATE_NOOP("Coordination", "Đã nhận"),
    "in_appraisal": QT_TRANSLATE_NOOP("Coordination", "Đang thẩm định"),
    "explanation_requested": QT_TRANSLATE_NOOP("Coordination", "Đã yêu cầu giải trình"),
    "explained": QT_TRANSLATE_NOOP("Coordination", "Đã giải trình"),
    "appraised": QT_TRANSLATE_NOOP("Coordination", "Đã thẩm định"),
    "approved": QT_TRANSLATE_NOOP("Coordination", "Đã phê duyệt"),
}
HELD_NAME = QT_TRANSLATE_NOOP("Coordination", "Đang giữ (cách ly)")
BLOCK_SHORT = {
    "departments": QT_TRANSLATE_NOOP("Coordination", "Sở, ban, ngành"),
    "central": QT_TRANSLATE_NOOP("Coordination", "Ngành dọc"),
    "communes": QT_TRANSLATE_NOOP("Coordination", "Cấp xã"),
}
PACKAGE_NAMES = {
    "submission": QT_TRANSLATE_NOOP("Coordination", "Gói tự đánh giá"),
    "enrolment": QT_TRANSLATE_NOOP("Coordination", "Đăng ký khóa"),
    "explanation": QT_TRANSLATE_NOOP("Coordination", "Giải trình"),
    "appraisal": QT_TRANSLATE_NOOP("Coordination", "Kết quả thẩm định"),
    "proposal": QT_TRANSLATE_NOOP("Coordination", "Đề xuất nhiệm vụ"),
    "receipt": QT_TRANSLATE_NOOP("Coordination", "Giấy báo nhận"),
}
ROW_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_BACKGROUND = QColor("#fdecea")   # the tasks view's soft red
HELD_BACKGROUND = QColor("#fff3cd")      # the inbox's calm amber for held packages
RED, AMBER, BLUE, GREY = QColor("#a4262c"), QColor("#8a5a00"), QColor("#1f5fa8"), QColor("#6b6b6b")
REFRESH_KINDS = ("all", "packages", "appraisal", "results", "campaign", "survey")

CODE, NAME, GROUP, BLOCK, STAGE, ROUND, PACKAGE, RECEIVED, SELF, APPRAISED, FLAGS = range(11)


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


def stage_name(stage: str) -> str:
    return tr(STAGE_NAMES.get(stage, stage))


def points(value: Decimal | str | None, lang: str = "vi", empty: str = "—") -> str:
    """Exact points the way the window writes them: 12,75 in Vietnamese, 12.75 in English."""
    if value is None:
        return empty
    text = format_decimal(Decimal(value)) or "0"
    return text.replace(".", ",") if lang == "vi" else text


def badge(colour: QColor, mark: str, size: int = 14) -> QIcon:
    """A small disc with a sign, drawn here so it never depends on a font having a symbol."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(0, 0, size, size)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(size - 3)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, mark)
    painter.end()
    return QIcon(pixmap)


def _flag_texts(row: board.BoardRow, lang: str) -> list[tuple[str, str]]:
    """(short text, tooltip sentence) for each flag of a row, most urgent first. (Literal
    `QCoreApplication.translate("Coordination", …)` calls, so lupdate files them under the
    context they are looked up in.)"""
    translate = QCoreApplication.translate
    days, changed = row.days_overdue, row.changed_after_appraisal
    flags = []
    if row.overdue == "self_scoring":
        flags.append((
            QCoreApplication.translate("Coordination", "Quá hạn %n ngày", None, days),
            translate("Coordination", "Đã quá hạn tự chấm điểm %1 mà chưa nhận được gói tự "
                      "đánh giá nào.").replace("%1", vn_date(row.deadline))))
    elif row.overdue == "explanation":
        flags.append((
            QCoreApplication.translate("Coordination", "Quá hạn giải trình %n ngày", None, days),
            translate("Coordination", "Đã quá hạn giải trình %1 mà chưa nhận được giải "
                      "trình.").replace("%1", vn_date(row.deadline))))
    if row.held:
        flags.append((tr(HELD_NAME), translate(
            "Coordination", "Có gói của đơn vị đang giữ trong khu cách ly (khóa chưa được "
            "duyệt, xung đột hoặc gửi sau khi đã phê duyệt); xem thẻ “Gói dữ liệu”.")))
    if row.late:
        flags.append((
            translate("Coordination", "Nộp muộn"),
            translate("Coordination", "Gói tự đánh giá gửi sau hạn tự chấm điểm %1.")
            .replace("%1", vn_date(row.late_deadline))))
    if row.changed_after_appraisal:
        flags.append((
            QCoreApplication.translate("Coordination", "Sửa sau thẩm định: %n", None, changed),
            QCoreApplication.translate("Coordination", "%n tiêu chí đơn vị sửa điểm tự đánh giá sau khi đã được thẩm định; xem lại ở thẻ “Thẩm định”.", None, changed)))  # noqa: E501 (one line, for lupdate)
    return flags


class BoardModel(QAbstractTableModel):
    """The board's rows (`board.BoardRow`). `SORT_ROLE` gives each column its natural order."""

    def __init__(self, lang: str = "vi", parent: Any = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.rows: list[board.BoardRow] = []
        self.group_names: dict[str, str] = {}
        self._folded: list[str] = []
        self.headers = [self.tr("Mã"), self.tr("Đơn vị"), self.tr("Nhóm"), self.tr("Khối"),
                        self.tr("Trạng thái"), self.tr("Vòng"), self.tr("Gói gần nhất"),
                        self.tr("Ngày nhận"), self.tr("Tự đánh\ngiá"), self.tr("Thẩm\nđịnh"),
                        self.tr("Cần chú ý")]
        self.icons = {"overdue": badge(RED, "!"), "held": badge(AMBER, "‖"),
                      "late": badge(AMBER, "!"), "changed": badge(BLUE, "✎"),
                      "approved": badge(QColor("#2e7d32"), "✓")}

    def set_rows(self, rows: list[board.BoardRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._folded = [fold(f"{r.code} {r.name}") for r in self.rows]
        self.endResetModel()

    def folded(self, row: int) -> str:
        return self._folded[row]

    def row_of(self, unit_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.unit_id == unit_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if role == Qt.ItemDataRole.ToolTipRole and section in (SELF, APPRAISED):
            return self.tr("Tổng cộng đơn giản: điểm các tiêu chí tự chấm (thẩm định: cộng cả "
                           "điểm điều tra xã hội học), chưa tính điểm thưởng, điểm trừ. Đơn vị "
                           "đã phê duyệt: điểm cuối cùng đã phê duyệt.")
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(row, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.overdue:
                return QBrush(OVERDUE_BACKGROUND)
            if row.held:
                return QBrush(HELD_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == FLAGS and row.overdue:
                return QBrush(RED)
            if column in (PACKAGE, RECEIVED) and row.last_package_type is None:
                return QBrush(GREY)
        if role == Qt.ItemDataRole.FontRole and column == APPRAISED and row.final_figures:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (ROUND, SELF, APPRAISED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: board.BoardRow, column: int) -> str:
        if column == CODE:
            return row.code
        if column == NAME:
            return row.name
        if column == GROUP:
            return row.group
        if column == BLOCK:
            return tr(BLOCK_SHORT.get(row.block, row.block))
        if column == STAGE:
            return stage_name(row.stage)
        if column == ROUND:
            return str(row.round) if row.round else "—"
        if column == PACKAGE:
            if row.last_package_type is None:
                return self.tr("(chưa có)")
            name = tr(PACKAGE_NAMES.get(row.last_package_type, row.last_package_type))
            if row.last_package_state not in (None, "accepted"):
                name = self.tr("%1 (đang giữ)").replace("%1", name)
            return name
        if column == RECEIVED:
            return vn_date(row.last_package_date)
        if column == SELF:
            return points(row.self_total, self.lang)
        if column == APPRAISED:
            return points(row.appraised_total, self.lang)
        return " · ".join(text for text, _ in _flag_texts(row, self.lang))

    def _sort_key(self, row: board.BoardRow, column: int) -> Any:
        if column == STAGE:
            return STAGES.index(row.stage) if row.stage in STAGES else len(STAGES)
        if column == ROUND:
            return row.round
        if column == RECEIVED:
            return row.last_package_date or ""
        if column in (SELF, APPRAISED):
            value = row.self_total if column == SELF else row.appraised_total
            return float(value) if value is not None else -1.0
        if column == FLAGS:
            return (-(row.overdue is not None) * 1000 - row.days_overdue - row.held * 100
                    - row.late * 10 - row.changed_after_appraisal)
        return fold(self._display(row, column))

    def _tooltip(self, row: board.BoardRow, column: int) -> str | None:
        if column == FLAGS:
            return "\n".join(text for _, text in _flag_texts(row, self.lang)) or None
        if column == STAGE and row.held:
            return self.tr("%1 — có gói đang giữ trong khu cách ly").replace(
                "%1", stage_name(row.stage))
        if column == APPRAISED and row.final_figures:
            return self.tr("Điểm cuối cùng đã phê duyệt (gồm điểm điều tra xã hội học, điểm "
                           "thưởng, điểm trừ).")
        if column == PACKAGE and row.last_package_state and row.last_package_state != "accepted":
            return self.tr("Gói này đang được giữ lại, chưa áp dụng.")
        if column == BLOCK:
            return block_label(row.block, self.lang)
        if column == GROUP and self.group_names.get(row.group):
            return f"{row.group} — {self.group_names[row.group]}"
        text = self._display(row, column)
        return text or None

    def _icon(self, row: board.BoardRow, column: int) -> QIcon | None:
        if column == STAGE:
            if row.held:
                return self.icons["held"]
            if row.stage == "approved":
                return self.icons["approved"]
        if column == FLAGS:
            if row.overdue:
                return self.icons["overdue"]
            if row.held:
                return self.icons["held"]
            if row.late:
                return self.icons["late"]
            if row.changed_after_appraisal:
                return self.icons["changed"]
        return None


class BoardFilter(QSortFilterProxyModel):
    """Group, stage (a stage, "held", "late", "overdue" or "changed"), block and words."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.group: str | None = None
        self.stage: str | None = None
        self.block: str | None = None
        self.words: list[str] = []
        self.setSortRole(SORT_ROLE)

    def set(self, **values: Any) -> None:
        self.beginFilterChange()
        for key, value in values.items():
            setattr(self, key, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, BoardModel)
        row = model.rows[source_row]
        if self.group is not None and row.group != self.group:
            return False
        if self.block is not None and row.block != self.block:
            return False
        if not self._stage_matches(row):
            return False
        text = model.folded(source_row)
        return all(word in text for word in self.words)

    def _stage_matches(self, row: board.BoardRow) -> bool:
        if self.stage is None:
            return True
        if self.stage == board.HELD:
            return row.held
        if self.stage == "late":
            return row.late
        if self.stage == "overdue":
            return row.overdue is not None
        if self.stage == "changed":
            return row.changed_after_appraisal > 0
        return row.stage == self.stage


class BoardView(LazyRefresh, QWidget):
    """The campaign board. `loaded` after fresh rows are shown; `unit_requested(unit id)` on a
    double click or Enter; `exported(path, count)` after the list of units not received."""

    refresh_kinds = REFRESH_KINDS

    loaded = Signal()
    unit_requested = Signal(str)
    exported = Signal(str, int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.snapshot: coordination_views.BoardSnapshot | None = None
        self._stale = True
        self._generation = 0
        self.model = BoardModel(session.lang, self)
        self.proxy = BoardFilter(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset,
                       self.proxy.layoutChanged):
            signal.connect(self._update_shown)
        session.changed.connect(self._on_changed)
        session.opened.connect(lambda _info: self._mark_stale())
        session.closed.connect(self._clear)

    # -- construction -------------------------------------------------------------------------
    def _build(self) -> None:
        self.count_buttons: dict[str, QToolButton] = {}
        counts = QHBoxLayout()
        counts.setSpacing(4)
        flags = QHBoxLayout()  # a second line, so the window still fits a 1280-pixel screen
        flags.setSpacing(4)
        for key in ("total", *STAGES, board.HELD, "late", "overdue"):
            button = QToolButton()
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.clicked.connect(lambda _=False, k=key: self._count_clicked(k))
            button.setToolTip(self.tr("Bấm để chỉ hiện các đơn vị này"))
            self.count_buttons[key] = button
            (flags if key in (board.HELD, "late", "overdue") else counts).addWidget(button)
        counts.addStretch(1)
        flags.addStretch(1)

        self.group_combo = QComboBox()
        self.group_combo.setToolTip(self.tr("Nhóm đơn vị (mỗi nhóm dùng một bộ tiêu chí)"))
        self.stage_combo = QComboBox()
        self.stage_combo.addItem(self.tr("Tất cả"), None)
        for stage in STAGES:
            self.stage_combo.addItem(stage_name(stage), stage)
        for key, text in ((board.HELD, tr(HELD_NAME)), ("late", self.tr("Nộp muộn")),
                          ("overdue", self.tr("Quá hạn")),
                          ("changed", self.tr("Sửa sau thẩm định"))):
            self.stage_combo.addItem(text, key)
        self.block_combo = QComboBox()
        self.block_combo.setToolTip(self.tr("Khối xếp hạng: Sở, ban, ngành; Cơ quan ngành dọc; "
                                            "UBND cấp xã"))
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Mã hoặc tên đơn vị…"))
        self.search_edit.setToolTip(self.tr("Gõ có dấu hay không dấu đều được"))
        self.group_combo.currentIndexChanged.connect(
            lambda _: self._filter(group=self.group_combo.currentData()))
        self.stage_combo.currentIndexChanged.connect(
            lambda _: self._filter(stage=self.stage_combo.currentData()))
        self.block_combo.currentIndexChanged.connect(
            lambda _: self._filter(block=self.block_combo.currentData()))
        self.search_edit.textChanged.connect(lambda text: self._filter(words=fold(text).split()))
        self.export_button = QPushButton(self.tr("Xuất danh sách chưa nộp…"))
        self.export_button.setToolTip(self.tr("Lưu danh sách các đơn vị chưa nộp thành tệp Excel "
                                              "(.xlsx) kèm hạn và số ngày quá hạn"))
        self.export_button.clicked.connect(self.choose_export_path)
        filters = QHBoxLayout()
        for text, widget, stretch in ((self.tr("&Nhóm:"), self.group_combo, 0),
                                      (self.tr("&Trạng thái:"), self.stage_combo, 0),
                                      (self.tr("&Khối:"), self.block_combo, 0),
                                      (self.tr("Tìm &kiếm:"), self.search_edit, 1)):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget, stretch)
            filters.addSpacing(6)
        filters.addWidget(self.export_button)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CODE, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setToolTip(self.tr("Nhấp đúp hoặc Enter: mở thẩm định của đơn vị"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(300)
        header.setHighlightSections(False)
        self.table.activated.connect(self._activated)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.shown_label = QLabel()
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.shown_label)

        layout = QVBoxLayout(self)
        layout.addLayout(counts)
        layout.addLayout(flags)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self._show_counts()

    # -- loading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Load the board on the database thread."""
        campaign_id = self.session.campaign_id
        if not self.session.is_open or campaign_id is None:
            self._clear()
            return
        self._stale = False
        self._generation += 1
        generation = self._generation
        self.session.run(lambda ws: coordination_views.board_snapshot(ws, campaign_id),
                         lambda snapshot: self._show(generation, snapshot))

    def _show(self, generation: int, snapshot: coordination_views.BoardSnapshot) -> None:
        if generation != self._generation:
            return
        current = self.current_row()
        self.snapshot = snapshot
        self.model.group_names = dict(snapshot.groups)
        self.model.set_rows(snapshot.rows)
        self._fill_choices(snapshot)
        self._show_counts()
        self._size_columns()
        if current is not None:
            self.select_unit(current.unit_id)
        self.loaded.emit()

    def _clear(self) -> None:
        self._generation += 1
        self.snapshot = None
        self.model.set_rows([])
        self._show_counts()

    def _fill_choices(self, snapshot: coordination_views.BoardSnapshot) -> None:
        for combo, items in (
                (self.group_combo, [(f"{code} — {name}" if name != code else code, code)
                                    for code, name in snapshot.groups]),
                (self.block_combo, [(block_label(b, self.session.lang), b)
                                    for b in snapshot.blocks])):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("Tất cả"), None)
            for text, key in items:
                combo.addItem(text, key)
            combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen else 0)
            combo.blockSignals(False)
        self._filter(group=self.group_combo.currentData(), block=self.block_combo.currentData())

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        for column in range(self.model.columnCount()):
            if column == NAME:
                continue
            floor = max(metrics.horizontalAdvance(line)
                        for line in self.model.headers[column].splitlines()) + 26
            width = self.table.sizeHintForColumn(column) + 8
            header.resizeSection(column, max(width, floor))

    def _show_counts(self) -> None:
        counts = self.snapshot.counts if self.snapshot else {}
        names = {"total": self.tr("Tất cả"), board.HELD: tr(HELD_NAME),
                 "late": self.tr("Nộp muộn"), "overdue": self.tr("Quá hạn")}
        for key, button in self.count_buttons.items():
            name = names.get(key) or stage_name(key)
            number = counts.get(key, 0)
            button.setText(f"{name}: {number}")
            button.setEnabled(bool(number) or key == "total")
            font = button.font()
            font.setBold(key in ("overdue", board.HELD) and number > 0)
            button.setFont(font)
        self._sync_count_buttons()

    def _sync_count_buttons(self) -> None:
        chosen = self.proxy.stage or "total"
        for key, button in self.count_buttons.items():
            button.setChecked(key == chosen)

    def _update_shown(self, *_: object) -> None:
        self.shown_label.setText(self.tr("Hiển thị %1/%2 đơn vị")
                                 .replace("%1", str(self.proxy.rowCount()))
                                 .replace("%2", str(self.model.rowCount())))

    # -- filtering ----------------------------------------------------------------------------
    def _filter(self, **values: Any) -> None:
        self.proxy.set(**values)
        self._sync_count_buttons()

    def _count_clicked(self, key: str) -> None:
        stage = None if key == "total" else key
        self.stage_combo.setCurrentIndex(max(self.stage_combo.findData(stage), 0))
        self._sync_count_buttons()

    def set_stage_filter(self, stage: str | None) -> None:
        self._count_clicked(stage or "total")

    # -- rows and actions ---------------------------------------------------------------------
    def current_row(self) -> board.BoardRow | None:
        index = self.table.currentIndex()
        return self.proxy.data(index, ROW_ROLE) if index.isValid() else None

    def select_unit(self, unit_id: str) -> bool:
        row = self.model.row_of(unit_id)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else QModelIndex()
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
        return index.isValid()

    def visible_codes(self) -> list[str]:
        return [self.proxy.data(self.proxy.index(r, CODE)) for r in range(self.proxy.rowCount())]

    def _activated(self, index: QModelIndex) -> None:
        row = self.proxy.data(index, ROW_ROLE)
        if row is not None:
            self.unit_requested.emit(row.unit_id)

    def choose_export_path(self) -> None:
        today = dt.date.today().strftime("%d-%m-%Y")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Lưu danh sách đơn vị chưa nộp"),
            f"don-vi-chua-nop-{today}.xlsx", self.tr("Tệp Excel (*.xlsx)"))
        if path:
            self.export_missing_to(Path(path))

    def export_missing_to(self, path: Path) -> None:
        """The call the button makes once a file is chosen."""
        campaign_id = self.session.campaign_id
        if campaign_id is None:
            return
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")

        def done(count: int) -> None:
            self.message.setText(self.tr("Đã lưu %n đơn vị chưa nộp vào %1.", None, count)
                                 .replace("%1", str(path)))
            self.exported.emit(str(path), count)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, CchcError):
                self.message.setText(sentence(exc, self.session.lang))
                self.session.last_error = exc
                self.session.failed.emit(exc)
            else:
                self.session.show_error(exc)

        self.session.run(lambda ws: board.export_missing(ws, campaign_id, path), done, failed)
