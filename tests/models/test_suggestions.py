"""Inputs suggested from the unit's own task data: the completion rate of the province plan
(1.1.2) and the number of overdue plan tasks (1.6), with the tasks they rest on; accepting a
suggestion scores exactly as typing the same input by hand."""

from __future__ import annotations

import datetime as dt
import json
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.models import assessments, criteria, scoring, suggestions, workspaces

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "cli"))
from clihelpers import cchc, ok  # noqa: E402
from wshelpers import plan  # noqa: E402

D = Decimal
TODAY = dt.date(2026, 12, 1)  # the sample campaign is for 2026


@pytest.fixture
def today(monkeypatch) -> dt.date:
    """Freeze 'today' for the overdue count (a task is overdue when its deadline has passed)."""
    monkeypatch.setattr(suggestions, "today", lambda: TODAY)
    return TODAY




def suggestion_for(sample, code: str) -> suggestions.Suggestion | None:
    node = assessments.criterion_for(sample.ws, sample.campaign.id, sample.unit.id, code)
    return suggestions.suggest(sample.ws, sample.campaign.id, sample.unit.id, node)


def test_the_sample_links_1_1_2_and_1_6_to_task_data():
    linked = {n["code"]: n["suggest"] for n in criteria.sample_set_data()["criteria"]
              if n.get("suggest")}
    assert linked == {"1.1.2": "plan_completion_rate", "1.6": "overdue_tasks"}


def test_plan_completion_rate_is_on_time_plan_tasks_over_plan_tasks(sample, today):
    ws = sample.ws
    on_time = plan(ws, "Ban hành kế hoạch CCHC", "2026-01-31", done_on="2026-01-20")
    on_the_day = plan(ws, "Báo cáo 6 tháng", "2026-06-30", done_on="2026-06-30")
    late = plan(ws, "Báo cáo quý III", "2026-09-30", done_on="2026-10-05")
    cancelled = plan(ws, "Hội nghị đã hủy", "2026-05-31", status="cancelled")
    own = plan(ws, "Việc riêng của Sở", "2026-04-30", done_on="2026-04-01", source="own")
    last_year = plan(ws, "Nhiệm vụ năm trước", "2025-12-31", done_on="2025-12-01")
    proposal = suggestion_for(sample, "1.1.2")
    assert proposal is not None
    # plan tasks of 2026: on_time, on_the_day, late (cancelled, own and 2025 ones do not count);
    # finished by the deadline: on_time and on_the_day (done on the deadline day is on time).
    # 2 / 3 × 100 = 66.666… → truncated to 66.66 (never rounded up into a better band)
    assert (proposal.source, proposal.input_kind, proposal.value) == (
        "plan_completion_rate", "rate", "66.66")
    assert proposal.basis == {"on_time": 2, "total": 3}
    listed = {t["id"] for t in proposal.tasks}
    # every task the rate rests on is listed, each marked on time or not
    assert listed == {on_time.id, on_the_day.id, late.id}
    assert not listed & {cancelled.id, own.id, last_year.id}
    shown = next(t for t in proposal.tasks if t["id"] == late.id)
    assert shown == {"id": late.id, "title": "Báo cáo quý III", "deadline": "2026-09-30",
                     "status": "done", "completed_on": "2026-10-05", "on_time": False}
    assert json.loads(json.dumps(proposal.to_json())) == proposal.to_json()
    # accepted: 66.66 % is below 70 % → 0 under 1.1.2's bands
    row = assessments.set_input(ws, sample.campaign.id, sample.unit.id, "1.1.2", rate=proposal.value)
    assert (row.input_value, row.score) == ("66.66", "0")


def test_overdue_tasks_count_open_past_deadline_and_done_late(sample, today):
    ws = sample.ws
    plan(ws, "Xong đúng hạn", "2026-03-31", done_on="2026-03-30")
    late_done = plan(ws, "Xong trễ hạn", "2026-05-31", done_on="2026-06-02")
    open_past = plan(ws, "Chưa làm, quá hạn", "2026-11-15")
    moving_past = plan(ws, "Đang làm, quá hạn", "2026-10-01", status="in_progress")
    plan(ws, "Chưa đến hạn", "2026-12-20")
    plan(ws, "Hạn hôm nay", TODAY.isoformat())  # due today: not overdue yet
    plan(ws, "Đã hủy, quá hạn", "2026-02-01", status="cancelled")
    plan(ws, "Việc riêng quá hạn", "2026-02-01", source="own")
    proposal = suggestion_for(sample, "1.6")
    assert proposal is not None
    # overdue: done late (1) + still open past the deadline (2) = 3; the cancelled and the own
    # task are not plan tasks that count. 6 plan tasks in all.
    assert (proposal.source, proposal.input_kind, proposal.value) == ("overdue_tasks", "count", "3")
    assert proposal.basis == {"late": 3, "total": 6}
    assert sorted(t["id"] for t in proposal.tasks) == sorted(
        [late_done.id, open_past.id, moving_past.id])
    # accepting it: 2 − 3 × 0.25 = 1.25, exactly as entering 3 by hand
    accepted = assessments.set_input(ws, sample.campaign.id, sample.unit.id, "1.6",
                                     count=proposal.value)
    assert accepted.score == "1.25"
    by_hand = assessments.set_input(ws, sample.campaign.id, sample.unit.id, "1.6", count="3")
    assert by_hand.score == accepted.score


def test_the_score_sheet_shows_the_suggestion_beside_the_input(sample, today):
    ws = sample.ws
    plan(ws, "Nhiệm vụ A", "2026-03-31", done_on="2026-03-01")
    plan(ws, "Nhiệm vụ B", "2026-04-30")  # open and past 'today'
    lines = {line.criterion.code: line
             for line in scoring.scoresheet(ws, sample.campaign.id, sample.unit.id).lines}
    # 1 of 2 on time → 50.00 % → "50"; 1 overdue
    assert lines["1.1.2"].suggestion.value == "50"
    assert lines["1.6"].suggestion.value == "1"
    assert lines["1.4"].suggestion is None  # not linked to task data
    assert lines["1.1.2"].to_json()["suggestion"]["basis"] == {"on_time": 1, "total": 2}
    assert scoring.unit_totals(ws, sample.campaign.id, sample.unit.id).self_scored == 0


def test_tasks_linked_to_the_campaign_count_whatever_their_deadline(sample, today):
    ws = sample.ws
    plan(ws, "Gắn với đợt, hạn sang năm", "2027-01-15", done_on="2027-01-10",
         campaign_id=sample.campaign.id)
    plan(ws, "Gắn với đợt, không hạn", None, done_on="2026-08-01", campaign_id=sample.campaign.id)
    plan(ws, "Không gắn, không hạn", None, done_on="2026-08-01")  # cannot tell its year
    proposal = suggestion_for(sample, "1.1.2")
    assert proposal.basis == {"on_time": 2, "total": 2}
    assert proposal.value == "100"


def test_no_plan_tasks_means_no_suggestion(sample, today):
    ws = sample.ws
    plan(ws, "Việc riêng", "2026-03-31", source="own")
    plan(ws, "Kế hoạch đã hủy", "2026-03-31", status="cancelled")
    assert suggestion_for(sample, "1.1.2") is None
    assert suggestion_for(sample, "1.6") is None
    assert suggestion_for(sample, "1.4") is None
    lines = scoring.scoresheet(ws, sample.campaign.id, sample.unit.id).lines
    assert all(line.suggestion is None for line in lines)


def test_accepting_the_suggestion_on_the_command_line_equals_entering_it(tmp_path):
    """`cchc assess set 1.6 --suggested` scores as `--count N` typed by hand (real process)."""
    data = tmp_path / "data"
    ok(cchc(data, "init", "--role", "unit", "--unit-code", "STP", "--unit-name", "Sở Tư pháp",
            "--with-sample-campaign"))
    before_suggestion = cchc(data, "assess", "set", "1.6", "--suggested")
    assert before_suggestion.returncode == 1
    assert "1.6" in before_suggestion.stderr and "gợi ý" in before_suggestion.stderr
    # Tasks finished late do not depend on the day the test runs.
    with workspaces.open_named(data, None) as ws:
        plan(ws, "Báo cáo quý I", "2026-03-25", done_on="2026-03-20")
        plan(ws, "Báo cáo quý II", "2026-06-25", done_on="2026-07-02")
        plan(ws, "Báo cáo quý III", "2026-09-25", done_on="2026-10-01")
    suggested = json.loads(ok(cchc(data, "assess", "set", "1.6", "--suggested", "--json")).stdout)
    # 2 tasks done late → count 2 → 2 − 2 × 0.25 = 1.5
    assert (suggested["input_value"], suggested["score"], suggested["max"]) == ("2", "1.5", "2")
    rate = json.loads(ok(cchc(data, "assess", "set", "1.1.2", "--suggested", "--json")).stdout)
    # 1 of 3 on time → 33.33 % → below 70 % → 0
    assert (rate["input_value"], rate["score"]) == ("33.33", "0")
    by_hand = json.loads(ok(cchc(data, "assess", "set", "1.6", "--count", "2", "--json")).stdout)
    assert by_hand["score"] == suggested["score"]
    sheet = json.loads(ok(cchc(data, "assess", "show", "--json")).stdout)
    line = next(c for c in sheet["criteria"] if c["code"] == "1.6")
    assert (line["input"], line["score"], line["suggestion"]["value"]) == ("2", "1.5", "2")
    assert sheet["self"]["areas"]["1"]["points"] == "1.5"
