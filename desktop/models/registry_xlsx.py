"""The unit registry (danh mục đơn vị) from an Excel workbook, imported all or nothing.

One row per unit, under a heading row found within the first rows of the first sheet that has
one. Headings are matched case-, accent- and punctuation-blind, in any order:

| Heading | Field | Notes |
|---|---|---|
| Mã đơn vị | code | required, unique in the file |
| Tên đơn vị | name | required; NFC, whitespace collapsed |
| Loại | unit type | required: a code of `entities.UNIT_TYPES` or a label ("Sở", "Ban, ngành", "Ngành dọc", "UBND xã", "UBND phường", "Đặc khu"…) |
| Đơn vị cấp trên | parent code | in the file or already in the workspace |
| Hiệu lực từ / Hiệu lực đến | validity | Excel dates or dd/mm/yyyy (or yyyy-mm-dd) text |
| Nhóm | unit group code | enrols the unit in the campaign given to `import_registry` |
| Kế thừa từ | predecessor codes | comma (or semicolon) separated |
| Hình thức | succession kind | merge/split/rename/transfer, "hợp nhất", "sáp nhập", "chia tách", "đổi tên", "điều chuyển" |
| Ngày hiệu lực kế thừa | succession date | defaults to "Hiệu lực từ" |

A unit whose code is already in the workspace is updated: name and type from the row; parent
and validity dates only where the row gives them (a blank cell keeps the stored value, so a
unit closed by an earlier succession is not reopened by importing the same file again).
Successions already recorded are skipped. Any problem refuses the whole file: nothing is
written, and the error lists the first problems, each with its sheet row.

The workbook is checked by the same guard as criteria workbooks (size, zip structure, XML
without DTDs or entities) before openpyxl reads it, read-only.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from desktop.models import records, units, workspaces
from desktop.models.criteria_xlsx import (
    DefusedXmlException,
    _caused_by,
    _cell_text,
    _check_source,
    _fold,
    _inspect_zip,
    _rows,
    _save_atomically,
    _set,
    clean_text,
)
from desktop.models.dates import iso, parse_date
from desktop.models.entities import SUCCESSION_KINDS, UNIT_TYPES
from desktop.models.errors import CchcError, InvalidInput
from desktop.models.store import Workspace

HEADER_SCAN_ROWS = 30
MAX_UNITS = 10_000          # rows with content (a whole country has about 3,400 communes)
MAX_PROBLEMS = 10           # problems listed in the refusal
SHEET = "Đơn vị"
GUIDE_SHEET = "Hướng dẫn"

# field -> (heading written, column width)
COLUMNS: dict[str, tuple[str, int]] = {
    "code": ("Mã đơn vị", 14),
    "name": ("Tên đơn vị", 36),
    "unit_type": ("Loại", 14),
    "parent": ("Đơn vị cấp trên", 16),
    "valid_from": ("Hiệu lực từ", 13),
    "valid_to": ("Hiệu lực đến", 13),
    "group": ("Nhóm", 16),
    "predecessors": ("Kế thừa từ", 18),
    "kind": ("Hình thức", 13),
    "succession_date": ("Ngày hiệu lực kế thừa", 14),
}
REQUIRED = ("code", "name", "unit_type")

# folded heading prefix -> field; the longest matching prefix wins, and a prefix of two
# letters only matches the whole heading
HEADINGS: dict[str, str] = {
    "madonvi": "code", "ma": "code", "code": "code", "maso": "code",
    "tendonvi": "name", "ten": "name", "name": "name",
    "loai": "unit_type", "unittype": "unit_type", "type": "unit_type",
    "donvicaptren": "parent", "captren": "parent", "parent": "parent",
    "madonvicaptren": "parent", "macaptren": "parent",
    "hieuluctu": "valid_from", "tungay": "valid_from", "validfrom": "valid_from",
    "hieulucden": "valid_to", "denngay": "valid_to", "validto": "valid_to",
    "nhom": "group", "group": "group",
    "kethua": "predecessors", "predecessor": "predecessors",
    "hinhthuc": "kind", "kind": "kind",
    "ngayhieuluckethua": "succession_date", "ngaykethua": "succession_date",
    "effectivedate": "succession_date",
}

# folded label -> unit type (the codes themselves fold to e.g. "bannganh")
TYPE_LABELS: dict[str, str] = {_fold(code): code for code in UNIT_TYPES} | {
    "so": "so", "bannganh": "ban_nganh", "ban": "ban_nganh",
    "nganhdoc": "nganh_doc", "coquannganhdoc": "nganh_doc",
    "ubndtinh": "ubnd_tinh", "uybannhandantinh": "ubnd_tinh",
    "ubndhuyen": "ubnd_huyen", "ubndcaphuyen": "ubnd_huyen", "huyen": "ubnd_huyen",
    "uybannhandanhuyen": "ubnd_huyen",
    "ubndxa": "ubnd_xa", "xa": "ubnd_xa", "uybannhandanxa": "ubnd_xa",
    "ubndphuong": "ubnd_phuong", "phuong": "ubnd_phuong", "uybannhandanphuong": "ubnd_phuong",
    "dackhu": "ubnd_dac_khu", "ubnddackhu": "ubnd_dac_khu", "uybannhandandackhu": "ubnd_dac_khu",
    "phong": "phong", "khac": "khac",
}
KIND_LABELS: dict[str, str] = {kind: kind for kind in SUCCESSION_KINDS} | {
    "hopnhat": "merge", "sapnhap": "merge",
    "chiatach": "split", "tach": "split",
    "doiten": "rename",
    "dieuchuyen": "transfer", "chuyen": "transfer",
}
_LIST_SPLIT = re.compile(r"[,;\n]+")


@dataclass(frozen=True)
class RegistryRow:
    """One unit of the file, as read (codes and text cleaned, dates parsed)."""
    row: int
    code: str
    name: str
    unit_type: str
    parent: str = ""
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    group: str = ""
    predecessors: tuple[str, ...] = ()
    kind: str = ""
    succession_date: dt.date | None = None


@dataclass
class RegistryImport:
    """What an import did: units created and updated (rows that changed nothing are not
    counted), successions recorded, enrolments made or moved, and rows whose group was not
    used because no campaign was given."""
    created: int = 0
    updated: int = 0
    successions: int = 0
    enrolled: int = 0
    groups_ignored: int = 0
    codes: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"created": self.created, "updated": self.updated,
                "successions": self.successions, "enrolled": self.enrolled,
                "groups_ignored": self.groups_ignored, "codes": list(self.codes)}


# --- reading -------------------------------------------------------------------------------
def _heading_field(value: object) -> tuple[str, int] | None:
    folded = _fold(value) if value is not None else ""
    best: tuple[str, int] | None = None
    for prefix, name in HEADINGS.items():
        exact = folded == prefix
        if exact or (len(prefix) > 2 and folded.startswith(prefix)):
            rank = len(prefix) + (1000 if exact else 0)
            if best is None or rank > best[1]:
                best = (name, rank)
    return best


def _header_columns(values: tuple[object, ...]) -> dict[str, int]:
    chosen: dict[str, tuple[int, int]] = {}
    for column, value in enumerate(values):
        match = _heading_field(value)
        if match and (match[0] not in chosen or match[1] > chosen[match[0]][0]):
            chosen[match[0]] = (match[1], column)
    return {name: column for name, (_, column) in chosen.items()}


def _date_value(value: object) -> dt.date | None:
    """An Excel date cell or dd/mm/yyyy text; ValueError for anything else."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return parse_date(clean_text(value))
        except InvalidInput as exc:
            raise ValueError(value) from exc
    raise ValueError(value)  # a bare number: the cell lost its date format


def _problem_date(row: int, column: str, value: object) -> InvalidInput:
    return InvalidInput("registry_bad_date", row=row, column=COLUMNS[column][0],
                        value=_cell_text(value)[:40])


def _read_row(number: int, values: tuple[object, ...], columns: dict[str, int],
              problems: list[InvalidInput]) -> RegistryRow | None:
    def cell(name: str) -> object:
        column = columns.get(name)
        return values[column] if column is not None and column < len(values) else None

    text = {name: _cell_text(cell(name)) for name in
            ("code", "name", "unit_type", "parent", "group", "predecessors", "kind")}
    for name in REQUIRED:
        if not text[name]:
            problems.append(InvalidInput("registry_missing_value", row=number,
                                         column=COLUMNS[name][0]))
    unit_type = TYPE_LABELS.get(_fold(text["unit_type"]), "") if text["unit_type"] else ""
    if text["unit_type"] and not unit_type:
        problems.append(InvalidInput("registry_unknown_type", row=number,
                                     value=text["unit_type"][:40]))
    dates: dict[str, dt.date | None] = {}
    for name in ("valid_from", "valid_to", "succession_date"):
        try:
            dates[name] = _date_value(cell(name))
        except ValueError:
            problems.append(_problem_date(number, name, cell(name)))
            dates[name] = None
    predecessors = tuple(dict.fromkeys(
        code.strip() for code in _LIST_SPLIT.split(text["predecessors"]) if code.strip()))
    kind = KIND_LABELS.get(_fold(text["kind"]), "") if text["kind"] else ""
    if text["kind"] and not kind:
        problems.append(InvalidInput("registry_bad_succession_kind", row=number,
                                     value=text["kind"][:40]))
    succession_date = dates["succession_date"] or dates["valid_from"]
    if predecessors and (not text["kind"] or succession_date is None):
        problems.append(InvalidInput("registry_succession_incomplete", row=number,
                                     code=text["code"]))
    if not text["code"]:
        return None
    # A row with a problem is still returned (never written: the file is refused), so the
    # rows that name its code are not reported as naming an unknown unit.
    return RegistryRow(number, text["code"], text["name"], unit_type, text["parent"],
                       dates["valid_from"], dates["valid_to"], text["group"], predecessors,
                       kind, succession_date)


def _read_sheet(ws: Any) -> tuple[list[RegistryRow], list[InvalidInput]] | None:
    """The rows of a sheet, or None when no heading row is found in it."""
    columns: dict[str, int] | None = None
    found: list[RegistryRow] = []
    problems: list[InvalidInput] = []
    content = 0
    for number, values in _rows(ws):
        if columns is None:
            if number > HEADER_SCAN_ROWS:
                return None
            heading = _header_columns(values)
            if all(name in heading for name in REQUIRED):
                columns = heading
            continue
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
            continue
        content += 1
        if content > MAX_UNITS:
            raise InvalidInput("xlsx_too_many_rows", limit=str(MAX_UNITS),
                               details=f"sheet {ws.title}")
        row = _read_row(number, values, columns, problems)
        if row is not None:
            found.append(row)
    if columns is None:
        return None
    return found, problems


def read_registry(path: str | os.PathLike[str]) -> tuple[list[RegistryRow], list[InvalidInput]]:
    """The rows of a registry workbook and the problems found in the cells themselves. A file that is not a readable workbook, has no
    heading row or no unit at all raises `InvalidInput`. The file is only read."""
    source = Path(path)
    content = _check_source(source)
    _inspect_zip(content, source)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(io.BytesIO(content), read_only=True,
                                              data_only=True)
            try:
                result = _read_loaded(workbook)
            finally:
                workbook.close()
    except CchcError:
        raise
    except MemoryError:
        raise
    except Exception as exc:  # openpyxl raises many kinds on damaged packages
        if _caused_by(exc, DefusedXmlException):
            raise InvalidInput("xlsx_unsafe_xml", part=source.name, details=repr(exc)) from exc
        raise InvalidInput("xlsx_not_workbook", path=str(source),
                           details=f"{type(exc).__name__}: {exc}") from exc
    return result


def _read_loaded(workbook: Any) -> tuple[list[RegistryRow], list[InvalidInput]]:
    sheets = [workbook[name] for name in workbook.sheetnames
              if hasattr(workbook[name], "iter_rows")]
    for sheet in sheets:
        result = _read_sheet(sheet)
        if result is None:
            continue
        if not result[0] and not result[1]:
            raise InvalidInput("registry_empty", sheet=sheet.title)
        return result
    raise InvalidInput("registry_no_header", rows=str(HEADER_SCAN_ROWS),
                       columns=", ".join(COLUMNS[name][0] for name in REQUIRED))


# --- checking against the workspace --------------------------------------------------------
@dataclass
class _Known:
    """The workspace's units and the campaign's groups, read once."""
    units: dict[str, dict[str, Any]]
    parent_codes: dict[str, str]
    groups: dict[str, str]
    enrolled: dict[str, str]           # unit id -> group id
    scored: set[str]                   # unit ids with assessments in the campaign


def _known(ws: Workspace, campaign_id: str | None) -> _Known:
    rows = records.rows(ws.db, "SELECT * FROM units")
    by_id = {row["id"]: row for row in rows}
    parent_codes = {row["code"]: by_id[row["parent_id"]]["code"]
                    for row in rows if row["parent_id"] in by_id}
    groups: dict[str, str] = {}
    enrolled: dict[str, str] = {}
    scored: set[str] = set()
    if campaign_id:
        groups = dict(ws.db.execute("SELECT code, id FROM unit_groups WHERE campaign_id = ?",
                                    [campaign_id]).fetchall())
        enrolled = dict(ws.db.execute("SELECT unit_id, group_id FROM campaign_units "
                                      "WHERE campaign_id = ?", [campaign_id]).fetchall())
        scored = {r[0] for r in ws.db.execute(
            "SELECT DISTINCT unit_id FROM assessments WHERE campaign_id = ?", [campaign_id])}
    return _Known({row["code"]: row for row in rows}, parent_codes, groups, enrolled, scored)


def _stored_date(row: dict[str, Any] | None, key: str) -> dt.date | None:
    return parse_date(row[key]) if row and row[key] else None


def _check(rows: list[RegistryRow], known: _Known, campaign_id: str | None) -> list[InvalidInput]:
    problems: list[InvalidInput] = []
    first: dict[str, int] = {}
    for row in rows:
        if row.code in first:
            problems.append(InvalidInput("registry_duplicate_code", row=row.row, code=row.code,
                                         first=first[row.code]))
        else:
            first[row.code] = row.row
    in_file = {row.code: row for row in rows}
    codes = set(in_file) | set(known.units)
    starts = {code: _stored_date(known.units.get(code), "valid_from") for code in codes}
    ends = {code: _stored_date(known.units.get(code), "valid_to") for code in codes}
    parents = dict(known.parent_codes)
    for row in rows:
        starts[row.code] = row.valid_from or starts[row.code]
        ends[row.code] = row.valid_to or ends[row.code]
        if row.parent:
            parents[row.code] = row.parent
    for row in rows:
        problems += _check_row(row, codes, starts, ends, known, campaign_id)
    problems += _cycles(rows, parents)
    return sorted(problems, key=lambda p: int(p.data.get("row") or 0))


def _check_row(row: RegistryRow, codes: set[str], starts: dict, ends: dict, known: _Known,
               campaign_id: str | None) -> list[InvalidInput]:
    problems: list[InvalidInput] = []
    start, end = starts[row.code], ends[row.code]
    if start and end and end < start:
        problems.append(InvalidInput("registry_bad_validity", row=row.row, code=row.code,
                                     start=start.strftime("%d/%m/%Y"),
                                     end=end.strftime("%d/%m/%Y")))
    if row.parent == row.code or row.code in row.predecessors:
        problems.append(InvalidInput("registry_self_reference", row=row.row, code=row.code))
    elif row.parent and row.parent not in codes:
        problems.append(InvalidInput("registry_unknown_parent", row=row.row, code=row.parent))
    for code in row.predecessors:
        if code == row.code:
            continue
        if code not in codes:
            problems.append(InvalidInput("registry_unknown_predecessor", row=row.row, code=code))
            continue
        closing = row.kind != "transfer" and ends.get(code) is None
        begins = starts.get(code)
        if closing and begins and row.succession_date and begins >= row.succession_date:
            problems.append(InvalidInput(
                "registry_succession_before_start", row=row.row, code=code,
                date=row.succession_date.strftime("%d/%m/%Y")))
    if row.group and campaign_id:
        if row.group not in known.groups:
            problems.append(InvalidInput("registry_unknown_group", row=row.row, group=row.group))
        else:
            unit = known.units.get(row.code)
            current = known.enrolled.get(unit["id"]) if unit else None
            if current and current != known.groups[row.group] and unit["id"] in known.scored:
                problems.append(InvalidInput("registry_group_change_scored", row=row.row,
                                             code=row.code, group=row.group))
    return problems


def _cycles(rows: list[RegistryRow], parents: dict[str, str]) -> list[InvalidInput]:
    """A unit that would end up above itself (A under B under A)."""
    problems = []
    for row in rows:
        seen, code = {row.code}, parents.get(row.code)
        while code and code not in seen and len(seen) <= len(parents):
            seen.add(code)
            code = parents.get(code)
        if code == row.code and row.parent != row.code:
            problems.append(InvalidInput("registry_parent_cycle", row=row.row, code=row.code))
    return problems


def check_registry(ws: Workspace, path: str | os.PathLike[str], *,
                   campaign_id: str | None = None) -> tuple[list[RegistryRow], list[InvalidInput]]:
    """Read the file and check it against the workspace (and the campaign's groups): the
    rows and every problem, sorted by row. Writes nothing."""
    rows, problems = read_registry(path)
    problems = sorted(problems + _check(rows, _known(ws, campaign_id), campaign_id),
                      key=lambda p: int(p.data.get("row") or 0))
    return rows, problems


# --- importing -----------------------------------------------------------------------------
def import_registry(ws: Workspace, path: str | os.PathLike[str], *,
                    campaign_id: str | None = None) -> RegistryImport:
    """Create or update every unit of the file, record its successions and (with a campaign)
    enrol it in the group named in "Nhóm" — in one unit of work. Any problem refuses the
    whole file (`registry_invalid`, with `count` and the first problems in `problems`), and
    the workspace stays exactly as it was."""
    if campaign_id:
        records.fetch(ws.db, "campaigns", campaign_id)
    rows, problems = check_registry(ws, path, campaign_id=campaign_id)
    if problems:
        raise InvalidInput("registry_invalid", count=len(problems),
                           shown=min(len(problems), MAX_PROBLEMS),
                           problems=problems[:MAX_PROBLEMS])
    province = units.get_unit(ws, workspaces.own_unit_id(ws)).province
    result = RegistryImport(codes=[row.code for row in rows])
    with ws.write() as db:
        ids = _write_units(ws, rows, province, result)
        for row in rows:
            if row.parent:
                records.update(db, "units", ids[row.code],
                               {"parent_id": units.unit_by_code(ws, row.parent).id},
                               actor=ws.operator)
        for row in rows:
            result.successions += _write_successions(ws, row)
        for row in rows:
            if row.group and campaign_id:
                result.enrolled += _enrol(ws, campaign_id, ids[row.code], row.group)
            elif row.group:
                result.groups_ignored += 1
    return result


def _write_units(ws: Workspace, rows: list[RegistryRow], province: str,
                 result: RegistryImport) -> dict[str, str]:
    ids: dict[str, str] = {}
    for row in rows:
        found = records.rows(ws.db, "SELECT * FROM units WHERE code = ?", [row.code])
        if not found:
            unit = units.create_unit(ws, code=row.code, name=row.name, unit_type=row.unit_type,
                                     province=province, valid_from=iso(row.valid_from),
                                     valid_to=iso(row.valid_to))
            ids[row.code] = unit.id
            result.created += 1
            continue
        changes: dict[str, Any] = {"name": " ".join(row.name.split()),
                                   "unit_type": row.unit_type}
        if row.valid_from:
            changes["valid_from"] = iso(row.valid_from)
        if row.valid_to:
            changes["valid_to"] = iso(row.valid_to)
        old, new = records.update(ws.db, "units", found[0]["id"], changes, actor=ws.operator)
        ids[row.code] = found[0]["id"]
        result.updated += int(new["change_count"] != old["change_count"])
    return ids


def _write_successions(ws: Workspace, row: RegistryRow) -> int:
    made = 0
    successor = units.unit_by_code(ws, row.code)
    for code in row.predecessors:
        predecessor = units.unit_by_code(ws, code)
        if ws.db.execute("SELECT 1 FROM unit_successions WHERE predecessor_id = ? AND "
                         "successor_id = ? AND kind = ?",
                         [predecessor.id, successor.id, row.kind]).fetchone():
            continue
        units.record_succession(ws, predecessor_code=code, successor_code=row.code,
                                kind=row.kind, effective_date=iso(row.succession_date) or "")
        made += 1
    return made


def _enrol(ws: Workspace, campaign_id: str, unit_id: str, group_code: str) -> int:
    group_id = ws.db.execute("SELECT id FROM unit_groups WHERE campaign_id = ? AND code = ?",
                             [campaign_id, group_code]).fetchone()[0]
    current = records.rows(ws.db, "SELECT * FROM campaign_units WHERE campaign_id = ? AND "
                           "unit_id = ?", [campaign_id, unit_id])
    if not current:
        records.insert(ws.db, "campaign_units", {"campaign_id": campaign_id, "unit_id": unit_id,
                                                 "group_id": group_id}, actor=ws.operator)
        return 1
    if current[0]["group_id"] == group_id:
        return 0
    records.update(ws.db, "campaign_units", current[0]["id"], {"group_id": group_id},
                   actor=ws.operator)
    return 1


# --- the template --------------------------------------------------------------------------
EXAMPLE_ROWS: tuple[tuple[object, ...], ...] = (
    ("SKHDT", "Sở Kế hoạch và Đầu tư", "Sở", None, None, dt.date(2025, 2, 28), None, None, None,
     None),
    ("STC", "Sở Tài chính", "Sở", None, None, None, "so-ban-nganh", "SKHDT", "hợp nhất",
     dt.date(2025, 3, 1)),
    ("XA-AB", "UBND xã An Bình", "UBND xã", None, dt.date(2025, 7, 1), None, "xa-phuong", None,
     None, None),
)
GUIDE_LINES: tuple[tuple[str, str], ...] = (
    ("Mã đơn vị", "Bắt buộc, không trùng trong tệp. Định dạng cột là Văn bản (Text)."),
    ("Tên đơn vị", "Bắt buộc."),
    ("Loại", "Sở; Ban, ngành; Ngành dọc; UBND tỉnh; UBND huyện; UBND xã; UBND phường; "
             "Đặc khu; Phòng; Khác (hoặc mã: " + ", ".join(UNIT_TYPES) + ")."),
    ("Đơn vị cấp trên", "Mã một đơn vị có trong tệp hoặc đã có trong phần mềm (có thể bỏ trống)."),
    ("Hiệu lực từ, Hiệu lực đến", "Ngày dạng 31/12/2025; bỏ trống: không giới hạn (với đơn vị "
                                  "đã có: giữ nguyên giá trị đang lưu)."),
    ("Nhóm", "Mã nhóm đơn vị của đợt đánh giá (ví dụ so-ban-nganh, xa-phuong) để đưa đơn vị "
             "vào đợt đánh giá khi nhập (có thể bỏ trống)."),
    ("Kế thừa từ", "Mã các đơn vị cũ mà đơn vị này kế thừa, cách nhau bằng dấu phẩy."),
    ("Hình thức", "hợp nhất / sáp nhập, chia tách, đổi tên, điều chuyển."),
    ("Ngày hiệu lực kế thừa", "Bỏ trống: lấy ngày “Hiệu lực từ”. Hợp nhất, chia tách, đổi tên "
                              "kết thúc hiệu lực đơn vị cũ vào ngày hôm trước."),
    ("Lưu ý", "Tệp có bất kỳ lỗi nào thì không đơn vị nào được nhập; phần mềm liệt kê lỗi kèm "
              "số dòng để sửa."),
)


def write_registry_template(path: str | os.PathLike[str]) -> None:
    """An empty registry workbook with the headings, example rows (which import as they
    are) and a sheet explaining each column. Written atomically."""
    target = Path(path)
    if target.is_dir():
        raise InvalidInput("file_is_directory", path=str(target))
    if not target.parent.is_dir():
        raise InvalidInput("file_missing", path=str(target.parent))
    _save_atomically(_template_workbook(), target)


def _template_workbook() -> Any:
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    fill = PatternFill("solid", fgColor="D9E2F3")
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = SHEET
    workbook.properties.creator = "CCHC Desk"
    for column, (heading, width) in enumerate(COLUMNS.values(), start=1):
        cell = _set(sheet.cell(1, column), heading)
        cell.font = Font(name="Times New Roman", size=11, bold=True)
        cell.fill, cell.border = fill, border
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        sheet.column_dimensions[get_column_letter(column)].width = width
    for index, values in enumerate(EXAMPLE_ROWS, start=2):
        for column, value in enumerate(values, start=1):
            cell = _set(sheet.cell(index, column), value)
            cell.font = Font(name="Times New Roman", size=11)
            cell.border = border
            if isinstance(value, dt.date):
                cell.number_format = "DD/MM/YYYY"
            elif column in (1, 4, 8):
                cell.number_format = "@"
    sheet.freeze_panes = "A2"
    guide = workbook.create_sheet(GUIDE_SHEET)
    for index, (heading, text) in enumerate(GUIDE_LINES, start=1):
        _set(guide.cell(index, 1), heading).font = Font(name="Times New Roman", size=11,
                                                        bold=True)
        _set(guide.cell(index, 2), text).alignment = Alignment(wrap_text=True, vertical="top")
    guide.column_dimensions["A"].width = 26
    guide.column_dimensions["B"].width = 90
    return workbook
