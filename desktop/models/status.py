"""What `cchc status` and the dashboard show: the workspace, its unit and campaign, counts."""

from __future__ import annotations

from typing import Any

from desktop import __version__
from desktop.models import campaigns, migrations, scoring, tasks, units
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
    }
    if campaign and own_id:
        try:
            totals = scoring.unit_totals(ws, campaign.id, own_id)
        except NotFound:  # the own unit may not take part in the campaign (coordinator)
            totals = None
        if totals is not None:
            result["self_assessment"] = totals.to_json()
    return result
