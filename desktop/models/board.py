"""The campaign board at Sở Nội vụ: one row per enrolled unit with its stage, the last package
it sent, whether something of it waits in quarantine, its self and appraised totals, the
criteria changed after appraisal, and the late and overdue flags; filters by group, stage and
block; the list of units not received, as a workbook.

It must open at once for a province's 3,321 communes, so it never builds a score sheet per
unit: a few grouped queries, nothing per unit. Its totals are therefore plain sums —
self total = the self scores of the self-scored criteria; appraised total = their appraised
scores plus the survey points — without bonus, penalty or the set's cap; those conventions
apply in `desktop.models.results` (approval and ranking). For an approved unit the board
shows the figures stored at approval instead (`BoardRow.final_figures`): its self total is the
same sum, its appraised total the final total under the set's convention.

Sums stay exact: SQLite adds the scores as integers in ten-thousandths (a decimal with at
most four decimal places converts exactly); a unit with any score written more finely is
added up again in Python with Decimal."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Alignment, Font

from desktop.models import campaigns, criteria_xlsx, records
from desktop.models.decimals import ZERO, format_decimal
from desktop.models.durable import atomic_write
from desktop.models.errors import InvalidInput, NotFound
from desktop.models.results import BLOCKS, block_label, block_of
from desktop.models.stages import STAGES
from desktop.models.store import Workspace

HELD = "held"          # the board's extra filter: a package of the unit waits in quarantine
SCALE = 10_000         # sums in ten-thousandths of a point
_SCALED = "CAST(round({x} * 10000) AS INTEGER)"
# A score the integer sum cannot carry exactly: an exponent, or more than four decimals.
_INEXACT = ("CASE WHEN instr({x}, 'E') OR instr({x}, 'e') OR (length({x}) > 6 AND instr({x}, '.') "
            "AND length({x}) - instr({x}, '.') > 4) THEN 1 END")
# The appraised value of a leaf: its appraisal; for a survey item, an older entry in the self
# column counts too (as in the score sheet).
_APPRAISED = "coalesce(a.appraised_score, CASE c.self_scored WHEN 0 THEN a.score END)"
_SELF = "CASE WHEN c.self_scored = 1 THEN a.score END"
# Self-scored criteria inside the 100 points, and survey items (always leaves).
_LEAVES = ("c.kind IN ('area', 'criterion', 'sub') AND (c.self_scored = 1 OR "
           "c.rule = 'survey' COLLATE NOCASE)")


@dataclass(frozen=True)
class BoardRow:
    unit_id: str
    code: str
    name: str
    group: str
    block: str
    stage: str
    round: int
    last_package_type: str | None
    last_package_date: str | None     # YYYY-MM-DD (UTC) the package was received here
    last_package_state: str | None    # accepted / quarantined / conflict
    held: bool                        # a package from the unit waits in quarantine
    self_total: Decimal | None
    appraised_total: Decimal | None
    final_figures: bool               # totals stored at approval (set convention applied)
    changed_after_appraisal: int
    late: bool                        # an accepted submission came after the deadline
    late_deadline: str | None
    overdue: str | None               # "self_scoring" or "explanation": that deadline passed
    deadline: str | None              # the deadline the overdue flag (or the stage) refers to
    days_overdue: int

    def to_json(self) -> dict[str, Any]:
        return {"unit": self.code, "name": self.name, "group": self.group, "block": self.block,
                "stage": self.stage, "round": self.round,
                "last_package": {"type": self.last_package_type, "date": self.last_package_date,
                                 "state": self.last_package_state},
                "held": self.held, "self_total": format_decimal(self.self_total),
                "appraised_total": format_decimal(self.appraised_total),
                "final_figures": self.final_figures,
                "changed_after_appraisal": self.changed_after_appraisal, "late": self.late,
                "late_deadline": self.late_deadline, "overdue": self.overdue,
                "deadline": self.deadline, "days_overdue": self.days_overdue}


def _deadline(ws: Workspace, campaign_id: str, kind: str) -> dt.date | None:
    due = [d.due_date for d in campaigns.deadlines(ws, campaign_id) if d.kind == kind]
    return dt.date.fromisoformat(max(due)) if due else None


def _units(ws: Workspace, campaign_id: str) -> list[dict[str, Any]]:
    return records.rows(
        ws.db, "SELECT u.id AS unit_id, u.code, u.name, u.unit_type, g.code AS group_code, "
        "coalesce(r.stage, 'not_received') AS stage, coalesce(r.round, 0) AS round, "
        "r.self_total, r.final_total, g.criteria_set_id "
        "FROM campaign_units cu JOIN units u ON u.id = cu.unit_id "
        "JOIN unit_groups g ON g.id = cu.group_id LEFT JOIN unit_results r "
        "ON r.campaign_id = cu.campaign_id AND r.unit_id = cu.unit_id "
        "WHERE cu.campaign_id = ? ORDER BY u.code", [campaign_id])


def _sums(ws: Workspace, campaign_id: str,
          set_of: dict[str, str]) -> dict[str, tuple[Decimal | None, Decimal | None, int]]:
    """unit id → (self total, appraised total, criteria changed after appraisal), from one
    grouped query. A unit whose rows are not all of its group's criteria set (the set was
    replaced), or that has a score the integer sum cannot carry, is summed again exactly."""
    sql = (
        f"SELECT a.unit_id, min(c.criteria_set_id), max(c.criteria_set_id), "
        f"sum({_SCALED.format(x='a.score')} * c.self_scored), "
        "sum(a.score IS NOT NULL AND c.self_scored), "
        f"sum({_SCALED.format(x=_APPRAISED)}), count({_APPRAISED}), "
        "sum(a.changed_after_appraisal), "
        f"count({_INEXACT.format(x='a.score')}) + count({_INEXACT.format(x='a.appraised_score')}) "
        "FROM assessments a JOIN criteria c ON c.id = a.criterion_id "
        f"WHERE a.campaign_id = ? AND {_LEAVES} GROUP BY a.unit_id")
    out = {}
    for (unit_id, low, high, own, own_count, judged, judged_count, changed,
         inexact) in ws.db.execute(sql, [campaign_id]):
        if inexact or low != high or low != set_of.get(unit_id):
            out[unit_id] = (*_exact_sums(ws, campaign_id, unit_id), changed or 0)
            continue
        out[unit_id] = (Decimal(own) / SCALE if own_count else None,
                        Decimal(judged) / SCALE if judged_count else None, changed or 0)
    return out


def _exact_sums(ws: Workspace, campaign_id: str,
                unit_id: str) -> tuple[Decimal | None, Decimal | None]:
    """The same sums for one unit in Decimal, over the criteria of its group's set."""
    own: list[Decimal] = []
    judged: list[Decimal] = []
    for self_score, appraised in ws.db.execute(
            f"SELECT {_SELF}, {_APPRAISED} FROM assessments a "
            "JOIN criteria c ON c.id = a.criterion_id "
            "JOIN campaign_units cu ON cu.campaign_id = a.campaign_id AND cu.unit_id = a.unit_id "
            "JOIN unit_groups g ON g.id = cu.group_id AND g.criteria_set_id = c.criteria_set_id "
            f"WHERE a.campaign_id = ? AND a.unit_id = ? AND ({_LEAVES})", [campaign_id, unit_id]):
        if self_score is not None:
            own.append(Decimal(self_score))
        if appraised is not None:
            judged.append(Decimal(appraised))
    return (sum(own, ZERO) if own else None, sum(judged, ZERO) if judged else None)


@dataclass
class _Packages:
    last: dict[str, tuple[str, str, str]]   # sender → (type, date, state)
    held: set[str]
    late: dict[str, str]                    # sender → the deadline of a late submission


def _packages(ws: Workspace, campaign_id: str) -> _Packages:
    found = _Packages({}, set(), {})
    for sender, kind, state, flags, created in ws.db.execute(
            "SELECT sender_unit_code, type, state, flags, created_at FROM packages "
            "WHERE direction = 'in' AND campaign_id = ? ORDER BY created_at, rowid",
            [campaign_id]):
        found.last[sender] = (kind, created[:10], state)
        if state in ("quarantined", "conflict"):
            found.held.add(sender)
        if kind == "submission" and state == "accepted":
            for flag in flags.split():
                if flag.startswith("late:"):
                    found.late[sender] = flag.removeprefix("late:")
    return found


def _check_filters(ws: Workspace, campaign_id: str, group: str | None, stage: str | None,
                   block: str | None) -> None:
    if stage is not None and stage not in (*STAGES, HELD):
        raise InvalidInput("board_bad_filter", value=stage, allowed=", ".join((*STAGES, HELD)))
    if block is not None and block not in BLOCKS:
        raise InvalidInput("board_bad_filter", value=block, allowed=", ".join(BLOCKS))
    if group is not None and not ws.db.execute(
            "SELECT 1 FROM unit_groups WHERE campaign_id = ? AND code = ?",
            [campaign_id, group]).fetchone():
        raise NotFound("unknown_group", code=group)


def board(ws: Workspace, campaign_id: str, *, group: str | None = None,
          stage: str | None = None, block: str | None = None,
          today: dt.date | None = None) -> list[BoardRow]:
    """The board's rows, by unit code, filtered by group code, stage (one of
    `stages.STAGES`, or "held": a package waits in quarantine) and block (`results.BLOCKS`).
    Overdue: nothing received (and nothing held) after the self-scoring deadline, or an
    explanation requested and the explanation deadline passed; `today` defaults to the
    system date."""
    _check_filters(ws, campaign_id, group, stage, block)
    today = today or dt.date.today()
    deadlines = {"self_scoring": _deadline(ws, campaign_id, "self_scoring"),
                 "explanation": _deadline(ws, campaign_id, "explanation")}
    enrolled = _units(ws, campaign_id)
    sums = _sums(ws, campaign_id, {u["unit_id"]: u["criteria_set_id"] for u in enrolled})
    packages = _packages(ws, campaign_id)
    out = []
    for unit in enrolled:
        unit_block = block_of(unit["unit_type"])
        held = unit["code"] in packages.held
        if ((group is not None and unit["group_code"] != group)
                or (block is not None and unit_block != block)
                or (stage == HELD and not held)
                or (stage not in (None, HELD) and unit["stage"] != stage)):
            continue
        own, judged, changed = sums.get(unit["unit_id"], (None, None, 0))
        final = unit["stage"] == "approved" and unit["final_total"] is not None
        if final:
            own = Decimal(unit["self_total"]) if unit["self_total"] is not None else own
            judged = Decimal(unit["final_total"])
        kind, deadline = _overdue(unit["stage"], held, deadlines, today)
        last = packages.last.get(unit["code"], (None, None, None))
        out.append(BoardRow(
            unit_id=unit["unit_id"], code=unit["code"], name=unit["name"],
            group=unit["group_code"], block=unit_block, stage=unit["stage"],
            round=unit["round"], last_package_type=last[0], last_package_date=last[1],
            last_package_state=last[2], held=held, self_total=own, appraised_total=judged,
            final_figures=final, changed_after_appraisal=changed,
            late=unit["code"] in packages.late, late_deadline=packages.late.get(unit["code"]),
            overdue=kind, deadline=deadline.isoformat() if deadline else None,
            days_overdue=(today - deadline).days if kind and deadline else 0))
    return out


def _overdue(stage: str, held: bool, deadlines: dict[str, dt.date | None],
             today: dt.date) -> tuple[str | None, dt.date | None]:
    """(which deadline passed, or None; the deadline that applies to the stage)."""
    if stage == "not_received":
        due = deadlines["self_scoring"]
        return ("self_scoring" if due and today > due and not held else None), due
    if stage == "explanation_requested":
        due = deadlines["explanation"]
        return ("explanation" if due and today > due else None), due
    return None, None


def board_counts(ws: Workspace, campaign_id: str, *, group: str | None = None,
                 block: str | None = None, today: dt.date | None = None) -> dict[str, int]:
    """How many units are at each stage (every stage named, zeros included), plus "held",
    "late", "overdue" and "total", within the group and block filters."""
    counts = dict.fromkeys((*STAGES, HELD, "late", "overdue", "total"), 0)
    for row in board(ws, campaign_id, group=group, block=block, today=today):
        counts[row.stage] += 1
        counts[HELD] += row.held
        counts["late"] += row.late
        counts["overdue"] += row.overdue is not None
        counts["total"] += 1
    return counts


MISSING_HEADINGS = ("Mã đơn vị", "Tên đơn vị", "Nhóm", "Khối", "Hạn tự chấm điểm",
                    "Số ngày quá hạn", "Ghi chú")


def export_missing(ws: Workspace, campaign_id: str, path: str | Path, *,
                   today: dt.date | None = None) -> int:
    """Write the units nothing was received from (stage "not received") as a workbook: code,
    name, group, block, the self-scoring deadline and the days past it, and a note when a
    package of the unit waits in quarantine. The file appears whole or not at all; returns
    the number of units listed."""
    target = Path(path)
    if target.is_dir():
        raise InvalidInput("file_is_directory", path=str(target))
    if not target.parent.is_dir():
        raise InvalidInput("file_missing", path=str(target.parent))
    today = today or dt.date.today()
    campaign = campaigns.get_campaign(ws, campaign_id)
    missing = board(ws, campaign_id, stage="not_received", today=today)
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Chưa nộp"
    sheet.cell(1, 1, f"Đơn vị chưa nộp hồ sơ tự đánh giá — {campaign.title}").font = Font(
        name=criteria_xlsx.FONT, size=13, bold=True)
    sheet.cell(2, 1, f"Tính đến ngày {today.strftime('%d/%m/%Y')}: {len(missing)} đơn vị."
               ).font = Font(name=criteria_xlsx.FONT, size=11)
    for column, text in enumerate(MISSING_HEADINGS, start=1):
        cell = sheet.cell(4, column, text)
        cell.font = Font(name=criteria_xlsx.FONT, size=11, bold=True)
        cell.fill, cell.border = criteria_xlsx.HEADER_FILL, criteria_xlsx.BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for offset, row in enumerate(missing, start=1):
        deadline = dt.date.fromisoformat(row.deadline) if row.deadline else None
        days = (today - deadline).days if deadline and today > deadline else 0
        note = "Có gói đang giữ trong khu cách ly" if row.held else ""
        values = (row.code, row.name, row.group, block_label(row.block), deadline, days, note)
        for column, value in enumerate(values, start=1):
            cell = criteria_xlsx._set(sheet.cell(4 + offset, column), value)
            cell.font = Font(name=criteria_xlsx.FONT, size=11)
            cell.border = criteria_xlsx.BORDER
            if isinstance(value, dt.date):
                cell.number_format = "DD/MM/YYYY"
    for column, width in enumerate((14, 44, 16, 28, 16, 14, 34), start=1):
        sheet.column_dimensions[openpyxl.utils.get_column_letter(column)].width = width
    sheet.freeze_panes = "A5"
    save_workbook(workbook, target)
    return len(missing)


def save_workbook(workbook: Any, target: Path) -> None:
    """Save a workbook whole or not at all: built in memory first (so a failure while
    writing leaves no half-closed zip behind), then written beside the target, fsynced and
    renamed over it. Disk full, read-only and "open in Excel" become the user's sentence."""
    buffer = io.BytesIO()
    workbook.save(buffer)
    atomic_write(target, lambda handle: handle.write(buffer.getbuffer()),
                 criteria_xlsx._write_error)
