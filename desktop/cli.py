"""The `cchc` command line: the same services as the desktop window, for scripts, servers and
tests. Exit codes: 0 success; 1 refused input or failed check (one sentence on stderr, in
Vietnamese unless `--lang en`); 2 usage error. `--json` prints decimals as strings."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.crash import write_crash_log
from desktop.messages import sentence
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

    sub.add_parser("smoke-test", help="tự kiểm tra không cần màn hình")

    p = sub.add_parser("init", help="thiết lập không gian làm việc: vai trò và đơn vị")
    p.add_argument("--role", required=True, choices=("unit", "coordinator", "appraiser"))
    p.add_argument("--unit-code", required=True)
    p.add_argument("--unit-name", required=True)
    p.add_argument("--province", default="")
    p.add_argument("--unit-type", default="so")
    p.add_argument("--with-sample-campaign", action="store_true",
                   help="nạp đợt đánh giá mẫu (Bộ tiêu chí mẫu) cho đến khi có gói của tỉnh")

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
        return workspaces.open_named(self.data_dir, name, create=create)


def cmd_smoke_test(ctx: Context) -> int:
    """Import everything, make and migrate a temp workspace, write and read a record."""
    import importlib
    import pkgutil

    import desktop
    from desktop.models import criteria, tasks, workspaces
    from desktop.models.store import open_workspace

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for module in pkgutil.walk_packages(desktop.__path__, "desktop."):
        importlib.import_module(module.name)
    with tempfile.TemporaryDirectory(prefix="cchc-smoke-") as tmp:
        with open_workspace(Path(tmp) / "ws", create=True) as ws:
            workspaces.initialise(ws, role="unit", unit_code="SMOKE", unit_name="Smoke test")
            criteria.load_sample_criteria_set(ws)
            task = tasks.add_task(ws, "Kiểm tra nhanh — ghi và đọc")
            if tasks.get_task(ws, task.id).title != "Kiểm tra nhanh — ghi và đọc":
                print("smoke-test: read-back mismatch", file=sys.stderr)
                return EXIT_REFUSED
            if ws.db.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                print("smoke-test: integrity_check failed", file=sys.stderr)
                return EXIT_REFUSED
    print(f"smoke-test: ok (CCHC Desk {__version__})")
    return EXIT_OK


def cmd_init(ctx: Context) -> int:
    from desktop.models import campaigns, criteria, workspaces

    a = ctx.args
    with ctx.open(create=True) as ws:
        unit = workspaces.initialise(ws, role=a.role, unit_code=a.unit_code, unit_name=a.unit_name,
                                     province=a.province, unit_type=a.unit_type)
        if a.with_sample_campaign:
            criteria_set = criteria.load_sample_criteria_set(ws)
            with ws.write():
                campaign = campaigns.create_campaign(
                    ws, year=criteria_set.year, title=f"[MẪU] Đợt đánh giá CCHC năm {criteria_set.year}",
                    province=a.province, is_sample=True)
                campaigns.add_unit_group(ws, campaign.id, code="so", name="Sở, ban, ngành",
                                         criteria_set_id=criteria_set.id)
                campaigns.enrol_unit(ws, campaign.id, unit.id, "so")
                campaigns.set_active_campaign(ws, campaign.id)
        name = ws.folder.name
    workspaces.remember(ctx.data_dir, a.workspace or name)
    print(f"{ctx.labels['init_ok']}: {unit.code} — {unit.name} ({a.role})")
    return EXIT_OK


def cmd_demo(ctx: Context) -> int:
    from desktop.models.demo import build_demo

    folder = build_demo(ctx.data_dir, role=ctx.args.role, reset=ctx.args.reset)
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


def cmd_gui(ctx: Context) -> int:
    from desktop.app import run_gui

    return run_gui(data_dir=ctx.data_dir, workspace=ctx.args.workspace, lang=ctx.lang)


COMMANDS: dict[str | None, Callable[[Context], int]] = {
    None: cmd_gui,
    "smoke-test": cmd_smoke_test,
    "init": cmd_init,
    "demo": cmd_demo,
    "status": cmd_status,
    "tasks": cmd_tasks,
    "evidence": cmd_evidence,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    ctx: Context | None = None
    try:
        ctx = Context(args)
        return COMMANDS[args.command](ctx)
    except CchcError as error:
        lang = ctx.lang if ctx else "vi"
        print(sentence(error, lang), file=sys.stderr)
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
