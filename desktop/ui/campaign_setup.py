"""Setting up a campaign at Sở Nội vụ from the window (menu "Điều phối"), the way
`cchc campaign create / registry / enrol / check / publish` do it on the command line:

- `CampaignSetupDialog` ("Thiết lập đợt đánh giá"): the year, title and province; the unit
  groups with the criteria set of each (a shipped sample, a set already stored, or a
  .json/.xlsx file, with its title, total points, number of criteria and whether it is a
  sample); one date per deadline, prefilled with the suggested ones of the year; the rating
  bands, campaign-wide or per group. "Tạo đợt đánh giá" creates everything in one unit of
  work (`setup_views.create_campaign` → `setup.set_up_campaign`); a refusal shows the
  service's sentence and the dialog keeps what was typed.
- `RegistryDialog` ("Danh sách đơn vị"): the registry with each unit's group, the Excel
  template, the import (checked first: every problem listed with its row, nothing written),
  and `EnrolByTypeDialog` (enrol every unit of a type in a group).
- `PublishDialog` ("Kiểm tra và phát hành"): the check before publishing, errors in red and
  warnings in amber, one sentence each; the package written only when there is no error, with
  the province key's fingerprint the units compare.

All database work runs on the database thread through `Session.run`; the dialogs are
non-modal to the event loop (`open()`), and each emits what it did so tests can follow."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontDatabase, QGuiApplication
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
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.messages import item_sentence, sentence
from desktop.models import setup, setup_views
from desktop.models.dates import vn_date
from desktop.models.entities import UNIT_TYPES
from desktop.models.errors import CchcError
from desktop.ui.session import Session

CONTEXT = "campaign_setup"
ERROR_COLOUR = QColor("#a8322d")      # as the check before submitting
WARNING_COLOUR = QColor("#8a5a00")
OK_COLOUR = QColor("#2e6b3f")
GREY = QColor("#6b6b6b")
BROWSE = "browse"
# the deadlines with one date each, in the order of the cycle (the proposals, due on 15/11
# of the year, go with next year's plan)
DEADLINE_LABELS = {
    "self_scoring": QT_TRANSLATE_NOOP("campaign_setup", "Tự chấm điểm:"),
    "round1_appraisal": QT_TRANSLATE_NOOP("campaign_setup", "Thẩm định vòng 1:"),
    "explanation": QT_TRANSLATE_NOOP("campaign_setup", "Giải trình:"),
    "round2_appraisal": QT_TRANSLATE_NOOP("campaign_setup", "Thẩm định vòng 2:"),
    "publication": QT_TRANSLATE_NOOP("campaign_setup", "Công bố kết quả:"),
    "proposals": QT_TRANSLATE_NOOP("campaign_setup", "Đề xuất kế hoạch năm sau:"),
}
DEADLINE_TIPS = {
    "self_scoring": QT_TRANSLATE_NOOP(
        "campaign_setup", "Hạn các đơn vị tự chấm điểm và nộp gói cho Sở Nội vụ."),
    "round1_appraisal": QT_TRANSLATE_NOOP(
        "campaign_setup", "Hạn các cơ quan thẩm định gửi kết quả thẩm định vòng 1."),
    "explanation": QT_TRANSLATE_NOOP(
        "campaign_setup", "Hạn các đơn vị giải trình những tiêu chí được đề nghị."),
    "round2_appraisal": QT_TRANSLATE_NOOP(
        "campaign_setup", "Hạn thẩm định lại sau giải trình."),
    "publication": QT_TRANSLATE_NOOP(
        "campaign_setup", "Hạn UBND tỉnh công bố Chỉ số CCHC."),
    "proposals": QT_TRANSLATE_NOOP(
        "campaign_setup", "Hạn các đơn vị gửi đề xuất nhiệm vụ cho kế hoạch CCHC năm sau "
        "(thường trước 15/11)."),
}
UNIT_TYPE_NAMES = {
    "so": QT_TRANSLATE_NOOP("campaign_setup", "Sở"),
    "ban_nganh": QT_TRANSLATE_NOOP("campaign_setup", "Ban, ngành tỉnh"),
    "nganh_doc": QT_TRANSLATE_NOOP("campaign_setup", "Cơ quan ngành dọc"),
    "ubnd_tinh": QT_TRANSLATE_NOOP("campaign_setup", "UBND tỉnh"),
    "ubnd_huyen": QT_TRANSLATE_NOOP("campaign_setup", "UBND cấp huyện (trước 1/7/2025)"),
    "ubnd_xa": QT_TRANSLATE_NOOP("campaign_setup", "UBND xã"),
    "ubnd_phuong": QT_TRANSLATE_NOOP("campaign_setup", "UBND phường"),
    "ubnd_dac_khu": QT_TRANSLATE_NOOP("campaign_setup", "UBND đặc khu"),
    "phong": QT_TRANSLATE_NOOP("campaign_setup", "Phòng, đơn vị trực thuộc"),
    "khac": QT_TRANSLATE_NOOP("campaign_setup", "Khác"),
}
# the group a unit type usually goes in, when the campaign has it
USUAL_GROUP = {"so": "so-ban-nganh", "ban_nganh": "so-ban-nganh", "nganh_doc": "so-ban-nganh",
               "ubnd_xa": "xa-phuong", "ubnd_phuong": "xa-phuong", "ubnd_dac_khu": "xa-phuong"}
# rating bands are data (the names the province's decision uses), not interface text
DEFAULT_BANDS = (("Xuất sắc", "90"), ("Tốt", "80"), ("Khá", "70"), ("Trung bình", "50"),
                 ("Yếu", "0"))
DEFAULT_GROUPS = (("so-ban-nganh", "sample:so-ban-nganh"), ("xa-phuong", "sample:xa-phuong"))
# the page a refusal is about
PAGE_OF_ERROR = {"campaign_title_required": 0, "bad_year": 0,
                 "setup_no_groups": 1, "setup_group_code_required": 1, "duplicate_group": 1,
                 "unknown_criteria_set": 1, "criteria_invalid": 1, "criteria_version_exists": 1,
                 "criteria_missing_field": 1, "json_unreadable": 1, "file_missing": 1,
                 "bad_date": 2, "bad_deadline_kind": 2, "bad_rating_bands": 3, "bad_number": 3,
                 "unknown_group": 3}


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def type_name(unit_type: str) -> str:
    return translate(UNIT_TYPE_NAMES[unit_type]) if unit_type in UNIT_TYPE_NAMES else unit_type


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_edit(day: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    edit.setMinimumDate(QDate(2000, 1, 1))
    edit.setMaximumDate(QDate(2101, 12, 31))
    if day is not None:
        edit.setDate(to_qdate(day))
    return edit


def problem_sentence(problem: Any, lang: str) -> str:
    """A `setup.Problem` or a refused value (`CchcError`), as its one sentence."""
    if isinstance(problem, CchcError):
        return sentence(problem, lang)
    return item_sentence(problem.code, problem.data, lang)


def message_style(label: QLabel, colour: QColor | None) -> None:
    label.setStyleSheet(f"color: {colour.name()};" if colour is not None else "")


def wrapped_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


# == the campaign ===================================================================================

class CampaignSetupDialog(QDialog):
    """Year, title, province → unit groups and their criteria sets → deadlines → rating bands,
    then "Tạo đợt đánh giá"."""

    loaded = Signal()
    set_loaded = Signal(object)      # the SetChoice of a file read, or the error
    created = Signal(object)         # the Campaign
    refused = Signal(object)         # the service's error

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.choices: list[setup_views.SetChoice] = []
        self.defaults: dict[str, Any] = {}
        self._title_touched = self._dates_touched = False
        self._filling = False
        self.setWindowTitle(self.tr("Thiết lập đợt đánh giá"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._campaign_page(), self.tr("1. Đợt đánh giá"))
        self.tabs.addTab(self._groups_page(), self.tr("2. Nhóm đơn vị"))
        self.tabs.addTab(self._deadlines_page(), self.tr("3. Thời hạn"))
        self.tabs.addTab(self._bands_page(), self.tr("4. Mức xếp loại"))
        self.tabs.currentChanged.connect(self._page_changed)
        self.message = wrapped_label()
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems = QListWidget()
        self.problems.setWordWrap(True)
        self.problems.setMaximumHeight(110)
        self.problems.hide()
        self.back_button = QPushButton(self.tr("< &Trước"))
        self.next_button = QPushButton(self.tr("&Tiếp >"))
        self.create_button = QPushButton(self.tr("Tạo đợt đánh giá"))
        self.create_button.setToolTip(self.tr(
            "Tạo đợt đánh giá với mọi thông tin trên cả bốn trang, trong một lần ghi: nếu có "
            "giá trị không hợp lệ thì không có gì được lưu."))
        self.close_button = QPushButton(self.tr("Đóng"))
        for button in (self.back_button, self.next_button, self.create_button,
                       self.close_button):
            button.setAutoDefault(False)  # Enter in a field never creates the campaign
        self.close_button.clicked.connect(self.reject)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.back_button)
        self.buttons.addWidget(self.next_button)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.create_button)
        self.buttons.addWidget(self.close_button)
        self.back_button.clicked.connect(lambda: self.tabs.setCurrentIndex(
            max(0, self.tabs.currentIndex() - 1)))
        self.next_button.clicked.connect(lambda: self.tabs.setCurrentIndex(
            min(self.tabs.count() - 1, self.tabs.currentIndex() + 1)))
        self.create_button.clicked.connect(self.create)
        self.create_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.problems)
        layout.addLayout(self.buttons)
        self.resize(1000, 600)
        self._page_changed(0)
        session.run(lambda ws: (setup_views.setup_defaults(ws), setup_views.set_choices(ws)),
                    self._fill, self._load_failed)

    # -- pages ---------------------------------------------------------------------------------
    def _campaign_page(self) -> QWidget:
        page = QWidget()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        self.year.setToolTip(self.tr("Năm được đánh giá; thời hạn gợi ý đi theo năm này."))
        self.year.valueChanged.connect(self._year_changed)
        self.title_edit = QLineEdit()
        self.title_edit.textEdited.connect(self._title_edited)
        self.province = QLineEdit()
        self.province.setPlaceholderText(self.tr("ví dụ: An Giang"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Năm đánh giá:"), self.year)
        form.addRow(self.tr("Tên đợt đánh giá:"), self.title_edit)
        form.addRow(self.tr("Tỉnh, thành phố:"), self.province)
        layout = QVBoxLayout(page)
        layout.addWidget(wrapped_label(self.tr(
            "Đợt đánh giá gồm các nhóm đơn vị (mỗi nhóm một bộ tiêu chí), các thời hạn và "
            "mức xếp loại. Đợt mới được chọn làm đợt đang làm việc. Sau khi tạo: ghi danh các "
            "đơn vị (Điều phối › Danh sách đơn vị…), rồi kiểm tra và phát hành gói đợt đánh "
            "giá cho các đơn vị.")))
        layout.addLayout(form)
        self.title_edit.setText(self.suggested_title())
        self.existing = wrapped_label()
        self.existing.hide()
        layout.addWidget(self.existing)
        layout.addStretch(1)
        return page

    def suggested_title(self) -> str:
        return self.tr("Đánh giá Chỉ số CCHC năm %1").replace("%1", str(self.year.value()))

    def _groups_page(self) -> QWidget:
        page = QWidget()
        self.groups_table = QTableWidget(0, 4)
        self.groups_table.setHorizontalHeaderLabels([
            self.tr("Mã nhóm"), self.tr("Tên nhóm"), self.tr("Bộ tiêu chí"), self.tr("Tóm tắt")])
        self.groups_table.verticalHeader().hide()
        self.groups_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.groups_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.groups_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.groups_table.setColumnWidth(0, 130)
        self.groups_table.setColumnWidth(1, 210)
        self.groups_table.currentCellChanged.connect(lambda *_: self._show_details())
        self.groups_table.itemChanged.connect(self._group_item_changed)
        self.add_group_button = QPushButton(self.tr("Thêm nhóm"))
        self.add_group_button.clicked.connect(lambda: self.add_group("", "", ""))
        self.remove_group_button = QPushButton(self.tr("Xóa nhóm"))
        self.remove_group_button.clicked.connect(self.remove_current_group)
        self.file_button = QPushButton(self.tr("Nạp bộ tiêu chí từ tệp…"))
        self.file_button.setToolTip(self.tr(
            "Bộ tiêu chí chính thức của tỉnh dạng .xlsx (theo mẫu của phần mềm) hoặc .json, "
            "dùng cho nhóm đang chọn."))
        self.file_button.clicked.connect(self.browse_set_file)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_group_button)
        buttons.addWidget(self.remove_group_button)
        buttons.addStretch(1)
        buttons.addWidget(self.file_button)
        self.details = wrapped_label()
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        details_box = QGroupBox(self.tr("Bộ tiêu chí của nhóm đang chọn"))
        details_layout = QVBoxLayout(details_box)
        details_layout.addWidget(self.details)
        layout = QVBoxLayout(page)
        layout.addWidget(wrapped_label(self.tr(
            "Mỗi nhóm đơn vị chấm theo một bộ tiêu chí. Mã nhóm là mã ghi ở cột “Nhóm” của "
            "danh sách đơn vị (ví dụ so-ban-nganh, xa-phuong).")))
        layout.addWidget(self.groups_table, 1)
        layout.addLayout(buttons)
        layout.addWidget(details_box)
        return page

    def _deadlines_page(self) -> QWidget:
        page = QWidget()
        self.deadline_edits: dict[str, QDateEdit] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for kind, label in DEADLINE_LABELS.items():
            edit = date_edit()
            edit.setToolTip(translate(DEADLINE_TIPS[kind]))
            edit.dateChanged.connect(self._date_edited)
            self.deadline_edits[kind] = edit
            form.addRow(translate(label), edit)
        self.meetings = QListWidget()
        self.meetings.setFixedSize(260, 92)
        self.meetings.setToolTip(self.tr("Các cuộc họp giao ban CCHC hằng quý."))
        self.meeting_edit = date_edit()
        self.add_meeting_button = QPushButton(self.tr("Thêm"))
        self.add_meeting_button.clicked.connect(
            lambda: self.add_meeting(self.meeting_edit.date().toPython()))
        self.remove_meeting_button = QPushButton(self.tr("Xóa"))
        self.remove_meeting_button.clicked.connect(self.remove_meeting)
        meeting_row = QHBoxLayout()
        meeting_row.addWidget(self.meeting_edit)
        meeting_row.addWidget(self.add_meeting_button)
        meeting_row.addWidget(self.remove_meeting_button)
        meeting_row.addStretch(1)
        meetings = QVBoxLayout()
        meetings.addWidget(self.meetings)
        meetings.addLayout(meeting_row)
        form.addRow(self.tr("Họp giao ban hằng quý:"), meetings)
        self.reset_dates_button = QPushButton(self.tr("Đặt lại thời hạn gợi ý"))
        self.reset_dates_button.clicked.connect(self.reset_deadlines)
        reset_row = QHBoxLayout()
        reset_row.addStretch(1)
        reset_row.addWidget(self.reset_dates_button)
        layout = QVBoxLayout(page)
        layout.addWidget(wrapped_label(self.tr(
            "Thời hạn gợi ý theo năm đánh giá (đề xuất 15/11, tự chấm 15/12, thẩm định và giải "
            "trình tháng 1–2 năm sau, công bố 31/03); hãy sửa cho khớp kế hoạch của tỉnh. Các "
            "bước phải theo thứ tự: tự chấm → thẩm định vòng 1 → giải trình → thẩm định vòng 2 "
            "→ công bố.")))
        layout.addLayout(form)
        layout.addLayout(reset_row)
        layout.addStretch(1)
        self.reset_deadlines()
        return page

    def _bands_page(self) -> QWidget:
        page = QWidget()
        self.band_scope = QComboBox()
        self.band_scope.setToolTip(self.tr(
            "Thang chung áp dụng cho mọi nhóm; một nhóm có thang riêng thì xếp loại theo thang "
            "riêng của nhóm."))
        self.band_pages = QStackedWidget()
        self.band_tables: dict[str | None, QTableWidget] = {}
        self.band_own: dict[str, QCheckBox] = {}
        self.band_scope.currentIndexChanged.connect(self._scope_changed)
        self._add_band_page(None)
        self.band_scope.addItem(self.tr("Chung của đợt đánh giá (mọi nhóm)"), None)
        add_row = QPushButton(self.tr("Thêm mức"))
        add_row.clicked.connect(lambda: self._band_table().insertRow(
            self._band_table().rowCount()))
        remove_row = QPushButton(self.tr("Xóa mức"))
        remove_row.clicked.connect(self._remove_band_row)
        scope_row = QHBoxLayout()
        scope_row.addWidget(QLabel(self.tr("Thang xếp loại của:")))
        scope_row.addWidget(self.band_scope, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(add_row)
        buttons.addWidget(remove_row)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(wrapped_label(self.tr(
            "Mỗi mức: tên xếp loại và điểm tối thiểu tính theo % tổng điểm, mức cao nhất ở trên "
            "cùng, ngưỡng giảm dần đến 0.")))
        layout.addLayout(scope_row)
        layout.addWidget(self.band_pages, 1)
        layout.addLayout(buttons)
        return page

    def _add_band_page(self, code: str | None) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        table = QTableWidget(0, 2)
        table.setHorizontalHeaderLabels([self.tr("Xếp loại"), self.tr("Từ (% tổng điểm)")])
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.set_bands(table, DEFAULT_BANDS)
        if code is not None:
            own = QCheckBox(self.tr("Nhóm %1 dùng thang riêng (nếu không: thang chung của đợt)")
                            .replace("%1", code))
            own.toggled.connect(table.setEnabled)
            table.setEnabled(False)
            layout.addWidget(own)
            self.band_own[code] = own
        layout.addWidget(table, 1)
        self.band_tables[code] = table
        self.band_pages.addWidget(page)

    def _band_table(self) -> QTableWidget:
        return self.band_tables[self.band_scope.currentData()]

    def _scope_changed(self, _index: int) -> None:
        self.band_pages.setCurrentWidget(self._band_table().parentWidget())

    def _remove_band_row(self) -> None:
        table = self._band_table()
        row = table.currentRow() if table.currentRow() >= 0 else table.rowCount() - 1
        if row >= 0:
            table.removeRow(row)

    @staticmethod
    def set_bands(table: QTableWidget, bands: Any) -> None:
        table.setRowCount(0)
        for label, minimum in bands:
            row = table.rowCount()
            table.insertRow(row)
            table.setItem(row, 0, QTableWidgetItem(label))
            table.setItem(row, 1, QTableWidgetItem(minimum))

    @staticmethod
    def bands_of(table: QTableWidget) -> list[tuple[str, str]]:
        out = []
        for row in range(table.rowCount()):
            label, minimum = (table.item(row, c).text().strip() if table.item(row, c) else ""
                              for c in (0, 1))
            if label or minimum:
                out.append((label, minimum))
        return out

    def _sync_band_scopes(self) -> None:
        """One scope per group code on the groups page (kept by code when groups change)."""
        codes = []
        for code, _name, _key in self.groups():
            if code and code not in codes:
                codes.append(code)
        current = self.band_scope.currentData()
        for code in list(self.band_own):
            if code not in codes:
                table = self.band_tables.pop(code)
                self.band_own.pop(code)
                page = table.parentWidget()
                self.band_pages.removeWidget(page)
                page.deleteLater()
        for code in codes:
            if code not in self.band_tables:
                self._add_band_page(code)
        self.band_scope.blockSignals(True)
        self.band_scope.clear()
        self.band_scope.addItem(self.tr("Chung của đợt đánh giá (mọi nhóm)"), None)
        for code in codes:
            self.band_scope.addItem(self.tr("Nhóm %1").replace("%1", code), code)
        self.band_scope.blockSignals(False)
        self.band_scope.setCurrentIndex(max(self.band_scope.findData(current), 0))
        self._scope_changed(self.band_scope.currentIndex())

    def _page_changed(self, index: int) -> None:
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < self.tabs.count() - 1)
        if index == 3:
            self._sync_band_scopes()

    # -- filling -------------------------------------------------------------------------------
    def _fill(self, found: tuple[dict[str, Any], list[setup_views.SetChoice]]) -> None:
        self.defaults, self.choices = found
        self.province.setText(self.defaults.get("province") or "")
        existing = self.defaults.get("campaigns") or []
        if existing:
            lines = [self.tr("Các đợt đánh giá đã có:")] + [
                f"• {c.title} ({c.year})" + (self.tr(" — đang làm việc") if active else "")
                for c, active in existing]
            self.existing.setText("\n".join(lines))
            self.existing.show()
        self.year.setValue(int(self.defaults.get("year") or self.year.value()))
        for code, key in DEFAULT_GROUPS:
            self.add_group(code, setup_views.SAMPLE_GROUP_NAMES[code], key)
        self.groups_table.setCurrentCell(0, 0)
        self.create_button.setEnabled(True)
        self.loaded.emit()

    def _load_failed(self, exc: BaseException) -> None:
        self._say_error(exc)
        self.loaded.emit()

    def _year_changed(self, _year: int) -> None:
        if not self._title_touched:
            self.title_edit.setText(self.suggested_title())
        if not self._dates_touched:
            self.reset_deadlines()
        self._show_details()

    def _title_edited(self, _text: str) -> None:
        self._title_touched = True

    def _date_edited(self, _date: QDate) -> None:
        if not self._filling:
            self._dates_touched = True

    def reset_deadlines(self) -> None:
        """The suggested deadlines of the year (`setup.default_deadlines`)."""
        days = setup.default_deadlines(self.year.value())
        self._filling = True
        try:
            for kind, edit in self.deadline_edits.items():
                edit.setDate(to_qdate(days[kind]))
            self.meetings.clear()
            for day in days["quarterly_meeting"]:
                self.add_meeting(day)
            self.meeting_edit.setDate(to_qdate(days["quarterly_meeting"][-1]))
        finally:
            self._filling = False
        self._dates_touched = False

    def add_meeting(self, day: dt.date) -> None:
        dates = sorted({*self.meeting_dates(), day})
        self.meetings.clear()
        for value in dates:
            item = QListWidgetItem(vn_date(value))
            item.setData(Qt.ItemDataRole.UserRole, value)
            self.meetings.addItem(item)
        if not self._filling:
            self._dates_touched = True

    def remove_meeting(self) -> None:
        row = self.meetings.currentRow()
        if row >= 0:
            self.meetings.takeItem(row)
            self._dates_touched = True

    def meeting_dates(self) -> list[dt.date]:
        return [self.meetings.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.meetings.count())]

    # -- groups --------------------------------------------------------------------------------
    def choice(self, key: str) -> setup_views.SetChoice | None:
        return next((c for c in self.choices if c.key == key), None)

    @staticmethod
    def file_of(choice: setup_views.SetChoice) -> str:
        """The file a choice was read from ("" for a sample or a stored set)."""
        if choice.key.startswith(setup_views.FILE_PREFIX):
            return choice.key.removeprefix(setup_views.FILE_PREFIX)
        return ""

    def choice_text(self, choice: setup_views.SetChoice) -> str:
        return choice.title

    def _fill_combo(self, combo: QComboBox, key: str) -> None:
        combo.blockSignals(True)
        combo.clear()
        for choice in self.choices:
            combo.addItem(self.choice_text(choice), choice.key)
            tip = self.choice_text(choice)
            if self.file_of(choice):
                tip += "\n" + self.tr("Tệp: %1").replace("%1", self.file_of(choice))
            combo.setItemData(combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        combo.addItem(self.tr("Tệp .xlsx hoặc .json khác…"), BROWSE)
        combo.setCurrentIndex(max(combo.findData(key), 0))
        combo.setProperty("chosen", combo.currentData())
        combo.blockSignals(False)

    def add_group(self, code: str, name: str, key: str) -> int:
        """A row of the groups page; `key` is a SetChoice key (the first choice if unknown)."""
        row = self.groups_table.rowCount()
        self.groups_table.blockSignals(True)
        self.groups_table.insertRow(row)
        self.groups_table.setItem(row, 0, QTableWidgetItem(code))
        self.groups_table.setItem(row, 1, QTableWidgetItem(name))
        summary = QTableWidgetItem()
        summary.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.groups_table.setItem(row, 3, summary)
        self.groups_table.blockSignals(False)
        combo = QComboBox()
        combo.setToolTip(self.tr("Bộ tiêu chí nhóm này chấm theo"))
        self._fill_combo(combo, key)
        combo.currentIndexChanged.connect(lambda _i, c=combo: self._combo_changed(c))
        self.groups_table.setCellWidget(row, 2, combo)
        self._show_summary(row)
        if not code:
            self.groups_table.setCurrentCell(row, 0)
            self.groups_table.editItem(self.groups_table.item(row, 0))
        return row

    def remove_current_group(self) -> None:
        row = self.groups_table.currentRow()
        if row >= 0:
            self.groups_table.removeRow(row)
            self._show_details()

    def _row_of(self, combo: QComboBox) -> int:
        for row in range(self.groups_table.rowCount()):
            if self.groups_table.cellWidget(row, 2) is combo:
                return row
        return -1

    def _combo_changed(self, combo: QComboBox) -> None:
        row = self._row_of(combo)
        if combo.currentData() == BROWSE:
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(combo.property("chosen")), 0))
            combo.blockSignals(False)
            self.groups_table.setCurrentCell(row, 2)
            self.browse_set_file()
            return
        combo.setProperty("chosen", combo.currentData())
        self._show_summary(row)
        self.groups_table.setCurrentCell(row, 2)
        self._show_details()

    def set_source(self, row: int, key: str) -> None:
        """Choose the criteria set of a group row (a SetChoice key)."""
        combo = self.groups_table.cellWidget(row, 2)
        combo.setCurrentIndex(combo.findData(key))

    def _group_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() in (0, 1):
            self._show_details()

    def _show_summary(self, row: int) -> None:
        combo = self.groups_table.cellWidget(row, 2)
        choice = self.choice(combo.currentData()) if combo is not None else None
        item = self.groups_table.item(row, 3)
        if item is None or choice is None:
            return
        text = self.tr("%1 điểm · %2 tiêu chí").replace("%1", choice.total_points.replace(
            ".", "," if self.session.lang == "vi" else ".")).replace("%2", str(choice.criteria))
        if choice.is_sample:
            text += " · " + self.tr("MẪU")
        item.setText(text)
        item.setToolTip(choice.title)
        item.setForeground(QBrush(WARNING_COLOUR) if choice.is_sample else QBrush())

    def _show_details(self) -> None:
        row = self.groups_table.currentRow()
        combo = self.groups_table.cellWidget(row, 2) if row >= 0 else None
        choice = self.choice(combo.currentData()) if combo is not None else None
        if choice is None:
            self.details.setText(self.tr("Chọn một nhóm để xem bộ tiêu chí của nhóm."))
            return
        facts = (self.tr("Tỉnh: %1 · năm %2 · nhóm %3 · tổng %4 điểm · %5 lĩnh vực, %6 tiêu chí "
                         "và tiêu chí thành phần")
                 .replace("%1", choice.province).replace("%2", str(choice.year))
                 .replace("%3", choice.unit_group).replace("%4", choice.total_points)
                 .replace("%5", str(choice.areas)).replace("%6", str(choice.criteria)))
        lines = [f"<b>{html.escape(choice.title)}</b>", html.escape(facts)]
        if self.file_of(choice):
            lines.append(html.escape(self.tr("Đọc từ tệp: %1").replace("%1", self.file_of(choice))))
        if choice.is_sample:
            lines.append(f"<span style='color:{WARNING_COLOUR.name()}'>" + html.escape(self.tr(
                "Đây là bộ tiêu chí MẪU, dựng theo cấu trúc Chỉ số CCHC, không phải bảng chính "
                "thức của tỉnh: hãy nạp bộ tiêu chí chính thức (.xlsx hoặc .json) khi có.")) + "</span>")
        if choice.year != self.year.value():
            lines.append(f"<span style='color:{WARNING_COLOUR.name()}'>" + html.escape(self.tr(
                "Bộ tiêu chí năm %1, khác năm đánh giá %2.").replace("%1", str(choice.year))
                .replace("%2", str(self.year.value()))) + "</span>")
        if choice.note:
            lines.append(f"<i>{html.escape(choice.note)}</i>")
        self.details.setText("<br>".join(lines))

    def browse_set_file(self) -> None:
        row = self.groups_table.currentRow()
        if row < 0:
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Chọn tệp bộ tiêu chí"), "",
            self.tr("Bộ tiêu chí (*.xlsx *.json)"))
        if path:
            self.load_set_file(row, Path(path))

    def load_set_file(self, row: int, path: Path) -> None:
        """Read and check a criteria table file for a group row (on the database thread)."""
        self.say(self.tr("Đang đọc bộ tiêu chí %1…").replace("%1", path.name))

        def done(choice: setup_views.SetChoice) -> None:
            self.choices = [c for c in self.choices if c.key != choice.key] + [choice]
            for number in range(self.groups_table.rowCount()):
                combo = self.groups_table.cellWidget(number, 2)
                self._fill_combo(combo, choice.key if number == row else combo.currentData())
            self._show_summary(row)
            self.groups_table.setCurrentCell(row, 2)
            self._show_details()
            self.say(self.tr("Đã đọc bộ tiêu chí “%1”; bộ tiêu chí được lưu khi tạo đợt đánh "
                             "giá.").replace("%1", choice.title))
            self.set_loaded.emit(choice)

        def failed(exc: BaseException) -> None:
            self._say_error(exc)
            self.set_loaded.emit(exc)

        self.session.run(lambda _ws: setup_views.read_set_file(path), done, failed)

    def groups(self) -> list[tuple[str, str, str]]:
        """(code, name, set key) of each row, as typed."""
        out = []
        for row in range(self.groups_table.rowCount()):
            code, name = (self.groups_table.item(row, c).text().strip()
                          if self.groups_table.item(row, c) else "" for c in (0, 1))
            combo = self.groups_table.cellWidget(row, 2)
            out.append((code, name, combo.currentData() if combo is not None else ""))
        return out

    # -- creating ------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """What "Tạo đợt đánh giá" hands the service."""
        self._sync_band_scopes()
        deadlines: dict[str, Any] = {kind: edit.date().toPython()
                                     for kind, edit in self.deadline_edits.items()}
        if self.meeting_dates():
            deadlines["quarterly_meeting"] = self.meeting_dates()
        bands: dict[str | None, list[tuple[str, str]]] = {
            None: self.bands_of(self.band_tables[None])}
        for code, own in self.band_own.items():
            if own.isChecked():
                bands[code] = self.bands_of(self.band_tables[code])
        return {"year": self.year.value(), "title": self.title_edit.text(),
                "province": self.province.text().strip(), "groups": self.groups(),
                "deadlines": deadlines, "bands": bands}

    def create(self) -> None:
        values = self.values()
        self.create_button.setEnabled(False)
        self.say(self.tr("Đang tạo đợt đánh giá…"))

        def done(campaign: Any) -> None:
            self.session.campaign_id = campaign.id
            self.say(self.tr("Đã tạo đợt đánh giá “%1” (năm %2) và chọn làm đợt đang làm việc. "
                             "Tiếp theo: ghi danh các đơn vị (Danh sách đơn vị…), rồi Kiểm tra "
                             "và phát hành.").replace("%1", campaign.title)
                     .replace("%2", str(campaign.year)), OK_COLOUR)
            self.created.emit(campaign)

        def failed(exc: BaseException) -> None:
            self.create_button.setEnabled(True)
            self._say_error(exc)
            if isinstance(exc, CchcError):
                self.tabs.setCurrentIndex(PAGE_OF_ERROR.get(exc.code, self.tabs.currentIndex()))
                self.refused.emit(exc)

        self.session.run(lambda ws: setup_views.create_campaign(ws, **values), done, failed,
                         changes="all")

    # -- messages ------------------------------------------------------------------------------
    def say(self, text: str, colour: QColor | None = None) -> None:
        self.message.setText(text)
        message_style(self.message, colour)
        self.problems.clear()
        self.problems.hide()

    def _say_error(self, exc: BaseException) -> None:
        if not isinstance(exc, CchcError):
            self.say("")
            self.session.show_error(exc)
            return
        lang = self.session.lang
        self.say(sentence(exc, lang), ERROR_COLOUR)
        self.session.last_error = exc
        self.session.failed.emit(exc)
        problems = exc.data.get("problems") or []
        if problems:
            self.problems.addItems([problem_sentence(p, lang) for p in problems])
            self.problems.show()


# == the unit registry ==============================================================================

CODE, NAME, TYPE, VALIDITY, GROUP = range(5)


class RegistryDialog(QDialog):
    """The registry with each unit's group in the active campaign; the Excel template and
    import; enrolment by unit type."""

    loaded = Signal(list)            # the RegistryEntry rows shown
    template_written = Signal(object)
    imported = Signal(object)        # {"imported": RegistryImport} or {"problems": [...]}
    refused = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.entries: list[setup_views.RegistryEntry] = []
        self.campaign: Any = None
        self._first_load = True
        self.setWindowTitle(self.tr("Danh sách đơn vị"))
        intro = wrapped_label(self.tr(
            "Danh mục các cơ quan, đơn vị của tỉnh. Nhập từ Excel theo tệp mẫu: tệp có bất kỳ "
            "lỗi nào thì không đơn vị nào được nhập và phần mềm liệt kê từng lỗi kèm số dòng; "
            "đơn vị đã có được cập nhật theo mã."))
        self.campaign_label = wrapped_label()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Lọc theo mã, tên, loại hoặc nhóm…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._filter)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Mã"), self.tr("Tên đơn vị"),
                                              self.tr("Loại"), self.tr("Hiệu lực"),
                                              self.tr("Nhóm trong đợt đánh giá")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.count_label = QLabel()
        self.template_button = QPushButton(self.tr("Xuất mẫu Excel…"))
        self.template_button.setToolTip(self.tr(
            "Tệp Excel có sẵn các cột, vài dòng ví dụ và trang hướng dẫn từng cột."))
        self.template_button.clicked.connect(self.choose_template_path)
        self.import_button = QPushButton(self.tr("Nhập từ Excel…"))
        self.import_button.clicked.connect(self.choose_import_file)
        self.enrol_column_box = QCheckBox(self.tr("Ghi danh theo cột “Nhóm”"))
        self.enrol_column_box.setToolTip(self.tr(
            "Khi nhập, đưa mỗi đơn vị vào nhóm ghi ở cột “Nhóm” của đợt đánh giá đang chọn."))
        self.enrol_button = QPushButton(self.tr("Ghi danh theo loại đơn vị…"))
        self.enrol_button.setToolTip(self.tr(
            "Đưa mọi đơn vị của một loại (sở, UBND xã…) còn hiệu lực vào một nhóm của đợt đánh "
            "giá đang chọn."))
        self.enrol_button.clicked.connect(self.open_enrol)
        buttons = QHBoxLayout()
        buttons.addWidget(self.template_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.enrol_column_box)
        buttons.addStretch(1)
        buttons.addWidget(self.enrol_button)
        self.result = wrapped_label()
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems = QListWidget()
        self.problems.setWordWrap(True)
        self.problems.setMaximumHeight(140)
        self.problems.hide()
        close = QDialogButtonBox()
        close.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.campaign_label)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addWidget(self.problems)
        layout.addWidget(close)
        self.resize(980, 620)
        self.refresh()

    # -- the table -----------------------------------------------------------------------------
    def refresh(self) -> None:
        campaign_id = self.session.campaign_id

        def job(ws):  # noqa: ANN001, ANN202
            from desktop.models import campaigns

            campaign = campaigns.get_campaign(ws, campaign_id) if campaign_id else None
            return campaign, setup_views.registry(ws, campaign_id)

        self.session.run(job, self._show, self._failed)

    def _show(self, found: tuple[Any, list[setup_views.RegistryEntry]]) -> None:
        self.campaign, self.entries = found
        if self.campaign is None:
            self.campaign_label.setText(self.tr(
                "Chưa có đợt đánh giá: có thể nhập danh sách đơn vị ngay, rồi ghi danh sau khi "
                "thiết lập đợt đánh giá."))
        else:
            self.campaign_label.setText(self.tr("Đợt đánh giá đang chọn: %1 (năm %2).")
                                        .replace("%1", self.campaign.title)
                                        .replace("%2", str(self.campaign.year)))
        has_campaign = self.campaign is not None
        self.enrol_button.setEnabled(has_campaign)
        self.enrol_column_box.setEnabled(has_campaign)
        if self._first_load:
            self.enrol_column_box.setChecked(has_campaign)
            self._first_load = False
        year_end = f"31/12/{self.campaign.year}" if has_campaign else ""
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            name = entry.name + (self.tr(" (đơn vị này)") if entry.is_own else "")
            group = (f"{entry.group_name} ({entry.group_code})" if entry.group_code else "")
            values = (entry.code, name, type_name(entry.unit_type), self.validity(entry), group)
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if not entry.valid_in_year:
                    item.setForeground(QBrush(GREY))
                    if column == VALIDITY:
                        item.setToolTip(self.tr("Không còn (hoặc chưa có) hiệu lực vào %1.")
                                        .replace("%1", year_end or vn_date(dt.date.today())))
                self.table.setItem(row, column, item)
        enrolled = sum(1 for e in self.entries if e.group_code)
        self.count_label.setText(self.tr("%1 đơn vị; %2 đơn vị đã ghi danh vào đợt đánh giá.")
                                 .replace("%1", str(len(self.entries)))
                                 .replace("%2", str(enrolled)))
        self._filter(self.search_edit.text())
        self.loaded.emit(self.entries)

    def validity(self, entry: setup_views.RegistryEntry) -> str:
        start, end = vn_date(entry.valid_from), vn_date(entry.valid_to)
        if start and end:
            return f"{start} – {end}"
        if start:
            return self.tr("từ %1").replace("%1", start)
        if end:
            return self.tr("đến %1").replace("%1", end)
        return "—"

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.table.rowCount()):
            shown = not needle or any(
                needle in (self.table.item(row, c).text().casefold() if self.table.item(row, c)
                           else "") for c in range(self.table.columnCount()))
            self.table.setRowHidden(row, not shown)

    def column(self, number: int) -> list[str]:
        return [self.table.item(r, number).text() for r in range(self.table.rowCount())]

    # -- template and import -------------------------------------------------------------------
    def choose_template_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu tệp mẫu danh sách đơn vị"),
                                              "danh-muc-don-vi.xlsx",
                                              self.tr("Tệp Excel (*.xlsx)"))
        if path:
            self.export_template(Path(path))

    def export_template(self, path: Path) -> None:
        from desktop.models import registry_xlsx

        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")

        def done(_: object) -> None:
            self.say(self.tr("Đã lưu tệp mẫu: %1. Điền danh sách (các dòng ví dụ có thể xóa) "
                             "rồi bấm “Nhập từ Excel…”.").replace("%1", str(path)))
            self.template_written.emit(path)

        self.session.run(lambda _ws: registry_xlsx.write_registry_template(path), done,
                         self._failed)

    def choose_import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn tệp danh sách đơn vị"), "",
                                              self.tr("Tệp Excel (*.xlsx)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Check the workbook, list its problems by row, import only when there are none."""
        campaign_id = (self.session.campaign_id if self.enrol_column_box.isChecked()
                       and self.enrol_column_box.isEnabled() else None)
        self.import_button.setEnabled(False)
        self.say(self.tr("Đang kiểm tra %1…").replace("%1", path.name))

        def done(outcome: dict[str, Any]) -> None:
            self.import_button.setEnabled(True)
            lang = self.session.lang
            if "problems" in outcome:
                problems = outcome["problems"]
                self.say(self.tr("Tệp có %1 lỗi nên không đơn vị nào được nhập; hãy sửa các dòng "
                                 "sau rồi nhập lại:").replace("%1", str(len(problems))),
                         ERROR_COLOUR)
                self.show_problems([sentence(p, lang) for p in problems])
            else:
                done_ = outcome["imported"]
                text = self.tr("Đã nhập danh sách đơn vị: %1 mới, %2 cập nhật, %3 quan hệ kế "
                               "thừa, %4 đơn vị được ghi danh vào đợt đánh giá.")
                text = (text.replace("%1", str(done_.created)).replace("%2", str(done_.updated))
                        .replace("%3", str(done_.successions)).replace("%4", str(done_.enrolled)))
                if done_.groups_ignored:
                    text += " " + self.tr("%1 dòng có cột “Nhóm” chưa được ghi danh (chưa chọn "
                                          "ghi danh theo cột “Nhóm”).").replace(
                        "%1", str(done_.groups_ignored))
                self.say(text, OK_COLOUR)
                self.refresh()
            self.imported.emit(outcome)

        def failed(exc: BaseException) -> None:
            self.import_button.setEnabled(True)
            self._failed(exc)

        self.session.run(lambda ws: setup_views.import_registry_checked(
            ws, path, campaign_id=campaign_id), done, failed, changes="campaign")

    # -- enrolment -----------------------------------------------------------------------------
    def open_enrol(self) -> EnrolByTypeDialog | None:
        if self.session.campaign_id is None:
            return None
        self.enrol_dialog = EnrolByTypeDialog(self.session, self)
        self.enrol_dialog.enrolled.connect(lambda _units: self.refresh())
        self.enrol_dialog.open()
        return self.enrol_dialog

    # -- messages ------------------------------------------------------------------------------
    def say(self, text: str, colour: QColor | None = None) -> None:
        self.result.setText(text)
        message_style(self.result, colour)
        self.show_problems([])

    def show_problems(self, lines: list[str]) -> None:
        self.problems.clear()
        self.problems.addItems(lines)
        self.problems.setVisible(bool(lines))

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, CchcError):
            self.session.show_error(exc)
            return
        lang = self.session.lang
        self.say(sentence(exc, lang), ERROR_COLOUR)
        self.session.last_error = exc
        self.session.failed.emit(exc)
        problems = exc.data.get("problems") or []
        self.show_problems([problem_sentence(p, lang) for p in problems])
        self.refused.emit(exc)


class EnrolByTypeDialog(QDialog):
    """Every registry unit of a type, valid on 31 December of the campaign's year and not yet
    enrolled, into the group chosen for that type (`setup.enrol_by_type`)."""

    loaded = Signal()
    enrolled = Signal(list)          # the Units enrolled
    refused = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Ghi danh theo loại đơn vị"))
        self.combos: dict[str, QComboBox] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.result = wrapped_label()
        self.buttons = QDialogButtonBox()
        self.enrol_button = self.buttons.addButton(self.tr("Ghi danh"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.enrol_button.setEnabled(False)
        self.enrol_button.clicked.connect(self.enrol)
        self.buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped_label(self.tr(
            "Chọn nhóm cho từng loại đơn vị. Chỉ các đơn vị còn hiệu lực vào ngày 31/12 của năm "
            "đánh giá và chưa ghi danh mới được đưa vào; loại để “không ghi danh” thì bỏ qua.")))
        layout.addLayout(self.form)
        layout.addWidget(self.result)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(560, 360)
        campaign_id = session.campaign_id
        session.run(lambda ws: setup_views.enrol_choices(ws, campaign_id), self._fill,
                    self._failed)

    def _fill(self, found: dict[str, Any]) -> None:
        groups, waiting = found["groups"], found["waiting"]
        for unit_type in UNIT_TYPES:
            count = waiting.get(unit_type, 0)
            if not count:
                continue
            combo = QComboBox()
            combo.addItem(self.tr("(không ghi danh)"), "")
            for code, name in groups.items():
                combo.addItem(f"{name} ({code})", code)
            usual = USUAL_GROUP.get(unit_type)
            if usual in groups:
                combo.setCurrentIndex(combo.findData(usual))
            self.combos[unit_type] = combo
            self.form.addRow(self.tr("%1 (%2 đơn vị):").replace("%1", type_name(unit_type))
                             .replace("%2", str(count)), combo)
        if not self.combos:
            self.result.setText(self.tr("Mọi đơn vị còn hiệu lực đã được ghi danh."))
        self.enrol_button.setEnabled(bool(self.combos))
        self.loaded.emit()

    def set_group(self, unit_type: str, code: str) -> None:
        combo = self.combos[unit_type]
        combo.setCurrentIndex(combo.findData(code))

    def mapping(self) -> dict[str, str]:
        return {unit_type: combo.currentData() for unit_type, combo in self.combos.items()
                if combo.currentData()}

    def enrol(self) -> None:
        campaign_id, mapping = self.session.campaign_id, self.mapping()
        if not mapping:
            self.result.setText(self.tr("Hãy chọn nhóm cho ít nhất một loại đơn vị."))
            return
        self.enrol_button.setEnabled(False)

        def done(chosen: list[Any]) -> None:
            codes = ", ".join(unit.code for unit in chosen)
            self.result.setText(self.tr("Đã đưa %1 đơn vị vào đợt đánh giá%2.")
                                .replace("%1", str(len(chosen)))
                                .replace("%2", f": {codes}" if codes else ""))
            message_style(self.result, OK_COLOUR)
            self.enrolled.emit(chosen)

        def failed(exc: BaseException) -> None:
            self.enrol_button.setEnabled(True)
            self._failed(exc)

        self.session.run(lambda ws: setup_views.enrol(ws, campaign_id, mapping), done,
                         failed, changes="campaign")

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, CchcError):
            self.session.show_error(exc)
            return
        self.result.setText(sentence(exc, self.session.lang))
        message_style(self.result, ERROR_COLOUR)
        self.session.last_error = exc
        self.session.failed.emit(exc)
        self.refused.emit(exc)


# == readiness and publication =======================================================================

class PublishDialog(QDialog):
    """The check before publishing and the campaign package."""

    checked = Signal(dict)           # setup_views.readiness
    published = Signal(dict)         # setup_views.publish
    refused = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.state: dict[str, Any] = {}
        self.setWindowTitle(self.tr("Kiểm tra và phát hành đợt đánh giá"))
        self.heading = wrapped_label()
        self.verdict = wrapped_label()
        self.verdict.setObjectName("publishVerdict")
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.verdict.setFont(font)
        self.recheck_button = QPushButton(self.tr("&Kiểm tra lại"))
        self.recheck_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        texts = QVBoxLayout()
        texts.addWidget(self.heading)
        texts.addWidget(self.verdict)
        top.addLayout(texts, 1)
        top.addWidget(self.recheck_button, 0, Qt.AlignmentFlag.AlignTop)
        self.items = QListWidget()
        self.items.setWordWrap(True)
        self.items.setAccessibleName(self.tr("Danh sách lỗi và cảnh báo"))
        self.result = wrapped_label()
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint_caption = wrapped_label(self.tr(
            "Dấu vân tay khóa của Sở Nội vụ — ghi vào công văn gửi kèm gói; mỗi đơn vị đối "
            "chiếu đủ 40 chữ số khi nhập gói đợt đánh giá lần đầu:"))
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("fingerprint")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(self.font().pointSizeF() * 1.3)
        mono.setBold(True)
        self.fingerprint.setFont(mono)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton(self.tr("Chép"))
        self.copy_button.setToolTip(self.tr("Chép dấu vân tay để dán vào công văn."))
        self.copy_button.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.fingerprint.text()))
        print_row = QHBoxLayout()
        print_row.addWidget(self.fingerprint, 1)
        print_row.addWidget(self.copy_button)
        self.fingerprint_box = QWidget()
        box_layout = QVBoxLayout(self.fingerprint_box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addWidget(self.fingerprint_caption)
        box_layout.addLayout(print_row)
        self.fingerprint_box.hide()
        self.buttons = QDialogButtonBox()
        self.publish_button = self.buttons.addButton(self.tr("Phát hành gói đợt đánh giá…"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.publish_button.setToolTip(self.tr(
            "Ghi gói đợt đánh giá (đợt, danh mục đơn vị, bộ tiêu chí, thời hạn, mức xếp loại, "
            "phân công thẩm định, kế hoạch của tỉnh) có chữ ký của Sở Nội vụ."))
        self.publish_button.setEnabled(False)
        self.publish_button.clicked.connect(self.choose_path)
        self.buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.result)
        layout.addWidget(self.fingerprint_box)
        layout.addWidget(self.buttons)
        self.resize(780, 480)
        self.refresh()

    def refresh(self) -> None:
        self.recheck_button.setEnabled(False)

        def job(ws):  # noqa: ANN001, ANN202
            from desktop.sync import keys

            state = setup_views.readiness(ws)
            own = keys.own_key(ws)  # read-only: the key is made at the first publication
            state["fingerprint"] = own.fingerprint if own is not None else ""
            return state

        self.session.run(job, self._show, self._check_failed)

    def _show(self, state: dict[str, Any]) -> None:
        self.recheck_button.setEnabled(True)
        self.state = state
        campaign, problems = state["campaign"], state["problems"]
        title = campaign.title if str(campaign.year) in campaign.title else self.tr(
            "%1 (năm %2)").replace("%1", campaign.title).replace("%2", str(campaign.year))
        self.heading.setText(self.tr("%1: %2 nhóm đơn vị, %3 đơn vị tham gia.")
                             .replace("%1", title).replace("%2", str(state["groups"]))
                             .replace("%3", str(state["units"])))
        errors = [p for p in problems if p.is_error]
        warnings = [p for p in problems if not p.is_error]
        if errors:
            self.verdict.setText(self.tr("Chưa thể phát hành: %1 lỗi phải sửa, %2 cảnh báo.")
                                 .replace("%1", str(len(errors)))
                                 .replace("%2", str(len(warnings))))
            colour = ERROR_COLOUR
        elif warnings:
            self.verdict.setText(self.tr("Có thể phát hành; %1 cảnh báo nên xem lại.")
                                 .replace("%1", str(len(warnings))))
            colour = OK_COLOUR
        else:
            self.verdict.setText(self.tr("Có thể phát hành: không có lỗi hay cảnh báo nào."))
            colour = OK_COLOUR
        message_style(self.verdict, colour)
        self.items.clear()
        style, lang = self.style(), self.session.lang
        for problem in problems:
            icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical
                                      if problem.is_error
                                      else QStyle.StandardPixmap.SP_MessageBoxWarning)
            label = self.tr("Lỗi") if problem.is_error else self.tr("Cảnh báo")
            item = QListWidgetItem(icon, f"{label}: {problem_sentence(problem, lang)}")
            item.setForeground(QBrush(ERROR_COLOUR if problem.is_error else WARNING_COLOUR))
            item.setData(Qt.ItemDataRole.UserRole, problem.code)
            self.items.addItem(item)
        self.publish_button.setEnabled(bool(state["ready"]))
        if state.get("fingerprint"):
            self.fingerprint.setText(state["fingerprint"])
            self.fingerprint_box.show()
        self.checked.emit(state)

    def _check_failed(self, exc: BaseException) -> None:
        self.recheck_button.setEnabled(True)
        self.publish_button.setEnabled(False)
        self.items.clear()
        if not isinstance(exc, CchcError):
            self.session.show_error(exc)
            return
        self.verdict.setText(sentence(exc, self.session.lang))  # e.g. no campaign yet
        message_style(self.verdict, ERROR_COLOUR)
        self.refused.emit(exc)

    def choose_path(self) -> None:
        year = self.state["campaign"].year if self.state.get("campaign") else ""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu gói đợt đánh giá"),
                                              f"dot-danh-gia-{year}.cchc", "CCHC (*.cchc)")
        if path:
            self.publish_to(Path(path))

    def publish_to(self, path: Path) -> None:
        """The call the publish button makes once a file is chosen."""
        if path.suffix.lower() != ".cchc":
            path = path.with_suffix(".cchc")
        self.publish_button.setEnabled(False)
        self.result.setText(self.tr("Đang phát hành…"))
        message_style(self.result, None)

        def done(outcome: dict[str, Any]) -> None:
            built = outcome["built"]
            self.publish_button.setEnabled(True)
            self.result.setText(self.tr("Đã phát hành và đọc lại để kiểm tra: %1 (%2 byte). Gửi "
                                        "tệp này cho các đơn vị kèm công văn.")
                                .replace("%1", str(built.path)).replace("%2", str(built.size)))
            message_style(self.result, OK_COLOUR)
            self.fingerprint.setText(outcome["fingerprint"])
            self.fingerprint_box.show()
            self.published.emit(outcome)

        def failed(exc: BaseException) -> None:
            self.publish_button.setEnabled(bool(self.state.get("ready")))
            if not isinstance(exc, CchcError):
                self.result.setText("")
                self.session.show_error(exc)
                return
            lang = self.session.lang
            self.result.setText(sentence(exc, lang))
            message_style(self.result, ERROR_COLOUR)
            self.session.last_error = exc
            self.session.failed.emit(exc)
            self.refused.emit(exc)

        self.session.run_long(lambda ws, _p: setup_views.publish(ws, path),
                              self.tr("Đang phát hành gói đợt đánh giá…"), done,
                              changes="packages", on_error=failed)
