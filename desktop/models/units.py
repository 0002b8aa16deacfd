"""Units (agencies) and how they succeed one another after mergers, splits and renames."""

from __future__ import annotations

import datetime as dt
import sqlite3

from desktop.models import records
from desktop.models.dates import iso, parse_date
from desktop.models.entities import SUCCESSION_KINDS, UNIT_TYPES, Succession, Unit
from desktop.models.errors import InvalidInput, NotFound
from desktop.models.store import Workspace


def create_unit(
    ws: Workspace,
    *,
    code: str,
    name: str,
    unit_type: str,
    parent_code: str | None = None,
    province: str = "",
    valid_from: str | None = None,
    valid_to: str | None = None,
    is_demo: bool = False,
) -> Unit:
    code, name = code.strip(), " ".join(name.split())
    if not code or not name:
        raise InvalidInput("unit_code_name_required")
    if unit_type not in UNIT_TYPES:
        raise InvalidInput("bad_unit_type", value=unit_type, allowed=", ".join(UNIT_TYPES))
    start = parse_date(valid_from, field="valid_from")
    end = parse_date(valid_to, field="valid_to")
    if start and end and end < start:
        raise InvalidInput("bad_validity", start=iso(start), end=iso(end))
    with ws.write() as db:
        if db.execute("SELECT 1 FROM units WHERE code = ?", [code]).fetchone():
            raise InvalidInput("duplicate_unit_code", code=code)
        parent_id = unit_by_code(ws, parent_code).id if parent_code else None
        row = records.insert(db, "units", {
            "code": code, "name": name, "unit_type": unit_type, "parent_id": parent_id,
            "province": province.strip(), "valid_from": iso(start), "valid_to": iso(end),
            "is_demo": int(is_demo),
        }, actor=ws.operator)
    return Unit.from_row(row)


def unit_by_code(ws: Workspace, code: str) -> Unit:
    found = records.rows(ws.db, "SELECT * FROM units WHERE code = ?", [code.strip()])
    if not found:
        raise NotFound("unknown_unit", code=code)
    return Unit.from_row(found[0])


def get_unit(ws: Workspace, unit_id: str) -> Unit:
    return Unit.from_row(records.fetch(ws.db, "units", unit_id))


def list_units(ws: Workspace, *, on_date: str | None = None) -> list[Unit]:
    """All units, or those valid on a date."""
    if on_date:
        day = iso(parse_date(on_date))
        rows = records.rows(
            ws.db,
            "SELECT * FROM units WHERE (valid_from IS NULL OR valid_from <= ?) "
            "AND (valid_to IS NULL OR valid_to >= ?) ORDER BY code", [day, day])
    else:
        rows = records.rows(ws.db, "SELECT * FROM units ORDER BY code")
    return [Unit.from_row(r) for r in rows]


def record_succession(
    ws: Workspace,
    *,
    predecessor_code: str,
    successor_code: str,
    kind: str,
    effective_date: str,
    note: str = "",
) -> Succession:
    """Say that one unit continues (part of) another from a date. A merge, split or rename
    also closes the old unit's validity the day before, if it was still open."""
    if kind not in SUCCESSION_KINDS:
        raise InvalidInput("bad_succession_kind", value=kind, allowed=", ".join(SUCCESSION_KINDS))
    day = parse_date(effective_date, field="effective_date")
    if day is None:
        raise InvalidInput("bad_date", field="effective_date", value=effective_date)
    old, new = unit_by_code(ws, predecessor_code), unit_by_code(ws, successor_code)
    if old.id == new.id:
        raise InvalidInput("succession_to_self", code=old.code)
    with ws.write() as db:
        try:
            row = records.insert(db, "unit_successions", {
                "predecessor_id": old.id, "successor_id": new.id, "kind": kind,
                "effective_date": iso(day), "note": note.strip(),
            }, actor=ws.operator)
        except sqlite3.IntegrityError as exc:
            raise InvalidInput("duplicate_succession", old=old.code, new=new.code) from exc
        if kind != "transfer" and old.valid_to is None:
            records.update(db, "units", old.id, {"valid_to": iso(day - dt.timedelta(days=1))},
                           actor=ws.operator)
    return Succession.from_row(row)


def successors(ws: Workspace, code: str) -> list[Unit]:
    """The units that carry on `code` today, following chains of successions (a commune
    merged into a ward that was later renamed gives the renamed ward)."""
    start = unit_by_code(ws, code)
    seen, frontier, result = {start.id}, [start.id], []
    while frontier:
        unit_id = frontier.pop()
        nexts = records.rows(ws.db, "SELECT successor_id FROM unit_successions "
                             "WHERE predecessor_id = ? ORDER BY effective_date", [unit_id])
        if not nexts and unit_id != start.id:
            result.append(get_unit(ws, unit_id))
        for row in nexts:
            if row["successor_id"] not in seen:
                seen.add(row["successor_id"])
                frontier.append(row["successor_id"])
    return sorted(result, key=lambda u: u.code)
