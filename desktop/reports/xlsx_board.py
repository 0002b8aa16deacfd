"""The campaign board as an Excel workbook: sheet "Bảng theo dõi" with the rows of
`desktop.models.board.board` (stage in Vietnamese, round, last package and its date, self and
appraised totals, the late / overdue / held flags and the criteria changed after appraisal),
and sheet "Chú giải" explaining each stage and flag, with the number of units at each stage
counted by formula from the board sheet."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop.models import board, campaigns, results
from desktop.models.store import Workspace
from desktop.reports import xlsx_common as common
from desktop.reports.xlsx_common import CENTER, DATE, INTEGER, NUMBER, TEXT, Formula, Look, Sheet

BOARD_SHEET = "Bảng theo dõi"
LEGEND_SHEET = "Chú giải"
HEADER_ROW = 6
STAGE_COLUMN = "F"
HEADINGS = ["STT", "Mã đơn vị", "Tên đơn vị", "Nhóm", "Khối", "Giai đoạn", "Vòng thẩm định",
            "Gói nhận gần nhất", "Ngày nhận", "Tổng tự đánh giá", "Tổng thẩm định",
            "Điểm đã phê duyệt", "Nộp muộn", "Quá hạn", "Gói đang giữ (cách ly)",
            "Số tiêu chí sửa sau thẩm định"]
WIDTHS = [6, 11, 30, 13, 15, 15, 9, 16, 11, 10, 10, 10, 14, 27, 10, 11]
LOOKS = [CENTER, CENTER, TEXT, TEXT, TEXT, TEXT, Look(number_format=INTEGER, horizontal="center"),
         TEXT, Look(number_format=DATE, horizontal="center"), NUMBER, NUMBER, CENTER, TEXT, TEXT,
         CENTER, Look(number_format=INTEGER, horizontal="center")]
PACKAGE_STATES = {"accepted": "", "quarantined": " (đang giữ)", "conflict": " (xung đột)"}
FLAG_MEANINGS = [
    ("Nộp muộn", "Gói tự đánh giá được chấp nhận nhưng nhận sau hạn tự chấm điểm."),
    ("Quá hạn", "Đã qua hạn tự chấm điểm mà chưa nhận được gì của đơn vị, hoặc đã qua hạn "
                "giải trình mà đơn vị chưa giải trình; kèm số ngày quá hạn."),
    ("Gói đang giữ (cách ly)", "Có gói của đơn vị đang giữ trong khu cách ly, chờ xử lý."),
    ("Số tiêu chí sửa sau thẩm định", "Số tiêu chí đơn vị sửa điểm tự đánh giá sau khi đã "
                                      "được thẩm định."),
    ("Tổng tự đánh giá, tổng thẩm định", "Tổng điểm các tiêu chí (điểm thẩm định gồm cả điểm "
                                         "điều tra xã hội học), chưa tính điểm thưởng, điểm trừ. "
                                         "Đơn vị đã phê duyệt: tổng điểm cuối cùng đã phê duyệt "
                                         "(cột “Điểm đã phê duyệt”)."),
]


def _overdue(row: board.BoardRow) -> str:
    if row.overdue is None:
        return ""
    what = "tự chấm điểm" if row.overdue == "self_scoring" else "giải trình"
    due = f" (hạn {common.vi_date(row.deadline)})" if row.deadline else ""
    return f"Quá hạn {what}{due}: {row.days_overdue} ngày"


def _filters_text(group: str | None, stage: str | None, block: str | None) -> str:
    parts = []
    if group is not None:
        parts.append(f"nhóm {group}")
    if stage is not None:
        parts.append("giai đoạn " + ("Gói đang giữ (cách ly)" if stage == board.HELD
                                     else common.STAGE_NAMES.get(stage, stage)))
    if block is not None:
        parts.append(f"khối {results.block_label(block)}")
    return "Lọc theo " + "; ".join(parts) + "." if parts else "Tất cả đơn vị tham gia đợt."


def build_board_xlsx(ws: Workspace, campaign_id: str, out: str | Path, *,
                     group: str | None = None, stage: str | None = None,
                     block: str | None = None, today: dt.date | None = None) -> Path:
    """Write the board of campaign `campaign_id` (filtered as `board.board` filters: group
    code, stage or "held", block) to `out`, replaced whole or not at all, and return its path.
    `today` is the day the overdue flags are counted to (the system date by default).
    Refused: a bad filter (`board_bad_filter`, `unknown_group`), `out` a folder
    (`file_is_directory`) or in a missing folder (`report_folder_missing`)."""
    target = common.check_target(out)
    today = today or dt.date.today()
    campaign = campaigns.get_campaign(ws, campaign_id)
    rows = board.board(ws, campaign_id, group=group, stage=stage, block=block, today=today)
    workbook = common.new_workbook()
    sheet = Sheet(workbook, BOARD_SHEET, WIDTHS, header_row=HEADER_ROW, freeze_columns=3)
    sheet.title("BẢNG THEO DÕI ĐỢT ĐÁNH GIÁ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH")
    sheet.title(campaign.title, Look(bold=True, size=12, horizontal="center", border=False))
    sheet.title(f"Tính đến ngày {today.strftime('%d/%m/%Y')}: {len(rows)} đơn vị. "
                f"{_filters_text(group, stage, block)}",
                Look(italic=True, size=10, horizontal="center", border=False))
    sheet.title("Giai đoạn, các cờ và cách cộng điểm: xem trang “Chú giải”.",
                Look(italic=True, size=10, horizontal="center", border=False))
    sheet.header(HEADINGS)
    for position, row in enumerate(rows, start=1):
        package = ""
        if row.last_package_type:
            package = (common.PACKAGE_NAMES.get(row.last_package_type, row.last_package_type)
                       + PACKAGE_STATES.get(row.last_package_state or "", ""))
        received = (dt.date.fromisoformat(row.last_package_date)
                    if row.last_package_date else None)
        late = ""
        if row.late:
            late = "Có" + (f" (hạn {common.vi_date(row.late_deadline)})"
                           if row.late_deadline else "")
        sheet.row([position, row.code, row.name, row.group, results.block_label(row.block),
                   common.STAGE_NAMES.get(row.stage, row.stage), row.round or None, package,
                   received, row.self_total, row.appraised_total,
                   "Có" if row.final_figures else "", late, _overdue(row),
                   "Có" if row.held else "", row.changed_after_appraisal or None], LOOKS)
    sheet.finish()
    _legend(workbook, len(rows))
    return common.save(workbook, target)


def _legend(workbook: object, count: int) -> None:
    legend = Sheet(workbook, LEGEND_SHEET, [26, 70, 12], header_row=3)
    legend.title("CHÚ GIẢI BẢNG THEO DÕI")
    legend.header(["Giai đoạn", "Ý nghĩa", "Số đơn vị"])
    first, last = HEADER_ROW + 1, HEADER_ROW + max(count, 1)
    stage_range = f"'{BOARD_SHEET}'!${STAGE_COLUMN}${first}:${STAGE_COLUMN}${last}"
    bold = Look(bold=True)
    count_look = Look(number_format=INTEGER, horizontal="center")
    for stage, name in common.STAGE_NAMES.items():
        legend.row([name, common.STAGE_MEANINGS[stage],
                    Formula(f'=COUNTIF({stage_range},"{name}")')], [bold, TEXT, count_look])
    legend.row(["Tổng số đơn vị", "", Formula(f"=COUNTA({stage_range})")],
               [Look(bold=True, fill="total"), Look(fill="total"),
                Look(bold=True, fill="total", number_format=INTEGER, horizontal="center")])
    legend.blank()
    legend.row(["Cột", "Ý nghĩa", ""], common.HEADER)
    for name, meaning in FLAG_MEANINGS:
        legend.row([name, meaning, ""], [bold, TEXT, TEXT])
    legend.finish(last_row=3 + len(common.STAGE_NAMES) + 1)
