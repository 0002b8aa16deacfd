"""The dashboard: the unit, the campaign, how far the self-assessment is, tasks and evidence.
It only displays a status dictionary produced by `desktop.models.status`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class Dashboard(QWidget):
    def __init__(self, lang: str = "vi", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.demo_banner = QLabel(self.tr("DỮ LIỆU MẪU — chỉ để làm quen, không dùng cho báo cáo chính thức"))
        self.demo_banner.setObjectName("demoBanner")
        self.demo_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.demo_banner.setStyleSheet(
            "#demoBanner { background: #fff3cd; color: #664d03; padding: 6px; font-weight: bold; }")
        self.demo_banner.hide()

        self.unit_label = QLabel()
        self.role_label = QLabel()
        self.campaign_label = QLabel()
        self.campaign_label.setWordWrap(True)
        about = QGroupBox(self.tr("Đơn vị và đợt đánh giá"))
        form = QFormLayout(about)
        form.addRow(self.tr("Đơn vị:"), self.unit_label)
        form.addRow(self.tr("Vai trò:"), self.role_label)
        form.addRow(self.tr("Đợt đánh giá:"), self.campaign_label)

        self.total_label = QLabel()
        self.total_label.setObjectName("totalLabel")
        self.total_label.setStyleSheet("#totalLabel { font-size: 20pt; font-weight: bold; }")
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("%v/%m tiêu chí đã chấm"))
        self.index_label = QLabel()
        self.explain_label = QLabel()
        score_box = QGroupBox(self.tr("Tự đánh giá"))
        score_layout = QVBoxLayout(score_box)
        score_layout.addWidget(self.total_label)
        score_layout.addWidget(self.index_label)
        score_layout.addWidget(self.progress)
        score_layout.addWidget(self.explain_label)

        self.tasks_label = QLabel()
        self.evidence_label = QLabel()
        work_box = QGroupBox(self.tr("Nhiệm vụ và tài liệu kiểm chứng"))
        work_form = QFormLayout(work_box)
        work_form.addRow(self.tr("Nhiệm vụ:"), self.tasks_label)
        work_form.addRow(self.tr("Tài liệu kiểm chứng:"), self.evidence_label)

        self.areas = QTableWidget(0, 3)
        self.areas.setHorizontalHeaderLabels([self.tr("Lĩnh vực"), self.tr("Điểm tự đánh giá"),
                                              self.tr("Điểm tối đa")])
        self.areas.verticalHeader().hide()
        self.areas.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.areas.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        top = QHBoxLayout()
        top.addWidget(about, 2)
        top.addWidget(score_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.demo_banner)
        layout.addLayout(top)
        layout.addWidget(work_box)
        layout.addWidget(self.areas, 1)

    def _number(self, text: str) -> str:
        """Decimal strings as people write them: 9,25 in Vietnamese, 9.25 in English."""
        return text.replace(".", ",") if self.lang == "vi" else text

    def show_status(self, status: dict[str, Any]) -> None:
        ws, unit, campaign = status["workspace"], status["unit"], status["campaign"]
        self.demo_banner.setVisible(bool(ws["demo"]))
        roles = {"unit": self.tr("Đơn vị tự đánh giá"), "coordinator": self.tr("Sở Nội vụ (điều phối)"),
                 "appraiser": self.tr("Cơ quan thẩm định")}
        self.unit_label.setText(f"{unit['code']} — {unit['name']}" if unit else self.tr("(chưa có)"))
        self.role_label.setText(roles.get(ws["role"] or "", self.tr("(chưa thiết lập)")))
        self.campaign_label.setText(campaign["title"] if campaign else self.tr("(chưa có)"))
        counts = status["counts"]
        self.tasks_label.setText(self.tr("%1 nhiệm vụ: %2 hoàn thành, %3 quá hạn")
                                 .replace("%1", str(counts["tasks"]))
                                 .replace("%2", str(counts["tasks_done"]))
                                 .replace("%3", str(counts["tasks_overdue"])))
        self.evidence_label.setText(self.tr("%1 tệp").replace("%1", str(counts["evidence"])))
        sa = status["self_assessment"]
        self.areas.setRowCount(0)
        if not sa:
            self.total_label.setText("—")
            self.progress.setRange(0, 1)
            self.progress.setValue(0)
            self.explain_label.setText("")
            self.index_label.setText("")
            return
        self.total_label.setText(f"{self._number(sa['final'])} / {self._number(sa['maximum'])}")
        band = f" — {sa['band']}" if sa.get("band") else ""
        self.index_label.setText(self.tr("Chỉ số: %1%").replace("%1", self._number(sa["index"])) + band)
        self.progress.setRange(0, max(1, sa["scorable"]))
        self.progress.setValue(sa["scored"])
        self.explain_label.setText(self.tr("%1 tiêu chí cần giải trình")
                                   .replace("%1", str(sa["needs_explanation"])))
        for code, value in sa["areas"].items():
            row = self.areas.rowCount()
            self.areas.insertRow(row)
            name = f"{code}. {value['title']}" if value.get("title") else code
            for column, text in enumerate((name, self._number(value["points"]),
                                           self._number(value["max"]))):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.areas.setItem(row, column, item)
