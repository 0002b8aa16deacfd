"""Dialogs of the evidence panel: the picker that cites documents already in the workspace
for one more criterion, and the question asked before unlinking with the Delete key.

Both are opened with `open()`, never `exec()`, so the event loop — and the tests — keep
running; the panel acts on their signals. They only show data handed to them: the panel
reads it on the database thread first."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models.dates import vn_date
from desktop.models.evidence import CitedEvidence

ID_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


def fold(text: str) -> str:
    """Accent- and case-insensitive form for filtering: "Quyết định" matches "quyet dinh"."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


class LinkEvidenceDialog(QDialog):
    """Lists every document of the unit with the criteria it is already cited for; the user
    ticks one or more (a filter box narrows the list) and confirms. Documents already cited
    for this criterion are shown but cannot be ticked. Emits `chosen(list of evidence ids)`."""

    chosen = Signal(list)

    def __init__(self, catalogue: Sequence[CitedEvidence], code: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = code
        self.setWindowTitle(self.tr("Liên kết tài liệu có sẵn"))
        self.resize(620, 460)
        intro = QLabel(self.tr("Chọn các tài liệu đã có trong kho để dùng làm minh chứng cho "
                               "tiêu chí %1. Một tài liệu có thể dùng cho nhiều tiêu chí.")
                       .replace("%1", code))
        intro.setWordWrap(True)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Lọc theo tên tệp, số ký hiệu, cơ quan ban hành…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.apply_filter)

        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.setHeaderLabels([self.tr("Tên tệp"), self.tr("Số, ký hiệu"), self.tr("Ngày"),
                                   self.tr("Đang dùng cho tiêu chí")])
        header = self.list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        for cited in catalogue:
            self._add_row(cited)
        self.list.itemChanged.connect(lambda *_: self._update_count())
        self.list.itemActivated.connect(self._toggle)

        self.empty = QLabel(self.tr("Chưa có tài liệu nào trong kho. Hãy thêm tệp bằng cách "
                                    "kéo thả hoặc bấm Chọn tệp…"))
        self.empty.setWordWrap(True)
        self.empty.setVisible(not catalogue)
        self.count = QLabel()
        self.buttons = QDialogButtonBox()
        self.link_button = self.buttons.addButton(self.tr("&Liên kết"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.count)
        layout.addWidget(self.buttons)
        self.filter.setFocus()
        self._update_count()

    def _add_row(self, cited: CitedEvidence) -> None:
        document = cited.evidence
        codes = ", ".join(cited.criteria)
        item = QTreeWidgetItem([document.original_name, document.doc_number or "—",
                                vn_date(document.doc_date) or "—", codes or "—"])
        item.setData(0, ID_ROLE, document.id)
        item.setToolTip(0, document.original_name)
        already = self.code in cited.criteria
        if already:  # shown greyed, for the record, but it cannot be ticked again
            item.setFlags(Qt.ItemFlag.ItemNeverHasChildren)
            font = QFont(item.font(0))
            font.setItalic(True)
            item.setFont(0, font)
            item.setToolTip(0, self.tr("%1 — đã liên kết với tiêu chí này")
                            .replace("%1", document.original_name))
        else:
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
        self.list.addTopLevelItem(item)
        item.setData(0, SEARCH_ROLE, fold(" ".join((document.original_name, document.doc_number,
                                                     document.issuer, codes))))

    def _items(self) -> list[QTreeWidgetItem]:
        return [self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount())]

    def apply_filter(self, text: str) -> None:
        words = fold(text).split()
        for item in self._items():
            haystack = item.data(0, SEARCH_ROLE)
            item.setHidden(not all(word in haystack for word in words))

    def _toggle(self, item: QTreeWidgetItem) -> None:
        if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            checked = item.checkState(0) == Qt.CheckState.Checked
            item.setCheckState(0, Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def set_checked(self, evidence_ids: Sequence[str]) -> None:
        wanted = set(evidence_ids)
        for item in self._items():
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckState(0, Qt.CheckState.Checked if item.data(0, ID_ROLE) in wanted
                                   else Qt.CheckState.Unchecked)

    def selected_ids(self) -> list[str]:
        """The ticked documents, plus the highlighted ones when nothing is ticked."""
        ticked = [item.data(0, ID_ROLE) for item in self._items()
                  if item.flags() & Qt.ItemFlag.ItemIsUserCheckable
                  and item.checkState(0) == Qt.CheckState.Checked]
        if ticked:
            return ticked
        return [item.data(0, ID_ROLE) for item in self.list.selectedItems()
                if item.flags() & Qt.ItemFlag.ItemIsUserCheckable]

    def visible_ids(self) -> list[str]:
        return [item.data(0, ID_ROLE) for item in self._items() if not item.isHidden()]

    def _update_count(self) -> None:
        ticked = sum(1 for item in self._items()
                     if item.flags() & Qt.ItemFlag.ItemIsUserCheckable
                     and item.checkState(0) == Qt.CheckState.Checked)
        self.count.setText(self.tr("Đã chọn %1 tài liệu").replace("%1", str(ticked)))

    def _accept(self) -> None:
        ids = self.selected_ids()
        if not ids:
            self.count.setText(self.tr("Hãy đánh dấu ít nhất một tài liệu."))
            return
        self.chosen.emit(ids)
        self.accept()


class UnlinkQuestion(QMessageBox):
    """Asked before unlinking with the Delete key (the button unlinks at once, with undo)."""

    def __init__(self, name: str, code: str, on_yes: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Bỏ liên kết"))
        self.setText(self.tr("Bỏ liên kết tài liệu “%1” khỏi tiêu chí %2? Tệp vẫn được giữ "
                             "trong kho và có thể liên kết lại.")
                     .replace("%1", name).replace("%2", code))
        self.yes_button: QPushButton = self.addButton(self.tr("Bỏ liên kết"),
                                                      QMessageBox.ButtonRole.AcceptRole)
        self.no_button: QPushButton = self.addButton(self.tr("Không"),
                                                     QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.yes_button)
        self.setEscapeButton(self.no_button)
        self.buttonClicked.connect(lambda button: on_yes() if button is self.yes_button else None)
