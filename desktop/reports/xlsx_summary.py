"""The coordinator's summary workbook: sheet "Tổng hợp" with one row per enrolled unit (area
points, survey, bonus, penalty, total, index, band, rank within its block) and one sheet per
area ("LV 1", "LV 2"…, and "Thưởng, trừ" for the bonus and penalty items) with one row per
unit × self-assessed criterion of that area: self score, appraised score, their difference,
the appraiser's remark and reason, the round, the appraiser and the changed-after-appraisal
marker.

Figures come from the services: the units are ranked first (`results.rank`, which stores the
current ranks), the area points are the `scoring` totals of each unit — the appraised column
once any of the unit's self-assessed criteria is appraised, its self-assessed column before
(column "Điểm theo" says which) — and the appraisal sheets are `appraisal.appraisal_rows`.
Total, index, band and the differences are formulas; ranks are the stored values."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from desktop.models import appraisal, campaigns, criteria, records, results
from desktop.models.entities import CriteriaSet, Criterion, RatingBand
from desktop.models.progress import Progress
from desktop.models.scoring import Totals
from desktop.models.store import Workspace
from desktop.reports import xlsx_common as common
from desktop.reports.xlsx_common import (
    CENTER,
    INTEGER,
    NUMBER,
    PERCENT,
    TEXT,
    Formula,
    Look,
    Sheet,
)

SUMMARY_SHEET = "Tổng hợp"
EXTRA_SHEET = "Thưởng, trừ"
SUMMARY_HEADER_ROW = 6
AREA_HEADER_ROW = 5
SOURCE_APPRAISED = "Thẩm định"
SOURCE_SELF = "Tự đánh giá"
PROVISIONAL = "Tạm tính"
CHANGED = "Có"


def area_sheet_name(code: str) -> str:
    return f"LV {code}"


def _natural(code: str) -> tuple[int, int | str]:
    return (0, int(code)) if code.isdigit() else (1, code)


class _Sets:
    """The criteria sets of the campaign's groups: areas, top nodes and totals."""

    def __init__(self, ws: Workspace, set_ids: list[str]) -> None:
        self.sets: dict[str, CriteriaSet] = {}
        self.tops: dict[str, list[Criterion]] = {}
        for set_id in set_ids:
            self.sets[set_id] = criteria.get_criteria_set(ws, set_id)
            self.tops[set_id] = [n for n in criteria.list_criteria(ws, set_id)
                                 if n.parent_id is None]

    def areas(self) -> list[tuple[str, str]]:
        """(code, title) of every area code of any set, in code order; a code titled
        differently in two sets shows both titles."""
        titles: dict[str, list[str]] = {}
        for tops in self.tops.values():
            for node in tops:
                if node.kind == "area":
                    names = titles.setdefault(node.code, [])
                    if node.title not in names:
                        names.append(node.title)
        return [(code, " / ".join(titles[code])) for code in sorted(titles, key=_natural)]

    def extra_codes(self) -> dict[str, str]:
        """Bonus and penalty codes → kind."""
        return {n.code: n.kind for tops in self.tops.values() for n in tops
                if n.kind in ("bonus", "penalty")}


def _title_block(sheet: Sheet, heading: str, campaign_title: str, lines: list[str]) -> None:
    sheet.title(heading)
    sheet.title(campaign_title, Look(bold=True, size=12, horizontal="center", border=False))
    for line in lines:
        sheet.title(line, Look(italic=True, size=10, horizontal="center", border=False))


def _summary_sheet(workbook: Any, ws: Workspace, campaign_id: str, campaign_title: str,
                   today: dt.date, ranked: list[results.RankRow],
                   totals: dict[str, tuple[Totals, Totals]], sets: _Sets,
                   enrolled: dict[str, dict[str, Any]], ticker: common.Ticker) -> None:
    areas = sets.areas()
    area_count = len(areas)
    widths = [5, 10, 26, 11, 14, *[8.5] * area_count, 8.5, 8, 8, 8.5, 7.5, 8.5, 9, 7.5, 7.5, 8, 10, 12]
    sheet = Sheet(workbook, SUMMARY_SHEET, widths, header_row=SUMMARY_HEADER_ROW,
                  freeze_columns=3)
    _title_block(sheet, "BẢNG TỔNG HỢP KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH", campaign_title, [
        f"Ngày lập: {today.strftime('%d/%m/%Y')}. Điểm các lĩnh vực: điểm thẩm định khi đơn vị "
        "đã được thẩm định, điểm tự đánh giá khi chưa (cột “Điểm theo”); tổng điểm, chỉ số và "
        "xếp loại là công thức theo cách tính của bộ tiêu chí; thứ hạng theo điểm thẩm định.",
        results.RANK_METHOD_VI])
    first_area = 6
    column = {name: get_column_letter(first_area + area_count + offset) for offset, name in
              enumerate(("survey", "bonus", "penalty", "total", "max", "index", "band", "rank",
                         "rank_of", "provisional", "source", "stage"))}
    sheet.header(["STT", "Mã đơn vị", "Tên đơn vị", "Nhóm", "Khối",
                  *[f"LV {code}\n{title}" for code, title in areas],
                  "Trong đó: điều tra XHH", "Điểm thưởng", "Điểm trừ", "Tổng điểm",
                  "Điểm tối đa", "Chỉ số CCHC (%)", "Xếp loại", "Xếp hạng trong khối",
                  "Số đơn vị trong khối", "Tạm tính", "Điểm theo", "Giai đoạn"])
    area_range = (f"SUM({get_column_letter(first_area)}{{r}}:"
                  f"{get_column_letter(first_area + area_count - 1)}{{r}})") if areas else "0"
    bands_of: dict[str, list[RatingBand]] = {}
    looks = [CENTER, CENTER, TEXT, TEXT, TEXT, *[NUMBER] * (area_count + 3),
             Look(bold=True, number_format=common.POINTS, horizontal="right"), NUMBER,
             Look(bold=True, number_format=PERCENT, horizontal="right"),
             Look(bold=True, horizontal="center"),
             Look(number_format=INTEGER, horizontal="center"),
             Look(number_format=INTEGER, horizontal="center"), CENTER, CENTER, TEXT]
    for position, item in enumerate(ranked, start=1):
        unit = enrolled[item.unit_id]
        appraised, own = totals[item.unit_id]
        chosen = appraised if appraised.scored > 0 or own.scored == 0 else own
        criteria_set = sets.sets[unit["criteria_set_id"]]
        group_id = unit["group_id"]
        if group_id not in bands_of:
            bands_of[group_id] = campaigns.rating_bands(ws, campaign_id, group_id)
        r = SUMMARY_HEADER_ROW + position
        area_values = [chosen.areas[code][0] if code in chosen.areas else None
                       for code, _ in areas]
        total = common.final_formula(criteria_set.final_convention, f"{column['max']}{r}",
                                     area_range.format(r=r), f"{column['bonus']}{r}",
                                     f"{column['penalty']}{r}")
        sheet.row([
            position, item.code, item.name, item.group, results.block_label(item.block),
            *area_values, chosen.survey, chosen.bonus, chosen.penalty, Formula("=" + total),
            Decimal(criteria_set.total_points),
            Formula("=" + common.index_formula(f"{column['total']}{r}", f"{column['max']}{r}")),
            Formula("=" + common.band_formula(f"{column['index']}{r}", bands_of[group_id])),
            item.rank, item.rank_of, PROVISIONAL if item.provisional else "",
            SOURCE_APPRAISED if chosen is appraised else SOURCE_SELF,
            common.STAGE_NAMES.get(item.stage, item.stage)], looks)
        ticker.tick()
    sheet.finish()


def _appraisers(ws: Workspace, campaign_id: str) -> tuple[dict[tuple[str, str, int], str],
                                                          dict[tuple[str, str], str]]:
    """(unit id, criterion code, round) → the appraiser who recorded it; (group code, area
    code) → the area's appraiser in force."""
    recorded = {(r["unit_id"], r["code"], r["round"]): r["appraiser_code"] for r in records.rows(
        ws.db, "SELECT p.unit_id, c.code, p.round, p.appraiser_code FROM appraisals p "
        "JOIN criteria c ON c.id = p.criterion_id WHERE p.campaign_id = ?", [campaign_id])}
    assigned = {(a["group"], a["area_code"]): a["appraiser_code"]
                for a in appraisal.area_appraisers(ws, campaign_id)}
    return recorded, assigned


AREA_WIDTHS = [6, 11, 28, 8, 42, 8, 10, 10, 11, 36, 24, 6, 12, 10]
AREA_HEADINGS = ["STT", "Mã đơn vị", "Tên đơn vị", "Mã tiêu chí", "Tiêu chí", "Điểm tối đa",
                 "Điểm tự đánh giá", "Điểm thẩm định", "Chênh lệch (thẩm định − tự đánh giá)",
                 "Nhận xét của đơn vị thẩm định", "Lý do", "Vòng", "Đơn vị thẩm định",
                 "Sửa sau thẩm định"]
AREA_LOOKS = [CENTER, CENTER, TEXT, CENTER, TEXT, NUMBER, NUMBER, NUMBER, NUMBER, TEXT, TEXT,
              Look(number_format=INTEGER, horizontal="center"), CENTER, CENTER]


def _area_sheets(workbook: Any, ws: Workspace, campaign_id: str, campaign_title: str,
                 today: dt.date, sets: _Sets, rows: list[dict[str, Any]],
                 ticker: common.Ticker) -> None:
    recorded, assigned = _appraisers(ws, campaign_id)
    extra = sets.extra_codes()
    by_sheet: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        name = EXTRA_SHEET if row["area_code"] in extra else area_sheet_name(row["area_code"])
        by_sheet.setdefault(name, []).append(row)
    titles = dict(sets.areas())
    for code, title in [*titles.items(), ("", "")]:
        name = area_sheet_name(code) if code else EXTRA_SHEET
        found = by_sheet.get(name)
        if not found:
            continue  # e.g. the survey area: no self-assessed criterion to appraise
        heading = (f"KẾT QUẢ THẨM ĐỊNH — LĨNH VỰC {code}: {title.upper()}" if code else
                   "KẾT QUẢ THẨM ĐỊNH — ĐIỂM THƯỞNG, ĐIỂM TRỪ")
        sheet = Sheet(workbook, name, AREA_WIDTHS, header_row=AREA_HEADER_ROW, freeze_columns=3)
        _title_block(sheet, heading, campaign_title, [f"Ngày lập: {today.strftime('%d/%m/%Y')}"])
        sheet.header(AREA_HEADINGS)
        for position, row in enumerate(found, start=1):
            r = AREA_HEADER_ROW + position
            shown_round = row["round"] or None
            appraiser = (recorded.get((row["unit_id"], row["criterion_code"], row["round"]))
                         or assigned.get((row["group"], row["area_code"]), ""))
            sheet.row([
                position, row["unit_code"], row["unit_name"], row["criterion_code"],
                row["criterion_title"], Decimal(row["max"]),
                Decimal(row["self_score"]) if row["self_score"] is not None else None,
                Decimal(row["appraised_score"]) if row["appraised_score"] is not None else None,
                Formula(f'=IF(AND(ISNUMBER(G{r}),ISNUMBER(H{r})),H{r}-G{r},"")'),
                row["remark"],
                appraisal.reason_label(row["reason_code"]) if row["reason_code"] else "",
                shown_round, appraiser, CHANGED if row["changed_after_appraisal"] else ""],
                AREA_LOOKS)
            ticker.tick()
        sheet.finish()


def build_summary_xlsx(ws: Workspace, campaign_id: str, out: str | Path, *,
                       today: dt.date | None = None, area_sheets: bool = True,
                       progress: Progress | None = None) -> Path:
    """Write the coordinator's summary of campaign `campaign_id` to `out` (replaced whole or
    not at all) and return its path: sheet "Tổng hợp" and, with `area_sheets`, one appraisal
    sheet per area. Ranks the units first (`results.rank`: only Sở Nội vụ's installation,
    else `coordinator_only`). `progress` hears of the rows written (a province takes tens of
    seconds) and may stop the job (`Cancelled`; the target is left as it was). Refused: `out`
    a folder (`file_is_directory`) or in a missing folder (`report_folder_missing`)."""
    target = common.check_target(out)
    today = today or dt.date.today()
    campaign = campaigns.get_campaign(ws, campaign_id)
    ranked = results.rank(ws, campaign_id)
    enrolled_rows = results._enrolled(ws, campaign_id)
    totals = results._all_totals(ws, campaign_id, enrolled_rows)
    enrolled = {row["unit_id"]: row for row in enrolled_rows}
    by_group = sorted(enrolled_rows, key=lambda row: row["group_code"])
    sets = _Sets(ws, list(dict.fromkeys(row["criteria_set_id"] for row in by_group)))
    rows = appraisal.appraisal_rows(ws, campaign_id) if area_sheets else []
    ticker = common.Ticker(progress, len(ranked) + len(rows), "Bảng tổng hợp")
    workbook = common.new_workbook()
    _summary_sheet(workbook, ws, campaign_id, campaign.title, today, ranked, totals, sets,
                   enrolled, ticker)
    if area_sheets:
        _area_sheets(workbook, ws, campaign_id, campaign.title, today, sets, rows, ticker)
    return common.save(workbook, target)
