"""The yearly CCHC plan and the proposals for next year's plan.

At Sở Nội vụ ("Kế hoạch CCHC", the coordinator page): the province's plan of the active
campaign — every task with its responsible unit, area, deadline, expected output, status and
progress, overdue ones marked — with "Thêm nhiệm vụ…" / "Sửa…" (`PlanTaskDialog`); the plan's
progress by unit and by area; the proposals received for next year's plan, each with its
state and a late marker, with "Đưa vào kế hoạch" / "Không đưa vào" and "Lập dự thảo kế hoạch
năm sau…" (`DraftPlanDialog`: the adopted proposals become tasks of another campaign).

At a unit ("Đề xuất năm sau", the unit page): its own proposals for next year's plan, added,
changed and withdrawn in `ProposalDialog`, the deadline for sending them with the days left,
and "Gửi đề xuất cho Sở Nội vụ…" (the signed `proposal` package).

Every read and write runs on the database thread (`plan_views`, `plan`, `sync.plan`); a
refusal is the service's one sentence, shown where the user is looking."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QItemSelectionModel, QSize, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.messages import sentence
from desktop.models import campaigns, dates, plan, plan_views
from desktop.models.dates import vn_date
from desktop.models.entities import Campaign
from desktop.models.errors import CchcError
from desktop.models.rules import fold
from desktop.ui.board_view import AMBER, GREY, RED, badge
from desktop.ui.coordination_dialogs import _ServiceDialog
from desktop.ui.dashboard import OVERDUE, SOON, SOON_DAYS, remaining_text
from desktop.ui.session import Session

DATE_FORMAT = "dd/MM/yyyy"
ISO_FORMAT = "yyyy-MM-dd"
NO_DATE = QDate(2000, 1, 1)   # the date box's "—": no deadline
ITEM_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
REFRESH_KINDS = ("all", "tasks", "plan", "packages", "campaign")
OVERDUE_BACKGROUND = QColor("#fdecea")   # the tasks view's soft red
DONE_COLOUR = QColor("#2e6b3f")       # the explanation view's green
MUTED = QColor("#4a5d70")
STATUS_ORDER = {"not_started": 0, "in_progress": 1, "done": 2, "cancelled": 3}
NO_DEADLINE_KEY = "9999-12-31"
SELECT_ROWS = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows

# the coordinator's tables
T_UNIT, T_TITLE, T_AREA, T_DEADLINE, T_OUTPUT, T_STATUS, T_PROGRESS = range(7)
G_NAME, G_COUNT, G_DONE, G_IN_PROGRESS, G_OVERDUE, G_AVERAGE = range(6)
P_UNIT, P_TITLE, P_AREA, P_OUTPUT, P_DEADLINE, P_STATE, P_LATE = range(7)
# the unit's table
U_TITLE, U_AREA, U_OUTPUT, U_DEADLINE, U_NOTE = range(5)


def _alive(widget: QWidget) -> bool:
    """A job may finish after its dialog is gone; its callback then has nothing to update."""
    return shiboken6.isValid(widget)


class _Item(QTableWidgetItem):
    """A cell that sorts by its key (SORT_ROLE) when it has one, else by its text with
    accents folded (đ after d, not after z)."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is not None and theirs is not None:
            return mine < theirs
        return fold(self.text()) < fold(other.text())


class _AiryDelegate(QStyledItemDelegate):
    """Rows sized to their text (wrapped titles take two lines) but never cramped."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 8)


def _table(headers: Sequence[str], stretch: int, *, multi: bool = False) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                           else QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
    table.setWordWrap(True)           # long titles take a second line instead of being cut
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setItemDelegate(_AiryDelegate(table))
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setHighlightSections(False)
    return table


def _fixed(table: QTableWidget, column: int, characters: int) -> None:
    """A column of long texts at a fixed width (they wrap; the tooltip has them whole)."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    header.resizeSection(column, table.fontMetrics().averageCharWidth() * characters)


def _cell(table: QTableWidget, row: int, column: int, text: str, *, key: Any = None,
          tip: str | None = None, right: bool = False, data: Any = None) -> QTableWidgetItem:
    item = _Item(text)
    if key is not None:
        item.setData(SORT_ROLE, key)
    if data is not None:
        item.setData(ITEM_ROLE, data)
    tooltip = text if tip is None else tip
    if tooltip and tooltip != "—":
        item.setToolTip(tooltip)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    table.setItem(row, column, item)
    return item


def _colour(label: QLabel, colour: QColor | None) -> None:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText,
                     colour or QApplication.palette().color(QPalette.ColorRole.WindowText))
    label.setPalette(palette)


def _muted(label: QLabel) -> QLabel:
    label.setWordWrap(True)
    _colour(label, MUTED)
    return label


def _action(parent: QWidget, text: str, key: QKeySequence, tip: str,
            slot: Callable[[], None]) -> QAction:
    """An action with its shortcut, active while the focus is inside `parent`."""
    action = QAction(text, parent)
    action.setShortcut(key)
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.setToolTip(tip)
    action.triggered.connect(lambda _=False: slot())
    parent.addAction(action)
    return action


def _button(action: QAction) -> QPushButton:
    button = QPushButton(action.text())
    button.setToolTip(action.toolTip())
    button.clicked.connect(action.trigger)
    action.enabledChanged.connect(button.setEnabled)
    button.setEnabled(action.isEnabled())
    return button


def _date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText("—")
    return edit


def _iso(edit: QDateEdit) -> str:
    return "" if edit.date() <= NO_DATE else edit.date().toString(ISO_FORMAT)


def _labelled(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("planError")
    label.setWordWrap(True)
    label.setStyleSheet("#planError { color: #8a1f11; background: #fdecea; "
                        "border: 1px solid #f1b0a8; border-radius: 3px; padding: 6px; }")
    label.hide()
    return label


def _area_combo(areas: Sequence[tuple[str, str]], none_text: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(none_text, "")
    for code, title in areas:
        combo.addItem(f"{code}. {title}", code)
    return combo


# -- dialogs ---------------------------------------------------------------------------------

class _EditDialog(QDialog):
    """A form saved through one service call: the service's refusal stays inside the dialog,
    which stays open with nothing saved. Opened with `open()`, never `exec()`."""

    saved = Signal(object)
    failed = Signal(str)

    def __init__(self, session: Session, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._saving = False
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.error_label = _error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Lưu"))
        self.save_button.setToolTip(self.tr("Lưu (Enter)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(560)

    def finish_layout(self, *above: QWidget) -> None:
        layout = QVBoxLayout(self)
        for widget in above:
            layout.addWidget(widget)
            layout.addSpacing(6)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.save_button.setDefault(True)

    def accept(self) -> None:
        self.save()  # each dialog (plan task, proposal) defines what saving does

    def run_save(self, job: Callable[[Any], Any], changes: str) -> None:
        if self._saving:
            return
        self._saving = True
        self.save_button.setEnabled(False)
        self.session.run(job, self._saved, self._failed, changes=changes)

    def _saved(self, result: Any) -> None:
        if not _alive(self):
            return
        self._saving = False
        self.save_button.setEnabled(True)
        self.error_label.hide()
        self.saved.emit(result)
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        if not _alive(self):
            return
        self._saving = False
        self.save_button.setEnabled(True)
        if isinstance(exc, CchcError):
            self.show_error(sentence(exc, self.session.lang))
            self.session.last_error = exc
            self.session.failed.emit(exc)
        else:
            self.session.show_error(exc)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.failed.emit(text)


class PlanTaskDialog(_EditDialog):
    """(Sở Nội vụ) Add a task to the province's plan, or change one (`item`): the unit
    chosen from the campaign's units, the title, the area, the deadline, the expected output
    and the plan document. The unit of a task already given stays."""

    def __init__(self, session: Session, snapshot: plan_views.PlanSnapshot,
                 item: plan.PlanTask | None = None, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Sửa nhiệm vụ trong kế hoạch") if item
                         else self.tr("Thêm nhiệm vụ vào kế hoạch"), parent)
        self.item, self.campaign_id = item, snapshot.campaign.id
        self.unit_combo = QComboBox()
        for code, name in snapshot.units:
            self.unit_combo.addItem(f"{name} ({code})", code)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Ví dụ: Rà soát, công bố thủ tục hành chính"))
        self.area_combo = _area_combo(snapshot.areas, self.tr("— (không gắn lĩnh vực)"))
        self.area_combo.setToolTip(self.tr("Lĩnh vực của bộ tiêu chí mà nhiệm vụ phục vụ; "
                                           "tiến độ kế hoạch được tổng hợp theo lĩnh vực."))
        self.deadline_edit = _date_edit()
        self.output_edit = QLineEdit()
        self.output_edit.setPlaceholderText(self.tr("Ví dụ: Báo cáo kết quả rà soát"))
        self.ref_edit = QLineEdit()
        self.ref_edit.setPlaceholderText(self.tr("Ví dụ: KH 12/KH-UBND"))
        self.ref_edit.setToolTip(self.tr("Số, ký hiệu của kế hoạch giao nhiệm vụ"))
        self.form.addRow(_labelled(self.tr("Đơn &vị phụ trách:"), self.unit_combo),
                         self.unit_combo)
        self.form.addRow(_labelled(self.tr("&Tên nhiệm vụ:"), self.title_edit), self.title_edit)
        self.form.addRow(_labelled(self.tr("&Lĩnh vực:"), self.area_combo), self.area_combo)
        self.form.addRow(_labelled(self.tr("&Hạn hoàn thành:"), self.deadline_edit),
                         self.deadline_edit)
        self.form.addRow(_labelled(self.tr("Sản phẩm đầu &ra:"), self.output_edit),
                         self.output_edit)
        self.form.addRow(_labelled(self.tr("Văn &bản giao:"), self.ref_edit), self.ref_edit)
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        if item is not None:
            self.form.addRow(self.tr("Đơn vị báo cáo:"), self.state_label)
        self.hint = _muted(QLabel(self.tr(
            "Nhiệm vụ đến đơn vị cùng gói đợt đánh giá. Nếu đợt đã được phát hành, nhiệm vụ mới "
            "và thay đổi sẽ đi kèm gói đợt đánh giá phát hành lần sau; tiến độ đơn vị báo cáo "
            "được giữ nguyên.")))
        self.finish_layout(self.hint)
        self._fill(snapshot)

    def _fill(self, snapshot: plan_views.PlanSnapshot) -> None:
        item = self.item
        if item is None:
            year_end = QDate(snapshot.campaign.year, 12, 31)
            self.deadline_edit.setDate(max(year_end, QDate.currentDate()))
            self.title_edit.setFocus()
            return
        task = item.task
        self.unit_combo.setCurrentIndex(max(self.unit_combo.findData(item.unit_code), 0))
        if self.unit_combo.findData(item.unit_code) < 0:  # a unit no longer enrolled
            self.unit_combo.insertItem(0, f"{item.unit_name} ({item.unit_code})", item.unit_code)
            self.unit_combo.setCurrentIndex(0)
        self.unit_combo.setEnabled(False)
        self.unit_combo.setToolTip(self.tr("Không đổi được đơn vị của nhiệm vụ đã giao; hãy "
                                           "thêm nhiệm vụ mới cho đơn vị khác."))
        self.title_edit.setText(task.title)
        self.area_combo.setCurrentIndex(max(self.area_combo.findData(task.area_code), 0))
        if task.deadline:
            self.deadline_edit.setDate(QDate.fromString(task.deadline, ISO_FORMAT))
        self.output_edit.setText(task.expected_output)
        self.ref_edit.setText(task.source_ref)
        self.state_label.setText(self.tr("%1, tiến độ %2 %").replace(
            "%1", status_name(task.status)).replace("%2", str(task.progress)))
        self.title_edit.setFocus()

    def values(self) -> dict[str, Any]:
        return {"title": self.title_edit.text(), "area_code": self.area_combo.currentData(),
                "deadline": _iso(self.deadline_edit), "expected_output": self.output_edit.text(),
                "source_ref": self.ref_edit.text()}

    def save(self) -> None:
        values = self.values()
        campaign_id = self.campaign_id
        if self.item is None:
            unit_code = self.unit_combo.currentData()
            self.run_save(lambda ws: plan.add_plan_task(ws, campaign_id, unit_code or "",
                                                        **values), "tasks")
            return
        task = self.item.task
        current = {"title": task.title, "area_code": task.area_code,
                   "deadline": task.deadline or "", "expected_output": task.expected_output,
                   "source_ref": task.source_ref}
        changes = {k: v for k, v in values.items() if v != current[k]}
        if not changes:
            QDialog.accept(self)
            return
        task_id = task.id
        self.run_save(lambda ws: plan.update_plan_task(ws, task_id, **changes), "tasks")


class ProposalDialog(_EditDialog):
    """(A unit) Propose a task for next year's plan, or change a proposal (`proposal`)."""

    def __init__(self, session: Session, snapshot: plan_views.ProposalSnapshot,
                 proposal: plan.Proposal | None = None, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Sửa đề xuất") if proposal
                         else self.tr("Thêm đề xuất cho kế hoạch năm %1")
                         .replace("%1", str(snapshot.for_year)), parent)
        self.proposal, self.campaign_id = proposal, snapshot.campaign.id
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Ví dụ: Số hóa hồ sơ thủ tục hành chính"))
        self.area_combo = _area_combo(snapshot.areas, self.tr("— (không gắn lĩnh vực)"))
        self.output_edit = QLineEdit()
        self.output_edit.setPlaceholderText(self.tr("Ví dụ: 100% hồ sơ được số hóa"))
        self.deadline_edit = _date_edit()
        self.no_deadline = QCheckBox(self.tr("&Không có hạn"))
        self.no_deadline.setToolTip(self.tr("Nếu được đưa vào kế hoạch, nhiệm vụ không có hạn "
                                            "đề xuất sẽ có hạn 31/12 của năm đó."))
        self.no_deadline.toggled.connect(self._no_deadline)
        deadline_row = QHBoxLayout()
        deadline_row.addWidget(self.deadline_edit)
        deadline_row.addWidget(self.no_deadline)
        deadline_row.addStretch(1)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.note_edit.setPlaceholderText(self.tr("Lý do, nguồn lực cần có…"))
        self.form.addRow(_labelled(self.tr("&Nội dung đề xuất:"), self.title_edit),
                         self.title_edit)
        self.form.addRow(_labelled(self.tr("&Lĩnh vực:"), self.area_combo), self.area_combo)
        self.form.addRow(_labelled(self.tr("Sản phẩm đầu &ra:"), self.output_edit),
                         self.output_edit)
        self.form.addRow(_labelled(self.tr("&Thời hạn dự kiến:"), self.deadline_edit),
                         deadline_row)
        self.form.addRow(_labelled(self.tr("&Ghi chú:"), self.note_edit), self.note_edit)
        self.finish_layout()
        if proposal is None:
            self.deadline_edit.setDate(QDate(snapshot.for_year, 12, 31))
        else:
            self.title_edit.setText(proposal.title)
            self.area_combo.setCurrentIndex(max(self.area_combo.findData(proposal.area_code), 0))
            self.output_edit.setText(proposal.expected_output)
            self.note_edit.setPlainText(proposal.note)
            if proposal.deadline:
                self.deadline_edit.setDate(QDate.fromString(proposal.deadline, ISO_FORMAT))
            else:
                self.no_deadline.setChecked(True)
        self.title_edit.setFocus()

    def _no_deadline(self, none: bool) -> None:
        self.deadline_edit.setEnabled(not none)

    def values(self) -> dict[str, Any]:
        return {"title": self.title_edit.text(), "area_code": self.area_combo.currentData(),
                "expected_output": self.output_edit.text(),
                "deadline": None if self.no_deadline.isChecked() else _iso(self.deadline_edit)
                or None, "note": self.note_edit.toPlainText()}

    def save(self) -> None:
        values = self.values()
        if self.proposal is None:
            campaign_id = self.campaign_id
            self.run_save(lambda ws: plan.add_proposal(ws, campaign_id, **values), "plan")
        else:
            proposal_id = self.proposal.id
            self.run_save(lambda ws: plan.update_proposal(ws, proposal_id, **values), "plan")


class DraftPlanDialog(_ServiceDialog):
    """(Sở Nội vụ) The adopted proposals not yet in a plan become tasks of the plan of
    another campaign (next year's), for the units that proposed them. The campaigns are read
    afresh when the dialog opens (the button is enabled once they are listed)."""

    def __init__(self, session: Session, snapshot: plan_views.PlanSnapshot,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Lập dự thảo kế hoạch năm sau"), self.tr(
            "Mỗi đề xuất đã được đưa vào kế hoạch mà chưa thành nhiệm vụ sẽ trở thành một nhiệm "
            "vụ trong kế hoạch của đợt đánh giá được chọn, giao cho đơn vị đã đề xuất; lập lại "
            "không thêm trùng. Đề xuất không có thời hạn nhận hạn 31/12 của năm đó."), parent)
        self.source = snapshot.campaign
        self.pending = [p for p in snapshot.proposals
                        if p.state == "adopted" and not p.adopted_task_id]
        self.campaign_combo = QComboBox()
        self.campaign_combo.setToolTip(self.tr("Đợt đánh giá của năm sau; tạo đợt đó trước nếu "
                                               "chưa có."))
        self.form.addRow(_labelled(self.tr("&Kế hoạch của đợt:"), self.campaign_combo),
                         self.campaign_combo)
        self.draft_button = self.action_button(self.tr("Lập dự thảo"), self.draft)
        self.draft_button.setDefault(True)
        self.draft_button.setEnabled(False)
        session.run(campaigns.list_campaigns, self._fill, self.failed)

    def _fill(self, found: list[Campaign]) -> None:
        if not _alive(self):
            return
        chosen = -1
        for campaign in found:
            text = f"{campaign.title} ({campaign.year})"
            if campaign.id == self.source.id:
                text += " — " + self.tr("đợt nhận đề xuất")
            self.campaign_combo.addItem(text, campaign.id)
            if chosen < 0 and campaign.year == self.source.year + 1:
                chosen = self.campaign_combo.count() - 1
        if chosen < 0:
            chosen = next((i for i in range(self.campaign_combo.count())
                           if self.campaign_combo.itemData(i) != self.source.id), 0)
        self.campaign_combo.setCurrentIndex(chosen)
        if len(found) < 2:
            self.result.setText(self.tr("Chưa có đợt đánh giá nào khác: hãy tạo đợt đánh giá của "
                                        "năm sau trước."))
        elif self.pending:
            self.result.setText(self.tr("%n đề xuất sẽ được đưa vào kế hoạch:", None,
                                        len(self.pending)))
        else:
            self.result.setText(self.tr("Không có đề xuất nào đã được đưa vào kế hoạch mà chưa "
                                        "thành nhiệm vụ."))
        self.show_items([f"{p.unit_code} — {p.title}" for p in self.pending])
        self.draft_button.setEnabled(True)

    def draft(self) -> None:
        source_id, target_id = self.source.id, self.campaign_combo.currentData()
        if not target_id:
            return
        target = self.campaign_combo.currentText()

        def finished(made: list[plan.PlanTask]) -> None:
            if not _alive(self):
                return
            self.draft_button.setEnabled(True)
            self.result.setText(self.tr("Đã thêm %n nhiệm vụ vào kế hoạch của đợt %1.", None,
                                        len(made)).replace("%1", target))
            self.show_items([f"{t.unit_code} — {t.task.title} ("
                             + self.tr("hạn %1").replace("%1", vn_date(t.task.deadline)) + ")"
                             for t in made])
            self.done.emit(made)

        def failed(exc: BaseException) -> None:
            if not _alive(self):
                return
            self.draft_button.setEnabled(True)
            self.show_items([])
            self.failed(exc)

        self.draft_button.setEnabled(False)
        self.session.run(lambda ws: plan.draft_plan(ws, source_id, target_id), finished, failed,
                         changes="plan")


# -- names -----------------------------------------------------------------------------------

def status_name(status: str) -> str:
    """A task's status in words. (Literal `QCoreApplication.translate("PlanView", …)` calls,
    so lupdate files them under the context they are looked up in.)"""
    names = {"not_started": QCoreApplication.translate("PlanView", "Chưa bắt đầu"),
             "in_progress": QCoreApplication.translate("PlanView", "Đang thực hiện"),
             "done": QCoreApplication.translate("PlanView", "Hoàn thành"),
             "cancelled": QCoreApplication.translate("PlanView", "Đã hủy")}
    return names.get(status, status)


def state_name(proposal: plan.Proposal) -> str:
    """A proposal's state at Sở Nội vụ in words."""
    if proposal.state == "adopted" and proposal.adopted_task_id:
        return QCoreApplication.translate("PlanView", "Đã lập nhiệm vụ")
    names = {"proposed": QCoreApplication.translate("PlanView", "Chờ quyết định"),
             "adopted": QCoreApplication.translate("PlanView", "Đưa vào kế hoạch"),
             "declined": QCoreApplication.translate("PlanView", "Không đưa vào")}
    return names.get(proposal.state, proposal.state)


# -- the coordinator's page ------------------------------------------------------------------

class CoordinatorPlanPage(QWidget):
    """The province's plan, its progress and the proposals received (see the module)."""

    def __init__(self, view: PlanView) -> None:
        super().__init__()
        self.view, self.session = view, view.session
        self.snapshot: plan_views.PlanSnapshot | None = None
        self.areas: dict[str, str] = {}
        self.overdue_icon = badge(RED, "!")
        self.late_icon = badge(AMBER, "!")
        self._build()

    def _build(self) -> None:
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.heading.setFont(font)
        self.total_label = QLabel()
        self.total_label.setWordWrap(True)

        # the plan's tasks
        tasks_box = QWidget()
        self.tasks_box = tasks_box
        self.add_action = _action(tasks_box, self.tr("Thêm nhiệm vụ…"),
                                  QKeySequence(Qt.Key.Key_Insert),
                                  self.tr("Giao thêm một nhiệm vụ cho một đơn vị (Insert)"),
                                  self.add_task)
        self.edit_action = _action(tasks_box, self.tr("Sửa…"), QKeySequence(Qt.Key.Key_F2),
                                   self.tr("Sửa nhiệm vụ đang chọn (Enter hoặc F2, hoặc nhấp "
                                           "đúp)"), self.edit_task)
        self.add_button = _button(self.add_action)
        self.edit_button = _button(self.edit_action)
        self.hint = _muted(QLabel(self.tr(
            "Nhiệm vụ thêm hoặc sửa sau khi phát hành đợt đánh giá sẽ đến đơn vị cùng gói đợt "
            "đánh giá phát hành lần sau; trạng thái và tiến độ do đơn vị báo cáo qua gói tự "
            "đánh giá.")))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.hint, 1)
        self.tasks_table = _table([
            self.tr("Đơn vị phụ trách"), self.tr("Nhiệm vụ"), self.tr("Lĩnh\nvực"), self.tr("Hạn"),
            self.tr("Sản phẩm đầu ra"), self.tr("Trạng thái"), self.tr("Tiến độ")], T_TITLE)
        _fixed(self.tasks_table, T_UNIT, 28)
        _fixed(self.tasks_table, T_OUTPUT, 30)
        self.tasks_table.setSortingEnabled(True)
        self.tasks_table.sortByColumn(T_DEADLINE, Qt.SortOrder.AscendingOrder)
        self.tasks_table.setToolTip(self.tr("Insert: thêm · Enter/F2: sửa"))
        self.tasks_table.itemSelectionChanged.connect(self._update_actions)
        self.tasks_table.itemActivated.connect(lambda _item: self.edit_task())
        tasks_layout = QVBoxLayout(tasks_box)
        tasks_layout.setContentsMargins(0, 0, 0, 0)
        tasks_layout.addLayout(buttons)
        tasks_layout.addWidget(self.tasks_table, 1)

        # progress by unit and by area
        self.progress_box = QGroupBox(self.tr("Tiến độ thực hiện kế hoạch"))
        self.progress_tabs = QTabWidget()
        self.unit_table = self._progress_table(self.tr("Đơn vị"))
        self.area_table = self._progress_table(self.tr("Lĩnh vực"))
        self.progress_tabs.addTab(self.unit_table, self.tr("Theo đơn vị"))
        self.progress_tabs.addTab(self.area_table, self.tr("Theo lĩnh vực"))
        progress_layout = QVBoxLayout(self.progress_box)
        progress_layout.addWidget(self.progress_tabs)

        # proposals for next year's plan
        self.proposals_box = QGroupBox(self.tr("Đề xuất cho kế hoạch năm sau"))
        self.deadline_label = QLabel()
        self.counts_label = QLabel()
        self.counts_label.setWordWrap(True)
        self.adopt_button = QPushButton(self.tr("Đưa vào kế hoạch"))
        self.adopt_button.setToolTip(self.tr("Chấp nhận các đề xuất đang chọn cho kế hoạch năm sau"))
        self.adopt_button.clicked.connect(lambda: self.decide(True))
        self.decline_button = QPushButton(self.tr("Không đưa vào"))
        self.decline_button.setToolTip(self.tr("Không chấp nhận các đề xuất đang chọn; đề xuất đã "
                                               "thành nhiệm vụ thì giữ nguyên"))
        self.decline_button.clicked.connect(lambda: self.decide(False))
        self.draft_button = QPushButton(self.tr("Lập dự thảo kế hoạch năm sau…"))
        self.draft_button.setToolTip(self.tr("Đưa các đề xuất đã chấp nhận vào kế hoạch của đợt "
                                             "đánh giá năm sau"))
        self.draft_button.clicked.connect(self.open_draft)
        line = QHBoxLayout()
        line.addWidget(self.deadline_label)
        line.addSpacing(12)
        line.addWidget(self.counts_label, 1)
        proposal_buttons = QHBoxLayout()
        proposal_buttons.addWidget(self.adopt_button)
        proposal_buttons.addWidget(self.decline_button)
        proposal_buttons.addStretch(1)
        proposal_buttons.addWidget(self.draft_button)
        self.proposals_table = _table([
            self.tr("Đơn vị"), self.tr("Đề xuất"), self.tr("Lĩnh\nvực"), self.tr("Sản phẩm đầu ra"),
            self.tr("Thời hạn"), self.tr("Trạng thái"), self.tr("Hạn gửi")], P_TITLE, multi=True)
        _fixed(self.proposals_table, P_OUTPUT, 22)
        self.proposals_table.setSortingEnabled(True)
        self.proposals_table.sortByColumn(P_UNIT, Qt.SortOrder.AscendingOrder)
        self.proposals_table.itemSelectionChanged.connect(self._update_actions)
        proposals_layout = QVBoxLayout(self.proposals_box)
        proposals_layout.addLayout(line)
        proposals_layout.addLayout(proposal_buttons)
        proposals_layout.addWidget(self.proposals_table, 1)

        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.progress_box)
        bottom.addWidget(self.proposals_box)
        bottom.setStretchFactor(0, 2)
        bottom.setStretchFactor(1, 3)
        bottom.setSizes([520, 780])
        bottom.setChildrenCollapsible(False)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(tasks_box)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(16)
        top.addWidget(self.total_label, 1)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        self._update_actions()

    def _progress_table(self, first: str) -> QTableWidget:
        table = _table([first, self.tr("Số\nnhiệm vụ"), self.tr("Hoàn\nthành"),
                        self.tr("Đang\nthực hiện"), self.tr("Quá\nhạn"), self.tr("Bình\nquân")],
                       G_NAME)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setToolTip(self.tr("Bình quân: tiến độ trung bình (%) các nhiệm vụ chưa hủy, nhiệm "
                                 "vụ hoàn thành tính 100 %. Nhiệm vụ đã hủy không được tính."))
        return table

    # -- showing ------------------------------------------------------------------------------
    def show_snapshot(self, snapshot: plan_views.PlanSnapshot) -> None:
        selected_task = self.current_task()
        selected = {p.id for p in self.selected_proposals()}
        self.snapshot = snapshot
        self.areas = dict(snapshot.areas)
        self.heading.setText(self.tr("Kế hoạch CCHC năm %1").replace(
            "%1", str(snapshot.campaign.year)))
        self._show_total(snapshot.progress.total)
        self._show_tasks(snapshot, selected_task.task.id if selected_task else None)
        self._show_progress(self.unit_table, snapshot.progress.by_unit, unit=True)
        self._show_progress(self.area_table, snapshot.progress.by_area, unit=False)
        self._show_proposals(snapshot, selected)
        self._update_actions()

    def _show_total(self, total: plan.ProgressRow) -> None:
        if not total.count:
            self.total_label.setText(self.tr("Kế hoạch chưa có nhiệm vụ nào: bấm “Thêm nhiệm "
                                             "vụ…” để giao nhiệm vụ cho các đơn vị."))
            return
        text = self.tr("%1 nhiệm vụ · %2 hoàn thành · %3 đang thực hiện · %4 quá hạn · tiến độ "
                       "bình quân %5 %")
        for number, value in enumerate((total.count, total.done, total.in_progress,
                                        total.overdue, total.average), 1):
            text = text.replace(f"%{number}", str(value))
        self.total_label.setText(text)

    def _show_tasks(self, snapshot: plan_views.PlanSnapshot, keep: str | None) -> None:
        table = self.tasks_table
        table.setSortingEnabled(False)
        table.clearContents()
        table.setRowCount(len(snapshot.tasks))
        today = dt.date.fromisoformat(snapshot.today)
        for row, item in enumerate(snapshot.tasks):
            task = item.task
            _cell(table, row, T_UNIT, item.unit_name, key=fold(item.unit_name),
                  tip=f"{item.unit_name} ({item.unit_code})", data=item)
            tip = "\n".join(filter(None, (task.title, self.tr("Văn bản giao: %1").replace(
                "%1", task.source_ref) if task.source_ref else "")))
            _cell(table, row, T_TITLE, task.title, tip=tip)
            _cell(table, row, T_AREA, task.area_code or "—", key=_area_key(task.area_code),
                  tip=self._area_title(task.area_code))
            deadline = _cell(table, row, T_DEADLINE, vn_date(task.deadline),
                             key=task.deadline or NO_DEADLINE_KEY)
            _cell(table, row, T_OUTPUT, task.expected_output or "—",
                  tip=task.expected_output or None)
            _cell(table, row, T_STATUS, status_name(task.status),
                  key=STATUS_ORDER.get(task.status, 9))
            _cell(table, row, T_PROGRESS, f"{task.progress} %", key=task.progress, right=True)
            if task.overdue and task.deadline:
                late = (today - dt.date.fromisoformat(task.deadline)).days
                deadline.setIcon(self.overdue_icon)
                deadline.setForeground(QBrush(RED))
                bold = QFont(deadline.font())
                bold.setBold(True)
                deadline.setFont(bold)
                deadline.setToolTip(self.tr("Quá hạn %1 ngày").replace("%1", str(late)))
                for column in range(table.columnCount()):
                    table.item(row, column).setBackground(QBrush(OVERDUE_BACKGROUND))
            elif task.status == "done":
                table.item(row, T_STATUS).setForeground(QBrush(DONE_COLOUR))
            elif task.status == "cancelled":
                for column in range(table.columnCount()):
                    table.item(row, column).setForeground(QBrush(GREY))
        table.setSortingEnabled(True)
        rows = [table.item(row, T_UNIT).data(ITEM_ROLE).task.id for row in range(table.rowCount())]
        if rows:
            table.selectRow(rows.index(keep) if keep in rows else 0)

    def _area_title(self, code: str) -> str:
        if not code:
            return self.tr("Không gắn lĩnh vực")
        return f"{code}. {self.areas.get(code, '')}".rstrip(". ")

    def _show_progress(self, table: QTableWidget, rows: list[plan.ProgressRow], *,
                       unit: bool) -> None:
        total = self.snapshot.progress.total if self.snapshot else None
        shown = [*rows, total] if rows and total is not None else rows
        table.clearContents()
        table.setRowCount(len(shown))
        for number, row in enumerate(shown):
            last = row is total
            if last:
                name = self.tr("Toàn tỉnh")
            elif unit:
                name = f"{row.label} ({row.key})"
            else:
                name = self._area_title(row.key)
            cells = [_cell(table, number, G_NAME, name),
                     _cell(table, number, G_COUNT, str(row.count), right=True),
                     _cell(table, number, G_DONE, str(row.done), right=True),
                     _cell(table, number, G_IN_PROGRESS, str(row.in_progress), right=True),
                     _cell(table, number, G_OVERDUE, str(row.overdue), right=True),
                     _cell(table, number, G_AVERAGE, "—" if row.average is None
                           else f"{row.average} %", right=True)]
            if row.overdue:
                cells[G_OVERDUE].setForeground(QBrush(RED))
            if row.cancelled:
                cells[G_COUNT].setToolTip(self.tr("Không kể %1 nhiệm vụ đã hủy").replace(
                    "%1", str(row.cancelled)))
            if last:
                for cell in cells:
                    font = QFont(cell.font())
                    font.setBold(True)
                    cell.setFont(font)

    def _show_proposals(self, snapshot: plan_views.PlanSnapshot, keep: set[str]) -> None:
        items = snapshot.proposals
        self.proposals_box.setTitle(self.tr("Đề xuất cho kế hoạch năm %1").replace(
            "%1", str(snapshot.campaign.year + 1)))
        _show_deadline(self.deadline_label, snapshot.proposals_deadline,
                       dt.date.fromisoformat(snapshot.today))
        waiting = sum(p.state == "proposed" for p in items)
        late = sum(bool(p.late) for p in items)
        counts = self.tr("%1 đề xuất đã nhận, %2 chờ quyết định").replace(
            "%1", str(len(items))).replace("%2", str(waiting))
        if late:
            counts += " · " + self.tr("%1 gửi muộn").replace("%1", str(late))
        self.counts_label.setText(counts if items else self.tr("Chưa nhận đề xuất nào."))
        table = self.proposals_table
        table.setSortingEnabled(False)
        table.clearContents()
        table.setRowCount(len(items))
        for row, proposal in enumerate(items):
            _cell(table, row, P_UNIT, proposal.unit_code, data=proposal,
                  tip=f"{proposal.unit_name} ({proposal.unit_code})")
            tip = "\n".join(filter(None, (proposal.title, self.tr("Ghi chú: %1").replace(
                "%1", proposal.note) if proposal.note else "")))
            _cell(table, row, P_TITLE, proposal.title, tip=tip)
            _cell(table, row, P_AREA, proposal.area_code or "—",
                  key=_area_key(proposal.area_code), tip=self._area_title(proposal.area_code))
            _cell(table, row, P_OUTPUT, proposal.expected_output or "—",
                  tip=proposal.expected_output or None)
            _cell(table, row, P_DEADLINE, vn_date(proposal.deadline) or "—",
                  key=proposal.deadline or NO_DEADLINE_KEY)
            state = _cell(table, row, P_STATE, state_name(proposal),
                          key=("proposed", "adopted", "declined").index(proposal.state))
            if proposal.state == "adopted":
                state.setForeground(QBrush(DONE_COLOUR))
            elif proposal.state == "declined":
                state.setForeground(QBrush(GREY))
            if proposal.late:
                flag = _cell(table, row, P_LATE, self.tr("Muộn"), key=1, tip=self.tr(
                    "Nhận sau hạn gửi đề xuất %1").replace("%1", vn_date(proposal.late)))
                flag.setIcon(self.late_icon)
                flag.setForeground(QBrush(AMBER))
            else:
                _cell(table, row, P_LATE, self.tr("Đúng hạn"), key=0)
        table.setSortingEnabled(True)
        for row in range(table.rowCount()):
            if table.item(row, P_UNIT).data(ITEM_ROLE).id in keep:
                table.selectionModel().select(table.model().index(row, 0), SELECT_ROWS)

    # -- selection and actions ----------------------------------------------------------------
    def current_task(self) -> plan.PlanTask | None:
        rows = {index.row() for index in self.tasks_table.selectionModel().selectedRows()}
        if not rows:
            return None
        item = self.tasks_table.item(min(rows), T_UNIT)
        return item.data(ITEM_ROLE) if item is not None else None

    def selected_proposals(self) -> list[plan.Proposal]:
        rows = sorted({index.row() for index in
                       self.proposals_table.selectionModel().selectedRows()})
        found = [self.proposals_table.item(row, P_UNIT) for row in rows]
        return [item.data(ITEM_ROLE) for item in found if item is not None]

    def select_task(self, title: str) -> bool:
        for row in range(self.tasks_table.rowCount()):
            if self.tasks_table.item(row, T_TITLE).text() == title:
                self.tasks_table.selectRow(row)
                return True
        return False

    def select_proposals(self, titles: Sequence[str]) -> None:
        table = self.proposals_table
        table.clearSelection()
        for row in range(table.rowCount()):
            if table.item(row, P_TITLE).text() in titles:
                table.selectionModel().select(table.model().index(row, 0), SELECT_ROWS)

    def _update_actions(self) -> None:
        ready = self.snapshot is not None
        self.add_action.setEnabled(ready and bool(self.snapshot.units))
        self.edit_action.setEnabled(self.current_task() is not None)
        chosen = self.selected_proposals()
        self.adopt_button.setEnabled(any(_decidable(p, True) for p in chosen))
        self.decline_button.setEnabled(any(_decidable(p, False) for p in chosen))
        self.draft_button.setEnabled(ready and any(
            p.state == "adopted" and not p.adopted_task_id for p in self.snapshot.proposals))

    def add_task(self) -> None:
        if self.snapshot is not None:
            self.view.open_dialog(PlanTaskDialog(self.session, self.snapshot, None, self))

    def edit_task(self) -> None:
        item = self.current_task()
        if item is not None and self.snapshot is not None:
            self.view.open_dialog(PlanTaskDialog(self.session, self.snapshot, item, self))

    def open_draft(self) -> None:
        if self.snapshot is not None:
            self.view.open_dialog(DraftPlanDialog(self.session, self.snapshot, self))

    def decide(self, adopt: bool) -> None:
        chosen = [p for p in self.selected_proposals() if _decidable(p, adopt)]
        if not chosen:
            return
        ids = [p.id for p in chosen]

        def job(ws: Any) -> list[plan.Proposal]:
            return [plan.decide_proposal(ws, proposal_id, adopt) for proposal_id in ids]

        def done(decided: list[plan.Proposal]) -> None:
            text = (self.tr("Đã đưa %n đề xuất vào kế hoạch năm sau.", None, len(decided))
                    if adopt else self.tr("Đã ghi không đưa %n đề xuất vào kế hoạch.", None,
                                          len(decided)))
            self.view.say(self.message, text, ok=True)

        def failed(exc: BaseException) -> None:
            self.view.refused(self.message, exc)
            self.view.refresh()  # what was decided before the refusal is saved

        self.session.run(job, done, failed, changes="plan")


def _decidable(proposal: plan.Proposal, adopt: bool) -> bool:
    """Whether the decision changes anything (one already made into a task stays adopted)."""
    if adopt:
        return proposal.state != "adopted"
    return proposal.state != "declined" and not proposal.adopted_task_id


def _area_key(code: str) -> tuple[int, str]:
    return (int(code) if code.isdigit() else 10**6, code)


def _show_deadline(label: QLabel, deadline: str | None, today: dt.date) -> None:
    """The proposals deadline with the days left, amber when near, red once passed."""
    font = QFont(label.font())
    if not deadline:
        label.setText(QCoreApplication.translate("PlanView", "Chưa đặt hạn gửi đề xuất."))
        _colour(label, None)
        font.setBold(False)
        label.setFont(font)
        return
    due = dt.date.fromisoformat(deadline)
    days = (due - today).days
    label.setText(QCoreApplication.translate("PlanView", "Hạn gửi đề xuất: %1 (%2)")
                  .replace("%1", vn_date(deadline))
                  .replace("%2", remaining_text(due, today, "proposals")))
    _colour(label, OVERDUE if days < 0 else SOON if days <= SOON_DAYS else None)
    font.setBold(days <= SOON_DAYS)
    label.setFont(font)


# -- the unit's page -------------------------------------------------------------------------

class UnitProposalsPage(QWidget):
    """A unit's proposals for next year's plan (see the module)."""

    def __init__(self, view: PlanView) -> None:
        super().__init__()
        self.view, self.session = view, view.session
        self.snapshot: plan_views.ProposalSnapshot | None = None
        self.question: QMessageBox | None = None
        self._build()

    def _build(self) -> None:
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.heading.setFont(font)
        self.deadline_label = QLabel()
        self.hint = _muted(QLabel(self.tr(
            "Đề xuất chỉ đến Sở Nội vụ khi gửi gói đề xuất. Sửa rồi gửi lại là an toàn: Sở Nội vụ "
            "cập nhật các đề xuất đã nhận, trừ đề xuất đã được quyết định. Đề xuất gửi sau hạn "
            "vẫn được nhận nhưng bị đánh dấu gửi muộn.")))
        self.add_action = _action(self, self.tr("Thêm đề xuất…"), QKeySequence(Qt.Key.Key_Insert),
                                  self.tr("Thêm một đề xuất (Insert)"), self.add_proposal)
        self.edit_action = _action(self, self.tr("Sửa…"), QKeySequence(Qt.Key.Key_F2),
                                   self.tr("Sửa đề xuất đang chọn (Enter hoặc F2, hoặc nhấp đúp)"),
                                   self.edit_proposal)
        self.delete_action = _action(
            self, self.tr("Xóa"), QKeySequence(QKeySequence.StandardKey.Delete),
            self.tr("Rút đề xuất đang chọn (Delete); đề xuất đã gửi vẫn còn ở Sở Nội vụ"),
            self.ask_delete)
        self.add_button = _button(self.add_action)
        self.edit_button = _button(self.edit_action)
        self.delete_button = _button(self.delete_action)
        self.send_button = QPushButton(self.tr("&Gửi đề xuất cho Sở Nội vụ…"))
        self.send_button.setToolTip(self.tr("Xuất mọi đề xuất thành một gói có chữ ký để gửi "
                                            "Sở Nội vụ (USB hoặc thư điện tử)"))
        self.send_button.clicked.connect(self.choose_export_path)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        self.table = _table([self.tr("Nội dung đề xuất"), self.tr("Lĩnh vực"),
                             self.tr("Sản phẩm đầu ra"), self.tr("Thời hạn\ndự kiến"),
                             self.tr("Ghi chú")], U_TITLE)
        _fixed(self.table, U_AREA, 30)
        _fixed(self.table, U_OUTPUT, 30)
        _fixed(self.table, U_NOTE, 30)
        self.table.setToolTip(self.tr("Insert: thêm · Enter/F2: sửa · Delete: xóa"))
        self.table.itemSelectionChanged.connect(self._update_actions)
        self.table.itemActivated.connect(lambda _item: self.edit_proposal())
        self.count_label = _muted(QLabel())
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(16)
        top.addWidget(self.deadline_label)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.result_label)
        self._update_actions()

    def show_snapshot(self, snapshot: plan_views.ProposalSnapshot) -> None:
        keep = self.current_proposal()
        self.snapshot = snapshot
        areas = dict(snapshot.areas)
        self.heading.setText(self.tr("Đề xuất nhiệm vụ cho kế hoạch CCHC năm %1").replace(
            "%1", str(snapshot.for_year)))
        _show_deadline(self.deadline_label, snapshot.deadline,
                       dt.date.fromisoformat(snapshot.today))
        table = self.table
        table.clearContents()
        table.setRowCount(len(snapshot.proposals))
        for row, proposal in enumerate(snapshot.proposals):
            _cell(table, row, U_TITLE, proposal.title, data=proposal)
            area = (f"{proposal.area_code}. {areas.get(proposal.area_code, '')}".rstrip(". ")
                    if proposal.area_code else "—")
            _cell(table, row, U_AREA, area)
            _cell(table, row, U_OUTPUT, proposal.expected_output or "—")
            _cell(table, row, U_DEADLINE, vn_date(proposal.deadline) or "—")
            _cell(table, row, U_NOTE, proposal.note or "—")
            if keep is not None and proposal.id == keep.id:
                table.selectRow(row)
        if table.rowCount() and not table.selectionModel().hasSelection():
            table.selectRow(0)
        count = len(snapshot.proposals)
        self.count_label.setText(self.tr("%n đề xuất", None, count) if count else self.tr(
            "Chưa có đề xuất nào: bấm “Thêm đề xuất…” (Insert) để đề xuất nhiệm vụ cho kế "
            "hoạch năm sau."))
        self._update_actions()

    def current_proposal(self) -> plan.Proposal | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        item = self.table.item(min(rows), U_TITLE) if rows else None
        return item.data(ITEM_ROLE) if item is not None else None

    def _update_actions(self) -> None:
        chosen = self.current_proposal() is not None
        self.add_action.setEnabled(self.snapshot is not None)
        self.edit_action.setEnabled(chosen)
        self.delete_action.setEnabled(chosen)
        self.send_button.setEnabled(self.snapshot is not None)

    def add_proposal(self) -> None:
        if self.snapshot is not None:
            self.view.open_dialog(ProposalDialog(self.session, self.snapshot, None, self))

    def edit_proposal(self) -> None:
        proposal = self.current_proposal()
        if proposal is not None and self.snapshot is not None:
            self.view.open_dialog(ProposalDialog(self.session, self.snapshot, proposal, self))

    def ask_delete(self) -> None:
        proposal = self.current_proposal()
        if proposal is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Xóa đề xuất"), self.tr(
            "Xóa đề xuất “%1”? Nếu đã gửi, Sở Nội vụ vẫn giữ bản đã nhận.").replace(
            "%1", proposal.title), QMessageBox.StandardButton.NoButton, self)
        yes = box.addButton(self.tr("Xóa"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Không"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes)
        yes.clicked.connect(lambda: self.delete(proposal.id))
        self.question = box
        box.open()
        self.view.delete_asked.emit(box)

    def delete(self, proposal_id: str) -> None:
        self.session.run(lambda ws: plan.delete_proposal(ws, proposal_id),
                         lambda _: self.view.say(self.result_label, self.tr("Đã xóa đề xuất."),
                                                 ok=True),
                         lambda exc: self.view.refused(self.result_label, exc), changes="plan")

    def choose_export_path(self) -> None:
        year = self.snapshot.for_year if self.snapshot else ""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu gói đề xuất"),
                                              f"de-xuat-ke-hoach-{year}.cchc", "CCHC (*.cchc)")
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """The same call the send button makes once a file is chosen."""
        from desktop.sync import plan as plan_sync

        if path.suffix.lower() != ".cchc":
            path = path.with_suffix(".cchc")
        self.send_button.setEnabled(False)

        def done(built: Any) -> None:
            self.send_button.setEnabled(True)
            self.view.say(self.result_label, self.tr(
                "Đã xuất gói đề xuất và đọc lại để kiểm tra: %1 (%2 byte). Hãy gửi tệp này cho "
                "Sở Nội vụ.").replace("%1", str(built.path)).replace("%2", str(built.size)),
                ok=True)
            self.view.exported.emit({"path": str(built.path), "size": built.size})

        def failed(exc: BaseException) -> None:
            self.send_button.setEnabled(True)
            self.view.refused(self.result_label, exc)

        self.session.run_long(lambda ws, _progress: plan_sync.export_proposals(ws, path),
                              self.tr("Đang xuất gói đề xuất…"), done, changes="packages",
                              on_error=failed)


# -- the tab ---------------------------------------------------------------------------------

class PlanView(QWidget):
    """The plan tab: the coordinator page at Sở Nội vụ, the unit page elsewhere. `loaded`
    after fresh data is shown; `dialog_opened(dialog)` hands out each dialog (tests fill it
    in like a user would); `delete_asked(box)`; `exported({"path", "size"})`."""

    loaded = Signal()
    dialog_opened = Signal(object)
    delete_asked = Signal(object)
    exported = Signal(dict)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.today: dt.date | None = None  # fixed by tests; None: the computer's date
        self.dialog: QDialog | None = None
        self._stale = True
        self._generation = 0
        self.coordinator = CoordinatorPlanPage(self)
        self.unit = UnitProposalsPage(self)
        self.empty = QLabel(self.tr("Chưa có đợt đánh giá đang mở."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        for page in (self.empty, self.coordinator, self.unit):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        session.changed.connect(self._on_changed)
        session.opened.connect(lambda _info: self._mark_stale())
        session.closed.connect(self._clear)

    @property
    def is_coordinator(self) -> bool:
        return self.session.role == "coordinator"

    # -- loading ------------------------------------------------------------------------------
    def _on_changed(self, what: str) -> None:
        if what in REFRESH_KINDS:
            self._mark_stale()

    def _mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        campaign_id = self.session.campaign_id
        if not self.session.is_open or campaign_id is None:
            self._clear()
            return
        self._stale = False
        self._generation += 1
        generation = self._generation
        today = self.today or dates.today()
        if self.is_coordinator:
            job: Callable[[Any], Any] = lambda ws: plan_views.coordinator_plan(  # noqa: E731
                ws, campaign_id, today=today)
        else:
            job = lambda ws: plan_views.unit_proposals(ws, campaign_id, today=today)  # noqa: E731
        self.session.run(job, lambda snapshot: self._show(generation, snapshot))

    def _show(self, generation: int, snapshot: Any) -> None:
        if generation != self._generation:
            return
        page: CoordinatorPlanPage | UnitProposalsPage = (
            self.coordinator if isinstance(snapshot, plan_views.PlanSnapshot) else self.unit)
        page.show_snapshot(snapshot)
        self.pages.setCurrentWidget(page)
        self.loaded.emit()

    def _clear(self) -> None:
        self._generation += 1
        self.pages.setCurrentWidget(self.empty)

    # -- shared by the pages ------------------------------------------------------------------
    def open_dialog(self, dialog: QDialog) -> None:
        if self.dialog is not None and _alive(self.dialog) and self.dialog.isVisible():
            dialog.deleteLater()
            self.dialog.raise_()
            return
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        focus = QApplication.focusWidget()
        dialog.finished.connect(lambda _result: self._back_from_dialog(focus))
        dialog.open()
        self.dialog_opened.emit(dialog)

    def _back_from_dialog(self, focus: QWidget | None) -> None:
        """After a dialog the keyboard is back where it was (some window managers, and the
        offscreen platform, leave no window active when a dialog closes)."""
        self.window().activateWindow()
        if focus is not None and _alive(focus) and self.isAncestorOf(focus):
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def say(self, label: QLabel, text: str, *, ok: bool) -> None:
        label.setText(text)
        _colour(label, DONE_COLOUR if ok else OVERDUE)
        font = QFont(label.font())
        font.setBold(not ok)
        label.setFont(font)
        label.show()

    def refused(self, label: QLabel, exc: BaseException) -> None:
        if isinstance(exc, CchcError):
            self.say(label, sentence(exc, self.session.lang), ok=False)
            self.session.last_error = exc
            self.session.failed.emit(exc)
        else:
            self.session.show_error(exc)
