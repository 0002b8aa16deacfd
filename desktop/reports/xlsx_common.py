"""What the Excel workbooks of the reports share: the target check, safe cell text, exact
numbers, formulas as formulas, cell looks, and a streaming sheet writer with the print set-up
(A4 landscape, fit to the page width, the header row repeated on every printed page).

The workbooks are written with openpyxl in write-only mode: rows stream out as they are
made, so the province summary of 3,321 units with its per-area sheets stays within memory;
the finished workbook is built in memory and then written beside the target, fsynced and
renamed over it (`desktop.models.board.save_workbook`), so a failure never leaves half a file
at the target path.

Cell contents:
- text is NFC, stripped of the characters XML 1.0 forbids (control characters, lone
  surrogates) and cut to Excel's 32,767 characters per cell with a visible note; text that
  starts with "=" stays text, never a formula;
- numbers are the services' exact Decimals written as numbers (Excel shows them with the
  user's own decimal separator through the number format);
- formulas are `Formula` strings, so a formula is never confused with text."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from types import MethodType
from typing import Any

import openpyxl
import openpyxl.worksheet._write_only
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

from desktop.models.board import save_workbook
from desktop.models.decimals import format_decimal
from desktop.models.entities import Evidence, RatingBand
from desktop.models.errors import InvalidInput
from desktop.models.progress import Progress

FONT = "Times New Roman"
CELL_TEXT_LIMIT = 32_767          # Excel's limit of characters in one cell
MAX_ROW_HEIGHT = 409              # Excel's limit, in points
LINE_HEIGHT = 14.0                # one line of 11 pt Times New Roman with Vietnamese marks
POINTS = "#,##0.00"               # points: 1.234,50 in a Vietnamese Excel
PERCENT = "0.00"                  # the index, already a percentage
INTEGER = "0"
DATE = "DD/MM/YYYY"
SUM_ARGUMENTS = 255               # Excel's limit of arguments of one function

# The stages of a unit in the coordination cycle, as the board window names them.
STAGE_NAMES = {
    "not_received": "Chưa nhận",
    "received": "Đã nhận",
    "in_appraisal": "Đang thẩm định",
    "explanation_requested": "Đã yêu cầu giải trình",
    "explained": "Đã giải trình",
    "appraised": "Đã thẩm định",
    "approved": "Đã phê duyệt",
}
STAGE_MEANINGS = {
    "not_received": "Chưa nhận được hồ sơ tự đánh giá của đơn vị.",
    "received": "Đã nhận hồ sơ tự đánh giá, chưa bắt đầu thẩm định.",
    "in_appraisal": "Đang thẩm định (vòng 1 hoặc vòng 2).",
    "explanation_requested": "Đã gửi yêu cầu giải trình, đang chờ đơn vị giải trình.",
    "explained": "Đơn vị đã gửi giải trình, chờ thẩm định vòng 2.",
    "appraised": "Đã thẩm định xong các tiêu chí tự chấm, chờ phê duyệt.",
    "approved": "Sở Nội vụ đã phê duyệt và khóa điểm của đơn vị.",
}
PACKAGE_NAMES = {
    "submission": "Gói tự đánh giá",
    "enrolment": "Đăng ký đợt đánh giá",
    "explanation": "Giải trình",
    "appraisal": "Kết quả thẩm định",
    "proposal": "Đề xuất nhiệm vụ",
    "receipt": "Giấy báo nhận",
}

# Characters XML 1.0 forbids (openpyxl raises IllegalCharacterError on them) and lone
# surrogates, which no encoder writes.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_TRUNCATED = "… [đã cắt bớt: nội dung dài {length} ký tự, vượt giới hạn một ô Excel]"


class Formula(str):
    """A cell formula ("=SUM(D7,D9)"); any other str is written as text."""


def clean_text(value: object, *, one_line: bool = False, limit: int = CELL_TEXT_LIMIT) -> str:
    """Text a cell can hold: NFC, no character XML 1.0 forbids, line breaks kept (or, with
    `one_line`, every run of whitespace made one space), at most `limit` characters (a longer
    text is cut, with a note saying how long it was)."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", str(value))
    text = _ILLEGAL.sub("", text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " "))
    text = " ".join(text.split()) if one_line else text.strip()
    if len(text) > limit:
        note = _TRUNCATED.format(length=len(text))
        text = text[: limit - len(note)].rstrip() + note
    return text


def number(value: Decimal | str | None) -> Decimal | None:
    """An exact decimal as the cell's number (canonical: no exponent, no trailing zeros)."""
    if value is None:
        return None
    text = format_decimal(Decimal(value))
    return Decimal(text) if text is not None else None


def vi_date(value: str | dt.date | None) -> str:
    """dd/mm/yyyy, with leading zeros."""
    if not value:
        return ""
    day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
    return day.strftime("%d/%m/%Y")


def vi_number(value: Decimal | None) -> str:
    """A decimal written the Vietnamese way (1,25) for text cells."""
    text = format_decimal(value)
    return "" if text is None else text.replace(".", ",")


def check_target(out: str | Path) -> Path:
    """The file to write: refused when it is a folder or its folder does not exist."""
    target = Path(out)
    if target.is_dir():
        raise InvalidInput("file_is_directory", path=str(target))
    if not target.parent.is_dir():
        raise InvalidInput("report_folder_missing", path=str(target.parent))
    return target


def citation(evidence: Evidence) -> str:
    """One line citing a document: number and symbol, date, section and page, then its name
    (`Số 45/BC-STP ngày 25/03/2026, Mục II, tr. 3–5 (Báo cáo CCHC quý I)`)."""
    name = clean_text(Path(evidence.original_name).stem, one_line=True)
    head = []
    if evidence.doc_number:
        head.append(f"Số {clean_text(evidence.doc_number, one_line=True)}")
    if evidence.doc_date:
        head.append(f"ngày {vi_date(evidence.doc_date)}")
    text = " ".join(head)
    pages = clean_text(evidence.pages, one_line=True)
    if pages:
        text = f"{text}, {pages}" if text else pages
    if not text:
        return name
    return f"{text} ({name})" if name else text


# -- formulas ---------------------------------------------------------------------------------

def ranges(column: str, rows: Iterable[int]) -> list[str]:
    """Cell references of `rows` in `column`, consecutive rows joined into ranges."""
    out: list[str] = []
    ordered = sorted(set(rows))
    start = previous = None
    for row in [*ordered, None]:
        if start is not None and (row is None or row != previous + 1):
            out.append(f"{column}{start}" if start == previous else f"{column}{start}:{column}{previous}")
            start = None
        if row is not None and start is None:
            start = row
        previous = row
    return out


def sum_of(references: Sequence[str]) -> str:
    """SUM(…) of the references (no "="), nested when there are more than Excel's 255
    arguments of one function; SUM() of nothing is 0."""
    if not references:
        return "0"
    if len(references) <= SUM_ARGUMENTS:
        return f"SUM({','.join(references)})"
    parts = [sum_of(references[i:i + SUM_ARGUMENTS])
             for i in range(0, len(references), SUM_ARGUMENTS)]
    return sum_of(parts)


def final_formula(convention: str, maximum: str, base: str, bonus: str, penalty: str) -> str:
    """The final total of `desktop.models.scoring.final_total` as a formula over cell
    references (no "=")."""
    if convention == "cap_then_penalty":
        return f"MAX(0,MIN({maximum},{base}+{bonus})-{penalty})"
    if convention == "net_then_cap":
        return f"MAX(0,MIN({maximum},{base}+{bonus}-{penalty}))"
    if convention == "uncapped":
        return f"MAX(0,{base}+{bonus}-{penalty})"
    raise ValueError(f"unknown final convention {convention!r}")


def index_formula(final: str, maximum: str) -> str:
    """`scoring.index_percent`: final / maximum × 100, truncated to 0.01. The quotient is
    first rounded to 10 decimals: a spreadsheet divides in binary floating point, where
    57.7 / 100 × 100 is 57.699999…, which a bare TRUNC would cut to 57.69."""
    return f"IF({maximum}>0,TRUNC(ROUND({final}*100/{maximum},10),2),0)"


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def band_formula(index: str, bands: Sequence[RatingBand]) -> str:
    """`scoring.rating_band` as nested IFs, highest band first; "" below every band."""
    formula = '""'
    for band in sorted(bands, key=lambda b: Decimal(b.min_percent)):
        label = clean_text(band.label, one_line=True, limit=200)
        formula = (f"IF({index}>={format_decimal(Decimal(band.min_percent))},"
                   f"{_quoted(label)},{formula})")
    return formula


# -- looks --------------------------------------------------------------------------------------

THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
FILLS = {
    "header": PatternFill("solid", fgColor="D9E2F3"),
    "area": PatternFill("solid", fgColor="EDF2F9"),
    "extra": PatternFill("solid", fgColor="FFF2CC"),
    "total": PatternFill("solid", fgColor="E2EFDA"),
}


@dataclass(frozen=True)
class Look:
    """How a cell looks; each distinct look becomes one cell style of the workbook."""
    bold: bool = False
    italic: bool = False
    size: int = 11
    color: str | None = None
    fill: str | None = None
    number_format: str = "General"
    horizontal: str = "left"
    vertical: str = "top"
    indent: int = 0
    wrap: bool = True
    border: bool = True


TEXT = Look()
CENTER = Look(horizontal="center")
NUMBER = Look(number_format=POINTS, horizontal="right")
HEADER = Look(bold=True, fill="header", horizontal="center", vertical="center")


# -- the streaming sheet ------------------------------------------------------------------------

class Sheet:
    """One worksheet written row by row: a title block, one header row, the table. Column
    widths are fixed at creation (write-only sheets write them first); row heights are
    estimated from the text, since Excel does not fit wrapped rows on opening."""

    def __init__(self, workbook: Any, title: str, widths: Sequence[float], *,
                 header_row: int, freeze_columns: int = 0) -> None:
        self.workbook = workbook
        self.ws = workbook.create_sheet(title)
        self.widths = list(widths)
        self.columns = len(widths)
        self.row_number = 0
        self.header_row = header_row
        self._looks: dict[Look, Any] = {}
        for column, width in enumerate(widths, start=1):
            self.ws.column_dimensions[get_column_letter(column)].width = width
        if _FAST_ROWS:
            self.ws._values_to_row = MethodType(_cells_to_row, self.ws)
        # a streaming sheet writes its views first: the panes are frozen before any row
        self.ws.freeze_panes = f"{get_column_letter(freeze_columns + 1)}{header_row + 1}"
        self._page_setup()

    @property
    def last_column(self) -> str:
        return get_column_letter(self.columns)

    def _page_setup(self) -> None:
        ws = self.ws
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = "9"  # A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.page_margins.left = ws.page_margins.right = 0.4
        ws.page_margins.top = ws.page_margins.bottom = 0.6
        ws.page_margins.header = ws.page_margins.footer = 0.3
        ws.print_options.horizontalCentered = True
        ws.oddFooter.center.text = "Trang &P/&N"

    def _style(self, look: Look) -> Any:
        style = self._looks.get(look)
        if style is None:
            probe = WriteOnlyCell(self.ws)
            probe.font = Font(name=FONT, size=look.size, bold=look.bold, italic=look.italic,
                              color=look.color)
            if look.fill:
                probe.fill = FILLS[look.fill]
            if look.border:
                probe.border = BORDER
            probe.alignment = Alignment(horizontal=look.horizontal, vertical=look.vertical,
                                        wrap_text=look.wrap, indent=look.indent)
            probe.number_format = look.number_format
            style = self._looks[look] = probe._style
        return style

    def cell(self, value: object, look: Look = TEXT) -> WriteOnlyCell:
        """A cell of this sheet; text must have been through `clean_text`."""
        if isinstance(value, Formula):
            cell = WriteOnlyCell(self.ws, str(value))
        elif isinstance(value, str):
            cell = WriteOnlyCell(self.ws, value or None)
            if value:
                cell.data_type = "s"  # text, never a formula
        elif isinstance(value, Decimal):
            cell = WriteOnlyCell(self.ws, number(value))
        else:
            cell = WriteOnlyCell(self.ws, value)
        cell._style = self._style(look)  # shared: a written cell's style is only read
        return cell

    def _height(self, values: Sequence[object], widths: Sequence[float],
                size: int = 11) -> float | None:
        lines = 1
        for value, width in zip(values, widths, strict=False):
            if isinstance(value, str) and not isinstance(value, Formula):
                lines = max(lines, text_lines(value, width))
        if lines == 1 and size <= 11:
            return None
        return min(MAX_ROW_HEIGHT, round(lines * LINE_HEIGHT * size / 11 + 4, 1))

    def row(self, values: Sequence[object], looks: Sequence[Look] | Look = TEXT, *,
            height: float | None = None) -> int:
        """Append one row; returns its number."""
        if isinstance(looks, Look):
            looks = [looks] * len(values)
        self.row_number += 1
        indents = [look.indent * 2 for look in looks]
        widths = [max(w - i, 4) for w, i in zip(self.widths, indents, strict=False)]
        values = [clean_text(v) if isinstance(v, str) and not isinstance(v, Formula) else v
                  for v in values]
        height = height or self._height(values, widths)
        if height:
            self.ws.row_dimensions[self.row_number].height = height
        self.ws.append([self.cell(v, look) for v, look in zip(values, looks, strict=True)])
        return self.row_number

    def title(self, text: str, look: Look = Look(bold=True, size=14, horizontal="center",
                                                  vertical="center", border=False)) -> int:
        """A line of the title block, across the table's width."""
        text = clean_text(text, one_line=True, limit=2000)
        row = self.row([text], look, height=self._height(
            [text], [sum(self.widths) * 0.95], look.size) or round(LINE_HEIGHT * look.size / 11 + 4, 1))
        if self.columns > 1:
            self.ws.merged_cells.add(f"A{row}:{self.last_column}{row}")
        return row

    def blank(self) -> int:
        self.row_number += 1
        self.ws.append([])
        return self.row_number

    def header(self, texts: Sequence[str]) -> int:
        """The table's header row (the `header_row` given at creation): the panes are frozen
        below it, the filter starts on it and it is repeated on every printed page."""
        while self.row_number < self.header_row - 1:
            self.blank()
        if self.row_number != self.header_row - 1:
            raise ValueError(f"the title block ran past the header row {self.header_row}")
        return self.row(list(texts), HEADER)

    def finish(self, last_row: int | None = None) -> None:
        """The filter over the table (down to `last_row`, by default the last row written)
        and the print titles."""
        last = max(last_row or self.row_number, self.header_row + 1)
        self.ws.auto_filter.ref = f"A{self.header_row}:{self.last_column}{last}"
        self.ws.print_title_rows = f"{self.header_row}:{self.header_row}"


# openpyxl's write-only sheet turns each appended value into a cell by trying to assign it
# to a fresh cell (a failed assignment, with its error message, for every styled cell we
# pass). Our rows are always lists of ready cells, so they are numbered and passed on as they
# are: a third faster on the province summary. Only for the openpyxl series this was checked
# against; any other version takes openpyxl's own path.
_FAST_ROWS = openpyxl.__version__.startswith("3.1.") and hasattr(
    openpyxl.worksheet._write_only.WriteOnlyWorksheet, "_values_to_row")


def _cells_to_row(ws: Any, cells: Sequence[WriteOnlyCell], row: int) -> Iterable[WriteOnlyCell]:
    for column, cell in enumerate(cells, start=1):
        cell.column, cell.row = column, row
        yield cell


def text_lines(text: str, width: float) -> int:
    """Rough number of lines `text` wraps to in a column `width` characters wide (11 pt
    Times New Roman is narrower than the width unit)."""
    if not text:
        return 1
    usable = max(width - 1, 3) * 1.5
    total = 0
    for paragraph in text.split("\n"):
        lines, length = 1, 0
        for word in paragraph.split(" "):
            size = len(word) + (1 if length else 0)
            if length and length + size > usable:
                lines += 1
                length = len(word)
            else:
                length += size
            while length > usable:
                lines += 1
                length -= int(usable)
        total += lines
        if total * LINE_HEIGHT > MAX_ROW_HEIGHT:
            break
    return total


class Ticker:
    """Progress of a long workbook: reports rows written and lets the user stop between
    rows (`Cancelled`, raised before anything is written at the target)."""

    EVERY = 500

    def __init__(self, progress: Progress | None, total: int, text: str) -> None:
        self.progress, self.total, self.text, self.done = progress, total, text, 0
        if progress is not None:
            progress.check()
            progress.report(0, total, text)

    def tick(self) -> None:
        self.done += 1
        if self.progress is not None and (self.done % self.EVERY == 0 or self.done == self.total):
            self.progress.check()
            self.progress.report(self.done, self.total, self.text)


def new_workbook() -> Any:
    return openpyxl.Workbook(write_only=True)


def save(workbook: Any, target: Path) -> Path:
    """Write the workbook whole or not at all (built in memory, then written beside the
    target, fsynced and renamed over it)."""
    save_workbook(workbook, target)
    return target
