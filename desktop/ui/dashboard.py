"""The dashboard: the unit and campaign, the running total, points by area against the maximum
(a chart and its table twin, with how many criteria of each area are scored), tasks and
evidence, and the campaign calendar with the days left.

Once Sở Nội vụ's results package has arrived, the appraised total, index, band and rank in the
block are shown beside the self total, and the per-area table gets an appraised column.

It only displays the dictionary `desktop.models.unit_views.dashboard_status` produces
(`status.workspace_status` plus "results"). Given a `Session` it fetches that itself (on the
database thread) when a workspace opens and whenever something it shows changes; given a
language code it waits for `show_status(status)`."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.area_chart import FILL, AreaBar, AreaChart, format_points, track_colour

# Deadlines that are events (an appraisal round, a meeting) are "past", not "overdue".
EVENT_KINDS = ("round1_appraisal", "round2_appraisal", "publication", "quarterly_meeting")
SOON_DAYS = 7
OVERDUE = QColor("#a8322d")
SOON = QColor("#8a5a00")
REFRESH_KINDS = ("assessment", "evidence", "tasks", "campaign", "all")


def deadline_name(kind: str, label: str = "") -> str:
    """The label the campaign gives a deadline, else the name of its kind."""
    if label.strip():
        return label.strip()
    names = {
        "self_scoring": QCoreApplication.translate("Dashboard", "Hạn tự chấm điểm"),
        "round1_appraisal": QCoreApplication.translate("Dashboard", "Thẩm định vòng 1"),
        "explanation": QCoreApplication.translate("Dashboard", "Hạn giải trình, bổ sung tài liệu"),
        "round2_appraisal": QCoreApplication.translate("Dashboard", "Thẩm định vòng 2"),
        "publication": QCoreApplication.translate("Dashboard", "Công bố kết quả"),
        "proposals": QCoreApplication.translate("Dashboard", "Đề xuất nhiệm vụ CCHC năm sau"),
        "quarterly_meeting": QCoreApplication.translate("Dashboard", "Họp giao ban CCHC quý"),
    }
    return names.get(kind, QCoreApplication.translate("Dashboard", "Thời hạn khác"))


def remaining_text(due: dt.date, today: dt.date, kind: str = "") -> str:
    """“còn 5 ngày”, “hôm nay”, “quá hạn 3 ngày” (or “đã qua 3 ngày” for an event)."""
    days = (due - today).days
    if days > 0:
        return QCoreApplication.translate("Dashboard", "còn %n ngày", None, days)
    if days == 0:
        return QCoreApplication.translate("Dashboard", "hôm nay")
    if kind in EVENT_KINDS:
        return QCoreApplication.translate("Dashboard", "đã qua %n ngày", None, -days)
    return QCoreApplication.translate("Dashboard", "quá hạn %n ngày", None, -days)


class Dashboard(QWidget):
    status_shown = Signal(dict)

    def __init__(self, session_or_lang: Any = "vi", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if isinstance(session_or_lang, str):
            self.session, self.lang = None, session_or_lang
        else:
            self.session, self.lang = session_or_lang, session_or_lang.lang
        self.today: dt.date | None = None  # fixed by tests; None: the real date
        self.results: dict[str, Any] | None = None  # the result shown, once it has arrived
        self._build()
        self._busy = self._stale = False
        if self.session is not None:
            self.session.opened.connect(self._opened)
            self.session.changed.connect(self._changed)

    # -- construction -------------------------------------------------------------------------
    def _build(self) -> None:
        self.demo_banner = QLabel(self.tr("DỮ LIỆU MẪU — chỉ để làm quen, không dùng cho báo cáo chính thức"))
        self.demo_banner.setObjectName("demoBanner")
        self.demo_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.demo_banner.setWordWrap(True)
        self.demo_banner.setStyleSheet(
            "#demoBanner { background: #fff3cd; color: #664d03; padding: 6px; font-weight: bold; }")
        self.demo_banner.hide()

        self.unit_label, self.role_label, self.campaign_label = QLabel(), QLabel(), QLabel()
        self.tasks_label, self.evidence_label = QLabel(), QLabel()
        for label in (self.unit_label, self.campaign_label, self.tasks_label):
            label.setWordWrap(True)
        about = QGroupBox(self.tr("Đơn vị và đợt đánh giá"))
        form = QFormLayout(about)
        form.addRow(self.tr("Đơn vị:"), self.unit_label)
        form.addRow(self.tr("Vai trò:"), self.role_label)
        form.addRow(self.tr("Đợt đánh giá:"), self.campaign_label)
        form.addRow(self.tr("Nhiệm vụ:"), self.tasks_label)
        form.addRow(self.tr("Tài liệu kiểm chứng:"), self.evidence_label)

        self.total_label = QLabel()
        self.total_label.setObjectName("totalLabel")
        self.total_label.setStyleSheet("#totalLabel { font-size: 20pt; font-weight: bold; }")
        self.index_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("%v/%m tiêu chí đã chấm"))
        self.explain_label = QLabel()
        score_box = QGroupBox(self.tr("Tự đánh giá"))
        score_layout = QVBoxLayout(score_box)
        score_layout.addWidget(self.total_label)
        score_layout.addWidget(self.index_label)
        score_layout.addWidget(self.progress)
        score_layout.addWidget(self.explain_label)
        score_layout.addStretch(1)
        self.results_box = self._results_box()

        self.chart = AreaChart(self.lang)
        chart_box = QGroupBox(self.tr("Điểm tự đánh giá theo lĩnh vực"))
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.addWidget(self.chart, 1)
        chart_layout.addLayout(self._legend())

        self.deadlines = QTreeWidget()
        self.deadlines.setHeaderLabels([self.tr("Việc"), self.tr("Hạn"), self.tr("Còn lại")])
        self.deadlines.setRootIsDecorated(False)
        self.deadlines.setUniformRowHeights(True)
        self.deadlines.setStyleSheet("QTreeView::item { padding: 2px 0px; }")
        self.deadlines.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.deadlines.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # read-only, nothing to act on
        deadline_header = self.deadlines.header()
        deadline_header.setStretchLastSection(False)
        deadline_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            deadline_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        deadline_box = QGroupBox(self.tr("Lịch của đợt đánh giá"))
        QVBoxLayout(deadline_box).addWidget(self.deadlines)

        self.areas = QTableWidget(0, 4)
        self.areas.setHorizontalHeaderLabels([self.tr("Lĩnh vực"), self.tr("Đã chấm"),
                                              self.tr("Điểm"), self.tr("Thẩm định")])
        self.areas.setColumnHidden(3, True)  # shown once the results have arrived
        self.areas.verticalHeader().hide()
        self.areas.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.areas.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.areas.setWordWrap(False)
        row_height = self.fontMetrics().height() + 8
        self.areas.verticalHeader().setDefaultSectionSize(row_height)
        header = self.areas.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, self.fontMetrics().horizontalAdvance("Điều tra XHH") + 24)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.areas_box = areas_box = QGroupBox(self.tr("Tiến độ chấm theo lĩnh vực"))
        QVBoxLayout(areas_box).addWidget(self.areas)

        top = QHBoxLayout()
        top.addWidget(about, 3)
        top.addWidget(score_box, 2)
        top.addWidget(self.results_box, 2)
        right = QVBoxLayout()
        right.addWidget(deadline_box, 2)
        right.addWidget(areas_box, 3)
        middle = QHBoxLayout()
        middle.addWidget(chart_box, 1)
        middle.addLayout(right, 1)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(top)
        content_layout.addLayout(middle, 1)
        # With large text or a small screen the board scrolls rather than cutting anything off.
        self.scroll = QScrollArea()
        self.scroll.setWidget(content)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(self.demo_banner)
        layout.addWidget(self.scroll, 1)

    def _results_box(self) -> QGroupBox:
        """The result Sở Nội vụ sent (hidden until a results package has arrived)."""
        box = QGroupBox(self.tr("Kết quả thẩm định"))
        self.result_total = QLabel()
        self.result_total.setObjectName("resultTotal")
        font = self.result_total.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.result_total.setFont(font)
        self.result_index, self.result_rank = QLabel(), QLabel()
        self.result_self, self.result_provisional = QLabel(), QLabel()
        for label in (self.result_index, self.result_rank, self.result_self,
                      self.result_provisional):
            label.setWordWrap(True)
        bold = self.result_rank.font()
        bold.setBold(True)
        self.result_rank.setFont(bold)
        palette = self.result_provisional.palette()
        palette.setColor(self.result_provisional.foregroundRole(), SOON)
        self.result_provisional.setPalette(palette)
        layout = QVBoxLayout(box)
        for label in (self.result_total, self.result_index, self.result_rank, self.result_self,
                      self.result_provisional):
            layout.addWidget(label)
        layout.addStretch(1)
        box.hide()
        return box

    def _legend(self) -> QHBoxLayout:
        row = QHBoxLayout()
        size = self.fontMetrics().height() * 2 // 3
        for colour, text in ((FILL, self.tr("Điểm tự đánh giá")),
                             (track_colour(self.palette()), self.tr("Điểm tối đa"))):
            swatch = QLabel()
            swatch.setFixedSize(size, size)
            swatch.setStyleSheet(f"background: {colour.name()}; border-radius: 2px;")
            row.addWidget(swatch)
            row.addWidget(QLabel(text))
            row.addSpacing(12)
        row.addStretch(1)
        return row

    # -- fetching (only with a session) -------------------------------------------------------
    def refresh(self) -> None:
        """Fetch the status on the database thread; one fetch at a time, the last one wins."""
        if self.session is None or not self.session.is_open:
            return
        if self._busy:
            self._stale = True
            return
        from desktop.models import unit_views

        self._busy, self._stale = True, False
        lang = self.lang
        self.session.run(lambda ws: unit_views.dashboard_status(ws, lang), self._fetched,
                         self._fetch_failed)

    def _opened(self, _info: dict[str, Any]) -> None:
        self.refresh()  # the opening status does not carry the results: read it all again

    def _fetched(self, result: dict[str, Any]) -> None:
        self._busy = False
        if self._stale:
            self.refresh()
            return
        self.show_status(result)

    def _fetch_failed(self, exc: BaseException) -> None:
        self._busy = False
        if self.session is not None:
            self.session.show_error(exc)

    def _changed(self, kind: str) -> None:
        if kind not in REFRESH_KINDS:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # fetched when shown

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale and not self._busy:
            self.refresh()

    # -- display ------------------------------------------------------------------------------
    def _number(self, text: str) -> str:
        """Decimal strings as people write them: 9,25 in Vietnamese, 9.25 in English."""
        return text.replace(".", ",") if self.lang == "vi" else text

    def show_status(self, status: dict[str, Any], today: dt.date | None = None) -> None:
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
        self.show_deadlines(status.get("deadlines", []), today or self.today or dt.date.today())
        sa = status["self_assessment"]
        self.areas.setRowCount(0)
        if not sa:
            self.total_label.setText("—")
            self.progress.setRange(0, 1)
            self.progress.setValue(0)
            self.explain_label.setText("")
            self.index_label.setText("")
            self.chart.set_areas([])
            self.show_results(None)
            self.status_shown.emit(status)
            return
        self.total_label.setText(f"{self._number(sa['final'])} / {self._number(sa['maximum'])}")
        band = f" — {sa['band']}" if sa.get("band") else ""
        self.index_label.setText(self.tr("Chỉ số: %1%").replace("%1", self._number(sa["index"])) + band)
        self.progress.setRange(0, max(1, sa["scorable"]))
        self.progress.setValue(sa["scored"])
        self.explain_label.setText(self.tr("%1 tiêu chí cần giải trình")
                                   .replace("%1", str(sa["needs_explanation"])))
        bars = []
        for code, value in sa["areas"].items():
            bar = AreaBar(code, value.get("title", ""), Decimal(value["points"]),
                          Decimal(value["max"]), survey=value.get("scorable") == 0)
            bars.append(bar)
            self._add_area_row(bar, value.get("scored"), value.get("scorable"))
        self.chart.set_areas(bars)
        self._fit_rows(self.areas, self.areas.rowCount())
        self.show_results(status.get("results"))
        self.status_shown.emit(status)

    def show_results(self, summary: dict[str, Any] | None) -> None:
        """The result beside the own scores (`unit_views.result_summary`), or nothing."""
        self.results = summary
        shown = summary is not None
        self.results_box.setVisible(shown)
        self.areas.setColumnHidden(3, not shown)
        self.areas.horizontalHeaderItem(2).setText(self.tr("Tự chấm") if shown else self.tr("Điểm"))
        self.areas_box.setTitle(self.tr("Tự chấm và thẩm định theo lĩnh vực") if shown
                                else self.tr("Tiến độ chấm theo lĩnh vực"))
        if summary is None:
            return
        self.result_total.setText(f"{self._number(summary['final_total'])} / "
                                  f"{self._number(summary['maximum'])}")
        band = f" — {summary['band']}" if summary.get("band") else ""
        self.result_index.setText(self.tr("Chỉ số: %1%").replace(
            "%1", self._number(summary["index_percent"])) + band)
        if summary.get("rank"):
            self.result_rank.setText(self.tr("Hạng %1/%2 khối %3")
                                     .replace("%1", str(summary["rank"]))
                                     .replace("%2", str(summary["rank_of"]))
                                     .replace("%3", summary["block_label"]))
        else:
            self.result_rank.setText(self.tr("Khối %1: chưa xếp hạng").replace(
                "%1", summary["block_label"]))
        self.result_rank.setToolTip(summary.get("method_text") or "")
        own, judged = Decimal(summary["self_scored"]), Decimal(summary["appraised_self_scored"])
        difference = judged - own
        sign = "+" if difference > 0 else "−" if difference < 0 else "±"
        text = (self.tr("Phần tự chấm: %2 (tự đánh giá %1, %3)")
                .replace("%1", format_points(own, self.lang))
                .replace("%2", format_points(judged, self.lang))
                .replace("%3", sign + format_points(abs(difference), self.lang)))
        if Decimal(summary["survey"]):
            text += "\n" + self.tr("Điều tra xã hội học: %1").replace(
                "%1", format_points(Decimal(summary["survey"]), self.lang))
        self.result_self.setText(text)
        self.result_self.setToolTip(self.tr(
            "Điểm thẩm định của các tiêu chí đơn vị tự chấm, bên cạnh điểm tự đánh giá; điểm "
            "điều tra xã hội học do Sở Nội vụ nhập."))
        self.result_provisional.setText(self.tr(
            "Thứ hạng tạm tính: trong khối còn đơn vị chưa được phê duyệt điểm."))
        self.result_provisional.setVisible(bool(summary.get("provisional")))
        areas = summary.get("areas", {})
        for row in range(self.areas.rowCount()):
            code = self.areas.item(row, 0).data(Qt.ItemDataRole.UserRole)
            value = areas.get(code)
            text = "—" if value is None else (
                f"{format_points(Decimal(value['points']), self.lang)}/"
                f"{format_points(Decimal(value['max']), self.lang)}")
            cell = QTableWidgetItem(text)
            cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            cell.setToolTip(self.tr("Điểm thẩm định của lĩnh vực"))
            self.areas.setItem(row, 3, cell)

    def _add_area_row(self, bar: AreaBar, scored: int | None, scorable: int | None) -> None:
        row = self.areas.rowCount()
        self.areas.insertRow(row)
        name = QTableWidgetItem(bar.label)
        name.setToolTip(bar.label)
        name.setData(Qt.ItemDataRole.UserRole, bar.code)
        self.areas.setItem(row, 0, name)
        if scorable:
            done = QProgressBar()
            done.setRange(0, scorable)
            done.setValue(scored or 0)
            done.setFormat("%v/%m")
            done.setToolTip(self.tr("%1/%2 tiêu chí đã chấm").replace("%1", str(scored or 0))
                            .replace("%2", str(scorable)))
            self.areas.setCellWidget(row, 1, done)
        else:
            survey = QTableWidgetItem(self.tr("Điều tra XHH") if scorable == 0 else "")
            survey.setToolTip(self.tr("Điểm điều tra xã hội học do Sở Nội vụ nhập"))
            survey.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.areas.setItem(row, 1, survey)
        points = QTableWidgetItem(f"{format_points(bar.points, self.lang)}/"
                                  f"{format_points(bar.maximum, self.lang)}")
        points.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.areas.setItem(row, 2, points)

    def show_deadlines(self, deadlines: list[dict[str, Any]], today: dt.date) -> None:
        self.deadlines.clear()
        for entry in deadlines:
            due = dt.date.fromisoformat(entry["due_date"])
            kind = entry.get("kind", "")
            left = remaining_text(due, today, kind)
            item = QTreeWidgetItem([deadline_name(kind, entry.get("label", "")),
                                    due.strftime("%d/%m/%Y"), left])
            item.setToolTip(0, item.text(0))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            days = (due - today).days
            if days < 0:
                colour = (self.palette().color(self.palette().ColorRole.PlaceholderText)
                          if kind in EVENT_KINDS else OVERDUE)
                for column in range(3):
                    item.setForeground(column, QBrush(colour))
            elif days <= SOON_DAYS:
                bold = QFont(self.font())
                bold.setBold(True)
                item.setFont(2, bold)
                item.setForeground(2, QBrush(SOON))
            self.deadlines.addTopLevelItem(item)
        self._fit_rows(self.deadlines, len(deadlines))

    @staticmethod
    def _fit_rows(view: QAbstractItemView, rows: int) -> None:
        """Tall enough for every row (a campaign has a handful of deadlines and 8–10 areas):
        when space runs short the whole board scrolls instead of each list on its own."""
        if isinstance(view, QTableWidget):
            row = view.verticalHeader().defaultSectionSize()
            header = view.horizontalHeader().sizeHint().height()
        else:
            row = view.sizeHintForRow(0) if rows else 0
            header = view.header().sizeHint().height()
        view.setMinimumHeight(header + rows * row + 2 * view.frameWidth() + 2)
