"""The province's plan at Sở Nội vụ (tasks with the responsible unit, deadline, expected output
and area; progress by unit and by area) and proposals for next year's plan (made, adopted or
declined, drafted into the next campaign's plan once)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from wshelpers import dump

from desktop.models import criteria, plan, setup, tasks, units, workspaces
from desktop.models.errors import CchcError, InvalidInput, NotFound
from desktop.models.store import Workspace, open_workspace

TODAY = dt.date(2026, 7, 1)


@pytest.fixture
def coord(tmp_path: Path) -> Iterator[Workspace]:
    """Sở Nội vụ with the 2026 campaign (active) and the 2027 one, and two departments."""
    ws = open_workspace(tmp_path / "coord", create=True)
    workspaces.initialise(ws, role="coordinator", unit_code="SNV", unit_name="Sở Nội vụ",
                          province="An Giang")
    set_id = criteria.load_sample_criteria_set(ws).id
    for code, name in (("STP", "Sở Tư pháp"), ("STC", "Sở Tài chính")):
        units.create_unit(ws, code=code, name=name, unit_type="so")
    for year in (2027, 2026):
        campaign = setup.set_up_campaign(
            ws, year=year, title=f"CCHC {year}", province="An Giang",
            groups={"so": ("Sở", set_id)}, deadlines=setup.default_deadlines(year),
            bands={None: [("Tốt", "80"), ("Chưa tốt", "0")]})
        setup.enrol_by_type(ws, campaign.id, {"so": "so"})
        ws.set_meta(f"test_campaign_{year}", campaign.id)
    try:
        yield ws
    finally:
        ws.close()


def campaign_id(ws: Workspace, year: int) -> str:
    return ws.meta(f"test_campaign_{year}")


def test_plan_tasks_are_the_provinces_with_their_unit(coord):
    c = campaign_id(coord, 2026)
    first = plan.add_plan_task(coord, c, "STP", title="Rà soát  văn bản QPPL",
                               deadline="31/07/2026", expected_output="Báo cáo rà soát",
                               area_code="2", source_ref="KH 12/KH-UBND")
    plan.add_plan_task(coord, c, "STC", title="Công khai ngân sách", deadline="2026-03-31",
                       area_code="6")
    tasks.add_task(coord, "Việc riêng của Sở Nội vụ", campaign_id=c)  # not the plan
    listed = plan.plan_tasks(coord, c, today=TODAY)
    assert [(t.unit_code, t.task.title) for t in listed] == [
        ("STC", "Công khai ngân sách"), ("STP", "Rà soát văn bản QPPL")]
    assert first.task.source == "province_plan" and first.task.area_code == "2"
    assert listed[1].task.expected_output == "Báo cáo rà soát"
    assert listed[0].task.overdue and not listed[1].task.overdue
    assert plan.plan_tasks(coord, campaign_id(coord, 2027)) == []


def test_the_coordinator_changes_what_it_assigned(coord):
    c = campaign_id(coord, 2026)
    made = plan.add_plan_task(coord, c, "STP", title="Rà soát", deadline="31/07/2026",
                              area_code="2")
    tasks.update_task(coord, made.task.id, status="in_progress", progress=30)
    changed = plan.update_plan_task(coord, made.task.id, deadline="15/08/2026", area_code="1",
                                    expected_output="Báo cáo")
    assert (changed.task.title, changed.task.deadline, changed.task.area_code,
            changed.task.expected_output, changed.task.progress) == (
        "Rà soát", "2026-08-15", "1", "Báo cáo", 30)
    own = tasks.add_task(coord, "Việc riêng", campaign_id=c)
    before = dump(coord)
    for task_id, changes, code in ((own.id, {"title": "X"}, "unknown_task"),
                                   (made.task.id, {"deadline": ""}, "plan_deadline_required"),
                                   (made.task.id, {"area_code": "9"}, "plan_unknown_area")):
        with pytest.raises(CchcError) as caught:
            plan.update_plan_task(coord, task_id, **changes)
        assert caught.value.code == code
    assert dump(coord) == before


BAD_TASKS = {
    "unknown_unit": dict(unit="KHONG-CO"),
    "plan_unknown_area": dict(area_code="9"),
    "plan_deadline_required": dict(deadline=""),
    "bad_date": dict(deadline="31/02/2026"),
    "task_title_required": dict(title="   "),
}


@pytest.mark.parametrize("code", sorted(BAD_TASKS))
def test_a_bad_plan_task_is_refused(coord, code):
    arguments = {"unit": "STP", "title": "Việc", "deadline": "30/06/2026", "area_code": "1",
                 **BAD_TASKS[code]}
    before = dump(coord)
    with pytest.raises(CchcError) as caught:
        plan.add_plan_task(coord, campaign_id(coord, 2026), arguments.pop("unit"), **arguments)
    assert caught.value.code == code
    assert dump(coord) == before


def test_only_the_coordinator_adds_plan_tasks(tmp_path):
    with open_workspace(tmp_path / "u", create=True) as ws:
        workspaces.initialise(ws, role="unit", unit_code="STP", unit_name="Sở Tư pháp")
        with pytest.raises(InvalidInput) as caught:
            plan.add_plan_task(ws, "x", "STP", title="Việc", deadline="2026-01-01")
        assert caught.value.code == "coordinator_only"


def test_progress_by_unit_and_by_area(coord):
    """STP: done (100), half-way and overdue (50), not started and overdue (0), cancelled
    (not counted); STC: in progress at 33 %, not yet due. Averages are truncated:
    STP (100 + 50 + 0) / 3 = 50; area 2 (100 + 33) / 2 = 66.5 → 66; all 183 / 4 = 45.75 → 45."""
    c = campaign_id(coord, 2026)
    made = {}
    for key, unit, area, deadline in (("done", "STP", "2", "2026-03-31"),
                                      ("half", "STP", "1", "2026-06-30"),
                                      ("idle", "STP", "", "2026-05-31"),
                                      ("dropped", "STP", "1", "2026-04-30"),
                                      ("stc", "STC", "2", "2026-12-31")):
        made[key] = plan.add_plan_task(coord, c, unit, title=key, deadline=deadline,
                                       area_code=area).task.id
    tasks.update_task(coord, made["done"], status="done", completed_on="2026-03-20")
    tasks.update_task(coord, made["half"], status="in_progress", progress=50)
    tasks.update_task(coord, made["dropped"], status="cancelled")
    tasks.update_task(coord, made["stc"], status="in_progress", progress=33)
    progress = plan.plan_progress(coord, c, today=TODAY)
    row = {r.key: r.to_json() for r in progress.by_unit}
    assert row["STP"] == {"key": "STP", "label": "Sở Tư pháp", "count": 3, "done": 1,
                          "in_progress": 1, "not_started": 1, "overdue": 2, "cancelled": 1,
                          "average": 50}
    assert row["STC"]["count"] == 1 and row["STC"]["overdue"] == 0 and row["STC"]["average"] == 33
    area = {r.key: r for r in progress.by_area}
    assert [r.key for r in progress.by_area] == ["1", "2", ""]
    assert (area["2"].count, area["2"].done, area["2"].average) == (2, 1, 66)
    assert area["2"].label == "Cải cách thể chế"
    assert (area["1"].count, area["1"].cancelled, area["1"].overdue) == (1, 1, 1)
    assert (progress.total.count, progress.total.overdue, progress.total.average) == (4, 2, 45)
    later = plan.plan_progress(coord, c, today=dt.date(2027, 1, 1))
    assert later.total.overdue == 3
    assert plan.plan_progress(coord, campaign_id(coord, 2027)).total.average is None


def test_proposals_decided_and_drafted_into_next_years_plan_once(coord):
    this, following = campaign_id(coord, 2026), campaign_id(coord, 2027)
    keep = plan.add_proposal(coord, this, title="Số hóa hồ sơ một cửa", area_code="3",
                             expected_output="100% hồ sơ được số hóa", deadline="30/09/2027")
    drop = plan.add_proposal(coord, this, title="Hội thảo", note="Nếu có kinh phí")
    open_ = plan.add_proposal(coord, this, title="Chưa quyết")
    assert [p.title for p in plan.list_proposals(coord, this)] == [
        "Số hóa hồ sơ một cửa", "Hội thảo", "Chưa quyết"]
    assert plan.decide_proposal(coord, keep.id, True).state == "adopted"
    assert plan.decide_proposal(coord, drop.id, False).state == "declined"
    assert [p.id for p in plan.proposals(coord, this, "proposed")] == [open_.id]
    made = plan.draft_plan(coord, this, following)
    assert [(t.unit_code, t.task.title, t.task.deadline, t.task.area_code) for t in made] == [
        ("SNV", "Số hóa hồ sơ một cửa", "2027-09-30", "3")]
    assert made[0].task.expected_output == "100% hồ sơ được số hóa"
    assert made[0].task.campaign_id == following and made[0].task.source == "province_plan"
    assert plan.get_proposal(coord, keep.id).adopted_task_id == made[0].task.id
    before = dump(coord)
    assert plan.draft_plan(coord, this, following) == []
    assert dump(coord) == before
    plan.decide_proposal(coord, open_.id, True)
    second = plan.draft_plan(coord, this, following)
    assert [t.task.deadline for t in second] == ["2027-12-31"]  # no deadline proposed
    assert len(plan.plan_tasks(coord, following)) == 2
    with pytest.raises(InvalidInput) as caught:
        plan.decide_proposal(coord, keep.id, False)
    assert caught.value.code == "proposal_already_in_plan"
    with pytest.raises(InvalidInput) as caught:
        plan.draft_plan(coord, this, this)
    assert caught.value.code == "plan_same_campaign"


def test_a_unit_edits_and_withdraws_its_own_proposals(coord):
    this = campaign_id(coord, 2026)
    made = plan.add_proposal(coord, this, title="Đề xuất")
    changed = plan.update_proposal(coord, made.id, title="Đề xuất  sửa", area_code="5",
                                   note="Ghi chú")
    assert (changed.title, changed.area_code, changed.note) == ("Đề xuất sửa", "5", "Ghi chú")
    plan.delete_proposal(coord, made.id)
    assert plan.list_proposals(coord, this) == []
    before = dump(coord)
    for action, code in (
            (lambda: plan.add_proposal(coord, this, title=" "), "proposal_title_required"),
            (lambda: plan.add_proposal(coord, this, title="A", area_code="12"),
             "plan_unknown_area"),
            (lambda: plan.delete_proposal(coord, made.id), "unknown_proposal"),
            (lambda: plan.proposals(coord, this, "maybe"), "bad_proposal_state")):
        with pytest.raises((InvalidInput, NotFound)) as caught:
            action()
        assert caught.value.code == code
    assert dump(coord) == before
