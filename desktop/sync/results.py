"""Results packages (type `result`, coordinator → one unit) and the board's "received" stage.

At the coordinator, `export_results` writes one package per approved unit: its final appraised
score and remark per criterion (survey points included), both columns of totals, the final
total, index, band, block, rank, rank of, whether the ranking is still provisional, and the
ranking method in Vietnamese and English. The ranking is computed again first
(`results.rank`), so what leaves is current.

At the unit, the package (signed by the pinned province root and addressed to this unit, as
`exchange.authorise_from_root` checks) is merged into the unit's own assessment rows — the
appraised columns only, the unit's self values stay — and its `unit_results` row (stage
approved, totals, rank, method), so its window shows the result beside its own scores
(`results.result_view`, `scoring.scoresheet`).

Importing this module also registers the submission hook that moves a unit to "received" on
the board when its self-assessment is merged."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop.models import (
    assessments,
    campaigns,
    criteria,
    records,
    results,
    stages,
    units,
    workspaces,
)
from desktop.models.decimals import format_decimal, parse_decimal
from desktop.models.errors import InvalidInput, NotFound
from desktop.models.rules import parse_rule
from desktop.models.store import Workspace, utc_now
from desktop.sync import exchange, package


def _received(ws: Workspace, campaign_id: str, unit_id: str, _opened: Any) -> None:
    """A submission was merged: the unit is "received" (a unit further along stays)."""
    stages.set_stage(ws, campaign_id, unit_id, "received", forward_only=True)


# -- export (coordinator) ----------------------------------------------------------------------

def _final_criteria(ws: Workspace, campaign_id: str, unit_id: str,
                    set_id: str) -> list[dict[str, Any]]:
    """Every scored leaf with a final value: the appraisal, or the survey points."""
    out = []
    for row in records.rows(
            ws.db, "SELECT c.code, c.title, c.max_points, c.rule, c.self_scored, a.score, "
            "a.input_value, a.appraised_input, a.appraised_score, a.appraisal_remark, "
            "a.appraisal_reason, a.appraisal_round, a.appraised_by FROM assessments a "
            "JOIN criteria c ON c.id = a.criterion_id WHERE a.campaign_id = ? AND a.unit_id = ? "
            "AND c.criteria_set_id = ? ORDER BY c.position", [campaign_id, unit_id, set_id]):
        survey = parse_rule(row["rule"]).kind == "survey"
        if not (row["self_scored"] or survey):
            continue
        score, given = row["appraised_score"], row["appraised_input"]
        if score is None and survey:
            score, given = row["score"], row["input_value"]
        if score is None:
            continue
        out.append({"criterion": row["code"], "title": row["title"], "max": row["max_points"],
                    "input": given, "score": score, "remark": row["appraisal_remark"],
                    "reason_code": row["appraisal_reason"], "round": row["appraisal_round"],
                    "survey": survey, "appraiser": row["appraised_by"]})
    return out


def _document(ws: Workspace, campaign_id: str, item: results.RankRow,
              stored: dict[str, Any]) -> dict[str, Any]:
    unit = units.get_unit(ws, item.unit_id)
    group = campaigns.group_of(ws, campaign_id, item.unit_id)
    scores = results.final_scores(ws, campaign_id, item.unit_id)
    return {
        "unit": {"code": unit.code, "name": unit.name, "id": unit.id},
        "group": group.code,
        "criteria": _final_criteria(ws, campaign_id, item.unit_id, group.criteria_set_id),
        "totals": {"appraised": scores.totals.to_json(), "self": scores.self_totals.to_json()},
        "self_total": stored["self_total"], "survey_total": stored["survey_total"],
        "final_total": stored["final_total"], "index": stored["index_percent"],
        "band": stored["band"], "block": item.block,
        "block_label": {"vi": results.block_label(item.block, "vi"),
                        "en": results.block_label(item.block, "en")},
        "rank": item.rank, "rank_of": item.rank_of, "provisional": item.provisional,
        "method": {"vi": results.RANK_METHOD_VI, "en": results.RANK_METHOD_EN},
        "approved_at": stored["approved_at"],
    }


def _file_name(code: str, year: int) -> str:
    safe = re.sub(r"[^0-9A-Za-z._-]+", "_", code).strip("._") or "don-vi"
    return f"ket-qua-{safe}-{year}.cchc"


def export_results(ws: Workspace, folder: str | Path, *, unit_codes: list[str] | None = None,
                   passphrase: str | None = None,
                   campaign_id: str | None = None) -> list[package.Built]:
    """One results package per approved unit of the campaign (the active one unless named)
    into `folder`, named ket-qua-<code>-<year>.cchc; with `unit_codes`, only those units, each
    of which must be approved (`results_not_approved` names the others). The ranking is
    computed again first. Returns the packages written, in unit code order."""
    role = ws.meta("role")
    if role != "coordinator":
        raise InvalidInput("package_wrong_role", role=role or "unit", needed="coordinator")
    target = Path(folder)
    if not target.is_dir():
        raise InvalidInput("results_folder_missing", path=str(target))
    campaign = (campaigns.get_campaign(ws, campaign_id) if campaign_id
                else campaigns.require_active_campaign(ws))
    if unit_codes is not None:
        wanted = {units.unit_by_code(ws, code).id for code in unit_codes}
        stages_now = {uid: stages.get_stage(ws, campaign.id, uid) for uid in wanted}
        refused = sorted(units.get_unit(ws, uid).code for uid, stage in stages_now.items()
                         if stage != "approved")
        if refused:
            raise InvalidInput("results_not_approved", units=", ".join(refused))
    ranked = results.rank(ws, campaign.id)
    chosen = [row for row in ranked if row.approved
              and (unit_codes is None or row.unit_id in wanted)]
    if not chosen:
        raise InvalidInput("results_none_approved")
    built = []
    for item in sorted(chosen, key=lambda r: r.code):
        stored = records.rows(ws.db, "SELECT * FROM unit_results WHERE campaign_id = ? AND "
                              "unit_id = ?", [campaign.id, item.unit_id])[0]
        group = campaigns.group_of(ws, campaign.id, item.unit_id)
        built.append(exchange.export_package(
            ws, target / _file_name(item.code, campaign.year), kind="result",
            recipient={"unit_code": item.code, "unit_id": item.unit_id},
            documents={"result": _document(ws, campaign.id, item, stored)},
            criteria_set_hash=criteria.get_criteria_set(ws, group.criteria_set_id).content_hash,
            campaign_id=campaign.id, passphrase=passphrase))
    return built


# -- merge (unit) ------------------------------------------------------------------------------

def _points(value: Any, field: str, *, optional: bool = False) -> str | None:
    """A decimal of the document as canonical text; anything else refuses the package."""
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise InvalidInput("package_bad_records", reason=field)
    number = parse_decimal(value, field=field)
    if number < 0:
        raise InvalidInput("package_bad_records", reason=field)
    return format_decimal(number)


def _count(value: Any, field: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidInput("package_bad_records", reason=field)
    return value


def _merge_criteria(ws: Workspace, campaign_id: str, unit_id: str, set_id: str,
                    items: list[dict[str, Any]], sender: str, when: str, reason: str) -> None:
    for item in items:
        try:
            criterion = criteria.find_criterion(ws, set_id, str(item["criterion"]))
        except NotFound as exc:
            raise InvalidInput("package_bad_records", reason="criterion",
                               details=str(item["criterion"])) from exc
        rule = parse_rule(criterion.rule)
        if rule.kind == "sum":
            raise InvalidInput("package_bad_records", reason="criterion", details=criterion.code)
        score = _points(item["score"], "score")
        limit = rule.cap if rule.cap is not None else criterion.maximum
        if Decimal(score) > limit:
            raise InvalidInput("package_bad_records", reason="score", details=criterion.code)
        current = assessments.ensure_assessment(ws, campaign_id, unit_id, criterion)
        records.update(ws.db, "assessments", current.id, {
            "appraised_input": str(item.get("input") or ""), "appraised_score": score,
            "appraisal_remark": str(item.get("remark") or ""),
            "appraisal_reason": str(item.get("reason_code") or ""),
            "appraisal_round": int(item.get("round") or 0),
            "appraised_by": "survey" if item.get("survey") else (
                str(item.get("appraiser") or "")[:40] or sender),
            "appraised_at": when},
            actor=ws.operator, reason=reason)


def _merge_result(ws: Workspace, opened: package.Opened, documents: dict[str, Any],
                  _trust: str | None) -> None:
    doc = documents["result"]
    if not isinstance(doc, dict):
        raise InvalidInput("package_bad_records", reason="result")
    campaign_id = opened.manifest["campaign"]["id"]
    own = units.get_unit(ws, workspaces.own_unit_id(ws))
    if doc["unit"]["code"] != own.code:
        raise InvalidInput("package_not_for_us", recipient=str(doc["unit"]["code"]))
    try:
        group = campaigns.group_of(ws, campaign_id, own.id)
    except NotFound as exc:
        raise InvalidInput("package_unknown_campaign", campaign=campaign_id) from exc
    criteria_set = criteria.get_criteria_set(ws, group.criteria_set_id)
    if opened.manifest["criteria_set_hash"] != criteria_set.content_hash:
        raise InvalidInput("package_unknown_criteria_set",
                           hash=str(opened.manifest["criteria_set_hash"]))
    reason = f"package {opened.package_hash[:12]}"
    approved_at = doc.get("approved_at") or utc_now()
    items = exchange._records_list(doc, "criteria")
    _merge_criteria(ws, campaign_id, own.id, criteria_set.id, items, opened.sender["unit_code"],
                    str(approved_at), reason)
    block = doc["block"]
    if block not in results.BLOCKS:
        raise InvalidInput("package_bad_records", reason="block")
    stages.set_stage(ws, campaign_id, own.id, "approved")
    row = stages.result_row(ws, campaign_id, own.id)
    records.update(ws.db, "unit_results", row["id"], {
        "approved_at": str(approved_at), "approved_by": opened.sender["unit_code"],
        "self_total": _points(doc.get("self_total"), "self_total", optional=True),
        "survey_total": _points(doc.get("survey_total"), "survey_total", optional=True),
        "final_total": _points(doc["final_total"], "final_total"),
        "index_percent": _points(doc["index"], "index"),
        "band": str(doc["band"]) if doc.get("band") is not None else None, "block": block,
        "rank": _count(doc.get("rank"), "rank"), "rank_of": _count(doc.get("rank_of"), "rank_of"),
        "method": str(doc["method"]["vi"]), "computed_at": utc_now()},
        actor=ws.operator, reason=reason)
    ws.db.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
                  "value = excluded.value",
                  [results.PROVISIONAL_META.format(campaign_id=campaign_id),
                   "1" if doc["provisional"] is True else "0"])


exchange.register_kind("result", authorise=exchange.authorise_from_root, merge=_merge_result)
if not any(getattr(hook, "__module__", "") == __name__ for hook in exchange.SUBMISSION_HOOKS):
    exchange.SUBMISSION_HOOKS.append(_received)
