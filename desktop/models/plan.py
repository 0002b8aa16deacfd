"""The province's yearly CCHC plan (kế hoạch CCHC) and the units' proposals for next year's.

At Sở Nội vụ, each plan task is a `tasks` row with source "province_plan", the campaign, the
responsible unit (`unit_id`), a deadline, the expected output and the area it serves. The
tasks travel in the campaign package (desktop.sync.plan) to their unit, where they appear in
the task list as assigned by the province; the unit's progress comes back in its submissions,
so `plan_progress` shows the whole province by unit and by area.

Units propose tasks for next year's plan (`plan_proposals` rows of the current campaign, due
by the campaign's "proposals" deadline, 15/11 in the seeds) and send them as a signed
`proposal` package; Sở Nội vụ adopts or declines each one, and `draft_plan` turns the adopted
ones into plan tasks of the next campaign, once.

A proposal received after the "proposals" deadline is marked late: the package's import
flags it (`late:<deadline>`), and the meta key `proposal_late:<proposal id>` keeps the
deadline it missed, set when the proposal first arrives (an update never changes it).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from desktop.models import dates, records, units, workspaces
from desktop.models.dates import iso, parse_date
from desktop.models.entities import Task
from desktop.models.errors import InvalidInput, NotFound
from desktop.models.setup import require_coordinator
from desktop.models.store import Workspace

PROPOSAL_STATES = ("proposed", "adopted", "declined")
LATE_KEY = "proposal_late:"
OPEN = ("not_started", "in_progress")


def _text(value: object) -> str:
    return " ".join(str(value or "").split())


def _title(value: object, *, proposal: bool = False) -> str:
    title = _text(value)
    if not title and proposal:
        raise InvalidInput("proposal_title_required")
    if not title:
        raise InvalidInput("task_title_required")
    return title


def _area(ws: Workspace, campaign_id: str, area_code: str) -> str:
    """An area code of one of the campaign's criteria sets (or empty)."""
    code = _text(area_code).rstrip(".")
    if code and not ws.db.execute(
            "SELECT 1 FROM criteria c JOIN unit_groups g ON g.criteria_set_id = c.criteria_set_id "
            "WHERE g.campaign_id = ? AND c.code = ? AND c.kind = 'area'",
            [campaign_id, code]).fetchone():
        raise InvalidInput("plan_unknown_area", code=code)
    return code


# --- the province's plan (at Sở Nội vụ) ----------------------------------------------------
@dataclass(frozen=True)
class PlanTask:
    """A task of the province's plan with its responsible unit."""
    task: Task
    unit_code: str
    unit_name: str

    def to_json(self) -> dict[str, Any]:
        return {**self.task.to_json(), "unit_code": self.unit_code, "unit_name": self.unit_name}


def add_plan_task(ws: Workspace, campaign_id: str, unit_code: str, *, title: str,
                  deadline: str | dt.date, expected_output: str = "", area_code: str = "",
                  source_ref: str = "") -> PlanTask:
    """(Sở Nội vụ) Put a task in the campaign's plan for the unit `unit_code`: it travels in
    the next campaign package to that unit. `area_code` is an area of the campaign's criteria
    sets (e.g. "3"), `source_ref` the plan document (e.g. "KH 12/KH-UBND")."""
    require_coordinator(ws)
    records.fetch(ws.db, "campaigns", campaign_id)
    unit = units.unit_by_code(ws, unit_code)
    due = parse_date(deadline, field="deadline")
    if due is None:
        raise InvalidInput("plan_deadline_required")
    fields = {"title": _title(title),
              "expected_output": _text(expected_output),
              "area_code": _area(ws, campaign_id, area_code), "source_ref": _text(source_ref)}
    with ws.write() as db:
        row = records.insert(db, "tasks", {**fields, "unit_id": unit.id, "campaign_id": campaign_id,
                                           "source": "province_plan", "deadline": iso(due)},
                             actor=ws.operator)
    return PlanTask(_task(row), unit.code, unit.name)


def update_plan_task(ws: Workspace, task_id: str, *, title: str | None = None,
                     deadline: str | dt.date | None = None, expected_output: str | None = None,
                     area_code: str | None = None, source_ref: str | None = None) -> PlanTask:
    """(Sở Nội vụ) Change what the province assigned (fields left None stay); the unit gets
    the change with the next campaign package and keeps its own progress."""
    require_coordinator(ws)
    rows = records.rows(ws.db, "SELECT t.*, u.code AS unit_code, u.name AS unit_name FROM tasks "
                        "t JOIN units u ON u.id = t.unit_id WHERE t.id = ? AND "
                        "t.source = 'province_plan'", [task_id])
    if not rows:
        raise NotFound("unknown_task", id=task_id)
    current = rows[0]
    changes: dict[str, Any] = {}
    if title is not None:
        changes["title"] = _title(title)
    if deadline is not None:
        due = parse_date(deadline, field="deadline")
        if due is None:
            raise InvalidInput("plan_deadline_required")
        changes["deadline"] = iso(due)
    if expected_output is not None:
        changes["expected_output"] = _text(expected_output)
    if area_code is not None:
        changes["area_code"] = _area(ws, current["campaign_id"], area_code)
    if source_ref is not None:
        changes["source_ref"] = _text(source_ref)
    with ws.write() as db:
        _, new = records.update(db, "tasks", task_id, changes, actor=ws.operator)
    return PlanTask(_task(new), current["unit_code"], current["unit_name"])


def _task(row: dict[str, Any], day: dt.date | None = None) -> Task:
    today = (day or dates.today()).isoformat()
    overdue = bool(row.get("deadline")) and row["status"] in OPEN and row["deadline"] < today
    return Task.from_row({**row, "overdue": overdue})


def plan_tasks(ws: Workspace, campaign_id: str, *, today: dt.date | None = None) -> list[PlanTask]:
    """Every task of the province's plan in the campaign, by deadline, unit and title."""
    rows = records.rows(ws.db, "SELECT t.*, u.code AS unit_code, u.name AS unit_name FROM tasks t "
                        "JOIN units u ON u.id = t.unit_id WHERE t.campaign_id = ? AND "
                        "t.source = 'province_plan' ORDER BY t.deadline IS NULL, t.deadline, "
                        "u.code, t.title", [campaign_id])
    return [PlanTask(_task(row, today), row["unit_code"], row["unit_name"]) for row in rows]


@dataclass
class ProgressRow:
    """Plan progress of one unit, one area or the whole province. Cancelled tasks count only
    in `cancelled`; `average` is the mean progress (%) of the others, done ones as 100,
    truncated to a whole percent (exact integer arithmetic)."""
    key: str
    label: str = ""
    count: int = 0
    done: int = 0
    in_progress: int = 0
    not_started: int = 0
    overdue: int = 0
    cancelled: int = 0
    progress_sum: int = 0

    @property
    def average(self) -> int | None:
        return self.progress_sum // self.count if self.count else None

    def add(self, task: Task) -> None:
        if task.status == "cancelled":
            self.cancelled += 1
            return
        self.count += 1
        self.done += task.status == "done"
        self.in_progress += task.status == "in_progress"
        self.not_started += task.status == "not_started"
        self.overdue += task.overdue
        self.progress_sum += 100 if task.status == "done" else int(task.progress)

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "label": self.label, "count": self.count, "done": self.done,
                "in_progress": self.in_progress, "not_started": self.not_started,
                "overdue": self.overdue, "cancelled": self.cancelled, "average": self.average}


@dataclass
class PlanProgress:
    total: ProgressRow
    by_unit: list[ProgressRow] = field(default_factory=list)
    by_area: list[ProgressRow] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"total": self.total.to_json(), "by_unit": [r.to_json() for r in self.by_unit],
                "by_area": [r.to_json() for r in self.by_area]}


def plan_progress(ws: Workspace, campaign_id: str, *, today: dt.date | None = None) -> PlanProgress:
    """(Sở Nội vụ) Province-wide progress of the plan: in total, by unit (by code) and by
    area (by code; key "" for tasks without an area). A task is overdue when its deadline
    has passed (`today`, by default the computer's date) and it is neither done nor
    cancelled."""
    from desktop.models import criteria

    titles: dict[str, str] = {}
    for set_id in {r[0] for r in ws.db.execute(
            "SELECT criteria_set_id FROM unit_groups WHERE campaign_id = ?", [campaign_id])}:
        for node in criteria.list_criteria(ws, set_id):
            if node.kind == "area":
                titles.setdefault(node.code, node.title)
    total = ProgressRow("")
    by_unit: dict[str, ProgressRow] = {}
    by_area: dict[str, ProgressRow] = {}
    for item in plan_tasks(ws, campaign_id, today=today):
        total.add(item.task)
        by_unit.setdefault(item.unit_code, ProgressRow(item.unit_code, item.unit_name)).add(item.task)
        area = item.task.area_code
        by_area.setdefault(area, ProgressRow(area, titles.get(area, ""))).add(item.task)
    return PlanProgress(total, [by_unit[k] for k in sorted(by_unit)],
                        [by_area[k] for k in sorted(by_area, key=_area_order)])


def _area_order(code: str) -> tuple[int, int, str]:
    return (0 if code else 1, int(code) if code.isdigit() else 10**6, code)


# --- proposals for next year's plan --------------------------------------------------------
@dataclass(frozen=True)
class Proposal:
    id: str
    campaign_id: str
    unit_id: str
    unit_code: str
    unit_name: str
    title: str
    expected_output: str = ""
    area_code: str = ""
    deadline: str | None = None
    note: str = ""
    state: str = "proposed"
    adopted_task_id: str | None = None
    late: str | None = None          # the proposals deadline it missed, if it arrived late

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _proposal(ws: Workspace, row: dict[str, Any]) -> Proposal:
    names = ("id", "campaign_id", "unit_id", "unit_code", "unit_name", "title", "expected_output",
             "area_code", "deadline", "note", "state", "adopted_task_id")
    return Proposal(**{k: row[k] for k in names}, late=ws.meta(LATE_KEY + row["id"]))


_PROPOSALS = ("SELECT p.*, u.code AS unit_code, u.name AS unit_name FROM plan_proposals p "
              "JOIN units u ON u.id = p.unit_id WHERE p.campaign_id = ?")


def _proposal_fields(ws: Workspace, campaign_id: str, *, title: str, expected_output: str,
                     area_code: str, deadline: str | dt.date | None, note: str) -> dict[str, Any]:
    return {"title": _title(title, proposal=True),
            "expected_output": _text(expected_output),
            "area_code": _area(ws, campaign_id, area_code),
            "deadline": iso(parse_date(deadline, field="deadline")), "note": _text(note)}


def add_proposal(ws: Workspace, campaign_id: str, *, title: str, expected_output: str = "",
                 area_code: str = "", deadline: str | dt.date | None = None,
                 note: str = "") -> Proposal:
    """(A unit) Propose a task for next year's plan; sent with `export_proposals`."""
    records.fetch(ws.db, "campaigns", campaign_id)
    fields = _proposal_fields(ws, campaign_id, title=title, expected_output=expected_output,
                              area_code=area_code, deadline=deadline, note=note)
    with ws.write() as db:
        row = records.insert(db, "plan_proposals", {
            **fields, "campaign_id": campaign_id, "unit_id": workspaces.own_unit_id(ws)},
            actor=ws.operator)
    return get_proposal(ws, row["id"])


def update_proposal(ws: Workspace, proposal_id: str, *, title: str, expected_output: str = "",
                    area_code: str = "", deadline: str | dt.date | None = None,
                    note: str = "") -> Proposal:
    """(A unit) Change one of its own proposals (all fields at once, as the dialog has them)."""
    current = _own_proposal(ws, proposal_id)
    fields = _proposal_fields(ws, current.campaign_id, title=title,
                              expected_output=expected_output, area_code=area_code,
                              deadline=deadline, note=note)
    with ws.write() as db:
        records.update(db, "plan_proposals", current.id, fields, actor=ws.operator)
    return get_proposal(ws, current.id)


def delete_proposal(ws: Workspace, proposal_id: str) -> None:
    """(A unit) Withdraw one of its own proposals. One already sent stays with Sở Nội vụ."""
    current = _own_proposal(ws, proposal_id)
    with ws.write() as db:
        records.delete(db, "plan_proposals", current.id, actor=ws.operator)


def _own_proposal(ws: Workspace, proposal_id: str) -> Proposal:
    current = get_proposal(ws, proposal_id)
    if current.unit_id != workspaces.own_unit_id(ws):
        raise NotFound("unknown_proposal", id=proposal_id)
    return current


def list_proposals(ws: Workspace, campaign_id: str) -> list[Proposal]:
    """(A unit) Its own proposals made during the campaign."""
    rows = records.rows(ws.db, _PROPOSALS + " AND p.unit_id = ? ORDER BY p.created_at, p.rowid",
                        [campaign_id, workspaces.own_unit_id(ws)])
    return [_proposal(ws, row) for row in rows]


def get_proposal(ws: Workspace, proposal_id: str) -> Proposal:
    rows = records.rows(ws.db, "SELECT p.*, u.code AS unit_code, u.name AS unit_name FROM "
                        "plan_proposals p JOIN units u ON u.id = p.unit_id WHERE p.id = ?",
                        [proposal_id])
    if not rows:
        raise NotFound("unknown_proposal", id=proposal_id)
    return _proposal(ws, rows[0])


def proposals(ws: Workspace, campaign_id: str, state: str | None = None) -> list[Proposal]:
    """(Sở Nội vụ) Every unit's proposals received for the campaign, optionally of one state
    (proposed, adopted, declined), by unit and title."""
    sql, params = _PROPOSALS, [campaign_id]
    if state is not None:
        if state not in PROPOSAL_STATES:
            raise InvalidInput("bad_proposal_state", value=state,
                               allowed=", ".join(PROPOSAL_STATES))
        sql += " AND p.state = ?"
        params.append(state)
    rows = records.rows(ws.db, sql + " ORDER BY u.code, p.title", params)
    return [_proposal(ws, row) for row in rows]


def decide_proposal(ws: Workspace, proposal_id: str, adopt: bool) -> Proposal:
    """(Sở Nội vụ) Adopt or decline a proposal. One already made into a plan task stays
    adopted."""
    require_coordinator(ws)
    current = get_proposal(ws, proposal_id)
    if current.adopted_task_id and not adopt:
        raise InvalidInput("proposal_already_in_plan", title=current.title)
    with ws.write() as db:
        records.update(db, "plan_proposals", current.id,
                       {"state": "adopted" if adopt else "declined"}, actor=ws.operator)
    return get_proposal(ws, current.id)


def draft_plan(ws: Workspace, from_campaign_id: str, to_campaign_id: str) -> list[PlanTask]:
    """(Sở Nội vụ) Make every adopted proposal of `from_campaign_id` not yet in a plan into a
    province-plan task of `to_campaign_id` (the next year's campaign) for the unit that
    proposed it, and link the proposal to its task, so running it again adds nothing. A
    proposal without a deadline gets 31 December of the new campaign's year. One unit of
    work; returns the tasks made."""
    require_coordinator(ws)
    records.fetch(ws.db, "campaigns", from_campaign_id)
    target = records.fetch(ws.db, "campaigns", to_campaign_id)
    if from_campaign_id == to_campaign_id:
        raise InvalidInput("plan_same_campaign")
    made: list[PlanTask] = []
    with ws.write() as db:
        for proposal in proposals(ws, from_campaign_id, "adopted"):
            if proposal.adopted_task_id:
                continue
            row = records.insert(db, "tasks", {
                "unit_id": proposal.unit_id, "campaign_id": to_campaign_id,
                "source": "province_plan", "title": proposal.title,
                "expected_output": proposal.expected_output, "area_code": proposal.area_code,
                "deadline": proposal.deadline or f"{target['year']}-12-31"}, actor=ws.operator)
            records.update(db, "plan_proposals", proposal.id, {"adopted_task_id": row["id"]},
                           actor=ws.operator)
            made.append(PlanTask(_task(row), proposal.unit_code, proposal.unit_name))
    return made
