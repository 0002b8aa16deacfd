"""The unit's score table as an Excel workbook people can work with (sheet "Bảng điểm").

One row per node of the unit's criteria set, areas first with their criteria and sub-criteria
below them, then the total of the areas, the bonus and penalty rows, the final total, the
index and the rating band. Leaf rows hold the values of `desktop.models.scoring.scoresheet`
(the same numbers as the screen and `cchc assess show --json`); every parent row holds a
formula summing its children, the total sums the areas, and the final total, the index and
the band are formulas following the criteria set's convention (`scoring.final_total`,
`scoring.index_percent`, `scoring.rating_band`), so a specialist who corrects a value in
Excel sees every sum above it follow. The appraised column appears once any appraised value
is known."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from desktop.models import campaigns, evidence, scoring, units
from desktop.models.entities import Criterion, Evidence
from desktop.models.store import Workspace
from desktop.reports import xlsx_common as common
from desktop.reports.xlsx_common import (
    CENTER,
    PERCENT,
    TEXT,
    Formula,
    Look,
    Sheet,
)

SHEET = "Bảng điểm"
HEADER_ROW = 6
CONVENTION_TEXT = {
    "cap_then_penalty": "min(Điểm tối đa; Tổng các lĩnh vực + Điểm thưởng) − Điểm trừ, "
                        "không nhỏ hơn 0",
    "net_then_cap": "min(Điểm tối đa; Tổng các lĩnh vực + Điểm thưởng − Điểm trừ), "
                    "không nhỏ hơn 0",
    "uncapped": "Tổng các lĩnh vực + Điểm thưởng − Điểm trừ, không nhỏ hơn 0",
}


def _order(nodes: list[Criterion]) -> tuple[list[Criterion], list[Criterion], list[Criterion]]:
    """(the areas with their subtrees depth first, the bonus nodes, the penalty nodes), each
    in the set's order."""
    children: dict[str | None, list[Criterion]] = {}
    for node in nodes:
        children.setdefault(node.parent_id, []).append(node)
    tree: list[Criterion] = []

    def walk(node: Criterion) -> None:
        tree.append(node)
        for child in children.get(node.id, []):
            walk(child)

    tops = children.get(None, [])
    for top in tops:
        if top.kind not in ("bonus", "penalty"):
            walk(top)
    bonus = [n for n in nodes if n.kind == "bonus"]
    penalty = [n for n in nodes if n.kind == "penalty"]
    return tree, bonus, penalty


def _evidence_by_code(ws: Workspace, campaign_id: str, unit_id: str) -> dict[str, list[Evidence]]:
    found: dict[str, list[Evidence]] = {}
    for cited in evidence.evidence_catalogue(ws, campaign_id, unit_id):
        for code in cited.criteria:
            found.setdefault(code, []).append(cited.evidence)
    return found


def build_scores_xlsx(ws: Workspace, campaign_id: str, unit_id: str, out: str | Path, *,
                      today: dt.date | None = None) -> Path:
    """Write the score table of unit `unit_id` in campaign `campaign_id` to `out` (an .xlsx
    file, replaced whole or not at all) and return its path. `today` is the date printed in
    the title block (the system date by default). Refused: `out` a folder
    (`file_is_directory`) or in a missing folder (`report_folder_missing`), a unit not in the
    campaign (`unit_not_in_campaign`); disk full and read-only targets give their usual
    errors."""
    target = common.check_target(out)
    today = today or dt.date.today()
    campaign = campaigns.get_campaign(ws, campaign_id)
    unit = units.get_unit(ws, unit_id)
    group = campaigns.group_of(ws, campaign_id, unit_id)
    sheet = scoring.scoresheet(ws, campaign_id, unit_id, with_suggestions=False)
    bands = campaigns.rating_bands(ws, campaign_id, group.id)
    cited = _evidence_by_code(ws, campaign_id, unit_id)
    lines = {line.criterion.code: line for line in sheet.lines}
    nodes = [line.criterion for line in sheet.lines]
    parents = {n.parent_id for n in nodes if n.parent_id}
    appraised = any(line.appraised_score is not None for line in sheet.lines
                    if line.criterion.id not in parents)
    score_columns = ["D", "E"] if appraised else ["D"]

    widths = [9, 52, 9, 11] + ([11] if appraised else []) + [44, 48]
    workbook = common.new_workbook()
    out_sheet = Sheet(workbook, SHEET, widths, header_row=HEADER_ROW, freeze_columns=0)
    title = ("BẢNG ĐIỂM TỰ ĐÁNH GIÁ VÀ KẾT QUẢ THẨM ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH" if appraised
             else "BẢNG ĐIỂM TỰ ĐÁNH GIÁ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH")
    out_sheet.title(title)
    out_sheet.title(f"Đơn vị: {unit.name} (mã {unit.code})",
                    Look(bold=True, size=12, horizontal="center", border=False))
    out_sheet.title(f"Đợt đánh giá: {campaign.title} — Bộ tiêu chí: {sheet.criteria_set.title}",
                    Look(size=11, horizontal="center", border=False))
    out_sheet.title(f"Ngày lập: {today.strftime('%d/%m/%Y')}",
                    Look(italic=True, size=11, horizontal="center", border=False))
    out_sheet.header(["STT / Mã", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Điểm tối đa",
                      "Điểm tự đánh giá", *(["Điểm thẩm định"] if appraised else []),
                      "Tài liệu kiểm chứng (số, ký hiệu, ngày, trang)", "Giải trình"])

    tree, bonus_nodes, penalty_nodes = _order(nodes)
    first = HEADER_ROW + 1
    row_of = {node.code: first + i for i, node in enumerate(tree)}
    code_of = {node.id: node.code for node in nodes}
    children: dict[str, list[int]] = {}
    for node in tree:
        if node.parent_id:
            children.setdefault(code_of[node.parent_id], []).append(row_of[node.code])

    def node_row(node: Criterion, fill: str | None) -> int:
        line = lines[node.code]
        area = node.kind == "area" and fill is None
        bold = area or node.kind in ("bonus", "penalty")
        fill = fill or ("area" if area else None)
        code_look = Look(bold=bold, fill=fill, horizontal="center")
        title_look = Look(bold=bold, fill=fill, indent=min(line.depth, 4))
        number_look = Look(bold=bold, fill=fill, number_format=common.POINTS, horizontal="right")
        text_look = Look(fill=fill)
        values: list[object] = [node.code, node.title, node.maximum]
        kids = children.get(node.code)
        for column, attribute in zip(score_columns, ("score", "appraised_score"), strict=False):
            if kids:
                values.append(Formula("=" + common.sum_of(common.ranges(column, kids))))
            else:
                values.append(getattr(line, attribute))
        values.append("\n".join(common.citation(e) for e in cited.get(node.code, [])))
        values.append(line.explanation)
        looks = [code_look, title_look, number_look, number_look,
                 *([number_look] if appraised else []), text_look, text_look]
        return out_sheet.row(values, looks)

    areas: list[int] = []
    for node in tree:
        row = node_row(node, None)
        if node.parent_id is None:
            areas.append(row)
    total_look = Look(bold=True, fill="total", number_format=common.POINTS, horizontal="right")
    total_text = Look(bold=True, fill="total")
    extra = ["", ""]
    total_row = out_sheet.row(
        ["", "Tổng điểm các lĩnh vực", Formula("=" + common.sum_of(common.ranges("C", areas))),
         *[Formula("=" + common.sum_of(common.ranges(c, areas))) for c in score_columns], *extra],
        [CENTER, total_text, total_look, *[total_look] * len(score_columns), TEXT, TEXT])
    bonus_rows = [node_row(node, "extra") for node in bonus_nodes]
    penalty_rows = [node_row(node, "extra") for node in penalty_nodes]

    convention = sheet.criteria_set.final_convention
    final_row = out_sheet.row_number + 1
    finals = []
    for column in score_columns:
        bonus = common.sum_of(common.ranges(column, bonus_rows)) if bonus_rows else "0"
        penalty = common.sum_of(common.ranges(column, penalty_rows)) if penalty_rows else "0"
        finals.append(Formula("=" + common.final_formula(
            convention, f"C{final_row}", f"{column}{total_row}", bonus, penalty)))
    out_sheet.row(["", f"Tổng điểm cuối cùng = {CONVENTION_TEXT[convention]}",
                   Decimal(sheet.criteria_set.total_points), *finals, *extra],
                  [CENTER, total_text, total_look, *[total_look] * len(score_columns), TEXT, TEXT])
    index_look = Look(bold=True, fill="total", number_format=PERCENT, horizontal="right")
    index_row = out_sheet.row(
        ["", "Chỉ số CCHC (%) = Tổng điểm cuối cùng / Điểm tối đa × 100, làm tròn xuống 0,01",
         None, *[Formula("=" + common.index_formula(f"{c}{final_row}", f"C{final_row}"))
                 for c in score_columns], *extra],
        [CENTER, total_text, total_look, *[index_look] * len(score_columns), TEXT, TEXT])
    band_look = Look(bold=True, fill="total", horizontal="center")
    out_sheet.row(["", "Xếp loại", None,
                   *[Formula("=" + common.band_formula(f"{c}{index_row}", bands))
                     for c in score_columns], *extra],
                  [CENTER, total_text, total_look, *[band_look] * len(score_columns), TEXT, TEXT])
    out_sheet.finish(last_row=first + len(tree) - 1)
    return common.save(workbook, target)
