"""Points by area against the maximum, readable at a glance: one row per area with its name
and the figure ("9,25/12") above a grey bar for the maximum and a filled bar for the points.

Grey bars are drawn to one scale (the largest area maximum), so a long grey stretch is a lot
of points still to win — where the work pays most. The geometry is a pure function
(`bar_lengths`) so it can be tested without painting. QtCharts is not available, so the
widget paints itself; the dashboard's area table is the accessible, copyable twin."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop.models.decimals import format_decimal

FILL = QColor("#3a78b5")        # calm blue: points won
SURVEY_FILL = QColor("#6b9e8a")  # muted green: survey points entered by the coordinator
MARGIN = 4


@dataclass(frozen=True)
class AreaBar:
    code: str
    title: str
    points: Decimal
    maximum: Decimal
    survey: bool = False  # no criterion the unit scores itself (sociological survey)

    @property
    def label(self) -> str:
        return f"{self.code}. {self.title}" if self.title else self.code


def bar_lengths(points: Decimal, maximum: Decimal, scale_maximum: Decimal,
                track_width: float) -> tuple[float, float]:
    """(grey maximum bar, filled points bar) in pixels, for a track of `track_width` pixels
    that stands for `scale_maximum` points. Points are clamped to 0..maximum."""
    if scale_maximum <= 0 or maximum <= 0 or track_width <= 0:
        return 0.0, 0.0
    grey = float(min(maximum, scale_maximum) / scale_maximum) * track_width
    shown = min(max(points, Decimal(0)), maximum)
    return grey, float(shown / maximum) * grey


def format_points(value: Decimal, lang: str = "vi") -> str:
    text = format_decimal(value) or "0"
    return text.replace(".", ",") if lang == "vi" else text


def track_colour(palette: QPalette) -> QColor:
    """The grey of the maximum bars: 15 % text over the background, so it stays visible on a
    dark theme too."""
    back = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    mix = 0.15
    return QColor(round(back.red() * (1 - mix) + text.red() * mix),
                  round(back.green() * (1 - mix) + text.green() * mix),
                  round(back.blue() * (1 - mix) + text.blue() * mix))


class AreaChart(QWidget):
    def __init__(self, lang: str = "vi", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.areas: list[AreaBar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.MinimumExpanding)
        self.setAccessibleName(self.tr("Biểu đồ điểm tự đánh giá theo lĩnh vực"))

    def set_areas(self, areas: list[AreaBar]) -> None:
        self.areas = list(areas)
        self.setAccessibleDescription("; ".join(self._summary(a) for a in self.areas))
        self.updateGeometry()
        self.update()

    # -- geometry -----------------------------------------------------------------------------
    def _metrics(self) -> tuple[int, int, int, int]:
        """(text line, bar height, gap under the text, space between rows), from the font so
        the chart grows with the user's text size."""
        line = QFontMetrics(self.font()).height()
        bar = max(8, round(line * 0.7))
        return line, bar, max(2, line // 6), max(6, round(line * 0.55))

    def row_height(self) -> int:
        line, bar, gap, space = self._metrics()
        return line + gap + bar + space

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        rows = max(1, len(self.areas))
        return QSize(460, 2 * MARGIN + rows * self.row_height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(240, self.sizeHint().height())

    def scale_maximum(self) -> Decimal:
        return max((a.maximum for a in self.areas), default=Decimal(0))

    def _row_step(self) -> float:
        """Rows spread out (up to half as much again) when there is room, so a few areas do
        not huddle at the top of a tall box."""
        preferred = self.row_height()
        room = (self.height() - 2 * MARGIN) / max(1, len(self.areas))
        return max(preferred, min(preferred * 1.5, room))

    def _row_top(self, index: int) -> float:
        return MARGIN + index * self._row_step()

    def bar_rects(self, index: int) -> tuple[QRectF, QRectF]:
        """The grey (maximum) and filled (points) rectangles of row `index` at the current size."""
        line, bar, gap, _ = self._metrics()
        area = self.areas[index]
        track = self.width() - 2 * MARGIN
        grey, filled = bar_lengths(area.points, area.maximum, self.scale_maximum(), track)
        top = self._row_top(index) + line + gap
        return QRectF(MARGIN, top, grey, bar), QRectF(MARGIN, top, filled, bar)

    def row_at(self, y: float) -> int | None:
        index = int((y - MARGIN) // self._row_step())
        return index if 0 <= index < len(self.areas) and y >= MARGIN else None

    # -- painting -----------------------------------------------------------------------------
    def figure(self, area: AreaBar) -> str:
        return f"{format_points(area.points, self.lang)}/{format_points(area.maximum, self.lang)}"

    def paintEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        track = track_colour(palette)
        if not self.areas:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             self.tr("Chưa có dữ liệu chấm điểm"))
            painter.end()
            return
        line, _, _, _ = self._metrics()
        metrics = QFontMetrics(self.font())
        bold = self.font()
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        width = self.width() - 2 * MARGIN
        for index, area in enumerate(self.areas):
            top = self._row_top(index)
            figure = self.figure(area)
            figure_width = bold_metrics.horizontalAdvance(figure)
            name_width = max(0, width - figure_width - metrics.horizontalAdvance("  "))
            name = metrics.elidedText(area.label, Qt.TextElideMode.ElideRight, name_width)
            painter.setFont(self.font())
            painter.setPen(text_colour)
            painter.drawText(QRectF(MARGIN, top, name_width, line),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
            painter.setFont(bold)
            painter.drawText(QRectF(MARGIN, top, width, line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, figure)
            grey, filled = self.bar_rects(index)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(track)
            painter.drawRoundedRect(grey, 2, 2)
            if filled.width() > 0:
                painter.setBrush(SURVEY_FILL if area.survey else FILL)
                painter.drawRoundedRect(filled, 2, 2)
        painter.end()

    # -- tooltips -----------------------------------------------------------------------------
    def _summary(self, area: AreaBar) -> str:
        text = self.tr("%1: %2 điểm").replace("%1", area.label).replace("%2", self.figure(area))
        if area.survey:
            text += " " + self.tr("(điều tra xã hội học, do Sở Nội vụ nhập)")
        return text

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            index = self.row_at(QPointF(event.pos()).y())  # type: ignore[attr-defined]
            if index is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self._summary(self.areas[index]), self)  # type: ignore[attr-defined]
            return True
        return super().event(event)
