"""What the plan tab reads (desktop.models.plan_views), on a real coordinator workspace with
two campaigns and on a unit of it: the campaign's units and areas for the dialogs, the
proposals deadline, Sở Nội vụ's snapshot (plan, progress as of a given day, proposals, every
campaign) and a unit's own proposals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.models import campaigns, criteria, plan, plan_views, setup, units, workspaces
from desktop.models.store import Workspace, open_workspace

TODAY = dt.date(2026, 7, 1)


@pytest.fixture
def coord(tmp_path: Path) -> Iterator[Workspace]:
    """Sở Nội vụ with the 2027 campaign and the 2026 one (active, both sample sets), three
    departments (itself included) and a commune enrolled in 2026."""
    ws = open_workspace(tmp_path / "coord", create=True)
    workspaces.initialise(ws, role="coordinator", unit_code="SNV", unit_name="Sở Nội vụ",
                          province="An Giang")
    sets = {g: criteria.load_sample_criteria_set(ws, g).id for g in ("so-ban-nganh", "xa-phuong")}
    for code, name, unit_type in (("STP", "Sở Tư pháp", "so"), ("STC", "Sở Tài chính", "so"),
                                  ("XMHH", "UBND xã Mỹ Hòa Hưng", "ubnd_xa")):
        units.create_unit(ws, code=code, name=name, unit_type=unit_type)
    for year in (2027, 2026):
        campaign = setup.set_up_campaign(
            ws, year=year, title=f"CCHC {year}", province="An Giang",
            groups={"so": ("Sở", sets["so-ban-nganh"]), "xa": ("Xã", sets["xa-phuong"])},
            deadlines={"proposals": f"{year}-11-15"} if year == 2026 else {},
            bands={None: [("Tốt", "80"), ("Chưa tốt", "0")]})
        if year == 2026:
            setup.enrol_by_type(ws, campaign.id, {"so": "so", "ubnd_xa": "xa"})
        ws.set_meta(f"test_campaign_{year}", campaign.id)
    try:
        yield ws
    finally:
        ws.close()


def test_choices_of_the_dialogs(coord):
    cid = coord.meta("test_campaign_2026")
    assert plan_views.campaign_units(coord, cid) == [  # Sở Nội vụ is a department too
        ("SNV", "Sở Nội vụ"), ("STC", "Sở Tài chính"), ("STP", "Sở Tư pháp"),
        ("XMHH", "UBND xã Mỹ Hòa Hưng")]
    assert plan_views.campaign_units(coord, coord.meta("test_campaign_2027")) == []
    areas = plan_views.area_choices(coord, cid)
    assert [code for code, _ in areas] == [str(n) for n in range(1, 9)]
    assert areas[2] == ("3", "Cải cách thủ tục hành chính")
    assert plan_views.proposals_deadline(coord, cid) == "2026-11-15"
    assert plan_views.proposals_deadline(coord, coord.meta("test_campaign_2027")) is None


def test_the_coordinators_snapshot(coord):
    cid = coord.meta("test_campaign_2026")
    plan.add_plan_task(coord, cid, "STP", title="Rà soát văn bản", deadline="2026-06-30",
                       area_code="2")
    plan.add_plan_task(coord, cid, "XMHH", title="Niêm yết TTHC", deadline="2026-09-30",
                       area_code="3")
    snapshot = plan_views.coordinator_plan(coord, cid, today=TODAY)
    assert snapshot.campaign.id == cid and snapshot.today == "2026-07-01"
    assert [(t.unit_code, t.task.overdue) for t in snapshot.tasks] == [
        ("STP", True), ("XMHH", False)]
    assert (snapshot.progress.total.count, snapshot.progress.total.overdue) == (2, 1)
    assert [r.key for r in snapshot.progress.by_area] == ["2", "3"]
    assert snapshot.proposals == []
    assert [c.year for c in snapshot.campaigns] == [2027, 2026]
    assert snapshot.proposals_deadline == "2026-11-15"
    assert len(snapshot.units) == 4 and len(snapshot.areas) == 8


def test_a_units_proposals(coord, tmp_path: Path):
    """A unit's own proposals only, with the deadline and next year's number."""
    cid = coord.meta("test_campaign_2026")
    campaigns.set_active_campaign(coord, cid)
    stp = units.unit_by_code(coord, "STP")
    coord.set_meta("own_unit_id", stp.id)  # this workspace acting as Sở Tư pháp's
    coord.set_meta("role", "unit")
    mine = plan.add_proposal(coord, cid, title="Số hóa lý lịch tư pháp", area_code="3")
    snapshot = plan_views.unit_proposals(coord, cid, today=TODAY)
    assert [p.id for p in snapshot.proposals] == [mine.id]
    assert snapshot.for_year == 2027 and snapshot.deadline == "2026-11-15"
    assert snapshot.areas[0] == ("1", "Công tác chỉ đạo, điều hành CCHC")
