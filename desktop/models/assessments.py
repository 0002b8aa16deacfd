"""The self-assessment: one row per unit × campaign × criterion with the input given, the
score the rule computes from it, the explanation, a status, and the appraised value beside
it. Sums, totals, index and band are `desktop.models.scoring`'s."""

from __future__ import annotations

from decimal import Decimal

from desktop.models import campaigns, criteria, records
from desktop.models.decimals import format_decimal
from desktop.models.entities import Assessment, Criterion
from desktop.models.errors import InvalidInput
from desktop.models.rules import compute_score, parse_rule, resolve_option
from desktop.models.store import Workspace, utc_now


def _submission_state(ws: Workspace, campaign_id: str, unit_id: str) -> str:
    row = ws.db.execute("SELECT state FROM self_assessments WHERE campaign_id = ? AND unit_id = ?",
                        [campaign_id, unit_id]).fetchone()
    return row[0] if row else "draft"


def _require_reason_after_submission(ws: Workspace, campaign_id: str, unit_id: str,
                                     reason: str) -> None:
    if _submission_state(ws, campaign_id, unit_id) == "submitted" and not reason.strip():
        raise InvalidInput("reason_required_after_submission")


def _evidence_count(ws: Workspace, assessment_id: str) -> int:
    return ws.db.execute("SELECT count(*) FROM evidence_assessments WHERE assessment_id = ?",
                         [assessment_id]).fetchone()[0]


def needs_explanation(score: Decimal | None, maximum: Decimal, explanation: str,
                      evidence_count: int, kind: str = "criterion") -> bool:
    """The rules of the brief: a claim without evidence, or below the maximum, must be
    explained in writing. Outside the 100 points it is different: a bonus claimed needs its
    evidence or a word, a bonus not claimed needs nothing, and a penalty is never a claim."""
    if score is None or explanation.strip():
        return False
    if kind == "penalty":
        return False
    if kind == "bonus":
        return score > 0 and evidence_count == 0
    return evidence_count == 0 or score < maximum


def rounding_step(ws: Workspace, campaign_id: str, unit_id: str) -> Decimal:
    """The rounding step of the criteria set the unit answers in this campaign."""
    group = campaigns.group_of(ws, campaign_id, unit_id)
    return Decimal(criteria.get_criteria_set(ws, group.criteria_set_id).rounding_step)


def criterion_for(ws: Workspace, campaign_id: str, unit_id: str, code: str) -> Criterion:
    group = campaigns.group_of(ws, campaign_id, unit_id)
    return criteria.find_criterion(ws, group.criteria_set_id, code)


def ensure_assessment(ws: Workspace, campaign_id: str, unit_id: str, criterion: Criterion) -> Assessment:
    with ws.write() as db:
        rows = records.rows(db, "SELECT * FROM assessments WHERE campaign_id = ? AND unit_id = ? "
                            "AND criterion_id = ?", [campaign_id, unit_id, criterion.id])
        if rows:
            return Assessment.from_row(rows[0])
        row = records.insert(db, "assessments", {
            "campaign_id": campaign_id, "unit_id": unit_id, "criterion_id": criterion.id,
            "input_kind": parse_rule(criterion.rule).input_kind, "updated_by": ws.operator,
        }, actor=ws.operator)
    return Assessment.from_row(row)


def refresh_status(ws: Workspace, assessment: Assessment, criterion: Criterion) -> Assessment:
    score = Decimal(assessment.score) if assessment.score is not None else None
    if score is None:
        status = "not_started"
    elif needs_explanation(score, criterion.maximum, assessment.explanation,
                           _evidence_count(ws, assessment.id), kind=criterion.kind):
        status = "needs_explanation"
    else:
        status = "scored"
    if status == assessment.status:
        return assessment
    with ws.write() as db:
        _, new = records.update(db, "assessments", assessment.id, {"status": status},
                                actor=ws.operator)
    return Assessment.from_row(new)


def score_criterion(ws: Workspace, campaign_id: str, unit_id: str, code: str, value: str, *,
                    explanation: str | None = None, reason: str = "",
                    as_coordinator: bool = False) -> Assessment:
    """Record the input for one criterion (option label, rate %, count or points) and store
    the score its rule gives. Survey items are refused unless entered by the coordinator."""
    criterion = criterion_for(ws, campaign_id, unit_id, code)
    rule = parse_rule(criterion.rule)
    if rule.kind == "sum":
        raise InvalidInput("not_scorable_parent", code=code)
    if not criterion.self_scored and not as_coordinator:
        raise InvalidInput("not_self_scored", code=code)
    _require_reason_after_submission(ws, campaign_id, unit_id, reason)
    score = compute_score(rule, criterion.maximum, value,
                          step=rounding_step(ws, campaign_id, unit_id))
    if rule.input_kind == "option":
        value = resolve_option(rule, criterion.maximum, value)
    with ws.write() as db:
        current = ensure_assessment(ws, campaign_id, unit_id, criterion)
        changes: dict = {"input_kind": rule.input_kind, "input_value": " ".join(value.split()),
                         "score": format_decimal(score), "updated_by": ws.operator}
        if explanation is not None:
            changes["explanation"] = explanation.strip()
        _, new = records.update(db, "assessments", current.id, changes, actor=ws.operator,
                                reason=reason)
        result = refresh_status(ws, Assessment.from_row(new), criterion)
    return result


def clear_input(ws: Workspace, campaign_id: str, unit_id: str, code: str, *,
                reason: str = "") -> Assessment:
    """Take back the input of a criterion (the score goes with it); the explanation stays."""
    criterion = criterion_for(ws, campaign_id, unit_id, code)
    _require_reason_after_submission(ws, campaign_id, unit_id, reason)
    with ws.write() as db:
        current = ensure_assessment(ws, campaign_id, unit_id, criterion)
        _, new = records.update(db, "assessments", current.id,
                                {"input_value": "", "score": None, "updated_by": ws.operator},
                                actor=ws.operator, reason=reason)
        return refresh_status(ws, Assessment.from_row(new), criterion)


def submission_state(ws: Workspace, campaign_id: str, unit_id: str) -> str:
    """'draft', 'closed' or 'submitted'."""
    return _submission_state(ws, campaign_id, unit_id)


def explain(ws: Workspace, campaign_id: str, unit_id: str, code: str, text: str, *,
            reason: str = "") -> Assessment:
    criterion = criterion_for(ws, campaign_id, unit_id, code)
    _require_reason_after_submission(ws, campaign_id, unit_id, reason)
    with ws.write() as db:
        current = ensure_assessment(ws, campaign_id, unit_id, criterion)
        _, new = records.update(db, "assessments", current.id,
                                {"explanation": text.strip(), "updated_by": ws.operator},
                                actor=ws.operator, reason=reason)
        return refresh_status(ws, Assessment.from_row(new), criterion)


def submit(ws: Workspace, campaign_id: str, unit_id: str) -> None:
    """Mark the self-assessment as submitted: from now on every change needs a reason."""
    with ws.write() as db:
        rows = records.rows(db, "SELECT id FROM self_assessments WHERE campaign_id = ? AND unit_id = ?",
                            [campaign_id, unit_id])
        if rows:
            records.update(db, "self_assessments", rows[0]["id"],
                           {"state": "submitted", "submitted_at": utc_now()}, actor=ws.operator)
        else:
            records.insert(db, "self_assessments", {"campaign_id": campaign_id, "unit_id": unit_id,
                                                    "state": "submitted", "submitted_at": utc_now()},
                           actor=ws.operator)


def assessments_of(ws: Workspace, campaign_id: str, unit_id: str) -> dict[str, Assessment]:
    """Criterion id → assessment, for one unit in one campaign."""
    rows = records.rows(ws.db, "SELECT * FROM assessments WHERE campaign_id = ? AND unit_id = ?",
                        [campaign_id, unit_id])
    return {r["criterion_id"]: Assessment.from_row(r) for r in rows}


INPUT_FLAGS = {"option": "option", "rate": "rate", "count": "count", "points": "points"}


def set_input(ws: Workspace, campaign_id: str, unit_id: str, code: str, *,
              option: str | None = None, rate: str | None = None, count: str | None = None,
              points: str | None = None, explanation: str | None = None, reason: str = "",
              as_coordinator: bool = False) -> Assessment:
    """Set the input of one criterion, in the kind its rule takes. Giving a rate to a
    criterion scored by options (and so on) is refused, naming the kind it takes."""
    given = {kind: value for kind, value in (("option", option), ("rate", rate),
                                             ("count", count), ("points", points))
             if value is not None}
    if len(given) != 1:
        raise InvalidInput("one_input_required")
    (kind, value), = given.items()
    criterion = criterion_for(ws, campaign_id, unit_id, code)
    rule = parse_rule(criterion.rule)
    if rule.input_kind != kind:
        if rule.kind == "sum":
            raise InvalidInput("not_scorable_parent", code=criterion.code)
        raise InvalidInput("wrong_input_kind", code=criterion.code, expected=rule.input_kind,
                           given=kind)
    return score_criterion(ws, campaign_id, unit_id, code, str(value), explanation=explanation,
                           reason=reason, as_coordinator=as_coordinator)


def record_appraisal(ws: Workspace, campaign_id: str, unit_id: str, code: str, value: str, *,
                     remark: str = "", reason: str = "") -> Assessment:
    """The appraiser's value for a criterion, kept beside the self-assessed one (the
    appraisal rounds themselves arrive with the coordination issue)."""
    criterion = criterion_for(ws, campaign_id, unit_id, code)
    rule = parse_rule(criterion.rule)
    if rule.kind == "sum":
        raise InvalidInput("not_scorable_parent", code=code)
    score = compute_score(rule, criterion.maximum, value,
                          step=rounding_step(ws, campaign_id, unit_id))
    if rule.input_kind == "option":
        value = resolve_option(rule, criterion.maximum, value)
    with ws.write() as db:
        current = ensure_assessment(ws, campaign_id, unit_id, criterion)
        _, new = records.update(db, "assessments", current.id, {
            "appraised_input": " ".join(value.split()), "appraised_score": format_decimal(score),
            "appraisal_remark": remark.strip(), "appraised_by": ws.operator,
            "appraised_at": utc_now()}, actor=ws.operator, reason=reason)
    return Assessment.from_row(new)


def recompute(ws: Workspace, campaign_id: str, unit_id: str) -> int:
    """Apply the rules again to every stored input (after a corrected set is loaded, say);
    returns how many scores changed. One unit of work: all or nothing."""
    group = campaigns.group_of(ws, campaign_id, unit_id)
    step = rounding_step(ws, campaign_id, unit_id)
    nodes = {c.id: c for c in criteria.list_criteria(ws, group.criteria_set_id)}
    changed = 0
    with ws.write() as db:
        for assessment in assessments_of(ws, campaign_id, unit_id).values():
            criterion = nodes.get(assessment.criterion_id)
            if criterion is None:
                continue
            rule = parse_rule(criterion.rule)
            updates = {}
            for field_input, field_score in (("input_value", "score"),
                                             ("appraised_input", "appraised_score")):
                value = getattr(assessment, field_input)
                if value and rule.input_kind != "none":
                    score = format_decimal(compute_score(rule, criterion.maximum, value, step=step))
                    if score != getattr(assessment, field_score):
                        updates[field_score] = score
            if updates:
                changed += 1
                records.update(db, "assessments", assessment.id, updates, actor=ws.operator,
                               reason="recompute")
    return changed
