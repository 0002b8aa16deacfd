"""The `cchc` command line: the same services as the desktop window, for scripts, servers and
tests. Exit codes: 0 success; 1 refused input or failed check (one sentence on stderr, in
Vietnamese unless `--lang en`); 2 usage error. `--json` prints decimals as strings."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop import __version__, cli_coord, cli_reports
from desktop.crash import write_crash_log
from desktop.messages import item_sentence, sentence
from desktop.models.errors import CchcError

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2

LABELS = {
    "vi": {
        "workspace": "Không gian làm việc", "role": "Vai trò", "unit": "Đơn vị",
        "campaign": "Đợt đánh giá", "none": "(chưa có)", "demo": "DỮ LIỆU MẪU",
        "units": "Số đơn vị", "evidence": "Tài liệu kiểm chứng", "tasks": "Nhiệm vụ",
        "done": "hoàn thành", "overdue": "quá hạn", "self": "Điểm tự đánh giá",
        "scored": "Tiêu chí đã chấm", "explain": "cần giải trình",
        "added": "Đã thêm tài liệu", "exists": "Tài liệu đã có sẵn (lưu một lần)",
        "linked": "liên kết tiêu chí", "task_added": "Đã thêm nhiệm vụ",
        "task_updated": "Đã cập nhật nhiệm vụ", "init_ok": "Đã thiết lập không gian làm việc",
        "demo_ok": "Đã tạo không gian làm việc mẫu", "no_tasks": "Chưa có nhiệm vụ.",
        "valid": "Bảng tiêu chí hợp lệ", "rows": "dòng tiêu chí",
        "imported": "Đã nạp bộ tiêu chí", "exported": "Đã xuất bộ tiêu chí",
        "explain_one": "cần giải trình", "max": "Tối đa", "self_short": "Tự chấm",
        "appraised_short": "Thẩm định", "suggested": "gợi ý", "index": "chỉ số",
        "pkg_valid": "Gói hợp lệ", "pkg_members": "thành phần", "pkg_signer": "người ký",
        "signer_own": "khóa của đơn vị này", "signer_province_root": "khóa Sở Nội vụ đã xác nhận",
        "signer_approved_unit_key": "khóa đơn vị đã phê duyệt", "signer_unknown": "khóa chưa biết",
        "pkg_exported": "Đã xuất gói", "pkg_verified": "đã đọc lại và kiểm tra",
        "state_accepted": "đã nhập", "state_duplicate": "trùng (đã có)", "state_stale": "cũ hơn",
        "state_conflict": "xung đột, giữ lại", "state_quarantined": "giữ lại chờ xem xét",
        "state_refused": "bị từ chối", "state_partial": "đang chờ đủ các phần",
        "pkg_volumes": "tệp (phần)", "pkg_list": "Danh sách các tệp cần gửi",
    },
    "en": {
        "workspace": "Workspace", "role": "Role", "unit": "Unit", "campaign": "Campaign",
        "none": "(none)", "demo": "DEMO DATA", "units": "Units", "evidence": "Evidence",
        "tasks": "Tasks", "done": "done", "overdue": "overdue", "self": "Self-assessed points",
        "scored": "Criteria scored", "explain": "need an explanation",
        "added": "Evidence added", "exists": "Evidence already present (stored once)",
        "linked": "linked to criterion", "task_added": "Task added",
        "task_updated": "Task updated", "init_ok": "Workspace set up",
        "demo_ok": "Demo workspace created", "no_tasks": "No tasks yet.",
        "valid": "The criteria table is valid", "rows": "criteria rows",
        "imported": "Criteria set loaded", "exported": "Criteria set exported",
        "explain_one": "needs an explanation", "max": "Max", "self_short": "Self",
        "appraised_short": "Apprais.", "suggested": "suggested", "index": "index",
        "pkg_valid": "Valid package", "pkg_members": "members", "pkg_signer": "signer",
        "signer_own": "this unit's key", "signer_province_root": "the confirmed province key",
        "signer_approved_unit_key": "an approved unit key", "signer_unknown": "an unknown key",
        "pkg_exported": "Package exported", "pkg_verified": "read back and verified",
        "state_accepted": "accepted", "state_duplicate": "duplicate", "state_stale": "stale",
        "state_conflict": "conflict, held", "state_quarantined": "held in quarantine",
        "state_refused": "refused", "state_partial": "waiting for the other volumes",
        "pkg_volumes": "volumes", "pkg_list": "List of the files to send",
    },
}


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # exit 2 with usage, as argparse does
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="cchc", description="CCHC Desk — tự đánh giá và điều phối CCHC, ngoại tuyến.")
    parser.add_argument("--version", action="version", version=f"CCHC Desk {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="thư mục dữ liệu (mặc định: CCHC_DATA_DIR hoặc thư mục của hệ điều hành)")
    parser.add_argument("--workspace", metavar="NAME", help="không gian làm việc (mặc định: không gian hiện hành)")
    parser.add_argument("--lang", choices=("vi", "en"), default=None, help="ngôn ngữ (mặc định: vi)")
    parser.add_argument("-v", "--verbose", action="store_true", help="in chi tiết kỹ thuật khi có lỗi")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    sub.add_parser("smoke-test", help="tự kiểm tra không cần màn hình (cả bản đóng gói)")

    p = sub.add_parser("init", help="thiết lập không gian làm việc: vai trò và đơn vị")
    p.add_argument("--role", required=True, choices=("unit", "coordinator", "appraiser"))
    p.add_argument("--unit-code", required=True)
    p.add_argument("--unit-name", required=True)
    p.add_argument("--province", default="")
    p.add_argument("--unit-type", default="so")
    p.add_argument("--with-sample-campaign", action="store_true",
                   help="nạp đợt đánh giá mẫu (Bộ tiêu chí mẫu) cho đến khi có gói của tỉnh")
    p.add_argument("--passphrase-file", metavar="FILE",
                   help="bảo vệ khóa ký bằng cụm mật khẩu đọc từ tệp FILE (không nhập trên dòng lệnh)")

    p = sub.add_parser("demo", help="tạo không gian làm việc mẫu (đánh dấu DEMO)")
    p.add_argument("--role", choices=("unit", "coordinator"), default="unit")
    p.add_argument("--reset", action="store_true", help="tạo lại nếu đã có")

    p = sub.add_parser("status", help="tình trạng không gian làm việc")
    p.add_argument("--json", action="store_true")

    tasks = sub.add_parser("tasks", help="nhiệm vụ CCHC").add_subparsers(
        dest="tasks_command", metavar="ACTION", parser_class=_Parser, required=True)
    p = tasks.add_parser("list", help="liệt kê nhiệm vụ")
    p.add_argument("--status", choices=("not_started", "in_progress", "done", "cancelled", "overdue"))
    p.add_argument("--json", action="store_true")
    p = tasks.add_parser("add", help="thêm nhiệm vụ")
    p.add_argument("title")
    p.add_argument("--deadline")
    p.add_argument("--owner", default="")
    p.add_argument("--source", choices=("province_plan", "own"), default="own")
    p.add_argument("--source-ref", default="", help="số, ký hiệu văn bản giao nhiệm vụ")
    p.add_argument("--notes", default="")
    p.add_argument("--json", action="store_true")
    p = tasks.add_parser("update", help="cập nhật nhiệm vụ")
    p.add_argument("id", help="mã nhiệm vụ (ít nhất 4 ký tự đầu)")
    p.add_argument("--title")
    p.add_argument("--status", choices=("not_started", "in_progress", "done", "cancelled"))
    p.add_argument("--progress")
    p.add_argument("--deadline")
    p.add_argument("--owner")
    p.add_argument("--completed-on")
    p.add_argument("--notes")
    p.add_argument("--reason", default="")
    p.add_argument("--json", action="store_true")

    ev = sub.add_parser("evidence", help="tài liệu kiểm chứng").add_subparsers(
        dest="evidence_command", metavar="ACTION", parser_class=_Parser, required=True)
    p = ev.add_parser("add", help="thêm tài liệu kiểm chứng")
    p.add_argument("file")
    p.add_argument("--criterion", metavar="CODE")
    p.add_argument("--task", metavar="ID")
    p.add_argument("--number", default="", help="số, ký hiệu (vd. 15/BC-STP)")
    p.add_argument("--date", help="ngày ban hành (YYYY-MM-DD hoặc DD/MM/YYYY)")
    p.add_argument("--issuer", default="")
    p.add_argument("--pages", default="", help="mục, trang")
    p.add_argument("--json", action="store_true")
    p = ev.add_parser("list", help="liệt kê tài liệu kiểm chứng")
    p.add_argument("--json", action="store_true")
    crit = sub.add_parser("criteria", help="bộ tiêu chí").add_subparsers(
        dest="criteria_command", metavar="ACTION", parser_class=_Parser, required=True)
    for action, text in (("validate", "kiểm tra một bảng tiêu chí (.xlsx hoặc .json)"),
                         ("import", "nạp bảng tiêu chí vào không gian làm việc")):
        p = crit.add_parser(action, help=text)
        p.add_argument("file")
        p.add_argument("--province")
        p.add_argument("--year")
        p.add_argument("--unit-group", help="nhóm đơn vị của bộ tiêu chí, nếu bảng không ghi")
        p.add_argument("--title")
        p.add_argument("--json", action="store_true")
        if action == "import":
            p.add_argument("--group", metavar="NAME",
                           help="gắn bộ tiêu chí với nhóm đơn vị NAME của đợt đánh giá đang chọn")
    p = crit.add_parser("export", help="xuất bộ tiêu chí ra Excel")
    p.add_argument("out")
    p.add_argument("--set", metavar="ID", help="mã băm (≥ 6 ký tự) hoặc id của bộ tiêu chí")
    p = crit.add_parser("show", help="xem bộ tiêu chí đang dùng")
    p.add_argument("--set", metavar="ID")
    p.add_argument("--json", action="store_true")

    assess = sub.add_parser("assess", help="tự chấm điểm").add_subparsers(
        dest="assess_command", metavar="ACTION", parser_class=_Parser, required=True)
    p = assess.add_parser("set", help="nhập kết quả một tiêu chí")
    p.add_argument("code")
    given = p.add_mutually_exclusive_group(required=True)
    given.add_argument("--option", metavar="LABEL")
    given.add_argument("--rate", metavar="PERCENT")
    given.add_argument("--count", metavar="N")
    given.add_argument("--points", metavar="X")
    given.add_argument("--suggested", action="store_true",
                       help="dùng giá trị gợi ý từ dữ liệu nhiệm vụ")
    p.add_argument("--explanation")
    p.add_argument("--reason", default="", help="lý do (bắt buộc khi sửa sau khi đã gửi)")
    p.add_argument("--json", action="store_true")
    p = assess.add_parser("show", help="bảng điểm tự đánh giá")
    p.add_argument("--json", action="store_true")

    keys = sub.add_parser("keys", help="khóa ký số và các khóa được tin cậy").add_subparsers(
        dest="keys_command", metavar="ACTION", parser_class=_Parser, required=True)
    p = keys.add_parser("show", help="khóa của cài đặt này (tạo nếu chưa có), khóa gốc, khóa các đơn vị")
    p.add_argument("--passphrase-file", metavar="FILE",
                   help="nếu phải tạo khóa: bảo vệ bằng cụm mật khẩu đọc từ tệp FILE")
    p.add_argument("--json", action="store_true")
    p = keys.add_parser("approve", help="chấp nhận khóa đang chờ của một đơn vị sau khi đối chiếu dấu vân tay")
    p.add_argument("unit_code", metavar="UNIT_CODE")
    p.add_argument("--fingerprint", required=True, metavar="DIGITS",
                   help="40 chữ số trên phiếu đăng ký (có thể cách nhau bằng dấu cách hoặc gạch ngang)")
    p.add_argument("--json", action="store_true")
    p = keys.add_parser("revoke", help="thu hồi khóa của một đơn vị")
    p.add_argument("unit_code", metavar="UNIT_CODE")
    p.add_argument("--key-id", metavar="ID", help="mã khóa (bắt buộc nếu đơn vị có nhiều khóa)")
    p.add_argument("--reason", default="")
    p.add_argument("--json", action="store_true")
    pkg = sub.add_parser("package", help="gói dữ liệu có chữ ký số").add_subparsers(
        dest="package_command", metavar="ACTION", parser_class=_Parser, required=True)
    p = pkg.add_parser("export", help="xuất gói: campaign | enrolment | submission | receipt")
    p.add_argument("kind", choices=("campaign", "enrolment", "submission", "receipt"))
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--max-size", metavar="SIZE",
                   help="(submission) chia thành nhiều tệp nếu lớn hơn, vd. 20MB, email-10, fat32")
    p.add_argument("--encrypt", action="store_true",
                   help="(submission) mã hóa cho Sở Nội vụ (định dạng age), chỉ Sở Nội vụ đọc được")
    p.add_argument("--full", action="store_true",
                   help="(submission) mang theo mọi tài liệu, kể cả tài liệu Sở Nội vụ đã có")
    p.add_argument("--for", dest="for_package", metavar="HASH",
                   help="(receipt) mã băm của gói nộp được báo nhận; mặc định: gói mới nhất")
    p.add_argument("--passphrase-file", metavar="FILE")
    p.add_argument("--json", action="store_true")
    p = pkg.add_parser("verify", help="kiểm tra một gói (cấu trúc, chữ ký, mã băm) mà không nhập")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    p = pkg.add_parser("import", help="nhập gói hoặc mọi gói trong thư mục")
    p.add_argument("files", nargs="+", metavar="FILE|DIR")
    p.add_argument("--trust-fingerprint", metavar="DIGITS",
                   help="dấu vân tay khóa của Sở Nội vụ, đối chiếu với công văn (gói đợt đánh giá đầu tiên)")
    p.add_argument("--json", action="store_true")
    cli_coord.add_parsers(sub)
    cli_reports.add_parsers(sub)
    return parser


def _emit_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


class Context:
    def __init__(self, args: argparse.Namespace) -> None:
        from desktop.models.paths import resolve_data_dir

        self.args = args
        self.lang = args.lang or os.environ.get("CCHC_LANG", "vi")
        self.data_dir = resolve_data_dir(args.data_dir)
        self.labels = LABELS.get(self.lang, LABELS["vi"])

    def open(self, *, create: bool = False):
        from desktop.models import workspaces
        from desktop.models.errors import InvalidInput
        from desktop.models.paths import is_valid_workspace_name

        name = self.args.workspace
        if name and os.sep not in name and not is_valid_workspace_name(name):
            raise InvalidInput("bad_workspace_name", value=name)
        ws = workspaces.open_named(self.data_dir, name, create=create)
        if ws.recovery:  # work of a session killed before its write-back to a USB drive
            print(item_sentence(ws.recovery["code"], ws.recovery["data"], self.lang),
                  file=sys.stderr)
        return ws


def cmd_smoke_test(ctx: Context) -> int:
    """The whole program once, headless, in a temporary folder (desktop/smoke.py): modules,
    resources, workspace, criteria sample, scoring with evidence, a verified package, PDF and
    Excel reports, the translation and the main window. The check of a frozen build."""
    from desktop import smoke

    return smoke.run(verbose=ctx.args.verbose)


def cmd_init(ctx: Context) -> int:
    from desktop.models import campaigns, workspaces
    from desktop.sync import keys

    a = ctx.args
    passphrase = keys.read_passphrase_file(a.passphrase_file) if a.passphrase_file else None
    with ctx.open(create=True) as ws:
        with ws.write():  # the unit and its signing key together, or neither
            unit = workspaces.initialise(ws, role=a.role, unit_code=a.unit_code,
                                         unit_name=a.unit_name, province=a.province,
                                         unit_type=a.unit_type)
            keys.ensure_own_key(ws, passphrase=passphrase)
        if a.with_sample_campaign:
            group = "xa-phuong" if a.unit_type in ("ubnd_xa", "ubnd_phuong", "ubnd_dac_khu") else "so-ban-nganh"
            campaigns.create_sample_campaign(ws, unit.id, group=group, province=a.province)
        name = ws.folder.name
    workspaces.remember(ctx.data_dir, a.workspace or name)
    print(f"{ctx.labels['init_ok']}: {unit.code} — {unit.name} ({a.role})")
    return EXIT_OK


def cmd_demo(ctx: Context) -> int:
    from desktop.models.demo import build_demo
    from desktop.models.store import open_workspace
    from desktop.sync import keys

    folder = build_demo(ctx.data_dir, role=ctx.args.role, reset=ctx.args.reset)
    with open_workspace(folder) as ws:
        keys.ensure_own_key(ws)
    print(f"{ctx.labels['demo_ok']}: {folder}")
    return EXIT_OK


def cmd_status(ctx: Context) -> int:
    from desktop.models.status import workspace_status

    with ctx.open() as ws:
        status = workspace_status(ws)
    if ctx.args.json:
        _emit_json(status)
        return EXIT_OK
    L, counts = ctx.labels, status["counts"]
    unit, campaign = status["unit"], status["campaign"]
    lines = [
        f"{L['workspace']}: {status['workspace']['path']}"
        + (f"  [{L['demo']}]" if status["workspace"]["demo"] else ""),
        f"{L['role']}: {status['workspace']['role'] or L['none']}",
        f"{L['unit']}: {unit['code'] + ' — ' + unit['name'] if unit else L['none']}",
        f"{L['campaign']}: {campaign['title'] if campaign else L['none']}",
        f"{L['units']}: {counts['units']}",
        f"{L['evidence']}: {counts['evidence']}",
        f"{L['tasks']}: {counts['tasks']} ({counts['tasks_done']} {L['done']}, "
        f"{counts['tasks_overdue']} {L['overdue']})",
    ]
    if status["self_assessment"]:
        sa = status["self_assessment"]
        lines.append(f"{L['self']}: {sa['self_scored']} / {sa['maximum']}")
        lines.append(f"{L['scored']}: {sa['scored']}/{sa['scorable']} "
                     f"({sa['needs_explanation']} {L['explain']})")
    print("\n".join(lines))
    return EXIT_OK


def _print_task(task: Any) -> None:
    flag = " !" if task.overdue else ""
    print(f"{task.id[:8]}  {task.status:<11} {task.progress:>3}%  {task.deadline or '—':<10}  "
          f"{task.title}{flag}")


def cmd_tasks(ctx: Context) -> int:
    from desktop.models import tasks

    a = ctx.args
    with ctx.open() as ws:
        if a.tasks_command == "list":
            found = tasks.list_tasks(ws, status=a.status)
            if a.json:
                _emit_json([t.to_json() for t in found])
            elif not found:
                print(ctx.labels["no_tasks"])
            for task in [] if a.json else found:
                _print_task(task)
            return EXIT_OK
        if a.tasks_command == "add":
            task = tasks.add_task(ws, a.title, source=a.source, source_ref=a.source_ref,
                                  owner=a.owner, deadline=a.deadline, notes=a.notes)
            label = ctx.labels["task_added"]
        else:
            task = tasks.update_task(ws, a.id, reason=a.reason, title=a.title, status=a.status,
                                     progress=a.progress, deadline=a.deadline, owner=a.owner,
                                     completed_on=a.completed_on, notes=a.notes)
            label = ctx.labels["task_updated"]
    if a.json:
        _emit_json(task.to_json())
    else:
        print(f"{label}: {task.id[:8]} — {task.title}")
    return EXIT_OK


def cmd_evidence(ctx: Context) -> int:
    from desktop.models import evidence

    a = ctx.args
    with ctx.open() as ws:
        if a.evidence_command == "list":
            found = evidence.list_evidence(ws)
            rows = [{**e.to_json(), "criteria": evidence.criterion_codes_of(ws, e.id)} for e in found]
            if a.json:
                _emit_json(rows)
            for row in [] if a.json else rows:
                print(f"{row['id'][:8]}  {row['doc_number'] or '—':<14} {row['doc_date'] or '—':<10} "
                      f"{row['size']:>9}  {row['original_name']}  [{', '.join(row['criteria'])}]")
            return EXIT_OK
        added = evidence.add_evidence(ws, a.file, doc_number=a.number, doc_date=a.date,
                                      issuer=a.issuer, pages=a.pages, criterion_code=a.criterion,
                                      task_id=a.task)
    if a.json:
        _emit_json({**added.evidence.to_json(), "already_present": added.already_present})
    else:
        label = ctx.labels["exists" if added.already_present else "added"]
        extra = f" — {ctx.labels['linked']} {added.linked_criterion}" if added.linked_criterion else ""
        print(f"{label}: {added.evidence.original_name} ({added.evidence.sha256[:12]}){extra}")
    return EXIT_OK


def _read_set_file(ctx: Context) -> dict:
    from desktop.models.errors import InvalidInput
    from desktop.models.evidence import check_source_file

    a = ctx.args
    path = check_source_file(Path(a.file))
    overrides = {key: value for key, value in (
        ("province", a.province), ("year", a.year), ("unit_group", a.unit_group),
        ("title", a.title)) if value}
    if path.suffix.lower() == ".json":
        try:
            # Numbers in JSON become exact decimals, never binary floats.
            data = json.loads(path.read_text(encoding="utf-8"), parse_float=Decimal)
        except (ValueError, UnicodeDecodeError) as exc:
            raise InvalidInput("json_unreadable", path=str(path), details=str(exc)) from exc
        return {**data, **overrides}
    from desktop.models import criteria_xlsx

    return criteria_xlsx.read_workbook(path, overrides=overrides)


def _print_problems(ctx: Context, problems: list) -> None:
    for problem in problems:
        print(f"- {sentence(problem, ctx.lang)}", file=sys.stderr)


def _set_in_use(ctx: Context, ws, key: str | None):
    from desktop.models import campaigns, criteria, workspaces
    from desktop.models.errors import InvalidInput, NotFound

    if key:
        return criteria.find_criteria_set(ws, key)
    campaign = campaigns.active_campaign(ws)
    if campaign is not None:
        try:
            group = campaigns.group_of(ws, campaign.id, workspaces.own_unit_id(ws))
            return criteria.get_criteria_set(ws, group.criteria_set_id)
        except NotFound:
            pass
    sets = criteria.list_criteria_sets(ws)
    if not sets:
        raise NotFound("no_criteria_set")
    if len(sets) > 1:
        raise InvalidInput("criteria_set_ambiguous")
    return sets[0]


def cmd_criteria(ctx: Context) -> int:
    from desktop.models import campaigns, criteria
    from desktop.models.errors import InvalidInput

    a = ctx.args
    if a.criteria_command in ("validate", "import"):
        data = _read_set_file(ctx)
        problems = criteria.validate_set_data(data)
        if problems:
            error = InvalidInput("criteria_invalid", count=len(problems))
            print(sentence(error, ctx.lang), file=sys.stderr)
            _print_problems(ctx, problems)
            if getattr(a, "json", False):
                _emit_json({"valid": False, "problems": [
                    {"problem": p.code, **{k: str(v) for k, v in p.data.items()},
                     "message": sentence(p, ctx.lang)} for p in problems]})
            return EXIT_REFUSED
        if a.criteria_command == "validate":
            summary = {"valid": True, "criteria": len(data["criteria"]),
                       "content_hash": criteria.content_hash(data)}
            if a.json:
                _emit_json(summary)
            else:
                print(f"{ctx.labels['valid']}: {summary['criteria']} "
                      f"{ctx.labels['rows']}, {summary['content_hash'][:12]}")
            return EXIT_OK
        with ctx.open() as ws:
            with ws.write():
                stored = criteria.load_criteria_set(ws, data)
                if a.group:
                    campaign = campaigns.require_active_campaign(ws)
                    campaigns.attach_criteria_set(ws, campaign.id, a.group, stored.id)
        if a.json:
            _emit_json(stored.to_json())
        else:
            print(f"{ctx.labels['imported']}: {stored.title} ({stored.content_hash[:12]})")
        return EXIT_OK
    with ctx.open() as ws:
        chosen = _set_in_use(ctx, ws, a.set)
        if a.criteria_command == "export":
            from desktop.models import criteria_xlsx

            criteria_xlsx.write_workbook(criteria.set_as_data(ws, chosen.id), Path(a.out))
            print(f"{ctx.labels['exported']}: {a.out}")
            return EXIT_OK
        nodes = criteria.list_criteria(ws, chosen.id)
    if a.json:
        _emit_json({**chosen.to_json(), "criteria": [n.to_json() for n in nodes]})
        return EXIT_OK
    print(f"{chosen.title} — {chosen.province} {chosen.year}, {chosen.unit_group} "
          f"v{chosen.version} ({chosen.content_hash[:12]})")
    for node in nodes:
        indent = "  " * node.code.count(".")
        print(f"{indent}{node.code:<8} {node.max_points:>5}  {node.title}  [{node.rule}]")
    return EXIT_OK


def _own_scope(ws):
    from desktop.models import campaigns, workspaces

    return campaigns.require_active_campaign(ws), workspaces.own_unit_id(ws)


def cmd_assess(ctx: Context) -> int:
    from desktop.models import assessments, criteria, scoring, suggestions
    from desktop.models.errors import NotFound

    a = ctx.args
    with ctx.open() as ws:
        campaign, unit_id = _own_scope(ws)
        if a.assess_command == "set":
            values = {"option": a.option, "rate": a.rate, "count": a.count, "points": a.points}
            if a.suggested:
                node = assessments.criterion_for(ws, campaign.id, unit_id, a.code)
                proposal = suggestions.suggest(ws, campaign.id, unit_id, node)
                if proposal is None:
                    raise NotFound("no_suggestion", code=node.code)
                values[proposal.input_kind] = proposal.value
            row = assessments.set_input(ws, campaign.id, unit_id, a.code, explanation=a.explanation,
                                        reason=a.reason, **values)
            node = criteria.find_criterion(
                ws, criteria.get_criteria_set(ws, _set_in_use(ctx, ws, None).id).id, a.code)
            if a.json:
                _emit_json({**row.to_json(), "code": node.code, "max": node.max_points})
            else:
                flag = f" — {ctx.labels['explain_one']}" if row.status == "needs_explanation" else ""
                print(f"{node.code}: {row.input_value} → {row.score} / {node.max_points}{flag}")
            return EXIT_OK
        sheet = scoring.scoresheet(ws, campaign.id, unit_id)
    if a.json:
        _emit_json(sheet.to_json())
        return EXIT_OK
    L = ctx.labels
    print(f"{sheet.criteria_set.title}")
    print(f"{'':<9}{'':<48}{L['max']:>6} {L['self_short']:>7} {L['appraised_short']:>7}")
    for line in sheet.lines:
        node = line.criterion
        title = ("  " * line.depth + node.title)[:47]
        score = scoring.format_decimal(line.score) or "—"
        appraised = scoring.format_decimal(line.appraised_score) or "—"
        mark = {"needs_explanation": " !", "not_started": ""}.get(line.status, "")
        hint = (f"  ({L['suggested']}: {line.suggestion.value})"
                if line.suggestion and line.input_value != line.suggestion.value else "")
        print(f"{node.code:<9}{title:<48}{node.max_points:>6} {score:>7} {appraised:>7}{mark}{hint}")
    totals = sheet.self_totals
    print(f"{L['self']}: {scoring.format_decimal(totals.final)} / "
          f"{scoring.format_decimal(totals.maximum)} — {L['index']} "
          f"{scoring.format_decimal(totals.index)}%" + (f" — {totals.band}" if totals.band else ""))
    return EXIT_OK


KEY_LABELS = {
    "vi": {"own": "Khóa ký của cài đặt này", "fingerprint": "Dấu vân tay",
           "root": "Khóa gốc của tỉnh", "unit_keys": "Khóa của các đơn vị", "none": "(chưa có)",
           "approved_ok": "Đã chấp nhận khóa", "revoked_ok": "Đã thu hồi khóa",
           "of_unit": "của đơn vị", "protected": "có cụm mật khẩu",
           "pending": "chờ duyệt", "approved": "đã chấp nhận", "revoked": "đã thu hồi"},
    "en": {"own": "This installation's signing key", "fingerprint": "Fingerprint",
           "root": "Province root key", "unit_keys": "Unit keys", "none": "(none)",
           "approved_ok": "Key approved", "revoked_ok": "Key revoked", "of_unit": "of unit",
           "protected": "passphrase-protected",
           "pending": "pending", "approved": "approved", "revoked": "revoked"},
}


def cmd_keys(ctx: Context) -> int:
    """`keys show` makes the key pair if there is none yet (lazy first run, see
    desktop.sync.keys); `approve` and `revoke` change the trust store."""
    from desktop.sync import keys

    a = ctx.args
    L = KEY_LABELS.get(ctx.lang, KEY_LABELS["vi"])
    with ctx.open() as ws:
        if a.keys_command == "show":
            passphrase = (keys.read_passphrase_file(a.passphrase_file) if a.passphrase_file
                          else None)
            own = keys.ensure_own_key(ws, passphrase=passphrase)
            own_row = next(k for k in keys.list_keys(ws) if k.role == "own")
            encrypted = keys.key_is_encrypted(ws)
            root = keys.pinned_root(ws)
            unit_keys = [k for k in keys.list_keys(ws) if k.role == "unit"]
        elif a.keys_command == "approve":
            key = keys.approve(ws, a.unit_code, fingerprint=a.fingerprint)
        else:
            key = keys.revoke(ws, a.unit_code, key_id=a.key_id, reason=a.reason)
    if a.keys_command != "show":
        if a.json:
            _emit_json(key.to_json())
        else:
            label = L["approved_ok" if a.keys_command == "approve" else "revoked_ok"]
            print(f"{label}: {key.key_id} {L['of_unit']} {key.unit_code} — "
                  f"{L['fingerprint']}: {key.fingerprint}")
        return EXIT_OK
    if a.json:
        _emit_json({"own": {**own.to_json(), "unit_code": own_row.unit_code,
                            "encrypted": encrypted},
                    "root": root.to_json() if root else None,
                    "unit_keys": [k.to_json() for k in unit_keys]})
        return EXIT_OK
    lines = [f"{L['own']}: {own.key_id} ({own_row.unit_code}"
             + (f", {L['protected']})" if encrypted else ")"),
             f"{L['fingerprint']}: {own.fingerprint}",
             f"{L['root']}: " + (f"{root.key_id} — {root.fingerprint}" if root else L["none"]),
             f"{L['unit_keys']}:" + ("" if unit_keys else f" {L['none']}")]
    lines += [f"  {k.unit_code:<12} {L.get(k.status, k.status):<13} {k.key_id}  {k.fingerprint}"
              for k in unit_keys]
    print("\n".join(lines))
    return EXIT_OK


def cmd_package(ctx: Context) -> int:
    from desktop.sync import exchange, keys

    a = ctx.args
    if a.package_command == "verify":
        ws = None
        with contextlib.suppress(CchcError):
            ws = ctx.open()
        try:
            report = exchange.verify_file(ws, Path(a.file))
        finally:
            if ws is not None:
                ws.close()
        if a.json:
            _emit_json(report)
        else:
            print(f"{ctx.labels['pkg_valid']}: {report['type']} — {report['sender']} "
                  f"#{report['sequence']}, {report['members']} {ctx.labels['pkg_members']}, "
                  f"{ctx.labels['pkg_signer']}: {ctx.labels.get('signer_' + report['signer'], report['signer'])} "
                  f"({report['fingerprint']})")
        return EXIT_OK
    with ctx.open() as ws:
        if a.package_command == "export":
            passphrase = (keys.read_passphrase_file(a.passphrase_file)
                          if a.passphrase_file else None)
            out = Path(a.out)
            if a.kind == "campaign":
                built = exchange.export_campaign(ws, out, passphrase=passphrase)
            elif a.kind == "enrolment":
                built = exchange.export_enrolment(ws, out, passphrase=passphrase)
            elif a.kind == "submission":
                from desktop.sync import volumes

                max_size = volumes.parse_size(a.max_size) if a.max_size else None
                built = exchange.export_submission(ws, out, passphrase=passphrase, full=a.full,
                                                   max_size=max_size, encrypt=a.encrypt)
            else:
                built = exchange.export_receipt(ws, out, package_hash=a.for_package,
                                                passphrase=passphrase)
            if a.json:
                _emit_json({"file": str(built.path), "package_hash": built.package_hash,
                            "type": built.manifest["type"], "sequence": built.manifest["sequence"],
                            "size": built.size, "verified": True,
                            "volumes": [str(v) for v in built.volumes],
                            "list_file": str(built.list_file) if built.list_file else None})
            elif built.volumes:
                print(f"{ctx.labels['pkg_exported']}: {len(built.volumes)} "
                      f"{ctx.labels['pkg_volumes']} ({built.size} byte) — {ctx.labels['pkg_verified']}")
                for volume in built.volumes:
                    print(f"  {volume}")
                print(f"{ctx.labels['pkg_list']}: {built.list_file}")
            else:
                print(f"{ctx.labels['pkg_exported']}: {built.path} ({built.size} byte, "
                      f"{built.package_hash[:12]}) — {ctx.labels['pkg_verified']}")
                if a.kind == "enrolment":
                    role, unit = exchange._own(ws)
                    print(keys.slip_text(unit.code, unit.name, keys.ensure_own_key(ws),
                                         lang=ctx.lang))
            return EXIT_OK
        results = exchange.import_many(ws, [Path(f) for f in a.files],
                                       trust_fingerprint=a.trust_fingerprint)
    if a.json:
        _emit_json([r.to_json() for r in results])
    else:
        for result in results:
            state = ctx.labels.get("state_" + result.state, result.state)
            why = ""
            if result.code:
                why = " — " + item_sentence(result.code, result.data, ctx.lang)
            print(f"{Path(result.file).name}: {state}{why}")
    bad = {"refused", "stale"}
    return EXIT_REFUSED if any(r.state in bad for r in results) else EXIT_OK


def cmd_gui(ctx: Context) -> int:
    """The window; with package files (`cchc FILE.cchc`, a double-click), straight to their
    import — in the window already running on this data folder if there is one."""
    from desktop.app import run_gui
    from desktop.models.paths import package_file

    files = [package_file(f) for f in getattr(ctx.args, "open_files", [])]
    return run_gui(data_dir=ctx.data_dir, workspace=ctx.args.workspace,
                   lang=ctx.args.lang or os.environ.get("CCHC_LANG"), open_files=files)


COMMANDS: dict[str | None, Callable[[Context], int]] = {
    None: cmd_gui,
    "smoke-test": cmd_smoke_test,
    "init": cmd_init,
    "demo": cmd_demo,
    "status": cmd_status,
    "tasks": cmd_tasks,
    "evidence": cmd_evidence,
    "criteria": cmd_criteria,
    "assess": cmd_assess,
    "package": cmd_package,
    "keys": cmd_keys,
}
COMMANDS.update(cli_coord.COMMANDS)
COMMANDS.update(cli_reports.COMMANDS)


_VALUE_OPTIONS = ("--data-dir", "--workspace", "--lang")


def split_open_files(argv: Sequence[str]) -> tuple[list[str], list[str]]:
    """`cchc [OPTIONS] FILE.cchc…`: the files to open, taken out of the words argparse sees.
    A command name always wins; the words after the first file must all be files (else the
    line is left to argparse, which names the word it does not know)."""
    from desktop.models.paths import looks_like_package_file

    commands = {name for name in COMMANDS if name}
    rest: list[str] = []
    files: list[str] = []
    words = list(argv)
    index = 0
    while index < len(words):
        word = words[index]
        if word.startswith("-") and word != "-":
            rest.append(word)
            if word in _VALUE_OPTIONS and index + 1 < len(words):
                rest.append(words[index + 1])
                index += 1
        elif files or (word not in commands and looks_like_package_file(word)):
            if not looks_like_package_file(word):
                return list(argv), []
            files.append(word)
        else:
            return list(argv), []  # a command (or an unknown word): argparse's business
        index += 1
    return rest, files


def _show_gui_error(text: str) -> None:
    """The window executable has no console: a refused file is said in a message box."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop import APP_NAME

    _app = QApplication.instance() or QApplication(sys.argv[:1])
    QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text).exec()


def main(argv: Sequence[str] | None = None, *, gui: bool = False) -> int:
    """`gui`: started as the window executable (no console), so refusals of a file to open
    are shown in a message box too."""
    words, open_files = split_open_files(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(words)
    args.open_files = open_files
    ctx: Context | None = None
    try:
        ctx = Context(args)
        return COMMANDS[args.command](ctx)
    except CchcError as error:
        lang = ctx.lang if ctx else "vi"
        print(sentence(error, lang), file=sys.stderr)
        if gui and args.command is None:
            _show_gui_error(sentence(error, lang))
        if args.verbose:
            print(f"[{error.code}] {error.data} {error.details}".rstrip(), file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` and the like: not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception:
        log = write_crash_log(ctx.data_dir if ctx else None)
        lang = ctx.lang if ctx else "vi"
        print(sentence(CchcError("internal", log=str(log)), lang), file=sys.stderr)
        if args.verbose:
            traceback.print_exc()
        return EXIT_REFUSED


if __name__ == "__main__":
    sys.exit(main())
