"""Tasks of the unit's CCHC plan: status, progress, completion date, overdue, and finding a task
by the first characters of its id."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.models import tasks
from desktop.models.errors import InvalidInput, NotFound


def test_done_fills_completion_date_and_progress_and_reopening_clears_it(ws):
    """Marking a task done records today and 100 %; reopening it clears the completion date."""
    task = tasks.add_task(ws, "  Báo cáo   CCHC quý I ", deadline="25/03/2026", owner="Văn phòng")
    assert task.title == "Báo cáo CCHC quý I"
    assert (task.status, task.progress, task.completed_on) == ("not_started", 0, None)
    done = tasks.update_task(ws, task.id, status="done")
    assert (done.status, done.progress, done.completed_on) == ("done", 100, dt.date.today().isoformat())
    reopened = tasks.update_task(ws, task.id, status="in_progress", progress="80%")
    assert (reopened.status, reopened.progress, reopened.completed_on) == ("in_progress", 80, None)
    given = tasks.update_task(ws, task.id, status="done", completed_on="20/03/2026")
    assert given.completed_on == "2026-03-20"
    assert tasks.get_task(ws, task.id) == given


def test_overdue_is_computed_from_the_deadline(ws):
    """An unfinished task past its deadline is overdue; a finished one is not."""
    yesterday = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    late = tasks.add_task(ws, "Trễ", deadline=yesterday)
    tasks.add_task(ws, "Còn hạn", deadline=tomorrow)
    tasks.add_task(ws, "Không hạn")
    assert late.overdue
    assert [t.title for t in tasks.list_tasks(ws, status="overdue")] == ["Trễ"]
    tasks.update_task(ws, late.id, status="done")
    assert tasks.list_tasks(ws, status="overdue") == []
    assert [t.title for t in tasks.list_tasks(ws)] == ["Trễ", "Còn hạn", "Không hạn"]


def test_task_found_by_id_prefix(ws):
    """A task is found by the first characters of its id; too short a prefix is refused."""
    task = tasks.add_task(ws, "Việc A")
    assert tasks.get_task(ws, task.id[:4]).id == task.id
    assert tasks.get_task(ws, task.id[:8].upper()).id == task.id
    with pytest.raises(InvalidInput) as caught:
        tasks.get_task(ws, task.id[:3])
    assert caught.value.code == "task_id_too_short"
    missing = "0000" if not task.id.startswith("0000") else "ffff"
    with pytest.raises(NotFound):
        tasks.get_task(ws, missing)


@pytest.mark.parametrize("pattern", ["____", "%%%%", "%", "____%"])
def test_wildcards_in_a_task_id_match_nothing(ws, pattern):
    """Typing SQL wildcard characters as a task id does not pick some task at random."""
    tasks.add_task(ws, "Việc duy nhất")
    with pytest.raises(InvalidInput if len(pattern) < 4 else NotFound):
        tasks.get_task(ws, pattern)


def test_bad_task_fields_are_refused(ws):
    """Unknown status or source, empty titles and bad dates are refused by name."""
    task = tasks.add_task(ws, "Việc")
    cases = [
        (lambda: tasks.add_task(ws, "   "), "task_title_required"),
        (lambda: tasks.add_task(ws, "Việc", source="tinh"), "bad_task_source"),
        (lambda: tasks.add_task(ws, "Việc", deadline="2026-13-01"), "bad_date"),
        (lambda: tasks.update_task(ws, task.id, status="xong"), "bad_task_status"),
        (lambda: tasks.update_task(ws, task.id, progress="-1"), "bad_progress"),
        (lambda: tasks.list_tasks(ws, status="xong"), "bad_task_status"),
    ]
    for action, code in cases:
        with pytest.raises(InvalidInput) as caught:
            action()
        assert caught.value.code == code
