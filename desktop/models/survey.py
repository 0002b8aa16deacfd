"""Survey points (điểm điều tra xã hội học): entered by Sở Nội vụ per unit and survey
criterion, one at a time or from an Excel sheet, never sent by units.

A value lies between 0 and the criterion's maximum and is a multiple of the set's rounding
step; it is kept as the assessment's appraised value (`appraised_by = "survey"`), which the
score sheet takes as the criterion's final figure. An approved unit is locked.

The sheet (`survey_template`) has one row per enrolled unit (code, name, group) and one column
per survey criterion code of the campaign's sets; a unit whose set lacks a criterion has that
cell greyed. `import_survey_xlsx` reads it back all or nothing: a blank cell is "not entered",
and any bad cell refuses the whole file, listing up to ten problems by cell. The workbook goes
through the same guards as criteria workbooks (`desktop.models.criteria_xlsx`) before openpyxl
parses it."""

from __future__ import annotations

import datetime as dt
import io
import math
import re
import warnings
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from desktop.models import assessments, campaigns, criteria, criteria_xlsx, records, stages
from desktop.models.board import save_workbook
from desktop.models.decimals import format_decimal, parse_decimal
from desktop.models.entities import Assessment, Criterion
from desktop.models.errors import CchcError, InvalidInput
from desktop.models.rules import parse_rule
from desktop.models.store import Workspace, utc_now

SURVEY_BY = "survey"
SHEET = "Điểm điều tra XHH"
HEADER_ROW = 4
MAX_PROBLEMS = 10
GREY = PatternFill("solid", fgColor="D9D9D9")
_CODE_HEADINGS = ("madonvi", "madv", "unitcode", "code", "ma")
_INFO_HEADINGS = ("tendonvi", "ten", "donvi", "name", "nhom", "nhomdonvi", "group", "ghichu",
                  "note", "stt", "tt")
_LEADING_CODE = re.compile(r"^\s*([0-9A-Za-zĐđ]+(?:\s*\.\s*[0-9]+)*)")


# -- one value ---------------------------------------------------------------------------------

def survey_criteria(ws: Workspace, set_id: str) -> dict[str, Criterion]:
    """code → criterion for the survey criteria of a set, in the set's order."""
    return {c.code: c for c in criteria.list_criteria(ws, set_id)
            if parse_rule(c.rule).kind == "survey"}


def _off_step(value: Decimal, step: Decimal) -> bool:
    return step > 0 and value % step != 0


def _out_of_range(value: Decimal, criterion: Criterion) -> bool:
    return value < 0 or value > criterion.maximum


def set_survey_points(ws: Workspace, campaign_id: str, unit_id: str, code: str,
                      points: str | Decimal | int | None) -> Assessment:
    """Enter (or, with None or "", clear) a unit's points for one survey criterion. Refused:
    a criterion that is not a survey item (`not_survey_criterion`), a value that is not a
    number, below 0 or above the maximum, or off the set's rounding step, and any change for
    an approved unit (`unit_locked`)."""
    from desktop.models.setup import require_coordinator

    require_coordinator(ws)  # only Sở Nội vụ approves, ranks and enters survey points
    group = campaigns.group_of(ws, campaign_id, unit_id)
    criteria_set = criteria.get_criteria_set(ws, group.criteria_set_id)
    criterion = criteria.find_criterion(ws, criteria_set.id, code)
    if parse_rule(criterion.rule).kind != "survey":
        raise InvalidInput("not_survey_criterion", code=criterion.code)
    value = None
    if points is not None and str(points).strip():
        value = parse_decimal(points, field="points")
        if _out_of_range(value, criterion):
            raise InvalidInput("survey_points_out_of_range", code=criterion.code,
                               value=format_decimal(value), maximum=criterion.max_points)
        step = Decimal(criteria_set.rounding_step)
        if _off_step(value, step):
            raise InvalidInput("survey_points_off_step", code=criterion.code,
                               value=format_decimal(value), step=format_decimal(step))
    if stages.get_stage(ws, campaign_id, unit_id) == "approved":
        raise InvalidInput("unit_locked")
    with ws.write():
        return _store(ws, campaign_id, unit_id, criterion, value)[0]


def _store(ws: Workspace, campaign_id: str, unit_id: str, criterion: Criterion,
           value: Decimal | None) -> tuple[Assessment, bool]:
    """Write the value (inside the caller's unit of work); returns the row and whether it
    changed."""
    current = assessments.ensure_assessment(ws, campaign_id, unit_id, criterion)
    text = format_decimal(value)
    if current.appraised_score == text and current.appraised_by == (SURVEY_BY if text else ""):
        return current, False
    changes = ({"appraised_input": text, "appraised_score": text, "appraised_by": SURVEY_BY,
                "appraised_at": utc_now()} if text is not None else
               {"appraised_input": "", "appraised_score": None, "appraised_by": "",
                "appraised_at": None})
    _, new = records.update(ws.db, "assessments", current.id, changes, actor=ws.operator,
                            reason="survey")
    return Assessment.from_row(new), True


# -- the sheet -----------------------------------------------------------------------------------

def _enrolled(ws: Workspace, campaign_id: str) -> list[dict[str, Any]]:
    return records.rows(
        ws.db, "SELECT u.id AS unit_id, u.code, u.name, g.code AS group_code, g.criteria_set_id, "
        "coalesce(r.stage, 'not_received') AS stage FROM campaign_units cu "
        "JOIN units u ON u.id = cu.unit_id JOIN unit_groups g ON g.id = cu.group_id "
        "LEFT JOIN unit_results r ON r.campaign_id = cu.campaign_id AND r.unit_id = cu.unit_id "
        "WHERE cu.campaign_id = ? ORDER BY g.code, u.code", [campaign_id])


def _columns(ws: Workspace, campaign_id: str) -> tuple[dict[str, Criterion],
                                                       dict[str, dict[str, Criterion]]]:
    """The survey criteria of every set the campaign uses: one per code, in the order of the
    groups' codes and then of each set (the sheet's columns), and per set (what each unit may
    be given)."""
    by_set: dict[str, dict[str, Criterion]] = {}
    for row in records.rows(ws.db, "SELECT criteria_set_id FROM unit_groups "
                            "WHERE campaign_id = ? ORDER BY code", [campaign_id]):
        if row["criteria_set_id"] not in by_set:
            by_set[row["criteria_set_id"]] = survey_criteria(ws, row["criteria_set_id"])
    columns: dict[str, Criterion] = {}
    for found in by_set.values():
        for code, criterion in found.items():
            columns.setdefault(code, criterion)
    return columns, by_set


def _entered(ws: Workspace, campaign_id: str) -> dict[tuple[str, str], str]:
    """(unit id, criterion id) → survey points entered so far (the appraised value, or an
    older entry in the self column)."""
    return {(unit_id, criterion_id): value for unit_id, criterion_id, value in ws.db.execute(
        "SELECT a.unit_id, a.criterion_id, coalesce(a.appraised_score, a.score) FROM assessments a "
        "JOIN criteria c ON c.id = a.criterion_id WHERE a.campaign_id = ? AND c.self_scored = 0 "
        "AND coalesce(a.appraised_score, a.score) IS NOT NULL", [campaign_id])}


def survey_template(ws: Workspace, campaign_id: str, path: str | Path) -> None:
    """Write the survey sheet for the campaign: one row per enrolled unit, one column per
    survey criterion, with the points entered so far. The file appears whole or not at all."""
    target = Path(path)
    if target.is_dir():
        raise InvalidInput("file_is_directory", path=str(target))
    if not target.parent.is_dir():
        raise InvalidInput("file_missing", path=str(target.parent))
    campaign = campaigns.get_campaign(ws, campaign_id)
    columns, by_set = _columns(ws, campaign_id)
    steps = sorted({format_decimal(Decimal(criteria.get_criteria_set(ws, s).rounding_step))
                    for s in by_set})
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = SHEET
    bold = Font(name=criteria_xlsx.FONT, size=11, bold=True)
    plain = Font(name=criteria_xlsx.FONT, size=11)
    sheet.cell(1, 1, f"Điểm điều tra xã hội học — {campaign.title}").font = Font(
        name=criteria_xlsx.FONT, size=13, bold=True)
    sheet.cell(2, 1, "Nhập điểm vào các ô trắng; để trống là chưa nhập. Điểm từ 0 đến điểm tối "
               f"đa, là bội số của {' / '.join(s.replace('.', ',') for s in steps)}. "
               "Ô xám: tiêu chí không có trong bộ tiêu chí của nhóm đơn vị đó.").font = plain
    headings = ["Mã đơn vị", "Tên đơn vị", "Nhóm"] + [
        f"{code}\n{c.title}\n(tối đa {c.max_points.replace('.', ',')})"
        for code, c in columns.items()]
    for column, text in enumerate(headings, start=1):
        cell = criteria_xlsx._set(sheet.cell(HEADER_ROW, column), text)
        cell.font, cell.fill, cell.border = bold, criteria_xlsx.HEADER_FILL, criteria_xlsx.BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    entered = _entered(ws, campaign_id)
    for offset, unit in enumerate(_enrolled(ws, campaign_id), start=1):
        row = HEADER_ROW + offset
        mine = by_set.get(unit["criteria_set_id"], {})
        for column, value in enumerate((unit["code"], unit["name"], unit["group_code"]), start=1):
            criteria_xlsx._set(sheet.cell(row, column), value).font = plain
        for column, code in enumerate(columns, start=4):
            cell = sheet.cell(row, column)
            cell.border, cell.font = criteria_xlsx.BORDER, plain
            if code not in mine:
                cell.fill = GREY
                continue
            value = entered.get((unit["unit_id"], mine[code].id))
            if value is not None:
                cell.value = Decimal(value)
    for column, width in enumerate([14, 44, 16] + [18] * len(columns), start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.row_dimensions[HEADER_ROW].height = 64
    sheet.freeze_panes = sheet.cell(HEADER_ROW + 1, 4)
    save_workbook(workbook, target)


# -- reading it back -------------------------------------------------------------------------------

@dataclass(frozen=True)
class SurveyImport:
    """What an import did: cells with a value, and how many of them changed a stored value."""
    entered: int
    changed: int


def _cell_points(value: object) -> Decimal | None:
    """A cell as points: None when blank; ValueError when it is not a plain number (a date,
    a boolean, a percentage, text that is not a number)."""
    if value is None or (isinstance(value, str) and not criteria_xlsx.clean_text(value)):
        return None
    if isinstance(value, bool) or isinstance(value, dt.date | dt.time | dt.timedelta):
        raise ValueError(value)
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(value)
    if isinstance(value, int | float | Decimal):
        return Decimal(criteria_xlsx._number_text(value))
    text = criteria_xlsx.clean_text(str(value)).replace(" ", "")
    if text.endswith("%"):
        raise ValueError(value)
    try:
        return parse_decimal(text)
    except InvalidInput as exc:
        raise ValueError(value) from exc


def _heading_code(value: object) -> str:
    """The criterion code a column heading starts with ("8.1\\nLãnh đạo…" → "8.1")."""
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return criteria_xlsx._code_text(value)
    match = _LEADING_CODE.match(criteria_xlsx._cell_text(value))
    return re.sub(r"\s+", "", match[1]) if match else ""


@dataclass
class _Sheet:
    title: str
    header_row: int
    code_column: int
    criterion_columns: dict[int, str]          # 0-based column → criterion code
    unknown_columns: list[tuple[int, str]]     # heading not a survey criterion
    rows: list[tuple[int, tuple[object, ...]]]


def _read_sheet(sheet: Any, known: set[str]) -> _Sheet | None:
    """The heading row (the first within the first rows with a "Mã đơn vị" cell) and the rows
    below it; None when the sheet has no such heading."""
    found: _Sheet | None = None
    for number, values in criteria_xlsx._rows(sheet):
        if found is None:
            if number > criteria_xlsx.HEADER_SCAN_ROWS:
                return None
            folded = [criteria_xlsx._fold(v) if v is not None else "" for v in values]
            code_column = next((i for i, f in enumerate(folded) if f in _CODE_HEADINGS), None)
            if code_column is None:
                continue
            found = _Sheet(sheet.title, number, code_column, {}, [], [])
            for column, value in enumerate(values):
                if column == code_column or criteria_xlsx._blank(value):
                    continue
                code = _heading_code(value)
                if code in known:
                    found.criterion_columns[column] = code
                elif folded[column] not in _INFO_HEADINGS:
                    found.unknown_columns.append((column, criteria_xlsx._cell_text(value)[:60]))
            continue
        if any(not criteria_xlsx._blank(v) for v in values):
            found.rows.append((number, values))
    return found


def _load(path: Path, known: set[str], *, formulas: bool = False) -> _Sheet:
    content = criteria_xlsx._check_source(path)
    criteria_xlsx._inspect_zip(content, path)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(io.BytesIO(content), read_only=True,
                                              data_only=not formulas)
            try:
                sheets = [workbook[n] for n in workbook.sheetnames
                          if hasattr(workbook[n], "iter_rows")]
                sheets.sort(key=lambda s: criteria_xlsx._fold(s.title) != criteria_xlsx._fold(SHEET))
                for sheet in sheets:
                    found = _read_sheet(sheet, known)
                    if found is not None:
                        return found
            finally:
                workbook.close()
    except CchcError:
        raise
    except MemoryError:
        raise
    except Exception as exc:  # openpyxl raises many kinds on damaged packages
        if criteria_xlsx._caused_by(exc, criteria_xlsx.DefusedXmlException):
            raise InvalidInput("xlsx_unsafe_xml", part=path.name, details=repr(exc)) from exc
        raise InvalidInput("xlsx_not_workbook", path=str(path),
                           details=f"{type(exc).__name__}: {exc}") from exc
    raise InvalidInput("survey_no_header", path=str(path))


def _cell_ref(column: int, row: int) -> str:
    return f"{get_column_letter(column + 1)}{row}"


def _formulas_without_value(path: Path, known: set[str],
                            blanks: set[tuple[int, int]]) -> dict[tuple[int, int], str]:
    """Formulas in criterion cells that came back blank: files written by programs that do
    not calculate keep a formula without its result, which must not read as "not entered"."""
    if not blanks:
        return {}
    sheet = _load(path, known, formulas=True)
    out = {}
    for number, values in sheet.rows:
        for column in sheet.criterion_columns:
            value = values[column] if column < len(values) else None
            if (number, column) in blanks and isinstance(value, str) and value.startswith("="):
                out[(number, column)] = value[:60]
    return out


def import_survey_xlsx(ws: Workspace, campaign_id: str, path: str | Path) -> SurveyImport:
    """Read a survey sheet and store every value in it, all or nothing. Refused as a whole
    (`survey_import_invalid`, with the count, the cells and up to ten problems in `problems`)
    when any cell is bad: a unit code not enrolled in the campaign or given twice, a column
    that is not a survey criterion, a value that is not a number, negative, above the maximum
    or off the rounding step, a value for a criterion the unit's set does not have, a changed
    value for an approved unit. Blank cells are left as they are."""
    from desktop.models.setup import require_coordinator

    require_coordinator(ws)  # only Sở Nội vụ approves, ranks and enters survey points
    source = Path(path)
    columns, by_set = _columns(ws, campaign_id)
    sheet = _load(source, set(columns))
    enrolled = {u["code"]: u for u in _enrolled(ws, campaign_id)}
    steps = {s: Decimal(criteria.get_criteria_set(ws, s).rounding_step) for s in by_set}
    entered = _entered(ws, campaign_id)
    problems: list[InvalidInput] = []
    cells: list[str] = []
    values: list[tuple[dict[str, Any], Criterion, Decimal]] = []

    def problem(cell: str, error: InvalidInput) -> None:
        cells.append(cell)
        problems.append(error)

    for column, heading in sheet.unknown_columns:
        problem(_cell_ref(column, sheet.header_row),
                InvalidInput("survey_unknown_column", column=get_column_letter(column + 1),
                             heading=heading))
    seen: dict[str, int] = {}
    blanks: set[tuple[int, int]] = set()
    for number, row in sheet.rows:
        raw = row[sheet.code_column] if sheet.code_column < len(row) else None
        code = criteria_xlsx._cell_text(raw)
        unit = enrolled.get(code)
        if unit is None or code in seen:
            problem(_cell_ref(sheet.code_column, number),
                    InvalidInput("survey_duplicate_unit", row=number, unit=code, first=seen[code])
                    if code in seen else InvalidInput("survey_unknown_unit", row=number, unit=code))
            continue
        seen[code] = number
        mine = by_set.get(unit["criteria_set_id"], {})
        for column, criterion_code in sheet.criterion_columns.items():
            cell = _cell_ref(column, number)
            value = row[column] if column < len(row) else None
            try:
                points = _cell_points(value)
            except ValueError:
                problem(cell, InvalidInput("survey_cell_not_number", cell=cell, unit=code,
                                           code=criterion_code,
                                           value=criteria_xlsx._cell_text(value)[:40]))
                continue
            if points is None:
                blanks.add((number, column))
                continue
            criterion = mine.get(criterion_code)
            if criterion is None:
                problem(cell, InvalidInput("survey_cell_not_in_set", cell=cell, unit=code,
                                           code=criterion_code))
            elif _out_of_range(points, criterion):
                problem(cell, InvalidInput("survey_cell_out_of_range", cell=cell, unit=code,
                                           code=criterion_code, value=format_decimal(points),
                                           maximum=criterion.max_points))
            elif _off_step(points, steps[unit["criteria_set_id"]]):
                problem(cell, InvalidInput(
                    "survey_cell_off_step", cell=cell, unit=code, code=criterion_code,
                    value=format_decimal(points),
                    step=format_decimal(steps[unit["criteria_set_id"]])))
            elif unit["stage"] == "approved" and entered.get(
                    (unit["unit_id"], criterion.id)) != format_decimal(points):
                problem(cell, InvalidInput("survey_cell_locked", cell=cell, unit=code,
                                           code=criterion_code))
            else:
                values.append((unit, criterion, points))
    if not problems:
        unit_of_row = {number: criteria_xlsx._cell_text(
            row[sheet.code_column] if sheet.code_column < len(row) else None)
            for number, row in sheet.rows}
        for (number, column), formula in _formulas_without_value(source, set(columns),
                                                                 blanks).items():
            cell = _cell_ref(column, number)
            problem(cell, InvalidInput("survey_cell_not_number", cell=cell,
                                       unit=unit_of_row[number],
                                       code=sheet.criterion_columns[column], value=formula))
    if problems:
        shown = ", ".join(cells[:MAX_PROBLEMS]) + ("…" if len(cells) > MAX_PROBLEMS else "")
        raise InvalidInput("survey_import_invalid", name=source.name, count=len(problems),
                           cells=shown, problems=problems[:MAX_PROBLEMS])
    changed = 0
    with ws.write():
        for unit, criterion, points in values:
            changed += _store(ws, campaign_id, unit["unit_id"], criterion, points)[1]
    return SurveyImport(entered=len(values), changed=changed)
