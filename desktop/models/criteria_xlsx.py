"""Criteria sets as Excel workbooks: read the tables provinces send, write the same layout back.

The in-memory form is the one of `resources/criteria/*.json` (see `read_workbook`). Reading is
defensive, because the file comes from outside: before openpyxl sees a byte, the whole file is
read once into memory and its zip structure and every XML part are checked (sizes, compression
ratio, part and row counts, no DTD or entity declarations), so a zip bomb, an XML "billion
laughs", a renamed Word file or a sheet of a million rows is refused quickly with one
`InvalidInput` and nothing is imported. openpyxl itself parses through defusedxml as a second
line of defence. The layout is documented in docs/criteria-workbook.md.
"""

from __future__ import annotations

import datetime as dt
import errno
import io
import math
import os
import re
import struct
import unicodedata
import warnings
import xml.parsers.expat
import zipfile
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

from desktop.models.decimals import format_decimal, parse_decimal
from desktop.models.durable import atomic_write
from desktop.models.errors import CchcError, InvalidInput, StorageFull, WorkspaceError

try:  # openpyxl parses through defusedxml when it is importable (it is a dependency)
    from defusedxml import DefusedXmlException
except ImportError:  # pragma: no cover - defusedxml is a declared dependency
    DefusedXmlException = ()  # type: ignore[assignment,misc]

# --- limits --------------------------------------------------------------------------------
MiB = 1024 * 1024
MAX_FILE_BYTES = 64 * MiB          # the .xlsx on disk
MAX_PARTS = 200                    # zip members
MAX_DIRECTORY_BYTES = 1 * 1024 * 1024  # zip central directory (about 100 bytes a member)
MAX_PART_BYTES = 32 * MiB          # one member, uncompressed
MAX_TOTAL_BYTES = 64 * MiB         # all members, uncompressed
MAX_RATIO = 100                    # uncompressed / compressed, for members above RATIO_FLOOR
RATIO_FLOOR = 1 * MiB
MAX_SHEET_ELEMENTS = 1_000_000     # XML elements in a worksheet or the shared-string table
MAX_OTHER_ELEMENTS = 150_000       # XML elements in any other part (styles, workbook, ...);
#                                    Excel itself allows 64,000 cell formats
MAX_CELLS = 200_000                # cells in one worksheet
MAX_ROW_CELLS = 16_384             # cells in one row: Excel's own column limit
MAX_STRINGS = 100_000              # entries of the shared-string table (read whole at opening)
MAX_ROWS = 20_000                  # rows in one worksheet, blank ones included
MAX_CONTENT_ROWS = 5_000           # rows with content in the criteria table
HEADER_SCAN_ROWS = 30              # the header must be within the first rows
MAX_COLUMNS = 50                   # columns looked at
INFO_MAX_ROWS = 200
SIGNIFICANT_DIGITS = 15            # what Excel keeps of a number

CRITERIA_SHEET = "Bộ tiêu chí"
INFO_SHEET = "Thông tin"
HEADER_ROW = 4                     # where write_workbook puts the header

HEADER_FIELDS = ("province", "year", "unit_group", "version", "title", "total_points",
                 "rounding_step", "final_convention")
NODE_FIELDS = ("code", "title", "max", "rule", "guide", "evidence_hint", "legal_basis",
               "appraiser", "suggest")
REQUIRED_COLUMNS = ("code", "title", "max", "rule")
DEFAULTS: dict[str, Any] = {"version": 1, "total_points": "100", "rounding_step": "0.25",
                            "final_convention": "cap_then_penalty", "is_sample": False}

# column field -> (heading written, width, horizontal alignment)
COLUMNS: dict[str, tuple[str, int, str]] = {
    "code": ("Mã", 8, "center"),
    "title": ("Lĩnh vực/Tiêu chí/Tiêu chí thành phần", 44, "left"),
    "max": ("Điểm tối đa", 9, "center"),
    "guide": ("Cách chấm", 36, "left"),
    "rule": ("Quy tắc", 30, "left"),
    "evidence_hint": ("Tài liệu kiểm chứng", 28, "left"),
    "appraiser": ("Đơn vị thẩm định", 15, "left"),
    "legal_basis": ("Căn cứ pháp lý", 16, "left"),
    "suggest": ("Gợi ý từ dữ liệu", 15, "left"),
}

# info sheet: field -> (key written, explanation written)
INFO_ROWS: dict[str, tuple[str, str]] = {
    "province": ("Tỉnh", "Tỉnh/thành phố ban hành bộ tiêu chí"),
    "year": ("Năm", "Năm đánh giá áp dụng"),
    "unit_group": ("Nhóm đơn vị", "Nhóm đơn vị áp dụng (ví dụ: so-ban-nganh, xa-phuong)"),
    "version": ("Phiên bản", "Tăng lên mỗi lần sửa bộ tiêu chí trong cùng năm"),
    "title": ("Tên bộ tiêu chí", ""),
    "total_points": ("Tổng điểm", "Tổng điểm tối đa của các lĩnh vực"),
    "rounding_step": ("Làm tròn", "Bước làm tròn xuống của điểm tính theo tỷ lệ"),
    "final_convention": ("Cách tính tổng", "Cách cộng điểm thưởng, điểm trừ; ví dụ "
                         "cap_then_penalty: min(tổng điểm, tổng + điểm thưởng) − điểm trừ"),
    "is_sample": ("Bộ mẫu", "Có: bộ tiêu chí mẫu, không phải bảng chính thức của tỉnh"),
    "note": ("Ghi chú", ""),
}


def _fold(value: object) -> str:
    """Case-, accent-, space- and punctuation-blind form used to match headings and keys."""
    text = unicodedata.normalize("NFD", str(value)).replace("đ", "d").replace("Đ", "D")
    return "".join(ch for ch in text.casefold() if ch.isalnum() and not unicodedata.combining(ch))


# heading -> field, by folded prefix; earlier entries win when two columns claim one field
HEADING_PREFIXES: tuple[tuple[str, str], ...] = (
    ("code", "matieuchi"), ("code", "maso"), ("code", "ma"), ("code", "code"),
    ("code", "stt"), ("code", "sott"), ("code", "tt"),
    ("title", "linhvuc"), ("title", "tentieuchi"), ("title", "tieuchi"), ("title", "noidung"),
    ("title", "title"),
    ("max", "diemtoida"), ("max", "sodiemtoida"), ("max", "diemchuan"), ("max", "thangdiem"),
    ("max", "max"), ("max", "toida"),
    ("guide", "cachcham"), ("guide", "huongdancham"), ("guide", "phuongphapcham"),
    ("guide", "cachtinhdiem"),
    ("rule", "quytac"), ("rule", "rule"),
    ("evidence_hint", "tailieukiemchung"), ("evidence_hint", "tailieuminhchung"),
    ("evidence_hint", "minhchung"),
    ("appraiser", "donvithamdinh"), ("appraiser", "coquanthamdinh"),
    ("legal_basis", "cancu"), ("legal_basis", "cosophaply"),
    ("suggest", "goiy"),
)
# prefixes of two letters match only the whole heading; these too, with the lowest rank
HEADING_EXACT: dict[str, str] = {"diem": "max", "so": "code"}
INFO_KEYS: dict[str, str] = {
    "tinh": "province", "tinhthanhpho": "province", "province": "province",
    "nam": "year", "namdanhgia": "year", "namapdung": "year", "year": "year",
    "nhomdonvi": "unit_group", "unitgroup": "unit_group",
    "phienban": "version", "version": "version",
    "tenbotieuchi": "title", "ten": "title", "title": "title",
    "tongdiem": "total_points", "totalpoints": "total_points",
    "lamtron": "rounding_step", "buoclamtron": "rounding_step", "roundingstep": "rounding_step",
    "cachtinhtong": "final_convention", "cachtinhdiemtong": "final_convention",
    "finalconvention": "final_convention",
    "bomau": "is_sample", "issample": "is_sample",
    "ghichu": "note", "note": "note",
}
TOTAL_ROW_TITLES = ("tongcong", "tongdiem", "tong", "cong")
TRUE_WORDS = {"co", "x", "yes", "true", "1", "dung", "c"}
FALSE_WORDS = {"khong", "no", "false", "0", "sai", "k", ""}


# --- text and numbers -----------------------------------------------------------------------
# zero-width spaces and joiners, word joiner, byte-order mark, soft hyphen: text pasted from
# Word carries them, and they make two equal-looking labels differ
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def clean_text(value: str) -> str:
    """NFC; control and invisible characters dropped; every run of whitespace (line breaks,
    tabs, no-break spaces) made one space; ends trimmed. Idempotent."""
    text = unicodedata.normalize("NFC", value)
    if not text.isprintable():
        text = "".join(
            " " if ch.isspace() else ch for ch in text
            if ch.isspace() or unicodedata.category(ch) not in ("Cc", "Cs")
        ).translate(_INVISIBLE)
    return unicodedata.normalize("NFC", " ".join(text.split()))


def _number_text(value: int | float | Decimal) -> str:
    """A cell number as canonical decimal text. A float goes through repr() (never kept as a
    float) and is cut to the 15 significant digits Excel keeps, so 0.1+0.2 reads as 0.3."""
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(value)
        number = Decimal(repr(value))
        if len(number.as_tuple().digits) > SIGNIFICANT_DIGITS:
            number = Decimal(format(value, f".{SIGNIFICANT_DIGITS}g"))
        return format_decimal(number) or "0"
    return format_decimal(Decimal(value)) or "0"


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, int | float | Decimal):
        return _number_text(value)
    if isinstance(value, dt.datetime) and value.time() == dt.time(0):
        return value.date().isoformat()
    if isinstance(value, dt.date | dt.time | dt.datetime):
        return value.isoformat()
    return clean_text(str(value))


_TREE_CODE = re.compile(r"^\d{1,3}(\.\d{1,3})*$")


def _code_text(value: object) -> str:
    """A code cell as text: `1.1.` and `1. 1` read `1.1`; a number cell 1.1 reads "1.1"."""
    if isinstance(value, dt.date | dt.time | dt.timedelta):
        raise ValueError(value)  # Excel turned "1.1" into a date
    text = re.sub(r"\s*\.\s*", ".", _cell_text(value))
    return text.rstrip(".").strip()


def _points_text(value: object) -> str:
    """A maximum or points value: exact decimal text, refusing dates, booleans and `%`."""
    if isinstance(value, bool) or isinstance(value, dt.date | dt.time | dt.timedelta):
        raise ValueError(value)
    if isinstance(value, int | float | Decimal):
        text = _number_text(value)
    else:
        raw = clean_text(str(value)).replace(" ", "")
        if raw.endswith("%"):
            raise ValueError(value)
        text = format_decimal(parse_decimal(raw)) or "0"
    if Decimal(text) < 0:
        raise ValueError(value)
    return text


# --- the guard in front of openpyxl -------------------------------------------------------
class _Refused(Exception):
    def __init__(self, error: CchcError) -> None:
        super().__init__(str(error))
        self.error = error


def _check_source(path: Path) -> bytes:
    if not path.exists():
        raise InvalidInput("file_missing", path=str(path))
    if path.is_dir():
        raise InvalidInput("file_is_directory", path=str(path))
    if not path.is_file():
        raise InvalidInput("file_not_regular", path=str(path))
    try:
        size = path.stat().st_size
        if size == 0:
            raise InvalidInput("file_empty", path=str(path))
        if size > MAX_FILE_BYTES:
            raise InvalidInput("xlsx_too_large", what=path.name, limit=_mib(MAX_FILE_BYTES),
                               details=f"file is {size} bytes")
        with open(path, "rb") as handle:
            content = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise InvalidInput("file_unreadable", path=str(path), details=str(exc)) from exc
    if len(content) > MAX_FILE_BYTES:  # grew while we looked
        raise InvalidInput("xlsx_too_large", what=path.name, limit=_mib(MAX_FILE_BYTES),
                           details="file grew while being read")
    return content


def _mib(count: int) -> str:
    return f"{count // MiB} MiB"


def _inspect_zip(content: bytes, path: Path) -> None:
    """Refuse what is not a plain .xlsx package, or is built to exhaust time or memory."""
    buffer = io.BytesIO(content)
    if not zipfile.is_zipfile(buffer):
        raise InvalidInput("xlsx_not_workbook", path=str(path), details="not a zip package")
    directory = _directory_size(content)
    if directory > MAX_DIRECTORY_BYTES:  # zipfile would build an object per entry first
        raise InvalidInput("xlsx_too_large", what=path.name, limit=str(MAX_PARTS),
                           details=f"zip directory of {directory} bytes")
    try:
        archive = zipfile.ZipFile(buffer)
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
        raise InvalidInput("xlsx_not_workbook", path=str(path), details=str(exc)) from exc
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_PARTS:
            raise InvalidInput("xlsx_too_large", what=path.name, limit=str(MAX_PARTS),
                               details=f"{len(infos)} zip members (limit {MAX_PARTS})")
        names = [info.filename for info in infos]
        if "word/document.xml" in names or "ppt/presentation.xml" in names:
            raise InvalidInput("xlsx_not_workbook", path=str(path),
                               details="a Word or PowerPoint document, not a workbook")
        if "xl/workbook.xml" not in names:
            raise InvalidInput("xlsx_not_workbook", path=str(path),
                               details="no xl/workbook.xml")
        if len(set(names)) != len(names):
            raise InvalidInput("xlsx_not_workbook", path=str(path),
                               details="duplicate zip members")
        total = 0
        for info in infos:
            if info.flag_bits & 0x1:
                raise InvalidInput("xlsx_not_workbook", path=str(path),
                                   details=f"{info.filename} is encrypted")
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise InvalidInput("xlsx_not_workbook", path=str(path),
                                   details=f"{info.filename}: compression {info.compress_type}")
            if info.file_size > MAX_PART_BYTES:
                raise InvalidInput("xlsx_too_large", what=info.filename,
                                   limit=_mib(MAX_PART_BYTES),
                                   details=f"{info.file_size} bytes uncompressed")
            total += info.file_size
            if total > MAX_TOTAL_BYTES:
                raise InvalidInput("xlsx_too_large", what=path.name, limit=_mib(MAX_TOTAL_BYTES),
                                   details="total uncompressed size")
            if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise InvalidInput("xlsx_too_large", what=info.filename, limit=f"{MAX_RATIO}:1",
                                   details=f"compression ratio {info.file_size // max(info.compress_size, 1)}:1")
        for info in infos:
            _inspect_part(archive, info, path)


def _directory_size(content: bytes) -> int:
    """Size of the zip's central directory, from its end record (zip64 too), read before
    zipfile parses the directory into one object per entry."""
    end = content.rfind(b"PK\x05\x06", max(0, len(content) - 65_535 - 22))
    if end < 0 or end + 22 > len(content):
        return 0  # zipfile will refuse it
    size = struct.unpack_from("<I", content, end + 12)[0]
    locator = end - 20
    if locator >= 0 and content[locator:locator + 4] == b"PK\x06\x07":
        record = struct.unpack_from("<Q", content, locator + 8)[0]
        if record + 56 <= len(content) and content[record:record + 4] == b"PK\x06\x06":
            size = max(size, struct.unpack_from("<Q", content, record + 40)[0])
    return size


def _inspect_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path) -> None:
    """Stream one member through expat: refuse DTDs and entity declarations (the XML bombs),
    count elements, rows and cells. A member that does not look like XML is only read (its
    CRC is checked); openpyxl does not parse it in read-only mode."""
    parser = xml.parsers.expat.ParserCreate(namespace_separator=" ")
    state: dict[str, Any] = {"root": "", "elements": 0, "rows": 0, "cells": 0, "row_cells": 0,
                             "strings": 0}
    name = info.filename

    def unsafe(*_args: object) -> None:
        raise _Refused(InvalidInput("xlsx_unsafe_xml", part=name,
                                    details="DTD or entity declaration"))

    def start(tag: str, _attrs: object) -> None:
        local = tag.rpartition(" ")[2]
        state["elements"] += 1
        if not state["root"]:
            state["root"] = local
        sheet_like = state["root"] in ("worksheet", "sst")
        if state["elements"] > (MAX_SHEET_ELEMENTS if sheet_like else MAX_OTHER_ELEMENTS):
            raise _Refused(InvalidInput("xlsx_too_large", what=name, limit=str(
                MAX_SHEET_ELEMENTS if sheet_like else MAX_OTHER_ELEMENTS),
                details="XML elements"))
        if local == "row":
            state["rows"] += 1
            state["row_cells"] = 0
            if state["rows"] > MAX_ROWS:
                raise _Refused(InvalidInput("xlsx_too_many_rows", limit=str(MAX_ROWS),
                                            details=f"{name}: more than {MAX_ROWS} rows"))
        elif local == "c" and state["root"] == "worksheet":
            state["cells"] += 1
            state["row_cells"] += 1
            if state["cells"] > MAX_CELLS:
                raise _Refused(InvalidInput("xlsx_too_large", what=name, limit=str(MAX_CELLS),
                                            details="cells in the sheet"))
            if state["row_cells"] > MAX_ROW_CELLS:
                raise _Refused(InvalidInput("xlsx_too_large", what=name,
                                            limit=str(MAX_ROW_CELLS), details="cells in a row"))
        elif local == "si" and state["root"] == "sst":
            state["strings"] += 1
            if state["strings"] > MAX_STRINGS:
                raise _Refused(InvalidInput("xlsx_too_large", what=name, limit=str(MAX_STRINGS),
                                            details="shared strings"))

    parser.StartDoctypeDeclHandler = unsafe
    parser.EntityDeclHandler = unsafe
    parser.UnparsedEntityDeclHandler = unsafe
    parser.ExternalEntityRefHandler = unsafe
    parser.StartElementHandler = start
    looks_xml: bool | None = None
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(256 * 1024):
                if looks_xml is None:
                    head = chunk.lstrip(b" \t\r\n")
                    looks_xml = head.startswith((b"<", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"))
                    looks_xml = looks_xml or name.endswith((".xml", ".rels", ".vml"))
                if looks_xml:
                    parser.Parse(chunk, False)
            if looks_xml:
                parser.Parse(b"", True)
    except _Refused as refused:
        raise refused.error from None
    except xml.parsers.expat.ExpatError as exc:
        raise InvalidInput("xlsx_not_workbook", path=str(path),
                           details=f"{name}: {exc}") from exc
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError,
            NotImplementedError) as exc:
        raise InvalidInput("xlsx_not_workbook", path=str(path),
                           details=f"{name}: {exc}") from exc


# --- reading ------------------------------------------------------------------------------
def read_workbook(path: str | os.PathLike[str], *,
                  overrides: dict[str, Any] | None = None) -> dict[str, Any]:
    """Read a criteria workbook into the structure of `resources/criteria/*.json`:

        {"province", "year", "unit_group", "version", "title", "total_points",
         "rounding_step", "final_convention", "is_sample", ["note",]
         "criteria": [{"code", "title", "max", "rule", "guide", "evidence_hint",
                       "legal_basis", "appraiser", "suggest", "row"}, ...]}

    Text is NFC with whitespace collapsed; numbers are decimal strings. `row` is the sheet row
    a node came from. `overrides` (e.g. CLI options) replace the values of the "Thông tin"
    sheet; None values in it are ignored. version, total_points, rounding_step,
    final_convention and is_sample default to 1, "100", "0.25", "cap_then_penalty", False.
    Nothing is validated beyond what reading needs: duplicate codes, sums and rule syntax are
    left to `criteria.validate_set_data`. Every failure is an `InvalidInput`; the file is only
    read."""
    given = _read_overrides(overrides or {})
    source = Path(path)
    content = _check_source(source)
    _inspect_zip(content, source)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(io.BytesIO(content), read_only=True,
                                              data_only=True)
            try:
                criteria, info = _read_loaded(workbook, content)
            finally:
                workbook.close()
    except CchcError:
        raise
    except MemoryError:
        raise
    except Exception as exc:  # openpyxl raises many kinds on damaged packages
        if _caused_by(exc, DefusedXmlException):  # openpyxl wraps it in a ValueError
            raise InvalidInput("xlsx_unsafe_xml", part=source.name, details=repr(exc)) from exc
        raise InvalidInput("xlsx_not_workbook", path=str(source),
                           details=f"{type(exc).__name__}: {exc}") from exc
    header = {**info, **given}
    result: dict[str, Any] = {}
    for key in (*HEADER_FIELDS, "is_sample"):
        if key in header:
            result[key] = header[key]
        elif key in DEFAULTS:
            result[key] = DEFAULTS[key]
        else:
            raise InvalidInput("xlsx_missing_info", field=INFO_ROWS[key][0])
    if header.get("note"):
        result["note"] = header["note"]
    result["criteria"] = criteria
    return result


def _caused_by(exc: BaseException, kinds: Any) -> bool:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if kinds and isinstance(current, kinds):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


def _read_overrides(overrides: dict[str, Any]) -> dict[str, Any]:
    unknown = set(overrides) - set(INFO_ROWS)
    if unknown:
        raise ValueError(f"unknown criteria-set fields: {sorted(unknown)}")
    return {key: _info_value(key, value) for key, value in overrides.items()
            if value is not None}


def _read_loaded(workbook: Any, content: bytes) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    sheets = [workbook[name] for name in workbook.sheetnames
              if hasattr(workbook[name], "iter_rows")]  # chart sheets have no cells
    info_sheet = next((ws for ws in sheets if _fold(ws.title) == _fold(INFO_SHEET)), None)
    named = [ws for ws in sheets if _fold(ws.title) == _fold(CRITERIA_SHEET)]
    candidates = named or [ws for ws in sheets if ws is not info_sheet]
    partial: _Partial | None = None
    for ws in candidates:
        found = _read_criteria_sheet(ws, content)
        if isinstance(found, list):
            info = _read_info(info_sheet) if info_sheet is not None else {}
            return found, info
        if found is not None and (partial is None or len(found.columns) > len(partial.columns)):
            partial = found
    if partial is None:
        raise InvalidInput("xlsx_no_header",
                           sheet=candidates[0].title if candidates else CRITERIA_SHEET,
                           columns=", ".join(COLUMNS[f][0] for f in REQUIRED_COLUMNS),
                           rows=str(HEADER_SCAN_ROWS))
    missing = next(f for f in REQUIRED_COLUMNS if f not in partial.columns)
    raise InvalidInput("xlsx_missing_column", sheet=partial.sheet, row=partial.row,
                       column=COLUMNS[missing][0])


class _Partial:
    """The best heading row of a sheet that lacks a required column."""

    def __init__(self, sheet: str, row: int, columns: dict[str, int]) -> None:
        self.sheet, self.row, self.columns = sheet, row, columns


def _heading_field(value: object) -> tuple[str, int] | None:
    """(field, rank) of a heading cell; a lower rank wins when two columns claim a field."""
    folded = _fold(value) if value is not None else ""
    if not folded:
        return None
    for rank, (field, prefix) in enumerate(HEADING_PREFIXES):
        if folded == prefix or (len(prefix) > 2 and folded.startswith(prefix)):
            return field, rank
    if folded in HEADING_EXACT:
        return HEADING_EXACT[folded], len(HEADING_PREFIXES)
    return None


def _header_columns(values: tuple[object, ...]) -> dict[str, int]:
    """field -> 0-based column of a heading row (best-ranked, then leftmost)."""
    chosen: dict[str, tuple[int, int]] = {}
    for column, value in enumerate(values):
        match = _heading_field(value)
        if match and (match[0] not in chosen or match[1] < chosen[match[0]][0]):
            chosen[match[0]] = (match[1], column)
    return {field: column for field, (_, column) in chosen.items()}


def _rows(ws: Any) -> Iterator[tuple[int, tuple[object, ...]]]:
    """(row number, values) of a sheet, blank rows included; more than MAX_ROWS is refused
    (openpyxl makes up the rows a sheet skips, so this also bounds `<row r="1000000">`)."""
    if hasattr(ws, "reset_dimensions"):
        ws.reset_dimensions()  # the <dimension> a file declares may be wrong; read every row
    rows = ws.iter_rows(min_row=1, max_col=MAX_COLUMNS, values_only=True)
    try:
        for number, values in enumerate(rows, start=1):
            if number > MAX_ROWS:
                raise InvalidInput("xlsx_too_many_rows", limit=str(MAX_ROWS),
                                   details=f"sheet {ws.title}: more than {MAX_ROWS} rows")
            yield number, tuple(values)
    finally:
        rows.close()


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _is_column_numbers(values: tuple[object, ...]) -> bool:
    """The "(1) (2) (3) ..." row that tables often carry under their heading."""
    numbers = []
    for value in values:
        if _blank(value):
            continue
        match = re.fullmatch(r"\(?(\d{1,2})\)?", str(value).strip())
        if not match or isinstance(value, float):
            return False
        numbers.append(int(match[1]))
    return len(numbers) >= 3 and numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def _read_criteria_sheet(ws: Any, content: bytes) -> list[dict[str, Any]] | _Partial | None:
    """The nodes of a sheet; or, when no row within HEADER_SCAN_ROWS has every required
    heading, its best partial heading row (two headings or more), or None."""
    columns: dict[str, int] | None = None
    headings: dict[str, str] = {}
    header_folded: list[str] = []
    partial: _Partial | None = None
    nodes: list[dict[str, Any]] = []
    content_rows = 0
    for number, values in _rows(ws):
        if columns is None:
            if number > HEADER_SCAN_ROWS:
                break
            found = _header_columns(values)
            if all(f in found for f in REQUIRED_COLUMNS):
                columns = found
                headings = {f: _cell_text(values[c]) for f, c in found.items()}
                header_folded = [_fold(v) if v is not None else "" for v in values]
            elif len(found) >= 2 and (partial is None or len(found) > len(partial.columns)):
                partial = _Partial(ws.title, number, found)
            continue
        if all(_blank(v) for v in values):
            continue
        content_rows += 1
        if content_rows > MAX_CONTENT_ROWS:
            raise InvalidInput("xlsx_too_many_rows", limit=str(MAX_CONTENT_ROWS),
                               details=f"sheet {ws.title}: more than {MAX_CONTENT_ROWS} "
                                       "rows with content")
        if content_rows <= 2 and _blank(values[columns["code"]]):
            below = _header_columns(values)
            if "max" in below:  # a two-row heading: "Điểm" over "Tối đa | Tự chấm | ..."
                columns = {**columns, "max": below["max"]}
                headings["max"] = _cell_text(values[below["max"]])
                continue
        if content_rows <= 2 and _is_column_numbers(values):
            continue
        if [_fold(v) if v is not None else "" for v in values] == header_folded:
            continue  # the heading repeated (tables pasted from Word repeat it on each page)
        node = _read_node(ws.title, values, columns, headings, number, content)
        if node is not None:
            nodes.append(node)
    if columns is None:
        return partial
    if not nodes:
        raise InvalidInput("xlsx_no_criteria", sheet=ws.title)
    return nodes


def _read_node(sheet: str, values: tuple[object, ...], columns: dict[str, int],
               headings: dict[str, str], number: int, content: bytes) -> dict[str, Any] | None:
    def cell(field: str) -> object:
        column = columns.get(field)
        return values[column] if column is not None and column < len(values) else None

    def bad(field: str, value: object) -> InvalidInput:
        return InvalidInput("xlsx_bad_cell", sheet=sheet, row=number,
                            column=headings.get(field) or COLUMNS[field][0],
                            value=_cell_text(value)[:80])

    raw_code = cell("code")
    try:
        code = _code_text(raw_code)
    except (ValueError, InvalidInput):
        raise bad("code", raw_code) from None
    title = _cell_text(cell("title"))
    if _blank(cell("max")) and _blank(cell("rule")) and not _TREE_CODE.match(code):
        # a heading or spacer row: merged cells leave the code empty or put the heading in
        # it ("PHẦN A. CÁC LĨNH VỰC TỰ CHẤM"), or it is numbered "I", "A"; a row numbered
        # like a criterion ("1.2") without points is an error below
        return None
    if not code:
        if _fold(title) in TOTAL_ROW_TITLES and _blank(cell("rule")):
            return None  # the "Tổng cộng | 100" row under a table
        raise bad("code", raw_code)
    raw_max = cell("max")
    if _blank(raw_max):
        formula = _formula_at(content, sheet, number, columns["max"])
        if formula:
            raise InvalidInput("xlsx_formula_no_value", sheet=sheet, row=number,
                               column=headings.get("max") or COLUMNS["max"][0],
                               formula=formula[:80])
        raise bad("max", raw_max)
    try:
        maximum = _points_text(raw_max)
    except (ValueError, InvalidInput, InvalidOperation):
        raise bad("max", raw_max) from None
    if not title:
        raise bad("title", "")
    rule = _cell_text(cell("rule"))
    if not rule:
        raise bad("rule", "")
    node: dict[str, Any] = {"code": code, "title": title, "max": maximum, "rule": rule}
    for field in NODE_FIELDS[4:]:
        node[field] = _cell_text(cell(field))
    node["row"] = number
    return node


def _formula_at(content: bytes, sheet: str, row: int, column: int) -> str:
    """The formula of a cell whose value came back empty: programs that do not calculate
    (openpyxl among them) save formulas without a result. Only on that error path."""
    workbook = openpyxl.load_workbook(io.BytesIO(content), read_only=True, data_only=False)
    try:
        rows = workbook[sheet].iter_rows(min_row=row, max_row=row, min_col=column + 1,
                                         max_col=column + 1, values_only=True)
        try:
            value = next(iter(rows), (None,))[0]
        finally:
            rows.close()
    finally:
        workbook.close()
    return value if isinstance(value, str) and value.startswith("=") else ""


def _read_info(ws: Any) -> dict[str, Any]:
    """key | value rows of the "Thông tin" sheet; unknown keys (and a heading) are ignored."""
    found: dict[str, Any] = {}
    for number, values in _rows(ws):
        if number > INFO_MAX_ROWS:
            break
        if not values or _blank(values[0]):
            continue
        key = INFO_KEYS.get(_fold(values[0]))
        if key is None or key in found:
            continue
        value = values[1] if len(values) > 1 else None
        if _blank(value) and key != "is_sample":
            continue
        found[key] = _info_value(key, value)
    return found


def _info_value(key: str, value: object) -> Any:
    """A field of the set from the info sheet or an override, in the type the JSON uses."""
    label = INFO_ROWS[key][0]
    shown = str(value) if isinstance(value, bool) else _cell_text(value)[:80]
    try:
        if key in ("year", "version"):
            if isinstance(value, bool):
                raise ValueError(value)
            number = Decimal(_number_text(value) if isinstance(value, int | float | Decimal)
                             else _cell_text(value))
            if not number.is_finite() or number != number.to_integral_value():
                raise ValueError(value)
            result = int(number)
            low, high = (1900, 2200) if key == "year" else (1, 1_000_000)
            if not low <= result <= high:
                raise ValueError(value)
            return result
        if key in ("total_points", "rounding_step"):
            return _points_text(value)
        if key == "is_sample":
            if isinstance(value, bool):
                return value
            word = _fold(_cell_text(value))
            if word in TRUE_WORDS:
                return True
            if word in FALSE_WORDS:
                return False
            raise ValueError(value)
        text = _cell_text(value)
        if not text:
            raise ValueError(value)
        return text
    except (ValueError, TypeError, OverflowError, InvalidInput, InvalidOperation):
        raise InvalidInput("xlsx_bad_info", field=label, value=shown) from None


# --- writing ------------------------------------------------------------------------------
THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
FONT = "Times New Roman"
HEADER_FILL = PatternFill("solid", fgColor="D9E2F3")
AREA_FILL = PatternFill("solid", fgColor="EDF2F9")
EXTRA_FILL = PatternFill("solid", fgColor="FFF2CC")


def _set(cell: Any, value: object) -> Any:
    cell.value = value
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"  # text, never a formula
    return cell


def _lines(text: str, width: int) -> int:
    """Rough number of wrapped lines of `text` in a column `width` characters wide."""
    if not text:
        return 1
    usable = max(width - 1, 4) * 1.3  # Times New Roman is narrower than the width unit
    lines, length = 1, 0
    for word in text.split(" "):
        size = len(word) + (1 if length else 0)
        if length and length + size > usable:
            lines += 1
            length = len(word)
        else:
            length += size
        while length > usable:
            lines += 1
            length -= int(usable)
    return lines


def _write_node_value(node: dict[str, Any], field: str) -> object:
    if field == "max":
        number = parse_decimal(str(node.get("max", "")), field="max")
        text = format_decimal(number) or "0"
        digits = len(Decimal(text).as_tuple().digits)
        # a number Excel can add up, unless it has more digits than Excel keeps
        return Decimal(text) if digits <= SIGNIFICANT_DIGITS else text
    text = clean_text(str(node.get(field, "") or ""))
    if field == "code":
        return _code_text(text) or None
    return text or None


def write_workbook(data: dict[str, Any], path: str | os.PathLike[str]) -> None:
    """Write a criteria set in the layout `read_workbook` reads (sheet "Bộ tiêu chí" with a
    title, the heading on row 4 and one row per node; sheet "Thông tin" with the set's
    fields), ready to print on landscape A4. The file appears complete or not at all."""
    target = Path(path)
    if target.is_dir():
        raise InvalidInput("file_is_directory", path=str(target))
    if not target.parent.is_dir():
        raise InvalidInput("file_missing", path=str(target.parent))
    header = {key: data.get(key, DEFAULTS.get(key)) for key in INFO_ROWS}
    for key in ("province", "year", "unit_group", "title"):
        if header[key] in (None, ""):
            raise InvalidInput("xlsx_missing_info", field=INFO_ROWS[key][0])
    for key in ("year", "version", "total_points", "rounding_step"):
        header[key] = _info_value(key, header[key])
    workbook = _build_workbook(header, data.get("criteria", []))
    _save_atomically(workbook, target)


def _build_workbook(header: dict[str, Any], nodes: list[dict[str, Any]]) -> Any:
    workbook = openpyxl.Workbook()
    ws = workbook.active
    ws.title = CRITERIA_SHEET
    workbook.properties.title = clean_text(str(header["title"]))
    workbook.properties.creator = "CCHC Desk"
    fields = list(COLUMNS)
    last_column = get_column_letter(len(fields))

    title = clean_text(str(header["title"]))
    _set(ws.cell(1, 1), title).font = Font(name=FONT, size=14, bold=True)
    subtitle = (f"Tỉnh: {clean_text(str(header['province']))} · Năm {header['year']} · "
                f"Nhóm đơn vị: {clean_text(str(header['unit_group']))} · "
                f"Phiên bản {header['version']} · Tổng {header['total_points']} điểm")
    _set(ws.cell(2, 1), subtitle).font = Font(name=FONT, size=11, italic=True)
    if header.get("is_sample"):
        _set(ws.cell(3, 1), "BỘ TIÊU CHÍ MẪU — không phải bảng chính thức của tỉnh nào").font = \
            Font(name=FONT, size=11, bold=True, color="C00000")
    for row in (1, 2, 3):
        ws.merge_cells(f"A{row}:{last_column}{row}")
        ws.cell(row, 1).alignment = Alignment(horizontal="center", vertical="center",
                                              wrap_text=True)
    table_width = sum(width for _, width, _ in COLUMNS.values())
    ws.row_dimensions[1].height = 20 * _lines(title, table_width * 4 // 5) + 4

    for column, field in enumerate(fields, start=1):
        heading, width, _ = COLUMNS[field]
        cell = _set(ws.cell(HEADER_ROW, column), heading)
        cell.font = Font(name=FONT, size=11, bold=True)
        cell.fill = HEADER_FILL
        cell.border = BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.column_dimensions[get_column_letter(column)].width = width
    ws.row_dimensions[HEADER_ROW].height = 15 * max(
        _lines(COLUMNS[f][0], COLUMNS[f][1]) for f in fields) + 6

    for index, node in enumerate(nodes):
        row = HEADER_ROW + 1 + index
        code = str(_write_node_value(node, "code") or "")
        level = code.count(".") + 1
        extra = code in ("T", "P")  # bonus and penalty, outside the total
        if level == 1 or extra:
            font = Font(name=FONT, size=11, bold=True)
            fill: PatternFill | None = EXTRA_FILL if extra else AREA_FILL
        else:
            font, fill = Font(name=FONT, size=11), None
        lines = 1
        for column, field in enumerate(fields, start=1):
            value = _write_node_value(node, field)
            cell = _set(ws.cell(row, column), value)
            _, width, horizontal = COLUMNS[field]
            cell.font = Font(name=FONT, size=11, bold=True) if (
                field == "title" and level == 2) else font
            if fill is not None:
                cell.fill = fill
            cell.border = BORDER
            indent = min(level - 1, 3) if field == "title" and not extra else 0
            cell.alignment = Alignment(horizontal=horizontal, vertical="top", wrap_text=True,
                                       indent=indent)
            cell.number_format = "@" if field == "code" else "General"
            if isinstance(value, str):
                lines = max(lines, _lines(value, width - 2 * indent))
        ws.row_dimensions[row].height = 14 * lines + 4

    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.auto_filter.ref = f"A{HEADER_ROW}:{last_column}{HEADER_ROW + max(len(nodes), 1)}"
    _page_setup(ws)
    _write_info(workbook.create_sheet(INFO_SHEET), header)
    return workbook


def _page_setup(ws: Any) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.page_margins.header = ws.page_margins.footer = 0.3
    ws.print_options.horizontalCentered = True
    ws.oddFooter.center.text = "Trang &P/&N"


def _write_info(ws: Any, header: dict[str, Any]) -> None:
    widths = (18, 50, 62)
    for column, (heading, width) in enumerate(
            zip(("Thông tin", "Giá trị", "Giải thích"), widths, strict=True), start=1):
        cell = _set(ws.cell(1, column), heading)
        cell.font = Font(name=FONT, size=11, bold=True)
        cell.fill = HEADER_FILL
        cell.border = BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center")
        ws.column_dimensions[get_column_letter(column)].width = width
    row = 2
    for key, (label, explanation) in INFO_ROWS.items():
        value = header.get(key)
        if key == "is_sample":
            value = "Có" if value else "Không"
        elif key == "note":
            value = clean_text(str(value or ""))
            if not value:
                continue
        elif key in ("total_points", "rounding_step"):
            value = Decimal(value)
        elif isinstance(value, str):
            value = clean_text(value)
        texts = (label, value, explanation or None)
        lines = 1
        for column, (text, width) in enumerate(zip(texts, widths, strict=True), start=1):
            cell = _set(ws.cell(row, column), text)
            cell.font = Font(name=FONT, size=11, bold=column == 1)
            cell.border = BORDER
            cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
            if isinstance(text, str):
                lines = max(lines, _lines(text, width))
        ws.row_dimensions[row].height = 14 * lines + 4
        row += 1
    ws.freeze_panes = "A2"
    _page_setup(ws)
    ws.print_title_rows = "1:1"


def _save_atomically(workbook: Any, target: Path) -> None:
    """Save to a temporary file beside the target, fsync, then rename over it. The file is
    created with the usual permissions (mkstemp would make it private to its owner)."""
    atomic_write(target, workbook.save, _write_error)


def _write_error(exc: OSError, target: Path) -> CchcError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageFull(path=str(target), details=str(exc))
    if isinstance(exc, PermissionError) or exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        # on Windows also: the file is open in Excel
        return InvalidInput("file_not_writable", path=str(target), details=str(exc))
    return WorkspaceError("io_error", path=str(target), details=str(exc))


