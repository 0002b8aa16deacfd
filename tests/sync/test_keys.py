"""Signing keys and the trust store (desktop.sync.keys, docs/package-format.md §4): the own key
pair on disk, fingerprints people compare, approval and revocation of unit keys, the pinned
province root and its rotation. Every refusal is checked to change nothing."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import stat
import string
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "models"))
from wshelpers import dump  # noqa: E402

from desktop import messages  # noqa: E402
from desktop.models import audit, units, workspaces  # noqa: E402
from desktop.models.errors import CchcError  # noqa: E402
from desktop.models.store import Workspace, open_workspace  # noqa: E402
from desktop.sync import keys  # noqa: E402

OWN = "X"
# RFC 8032, section 7.1, TEST 1: a public key everybody can recompute.
RFC8032_PUBLIC = bytes.fromhex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
FINGERPRINT_RE = re.compile(r"^\d{5}( \d{5}){7}$")


def raw_of(private: Ed25519PrivateKey) -> bytes:
    return private.public_key().public_bytes(serialization.Encoding.Raw,
                                             serialization.PublicFormat.Raw)


def new_raw() -> bytes:
    return raw_of(Ed25519PrivateKey.generate())


def make_ws(folder: Path, code: str = OWN, *, role: str = "unit") -> Workspace:
    ws = open_workspace(folder, create=True)
    workspaces.initialise(ws, role=role, unit_code=code, unit_name=f"Đơn vị {code}")
    return ws


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    """An initialised workspace (role coordinator, own unit X) with no key yet."""
    workspace = make_ws(tmp_path / "ws", role="coordinator")
    try:
        yield workspace
    finally:
        workspace.close()


def refused(code: str, action, *, ws: Workspace | None = None) -> CchcError:
    """Run `action`, expect error `code`, check its sentences are complete in both languages
    and (given `ws`) that the whole database is unchanged."""
    before = dump(ws) if ws is not None else None
    with pytest.raises(CchcError) as caught:
        action()
    error = caught.value
    assert error.code == code, f"expected {code}, got {error.code}: {error}"
    for lang in messages.LANGS:
        template = messages.MESSAGES[code][1 if lang == "en" else 0]
        text = string.Formatter().vformat(template, (), {**error.data, "owner_sfx": ""})
        assert text == messages.sentence(error, lang) and "{" not in text
    if ws is not None:
        assert dump(ws) == before, "a refused call changed the database"
    return error


def key_rows(ws: Workspace) -> list[dict]:
    return [dict(zip([c[0] for c in cur.description], row, strict=True))
            for cur in [ws.db.execute("SELECT * FROM keys ORDER BY created_at, key_id")]
            for row in cur.fetchall()]


def audit_of(ws: Workspace, entity_id: str) -> list[dict]:
    return [e for e in audit.entries(ws.db, entity_id=entity_id)]


# -- identities ------------------------------------------------------------------------------

def test_key_id_is_the_first_16_hex_digits_of_sha256():
    """The key id is the first 16 hex digits of SHA-256 of the raw public key."""
    assert keys.key_id(RFC8032_PUBLIC) == hashlib.sha256(RFC8032_PUBLIC).hexdigest()[:16]
    assert keys.key_id(RFC8032_PUBLIC) == "21fe31dfa154a261"


def _fingerprint_by_hand(raw: bytes) -> str:
    digest = hashlib.sha512(raw).digest()
    return " ".join(str(int.from_bytes(digest[5 * i: 5 * i + 5], "big") % 100000).zfill(5)
                    for i in range(8))


def test_fingerprint_follows_the_specification():
    """Eight groups of five digits, each a big-endian 5-byte slice of SHA-512 mod 100000; the
    value for a published key is fixed (any change would break printed letters)."""
    assert keys.fingerprint(RFC8032_PUBLIC) == "10565 22880 29447 22884 16547 67957 54184 75456"
    for _ in range(50):
        raw = new_raw()
        text = keys.fingerprint(raw)
        assert FINGERPRINT_RE.match(text)
        assert text == keys.fingerprint(raw) == _fingerprint_by_hand(raw)


def test_fingerprints_tell_keys_apart():
    """Different keys give different fingerprints and key ids."""
    raws = [new_raw() for _ in range(200)]
    assert len({keys.fingerprint(r) for r in raws}) == 200
    assert len({keys.key_id(r) for r in raws}) == 200


@pytest.mark.parametrize("typed", [
    "10565 22880 29447 22884 16547 67957 54184 75456",
    "10565-22880-29447-22884-16547-67957-54184-75456",
    "1056522880294472288416547679575418475456",
    "  10565 22880\n29447\t22884 16547\u00a067957 54184 75456 ",
    "10565–22880–29447–22884 – 16547 67957 54184 75456",
])
def test_normalise_fingerprint_accepts_how_people_write_it(typed):
    """Spaces, dashes, line breaks or no separator at all: the same fingerprint."""
    assert keys.normalise_fingerprint(typed) == keys.fingerprint(RFC8032_PUBLIC)


@pytest.mark.parametrize("typed", [
    "", "10565 22880 29447 22884 16547 67957 54184 0000",        # 39 digits
    "10565 22880 29447 22884 16547 67957 54184 754560",          # 41 digits
    "10565 22880 29447 22884 16547 67957 54184 0000O",           # letter O
    "10565.22880.29447.22884.16547.67957.54184.00000",           # dots
    "٠٢١٤٥ 22880 29447 22884 16547 67957 54184 75456",          # Arabic-Indic digits
    "０２１４５ 22880 29447 22884 16547 67957 54184 75456",       # full-width digits
    None, 214522880,
])
def test_normalise_fingerprint_refuses_anything_else(typed):
    """Anything but 40 ASCII digits with spaces or dashes is `bad_fingerprint`."""
    refused("bad_fingerprint", lambda: keys.normalise_fingerprint(typed))


def test_public_key_base64_is_strict():
    """Exactly one text form per key: 32 bytes, canonical padded base64, nothing else."""
    text = base64.b64encode(RFC8032_PUBLIC).decode()
    assert keys.public_from_b64(text) == RFC8032_PUBLIC
    assert keys.public_b64(RFC8032_PUBLIC) == text
    # 43 characters carry 258 bits for 256: set one of the 2 unused bits of the last one.
    alphabet = string.ascii_uppercase + string.ascii_lowercase + string.digits + "+/"
    stray_bits = text[:-2] + alphabet[alphabet.index(text[-2]) ^ 1] + "="
    assert base64.b64decode(stray_bits) == RFC8032_PUBLIC
    for bad in (base64.b64encode(RFC8032_PUBLIC[:31]).decode(),
                base64.b64encode(RFC8032_PUBLIC + b"\0").decode(),
                text.rstrip("="), " " + text, text[:20] + "\n" + text[20:], text[:-1] + "!",
                stray_bits, base64.urlsafe_b64encode(b"\xff" * 32).decode(), "", "é" * 44,
                None, RFC8032_PUBLIC):
        refused("bad_public_key", lambda bad=bad: keys.public_from_b64(bad))
    for bad in (b"", RFC8032_PUBLIC[:31], "x" * 32, None):
        refused("bad_public_key", lambda bad=bad: keys.key_id(bad))


def test_verify_accepts_exactly_the_signed_bytes():
    """verify() agrees with cryptography: the signed bytes pass; other bytes, other keys,
    truncated or malformed signatures fail without raising."""
    private = Ed25519PrivateKey.generate()
    raw = raw_of(private)
    signature = private.sign(b"manifest bytes")
    assert keys.verify(raw, signature, b"manifest bytes")
    assert not keys.verify(raw, signature, b"manifest bytes!")
    assert not keys.verify(new_raw(), signature, b"manifest bytes")
    flipped = bytes([signature[0] ^ 1]) + signature[1:]
    assert not keys.verify(raw, flipped, b"manifest bytes")
    for bad_sig in (signature[:63], signature + b"\0", b"", "x" * 64, None):
        assert not keys.verify(raw, bad_sig, b"manifest bytes")
    for bad_key in (raw[:31], b"\0" * 33, None, "k" * 32):
        assert not keys.verify(bad_key, signature, b"manifest bytes")


# -- the own key ------------------------------------------------------------------------------

def test_own_key_is_made_once_with_a_private_file(ws):
    """The first call writes keys/signing-key.pem (0600 in a 0700 folder) and records the
    public key as role own, approved, for the own unit; later calls return the same key."""
    assert keys.own_key(ws) is None and not keys.key_path(ws).exists()
    own = keys.ensure_own_key(ws)
    path = keys.key_path(ws)
    assert path == ws.folder / "keys" / "signing-key.pem" and path.is_file()
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) & 0o077 == 0
    assert path.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")
    assert not keys.key_is_encrypted(ws)
    assert [p.name for p in path.parent.iterdir()] == ["signing-key.pem"], "no temp file left"
    (row,) = key_rows(ws)
    assert (row["role"], row["status"], row["unit_code"]) == ("own", "approved", OWN)
    assert row["unit_id"] == workspaces.own_unit_id(ws)
    assert row["key_id"] == own.key_id == keys.key_id(own.public_raw)
    assert row["public_key"] == own.public_b64 and row["fingerprint"] == own.fingerprint
    assert FINGERPRINT_RE.match(own.fingerprint)
    assert [e["action"] for e in audit_of(ws, row["id"])] == ["create"]
    before, pem = dump(ws), path.read_bytes()
    assert keys.ensure_own_key(ws) == own == keys.own_key(ws)
    assert keys.ensure_own_key(ws, passphrase="không dùng nữa") == own
    assert dump(ws) == before and path.read_bytes() == pem


def test_own_key_signs_and_anyone_can_verify(ws):
    """sign() makes a standard Ed25519 signature: cryptography verifies it with the public key."""
    own = keys.ensure_own_key(ws)
    signature = keys.sign(ws, b"bytes of manifest.json")
    assert len(signature) == 64
    Ed25519PublicKey.from_public_bytes(own.public_raw).verify(signature, b"bytes of manifest.json")
    assert keys.verify(own.public_raw, signature, b"bytes of manifest.json")
    assert not keys.verify(own.public_raw, signature, b"bytes of manifest.json ")


def test_passphrase_protects_the_key(ws):
    """With a passphrase the file is encrypted PKCS#8; it opens only with that passphrase.
    Missing or wrong passphrases are refused once, changing nothing."""
    own = keys.ensure_own_key(ws, passphrase="Mật khẩu của Sở")
    path = keys.key_path(ws)
    assert path.read_bytes().startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    assert keys.key_is_encrypted(ws)
    assert "Sở".encode() not in path.read_bytes()
    pem = path.read_bytes()
    for attempt in (None, "", "mật khẩu của sở", "Mat khau cua So", "Mật khẩu của Sở "):
        refused("wrong_passphrase", lambda attempt=attempt: keys.load_private_key(ws, attempt),
                ws=ws)
        refused("wrong_passphrase", lambda attempt=attempt: keys.sign(ws, b"x", attempt), ws=ws)
    assert path.read_bytes() == pem
    private = keys.load_private_key(ws, "Mật khẩu của Sở")
    assert raw_of(private) == own.public_raw
    # The same words typed with combining marks (Unicode tổ hợp) open it as well.
    decomposed = unicodedata.normalize("NFD", "Mật khẩu của Sở")
    assert decomposed != "Mật khẩu của Sở"
    assert keys.verify(own.public_raw, keys.sign(ws, b"x", decomposed), b"x")


def test_an_unprotected_key_opens_with_or_without_a_passphrase(ws):
    """A passphrase given for a key that has none is simply not needed."""
    own = keys.ensure_own_key(ws)
    assert raw_of(keys.load_private_key(ws, "bất kỳ")) == own.public_raw


def test_empty_passphrase_is_refused_and_nothing_is_made(ws):
    """Asking for protection with an empty passphrase makes no key at all."""
    refused("empty_passphrase", lambda: keys.ensure_own_key(ws, passphrase=""), ws=ws)
    assert not keys.key_path(ws).exists() and keys.own_key(ws) is None


def test_missing_damaged_or_foreign_key_file_is_named(ws):
    """If the table has a key but the file is gone, damaged or another workspace's key, the
    error says so; nothing makes a new key behind the user's back."""
    keys.ensure_own_key(ws)
    path = keys.key_path(ws)
    pem = path.read_bytes()
    path.unlink()
    error = refused("key_file_missing", lambda: keys.sign(ws, b"x"), ws=ws)
    assert error.data["path"] == str(path)
    refused("key_file_missing", lambda: keys.load_private_key(ws), ws=ws)
    assert keys.ensure_own_key(ws).key_id == keys.own_key(ws).key_id
    assert not path.exists(), "ensure_own_key never replaces a recorded key"
    path.write_bytes(b"-----BEGIN PRIVATE KEY-----\nnot base64\n-----END PRIVATE KEY-----\n")
    refused("key_file_unreadable", lambda: keys.load_private_key(ws), ws=ws)
    path.write_bytes(Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    refused("key_file_mismatch", lambda: keys.sign(ws, b"x"), ws=ws)
    path.write_bytes(pem)
    assert keys.sign(ws, b"x")


def test_no_key_yet_and_no_workspace_set_up(tmp_path, ws):
    """Loading or proving before the key exists says so; a workspace without a unit has no key."""
    refused("no_own_key", lambda: keys.load_private_key(ws), ws=ws)
    refused("no_own_key", lambda: keys.make_proof(ws), ws=ws)
    with open_workspace(tmp_path / "bare", create=True) as bare:
        refused("not_initialised", lambda: keys.ensure_own_key(bare), ws=bare)
        assert not keys.key_path(bare).exists()


def test_a_key_file_left_without_its_row_is_adopted(tmp_path, ws):
    """A key file from an interrupted first run (or a database restored from before it) is
    adopted, never overwritten: it may already be trusted elsewhere."""
    own = keys.ensure_own_key(ws, passphrase="bí mật")
    pem = keys.key_path(ws).read_bytes()
    with make_ws(tmp_path / "restored") as other:
        keys.key_path(other).parent.mkdir()
        keys.key_path(other).write_bytes(pem)
        refused("wrong_passphrase", lambda: keys.ensure_own_key(other), ws=other)
        assert keys.own_key(other) is None and keys.key_path(other).read_bytes() == pem
        adopted = keys.ensure_own_key(other, passphrase="bí mật")
        assert adopted == own and keys.key_path(other).read_bytes() == pem


def test_init_and_key_roll_back_together(tmp_path):
    """Inside one unit of work (as `cchc init` does it), a failure after the key leaves no row;
    the file written is adopted at the next call rather than replaced."""
    with open_workspace(tmp_path / "w", create=True) as w:
        with pytest.raises(RuntimeError), w.write():
            workspaces.initialise(w, role="unit", unit_code="A", unit_name="Đơn vị A")
            made = keys.ensure_own_key(w)
            raise RuntimeError("power cut")
        assert key_rows(w) == [] and not workspaces.is_initialised(w)
        workspaces.initialise(w, role="unit", unit_code="A", unit_name="Đơn vị A")
        assert keys.ensure_own_key(w) == made


def test_read_passphrase_file(tmp_path):
    """A passphrase file: UTF-8 (with or without BOM), the final line break removed; empty or
    unreadable files are refused."""
    path = tmp_path / "pp.txt"
    path.write_bytes("\ufeffcụm mật khẩu  dài\r\n".encode())
    assert keys.read_passphrase_file(path) == "cụm mật khẩu  dài"
    path.write_text("\n", encoding="utf-8")
    refused("empty_passphrase", lambda: keys.read_passphrase_file(path))
    refused("file_unreadable", lambda: keys.read_passphrase_file(tmp_path / "none.txt"))
    path.write_bytes(b"\xff\xfe\x00bad")
    refused("file_unreadable", lambda: keys.read_passphrase_file(path))


# -- unit keys: record, approve, revoke -----------------------------------------------------

def test_record_unit_key_is_idempotent_and_one_unit_per_key(ws):
    """A pending key is recorded once; recording it again returns it and writes nothing; the
    same key for another unit is refused."""
    units.create_unit(ws, code="A", name="Đơn vị A", unit_type="so")
    raw = new_raw()
    key = keys.record_unit_key(ws, "A", raw, note="gói đăng ký 1")
    assert (key.role, key.status, key.unit_code, key.note) == ("unit", "pending", "A",
                                                               "gói đăng ký 1")
    assert key.unit_id == units.unit_by_code(ws, "A").id and key.approved_at is None
    assert key.public_raw == raw and key.fingerprint == keys.fingerprint(raw)
    before = dump(ws)
    assert keys.record_unit_key(ws, " A ", raw) == key
    assert dump(ws) == before
    refused("key_other_unit", lambda: keys.record_unit_key(ws, "B", raw), ws=ws)
    refused("bad_key_status", lambda: keys.record_unit_key(ws, "A", raw, status="revoked"), ws=ws)
    refused("bad_public_key", lambda: keys.record_unit_key(ws, "A", raw[:31]), ws=ws)
    refused("key_unit_required", lambda: keys.record_unit_key(ws, "  ", new_raw()), ws=ws)
    unknown = keys.record_unit_key(ws, "NOT-IN-REGISTRY", new_raw())
    assert unknown.unit_id is None and unknown.unit_code == "NOT-IN-REGISTRY"


def test_an_approved_copy_approves_a_pending_key_but_never_revives_a_revoked_one(ws):
    """Recording as approved (a campaign package's key list) approves a pending key; a revoked
    key stays revoked whatever is recorded later."""
    raw = new_raw()
    keys.record_unit_key(ws, "A", raw)
    approved = keys.record_unit_key(ws, "A", raw, status="approved")
    assert approved.status == "approved" and approved.approved_at
    keys.revoke(ws, "A", reason="máy bị mất")
    before = dump(ws)
    assert keys.record_unit_key(ws, "A", raw, status="approved").status == "revoked"
    assert keys.record_unit_key(ws, "A", raw).status == "revoked"
    assert dump(ws) == before
    refused("no_pending_key", lambda: keys.approve(ws, "A", fingerprint=keys.fingerprint(raw)),
            ws=ws)
    assert not keys.trusted_for(ws, raw, "A")


def test_approve_needs_the_right_digits(ws):
    """Wrong digits are refused with both fingerprints named and the database unchanged; the
    right digits, however separated, approve the pending key (audited)."""
    raw = new_raw()
    key = keys.record_unit_key(ws, "A", raw)
    right = keys.fingerprint(raw)
    wrong = right[:-1] + str((int(right[-1]) + 1) % 10)
    error = refused("fingerprint_mismatch", lambda: keys.approve(ws, "A", fingerprint=wrong),
                    ws=ws)
    assert error.data == {"expected": wrong, "actual": right}
    refused("bad_fingerprint", lambda: keys.approve(ws, "A", fingerprint="12345"), ws=ws)
    refused("no_pending_key", lambda: keys.approve(ws, "B", fingerprint=right), ws=ws)
    assert not keys.trusted_for(ws, raw, "A")
    approved = keys.approve(ws, "A", fingerprint=right.replace(" ", "-"))
    assert (approved.id, approved.status) == (key.id, "approved") and approved.approved_at
    assert keys.trusted_for(ws, raw, "A")
    entries = audit_of(ws, key.id)
    assert [e["action"] for e in entries] == ["update", "create"]  # newest first
    assert json.loads(entries[0]["new_json"])["status"] == "approved"
    assert json.loads(entries[0]["old_json"])["status"] == "pending"
    assert right in entries[0]["reason"]
    refused("no_pending_key", lambda: keys.approve(ws, "A", fingerprint=right), ws=ws)
    assert audit.verify_chain(ws.db) == []


def test_approve_picks_the_pending_key_with_those_digits(ws):
    """Two pending keys for one unit (two enrolments): the digits choose which is approved."""
    first, second = new_raw(), new_raw()
    keys.record_unit_key(ws, "A", first)
    keys.record_unit_key(ws, "A", second)
    error = refused("fingerprint_mismatch",
                    lambda: keys.approve(ws, "A", fingerprint="1" * 40), ws=ws)
    assert keys.fingerprint(first) in error.data["actual"]
    assert keys.fingerprint(second) in error.data["actual"]
    keys.approve(ws, "A", fingerprint=keys.fingerprint(second))
    assert keys.trusted_for(ws, second, "A") and not keys.trusted_for(ws, first, "A")


def test_revoke(ws):
    """Revoking takes the unit's one key in force (or the one named); it is audited with the
    reason, and revoking it again changes nothing."""
    own = keys.ensure_own_key(ws)
    raw, other = new_raw(), new_raw()
    keys.record_unit_key(ws, "A", raw, status="approved")
    keys.record_unit_key(ws, "A", other)
    refused("ambiguous_key", lambda: keys.revoke(ws, "A"), ws=ws)
    refused("unknown_key", lambda: keys.revoke(ws, "A", key_id="0" * 16), ws=ws)
    refused("unknown_key", lambda: keys.revoke(ws, "B", key_id=keys.key_id(raw)), ws=ws)
    refused("no_active_key", lambda: keys.revoke(ws, "B"), ws=ws)
    refused("cannot_revoke_own_key", lambda: keys.revoke(ws, OWN), ws=ws)
    refused("cannot_revoke_own_key", lambda: keys.revoke(ws, OWN, key_id=own.key_id), ws=ws)
    revoked = keys.revoke(ws, "A", key_id=keys.key_id(raw).upper(), reason="máy tính bị mất")
    assert (revoked.status, revoked.key_id) == ("revoked", keys.key_id(raw)) and revoked.revoked_at
    (entry, _) = audit_of(ws, revoked.id)
    assert entry["reason"] == "máy tính bị mất"
    assert json.loads(entry["new_json"])["status"] == "revoked"
    before = dump(ws)
    assert keys.revoke(ws, "A", key_id=keys.key_id(raw)) == revoked
    assert dump(ws) == before
    rejected = keys.revoke(ws, "A")  # the pending one: the enrolment is rejected
    assert rejected.key_id == keys.key_id(other) and rejected.status == "revoked"
    refused("no_active_key", lambda: keys.revoke(ws, "A"), ws=ws)
    assert not keys.trusted_for(ws, raw, "A") and keys.trusted_for(ws, own.public_raw, OWN)


def test_trusted_for_matrix(ws):
    """Trusted means: approved, not revoked, recorded for that very unit; our own key for our
    own unit; never the root (checked with is_pinned_root), never an unknown key."""
    own = keys.ensure_own_key(ws)
    pending, approved, revoked, other_unit, root, unknown = (new_raw() for _ in range(6))
    keys.record_unit_key(ws, "A", pending)
    keys.record_unit_key(ws, "A", approved, status="approved")
    keys.record_unit_key(ws, "A", revoked, status="approved")
    keys.revoke(ws, "A", key_id=keys.key_id(revoked))
    keys.record_unit_key(ws, "B", other_unit, status="approved")
    keys.pin_root(ws, root, expected_fingerprint=keys.fingerprint(root), unit_code="SNV")
    expected = {
        (pending, "A"): False, (approved, "A"): True, (approved, "B"): False,
        (revoked, "A"): False, (other_unit, "A"): False, (other_unit, "B"): True,
        (own.public_raw, OWN): True, (own.public_raw, "A"): False,
        (root, "SNV"): False, (root, "A"): False, (unknown, "A"): False, (approved, ""): False,
    }
    for (raw, unit), trusted in expected.items():
        assert keys.trusted_for(ws, raw, unit) is trusted, (unit, trusted)
        assert keys.trusted_for(ws, keys.key_id(raw), unit) is trusted
    assert keys.trusted_for(ws, keys.key_id(approved).upper(), " A ")
    assert not keys.trusted_for(ws, approved[:31], "A")
    assert not keys.trusted_for(ws, None, "A")
    assert keys.is_pinned_root(ws, root) and keys.is_pinned_root(ws, keys.key_id(root))
    assert not keys.is_pinned_root(ws, approved) and not keys.is_pinned_root(ws, own.public_raw)


# -- the province root ------------------------------------------------------------------------

def test_pin_root_only_with_the_letter_fingerprint(ws):
    """The root is pinned only when the digits from the official letter match; pinning it again
    changes nothing; a second, different root is refused."""
    root = new_raw()
    assert keys.pinned_root(ws) is None
    wrong = keys.fingerprint(new_raw())
    error = refused("fingerprint_mismatch",
                    lambda: keys.pin_root(ws, root, expected_fingerprint=wrong), ws=ws)
    assert error.data == {"expected": wrong, "actual": keys.fingerprint(root)}
    refused("bad_fingerprint", lambda: keys.pin_root(ws, root, expected_fingerprint="abc"), ws=ws)
    assert keys.pinned_root(ws) is None
    pinned = keys.pin_root(ws, root, expected_fingerprint=keys.fingerprint(root).replace(" ", ""))
    assert (pinned.role, pinned.status, pinned.public_raw) == ("root", "approved", root)
    assert keys.pinned_root(ws) == pinned
    before = dump(ws)
    assert keys.pin_root(ws, root, expected_fingerprint=keys.fingerprint(root)) == pinned
    assert dump(ws) == before
    second = new_raw()
    error = refused("root_already_pinned",
                    lambda: keys.pin_root(ws, second, expected_fingerprint=keys.fingerprint(second)),
                    ws=ws)
    assert error.data["key_id"] == pinned.key_id
    refused("key_in_use", lambda: keys.record_unit_key(ws, "A", root), ws=ws)


def test_a_unit_key_cannot_become_the_root(ws):
    """A key already known as a unit's key (or our own) is not pinned as the root."""
    unit_key = new_raw()
    keys.record_unit_key(ws, "A", unit_key)
    refused("key_in_use", lambda: keys.pin_root(
        ws, unit_key, expected_fingerprint=keys.fingerprint(unit_key)), ws=ws)
    own = keys.ensure_own_key(ws)
    refused("key_in_use", lambda: keys.pin_root(
        ws, own.public_raw, expected_fingerprint=own.fingerprint), ws=ws)


def test_the_root_is_not_revoked_like_a_unit_key(ws):
    """The root is replaced by rotation, not revoked with `keys revoke`."""
    root = new_raw()
    pinned = keys.pin_root(ws, root, expected_fingerprint=keys.fingerprint(root), unit_code="SNV")
    refused("cannot_revoke_root", lambda: keys.revoke(ws, "SNV", key_id=pinned.key_id), ws=ws)


def test_rotation_with_a_statement_signed_by_the_current_root(ws):
    """A new root is pinned only with the current root's signature over
    "cchc-root-rotation:<old>:<new>"; the old root is revoked in the same unit of work."""
    old_private, new_private = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    old, new = raw_of(old_private), raw_of(new_private)
    refused("no_pinned_root", lambda: keys.rotate_root(ws, new, b"\0" * 64), ws=ws)
    keys.pin_root(ws, old, expected_fingerprint=keys.fingerprint(old))
    statement = keys.rotation_statement(keys.key_id(old), keys.key_id(new))
    assert statement == f"cchc-root-rotation:{keys.key_id(old)}:{keys.key_id(new)}".encode()
    for bad in (new_private.sign(statement),                         # signed by the new key
                old_private.sign(statement + b"x"),                   # another statement
                old_private.sign(keys.rotation_statement(keys.key_id(old),
                                                         keys.key_id(new_raw()))),
                b"\0" * 64, b"", None):
        refused("bad_rotation_statement", lambda bad=bad: keys.rotate_root(ws, new, bad), ws=ws)
    assert keys.pinned_root(ws).public_raw == old
    rotated = keys.rotate_root(ws, new, old_private.sign(statement))
    assert keys.pinned_root(ws) == rotated and rotated.public_raw == new
    assert not keys.is_pinned_root(ws, old) and keys.is_pinned_root(ws, new)
    by_id = {k.key_id: k for k in keys.list_keys(ws)}
    assert by_id[keys.key_id(old)].status == "revoked" and by_id[keys.key_id(old)].revoked_at
    # Going back to the old root is impossible, even with a valid statement.
    back = keys.rotation_statement(keys.key_id(new), keys.key_id(old))
    refused("key_revoked", lambda: keys.rotate_root(ws, old, new_private.sign(back)), ws=ws)
    assert audit.verify_chain(ws.db) == []


# -- proofs, listing, the slip ----------------------------------------------------------------

def test_proof_of_possession(ws):
    """The enrolment proof is the key's signature of "cchc-enrol:<unit_id>:<key_id>"."""
    own = keys.ensure_own_key(ws)
    unit_id = workspaces.own_unit_id(ws)
    assert keys.proof_statement(unit_id, own.key_id) == \
        f"cchc-enrol:{unit_id}:{own.key_id}".encode()
    proof = keys.make_proof(ws)
    assert keys.check_proof(own.public_raw, unit_id, proof)
    assert not keys.check_proof(own.public_raw, "another-unit-id", proof)
    assert not keys.check_proof(new_raw(), unit_id, proof)
    assert not keys.check_proof(own.public_raw[:31], unit_id, proof)
    assert not keys.check_proof(own.public_raw, unit_id, proof[:63])
    other = Ed25519PrivateKey.generate()
    forged = other.sign(keys.proof_statement(unit_id, own.key_id))
    assert not keys.check_proof(own.public_raw, unit_id, forged)


def test_list_keys_orders_own_root_then_units(ws):
    """The list shows our key, then the root, then unit keys by unit code."""
    keys.record_unit_key(ws, "B", new_raw())
    keys.record_unit_key(ws, "A", new_raw())
    root = new_raw()
    keys.pin_root(ws, root, expected_fingerprint=keys.fingerprint(root))
    keys.ensure_own_key(ws)
    listed = keys.list_keys(ws)
    assert [(k.role, k.unit_code) for k in listed] == [("own", OWN), ("root", ""), ("unit", "A"),
                                                       ("unit", "B")]
    assert all(isinstance(k.to_json()["public_key"], str) for k in listed)
    json.dumps([k.to_json() for k in listed])


@pytest.mark.parametrize("lang,words", [("vi", ["THỦ TRƯỞNG ĐƠN VỊ", "Ký, ghi rõ họ tên"]),
                                        ("en", ["HEAD OF THE UNIT", "Signature"])])
def test_enrolment_slip(ws, lang, words):
    """The slip names the unit and key and prints the fingerprint as numbered groups, with a
    place for the head of the unit to sign."""
    import datetime as dt

    own = keys.ensure_own_key(ws)
    text = keys.slip_text("STP", "Sở  Tư pháp", own, lang, today=dt.date(2026, 5, 4))
    assert "Sở Tư pháp" in text and "STP" in text and own.key_id in text
    assert own.fingerprint in text and own.public_b64 in text and "2026-05-04" in text
    for number, group in enumerate(own.fingerprint.split(), start=1):
        assert f"({number}) {' '.join(group)}" in text
    for word in words:
        assert word in text
    assert keys.normalise_fingerprint(own.fingerprint) == own.fingerprint
