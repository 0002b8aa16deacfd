"""The audit log: who changed what, when, from what to what, and why. Each entry carries the
hash of the previous one, so an entry edited or removed behind the program's back breaks the
chain at that point (`verify_chain`). The table itself refuses UPDATE and DELETE."""

from __future__ import annotations

import hashlib
import json
import weakref
from dataclasses import dataclass
from typing import Any

import sqlite_utils

GENESIS = "0" * 64

_INSERT = ("INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, old_json, new_json,"
           " reason, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)")


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
    """Append one entry. Must run inside the caller's transaction (Workspace.write). Entries
    an open `Batch` holds for this database are written first, so the chain stays in order."""
    pending = _BATCHES.get(db)
    if pending is not None:
        pending.flush()
    last = db.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    entry = _entry(last[0] if last else 0, last[1] if last else GENESIS, actor=actor,
                   action=action, entity=entity, entity_id=entity_id, old=old, new=new,
                   reason=reason)
    db.execute(_INSERT, list(entry.values()))


def _entry(seq: int, prev_hash: str, *, actor: str, action: str, entity: str, entity_id: str,
           old: dict[str, Any], new: dict[str, Any], reason: str) -> dict[str, Any]:
    from desktop.models.store import utc_now

    entry = {
        "seq": seq + 1,
        "at": utc_now(),
        "actor": actor,
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "old_json": _canonical(old).decode(),
        "new_json": _canonical(new).decode(),
        "reason": reason,
        "prev_hash": prev_hash,
    }
    entry["hash"] = _entry_hash(entry)
    return entry


# The open batch of each database (at most one): `record` writes its entries first.
_BATCHES: weakref.WeakKeyDictionary[sqlite_utils.Database, Batch] = weakref.WeakKeyDictionary()


class Batch:
    """The same entries `record` would append, one after another, written with one
    statement: for a unit of work that changes many rows (a merged package, a ranking).

        with ws.write() as db, audit.Batch(db) as log:
            ... log.add(actor=..., action="update", entity=..., ...)

    Inside the caller's transaction. The chain is carried in memory from the last entry in
    the log; anything else that appends an entry meanwhile (`record`, another batch) writes
    this batch's entries first, so the order is the order of the calls. Leaving the block
    normally writes what is left; leaving it by an exception drops it (the transaction the
    changes belong to is rolled back by the same exception)."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self._rows: list[list[Any]] = []
        self._last: tuple[int, str] | None = None

    def __enter__(self) -> Batch:
        current = _BATCHES.get(self.db)
        if current is not None and current is not self:
            current.flush()
        _BATCHES[self.db] = self
        return self

    def __exit__(self, kind: object, *exc: object) -> None:
        try:
            if kind is None:
                self.flush()
        finally:
            self._rows.clear()
            if _BATCHES.get(self.db) is self:
                del _BATCHES[self.db]

    def add(self, *, actor: str, action: str, entity: str, entity_id: str,
            old: dict[str, Any], new: dict[str, Any], reason: str = "") -> None:
        if self._last is None:
            last = self.db.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"
                                   ).fetchone()
            self._last = (last[0], last[1]) if last else (0, GENESIS)
        entry = _entry(*self._last, actor=actor, action=action, entity=entity,
                       entity_id=entity_id, old=old, new=new, reason=reason)
        self._rows.append(list(entry.values()))
        self._last = (entry["seq"], entry["hash"])

    def flush(self) -> None:
        """Write the entries held so far; the next one reads the log's end again."""
        rows, self._rows = self._rows, []
        self._last = None
        if rows:
            self.db.conn.executemany(_INSERT, rows)


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
