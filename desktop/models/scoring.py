"""Scores of one unit in one campaign, as a specialist would add them up by hand: every
criterion with its input and score (self-assessed and appraised side by side), the sums of
each parent, per-area totals, survey, bonus and penalty, the final total under the set's
convention, the index (%) and the rating band. Exact decimals throughout; the screen, the
CLI and the reports all read this one structure."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_DOWN, Decimal
from typing import Any

from desktop.models import assessments, campaigns, criteria, suggestions
from desktop.models.decimals import ZERO, format_decimal
from desktop.models.entities import CriteriaSet, Criterion, RatingBand
from desktop.models.store import Workspace

HUNDRED = Decimal(100)
CENT = Decimal("0.01")


def index_percent(points: Decimal, maximum: Decimal) -> Decimal:
    """points / maximum as a percentage, truncated to 0.01 (never rounded up into a band)."""
    if maximum <= 0:
        return ZERO
    return (points * HUNDRED / maximum).quantize(CENT, rounding=ROUND_DOWN)


def rating_band(index: Decimal, bands: list[RatingBand]) -> str | None:
    for band in sorted(bands, key=lambda b: Decimal(b.min_percent), reverse=True):
        if index >= Decimal(band.min_percent):
            return band.label
    return None


def final_total(base: Decimal, bonus: Decimal, penalty: Decimal, total: Decimal,
                convention: str) -> Decimal:
    """How bonus and penalty combine with the 100 points, as the set declares."""
    if convention == "cap_then_penalty":
        value = min(total, base + bonus) - penalty
    elif convention == "net_then_cap":
        value = min(total, base + bonus - penalty)
    elif convention == "uncapped":
        value = base + bonus - penalty
    else:  # validated on load; an unknown convention here is a programming error
        raise ValueError(f"unknown final convention {convention!r}")
    return max(ZERO, value)


@dataclass
class Totals:
    """One column of totals (self-assessed or appraised). `areas`: code → (points, maximum)."""
    areas: dict[str, tuple[Decimal, Decimal]] = field(default_factory=dict)
    area_titles: dict[str, str] = field(default_factory=dict)
    self_scored: Decimal = ZERO
    survey: Decimal = ZERO
    bonus: Decimal = ZERO
    penalty: Decimal = ZERO
    maximum: Decimal = ZERO
    final: Decimal = ZERO
    index: Decimal = ZERO
    band: str | None = None
    scored: int = 0
    scorable: int = 0
    needs_explanation: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "areas": {code: {"title": self.area_titles.get(code, ""), "points": format_decimal(p),
                             "max": format_decimal(m), "index": format_decimal(index_percent(p, m))}
                      for code, (p, m) in self.areas.items()},
            "self_scored": format_decimal(self.self_scored), "survey": format_decimal(self.survey),
            "bonus": format_decimal(self.bonus), "penalty": format_decimal(self.penalty),
            "maximum": format_decimal(self.maximum), "final": format_decimal(self.final),
            "index": format_decimal(self.index), "band": self.band,
            "scored": self.scored, "scorable": self.scorable,
            "needs_explanation": self.needs_explanation,
        }


@dataclass
class Line:
    """One row of the score sheet."""
    criterion: Criterion
    depth: int
    input_kind: str
    input_value: str = ""
    score: Decimal | None = None
    appraised_input: str = ""
    appraised_score: Decimal | None = None
    status: str = "not_started"
    explanation: str = ""
    evidence: int = 0
    suggestion: suggestions.Suggestion | None = None

    def to_json(self) -> dict[str, Any]:
        node = self.criterion
        return {
            "code": node.code, "title": node.title, "kind": node.kind, "depth": self.depth,
            "max": node.max_points, "rule": node.rule, "self_scored": bool(node.self_scored),
            "appraiser": node.appraiser, "input_kind": self.input_kind,
            "input": self.input_value, "score": format_decimal(self.score),
            "appraised_input": self.appraised_input,
            "appraised_score": format_decimal(self.appraised_score), "status": self.status,
            "explanation": self.explanation, "evidence": self.evidence,
            "suggestion": self.suggestion.to_json() if self.suggestion else None,
        }


@dataclass
class Scoresheet:
    criteria_set: CriteriaSet
    lines: list[Line]
    self_totals: Totals
    appraised_totals: Totals
    appraised: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "criteria_set": {"id": self.criteria_set.id, "title": self.criteria_set.title,
                             "content_hash": self.criteria_set.content_hash,
                             "final_convention": self.criteria_set.final_convention,
                             "rounding_step": self.criteria_set.rounding_step},
            "criteria": [line.to_json() for line in self.lines],
            "self": self.self_totals.to_json(),
            "appraised": {**self.appraised_totals.to_json(), "appraised": self.appraised},
        }


def _totals(nodes: list[Criterion], leaves: set[str], scores: dict[str, Decimal | None],
            criteria_set: CriteriaSet, bands: list[RatingBand]) -> Totals:
    totals = Totals()
    for node in nodes:
        if node.kind == "area":
            totals.areas[node.code] = (ZERO, node.maximum)
            totals.area_titles[node.code] = node.title
            totals.maximum += node.maximum
    for node in nodes:
        if node.code not in leaves:
            continue
        if node.self_scored and node.kind not in ("bonus", "penalty"):
            totals.scorable += 1
        score = scores.get(node.code)
        if score is None:
            continue
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
    total_points = Decimal(criteria_set.total_points)
    totals.final = final_total(totals.self_scored + totals.survey, totals.bonus, totals.penalty,
                               total_points, criteria_set.final_convention)
    totals.index = index_percent(totals.final, total_points)
    totals.band = rating_band(totals.index, bands)
    return totals


def scoresheet(ws: Workspace, campaign_id: str, unit_id: str, *,
               with_suggestions: bool = True) -> Scoresheet:
    group = campaigns.group_of(ws, campaign_id, unit_id)
    criteria_set = criteria.get_criteria_set(ws, group.criteria_set_id)
    nodes = criteria.list_criteria(ws, criteria_set.id)
    leaves = criteria.leaf_codes(nodes)
    stored = assessments.assessments_of(ws, campaign_id, unit_id)
    evidence_counts = dict(ws.db.execute(
        "SELECT a.criterion_id, count(*) FROM evidence_assessments l JOIN assessments a "
        "ON a.id = l.assessment_id WHERE a.campaign_id = ? AND a.unit_id = ? "
        "GROUP BY a.criterion_id", [campaign_id, unit_id]).fetchall())
    bands = campaigns.rating_bands(ws, campaign_id, group.id)  # the group's own, else the campaign's
    from desktop.models.rules import parse_rule

    lines: dict[str, Line] = {}
    self_scores: dict[str, Decimal | None] = {}
    appraised_scores: dict[str, Decimal | None] = {}
    appraised = 0
    for node in nodes:
        row = stored.get(node.id)
        line = Line(node, node.code.count("."), parse_rule(node.rule).input_kind)
        if row is not None:
            line.input_value, line.status, line.explanation = row.input_value, row.status, row.explanation
            line.score = Decimal(row.score) if row.score is not None else None
            line.appraised_input = row.appraised_input
            line.appraised_score = (Decimal(row.appraised_score)
                                    if row.appraised_score is not None else None)
        line.evidence = evidence_counts.get(node.id, 0)
        if node.code in leaves:
            if not node.self_scored and line.appraised_score is None:
                # Survey points are the coordinator's own figure: final in both columns.
                line.appraised_input, line.appraised_score = line.input_value, line.score
            self_scores[node.code] = line.score
            appraised_scores[node.code] = line.appraised_score
            if node.self_scored and line.appraised_score is not None:
                appraised += 1
            if with_suggestions and node.suggest:
                line.suggestion = suggestions.suggest(ws, campaign_id, unit_id, node)
        lines[node.code] = line
    # A parent shows the sum of its scored children (None while none is scored).
    children: dict[str, list[Line]] = {}
    for node in nodes:
        if node.parent_id:
            children.setdefault(node.parent_id, []).append(lines[node.code])
    for node in reversed(nodes):
        if node.code in leaves:
            continue
        kids = children.get(node.id, [])
        for attribute in ("score", "appraised_score"):
            values = [getattr(k, attribute) for k in kids if getattr(k, attribute) is not None]
            setattr(lines[node.code], attribute, sum(values, ZERO) if values else None)
    self_totals = _totals(nodes, leaves, self_scores, criteria_set, bands)
    self_totals.needs_explanation = sum(1 for line in lines.values()
                                        if line.status == "needs_explanation")
    appraised_totals = _totals(nodes, leaves, appraised_scores, criteria_set, bands)
    return Scoresheet(criteria_set, list(lines.values()), self_totals, appraised_totals, appraised)


def unit_totals(ws: Workspace, campaign_id: str, unit_id: str) -> Totals:
    return scoresheet(ws, campaign_id, unit_id, with_suggestions=False).self_totals
