"""The coordination cycle on the `cchc` command line (docs/cli.md): setting up and publishing
a campaign, the province's plan and the units' proposals, appraisal, explanations, survey
points, approval, ranking and results — the same services as the desktop window.

`add_parsers(sub)` adds the commands to `cchc`'s parser and COMMANDS maps each top-level
command to its handler (desktop/cli.py wires both in). Every package of the cycle is written
by the command of its own part (`campaign publish`, `appraisal work`, `appraisal export`,
`explanation requests`, `explanation export`, `plan send`, `results export`) and read, whatever
its kind, by `cchc package import`.

Exit codes as in desktop/cli.py: 0 success; 1 refused input or failed check (one plain
sentence on stderr, followed by the problems, one per line, when the service lists them);
2 usage error. `--json` prints decimals as strings."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop.messages import item_sentence, sentence
from desktop.models.errors import CchcError, InvalidInput, NotFound

EXIT_OK, EXIT_REFUSED = 0, 1   # as desktop.cli
GROUP_NAMES = {"so-ban-nganh": "Sở, ban, ngành", "xa-phuong": "UBND cấp xã, phường, đặc khu"}

LABELS = {
    "vi": {
        "created": "Đã tạo đợt đánh giá", "active": "đang chọn", "template": "Đã ghi tệp mẫu",
        "registry": "Đã nhập danh sách đơn vị", "new": "mới", "updated": "cập nhật",
        "successions": "kế thừa", "enrolled": "đưa vào đợt đánh giá",
        "enrolled_units": "Đã đưa vào đợt đánh giá", "units": "đơn vị",
        "not_stored": "mặc định, chưa lưu", "error": "Lỗi", "warning": "Cảnh báo",
        "ready": "Đợt đánh giá sẵn sàng để phát hành.", "bands": "Mức xếp loại",
        "campaign_wide": "chung của đợt", "now_active": "Đang chọn đợt đánh giá",
        "missing": "Đã ghi danh sách đơn vị chưa nộp", "total": "Tổng số",
        "self": "Tự chấm", "appraised": "Thẩm định", "stage": "Giai đoạn", "code": "Mã",
        "late": "nộp muộn", "held": "có gói đang giữ", "overdue": "quá hạn",
        "changed": "sửa sau thẩm định", "days": "ngày",
        "plan_added": "Đã thêm nhiệm vụ vào kế hoạch", "due": "hạn", "no_plan": "Kế hoạch chưa có nhiệm vụ.",
        "progress_total": "Cả tỉnh", "by_unit": "Theo đơn vị", "by_area": "Theo lĩnh vực",
        "tasks": "nhiệm vụ", "done": "hoàn thành", "average": "tiến độ bình quân",
        "no_area": "(chưa gắn lĩnh vực)", "proposed": "Đã thêm đề xuất",
        "no_proposals": "Chưa có đề xuất.", "state_proposed": "đề xuất",
        "state_adopted": "chấp nhận", "state_declined": "không chấp nhận",
        "decided": "Đã ghi quyết định", "drafted": "Đã đưa đề xuất được chấp nhận vào kế hoạch",
        "work": "Đã xuất gói giao thẩm định cho", "round": "vòng",
        "recorded": "Đã ghi kết quả thẩm định", "explain_flag": "đề nghị giải trình",
        "no_rows": "Không có tiêu chí nào.", "requests": "Đã xuất gói đề nghị giải trình",
        "no_requests": "Không có tiêu chí nào được đề nghị giải trình.",
        "deadline": "Hạn giải trình", "unanswered": "(chưa trả lời)",
        "answered": "Đã ghi nội dung giải trình", "survey_imported": "Đã nhập điểm điều tra xã hội học",
        "cells": "ô có điểm", "changed_values": "thay đổi", "survey_set": "Đã ghi điểm điều tra xã hội học",
        "cleared": "đã xóa", "approved": "Đã phê duyệt điểm của", "final": "tổng điểm",
        "index": "Chỉ số", "unlocked": "Đã mở khóa điểm của", "provisional": "tạm tính",
        "results": "Đã xuất gói kết quả", "no_result": "Chưa có kết quả.",
        "rank": "Xếp hạng", "of": "trên",
        "reason_codes": "Mã lý do thẩm định",
    },
    "en": {
        "created": "Campaign created", "active": "now the active one", "template": "Template written",
        "registry": "Unit list imported", "new": "new", "updated": "updated",
        "successions": "successions", "enrolled": "enrolled in the campaign",
        "enrolled_units": "Enrolled in the campaign", "units": "units",
        "not_stored": "default, not saved yet", "error": "Error", "warning": "Warning",
        "ready": "The campaign is ready to publish.", "bands": "Rating bands",
        "campaign_wide": "campaign-wide", "now_active": "Active campaign",
        "missing": "List of units with nothing received written", "total": "Total",
        "self": "Self", "appraised": "Appraised", "stage": "Stage", "code": "Code",
        "late": "late", "held": "package held", "overdue": "overdue",
        "changed": "changed after appraisal", "days": "days",
        "plan_added": "Task added to the plan", "due": "due", "no_plan": "The plan has no task yet.",
        "progress_total": "Whole province", "by_unit": "By unit", "by_area": "By area",
        "tasks": "tasks", "done": "done", "average": "average progress",
        "no_area": "(no area)", "proposed": "Proposal added",
        "no_proposals": "No proposal yet.", "state_proposed": "proposed",
        "state_adopted": "adopted", "state_declined": "declined",
        "decided": "Decision recorded", "drafted": "Adopted proposals put into the plan",
        "work": "Appraisal work exported for", "round": "round",
        "recorded": "Appraisal recorded", "explain_flag": "explanation requested",
        "no_rows": "No criterion.", "requests": "Explanation request exported",
        "no_requests": "No criterion has an explanation request.",
        "deadline": "Explanation deadline", "unanswered": "(not answered yet)",
        "answered": "Explanation recorded", "survey_imported": "Survey points imported",
        "cells": "cells with points", "changed_values": "changed", "survey_set": "Survey points recorded",
        "cleared": "cleared", "approved": "Scores approved for", "final": "total",
        "index": "Index", "unlocked": "Scores unlocked for", "provisional": "provisional",
        "results": "Results package exported", "no_result": "No result yet.",
        "rank": "Rank", "of": "of",
        "reason_codes": "Appraisal reason codes",
    },
}
STAGE_LABELS = {
    "vi": {"not_received": "chưa nhận", "received": "đã nhận", "in_appraisal": "đang thẩm định",
           "explanation_requested": "đề nghị giải trình", "explained": "đã giải trình",
           "appraised": "đã thẩm định", "approved": "đã phê duyệt"},
    "en": {"not_received": "not received", "received": "received", "in_appraisal": "in appraisal",
           "explanation_requested": "explanation requested", "explained": "explained",
           "appraised": "appraised", "approved": "approved"},
}


# -- the parsers -------------------------------------------------------------------------------

def _actions(sub: Any, name: str, help_text: str, dest: str | None = None) -> Any:
    parser = sub.add_parser(name, help=help_text)
    return parser.add_subparsers(dest=dest or f"{name}_command", metavar="ACTION",
                                 parser_class=type(parser), required=True)


def _json_flag(p: Any) -> None:
    p.add_argument("--json", action="store_true")


def _passphrase(p: Any) -> None:
    p.add_argument("--passphrase-file", metavar="FILE",
                   help="cụm mật khẩu của khóa ký, đọc từ tệp FILE")


def _round(p: Any, *, required: bool = False) -> None:
    p.add_argument("--round", type=int, choices=(1, 2), default=None if required else 1,
                   required=required, help="vòng thẩm định (1 hoặc 2)")


def add_parsers(sub: Any) -> None:
    """Add the coordination commands to `cchc`'s sub-command parser."""
    _campaign_parsers(sub)
    _plan_parsers(sub)
    _appraisal_parsers(sub)
    _explanation_parsers(sub)
    _survey_parsers(sub)
    _results_parsers(sub)


def _campaign_parsers(sub: Any) -> None:
    camp = _actions(sub, "campaign", "thiết lập, phát hành và theo dõi đợt đánh giá (Sở Nội vụ)")
    p = camp.add_parser("create", help="tạo đợt đánh giá: năm, nhóm đơn vị và bộ tiêu chí, thời hạn, mức xếp loại")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--title", required=True)
    p.add_argument("--province", help="tỉnh (mặc định: tỉnh của đơn vị này)")
    p.add_argument("--group", action="append", required=True, metavar="CODE=SOURCE",
                   help="nhóm đơn vị và bộ tiêu chí: sample:so-ban-nganh, sample:xa-phuong, "
                        "tệp .json/.xlsx hoặc mã băm bộ tiêu chí đã nạp; lặp lại cho mỗi nhóm")
    p.add_argument("--deadline", action="append", default=[], metavar="KIND=DATE",
                   help="thời hạn (thay thời hạn gợi ý cùng loại), vd. self_scoring=15/12/2026")
    p.add_argument("--bands", metavar="SPEC",
                   help="mức xếp loại, vd. \"Xuất sắc=90,Tốt=80,Khá=70,Trung bình=50,Yếu=0\"")
    p.add_argument("--bands-group", metavar="CODE", help="mức xếp loại riêng của nhóm CODE")
    _json_flag(p)
    p = camp.add_parser("list", help="các đợt đánh giá trong không gian làm việc")
    _json_flag(p)
    p = camp.add_parser("use", help="chọn đợt đánh giá làm việc (mã, vài ký tự đầu của mã, hoặc năm)")
    p.add_argument("key", metavar="CAMPAIGN")
    p = camp.add_parser("bands", help="đặt mức xếp loại của đợt (hoặc của một nhóm)")
    p.add_argument("spec", metavar="SPEC")
    p.add_argument("--group", metavar="CODE")
    _json_flag(p)
    reg = _actions(camp, "registry", "danh mục đơn vị (Excel)")
    p = reg.add_parser("template", help="ghi tệp Excel mẫu của danh mục đơn vị")
    p.add_argument("out", metavar="OUT.xlsx")
    p = reg.add_parser("import", help="nhập danh mục đơn vị (cả tệp hoặc không gì cả)")
    p.add_argument("file", metavar="FILE.xlsx")
    p.add_argument("--enrol", action="store_true",
                   help="đưa đơn vị vào nhóm ghi ở cột “Nhóm” của đợt đánh giá đang chọn")
    _json_flag(p)
    p = camp.add_parser("enrol", help="đưa mọi đơn vị theo loại vào một nhóm của đợt đánh giá")
    p.add_argument("--type", action="append", required=True, metavar="TYPE=GROUP",
                   help="vd. so=so-ban-nganh, ubnd_xa=xa-phuong; lặp lại cho mỗi loại")
    _json_flag(p)
    p = camp.add_parser("appraisers", help="đơn vị thẩm định của từng lĩnh vực")
    p.add_argument("--defaults", action="store_true",
                   help="lưu đơn vị thẩm định mặc định cho các lĩnh vực chưa có")
    p.add_argument("--set", nargs=3, action="append", default=[],
                   metavar=("GROUP", "AREA", "UNIT_CODE"), help="giao lĩnh vực AREA của nhóm GROUP")
    _json_flag(p)
    p = camp.add_parser("check", help="kiểm tra trước khi phát hành: lỗi và cảnh báo")
    _json_flag(p)
    p = camp.add_parser("publish", help="kiểm tra rồi xuất gói đợt đánh giá cho các đơn vị")
    p.add_argument("--out", required=True, metavar="FILE")
    _passphrase(p)
    _json_flag(p)
    p = camp.add_parser("board", help="bảng theo dõi: giai đoạn, gói mới nhất, điểm của từng đơn vị")
    p.add_argument("--group", metavar="CODE")
    p.add_argument("--stage", help="not_received, received, in_appraisal, explanation_requested, "
                                   "explained, appraised, approved hoặc held")
    p.add_argument("--block", help="departments, central hoặc communes")
    _json_flag(p)
    p = camp.add_parser("missing", help="ghi danh sách đơn vị chưa nộp ra Excel")
    p.add_argument("--out", required=True, metavar="FILE.xlsx")
    _json_flag(p)


def _plan_parsers(sub: Any) -> None:
    plan = _actions(sub, "plan", "kế hoạch CCHC của tỉnh và đề xuất cho năm sau")
    p = plan.add_parser("add", help="(Sở Nội vụ) giao nhiệm vụ trong kế hoạch cho một đơn vị")
    p.add_argument("unit_code", metavar="UNIT_CODE")
    p.add_argument("title", metavar="TITLE")
    p.add_argument("--deadline", required=True)
    p.add_argument("--output", default="", help="sản phẩm đầu ra")
    p.add_argument("--area", default="", help="mã lĩnh vực, vd. 3")
    p.add_argument("--source-ref", default="", help="số, ký hiệu kế hoạch, vd. 12/KH-UBND")
    _json_flag(p)
    for action, text in (("list", "nhiệm vụ trong kế hoạch của tỉnh"),
                         ("progress", "(Sở Nội vụ) tiến độ kế hoạch theo đơn vị và lĩnh vực")):
        p = plan.add_parser(action, help=text)
        p.add_argument("--campaign", metavar="CAMPAIGN", help="đợt đánh giá (mặc định: đang chọn)")
        _json_flag(p)
    p = plan.add_parser("propose", help="(đơn vị) đề xuất nhiệm vụ cho kế hoạch năm sau")
    p.add_argument("title", metavar="TITLE")
    p.add_argument("--output", default="", help="sản phẩm đầu ra")
    p.add_argument("--area", default="", help="mã lĩnh vực")
    p.add_argument("--deadline")
    p.add_argument("--note", default="")
    _json_flag(p)
    p = plan.add_parser("proposals", help="các đề xuất (của đơn vị này, hoặc đã nhận tại Sở Nội vụ)")
    p.add_argument("--campaign", metavar="CAMPAIGN", help="đợt đánh giá (mặc định: đang chọn)")
    p.add_argument("--state", choices=("proposed", "adopted", "declined"))
    _json_flag(p)
    p = plan.add_parser("decide", help="(Sở Nội vụ) chấp nhận hoặc không chấp nhận một đề xuất")
    p.add_argument("id", metavar="ID", help="mã đề xuất (ít nhất 4 ký tự đầu)")
    p.add_argument("decision", choices=("adopt", "decline"))
    _json_flag(p)
    p = plan.add_parser("draft", help="(Sở Nội vụ) đưa đề xuất được chấp nhận vào kế hoạch năm sau")
    p.add_argument("--from", dest="from_campaign", metavar="CAMPAIGN",
                   help="đợt nhận đề xuất (mặc định: đang chọn)")
    p.add_argument("--to", dest="to_campaign", metavar="CAMPAIGN",
                   help="đợt của năm sau (mặc định: đang chọn)")
    _json_flag(p)
    p = plan.add_parser("send", help="(đơn vị) xuất gói đề xuất gửi Sở Nội vụ")
    p.add_argument("--out", required=True, metavar="FILE")
    _passphrase(p)
    _json_flag(p)


def _appraisal_parsers(sub: Any) -> None:
    appr = _actions(sub, "appraisal", "thẩm định")
    p = appr.add_parser("work", help="(Sở Nội vụ) xuất gói giao thẩm định cho một đơn vị thẩm định")
    p.add_argument("--appraiser", required=True, metavar="CODE")
    _round(p)
    p.add_argument("--unit", action="append", metavar="CODE",
                   help="chỉ các đơn vị này (mặc định: mọi đơn vị đã nộp)")
    p.add_argument("--out", required=True, metavar="FILE")
    _passphrase(p)
    _json_flag(p)
    p = appr.add_parser("list", help="các tiêu chí cần thẩm định: điểm tự chấm, tài liệu, điểm thẩm định")
    p.add_argument("--unit", metavar="CODE")
    p.add_argument("--round", type=int, choices=(1, 2))
    p.add_argument("--appraiser", metavar="CODE",
                   help="chỉ các lĩnh vực của đơn vị thẩm định này (mặc định: của nơi này, trừ Sở Nội vụ)")
    _json_flag(p)
    p = appr.add_parser("record", help="ghi kết quả thẩm định một tiêu chí của một đơn vị")
    p.add_argument("unit_code", metavar="UNIT")
    p.add_argument("code", metavar="CODE")
    p.add_argument("value", metavar="VALUE", help="phương án, tỷ lệ %, số lần hoặc số điểm")
    _round(p, required=True)
    p.add_argument("--remark", default="", help="nhận xét")
    p.add_argument("--reason", default="", metavar="CODE", help="mã lý do (xem “cchc appraisal reasons”)")
    p.add_argument("--request-explanation", action="store_true", help="đề nghị đơn vị giải trình (vòng 1)")
    _json_flag(p)
    p = appr.add_parser("reasons", help="các mã lý do thẩm định")
    _json_flag(p)
    p = appr.add_parser("export", help="(đơn vị thẩm định) xuất gói kết quả thẩm định gửi Sở Nội vụ")
    _round(p)
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--encrypt", action="store_true", help="mã hóa cho Sở Nội vụ (age)")
    _passphrase(p)
    _json_flag(p)


def _explanation_parsers(sub: Any) -> None:
    expl = _actions(sub, "explanation", "giải trình")
    p = expl.add_parser("requests", help="(Sở Nội vụ) xuất gói kết quả thẩm định và đề nghị giải trình cho từng đơn vị")
    _round(p)
    p.add_argument("--unit", action="append", metavar="CODE",
                   help="chỉ các đơn vị này (mặc định: mọi đơn vị đã thẩm định xong vòng)")
    p.add_argument("--out-dir", required=True, metavar="DIR")
    _passphrase(p)
    _json_flag(p)
    p = expl.add_parser("list", help="các tiêu chí được đề nghị giải trình và nội dung đã trả lời")
    p.add_argument("--unit", metavar="CODE", help="(Sở Nội vụ) của đơn vị này")
    _json_flag(p)
    p = expl.add_parser("answer", help="(đơn vị) ghi nội dung giải trình một tiêu chí")
    p.add_argument("code", metavar="CODE")
    p.add_argument("text", metavar="TEXT")
    _json_flag(p)
    p = expl.add_parser("export", help="(đơn vị) xuất gói giải trình gửi Sở Nội vụ")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--encrypt", action="store_true", help="mã hóa cho Sở Nội vụ (age)")
    _passphrase(p)
    _json_flag(p)


def _survey_parsers(sub: Any) -> None:
    survey = _actions(sub, "survey", "điểm điều tra xã hội học (Sở Nội vụ)")
    p = survey.add_parser("template", help="ghi bảng Excel để nhập điểm điều tra xã hội học")
    p.add_argument("--out", required=True, metavar="FILE.xlsx")
    p = survey.add_parser("import", help="nhập bảng điểm điều tra xã hội học (cả tệp hoặc không gì cả)")
    p.add_argument("file", metavar="FILE.xlsx")
    _json_flag(p)
    p = survey.add_parser("set", help="nhập (hoặc xóa, với \"\") điểm một tiêu chí của một đơn vị")
    p.add_argument("unit_code", metavar="UNIT")
    p.add_argument("code", metavar="CODE")
    p.add_argument("points", metavar="POINTS")
    _json_flag(p)


def _results_parsers(sub: Any) -> None:
    p = sub.add_parser("approve", help="(Sở Nội vụ) phê duyệt và khóa điểm cuối cùng của một đơn vị")
    p.add_argument("unit_code", metavar="UNIT")
    p.add_argument("--keep-self", action="store_true",
                   help="giữ nguyên điểm tự đánh giá cho các tiêu chí chưa thẩm định")
    _json_flag(p)
    p = sub.add_parser("unlock", help="(Sở Nội vụ) mở khóa điểm đã phê duyệt, kèm lý do")
    p.add_argument("unit_code", metavar="UNIT")
    p.add_argument("--reason", default="")
    _json_flag(p)
    p = sub.add_parser("rank", help="(Sở Nội vụ) xếp hạng trong từng khối")
    _json_flag(p)
    res = _actions(sub, "results", "kết quả")
    p = res.add_parser("export", help="(Sở Nội vụ) xuất gói kết quả cho từng đơn vị đã phê duyệt")
    p.add_argument("--out-dir", required=True, metavar="DIR")
    p.add_argument("--unit", action="append", metavar="CODE", help="chỉ các đơn vị này")
    _passphrase(p)
    _json_flag(p)
    p = res.add_parser("show", help="kết quả đã phê duyệt: tổng điểm, Chỉ số, xếp loại, thứ hạng")
    p.add_argument("--unit", metavar="CODE", help="(Sở Nội vụ) của đơn vị này")
    _json_flag(p)


# -- shared helpers ------------------------------------------------------------------------------

def _json_default(value: Any) -> str:
    if isinstance(value, Decimal):
        from desktop.models.decimals import format_decimal

        return format_decimal(value)
    raise TypeError(f"not JSON: {type(value).__name__}")


def _emit(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=_json_default))


def _labels(ctx: Any) -> dict[str, str]:
    return LABELS.get(ctx.lang, LABELS["vi"])


def _stage(ctx: Any, stage: str) -> str:
    return STAGE_LABELS.get(ctx.lang, STAGE_LABELS["vi"]).get(stage, stage)


def _d(value: Any) -> str:
    from desktop.models.decimals import format_decimal

    text = format_decimal(Decimal(value)) if value is not None else None
    return text or "—"


def _pairs(option: str, values: list[str], form: str) -> list[tuple[str, str]]:
    """`KEY=VALUE` options, split at the first "="."""
    out = []
    for value in values:
        key, sep, rest = value.partition("=")
        if not sep or not key.strip() or not rest.strip():
            raise InvalidInput("cli_bad_pair", option=option, value=value, form=form)
        out.append((key.strip(), rest.strip()))
    return out


def _bands(spec: str) -> list[tuple[str, str]]:
    """"Xuất sắc=90,Tốt=80" → [("Xuất sắc", "90"), ("Tốt", "80")] (checked by the service)."""
    out = []
    for part in spec.split(","):
        label, sep, minimum = part.rpartition("=")
        if not sep or not label.strip() or not minimum.strip():
            raise InvalidInput("cli_bad_pair", option="--bands", value=spec,
                               form="Xuất sắc=90,Tốt=80,…")
        out.append((label.strip(), minimum.strip()))
    return out


def _campaign(ws: Any, key: str | None) -> Any:
    """The active campaign, or the one named by its id, the first characters of its id (at
    least 6) or its year."""
    from desktop.models import campaigns

    if not key:
        return campaigns.require_active_campaign(ws)
    key = key.strip()
    every = campaigns.list_campaigns(ws)
    found = [c for c in every if c.id == key]
    if not found:
        found = [c for c in every if (key.isdigit() and len(key) == 4 and str(c.year) == key)
                 or (len(key) >= 6 and c.id.startswith(key.lower()))]
    if not found:
        raise NotFound("cli_unknown_campaign", key=key)
    if len(found) > 1:
        raise InvalidInput("cli_campaign_ambiguous", key=key, count=len(found))
    return found[0]


def _coordinator(ws: Any) -> None:
    from desktop.models import setup

    setup.require_coordinator(ws)


def _read_passphrase(ctx: Any) -> str | None:
    from desktop.sync import keys

    path = getattr(ctx.args, "passphrase_file", None)
    return keys.read_passphrase_file(path) if path else None


def _built_json(built: Any) -> dict[str, Any]:
    return {"file": str(built.path), "package_hash": built.package_hash,
            "type": built.manifest["type"], "sequence": built.manifest["sequence"],
            "recipient": built.manifest["recipient"]["unit_code"], "size": built.size,
            "verified": True}


def _built_line(ctx: Any, built: Any) -> str:
    from desktop.cli import LABELS as CLI_LABELS

    labels = CLI_LABELS.get(ctx.lang, CLI_LABELS["vi"])
    return (f"{labels['pkg_exported']}: {built.path} ({built.size} byte, "
            f"{built.package_hash[:12]}) — {labels['pkg_verified']}")


def _refuse_with_problems(ctx: Any, error: CchcError) -> int:
    """The sentence, then each problem the service listed, one line each, on stderr."""
    print(sentence(error, ctx.lang), file=sys.stderr)
    for problem in error.data["problems"]:
        print(f"- {item_sentence(problem.code, problem.data, ctx.lang)}", file=sys.stderr)
    return EXIT_REFUSED


Handler = Callable[[Any, Any], int]


def _run(ctx: Any, table: dict[str, Handler], action: str) -> int:
    with ctx.open() as ws:
        try:
            return table[action](ctx, ws)
        except CchcError as error:
            if not error.data.get("problems"):
                raise
            return _refuse_with_problems(ctx, error)


# -- campaign ------------------------------------------------------------------------------------

def _set_source(ws: Any, source: str) -> Any:
    """The criteria set a group uses: a shipped sample, a .json/.xlsx file, or a stored set."""
    from desktop.models import criteria

    if source.startswith("sample:"):
        name = source.removeprefix("sample:")
        if name not in criteria.SAMPLE_SETS:
            raise InvalidInput("cli_bad_set_source", value=source,
                               samples=", ".join(f"sample:{k}" for k in criteria.SAMPLE_SETS))
        return criteria.load_sample_criteria_set(ws, name)
    if source.lower().endswith((".json", ".xlsx")):
        return criteria.load_criteria_set(ws, _set_file(Path(source)))
    return criteria.find_criteria_set(ws, source)


def _set_file(path: Path) -> dict[str, Any]:
    from desktop.models import criteria_xlsx
    from desktop.models.evidence import check_source_file

    check_source_file(path)
    if path.suffix.lower() == ".xlsx":
        return criteria_xlsx.read_workbook(path)
    try:  # numbers become exact decimals, never binary floats
        return json.loads(path.read_text(encoding="utf-8"), parse_float=Decimal)
    except (ValueError, UnicodeDecodeError) as exc:
        raise InvalidInput("json_unreadable", path=str(path), details=str(exc)) from exc


def _deadlines(year: int, given: list[str]) -> dict[str, Any]:
    """The suggested deadlines of the year, each kind given on the command line replaced."""
    from desktop.models import setup

    chosen: dict[str, Any] = dict(setup.default_deadlines(year))
    mine: dict[str, list[str]] = {}
    for kind, day in _pairs("--deadline", given, "KIND=31/12/2026"):
        mine.setdefault(kind, []).append(day)
    for kind, days in mine.items():
        chosen[kind] = days if len(days) > 1 else days[0]
    return chosen


def campaign_create(ctx: Any, ws: Any) -> int:
    from desktop.models import campaigns, criteria, setup, units, workspaces

    a, L = ctx.args, _labels(ctx)
    _coordinator(ws)
    if a.bands_group and not a.bands:
        raise InvalidInput("cli_option_needs", option="--bands-group", needs="--bands")
    province = a.province
    if province is None:
        province = units.get_unit(ws, workspaces.own_unit_id(ws)).province
    groups = _pairs("--group", a.group, "CODE=sample:so-ban-nganh")
    codes = [code for code, _ in groups]
    for code in codes:
        if codes.count(code) > 1:
            raise InvalidInput("duplicate_group", code=code)
    bands = {a.bands_group: _bands(a.bands)} if a.bands else {}
    deadlines = _deadlines(a.year, a.deadline)
    with ws.write():  # the criteria sets and the campaign together, or nothing
        chosen = {code: (GROUP_NAMES.get(code, code), _set_source(ws, source).id)
                  for code, source in groups}
        campaign = setup.set_up_campaign(ws, year=a.year, title=a.title, province=province,
                                         groups=chosen, deadlines=deadlines, bands=bands)
    sets = {code: criteria.get_criteria_set(ws, set_id) for code, (_, set_id) in chosen.items()}
    if a.json:
        _emit({**campaign.to_json(), "active": True,
               "groups": [{"code": code, "name": chosen[code][0], "criteria_set": s.title,
                           "criteria_set_hash": s.content_hash} for code, s in sets.items()],
               "deadlines": [{"kind": d.kind, "due_date": d.due_date}
                             for d in campaigns.deadlines(ws, campaign.id)]})
        return EXIT_OK
    print(f"{L['created']}: {campaign.title} ({campaign.year}, {campaign.id[:8]}) — {L['active']}")
    for code, s in sets.items():
        print(f"  {code}: {s.title} ({s.content_hash[:12]})")
    return EXIT_OK


def campaign_list(ctx: Any, ws: Any) -> int:
    from desktop.models import campaigns

    active = campaigns.active_campaign(ws)
    found = campaigns.list_campaigns(ws)
    if ctx.args.json:
        _emit([{**c.to_json(), "active": bool(active and c.id == active.id)} for c in found])
        return EXIT_OK
    for c in found:
        mark = "*" if active and c.id == active.id else " "
        print(f"{mark} {c.id[:8]}  {c.year}  {c.title}")
    return EXIT_OK


def campaign_use(ctx: Any, ws: Any) -> int:
    from desktop.models import campaigns

    chosen = _campaign(ws, ctx.args.key)
    campaigns.set_active_campaign(ws, chosen.id)
    print(f"{_labels(ctx)['now_active']}: {chosen.title} ({chosen.year}, {chosen.id[:8]})")
    return EXIT_OK


def campaign_bands(ctx: Any, ws: Any) -> int:
    from desktop.models import campaigns

    a, L = ctx.args, _labels(ctx)
    _coordinator(ws)
    campaign = campaigns.require_active_campaign(ws)
    stored = campaigns.set_rating_bands(ws, campaign.id, _bands(a.spec), group_code=a.group)
    if a.json:
        _emit([{"label": b.label, "min_percent": b.min_percent} for b in stored])
        return EXIT_OK
    scope = a.group or L["campaign_wide"]
    print(f"{L['bands']} ({scope}): " + ", ".join(f"{b.label} ≥ {b.min_percent}%" for b in stored))
    return EXIT_OK


def registry_template(ctx: Any, ws: Any) -> int:
    from desktop.models import registry_xlsx

    registry_xlsx.write_registry_template(Path(ctx.args.out))
    print(f"{_labels(ctx)['template']}: {ctx.args.out}")
    return EXIT_OK


def registry_import(ctx: Any, ws: Any) -> int:
    from desktop.models import campaigns, registry_xlsx

    a, L = ctx.args, _labels(ctx)
    _coordinator(ws)
    campaign_id = campaigns.require_active_campaign(ws).id if a.enrol else None
    done = registry_xlsx.import_registry(ws, Path(a.file), campaign_id=campaign_id)
    if a.json:
        _emit(done.to_json())
        return EXIT_OK
    print(f"{L['registry']}: {done.created} {L['new']}, {done.updated} {L['updated']}, "
          f"{done.successions} {L['successions']}, {done.enrolled} {L['enrolled']}")
    return EXIT_OK


def campaign_enrol(ctx: Any, ws: Any) -> int:
    from desktop.models import campaigns, setup

    a, L = ctx.args, _labels(ctx)
    _coordinator(ws)
    campaign = campaigns.require_active_campaign(ws)
    chosen = setup.enrol_by_type(ws, campaign.id, dict(_pairs("--type", a.type, "so=so-ban-nganh")))
    if a.json:
        _emit([u.to_json() for u in chosen])
        return EXIT_OK
    codes = ", ".join(u.code for u in chosen)
    print(f"{L['enrolled_units']}: {len(chosen)} {L['units']}" + (f" ({codes})" if codes else ""))
    return EXIT_OK


def campaign_appraisers(ctx: Any, ws: Any) -> int:
    from desktop.models import appraisal, campaigns

    a, L = ctx.args, _labels(ctx)
    campaign = campaigns.require_active_campaign(ws)
    if a.defaults or a.set:
        _coordinator(ws)
        with ws.write():  # every change or none
            if a.defaults:
                appraisal.default_area_appraisers(ws, campaign.id)
            for group, area, code in a.set:
                appraisal.set_area_appraiser(ws, campaign.id, group, area, code)
    rows = appraisal.area_appraisers(ws, campaign.id)
    if a.json:
        _emit(rows)
        return EXIT_OK
    for row in rows:
        note = "" if row["stored"] else f"  ({L['not_stored']})"
        print(f"{row['group']:<14} {row['area_code']:<3} {row['appraiser_code']:<10} "
              f"{row['appraiser_name']} — {row['area_title']}{note}")
    return EXIT_OK


def _problem_json(ctx: Any, problem: Any) -> dict[str, Any]:
    return {**problem.to_json(), "message": item_sentence(problem.code, problem.data, ctx.lang)}


def campaign_check(ctx: Any, ws: Any) -> int:
    from desktop.models import campaigns, setup

    L = _labels(ctx)
    _coordinator(ws)
    problems = setup.publish_problems(ws, campaigns.require_active_campaign(ws).id)
    errors = [p for p in problems if p.is_error]
    if ctx.args.json:
        _emit({"ready": not errors, "problems": [_problem_json(ctx, p) for p in problems]})
    else:
        for problem in problems:
            label = L["error"] if problem.is_error else L["warning"]
            print(f"{label}: {item_sentence(problem.code, problem.data, ctx.lang)}")
        if not errors:
            print(L["ready"])
    if errors:
        print(sentence(InvalidInput("campaign_not_ready", count=len(errors)), ctx.lang),
              file=sys.stderr)
        return EXIT_REFUSED
    return EXIT_OK


def campaign_publish(ctx: Any, ws: Any) -> int:
    from desktop.sync import plan as plan_sync

    a, L = ctx.args, _labels(ctx)
    _coordinator(ws)
    built, warnings = plan_sync.publish_campaign(ws, Path(a.out), passphrase=_read_passphrase(ctx))
    if a.json:
        _emit({**_built_json(built), "warnings": [_problem_json(ctx, p) for p in warnings]})
        return EXIT_OK
    print(_built_line(ctx, built))
    for problem in warnings:
        print(f"{L['warning']}: {item_sentence(problem.code, problem.data, ctx.lang)}")
    return EXIT_OK


def campaign_board(ctx: Any, ws: Any) -> int:
    from desktop.models import board, campaigns

    a, L = ctx.args, _labels(ctx)
    _coordinator(ws)
    campaign = campaigns.require_active_campaign(ws)
    rows = board.board(ws, campaign.id, group=a.group, stage=a.stage, block=a.block)
    counts = board.board_counts(ws, campaign.id, group=a.group, block=a.block)
    if a.json:
        _emit({"units": [r.to_json() for r in rows], "counts": counts})
        return EXIT_OK
    print(f"{L['code']:<12} {L['stage']:<22} {L['self']:>8} {L['appraised']:>10}")
    for row in rows:
        flags = [L[name] for name, on in (("late", row.late), ("held", row.held),
                                          ("changed", row.changed_after_appraisal)) if on]
        if row.overdue:
            flags.append(f"{L['overdue']} {row.days_overdue} {L['days']}")
        print(f"{row.code:<12} {_stage(ctx, row.stage):<22} {_d(row.self_total):>8} "
              f"{_d(row.appraised_total):>10}  {row.name}" + (f" [{', '.join(flags)}]" if flags else ""))
    shown = ", ".join(f"{_stage(ctx, s)} {n}" for s, n in counts.items()
                      if n and s in STAGE_LABELS["vi"])
    print(f"{L['total']}: {counts['total']} ({shown})")
    return EXIT_OK


def campaign_missing(ctx: Any, ws: Any) -> int:
    from desktop.models import board, campaigns

    a, L = ctx.args, _labels(ctx)
    _coordinator(ws)
    count = board.export_missing(ws, campaigns.require_active_campaign(ws).id, Path(a.out))
    if a.json:
        _emit({"file": a.out, "units": count})
    else:
        print(f"{L['missing']}: {a.out} ({count} {L['units']})")
    return EXIT_OK


CAMPAIGN: dict[str, Handler] = {
    "create": campaign_create, "list": campaign_list, "use": campaign_use,
    "bands": campaign_bands, "registry template": registry_template,
    "registry import": registry_import, "enrol": campaign_enrol,
    "appraisers": campaign_appraisers, "check": campaign_check, "publish": campaign_publish,
    "board": campaign_board, "missing": campaign_missing,
}


def cmd_campaign(ctx: Any) -> int:
    action = ctx.args.campaign_command
    if action == "registry":
        action = f"registry {ctx.args.registry_command}"
    if action == "registry template":  # needs no workspace
        return registry_template(ctx, None)
    return _run(ctx, CAMPAIGN, action)


# -- plan and proposals ----------------------------------------------------------------------------

def plan_add(ctx: Any, ws: Any) -> int:
    from desktop.models import campaigns, plan
    from desktop.models.dates import vn_date

    a, L = ctx.args, _labels(ctx)
    item = plan.add_plan_task(ws, campaigns.require_active_campaign(ws).id, a.unit_code,
                              title=a.title, deadline=a.deadline, expected_output=a.output,
                              area_code=a.area, source_ref=a.source_ref)
    if a.json:
        _emit(item.to_json())
    else:
        print(f"{L['plan_added']}: {item.task.id[:8]} — {item.task.title} ({item.unit_code}, "
              f"{L['due']} {vn_date(item.task.deadline)})")
    return EXIT_OK


def plan_list(ctx: Any, ws: Any) -> int:
    from desktop.models import plan
    from desktop.models.dates import vn_date

    items = plan.plan_tasks(ws, _campaign(ws, ctx.args.campaign).id)
    if ctx.args.json:
        _emit([item.to_json() for item in items])
        return EXIT_OK
    if not items:
        print(_labels(ctx)["no_plan"])
    for item in items:
        task = item.task
        flag = " !" if task.overdue else ""
        print(f"{task.id[:8]}  {item.unit_code:<10} {task.status:<11} {task.progress:>3}%  "
              f"{vn_date(task.deadline):<10}  {task.title}{flag}")
    return EXIT_OK


def _progress_line(ctx: Any, row: Any, label: str) -> str:
    L = _labels(ctx)
    average = f"{row.average}%" if row.average is not None else "—"
    overdue = f", {row.overdue} {L['overdue']}" if row.overdue else ""
    return (f"{label}: {row.count} {L['tasks']}, {row.done} {L['done']}{overdue}, "
            f"{L['average']} {average}")


def plan_progress(ctx: Any, ws: Any) -> int:
    from desktop.models import plan

    L = _labels(ctx)
    _coordinator(ws)
    progress = plan.plan_progress(ws, _campaign(ws, ctx.args.campaign).id)
    if ctx.args.json:
        _emit(progress.to_json())
        return EXIT_OK
    print(_progress_line(ctx, progress.total, L["progress_total"]))
    print(f"{L['by_unit']}:")
    for row in progress.by_unit:
        print("  " + _progress_line(ctx, row, f"{row.key} — {row.label}"))
    print(f"{L['by_area']}:")
    for row in progress.by_area:
        print("  " + _progress_line(ctx, row, f"{row.key} — {row.label}" if row.key else L["no_area"]))
    return EXIT_OK


def plan_propose(ctx: Any, ws: Any) -> int:
    from desktop.models import campaigns, plan

    a, L = ctx.args, _labels(ctx)
    made = plan.add_proposal(ws, campaigns.require_active_campaign(ws).id, title=a.title,
                             expected_output=a.output, area_code=a.area, deadline=a.deadline,
                             note=a.note)
    if a.json:
        _emit(made.to_json())
    else:
        print(f"{L['proposed']}: {made.id[:8]} — {made.title}")
    return EXIT_OK


def _own_or_received(ws: Any, campaign_id: str, state: str | None = None) -> list[Any]:
    from desktop.models import plan

    if (ws.meta("role") or "unit") == "coordinator":
        return plan.proposals(ws, campaign_id, state)
    return [p for p in plan.list_proposals(ws, campaign_id) if state in (None, p.state)]


def plan_proposals(ctx: Any, ws: Any) -> int:
    L = _labels(ctx)
    found = _own_or_received(ws, _campaign(ws, ctx.args.campaign).id, ctx.args.state)
    if ctx.args.json:
        _emit([p.to_json() for p in found])
        return EXIT_OK
    if not found:
        print(L["no_proposals"])
    for p in found:
        late = f" [{L['late']}]" if p.late else ""
        print(f"{p.id[:8]}  {p.unit_code:<10} {L['state_' + p.state]:<16} {p.title}{late}")
    return EXIT_OK


def _find_proposal(ws: Any, key: str) -> Any:
    """A proposal of any campaign by its id or a unique prefix (at least 4 characters)."""
    from desktop.models import campaigns, plan

    key = key.strip().lower()
    found = [p for c in campaigns.list_campaigns(ws) for p in _own_or_received(ws, c.id)
             if p.id == key or (len(key) >= 4 and p.id.startswith(key))]
    if len(found) > 1:
        raise InvalidInput("cli_proposal_ambiguous", id=key)
    return found[0] if found else plan.get_proposal(ws, key)


def plan_decide(ctx: Any, ws: Any) -> int:
    from desktop.models import plan

    a, L = ctx.args, _labels(ctx)
    _coordinator(ws)
    decided = plan.decide_proposal(ws, _find_proposal(ws, a.id).id, a.decision == "adopt")
    if a.json:
        _emit(decided.to_json())
    else:
        print(f"{L['decided']}: {decided.id[:8]} — {decided.title} "
              f"({decided.unit_code}): {L['state_' + decided.state]}")
    return EXIT_OK


def plan_draft(ctx: Any, ws: Any) -> int:
    from desktop.models import plan

    a, L = ctx.args, _labels(ctx)
    _coordinator(ws)
    source, target = _campaign(ws, a.from_campaign), _campaign(ws, a.to_campaign)
    made = plan.draft_plan(ws, source.id, target.id)
    if a.json:
        _emit([item.to_json() for item in made])
        return EXIT_OK
    print(f"{L['drafted']} {target.title} ({target.year}): {len(made)} {L['tasks']}")
    for item in made:
        print(f"  {item.task.id[:8]}  {item.unit_code:<10} {item.task.title}")
    return EXIT_OK


def plan_send(ctx: Any, ws: Any) -> int:
    from desktop.sync import plan as plan_sync

    built = plan_sync.export_proposals(ws, Path(ctx.args.out), passphrase=_read_passphrase(ctx))
    if ctx.args.json:
        _emit(_built_json(built))
    else:
        print(_built_line(ctx, built))
    return EXIT_OK


PLAN: dict[str, Handler] = {
    "add": plan_add, "list": plan_list, "progress": plan_progress, "propose": plan_propose,
    "proposals": plan_proposals, "decide": plan_decide, "draft": plan_draft, "send": plan_send,
}


def cmd_plan(ctx: Any) -> int:
    return _run(ctx, PLAN, ctx.args.plan_command)


# -- appraisal ---------------------------------------------------------------------------------------

def appraisal_work(ctx: Any, ws: Any) -> int:
    from desktop.sync import appraisal as appraisal_sync

    a, L = ctx.args, _labels(ctx)
    built = appraisal_sync.export_appraisal_work(ws, Path(a.out), a.appraiser, round=a.round,
                                                 unit_codes=a.unit,
                                                 passphrase=_read_passphrase(ctx))
    if a.json:
        _emit({**_built_json(built), "round": a.round})
    else:
        print(f"{L['work']} {built.manifest['recipient']['unit_code']} ({L['round']} {a.round})")
        print(_built_line(ctx, built))
    return EXIT_OK


def appraisal_list(ctx: Any, ws: Any) -> int:
    from desktop.models import appraisal, campaigns, units

    a, L = ctx.args, _labels(ctx)
    campaign = campaigns.require_active_campaign(ws)
    appraiser = a.appraiser
    if appraiser is None and (ws.meta("role") or "unit") != "coordinator":
        appraiser = appraisal.own_code(ws)
    unit_id = units.unit_by_code(ws, a.unit).id if a.unit else None
    rows = appraisal.appraisal_rows(ws, campaign.id, appraiser_code=appraiser, unit_id=unit_id,
                                    round=a.round)
    if a.json:
        _emit(rows)
        return EXIT_OK
    if not rows:
        print(L["no_rows"])
    for row in rows:
        flag = f" [{L['explain_flag']}]" if row["explanation_requested"] else ""
        remark = f" — {row['remark']}" if row["remark"] else ""
        print(f"{row['unit_code']:<10} {row['criterion_code']:<8} {L['self']} "
              f"{_d(row['self_score']):>5} / {row['max']:<4} {L['appraised']} "
              f"{_d(row['appraised_score']):>5}{flag}{remark}")
    return EXIT_OK


def appraisal_record(ctx: Any, ws: Any) -> int:
    from desktop.models import appraisal, campaigns, units

    a, L = ctx.args, _labels(ctx)
    campaign = campaigns.require_active_campaign(ws)
    unit = units.unit_by_code(ws, a.unit_code)
    row = appraisal.record_appraisal(ws, campaign.id, unit.id, a.code, a.value, round=a.round,
                                     remark=a.remark, reason_code=a.reason,
                                     request_explanation=a.request_explanation)
    code = a.code.strip().rstrip(".")
    if a.json:
        _emit({**row.to_json(), "unit": unit.code, "code": code})
        return EXIT_OK
    flag = f" — {L['explain_flag']}" if a.request_explanation else ""
    print(f"{L['recorded']}: {unit.code} {code} {L['round']} {a.round}: {row.appraised_input} → "
          f"{_d(row.appraised_score)} ({L['self']} {_d(row.score)}){flag}")
    return EXIT_OK


def appraisal_reasons(ctx: Any, ws: Any) -> int:
    from desktop.models import appraisal

    if ctx.args.json:
        _emit([{"code": code, "vi": vi, "en": en} for code, vi, en in appraisal.REASON_CODES])
        return EXIT_OK
    print(f"{_labels(ctx)['reason_codes']}:")
    for code, _, _ in appraisal.REASON_CODES:
        print(f"  {code:<24} {appraisal.reason_label(code, ctx.lang)}")
    return EXIT_OK


def appraisal_export(ctx: Any, ws: Any) -> int:
    from desktop.sync import appraisal as appraisal_sync

    a = ctx.args
    built = appraisal_sync.export_appraisal(ws, Path(a.out), round=a.round,
                                            passphrase=_read_passphrase(ctx), encrypt=a.encrypt)
    if a.json:
        _emit({**_built_json(built), "round": a.round})
    else:
        print(_built_line(ctx, built))
    return EXIT_OK


APPRAISAL: dict[str, Handler] = {
    "work": appraisal_work, "list": appraisal_list, "record": appraisal_record,
    "reasons": appraisal_reasons, "export": appraisal_export,
}


def cmd_appraisal(ctx: Any) -> int:
    if ctx.args.appraisal_command == "reasons":  # needs no workspace
        return appraisal_reasons(ctx, None)
    return _run(ctx, APPRAISAL, ctx.args.appraisal_command)


# -- explanations ----------------------------------------------------------------------------------

def explanation_requests(ctx: Any, ws: Any) -> int:
    from desktop.sync import appraisal as appraisal_sync

    a, L = ctx.args, _labels(ctx)
    built = appraisal_sync.export_explanation_requests(
        ws, Path(a.out_dir), round=a.round, unit_codes=a.unit, passphrase=_read_passphrase(ctx))
    if a.json:
        _emit([{**_built_json(b), "round": a.round} for b in built])
        return EXIT_OK
    for item in built:
        print(f"{L['requests']} ({item.manifest['recipient']['unit_code']}): {item.path} "
              f"({item.size} byte, {item.package_hash[:12]})")
    return EXIT_OK


def _unit_or_own(ws: Any, code: str | None) -> Any:
    from desktop.models import units, workspaces

    return units.unit_by_code(ws, code) if code else units.get_unit(ws, workspaces.own_unit_id(ws))


def explanation_list(ctx: Any, ws: Any) -> int:
    from desktop.models import appraisal, campaigns
    from desktop.models.dates import vn_date

    a, L = ctx.args, _labels(ctx)
    campaign = campaigns.require_active_campaign(ws)
    unit = _unit_or_own(ws, a.unit)
    items = appraisal.explanation_requests(ws, campaign.id, unit.id)
    deadline = appraisal.explanation_deadline(ws, campaign.id)
    if a.json:
        _emit({"unit": unit.code, "deadline": deadline, "items": items})
        return EXIT_OK
    if not items:
        print(L["no_requests"])
        return EXIT_OK
    print(f"{L['deadline']}: {vn_date(deadline) or '—'}")
    for item in items:
        print(f"{item['code']:<8} {L['self']} {_d(item['self_score'])} → {L['appraised']} "
              f"{_d(item['appraised_score'])} / {item['max']} — {item['remark']}")
        print(f"         {item['response'] or L['unanswered']}")
    return EXIT_OK


def explanation_answer(ctx: Any, ws: Any) -> int:
    from desktop.models import appraisal, campaigns, workspaces

    a, L = ctx.args, _labels(ctx)
    campaign = campaigns.require_active_campaign(ws)
    row = appraisal.answer_explanation(ws, campaign.id, workspaces.own_unit_id(ws), a.code, a.text)
    if a.json:
        _emit({**row.to_json(), "code": a.code.strip().rstrip(".")})
    else:
        print(f"{L['answered']}: {a.code.strip().rstrip('.')}")
    return EXIT_OK


def explanation_export(ctx: Any, ws: Any) -> int:
    from desktop.sync import appraisal as appraisal_sync

    a = ctx.args
    built = appraisal_sync.export_explanation(ws, Path(a.out), passphrase=_read_passphrase(ctx),
                                              encrypt=a.encrypt)
    if a.json:
        _emit(_built_json(built))
    else:
        print(_built_line(ctx, built))
    return EXIT_OK


EXPLANATION: dict[str, Handler] = {
    "requests": explanation_requests, "list": explanation_list, "answer": explanation_answer,
    "export": explanation_export,
}


def cmd_explanation(ctx: Any) -> int:
    return _run(ctx, EXPLANATION, ctx.args.explanation_command)


# -- survey points ---------------------------------------------------------------------------------

def survey_template(ctx: Any, ws: Any) -> int:
    from desktop.models import campaigns, survey

    _coordinator(ws)
    survey.survey_template(ws, campaigns.require_active_campaign(ws).id, Path(ctx.args.out))
    print(f"{_labels(ctx)['template']}: {ctx.args.out}")
    return EXIT_OK


def survey_import(ctx: Any, ws: Any) -> int:
    from desktop.models import campaigns, survey

    L = _labels(ctx)
    _coordinator(ws)
    done = survey.import_survey_xlsx(ws, campaigns.require_active_campaign(ws).id,
                                     Path(ctx.args.file))
    if ctx.args.json:
        _emit({"entered": done.entered, "changed": done.changed})
    else:
        print(f"{L['survey_imported']}: {done.entered} {L['cells']}, {done.changed} "
              f"{L['changed_values']}")
    return EXIT_OK


def survey_set(ctx: Any, ws: Any) -> int:
    from desktop.models import campaigns, survey, units

    a, L = ctx.args, _labels(ctx)
    _coordinator(ws)
    unit = units.unit_by_code(ws, a.unit_code)
    row = survey.set_survey_points(ws, campaigns.require_active_campaign(ws).id, unit.id,
                                   a.code, a.points)
    code = a.code.strip().rstrip(".")
    if a.json:
        _emit({**row.to_json(), "unit": unit.code, "code": code})
    else:
        shown = _d(row.appraised_score) if row.appraised_score is not None else L["cleared"]
        print(f"{L['survey_set']}: {unit.code} {code}: {shown}")
    return EXIT_OK


SURVEY: dict[str, Handler] = {"template": survey_template, "import": survey_import,
                              "set": survey_set}


def cmd_survey(ctx: Any) -> int:
    return _run(ctx, SURVEY, ctx.args.survey_command)


# -- approval, ranking, results --------------------------------------------------------------------

def _result_line(ctx: Any, row: dict[str, Any]) -> str:
    L = _labels(ctx)
    band = f", {row['band']}" if row.get("band") else ""
    return (f"{L['final']} {_d(row['final_total'])}, {L['index']} "
            f"{_d(row['index_percent'])}%{band}")


def cmd_approve(ctx: Any) -> int:
    from desktop.models import campaigns, results, units

    a, L = ctx.args, _labels(ctx)
    with ctx.open() as ws:
        _coordinator(ws)
        unit = units.unit_by_code(ws, a.unit_code)
        row = results.approve(ws, campaigns.require_active_campaign(ws).id, unit.id,
                              keep_self_for_unappraised=a.keep_self)
    if a.json:
        _emit({**row, "unit": unit.code})
    else:
        print(f"{L['approved']} {unit.code}: {_result_line(ctx, row)}")
    return EXIT_OK


def cmd_unlock(ctx: Any) -> int:
    from desktop.models import campaigns, results, units

    a, L = ctx.args, _labels(ctx)
    with ctx.open() as ws:
        _coordinator(ws)
        unit = units.unit_by_code(ws, a.unit_code)
        row = results.unlock(ws, campaigns.require_active_campaign(ws).id, unit.id, a.reason)
    if a.json:
        _emit({**row, "unit": unit.code})
    else:
        print(f"{L['unlocked']} {unit.code} ({_stage(ctx, row['stage'])})")
    return EXIT_OK


def cmd_rank(ctx: Any) -> int:
    from desktop.models import campaigns, results

    L = _labels(ctx)
    with ctx.open() as ws:
        _coordinator(ws)
        ranked = results.rank(ws, campaigns.require_active_campaign(ws).id)
    if ctx.args.json:
        _emit([r.to_json() for r in ranked])
        return EXIT_OK
    block = None
    for row in ranked:
        if row.block != block:
            block = row.block
            note = f" ({L['provisional']})" if row.provisional else ""
            print(f"{results.block_label(block, ctx.lang)}{note}")
        band = f"  {row.band}" if row.band else ""
        print(f"  {row.rank:>3}/{row.rank_of:<3} {row.code:<10} {_d(row.index_percent):>6}%  "
              f"{_d(row.final_total):>6}{band}  {row.name}")
    return EXIT_OK


def results_export(ctx: Any, ws: Any) -> int:
    from desktop.sync import results as results_sync

    a, L = ctx.args, _labels(ctx)
    built = results_sync.export_results(ws, Path(a.out_dir), unit_codes=a.unit,
                                        passphrase=_read_passphrase(ctx))
    if a.json:
        _emit([_built_json(b) for b in built])
        return EXIT_OK
    for item in built:
        print(f"{L['results']} ({item.manifest['recipient']['unit_code']}): {item.path} "
              f"({item.size} byte, {item.package_hash[:12]})")
    return EXIT_OK


def results_show(ctx: Any, ws: Any) -> int:
    from desktop.models import campaigns, results

    a, L = ctx.args, _labels(ctx)
    unit = _unit_or_own(ws, a.unit)
    view = results.result_view(ws, campaigns.require_active_campaign(ws).id, unit.id)
    if a.json:
        _emit({"unit": unit.code, "result": view.to_json() if view else None})
        return EXIT_OK
    if view is None or view.final_total is None:
        print(L["no_result"])
        return EXIT_OK
    data = view.to_json()
    print(f"{unit.code} — {unit.name}: {_stage(ctx, view.stage)}")
    print(f"  {_result_line(ctx, data)}")
    if view.rank is not None:
        note = f" ({L['provisional']})" if view.provisional else ""
        print(f"  {L['rank']} {view.rank} {L['of']} {view.rank_of} — "
              f"{results.block_label(view.block, ctx.lang)}{note}")
    return EXIT_OK


RESULTS: dict[str, Handler] = {"export": results_export, "show": results_show}


def cmd_results(ctx: Any) -> int:
    return _run(ctx, RESULTS, ctx.args.results_command)


COMMANDS: dict[str, Callable[[Any], int]] = {
    "campaign": cmd_campaign, "plan": cmd_plan, "appraisal": cmd_appraisal,
    "explanation": cmd_explanation, "survey": cmd_survey, "approve": cmd_approve,
    "unlock": cmd_unlock, "rank": cmd_rank, "results": cmd_results,
}
