"""Read-only views of the coordination cycle at the assessed unit's own installation, read in
one go on the database thread so the window never runs SQL. No Qt here.

- `appraisal_notes`: per criterion, the appraised value beside the self value, the round, who
  appraised it (by name), the remark, the reason and whether an explanation is asked for —
  what the criterion page shows in its appraisal box;
- `explanation_overview`: the explanation tab — the deadline, the requested criteria with the
  answer given so far and the evidence cited, and the other criteria appraised below the
  self score;
- `result_summary` / `dashboard_status`: the result of a results package beside the unit's own
  totals (appraised total, index, band, rank in its block, per-area appraised points).

(The coordinator's and appraisers' views are in `desktop.models.coordination_views`.)"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from desktop.models import appraisal, campaigns, records, results, scoring, status, workspaces
from desktop.models.decimals import format_decimal
from desktop.models.errors import NotFound
from desktop.models.store import Workspace

SURVEY = "survey"  # `appraised_by` of survey points that came with a results package


# -- the appraisal beside the self-assessment --------------------------------------------------

@dataclass(frozen=True)
class AppraisalNote:
    """The appraisal of one criterion of the own unit, as the unit's installation knows it."""
    code: str
    title: str
    maximum: Decimal
    self_score: Decimal | None
    appraised_score: Decimal | None
    round: int
    appraiser_code: str
    appraiser_name: str
    remark: str
    reason_code: str
    explanation_requested: bool
    response: str = ""
    responded_at: str | None = None
    survey: bool = False
    evidence: tuple[dict[str, Any], ...] = field(default_factory=tuple)

    @property
    def lowered(self) -> bool:
        """Appraised below the self score."""
        return (self.appraised_score is not None and self.self_score is not None
                and self.appraised_score < self.self_score)

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "title": self.title, "max": format_decimal(self.maximum),
                "self_score": format_decimal(self.self_score),
                "appraised_score": format_decimal(self.appraised_score), "round": self.round,
                "appraiser_code": self.appraiser_code, "appraiser_name": self.appraiser_name,
                "remark": self.remark, "reason_code": self.reason_code,
                "explanation_requested": self.explanation_requested,
                "response": self.response, "responded_at": self.responded_at,
                "survey": self.survey, "evidence": list(self.evidence)}


def _decimal(value: str | None) -> Decimal | None:
    return Decimal(value) if value is not None else None


def _names(ws: Workspace, campaign_id: str, unit_id: str) -> tuple[dict[str, str], dict[str, str]]:
    """(appraiser code → name, area code → appraiser code) for the unit's group: the
    campaign's area appraisers first (they travel in the campaign package), then the registry."""
    names = {r["code"]: r["name"] for r in records.rows(ws.db, "SELECT code, name FROM units")}
    by_area: dict[str, str] = {}
    try:
        group = campaigns.group_of(ws, campaign_id, unit_id)
    except NotFound:
        return names, by_area
    for row in records.rows(ws.db, "SELECT area_code, appraiser_code, appraiser_name FROM "
                            "area_appraisers WHERE campaign_id = ? AND group_id = ?",
                            [campaign_id, group.id]):
        by_area[row["area_code"]] = row["appraiser_code"]
        if row["appraiser_name"]:
            names[row["appraiser_code"]] = row["appraiser_name"]
    return names, by_area


def _evidence_of(ws: Workspace, campaign_id: str, unit_id: str) -> dict[str, list[dict[str, Any]]]:
    """Assessment id → the documents cited, for one unit (as `appraisal_rows` lists them)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for row in records.rows(ws.db, "SELECT l.assessment_id, e.original_name, e.doc_number, "
                            "e.doc_date, e.pages, e.sha256 FROM evidence_assessments l "
                            "JOIN evidence e ON e.id = l.evidence_id JOIN assessments a ON "
                            "a.id = l.assessment_id WHERE a.campaign_id = ? AND a.unit_id = ? "
                            "ORDER BY e.original_name, e.sha256", [campaign_id, unit_id]):
        out.setdefault(row["assessment_id"], []).append({
            "name": row["original_name"], "doc_number": row["doc_number"],
            "doc_date": row["doc_date"], "pages": row["pages"], "sha256": row["sha256"]})
    return out


def appraisal_notes(ws: Workspace, campaign_id: str, unit_id: str) -> dict[str, AppraisalNote]:
    """Criterion code → its appraisal, for every criterion of the unit that has an appraised
    value or an explanation request, in criteria order. The appraiser is named by the
    campaign's area appraisers or the registry. Once a results package has arrived at a unit,
    every value carries Sở Nội vụ as its sender: each is then shown under its area's
    appraiser as the campaign names it; survey points are marked `survey`."""
    names, by_area = _names(ws, campaign_id, unit_id)
    coordinator = appraisal.coordinator_code(ws)
    from_results = (ws.meta("role") != "coordinator" and ws.db.execute(
        "SELECT 1 FROM unit_results WHERE campaign_id = ? AND unit_id = ? AND stage = 'approved'",
        [campaign_id, unit_id]).fetchone() is not None)
    evidence = _evidence_of(ws, campaign_id, unit_id)
    out: dict[str, AppraisalNote] = {}
    for row in records.rows(
            ws.db, "SELECT a.*, c.code, c.title, c.max_points FROM assessments a JOIN criteria c "
            "ON c.id = a.criterion_id WHERE a.campaign_id = ? AND a.unit_id = ? AND "
            "(a.appraised_score IS NOT NULL OR a.explanation_requested = 1) ORDER BY c.position",
            [campaign_id, unit_id]):
        by = row["appraised_by"] or ""
        survey = by == SURVEY
        if survey:
            by = coordinator
        elif not by or (from_results and by == coordinator):
            by = by_area.get(appraisal.area_of(row["code"]), by or coordinator)
        out[row["code"]] = AppraisalNote(
            code=row["code"], title=row["title"], maximum=Decimal(row["max_points"]),
            self_score=_decimal(row["score"]), appraised_score=_decimal(row["appraised_score"]),
            round=int(row["appraisal_round"] or 0), appraiser_code=by,
            appraiser_name=names.get(by, by), remark=row["appraisal_remark"] or "",
            reason_code=row["appraisal_reason"] or "",
            explanation_requested=bool(row["explanation_requested"]),
            response=row["explanation_response"] or "",
            responded_at=row["explanation_responded_at"], survey=survey,
            evidence=tuple(evidence.get(row["id"], [])))
    return out


@dataclass(frozen=True)
class ExplanationOverview:
    """What the explanation tab shows: the deadline (ISO date or None), the criteria asked to
    explain (answer and evidence included) and the others appraised below the self score."""
    deadline: str | None
    requested: list[AppraisalNote]
    others: list[AppraisalNote]

    @property
    def answered(self) -> int:
        return sum(1 for note in self.requested if note.response)

    def to_json(self) -> dict[str, Any]:
        return {"deadline": self.deadline, "answered": self.answered,
                "requested": [n.to_json() for n in self.requested],
                "others": [n.to_json() for n in self.others]}


def explanation_overview(ws: Workspace, campaign_id: str, unit_id: str) -> ExplanationOverview:
    notes = appraisal_notes(ws, campaign_id, unit_id).values()
    requested = [n for n in notes if n.explanation_requested]
    others = [n for n in notes if not n.explanation_requested and not n.survey and n.lowered]
    return ExplanationOverview(appraisal.explanation_deadline(ws, campaign_id) if requested
                               else None, requested, others)


# -- the result beside the own totals ----------------------------------------------------------

def result_summary(ws: Workspace, campaign_id: str, unit_id: str,
                   lang: str = "vi") -> dict[str, Any] | None:
    """The unit's result once it is final here — at a unit, once a results package arrived;
    at Sở Nội vụ, once the unit is approved — else None: the stored figures
    (`results.ResultView.to_json`), the block's name and the method text in `lang`, the self
    total beside it, the self-scored criteria's points self-assessed and appraised, the survey
    points, and the appraised points per area ({code: {"points", "max"}})."""
    view = results.result_view(ws, campaign_id, unit_id)
    if view is None or view.final_total is None or view.stage != "approved":
        return None
    sheet = scoring.scoresheet(ws, campaign_id, unit_id, with_suggestions=False)
    appraised = sheet.appraised_totals.to_json()
    return {**view.to_json(), "block_label": results.block_label(view.block, lang),
            "method_text": results.method_text(view.method, lang),
            "self_final": format_decimal(sheet.self_totals.final),
            "self_scored": format_decimal(sheet.self_totals.self_scored),
            "appraised_self_scored": format_decimal(sheet.appraised_totals.self_scored),
            "survey": format_decimal(sheet.appraised_totals.survey),
            "maximum": format_decimal(Decimal(sheet.criteria_set.total_points)),
            "areas": {code: {"points": value["points"], "max": value["max"]}
                      for code, value in appraised["areas"].items()}}


def dashboard_status(ws: Workspace, lang: str = "vi") -> dict[str, Any]:
    """`status.workspace_status` plus "results": the own unit's `result_summary` (or None)."""
    info = status.workspace_status(ws)
    campaign = info.get("campaign")
    own = workspaces.own_unit_id(ws) if info.get("unit") else None
    summary = None
    if campaign and own:
        try:
            summary = result_summary(ws, campaign["id"], own, lang)
        except NotFound:  # the own unit may not take part in the campaign (coordinator)
            summary = None
    info["results"] = summary
    return info
