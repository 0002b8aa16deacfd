"""Inputs suggested from the unit's own task data, with where they came from. A criterion
names its source in the set's "suggest" column; the user accepts or overrides the value.

- `plan_completion_rate`: the share of the province-plan tasks of the campaign's year that
  were finished on time (done, and done by the deadline when there is one), in percent,
  truncated to 0.01 so it never rounds up into a better band;
- `overdue_tasks`: how many province-plan tasks are past their deadline, either still open
  or finished late — the count a deduction rule takes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_DOWN, Decimal
from typing import Any

from desktop.models import campaigns, records
from desktop.models.dates import today
from desktop.models.decimals import format_decimal
from desktop.models.entities import Criterion
from desktop.models.store import Workspace


@dataclass(frozen=True)
class Suggestion:
    code: str
    source: str
    input_kind: str
    value: str
    basis: dict[str, int]
    tasks: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "source": self.source, "input_kind": self.input_kind,
                "value": self.value, "basis": self.basis, "tasks": self.tasks}


def plan_tasks(ws: Workspace, campaign_id: str, unit_id: str) -> list[dict[str, Any]]:
    """The unit's province-plan tasks that belong to the campaign: linked to it, or unlinked
    with a deadline in the campaign's year. Cancelled tasks do not count."""
    year = str(campaigns.get_campaign(ws, campaign_id).year)
    return records.rows(
        ws.db,
        "SELECT id, title, deadline, status, completed_on FROM tasks WHERE unit_id = ? "
        "AND source = 'province_plan' AND status <> 'cancelled' AND (campaign_id = ? OR "
        "(campaign_id IS NULL AND substr(deadline, 1, 4) = ?)) ORDER BY deadline, title",
        [unit_id, campaign_id, year])


def _on_time(task: dict[str, Any]) -> bool:
    if task["status"] != "done":
        return False
    return not task["deadline"] or (task["completed_on"] or "") <= task["deadline"]


def _late(task: dict[str, Any], day: str) -> bool:
    if not task["deadline"]:
        return False
    if task["status"] == "done":
        return bool(task["completed_on"]) and task["completed_on"] > task["deadline"]
    return task["deadline"] < day


def suggest(ws: Workspace, campaign_id: str, unit_id: str, criterion: Criterion) -> Suggestion | None:
    source = criterion.suggest
    if source not in ("plan_completion_rate", "overdue_tasks"):
        return None
    tasks = plan_tasks(ws, campaign_id, unit_id)
    if not tasks:
        return None
    brief = [{"id": t["id"], "title": t["title"], "deadline": t["deadline"],
              "status": t["status"], "completed_on": t["completed_on"]} for t in tasks]
    if source == "plan_completion_rate":
        done = [t for t in tasks if _on_time(t)]
        rate = (Decimal(len(done)) * 100 / Decimal(len(tasks))).quantize(Decimal("0.01"),
                                                                          rounding=ROUND_DOWN)
        return Suggestion(criterion.code, source, "rate", format_decimal(rate),
                          {"on_time": len(done), "total": len(tasks)},
                          [{**t, "on_time": _on_time(t)} for t in brief])
    day = today().isoformat()
    late = [t for t in brief if _late(t, day)]
    return Suggestion(criterion.code, source, "count", str(len(late)),
                      {"late": len(late), "total": len(tasks)}, late)
