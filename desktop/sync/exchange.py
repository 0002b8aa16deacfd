"""Exporting and importing packages: what each kind carries, who may send it, in what order,
and how it is merged (docs/package-format.md §5–6).

Export reserves the sequence number in a committed transaction first, snapshots, writes the
file (temp → fsync → rename), and re-opens it to verify every hash before saying done (a file
that does not verify is removed).

Import copies the file into the workspace's quarantine, checks structure, manifest, signature,
authority and order, streams every member through SHA-256 into staging, and merges in one
transaction. A refusal leaves the workspace as it was — also a refusal (or a full disk) during
the merge: evidence it had moved into the store is taken out again. A package from an unknown
or unapproved key, or a second version with the same sequence, is kept in quarantine, visible,
never merged. Imports into one workspace run one at a time (a per-workspace lock; other
processes are kept out by the workspace lock), and each one first removes what an import that
died half-way left in staging/, quarantine/ and packages/ (`clean_leftovers`)."""

from __future__ import annotations

import contextlib
import dataclasses
import os
import shutil
import sqlite3
import stat
import threading
import uuid
import weakref
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop.models import (
    assessments,
    audit,
    campaigns,
    criteria,
    precheck,
    records,
    units,
    workspaces,
)
from desktop.models.decimals import format_decimal
from desktop.models.durable import fsync_dir
from desktop.models.errors import CchcError, InvalidInput, NotFound
from desktop.models.rules import compute_score, parse_rule
from desktop.models.store import LOCK_OWNER_FILENAME, Workspace, translate_os_error, utc_now
from desktop.sync import keys, package, sealing, volumes

QUARANTINE, STAGING, KEPT = "quarantine", "staging", "packages"
STATES = ("accepted", "duplicate", "stale", "conflict", "quarantined", "refused", "partial")


@dataclass
class ImportResult:
    file: str
    state: str                      # one of STATES
    code: str = ""                  # error/reason code for messages (empty when accepted)
    data: dict[str, Any] = field(default_factory=dict)
    package_hash: str = ""
    type: str = ""
    sender: str = ""
    flags: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"file": self.file, "state": self.state, "code": self.code,
                "data": {k: str(v) for k, v in self.data.items()}, "package_hash": self.package_hash,
                "type": self.type, "sender": self.sender, "flags": self.flags}


# -- helpers ---------------------------------------------------------------------------------

def _own(ws: Workspace) -> tuple[str, Any]:
    unit = units.get_unit(ws, workspaces.own_unit_id(ws))
    return ws.meta("role") or "unit", unit


def _sender(ws: Workspace, own_key: keys.OwnKey) -> dict[str, Any]:
    role, unit = _own(ws)
    return {"unit_code": unit.code, "unit_id": unit.id, "role": role, "key_id": own_key.key_id,
            "public_key": own_key.public_b64}


def _reserve(ws: Workspace, unit_code: str, campaign_id: str, kind: str) -> tuple[int, str | None]:
    """Take the next sequence number for (sender, campaign, kind) in its own committed unit of
    work, so a crash during export can only leave a gap, never a reused number."""
    with ws.write() as db:
        rows = records.rows(db, "SELECT * FROM package_sequences WHERE direction = 'out' AND "
                            "unit_code = ? AND campaign_id = ? AND type = ?",
                            [unit_code, campaign_id, kind])
        if rows:
            row = rows[0]
            records.update(db, "package_sequences", row["id"],
                           {"last_sequence": row["last_sequence"] + 1}, actor=ws.operator)
            return row["last_sequence"] + 1, row["last_hash"]
        records.insert(db, "package_sequences", {"direction": "out", "unit_code": unit_code,
                                                 "campaign_id": campaign_id, "type": kind,
                                                 "last_sequence": 1}, actor=ws.operator)
        return 1, None


def sequence_key(kind: str, recipient_code: str) -> str:
    """The counter a package's number is taken from. Kinds the coordinator sends to one unit
    (receipts, appraisal work, explanation requests, results) count per recipient, so each
    unit sees its own packages numbered 1, 2, 3… without gaps; everything else counts per
    kind."""
    if kind in ("receipt", "appraisal_work", "explanation_request", "result"):
        return f"{kind}:{recipient_code}"
    return kind


def _finish_export(ws: Workspace, built: package.Built, draft: package.Draft, unit_code: str,
                   campaign_id: str) -> package.Built:
    """Verify what was written by reading it back, then record it. A file that does not read
    back as written is removed: nobody should carry it to the coordinator."""
    try:
        with package.open_package(built.path) as opened:
            opened.check_all_members()
            if opened.package_hash != built.package_hash:
                raise InvalidInput("package_verify_failed", path=str(built.path))
    except BaseException:
        with contextlib.suppress(OSError):
            built.path.unlink()
        raise
    with ws.write() as db:
        records.insert(db, "packages", {
            "direction": "out", "package_hash": built.package_hash, "package_id": draft.package_id,
            "type": draft.type, "sender_unit_code": unit_code,
            "sender_key_id": draft.sender["key_id"], "campaign_id": campaign_id or None,
            "sequence": draft.sequence, "state": "exported", "reason": "",
            "manifest_json": package.canonical.dumps(built.manifest).decode(),
            "stored_name": built.path.name, "size": built.size,
            "recipient_unit_code": draft.recipient.get("unit_code", "")}, actor=ws.operator)
        row = records.rows(db, "SELECT id FROM package_sequences WHERE direction = 'out' AND "
                           "unit_code = ? AND campaign_id = ? AND type = ?",
                           [unit_code, campaign_id,
                            sequence_key(draft.type, draft.recipient.get("unit_code", ""))])[0]
        records.update(db, "package_sequences", row["id"], {"last_hash": built.package_hash},
                       actor=ws.operator)
    return built


def _signer(ws: Workspace, passphrase: str | None):  # noqa: ANN202
    private = keys.load_private_key(ws, passphrase)
    return private.sign


def _campaign_ref(ws: Workspace) -> tuple[Any, dict[str, Any]]:
    campaign = campaigns.require_active_campaign(ws)
    return campaign, {"id": campaign.id, "year": campaign.year}


def _coordinator(ws: Workspace) -> dict[str, str]:
    code, unit_id = ws.meta("coordinator_unit_code"), ws.meta("coordinator_unit_id")
    return {"unit_code": code or "*", "unit_id": unit_id or ""}


# -- export ----------------------------------------------------------------------------------

def export_package(ws: Workspace, out: Path, *, kind: str, recipient: dict[str, str],
                   documents: dict[str, Any], files: list[package.EvidenceFile] | None = None,
                   body: dict[str, Any] | None = None, criteria_set_hash: str | None = None,
                   campaign_id: str | None = None, passphrase: str | None = None,
                   encrypt_to: str | None = None) -> package.Built:
    """Build, sign, verify and record one package of `kind` for the campaign (the active one
    unless named): the sequence number is reserved first, the file is read back before it is
    recorded, and with `encrypt_to` (an age recipient) the signed file is then sealed.
    `recipient` is {"unit_code", "unit_id"} of the receiving unit."""
    own_key = keys.ensure_own_key(ws, passphrase=passphrase)
    _, unit = _own(ws)
    campaign = (campaigns.get_campaign(ws, campaign_id) if campaign_id
                else campaigns.require_active_campaign(ws))
    sequence, previous = _reserve(ws, unit.code, campaign.id,
                                  sequence_key(kind, recipient.get("unit_code", "")))
    draft = package.Draft(
        type=kind, sender=_sender(ws, own_key), recipient=dict(recipient),
        province=campaign.province, campaign={"id": campaign.id, "year": campaign.year},
        sequence=sequence, previous=previous, criteria_set_hash=criteria_set_hash,
        documents=documents, files=list(files or []), body=dict(body or {}))
    built = package.build(draft, out, _signer(ws, passphrase))
    built = _finish_export(ws, built, draft, unit.code, campaign.id)
    if encrypt_to:
        sealing.encrypt_in_place(built.path, encrypt_to)
    return built


def evidence_files(ws: Workspace, hashes: list[str] | set[str]) -> tuple[list[dict[str, Any]],
                                                                          list[package.EvidenceFile]]:
    """The citations (hash, name, type, size, number, date, issuer, pages) and the files to
    carry for evidence known here by hash, in hash order."""
    cited, files = [], []
    for digest in sorted(set(hashes)):
        rows = records.rows(ws.db, "SELECT * FROM evidence WHERE sha256 = ?", [digest])
        if not rows:
            raise NotFound("evidence_file_missing", name=digest[:16])
        item = rows[0]
        cited.append({k: item[k] for k in ("sha256", "original_name", "media_type", "size",
                                           "doc_number", "doc_date", "issuer", "pages")})
        path = ws.evidence.path_for(digest)
        if not path.is_file():
            raise NotFound("evidence_file_missing", name=item["original_name"])
        files.append(package.EvidenceFile(path, digest, item["size"], item["original_name"],
                                          item["media_type"]))
    return cited, files


def store_cited_evidence(ws: Workspace, citations: list[dict[str, Any]], unit_id: str | None,
                         package_hash: str) -> dict[str, str]:
    """Inside a merge: a files row and an evidence row for each citation not yet known here
    (the file itself is already in the store). Returns sha256 → evidence id."""
    db = ws.db
    ids: dict[str, str] = {}
    for item in citations:
        digest = item["sha256"]
        if not db.execute("SELECT 1 FROM files WHERE sha256 = ?", [digest]).fetchone():
            db.execute("INSERT INTO files (sha256, size, created_at) VALUES (?, ?, ?)",
                       [digest, int(item["size"]), utc_now()])
        row = db.execute("SELECT id FROM evidence WHERE sha256 = ?", [digest]).fetchone()
        if row is None:
            new = records.insert(db, "evidence", {
                "sha256": digest, "unit_id": unit_id, "original_name": item["original_name"],
                "media_type": item["media_type"], "size": int(item["size"]),
                "doc_number": item.get("doc_number") or "", "doc_date": item.get("doc_date"),
                "issuer": item.get("issuer") or "", "pages": item.get("pages") or ""},
                actor=ws.operator, reason=f"package {package_hash[:12]}")
            ids[digest] = new["id"]
        else:
            ids[digest] = row[0]
    return ids


def export_enrolment(ws: Workspace, out: Path, *, passphrase: str | None = None) -> package.Built:
    own_key = keys.ensure_own_key(ws, passphrase=passphrase)
    role, unit = _own(ws)
    proof = keys.load_private_key(ws, passphrase).sign(keys.proof_statement(unit.id, own_key.key_id))
    campaign = campaigns.active_campaign(ws)
    campaign_id = campaign.id if campaign else ""
    sequence, previous = _reserve(ws, unit.code, campaign_id, "enrolment")
    import base64

    draft = package.Draft(
        type="enrolment", sender=_sender(ws, own_key), recipient=_coordinator(ws),
        province=unit.province, campaign={"id": campaign.id, "year": campaign.year} if campaign else None,
        sequence=sequence, previous=previous,
        documents={"enrolment": {"unit": {"code": unit.code, "name": unit.name,
                                          "unit_type": unit.unit_type, "id": unit.id,
                                          "province": unit.province}}},
        body={"proof": base64.b64encode(proof).decode("ascii"), "fingerprint": own_key.fingerprint})
    built = package.build(draft, out, _signer(ws, passphrase))
    return _finish_export(ws, built, draft, unit.code, campaign_id)


def _assessment_records(ws: Workspace, campaign_id: str, unit_id: str) -> tuple[list, list]:
    rows = records.rows(ws.db, "SELECT a.*, c.code FROM assessments a JOIN criteria c ON "
                        "c.id = a.criterion_id WHERE a.campaign_id = ? AND a.unit_id = ? "
                        "ORDER BY c.position", [campaign_id, unit_id])
    out, hashes = [], set()
    for row in rows:
        linked = [r["sha256"] for r in records.rows(
            ws.db, "SELECT e.sha256 FROM evidence e JOIN evidence_assessments l ON "
            "l.evidence_id = e.id WHERE l.assessment_id = ? ORDER BY e.sha256", [row["id"]])]
        hashes.update(linked)
        out.append({"id": row["id"], "criterion": row["code"], "input_kind": row["input_kind"],
                    "input": row["input_value"], "score": row["score"],
                    "explanation": row["explanation"], "status": row["status"],
                    "evidence": linked, "updated_at": row["updated_at"],
                    "updated_by": row["updated_by"]})
    return out, sorted(hashes)


def export_submission(ws: Workspace, out: Path, *, passphrase: str | None = None,
                      full: bool = False, max_size: int | None = None,
                      encrypt: bool = False) -> package.Built:
    """The unit's self-assessment with its evidence. Refused while the check before
    submitting lists errors. Unless `full`, files Sở Nội vụ's latest receipt says it already
    holds are cited by hash and not carried again (an incremental submission)."""
    own_key = keys.ensure_own_key(ws, passphrase=passphrase)
    role, unit = _own(ws)
    campaign, campaign_ref = _campaign_ref(ws)
    items = precheck.check_before_submit(ws, campaign.id, unit.id)
    if not precheck.can_submit(items):
        errors = [i for i in items if i.severity == "error"]
        raise InvalidInput("submission_has_errors", count=len(errors))
    recipient = ws.meta(sealing.RECIPIENT_KEY) if encrypt else None
    if encrypt and not recipient:
        raise InvalidInput("no_encryption_key")
    group = campaigns.group_of(ws, campaign.id, unit.id)
    criteria_set = criteria.get_criteria_set(ws, group.criteria_set_id)
    assessed, hashes = _assessment_records(ws, campaign.id, unit.id)
    task_rows = records.rows(ws.db, "SELECT * FROM tasks WHERE unit_id = ? ORDER BY created_at",
                             [unit.id])
    task_records = [{k: row[k] for k in ("id", "title", "source", "source_ref", "owner", "deadline",
                                         "status", "progress", "completed_on", "notes")}
                    | {"evidence": [r["sha256"] for r in records.rows(
                        ws.db, "SELECT e.sha256 FROM evidence e JOIN evidence_tasks l ON "
                        "l.evidence_id = e.id WHERE l.task_id = ? ORDER BY e.sha256", [row["id"]])]}
                    for row in task_rows]
    for task in task_records:
        hashes = sorted(set(hashes) | set(task["evidence"]))
    cited = []
    files = []
    holds = set() if full else coordinator_holds(ws, campaign.id)
    for digest in hashes:
        item = records.rows(ws.db, "SELECT * FROM evidence WHERE sha256 = ?", [digest])[0]
        cited.append({k: item[k] for k in ("sha256", "original_name", "media_type", "size",
                                           "doc_number", "doc_date", "issuer", "pages")})
        if digest in holds:
            continue
        path = ws.evidence.path_for(digest)
        if not path.is_file():
            raise NotFound("evidence_file_missing", name=item["original_name"])
        files.append(package.EvidenceFile(path, digest, item["size"], item["original_name"],
                                          item["media_type"]))
    sequence, previous = _reserve(ws, unit.code, campaign.id, "submission")
    draft = package.Draft(
        type="submission", sender=_sender(ws, own_key), recipient=_coordinator(ws),
        province=campaign.province, campaign=campaign_ref, sequence=sequence, previous=previous,
        criteria_set_hash=criteria_set.content_hash,
        documents={"submission": {"unit": {"code": unit.code, "name": unit.name},
                                  "assessments": assessed, "tasks": task_records,
                                  "evidence": cited}},
        files=files,
        body=({"incremental": True, "references": sorted(holds & set(hashes))}
              if holds & set(hashes) else {}))
    built = package.build(draft, out, _signer(ws, passphrase))
    built = _finish_export(ws, built, draft, unit.code, campaign.id)
    built = _maybe_split(built, draft, max_size, _signer(ws, passphrase))
    if recipient:  # sign inside, encrypt outside: every file that leaves is encrypted
        for path in built.volumes or (built.path,):
            sealing.encrypt_in_place(path, recipient)
    return built


def submission_sizes(ws: Workspace) -> dict[str, int]:
    """Evidence bytes a submission would carry now: all of it (full) or only what Sở Nội vụ
    does not hold yet (incremental) — what the export dialog shows before exporting."""
    campaign = campaigns.require_active_campaign(ws)
    unit_id = workspaces.own_unit_id(ws)
    _, hashes = _assessment_records(ws, campaign.id, unit_id)
    task_hashes = {r["sha256"] for r in records.rows(
        ws.db, "SELECT DISTINCT e.sha256 FROM evidence e JOIN evidence_tasks l ON "
        "l.evidence_id = e.id JOIN tasks t ON t.id = l.task_id WHERE t.unit_id = ?", [unit_id])}
    cited = set(hashes) | task_hashes
    holds = coordinator_holds(ws, campaign.id)
    sizes = {r["sha256"]: r["size"] for r in records.rows(
        ws.db, "SELECT sha256, size FROM evidence")}
    return {"full": sum(sizes.get(h, 0) for h in cited),
            "incremental": sum(sizes.get(h, 0) for h in cited - holds),
            "files": len(cited), "new_files": len(cited - holds)}


def _maybe_split(built: package.Built, draft: package.Draft, max_size: int | None,
                 sign) -> package.Built:  # noqa: ANN001
    """Volumes when the verified package is larger than the size the user chose."""
    if not max_size:
        return built
    parts = volumes.split(built, draft, max_size, sign)
    if parts is None:
        return built
    for part in parts.volumes:  # each volume is verified on its own, like any package
        with package.open_package(part) as opened:
            opened.check_all_members()
    return dataclasses.replace(built, volumes=tuple(parts.volumes), list_file=parts.list_file)


def export_campaign(ws: Workspace, out: Path, *, passphrase: str | None = None) -> package.Built:
    """The coordinator's campaign for every unit: campaign, registry, criteria sets, deadlines,
    bands and the approved unit keys, signed by the province root (this installation's key)."""
    own_key = keys.ensure_own_key(ws, passphrase=passphrase)
    role, unit = _own(ws)
    if role != "coordinator":
        raise InvalidInput("package_wrong_role", role=role, needed="coordinator")
    kinds()  # the coordination modules add their campaign documents when loaded
    campaign, campaign_ref = _campaign_ref(ws)
    groups = records.rows(ws.db, "SELECT * FROM unit_groups WHERE campaign_id = ? ORDER BY code",
                          [campaign.id])
    sets = {}
    for group in groups:
        data = criteria.set_as_data(ws, group["criteria_set_id"])
        sets[criteria.content_hash(data)] = data
    enrolled = records.rows(ws.db, "SELECT u.*, g.code AS group_code FROM campaign_units cu JOIN "
                            "units u ON u.id = cu.unit_id JOIN unit_groups g ON g.id = cu.group_id "
                            "WHERE cu.campaign_id = ? ORDER BY u.code", [campaign.id])
    unit_docs = [{k: row[k] for k in ("id", "code", "name", "unit_type", "province", "valid_from",
                                      "valid_to")} | {"group": row["group_code"]} for row in enrolled]
    document = {
        "campaign": {"id": campaign.id, "year": campaign.year, "title": campaign.title,
                     "province": campaign.province, "is_sample": bool(campaign.is_sample),
                     "is_demo": bool(campaign.is_demo)},
        "coordinator": {"code": unit.code, "id": unit.id, "name": unit.name,
                        "encryption_recipient": sealing.ensure_identity(ws)},
        "groups": [{"code": g["code"], "name": g["name"],
                    "criteria_set_hash": criteria.get_criteria_set(ws, g["criteria_set_id"]).content_hash}
                   for g in groups],
        "units": unit_docs,
        "deadlines": [{"kind": d.kind, "due_date": d.due_date, "label": d.label}
                      for d in campaigns.deadlines(ws, campaign.id)],
        "rating_bands": [{"label": b.label, "min_percent": b.min_percent}
                         for b in campaigns.rating_bands(ws, campaign.id)],
        "keys": [{"unit_code": k.unit_code, "public_key": k.public_key}
                 for k in keys.list_keys(ws) if k.role == "unit" and k.status == "approved"],
    }
    sequence, previous = _reserve(ws, unit.code, campaign.id, "campaign")
    draft = package.Draft(
        type="campaign", sender=_sender(ws, own_key), recipient={"unit_code": "*", "unit_id": ""},
        province=campaign.province, campaign=campaign_ref, sequence=sequence, previous=previous,
        documents={"campaign": document, "criteria_sets": {"sets": [sets[h] for h in sorted(sets)]}})
    for hook in CAMPAIGN_EXPORT_HOOKS:
        for name, extra in hook(ws, campaign.id).items():
            if name in draft.documents:
                raise ValueError(f"campaign document {name!r} given twice")
            draft.documents[name] = extra
    built = package.build(draft, out, _signer(ws, passphrase))
    return _finish_export(ws, built, draft, unit.code, campaign.id)


def export_receipt(ws: Workspace, out: Path, *, package_hash: str | None = None,
                   passphrase: str | None = None) -> package.Built:
    """A signed acknowledgement of a received submission (by default the latest one)."""
    own_key = keys.ensure_own_key(ws, passphrase=passphrase)
    role, unit = _own(ws)
    sql = "SELECT * FROM packages WHERE direction = 'in' AND type = 'submission'"
    params: list[Any] = []
    if package_hash:
        sql += " AND package_hash LIKE ? || '%'"
        params.append(package_hash.lower())
    rows = records.rows(ws.db, sql + " ORDER BY created_at DESC LIMIT 1", params)
    if not rows:
        raise NotFound("no_package_to_acknowledge")
    received = rows[0]
    manifest = package.canonical.loads(received["manifest_json"].encode(), part="manifest")
    held = sorted(held_for_unit(ws, manifest["sender"]["unit_code"], received["campaign_id"] or ""))
    campaign_id = received["campaign_id"] or ""
    sequence, previous = _reserve(ws, unit.code, campaign_id,
                                  sequence_key("receipt", manifest["sender"]["unit_code"]))
    draft = package.Draft(
        type="receipt", sender=_sender(ws, own_key),
        recipient={"unit_code": manifest["sender"]["unit_code"],
                   "unit_id": manifest["sender"]["unit_id"]},
        province=manifest["province"], campaign=manifest["campaign"], sequence=sequence,
        previous=previous,
        documents={"receipt": {"evidence_held": held}},
        body={"received": received["package_hash"], "received_sequence": received["sequence"],
              "outcome": received["state"], "reason": received["reason"]})
    built = package.build(draft, out, _signer(ws, passphrase))
    return _finish_export(ws, built, draft, unit.code, campaign_id)


# -- import ----------------------------------------------------------------------------------

class Held(Exception):
    """Not merged, but kept in quarantine and recorded (unknown key, conflict)."""

    def __init__(self, state: str, code: str, **data: Any) -> None:
        super().__init__(code)
        self.state, self.code, self.data = state, code, data


def _copy_in(ws: Workspace, source: Path) -> Path:
    folder = ws.folder / QUARANTINE
    target = folder / f"{uuid.uuid4()}.cchc"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # copyfile uses the system's in-kernel copy where there is one (sendfile on Linux,
        # fcopyfile on macOS); the copy is then fsynced through a handle of its own.
        shutil.copyfile(source, target)
        with open(target, "r+b") as dst:
            os.fsync(dst.fileno())
    except FileNotFoundError as exc:
        with contextlib.suppress(OSError):
            target.unlink()
        raise InvalidInput("file_missing", path=str(source)) from exc
    except IsADirectoryError as exc:
        with contextlib.suppress(OSError):
            target.unlink()
        raise InvalidInput("file_is_directory", path=str(source)) from exc
    except OSError as exc:
        with contextlib.suppress(OSError):
            target.unlink()
        raise translate_os_error(exc, folder) from exc
    return target


def _last_in(ws: Workspace, sender_code: str, campaign_id: str, kind: str) -> dict | None:
    rows = records.rows(ws.db, "SELECT * FROM package_sequences WHERE direction = 'in' AND "
                        "unit_code = ? AND campaign_id = ? AND type = ?",
                        [sender_code, campaign_id, kind])
    return rows[0] if rows else None


def _authorise(ws: Workspace, opened: package.Opened, trust_fingerprint: str | None) -> list[str]:
    """Step 5: who may send this kind to us. Returns flags; raises InvalidInput or Held."""
    handler = kinds().get(opened.type)
    if handler is None:
        raise InvalidInput("package_type_unsupported", type=opened.type)
    return handler.authorise(ws, opened, trust_fingerprint)


def _authorise_campaign(ws: Workspace, opened: package.Opened,
                        trust_fingerprint: str | None) -> list[str]:
    role, _ = _own(ws)
    recipient = opened.manifest["recipient"]["unit_code"]
    flags: list[str] = []
    if role == "coordinator":
        raise InvalidInput("package_wrong_role", role=role, needed="unit")
    if recipient != "*":
        raise InvalidInput("package_not_for_us", recipient=recipient)
    root = keys.pinned_root(ws)
    if root is None:
        if not trust_fingerprint:
            raise InvalidInput("root_confirmation_needed",
                               fingerprint=keys.fingerprint(opened.signer_raw))
        if keys.normalise_fingerprint(trust_fingerprint) != keys.normalise_fingerprint(
                keys.fingerprint(opened.signer_raw)):
            raise InvalidInput("fingerprint_mismatch", expected=trust_fingerprint,
                               actual=keys.fingerprint(opened.signer_raw))
        flags.append("root_pinned")
    elif root.key_id != opened.sender["key_id"]:
        raise InvalidInput("package_not_from_root", key_id=opened.sender["key_id"])
    return flags


def authorise_from_root(ws: Workspace, opened: package.Opened,
                        _trust: str | None = None) -> list[str]:
    """Coordinator → this unit (receipt, appraisal work, explanation request, results): signed
    by the pinned province root and addressed to our own unit by code."""
    _, unit = _own(ws)
    root = keys.pinned_root(ws)
    if root is None or root.key_id != opened.sender["key_id"]:
        raise InvalidInput("package_not_from_root", key_id=opened.sender["key_id"])
    recipient = opened.manifest["recipient"]["unit_code"]
    if recipient != unit.code:
        raise InvalidInput("package_not_for_us", recipient=recipient)
    return []


def _authorise_enrolment(ws: Workspace, opened: package.Opened,
                         _trust: str | None = None) -> list[str]:
    import base64

    flags = _to_coordinator(ws, opened)
    sender = opened.sender
    try:
        proof = base64.b64decode(opened.manifest["body"].get("proof", ""), validate=True)
    except (ValueError, TypeError) as exc:
        raise InvalidInput("enrolment_bad_proof", unit=sender["unit_code"]) from exc
    if not keys.check_proof(opened.signer_raw, sender["unit_id"], proof):
        raise InvalidInput("enrolment_bad_proof", unit=sender["unit_code"])
    return flags


def _to_coordinator(ws: Workspace, opened: package.Opened) -> list[str]:
    role, unit = _own(ws)
    if role != "coordinator":
        raise InvalidInput("package_wrong_role", role=role, needed="coordinator")
    recipient = opened.manifest["recipient"]["unit_code"]
    if recipient not in ("*", unit.code):
        raise InvalidInput("package_not_for_us", recipient=recipient)
    return ["recipient_unnamed"] if recipient == "*" else []


def authorise_to_coordinator(ws: Workspace, opened: package.Opened,
                             _trust: str | None = None, *, enrolled: bool = True) -> list[str]:
    """A unit → the coordinator, for one of our campaigns (submission, explanation, proposal,
    appraisal result). With `enrolled`, the sender must take part in the campaign and answer
    its group's criteria set (when the manifest names one); otherwise it must only be a unit
    of the registry. A key that is not approved for the sender keeps the package in
    quarantine."""
    manifest, sender = opened.manifest, opened.sender
    flags = _to_coordinator(ws, opened)
    campaign = manifest["campaign"]
    if campaign is None:
        raise InvalidInput("package_not_for_us", recipient="campaign")
    try:
        ours = campaigns.get_campaign(ws, campaign["id"])
    except NotFound as exc:
        raise InvalidInput("package_unknown_campaign", campaign=campaign["id"]) from exc
    if ours.province != manifest["province"]:
        raise InvalidInput("package_other_province", province=manifest["province"])
    try:
        sender_unit = units.unit_by_code(ws, sender["unit_code"])
        group = campaigns.group_of(ws, ours.id, sender_unit.id) if enrolled else None
    except NotFound as exc:
        raise InvalidInput("package_unknown_unit", unit=sender["unit_code"]) from exc
    if group is not None and (manifest["criteria_set_hash"] is not None
                              or opened.type == "submission"):
        expected_hash = criteria.get_criteria_set(ws, group.criteria_set_id).content_hash
        if manifest["criteria_set_hash"] != expected_hash:
            raise InvalidInput("package_unknown_criteria_set",
                               hash=str(manifest["criteria_set_hash"]))
    if not keys.trusted_for(ws, opened.signer_raw, sender["unit_code"]):
        raise Held("quarantined", "package_untrusted_key", unit=sender["unit_code"],
                   fingerprint=keys.fingerprint(opened.signer_raw))
    return flags


def _authorise_submission(ws: Workspace, opened: package.Opened,
                          trust: str | None = None) -> list[str]:
    flags = authorise_to_coordinator(ws, opened, trust)
    campaign_id = opened.manifest["campaign"]["id"]
    unit = units.unit_by_code(ws, opened.sender["unit_code"])
    stage = ws.db.execute("SELECT stage FROM unit_results WHERE campaign_id = ? AND unit_id = ?",
                          [campaign_id, unit.id]).fetchone()
    if stage is not None and stage[0] == "approved":
        # Final scores are approved and locked: a new self-assessment is never applied
        # silently. It waits in quarantine until the approval is lifted (with a reason).
        raise Held("quarantined", "submission_after_approval", unit=unit.code)
    due = [d.due_date for d in campaigns.deadlines(ws, campaign_id) if d.kind == "self_scoring"]
    sent_on = opened.manifest["created_at"][:10]
    if due and sent_on > max(due):
        flags.append(f"late:{max(due)}")
    return flags


# -- the kinds of package this installation can merge -----------------------------------------

@dataclass(frozen=True)
class Kind:
    """How one package type is authorised (step 5: returns flags, raises InvalidInput or Held)
    and merged (step 8, inside the import's transaction). `files_document` names the data
    document whose top-level `evidence` list describes the files a package of this kind may
    carry (None: it carries none); each other top-level list of that document holds records
    that may cite evidence by hash in their own `evidence` list."""
    authorise: Any
    merge: Any
    files_document: str | None = None


KINDS: dict[str, Kind] = {}
# Modules that add kinds of their own when imported (the coordination cycle).
PLUGINS = ("desktop.sync.appraisal", "desktop.sync.results", "desktop.sync.plan")


def register_kind(name: str, *, authorise, merge, files_document: str | None = None) -> None:  # noqa: ANN001
    if name not in package.TYPES:
        raise ValueError(f"unknown package type {name!r}")
    KINDS[name] = Kind(authorise, merge, files_document)


def kinds() -> dict[str, Kind]:
    import importlib

    for module in PLUGINS:
        importlib.import_module(module)
    return KINDS


def _already_have(ws: Workspace, opened: package.Opened, *, retrying: bool = False) -> bool:
    """The same package hash was received before (merged, or held): nothing happens — except
    when a held package is being imported again on purpose (after its key was approved)."""
    row = ws.db.execute("SELECT state FROM packages WHERE direction = 'in' AND package_hash = ?",
                        [opened.package_hash]).fetchone()
    if row is None:
        return False
    return not (retrying and row[0] in ("quarantined", "conflict"))


def _order(ws: Workspace, opened: package.Opened) -> list[str]:
    """Step 6, after authority (step 5), so a package nobody may send can never be recorded
    as a conflict or refused as stale in a trusted sender's name. Returns flags; raises
    InvalidInput for stale, Held for a conflict. (The same package again was already told
    apart by `_already_have`.)"""
    manifest = opened.manifest
    campaign_id = manifest["campaign"]["id"] if manifest["campaign"] else ""
    last = _last_in(ws, opened.sender["unit_code"], campaign_id, opened.type)
    flags = []
    if last is not None:
        if manifest["sequence"] < last["last_sequence"]:
            raise InvalidInput("package_stale", sequence=manifest["sequence"],
                               last=last["last_sequence"])
        if manifest["sequence"] == last["last_sequence"]:
            raise Held("conflict", "package_conflict", sequence=manifest["sequence"])
        if manifest["sequence"] > last["last_sequence"] + 1:
            flags.append(f"gap:{last['last_sequence'] + 1}-{manifest['sequence'] - 1}")
    elif manifest["sequence"] > 1:
        flags.append(f"gap:1-{manifest['sequence'] - 1}")
    return flags


def _stage(ws: Workspace, opened: package.Opened) -> tuple[Path, dict[str, Path]]:
    """Step 7: every evidence member streamed through SHA-256 into staging."""
    folder = ws.folder / STAGING / str(uuid.uuid4())
    staged: dict[str, Path] = {}
    try:
        folder.mkdir(parents=True)
        for member in opened.evidence_members():
            target = folder / member["sha256"]
            with open(target, "wb") as out:
                opened.copy_member(member, out)
                out.flush()
                os.fsync(out.fileno())
            staged[member["sha256"]] = target
    except OSError as exc:
        shutil.rmtree(folder, ignore_errors=True)
        raise translate_os_error(exc, folder) from exc
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return folder, staged


def _records_list(doc: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = doc.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise InvalidInput("package_bad_records", reason=key)
    return value


def held_for_unit(ws: Workspace, unit_code: str, campaign_id: str) -> set[str]:
    """The evidence (by hash) this installation has received from a unit for a campaign:
    every file carried by that unit's accepted submissions and explanations, whose file is in
    the store."""
    held: set[str] = set()
    for row in records.rows(ws.db, "SELECT manifest_json FROM packages WHERE direction = 'in' "
                            "AND type IN ('submission', 'explanation') AND state = 'accepted' AND "
                            "sender_unit_code = ? AND campaign_id = ?", [unit_code, campaign_id]):
        manifest = package.canonical.loads(row["manifest_json"].encode(), part="manifest")
        held.update(m["sha256"] for m in manifest["members"] if m["role"] == "evidence")
    return {digest for digest in held if ws.evidence.has(digest)}


def coordinator_holds(ws: Workspace, campaign_id: str) -> set[str]:
    """(Unit side) the evidence Sở Nội vụ said it holds for us, from its latest receipt."""
    value = ws.meta(f"coordinator_holds:{campaign_id}")
    return set(package.canonical.loads(value.encode(), part="meta")["sha256"]) if value else set()


def _check_references(opened: package.Opened, documents: dict[str, Any],
                      ws: Workspace | None = None) -> None:
    """§3: every evidence hash a record cites is a file of this package, described once in the
    evidence list of the kind's files document; and every file of the package is described
    there (a file nobody describes could not be recorded, only left in the store). Files a
    unit's earlier packages already brought (incremental submissions, explanations) may be
    cited without being carried again."""
    handler = kinds().get(opened.type)
    document = handler.files_document if handler is not None else None
    if document is None:
        if opened.evidence_members():
            # §5: only some kinds carry files; anything else would put files nobody
            # describes into the store (and an enrolment may come from anyone).
            raise InvalidInput("package_bad_records", reason="evidence_not_allowed",
                               details=opened.type)
        return
    doc = documents.get(document)
    if not isinstance(doc, dict):
        raise InvalidInput("package_bad_records", reason=document)
    held = {m["sha256"] for m in opened.evidence_members()}
    # Files cited but not carried: each must be one this installation already received from
    # the same unit for the same campaign.
    already: set[str] = set()
    if ws is not None and opened.manifest["campaign"]:
        already = held_for_unit(ws, opened.sender["unit_code"], opened.manifest["campaign"]["id"])
    described: set[str] = set()
    missing: list[str] = []
    for item in _records_list(doc, "evidence"):
        digest = item.get("sha256")
        if not isinstance(digest, str):
            raise InvalidInput("package_missing_evidence", sha256=str(digest)[:16])
        if digest not in held and digest not in already:
            missing.append(str(item.get("original_name") or digest[:16]))
        described.add(digest)
    if missing:
        raise InvalidInput("package_references_missing", count=len(missing),
                           names="; ".join(missing[:10]) + ("…" if len(missing) > 10 else ""))
    for key, value in doc.items():
        if key == "evidence" or not isinstance(value, list):
            continue
        for record in _records_list(doc, key):
            cited = record.get("evidence", [])
            if not isinstance(cited, list):
                raise InvalidInput("package_bad_records", reason="evidence")
            for digest in cited:
                if not isinstance(digest, str) or digest not in described:
                    raise InvalidInput("package_missing_evidence", sha256=str(digest)[:16])
    if held - described:
        raise InvalidInput("package_bad_records", reason="evidence_not_described",
                           details=sorted(held - described)[0][:16])


# One import at a time per open workspace, even from several threads of this process (the
# Workspace's one SQLite connection must not interleave two imports' transactions). Other
# processes are kept out by the workspace lock (`open_workspace` raises WorkspaceLocked).
_IMPORT_LOCKS: weakref.WeakKeyDictionary[Workspace, threading.RLock] = weakref.WeakKeyDictionary()
_IMPORT_LOCKS_GUARD = threading.Lock()


def _import_lock(ws: Workspace) -> threading.RLock:
    with _IMPORT_LOCKS_GUARD:
        lock = _IMPORT_LOCKS.get(ws)
        if lock is None:
            lock = _IMPORT_LOCKS[ws] = threading.RLock()
        return lock


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink()


def clean_leftovers(ws: Workspace, *, keep: Path | None = None) -> list[str]:
    """Remove what an import that died half-way (killed, crashed, power cut) left behind:
    everything in `staging/`, and the files of `quarantine/` and `packages/` that no packages
    row points at (a partial or complete copy of a package that never got a row). Only what is
    older than this process's hold on the workspace (the mtime of the lock-owner file written
    when it was opened) is touched, so nothing a running import of this process made is; and
    never `keep` (the file being imported, which may itself lie in quarantine). Evidence moved
    into the content-addressed store by a merge that never committed stays: it is complete
    (fsynced before the move), harmless, and reused when the package is imported again.
    Returns the removed names (relative to the workspace); a file that cannot be removed is
    left for next time."""
    try:
        cutoff = (ws.folder / LOCK_OWNER_FILENAME).stat().st_mtime
    except OSError:
        return []
    keep_real = os.path.realpath(keep) if keep is not None else None

    def stale(path: Path) -> bool:
        try:
            return path.lstat().st_mtime < cutoff and os.path.realpath(path) != keep_real
        except OSError:
            return False

    removed: list[str] = []
    with contextlib.suppress(OSError):
        for entry in sorted((ws.folder / STAGING).iterdir()):
            if stale(entry):
                _remove(entry)
                removed.append(f"{STAGING}/{entry.name}")
    referenced = {row[0] for row in ws.db.execute("SELECT stored_name FROM packages")}
    for folder in (QUARANTINE, KEPT):
        with contextlib.suppress(OSError):
            for entry in sorted((ws.folder / folder).iterdir()):
                name = f"{folder}/{entry.name}"
                with contextlib.suppress(OSError):
                    if (name not in referenced and stat.S_ISREG(entry.lstat().st_mode)
                            and stale(entry)):
                        entry.unlink()
                        removed.append(name)
    return removed


def import_package(ws: Workspace, source: Path, *, trust_fingerprint: str | None = None,
                   progress=None, retrying: bool = False) -> ImportResult:  # noqa: ANN001
    """One package, all the steps of §6. Never raises for a bad package: the result says what
    happened and why (state 'refused' with a message code). Storage failures do raise, and
    leave nothing half-written. Imports into one workspace run one at a time."""
    with _import_lock(ws):
        return _import_one(ws, Path(source), trust_fingerprint, retrying)


def _import_one(ws: Workspace, source: Path, trust_fingerprint: str | None,
                retrying: bool = False) -> ImportResult:
    result = ImportResult(file=str(source), state="refused")
    quarantined: Path | None = None
    staging: Path | None = None
    keep_in_quarantine = False
    try:
        clean_leftovers(ws, keep=source)
        quarantined = _copy_in(ws, source)
        if sealing.is_encrypted(quarantined):  # decrypt inside the quarantine, never elsewhere
            plain = quarantined.with_name(f"{uuid.uuid4()}.cchc")
            try:
                sealing.decrypt_to(ws, quarantined, plain, shown_name=str(source))
            finally:
                with contextlib.suppress(OSError):
                    quarantined.unlink()
            quarantined = plain
        with package.open_package(quarantined) as opened:
            result.package_hash, result.type = opened.package_hash, opened.type
            result.sender = opened.sender["unit_code"]
            waiting = volumes.receive(ws, opened, source) if opened.type == "volume" else None
            if waiting is not None and waiting["joined"] is None:
                result.state, result.code = "partial", "volumes_waiting"
                result.data = {"received": waiting["received"], "count": waiting["count"],
                               "missing": ", ".join(str(i) for i in waiting["missing"])}
                if waiting["duplicate"]:
                    result.flags.append(f"duplicate_volume:{waiting['index']}")
                return result
            if waiting is None:
                if _already_have(ws, opened, retrying=retrying):
                    result.state = "duplicate"
                    return result
                try:
                    flags = _authorise(ws, opened, trust_fingerprint)
                    flags += _order(ws, opened)
                except Held as held:
                    keep_in_quarantine = _record_held(ws, opened, quarantined, held)
                    result.state, result.code, result.data = held.state, held.code, held.data
                    return result
                documents = opened.documents()
                _check_references(opened, documents, ws)
                staging, staged = _stage(ws, opened)
        if waiting is not None:  # the last volume: import the whole package it completes
            joined = waiting["joined"]
            try:
                whole = _import_one(ws, joined, trust_fingerprint, retrying)
            finally:
                with contextlib.suppress(OSError):
                    joined.unlink()
            whole.file = str(source)
            whole.flags.append(f"joined:{waiting['count']}")
            return whole
        # The archive is closed before its file is moved (Windows cannot rename an open file).
        _merge(ws, opened, documents, staged, quarantined, flags, trust_fingerprint)
        result.state, result.flags = "accepted", flags
        quarantined = None  # moved into packages/
        return result
    except InvalidInput as error:
        # An older number is its own outcome ("stale"), not damage: it changes nothing either.
        state = "stale" if error.code == "package_stale" else "refused"
        result.state, result.code, result.data = state, error.code, dict(error.data)
        if quarantined is not None and result.data.get("path") == str(quarantined):
            result.data["path"] = str(source)  # the file the user chose, not our copy of it
        return result
    finally:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)
        if quarantined is not None and not keep_in_quarantine:
            with contextlib.suppress(OSError):
                quarantined.unlink()


def _record_held(ws: Workspace, opened: package.Opened, file: Path, held: Held) -> bool:
    """Record a held package (its file stays in quarantine). False if it was already."""
    manifest = opened.manifest
    with ws.write() as db:
        if db.execute("SELECT 1 FROM packages WHERE direction = 'in' AND package_hash = ?",
                      [opened.package_hash]).fetchone():
            return False
        records.insert(db, "packages", {
            "direction": "in", "package_hash": opened.package_hash,
            "package_id": manifest["package_id"], "type": opened.type,
            "sender_unit_code": opened.sender["unit_code"], "sender_key_id": opened.sender["key_id"],
            "campaign_id": manifest["campaign"]["id"] if manifest["campaign"] else None,
            "sequence": manifest["sequence"], "state": held.state, "reason": held.code,
            "manifest_json": opened.manifest_bytes.decode(), "stored_name": f"{QUARANTINE}/{file.name}",
            "size": file.stat().st_size}, actor=ws.operator)
    return True




def _merge(ws: Workspace, opened: package.Opened, documents: dict[str, Any],
           staged: dict[str, Path], file: Path, flags: list[str],
           trust_fingerprint: str | None) -> None:
    """Step 8, in one transaction. Evidence files go into the store first (by rename, content
    addressed, the folder fsynced), so no row can point at a file that is not there. If the
    transaction does not commit, the files this merge put in the store (and the package it
    moved to packages/) are taken out again: a refusal at this stage changes nothing either."""
    placed: list[tuple[str, Path]] = []
    made: list[Path] = []  # store folders this merge created
    manifest = opened.manifest
    kept = ws.folder / KEPT / f"{opened.package_hash}.cchc"
    moved = False
    try:
        for digest, path in staged.items():
            target = ws.evidence.path_for(digest)
            if not target.is_file():
                for folder in (target.parent.parent, target.parent):
                    if not folder.is_dir():
                        folder.mkdir(exist_ok=True)
                        made.append(folder)
                os.replace(path, target)
                placed.append((digest, target))
        for folder in {target.parent for _, target in placed}:
            fsync_dir(folder)
        kept.parent.mkdir(parents=True, exist_ok=True)
        campaign_id = manifest["campaign"]["id"] if manifest["campaign"] else ""
        with ws.write() as db:
            existing = records.rows(db, "SELECT id, state FROM packages WHERE direction = 'in' "
                                    "AND package_hash = ?", [opened.package_hash])
            if existing and existing[0]["state"] == "accepted":
                return  # another import of the same package got here first
            if existing:  # a held package imported again: its record is replaced in this unit
                records.delete(db, "packages", existing[0]["id"], actor=ws.operator,
                               reason="imported after review")
            merger = kinds()[opened.type].merge
            try:
                merger(ws, opened, documents, trust_fingerprint)
            except (KeyError, TypeError, ValueError, AttributeError, sqlite3.IntegrityError) as exc:
                # Signed, but the records do not fit: refuse the whole package, merge nothing.
                raise InvalidInput("package_bad_records", reason=type(exc).__name__,
                                   details=str(exc)) from exc
            records.insert(db, "packages", {
                "direction": "in", "package_hash": opened.package_hash,
                "package_id": manifest["package_id"], "type": opened.type,
                "sender_unit_code": opened.sender["unit_code"],
                "sender_key_id": opened.sender["key_id"],
                "campaign_id": campaign_id or None, "sequence": manifest["sequence"],
                "state": "accepted", "reason": "", "flags": " ".join(flags),
                "manifest_json": opened.manifest_bytes.decode(),
                "stored_name": f"{KEPT}/{kept.name}", "size": file.stat().st_size},
                actor=ws.operator)
            last = _last_in(ws, opened.sender["unit_code"], campaign_id, opened.type)
            if last is None:
                records.insert(db, "package_sequences", {
                    "direction": "in", "unit_code": opened.sender["unit_code"],
                    "campaign_id": campaign_id, "type": opened.type,
                    "last_sequence": manifest["sequence"], "last_hash": opened.package_hash},
                    actor=ws.operator)
            else:
                records.update(db, "package_sequences", last["id"], {
                    "last_sequence": manifest["sequence"], "last_hash": opened.package_hash},
                    actor=ws.operator)
            os.replace(file, kept)  # inside the transaction: if this fails, nothing is merged
            moved = True
            fsync_dir(kept.parent)
    except BaseException:
        if moved:
            with contextlib.suppress(OSError):
                kept.unlink()
        for digest, target in placed:
            # Not if a row points at it after all (the same file added meanwhile).
            with contextlib.suppress(sqlite3.Error, OSError):
                if not ws.db.execute("SELECT 1 FROM files WHERE sha256 = ?", [digest]).fetchone():
                    target.unlink()
        for folder in reversed(made):
            with contextlib.suppress(OSError):
                folder.rmdir()  # only if empty
        raise


def _merge_submission(ws: Workspace, opened: package.Opened, documents: dict[str, Any],
                      _trust: str | None) -> None:
    """A unit's self-assessment. Survey criteria are the coordinator's own figures and are
    never taken from a unit. A criterion already appraised keeps its appraisal: when the new
    self values differ from what the appraiser saw, it is marked "changed after appraisal"
    (the self score the appraiser saw stays in `appraised_self_score`, and every old value
    in the audit log)."""
    doc = documents["submission"]
    campaign_id = opened.manifest["campaign"]["id"]
    unit = units.unit_by_code(ws, opened.sender["unit_code"])
    group = campaigns.group_of(ws, campaign_id, unit.id)
    step = Decimal(criteria.get_criteria_set(ws, group.criteria_set_id).rounding_step)
    db = ws.db
    reason = f"package {opened.package_hash[:12]}"
    evidence_ids = store_cited_evidence(ws, doc.get("evidence", []), unit.id, opened.package_hash)
    # Read once what a row-by-row merge would read for every criterion: the set's criteria,
    # the unit's assessments and the evidence each one cites now.
    by_code = {c.code: c for c in criteria.list_criteria(ws, group.criteria_set_id)}
    stored = {row["criterion_id"]: row for row in records.rows(
        db, "SELECT * FROM assessments WHERE campaign_id = ? AND unit_id = ?",
        [campaign_id, unit.id])}
    linked: dict[str, list[str]] = {}
    for assessment_id, digest in db.execute(
            "SELECT l.assessment_id, e.sha256 FROM evidence_assessments l "
            "JOIN evidence e ON e.id = l.evidence_id JOIN assessments a ON a.id = l.assessment_id "
            "WHERE a.campaign_id = ? AND a.unit_id = ?", [campaign_id, unit.id]):
        linked.setdefault(assessment_id, []).append(digest)
    rules: dict[str, Any] = {}
    seen: set[str] = set()
    with audit.Batch(db) as log:
        for record in doc.get("assessments", []):
            code = record["criterion"]
            criterion = (by_code.get(criteria.nfc(code).rstrip(".")) if isinstance(code, str)
                         else None) or criteria.find_criterion(ws, group.criteria_set_id, code)
            if criterion.id in seen:  # which of the two would count?
                raise InvalidInput("package_bad_records", reason="criterion listed twice",
                                   code=criterion.code)
            seen.add(criterion.id)
            if not criterion.self_scored:
                continue
            rule = rules.get(criterion.rule) or rules.setdefault(criterion.rule,
                                                                 parse_rule(criterion.rule))
            score = record.get("score")
            if record.get("input") and rule.input_kind != "none":
                computed = format_decimal(compute_score(rule, criterion.maximum, record["input"],
                                                        step=step))
            else:
                computed = None  # no input, no score: a score is always what the rule computed
            if computed != score:
                raise InvalidInput("package_score_mismatch", code=criterion.code, sent=str(score),
                                   computed=computed if computed is not None else "—")
            cited = sorted(set(record.get("evidence", [])))
            ids = [evidence_ids[digest] for digest in cited]
            fields = {"input_kind": record.get("input_kind") or rule.input_kind,
                      "input_value": record.get("input") or "", "score": score,
                      "explanation": record.get("explanation") or "",
                      "updated_by": record.get("updated_by") or opened.sender["unit_code"]}
            # The status the merged values give (what assessments.refresh_status works out).
            fields["status"] = ("not_started" if score is None else "needs_explanation"
                                if assessments.needs_explanation(
                                    Decimal(score), criterion.maximum, fields["explanation"],
                                    len(ids), kind=criterion.kind) else "scored")
            current = stored.get(criterion.id)
            if current is None:
                assessment_id = records.add(db, "assessments", {
                    "campaign_id": campaign_id, "unit_id": unit.id,
                    "criterion_id": criterion.id, **fields}, actor=ws.operator, reason=reason,
                    log=log)
                before: list[str] = []
            else:
                assessment_id = current["id"]
                before = sorted(linked.get(assessment_id, []))
                changed = (fields["input_value"] != current["input_value"]
                           or score != current["score"]
                           or fields["explanation"] != current["explanation"] or cited != before)
                if current["appraisal_round"] > 0 and changed:
                    fields["changed_after_appraisal"] = 1
                stored[criterion.id] = records.change(db, "assessments", current, fields,
                                                      actor=ws.operator, reason=reason, log=log)
            if cited != before:
                db.execute("DELETE FROM evidence_assessments WHERE assessment_id = ?",
                           [assessment_id])
                now = utc_now()
                db.conn.executemany(
                    "INSERT OR IGNORE INTO evidence_assessments (evidence_id, assessment_id, "
                    "created_at) VALUES (?, ?, ?)", [(i, assessment_id, now) for i in ids])
                linked[assessment_id] = cited
    for task in doc.get("tasks", []):
        fields = {k: task.get(k) for k in ("title", "source", "source_ref", "owner", "deadline",
                                           "status", "progress", "completed_on", "notes")}
        existing = db.execute("SELECT unit_id, source FROM tasks WHERE id = ?",
                              [task["id"]]).fetchone()
        if existing is None:
            records.insert(db, "tasks", {"id": task["id"], "unit_id": unit.id,
                                         "campaign_id": campaign_id, **fields}, actor=ws.operator)
        elif existing[0] != unit.id:
            raise InvalidInput("package_bad_records", reason="task of another unit")
        elif existing[1] == "province_plan":
            # A task of the province's plan: the unit reports progress; what was assigned
            # (title, deadline, source) stays as the coordinator wrote it.
            records.update(db, "tasks", task["id"], {
                k: fields[k] for k in ("owner", "status", "progress", "completed_on", "notes")},
                actor=ws.operator, reason=reason)
        else:
            records.update(db, "tasks", task["id"], fields, actor=ws.operator, reason=reason)
    for hook in SUBMISSION_HOOKS:
        hook(ws, campaign_id, unit.id, opened)


# Called at the end of a submission's merge, inside its transaction: (ws, campaign_id,
# unit_id, opened). The coordination modules add theirs (the unit's stage on the board).
SUBMISSION_HOOKS: list[Any] = []


def _merge_enrolment(ws: Workspace, opened: package.Opened, documents: dict[str, Any],
                     _trust: str | None) -> None:
    info = documents["enrolment"]["unit"]
    try:
        units.unit_by_code(ws, opened.sender["unit_code"])
    except NotFound:
        units.create_unit(ws, code=opened.sender["unit_code"], name=info["name"],
                          unit_type=info.get("unit_type") or "khac",
                          province=info.get("province") or "")
    keys.record_unit_key(ws, opened.sender["unit_code"], opened.signer_raw, status="pending",
                         note=f"enrolment {opened.package_hash[:12]}")


def _merge_campaign(ws: Workspace, opened: package.Opened, documents: dict[str, Any],
                    trust: str | None) -> None:
    if keys.pinned_root(ws) is None:
        keys.pin_root(ws, opened.signer_raw, expected_fingerprint=trust or "")
    doc = documents["campaign"]
    info = doc["campaign"]
    db = ws.db
    _, own_unit = _own(ws)
    appraisers = documents.get("appraisers", {}).get("areas", [])
    if own_unit.code not in ({item["code"] for item in doc["units"]}
                             | {item["appraiser_code"] for item in appraisers}):
        raise InvalidInput("package_not_for_us", recipient=own_unit.code)
    existing = db.execute("SELECT 1 FROM campaigns WHERE id = ?", [info["id"]]).fetchone()
    fields = {"year": int(info["year"]), "title": info["title"], "province": info["province"],
              "is_sample": int(bool(info.get("is_sample"))), "is_demo": int(bool(info.get("is_demo")))}
    if existing:
        records.update(db, "campaigns", info["id"], fields, actor=ws.operator)
    else:
        records.insert(db, "campaigns", {"id": info["id"], **fields}, actor=ws.operator)
    by_hash = {}
    for data in documents["criteria_sets"]["sets"]:
        stored = criteria.load_criteria_set(ws, data)
        by_hash[stored.content_hash] = stored.id
    for group in doc["groups"]:
        if group["criteria_set_hash"] not in by_hash:
            raise InvalidInput("package_unknown_criteria_set", hash=group["criteria_set_hash"])
        campaigns.attach_criteria_set(ws, info["id"], group["code"], by_hash[group["criteria_set_hash"]])
    for item in doc["units"]:
        try:
            unit = units.unit_by_code(ws, item["code"])
        except NotFound:
            unit = units.create_unit(ws, code=item["code"], name=item["name"],
                                     unit_type=item["unit_type"], province=item.get("province") or "",
                                     valid_from=item.get("valid_from"), valid_to=item.get("valid_to"))
        if not db.execute("SELECT 1 FROM campaign_units WHERE campaign_id = ? AND unit_id = ?",
                          [info["id"], unit.id]).fetchone():
            campaigns.enrol_unit(ws, info["id"], unit.id, item["group"])
    for row in records.rows(db, "SELECT id FROM deadlines WHERE campaign_id = ?", [info["id"]]):
        records.delete(db, "deadlines", row["id"], actor=ws.operator)
    for deadline in doc["deadlines"]:
        campaigns.set_deadline(ws, info["id"], kind=deadline["kind"], due_date=deadline["due_date"],
                               label=deadline.get("label") or "")
    if doc["rating_bands"]:
        campaigns.set_rating_bands(ws, info["id"], [(b["label"], b["min_percent"])
                                                     for b in doc["rating_bands"]])
    for key in doc.get("keys", []):
        with contextlib.suppress(CchcError):
            keys.record_unit_key(ws, key["unit_code"], keys.public_from_b64(key["public_key"]),
                                 status="approved", note="campaign package")
    coordinator = doc["coordinator"]
    recipient = coordinator.get("encryption_recipient")
    if recipient:
        sealing.parse_recipient(recipient)
        db.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
                   "value = excluded.value", [sealing.RECIPIENT_KEY, recipient])
    for name, value in (("coordinator_unit_code", coordinator["code"]),
                        ("coordinator_unit_id", coordinator["id"]),
                        (campaigns.ACTIVE_KEY, info["id"])):
        db.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
                   "value = excluded.value", [name, value])
    for hook in CAMPAIGN_MERGE_HOOKS:
        hook(ws, info["id"], documents, own_unit)


# The campaign package carries more than the campaign itself (the area appraisers, the
# province's plan): export hooks (ws, campaign_id) -> {document name: JSON object} add data
# documents; merge hooks (ws, campaign_id, documents, own_unit) read them, inside the merge.
CAMPAIGN_EXPORT_HOOKS: list[Any] = []
CAMPAIGN_MERGE_HOOKS: list[Any] = []


def _merge_receipt(ws: Workspace, opened: package.Opened, documents: dict[str, Any],
                   _trust: str | None) -> None:
    body = opened.manifest["body"]
    sent = records.rows(ws.db, "SELECT * FROM packages WHERE direction = 'out' AND package_hash = ?",
                        [body.get("received", "")])
    if not sent:
        raise InvalidInput("receipt_unknown_package", hash=str(body.get("received", ""))[:16])
    if sent[0]["type"] == "submission" and body.get("outcome") == "accepted":
        role, unit = _own(ws)
        assessments.submit(ws, sent[0]["campaign_id"], unit.id)
        receipt = documents.get("receipt")
        held = receipt.get("evidence_held") if isinstance(receipt, dict) else None
        if not isinstance(held, list) or not all(isinstance(h, str) and package.HEX64.match(h)
                                                 for h in held):
            raise InvalidInput("package_bad_records", reason="receipt")
        ws.db.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE "
                      "SET value = excluded.value",
                      [f"coordinator_holds:{sent[0]['campaign_id']}",
                       package.canonical.dumps({"sha256": sorted(held)}).decode()])


register_kind("campaign", authorise=_authorise_campaign, merge=_merge_campaign)
register_kind("enrolment", authorise=_authorise_enrolment, merge=_merge_enrolment)
register_kind("submission", authorise=_authorise_submission, merge=_merge_submission,
              files_document="submission")
register_kind("receipt", authorise=authorise_from_root, merge=_merge_receipt)


def import_many(ws: Workspace, sources: list[Path], *, trust_fingerprint: str | None = None,
                progress=None) -> list[ImportResult]:  # noqa: ANN001
    """Files and folders (every .cchc in a folder), one result per file."""
    files: list[Path] = []
    for source in sources:
        source = Path(source)
        files.extend(package.iter_packages(source) if source.is_dir() else [source])
    results = []
    for index, path in enumerate(files):
        if progress is not None:
            progress.check()
            progress.report(index, len(files), path.name)
        results.append(import_package(ws, path, trust_fingerprint=trust_fingerprint))
    return results


def verify_file(ws: Workspace | None, source: Path) -> dict[str, Any]:
    """`cchc package verify`: structure, signature, every hash — and, with a workspace, whether
    the signer is a key this installation knows. Merges nothing, writes nothing."""
    with package.open_package(Path(source)) as opened:
        opened.check_all_members()
        documents = opened.documents()
        _check_references(opened, documents, ws)
        sender = opened.sender
        known = "unknown"
        if ws is not None:
            root = keys.pinned_root(ws)
            own = keys.own_key(ws)  # read-only: verifying writes nothing
            if root is not None and root.key_id == sender["key_id"]:
                known = "province_root"
            elif own is not None and own.key_id == sender["key_id"]:
                known = "own"
            elif keys.trusted_for(ws, opened.signer_raw, sender["unit_code"]):
                known = "approved_unit_key"
        return {"valid": True, "type": opened.type, "package_hash": opened.package_hash,
                "sender": sender["unit_code"], "key_id": sender["key_id"],
                "fingerprint": keys.fingerprint(opened.signer_raw), "signer": known,
                "sequence": opened.manifest["sequence"], "members": len(opened.manifest["members"]),
                "bytes": opened.manifest["payload"]["bytes"]}
