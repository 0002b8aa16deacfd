"""Writing travelling records: a UUID on insert, the change counter and `updated_at` bumped on
every update, and an audit entry for each change, all inside the caller's unit of work."""

from __future__ import annotations

import uuid
from functools import partial
from typing import Any

import sqlite_utils

from desktop.models import audit
from desktop.models.errors import NotFound
from desktop.models.store import utc_now


def new_id() -> str:
    return str(uuid.uuid4())


def insert(
    db: sqlite_utils.Database, table: str, row: dict[str, Any], *, actor: str, reason: str = ""
) -> dict[str, Any]:
    record_id = add(db, table, row, actor=actor, reason=reason)
    return fetch(db, table, record_id)


def add(
    db: sqlite_utils.Database, table: str, row: dict[str, Any], *, actor: str, reason: str = "",
    log: audit.Batch | None = None,
) -> str:
    """`insert` without reading the row back (returns its id); with `log`, the audit entry
    goes into that batch."""
    now = utc_now()
    record = {"id": new_id(), **row, "change_count": 0, "created_at": now, "updated_at": now}
    columns = ", ".join(record)
    marks = ", ".join("?" for _ in record)
    db.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(record.values()))
    (log.add if log is not None else partial(audit.record, db))(
        actor=actor, action="create", entity=table, entity_id=record["id"], old={}, new=row,
        reason=reason)
    return record["id"]


def fetch(db: sqlite_utils.Database, table: str, record_id: str) -> dict[str, Any]:
    cursor = db.execute(f"SELECT * FROM {table} WHERE id = ?", [record_id])
    row = cursor.fetchone()
    if row is None:
        raise NotFound("record_not_found", entity=table, id=record_id)
    return dict(zip([c[0] for c in cursor.description], row, strict=True))


def update(
    db: sqlite_utils.Database,
    table: str,
    record_id: str,
    changes: dict[str, Any],
    *,
    actor: str,
    reason: str = "",
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Apply `changes`; returns (old row, new row). Fields that keep their value are not
    written, and an update that changes nothing leaves no trace."""
    old = fetch(db, table, record_id)
    return old, change(db, table, old, changes, actor=actor, reason=reason)


def change(
    db: sqlite_utils.Database,
    table: str,
    old: dict[str, Any],
    changes: dict[str, Any],
    *,
    actor: str,
    reason: str = "",
    log: audit.Batch | None = None,
) -> dict[str, Any]:
    """`update` of a row the caller has just read whole (`old`, with its id and
    change_count) inside the same unit of work; returns the new row. With `log`, the audit
    entry goes into that batch."""
    changed = {key: value for key, value in changes.items() if old.get(key) != value}
    if not changed:
        return old
    changed_row = {**changed, "change_count": old["change_count"] + 1, "updated_at": utc_now()}
    assignments = ", ".join(f"{key} = ?" for key in changed_row)
    db.execute(
        f"UPDATE {table} SET {assignments} WHERE id = ?", [*changed_row.values(), old["id"]]
    )
    (log.add if log is not None else partial(audit.record, db))(
        actor=actor, action="update", entity=table, entity_id=old["id"],
        old={key: old[key] for key in changed}, new=changed, reason=reason)
    return {**old, **changed_row}


def rows(db: sqlite_utils.Database, sql: str, params: list[Any] | tuple = ()) -> list[dict]:
    cursor = db.execute(sql, list(params))
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def delete(
    db: sqlite_utils.Database, table: str, record_id: str, *, actor: str, reason: str = ""
) -> dict[str, Any]:
    old = fetch(db, table, record_id)
    db.execute(f"DELETE FROM {table} WHERE id = ?", [record_id])
    audit.record(db, actor=actor, action="delete", entity=table, entity_id=record_id,
                 old=old, new={}, reason=reason)
    return old
