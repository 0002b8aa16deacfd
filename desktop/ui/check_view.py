"""Check before submitting (Kiểm tra trước khi nộp): the errors that block the export and the
warnings worth a look, grouped, one sentence each; Enter or a double-click on an item asks the
main window to open its criterion (`criterion_requested`).

The list comes from `desktop.models.precheck` on the database thread, fetched again whenever
the assessment, the evidence or the campaign changes (only while the view is visible — a
hidden view catches up when shown). The sentences are `desktop.messages.item_sentence`'s."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.messages import item_sentence, sentence
from desktop.models.errors import CchcError
from desktop.models.precheck import CheckItem, can_submit

ERROR_COLOUR = QColor("#a8322d")
WARNING_COLOUR = QColor("#8a5a00")
OK_COLOUR = QColor("#2e6b3f")
REFRESH_KINDS = ("assessment", "evidence", "campaign", "all")
ITEM_ROLE = Qt.ItemDataRole.UserRole


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped sentence at the column's current width (QTreeView's own
    word wrap does not re-measure rows when the column is resized)."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        if index.column() != 1:
            return hint
        width = self.tree.header().sectionSize(1) - 12  # the style's text margins
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        rect = option.fontMetrics.boundingRect(0, 0, max(40, width), 10_000,
                                               int(Qt.TextFlag.TextWordWrap), text)
        return QSize(hint.width(), max(hint.height(), rect.height() + 8))


class CheckView(QWidget):
    criterion_requested = Signal(str)
    refreshed = Signal(list)  # the CheckItems now shown

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.items: list[CheckItem] = []
        self._busy = self._stale = False
        self._build()
        session.opened.connect(lambda _info: self._changed("all"))
        session.changed.connect(self._changed)
        session.closed.connect(self._closed)

    def _build(self) -> None:
        self.verdict = QLabel()
        self.verdict.setObjectName("checkVerdict")
        verdict_font = QFont(self.font())
        verdict_font.setBold(True)
        verdict_font.setPointSizeF(verdict_font.pointSizeF() * 1.3)
        self.verdict.setFont(verdict_font)
        self.verdict.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.recheck = QPushButton(self.tr("&Kiểm tra lại"))
        self.recheck.clicked.connect(self.refresh)
        top = QHBoxLayout()
        texts = QVBoxLayout()
        texts.addWidget(self.verdict)
        texts.addWidget(self.summary)
        top.addLayout(texts, 1)
        top.addWidget(self.recheck, 0, Qt.AlignmentFlag.AlignTop)

        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Tiêu chí"), self.tr("Nội dung")])
        self.tree.setAccessibleName(self.tr("Danh sách lỗi và cảnh báo"))
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(0, self.fontMetrics().horizontalAdvance("Tiêu chí 00.00.00") + 40)
        self.tree.setItemDelegate(_WrappingDelegate(self.tree))
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(self.tree.doItemsLayout)
        header.sectionResized.connect(lambda *_: self._relayout.start())
        self.tree.itemActivated.connect(self._activated)
        self.hint = QLabel(self.tr("Nhấn Enter hoặc nhấp đúp vào một dòng để mở tiêu chí đó."))
        self.hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.hint)
        self.setFocusProxy(self.tree)
        self._show_message(self.tr("Chưa mở không gian làm việc."))

    # -- fetching -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Run the check on the database thread; one run at a time, the last request wins."""
        session = self.session
        if not session.is_open or not session.campaign_id or not session.unit_id:
            self._show_message(self.tr("Chưa có đợt đánh giá để kiểm tra."))
            return
        if self._busy:
            self._stale = True
            return
        from desktop.models import precheck

        campaign_id, unit_id = session.campaign_id, session.unit_id
        self._busy, self._stale = True, False
        self.recheck.setEnabled(False)
        session.run(lambda ws: precheck.check_before_submit(ws, campaign_id, unit_id),
                    self._fetched, self._failed)

    def _fetched(self, items: list[CheckItem]) -> None:
        self._busy = False
        self.recheck.setEnabled(True)
        if self._stale:
            self.refresh()
            return
        self.show_items(items)

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.recheck.setEnabled(True)
        if isinstance(exc, CchcError):  # e.g. the own unit takes no part in the campaign
            self._show_message(sentence(exc, self.session.lang))
        else:
            self.session.show_error(exc)

    def _changed(self, kind: str) -> None:
        if kind not in REFRESH_KINDS:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _closed(self) -> None:
        self._stale = False
        self._show_message(self.tr("Chưa mở không gian làm việc."))

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale and not self._busy:
            self.refresh()

    # -- display ------------------------------------------------------------------------------
    def _show_message(self, text: str) -> None:
        self.items = []
        self.tree.clear()
        self.verdict.setText(text)
        self.verdict.setStyleSheet("")
        self.summary.setText("")

    def show_items(self, items: list[CheckItem]) -> None:
        current = self._current_key()
        self.items = list(items)
        errors = [i for i in items if i.is_error]
        warnings = [i for i in items if not i.is_error]
        if can_submit(items):
            self.verdict.setText(self.tr("Có thể nộp"))
            colour = OK_COLOUR
        else:
            self.verdict.setText(self.tr("Chưa thể nộp: %n lỗi", "", len(errors)))
            colour = ERROR_COLOUR
        self.verdict.setStyleSheet(f"#checkVerdict {{ color: {colour.name()}; }}")
        self.summary.setText(self.tr("%1 lỗi phải sửa trước khi xuất gói; %2 cảnh báo nên xem lại.")
                             .replace("%1", str(len(errors))).replace("%2", str(len(warnings))))
        self.tree.clear()
        style = self.style()
        groups = ((self.tr("Lỗi (%n)", "", len(errors)), errors, ERROR_COLOUR,
                   style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)),
                  (self.tr("Cảnh báo (%n)", "", len(warnings)), warnings, WARNING_COLOUR,
                   style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)))
        restore = None
        for title, members, colour, icon in groups:
            group = QTreeWidgetItem([title])
            bold = QFont(self.font())
            bold.setBold(True)
            group.setFont(0, bold)
            group.setForeground(0, QBrush(colour))
            group.setIcon(0, icon)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
            for check in members:
                text = item_sentence(check.code, check.data, self.session.lang)
                row = QTreeWidgetItem([check.criterion_code or "—", text])
                row.setIcon(0, icon)
                row.setToolTip(1, text)
                row.setData(0, ITEM_ROLE, check)
                group.addChild(row)
                if current is not None and self._key(check) == current:
                    restore = row
            group.setExpanded(True)
        if restore is None:  # else the first item of the first group that has one
            tops = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
            restore = next((top.child(0) for top in tops if top.childCount()), tops[0])
        self.tree.setCurrentItem(restore)
        self.refreshed.emit(self.items)

    @staticmethod
    def _key(check: CheckItem) -> tuple:
        return check.code, check.criterion_code, check.data.get("name")

    def _current_key(self) -> tuple | None:
        item = self.tree.currentItem()
        check = item.data(0, ITEM_ROLE) if item is not None else None
        return self._key(check) if isinstance(check, CheckItem) else None

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        check = item.data(0, ITEM_ROLE)
        if isinstance(check, CheckItem) and check.criterion_code:
            self.criterion_requested.emit(check.criterion_code)

    def error_count(self) -> int:
        return sum(1 for i in self.items if i.is_error)
