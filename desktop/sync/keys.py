"""Signing keys: this installation's own Ed25519 key pair and the keys it trusts
(`docs/package-format.md` §4).

    <workspace>/keys/signing-key.pem   the private key, PKCS#8 PEM, readable only by the user
                                       (encrypted with the passphrase when one was given)
    table `keys`                       the public keys this installation knows:
        own   — ours, recorded when the key pair is made (status approved, our unit);
        root  — the province root key, pinned after comparing its fingerprint with the letter;
        unit  — units' keys: pending after an enrolment, approved after the fingerprint check,
                revoked for good.

The key is made lazily: `ensure_own_key` is called by `cchc init`, `cchc demo`, `cchc keys show`
and every export, never by `desktop.models` (the domain must not depend on sync). Every change to
the trust store is one unit of work (`Workspace.write`) audited through `records`.

Trust rules kept here so the package code cannot forget them: a fingerprint is compared only
after normalising both sides; a revoked key never becomes trusted again (not by recording it
again, not by approving it); a key belongs to one unit; a second root is pinned only through a
rotation statement signed by the current root.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import datetime as dt
import hashlib
import os
import secrets
import unicodedata
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from desktop.models import records, units, workspaces
from desktop.models.durable import fsync_dir
from desktop.models.errors import InvalidInput, NotFound, WorkspaceError
from desktop.models.store import Workspace, translate_os_error, utc_now

KEY_DIR = "keys"
KEY_FILENAME = "signing-key.pem"
PUBLIC_KEY_BYTES = 32
SIGNATURE_BYTES = 64
KEY_ID_HEX = 16
FINGERPRINT_GROUPS = 8
FINGERPRINT_GROUP_BYTES = 5
FINGERPRINT_GROUP_DIGITS = 5
FINGERPRINT_DIGITS = FINGERPRINT_GROUPS * FINGERPRINT_GROUP_DIGITS
ENROL_PREFIX = "cchc-enrol:"
ROTATION_PREFIX = b"cchc-root-rotation:"
KEY_STATUSES_ON_RECORD = ("pending", "approved")
# Separators a person may type between digit groups: spaces (including a no-break space from a
# word processor), tabs and line breaks, and dashes (hyphen, non-breaking hyphen, en/em dash).
_DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014")
_ENCRYPTED_PEM = b"-----BEGIN ENCRYPTED PRIVATE KEY-----"
_ROLE_ORDER = "CASE role WHEN 'own' THEN 0 WHEN 'root' THEN 1 ELSE 2 END"


# -- identities of a public key ---------------------------------------------------------------

def _raw(public_raw: object) -> bytes:
    """The 32 raw bytes of an Ed25519 public key, or `bad_public_key`."""
    if not isinstance(public_raw, bytes | bytearray) or len(public_raw) != PUBLIC_KEY_BYTES:
        raise InvalidInput("bad_public_key")
    return bytes(public_raw)


def key_id(public_raw: bytes) -> str:
    """The first 16 hex digits of SHA-256(public key)."""
    return hashlib.sha256(_raw(public_raw)).hexdigest()[:KEY_ID_HEX]


def fingerprint(public_raw: bytes) -> str:
    """SHA-512(public key) as eight groups of five decimal digits (§4): group i is the
    big-endian 5-byte slice digest[5i:5i+5] modulo 100000, zero-padded, groups joined by one
    space. SHA-512 so that all eight groups come from digest bytes (40 of its 64)."""
    digest = hashlib.sha512(_raw(public_raw)).digest()
    step = FINGERPRINT_GROUP_BYTES
    groups = (int.from_bytes(digest[step * i: step * i + step], "big") % 10**FINGERPRINT_GROUP_DIGITS
              for i in range(FINGERPRINT_GROUPS))
    return " ".join(f"{group:0{FINGERPRINT_GROUP_DIGITS}d}" for group in groups)


def normalise_fingerprint(text: object) -> str:
    """Digits as typed or read from a letter ("04811 95530 …", "04811-95530-…", or 40 digits
    in a row) → the canonical form of `fingerprint`. Anything but ASCII digits, spaces and
    dashes, or a count other than 40 digits, is refused with `bad_fingerprint`."""
    if not isinstance(text, str):
        raise InvalidInput("bad_fingerprint")
    digits = []
    for char in text:
        if "0" <= char <= "9":
            digits.append(char)
        elif not (char.isspace() or char in _DASHES):
            raise InvalidInput("bad_fingerprint")
    if len(digits) != FINGERPRINT_DIGITS:
        raise InvalidInput("bad_fingerprint")
    width = FINGERPRINT_GROUP_DIGITS
    return " ".join("".join(digits[i: i + width]) for i in range(0, FINGERPRINT_DIGITS, width))


def public_b64(public_raw: bytes) -> str:
    return base64.b64encode(_raw(public_raw)).decode("ascii")


def public_from_b64(text: object) -> bytes:
    """Strict: standard base64 with padding, no whitespace, no stray bits, exactly 32 bytes
    (so one key has exactly one text form); otherwise `bad_public_key`."""
    if not isinstance(text, str):
        raise InvalidInput("bad_public_key")
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error, ValueError) as exc:
        raise InvalidInput("bad_public_key", details=str(exc)) from exc
    if len(raw) != PUBLIC_KEY_BYTES or base64.b64encode(raw).decode("ascii") != text:
        raise InvalidInput("bad_public_key")
    return raw


def verify(public_raw: bytes, signature: bytes, data: bytes) -> bool:
    """True only if `signature` is a valid Ed25519 signature of `data` by that key. Malformed
    keys or signatures are simply not valid (never an exception)."""
    if (not isinstance(public_raw, bytes | bytearray) or len(public_raw) != PUBLIC_KEY_BYTES
            or not isinstance(signature, bytes | bytearray) or len(signature) != SIGNATURE_BYTES
            or not isinstance(data, bytes | bytearray | memoryview)):
        return False
    try:
        Ed25519PublicKey.from_public_bytes(bytes(public_raw)).verify(bytes(signature), bytes(data))
    except (InvalidSignature, ValueError, TypeError, UnsupportedAlgorithm):
        return False
    return True


def _public_raw_of(private: Ed25519PrivateKey) -> bytes:
    return private.public_key().public_bytes(serialization.Encoding.Raw,
                                             serialization.PublicFormat.Raw)


# -- dataclasses -------------------------------------------------------------------------------

@dataclass(frozen=True)
class OwnKey:
    key_id: str
    public_raw: bytes
    public_b64: str
    fingerprint: str

    @classmethod
    def from_raw(cls, raw: bytes) -> OwnKey:
        return cls(key_id(raw), raw, public_b64(raw), fingerprint(raw))

    def to_json(self) -> dict[str, str]:
        return {"key_id": self.key_id, "public_key": self.public_b64,
                "fingerprint": self.fingerprint}


@dataclass(frozen=True)
class Key:
    """One row of table `keys`."""

    id: str
    key_id: str
    public_key: str  # base64 of the 32 raw bytes
    fingerprint: str
    role: str  # own | root | unit
    status: str  # pending | approved | revoked
    unit_code: str = ""
    unit_id: str | None = None
    note: str = ""
    approved_at: str | None = None
    revoked_at: str | None = None
    created_at: str = ""
    updated_at: str = ""
    change_count: int = 0

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Key:
        names = {f.name for f in fields(cls)}
        return cls(**{key: value for key, value in row.items() if key in names})

    @property
    def public_raw(self) -> bytes:
        return base64.b64decode(self.public_key)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


# -- the own key ---------------------------------------------------------------------------------

def key_path(ws: Workspace) -> Path:
    return ws.folder / KEY_DIR / KEY_FILENAME


def _passphrase_bytes(passphrase: str | None) -> bytes | None:
    """NFC first: Vietnamese keyboards (Unikey, VNI, Telex) may send a letter precomposed or
    as base letter + combining marks; the same passphrase must open the key either way."""
    if passphrase is None or passphrase == "":
        return None
    if not isinstance(passphrase, str):
        raise InvalidInput("wrong_passphrase")
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def read_passphrase_file(path: str | os.PathLike) -> str:
    """A passphrase from a file (never from the command line, where other users and the
    shell history can see it): UTF-8 (a byte-order mark is dropped), the line break at the end
    removed, nothing else touched. An empty passphrase is refused."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput("file_unreadable", path=str(path), details=str(exc)) from exc
    text = text.rstrip("\r\n")
    if not text:
        raise InvalidInput("empty_passphrase")
    return text


def _own_row(ws: Workspace) -> dict[str, Any] | None:
    found = records.rows(ws.db, "SELECT * FROM keys WHERE role = 'own' ORDER BY created_at LIMIT 1")
    return found[0] if found else None


def own_key(ws: Workspace) -> OwnKey | None:
    """This installation's key as recorded, or None before it is made (changes nothing)."""
    row = _own_row(ws)
    return OwnKey.from_raw(base64.b64decode(row["public_key"])) if row else None


def key_is_encrypted(ws: Workspace) -> bool:
    """Whether the key file asks for a passphrase (so a window knows to ask for one)."""
    try:
        with open(key_path(ws), "rb") as handle:
            return handle.read(len(_ENCRYPTED_PEM) + 16).lstrip().startswith(_ENCRYPTED_PEM)
    except OSError:
        return False


def ensure_own_key(ws: Workspace, *, passphrase: str | None = None) -> OwnKey:
    """The installation's key pair, made at the first call: the private key written to
    `keys/signing-key.pem` (temp file, fsync, rename; mode 0600), the public key recorded in
    table `keys`, in one unit of work. Later calls return the recorded key (the passphrase is
    then not needed). A key file already there without a row — a first run interrupted between
    the file and the commit, or a database restored from before the key — is adopted, never
    overwritten: units and the coordinator may already trust it."""
    found = own_key(ws)
    if found is not None:
        return found
    unit = units.get_unit(ws, workspaces.own_unit_id(ws))
    secret = _passphrase_bytes(passphrase)
    if passphrase is not None and secret is None:
        raise InvalidInput("empty_passphrase")
    path = key_path(ws)
    with ws.write() as db:
        row = _own_row(ws)
        if row is not None:
            return OwnKey.from_raw(base64.b64decode(row["public_key"]))
        if path.exists():
            private = _read_private(path, passphrase)
        else:
            private = Ed25519PrivateKey.generate()
            _write_private(path, private, secret)
        raw = _public_raw_of(private)
        other = _find(ws, key_id(raw))
        if other is not None:
            raise InvalidInput("key_in_use", key_id=other["key_id"], role=other["role"])
        now = utc_now()
        records.insert(db, "keys", {
            "key_id": key_id(raw), "public_key": public_b64(raw), "fingerprint": fingerprint(raw),
            "role": "own", "status": "approved", "unit_id": unit.id, "unit_code": unit.code,
            "note": "", "approved_at": now, "revoked_at": None,
        }, actor=ws.operator, reason="signing key of this installation")
    return OwnKey.from_raw(raw)


def _write_private(path: Path, private: Ed25519PrivateKey, secret: bytes | None) -> None:
    encryption = (serialization.BestAvailableEncryption(secret) if secret
                  else serialization.NoEncryption())
    pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                encryption)
    folder = path.parent
    tmp = folder / f".{path.name}.{secrets.token_hex(6)}.tmp"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        # Created 0600 from the start (never readable by others, not even for a moment); on
        # Windows the mode is ignored and the user profile's permissions apply.
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                     0o600)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(pem)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
        fsync_dir(folder)
    except OSError as exc:
        raise translate_os_error(exc, path) from exc




def _read_private(path: Path, passphrase: str | None) -> Ed25519PrivateKey:
    """Open the key file once (no retry): a missing or wrong passphrase is `wrong_passphrase`."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise WorkspaceError("key_file_missing", path=str(path)) from exc
    except OSError as exc:
        raise translate_os_error(exc, path) from exc
    encrypted = data.lstrip().startswith(_ENCRYPTED_PEM)
    secret = _passphrase_bytes(passphrase)
    if encrypted and secret is None:
        raise InvalidInput("wrong_passphrase")
    try:
        # A passphrase given for a key that has none is not needed: the key opens without it.
        private = serialization.load_pem_private_key(data, password=secret if encrypted else None)
    except (ValueError, TypeError, UnsupportedAlgorithm) as exc:
        if encrypted:
            raise InvalidInput("wrong_passphrase", details=str(exc)) from exc
        raise WorkspaceError("key_file_unreadable", path=str(path), details=str(exc)) from exc
    if not isinstance(private, Ed25519PrivateKey):
        raise WorkspaceError("key_file_unreadable", path=str(path),
                             details=f"not an Ed25519 key: {type(private).__name__}")
    return private


def load_private_key(ws: Workspace, passphrase: str | None = None) -> Ed25519PrivateKey:
    """The private key, checked against the public key the workspace recorded."""
    own = own_key(ws)
    if own is None:
        raise NotFound("no_own_key")
    path = key_path(ws)
    private = _read_private(path, passphrase)
    if _public_raw_of(private) != own.public_raw:
        raise WorkspaceError("key_file_mismatch", path=str(path))
    return private


def sign(ws: Workspace, data: bytes, passphrase: str | None = None) -> bytes:
    """Ed25519 signature (64 bytes) of `data` by this installation's key."""
    return load_private_key(ws, passphrase).sign(bytes(data))


# -- proofs and statements -------------------------------------------------------------------

def proof_statement(unit_id: str, key_id: str) -> bytes:
    """What an enrolling unit signs to prove it holds the key: "cchc-enrol:<unit_id>:<key_id>"."""
    return f"{ENROL_PREFIX}{unit_id}:{key_id}".encode()


def check_proof(public_raw: bytes, unit_id: str, signature: bytes) -> bool:
    if not isinstance(public_raw, bytes | bytearray) or len(public_raw) != PUBLIC_KEY_BYTES:
        return False
    if not isinstance(unit_id, str):
        return False
    return verify(public_raw, signature, proof_statement(unit_id, key_id(public_raw)))


def make_proof(ws: Workspace, passphrase: str | None = None) -> bytes:
    """The own key's proof of possession for the own unit (for an enrolment package)."""
    own = own_key(ws)
    if own is None:
        raise NotFound("no_own_key")
    return sign(ws, proof_statement(workspaces.own_unit_id(ws), own.key_id), passphrase)


def rotation_statement(old_key_id: str, new_key_id: str) -> bytes:
    """What the current root signs to hand over to a new root key."""
    return ROTATION_PREFIX + old_key_id.encode("ascii") + b":" + new_key_id.encode("ascii")


# -- the trust store -------------------------------------------------------------------------

def _find(ws: Workspace, kid: str) -> dict[str, Any] | None:
    found = records.rows(ws.db, "SELECT * FROM keys WHERE key_id = ?", [kid])
    return found[0] if found else None


def _unit_code(unit_code: object) -> str:
    code = unit_code.strip() if isinstance(unit_code, str) else ""
    if not code:
        raise InvalidInput("key_unit_required")
    return code


def _unit_id(ws: Workspace, code: str) -> str | None:
    found = ws.db.execute("SELECT id FROM units WHERE code = ?", [code]).fetchone()
    return found[0] if found else None


def _pinned_row(ws: Workspace) -> dict[str, Any] | None:
    found = records.rows(ws.db, "SELECT * FROM keys WHERE role = 'root' AND status = 'approved' "
                                "ORDER BY created_at DESC LIMIT 1")
    return found[0] if found else None


def _refuse_existing(row: dict[str, Any]) -> None:
    if row["status"] == "revoked":
        raise InvalidInput("key_revoked", key_id=row["key_id"])
    raise InvalidInput("key_in_use", key_id=row["key_id"], role=row["role"])


def pinned_root(ws: Workspace) -> Key | None:
    row = _pinned_row(ws)
    return Key.from_row(row) if row else None


def pin_root(ws: Workspace, public_raw: bytes, *, expected_fingerprint: str,
             unit_code: str = "") -> Key:
    """Pin the province root key after a person compared its fingerprint with the official
    letter (`--trust-fingerprint DIGITS`). Pinning the same key again changes nothing; another
    key is refused while a root is pinned (that takes `rotate_root`)."""
    raw = _raw(public_raw)
    expected = normalise_fingerprint(expected_fingerprint)
    actual = fingerprint(raw)
    if expected != actual:
        raise InvalidInput("fingerprint_mismatch", expected=expected, actual=actual)
    kid = key_id(raw)
    code = unit_code.strip() if isinstance(unit_code, str) else ""
    with ws.write() as db:
        current = _pinned_row(ws)
        if current is not None:
            if current["key_id"] == kid:
                return Key.from_row(current)
            raise InvalidInput("root_already_pinned", key_id=current["key_id"])
        existing = _find(ws, kid)
        if existing is not None:
            _refuse_existing(existing)
        row = records.insert(db, "keys", {
            "key_id": kid, "public_key": public_b64(raw), "fingerprint": actual, "role": "root",
            "status": "approved", "unit_id": _unit_id(ws, code) if code else None,
            "unit_code": code, "note": "", "approved_at": utc_now(), "revoked_at": None,
        }, actor=ws.operator, reason=f"province root key pinned; fingerprint compared: {actual}")
    return Key.from_row(row)


def rotate_root(ws: Workspace, new_public_raw: bytes, statement_signature: bytes) -> Key:
    """Replace the pinned root by a new key, given the current root's signature of
    `rotation_statement(current, new)`. The old root is revoked in the same unit of work."""
    raw = _raw(new_public_raw)
    new_id = key_id(raw)
    with ws.write() as db:
        current = _pinned_row(ws)
        if current is None:
            raise InvalidInput("no_pinned_root")
        if current["key_id"] == new_id:
            return Key.from_row(current)
        statement = rotation_statement(current["key_id"], new_id)
        if not verify(base64.b64decode(current["public_key"]), statement_signature, statement):
            raise InvalidInput("bad_rotation_statement", key_id=current["key_id"])
        existing = _find(ws, new_id)
        if existing is not None:
            _refuse_existing(existing)
        now = utc_now()
        note = "; ".join(filter(None, [current["note"], f"replaced by {new_id}"]))
        records.update(db, "keys", current["id"],
                       {"status": "revoked", "revoked_at": now, "note": note},
                       actor=ws.operator, reason=f"root key rotated to {new_id}")
        row = records.insert(db, "keys", {
            "key_id": new_id, "public_key": public_b64(raw), "fingerprint": fingerprint(raw),
            "role": "root", "status": "approved", "unit_id": current["unit_id"],
            "unit_code": current["unit_code"], "note": f"rotated from {current['key_id']}",
            "approved_at": now, "revoked_at": None,
        }, actor=ws.operator,
            reason=f"root key rotated from {current['key_id']}: statement signed by the old root")
    return Key.from_row(row)


def record_unit_key(ws: Workspace, unit_code: str, public_raw: bytes, *, status: str = "pending",
                    note: str = "") -> Key:
    """Record a unit's key: `pending` from an enrolment (to be approved by fingerprint), or
    `approved` from a campaign package signed by the pinned root. Recording the same key for the
    same unit again returns it (a pending key is approved if `status` is approved; a revoked one
    stays revoked); a key recorded for another unit, or as the root, is refused."""
    if status not in KEY_STATUSES_ON_RECORD:
        raise InvalidInput("bad_key_status", value=str(status),
                           allowed=", ".join(KEY_STATUSES_ON_RECORD))
    raw = _raw(public_raw)
    kid = key_id(raw)
    code = _unit_code(unit_code)
    with ws.write() as db:
        existing = _find(ws, kid)
        if existing is not None:
            if existing["role"] == "root":
                raise InvalidInput("key_in_use", key_id=kid, role="root")
            if existing["unit_code"] != code:
                raise InvalidInput("key_other_unit", key_id=kid, unit=code,
                                   other=existing["unit_code"])
            if existing["role"] == "unit" and existing["status"] == "pending" \
                    and status == "approved":
                _, row = records.update(db, "keys", existing["id"],
                                        {"status": "approved", "approved_at": utc_now()},
                                        actor=ws.operator, reason=note or "approved key received")
                return Key.from_row(row)
            return Key.from_row(existing)
        row = records.insert(db, "keys", {
            "key_id": kid, "public_key": public_b64(raw), "fingerprint": fingerprint(raw),
            "role": "unit", "status": status, "unit_id": _unit_id(ws, code), "unit_code": code,
            "note": note, "approved_at": utc_now() if status == "approved" else None,
            "revoked_at": None,
        }, actor=ws.operator, reason=note)
    return Key.from_row(row)


def approve(ws: Workspace, unit_code: str, *, fingerprint: str) -> Key:
    """Approve the unit's pending key whose fingerprint is the digits a person read from the
    enrolment slip. Nothing changes unless they match."""
    wanted = normalise_fingerprint(fingerprint)
    code = _unit_code(unit_code)
    with ws.write() as db:
        pending = records.rows(db, "SELECT * FROM keys WHERE role = 'unit' AND status = 'pending' "
                                   "AND unit_code = ? ORDER BY created_at", [code])
        if not pending:
            raise InvalidInput("no_pending_key", unit=code)
        # The fingerprint is recomputed from the key itself, not taken from the stored column.
        matching = [row for row in pending
                    if _fingerprint_of(row["public_key"]) == wanted]
        if not matching:
            raise InvalidInput("fingerprint_mismatch", expected=wanted, actual=" / ".join(
                _fingerprint_of(row["public_key"]) for row in pending))
        _, row = records.update(db, "keys", matching[0]["id"],
                                {"status": "approved", "approved_at": utc_now()},
                                actor=ws.operator, reason=f"fingerprint compared: {wanted}")
    return Key.from_row(row)


def _fingerprint_of(public_key_b64: str) -> str:
    # Module level: inside `approve` the name `fingerprint` is the digits given.
    return fingerprint(base64.b64decode(public_key_b64))


def revoke(ws: Workspace, unit_code: str, *, key_id: str | None = None,
           reason: str = "") -> Key:
    """Revoke a unit's key for good (an approved key, or a pending one: that rejects the
    enrolment). Without `key_id` the unit must have exactly one key in force. Revoking a
    revoked key changes nothing."""
    code = _unit_code(unit_code)
    with ws.write() as db:
        if key_id is not None:
            kid = key_id.strip().lower()
            row = _find(ws, kid)
            if row is None or row["unit_code"] != code:
                raise NotFound("unknown_key", key_id=kid, unit=code)
            if row["role"] == "own":
                raise InvalidInput("cannot_revoke_own_key")
            if row["role"] == "root":
                raise InvalidInput("cannot_revoke_root", key_id=kid)
            if row["status"] == "revoked":
                return Key.from_row(row)
        else:
            active = records.rows(db, "SELECT * FROM keys WHERE role = 'unit' AND unit_code = ? "
                                      "AND status != 'revoked' ORDER BY created_at", [code])
            if not active:
                own = _own_row(ws)
                if own is not None and own["unit_code"] == code:
                    raise InvalidInput("cannot_revoke_own_key")
                raise InvalidInput("no_active_key", unit=code)
            if len(active) > 1:
                raise InvalidInput("ambiguous_key", unit=code, count=len(active))
            row = active[0]
        _, row = records.update(db, "keys", row["id"],
                                {"status": "revoked", "revoked_at": utc_now()},
                                actor=ws.operator, reason=reason or "key revoked")
    return Key.from_row(row)


def _lookup(ws: Workspace, key_id_or_raw: object) -> dict[str, Any] | None:
    """The row of a key given by id or by raw bytes; with raw bytes the whole public key must
    match, not only the 64-bit id."""
    if isinstance(key_id_or_raw, bytes | bytearray):
        if len(key_id_or_raw) != PUBLIC_KEY_BYTES:
            return None
        raw = bytes(key_id_or_raw)
        row = _find(ws, key_id(raw))
        return row if row is not None and row["public_key"] == public_b64(raw) else None
    if isinstance(key_id_or_raw, str):
        return _find(ws, key_id_or_raw.strip().lower())
    return None


def trusted_for(ws: Workspace, key_id_or_raw: bytes | str, unit_code: str) -> bool:
    """Whether a package signed by this key may speak for `unit_code`: the key is approved,
    not revoked, and recorded for that unit (our own key counts for our own unit). The
    province root is not a unit key: check it with `is_pinned_root`. Prefer passing the raw
    key (the whole key is compared, not only its id)."""
    row = _lookup(ws, key_id_or_raw)
    if row is None or row["status"] != "approved" or not isinstance(unit_code, str):
        return False
    code = unit_code.strip()
    if row["role"] == "unit":
        return bool(code) and row["unit_code"] == code
    if row["role"] == "own":
        own_id = ws.meta("own_unit_id")
        found = ws.db.execute("SELECT code FROM units WHERE id = ?", [own_id]).fetchone()
        return found is not None and bool(code) and found[0] == code
    return False


def is_pinned_root(ws: Workspace, key_id_or_raw: bytes | str) -> bool:
    """Whether this key is the province root key pinned here now."""
    row = _lookup(ws, key_id_or_raw)
    return row is not None and row["role"] == "root" and row["status"] == "approved"


def list_keys(ws: Workspace) -> list[Key]:
    """Every key known here: own, root(s), then unit keys by unit code."""
    return [Key.from_row(row) for row in records.rows(
        ws.db, f"SELECT * FROM keys ORDER BY {_ROLE_ORDER}, unit_code, created_at, key_id")]


# -- the printed enrolment slip ----------------------------------------------------------------

_SLIP = {
    "vi": {
        "title": "PHIẾU ĐĂNG KÝ KHÓA KÝ SỐ CỦA ĐƠN VỊ — CCHC Desk",
        "intro": ("Gửi kèm gói đăng ký. Sở Nội vụ chỉ chấp nhận khóa sau khi đối chiếu dấu vân "
                  "tay dưới đây (qua phiếu này hoặc qua điện thoại)."),
        "unit": "Đơn vị", "code": "Mã đơn vị", "key_id": "Mã khóa", "date": "Ngày lập",
        "fingerprint": "DẤU VÂN TAY CỦA KHÓA (8 nhóm, mỗi nhóm 5 chữ số):",
        "public_key": "Khóa công khai (base64)",
        "confirm": ("Tôi xác nhận dấu vân tay trên là của khóa ký số do đơn vị quản lý trên máy "
                    "tính dùng CCHC Desk."),
        "place_date": "…………, ngày …… tháng …… năm ………",
        "head": "THỦ TRƯỞNG ĐƠN VỊ",
        "sign": "(Ký, ghi rõ họ tên và đóng dấu)",
    },
    "en": {
        "title": "ENROLMENT SLIP FOR A UNIT'S SIGNING KEY — CCHC Desk",
        "intro": ("Send with the enrolment package. The coordinator approves the key only after "
                  "comparing the fingerprint below (on this slip or over the phone)."),
        "unit": "Unit", "code": "Unit code", "key_id": "Key id", "date": "Date",
        "fingerprint": "FINGERPRINT OF THE KEY (8 groups of 5 digits):",
        "public_key": "Public key (base64)",
        "confirm": ("I confirm that the fingerprint above is that of the signing key our unit "
                    "holds on the computer running CCHC Desk."),
        "place_date": "…………, date ……………………",
        "head": "HEAD OF THE UNIT",
        "sign": "(Signature, full name and seal)",
    },
}


def slip_text(unit_code: str, unit_name: str, own_key: OwnKey, lang: str = "vi", *,
              today: dt.date | None = None) -> str:
    """The printable enrolment slip: the unit, the key id, the fingerprint in large numbered
    groups (easy to read aloud), and a place for the signature of the head of the unit."""
    words = _SLIP.get(lang, _SLIP["vi"])
    groups = own_key.fingerprint.split(" ")
    half = len(groups) // 2

    def row(part: list[str], start: int) -> str:
        return "    " + "    ".join(f"({start + i}) {' '.join(group)}"
                                   for i, group in enumerate(part))

    day = (today or dt.date.today()).isoformat()
    width = 78
    lines = [
        words["title"],
        "=" * width,
        words["intro"],
        "",
        f"{words['unit']}: {' '.join(unit_name.split())}",
        f"{words['code']}: {unit_code.strip()}",
        f"{words['key_id']}: {own_key.key_id}",
        f"{words['date']}: {day}",
        "",
        words["fingerprint"],
        "",
        row(groups[:half], 1),
        "",
        row(groups[half:], half + 1),
        "",
        f"    {own_key.fingerprint}",
        "",
        f"{words['public_key']}: {own_key.public_b64}",
        "",
        words["confirm"],
        "",
        f"{'':>40}{words['place_date']}",
        f"{'':>40}{words['head']}",
        f"{'':>40}{words['sign']}",
        "",
        "",
        "",
        f"{'':>40}{'_' * 30}",
        "",
    ]
    return "\n".join(lines)
