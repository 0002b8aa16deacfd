"""The package inbox: what has been received (and sent), and what to do with a package held
in quarantine — import it again once its key is approved, or reject it."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.models import records
from desktop.models.errors import NotFound
from desktop.models.store import Workspace
from desktop.sync import canonical, exchange, keys


@dataclass(frozen=True)
class PackageRow:
    package_hash: str
    direction: str
    type: str
    sender: str
    sequence: int
    state: str
    reason: str
    flags: str
    received_at: str
    size: int
    stored_name: str
    fingerprint: str

    def to_json(self) -> dict[str, Any]:
        return self.__dict__.copy()


def list_packages(ws: Workspace, *, direction: str | None = None) -> list[PackageRow]:
    sql, params = "SELECT * FROM packages", []
    if direction:
        sql += " WHERE direction = ?"
        params.append(direction)
    rows = []
    for row in records.rows(ws.db, sql + " ORDER BY created_at DESC", params):
        manifest = canonical.loads(row["manifest_json"].encode(), part="manifest")
        fingerprint = keys.fingerprint(keys.public_from_b64(manifest["sender"]["public_key"]))
        rows.append(PackageRow(row["package_hash"], row["direction"], row["type"],
                               row["sender_unit_code"], row["sequence"], row["state"],
                               row["reason"], row["flags"], row["created_at"], row["size"],
                               row["stored_name"], fingerprint))
    return rows


def sender_key(ws: Workspace, package_hash: str) -> bytes:
    """The public key that signed a received package (from its stored manifest)."""
    rows = records.rows(ws.db, "SELECT manifest_json FROM packages WHERE direction = 'in' AND "
                        "package_hash = ?", [package_hash])
    if not rows:
        raise NotFound("package_not_held", hash=package_hash[:12])
    manifest = canonical.loads(rows[0]["manifest_json"].encode(), part="manifest")
    return keys.public_from_b64(manifest["sender"]["public_key"])


def _held(ws: Workspace, package_hash: str) -> dict[str, Any]:
    rows = records.rows(ws.db, "SELECT * FROM packages WHERE direction = 'in' AND package_hash = ? "
                        "AND state IN ('quarantined', 'conflict')", [package_hash])
    if not rows:
        raise NotFound("package_not_held", hash=package_hash[:12])
    return rows[0]


def retry_held(ws: Workspace, package_hash: str) -> exchange.ImportResult:
    """Import a held package again (after its key was approved). Its held record stays until
    the merge replaces it in the same transaction, so a crash in between loses nothing; if it
    is still not acceptable it simply stays held."""
    row = _held(ws, package_hash)
    path = ws.folder / row["stored_name"]
    result = exchange.import_package(ws, path, retrying=True)
    if result.state == "accepted":
        with contextlib.suppress(OSError):
            Path(path).unlink()
    return result


def reject_held(ws: Workspace, package_hash: str, *, reason: str = "") -> None:
    """Drop a held package: its record (audited, with the reason) and its file."""
    row = _held(ws, package_hash)
    with ws.write() as db:
        records.delete(db, "packages", row["id"], actor=ws.operator, reason=reason or "rejected")
    with contextlib.suppress(OSError):
        (ws.folder / row["stored_name"]).unlink()


@dataclass(frozen=True)
class Change:
    code: str          # criterion code, or "task:<title>" / "evidence:<name>"
    field: str
    old: Any
    new: Any


def _submission_document(ws: Workspace, package_hash: str) -> dict[str, Any]:
    rows = records.rows(ws.db, "SELECT stored_name FROM packages WHERE direction = 'in' AND "
                        "type = 'submission' AND package_hash LIKE ? || '%'", [package_hash.lower()])
    if len(rows) != 1:
        raise NotFound("package_not_held", hash=package_hash[:12])
    from desktop.sync import package

    with package.open_package(ws.folder / rows[0]["stored_name"]) as opened:
        return opened.documents()["submission"]


def submission_changes(ws: Workspace, older: str, newer: str) -> list[Change]:
    """What changed between two received versions of a unit's submission: each criterion's
    input, score, explanation and cited evidence, the tasks, and the evidence citations."""
    before, after = _submission_document(ws, older), _submission_document(ws, newer)
    changes: list[Change] = []
    old_rows = {a["criterion"]: a for a in before.get("assessments", [])}
    new_rows = {a["criterion"]: a for a in after.get("assessments", [])}
    for code in sorted(set(old_rows) | set(new_rows), key=lambda c: [int(p) if p.isdigit() else p
                                                                      for p in c.split(".")]):
        old, new = old_rows.get(code, {}), new_rows.get(code, {})
        for field in ("input", "score", "explanation", "evidence"):
            if old.get(field) != new.get(field):
                changes.append(Change(code, field, old.get(field), new.get(field)))
    old_tasks = {t["id"]: t for t in before.get("tasks", [])}
    new_tasks = {t["id"]: t for t in after.get("tasks", [])}
    for task_id in sorted(set(old_tasks) | set(new_tasks)):
        old, new = old_tasks.get(task_id, {}), new_tasks.get(task_id, {})
        title = (new or old).get("title", task_id)
        for field in ("title", "status", "progress", "deadline", "completed_on", "owner"):
            if old.get(field) != new.get(field):
                changes.append(Change(f"task:{title}", field, old.get(field), new.get(field)))
    old_cited = {e["sha256"]: e for e in before.get("evidence", [])}
    new_cited = {e["sha256"]: e for e in after.get("evidence", [])}
    for digest in sorted(set(old_cited) | set(new_cited)):
        old, new = old_cited.get(digest, {}), new_cited.get(digest, {})
        name = (new or old).get("original_name", digest[:12])
        for field in ("doc_number", "doc_date", "issuer", "pages"):
            if old.get(field) != new.get(field):
                changes.append(Change(f"evidence:{name}", field, old.get(field), new.get(field)))
    return changes
