"""Where each unit of a campaign stands in the coordination cycle (the campaign board's
"state" column): one row per unit in `unit_results`, moved forward by the services that
receive, appraise, request and approve. The board reads it; nothing has to re-derive it
from package history."""

from __future__ import annotations

from desktop.models import records
from desktop.models.errors import InvalidInput
from desktop.models.store import Workspace

STAGES = ("not_received", "received", "in_appraisal", "explanation_requested", "explained",
          "appraised", "approved")


def get_stage(ws: Workspace, campaign_id: str, unit_id: str) -> str:
    row = ws.db.execute("SELECT stage FROM unit_results WHERE campaign_id = ? AND unit_id = ?",
                        [campaign_id, unit_id]).fetchone()
    return row[0] if row else "not_received"


def result_row(ws: Workspace, campaign_id: str, unit_id: str) -> dict:
    """The unit's `unit_results` row, created (stage not_received) when missing."""
    with ws.write() as db:
        rows = records.rows(db, "SELECT * FROM unit_results WHERE campaign_id = ? AND unit_id = ?",
                            [campaign_id, unit_id])
        if rows:
            return rows[0]
        return records.insert(db, "unit_results", {"campaign_id": campaign_id,
                                                   "unit_id": unit_id}, actor=ws.operator)


def set_stage(ws: Workspace, campaign_id: str, unit_id: str, stage: str, *,
              round: int | None = None, reason: str = "", forward_only: bool = False) -> str:
    """Move the unit to `stage` (and the appraisal round, when given). With `forward_only`
    a unit already further along stays where it is (a late receipt does not pull a unit in
    appraisal back to "received"), unless `round` starts a new appraisal round. An approved unit only leaves that stage through
    `desktop.models.results.unlock` (which passes a reason). Returns the stage now."""
    if stage not in STAGES:
        raise ValueError(f"unknown stage {stage!r}")
    with ws.write() as db:
        row = result_row(ws, campaign_id, unit_id)
        current = row["stage"]
        if current == "approved" and stage != "approved" and not reason:
            if forward_only:
                return current
            raise InvalidInput("unit_locked")
        new_round = round is not None and round > row["round"]
        if forward_only and not new_round and STAGES.index(current) >= STAGES.index(stage):
            return current  # (a new appraisal round starts the unit's path again)
        changes: dict = {}
        if stage != current:
            changes["stage"] = stage
        if round is not None and round != row["round"]:
            changes["round"] = round
        if changes:
            records.update(db, "unit_results", row["id"], changes, actor=ws.operator,
                           reason=reason)
    return stage
