"""The dashboard on the demo workspace: the area chart's geometry and painting, completion per
area, the campaign calendar with days left, and the session-driven refresh."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QProgressBar

from desktop.models import assessments, status
from desktop.models.demo import _demo_deadlines, build_demo
from desktop.models.paths import workspace_dir
from desktop.models.store import open_workspace
from desktop.ui.area_chart import MARGIN, AreaBar, AreaChart, bar_lengths, format_points
from desktop.ui.dashboard import Dashboard, deadline_name, remaining_text
from desktop.ui.session import Session

TODAY = dt.date(2026, 11, 25)


@pytest.fixture(scope="module")
def demo_status(tmp_path_factory) -> dict:
    data = tmp_path_factory.mktemp("demo")
    build_demo(data)
    with open_workspace(workspace_dir(data, "demo")) as ws:
        return status.workspace_status(ws)


@pytest.fixture
def board(qtbot, demo_status: dict) -> Dashboard:
    widget = Dashboard("vi")
    qtbot.addWidget(widget)
    widget.resize(1000, 680)
    widget.show_status(demo_status, today=TODAY)
    widget.show()
    return widget


# -- the chart's geometry -----------------------------------------------------------------------
def test_bar_lengths_are_points_over_maximum() -> None:
    """The filled bar is points/maximum of the grey bar; grey bars share one scale."""
    grey, filled = bar_lengths(Decimal("9.25"), Decimal("12"), Decimal("12"), 480)
    assert (grey, filled) == (480, pytest.approx(480 * 9.25 / 12))
    grey, filled = bar_lengths(Decimal("9.25"), Decimal("12"), Decimal("30"), 600)
    assert grey == pytest.approx(240) and filled / grey == pytest.approx(9.25 / 12)
    assert bar_lengths(Decimal(0), Decimal(7), Decimal(30), 600)[1] == 0
    assert bar_lengths(Decimal(15), Decimal(12), Decimal(12), 100) == (100, 100)  # clamped
    assert bar_lengths(Decimal(-1), Decimal(12), Decimal(12), 100)[1] == 0
    assert bar_lengths(Decimal(1), Decimal(0), Decimal(0), 100) == (0, 0)


def test_area_one_bar_is_nine_and_a_quarter_twelfths(board: Dashboard) -> None:
    """On screen, area 1's filled bar is exactly 9.25/12 of its grey bar."""
    chart = board.chart
    assert [a.code for a in chart.areas] == [str(n) for n in range(1, 9)]
    grey, filled = chart.bar_rects(0)
    assert filled.width() / grey.width() == pytest.approx(9.25 / 12)
    assert grey.width() == pytest.approx((chart.width() - 2 * MARGIN) * 12 / 30)
    assert chart.figure(chart.areas[0]) == "9,25/12"
    assert chart.areas[7].survey and not chart.areas[0].survey


def test_chart_paints_ten_areas_and_zero_points(qtbot) -> None:
    """8–10 areas, zero points and an empty chart all paint without a Qt warning, and the
    size hint grows with the rows."""
    chart = AreaChart("en")
    qtbot.addWidget(chart)
    areas = [AreaBar(str(n), f"Lĩnh vực số {n} có tên khá dài để thử cắt chữ",
                     Decimal(0), Decimal(n + 2)) for n in range(1, 11)]
    chart.set_areas(areas)
    assert chart.sizeHint().height() == 2 * MARGIN + 10 * chart.row_height()
    assert chart.sizeHint().width() >= chart.minimumSizeHint().width() >= 200
    chart.resize(chart.sizeHint())
    chart.show()
    assert not chart.grab().isNull()
    assert chart.bar_rects(9)[1].width() == 0
    assert chart.figure(AreaBar("1", "", Decimal("9.25"), Decimal(12))) == "9.25/12"
    chart.set_areas([])
    chart.grab()
    assert chart.row_at(-5) is None


def test_points_are_written_the_vietnamese_way() -> None:
    assert format_points(Decimal("9.25"), "vi") == "9,25"
    assert format_points(Decimal("12.00"), "vi") == "12"
    assert format_points(Decimal("0.5"), "en") == "0.5"


# -- the board ----------------------------------------------------------------------------------
def test_board_shows_the_demo(board: Dashboard, demo_status: dict) -> None:
    """Unit, banner, total, index, per-area completion and the whole board painted."""
    assert "DEMO-STP" in board.unit_label.text()
    assert board.demo_banner.isVisibleTo(board)
    assert board.total_label.text() == "14,25 / 100"
    assert board.index_label.text().startswith("Chỉ số: 14,25%")
    assert board.progress.value() == 10 and board.progress.maximum() == 44
    assert board.areas.rowCount() == 8
    assert board.areas.item(0, 0).text().startswith("1. Công tác chỉ đạo")
    assert board.areas.item(0, 2).text() == "9,25/12"
    done = board.areas.cellWidget(0, 1)
    assert isinstance(done, QProgressBar) and (done.value(), done.maximum()) == (7, 8)
    assert board.areas.cellWidget(7, 1) is None
    assert board.areas.item(7, 1).text() == "Điều tra XHH"
    assert not board.grab().isNull()


def test_calendar_says_days_left_and_overdue(board: Dashboard) -> None:
    """Each deadline of the campaign with its date and, from today, what is left."""
    rows = [tuple(board.deadlines.topLevelItem(i).text(c) for c in range(3))
            for i in range(board.deadlines.topLevelItemCount())]
    # The demo moves its calendar later when it is built close to its self-scoring deadline.
    due = {kind: dt.date.fromisoformat(day) for kind, day in _demo_deadlines(dt.date.today())}
    assert rows[0] == ("Đề xuất nhiệm vụ CCHC năm sau", "15/11/2026", "quá hạn 10 ngày")
    left = (due["self_scoring"] - TODAY).days
    assert rows[1] == ("Hạn tự chấm điểm", due["self_scoring"].strftime("%d/%m/%Y"),
                       f"còn {left} ngày")
    left = (due["quarterly_meeting"] - TODAY).days
    assert rows[2] == ("Họp giao ban CCHC quý", due["quarterly_meeting"].strftime("%d/%m/%Y"),
                       f"còn {left} ngày")
    assert len(rows) == 7


def test_remaining_text() -> None:
    due = dt.date(2026, 11, 30)
    assert remaining_text(due, dt.date(2026, 11, 25)) == "còn 5 ngày"
    assert remaining_text(due, due) == "hôm nay"
    assert remaining_text(due, dt.date(2026, 12, 3), "self_scoring") == "quá hạn 3 ngày"
    assert remaining_text(due, dt.date(2026, 12, 3), "quarterly_meeting") == "đã qua 3 ngày"
    assert deadline_name("other", " Nộp báo cáo năm ") == "Nộp báo cáo năm"
    assert deadline_name("proposals") == "Đề xuất nhiệm vụ CCHC năm sau"


def test_board_without_a_campaign(qtbot, demo_status: dict) -> None:
    """No campaign: no chart rows, no calendar, a dash for the total."""
    widget = Dashboard()
    qtbot.addWidget(widget)
    bare = {**demo_status, "campaign": None, "self_assessment": None, "deadlines": []}
    widget.show_status(bare)
    assert widget.total_label.text() == "—"
    assert widget.chart.areas == [] and widget.deadlines.topLevelItemCount() == 0
    widget.grab()


def test_board_follows_the_session(qtbot, tmp_path: Path) -> None:
    """Given the session, the board loads on open and again after a score changes."""
    build_demo(tmp_path)
    session = Session(tmp_path, "vi")
    widget = Dashboard(session)
    qtbot.addWidget(widget)
    widget.show()
    try:
        with qtbot.waitSignal(widget.status_shown, timeout=10000):
            session.open("demo")
        assert widget.total_label.text() == "14,25 / 100"
        cid, uid = session.campaign_id, session.unit_id
        with qtbot.waitSignal(widget.status_shown, timeout=10000) as blocker:
            session.run(lambda ws: assessments.score_criterion(ws, cid, uid, "4.3", "đạt"),
                        changes="assessment")
        assert blocker.args[0]["self_assessment"]["final"] == "15.75"
        assert widget.total_label.text() == "15,75 / 100"
        assert widget.areas.cellWidget(3, 1).value() == 1
    finally:
        session.close()
