"""The packages of the appraisal cycle (docs/coordination.md): appraisal work (coordinator →
one appraiser), appraisal results (appraiser → coordinator), explanation requests
(coordinator → one unit) and explanations (unit → coordinator). The services are in
`desktop.models.appraisal`; the area appraisers travel in the campaign package
(`desktop.sync.plan`).

An appraisal package is the appraiser's whole statement so far: every value it recorded for
its work in the rounds up to the one exported, round 1 before round 2. So a later package
always supersedes an earlier one, and an earlier one arriving after it (refused as stale)
loses nothing. Explanation requests likewise carry every appraised criterion of the unit with
its latest value."""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

from desktop.models import (
    appraisal,
    assessments,
    campaigns,
    criteria,
    records,
    stages,
    units,
    workspaces,
)
from desktop.models.decimals import format_decimal
from desktop.models.errors import InvalidInput, NotFound
from desktop.models.rules import compute_score, parse_rule
from desktop.models.store import Workspace, utc_now
from desktop.sync import exchange, package, sealing

# -- helpers ---------------------------------------------------------------------------------


def _refusing(function):  # noqa: ANN001, ANN202
    """A merge or authorisation step refuses the package (InvalidInput) on a record it cannot
    place, instead of failing the import."""
    @functools.wraps(function)
    def wrapper(*args, **kwargs):  # noqa: ANN202
        try:
            return function(*args, **kwargs)
        except NotFound as error:
            raise InvalidInput("package_bad_records", reason=error.code,
                               details=str(error.data)) from error
    return wrapper


def _require_coordinator(ws: Workspace) -> None:
    role = ws.meta("role") or "unit"
    if role != "coordinator":
        raise InvalidInput("package_wrong_role", role=role, needed="coordinator")


def _round(value: Any) -> int:
    if isinstance(value, bool) or value not in appraisal.ROUNDS:
        raise InvalidInput("package_bad_records", reason="round")
    return int(value)


def _list(doc: Any, key: str) -> list[dict[str, Any]]:
    if not isinstance(doc, dict):
        raise InvalidInput("package_bad_records", reason=key)
    value = doc.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise InvalidInput("package_bad_records", reason=key)
    return value


def _campaign_of(ws: Workspace, opened: package.Opened) -> str:
    campaign = opened.manifest["campaign"]
    if not campaign:
        raise InvalidInput("package_not_for_us", recipient="campaign")
    try:
        return campaigns.get_campaign(ws, campaign["id"]).id
    except NotFound as exc:
        raise InvalidInput("package_unknown_campaign", campaign=campaign["id"]) from exc


def _unit_in(ws: Workspace, campaign_id: str, code: str) -> Any:
    """A unit of the registry taking part in the campaign, else the package is refused."""
    try:
        unit = units.unit_by_code(ws, str(code))
        campaigns.group_of(ws, campaign_id, unit.id)
    except NotFound as exc:
        raise InvalidInput("package_unknown_unit", unit=str(code)) from exc
    return unit


def _criterion_of(ws: Workspace, campaign_id: str, unit: Any, code: str) -> Any:
    try:
        return assessments.criterion_for(ws, campaign_id, unit.id, str(code))
    except NotFound as exc:
        raise InvalidInput("package_unknown_criterion", unit=unit.code,
                           criterion=str(code)) from exc


def _coordinator(ws: Workspace) -> dict[str, str]:
    return {"unit_code": ws.meta("coordinator_unit_code") or "*",
            "unit_id": ws.meta("coordinator_unit_id") or ""}


def _encrypt_to(ws: Workspace, encrypt: bool) -> str | None:
    """Sở Nội vụ's age recipient (from its campaign package) when asked to encrypt."""
    if not encrypt:
        return None
    recipient = ws.meta(sealing.RECIPIENT_KEY)
    if not recipient:
        raise InvalidInput("no_encryption_key")
    return recipient


def _free_path(folder: Path, stem: str) -> Path:
    safe = re.sub(r"[^0-9A-Za-z._-]+", "-", stem).strip("-") or "goi"
    path, number = folder / f"{safe}.cchc", 1
    while path.exists():
        number += 1
        path = folder / f"{safe}-{number}.cchc"
    return path


def _links(ws: Workspace, assessment_id: str) -> list[str]:
    return sorted(r[0] for r in ws.db.execute(
        "SELECT e.sha256 FROM evidence e JOIN evidence_assessments l ON l.evidence_id = e.id "
        "WHERE l.assessment_id = ?", [assessment_id]))


def _link(ws: Workspace, assessment_id: str, evidence_ids: list[str]) -> None:
    for evidence_id in evidence_ids:
        ws.db.execute("INSERT OR IGNORE INTO evidence_assessments (evidence_id, assessment_id, "
                      "created_at) VALUES (?, ?, ?)", [evidence_id, assessment_id, utc_now()])


def _set_meta(ws: Workspace, key: str, value: str | None) -> None:
    if value is None:
        ws.db.execute("DELETE FROM meta WHERE key = ?", [key])
    else:
        ws.db.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE "
                      "SET value = excluded.value", [key, value])


# -- appraisal work: coordinator → one appraiser ---------------------------------------------

def _work_units(ws: Workspace, campaign_id: str, areas: dict[str, list[str]],
                unit_codes: list[str] | None) -> list[dict[str, Any]]:
    enrolled = {r["code"]: r for r in records.rows(
        ws.db, "SELECT u.id, u.code, u.name, g.code AS grp FROM campaign_units cu JOIN units u "
        "ON u.id = cu.unit_id JOIN unit_groups g ON g.id = cu.group_id WHERE cu.campaign_id = ? "
        "ORDER BY u.code", [campaign_id])}
    if unit_codes is not None:
        for code in unit_codes:
            if code not in enrolled:
                raise InvalidInput("appraisal_unit_not_enrolled", unit=code)
        chosen = [enrolled[code] for code in sorted(set(unit_codes))]
    else:
        submitted = {r[0] for r in ws.db.execute(
            "SELECT DISTINCT sender_unit_code FROM packages WHERE direction = 'in' AND "
            "type = 'submission' AND state = 'accepted' AND campaign_id = ?", [campaign_id])}
        chosen = [row for code, row in enrolled.items() if code in submitted]
    return [row for row in chosen if row["grp"] in areas
            and stages.get_stage(ws, campaign_id, row["id"]) != "approved"]


def _work_assessments(ws: Workspace, campaign_id: str, appraiser_code: str, round: int,
                      chosen: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], set[str]]:
    wanted = {row["id"] for row in chosen}
    first = {(r["unit_id"], r["code"]): r for r in records.rows(
        ws.db, "SELECT a.*, c.code FROM appraisals a JOIN criteria c ON c.id = a.criterion_id "
        "WHERE a.campaign_id = ? AND a.round = 1", [campaign_id])}
    out, hashes = [], set()
    for row in appraisal.appraisal_rows(ws, campaign_id, appraiser_code=appraiser_code):
        if row["unit_id"] not in wanted or not (row["self_score"] is not None or row["self_input"]
                                                or row["self_explanation"] or row["evidence"]):
            continue
        cited = sorted(e["sha256"] for e in row["evidence"])
        hashes.update(cited)
        item = {"unit": row["unit_code"], "criterion": row["criterion_code"],
                "input_kind": row["input_kind"], "input": row["self_input"],
                "score": row["self_score"], "explanation": row["self_explanation"],
                "status": row["status"], "explanation_response": row["explanation_response"],
                "explanation_responded_at": row["explanation_responded_at"], "evidence": cited}
        earlier = first.get((row["unit_id"], row["criterion_code"]))
        if round == 2 and earlier is not None:
            item["previous"] = {
                "input": earlier["appraised_input"], "score": earlier["appraised_score"],
                "remark": earlier["remark"], "reason_code": earlier["reason_code"],
                "request_explanation": bool(earlier["request_explanation"]),
                "self_score_seen": earlier["self_score_seen"],
                "appraiser": earlier["appraiser_code"]}
        out.append(item)
    return out, hashes


def export_appraisal_work(ws: Workspace, out: Path, appraiser_code: str, *, round: int = 1,
                          unit_codes: list[str] | None = None,
                          passphrase: str | None = None) -> package.Built:
    """(Coordinator) the work of one appraiser for round 1 or 2: for every unit with a merged
    submission (or the units named), the self values, explanations, explanation answers and
    cited evidence of the criteria in the appraiser's areas (with round 1's value in round 2),
    signed for that appraiser. Approved units are left out. Each unit sent moves to "in
    appraisal"."""
    _require_coordinator(ws)
    if round not in appraisal.ROUNDS:
        raise InvalidInput("bad_appraisal_round", round=round)
    campaign = campaigns.require_active_campaign(ws)
    appraiser = units.unit_by_code(ws, appraiser_code)
    if appraiser.code == appraisal.own_code(ws):
        raise InvalidInput("appraisal_work_to_self", appraiser=appraiser.code)
    areas = appraisal.areas_of(ws, campaign.id, appraiser.code)
    if not areas:
        raise InvalidInput("appraiser_has_no_areas", appraiser=appraiser.code)
    chosen = _work_units(ws, campaign.id, areas, unit_codes)
    items, hashes = _work_assessments(ws, campaign.id, appraiser.code, round, chosen)
    if not chosen:
        raise InvalidInput("appraisal_nothing_to_do", appraiser=appraiser.code)
    cited, files = exchange.evidence_files(ws, hashes)
    document = {
        "round": round,
        "areas": [{"group": group, "area_code": code}
                  for group, codes in sorted(areas.items()) for code in codes],
        "units": [{"code": row["code"], "name": row["name"], "group": row["grp"]}
                  for row in chosen],
        "assessments": items, "evidence": cited}
    built = exchange.export_package(
        ws, out, kind="appraisal_work",
        recipient={"unit_code": appraiser.code, "unit_id": appraiser.id},
        documents={"work": document}, files=files, body={"round": round},
        campaign_id=campaign.id, passphrase=passphrase)
    for row in chosen:
        stages.set_stage(ws, campaign.id, row["id"], "in_appraisal", forward_only=True,
                         round=round)
    return built


def _merge_work_areas(ws: Workspace, campaign_id: str, doc: dict[str, Any]) -> list[dict]:
    """The areas of the work are ours to appraise (area_appraisers, own code)."""
    groups = {r["code"]: r["id"] for r in records.rows(
        ws.db, "SELECT id, code FROM unit_groups WHERE campaign_id = ?", [campaign_id])}
    own = units.get_unit(ws, workspaces.own_unit_id(ws))
    areas = []
    for item in _list(doc, "areas"):
        if item.get("group") not in groups:
            raise InvalidInput("package_bad_records", reason="areas")
        key = (groups[item["group"]], str(item["area_code"]))
        areas.append({"group": item["group"], "area_code": key[1]})
        fields = {"appraiser_code": own.code, "appraiser_name": own.name}
        row = ws.db.execute("SELECT id FROM area_appraisers WHERE campaign_id = ? AND "
                            "group_id = ? AND area_code = ?", [campaign_id, *key]).fetchone()
        if row is None:
            records.insert(ws.db, "area_appraisers", {"campaign_id": campaign_id,
                                                      "group_id": key[0], "area_code": key[1],
                                                      **fields}, actor=ws.operator)
        else:
            records.update(ws.db, "area_appraisers", row[0], fields, actor=ws.operator)
    return areas


def _checked_score(ws: Workspace, campaign_id: str, unit: Any, criterion: Any,
                   record: dict[str, Any]) -> str | None:
    score = record.get("score")
    rule = parse_rule(criterion.rule)
    if record.get("input") and rule.input_kind != "none":
        computed = format_decimal(compute_score(
            rule, criterion.maximum, str(record["input"]),
            step=assessments.rounding_step(ws, campaign_id, unit.id)))
        if computed != score:
            raise InvalidInput("package_score_mismatch", code=criterion.code, sent=str(score),
                               computed=computed)
    return score


def _merge_work_record(ws: Workspace, campaign_id: str, unit: Any, criterion: Any,
                       record: dict[str, Any], evidence_ids: dict[str, str],
                       reason: str) -> None:
    """Self values onto the assessment (never the appraised columns), the evidence linked as
    the coordinator holds it. The appraiser's own unit keeps its own self-assessment."""
    score = _checked_score(ws, campaign_id, unit, criterion, record)
    current = assessments.ensure_assessment(ws, campaign_id, unit.id, criterion)
    if unit.id == workspaces.own_unit_id(ws):
        return
    fields = {"input_kind": record.get("input_kind") or parse_rule(criterion.rule).input_kind,
              "input_value": str(record.get("input") or ""), "score": score,
              "explanation": str(record.get("explanation") or ""),
              "explanation_response": str(record.get("explanation_response") or ""),
              "explanation_responded_at": record.get("explanation_responded_at")}
    if current.appraisal_round and (fields["input_value"], score, fields["explanation"]) != (
            current.input_value, current.score, current.explanation):
        fields["changed_after_appraisal"] = 1
    records.update(ws.db, "assessments", current.id, fields, actor=ws.operator, reason=reason)
    cited = sorted(set(record.get("evidence", [])))
    if cited != _links(ws, current.id):
        ws.db.execute("DELETE FROM evidence_assessments WHERE assessment_id = ?", [current.id])
        _link(ws, current.id, [evidence_ids[digest] for digest in cited])
    assessments.refresh_status(ws, assessments.Assessment.from_row(
        records.fetch(ws.db, "assessments", current.id)), criterion)


def _restore_round_one(ws: Workspace, campaign_id: str, unit: Any, criterion: Any,
                       previous: dict[str, Any], package_hash: str) -> None:
    """Round 2 work carries round 1's value: kept here when this installation lacks it."""
    if ws.db.execute("SELECT 1 FROM appraisals WHERE campaign_id = ? AND unit_id = ? AND "
                     "criterion_id = ? AND round = 1",
                     [campaign_id, unit.id, criterion.id]).fetchone():
        return
    appraisal.record_appraisal(
        ws, campaign_id, unit.id, criterion.code, str(previous["input"]), round=1,
        remark=str(previous.get("remark") or ""), reason_code=str(previous.get("reason_code") or ""),
        request_explanation=bool(previous.get("request_explanation")),
        package_hash=package_hash, self_score_seen=previous.get("self_score_seen"),
        update_stage=False)


@_refusing
def _merge_work(ws: Workspace, opened: package.Opened, documents: dict[str, Any],
                _trust: str | None) -> None:
    doc = documents["work"]
    campaign_id = _campaign_of(ws, opened)
    round = _round(doc.get("round"))
    areas = _merge_work_areas(ws, campaign_id, doc)
    allowed = {(a["group"], a["area_code"]) for a in areas}
    work_units = {}
    for item in _list(doc, "units"):
        work_units[str(item.get("code"))] = _unit_in(ws, campaign_id, item.get("code"))
    citations = {c["sha256"]: c for c in _list(doc, "evidence")}
    reason = f"package {opened.package_hash[:12]}"
    for record in _list(doc, "assessments"):
        unit = work_units.get(str(record.get("unit")))
        if unit is None:
            raise InvalidInput("package_unknown_unit", unit=str(record.get("unit")))
        criterion = _criterion_of(ws, campaign_id, unit, record.get("criterion"))
        group = campaigns.group_of(ws, campaign_id, unit.id)
        if (group.code, appraisal.area_of(criterion.code)) not in allowed or not criterion.self_scored:
            raise InvalidInput("package_bad_records", reason=f"criterion {criterion.code}")
        cited = sorted(set(record.get("evidence", [])))
        evidence_ids = exchange.store_cited_evidence(ws, [citations[d] for d in cited], unit.id,
                                                     opened.package_hash)
        _merge_work_record(ws, campaign_id, unit, criterion, record, evidence_ids, reason)
        if round == 2 and isinstance(record.get("previous"), dict):
            _restore_round_one(ws, campaign_id, unit, criterion, record["previous"],
                               opened.package_hash)
    appraisal.remember_work(ws, campaign_id, sorted(work_units), areas)


# -- appraisal results: appraiser → coordinator ----------------------------------------------

def export_appraisal(ws: Workspace, out: Path, *, round: int = 1, passphrase: str | None = None,
                     encrypt: bool = False) -> package.Built:
    """(Appraiser) every value this installation recorded for its work in rounds up to
    `round`, signed for Sở Nội vụ (and, with `encrypt`, sealed to it). Each package is the
    whole statement so far."""
    if round not in appraisal.ROUNDS:
        raise InvalidInput("bad_appraisal_round", round=round)
    campaign = campaigns.require_active_campaign(ws)
    work = appraisal.work_of(ws, campaign.id)
    if not work["units"]:
        raise InvalidInput("no_appraisal_work")
    rows = records.rows(ws.db, "SELECT a.*, u.code AS unit_code, c.code AS criterion_code "
                        "FROM appraisals a JOIN units u ON u.id = a.unit_id JOIN criteria c ON "
                        "c.id = a.criterion_id WHERE a.campaign_id = ? AND a.appraiser_code = ? "
                        "AND a.round <= ? ORDER BY a.round, u.code, c.position",
                        [campaign.id, appraisal.own_code(ws), round])
    mine = set(work["units"])
    items = [{"unit": r["unit_code"], "criterion": r["criterion_code"], "round": r["round"],
              "input": r["appraised_input"], "score": r["appraised_score"], "remark": r["remark"],
              "reason_code": r["reason_code"], "request_explanation": bool(r["request_explanation"]),
              "self_score_seen": r["self_score_seen"]}
             for r in rows if r["unit_code"] in mine]
    if not items:
        raise InvalidInput("appraisal_nothing_recorded", round=round)
    return exchange.export_package(
        ws, out, kind="appraisal", recipient=_coordinator(ws),
        documents={"appraisal": {"round": round, "items": items}}, body={"round": round},
        campaign_id=campaign.id, passphrase=passphrase, encrypt_to=_encrypt_to(ws, encrypt))


@_refusing
def _authorise_appraisal(ws: Workspace, opened: package.Opened,
                         trust: str | None = None) -> list[str]:
    """A registry unit with an approved key, and every value in an area it appraises: one
    value outside its areas refuses the whole package."""
    flags = exchange.authorise_to_coordinator(ws, opened, trust, enrolled=False)
    campaign_id = opened.manifest["campaign"]["id"]
    sender = opened.sender["unit_code"]
    for item in _list(opened.documents().get("appraisal"), "items"):
        unit = _unit_in(ws, campaign_id, item.get("unit"))
        criterion = _criterion_of(ws, campaign_id, unit, item.get("criterion"))
        if appraisal.appraiser_of(ws, campaign_id, unit.id, criterion.code) != sender:
            raise InvalidInput("appraisal_other_area", unit=unit.code, criterion=criterion.code,
                               area=appraisal.area_of(criterion.code))
    return flags


@_refusing
def _merge_appraisal(ws: Workspace, opened: package.Opened, documents: dict[str, Any],
                     _trust: str | None) -> None:
    campaign_id = opened.manifest["campaign"]["id"]
    items = _list(documents["appraisal"], "items")
    touched: dict[str, int] = {}
    for item in sorted(items, key=lambda i: (_round(i.get("round")), str(i.get("unit")),
                                             str(i.get("criterion")))):
        round = _round(item.get("round"))
        unit = _unit_in(ws, campaign_id, item.get("unit"))
        criterion = _criterion_of(ws, campaign_id, unit, item.get("criterion"))
        appraisal.record_appraisal(
            ws, campaign_id, unit.id, criterion.code, str(item["input"]), round=round,
            remark=str(item.get("remark") or ""), reason_code=str(item.get("reason_code") or ""),
            request_explanation=bool(item.get("request_explanation")),
            appraiser_code=opened.sender["unit_code"], package_hash=opened.package_hash,
            self_score_seen=item.get("self_score_seen"), update_stage=False)
        stored = ws.db.execute("SELECT appraised_score FROM appraisals WHERE campaign_id = ? AND "
                               "unit_id = ? AND criterion_id = ? AND round = ?",
                               [campaign_id, unit.id, criterion.id, round]).fetchone()[0]
        if stored != item.get("score"):
            raise InvalidInput("package_score_mismatch", code=criterion.code,
                               sent=str(item.get("score")), computed=stored)
        touched[unit.id] = max(round, touched.get(unit.id, 0))
    for unit_id, round in touched.items():
        appraisal.after_appraisal(ws, campaign_id, unit_id, round)


# -- explanation requests: coordinator → one unit --------------------------------------------

def _latest_values(ws: Workspace, campaign_id: str, round: int) -> dict[str, dict[str, Any]]:
    """unit id → criterion code → the latest value (round ≤ `round`) and whether round 1
    asked for an explanation; plus the set of rounds present, under key "rounds"."""
    out: dict[str, dict[str, Any]] = {}
    for row in records.rows(ws.db, "SELECT a.*, c.code FROM appraisals a JOIN criteria c ON "
                            "c.id = a.criterion_id WHERE a.campaign_id = ? AND a.round <= ? "
                            "ORDER BY a.round, c.position", [campaign_id, round]):
        unit = out.setdefault(row["unit_id"], {"items": {}, "rounds": set()})
        unit["rounds"].add(row["round"])
        asked = bool(row["request_explanation"]) if row["round"] == 1 else bool(
            unit["items"].get(row["code"], {}).get("request_explanation"))
        unit["items"][row["code"]] = {
            "criterion": row["code"], "round": row["round"], "input": row["appraised_input"],
            "score": row["appraised_score"], "remark": row["remark"],
            "reason_code": row["reason_code"], "request_explanation": asked,
            "appraiser": row["appraiser_code"]}
    return out


def _request_units(ws: Workspace, campaign_id: str, round: int, values: dict[str, Any],
                   unit_codes: list[str] | None) -> list[Any]:
    if unit_codes is None:
        chosen = [units.get_unit(ws, unit_id) for unit_id, value in values.items()
                  if round in value["rounds"]
                  and appraisal.round_complete(ws, campaign_id, unit_id, round)
                  and stages.get_stage(ws, campaign_id, unit_id) != "approved"]
        return sorted(chosen, key=lambda u: u.code)
    chosen = []
    for code in sorted(set(unit_codes)):
        unit = units.unit_by_code(ws, code)
        if round not in values.get(unit.id, {}).get("rounds", set()):
            raise InvalidInput("explanation_no_appraisal", unit=code, round=round)
        if stages.get_stage(ws, campaign_id, unit.id) == "approved":
            raise InvalidInput("unit_locked")
        chosen.append(unit)
    return chosen


def export_explanation_requests(ws: Workspace, folder: Path, *, round: int = 1,
                                unit_codes: list[str] | None = None,
                                passphrase: str | None = None) -> list[package.Built]:
    """(Coordinator) one package per unit whose round-`round` appraisal is complete (or per
    unit named, complete or not): every appraised criterion with its latest value, remark and
    reason, which ones need an explanation, and the explanation deadline. A unit asked to
    explain moves to "explanation requested"; one with nothing to explain is "appraised"
    once its appraisal is final."""
    _require_coordinator(ws)
    if round not in appraisal.ROUNDS:
        raise InvalidInput("bad_appraisal_round", round=round)
    campaign = campaigns.require_active_campaign(ws)
    values = _latest_values(ws, campaign.id, round)
    chosen = _request_units(ws, campaign.id, round, values, unit_codes)
    if not chosen:
        raise InvalidInput("explanation_nothing_to_send", round=round)
    due = [d.due_date for d in campaigns.deadlines(ws, campaign.id) if d.kind == "explanation"]
    deadline = max(due) if due else None
    Path(folder).mkdir(parents=True, exist_ok=True)
    built = []
    for unit in chosen:
        items = list(values[unit.id]["items"].values())
        built.append(exchange.export_package(
            ws, _free_path(Path(folder), f"de-nghi-giai-trinh-{unit.code}-vong-{round}"),
            kind="explanation_request", recipient={"unit_code": unit.code, "unit_id": unit.id},
            documents={"request": {"round": round, "items": items, "deadline": deadline}},
            body={"round": round}, campaign_id=campaign.id, passphrase=passphrase))
        if appraisal.pending_explanations(ws, campaign.id, unit.id):
            stages.set_stage(ws, campaign.id, unit.id, "explanation_requested",
                             forward_only=True, round=round)
        else:
            appraisal.after_appraisal(ws, campaign.id, unit.id, round)
    return built


@_refusing
def _merge_request(ws: Workspace, opened: package.Opened, documents: dict[str, Any],
                   _trust: str | None) -> None:
    """(Unit) the appraised values onto its own assessment rows, so the window shows them
    beside the self values; the deadline is remembered."""
    doc = documents["request"]
    campaign_id = _campaign_of(ws, opened)
    unit = _unit_in(ws, campaign_id, units.get_unit(ws, workspaces.own_unit_id(ws)).code)
    for item in _list(doc, "items"):
        criterion = _criterion_of(ws, campaign_id, unit, item.get("criterion"))
        current = assessments.ensure_assessment(ws, campaign_id, unit.id, criterion)
        round = _round(item.get("round"))
        fields: dict[str, Any] = {"explanation_requested": int(bool(item.get("request_explanation")))}
        if round >= current.appraisal_round:
            fields.update({"appraised_input": str(item.get("input") or ""),
                           "appraised_score": item.get("score"),
                           "appraisal_remark": str(item.get("remark") or ""),
                           "appraisal_reason": str(item.get("reason_code") or ""),
                           "appraisal_round": round,
                           "appraised_by": str(item.get("appraiser") or "")})
        changed = {k: v for k, v in fields.items() if getattr(current, k) != v}
        if changed:
            records.update(ws.db, "assessments", current.id,
                           {**changed, "appraised_at": opened.manifest["created_at"]},
                           actor=ws.operator, reason=f"package {opened.package_hash[:12]}")
    deadline = doc.get("deadline")
    if deadline is not None and not isinstance(deadline, str):
        raise InvalidInput("package_bad_records", reason="deadline")
    _set_meta(ws, appraisal.DEADLINE_KEY.format(campaign_id), deadline)


# -- explanations: unit → coordinator --------------------------------------------------------

def export_explanation(ws: Workspace, out: Path, *, passphrase: str | None = None,
                       encrypt: bool = False) -> package.Built:
    """(Unit) the answers to every explanation asked for, each with the evidence cited for
    that criterion; files Sở Nội vụ already holds are cited, not carried. Refused while a
    requested criterion has no answer."""
    campaign = campaigns.require_active_campaign(ws)
    unit_id = workspaces.own_unit_id(ws)
    requested = appraisal.explanation_requests(ws, campaign.id, unit_id)
    if not requested:
        raise InvalidInput("no_explanation_requested")
    unanswered = [r["code"] for r in requested if not r["response"]]
    if unanswered:
        raise InvalidInput("explanation_unanswered", count=len(unanswered),
                           codes=", ".join(unanswered))
    hashes = {e["sha256"] for r in requested for e in r["evidence"]}
    cited, files = exchange.evidence_files(ws, hashes)
    holds = exchange.coordinator_holds(ws, campaign.id) & hashes
    group = campaigns.group_of(ws, campaign.id, unit_id)
    items = [{"criterion": r["code"], "text": r["response"], "responded_at": r["responded_at"],
              "evidence": sorted(e["sha256"] for e in r["evidence"])} for r in requested]
    return exchange.export_package(
        ws, out, kind="explanation", recipient=_coordinator(ws),
        documents={"explanation": {"round": 1, "items": items, "evidence": cited}},
        files=[f for f in files if f.sha256 not in holds],
        body={"incremental": True, "references": sorted(holds)} if holds else {},
        criteria_set_hash=criteria.get_criteria_set(ws, group.criteria_set_id).content_hash,
        campaign_id=campaign.id, passphrase=passphrase, encrypt_to=_encrypt_to(ws, encrypt))


@_refusing
def _authorise_explanation(ws: Workspace, opened: package.Opened,
                           trust: str | None = None) -> list[str]:
    flags = exchange.authorise_to_coordinator(ws, opened, trust)
    campaign_id = opened.manifest["campaign"]["id"]
    unit = units.unit_by_code(ws, opened.sender["unit_code"])
    if stages.get_stage(ws, campaign_id, unit.id) == "approved":
        raise InvalidInput("unit_locked")
    due = [d.due_date for d in campaigns.deadlines(ws, campaign_id) if d.kind == "explanation"]
    if due and opened.manifest["created_at"][:10] > max(due):
        flags.append(f"late:{max(due)}")
    return flags


@_refusing
def _merge_explanation(ws: Workspace, opened: package.Opened, documents: dict[str, Any],
                       _trust: str | None) -> None:
    """(Coordinator) each answer onto the criterion whose round-1 appraisal asked for it,
    with its supplementary evidence linked; the unit has "explained"."""
    doc = documents["explanation"]
    campaign_id = opened.manifest["campaign"]["id"]
    unit = _unit_in(ws, campaign_id, opened.sender["unit_code"])
    evidence_ids = exchange.store_cited_evidence(ws, _list(doc, "evidence"), unit.id,
                                                 opened.package_hash)
    for item in _list(doc, "items"):
        criterion = _criterion_of(ws, campaign_id, unit, item.get("criterion"))
        if not ws.db.execute("SELECT 1 FROM appraisals WHERE campaign_id = ? AND unit_id = ? AND "
                             "criterion_id = ? AND round = 1 AND request_explanation = 1",
                             [campaign_id, unit.id, criterion.id]).fetchone():
            raise InvalidInput("explanation_not_requested", unit=unit.code,
                               criterion=criterion.code)
        text = appraisal._text(str(item.get("text") or ""))
        if not text:
            raise InvalidInput("explanation_text_required", code=criterion.code)
        current = assessments.ensure_assessment(ws, campaign_id, unit.id, criterion)
        if text != current.explanation_response:
            answered = item.get("responded_at")
            records.update(ws.db, "assessments", current.id, {
                "explanation_response": text,
                "explanation_responded_at": answered if isinstance(answered, str)
                else opened.manifest["created_at"]},
                actor=ws.operator, reason=f"package {opened.package_hash[:12]}")
        _link(ws, current.id, [evidence_ids[d] for d in sorted(set(item.get("evidence", [])))])
    stages.set_stage(ws, campaign_id, unit.id, "explained", forward_only=True)


exchange.register_kind("appraisal_work", authorise=exchange.authorise_from_root,
                       merge=_merge_work, files_document="work")
exchange.register_kind("appraisal", authorise=_authorise_appraisal, merge=_merge_appraisal)
exchange.register_kind("explanation_request", authorise=exchange.authorise_from_root,
                       merge=_merge_request)
exchange.register_kind("explanation", authorise=_authorise_explanation, merge=_merge_explanation,
                       files_document="explanation")
