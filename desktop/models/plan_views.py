"""What the plan tab shows, read in one go on the database thread: at Sở Nội vụ the province's
plan of a campaign with its progress by unit and by area and the proposals received for next
year's plan; at a unit its own proposals with the deadline for sending them. Only reads and
thin wrappers over the services (`desktop.models.plan`, `campaigns`); the window never runs
SQL."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.models import campaigns, criteria, dates, plan, records
from desktop.models.entities import Campaign
from desktop.models.store import Workspace


def campaign_units(ws: Workspace, campaign_id: str) -> list[tuple[str, str]]:
    """(code, name) of every unit enrolled in the campaign, by code: who can be given a task
    of the province's plan."""
    rows = records.rows(ws.db, "SELECT u.code, u.name FROM campaign_units cu JOIN units u ON "
                        "u.id = cu.unit_id WHERE cu.campaign_id = ? ORDER BY u.code",
                        [campaign_id])
    return [(r["code"], r["name"]) for r in rows]


def area_choices(ws: Workspace, campaign_id: str) -> list[tuple[str, str]]:
    """(code, title) of every area of the campaign's criteria sets, by number (the first
    set's title when two sets name the same code differently)."""
    titles: dict[str, str] = {}
    set_ids = sorted({r["criteria_set_id"] for r in records.rows(
        ws.db, "SELECT criteria_set_id FROM unit_groups WHERE campaign_id = ? ORDER BY code",
        [campaign_id])})
    for set_id in set_ids:
        for node in criteria.list_criteria(ws, set_id):
            if node.kind == "area":
                titles.setdefault(node.code, node.title)
    return [(code, titles[code]) for code in sorted(titles, key=_area_order)]


def _area_order(code: str) -> tuple[int, str]:
    return (int(code) if code.isdigit() else 10**6, code)


def proposals_deadline(ws: Workspace, campaign_id: str) -> str | None:
    """The campaign's deadline for proposals (the latest, if several), or None."""
    due = [d.due_date for d in campaigns.deadlines(ws, campaign_id) if d.kind == "proposals"]
    return max(due) if due else None


@dataclass(frozen=True)
class PlanSnapshot:
    """Sở Nội vụ's plan tab."""
    campaign: Campaign
    tasks: list[plan.PlanTask]
    progress: plan.PlanProgress
    proposals: list[plan.Proposal]
    units: list[tuple[str, str]]          # (code, name): the campaign's units
    areas: list[tuple[str, str]]          # (code, title): the areas of its criteria sets
    campaigns: list[Campaign]             # every campaign: where to draft next year's plan
    proposals_deadline: str | None
    today: str


def coordinator_plan(ws: Workspace, campaign_id: str, *,
                     today: dt.date | None = None) -> PlanSnapshot:
    """(Sở Nội vụ) The plan of the campaign with its progress (overdue as of `today`, by
    default the computer's date), the proposals received, and the choices of the dialogs."""
    day = today or dates.today()
    return PlanSnapshot(
        campaign=campaigns.get_campaign(ws, campaign_id),
        tasks=plan.plan_tasks(ws, campaign_id, today=day),
        progress=plan.plan_progress(ws, campaign_id, today=day),
        proposals=plan.proposals(ws, campaign_id),
        units=campaign_units(ws, campaign_id),
        areas=area_choices(ws, campaign_id),
        campaigns=campaigns.list_campaigns(ws),
        proposals_deadline=proposals_deadline(ws, campaign_id),
        today=day.isoformat())


@dataclass(frozen=True)
class ProposalSnapshot:
    """A unit's proposals for next year's plan."""
    campaign: Campaign
    proposals: list[plan.Proposal]
    areas: list[tuple[str, str]]
    deadline: str | None
    today: str

    @property
    def for_year(self) -> int:
        return self.campaign.year + 1


def unit_proposals(ws: Workspace, campaign_id: str, *,
                   today: dt.date | None = None) -> ProposalSnapshot:
    """(A unit) Its own proposals made in the campaign, the areas it may name and the
    deadline for sending them."""
    day = today or dates.today()
    return ProposalSnapshot(
        campaign=campaigns.get_campaign(ws, campaign_id),
        proposals=plan.list_proposals(ws, campaign_id),
        areas=area_choices(ws, campaign_id),
        deadline=proposals_deadline(ws, campaign_id),
        today=day.isoformat())
