"""The tasks view: the unit's CCHC duties and tasks in a sortable, filterable table, the
province-plan figures that feed the suggested scores, and the actions add / edit / mark done.

Every read and write goes through `session.run` on the database thread; this module only holds
the `Task` values the services hand out. The table is a Qt model over those dataclasses with a
proxy for sorting and filtering, so filtering never touches the database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QIcon, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models import tasks
from desktop.models.dates import today, vn_date
from desktop.models.decimals import format_decimal
from desktop.models.entities import Task
from desktop.models.rules import fold
from desktop.models.store import Workspace
from desktop.ui.session import Session
from desktop.ui.task_dialog import TaskDialog

TASK_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OPEN_STATUSES = ("not_started", "in_progress")
STATUS_ORDER = {"not_started": 0, "in_progress": 1, "done": 2, "cancelled": 3}
OVERDUE_BACKGROUND = QColor("#fdecea")  # a soft red: marks the row without shouting
OVERDUE_TEXT = QColor("#a4262c")
MUTED_TEXT = QColor("#6b6b6b")
NO_DEADLINE_KEY = "9999-12-31"  # tasks without a deadline sort after every dated one

TITLE, SOURCE, OWNER, DEADLINE, STATUS, PROGRESS, COMPLETED, EXPECTED = range(8)


def _overdue_icon() -> QIcon:
    """A small red disc with "!", drawn here so it never depends on a font having a symbol."""
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(OVERDUE_TEXT)
    painter.drawEllipse(0, 0, 14, 14)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(11)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, "!")
    painter.end()
    return QIcon(pixmap)


def load_tasks(ws: Workspace, unit_id: str, campaign_id: str | None
               ) -> tuple[list[Task], tasks.TaskFigures | None]:
    """One read on the database thread: the unit's tasks and the plan figures, consistent
    with each other."""
    figures = tasks.task_figures(ws, campaign_id, unit_id) if campaign_id else None
    return tasks.list_tasks(ws, unit_id=unit_id), figures


class TasksModel(QAbstractTableModel):
    """The table over `Task` values. `SORT_ROLE` gives each column its natural order (dates
    as dates, progress as a number, statuses in their working order)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._tasks: list[Task] = []
        self._folded: list[str] = []
        self._icon = _overdue_icon()
        # two-line headers keep the narrow columns narrow, so titles get the width
        self.headers = [self.tr("Nhiệm vụ"), self.tr("Nguồn"),
                        self.tr("Người/bộ phận\nphụ trách"), self.tr("Hạn"),
                        self.tr("Trạng thái"), self.tr("Tiến độ\n%"),
                        self.tr("Ngày\nhoàn thành"), self.tr("Sản phẩm đầu ra")]
        self.sources = {"province_plan": self.tr("Kế hoạch tỉnh"), "own": self.tr("Của đơn vị")}
        self.statuses = {"not_started": self.tr("Chưa bắt đầu"),
                         "in_progress": self.tr("Đang thực hiện"),
                         "done": self.tr("Hoàn thành"), "cancelled": self.tr("Đã hủy")}

    # -- content ------------------------------------------------------------------------------
    def set_tasks(self, task_list: Sequence[Task]) -> None:
        self.beginResetModel()
        self._tasks = list(task_list)
        self._folded = [fold(" ".join((t.title, t.source_ref, t.owner, t.notes,
                                       t.expected_output, self.sources.get(t.source, ""))))
                        for t in self._tasks]
        self.endResetModel()

    def task(self, row: int) -> Task:
        return self._tasks[row]

    def tasks(self) -> list[Task]:
        return list(self._tasks)

    def folded_text(self, row: int) -> str:
        return self._folded[row]

    def row_of(self, task_id: str) -> int:
        return next((row for row, t in enumerate(self._tasks) if t.id == task_id), -1)

    def owners(self) -> list[str]:
        return sorted({t.owner for t in self._tasks if t.owner}, key=fold)

    # -- Qt model -----------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._tasks)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        task, column = self._tasks[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(task, column)
        if role == SORT_ROLE:
            return self._sort_key(task, column)
        if role == TASK_ROLE:
            return task
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(task, column)
        if role == Qt.ItemDataRole.BackgroundRole and task.overdue:
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if task.overdue and column == DEADLINE:
                return QBrush(OVERDUE_TEXT)
            if task.status == "cancelled":
                return QBrush(MUTED_TEXT)
        if role == Qt.ItemDataRole.FontRole and task.overdue and column == DEADLINE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and task.overdue and column == DEADLINE:
            return self._icon
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (PROGRESS,):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, task: Task, column: int) -> str:
        if column == TITLE:
            return task.title
        if column == SOURCE:
            return self.sources.get(task.source, task.source)
        if column == OWNER:
            return task.owner
        if column == DEADLINE:
            return vn_date(task.deadline)
        if column == STATUS:
            return self.statuses.get(task.status, task.status)
        if column == PROGRESS:
            return f"{task.progress} %"
        if column == EXPECTED:
            return task.expected_output
        return vn_date(task.completed_on)

    def _sort_key(self, task: Task, column: int) -> Any:
        if column == DEADLINE:
            return task.deadline or NO_DEADLINE_KEY
        if column == COMPLETED:
            return task.completed_on or NO_DEADLINE_KEY
        if column == PROGRESS:
            return task.progress
        if column == STATUS:
            return STATUS_ORDER.get(task.status, len(STATUS_ORDER))
        return fold(self._display(task, column))

    def _tooltip(self, task: Task, column: int) -> str | None:
        if column == DEADLINE and task.overdue and task.deadline:
            late = (today() - dt.date.fromisoformat(task.deadline)).days
            return self.tr("Quá hạn %1 ngày").replace("%1", str(late))
        if column == TITLE:
            lines = [task.title]
            if task.source_ref:
                lines.append(self.tr("Văn bản giao: %1").replace("%1", task.source_ref))
            if task.expected_output:
                lines.append(self.tr("Sản phẩm đầu ra: %1").replace("%1", task.expected_output))
            if task.notes:
                lines.append(task.notes)
            return "\n".join(lines)
        return self._display(task, column) or None


class _AiryDelegate(QStyledItemDelegate):
    """Rows sized to their text (wrapped titles take two lines) but never cramped."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 12)


class TasksFilter(QSortFilterProxyModel):
    """What the filter row asks for: a kind (overdue, due this month, a status), an owner
    ("" = tasks nobody owns yet) and words that must all appear, accents ignored."""

    KINDS = ("all", "overdue", "due_month", "not_started", "in_progress", "done", "cancelled")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.kind = "all"
        self.owner: str | None = None
        self.words: list[str] = []
        self.setSortRole(SORT_ROLE)

    def set_kind(self, kind: str) -> None:
        self._change(lambda: setattr(self, "kind", kind))

    def set_owner(self, owner: str | None) -> None:
        self._change(lambda: setattr(self, "owner", owner))

    def set_search(self, text: str) -> None:
        self._change(lambda: setattr(self, "words", fold(text).split()))

    def _change(self, apply: Any) -> None:
        self.beginFilterChange()
        apply()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, TasksModel)
        task = model.task(source_row)
        if self.owner is not None and task.owner != self.owner:
            return False
        if not self._kind_matches(task):
            return False
        text = model.folded_text(source_row)
        return all(word in text for word in self.words)

    def _kind_matches(self, task: Task) -> bool:
        if self.kind == "all":
            return True
        if self.kind == "overdue":
            return task.overdue
        if self.kind == "due_month":
            month = today().isoformat()[:7]
            return task.status in OPEN_STATUSES and (task.deadline or "")[:7] == month
        return task.status == self.kind


class TasksView(QWidget):
    """The unit's tasks. `loaded` is emitted each time fresh data from the database is shown;
    `dialog_opened` hands out the edit dialog (tests fill it in like a user would)."""

    loaded = Signal()
    dialog_opened = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.dialog: TaskDialog | None = None
        self.figures: tasks.TaskFigures | None = None
        self._generation = 0
        self._select_id: str | None = None

        self.model = TasksModel(self)
        self.proxy = TasksFilter(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)

        session.changed.connect(self._on_changed)
        session.opened.connect(self.refresh)
        session.closed.connect(self._clear)
        if session.is_open:
            self.refresh()

    # -- construction -------------------------------------------------------------------------
    def _build(self) -> None:
        self.figures_label = QLabel()
        self.figures_label.setObjectName("tasksFigures")
        self.figures_label.setWordWrap(True)
        self.figures_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.figures_note = QLabel()
        self.figures_note.setObjectName("tasksFiguresNote")
        self.figures_note.setWordWrap(True)
        strip = QWidget()
        strip.setObjectName("tasksStrip")
        strip.setStyleSheet(
            "#tasksStrip { background: #eef4fb; border: 1px solid #c9dcf0; border-radius: 4px; }"
            "#tasksFigures { font-weight: bold; color: #1b3a5c; }"
            "#tasksFiguresNote { color: #4a5d70; }")
        strip_layout = QVBoxLayout(strip)
        strip_layout.setContentsMargins(10, 6, 10, 6)
        strip_layout.setSpacing(2)
        strip_layout.addWidget(self.figures_label)
        strip_layout.addWidget(self.figures_note)

        self.add_action = self._action(self.tr("Thêm nhiệm vụ"), [QKeySequence(Qt.Key.Key_Insert)],
                                       self.tr("Thêm nhiệm vụ mới (Insert)"), self.add_task)
        self.edit_action = self._action(self.tr("Sửa"), [QKeySequence(Qt.Key.Key_F2)],
                                        self.tr("Sửa nhiệm vụ đang chọn (Enter hoặc F2, "
                                                "hoặc nhấp đúp)"), self.edit_task)
        self.done_action = self._action(
            self.tr("Đánh dấu hoàn thành"), [QKeySequence("Ctrl+D")],
            self.tr("Đánh dấu nhiệm vụ đang chọn đã hoàn thành hôm nay (Ctrl+D)"), self.mark_done)

        self.add_button = self._button(self.add_action)
        self.edit_button = self._button(self.edit_action)
        self.done_button = self._button(self.done_action)
        self.count_label = QLabel()
        self.count_label.setObjectName("tasksCount")
        self.count_label.setStyleSheet("#tasksCount { color: #4a5d70; }")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.done_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)

        self.kind_combo = QComboBox()
        kinds = {"all": self.tr("Tất cả"), "overdue": self.tr("Quá hạn"),
                 "due_month": self.tr("Đến hạn trong tháng này"),
                 "not_started": self.tr("Chưa bắt đầu"), "in_progress": self.tr("Đang thực hiện"),
                 "done": self.tr("Hoàn thành"), "cancelled": self.tr("Đã hủy")}
        for key in TasksFilter.KINDS:
            self.kind_combo.addItem(kinds[key], key)
        self.kind_combo.setToolTip(self.tr(
            "“Đến hạn trong tháng này”: nhiệm vụ chưa xong có hạn trong tháng hiện tại."))
        self.kind_combo.currentIndexChanged.connect(
            lambda _: self.proxy.set_kind(self.kind_combo.currentData()))
        self.owner_combo = QComboBox()
        self.owner_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.owner_combo.setMinimumContentsLength(18)
        self.owner_combo.addItem(self.tr("Tất cả"), None)
        self.owner_combo.currentIndexChanged.connect(
            lambda _: self.proxy.set_owner(self.owner_combo.currentData()))
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Tên, số văn bản, người phụ trách…"))
        self.search_edit.setToolTip(self.tr("Tìm theo tên, số văn bản giao, người phụ trách, "
                                            "ghi chú; gõ có dấu hay không dấu đều được "
                                            "(Alt+K). Enter để trở về bảng."))
        self.search_edit.textChanged.connect(self.proxy.set_search)
        self.search_edit.returnPressed.connect(self._search_done)
        filters = QHBoxLayout()
        for text, widget, stretch in ((self.tr("&Hiển thị:"), self.kind_combo, 0),
                                      (self.tr("&Phụ trách:"), self.owner_combo, 0),
                                      (self.tr("Tìm &kiếm:"), self.search_edit, 1)):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget, stretch)
            filters.addSpacing(8)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        # long titles and department names wrap onto a second line instead of being cut;
        # the tooltip still shows the whole title with its document reference and notes
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setItemDelegate(_AiryDelegate(self.table))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DEADLINE, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setToolTip(self.tr("Insert: thêm · Enter/F2: sửa · Ctrl+D: hoàn thành"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        header.moveSection(EXPECTED, TITLE + 1)  # the province's expected output, by the title
        self.table.activated.connect(lambda _: self.edit_task())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())

        layout = QVBoxLayout(self)
        layout.addWidget(strip)
        layout.addLayout(buttons)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self.setTabOrder(self.table, self.add_button)
        self._show_figures(None)
        self._update_actions()
        self._update_count()

    def _action(self, text: str, keys: list[QKeySequence], tip: str, slot: Any) -> QAction:
        action = QAction(text, self)
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if tip:
            action.setToolTip(tip)
        action.triggered.connect(lambda _=False: slot())
        self.addAction(action)
        return action

    def _button(self, action: QAction) -> QPushButton:
        button = QPushButton(action.text())
        button.setToolTip(action.toolTip())
        button.clicked.connect(action.trigger)
        action.enabledChanged.connect(button.setEnabled)
        button.setEnabled(action.isEnabled())
        return button

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        for column in range(1, self.model.columnCount()):
            # the cells' own width, and the header's text with room for the sort arrow
            floor = max(metrics.horizontalAdvance(line)
                        for line in self.model.headers[column].splitlines()) + 28
            width = self.table.sizeHintForColumn(column) + 6  # air between columns
            if column in (OWNER, EXPECTED):  # long texts wrap or elide; the tooltip has them
                width = min(width, metrics.averageCharWidth() * 28)
            header.resizeSection(column, max(width, floor))

    # -- loading ------------------------------------------------------------------------------
    def refresh(self, *_: object) -> None:
        """Reload the unit's tasks and the plan figures on the database thread."""
        if not self.session.is_open:
            self._clear()
            return
        self._generation += 1
        generation = self._generation
        unit_id, campaign_id = self.session.unit_id, self.session.campaign_id
        current = self.current_task()
        if current is not None and self._select_id is None:
            self._select_id = current.id
        self.session.run(lambda ws: load_tasks(ws, unit_id, campaign_id),
                         lambda result: self._show(generation, result))

    def _on_changed(self, what: str) -> None:
        if what in ("tasks", "all", "campaign"):
            self.refresh()

    def _show(self, generation: int,
              result: tuple[list[Task], tasks.TaskFigures | None]) -> None:
        if generation != self._generation:  # a newer load is on its way
            return
        task_list, figures = result
        had_focus = self.table.hasFocus()
        self.model.set_tasks(task_list)
        # the column only when some task has an expected output (the province's plan gives it)
        self.table.setColumnHidden(EXPECTED, not any(t.expected_output for t in task_list))
        self._fill_owners()
        self._show_figures(figures)
        self._size_columns()
        self._reselect(had_focus)
        self._update_actions()
        self.loaded.emit()

    def _clear(self) -> None:
        self._generation += 1
        self.model.set_tasks([])
        self._fill_owners()
        self._show_figures(None)
        self._update_actions()

    def _fill_owners(self) -> None:
        chosen = self.owner_combo.currentData()
        self.owner_combo.blockSignals(True)
        self.owner_combo.clear()
        self.owner_combo.addItem(self.tr("Tất cả"), None)
        for owner in self.model.owners():
            self.owner_combo.addItem(owner, owner)
        if any(not t.owner for t in self.model.tasks()):
            self.owner_combo.addItem(self.tr("(Chưa giao)"), "")
        index = self.owner_combo.findData(chosen) if chosen is not None else 0
        self.owner_combo.setCurrentIndex(max(index, 0))
        self.owner_combo.blockSignals(False)
        self.proxy.set_owner(self.owner_combo.currentData())

    def _reselect(self, focus: bool) -> None:
        wanted, self._select_id = self._select_id, None
        row = self.model.row_of(wanted) if wanted else -1
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else QModelIndex()
        if not index.isValid() and self.proxy.rowCount():
            index = self.proxy.index(0, 0)
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
        if focus:
            self.table.setFocus()

    def _show_figures(self, figures: tasks.TaskFigures | None) -> None:
        self.figures = figures
        if figures is None:
            self.figures_label.setText(self.tr(
                "Kế hoạch tỉnh: chưa có đợt đánh giá đang mở nên chưa tính được số liệu."))
            self.figures_note.setText("")
            self.figures_note.hide()
            return
        if not figures.total:
            self.figures_label.setText(self.tr("Kế hoạch tỉnh: chưa có nhiệm vụ nào của năm %1.")
                                       .replace("%1", str(figures.year)))
        else:
            self.figures_label.setText(
                self.tr("Kế hoạch tỉnh: %1/%2 nhiệm vụ hoàn thành đúng hạn (%3%) · %4 quá hạn")
                .replace("%1", str(figures.on_time)).replace("%2", str(figures.total))
                .replace("%3", self._number(format_decimal(figures.rate) or "0"))
                .replace("%4", str(figures.late)))
        codes = [*figures.rate_codes, *figures.late_codes]
        note = ""
        if codes:
            note = self.tr("Gợi ý điểm cho tiêu chí %1.").replace("%1", ", ".join(codes)) + " "
        note += self.tr("Tính nhiệm vụ kế hoạch tỉnh năm %1, trừ nhiệm vụ đã hủy; quá hạn gồm "
                        "cả nhiệm vụ hoàn thành sau hạn.").replace("%1", str(figures.year))
        self.figures_note.setText(note)
        self.figures_note.show()

    def _number(self, text: str) -> str:
        return text.replace(".", ",") if self.session.lang == "vi" else text

    def _update_count(self, *_: object) -> None:
        self.count_label.setText(self.tr("Hiển thị %1/%2 nhiệm vụ")
                                 .replace("%1", str(self.proxy.rowCount()))
                                 .replace("%2", str(self.model.rowCount())))
        self._update_actions()

    def _update_actions(self) -> None:
        task = self.current_task()
        self.add_action.setEnabled(self.session.is_open)
        self.edit_action.setEnabled(task is not None)
        self.done_action.setEnabled(task is not None and task.status != "done")

    # -- actions ------------------------------------------------------------------------------
    def current_task(self) -> Task | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.proxy.data(index, TASK_ROLE)

    def select_task(self, task_id: str) -> bool:
        row = self.model.row_of(task_id)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else QModelIndex()
        if index.isValid():
            self.table.setCurrentIndex(index)
        return index.isValid()

    def add_task(self) -> None:
        if self.session.is_open:
            self._open_dialog(None)

    def edit_task(self) -> None:
        task = self.current_task()
        if task is not None:
            self._open_dialog(task)

    def mark_done(self) -> None:
        task = self.current_task()
        if task is None or task.status == "done":
            return
        self._select_id = task.id
        self.session.run(lambda ws: tasks.update_task(ws, task.id, status="done"),
                         changes="tasks")

    def _search_done(self) -> None:
        """Enter in the search box: back to the table, on the first match if the row that
        was current is filtered out."""
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_dialog(self, task: Task | None) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            return
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = TaskDialog(self.session, task, self.model.owners(), self)
        self.dialog.saved.connect(self._saved)
        self.dialog.finished.connect(self._back_to_table)
        self.dialog.open()
        self.dialog_opened.emit(self.dialog)

    def _back_to_table(self) -> None:
        """After the dialog the keyboard is back on the table (some window managers, and the
        offscreen platform, leave no window active when a dialog closes)."""
        self.window().activateWindow()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _saved(self, task: Task) -> None:
        # the refresh that follows (session.changed) shows it; keep it selected
        self._select_id = task.id
