"""Packages as files: building and signing one (docs/package-format.md), and reading one back
with every check of the specification. What a package *means* (merging it into a workspace)
is `desktop.sync.exchange`'s job; this module knows bytes, hashes, signatures and manifests.

Every failure is an `InvalidInput` with a code from `desktop.messages`, never a raw exception,
and reading never writes anywhere but the destination the caller gives for a member."""

from __future__ import annotations

import datetime as dt
import hashlib
import mimetypes
import re
import unicodedata
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from desktop.models.errors import InvalidInput
from desktop.sync import archive, canonical, keys

FORMAT = "cchc-package"
FORMAT_VERSION = 1
TYPES = ("campaign", "enrolment", "submission", "receipt", "volume", "appraisal_work", "appraisal",
         "explanation_request", "explanation", "result", "proposal")
ROLES = ("unit", "coordinator", "appraiser")
HEX64 = re.compile(r"^[0-9a-f]{64}$")
UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
CHUNK = 1024 * 1024


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def utc_stamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# -- building -------------------------------------------------------------------------------

@dataclass(frozen=True)
class EvidenceFile:
    path: Path          # where the bytes are now (the evidence store)
    sha256: str
    size: int
    original_name: str
    media_type: str = ""
    role: str = "evidence"  # or "volume": one part of a package split for email (§9)


@dataclass
class Draft:
    """Everything a package says, before it is signed."""
    type: str
    sender: dict[str, Any]
    recipient: dict[str, Any]
    province: str
    campaign: dict[str, Any] | None
    sequence: int
    previous: str | None = None
    criteria_set_hash: str | None = None
    documents: dict[str, Any] = field(default_factory=dict)   # document name → JSON object
    files: list[EvidenceFile] = field(default_factory=list)
    body: dict[str, Any] = field(default_factory=dict)
    package_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    created_at: str = field(default_factory=utc_stamp)


@dataclass(frozen=True)
class Built:
    path: Path
    package_hash: str
    manifest: dict[str, Any]
    size: int
    volumes: tuple[Path, ...] = ()      # when split for email (then `path` no longer exists)
    list_file: Path | None = None


def build(draft: Draft, path: Path, sign) -> Built:  # noqa: ANN001 - sign: bytes -> bytes
    """Write and sign a package. `sign` turns the manifest bytes into a 64-byte signature (the
    caller holds the private key). Documents become `data/<sha>.json`; each document's name is
    kept in its member entry as `document`."""
    if draft.type not in TYPES:
        raise ValueError(f"unknown package type {draft.type!r}")
    entries: list[archive.Entry] = []
    members: list[dict[str, Any]] = []
    for name in sorted(draft.documents):
        data = canonical.dumps(draft.documents[name])
        digest = sha256_bytes(data)
        member = f"data/{digest}.json"
        if any(m["name"] == member for m in members):
            # One member per document name: two documents with the same bytes would leave
            # the receiver without one of the names. Documents are built by this program with
            # distinct top-level keys, so this is a programming error, never user input.
            raise ValueError(f"documents {name!r} and another have identical content")
        entries.append(archive.Entry(member, data, True))
        members.append({"name": member, "sha256": digest, "size": len(data), "role": "records",
                        "media_type": "application/json", "document": name})
    seen: set[str] = set()
    for item in draft.files:
        if item.sha256 in seen:
            continue
        seen.add(item.sha256)
        entries.append(archive.Entry(f"files/{item.sha256}", item.path, False))
        members.append({"name": f"files/{item.sha256}", "sha256": item.sha256, "size": item.size,
                        "role": item.role,
                        "media_type": item.media_type or mimetypes.guess_type(item.original_name)[0]
                        or "application/octet-stream",
                        "original_name": unicodedata.normalize("NFC", item.original_name)})
    manifest = {
        "format": FORMAT, "format_version": FORMAT_VERSION, "type": draft.type,
        "package_id": draft.package_id, "created_at": draft.created_at,
        "sender": draft.sender, "recipient": draft.recipient, "province": draft.province,
        "campaign": draft.campaign, "criteria_set_hash": draft.criteria_set_hash,
        "sequence": draft.sequence, "previous": draft.previous, "members": members,
        "payload": {"bytes": sum(m["size"] for m in members), "count": len(members)},
        "body": draft.body,
    }
    manifest_bytes = canonical.dumps(manifest)
    signature = sign(manifest_bytes)
    archive.write_package(path, [archive.Entry("manifest.json", manifest_bytes, True),
                                 archive.Entry("manifest.sig", signature, False), *entries])
    return Built(path, sha256_bytes(manifest_bytes), manifest, path.stat().st_size)


# -- reading --------------------------------------------------------------------------------

@dataclass
class Opened:
    """A package whose structure, manifest and signature have been checked (not yet its
    members' contents, and not yet whether its signer is trusted)."""
    archive: archive.CheckedArchive
    manifest: dict[str, Any]
    manifest_bytes: bytes
    package_hash: str
    signer_raw: bytes

    @property
    def type(self) -> str:
        return self.manifest["type"]

    @property
    def sender(self) -> dict[str, Any]:
        return self.manifest["sender"]

    def close(self) -> None:
        self.archive.close()

    def __enter__(self) -> Opened:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def documents(self) -> dict[str, Any]:
        """Every records document, parsed strictly and checked against its hash."""
        out = {}
        for member in self.manifest["members"]:
            if member["role"] != "records":
                continue
            if member["document"] in out:  # two documents under one name: which one counts?
                raise _bad(f"members[{member['name']}].document", member["document"])
            data = self.archive.read_small(member["name"], min(member["size"],
                                                               self.archive.limits.json_bytes))
            if len(data) != member["size"] or sha256_bytes(data) != member["sha256"]:
                raise InvalidInput("package_member_corrupt", member=member["name"])
            out[member["document"]] = canonical.loads(data, part=member["name"],
                                                      max_bytes=self.archive.limits.json_bytes)
        return out

    def evidence_members(self) -> list[dict[str, Any]]:
        return [m for m in self.manifest["members"] if m["role"] == "evidence"]

    def copy_member(self, member: dict[str, Any], dest: BinaryIO, *, overlap: bool = True) -> None:
        self.archive.copy_member(member["name"], dest, expected_size=member["size"],
                                 expected_sha256=member["sha256"], overlap=overlap)

    def check_all_members(self) -> None:
        """Stream every member through SHA-256 (to nowhere): the whole package is intact."""
        sink = _NullSink()
        for member in self.manifest["members"]:
            self.copy_member(member, sink, overlap=False)  # nothing to write


class _NullSink:
    def write(self, data: bytes) -> int:
        return len(data)


def _bad(field_name: str, value: object = "") -> InvalidInput:
    return InvalidInput("package_bad_manifest", field=field_name, value=str(value)[:80])


def _check_str(obj: dict, key: str, *, pattern: re.Pattern | None = None, empty: bool = False) -> str:
    value = obj.get(key)
    if not isinstance(value, str) or (not empty and not value) or len(value) > 1000:
        raise _bad(key, value)
    if pattern is not None and not pattern.match(value):
        raise _bad(key, value)
    return value


def _check_int(obj: dict, key: str, low: int = 0) -> int:
    value = obj.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value < low:
        raise _bad(key, value)
    return value


EXPECTED_KEYS = {"format", "format_version", "type", "package_id", "created_at", "sender",
                 "recipient", "province", "campaign", "criteria_set_hash", "sequence", "previous",
                 "members", "payload", "body"}


def check_manifest(manifest: dict[str, Any], arch: archive.CheckedArchive) -> None:
    """Every field of §2 and §3, and agreement between the manifest and the archive."""
    if set(manifest) != EXPECTED_KEYS:
        missing, extra = EXPECTED_KEYS - set(manifest), set(manifest) - EXPECTED_KEYS
        raise _bad("keys", ", ".join(sorted(missing | extra)))
    if manifest["format"] != FORMAT or manifest["format_version"] != FORMAT_VERSION:
        raise InvalidInput("package_unsupported_version", value=str(manifest.get("format_version")))
    if manifest["type"] not in TYPES:  # a kind this version does not know (a newer sender?)
        if not isinstance(manifest["type"], str):
            raise _bad("type", manifest["type"])
        raise InvalidInput("package_type_unsupported", type=manifest["type"][:40])
    _check_str(manifest, "package_id", pattern=UUID_RE)
    _check_str(manifest, "created_at", pattern=STAMP)
    _check_str(manifest, "province", empty=True)
    _check_int(manifest, "sequence", 1)
    sender = manifest["sender"]
    if not isinstance(sender, dict) or set(sender) != {"unit_code", "unit_id", "role", "key_id",
                                                        "public_key"}:
        raise _bad("sender")
    _check_str(sender, "unit_code")
    _check_str(sender, "unit_id", pattern=UUID_RE)
    if sender["role"] not in ROLES:
        raise _bad("sender.role", sender["role"])
    recipient = manifest["recipient"]
    if not isinstance(recipient, dict) or set(recipient) != {"unit_code", "unit_id"}:
        raise _bad("recipient")
    _check_str(recipient, "unit_code")
    _check_str(recipient, "unit_id", empty=True)
    campaign = manifest["campaign"]
    if campaign is not None:
        if not isinstance(campaign, dict) or set(campaign) != {"id", "year"}:
            raise _bad("campaign")
        _check_str(campaign, "id", pattern=UUID_RE)
        _check_int(campaign, "year", 2000)
    for key in ("criteria_set_hash", "previous"):
        if manifest[key] is not None:
            _check_str(manifest, key, pattern=HEX64)
    if not isinstance(manifest["body"], dict):
        raise _bad("body")
    members = manifest["members"]
    if not isinstance(members, list):
        raise _bad("members")
    listed = []
    for member in members:
        if not isinstance(member, dict):
            raise _bad("members")
        name = _check_str(member, "name")
        digest = _check_str(member, "sha256", pattern=HEX64)
        size = _check_int(member, "size")
        role = member.get("role")
        expected_name = (f"data/{digest}.json" if role == "records" else f"files/{digest}"
                         if role in ("evidence", "volume") else None)
        if name != expected_name:
            raise InvalidInput("package_member_name", member=name)
        allowed = {"name", "sha256", "size", "role", "media_type"} | (
            {"document"} if role == "records" else {"original_name"})
        if set(member) != allowed:
            raise _bad(f"members[{name}]")
        _check_str(member, "media_type")
        _check_str(member, "document" if role == "records" else "original_name")
        info = arch.info(name) if name in arch.names else None
        if info is None:
            raise InvalidInput("package_missing_member", path=str(arch.path), member=name)
        if info.size != size:
            raise InvalidInput("package_member_size", member=name, declared=size, actual=info.size)
        listed.append(name)
    if len(set(listed)) != len(listed):
        raise InvalidInput("package_duplicate_member", path=str(arch.path),
                           member=next(n for n in listed if listed.count(n) > 1))
    extra = set(arch.names) - set(listed) - {"manifest.json", "manifest.sig"}
    if extra:
        raise InvalidInput("package_member_unlisted", member=sorted(extra)[0])
    payload = manifest["payload"]
    if payload != {"bytes": sum(m["size"] for m in members), "count": len(members)}:
        raise _bad("payload", payload)


def open_package(path: Path, limits: archive.Limits | None = None) -> Opened:
    """Structure → strict manifest → signature (§6 steps 2–4). The manifest is parsed before
    the signature is checked only because the signer's public key is inside it; the parser is
    the strict one, so this reads nothing it would not also read after."""
    arch = archive.open_checked(path, limits or archive.Limits())
    try:
        manifest_bytes = arch.read_small("manifest.json", arch.limits.manifest_bytes)
        signature = arch.read_small("manifest.sig", 64)
        manifest = canonical.loads(manifest_bytes, part="manifest.json",
                                   max_bytes=arch.limits.manifest_bytes)
        sender = manifest.get("sender")
        if not isinstance(sender, dict) or not isinstance(sender.get("public_key"), str):
            raise _bad("sender")
        signer_raw = keys.public_from_b64(sender["public_key"])
        if len(signature) != 64 or not keys.verify(signer_raw, signature, manifest_bytes):
            raise InvalidInput("package_bad_signature", path=str(path))
        if sender.get("key_id") != keys.key_id(signer_raw):
            raise _bad("sender.key_id", sender.get("key_id"))
        check_manifest(manifest, arch)
        return Opened(arch, manifest, manifest_bytes, sha256_bytes(manifest_bytes), signer_raw)
    except BaseException:
        arch.close()
        raise


def iter_packages(folder: Path) -> Iterator[Path]:
    """The `.cchc` files of a folder, in name order (a folder import)."""
    yield from sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() == ".cchc")
