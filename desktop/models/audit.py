"""The audit log: who changed what, when, from what to what, and why. Each entry carries the
hash of the previous one, so an entry edited or removed behind the program's back breaks the
chain at that point (`verify_chain`). The table itself refuses UPDATE and DELETE."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

import sqlite_utils

GENESIS = "0" * 64


def _canonical(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def _entry_hash(entry: dict[str, Any]) -> str:
    fields = ("seq", "at", "actor", "action", "entity", "entity_id", "old_json", "new_json",
              "reason", "prev_hash")
    return hashlib.sha256(_canonical({k: entry[k] for k in fields})).hexdigest()


def record(
    db: sqlite_utils.Database,
    *,
    actor: str,
    action: str,
    entity: str,
    entity_id: str,
    old: dict[str, Any],
    new: dict[str, Any],
    reason: str = "",
) -> None:
    """Append one entry. Must run inside the caller's transaction (Workspace.write)."""
    from desktop.models.store import utc_now

    last = db.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    entry = {
        "seq": (last[0] + 1) if last else 1,
        "at": utc_now(),
        "actor": actor,
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "old_json": _canonical(old).decode(),
        "new_json": _canonical(new).decode(),
        "reason": reason,
        "prev_hash": last[1] if last else GENESIS,
    }
    entry["hash"] = _entry_hash(entry)
    db.execute(
        "INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, old_json, new_json,"
        " reason, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        list(entry.values()),
    )


@dataclass(frozen=True)
class ChainProblem:
    seq: int
    problem: str  # "hash_mismatch" | "broken_link" | "gap"


def verify_chain(db: sqlite_utils.Database) -> list[ChainProblem]:
    """Every problem found, in order; an empty list means the log is intact."""
    problems: list[ChainProblem] = []
    expected_prev, expected_seq = GENESIS, 1
    cursor = db.execute("SELECT * FROM audit_log ORDER BY seq")
    names = [c[0] for c in cursor.description]
    for values in cursor:
        entry = dict(zip(names, values, strict=True))
        if entry["seq"] != expected_seq:
            problems.append(ChainProblem(entry["seq"], "gap"))
        if entry["prev_hash"] != expected_prev:
            problems.append(ChainProblem(entry["seq"], "broken_link"))
        if _entry_hash(entry) != entry["hash"]:
            problems.append(ChainProblem(entry["seq"], "hash_mismatch"))
        expected_prev, expected_seq = entry["hash"], entry["seq"] + 1
    return problems


def entries(db: sqlite_utils.Database, *, entity_id: str | None = None, limit: int = 200) -> list[dict]:
    sql = "SELECT * FROM audit_log"
    params: list[Any] = []
    if entity_id:
        sql += " WHERE entity_id = ?"
        params.append(entity_id)
    sql += " ORDER BY seq DESC LIMIT ?"
    params.append(limit)
    cursor = db.execute(sql, params)
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
