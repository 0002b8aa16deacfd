"""The dialog that adds or edits one task, and lists and attaches its evidence. A task of the
province's plan that came with the campaign keeps the province's title, source, deadline and
expected output (shown, not editable at a unit); the unit reports its status and progress.

OK saves through `tasks.save_task` on the database thread. The service is the validator: an
expected error (empty title, bad value) comes back as the one sentence from
`desktop.messages`, shown inside the dialog, which stays open with nothing saved. The dialog
is opened with `open()`, never `exec()`, so the event loop — and the tests — keep running.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QDate, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
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
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.messages import sentence
from desktop.models import evidence, tasks
from desktop.models.dates import vn_date
from desktop.models.entities import Evidence, Task
from desktop.models.errors import CchcError
from desktop.models.progress import Progress
from desktop.models.store import Workspace
from desktop.ui.session import Session

DATE_FORMAT = "dd/MM/yyyy"
ISO_FORMAT = "yyyy-MM-dd"
NO_DATE = QDate(2000, 1, 1)  # shown as "—": the date box stands for "no date"


def _alive(widget: QWidget) -> bool:
    """A job may finish after the dialog is gone; its callback then has nothing to update."""
    return shiboken6.isValid(widget)


def attach_to_task(ws: Workspace, progress: Progress, task_id: str,
                   paths: Sequence[str]) -> list[evidence.AddedEvidence]:
    """Add each file as evidence of the task, one at a time, stopping between files if the
    user cancels (what was added stays added)."""
    added = []
    for number, path in enumerate(paths):
        progress.check()
        progress.report(number, len(paths), Path(path).name)
        added.append(evidence.add_evidence(ws, path, task_id=task_id))
    progress.report(len(paths), len(paths))
    return added


class TaskDialog(QDialog):
    """Edit `task`, or add a new one when `task` is None. `owners` are offered in the owner
    box. Emits `saved(Task)` once the database has the change, then closes; `evidence_loaded`
    each time the evidence list has been read afresh."""

    saved = Signal(object)
    failed = Signal(str)
    evidence_loaded = Signal(list)

    def __init__(self, session: Session, task: Task | None = None, owners: Iterable[str] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.task = session, task
        self.evidence: list[Evidence] = []
        self.assigned = False  # a province-plan task of the campaign: partly read-only
        self._saving = False
        self.setWindowTitle(self.tr("Sửa nhiệm vụ") if task else self.tr("Thêm nhiệm vụ"))
        self._build(list(owners))
        self._fill(task)
        session.changed.connect(self._on_changed)
        self.setMinimumWidth(560)
        self.resize(640, 600)
        if task is not None:
            self.load_evidence()

    # -- construction -------------------------------------------------------------------------
    def _build(self, owners: list[str]) -> None:
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Ví dụ: Báo cáo CCHC quý I"))
        self.source_combo = QComboBox()
        self.source_combo.addItem(self.tr("Kế hoạch tỉnh"), "province_plan")
        self.source_combo.addItem(self.tr("Của đơn vị"), "own")
        self.source_combo.setToolTip(self.tr(
            "Nhiệm vụ theo kế hoạch CCHC của tỉnh được tính vào tỷ lệ hoàn thành và số nhiệm vụ "
            "quá hạn dùng để gợi ý điểm."))
        self.source_ref_edit = QLineEdit()
        self.source_ref_edit.setPlaceholderText(self.tr("Ví dụ: 12/KH-UBND"))
        self.owner_combo = QComboBox()
        self.owner_combo.setEditable(True)
        self.owner_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.owner_combo.addItems(owners)
        self.owner_combo.lineEdit().setPlaceholderText(self.tr("Người hoặc bộ phận"))

        self.deadline_edit = self._date_edit()
        self.no_deadline_check = QCheckBox(self.tr("&Không có hạn"))
        self.no_deadline_check.toggled.connect(self._deadline_toggled)
        deadline_row = QHBoxLayout()
        deadline_row.addWidget(self.deadline_edit)
        deadline_row.addWidget(self.no_deadline_check)
        deadline_row.addStretch(1)

        self.status_combo = QComboBox()
        for key, text in (("not_started", self.tr("Chưa bắt đầu")),
                          ("in_progress", self.tr("Đang thực hiện")),
                          ("done", self.tr("Hoàn thành")), ("cancelled", self.tr("Đã hủy"))):
            self.status_combo.addItem(text, key)
        self.status_combo.currentIndexChanged.connect(self._status_changed)
        self.progress_spin = QSpinBox()
        self.progress_spin.setRange(0, 100)
        self.progress_spin.setSuffix(" %")
        self.completed_edit = self._date_edit()
        self.completed_edit.setToolTip(self.tr("Chỉ nhập khi nhiệm vụ đã hoàn thành."))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.expected_label = QLabel(self.tr("Sản phẩm đầu ra:"))
        self.expected_output = QLabel()
        self.expected_output.setWordWrap(True)
        self.expected_output.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.assigned_note = QLabel(self.tr(
            "Nhiệm vụ do tỉnh giao theo kế hoạch CCHC: tên, nguồn, hạn và sản phẩm đầu ra do "
            "Sở Nội vụ quy định; đơn vị cập nhật người phụ trách, trạng thái, tiến độ và ghi chú."))
        self.assigned_note.setWordWrap(True)
        self.assigned_note.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._label(self.tr("&Tên nhiệm vụ:"), self.title_edit), self.title_edit)
        form.addRow(self._label(self.tr("&Nguồn:"), self.source_combo), self.source_combo)
        form.addRow(self._label(self.tr("&Số, ký hiệu văn bản giao:"), self.source_ref_edit),
                    self.source_ref_edit)
        form.addRow(self._label(self.tr("Người/bộ phận &phụ trách:"), self.owner_combo),
                    self.owner_combo)
        form.addRow(self.expected_label, self.expected_output)
        form.addRow(self._label(self.tr("&Hạn:"), self.deadline_edit), deadline_row)
        form.addRow(self._label(self.tr("Trạn&g thái:"), self.status_combo), self.status_combo)
        form.addRow(self._label(self.tr("T&iến độ:"), self.progress_spin), self.progress_spin)
        form.addRow(self._label(self.tr("Ngày h&oàn thành:"), self.completed_edit),
                    self.completed_edit)
        form.addRow(self._label(self.tr("Ghi &chú:"), self.notes_edit), self.notes_edit)

        self.error_label = QLabel()
        self.error_label.setObjectName("taskError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(
            "#taskError { color: #8a1f11; background: #fdecea; border: 1px solid #f1b0a8; "
            "border-radius: 3px; padding: 6px; }")
        self.error_label.hide()

        self.evidence_list = QTreeWidget()
        self.evidence_list.setHeaderLabels([self.tr("Tên tệp"), self.tr("Số, ký hiệu"),
                                            self.tr("Ngày")])
        self.evidence_list.setRootIsDecorated(False)
        self.evidence_list.setUniformRowHeights(True)
        self.evidence_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.evidence_list.setToolTip(self.tr("Enter hoặc nhấp đúp để mở tệp"))
        header = self.evidence_list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.evidence_list.itemActivated.connect(lambda item, _: self._open_file(item))
        # one short line: a word-wrapped (height-for-width) label here would let the box
        # layout squeeze the form above below its minimum height
        self.evidence_hint = QLabel()
        self.attach_button = QPushButton(self.tr("Đính kèm tài &liệu…"))
        self.attach_button.clicked.connect(self.choose_files)
        evidence_box = QGroupBox(self.tr("Tài liệu kiểm chứng của nhiệm vụ"))
        evidence_layout = QVBoxLayout(evidence_box)
        evidence_layout.addWidget(self.evidence_list, 1)
        hint_row = QHBoxLayout()
        hint_row.addWidget(self.evidence_hint, 1)
        hint_row.addWidget(self.attach_button)
        evidence_layout.addLayout(hint_row)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Lưu"))
        self.save_button.setToolTip(self.tr("Lưu (Enter)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.assigned_note)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(evidence_box, 1)
        layout.addWidget(self.buttons)
        # only once the button is inside the dialog does the dialog take it as its default;
        # before, QDialog would pick the first button in the tab chain (attach) for Enter
        self.save_button.setDefault(True)

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText("—")
        edit.setDate(QDate.currentDate())
        return edit

    @staticmethod
    def _iso(edit: QDateEdit) -> str:
        return "" if edit.date() <= NO_DATE else edit.date().toString(ISO_FORMAT)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _fill(self, task: Task | None) -> None:
        self.status_combo.blockSignals(True)
        if task is not None:
            self.title_edit.setText(task.title)
            self.source_combo.setCurrentIndex(max(self.source_combo.findData(task.source), 0))
            self.source_ref_edit.setText(task.source_ref)
            self.owner_combo.setCurrentText(task.owner)
            self.no_deadline_check.setChecked(not task.deadline)
            if task.deadline:
                self.deadline_edit.setDate(QDate.fromString(task.deadline, ISO_FORMAT))
            else:
                self.deadline_edit.setDate(NO_DATE)
            self.status_combo.setCurrentIndex(max(self.status_combo.findData(task.status), 0))
            self.progress_spin.setValue(task.progress)
            self.completed_edit.setDate(QDate.fromString(task.completed_on, ISO_FORMAT)
                                        if task.completed_on else NO_DATE)
            self.notes_edit.setPlainText(task.notes)
        else:
            self.owner_combo.setCurrentText("")
            self.completed_edit.setDate(NO_DATE)
        self.status_combo.blockSignals(False)
        self.completed_edit.setEnabled(self.status_combo.currentData() == "done")
        self.deadline_edit.setEnabled(not self.no_deadline_check.isChecked())
        self.attach_button.setEnabled(task is not None)
        self._show_evidence([])
        self._show_assignment(task)
        (self.status_combo if self.assigned else self.title_edit).setFocus()

    def _show_assignment(self, task: Task | None) -> None:
        """A province-plan task that came with the campaign: at a unit its title, source,
        deadline and expected output are the province's, shown but not editable."""
        self.assigned = (task is not None and task.source == "province_plan"
                         and bool(task.campaign_id) and self.session.role != "coordinator")
        expected = task.expected_output if task is not None else ""
        self.expected_output.setText(expected or "—")
        for widget in (self.expected_label, self.expected_output):
            widget.setVisible(bool(expected))
        self.assigned_note.setVisible(self.assigned)
        for edit in (self.title_edit, self.source_ref_edit):
            edit.setReadOnly(self.assigned)
            if self.assigned:  # read-only looks read-only: the window's grey, not white
                palette = edit.palette()
                palette.setColor(QPalette.ColorRole.Base,
                                 palette.color(QPalette.ColorRole.Window))
                edit.setPalette(palette)
        for widget in (self.source_combo, self.no_deadline_check):
            widget.setEnabled(not self.assigned)
        self.deadline_edit.setEnabled(not self.assigned and not self.no_deadline_check.isChecked())
        if self.assigned:
            tip = self.tr("Do tỉnh giao, đơn vị không sửa được.")
            for widget in (self.title_edit, self.source_combo, self.source_ref_edit,
                           self.deadline_edit):
                widget.setToolTip(tip)

    def _deadline_toggled(self, none: bool) -> None:
        self.deadline_edit.setEnabled(not none)
        if none:
            self.deadline_edit.setDate(NO_DATE)
        elif self.deadline_edit.date() <= NO_DATE:
            self.deadline_edit.setDate(QDate.currentDate())

    def _status_changed(self) -> None:
        done = self.status_combo.currentData() == "done"
        self.completed_edit.setEnabled(done)
        if done:
            self.progress_spin.setValue(100)
            if self.completed_edit.date() <= NO_DATE:
                self.completed_edit.setDate(QDate.currentDate())
        else:
            self.completed_edit.setDate(NO_DATE)

    # -- values and saving --------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """The fields as the service takes them ("" clears a date)."""
        status = self.status_combo.currentData()
        return {
            "title": self.title_edit.text(),
            "source": self.source_combo.currentData(),
            "source_ref": self.source_ref_edit.text(),
            "owner": self.owner_combo.currentText(),
            "deadline": "" if self.no_deadline_check.isChecked() else self._iso(self.deadline_edit),
            "status": status,
            "progress": self.progress_spin.value(),
            "completed_on": self._iso(self.completed_edit) if status == "done" else "",
            "notes": self.notes_edit.toPlainText(),
        }

    def changes(self, values: dict[str, Any] | None = None) -> dict[str, Any]:
        """What differs from the task as loaded (everything, for a new task)."""
        values = self.values() if values is None else values
        if self.task is None:
            return values
        return {key: value for key, value in values.items()
                if value != (getattr(self.task, key) if getattr(self.task, key) is not None
                             else "")}

    def accept(self) -> None:
        self.save()

    def save(self, values: dict[str, Any] | None = None) -> None:
        """Send the fields to the service; `values` replaces what the widgets hold (the
        widgets cannot hold some invalid values the service still guards against)."""
        if self._saving:
            return
        changes = self.changes(values)
        if not changes:
            super().accept()
            return
        self._saving = True
        self.save_button.setEnabled(False)
        task_id = self.task.id if self.task else None
        unit_id = self.session.unit_id
        self.session.run(lambda ws: tasks.save_task(ws, task_id, changes, unit_id=unit_id),
                         self._saved, self._failed, changes="tasks")

    def _saved(self, task: Task) -> None:
        if not _alive(self):
            return
        self._saving = False
        self.save_button.setEnabled(True)
        self.task = task
        self.error_label.hide()
        self.saved.emit(task)
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        if not _alive(self):
            return
        self._saving = False
        self.save_button.setEnabled(True)
        if isinstance(exc, CchcError):
            self.show_error(sentence(exc, self.session.lang))
        else:
            self.session.show_error(exc)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.failed.emit(text)

    # -- evidence -----------------------------------------------------------------------------
    def load_evidence(self) -> None:
        if self.task is None:
            return
        task_id = self.task.id
        self.session.run(lambda ws: evidence.list_evidence(ws, task_id=task_id),
                         self._evidence_read)

    def _evidence_read(self, items: list[Evidence]) -> None:
        if not _alive(self):
            return
        self._show_evidence(items)
        self.evidence_loaded.emit(items)

    def _show_evidence(self, items: list[Evidence]) -> None:
        self.evidence = list(items)
        self.evidence_list.clear()
        for item in items:
            row = QTreeWidgetItem([item.original_name, item.doc_number, vn_date(item.doc_date)])
            row.setToolTip(0, item.original_name)
            row.setData(0, Qt.ItemDataRole.UserRole, item)
            self.evidence_list.addTopLevelItem(row)
        if self.task is None:
            self.evidence_hint.setText(self.tr("Lưu nhiệm vụ trước, sau đó mở lại để đính kèm "
                                               "tài liệu."))
        elif not items:
            self.evidence_hint.setText(self.tr("Chưa có tài liệu nào."))
        else:
            self.evidence_hint.setText(self.tr("%1 tài liệu").replace("%1", str(len(items))))

    def _on_changed(self, what: str) -> None:
        if what in ("evidence", "all") and _alive(self):
            self.load_evidence()

    def choose_files(self) -> None:
        picker = QFileDialog(self, self.tr("Chọn tài liệu kiểm chứng"))
        picker.setFileMode(QFileDialog.FileMode.ExistingFiles)
        picker.filesSelected.connect(self.attach_files)
        picker.open()

    def attach_files(self, paths: Sequence[str | Path]) -> None:
        """What the attach button ends in: add each file as evidence of this task. The list
        reloads when the database says evidence changed (also after a cancel or an error)."""
        if self.task is None or not paths:
            return
        task_id = self.task.id
        names = [str(p) for p in paths]
        self.session.run_long(lambda ws, progress: attach_to_task(ws, progress, task_id, names),
                              self.tr("Đang đính kèm tài liệu…"), changes="evidence")

    def _open_file(self, item: QTreeWidgetItem) -> None:
        chosen: Evidence = item.data(0, Qt.ItemDataRole.UserRole)
        self.session.run(lambda ws: evidence.file_path(ws, chosen),
                         lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
