"""What the campaign set-up windows at Sở Nội vụ show and do, one call each on the database
thread: the criteria sets a unit group may use (the shipped samples, the sets already stored,
a .json/.xlsx file) with the facts the window shows about each, the campaign created with its
sets in one unit of work (as `cchc campaign create`), the unit registry with each unit's group,
the registry import checked before anything is written, and the readiness check and
publication of the campaign package with the province key's fingerprint.

Only reads and thin wrappers over the services (`setup`, `criteria`, `criteria_xlsx`,
`registry_xlsx`, `campaigns`, `desktop.sync.plan`); the windows never run SQL."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop.models import campaigns, criteria, records, registry_xlsx, setup, units, workspaces
from desktop.models.entities import Campaign
from desktop.models.errors import InvalidInput
from desktop.models.store import Workspace

SAMPLE_GROUP_NAMES = {"so-ban-nganh": "Sở, ban, ngành",
                      "xa-phuong": "UBND cấp xã, phường, đặc khu"}
SAMPLE_PREFIX, SET_PREFIX, FILE_PREFIX = "sample:", "set:", "file:"


# -- criteria sets a group may use -------------------------------------------------------------

@dataclass(frozen=True)
class SetChoice:
    """One criteria set offered for a unit group: `key` is what `create_campaign` takes
    ("sample:so-ban-nganh", "set:<id>" or "file:<path>")."""
    key: str
    title: str
    year: int
    province: str
    unit_group: str
    total_points: str
    areas: int          # the areas (lĩnh vực), without the bonus and penalty rows
    criteria: int       # the criteria and sub-criteria below the areas
    is_sample: bool
    content_hash: str = ""
    note: str = ""


def _summary(key: str, data: dict[str, Any]) -> SetChoice:
    nodes = data.get("criteria") or []
    codes = [str(node.get("code") or "").strip().rstrip(".") for node in nodes]
    full = criteria.with_defaults(data)
    return SetChoice(
        key=key, title=criteria.nfc(str(full.get("title") or "")),
        year=int(full.get("year") or 0), province=criteria.nfc(str(full.get("province") or "")),
        unit_group=str(full.get("unit_group") or ""),
        total_points=str(full.get("total_points") or ""),
        areas=sum(1 for code in codes if code.isdigit()),
        criteria=sum(1 for code in codes if "." in code),
        is_sample=bool(full.get("is_sample")),
        content_hash=criteria.content_hash(full), note=criteria.nfc(str(data.get("note") or "")))


def set_choices(ws: Workspace) -> list[SetChoice]:
    """The shipped samples, then the sets already stored in the workspace that are not one of
    the samples, newest year first."""
    out = [_summary(SAMPLE_PREFIX + name, criteria.sample_set_data(name))
           for name in criteria.SAMPLE_SETS]
    samples = {choice.content_hash for choice in out}
    for stored in criteria.list_criteria_sets(ws):
        if stored.content_hash in samples:
            continue
        out.append(_summary(SET_PREFIX + stored.id, criteria.set_as_data(ws, stored.id)))
    return out


def read_set_data(path: str | Path) -> dict[str, Any]:
    """A criteria table from a .json or .xlsx file (as `cchc criteria load`), not validated."""
    from desktop.models import criteria_xlsx
    from desktop.models.evidence import check_source_file

    source = check_source_file(Path(path))
    if source.suffix.lower() == ".xlsx":
        return criteria_xlsx.read_workbook(source)
    try:  # numbers become exact decimals, never binary floats
        data = json.loads(source.read_text(encoding="utf-8"), parse_float=Decimal)
    except (ValueError, UnicodeDecodeError) as exc:
        raise InvalidInput("json_unreadable", path=str(source), details=str(exc)) from exc
    if not isinstance(data, dict):
        raise InvalidInput("json_unreadable", path=str(source), details="not an object")
    return data


def read_set_file(path: str | Path) -> SetChoice:
    """Read and validate a criteria table file: its facts, or `criteria_invalid` with every
    problem (each names its row). Writes nothing."""
    data = read_set_data(path)
    if "criteria" not in data:
        raise InvalidInput("criteria_missing_field", field="criteria")
    problems = criteria.validate_set_data(criteria.with_defaults(data))
    if problems:
        raise InvalidInput("criteria_invalid", count=len(problems), problems=problems)
    return _summary(FILE_PREFIX + str(path), data)


def _set_id(ws: Workspace, key: str) -> str:
    if key.startswith(SAMPLE_PREFIX):
        name = key.removeprefix(SAMPLE_PREFIX)
        if name not in criteria.SAMPLE_SETS:
            raise InvalidInput("unknown_criteria_set", key=name)
        return criteria.load_sample_criteria_set(ws, name).id
    if key.startswith(SET_PREFIX):
        return criteria.get_criteria_set(ws, key.removeprefix(SET_PREFIX)).id
    if key.startswith(FILE_PREFIX):
        return criteria.load_criteria_set(ws, read_set_data(key.removeprefix(FILE_PREFIX))).id
    raise InvalidInput("unknown_criteria_set", key=key)


# -- creating the campaign ---------------------------------------------------------------------

def setup_defaults(ws: Workspace) -> dict[str, Any]:
    """What the set-up window starts from: the province of the own unit, this year, whether
    this installation is Sở Nội vụ's, and the campaigns already there (campaign, active)."""
    own = units.get_unit(ws, workspaces.own_unit_id(ws))
    active = campaigns.active_campaign(ws)
    return {"province": own.province, "year": dt.date.today().year,
            "coordinator": (ws.meta("role") or "") == "coordinator",
            "campaigns": [(c, bool(active and c.id == active.id))
                          for c in campaigns.list_campaigns(ws)]}


def create_campaign(ws: Workspace, *, year: int, title: str, province: str,
                    groups: list[tuple[str, str, str]],
                    deadlines: dict[str, Any],
                    bands: dict[str | None, list[tuple[str, str]]]) -> Campaign:
    """`setup.set_up_campaign` with the criteria set of each group (`(code, name, set key)`,
    the key of a `SetChoice`) loaded first — everything in one unit of work, so any refusal
    leaves the workspace as it was. The new campaign becomes the active one."""
    setup.require_coordinator(ws)
    with ws.write():
        chosen: dict[str, tuple[str, str]] = {}
        for code, name, key in groups:
            code = code.strip()
            if code and code in chosen:  # a blank code is the service's to refuse
                raise InvalidInput("duplicate_group", code=code)
            chosen[code] = (name.strip(), _set_id(ws, key))
        return setup.set_up_campaign(ws, year=year, title=title, province=province,
                                     groups=chosen, deadlines=deadlines, bands=bands)


# -- the unit registry -------------------------------------------------------------------------

@dataclass(frozen=True)
class RegistryEntry:
    code: str
    name: str
    unit_type: str
    valid_from: str | None
    valid_to: str | None
    parent_code: str
    group_code: str          # "" when not enrolled in the campaign
    group_name: str
    is_own: bool
    valid_in_year: bool      # valid on 31 December of the campaign's year (or today)


def registry(ws: Workspace, campaign_id: str | None) -> list[RegistryEntry]:
    """Every unit of the registry by code, with its group in the campaign (if any)."""
    own = ws.meta("own_unit_id")
    day = (f"{campaigns.get_campaign(ws, campaign_id).year}-12-31" if campaign_id
           else dt.date.today().isoformat())
    rows = records.rows(
        ws.db, "SELECT u.*, p.code AS parent_code, g.code AS group_code, g.name AS group_name "
        "FROM units u LEFT JOIN units p ON p.id = u.parent_id "
        "LEFT JOIN campaign_units cu ON cu.unit_id = u.id AND cu.campaign_id = ? "
        "LEFT JOIN unit_groups g ON g.id = cu.group_id ORDER BY u.code", [campaign_id])
    return [RegistryEntry(
        code=row["code"], name=row["name"], unit_type=row["unit_type"],
        valid_from=row["valid_from"], valid_to=row["valid_to"],
        parent_code=row["parent_code"] or "", group_code=row["group_code"] or "",
        group_name=row["group_name"] or "", is_own=row["id"] == own,
        valid_in_year=(not row["valid_from"] or row["valid_from"] <= day)
        and (not row["valid_to"] or row["valid_to"] >= day)) for row in rows]


def enrol_choices(ws: Workspace, campaign_id: str) -> dict[str, Any]:
    """For enrolling by type: the campaign's groups (code → name) and, per unit type, how
    many registry units valid on 31 December of its year are not enrolled yet."""
    groups = {r["code"]: r["name"] for r in records.rows(
        ws.db, "SELECT code, name FROM unit_groups WHERE campaign_id = ? ORDER BY code",
        [campaign_id])}
    waiting: dict[str, int] = {}
    for entry in registry(ws, campaign_id):
        if entry.valid_in_year and not entry.group_code:
            waiting[entry.unit_type] = waiting.get(entry.unit_type, 0) + 1
    return {"groups": groups, "waiting": waiting}


def import_registry_checked(ws: Workspace, path: str | Path, *,
                            campaign_id: str | None = None) -> dict[str, Any]:
    """Check the workbook first (`registry_xlsx.check_registry`): with problems, nothing is
    written and they come back, sorted by row ({"problems": [...], "rows": n}); without, the
    import ({"imported": RegistryImport, "rows": n}). Only at Sở Nội vụ."""
    setup.require_coordinator(ws)
    rows, problems = registry_xlsx.check_registry(ws, path, campaign_id=campaign_id)
    if problems:
        return {"problems": problems, "rows": len(rows)}
    return {"imported": registry_xlsx.import_registry(ws, path, campaign_id=campaign_id),
            "rows": len(rows)}


def enrol(ws: Workspace, campaign_id: str, groups_by_type: dict[str, str]) -> list[Any]:
    """(Sở Nội vụ) `setup.enrol_by_type`: the units enrolled, by code."""
    setup.require_coordinator(ws)
    return setup.enrol_by_type(ws, campaign_id, groups_by_type)


# -- readiness and publication -----------------------------------------------------------------

def readiness(ws: Workspace) -> dict[str, Any]:
    """The active campaign and what stands in the way of publishing it (errors first)."""
    setup.require_coordinator(ws)
    campaign = campaigns.require_active_campaign(ws)
    problems = setup.publish_problems(ws, campaign.id)
    enrolled = ws.db.execute("SELECT COUNT(*) FROM campaign_units WHERE campaign_id = ?",
                             [campaign.id]).fetchone()[0]
    groups = ws.db.execute("SELECT COUNT(*) FROM unit_groups WHERE campaign_id = ?",
                           [campaign.id]).fetchone()[0]
    return {"campaign": campaign, "problems": problems, "ready": setup.can_publish(problems),
            "units": int(enrolled), "groups": int(groups)}


def publish(ws: Workspace, out: Path) -> dict[str, Any]:
    """`desktop.sync.plan.publish_campaign` to `out`, then the fingerprint of the province key
    the units compare when they take the package for the first time."""
    from desktop.sync import keys
    from desktop.sync import plan as plan_sync

    setup.require_coordinator(ws)
    built, warnings = plan_sync.publish_campaign(ws, Path(out))
    return {"built": built, "warnings": warnings,
            "fingerprint": keys.ensure_own_key(ws).fingerprint}
