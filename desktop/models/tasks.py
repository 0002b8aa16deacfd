"""Duties and tasks (nhiệm vụ) of the unit's CCHC plan: from the province's yearly plan or the
unit's own, with owner, deadline, status, progress and completion date."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal

from desktop.models import records, workspaces
from desktop.models.dates import iso, parse_date, today
from desktop.models.entities import TASK_SOURCES, TASK_STATUSES, Task
from desktop.models.errors import InvalidInput, NotFound
from desktop.models.store import Workspace

MIN_PREFIX = 4


def _with_overdue(row: dict) -> Task:
    overdue = bool(row.get("deadline")) and row["status"] in ("not_started", "in_progress") and (
        row["deadline"] < today().isoformat())
    return Task.from_row({**row, "overdue": overdue})


def _check_fields(fields: dict) -> dict:
    out = dict(fields)
    if "title" in out:
        out["title"] = " ".join(str(out["title"]).split())
        if not out["title"]:
            raise InvalidInput("task_title_required")
    if "source" in out and out["source"] not in TASK_SOURCES:
        raise InvalidInput("bad_task_source", value=out["source"], allowed=", ".join(TASK_SOURCES))
    if "status" in out and out["status"] not in TASK_STATUSES:
        raise InvalidInput("bad_task_status", value=out["status"], allowed=", ".join(TASK_STATUSES))
    if "progress" in out:
        try:
            progress = int(str(out["progress"]).strip().removesuffix("%"))
        except ValueError as exc:
            raise InvalidInput("bad_progress", value=out["progress"]) from exc
        if not 0 <= progress <= 100:
            raise InvalidInput("bad_progress", value=out["progress"])
        out["progress"] = progress
    for key in ("deadline", "completed_on"):
        if key in out:
            out[key] = iso(parse_date(out[key], field=key))
    for key in ("owner", "notes", "source_ref"):
        if key in out:
            out[key] = str(out[key]).strip()
    return out


def add_task(ws: Workspace, title: str, *, source: str = "own", source_ref: str = "",
             owner: str = "", deadline: str | None = None, notes: str = "",
             campaign_id: str | None = None, parent_id: str | None = None,
             unit_id: str | None = None) -> Task:
    fields = _check_fields({"title": title, "source": source, "source_ref": source_ref,
                            "owner": owner, "deadline": deadline, "notes": notes})
    unit_id = unit_id or workspaces.own_unit_id(ws)
    if parent_id:
        parent_id = get_task(ws, parent_id).id
    with ws.write() as db:
        row = records.insert(db, "tasks", {**fields, "unit_id": unit_id, "campaign_id": campaign_id,
                                           "parent_id": parent_id}, actor=ws.operator)
    return _with_overdue(row)


def update_task(ws: Workspace, task_id: str, *, reason: str = "", **changes: object) -> Task:
    """Change a task's fields. Marking it done fills in today's completion date and 100 %
    unless given; reopening it clears the completion date."""
    task = get_task(ws, task_id)
    allowed = {"title", "source", "source_ref", "owner", "deadline", "status", "progress",
               "completed_on", "notes"}
    unknown = set(changes) - allowed
    if unknown:
        raise InvalidInput("bad_task_field", value=", ".join(sorted(unknown)))
    fields = _check_fields({k: v for k, v in changes.items() if v is not None})
    if (task.source == "province_plan" and task.campaign_id and ws.meta("role") != "coordinator"
            and not ws.db.execute("SELECT is_demo OR is_sample FROM campaigns WHERE id = ?",
                                  [task.campaign_id]).fetchone()[0]):
        # Assigned by the province (it came with the campaign): the unit reports status,
        # progress and notes; what was assigned is changed only by Sở Nội vụ. (In a demo or
        # sample campaign there is no province: the user plays both parts.)
        assigned = [k for k in ("title", "source", "source_ref", "deadline")
                    if k in fields and fields[k] != getattr(task, k)]
        if assigned:
            raise InvalidInput("province_task_assigned", fields=", ".join(assigned))
    if fields.get("status") == "done":
        fields.setdefault("completed_on", today().isoformat())
        fields.setdefault("progress", 100)
    elif fields.get("status") in ("not_started", "in_progress") and task.status == "done":
        fields.setdefault("completed_on", None)
    with ws.write() as db:
        try:
            _, new = records.update(db, "tasks", task.id, fields, actor=ws.operator, reason=reason)
        except sqlite3.IntegrityError as exc:
            raise InvalidInput("bad_task_field", value=str(exc)) from exc
    return _with_overdue(new)


def get_task(ws: Workspace, task_id: str) -> Task:
    """Find a task by its id or a unique prefix of it (at least 4 characters)."""
    key = task_id.strip().lower()
    if len(key) < MIN_PREFIX:
        raise InvalidInput("task_id_too_short", value=task_id)
    if not set(key) <= set("0123456789abcdef-"):
        raise NotFound("unknown_task", id=task_id)
    rows = records.rows(ws.db, "SELECT * FROM tasks WHERE substr(id, 1, ?) = ?", [len(key), key])
    if not rows:
        raise NotFound("unknown_task", id=task_id)
    if len(rows) > 1:
        raise InvalidInput("ambiguous_task", id=task_id)
    return _with_overdue(rows[0])


def list_tasks(ws: Workspace, *, status: str | None = None, unit_id: str | None = None) -> list[Task]:
    sql, params = "SELECT * FROM tasks WHERE 1 = 1", []
    if unit_id:
        sql += " AND unit_id = ?"
        params.append(unit_id)
    if status == "overdue":
        sql += " AND status IN ('not_started', 'in_progress') AND deadline < ?"
        params.append(today().isoformat())
    elif status:
        if status not in TASK_STATUSES:
            raise InvalidInput("bad_task_status", value=status, allowed=", ".join(TASK_STATUSES))
        sql += " AND status = ?"
        params.append(status)
    sql += " ORDER BY deadline IS NULL, deadline, title"
    return [_with_overdue(r) for r in records.rows(ws.db, sql, params)]


def save_task(ws: Workspace, task_id: str | None, fields: dict[str, object], *,
              unit_id: str | None = None, campaign_id: str | None = None) -> Task:
    """What the task dialog's OK does: add a new task (`task_id` None) or change an existing
    one, all fields at once. A new task is added and given its status, progress and completion
    date in one unit of work, so an invalid value leaves nothing behind."""
    if task_id:
        return update_task(ws, task_id, **fields)
    first = {k: v for k, v in fields.items()
             if k in ("source", "source_ref", "owner", "deadline", "notes")}
    rest = {k: v for k, v in fields.items() if k in ("status", "progress", "completed_on")}
    unknown = set(fields) - set(first) - set(rest) - {"title"}
    if unknown:
        raise InvalidInput("bad_task_field", value=", ".join(sorted(unknown)))
    with ws.write():
        task = add_task(ws, str(fields.get("title", "")), unit_id=unit_id,
                        campaign_id=campaign_id, **first)  # type: ignore[arg-type]
        if rest:
            task = update_task(ws, task.id, **rest)
    return task


@dataclass(frozen=True)
class TaskFigures:
    """The province-plan figures behind the suggested scores: how many of the plan tasks of
    the campaign were done on time (`rate`, in percent, as `plan_completion_rate` suggests it)
    and how many are late — still open past the deadline or finished after it (the
    `overdue_tasks` count). `*_codes` are the criteria of the unit's set fed by each figure."""
    year: int
    total: int
    on_time: int
    late: int
    rate: Decimal | None
    rate_codes: tuple[str, ...] = ()
    late_codes: tuple[str, ...] = ()


def task_figures(ws: Workspace, campaign_id: str, unit_id: str, *,
                 day: dt.date | None = None) -> TaskFigures:
    """The figures by the very rules `suggestions.suggest` applies (its own helpers are
    called), so what the task list shows can never disagree with a suggested score."""
    from desktop.models import campaigns, criteria, suggestions

    year = campaigns.get_campaign(ws, campaign_id).year
    plan = suggestions.plan_tasks(ws, campaign_id, unit_id)
    when = (day or today()).isoformat()
    on_time = sum(1 for t in plan if suggestions._on_time(t))
    late = sum(1 for t in plan if suggestions._late(t, when))
    rate = None
    if plan:
        rate = (Decimal(on_time) * 100 / Decimal(len(plan))).quantize(Decimal("0.01"),
                                                                      rounding=ROUND_DOWN)
    codes: dict[str, list[str]] = {"plan_completion_rate": [], "overdue_tasks": []}
    try:
        set_id = campaigns.group_of(ws, campaign_id, unit_id).criteria_set_id
    except NotFound:  # not enrolled: the figures stand on their own
        set_id = None
    if set_id:
        for node in criteria.list_criteria(ws, set_id):
            if node.suggest in codes:
                codes[node.suggest].append(node.code)
    return TaskFigures(year, len(plan), on_time, late, rate,
                       tuple(codes["plan_completion_rate"]), tuple(codes["overdue_tasks"]))
