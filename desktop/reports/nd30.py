"""The document frame of Nghị định 30/2020/NĐ-CP (Phụ lục I) that every PDF report is set in,
and the text rules that keep any user text printable.

Page: A4 portrait, margins top 20 mm, bottom 20 mm, left 30 mm, right 15 mm (the constants
below; the frame has no padding, so text never enters them). Wide tables go to an appendix on
A4 landscape pages whose margins keep the binding edge: a landscape page is bound along its
top, so its top margin is the portrait left margin (30 mm), its bottom the portrait right
(15 mm) and its sides the portrait top and bottom (20 mm).

Header (two-column table): left, the managing body (13 pt caps) and the issuing agency (13 pt
bold caps) with a centred rule a third to a half of the name's length (0.4), then "Số: …"
(13 pt); right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (13 pt bold) and "Độc lập - Tự do -
Hạnh phúc" (14 pt bold) with a rule exactly as long as that line, then place and date in
italics (14 pt) on the row of "Số:". Dates: the decree's rule is "days below 10 and the months
1 and 2 get a leading zero" (so "ngày 08 tháng 01 năm 2026" but "ngày 15 tháng 3 năm 2026":
the zero keeps anyone from turning 1 into 11 or 12, and months 3–9 cannot be extended into a
valid month).

Title "BÁO CÁO" (14 pt bold), subject line (14 pt bold) and a short rule; body 14 pt,
justified, first-line indent 12.7 mm, 6 pt between paragraphs, line spacing about 1.2.
Page numbers: 13 pt, centred over the text in the top margin, from page 2 (not on page 1).
Closing: a two-column table, "Nơi nhận:" (12 pt bold italic) with the recipients (11 pt) on
the left, the authority line, the signer's title (14 pt bold caps), room for the signature
and the seal, and the signer's name (14 pt bold) on the right.

A report built from demo data carries "DỮ LIỆU MINH HỌA" in light grey across every page,
drawn as a picture so that copying or extracting the text gives the document's words only.

Text: every string from the user or the database goes through `clean` (NFC; control and
format characters removed; a character none of the four faces can draw — an emoji — becomes
"□") and `esc` (&, <, > for reportlab's paragraph markup), so a report always builds. Long
cells become several paragraphs and table rows may split across pages (`splitInRow`), so a
twenty-page explanation flows instead of overflowing a page."""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError

from desktop.models import criteria_xlsx
from desktop.models.decimals import format_decimal
from desktop.models.durable import atomic_write
from desktop.models.errors import InvalidInput
from desktop.reports.fonts import ReportFonts
from desktop.reports.info import ReportInfo, recipient_text

# -- page geometry (millimetres, as the decree gives them) -------------------------------------
MARGIN_TOP_MM = 20
MARGIN_BOTTOM_MM = 20
MARGIN_LEFT_MM = 30
MARGIN_RIGHT_MM = 15
LANDSCAPE_MARGIN_TOP_MM = 30     # the binding edge of a landscape page
LANDSCAPE_MARGIN_BOTTOM_MM = 15
LANDSCAPE_MARGIN_LEFT_MM = 20
LANDSCAPE_MARGIN_RIGHT_MM = 20
PAGE_NUMBER_FROM_TOP_MM = 12     # baseline of the page number, inside the top margin
LANDSCAPE_PAGE_NUMBER_FROM_TOP_MM = 20
FIRST_LINE_INDENT_MM = 12.7

BODY_SIZE = 14
BODY_LEADING = 17
HEADER_SIZE = 13
MOTTO_SIZE = 14
PAGE_NUMBER_SIZE = 13
TABLE_SIZE = 12
APPENDIX_SIZE = 11
RECIPIENTS_TITLE_SIZE = 12
RECIPIENTS_SIZE = 11
SIGNATURE_SPACE_MM = 28

NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
RECIPIENTS_TITLE = "Nơi nhận:"
ARCHIVE_DEFAULT = "Lưu: VT"
DEMO_MARK = "DỮ LIỆU MINH HỌA"
REPLACEMENT = "□"
DASH = "—"


@dataclass(frozen=True)
class FrameGeometry:
    """One page orientation: page size and margins in points; the frame is what is left."""
    page_width: float
    page_height: float
    top: float
    bottom: float
    left: float
    right: float
    page_number_from_top: float

    @property
    def frame_x(self) -> float:
        return self.left

    @property
    def frame_y(self) -> float:
        return self.bottom

    @property
    def frame_width(self) -> float:
        return self.page_width - self.left - self.right

    @property
    def frame_height(self) -> float:
        return self.page_height - self.top - self.bottom


PORTRAIT = FrameGeometry(A4[0], A4[1], MARGIN_TOP_MM * mm, MARGIN_BOTTOM_MM * mm,
                         MARGIN_LEFT_MM * mm, MARGIN_RIGHT_MM * mm, PAGE_NUMBER_FROM_TOP_MM * mm)
LANDSCAPE = FrameGeometry(landscape(A4)[0], landscape(A4)[1], LANDSCAPE_MARGIN_TOP_MM * mm,
                          LANDSCAPE_MARGIN_BOTTOM_MM * mm, LANDSCAPE_MARGIN_LEFT_MM * mm,
                          LANDSCAPE_MARGIN_RIGHT_MM * mm, LANDSCAPE_PAGE_NUMBER_FROM_TOP_MM * mm)


# -- text --------------------------------------------------------------------------------------

_LINE_BREAKS = {"\n", "\u2028", "\u2029", "\x0b", "\x0c", "\x85"}


def clean(text: Any, fonts: ReportFonts, *, newlines: bool = True) -> str:
    """Printable text in this font: NFC; tabs become spaces, line breaks (also form feeds and
    Unicode line/paragraph separators) stay, or become spaces; other control, format
    (zero-width, direction overrides) and private-use characters, emoji skin tones and
    combining marks the font lacks are dropped; a character the font cannot draw becomes its
    compatibility form when the font has that (ﬁ → fi), else "□"."""
    value = unicodedata.normalize("NFC", "" if text is None else str(text))
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    glyphs = fonts.glyphs
    out: list[str] = []
    for char in value:
        code = ord(char)
        if char in _LINE_BREAKS:
            out.append("\n" if newlines else " ")
            continue
        if char == "\t":
            out.append(" ")
            continue
        if 32 <= code < 0x7F:
            out.append(char)
            continue
        category = unicodedata.category(char)
        if category[0] == "C" or 0x1F3FB <= code <= 0x1F3FF:
            continue  # controls, format characters (zero-width, direction overrides), private
            # use, unassigned; skin-tone modifiers of an emoji that is boxed anyway
        if code in glyphs:
            out.append(char)
            continue
        if category[0] == "M":  # a combining mark the font lacks, after NFC: nothing to show
            continue
        if category == "Zs":
            out.append(" ")
            continue
        alternative = unicodedata.normalize("NFKC", char)
        if alternative != char and all(ord(c) in glyphs for c in alternative):
            out.append(alternative)
        else:
            out.append(REPLACEMENT if ord(REPLACEMENT) in glyphs else "?")
    return "".join(out)


def esc(text: str) -> str:
    """Text for reportlab's paragraph markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def markup(text: Any, fonts: ReportFonts, *, newlines: bool = False) -> str:
    return esc(clean(text, fonts, newlines=newlines))


def paragraphs_of(text: Any, fonts: ReportFonts) -> list[str]:
    """The non-empty lines of a text, each cleaned and escaped (one paragraph each)."""
    return [esc(line.strip()) for line in clean(text, fonts).split("\n") if line.strip()]


def vn_decimal(value: Decimal | None, empty: str = DASH) -> str:
    """1.25 → "1,25" (the Vietnamese decimal comma); None → a dash."""
    if value is None:
        return empty
    text = format_decimal(value)
    return (text or "0").replace(".", ",")


def vn_date(day: dt.date | str | None) -> str:
    """dd/mm/yyyy, as tables cite documents."""
    if not day:
        return ""
    if isinstance(day, str):
        try:
            day = dt.date.fromisoformat(day[:10])
        except ValueError:
            return day
    return day.strftime("%d/%m/%Y")


def date_words(day: dt.date) -> str:
    """"ngày 08 tháng 01 năm 2026": days below 10 and months 1–2 with a leading zero."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


def date_line(place: str, day: dt.date) -> str:
    """"An Giang, ngày 08 tháng 01 năm 2026" (without a place: the date alone)."""
    place = " ".join((place or "").split())
    return f"{place}, {date_words(day)}" if place else date_words(day).capitalize()


def number_line(number: str) -> str:
    """"Số: 15/BC-STP"; a number that starts with "/" leaves room for the clerk to write
    the number in ("Số:      /BC-STP")."""
    number = (number or "").strip()
    if not number or number.startswith("/"):
        return "Số:" + "\u00a0" * 8 + number
    return f"Số: {number}"


def recipient_lines(recipients: Iterable[str]) -> list[str]:
    """"- X;" for each recipient and "- Lưu: VT, ….": the archive line is last (added when
    missing)."""
    items = [recipient_text(r) for r in recipients]
    items = [i for i in items if i]
    archive = [i for i in items if i.casefold().startswith("lưu")]
    items = [i for i in items if not i.casefold().startswith("lưu")]
    items.append(archive[0] if archive else ARCHIVE_DEFAULT)
    return [f"- {item};" for item in items[:-1]] + [f"- {items[-1]}."]


# -- styles and flowables ----------------------------------------------------------------------

class Styles:
    """The paragraph styles of the frame, in one font family."""

    def __init__(self, fonts: ReportFonts) -> None:
        self.fonts = fonts
        r, b, i, bi = fonts.regular, fonts.bold, fonts.italic, fonts.bold_italic
        indent = FIRST_LINE_INDENT_MM * mm

        def style(name: str, font: str, size: float, leading: float | None = None,
                  align: int = TA_LEFT, **extra: Any) -> ParagraphStyle:
            return ParagraphStyle(name, fontName=font, fontSize=size,
                                  leading=leading or size * 1.2, alignment=align,
                                  splitLongWords=1, **extra)

        self.body = style("body", r, BODY_SIZE, BODY_LEADING, TA_JUSTIFY, firstLineIndent=indent,
                          spaceBefore=6)
        self.body_plain = style("body_plain", r, BODY_SIZE, BODY_LEADING, TA_JUSTIFY,
                                spaceBefore=6)
        self.heading = style("heading", b, BODY_SIZE, BODY_LEADING, TA_JUSTIFY,
                             firstLineIndent=indent, spaceBefore=8, keepWithNext=1)
        self.subheading = style("subheading", b, BODY_SIZE, BODY_LEADING, TA_JUSTIFY,
                                firstLineIndent=indent, spaceBefore=6, keepWithNext=1)
        self.note = style("note", i, BODY_SIZE, BODY_LEADING, TA_JUSTIFY, firstLineIndent=indent,
                          spaceBefore=6)
        self.managing = style("managing", r, HEADER_SIZE, 15.5, TA_CENTER)
        self.agency = style("agency", b, HEADER_SIZE, 15.5, TA_CENTER)
        self.number = style("number", r, HEADER_SIZE, 15.5, TA_CENTER)
        self.nation = style("nation", b, HEADER_SIZE, 15.5, TA_CENTER)
        self.motto = style("motto", b, MOTTO_SIZE, 16.5, TA_CENTER)
        self.date = style("date", i, MOTTO_SIZE, 16.5, TA_CENTER)
        self.title = style("title", b, BODY_SIZE, BODY_LEADING, TA_CENTER, keepWithNext=1)
        self.subject = style("subject", b, BODY_SIZE, BODY_LEADING, TA_CENTER, keepWithNext=1)
        self.centre_italic = style("centre_italic", i, BODY_SIZE - 1, BODY_LEADING - 1,
                                   TA_CENTER, keepWithNext=1)
        self.sign = style("sign", b, BODY_SIZE, BODY_LEADING, TA_CENTER)
        self.recipients_title = style("recipients_title", bi, RECIPIENTS_TITLE_SIZE, 14.5,
                                      TA_LEFT)
        self.recipient = style("recipient", r, RECIPIENTS_SIZE, 13, TA_LEFT)
        self.cell = {align: style(f"cell_{align}", r, TABLE_SIZE, 14.5, align)
                     for align in (TA_LEFT, TA_CENTER, TA_RIGHT, TA_JUSTIFY)}
        self.cell_bold = {align: style(f"cell_bold_{align}", b, TABLE_SIZE, 14.5, align)
                          for align in (TA_LEFT, TA_CENTER, TA_RIGHT, TA_JUSTIFY)}
        self.small = {align: style(f"small_{align}", r, APPENDIX_SIZE, 13, align)
                      for align in (TA_LEFT, TA_CENTER, TA_RIGHT, TA_JUSTIFY)}
        self.small_bold = {align: style(f"small_bold_{align}", b, APPENDIX_SIZE, 13, align)
                           for align in (TA_LEFT, TA_CENTER, TA_RIGHT, TA_JUSTIFY)}
        self.small_italic = style("small_italic", i, APPENDIX_SIZE, 13, TA_LEFT)

    def text_width(self, text: str, style: ParagraphStyle) -> float:
        return stringWidth(text, style.fontName, style.fontSize)


class Rule(Flowable):
    """A horizontal line of a given length, centred in the space it is given."""

    def __init__(self, length: float, *, thickness: float = 0.6, before: float = 1.5,
                 after: float = 1.5) -> None:
        super().__init__()
        self.length, self.thickness, self.before, self.after = length, thickness, before, after
        self._avail = length

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self._avail = availWidth
        return availWidth, self.before + self.thickness + self.after

    def draw(self) -> None:
        length = min(self.length, self._avail)
        x = (self._avail - length) / 2
        y = self.after + self.thickness / 2
        self.canv.setLineWidth(self.thickness)
        self.canv.line(x, y, x + length, y)


ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}


class Plain(str):
    """A short cell value (a number, a date) drawn as plain text: faster than a paragraph
    for the thousands of cells of a province's ranking, and it never needs to wrap."""


def grid_table(styles: Styles, header: Sequence[str], rows: Sequence[Sequence[Any]],
               widths: Sequence[float], *, aligns: Sequence[str], bold_rows: Iterable[int] = (),
               small: bool = False, header_rows: int = 1,
               extra_style: Sequence[tuple] = ()) -> Table:
    """A ruled table whose header row repeats on every page. A cell is text (cleaned and made
    paragraphs: one per line, so a long cell can split), a `Plain` value (drawn as it is), or
    a flowable / list of flowables already made. Rows in `bold_rows` (data row indexes) are
    bold; `header` holds the column titles (markup allowed)."""
    fonts = styles.fonts
    body = styles.small if small else styles.cell
    bold = styles.small_bold if small else styles.cell_bold
    size = APPENDIX_SIZE if small else TABLE_SIZE
    bolded = set(bold_rows)
    data: list[list[Any]] = [[Paragraph(title, bold[TA_CENTER]) for title in header]]
    for index, row in enumerate(rows):
        line = []
        for column, value in enumerate(row):
            align = ALIGN[aligns[column]]
            if isinstance(value, Plain):
                line.append(clean(value, fonts, newlines=False))
            elif isinstance(value, (Flowable, list)):
                line.append(value)
            else:
                style = (bold if index in bolded else body)[align]
                parts = paragraphs_of(value, fonts)
                line.append([Paragraph(p, style) for p in parts] if len(parts) > 1
                            else Paragraph(parts[0] if parts else "", style))
        data.append(line)
    commands: list[tuple] = [
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE"),
        ("FONTNAME", (0, 0), (-1, -1), fonts.regular),
        ("FONTSIZE", (0, 0), (-1, -1), size),
        ("LEADING", (0, 0), (-1, -1), size * 1.2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for column, align in enumerate(aligns):
        commands.append(("ALIGN", (column, header_rows), (column, -1),
                         {"justify": "LEFT"}.get(align, align.upper())))
    for index in bolded:
        commands.append(("FONTNAME", (0, index + header_rows), (-1, index + header_rows),
                         fonts.bold))
    commands.extend(extra_style)
    return Table(data, colWidths=list(widths), repeatRows=header_rows, splitInRow=1,
                 style=TableStyle(commands), hAlign="CENTER")


# -- the document ------------------------------------------------------------------------------

class Nd30Document:
    """One report being built: its styles, the header, title and closing blocks, and the
    page templates (portrait body, landscape appendix) with page numbers from page 2."""

    def __init__(self, fonts: ReportFonts, info: ReportInfo, *, title: str, issuer: str,
                 demo: bool = False, kind_name: str = "Báo cáo") -> None:
        """`title`: the document's title (PDF metadata); `issuer`: the issuing agency's name
        as running text writes it ("Sở Tư pháp"); `demo`: mark every page as demo data;
        `kind_name`: the document type in running text ("Kèm theo Báo cáo số …")."""
        self.fonts, self.info, self.title, self.demo = fonts, info, title, demo
        self.issuer, self.kind_name = issuer, kind_name
        self.styles = Styles(fonts)

    # the blocks of the first page
    def header(self) -> Table:
        s, info = self.styles, self.info
        width = PORTRAIT.frame_width
        left_width = 65 * mm
        right_width = width - left_width
        agency = clean(info.agency, self.fonts, newlines=False)
        left: list[Flowable] = []
        if info.managing_body.strip():
            left.append(Paragraph(markup(info.managing_body, self.fonts), s.managing))
        left.append(Paragraph(esc(agency), s.agency))
        agency_width = min(s.text_width(agency, s.agency), left_width - 6)
        left.append(Rule(max(agency_width * 0.4, 20 * mm), before=3))
        motto_width = s.text_width(MOTTO, s.motto)
        right = [Paragraph(NATION, s.nation), Paragraph(MOTTO, s.motto),
                 Rule(motto_width, before=3)]
        number = Paragraph(markup(number_line(info.number), self.fonts), s.number)
        date = Paragraph(markup(date_line(info.place, info.date), self.fonts), s.date)
        table = Table([[left, right], [number, date]], colWidths=[left_width, right_width],
                      splitInRow=1, hAlign="CENTER")
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), self.fonts.regular),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 1), (-1, 1), 4),
        ]))
        return table

    def title_block(self, kind: str, subject: str) -> list[Flowable]:
        s = self.styles
        subject_text = clean(subject, self.fonts, newlines=False)
        length = min(s.text_width(subject_text, s.subject), PORTRAIT.frame_width) * 0.4
        return [Spacer(1, 16), Paragraph(esc(kind), s.title),
                Paragraph(esc(subject_text), s.subject),
                Rule(max(length, 25 * mm), before=8, after=2), Spacer(1, 8)]

    def closing(self) -> Table:
        """"Nơi nhận:" and the recipients left, the signature block right."""
        s, info = self.styles, self.info
        left: list[Flowable] = [Paragraph(RECIPIENTS_TITLE, s.recipients_title)]
        left += [Paragraph(markup(line, self.fonts), s.recipient)
                 for line in recipient_lines(info.recipients)]
        right: list[Flowable] = []
        for line in (info.authority, info.signer_title):
            if line.strip():
                right.append(Paragraph(markup(line.upper(), self.fonts), s.sign))
        right.append(Spacer(1, SIGNATURE_SPACE_MM * mm))
        right.append(Paragraph(markup(info.signer_name, self.fonts) or "\u00a0", s.sign))
        width = PORTRAIT.frame_width
        table = Table([[left, right]], colWidths=[width * 0.45, width * 0.55], splitInRow=1,
                      hAlign="CENTER")
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), self.fonts.regular),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]))
        return table

    # body helpers
    def heading(self, text: str) -> Paragraph:
        return Paragraph(markup(text, self.fonts), self.styles.heading)

    def subheading(self, text: str) -> Paragraph:
        return Paragraph(markup(text, self.fonts), self.styles.subheading)

    def paragraph(self, text: str, *, style: ParagraphStyle | None = None) -> Paragraph:
        """One paragraph of body text; `text` is plain (it is cleaned and escaped)."""
        return Paragraph(markup(text, self.fonts), style or self.styles.body)

    def rich(self, markup_text: str, *, style: ParagraphStyle | None = None) -> Paragraph:
        """A paragraph whose markup the caller built (its user parts through `markup`)."""
        return Paragraph(markup_text, style or self.styles.body)

    def text_block(self, text: str, *, empty: str = "Không có.") -> list[Paragraph]:
        """A user's multi-line text as body paragraphs (one per line)."""
        parts = paragraphs_of(text, self.fonts)
        if not parts:
            return [Paragraph(esc(empty), self.styles.body)]
        return [Paragraph(p, self.styles.body) for p in parts]

    def appendix(self, heading: str, subtitle: str, table: Flowable) -> list[Flowable]:
        """A landscape appendix: "PHỤ LỤC", its title, the line that ties it to the report,
        then the table (whose header row repeats on every page)."""
        s, info = self.styles, self.info
        number = (info.number or "").strip()
        number = "\u00a0" * 6 + number if number.startswith("/") else number
        ties = " ".join(part for part in (
            f"(Kèm theo {self.kind_name}", f"số {number}" if number else "",
            f"ngày {vn_date(info.date)} của {self.issuer})") if part)
        return [NextPageTemplate("landscape"), PageBreak(),
                Paragraph(esc(heading), s.title),
                Paragraph(markup(subtitle, self.fonts), s.subject),
                Paragraph(markup(ties, self.fonts), s.centre_italic),
                Spacer(1, 10), table]

    # building
    def _decorate(self, geometry: FrameGeometry) -> Callable[[Any, Any], None]:
        def on_page(canvas: Any, doc: Any) -> None:
            canvas.saveState()
            page = canvas.getPageNumber()
            if page > 1:
                canvas.setFont(self.fonts.regular, PAGE_NUMBER_SIZE)
                canvas.drawCentredString(geometry.frame_x + geometry.frame_width / 2,
                                         geometry.page_height - geometry.page_number_from_top,
                                         str(page))
            if self.demo:
                image, width, height = demo_mark(self.fonts)
                canvas.drawImage(image, geometry.frame_x + (geometry.frame_width - width) / 2,
                                 geometry.frame_y + (geometry.frame_height - height) / 2,
                                 width, height, mask="auto")
            canvas.restoreState()
        return on_page

    def build(self, story: list[Flowable]) -> bytes:
        """The PDF as bytes (nothing is written anywhere). A layout reportlab cannot make is
        the user's error `report_layout_failed`, not a crash."""
        buffer = io.BytesIO()
        info = self.info
        doc = BaseDocTemplate(
            buffer, pagesize=A4, leftMargin=PORTRAIT.left, rightMargin=PORTRAIT.right,
            topMargin=PORTRAIT.top, bottomMargin=PORTRAIT.bottom,
            title=clean(self.title, self.fonts, newlines=False),
            author=clean(info.agency, self.fonts, newlines=False),
            subject=clean(info.subject or self.title, self.fonts, newlines=False),
            creator="CCHC Desk", lang="vi-VN", initialFontName=self.fonts.regular,
            initialFontSize=BODY_SIZE)
        templates = []
        for name, geometry in (("portrait", PORTRAIT), ("landscape", LANDSCAPE)):
            frame = Frame(geometry.frame_x, geometry.frame_y, geometry.frame_width,
                          geometry.frame_height, leftPadding=0, rightPadding=0, topPadding=0,
                          bottomPadding=0, id=f"{name}-frame")
            templates.append(PageTemplate(id=name, frames=[frame], pagesize=(
                geometry.page_width, geometry.page_height), onPage=self._decorate(geometry)))
        doc.addPageTemplates(templates)
        try:
            doc.build(story)
        except LayoutError as exc:
            raise InvalidInput("report_layout_failed", details=str(exc)[:500]) from exc
        return buffer.getvalue()


_MARKS: dict[tuple[Path, ...], tuple[Any, float, float]] = {}


def demo_mark(fonts: ReportFonts) -> tuple[Any, float, float]:
    """"DỮ LIỆU MINH HỌA" in light grey, turned 30°, as a picture (width and height in
    points): a mark on every page of a report built from demo data that text extraction
    does not mix into the document's own text."""
    if fonts.paths not in _MARKS:
        from PIL import Image, ImageDraw, ImageFont
        from reportlab.lib.utils import ImageReader

        scale = 3  # pixels per point
        face = ImageFont.truetype(str(fonts.paths[1]), 40 * scale)
        left, top, right, bottom = face.getbbox(DEMO_MARK)
        picture = Image.new("LA", (right - left + 8, bottom - top + 8), (255, 0))
        ImageDraw.Draw(picture).text((4 - left, 4 - top), DEMO_MARK, font=face, fill=(210, 255))
        picture = picture.rotate(30, expand=True, resample=Image.Resampling.BICUBIC)
        _MARKS[fonts.paths] = (ImageReader(picture.convert("RGBA")), picture.width / scale,
                               picture.height / scale)
    return _MARKS[fonts.paths]


# -- writing -----------------------------------------------------------------------------------

def check_target(out: Path | str) -> Path:
    """The file a report will be written to: refused up front when it is a folder or its
    folder does not exist (before any work is done)."""
    target = Path(out)
    if target.is_dir():
        raise InvalidInput("file_is_directory", path=str(target))
    if not target.parent.is_dir():
        raise InvalidInput("report_folder_missing", path=str(target.parent))
    return target


def write_pdf(out: Path | str, data: bytes) -> Path:
    """Write a built PDF whole or not at all (temp file beside it, fsync, rename)."""
    target = check_target(out)
    atomic_write(target, lambda handle: handle.write(data), criteria_xlsx._write_error)
    return target
