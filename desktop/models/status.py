"""What `cchc status` and the dashboard show: the workspace, its unit and campaign, counts,
the campaign's deadlines and, per area, how many of the unit's own criteria are scored."""

from __future__ import annotations

from typing import Any

from desktop import __version__
from desktop.models import campaigns, criteria, migrations, scoring, tasks, units
from desktop.models.errors import NotFound
from desktop.models.store import Workspace


def workspace_status(ws: Workspace) -> dict[str, Any]:
    db = ws.db
    count = lambda sql, *p: db.execute(sql, list(p)).fetchone()[0]  # noqa: E731
    own_id = ws.meta("own_unit_id")
    unit = units.get_unit(ws, own_id) if own_id else None
    campaign = campaigns.active_campaign(ws)
    own_tasks = tasks.list_tasks(ws, unit_id=own_id) if own_id else []
    result: dict[str, Any] = {
        "app_version": __version__,
        "workspace": {
            "path": str(ws.folder),
            "id": ws.meta("workspace_id"),
            "role": ws.meta("role"),
            "schema_version": migrations.LATEST_VERSION,
            "demo": ws.meta("is_demo") == "1",
        },
        "unit": unit.to_json() if unit else None,
        "campaign": campaign.to_json() if campaign else None,
        "counts": {
            "units": count("SELECT count(*) FROM units"),
            "campaigns": count("SELECT count(*) FROM campaigns"),
            "criteria_sets": count("SELECT count(*) FROM criteria_sets"),
            "evidence": count("SELECT count(*) FROM evidence"),
            "evidence_bytes": count("SELECT coalesce(sum(size), 0) FROM evidence"),
            "tasks": len(own_tasks),
            "tasks_done": sum(t.status == "done" for t in own_tasks),
            "tasks_overdue": sum(t.overdue for t in own_tasks),
            "audit_entries": count("SELECT count(*) FROM audit_log"),
        },
        "self_assessment": None,
        # the campaign calendar, by date; days left are the reader's (it knows today)
        "deadlines": [{"kind": d.kind, "due_date": d.due_date, "label": d.label}
                      for d in campaigns.deadlines(ws, campaign.id)] if campaign else [],
    }
    if campaign and own_id:
        try:
            sheet = scoring.scoresheet(ws, campaign.id, own_id, with_suggestions=False)
        except NotFound:  # the own unit may not take part in the campaign (coordinator)
            sheet = None
        if sheet is not None:
            result["self_assessment"] = sheet.self_totals.to_json()
            for code, counts in _area_progress(sheet).items():
                result["self_assessment"]["areas"][code].update(counts)
    return result


def _area_progress(sheet: scoring.Scoresheet) -> dict[str, dict[str, int]]:
    """Per area: `scorable` criteria the unit scores itself (survey items and bonus/penalty
    rows excluded, as in the totals) and how many of them are `scored`."""
    leaves = criteria.leaf_codes([line.criterion for line in sheet.lines])
    out = {code: {"scored": 0, "scorable": 0} for code in sheet.self_totals.areas}
    for line in sheet.lines:
        node = line.criterion
        area = out.get(node.code.split(".")[0])
        if area is None or node.code not in leaves or not node.self_scored:
            continue
        area["scorable"] += 1
        area["scored"] += line.score is not None
    return out
