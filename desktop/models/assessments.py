"""The self-assessment: one row per unit × campaign × criterion with the input given, the
score the rule computes from it, the explanation and a status. Totals are computed here, in
exact decimals, so the screen, the CLI and the reports show the same numbers."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from desktop.models import campaigns, criteria, records
from desktop.models.decimals import ZERO, format_decimal, parse_decimal
from desktop.models.entities import Assessment, Criterion
from desktop.models.errors import InvalidInput
from desktop.models.rules import compute_score, parse_rule
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
                      evidence_count: int) -> bool:
    """The rules of the brief: a claim without evidence, or below the maximum, must be
    explained in writing."""
    if score is None or explanation.strip():
        return False
    return evidence_count == 0 or score < maximum


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
                           _evidence_count(ws, assessment.id)):
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
    group = campaigns.group_of(ws, campaign_id, unit_id)
    step = Decimal(criteria.get_criteria_set(ws, group.criteria_set_id).rounding_step)
    score = compute_score(rule, criterion.maximum, value, step=step)
    with ws.write() as db:
        current = ensure_assessment(ws, campaign_id, unit_id, criterion)
        changes: dict = {"input_kind": rule.input_kind, "input_value": value.strip(),
                         "score": format_decimal(score), "updated_by": ws.operator}
        if explanation is not None:
            changes["explanation"] = explanation.strip()
        _, new = records.update(db, "assessments", current.id, changes, actor=ws.operator,
                                reason=reason)
        result = refresh_status(ws, Assessment.from_row(new), criterion)
    return result


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


@dataclass
class Totals:
    """Self-assessed points of one unit. `areas` maps area code → (points, maximum)."""
    areas: dict[str, tuple[Decimal, Decimal]] = field(default_factory=dict)
    area_titles: dict[str, str] = field(default_factory=dict)
    self_scored: Decimal = ZERO
    survey: Decimal = ZERO
    bonus: Decimal = ZERO
    penalty: Decimal = ZERO
    maximum: Decimal = ZERO
    final: Decimal = ZERO
    scored: int = 0
    scorable: int = 0
    needs_explanation: int = 0

    def to_json(self) -> dict:
        return {
            "areas": {code: {"title": self.area_titles.get(code, ""), "points": format_decimal(p),
                             "max": format_decimal(m)}
                      for code, (p, m) in self.areas.items()},
            "self_scored": format_decimal(self.self_scored), "survey": format_decimal(self.survey),
            "bonus": format_decimal(self.bonus), "penalty": format_decimal(self.penalty),
            "maximum": format_decimal(self.maximum), "final": format_decimal(self.final),
            "scored": self.scored, "scorable": self.scorable,
            "needs_explanation": self.needs_explanation,
        }


def unit_totals(ws: Workspace, campaign_id: str, unit_id: str) -> Totals:
    group = campaigns.group_of(ws, campaign_id, unit_id)
    nodes = criteria.list_criteria(ws, group.criteria_set_id)
    leaves = criteria.leaf_codes(nodes)
    by_id = assessments_of(ws, campaign_id, unit_id)
    totals = Totals()
    for node in nodes:
        if node.kind == "area":
            totals.areas[node.code] = (ZERO, node.maximum)
            totals.area_titles[node.code] = node.title
            totals.maximum += node.maximum
    for node in nodes:
        if node.code not in leaves:
            continue
        assessment = by_id.get(node.id)
        score = Decimal(assessment.score) if assessment and assessment.score is not None else None
        if node.self_scored and node.kind not in ("bonus", "penalty"):
            totals.scorable += 1
        if score is None:
            continue
        if assessment and assessment.status == "needs_explanation":
            totals.needs_explanation += 1
        if node.kind == "bonus":
            totals.bonus += score
        elif node.kind == "penalty":
            totals.penalty += score
        else:
            area = node.code.split(".")[0]
            points, maximum = totals.areas.get(area, (ZERO, ZERO))
            totals.areas[area] = (points + score, maximum)
            if node.self_scored:
                totals.self_scored += score
                totals.scored += 1
            else:
                totals.survey += score
    criteria_set = criteria.get_criteria_set(ws, group.criteria_set_id)
    base = totals.self_scored + totals.survey
    cap = parse_decimal(criteria_set.total_points)
    # "cap_then_penalty": final = min(total, base + bonus) − penalty, never below 0.
    totals.final = max(ZERO, min(cap, base + totals.bonus) - totals.penalty)
    return totals
