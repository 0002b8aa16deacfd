"""What the coordination windows show, read in one go on the database thread: the campaign
board with its counts and filter choices, the appraisal table with who may edit what, the
stored ranking, and the choices of the coordination dialogs. Only reads and thin wrappers over
the services (`board`, `appraisal`, `results`); the windows never run SQL.

Editable areas in the appraisal view: at Sở Nội vụ its own areas (it may record any area, so
the window offers the others behind a switch); at an appraiser, the areas of its work."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop.models import appraisal, board, campaigns, evidence, records, results, stages
from desktop.models.errors import CchcError, NotFound
from desktop.models.store import Workspace

# -- which coordination views a window gets ----------------------------------------------------


def window_roles(ws: Workspace) -> dict[str, Any]:
    """The role of the installation and what the window offers: `coordinator`, `enrolled`
    (the own unit takes part in the active campaign, so it self-assesses too) and
    `appraisal_work` (appraisal work was received for the active campaign)."""
    role = ws.meta("role") or "unit"
    campaign = campaigns.active_campaign(ws)
    own = ws.meta("own_unit_id")
    enrolled = bool(campaign and own and ws.db.execute(
        "SELECT 1 FROM campaign_units WHERE campaign_id = ? AND unit_id = ?",
        [campaign.id, own]).fetchone())
    work = appraisal.work_of(ws, campaign.id) if campaign else {"units": []}
    return {"role": role, "coordinator": role == "coordinator", "enrolled": enrolled,
            "appraisal_work": bool(work["units"]),
            "campaign_id": campaign.id if campaign else None}


# -- the campaign board -------------------------------------------------------------------------

@dataclass(frozen=True)
class BoardSnapshot:
    rows: list[board.BoardRow]
    counts: dict[str, int]
    groups: list[tuple[str, str]]          # (code, name) of the campaign's unit groups
    blocks: list[str]                      # the blocks the enrolled units fall in
    self_scoring_deadline: str | None
    today: str


def board_snapshot(ws: Workspace, campaign_id: str, *,
                   today: dt.date | None = None) -> BoardSnapshot:
    """Every row of the board (no filter: the window filters), the counts per stage the way
    `board.board_counts` makes them, and the choices of the filter row."""
    today = today or dt.date.today()
    rows = board.board(ws, campaign_id, today=today)
    counts = dict.fromkeys((*stages.STAGES, board.HELD, "late", "overdue", "total"), 0)
    for row in rows:
        counts[row.stage] += 1
        counts[board.HELD] += row.held
        counts["late"] += row.late
        counts["overdue"] += row.overdue is not None
        counts["total"] += 1
    groups = [(r["code"], r["name"]) for r in records.rows(
        ws.db, "SELECT code, name FROM unit_groups WHERE campaign_id = ? ORDER BY code",
        [campaign_id])]
    present = {row.block for row in rows}
    due = [d.due_date for d in campaigns.deadlines(ws, campaign_id) if d.kind == "self_scoring"]
    return BoardSnapshot(rows, counts, groups, [b for b in results.BLOCKS if b in present],
                         max(due) if due else None, today.isoformat())


# -- the appraisal view -------------------------------------------------------------------------

@dataclass(frozen=True)
class AppraisalSnapshot:
    coordinator: bool
    own_code: str
    round: int
    rows: list[dict[str, Any]]             # appraisal.appraisal_rows, plus "locked"
    units: list[dict[str, Any]]            # unit_id, code, name, group, block, stage, step
    areas: list[dict[str, Any]]            # group, area_code, area_title, appraiser_*, own
    own_areas: dict[str, list[str]] = field(default_factory=dict)  # group → area codes
    groups: dict[str, str] = field(default_factory=dict)           # group code → name


def appraisal_snapshot(ws: Workspace, campaign_id: str, round: int) -> AppraisalSnapshot:
    """The rows of the appraisal view for round 1 or 2: at Sở Nội vụ every unit and area of
    the campaign, at an appraiser only the units and areas of its work. Each row carries
    `locked` (the unit's scores are approved); each unit its stage and rounding step; each
    area whether this installation appraises it (`own`)."""
    coordinator = (ws.meta("role") or "unit") == "coordinator"
    own_code = appraisal.own_code(ws)
    rows = appraisal.appraisal_rows(ws, campaign_id, round=round,
                                    appraiser_code=None if coordinator else own_code)
    own_areas = appraisal.areas_of(ws, campaign_id, own_code)
    stage_of = {r["unit_id"]: r["stage"] for r in records.rows(
        ws.db, "SELECT unit_id, stage FROM unit_results WHERE campaign_id = ?", [campaign_id])}
    info = {r["id"]: r for r in records.rows(
        ws.db, "SELECT u.id, u.unit_type, s.rounding_step FROM campaign_units cu "
        "JOIN units u ON u.id = cu.unit_id JOIN unit_groups g ON g.id = cu.group_id "
        "JOIN criteria_sets s ON s.id = g.criteria_set_id WHERE cu.campaign_id = ?",
        [campaign_id])}
    units: dict[str, dict[str, Any]] = {}
    for row in rows:
        stage = stage_of.get(row["unit_id"], "not_received") if coordinator else ""
        row["locked"] = stage == "approved"
        if row["unit_id"] not in units:
            unit = info.get(row["unit_id"], {})
            units[row["unit_id"]] = {
                "unit_id": row["unit_id"], "code": row["unit_code"], "name": row["unit_name"],
                "group": row["group"], "stage": stage,
                "block": results.block_of(unit.get("unit_type", "")),
                "step": Decimal(unit.get("rounding_step") or "0.25")}
    wanted = {(r["group"], r["area_code"]) for r in rows}
    areas = [dict(a, own=a["area_code"] in own_areas.get(a["group"], []))
             for a in appraisal.area_appraisers(ws, campaign_id)
             if (a["group"], a["area_code"]) in wanted]
    return AppraisalSnapshot(coordinator, own_code, round, rows, list(units.values()), areas,
                             own_areas, group_names(ws, campaign_id))


def appraisal_row(ws: Workspace, campaign_id: str, unit_id: str, code: str,
                  round: int) -> dict[str, Any]:
    """One row of the appraisal view again (after a save), as `appraisal_snapshot` makes it."""
    coordinator = (ws.meta("role") or "unit") == "coordinator"
    for row in appraisal.appraisal_rows(ws, campaign_id, unit_id=unit_id, round=round):
        if row["criterion_code"] == code:
            row["locked"] = coordinator and stages.get_stage(ws, campaign_id,
                                                             unit_id) == "approved"
            return row
    raise NotFound("unknown_criterion", code=code)


def evidence_copy(ws: Workspace, sha256: str) -> Path:
    """A read-only copy of a cited document for the system viewer (by its content hash, as
    the appraisal rows cite it)."""
    row = ws.db.execute("SELECT id, original_name FROM evidence WHERE sha256 = ? LIMIT 1",
                        [sha256]).fetchone()
    if row is None:
        raise NotFound("evidence_file_missing", name=sha256[:12])
    return evidence.view_copy(ws, row[0])


# -- results ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ResultRow:
    unit_id: str
    code: str
    name: str
    group: str
    block: str
    stage: str
    approved_at: str | None
    self_total: Decimal | None
    final_total: Decimal | None
    index_percent: Decimal | None
    band: str | None
    rank: int | None
    rank_of: int | None
    provisional: bool

    @property
    def approved(self) -> bool:
        return self.stage == "approved"


@dataclass(frozen=True)
class Ranking:
    rows: list[ResultRow]                  # by block (BLOCKS order), rank, code
    method: str
    computed_at: str | None                # when the stored figures last changed


def _decimal(value: str | None) -> Decimal | None:
    return Decimal(value) if value is not None else None


def ranking(ws: Workspace, campaign_id: str, *, compute: bool = False) -> Ranking:
    """The standing of every enrolled unit as stored (after `results.rank`; with `compute`,
    ranked again first). A unit never ranked has no figures yet; a block is provisional while
    any of its units is not approved."""
    if compute:
        results.rank(ws, campaign_id)
    found = records.rows(
        ws.db, "SELECT u.id AS unit_id, u.code, u.name, u.unit_type, g.code AS grp, r.* "
        "FROM campaign_units cu JOIN units u ON u.id = cu.unit_id "
        "JOIN unit_groups g ON g.id = cu.group_id LEFT JOIN unit_results r "
        "ON r.campaign_id = cu.campaign_id AND r.unit_id = cu.unit_id "
        "WHERE cu.campaign_id = ? ORDER BY u.code", [campaign_id])
    by_block: dict[str, list[dict[str, Any]]] = {}
    for row in found:
        by_block.setdefault(row["block"] or results.block_of(row["unit_type"]), []).append(row)
    out: list[ResultRow] = []
    method, computed = "", None
    for block in results.BLOCKS:
        members = by_block.get(block, [])
        provisional = any((r["stage"] or "not_received") != "approved" for r in members)
        members.sort(key=lambda r: (r["rank"] is None, r["rank"] or 0, r["code"]))
        for row in members:
            method = method or (row["method"] or "")
            if row["computed_at"] and (computed is None or row["computed_at"] > computed):
                computed = row["computed_at"]
            out.append(ResultRow(
                unit_id=row["unit_id"], code=row["code"], name=row["name"], group=row["grp"],
                block=block, stage=row["stage"] or "not_received",
                approved_at=row["approved_at"], self_total=_decimal(row["self_total"]),
                final_total=_decimal(row["final_total"]),
                index_percent=_decimal(row["index_percent"]), band=row["band"],
                rank=row["rank"], rank_of=row["rank_of"], provisional=provisional))
    return Ranking(out, method or results.RANK_METHOD_VI, computed)


@dataclass(frozen=True)
class ApprovalOutcome:
    approved: list[str]                    # unit codes approved (or already approved)
    unappraised: dict[str, CchcError]      # unit code → the refusal: criteria not appraised
    refused: dict[str, CchcError]          # unit code → any other refusal


def approve_units(ws: Workspace, campaign_id: str, unit_ids: list[str], *,
                  keep_self_for_unappraised: bool = False) -> ApprovalOutcome:
    """Approve each unit in turn (`results.approve`), then rank again. A refusal of one unit
    does not stop the others: the outcome says which were approved and why the rest were not
    (those with criteria not appraised apart, so the window can offer to keep their self
    scores)."""
    approved: list[str] = []
    unappraised: dict[str, CchcError] = {}
    refused: dict[str, CchcError] = {}
    for unit_id in unit_ids:
        code = records.fetch(ws.db, "units", unit_id)["code"]
        try:
            results.approve(ws, campaign_id, unit_id,
                            keep_self_for_unappraised=keep_self_for_unappraised)
        except CchcError as error:
            # without its traceback: the frames it holds would keep this workspace's
            # connection (and its lock) alive after the window closes it
            (unappraised if error.code == "approval_unappraised" else refused)[code] = \
                error.with_traceback(None)
        else:
            approved.append(code)
    if approved:
        results.rank(ws, campaign_id)
    return ApprovalOutcome(approved, unappraised, refused)


def unlock_unit(ws: Workspace, campaign_id: str, unit_id: str, reason: str) -> None:
    """Lift a unit's approval with a reason (`results.unlock`), then rank again."""
    results.unlock(ws, campaign_id, unit_id, reason)
    results.rank(ws, campaign_id)


# -- the coordination dialogs -------------------------------------------------------------------

def appraisers(ws: Workspace, campaign_id: str) -> list[dict[str, Any]]:
    """The appraisers other than this installation, each with the areas it appraises
    (`[(group, area_code, area_title)]`), by name: the choices of "send appraisal work"."""
    own = appraisal.own_code(ws)
    found: dict[str, dict[str, Any]] = {}
    for item in appraisal.area_appraisers(ws, campaign_id):
        if item["appraiser_code"] == own:
            continue
        entry = found.setdefault(item["appraiser_code"], {
            "code": item["appraiser_code"], "name": item["appraiser_name"], "areas": []})
        entry["areas"].append((item["group"], item["area_code"], item["area_title"]))
    return sorted(found.values(), key=lambda e: e["name"])


def registry_choices(ws: Workspace) -> list[tuple[str, str]]:
    """(code, name) of every unit of the registry still in operation, by name."""
    rows = records.rows(ws.db, "SELECT code, name FROM units WHERE valid_to IS NULL OR "
                        "valid_to >= ? ORDER BY name, code", [dt.date.today().isoformat()])
    return [(r["code"], r["name"]) for r in rows]


def group_names(ws: Workspace, campaign_id: str) -> dict[str, str]:
    return {r["code"]: r["name"] for r in records.rows(
        ws.db, "SELECT code, name FROM unit_groups WHERE campaign_id = ?", [campaign_id])}
