"""The unit's self-assessment report (báo cáo tự đánh giá, chấm điểm Chỉ số CCHC) as a PDF in
the NĐ 30 frame: I. results and totals, II. explanations, III. difficulties and
recommendations, the signature block and "Nơi nhận:", then a landscape appendix with the
full score table. Every number is the score sheet's (`desktop.models.scoring.scoresheet`),
the one the screen and `cchc assess show --json` show."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from desktop.models import campaigns, scoring, units
from desktop.models.scoring import Scoresheet, Totals
from desktop.models.store import Workspace
from desktop.reports import nd30
from desktop.reports.fonts import ReportFonts, report_fonts
from desktop.reports.info import ReportInfo, info_for_build
from desktop.reports.nd30 import Plain, vn_date, vn_decimal

TITLE = "BÁO CÁO"
APPENDIX_EXPLANATION_CHARS = 600   # longer explanations are cut in the appendix (full in II)
APPENDIX_HEADER = ("STT", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Điểm tối đa",
                   "Điểm tự đánh giá", "Tài liệu kiểm chứng (số, ký hiệu, ngày, trang)",
                   "Giải trình")
APPENDIX_WIDTHS_MM = (16, 78, 18, 20, 60, 65)   # 257 mm: the landscape frame


def default_subject(year: int, unit_name: str | None = None) -> str:
    text = f"Kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm {year}"
    return f"{text} của {unit_name}" if unit_name else text


def is_demo(ws: Workspace, campaign: Any) -> bool:
    return bool(getattr(campaign, "is_demo", 0)) or ws.meta("is_demo") == "1"


def citations(ws: Workspace, campaign_id: str, unit_id: str) -> dict[str, list[str]]:
    """Criterion code → the documents cited for it: "number ngày dd/mm/yyyy, pages" (the
    file's name when it has no number)."""
    out: dict[str, list[str]] = {}
    for code, number, day, pages, name in ws.db.execute(
            "SELECT c.code, e.doc_number, e.doc_date, e.pages, e.original_name "
            "FROM evidence_assessments l JOIN evidence e ON e.id = l.evidence_id "
            "JOIN assessments a ON a.id = l.assessment_id JOIN criteria c ON c.id = a.criterion_id "
            "WHERE a.campaign_id = ? AND a.unit_id = ? "
            "ORDER BY c.position, e.doc_date, e.doc_number, e.original_name",
            [campaign_id, unit_id]):
        label = (number or "").strip() or Path(name or "").stem or (name or "")
        parts = [label + (f" ngày {vn_date(day)}" if day else "")]
        if (pages or "").strip():
            parts.append(pages.strip())
        out.setdefault(code, []).append(", ".join(parts))
    return out


def _short(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= APPENDIX_EXPLANATION_CHARS:
        return text
    cut = text[:APPENDIX_EXPLANATION_CHARS].rsplit(" ", 1)[0]
    return f"{cut}… (xem toàn văn tại Mục II của Báo cáo)"


def explained_lines(sheet: Scoresheet) -> list[scoring.Line]:
    """The criteria section II lists: those still needing an explanation (claimed without
    evidence or below the maximum, with no explanation) and those explained."""
    return [line for line in sheet.lines
            if line.status == "needs_explanation" or line.explanation.strip()]


def totals_rows(own: Totals, appraised: Totals | None) -> list[tuple[str, str, str | None]]:
    """(label, self value, appraised value) of the totals, exactly the score sheet's."""
    def both(attribute: str) -> tuple[str, str | None]:
        mine = getattr(own, attribute)
        theirs = getattr(appraised, attribute) if appraised else None
        if attribute == "band":
            return mine or nd30.DASH, (theirs or nd30.DASH) if appraised else None
        return vn_decimal(mine), vn_decimal(theirs) if appraised else None

    labels = (("Điểm các tiêu chí tự chấm", "self_scored"),
              ("Điểm điều tra xã hội học", "survey"), ("Điểm thưởng", "bonus"),
              ("Điểm trừ", "penalty"), ("Tổng điểm", "final"), ("Chỉ số CCHC (%)", "index"),
              ("Xếp loại", "band"))
    return [(label, *both(attribute)) for label, attribute in labels]


def _area_table(doc: nd30.Nd30Document, sheet: Scoresheet, with_appraised: bool) -> Flowable:
    own, theirs = sheet.self_totals, sheet.appraised_totals
    header = ["STT", "Lĩnh vực", "Điểm tối đa", "Điểm tự đánh giá"]
    widths = [12, 83, 22, 24]
    aligns = ["center", "left", "right", "right"]
    if with_appraised:
        header.append("Điểm thẩm định")
        widths = [12, 63, 22, 24, 22]
        aligns.append("right")
    header.append("Tỷ lệ đạt (%)")
    widths.append(165 - sum(widths))
    aligns.append("right")
    rows: list[list[Any]] = []
    for code, (points, maximum) in own.areas.items():
        row = [Plain(code), own.area_titles.get(code, ""), Plain(vn_decimal(maximum)),
               Plain(vn_decimal(points))]
        if with_appraised:
            row.append(Plain(vn_decimal(theirs.areas.get(code, (None, None))[0])))
        row.append(Plain(vn_decimal(scoring.index_percent(points, maximum))))
        rows.append(row)
    extras = {line.criterion.kind: line.criterion for line in sheet.lines
              if line.criterion.kind in ("bonus", "penalty") and line.depth == 0}
    for kind, label in (("bonus", "Điểm thưởng"), ("penalty", "Điểm trừ")):
        node = extras.get(kind)
        if node is None:
            continue
        row = [Plain(node.code), node.title or label, Plain(vn_decimal(node.maximum)),
               Plain(vn_decimal(getattr(own, kind)))]
        if with_appraised:
            row.append(Plain(vn_decimal(getattr(theirs, kind))))
        row.append(Plain(""))
        rows.append(row)
    total = [Plain(""), "Tổng điểm", Plain(vn_decimal(Decimal(sheet.criteria_set.total_points))),
             Plain(vn_decimal(own.final))]
    if with_appraised:
        total.append(Plain(vn_decimal(theirs.final)))
    total.append(Plain(vn_decimal(own.index)))
    rows.append(total)
    return nd30.grid_table(doc.styles, header, rows, [w * mm for w in widths], aligns=aligns,
                           bold_rows=[len(rows) - 1])


def _totals_table(doc: nd30.Nd30Document, sheet: Scoresheet, with_appraised: bool) -> Flowable:
    header = ["STT", "Nội dung", "Tự đánh giá"] + (["Thẩm định"] if with_appraised else [])
    widths = [12, 95, 58] if not with_appraised else [12, 85, 34, 34]
    aligns = ["center", "left", "right"] + (["right"] if with_appraised else [])
    rows: list[list[Any]] = []
    bold = []
    appraised = sheet.appraised_totals if with_appraised else None
    for index, (label, mine, theirs) in enumerate(totals_rows(sheet.self_totals, appraised),
                                                  start=1):
        row: list[Any] = [Plain(str(index)), label,
                          mine if label == "Xếp loại" else Plain(mine)]
        if with_appraised:
            row.append(theirs if label == "Xếp loại" else Plain(theirs or ""))
        if label in ("Tổng điểm", "Chỉ số CCHC (%)", "Xếp loại"):
            bold.append(len(rows))
        rows.append(row)
    return nd30.grid_table(doc.styles, header, rows, [w * mm for w in widths], aligns=aligns,
                           bold_rows=bold)


def _appendix_table(doc: nd30.Nd30Document, sheet: Scoresheet,
                    cited: dict[str, list[str]]) -> Flowable:
    rows: list[list[Any]] = []
    bold: list[int] = []
    for line in sheet.lines:
        node = line.criterion
        explanation = _short(line.explanation) if line.explanation.strip() else (
            "(Chưa giải trình)" if line.status == "needs_explanation" else "")
        if line.depth == 0:
            bold.append(len(rows))
        rows.append([Plain(node.code), node.title, Plain(vn_decimal(node.maximum)),
                     Plain(vn_decimal(line.score, "")), "\n".join(cited.get(node.code, [])),
                     explanation])
    own = sheet.self_totals
    bold.append(len(rows))
    rows.append([Plain(""), "Tổng điểm (sau điểm thưởng, điểm trừ)",
                 Plain(vn_decimal(Decimal(sheet.criteria_set.total_points))),
                 Plain(vn_decimal(own.final)), "", ""])
    widths = [w * mm for w in APPENDIX_WIDTHS_MM]
    return nd30.grid_table(doc.styles, APPENDIX_HEADER, rows, widths,
                           aligns=["center", "left", "right", "right", "left", "left"],
                           bold_rows=bold, small=True)


def self_assessment_story(doc: nd30.Nd30Document, sheet: Scoresheet, *, year: int,
                          unit_name: str, campaign_title: str, subject: str,
                          cited: dict[str, list[str]]) -> list[Flowable]:
    s, info = doc.styles, doc.info
    with_appraised = sheet.appraised > 0
    own = sheet.self_totals
    story: list[Flowable] = [doc.header(), *doc.title_block(TITLE, subject)]
    story.append(doc.paragraph(
        f"Căn cứ {sheet.criteria_set.title} áp dụng cho đợt đánh giá “{campaign_title}”, "
        f"{unit_name} báo cáo kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính "
        f"năm {year} như sau:"))
    story.append(doc.heading("I. KẾT QUẢ TỰ ĐÁNH GIÁ, CHẤM ĐIỂM"))
    band = f", xếp loại {own.band}" if own.band else ""
    story.append(doc.paragraph(
        f"Tổng điểm tự đánh giá: {vn_decimal(own.final)}/"
        f"{vn_decimal(Decimal(sheet.criteria_set.total_points))} điểm, Chỉ số CCHC đạt "
        f"{vn_decimal(own.index)}%{band}. Đã chấm {own.scored}/{own.scorable} tiêu chí tự "
        f"chấm" + (f"; còn {own.needs_explanation} tiêu chí cần giải trình nhưng chưa có giải "
                   f"trình." if own.needs_explanation else ".")
        + (f" Đã có kết quả thẩm định {sheet.appraised}/{own.scorable} tiêu chí."
           if with_appraised else "")))
    story.append(doc.subheading("1. Kết quả theo từng lĩnh vực"))
    story.append(nd30.Spacer(1, 4))
    story.append(_area_table(doc, sheet, with_appraised))
    story.append(doc.subheading("2. Tổng hợp điểm"))
    story.append(nd30.Spacer(1, 4))
    story.append(_totals_table(doc, sheet, with_appraised))
    story.append(doc.paragraph(
        "Điểm điều tra xã hội học do Sở Nội vụ tổng hợp, không tự chấm. Chi tiết điểm từng "
        "tiêu chí và tài liệu kiểm chứng tại Phụ lục kèm theo.", style=s.note))

    story.append(doc.heading("II. GIẢI TRÌNH ĐỐI VỚI CÁC TIÊU CHÍ KHÔNG CÓ HOẶC CHƯA ĐỦ TÀI "
                             "LIỆU KIỂM CHỨNG"))
    explained = explained_lines(sheet)
    if not explained:
        story.append(doc.paragraph("Không có tiêu chí nào cần giải trình."))
    for line in explained:
        node = line.criterion
        evidence = f"{line.evidence} tài liệu" if line.evidence else "chưa có"
        head = (f"<b>{nd30.markup(node.code, doc.fonts)}. {nd30.markup(node.title, doc.fonts)}"
                f"</b> (điểm tối đa: {vn_decimal(node.maximum)}; điểm tự đánh giá: "
                f"{vn_decimal(line.score)}; tài liệu kiểm chứng: {evidence})")
        story.append(doc.rich(head))
        if line.explanation.strip():
            story.extend(doc.text_block(line.explanation))
        else:
            story.append(doc.paragraph("(Chưa có giải trình.)", style=s.note))

    story.append(doc.heading("III. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ, ĐỀ XUẤT"))
    story.append(doc.subheading("1. Khó khăn, vướng mắc"))
    story.extend(doc.text_block(info.difficulties))
    story.append(doc.subheading("2. Kiến nghị, đề xuất"))
    story.extend(doc.text_block(info.recommendations))
    story.append(KeepTogether([
        doc.paragraph(f"Trên đây là báo cáo kết quả tự đánh giá, chấm điểm Chỉ số cải cách "
                      f"hành chính năm {year} của {unit_name}./."),
        nd30.Spacer(1, 10), doc.closing()]))
    story += doc.appendix("PHỤ LỤC", f"BẢNG ĐIỂM TỰ ĐÁNH GIÁ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM {year}",
                          _appendix_table(doc, sheet, cited))
    return story


def build_self_assessment_pdf(ws: Workspace, campaign_id: str, unit_id: str, out: Path | str,
                              info: ReportInfo | None = None, *,
                              fonts: ReportFonts | None = None) -> Path:
    """Build the self-assessment report of `unit_id` in `campaign_id` and write it to `out`
    whole or not at all; returns the path. `info`: the header/signature/section III words
    (default: the saved ones, see `desktop.reports.info`); `fonts`: default `report_fonts()`.
    Raises InvalidInput/NotFound (a message code) on anything the user can fix."""
    target = nd30.check_target(out)
    data = self_assessment_bytes(ws, campaign_id, unit_id, info, fonts=fonts)
    return nd30.write_pdf(target, data)


def self_assessment_bytes(ws: Workspace, campaign_id: str, unit_id: str,
                          info: ReportInfo | None = None, *,
                          fonts: ReportFonts | None = None) -> bytes:
    """The same report as bytes (for a preview; nothing is written)."""
    fonts = fonts or report_fonts()
    info = info_for_build(ws, campaign_id, info)
    campaign = campaigns.get_campaign(ws, campaign_id)
    unit = units.get_unit(ws, unit_id)
    sheet = scoring.scoresheet(ws, campaign_id, unit_id, with_suggestions=False)
    own_unit = ws.meta("own_unit_id")
    subject = info.subject or default_subject(campaign.year,
                                              None if unit_id == own_unit else unit.name)
    doc = nd30.Nd30Document(fonts, info, title=subject, issuer=unit.name,
                            demo=is_demo(ws, campaign))
    story = self_assessment_story(doc, sheet, year=campaign.year, unit_name=unit.name,
                                  campaign_title=campaign.title, subject=subject,
                                  cited=citations(ws, campaign_id, unit_id))
    return doc.build(story)
