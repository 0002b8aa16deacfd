"""The figures the task list shows above its table (province-plan tasks done on time, late
ones) agree with the suggested scores they feed; the task dialog's save adds or changes a task
in one unit of work, so an invalid value leaves nothing behind."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from wshelpers import plan

from desktop.models import assessments, audit, suggestions, tasks, units
from desktop.models.errors import InvalidInput

TODAY = dt.date(2026, 12, 1)


@pytest.fixture
def today(monkeypatch) -> dt.date:
    monkeypatch.setattr(suggestions, "today", lambda: TODAY)
    monkeypatch.setattr(tasks, "today", lambda: TODAY)
    return TODAY




def test_figures_are_the_suggested_values(sample, today):
    """Rate and late count equal what 1.1.2 and 1.6 are offered, and name those criteria."""
    ws = sample.ws
    plan(ws, "Ban hành kế hoạch", "2026-01-31", done_on="2026-01-20")
    plan(ws, "Báo cáo 6 tháng", "2026-06-30", done_on="2026-06-30")
    plan(ws, "Báo cáo quý III", "2026-09-30", done_on="2026-10-05")  # done late
    plan(ws, "Chưa làm, quá hạn", "2026-11-15")
    plan(ws, "Chưa đến hạn", "2026-12-20")
    plan(ws, "Đã hủy", "2026-02-01", status="cancelled")
    plan(ws, "Việc riêng quá hạn", "2026-02-01", source="own")
    figures = tasks.task_figures(ws, sample.campaign.id, sample.unit.id)
    rate = suggestions.suggest(ws, sample.campaign.id, sample.unit.id,
                               assessments.criterion_for(ws, sample.campaign.id, sample.unit.id, "1.1.2"))
    late = suggestions.suggest(ws, sample.campaign.id, sample.unit.id,
                               assessments.criterion_for(ws, sample.campaign.id, sample.unit.id, "1.6"))
    # 5 plan tasks (cancelled and own ones do not count); 2 on time → 40 %; late: 2
    assert (figures.year, figures.total, figures.on_time, figures.late) == (2026, 5, 2, 2)
    assert figures.rate == Decimal("40") == Decimal(rate.value)
    assert rate.basis == {"on_time": figures.on_time, "total": figures.total}
    assert late.value == str(figures.late)
    assert (figures.rate_codes, figures.late_codes) == (("1.1.2",), ("1.6",))


def test_rate_is_truncated_like_the_suggestion(sample, today):
    ws = sample.ws
    plan(ws, "A", "2026-03-31", done_on="2026-03-01")
    plan(ws, "B", "2026-04-30", done_on="2026-04-01")
    plan(ws, "C", "2026-12-30")
    figures = tasks.task_figures(ws, sample.campaign.id, sample.unit.id)
    assert figures.rate == Decimal("66.66")  # 2/3, never rounded up into a better band


def test_no_plan_tasks_has_no_rate(sample, today):
    plan(sample.ws, "Việc riêng", "2026-03-31", source="own")
    figures = tasks.task_figures(sample.ws, sample.campaign.id, sample.unit.id)
    assert (figures.total, figures.on_time, figures.late, figures.rate) == (0, 0, 0, None)


def test_a_unit_outside_the_campaign_gets_figures_without_criteria(sample, today):
    ws = sample.ws
    other = units.create_unit(ws, code="Y", name="Đơn vị khác", unit_type="so")
    plan(ws, "Của đơn vị khác", "2026-03-31", done_on="2026-03-01", unit_id=other.id)
    figures = tasks.task_figures(ws, sample.campaign.id, other.id)
    assert (figures.total, figures.on_time, figures.rate_codes, figures.late_codes) == (1, 1, (), ())


def test_save_task_adds_with_status_in_one_go(ws, today):
    task = tasks.save_task(ws, None, {"title": "Báo cáo năm", "source": "province_plan",
                                      "source_ref": "12/KH-UBND", "owner": "Văn phòng",
                                      "deadline": "15/12/2026", "status": "done",
                                      "progress": 100, "completed_on": "2026-11-30",
                                      "notes": "Đã gửi"})
    stored = tasks.get_task(ws, task.id)
    assert stored == task
    assert (stored.status, stored.progress, stored.completed_on, stored.deadline) == (
        "done", 100, "2026-11-30", "2026-12-15")
    assert (stored.source_ref, stored.owner, stored.notes) == ("12/KH-UBND", "Văn phòng", "Đã gửi")


@pytest.mark.parametrize(("fields", "code"), [
    ({"title": "Việc", "progress": 150}, "bad_progress"),
    ({"title": "   ", "progress": 10}, "task_title_required"),
    ({"title": "Việc", "deadline": "31/02/2026"}, "bad_date"),
    ({"title": "Việc", "colour": "đỏ"}, "bad_task_field"),
])
def test_save_task_saves_nothing_when_a_value_is_invalid(ws, today, fields, code):
    entries = len(audit.entries(ws.db))
    with pytest.raises(InvalidInput) as caught:
        tasks.save_task(ws, None, fields)
    assert caught.value.code == code
    assert tasks.list_tasks(ws) == []
    assert len(audit.entries(ws.db)) == entries


def test_save_task_changes_an_existing_task(ws, today):
    task = tasks.add_task(ws, "Việc", deadline="2026-12-31")
    changed = tasks.save_task(ws, task.id, {"progress": 30, "status": "in_progress",
                                            "deadline": ""})
    assert (changed.progress, changed.status, changed.deadline) == (30, "in_progress", None)
    with pytest.raises(InvalidInput):
        tasks.save_task(ws, task.id, {"progress": -1})
    assert tasks.get_task(ws, task.id) == changed
