"""The criteria tree on the left of the self-assessment: areas, criteria and sub-criteria with
a status mark and "self / max" points, a filter by status and an accent-insensitive search.

It shows a `scoring.Scoresheet` snapshot and never reads the database itself; after a change
the view hands it a new snapshot and only the texts and marks are updated."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from desktop.models.decimals import format_decimal
from desktop.models.rules import fold
from desktop.models.scoring import Line, Scoresheet

CODE_ROLE = Qt.ItemDataRole.UserRole
STATUS_COLOURS = {
    "not_started": "#b0b7c3",
    "scored": "#2e7d32",
    "needs_explanation": "#e65100",
    "has_evidence": "#1565c0",
    "locked": "#6d4c41",
}
FILTERS = ("all", "unfinished", "needs_explanation", "scored", "no_evidence")


def dot_icon(colour: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


def line_state(line: Line, locked: bool) -> str:
    """The mark a line gets: locked, needs an explanation, scored with evidence, scored,
    not started. Parents take the worst state of their leaves."""
    if locked or not line.criterion.self_scored:
        return "locked"
    if line.status == "needs_explanation":
        return "needs_explanation"
    if line.score is not None:
        return "has_evidence" if line.evidence else "scored"
    return "not_started"


def is_unfinished(line: Line) -> bool:
    return bool(line.criterion.self_scored) and (
        line.score is None or line.status == "needs_explanation")


class CriteriaTree(QWidget):
    criterion_selected = Signal(str)

    def __init__(self, lang: str = "vi", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.sheet: Scoresheet | None = None
        self.locked = False
        self.items: dict[str, QTreeWidgetItem] = {}
        self.leaves: list[str] = []
        self._order: list[str] | None = None  # visible codes in tree order, cached
        self._icons = {state: dot_icon(colour) for state, colour in STATUS_COLOURS.items()}
        self._state_names = {
            "not_started": self.tr("Chưa chấm"), "scored": self.tr("Đã chấm"),
            "needs_explanation": self.tr("Cần giải trình"),
            "has_evidence": self.tr("Đã chấm, có tài liệu kiểm chứng"),
            "locked": self.tr("Không tự chấm hoặc đã khóa"),
        }

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm mã hoặc tên tiêu chí (không cần dấu)…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.apply_filter)
        self.filter = QComboBox()
        for key, text in zip(FILTERS, (self.tr("Tất cả"), self.tr("Chưa xong"),
                                       self.tr("Cần giải trình"), self.tr("Đã chấm"),
                                       self.tr("Chưa có tài liệu")), strict=True):
            self.filter.addItem(text, key)
        self.filter.currentIndexChanged.connect(self.apply_filter)

        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Tiêu chí"), self.tr("Điểm")])
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(self._current_changed)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)

    # -- data ---------------------------------------------------------------------------------
    def number(self, value: object) -> str:
        text = format_decimal(value) if value is not None else "—"  # type: ignore[arg-type]
        return text.replace(".", ",") if self.lang == "vi" else text

    def set_sheet(self, sheet: Scoresheet, *, locked: bool = False) -> None:
        """Show a snapshot. The first call builds the tree; later calls only update texts."""
        self.sheet, self.locked = sheet, locked
        codes = [line.criterion.code for line in sheet.lines]
        if codes != list(self.items):
            self._build(sheet)
        for line in sheet.lines:
            self._update_item(self.items[line.criterion.code], line)
        self._mark_parents()
        self.apply_filter()

    def _build(self, sheet: Scoresheet) -> None:
        current = self.current_code()
        self._order = None
        self.tree.clear()
        self.items.clear()
        parents: dict[str, QTreeWidgetItem] = {}
        for line in sheet.lines:
            node = line.criterion
            item = QTreeWidgetItem([f"{node.code}  {node.title}", ""])
            item.setData(0, CODE_ROLE, node.code)
            item.setToolTip(0, f"{node.code} — {node.title}")
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if node.kind == "area":
                font = item.font(0)
                font.setBold(True)
                item.setFont(0, font)
                item.setFont(1, font)
            parent = parents.get(node.code.rsplit(".", 1)[0]) if "." in node.code else None
            (parent.addChild(item) if parent else self.tree.addTopLevelItem(item))
            parents[node.code] = item
            self.items[node.code] = item
        leaves_parents = {line.criterion.parent_id for line in sheet.lines}
        self.leaves = [line.criterion.code for line in sheet.lines
                       if line.criterion.id not in leaves_parents]
        self.tree.expandAll()
        if current in self.items:
            self.tree.setCurrentItem(self.items[current])

    def _update_item(self, item: QTreeWidgetItem, line: Line) -> None:
        node = line.criterion
        item.setText(1, f"{self.number(line.score)} / {self.number(node.maximum)}")
        state = line_state(line, self.locked)
        item.setData(1, CODE_ROLE, state)
        item.setIcon(0, self._icons[state])
        item.setToolTip(1, self._state_names[state])

    def _mark_parents(self) -> None:
        """A parent shows the worst state below it, so an area with a criterion that needs an
        explanation is visible while collapsed."""
        order = ("needs_explanation", "not_started", "scored", "has_evidence", "locked")
        assert self.sheet is not None
        for line in reversed(self.sheet.lines):
            item = self.items[line.criterion.code]
            if item.childCount() == 0:
                continue
            states = [item.child(i).data(1, CODE_ROLE) for i in range(item.childCount())]
            worst = min(states, key=order.index)
            item.setData(1, CODE_ROLE, worst)
            item.setIcon(0, self._icons[worst])
            item.setToolTip(1, self._state_names[worst])

    # -- filter and search --------------------------------------------------------------------
    def _matches(self, line: Line, key: str, needle: str) -> bool:
        if needle and needle not in fold(f"{line.criterion.code} {line.criterion.title}"):
            return False
        if key == "unfinished":
            return is_unfinished(line)
        if key == "needs_explanation":
            return line.status == "needs_explanation"
        if key == "scored":
            return line.score is not None
        if key == "no_evidence":
            return bool(line.criterion.self_scored) and line.evidence == 0
        return True

    def apply_filter(self) -> None:
        if self.sheet is None:
            return
        key = self.filter.currentData()
        needle = fold(self.search.text())
        lines = {line.criterion.code: line for line in self.sheet.lines}
        visible: set[str] = set()
        for code in self.leaves:
            if self._matches(lines[code], key, needle):
                visible.add(code)
                parts = code.split(".")
                visible.update(".".join(parts[:i]) for i in range(1, len(parts)))
        if needle and key == "all":  # a search may also match a parent by its own title
            for code, line in lines.items():
                if needle in fold(f"{code} {line.criterion.title}"):
                    visible.add(code)
                    parts = code.split(".")
                    visible.update(".".join(parts[:i]) for i in range(1, len(parts)))
        for code, item in self.items.items():
            item.setHidden(code not in visible)
        self._order = [code for code in self.items if code in visible]

    # -- navigation ---------------------------------------------------------------------------
    def current_code(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, CODE_ROLE) if item else None

    def select(self, code: str) -> None:
        item = self.items.get(code)
        if item is not None:
            if item.isHidden():  # jumping to a filtered-out criterion shows everything again
                self.search.clear()
                self.filter.setCurrentIndex(0)
            self.tree.setCurrentItem(item)
            self.tree.scrollToItem(item)

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.criterion_selected.emit(current.data(0, CODE_ROLE))

    def visible_order(self) -> list[str]:
        if self._order is not None:
            return self._order
        codes = []
        iterator = QTreeWidgetItemIterator(self.tree)
        while iterator.value():
            item = iterator.value()
            if not item.isHidden():
                codes.append(item.data(0, CODE_ROLE))
            iterator += 1
        return codes

    def step(self, offset: int) -> None:
        """Previous/next criterion in the visible order (areas included)."""
        order = self.visible_order()
        if not order:
            return
        current = self.current_code()
        index = order.index(current) if current in order else -1
        self.select(order[max(0, min(len(order) - 1, index + offset))])

    def next_unfinished(self) -> bool:
        """The next leaf, after the current one and wrapping round, that is not scored or
        still needs an explanation. False when everything is finished."""
        if self.sheet is None:
            return False
        lines = {line.criterion.code: line for line in self.sheet.lines}
        current = self.current_code()
        start = self.leaves.index(current) + 1 if current in self.leaves else 0
        for code in self.leaves[start:] + self.leaves[:start]:
            if is_unfinished(lines[code]):
                self.select(code)
                return True
        return False
