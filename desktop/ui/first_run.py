"""First run: make a workspace for the user's unit (role, unit, province), with the shipped
sample campaign until the province's campaign package arrives — or open the demo."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.entities import UNIT_TYPES


class FirstRunPage(QWidget):
    create_requested = Signal(dict)
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        intro = QLabel(self.tr(
            "<h2>Chào mừng đến với CCHC Desk</h2>"
            "<p>Phần mềm giúp đơn vị theo dõi nhiệm vụ cải cách hành chính và tự chấm điểm Chỉ số "
            "CCHC, hoạt động không cần mạng. Hãy thiết lập không gian làm việc cho đơn vị của "
            "bạn, hoặc mở không gian mẫu để làm quen.</p>"))
        intro.setWordWrap(True)

        self.workspace = QLineEdit("main")
        self.role = QComboBox()
        for key, text in (("unit", self.tr("Đơn vị tự đánh giá")),
                          ("coordinator", self.tr("Sở Nội vụ (điều phối)")),
                          ("appraiser", self.tr("Cơ quan thẩm định"))):
            self.role.addItem(text, key)
        self.unit_code = QLineEdit()
        self.unit_code.setPlaceholderText(self.tr("ví dụ: STP"))
        self.unit_name = QLineEdit()
        self.unit_name.setPlaceholderText(self.tr("ví dụ: Sở Tư pháp tỉnh An Giang"))
        self.province = QLineEdit()
        self.unit_type = QComboBox()
        type_names = {
            "so": self.tr("Sở"), "ban_nganh": self.tr("Ban, ngành tỉnh"),
            "nganh_doc": self.tr("Cơ quan ngành dọc"), "ubnd_tinh": self.tr("UBND tỉnh"),
            "ubnd_huyen": self.tr("UBND cấp huyện (trước 1/7/2025)"), "ubnd_xa": self.tr("UBND xã"),
            "ubnd_phuong": self.tr("UBND phường"), "ubnd_dac_khu": self.tr("UBND đặc khu"),
            "phong": self.tr("Phòng, đơn vị trực thuộc"), "khac": self.tr("Khác"),
        }
        for key in UNIT_TYPES:
            self.unit_type.addItem(type_names[key], key)
        self.sample = QCheckBox(self.tr("Nạp đợt đánh giá mẫu (Bộ tiêu chí mẫu, không phải bảng chính thức)"))
        self.sample.setChecked(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c;")
        self.error.hide()

        form_box = QGroupBox(self.tr("Thiết lập không gian làm việc"))
        form = QFormLayout(form_box)
        form.addRow(self.tr("Tên không gian làm việc:"), self.workspace)
        form.addRow(self.tr("Vai trò:"), self.role)
        form.addRow(self.tr("Mã đơn vị:"), self.unit_code)
        form.addRow(self.tr("Tên đơn vị:"), self.unit_name)
        form.addRow(self.tr("Loại đơn vị:"), self.unit_type)
        form.addRow(self.tr("Tỉnh, thành phố:"), self.province)
        form.addRow("", self.sample)
        form.addRow("", self.error)

        self.create_button = QPushButton(self.tr("Tạo không gian làm việc"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self._create)
        self.demo_button = QPushButton(self.tr("Mở không gian mẫu (DEMO)"))
        self.demo_button.clicked.connect(self.demo_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.create_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 30, 60, 30)
        layout.addWidget(intro)
        layout.addWidget(form_box)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def values(self) -> dict:
        unit_type = self.unit_type.currentData()
        return {
            "workspace": self.workspace.text().strip() or "main",
            "role": self.role.currentData(),
            "unit_code": self.unit_code.text().strip(),
            "unit_name": self.unit_name.text().strip(),
            "unit_type": unit_type,
            "province": self.province.text().strip(),
            "sample_group": ("xa-phuong" if unit_type in ("ubnd_xa", "ubnd_phuong", "ubnd_dac_khu")
                             else "so-ban-nganh") if self.sample.isChecked() else None,
        }

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _create(self) -> None:
        self.show_error("")
        self.create_requested.emit(self.values())
