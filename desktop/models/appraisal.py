"""Appraisal (thẩm định) of the units' self-assessments, in two rounds with an explanation
round between them (docs/coordination.md).

Who appraises what. Each area of a group's criteria set (the top nodes: areas, bonus,
penalty) has one appraiser, a unit of the registry: campaign data in `area_appraisers`.
Where no row is stored, the area's appraiser is the registry unit whose name matches the
criteria set's `appraiser` text (NFC, case- and space-insensitive), else the coordinator.
The coordinator may record an appraisal for any area (its own areas; keeping a self score
at approval); any other appraiser only for its own areas.

One value per (unit, criterion, round) in `appraisals`; the assessment row carries the
latest round's value in its appraised columns beside the self values, which appraisal never
touches. The final score is round 2's where there is one, else round 1's. Recording the same
value again changes nothing (no row, no audit entry).

At an appraiser's installation the work it was sent is remembered in the meta key
`appraisal_work:<campaign id>` (canonical JSON `{"units": [codes], "areas": [{group,
area_code}]}`, the union of every work package merged) and its areas are written to
`area_appraisers` with its own code; `appraisal_rows` there lists only those units.

At a unit's installation the explanation requests arrive on its own assessment rows
(`explanation_requested`, the appraised columns); the answer goes to `explanation_response`,
supplementary evidence is added with `desktop.models.evidence.add_evidence(...,
criterion_code=code)`, and the deadline is kept in the meta key
`explanation_deadline:<campaign id>`.

Stages (desktop/models/stages.py) move on the coordinator's installation only:
`after_appraisal` sets "appraised" once every scored self-assessed criterion has its final
appraisal."""

from __future__ import annotations

import json
import unicodedata
from typing import Any

from desktop.models import assessments, campaigns, records, stages, units, workspaces
from desktop.models.decimals import format_decimal
from desktop.models.entities import Assessment, Criterion
from desktop.models.errors import InvalidInput, NotFound
from desktop.models.rules import compute_score, parse_rule, resolve_option
from desktop.models.store import Workspace, utc_now

REASON_CODES: tuple[tuple[str, str, str], ...] = (
    ("evidence_insufficient", "Tài liệu kiểm chứng chưa đầy đủ", "Evidence insufficient"),
    ("evidence_out_of_period", "Tài liệu ngoài kỳ đánh giá",
     "Evidence outside the assessment period"),
    ("wrong_calculation", "Tính điểm chưa đúng", "Score wrongly calculated"),
    ("evidence_not_matching", "Tài liệu không phù hợp nội dung tiêu chí",
     "Evidence does not match the criterion"),
    ("not_done", "Chưa thực hiện", "Not carried out"),
    ("other", "Khác", "Other"),
)
_REASONS = {code: (vi, en) for code, vi, en in REASON_CODES}
ROUNDS = (1, 2)
WORK_KEY = "appraisal_work:{}"
DEADLINE_KEY = "explanation_deadline:{}"
_CURRENT = object()  # record_appraisal: the appraiser saw the self score as it is now


def reason_label(code: str, lang: str = "vi") -> str:
    """The words for a reason code in "vi" or "en" (an unknown code is shown as it is)."""
    if code not in _REASONS:
        return code
    return _REASONS[code][1 if lang == "en" else 0]


def _text(value: str) -> str:
    return unicodedata.normalize("NFC", (value or "").strip())


def _fold(name: str) -> str:
    return unicodedata.normalize("NFC", " ".join((name or "").split())).casefold()


def _role(ws: Workspace) -> str:
    return ws.meta("role") or "unit"


def own_code(ws: Workspace) -> str:
    return units.get_unit(ws, workspaces.own_unit_id(ws)).code


def coordinator_code(ws: Workspace) -> str:
    """Sở Nội vụ's unit code as this installation knows it."""
    if _role(ws) == "coordinator":
        return own_code(ws)
    return ws.meta("coordinator_unit_code") or own_code(ws)


# -- who appraises which area ------------------------------------------------------------------

def _areas(ws: Workspace, campaign_id: str) -> list[dict[str, Any]]:
    """Every group × top node (area, bonus, penalty) of the campaign's criteria sets."""
    return records.rows(ws.db, "SELECT g.id AS group_id, g.code AS grp, c.code AS area_code, "
                        "c.title AS area_title, c.appraiser AS appraiser_text "
                        "FROM unit_groups g JOIN criteria c ON c.criteria_set_id = g.criteria_set_id "
                        "WHERE g.campaign_id = ? AND c.parent_id IS NULL AND c.kind IN "
                        "('area', 'bonus', 'penalty') ORDER BY g.code, c.position", [campaign_id])


def _registry_by_name(ws: Workspace) -> dict[str, tuple[str, str]]:
    """Folded unit name → (code, name); a unit still valid wins over a closed one."""
    found: dict[str, tuple[str, str]] = {}
    rows = records.rows(ws.db, "SELECT code, name FROM units ORDER BY valid_to IS NULL, code DESC")
    for row in rows:  # later rows (valid, lower code) overwrite earlier ones
        found[_fold(row["name"])] = (row["code"], row["name"])
    return found


def _default_appraiser(ws: Workspace, text: str, registry: dict[str, tuple[str, str]]
                       ) -> tuple[str, str]:
    if _fold(text) in registry:
        return registry[_fold(text)]
    code = coordinator_code(ws)
    rows = records.rows(ws.db, "SELECT name FROM units WHERE code = ?", [code])
    return code, rows[0]["name"] if rows else text


def _stored(ws: Workspace, campaign_id: str) -> dict[tuple[str, str], dict[str, Any]]:
    rows = records.rows(ws.db, "SELECT * FROM area_appraisers WHERE campaign_id = ?", [campaign_id])
    return {(r["group_id"], r["area_code"]): r for r in rows}


def area_appraisers(ws: Workspace, campaign_id: str) -> list[dict[str, Any]]:
    """Every area of every group with its appraiser in force: {group, area_code, area_title,
    appraiser_code, appraiser_name, stored} (stored False: the default, not saved yet)."""
    stored = _stored(ws, campaign_id)
    registry = _registry_by_name(ws)
    out = []
    for area in _areas(ws, campaign_id):
        row = stored.get((area["group_id"], area["area_code"]))
        if row is not None:
            code, name = row["appraiser_code"], row["appraiser_name"]
        else:
            code, name = _default_appraiser(ws, area["appraiser_text"], registry)
        out.append({"group": area["grp"], "area_code": area["area_code"],
                    "area_title": area["area_title"], "appraiser_code": code,
                    "appraiser_name": name, "stored": row is not None})
    return out


def default_area_appraisers(ws: Workspace, campaign_id: str) -> list[dict[str, Any]]:
    """Save the default appraiser of every area that has none yet (a row already set is
    never changed) and return every area with its appraiser."""
    campaigns.get_campaign(ws, campaign_id)
    groups = {r["code"]: r["id"] for r in records.rows(
        ws.db, "SELECT id, code FROM unit_groups WHERE campaign_id = ?", [campaign_id])}
    with ws.write() as db:
        for item in area_appraisers(ws, campaign_id):
            if not item["stored"]:
                records.insert(db, "area_appraisers", {
                    "campaign_id": campaign_id, "group_id": groups[item["group"]],
                    "area_code": item["area_code"], "appraiser_code": item["appraiser_code"],
                    "appraiser_name": item["appraiser_name"]}, actor=ws.operator)
    return area_appraisers(ws, campaign_id)


def set_area_appraiser(ws: Workspace, campaign_id: str, group_code: str, area_code: str,
                       appraiser_code: str) -> dict[str, Any]:
    """Make a registry unit the appraiser of one area of one group."""
    appraiser = units.unit_by_code(ws, appraiser_code)
    areas = [a for a in _areas(ws, campaign_id) if a["grp"] == group_code.strip()]
    if not areas:
        raise NotFound("unknown_group", code=group_code)
    area = next((a for a in areas if a["area_code"] == area_code.strip()), None)
    if area is None:
        raise InvalidInput("unknown_area", group=group_code, area=area_code)
    fields = {"appraiser_code": appraiser.code, "appraiser_name": appraiser.name}
    with ws.write() as db:
        row = _stored(ws, campaign_id).get((area["group_id"], area["area_code"]))
        if row is None:
            records.insert(db, "area_appraisers", {"campaign_id": campaign_id,
                                                   "group_id": area["group_id"],
                                                   "area_code": area["area_code"], **fields},
                           actor=ws.operator)
        else:
            records.update(db, "area_appraisers", row["id"], fields, actor=ws.operator)
    return {"group": area["grp"], "area_code": area["area_code"], "area_title": area["area_title"],
            **fields}


def areas_of(ws: Workspace, campaign_id: str, appraiser_code: str) -> dict[str, list[str]]:
    """Group code → the area codes `appraiser_code` appraises (in criteria order)."""
    out: dict[str, list[str]] = {}
    for item in area_appraisers(ws, campaign_id):
        if item["appraiser_code"] == appraiser_code:
            out.setdefault(item["group"], []).append(item["area_code"])
    return out


def area_of(code: str) -> str:
    return code.split(".")[0]


def appraiser_of(ws: Workspace, campaign_id: str, unit_id: str, criterion_code: str) -> str:
    """The code of the unit that appraises this criterion of this unit (its area's)."""
    group = campaigns.group_of(ws, campaign_id, unit_id)
    area = area_of(criterion_code)
    row = ws.db.execute("SELECT appraiser_code FROM area_appraisers WHERE campaign_id = ? AND "
                        "group_id = ? AND area_code = ?", [campaign_id, group.id, area]).fetchone()
    if row is not None:
        return row[0]
    node = ws.db.execute("SELECT appraiser FROM criteria WHERE criteria_set_id = ? AND code = ? "
                         "AND parent_id IS NULL", [group.criteria_set_id, area]).fetchone()
    if node is None:
        raise NotFound("unknown_criterion", code=criterion_code)
    return _default_appraiser(ws, node[0], _registry_by_name(ws))[0]


# -- recording an appraisal --------------------------------------------------------------------

def _check_request(round: int, reason_code: str, request_explanation: bool, remark: str,
                   code: str) -> None:
    if round not in ROUNDS:
        raise InvalidInput("bad_appraisal_round", round=round)
    if reason_code and reason_code not in _REASONS:
        raise InvalidInput("bad_reason_code", value=reason_code, allowed=", ".join(_REASONS))
    if request_explanation and round == 2:
        raise InvalidInput("explanation_request_round_two", code=code)
    if request_explanation and not remark:
        raise InvalidInput("explanation_request_needs_remark", code=code)


def _check_criterion(criterion: Criterion) -> None:
    if parse_rule(criterion.rule).kind == "sum":
        raise InvalidInput("not_scorable_parent", code=criterion.code)
    if not criterion.self_scored:
        raise InvalidInput("survey_not_appraised", code=criterion.code)


def _appraisal_row(ws: Workspace, campaign_id: str, unit_id: str, criterion_id: str,
                   round: int) -> dict[str, Any] | None:
    rows = records.rows(ws.db, "SELECT * FROM appraisals WHERE campaign_id = ? AND unit_id = ? "
                        "AND criterion_id = ? AND round = ?", [campaign_id, unit_id, criterion_id,
                                                                round])
    return rows[0] if rows else None


def record_appraisal(ws: Workspace, campaign_id: str, unit_id: str, code: str, value: str, *,
                     round: int, remark: str = "", reason_code: str = "",
                     request_explanation: bool = False, appraiser_code: str | None = None,
                     package_hash: str = "", self_score_seen: Any = _CURRENT,
                     update_stage: bool = True) -> Assessment:
    """The appraised value of one criterion of one unit in round 1 or 2: the input (option
    label, rate, count or points) scored by the criterion's rule, a remark, a reason code and
    whether the unit must explain. Round 2 only follows a round-1 value; an explanation is
    requested only in round 1 and only with a remark saying what to explain. Survey items are
    not appraised. `appraiser_code` (by default this installation's unit) must be the area's
    appraiser or the coordinator. `self_score_seen` is the self score the appraiser looked at
    (by default the current one: the appraiser confirms what is there now); when it differs
    from the current self score the criterion stays marked "changed after appraisal". The same
    values again change nothing. Refused once the unit's scores are approved."""
    criterion = assessments.criterion_for(ws, campaign_id, unit_id, code)
    _check_criterion(criterion)
    remark = _text(remark)
    _check_request(round, reason_code, request_explanation, remark, criterion.code)
    appraiser_code = appraiser_code or own_code(ws)
    area = area_of(criterion.code)
    if appraiser_code not in (appraiser_of(ws, campaign_id, unit_id, criterion.code),
                              coordinator_code(ws)):
        raise InvalidInput("appraisal_other_area", unit=units.get_unit(ws, unit_id).code,
                           criterion=criterion.code, area=area)
    rule = parse_rule(criterion.rule)
    score = format_decimal(compute_score(rule, criterion.maximum, str(value),
                                         step=assessments.rounding_step(ws, campaign_id, unit_id)))
    value = " ".join(str(value).split())
    if rule.input_kind == "option":
        value = resolve_option(rule, criterion.maximum, value)
    with ws.write() as db:
        if round == 2 and _appraisal_row(ws, campaign_id, unit_id, criterion.id, 1) is None:
            raise InvalidInput("appraisal_round_one_missing",
                               unit=units.get_unit(ws, unit_id).code, criterion=criterion.code)
        current = assessments.ensure_assessment(ws, campaign_id, unit_id, criterion)
        confirm = self_score_seen is _CURRENT
        seen = current.score if confirm else self_score_seen
        values = {"appraiser_code": appraiser_code, "appraised_input": value,
                  "appraised_score": score, "remark": remark, "reason_code": reason_code,
                  "request_explanation": int(bool(request_explanation)), "self_score_seen": seen}
        existing = _appraisal_row(ws, campaign_id, unit_id, criterion.id, round)
        row_changes = (values if existing is None
                       else {k: v for k, v in values.items() if existing[k] != v})
        fields: dict[str, Any] = {}
        if round >= current.appraisal_round:
            fields = {"appraised_input": value, "appraised_score": score,
                      "appraisal_remark": remark, "appraised_by": appraiser_code,
                      "appraisal_round": round, "appraisal_reason": reason_code}
            if confirm or row_changes:
                fields["appraised_self_score"] = seen
                fields["changed_after_appraisal"] = int(seen != current.score)
        if round == 1:
            fields["explanation_requested"] = int(bool(request_explanation))
        fields = {k: v for k, v in fields.items() if getattr(current, k) != v}
        if not row_changes and not fields:
            return current
        if stages.get_stage(ws, campaign_id, unit_id) == "approved":
            raise InvalidInput("unit_locked")
        now = utc_now()
        if existing is None:
            records.insert(db, "appraisals", {
                "campaign_id": campaign_id, "unit_id": unit_id, "criterion_id": criterion.id,
                "round": round, **values, "package_hash": package_hash, "recorded_at": now},
                actor=ws.operator)
        elif row_changes:
            records.update(db, "appraisals", existing["id"],
                           {**row_changes, "package_hash": package_hash, "recorded_at": now},
                           actor=ws.operator)
        if fields:
            _, new = records.update(db, "assessments", current.id,
                                    {**fields, "appraised_at": now}, actor=ws.operator)
            current = Assessment.from_row(new)
    if update_stage:
        after_appraisal(ws, campaign_id, unit_id, round)
    return current


# -- completeness and the unit's stage --------------------------------------------------------

def _self_scored_leaves(ws: Workspace, criteria_set_id: str) -> list[dict[str, Any]]:
    return records.rows(ws.db, "SELECT c.* FROM criteria c WHERE c.criteria_set_id = ? AND "
                        "c.self_scored = 1 AND NOT EXISTS (SELECT 1 FROM criteria k WHERE "
                        "k.parent_id = c.id) ORDER BY c.position", [criteria_set_id])


def _completeness(ws: Workspace, campaign_id: str, unit_id: str) -> tuple[set, dict]:
    """(criterion ids of scored self-assessed leaves, (criterion id, round) → request flag)."""
    group = campaigns.group_of(ws, campaign_id, unit_id)
    leaves = {r["id"] for r in _self_scored_leaves(ws, group.criteria_set_id)}
    scored = {row[0] for row in ws.db.execute(
        "SELECT criterion_id FROM assessments WHERE campaign_id = ? AND unit_id = ? AND "
        "score IS NOT NULL", [campaign_id, unit_id])} & leaves
    done = {(row[0], row[1]): row[2] for row in ws.db.execute(
        "SELECT criterion_id, round, request_explanation FROM appraisals WHERE campaign_id = ? "
        "AND unit_id = ?", [campaign_id, unit_id])}
    return scored, done


def round_complete(ws: Workspace, campaign_id: str, unit_id: str, round: int) -> bool:
    """Round 1: every self-assessed criterion the unit scored has its round-1 value. Round 2
    (the final appraisal): each has a value, and each one whose round-1 value asked for an
    explanation has its round-2 value (a criterion not re-appraised keeps its round-1 value,
    as the final-score rule says)."""
    scored, done = _completeness(ws, campaign_id, unit_id)
    if round == 1:
        return all((c, 1) in done for c in scored)
    return all(((c, 1) in done or (c, 2) in done)
               and not (done.get((c, 1)) and (c, 2) not in done) for c in scored)


def pending_explanations(ws: Workspace, campaign_id: str, unit_id: str) -> int:
    """Criteria whose round-1 value asked for an explanation and that have no round-2 value."""
    return ws.db.execute(
        "SELECT count(*) FROM appraisals a WHERE a.campaign_id = ? AND a.unit_id = ? AND "
        "a.round = 1 AND a.request_explanation = 1 AND NOT EXISTS (SELECT 1 FROM appraisals b "
        "WHERE b.campaign_id = a.campaign_id AND b.unit_id = a.unit_id AND "
        "b.criterion_id = a.criterion_id AND b.round = 2)", [campaign_id, unit_id]).fetchone()[0]


def after_appraisal(ws: Workspace, campaign_id: str, unit_id: str, round: int) -> str:
    """(Coordinator) after appraisal values of a unit were recorded, directly or from a
    package: the unit is "appraised" once its final appraisal is complete with no
    explanation pending. Returns the unit's stage (elsewhere: unchanged, as it is)."""
    stage = stages.get_stage(ws, campaign_id, unit_id)
    if _role(ws) != "coordinator" or stage == "approved":
        return stage
    if round_complete(ws, campaign_id, unit_id, 2):
        return stages.set_stage(ws, campaign_id, unit_id, "appraised", forward_only=True,
                                round=round)
    return stage


# -- the appraiser's work ----------------------------------------------------------------------

def work_of(ws: Workspace, campaign_id: str) -> dict[str, Any]:
    """(Appraiser) the units and areas of the work received for a campaign."""
    value = ws.meta(WORK_KEY.format(campaign_id))
    return json.loads(value) if value else {"units": [], "areas": []}


def remember_work(ws: Workspace, campaign_id: str, unit_codes: list[str],
                  areas: list[dict[str, str]]) -> None:
    """(Appraiser) add units and areas to the remembered work (inside the merge)."""
    work = work_of(ws, campaign_id)
    merged_units = sorted(set(work["units"]) | set(unit_codes))
    pairs = {(a["group"], a["area_code"]) for a in work["areas"] + areas}
    value = json.dumps({"units": merged_units,
                        "areas": [{"group": g, "area_code": a} for g, a in sorted(pairs)]},
                       ensure_ascii=False, sort_keys=True)
    with ws.write() as db:
        db.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
                   "value = excluded.value", [WORK_KEY.format(campaign_id), value])


# -- what the appraisal view shows -------------------------------------------------------------

def _evidence_by_assessment(ws: Workspace, campaign_id: str) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for row in records.rows(ws.db, "SELECT l.assessment_id, e.original_name, e.doc_number, "
                            "e.doc_date, e.pages, e.sha256 FROM evidence_assessments l "
                            "JOIN evidence e ON e.id = l.evidence_id JOIN assessments a ON "
                            "a.id = l.assessment_id WHERE a.campaign_id = ? ORDER BY "
                            "e.original_name, e.sha256", [campaign_id]):
        out.setdefault(row["assessment_id"], []).append({
            "name": row["original_name"], "doc_number": row["doc_number"],
            "doc_date": row["doc_date"], "pages": row["pages"], "sha256": row["sha256"]})
    return out


def _units_shown(ws: Workspace, campaign_id: str, unit_id: str | None) -> list[dict[str, Any]]:
    sql = ("SELECT u.id, u.code, u.name, g.code AS grp, g.criteria_set_id FROM campaign_units cu "
           "JOIN units u ON u.id = cu.unit_id JOIN unit_groups g ON g.id = cu.group_id "
           "WHERE cu.campaign_id = ?")
    params: list[Any] = [campaign_id]
    if unit_id is not None:
        sql += " AND u.id = ?"
        params.append(unit_id)
    rows = records.rows(ws.db, sql + " ORDER BY u.code", params)
    if unit_id is None and _role(ws) != "coordinator":
        work = set(work_of(ws, campaign_id)["units"])
        rows = [r for r in rows if r["code"] in work]
    return rows


def _appraised_part(source: dict[str, Any] | None, prefix: str = "") -> dict[str, Any]:
    if source is None:
        return {f"{prefix}appraised_input": "", f"{prefix}appraised_score": None,
                f"{prefix}remark": "", f"{prefix}reason_code": ""}
    return {f"{prefix}appraised_input": source["appraised_input"],
            f"{prefix}appraised_score": source["appraised_score"],
            f"{prefix}remark": source["remark"], f"{prefix}reason_code": source["reason_code"]}


def appraisal_rows(ws: Workspace, campaign_id: str, *, appraiser_code: str | None = None,
                   unit_id: str | None = None, round: int | None = None) -> list[dict[str, Any]]:
    """One row per unit × self-assessed leaf criterion (of the areas `appraiser_code`
    appraises, when given): the self values, the evidence cited, the explanation asked for
    and given, and the appraised value — the current one, or round `round`'s — with round
    1's beside a round-2 value (`previous_*`). Units: the whole campaign at the coordinator,
    the units of the received work at an appraiser (or the one unit asked for). A handful
    of queries whatever the number of units."""
    shown_units = _units_shown(ws, campaign_id, unit_id)
    allowed = areas_of(ws, campaign_id, appraiser_code) if appraiser_code else None
    leaves = {set_id: _self_scored_leaves(ws, set_id)
              for set_id in {u["criteria_set_id"] for u in shown_units}}
    current = {(r["unit_id"], r["criterion_id"]): r for r in records.rows(
        ws.db, "SELECT * FROM assessments WHERE campaign_id = ?", [campaign_id])}
    rounds = {(r["unit_id"], r["criterion_id"], r["round"]): r for r in records.rows(
        ws.db, "SELECT * FROM appraisals WHERE campaign_id = ?", [campaign_id])}
    evidence = _evidence_by_assessment(ws, campaign_id)
    out = []
    for unit in shown_units:
        wanted = None if allowed is None else set(allowed.get(unit["grp"], []))
        for node in leaves[unit["criteria_set_id"]]:
            if wanted is not None and area_of(node["code"]) not in wanted:
                continue
            row = current.get((unit["id"], node["id"]))
            shown = round or (row["appraisal_round"] if row else 0)
            if round is None and row is not None and row["appraisal_round"]:
                value = {"appraised_input": row["appraised_input"],
                         "appraised_score": row["appraised_score"],
                         "remark": row["appraisal_remark"], "reason_code": row["appraisal_reason"]}
                appraised = _appraised_part(value)
            else:
                appraised = _appraised_part(rounds.get((unit["id"], node["id"], shown)))
            previous = rounds.get((unit["id"], node["id"], 1)) if shown == 2 else None
            requested_before = bool(previous and previous["request_explanation"])
            out.append({
                "unit_id": unit["id"], "unit_code": unit["code"], "unit_name": unit["name"],
                "group": unit["grp"], "criterion_code": node["code"],
                "criterion_title": node["title"], "max": node["max_points"],
                "area_code": area_of(node["code"]),
                "input_kind": parse_rule(node["rule"]).input_kind, "rule": node["rule"],
                "self_input": row["input_value"] if row else "",
                "self_score": row["score"] if row else None,
                "self_explanation": row["explanation"] if row else "",
                "status": row["status"] if row else "not_started",
                "evidence": evidence.get(row["id"], []) if row else [],
                "explanation_requested": bool(row and row["explanation_requested"]),
                "explanation_response": row["explanation_response"] if row else "",
                "explanation_responded_at": row["explanation_responded_at"] if row else None,
                **appraised, "round": shown,
                "appraised_self_score": row["appraised_self_score"] if row else None,
                "changed_after_appraisal": bool(row and row["changed_after_appraisal"]),
                **_appraised_part(previous, "previous_"),
                "previous_request_explanation": requested_before,
            })
    return out


# -- the explanation, at the unit --------------------------------------------------------------

def explanation_deadline(ws: Workspace, campaign_id: str) -> str | None:
    """The date the explanations are due: as the last explanation request said, else the
    campaign's "explanation" deadline."""
    value = ws.meta(DEADLINE_KEY.format(campaign_id))
    if value:
        return value
    due = [d.due_date for d in campaigns.deadlines(ws, campaign_id) if d.kind == "explanation"]
    return max(due) if due else None


def explanation_requests(ws: Workspace, campaign_id: str, unit_id: str) -> list[dict[str, Any]]:
    """The criteria of a unit whose appraisal asked for an explanation, in criteria order:
    the appraised value, remark and reason, and the answer given so far."""
    rows = records.rows(ws.db, "SELECT a.*, c.code, c.title, c.max_points FROM assessments a "
                        "JOIN criteria c ON c.id = a.criterion_id WHERE a.campaign_id = ? AND "
                        "a.unit_id = ? AND a.explanation_requested = 1 ORDER BY c.position",
                        [campaign_id, unit_id])
    evidence = _evidence_by_assessment(ws, campaign_id)
    return [{"code": r["code"], "title": r["title"], "max": r["max_points"],
             "self_input": r["input_value"], "self_score": r["score"],
             "appraised_input": r["appraised_input"], "appraised_score": r["appraised_score"],
             "remark": r["appraisal_remark"], "reason_code": r["appraisal_reason"],
             "round": r["appraisal_round"], "response": r["explanation_response"],
             "responded_at": r["explanation_responded_at"],
             "evidence": evidence.get(r["id"], [])} for r in rows]


def answer_explanation(ws: Workspace, campaign_id: str, unit_id: str, code: str,
                       text: str) -> Assessment:
    """The unit's explanation for a criterion whose appraisal asked for one."""
    criterion = assessments.criterion_for(ws, campaign_id, unit_id, code)
    text = _text(text)
    if not text:
        raise InvalidInput("explanation_text_required", code=criterion.code)
    rows = records.rows(ws.db, "SELECT * FROM assessments WHERE campaign_id = ? AND unit_id = ? "
                        "AND criterion_id = ?", [campaign_id, unit_id, criterion.id])
    if not rows or not rows[0]["explanation_requested"]:
        raise InvalidInput("explanation_not_requested", unit=units.get_unit(ws, unit_id).code,
                           criterion=criterion.code)
    if rows[0]["explanation_response"] == text:
        return Assessment.from_row(rows[0])
    with ws.write() as db:
        _, new = records.update(db, "assessments", rows[0]["id"], {
            "explanation_response": text, "explanation_responded_at": utc_now()},
            actor=ws.operator)
    return Assessment.from_row(new)
