"""The coordinator's PDFs in the NĐ 30 frame:

- the province summary (`build_summary_pdf`): per ranking block a table rank | unit | self |
  final | index % | band, the number of units per band, and the ranking method written next
  to the tables; a block with a unit not yet approved says its ranks are provisional. The
  figures are `desktop.models.results.rank`'s (which stores them, as the results window does);
- the appraisal result of one unit (`build_appraisal_sheet_pdf`): self against appraised per
  area and in total, the criteria whose score the appraisal changed, and in a landscape
  appendix every criterion with its remark, reason and round. Totals are the score sheet's
  (`desktop.models.scoring.scoresheet`), remarks the appraisal service's."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from desktop.models import appraisal, campaigns, results, scoring, stages, units, workspaces
from desktop.models.results import RankRow
from desktop.models.rules import parse_rule
from desktop.models.scoring import Scoresheet
from desktop.models.store import Workspace
from desktop.reports import nd30
from desktop.reports.fonts import ReportFonts, report_fonts
from desktop.reports.info import ReportInfo, info_for_build
from desktop.reports.nd30 import Plain, vn_decimal
from desktop.reports.self_assessment import is_demo, totals_rows

UNRATED = "Chưa xếp loại"
RANK_HEADER = ("Hạng", "Cơ quan, đơn vị", "Điểm tự đánh giá", "Tổng điểm cuối cùng",
               "Chỉ số CCHC (%)", "Xếp loại")
RANK_WIDTHS_MM = (14, 71, 20, 20, 20, 20)      # 165 mm: the portrait frame
SHEET_HEADER = ("STT", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Điểm tối đa",
                "Điểm tự đánh giá", "Điểm thẩm định", "Nhận xét của cơ quan thẩm định",
                "Lý do điều chỉnh", "Vòng")
SHEET_WIDTHS_MM = (16, 80, 17, 19, 19, 62, 32, 12)   # 257 mm: the landscape frame
SHORT_BAND = 24   # a band label up to this length is drawn as plain text


def _own_name(ws: Workspace) -> str:
    return units.get_unit(ws, workspaces.own_unit_id(ws)).name


def band_order(ws: Workspace, campaign_id: str, rows: list[RankRow]) -> list[str]:
    """The band labels highest first: the campaign's, then any a group has of its own, then
    "Chưa xếp loại" when some unit has no band."""
    order = [b.label for b in campaigns.rating_bands(ws, campaign_id)]
    for row in rows:
        if row.band and row.band not in order:
            order.append(row.band)
    if any(row.band is None for row in rows):
        order.append(UNRATED)
    return order


def band_counts(rows: list[RankRow], order: list[str]) -> list[tuple[str, int]]:
    counts = {label: 0 for label in order}
    for row in rows:
        counts[row.band or UNRATED] = counts.get(row.band or UNRATED, 0) + 1
    return list(counts.items())


def _rank_table(doc: nd30.Nd30Document, members: list[RankRow]) -> Flowable:
    rows = []
    for row in members:
        band = row.band or nd30.DASH
        rows.append([Plain(str(row.rank)), f"{row.name} ({row.code})",
                     Plain(vn_decimal(row.self_total)), Plain(vn_decimal(row.final_total)),
                     Plain(vn_decimal(row.index_percent)),
                     Plain(band) if len(band) <= SHORT_BAND else band])
    return nd30.grid_table(doc.styles, RANK_HEADER, rows, [w * mm for w in RANK_WIDTHS_MM],
                           aligns=["center", "left", "right", "right", "right", "center"])


def summary_story(doc: nd30.Nd30Document, ranked: list[RankRow], order: list[str], *,
                  year: int, campaign_title: str, subject: str) -> list[Flowable]:
    story: list[Flowable] = [doc.header(), *doc.title_block("BÁO CÁO", subject)]
    story.append(doc.paragraph(
        f"{doc.issuer} báo cáo kết quả xác định Chỉ số cải cách hành chính năm {year} "
        f"(đợt đánh giá “{campaign_title}”) của {len(ranked)} cơ quan, đơn vị như sau:"))
    story.append(doc.heading("I. PHƯƠNG PHÁP XẾP HẠNG"))
    story.append(doc.paragraph(results.RANK_METHOD_VI))
    story.append(doc.heading("II. KẾT QUẢ XẾP HẠNG THEO TỪNG KHỐI"))
    by_block: dict[str, list[RankRow]] = {}
    for row in ranked:
        by_block.setdefault(row.block, []).append(row)
    number = 0
    for block in results.BLOCKS:
        members = by_block.get(block, [])
        if not members:
            continue
        number += 1
        story.append(doc.subheading(f"{number}. Khối {results.block_label(block)} "
                                    f"({len(members)} đơn vị)"))
        approved = sum(1 for m in members if m.approved)
        if members[0].provisional:
            story.append(doc.paragraph(
                f"{results.PROVISIONAL_VI} (Đã phê duyệt {approved}/{len(members)} đơn vị.)",
                style=doc.styles.note))
        counts = "; ".join(f"{label}: {count}" for label, count in band_counts(members, order))
        story.append(doc.paragraph(f"Số đơn vị theo xếp loại — {counts}."))
        story.append(Spacer(1, 4))
        story.append(_rank_table(doc, members))
    if not ranked:
        story.append(doc.paragraph("Chưa có cơ quan, đơn vị nào tham gia đợt đánh giá."))
    story.append(KeepTogether([
        doc.paragraph(f"Trên đây là báo cáo kết quả xác định Chỉ số cải cách hành chính năm "
                      f"{year} của các cơ quan, đơn vị./."),
        Spacer(1, 10), doc.closing()]))
    return story


def summary_bytes(ws: Workspace, campaign_id: str, info: ReportInfo | None = None, *,
                  fonts: ReportFonts | None = None) -> bytes:
    """The province summary as bytes (for a preview; nothing is written but the ranks that
    `results.rank` stores)."""
    fonts = fonts or report_fonts()
    info = info_for_build(ws, campaign_id, info)
    campaign = campaigns.get_campaign(ws, campaign_id)
    ranked = results.rank(ws, campaign_id)
    subject = info.subject or (f"Kết quả xác định Chỉ số cải cách hành chính năm "
                               f"{campaign.year} của các cơ quan, đơn vị")
    doc = nd30.Nd30Document(fonts, info, title=subject, issuer=_own_name(ws),
                            demo=is_demo(ws, campaign))
    return doc.build(summary_story(doc, ranked, band_order(ws, campaign_id, ranked),
                                   year=campaign.year, campaign_title=campaign.title,
                                   subject=subject))


def build_summary_pdf(ws: Workspace, campaign_id: str, out: Path | str,
                      info: ReportInfo | None = None, *,
                      fonts: ReportFonts | None = None) -> Path:
    """(Coordinator) Rank the campaign (`results.rank`) and write the province summary to
    `out` whole or not at all; returns the path."""
    target = nd30.check_target(out)
    return nd30.write_pdf(target, summary_bytes(ws, campaign_id, info, fonts=fonts))


# -- the appraisal result of one unit ----------------------------------------------------------

def _difference(mine: Decimal | None, theirs: Decimal | None) -> str:
    if mine is None or theirs is None:
        return ""
    delta = theirs - mine
    text = vn_decimal(delta)
    return f"+{text}" if delta > 0 else text


def _sheet_area_table(doc: nd30.Nd30Document, sheet: Scoresheet) -> Flowable:
    own, theirs = sheet.self_totals, sheet.appraised_totals
    # an area of survey items only is not self-scored: its points are no appraisal change
    self_scored = {line.criterion.code.split(".")[0] for line in sheet.lines
                   if line.criterion.self_scored and line.criterion.kind != "area"}
    rows: list[list[Any]] = []
    for code, (points, maximum) in own.areas.items():
        appraised = theirs.areas.get(code, (None, None))[0]
        rows.append([Plain(code), own.area_titles.get(code, ""), Plain(vn_decimal(maximum)),
                     Plain(vn_decimal(points)), Plain(vn_decimal(appraised)),
                     Plain(_difference(points, appraised) if code in self_scored else "")])
    for kind, label in (("bonus", "Điểm thưởng"), ("penalty", "Điểm trừ")):
        node = next((line.criterion for line in sheet.lines
                     if line.criterion.kind == kind and line.depth == 0), None)
        if node is not None:
            mine, judged = getattr(own, kind), getattr(theirs, kind)
            rows.append([Plain(node.code), node.title or label, Plain(vn_decimal(node.maximum)),
                         Plain(vn_decimal(mine)), Plain(vn_decimal(judged)),
                         Plain(_difference(mine, judged))])
    rows.append([Plain(""), "Tổng điểm",
                 Plain(vn_decimal(Decimal(sheet.criteria_set.total_points))),
                 Plain(vn_decimal(own.final)), Plain(vn_decimal(theirs.final)), Plain("")])
    return nd30.grid_table(
        doc.styles, ["STT", "Lĩnh vực", "Điểm tối đa", "Tự đánh giá", "Thẩm định", "Chênh lệch"],
        rows, [w * mm for w in (12, 73, 20, 20, 20, 20)],
        aligns=["center", "left", "right", "right", "right", "right"], bold_rows=[len(rows) - 1])


def _sheet_totals_table(doc: nd30.Nd30Document, sheet: Scoresheet) -> Flowable:
    rows: list[list[Any]] = []
    bold = []
    for index, (label, mine, theirs) in enumerate(
            totals_rows(sheet.self_totals, sheet.appraised_totals), start=1):
        if label in ("Tổng điểm", "Chỉ số CCHC (%)", "Xếp loại"):
            bold.append(len(rows))
        cells = (mine, theirs or "") if label == "Xếp loại" else (Plain(mine), Plain(theirs or ""))
        rows.append([Plain(str(index)), label, *cells])
    return nd30.grid_table(doc.styles, ["STT", "Nội dung", "Tự đánh giá", "Thẩm định"], rows,
                           [w * mm for w in (12, 85, 34, 34)],
                           aligns=["center", "left", "right", "right"], bold_rows=bold)


def _sheet_appendix(doc: nd30.Nd30Document, sheet: Scoresheet,
                    judged: dict[str, dict[str, Any]]) -> Flowable:
    rows: list[list[Any]] = []
    bold: list[int] = []
    for line in sheet.lines:
        node = line.criterion
        found = judged.get(node.code)
        remark = reason = round_ = ""
        if found is not None:
            remark = found["remark"] or ""
            reason = appraisal.reason_label(found["reason_code"]) if found["reason_code"] else ""
            round_ = str(found["round"]) if found["round"] else ""
        elif parse_rule(node.rule).kind == "survey" and line.appraised_score is not None:
            remark = "Điểm điều tra xã hội học"
        if line.depth == 0:
            bold.append(len(rows))
        rows.append([Plain(node.code), node.title, Plain(vn_decimal(node.maximum)),
                     Plain(vn_decimal(line.score, "")), Plain(vn_decimal(line.appraised_score, "")),
                     remark, reason, Plain(round_)])
    bold.append(len(rows))
    rows.append([Plain(""), "Tổng điểm (sau điểm thưởng, điểm trừ)",
                 Plain(vn_decimal(Decimal(sheet.criteria_set.total_points))),
                 Plain(vn_decimal(sheet.self_totals.final)),
                 Plain(vn_decimal(sheet.appraised_totals.final)), "", "", Plain("")])
    return nd30.grid_table(doc.styles, SHEET_HEADER, rows, [w * mm for w in SHEET_WIDTHS_MM],
                           aligns=["center", "left", "right", "right", "right", "left", "left",
                                   "center"], bold_rows=bold, small=True)


def appraisal_story(doc: nd30.Nd30Document, sheet: Scoresheet, judged: dict[str, dict[str, Any]],
                    *, year: int, unit_name: str, stage: str, subject: str) -> list[Flowable]:
    own = sheet.self_totals
    story: list[Flowable] = [doc.header(), *doc.title_block("BÁO CÁO", subject)]
    story.append(doc.paragraph(
        f"{doc.issuer} báo cáo kết quả thẩm định Chỉ số cải cách hành chính năm {year} của "
        f"{unit_name} như sau:"))
    story.append(doc.heading("I. KẾT QUẢ THẨM ĐỊNH"))
    state = ("Kết quả đã được phê duyệt." if stage == "approved"
             else "Kết quả chưa được phê duyệt (số liệu tạm thời).")
    changed = [line for line in sheet.lines if line.criterion.code in judged
               and line.appraised_score is not None and line.score != line.appraised_score]
    story.append(doc.paragraph(
        f"Đã thẩm định {sheet.appraised}/{own.scorable} tiêu chí tự chấm; {len(changed)} tiêu "
        f"chí được điều chỉnh điểm (điểm các tiêu chí tự chấm: "
        f"{vn_decimal(own.self_scored)} → {vn_decimal(sheet.appraised_totals.self_scored)}). "
        f"Tổng điểm tự đánh giá {vn_decimal(own.final)}, tổng điểm "
        f"sau thẩm định {vn_decimal(sheet.appraised_totals.final)} (Chỉ số "
        f"{vn_decimal(sheet.appraised_totals.index)}%"
        + (f", xếp loại {sheet.appraised_totals.band}" if sheet.appraised_totals.band else "")
        + f"). {state}"))
    story.append(doc.subheading("1. Kết quả theo từng lĩnh vực"))
    story.append(Spacer(1, 4))
    story.append(_sheet_area_table(doc, sheet))
    story.append(doc.subheading("2. Tổng hợp điểm"))
    story.append(Spacer(1, 4))
    story.append(_sheet_totals_table(doc, sheet))
    story.append(doc.heading("II. CÁC TIÊU CHÍ ĐƯỢC ĐIỀU CHỈNH ĐIỂM"))
    if not changed:
        story.append(doc.paragraph("Không có tiêu chí nào được điều chỉnh điểm."))
    for line in changed:
        node, found = line.criterion, judged[line.criterion.code]
        why = "; ".join(part for part in (
            appraisal.reason_label(found["reason_code"]) if found["reason_code"] else "",
            found["remark"] or "") if part)
        story.append(doc.rich(
            f"- <b>{nd30.markup(node.code, doc.fonts)}. {nd30.markup(node.title, doc.fonts)}"
            f"</b>: tự đánh giá {vn_decimal(line.score)}, thẩm định "
            f"{vn_decimal(line.appraised_score)} (vòng {found['round'] or 1})"
            + (f" — {nd30.markup(why, doc.fonts)}" if why else "") + "."))
    story.append(KeepTogether([
        doc.paragraph(f"Trên đây là kết quả thẩm định Chỉ số cải cách hành chính năm {year} "
                      f"của {unit_name}./."),
        Spacer(1, 10), doc.closing()]))
    story += doc.appendix("PHỤ LỤC", f"KẾT QUẢ THẨM ĐỊNH TỪNG TIÊU CHÍ NĂM {year}",
                          _sheet_appendix(doc, sheet, judged))
    return story


def appraisal_sheet_bytes(ws: Workspace, campaign_id: str, unit_id: str,
                          info: ReportInfo | None = None, *,
                          fonts: ReportFonts | None = None) -> bytes:
    """The appraisal result sheet as bytes (for a preview; nothing is written)."""
    fonts = fonts or report_fonts()
    info = info_for_build(ws, campaign_id, info)
    campaign = campaigns.get_campaign(ws, campaign_id)
    unit = units.get_unit(ws, unit_id)
    sheet = scoring.scoresheet(ws, campaign_id, unit_id, with_suggestions=False)
    judged = {row["criterion_code"]: row
              for row in appraisal.appraisal_rows(ws, campaign_id, unit_id=unit_id)}
    subject = info.subject or (f"Kết quả thẩm định Chỉ số cải cách hành chính năm "
                               f"{campaign.year} của {unit.name}")
    doc = nd30.Nd30Document(fonts, info, title=subject, issuer=_own_name(ws),
                            demo=is_demo(ws, campaign))
    return doc.build(appraisal_story(doc, sheet, judged, year=campaign.year, unit_name=unit.name,
                                     stage=stages.get_stage(ws, campaign_id, unit_id),
                                     subject=subject))


def build_appraisal_sheet_pdf(ws: Workspace, campaign_id: str, unit_id: str, out: Path | str,
                              info: ReportInfo | None = None, *,
                              fonts: ReportFonts | None = None) -> Path:
    """Write the appraisal result of `unit_id` (self vs appraised, remarks, reasons, rounds,
    totals) to `out` whole or not at all; returns the path."""
    target = nd30.check_target(out)
    return nd30.write_pdf(target, appraisal_sheet_bytes(ws, campaign_id, unit_id, info,
                                                        fonts=fonts))
