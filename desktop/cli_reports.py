"""Official reports on the `cchc` command line (docs/cli.md, "Reports"): the PDF documents in
the Nghị định 30/2020 layout and the Excel workbooks of desktop/reports, and the words of the
header, signature block and section III they are built with (`cchc report info`).

    cchc report pdf --kind self-assessment|periodic|summary|appraisal --out FILE
                    [--unit CODE] [--period q1|q2|q3|q4|h1|year] [--year Y] [--date D]
    cchc report xlsx --kind scores|summary|board --out FILE [--unit CODE] [--group G] [--stage S]
    cchc report info [--set FIELD=VALUE]... [--json]

The unit is the workspace's own unless `--unit` names another; the province summary, the
appraisal result sheet and the board are Sở Nội vụ's (refused elsewhere). Every file is written
whole or not at all by its builder (built in memory, written beside the target, renamed), so a
refused or failed command leaves no half-written file and changes no data.

`add_parsers(sub)` adds `report` to `cchc`'s parser and COMMANDS maps it to its handler
(desktop/cli.py wires both in). Exit codes as in desktop/cli.py."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.cli_coord import _campaign, _emit, _run, _unit_or_own
from desktop.models.errors import InvalidInput

EXIT_OK = 0   # as desktop.cli
PDF_KINDS = ("self-assessment", "periodic", "summary", "appraisal")
XLSX_KINDS = ("scores", "summary", "board")
PERIODS = ("q1", "q2", "q3", "q4", "h1", "year")
COORDINATOR_KINDS = {("pdf", "summary"), ("pdf", "appraisal"), ("xlsx", "summary"),
                     ("xlsx", "board")}
UNIT_KINDS = {("pdf", "self-assessment"), ("pdf", "periodic"), ("pdf", "appraisal"),
              ("xlsx", "scores")}
# The fields `report info --set` changes: the ReportInfo attribute of each name (dashes and
# underscores alike; "signer" is the signer's name).
INFO_FIELDS = ("managing_body", "agency", "number", "place", "date", "subject", "authority",
               "signer_title", "signer_name", "recipients", "difficulties", "recommendations")
INFO_ALIASES = {"signer": "signer_name"}

LABELS = {
    "vi": {
        "written": "Đã ghi", "info_saved": "Đã lưu thông tin báo cáo",
        "kind_pdf_self-assessment": "báo cáo tự đánh giá (PDF)",
        "kind_pdf_periodic": "báo cáo định kỳ CCHC (PDF)",
        "kind_pdf_summary": "báo cáo tổng hợp kết quả Chỉ số CCHC (PDF)",
        "kind_pdf_appraisal": "phiếu kết quả thẩm định (PDF)",
        "kind_xlsx_scores": "bảng điểm (Excel)",
        "kind_xlsx_summary": "bảng tổng hợp (Excel)",
        "kind_xlsx_board": "bảng theo dõi (Excel)",
        "managing_body": "Cơ quan chủ quản", "agency": "Cơ quan ban hành",
        "number": "Số, ký hiệu", "place": "Địa danh", "date": "Ngày",
        "date_note": "ngày lập báo cáo, không lưu; đổi bằng --date khi lập",
        "subject": "Trích yếu", "subject_default": "(theo loại báo cáo)",
        "authority": "Quyền hạn ký", "signer_title": "Chức vụ người ký",
        "signer_name": "Họ tên người ký", "recipients": "Nơi nhận",
        "difficulties": "Khó khăn, vướng mắc", "recommendations": "Kiến nghị, đề xuất",
        "empty": "(trống)",
    },
    "en": {
        "written": "Written", "info_saved": "Report details saved",
        "kind_pdf_self-assessment": "self-assessment report (PDF)",
        "kind_pdf_periodic": "periodic CCHC report (PDF)",
        "kind_pdf_summary": "province summary of the PAR Index (PDF)",
        "kind_pdf_appraisal": "appraisal result sheet (PDF)",
        "kind_xlsx_scores": "score table (Excel)",
        "kind_xlsx_summary": "summary workbook (Excel)",
        "kind_xlsx_board": "campaign board (Excel)",
        "managing_body": "Managing body", "agency": "Issuing agency",
        "number": "Number and symbol", "place": "Place", "date": "Date",
        "date_note": "the day the report is made, not kept; change it with --date when building",
        "subject": "Subject", "subject_default": "(the usual one of each kind)",
        "authority": "Authority line", "signer_title": "Signer's title",
        "signer_name": "Signer's name", "recipients": "Recipients",
        "difficulties": "Difficulties", "recommendations": "Recommendations",
        "empty": "(empty)",
    },
}


def _labels(ctx: Any) -> dict[str, str]:
    return LABELS.get(ctx.lang, LABELS["vi"])


# -- the parsers -------------------------------------------------------------------------------

def add_parsers(sub: Any) -> None:
    """Add `report pdf|xlsx|info` to `cchc`'s sub-command parser."""
    parser = sub.add_parser("report", help="báo cáo: văn bản PDF theo Nghị định 30/2020 và bảng "
                                           "tính Excel")
    actions = parser.add_subparsers(dest="report_command", metavar="ACTION",
                                    parser_class=type(parser), required=True)
    p = actions.add_parser("pdf", help="lập báo cáo PDF: tự đánh giá, định kỳ, tổng hợp (Sở Nội "
                                       "vụ), kết quả thẩm định (Sở Nội vụ)")
    p.add_argument("--kind", required=True, choices=PDF_KINDS)
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--unit", metavar="CODE", help="đơn vị (mặc định: đơn vị của không gian này)")
    p.add_argument("--period", metavar="PERIOD",
                   help="(periodic) kỳ báo cáo: q1, q2, q3, q4, h1 hoặc year "
                        "(mặc định: quý của ngày lập báo cáo)")
    p.add_argument("--year", metavar="Y", help="(periodic) năm báo cáo (mặc định: năm của đợt đánh giá)")
    p.add_argument("--date", metavar="DATE",
                   help="ngày ghi trên báo cáo, vd. 05/01/2026 (mặc định: hôm nay)")
    p.add_argument("--campaign", metavar="CAMPAIGN", help="đợt đánh giá (mặc định: đang chọn)")
    p.add_argument("--json", action="store_true")
    p = actions.add_parser("xlsx", help="ghi bảng tính Excel: bảng điểm, bảng tổng hợp (Sở Nội vụ), "
                                        "bảng theo dõi (Sở Nội vụ)")
    p.add_argument("--kind", required=True, choices=XLSX_KINDS)
    p.add_argument("--out", required=True, metavar="FILE.xlsx")
    p.add_argument("--unit", metavar="CODE", help="(scores) đơn vị (mặc định: đơn vị của không gian này)")
    p.add_argument("--group", metavar="CODE", help="(board) chỉ các đơn vị của nhóm này")
    p.add_argument("--stage", help="(board) chỉ các đơn vị ở giai đoạn này, hoặc held")
    p.add_argument("--block", help="(board) departments, central hoặc communes")
    p.add_argument("--campaign", metavar="CAMPAIGN", help="đợt đánh giá (mặc định: đang chọn)")
    p.add_argument("--json", action="store_true")
    p = actions.add_parser("info", help="thông tin in trên báo cáo: cơ quan, số ký hiệu, người ký, "
                                        "nơi nhận, khó khăn và kiến nghị")
    p.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE",
                   help="đổi một mục (" + ", ".join(f for f in INFO_FIELDS if f != "date")
                        + "); recipients lặp lại hoặc cách nhau bằng dấu ;")
    p.add_argument("--json", action="store_true")


# -- the checks before any work ----------------------------------------------------------------

def _check_options(ctx: Any, form: str) -> None:
    """Options that do not belong to the kind asked for are refused, not ignored."""
    a = ctx.args
    key = (form, a.kind)
    if a.unit and key not in UNIT_KINDS:
        raise InvalidInput("cli_option_needs", option="--unit",
                           needs=", ".join(f"--kind {k}" for f, k in sorted(UNIT_KINDS) if f == form))
    if form == "pdf":
        for option, value in (("--period", a.period), ("--year", a.year)):
            if value is not None and a.kind != "periodic":
                raise InvalidInput("cli_option_needs", option=option, needs="--kind periodic")
    else:
        for option, value in (("--group", a.group), ("--stage", a.stage), ("--block", a.block)):
            if value is not None and a.kind != "board":
                raise InvalidInput("cli_option_needs", option=option, needs="--kind board")


def _require_coordinator(ws: Any, form: str, kind: str, lang: str) -> None:
    if (form, kind) in COORDINATOR_KINDS and (ws.meta("role") or "") != "coordinator":
        labels = LABELS.get(lang, LABELS["vi"])
        raise InvalidInput("report_coordinator_only", kind=labels[f"kind_{form}_{kind}"],
                           role=ws.meta("role") or "")


def current_period(day: dt.date) -> str:
    """The quarter a day falls in ("q1" … "q4"): the periodic report's default."""
    return f"q{(day.month - 1) // 3 + 1}"


def _written(ctx: Any, form: str, path: Path) -> int:
    a, L = ctx.args, _labels(ctx)
    size = path.stat().st_size
    if a.json:
        _emit({"file": str(path), "size": size, "format": form, "kind": a.kind})
    else:
        print(f"{L['written']} {L[f'kind_{form}_{a.kind}']}: {path} ({size} byte)")
    return EXIT_OK


# -- the commands ------------------------------------------------------------------------------

def report_pdf(ctx: Any, ws: Any) -> int:
    from desktop.reports import coordinator_pdf, periodic, self_assessment
    from desktop.reports.info import checked, load_report_info

    a = ctx.args
    _check_options(ctx, "pdf")
    campaign = _campaign(ws, a.campaign)
    _require_coordinator(ws, "pdf", a.kind, ctx.lang)
    info = load_report_info(ws, campaign.id)
    if a.date is not None:
        info = checked(info.replace(date=a.date))
    out = Path(a.out)
    if a.kind == "summary":
        path = coordinator_pdf.build_summary_pdf(ws, campaign.id, out, info)
        return _written(ctx, "pdf", path)
    unit = _unit_or_own(ws, a.unit)
    if a.kind == "self-assessment":
        path = self_assessment.build_self_assessment_pdf(ws, campaign.id, unit.id, out, info)
    elif a.kind == "appraisal":
        path = coordinator_pdf.build_appraisal_sheet_pdf(ws, campaign.id, unit.id, out, info)
    else:
        period = a.period if a.period is not None else current_period(info.date)
        year = a.year if a.year is not None else campaign.year
        periodic.period_of(period, year)  # a bad period or year is refused before anything
        path = periodic.build_periodic_pdf(ws, campaign.id, unit.id, out, period=period,
                                           year=int(str(year).strip()), info=info)
    return _written(ctx, "pdf", path)


def report_xlsx(ctx: Any, ws: Any) -> int:
    from desktop.reports import xlsx_board, xlsx_scores, xlsx_summary

    a = ctx.args
    _check_options(ctx, "xlsx")
    campaign = _campaign(ws, a.campaign)
    _require_coordinator(ws, "xlsx", a.kind, ctx.lang)
    out = Path(a.out)
    if a.kind == "scores":
        unit = _unit_or_own(ws, a.unit)
        path = xlsx_scores.build_scores_xlsx(ws, campaign.id, unit.id, out)
    elif a.kind == "summary":
        path = xlsx_summary.build_summary_xlsx(ws, campaign.id, out)
    else:
        path = xlsx_board.build_board_xlsx(ws, campaign.id, out, group=a.group, stage=a.stage,
                                           block=a.block)
    return _written(ctx, "xlsx", path)


def info_changes(settings: list[str]) -> dict[str, Any]:
    """`FIELD=VALUE` settings → the ReportInfo changes. An empty value clears a field;
    `recipients` may be given several times and each value may hold several recipients
    separated by ";". Unknown fields and the date (never kept) are refused."""
    changes: dict[str, Any] = {}
    recipients: list[str] | None = None
    for setting in settings:
        name, sep, value = setting.partition("=")
        field = name.strip().lower().replace("-", "_")
        field = INFO_ALIASES.get(field, field)
        if not sep or not field:
            raise InvalidInput("cli_bad_pair", option="--set", value=setting,
                               form="signer_name=Nguyễn Văn A")
        if field not in INFO_FIELDS:
            raise InvalidInput("report_info_unknown_field", field=name.strip(),
                               fields=", ".join(f for f in INFO_FIELDS if f != "date"))
        if field == "date":
            raise InvalidInput("report_date_not_kept", value=value.strip())
        if field == "recipients":
            recipients = (recipients or []) + [r for r in value.split(";") if r.strip()]
        else:
            changes[field] = value
    if recipients is not None:
        changes["recipients"] = recipients
    return changes


def report_info(ctx: Any, ws: Any) -> int:
    from desktop.reports.info import checked, load_report_info, save_report_info

    a, L = ctx.args, _labels(ctx)
    campaign_id = _active_campaign_id(ws)
    info = load_report_info(ws, campaign_id)
    if a.set:
        info = checked(info.replace(**info_changes(a.set)))
        date = info.date
        info = save_report_info(ws, info).replace(date=date)
    if a.json:
        _emit(info.to_json())
        return EXIT_OK
    if a.set:
        print(f"{L['info_saved']}.")
    for field in INFO_FIELDS:
        label = f"{L[field]} ({field})"
        if field == "date":
            print(f"{label}: {info.date.strftime('%d/%m/%Y')} — {L['date_note']}")
        elif field == "recipients":
            print(f"{label}:" + ("" if info.recipients else f" {L['empty']}"))
            for line in info.recipients:
                print(f"  - {line}")
        else:
            value = getattr(info, field)
            if not value:
                value = L["subject_default"] if field == "subject" else L["empty"]
            lines = value.split("\n")
            print(f"{label}: {lines[0]}")
            for line in lines[1:]:
                print(f"  {line}")
    return EXIT_OK


def _active_campaign_id(ws: Any) -> str | None:
    from desktop.models import campaigns

    campaign = campaigns.active_campaign(ws)
    return campaign.id if campaign else None


REPORT: dict[str, Callable[[Any, Any], int]] = {
    "pdf": report_pdf, "xlsx": report_xlsx, "info": report_info,
}


def cmd_report(ctx: Any) -> int:
    return _run(ctx, REPORT, ctx.args.report_command)


COMMANDS: dict[str, Callable[[Any], int]] = {"report": cmd_report}
