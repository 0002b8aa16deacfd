"""The results at Sở Nội vụ ("Kết quả"): the ranking of every enrolled unit within its block
(departments; central agencies; communes), each block in its own table with rank, self total,
final total, index, band, whether the rank is provisional and whether the unit's scores are
approved; the ranking method beside the tables; and the actions "Tính xếp hạng" (rank again
from the latest scores), "Phê duyệt" (approve and lock the selected units; criteria not
appraised may keep their self scores, after a confirmation) and "Mở khóa…" (a reason is
required and kept in the audit log).

Every read and write runs on the database thread (`coordination_views.ranking`,
`approve_units`, `unlock_unit`)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.messages import sentence
from desktop.models import coordination_views
from desktop.models.dates import vn_date
from desktop.models.errors import CchcError
from desktop.models.results import BLOCKS, block_label, method_text
from desktop.ui.board_view import AMBER, GREY, badge, points, stage_name
from desktop.ui.lazy import LazyRefresh
from desktop.ui.session import Session

UNIT_ROLE = Qt.ItemDataRole.UserRole
REFRESH_KINDS = ("all", "packages", "appraisal", "results", "campaign", "survey")
RANK, CODE, NAME, SELF, FINAL, INDEX, BAND, STATE = range(8)


class _Item(QTableWidgetItem):
    """A cell that sorts by its number when it has one."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(UNIT_ROLE + 1), other.data(UNIT_ROLE + 1)
        if mine is not None and theirs is not None:
            return mine < theirs
        return super().__lt__(other)


class ResultsView(LazyRefresh, QWidget):
    """The ranking per block. `loaded` after rows are shown; `approval_asked(box)` when it
    asks to keep self scores; `unlock_asked(dialog)` when it asks for the unlock reason."""

    refresh_kinds = REFRESH_KINDS

    loaded = Signal()
    approval_asked = Signal(object)
    unlock_asked = Signal(object)
    changed_done = Signal(str)  # "approved", "unlocked", "ranked"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ranking: coordination_views.Ranking | None = None
        self.tables: dict[str, QTableWidget] = {}
        self.question: QMessageBox | None = None
        self.reason_dialog: QInputDialog | None = None
        self._stale = True
        self._generation = 0
        self._build()
        session.changed.connect(self._on_changed)
        session.opened.connect(lambda _info: self._mark_stale())
        session.closed.connect(self._clear)

    # -- construction -------------------------------------------------------------------------
    def _build(self) -> None:
        self.rank_button = QPushButton(self.tr("Tính xếp hạng"))
        self.rank_button.setToolTip(self.tr("Tính lại tổng điểm, Chỉ số, xếp loại và thứ hạng "
                                            "của mọi đơn vị theo điểm mới nhất"))
        self.rank_button.clicked.connect(self.compute)
        self.approve_button = QPushButton(self.tr("Phê duyệt"))
        self.approve_button.setToolTip(self.tr("Phê duyệt và khóa điểm của các đơn vị đang chọn"))
        self.approve_button.clicked.connect(self.approve_selected)
        self.unlock_button = QPushButton(self.tr("Mở khóa…"))
        self.unlock_button.setToolTip(self.tr("Mở khóa điểm đã phê duyệt của đơn vị đang chọn; "
                                              "phải ghi lý do"))
        self.unlock_button.clicked.connect(self.ask_unlock)
        self.computed_label = QLabel()
        self.computed_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.rank_button)
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.unlock_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.computed_label, 1)

        self.block_tabs = QTabWidget()
        for block in BLOCKS:
            table = QTableWidget(0, 8)
            table.setHorizontalHeaderLabels([
                self.tr("Hạng"), self.tr("Mã"), self.tr("Đơn vị"), self.tr("Tự đánh\ngiá"),
                self.tr("Điểm\ncuối cùng"), self.tr("Chỉ số\n(%)"), self.tr("Xếp loại"),
                self.tr("Phê duyệt")])
            table.verticalHeader().hide()
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
            table.setTabKeyNavigation(False)
            table.setSortingEnabled(True)
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
            header.setHighlightSections(False)
            table.itemSelectionChanged.connect(self._update_actions)
            self.tables[block] = table
            self.block_tabs.addTab(table, block_label(block, self.session.lang))
        self.block_tabs.currentChanged.connect(lambda _: self._update_actions())
        self.block_note = QLabel()
        self.block_note.setWordWrap(True)
        palette = self.block_note.palette()
        palette.setColor(self.block_note.foregroundRole(), AMBER)
        self.block_note.setPalette(palette)
        tables = QWidget()
        tables_layout = QVBoxLayout(tables)
        tables_layout.setContentsMargins(0, 0, 0, 0)
        tables_layout.addWidget(self.block_tabs, 1)
        tables_layout.addWidget(self.block_note)

        self.method_box = QGroupBox(self.tr("Phương pháp xếp hạng"))
        self.method_label = QLabel()
        self.method_label.setWordWrap(True)
        self.method_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.method_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.provisional_label = QLabel()
        self.provisional_label.setWordWrap(True)
        palette = self.provisional_label.palette()
        palette.setColor(self.provisional_label.foregroundRole(), AMBER)
        self.provisional_label.setPalette(palette)
        method_layout = QVBoxLayout(self.method_box)
        method_layout.addWidget(self.method_label)
        method_layout.addWidget(self.provisional_label)
        method_layout.addStretch(1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(tables)
        splitter.addWidget(self.method_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 300])
        splitter.setChildrenCollapsible(False)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        self.icons = {"provisional": badge(AMBER, "~"), "approved": badge(QColor("#2e7d32"), "✓")}
        self._update_actions()

    # -- loading ------------------------------------------------------------------------------
    def refresh(self, compute: bool = False) -> None:
        """Show the stored ranking (with `compute`, rank again first)."""
        campaign_id = self.session.campaign_id
        if not self.session.is_open or campaign_id is None:
            self._clear()
            return
        self._stale = False
        self._generation += 1
        generation = self._generation
        self.session.run(lambda ws: coordination_views.ranking(ws, campaign_id, compute=compute),
                         lambda ranking: self._show(generation, ranking),
                         changes="results" if compute else None)

    def compute(self) -> None:
        self.message.setText(self.tr("Đang tính xếp hạng…"))
        self.refresh(compute=True)
        self._after = "ranked"

    def _show(self, generation: int, ranking: coordination_views.Ranking) -> None:
        if generation != self._generation:
            return
        self.ranking = ranking
        lang = self.session.lang
        self.method_label.setText(method_text(ranking.method, lang))
        provisional = [b for b in BLOCKS if any(r.block == b and r.provisional
                                                for r in ranking.rows)]
        self.provisional_label.setText(
            self.tr("Thứ hạng tạm tính (còn đơn vị chưa phê duyệt): %1.").replace(
                "%1", "; ".join(block_label(b, lang) for b in provisional)) if provisional else "")
        if ranking.computed_at:
            when = dt.datetime.fromisoformat(ranking.computed_at).astimezone()
            self.computed_label.setText(
                self.tr("Xếp hạng tính lần cuối lúc %1 %2; bấm “Tính xếp hạng” để tính lại theo "
                        "điểm mới nhất.").replace("%1", when.strftime("%H:%M"))
                .replace("%2", when.strftime("%d/%m/%Y")))
        else:
            self.computed_label.setText(self.tr("Chưa tính xếp hạng: bấm “Tính xếp hạng”."))
        for index, block in enumerate(BLOCKS):
            rows = [r for r in ranking.rows if r.block == block]
            self._fill(self.tables[block], rows)
            self.block_tabs.setTabText(index, f"{block_label(block, lang)} ({len(rows)})")
        after = getattr(self, "_after", None)
        if after == "ranked":
            self.message.setText(self.tr("Đã tính xếp hạng cho %n đơn vị.", None,
                                         len(ranking.rows)))
        self._after = None
        self._update_actions()
        self.loaded.emit()

    def _fill(self, table: QTableWidget, rows: list[coordination_views.ResultRow]) -> None:
        lang = self.session.lang
        selected = set(self._selected_ids(table))
        table.setSortingEnabled(False)
        table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            rank = ""
            if row.rank is not None:
                rank = f"{row.rank}/{row.rank_of}" if row.rank_of else str(row.rank)
            approval = stage_name(row.stage)
            if row.approved and row.approved_at:
                approval = self.tr("Đã phê duyệt %1").replace("%1", vn_date(row.approved_at[:10]))
            cells = (
                (rank, row.rank),
                (row.code, None), (row.name, None),
                (points(row.self_total, lang), float(row.self_total or -1)),
                (points(row.final_total, lang), float(row.final_total or -1)),
                (points(row.index_percent, lang), float(row.index_percent or -1)),
                (row.band or "—", None), (approval, None))
            for column, (text, key) in enumerate(cells):
                item = _Item(text)
                item.setData(UNIT_ROLE, row.unit_id)
                if key is not None:
                    item.setData(UNIT_ROLE + 1, key)
                if column in (RANK, SELF, FINAL, INDEX):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if column == RANK and row.provisional:
                    item.setIcon(self.icons["provisional"])
                    item.setToolTip(self.tr("Thứ hạng tạm tính: trong khối còn đơn vị chưa được "
                                            "phê duyệt điểm."))
                if column == STATE:
                    if row.approved:
                        item.setIcon(self.icons["approved"])
                    else:
                        item.setForeground(QBrush(GREY))
                    item.setToolTip(stage_name(row.stage))
                if column == FINAL and row.approved:
                    font = QFont()
                    font.setBold(True)
                    item.setFont(font)
                if column == NAME:
                    item.setToolTip(f"{row.code} — {row.name} ({row.group})")
                table.setItem(number, column, item)
        table.setSortingEnabled(True)
        table.sortItems(RANK, Qt.SortOrder.AscendingOrder)
        if selected:
            for number in range(table.rowCount()):
                if table.item(number, CODE).data(UNIT_ROLE) in selected:
                    table.selectRow(number)

    def _clear(self) -> None:
        self._generation += 1
        self.ranking = None
        for table in self.tables.values():
            table.setRowCount(0)
        self.method_label.setText("")
        self.provisional_label.setText("")
        self.computed_label.setText("")
        self._update_actions()

    def _show_block_note(self) -> None:
        rows = [r for r in (self.ranking.rows if self.ranking else [])
                if r.block == BLOCKS[self.block_tabs.currentIndex()]]
        waiting = sum(not r.approved for r in rows)
        if rows and waiting:
            self.block_note.setText(self.tr(
                "Thứ hạng tạm tính (biểu tượng ~): %1/%2 đơn vị của khối chưa được phê duyệt "
                "điểm; thứ hạng chính thức khi mọi đơn vị của khối đã được phê duyệt.")
                .replace("%1", str(waiting)).replace("%2", str(len(rows))))
        else:
            self.block_note.setText(self.tr("Mọi đơn vị của khối đã được phê duyệt: thứ hạng "
                                            "chính thức.") if rows else "")

    # -- selection ----------------------------------------------------------------------------
    def current_table(self) -> QTableWidget:
        return self.tables[BLOCKS[self.block_tabs.currentIndex()]]

    def _selected_ids(self, table: QTableWidget | None = None) -> list[str]:
        table = table or self.current_table()
        rows = sorted({index.row() for index in table.selectionModel().selectedRows()})
        return [table.item(r, CODE).data(UNIT_ROLE) for r in rows if table.item(r, CODE)]

    def selected_rows(self) -> list[coordination_views.ResultRow]:
        if self.ranking is None:
            return []
        wanted = set(self._selected_ids())
        return [r for r in self.ranking.rows if r.unit_id in wanted]

    def select_units(self, codes: list[str]) -> None:
        """Select these units (in the block of the first)."""
        if self.ranking is None or not codes:
            return
        first = next((r for r in self.ranking.rows if r.code == codes[0]), None)
        if first is None:
            return
        self.block_tabs.setCurrentIndex(BLOCKS.index(first.block))
        table = self.current_table()
        table.clearSelection()
        mode = table.selectionMode()
        table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for number in range(table.rowCount()):
            if table.item(number, CODE).text() in codes:
                table.selectRow(number)
        table.setSelectionMode(mode)

    def _update_actions(self) -> None:
        self._show_block_note()
        rows = self.selected_rows()
        self.approve_button.setEnabled(any(not r.approved for r in rows))
        self.unlock_button.setEnabled(len(rows) == 1 and rows[0].approved)
        self.rank_button.setEnabled(self.session.is_open)

    # -- approving ----------------------------------------------------------------------------
    def approve_selected(self, keep_self: bool = False) -> None:
        rows = [r for r in self.selected_rows() if not r.approved]
        campaign_id = self.session.campaign_id
        if not rows or campaign_id is None:
            return
        ids = [r.unit_id for r in rows]
        self.approve_button.setEnabled(False)
        self.session.run(
            lambda ws: coordination_views.approve_units(ws, campaign_id, ids,
                                                        keep_self_for_unappraised=keep_self),
            self._approved, changes="results")

    def _approved(self, outcome: coordination_views.ApprovalOutcome) -> None:
        lang = self.session.lang
        lines = []
        if outcome.approved:
            lines.append(self.tr("Đã phê duyệt và khóa điểm: %1.")
                         .replace("%1", ", ".join(outcome.approved)))
        for code, error in outcome.refused.items():
            lines.append(f"{code}: {sentence(error, lang)}")
        self.message.setText("\n".join(lines))
        self._update_actions()
        if outcome.unappraised:
            self._ask_keep_self(outcome)
        else:
            self.changed_done.emit("approved")

    def _ask_keep_self(self, outcome: coordination_views.ApprovalOutcome) -> None:
        lang = self.session.lang
        details = "\n".join(f"{code}: {sentence(error, lang)}"
                            for code, error in outcome.unappraised.items())
        count = sum(int(error.data.get("count", 0)) for error in outcome.unappraised.values())
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Phê duyệt"), self.tr(
            "%1 còn %2 tiêu chí tự chấm chưa có điểm thẩm định. Giữ nguyên điểm tự đánh giá cho "
            "các tiêu chí chưa thẩm định và phê duyệt?")
            .replace("%1", ", ".join(outcome.unappraised)).replace("%2", str(count)), parent=self)
        box.setDetailedText(details)
        keep = box.addButton(self.tr("Giữ nguyên điểm tự đánh giá cho các tiêu chí chưa thẩm "
                                     "định và phê duyệt"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Không, để thẩm định tiếp"), QMessageBox.ButtonRole.RejectRole)
        codes = list(outcome.unappraised)
        keep.clicked.connect(lambda: self._approve_keeping(codes))
        box.open()
        self.question = box
        self.approval_asked.emit(box)

    def _approve_keeping(self, codes: list[str]) -> None:
        self.select_units(codes)
        self.approve_selected(keep_self=True)

    # -- unlocking ----------------------------------------------------------------------------
    def ask_unlock(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1 or not rows[0].approved:
            return
        row = rows[0]
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Mở khóa điểm đã phê duyệt"))
        dialog.setLabelText(self.tr("Lý do mở khóa điểm của %1 (bắt buộc, được lưu vào nhật ký):")
                            .replace("%1", f"{row.code} — {row.name}"))
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        dialog.setOkButtonText(self.tr("Mở khóa"))
        dialog.setCancelButtonText(self.tr("Hủy"))
        dialog.textValueSelected.connect(lambda text: self.unlock(row.unit_id, text))
        dialog.open()
        self.reason_dialog = dialog
        self.unlock_asked.emit(dialog)

    def unlock(self, unit_id: str, reason: str) -> None:
        campaign_id = self.session.campaign_id
        if campaign_id is None:
            return
        if not reason.strip():
            self.message.setText(sentence(CchcError("unlock_reason_required"), self.session.lang))
            return

        def done(_: object) -> None:
            self.message.setText(self.tr("Đã mở khóa; lý do đã được lưu vào nhật ký."))
            self.changed_done.emit("unlocked")

        def failed(exc: BaseException) -> None:
            if isinstance(exc, CchcError):
                self.message.setText(sentence(exc, self.session.lang))
                self.session.last_error = exc
                self.session.failed.emit(exc)
            else:
                self.session.show_error(exc)

        self.session.run(lambda ws: coordination_views.unlock_unit(ws, campaign_id, unit_id,
                                                                   reason), done, failed,
                         changes="results")
