"""Campaigns: a year's assessment with its unit groups, the criteria set each group uses,
the units taking part, deadlines and rating bands."""

from __future__ import annotations

from desktop.models import records
from desktop.models.dates import iso, parse_date
from desktop.models.decimals import format_decimal, parse_decimal
from desktop.models.entities import DEADLINE_KINDS, Campaign, Deadline, RatingBand, UnitGroup
from desktop.models.errors import InvalidInput, NotFound
from desktop.models.store import Workspace

ACTIVE_KEY = "active_campaign_id"


def create_campaign(ws: Workspace, *, year: int, title: str, province: str = "",
                    is_demo: bool = False, is_sample: bool = False) -> Campaign:
    title = " ".join(title.split())
    if not title:
        raise InvalidInput("campaign_title_required")
    if not 2000 <= int(year) <= 2100:
        raise InvalidInput("bad_year", value=year)
    with ws.write() as db:
        row = records.insert(db, "campaigns", {
            "year": int(year), "title": title, "province": province.strip(),
            "is_demo": int(is_demo), "is_sample": int(is_sample),
        }, actor=ws.operator)
    return Campaign.from_row(row)


def add_unit_group(ws: Workspace, campaign_id: str, *, code: str, name: str,
                   criteria_set_id: str) -> UnitGroup:
    with ws.write() as db:
        if db.execute("SELECT 1 FROM unit_groups WHERE campaign_id = ? AND code = ?",
                      [campaign_id, code]).fetchone():
            raise InvalidInput("duplicate_group", code=code)
        row = records.insert(db, "unit_groups", {
            "campaign_id": campaign_id, "code": code.strip(), "name": name.strip(),
            "criteria_set_id": criteria_set_id}, actor=ws.operator)
    return UnitGroup.from_row(row)


def attach_criteria_set(ws: Workspace, campaign_id: str, group_code: str,
                        criteria_set_id: str) -> UnitGroup:
    """Make a unit group of the campaign use a criteria set, creating the group if needed."""
    group_code = group_code.strip()
    with ws.write() as db:
        rows = records.rows(db, "SELECT * FROM unit_groups WHERE campaign_id = ? AND code = ?",
                            [campaign_id, group_code])
        if not rows:
            return add_unit_group(ws, campaign_id, code=group_code, name=group_code,
                                  criteria_set_id=criteria_set_id)
        _, row = records.update(db, "unit_groups", rows[0]["id"],
                                {"criteria_set_id": criteria_set_id}, actor=ws.operator)
    return UnitGroup.from_row(row)


def create_sample_campaign(ws: Workspace, unit_id: str, *, group: str = "so-ban-nganh",
                           province: str = "") -> Campaign:
    """Until the province's campaign package arrives: a campaign over the shipped "Bộ tiêu chí
    mẫu", clearly marked as a sample, with the own unit enrolled and made active."""
    from desktop.models import criteria

    criteria_set = criteria.load_sample_criteria_set(ws, group)
    names = {"so-ban-nganh": "Sở, ban, ngành", "xa-phuong": "UBND cấp xã, phường, đặc khu"}
    with ws.write():
        campaign = create_campaign(ws, year=criteria_set.year,
                                   title=f"[MẪU] Đợt đánh giá CCHC năm {criteria_set.year}",
                                   province=province, is_sample=True)
        add_unit_group(ws, campaign.id, code=group, name=names.get(group, group),
                       criteria_set_id=criteria_set.id)
        enrol_unit(ws, campaign.id, unit_id, group)
        # A sample is for trying things out: its self-scoring deadline is never already past.
        import datetime as dt

        due = max(dt.date(criteria_set.year, 11, 30), dt.date.today() + dt.timedelta(days=30))
        for kind, day in (("self_scoring", due.isoformat()),
                          ("proposals", f"{criteria_set.year}-11-15")):
            set_deadline(ws, campaign.id, kind=kind, due_date=day)
        set_active_campaign(ws, campaign.id)
    return campaign


def enrol_unit(ws: Workspace, campaign_id: str, unit_id: str, group_code: str) -> None:
    with ws.write() as db:
        group = records.rows(db, "SELECT id FROM unit_groups WHERE campaign_id = ? AND code = ?",
                             [campaign_id, group_code])
        if not group:
            raise NotFound("unknown_group", code=group_code)
        if db.execute("SELECT 1 FROM campaign_units WHERE campaign_id = ? AND unit_id = ?",
                      [campaign_id, unit_id]).fetchone():
            raise InvalidInput("unit_already_enrolled")
        records.insert(db, "campaign_units", {"campaign_id": campaign_id, "unit_id": unit_id,
                                              "group_id": group[0]["id"]}, actor=ws.operator)


def set_deadline(ws: Workspace, campaign_id: str, *, kind: str, due_date: str,
                 label: str = "") -> Deadline:
    if kind not in DEADLINE_KINDS:
        raise InvalidInput("bad_deadline_kind", value=kind, allowed=", ".join(DEADLINE_KINDS))
    day = parse_date(due_date, field="due_date")
    if day is None:
        raise InvalidInput("bad_date", field="due_date", value=due_date)
    with ws.write() as db:
        row = records.insert(db, "deadlines", {"campaign_id": campaign_id, "kind": kind,
                                               "due_date": iso(day), "label": label.strip()},
                             actor=ws.operator)
    return Deadline.from_row(row)


def set_rating_bands(ws: Workspace, campaign_id: str, bands: list[tuple[str, str]], *,
                     group_code: str | None = None) -> list[RatingBand]:
    """Replace the bands (label, minimum percent), highest first: the campaign-wide ones, or
    with `group_code` the bands of that unit group only (a group with bands of its own is
    rated by them; the others by the campaign-wide ones). An empty list removes them."""
    parsed = [(label.strip(), parse_decimal(minimum, field="min_percent")) for label, minimum in bands]
    minima = [m for _, m in parsed]
    if any(not label for label, _ in parsed) or minima != sorted(minima, reverse=True) or (
        len(set(minima)) != len(minima)) or any(m < 0 or m > 100 for m in minima):
        raise InvalidInput("bad_rating_bands")
    with ws.write() as db:
        group_id = _group_id(ws, campaign_id, group_code) if group_code is not None else None
        for old in records.rows(db, "SELECT id FROM rating_bands WHERE campaign_id = ? AND "
                                "group_id IS ?", [campaign_id, group_id]):
            records.delete(db, "rating_bands", old["id"], actor=ws.operator)
        out = [records.insert(db, "rating_bands", {
            "campaign_id": campaign_id, "group_id": group_id, "label": label,
            "min_percent": format_decimal(minimum), "position": position}, actor=ws.operator)
            for position, (label, minimum) in enumerate(parsed, start=1)]
    return [RatingBand.from_row(r) for r in out]


def _group_id(ws: Workspace, campaign_id: str, group_code: str) -> str:
    rows = ws.db.execute("SELECT id FROM unit_groups WHERE campaign_id = ? AND code = ?",
                         [campaign_id, group_code.strip()]).fetchall()
    if not rows:
        raise NotFound("unknown_group", code=group_code)
    return rows[0][0]


def get_campaign(ws: Workspace, campaign_id: str) -> Campaign:
    return Campaign.from_row(records.fetch(ws.db, "campaigns", campaign_id))


def list_campaigns(ws: Workspace) -> list[Campaign]:
    return [Campaign.from_row(r) for r in records.rows(ws.db, "SELECT * FROM campaigns ORDER BY year DESC, title")]


def set_active_campaign(ws: Workspace, campaign_id: str) -> None:
    get_campaign(ws, campaign_id)
    ws.set_meta(ACTIVE_KEY, campaign_id)


def active_campaign(ws: Workspace) -> Campaign | None:
    campaign_id = ws.meta(ACTIVE_KEY)
    return get_campaign(ws, campaign_id) if campaign_id else None


def require_active_campaign(ws: Workspace) -> Campaign:
    campaign = active_campaign(ws)
    if campaign is None:
        raise NotFound("no_active_campaign")
    return campaign


def group_of(ws: Workspace, campaign_id: str, unit_id: str) -> UnitGroup:
    rows = records.rows(ws.db, "SELECT g.* FROM unit_groups g JOIN campaign_units cu ON cu.group_id = g.id "
                        "WHERE cu.campaign_id = ? AND cu.unit_id = ?", [campaign_id, unit_id])
    if not rows:
        raise NotFound("unit_not_in_campaign")
    return UnitGroup.from_row(rows[0])


def deadlines(ws: Workspace, campaign_id: str) -> list[Deadline]:
    return [Deadline.from_row(r) for r in records.rows(
        ws.db, "SELECT * FROM deadlines WHERE campaign_id = ? ORDER BY due_date", [campaign_id])]


def rating_bands(ws: Workspace, campaign_id: str, group_id: str | None = None) -> list[RatingBand]:
    """The bands a unit of group `group_id` is rated by: the group's own when it has some,
    else the campaign-wide ones. Without a group: the campaign-wide ones."""
    sql = "SELECT * FROM rating_bands WHERE campaign_id = ? AND group_id IS ? ORDER BY position"
    rows = records.rows(ws.db, sql, [campaign_id, group_id]) if group_id else []
    if not rows:
        rows = records.rows(ws.db, sql, [campaign_id, None])
    return [RatingBand.from_row(r) for r in rows]
