"""Check before submitting (Kiểm tra trước khi nộp): everything in one unit's self-assessment
that an appraiser would send back, found before the package leaves the office.

Each finding is a `CheckItem` — a severity, a code and data, never a sentence: the sentence
lives in `desktop.messages` (`item_sentence`). Errors block the export; warnings are shown but
do not stop it.

Errors
- ``check_score_without_evidence``: a self-scored criterion has a score but neither evidence
  nor an explanation (domain brief §3).
- ``check_explanation_missing``: a criterion with evidence scored below its maximum has no
  explanation (the same rule as `assessments.needs_explanation`, recomputed here from the data
  rather than read from the stored status, which a recompute can leave stale).
- ``check_not_applicable_unexplained``: a criterion marked not applicable has no explanation.
- ``check_scored_after_deadline``: a self-score was entered or changed after the campaign's
  self-scoring deadline. The time of the change comes from the audit log — only changes to the
  input or the score count, so an explanation answered in the explanation round, an
  appraiser's value or a system recompute after the deadline are not flagged (the row's
  `updated_at` would flag all of them). The latest ``self_scoring`` deadline is used (an
  extension is recorded as a later one); the deadline day counts as within the window, in the
  computer's local time zone. No such deadline: not checked.
- ``check_nothing_scored``: not a single self-scored criterion has a score (it then stands in
  for the per-criterion ``check_not_scored`` warnings, which would only repeat it).

Warnings
- ``check_not_scored``: a criterion the unit scores itself has no score yet. A warning, not an
  error: an agency may have nothing to claim for a criterion, and a blank counts as 0 — forcing
  it to type 0 and then explain the 0 would add nothing. Nothing scored at all is an error.
- ``check_evidence_outside_year``: a document dated outside the assessment window. The window
  runs from 1 December of the year before (yearly plans are commonly signed in December for the
  next year) to the later of 31 December of the campaign year and the self-scoring deadline
  (year-end reports written before a January deadline are fine).
- ``check_evidence_no_number`` / ``check_evidence_no_date``: the citation lacks its number and
  symbol (số, ký hiệu) or its date.
- ``check_evidence_large``: a file over `evidence.LARGE_FILE_BYTES` (50 MB): too big for
  e-mail and slow on USB; scans should be recompressed.
- ``check_evidence_file_missing``: the citation's file is no longer in the evidence store.

Bonus and penalty rows (outside the 100 points) are optional — never "not scored" — but a
value claimed for them follows the same evidence/explanation rule as the status shown in the
criteria tree. Survey criteria (not self-scored) are the coordinator's and never checked.

One item per evidence document (not per link), attached to the first criterion it is cited
for and naming all of them. Items are sorted errors first, then by the criterion's position in
the set (items about no criterion first).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from desktop.models import campaigns, criteria, scoring
from desktop.models.dates import parse_date, vn_date
from desktop.models.decimals import format_decimal
from desktop.models.evidence import LARGE_FILE_BYTES  # one limit, kept with the evidence rules
from desktop.models.store import Workspace

EARLIEST_MONTH = 12  # documents dated from 1 December of the year before still count

ERROR, WARNING = "error", "warning"
ERROR_CODES = ("check_score_without_evidence", "check_explanation_missing",
               "check_not_applicable_unexplained", "check_scored_after_deadline",
               "check_nothing_scored")
WARNING_CODES = ("check_not_scored", "check_evidence_outside_year", "check_evidence_no_number",
                 "check_evidence_no_date", "check_evidence_large", "check_evidence_file_missing")
ITEM_CODES = ERROR_CODES + WARNING_CODES
EXTRAS = ("bonus", "penalty")  # outside the 100 points: claimed only when there is something


@dataclass(frozen=True)
class CheckItem:
    severity: str  # ERROR | WARNING
    code: str
    criterion_code: str | None = None
    data: dict[str, Any] = field(default_factory=dict, hash=False)

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def to_json(self) -> dict[str, Any]:
        return {"severity": self.severity, "code": self.code, "criterion": self.criterion_code,
                "data": dict(self.data)}


def can_submit(items: list[CheckItem]) -> bool:
    return not any(item.is_error for item in items)


def check_before_submit(ws: Workspace, campaign_id: str, unit_id: str) -> list[CheckItem]:
    """Every finding for `unit_id`'s self-assessment in `campaign_id`, sorted for display."""
    campaign = campaigns.get_campaign(ws, campaign_id)
    sheet = scoring.scoresheet(ws, campaign_id, unit_id, with_suggestions=False)
    nodes = [line.criterion for line in sheet.lines]
    leaves = criteria.leaf_codes(nodes)
    position = {node.code: node.position for node in nodes}
    deadline = _self_scoring_deadline(ws, campaign_id)

    found: list[CheckItem] = []
    own_lines = [line for line in sheet.lines
                 if line.criterion.code in leaves and line.criterion.self_scored]
    found += _assessment_items(own_lines)
    if deadline is not None:
        found += _late_scores(ws, campaign_id, unit_id, deadline, position)
    found += _evidence_items(ws, campaign_id, unit_id, campaign.year, deadline)

    def order(item: CheckItem) -> tuple[int, int]:
        at = position.get(item.criterion_code, -1) if item.criterion_code else -1
        return (0 if item.is_error else 1, at)

    return sorted(found, key=order)  # stable: checks keep their order within a criterion


def _assessment_items(lines: list[scoring.Line]) -> list[CheckItem]:
    items: list[CheckItem] = []
    scorable = [line for line in lines if line.criterion.kind not in EXTRAS]
    nothing_scored = bool(scorable) and all(line.score is None for line in scorable)
    if nothing_scored:  # one error instead of a warning for every criterion
        items.append(CheckItem(ERROR, "check_nothing_scored", None,
                               {"scorable": len(scorable)}))
    for line in lines:
        node, explained = line.criterion, bool(line.explanation.strip())
        if line.status == "not_applicable":
            if not explained:
                items.append(CheckItem(ERROR, "check_not_applicable_unexplained", node.code,
                                       {"code": node.code}))
            continue
        if line.score is None:
            if not nothing_scored and node.kind not in EXTRAS:  # bonus/penalty are optional
                items.append(CheckItem(WARNING, "check_not_scored", node.code,
                                       {"code": node.code}))
            continue
        if explained:
            continue
        data = {"code": node.code, "score": format_decimal(line.score),
                "maximum": format_decimal(node.maximum)}
        if line.evidence == 0:
            items.append(CheckItem(ERROR, "check_score_without_evidence", node.code, data))
        elif line.score < node.maximum:
            items.append(CheckItem(ERROR, "check_explanation_missing", node.code, data))
    return items


def _self_scoring_deadline(ws: Workspace, campaign_id: str) -> dt.date | None:
    days = [parse_date(d.due_date) for d in campaigns.deadlines(ws, campaign_id)
            if d.kind == "self_scoring"]
    return max((d for d in days if d is not None), default=None)


def _local_day(timestamp: str) -> dt.date:
    moment = dt.datetime.fromisoformat(timestamp)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone().date()


def _late_scores(ws: Workspace, campaign_id: str, unit_id: str, deadline: dt.date,
                 position: dict[str, int]) -> list[CheckItem]:
    # One pass over the log (it has no index on entity_id), restricted to this unit's rows.
    rows = ws.db.execute(
        "SELECT c.code, changes.at FROM ("
        "  SELECT entity_id, max(at) AS at FROM audit_log"
        "  WHERE entity = 'assessments' AND reason != 'recompute'"
        "  AND entity_id IN (SELECT id FROM assessments WHERE campaign_id = ? AND unit_id = ?)"
        "  AND (json_type(new_json, '$.score') IS NOT NULL"
        "       OR json_type(new_json, '$.input_value') IS NOT NULL)"
        "  GROUP BY entity_id) AS changes "
        "JOIN assessments a ON a.id = changes.entity_id "
        "JOIN criteria c ON c.id = a.criterion_id "
        "WHERE a.score IS NOT NULL AND c.self_scored = 1", [campaign_id, unit_id]).fetchall()
    items = []
    for code, at in rows:
        changed = _local_day(at)
        if changed > deadline:
            items.append(CheckItem(ERROR, "check_scored_after_deadline", code, {
                "code": code, "changed": vn_date(changed), "deadline": vn_date(deadline)}))
    return sorted(items, key=lambda item: position.get(item.criterion_code or "", -1))


def _evidence_items(ws: Workspace, campaign_id: str, unit_id: str, year: int,
                    deadline: dt.date | None) -> list[CheckItem]:
    rows = ws.db.execute(
        "SELECT e.id, e.original_name, e.sha256, e.size, e.doc_number, e.doc_date, c.code "
        "FROM evidence e JOIN evidence_assessments l ON l.evidence_id = e.id "
        "JOIN assessments a ON a.id = l.assessment_id "
        "JOIN criteria c ON c.id = a.criterion_id "
        "WHERE a.campaign_id = ? AND a.unit_id = ? ORDER BY c.position, e.original_name",
        [campaign_id, unit_id]).fetchall()
    cited: dict[str, dict[str, Any]] = {}
    for evidence_id, name, sha256, size, number, date, code in rows:
        entry = cited.setdefault(evidence_id, {"name": name, "sha256": sha256, "size": size,
                                               "number": number, "date": date, "codes": []})
        entry["codes"].append(code)
    first, last = evidence_window(year, deadline)
    items: list[CheckItem] = []
    for entry in cited.values():
        code = entry["codes"][0]
        base = {"name": entry["name"], "codes": ", ".join(entry["codes"])}
        if not ws.evidence.has(entry["sha256"]):
            items.append(CheckItem(WARNING, "check_evidence_file_missing", code, base))
        if not (entry["number"] or "").strip():
            items.append(CheckItem(WARNING, "check_evidence_no_number", code, base))
        day = parse_date(entry["date"]) if entry["date"] else None
        if day is None:
            items.append(CheckItem(WARNING, "check_evidence_no_date", code, base))
        elif not first <= day <= last:
            items.append(CheckItem(WARNING, "check_evidence_outside_year", code,
                                   {**base, "date": vn_date(day), "year": year}))
        if entry["size"] > LARGE_FILE_BYTES:
            items.append(CheckItem(WARNING, "check_evidence_large", code, {
                **base, "size_mb": _megabytes(entry["size"]),
                "limit_mb": _megabytes(LARGE_FILE_BYTES)}))
    return items


def evidence_window(year: int, deadline: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """The dates an evidence document of the `year` assessment may carry without a warning."""
    last = dt.date(year, 12, 31)
    if deadline is not None and deadline > last:
        last = deadline
    return dt.date(year - 1, EARLIEST_MONTH, 1), last


def _megabytes(size: int) -> int:
    """Whole megabytes, rounded half up (the same figure in both languages)."""
    return int((Decimal(size) / (1024 * 1024)).to_integral_value(rounding=ROUND_HALF_UP))
