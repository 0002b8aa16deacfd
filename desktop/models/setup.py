"""Setting up a campaign at Sở Nội vụ (domain brief §4, step 1): the year and title, the unit
groups and the criteria set each uses, the deadlines, the rating bands of each group — in one
unit of work — then enrolling the registry's units by type, and the readiness check that
comes before the campaign package is published.

Suggested deadlines (`default_deadlines`), the seeds' yearly rhythm for a campaign of year Y;
all are suggestions the coordinator edits:

| Kind | Date | Why |
|---|---|---|
| proposals | 15/11/Y | the seeds: proposals for next year's plan "before 15 November" |
| self_scoring | 15/12/Y | after the proposals, before the year-end reports |
| round1_appraisal | 15/01/Y+1 | a month for the appraising departments |
| explanation | 31/01/Y+1 | two weeks for the units to explain |
| round2_appraisal | 15/02/Y+1 | two weeks for the final appraisal |
| publication | 31/03/Y+1 | UBND tỉnh publishes in March (the brief: January or March–May) |
| quarterly_meeting | 31/03, 30/06, 30/09, 31/12 of Y | the quarterly coordination meeting, at each quarter's end |
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from desktop.models import campaigns, records
from desktop.models.dates import iso, parse_date, vn_date
from desktop.models.entities import DEADLINE_KINDS, UNIT_TYPES, Campaign, Unit
from desktop.models.errors import InvalidInput, NotFound
from desktop.models.store import Workspace

ERROR, WARNING = "error", "warning"
# the stages whose deadlines must come in this order
DEADLINE_ORDER = ("self_scoring", "round1_appraisal", "explanation", "round2_appraisal",
                  "publication")
ORDER_CODES = {"round1_appraisal": "publish_order_round1_appraisal",
               "explanation": "publish_order_explanation",
               "round2_appraisal": "publish_order_round2_appraisal",
               "publication": "publish_order_publication"}
DateLike = dt.date | str


def require_coordinator(ws: Workspace) -> None:
    """Refuse work that only Sở Nội vụ's installation does."""
    role = ws.meta("role") or ""
    if role != "coordinator":
        raise InvalidInput("coordinator_only", role=role)


def default_deadlines(year: int) -> dict[str, dt.date | list[dt.date]]:
    """The suggested deadlines of a campaign of `year` (see the module's table): one date per
    kind, and a list for the quarterly meetings."""
    year = int(year)
    return {
        "proposals": dt.date(year, 11, 15),
        "self_scoring": dt.date(year, 12, 15),
        "round1_appraisal": dt.date(year + 1, 1, 15),
        "explanation": dt.date(year + 1, 1, 31),
        "round2_appraisal": dt.date(year + 1, 2, 15),
        "publication": dt.date(year + 1, 3, 31),
        "quarterly_meeting": [dt.date(year, 3, 31), dt.date(year, 6, 30), dt.date(year, 9, 30),
                              dt.date(year, 12, 31)],
    }


def _dates(kind: str, value: DateLike | list[DateLike] | tuple[DateLike, ...]) -> list[str]:
    values = list(value) if isinstance(value, list | tuple) else [value]
    out = []
    for item in values:
        day = parse_date(item, field=kind)
        if day is None:
            raise InvalidInput("bad_date", field=kind, value=str(item))
        out.append(iso(day))
    return out


def set_up_campaign(ws: Workspace, *, year: int, title: str, province: str,
                    groups: dict[str, tuple[str, str]],
                    deadlines: dict[str, DateLike | list[DateLike]],
                    bands: dict[str | None, list[tuple[str, str]]]) -> Campaign:
    """Create a campaign with its unit groups (`{code: (name, criteria_set_id)}`), deadlines
    (`{kind: date}`; a list of dates for a kind that has several, such as the quarterly
    meetings; dates as `datetime.date`, ISO or dd/mm/yyyy text) and rating bands
    (`{group code: [(label, minimum percent)]}`, highest first; the key None for the
    campaign-wide bands), save each area's default appraiser (`appraisal.
    default_area_appraisers`: the registry unit named in the criteria set, else Sở Nội vụ;
    edited with `appraisal.set_area_appraiser`), and make it the active campaign — all in one
    unit of work: any invalid value leaves the workspace as it was. Units are enrolled
    afterwards (`enrol_by_type`, `campaigns.enrol_unit` or the registry import)."""
    require_coordinator(ws)
    if not groups:
        raise InvalidInput("setup_no_groups")
    for kind in deadlines:
        if kind not in DEADLINE_KINDS:
            raise InvalidInput("bad_deadline_kind", value=kind, allowed=", ".join(DEADLINE_KINDS))
    with ws.write() as db:
        campaign = campaigns.create_campaign(ws, year=year, title=title, province=province)
        for code, (name, set_id) in groups.items():
            if not db.execute("SELECT 1 FROM criteria_sets WHERE id = ?", [set_id]).fetchone():
                raise NotFound("unknown_criteria_set", key=str(set_id))
            if not code.strip():
                raise InvalidInput("setup_group_code_required")
            campaigns.add_unit_group(ws, campaign.id, code=code, name=name or code,
                                     criteria_set_id=set_id)
        for kind, value in deadlines.items():
            for day in _dates(kind, value):
                campaigns.set_deadline(ws, campaign.id, kind=kind, due_date=day)
        for group_code, group_bands in bands.items():
            campaigns.set_rating_bands(ws, campaign.id, group_bands, group_code=group_code)
        from desktop.models import appraisal

        appraisal.default_area_appraisers(ws, campaign.id)
        campaigns.set_active_campaign(ws, campaign.id)
    return campaigns.get_campaign(ws, campaign.id)


def _year_end(ws: Workspace, campaign_id: str) -> str:
    return f"{campaigns.get_campaign(ws, campaign_id).year}-12-31"


def enrol_by_type(ws: Workspace, campaign_id: str, groups_by_type: dict[str, str]) -> list[Unit]:
    """Enrol every registry unit of the given types (`{unit type: group code}`) that is valid
    on 31 December of the campaign's year and not yet enrolled, in one unit of work. Returns
    the units enrolled, by code."""
    for unit_type, group_code in groups_by_type.items():
        if unit_type not in UNIT_TYPES:
            raise InvalidInput("bad_unit_type", value=unit_type, allowed=", ".join(UNIT_TYPES))
        if not ws.db.execute("SELECT 1 FROM unit_groups WHERE campaign_id = ? AND code = ?",
                             [campaign_id, group_code]).fetchone():
            raise NotFound("unknown_group", code=group_code)
    day = _year_end(ws, campaign_id)
    rows = records.rows(
        ws.db, "SELECT * FROM units WHERE (valid_from IS NULL OR valid_from <= ?) AND "
        "(valid_to IS NULL OR valid_to >= ?) AND id NOT IN (SELECT unit_id FROM campaign_units "
        "WHERE campaign_id = ?) ORDER BY code", [day, day, campaign_id])
    chosen = [Unit.from_row(row) for row in rows if row["unit_type"] in groups_by_type]
    with ws.write():
        for unit in chosen:
            campaigns.enrol_unit(ws, campaign_id, unit.id, groups_by_type[unit.unit_type])
    return chosen


# --- readiness before publishing -----------------------------------------------------------
@dataclass(frozen=True)
class Problem:
    """One finding of the check before publishing: errors stop the publication, warnings are
    shown. The sentence is `desktop.messages.item_sentence(code, data)`."""
    severity: str
    code: str
    data: dict[str, Any] = field(default_factory=dict, hash=False)

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def to_json(self) -> dict[str, Any]:
        return {"severity": self.severity, "code": self.code, "data": dict(self.data)}


def can_publish(problems: list[Problem]) -> bool:
    return not any(problem.is_error for problem in problems)


def publish_problems(ws: Workspace, campaign_id: str) -> list[Problem]:
    """What stands in the way of publishing the campaign package, errors first.

    Errors: no unit group; no unit enrolled; an area (or the bonus or penalty part) of a
    group's criteria set without an appraiser in `area_appraisers`; no self-scoring deadline; a stage's deadline before the deadline of a stage
    that comes earlier (self-scoring → round-1 appraisal → explanation → round-2 appraisal →
    publication). Warnings: a group without units; a group without rating bands (neither its
    own nor campaign-wide); a criteria set of another year than the campaign's; an enrolled
    unit that is not valid during the campaign's year; an appraiser whose code is not in the
    registry; an appraiser other than the one the criteria set names (e.g. Sở Nội vụ by
    default because the named department was not in the registry at set-up); missing appraisal, explanation, publication or proposals deadlines."""
    campaign = campaigns.get_campaign(ws, campaign_id)
    groups = records.rows(ws.db, "SELECT g.*, s.year AS set_year FROM unit_groups g JOIN "
                          "criteria_sets s ON s.id = g.criteria_set_id WHERE g.campaign_id = ? "
                          "ORDER BY g.code", [campaign_id])
    found: list[Problem] = []
    if not groups:
        found.append(Problem(ERROR, "publish_no_groups"))
    found += _unit_problems(ws, campaign_id, campaign.year, groups)
    for group in groups:
        found += _group_problems(ws, campaign_id, campaign.year, group)
    found += _deadline_problems(ws, campaign_id)
    return sorted(found, key=lambda p: p.severity != ERROR)


def _unit_problems(ws: Workspace, campaign_id: str, year: int,
                   groups: list[dict[str, Any]]) -> list[Problem]:
    found: list[Problem] = []
    enrolled = records.rows(ws.db, "SELECT u.*, cu.group_id FROM campaign_units cu JOIN units u "
                            "ON u.id = cu.unit_id WHERE cu.campaign_id = ? ORDER BY u.code",
                            [campaign_id])
    if groups and not enrolled:
        found.append(Problem(ERROR, "publish_no_units"))
    start, end = f"{year}-01-01", f"{year}-12-31"
    for unit in enrolled:
        if (unit["valid_to"] and unit["valid_to"] < start) or (
                unit["valid_from"] and unit["valid_from"] > end):
            found.append(Problem(WARNING, "publish_unit_not_valid",
                                 {"code": unit["code"], "year": year}))
    used = {unit["group_id"] for unit in enrolled}
    if enrolled:
        found += [Problem(WARNING, "publish_group_empty", {"group": g["code"]})
                  for g in groups if g["id"] not in used]
    return found


def _group_problems(ws: Workspace, campaign_id: str, year: int,
                    group: dict[str, Any]) -> list[Problem]:
    found: list[Problem] = []
    areas = ws.db.execute(
        "SELECT code, appraiser FROM criteria WHERE criteria_set_id = ? AND parent_id IS NULL "
        "AND kind IN ('area', 'bonus', 'penalty') ORDER BY position",
        [group["criteria_set_id"]]).fetchall()
    assigned = {row["area_code"]: row for row in records.rows(
        ws.db, "SELECT * FROM area_appraisers WHERE campaign_id = ? AND group_id = ?",
        [campaign_id, group["id"]])}
    for area, named in areas:
        row = assigned.get(area)
        data = {"group": group["code"], "area": area}
        if row is None or not row["appraiser_code"].strip():
            found.append(Problem(ERROR, "publish_area_without_appraiser", data))
        elif not ws.db.execute("SELECT 1 FROM units WHERE code = ?",
                               [row["appraiser_code"]]).fetchone():
            found.append(Problem(WARNING, "publish_appraiser_not_in_registry",
                                 {**data, "code": row["appraiser_code"]}))
        elif named and _folded(named) != _folded(row["appraiser_name"]):
            found.append(Problem(WARNING, "publish_appraiser_differs",
                                 {**data, "name": row["appraiser_name"], "named": named}))
    if not campaigns.rating_bands(ws, campaign_id, group["id"]):
        found.append(Problem(WARNING, "publish_no_bands", {"group": group["code"]}))
    if int(group["set_year"]) != int(year):
        found.append(Problem(WARNING, "publish_set_other_year",
                             {"group": group["code"], "set_year": group["set_year"],
                              "year": year}))
    return found


def _folded(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def _deadline_problems(ws: Workspace, campaign_id: str) -> list[Problem]:
    latest: dict[str, str] = {}
    for deadline in campaigns.deadlines(ws, campaign_id):
        latest[deadline.kind] = max(latest.get(deadline.kind, ""), deadline.due_date)
    found: list[Problem] = []
    if "self_scoring" not in latest:
        found.append(Problem(ERROR, "publish_no_self_scoring_deadline"))
    earlier = ""
    for kind in DEADLINE_ORDER:
        day = latest.get(kind)
        if day is None:
            continue
        if earlier and day < earlier:
            found.append(Problem(ERROR, ORDER_CODES[kind],
                                 {"date": vn_date(day), "earlier_date": vn_date(earlier)}))
        earlier = max(earlier, day)
    missing = [kind for kind in DEADLINE_ORDER[1:] if kind not in latest]
    if missing:
        found.append(Problem(WARNING, "publish_deadlines_missing", {"count": len(missing)}))
    if "proposals" not in latest:
        found.append(Problem(WARNING, "publish_no_proposals_deadline"))
    return found
