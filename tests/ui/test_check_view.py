"""The check-before-submitting list on the demo workspace: grouped errors and warnings, one
sentence each, driven by the keyboard, kept up to date when the assessment changes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from demo_support import build_demo_with_errors
from PySide6.QtCore import Qt

from desktop.messages import item_sentence
from desktop.models import assessments, campaigns
from desktop.ui.check_view import CheckView
from desktop.ui.session import Session


@pytest.fixture
def session(qtbot, tmp_path: Path) -> Iterator[Session]:
    build_demo_with_errors(tmp_path)
    opened = Session(tmp_path, "vi")
    with qtbot.waitSignal(opened.opened, timeout=10000):
        opened.open("demo")
    # The demo's scores are entered as it is built: keep them inside the self-scoring window
    # whatever today's date is, so the list does not depend on the calendar.
    campaign_id = opened.campaign_id
    with qtbot.waitCallback(timeout=10000) as done:
        opened.run(lambda ws: campaigns.set_deadline(ws, campaign_id, kind="self_scoring",
                                                     due_date="2099-12-31"), done)
    yield opened
    opened.close()


@pytest.fixture
def view(qtbot, session: Session) -> CheckView:
    widget = CheckView(session)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    with qtbot.waitSignal(widget.refreshed, timeout=10000):
        widget.show()  # catches up with the workspace opened before it was shown
        widget.refresh()
    return widget


def _children(view: CheckView, group: int) -> list:
    top = view.tree.topLevelItem(group)
    return [top.child(i) for i in range(top.childCount())]


def test_lists_errors_and_warnings_grouped(view: CheckView) -> None:
    """Errors (blocking) and warnings in two groups, each row the item's sentence."""
    assert view.verdict.text() == "Chưa thể nộp: 5 lỗi"
    assert view.tree.topLevelItemCount() == 2
    assert view.tree.topLevelItem(0).text(0) == "Lỗi (5)"
    assert view.tree.topLevelItem(1).text(0) == "Cảnh báo (35)"
    errors = _children(view, 0)
    assert [row.text(0) for row in errors] == ["1.1.2", "1.4", "2.1", "2.2", "3.3.1"]
    assert errors[1].text(1) == ("Tiêu chí 1.4 đã tự chấm 1,25 điểm nhưng chưa có tài liệu "
                                 "kiểm chứng và chưa có giải trình.")
    for row, item in zip(errors + _children(view, 1), view.items, strict=True):
        assert row.text(1) == item_sentence(item.code, item.data, "vi")
    warnings = [row.text(1) for row in _children(view, 1)]
    assert "Tiêu chí 3.3.1: tài liệu “Kết quả giải quyết TTHC.pdf” chưa ghi số, ký hiệu văn bản." \
        in warnings
    view.grab()  # paints without a Qt warning


def test_keyboard_enter_asks_for_the_criterion(qtbot, view: CheckView) -> None:
    """Down from the first error then Enter asks the window to open criterion 1.4."""
    view.tree.setFocus()
    assert view.tree.currentItem().text(0) == "1.1.2"
    qtbot.keyClick(view.tree, Qt.Key.Key_Down)
    assert view.tree.currentItem().text(0) == "1.4"
    with qtbot.waitSignal(view.criterion_requested, timeout=2000) as blocker:
        qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert blocker.args == ["1.4"]


def test_group_rows_ask_for_nothing(qtbot, view: CheckView) -> None:
    requested: list[str] = []
    view.criterion_requested.connect(requested.append)
    view.tree.setCurrentItem(view.tree.topLevelItem(0))
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert requested == []


def test_list_follows_the_assessment(qtbot, view: CheckView, session: Session) -> None:
    """Explaining 1.4 removes its error as soon as the change is announced; the keyboard
    position stays on the row it was on."""
    view.tree.setCurrentItem(_children(view, 0)[2])  # 2.1
    cid, uid = session.campaign_id, session.unit_id
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        session.run(lambda ws: assessments.explain(ws, cid, uid, "1.4", "Đang chờ số hóa."),
                    changes="assessment")
    assert [row.text(0) for row in _children(view, 0)] == ["1.1.2", "2.1", "2.2", "3.3.1"]
    assert view.verdict.text() == "Chưa thể nộp: 4 lỗi"
    assert view.tree.currentItem().text(0) == "2.1"


def test_can_submit_header(qtbot, view: CheckView) -> None:
    """With no error the header says it can be submitted (warnings stay listed)."""
    warnings_only = [item for item in view.items if not item.is_error]
    with qtbot.waitSignal(view.refreshed):
        view.show_items(warnings_only)
    assert view.verdict.text() == "Có thể nộp"
    assert view.tree.topLevelItem(0).text(0) == "Lỗi (0)"
    assert view.error_count() == 0


def test_hidden_view_catches_up_when_shown(qtbot, view: CheckView, session: Session) -> None:
    """A hidden view does not run the check on every change; it runs once when shown."""
    view.hide()
    cid, uid = session.campaign_id, session.unit_id
    with qtbot.waitCallback(timeout=10000) as done:
        session.run(lambda ws: assessments.explain(ws, cid, uid, "2.1", "Có văn bản giấy."),
                    done, changes="assessment")
    assert "2.1" in [row.text(0) for row in _children(view, 0)]
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        view.show()
    assert "2.1" not in [row.text(0) for row in _children(view, 0)]


def test_without_a_workspace(qtbot, tmp_path: Path) -> None:
    """Before a workspace is open the view says so instead of running anything."""
    idle = Session(tmp_path, "vi")
    widget = CheckView(idle)
    qtbot.addWidget(widget)
    widget.refresh()
    assert widget.verdict.text() == "Chưa có đợt đánh giá để kiểm tra."
    assert widget.tree.topLevelItemCount() == 0
