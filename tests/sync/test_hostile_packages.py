"""Hostile and unlucky packages at the package level: the manifest, its signature, who signed
it, what it claims (unit, province, recipient, campaign, criteria set), its order in the
sender's sequence, and what its records cite (docs/package-format.md §2–§6). The container
itself — names, links, sizes, overlaps, compression, a million entries — is
tests/sync/test_archive.py; one smoke case here shows such a refusal reaches the import result.

Every case checks the outcome state, the exact code, that the code reads as a full sentence in
both languages, and:

- refused: the workspace is byte for byte what it was (every row of the database, and every
  file under the workspace folder but the lock files), and quarantine/ and staging/ are empty;
- held (quarantined / conflict): exactly one packages row in that state, the file kept in
  quarantine/ and byte-equal to what was imported, and nothing merged.

The helpers (a coordinator and a unit, packages taken apart and put back together, signed by
keys the test holds, snapshots of a workspace) are shared with test_package_properties.py and
test_import_crash.py."""

from __future__ import annotations

import hashlib
import json
import string
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from zip_builder import basic_members, build, member

from desktop import messages
from desktop.models import assessments, campaigns, evidence, units, workspaces
from desktop.models.errors import InvalidInput
from desktop.models.store import Workspace, open_workspace
from desktop.sync import archive, canonical, exchange, keys

PROVINCE = "An Giang"
LOCK_FILES = (".lock", ".lock-owner.json")


# -- a coordinator and a unit -------------------------------------------------------------------

@dataclass
class World:
    """SNV (coordinator) with a campaign STP and SYT take part in; STP (unit) has pinned the
    province key; depending on the set-up it has enrolled and been approved."""
    tmp: Path
    coord: Path
    unit: Path
    root_fingerprint: str = ""
    unit_fingerprint: str = ""
    counter: int = field(default=0)

    def unit_key(self) -> Ed25519PrivateKey:
        with open_workspace(self.unit) as ws:
            return keys.load_private_key(ws)


def make_world(tmp: Path, *, enrol: bool = True, approve: bool = True) -> World:
    coord = workspaces.create_workspace(tmp / "coord", "main", role="coordinator", unit_code="SNV",
                                        unit_name="Sở Nội vụ", province=PROVINCE,
                                        sample_group="so-ban-nganh")
    with open_workspace(coord) as ws:
        campaign = campaigns.require_active_campaign(ws)
        for code, name in (("STP", "Sở Tư pháp"), ("SYT", "Sở Y tế")):
            unit = units.create_unit(ws, code=code, name=name, unit_type="so", province=PROVINCE)
            campaigns.enrol_unit(ws, campaign.id, unit.id, "so-ban-nganh")
        root_fp = keys.ensure_own_key(ws).fingerprint
        exchange.export_campaign(ws, tmp / "campaign.cchc")
    unit_dir = workspaces.create_workspace(tmp / "unit", "main", role="unit", unit_code="STP",
                                           unit_name="Sở Tư pháp", province=PROVINCE)
    world = World(tmp, coord, unit_dir, root_fp)
    with open_workspace(unit_dir) as ws:
        result = exchange.import_package(ws, tmp / "campaign.cchc", trust_fingerprint=root_fp)
        assert result.state == "accepted", result
        world.unit_fingerprint = keys.ensure_own_key(ws).fingerprint
        if enrol:
            exchange.export_enrolment(ws, tmp / "enrol.cchc")
    if enrol:
        with open_workspace(coord) as ws:
            assert exchange.import_package(ws, tmp / "enrol.cchc").state == "accepted"
            if approve:
                keys.approve(ws, "STP", fingerprint=world.unit_fingerprint)
    return world


def evidence_bytes(index: int, size: int) -> bytes:
    """`size` bytes of a pretend scan, different for every index."""
    head = f"%PDF-1.4 biên bản số {index}\n".encode()
    seed = hashlib.sha256(f"evidence {index}".encode()).digest()
    body = (seed * (size // len(seed) + 1))[:max(0, size - len(head))]
    return (head + body)[:size] if size >= len(head) else head[:size]


def submit(world: World, name: str = "sub.cchc", *, files: list[int] | None = None,
           explanation: str = "Một nửa kế hoạch tuyên truyền.",
           file_bytes: Callable[[int, int], bytes] = evidence_bytes) -> Path:
    """The unit scores two criteria, cites evidence files for 1.1.1 (sizes in bytes, one
    file per entry; one small file by default) and exports a submission."""
    sizes = [200] if files is None else files
    with open_workspace(world.unit) as ws:
        campaign = campaigns.require_active_campaign(ws)
        unit_id = workspaces.own_unit_id(ws)
        assessments.score_criterion(ws, campaign.id, unit_id, "1.1.1", "kịp thời")
        for size in sizes:
            world.counter += 1
            scan = world.tmp / f"Kế hoạch CCHC {world.counter}.pdf"
            scan.write_bytes(file_bytes(world.counter, size))
            evidence.add_evidence(ws, scan, doc_number=f"{world.counter}/KH-STP",
                                  doc_date="2026-01-08", criterion_code="1.1.1")
        assessments.score_criterion(ws, campaign.id, unit_id, "1.4", "50", explanation=explanation)
        out = world.tmp / name
        exchange.export_submission(ws, out)
    return out


# -- packages taken apart and put back together -------------------------------------------------

@dataclass
class Pkg:
    """A package's parts, to change and re-sign. `members` are the payload (name, bytes) in
    archive order; the manifest is kept both parsed and as the exact signed bytes."""
    manifest: dict[str, Any]
    manifest_bytes: bytes
    signature: bytes
    members: list[tuple[str, bytes]]

    @classmethod
    def load(cls, path: Path) -> Pkg:
        with zipfile.ZipFile(path) as zf:
            names = zf.namelist()
            assert names[:2] == ["manifest.json", "manifest.sig"]
            manifest_bytes = zf.read("manifest.json")
            return cls(json.loads(manifest_bytes), manifest_bytes, zf.read("manifest.sig"),
                       [(name, zf.read(name)) for name in names[2:]])

    @property
    def package_hash(self) -> str:
        return hashlib.sha256(self.manifest_bytes).hexdigest()

    def document(self, name: str) -> dict[str, Any]:
        entry = next(m for m in self.manifest["members"] if m.get("document") == name)
        return json.loads(dict(self.members)[entry["name"]])

    def set_document(self, name: str, data: bytes | dict[str, Any]) -> None:
        """Replace a records document (canonical JSON of `data`, or these exact bytes) and
        its entry in the manifest. Sign again afterwards."""
        raw = data if isinstance(data, bytes) else canonical.dumps(data)
        digest = hashlib.sha256(raw).hexdigest()
        entry = next(m for m in self.manifest["members"] if m.get("document") == name)
        old = entry["name"]
        entry.update(name=f"data/{digest}.json", sha256=digest, size=len(raw))
        self.members = [(entry["name"], raw) if n == old else (n, b) for n, b in self.members]
        self.fix_payload()

    def fix_payload(self) -> None:
        self.manifest["payload"] = {"bytes": sum(m["size"] for m in self.manifest["members"]),
                                    "count": len(self.manifest["members"])}

    def sign(self, key: Ed25519PrivateKey, *, raw: bytes | None = None,
             as_signer: bool = True) -> Pkg:
        """Re-encode the manifest (or take `raw` bytes as they are) and sign it with `key`;
        with `as_signer` the manifest names that key as the sender's."""
        if as_signer and raw is None:
            public = keys._public_raw_of(key)
            self.manifest["sender"]["public_key"] = keys.public_b64(public)
            self.manifest["sender"]["key_id"] = keys.key_id(public)
        self.manifest_bytes = raw if raw is not None else canonical.dumps(self.manifest)
        self.signature = key.sign(self.manifest_bytes)
        return self

    def save(self, path: Path, *, manifest_stored: bool = False) -> Path:
        """Written by the product's own ZIP writer (valid structure, truthful CRCs)."""
        entries = [archive.Entry("manifest.json", self.manifest_bytes, not manifest_stored),
                   archive.Entry("manifest.sig", self.signature, False)]
        entries += [archive.Entry(name, data, name.startswith("data/")) for name, data in self.members]
        archive.write_package(path, entries)
        return path


def data_offset(path: Path, name: str) -> tuple[int, int]:
    """(where a member's stored bytes start in the file, how many there are)."""
    raw = path.read_bytes()
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(name)
    head = info.header_offset
    name_len, extra_len = int.from_bytes(raw[head + 26:head + 28], "little"), \
        int.from_bytes(raw[head + 28:head + 30], "little")
    return head + 30 + name_len + extra_len, info.compress_size


def evidence_name(path: Path) -> str:
    return next(n for n, _ in Pkg.load(path).members if n.startswith("files/"))


# -- the workspace before and after ----------------------------------------------------------

def files_of(folder: Path) -> dict[str, str]:
    """Every file under the workspace folder but the lock files, with its SHA-256."""
    out = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.name not in LOCK_FILES:
            out[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def dump(ws: Workspace) -> list[str]:
    return list(ws.db.conn.iterdump())


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def check_sentence(result: exchange.ImportResult) -> None:
    """The code has a sentence in both languages with every blank filled from the data."""
    assert result.code in messages.MESSAGES, result.code
    error = InvalidInput(result.code, **result.data)
    for lang in messages.LANGS:
        template = messages.MESSAGES[result.code][1 if lang == "en" else 0]
        filled = string.Formatter().vformat(template, (), {**result.data, "owner_sfx": ""})
        text = messages.sentence(error, lang)
        assert text == filled and "?" not in text, (lang, text)


def import_refused(folder: Path, path: Path, code: str, /, *, trust: str | None = None,
                   state: str = "refused", **data: object) -> exchange.ImportResult:
    """Import `path` into the (closed) workspace `folder`: refused with `code` (and these data
    values), nothing changed, nothing left in quarantine or staging."""
    before_files = files_of(folder)
    with open_workspace(folder) as ws:
        before = dump(ws)
        result = exchange.import_package(ws, path, trust_fingerprint=trust)
        after = dump(ws)
    assert (result.state, result.code) == (state, code), result
    for key, value in data.items():
        assert result.data.get(key) == value, (key, result.data)
    if "path" in result.data:  # the file the user chose, never our copy in quarantine/
        assert result.data["path"] == str(path)
    check_sentence(result)
    assert after == before, "the database changed"
    assert files_of(folder) == before_files, "a file of the workspace changed"
    assert listing(folder / "quarantine") == [] and listing(folder / "staging") == []
    return result


MERGED_TABLES = ("assessments", "evidence", "files", "evidence_assessments", "tasks",
                 "evidence_tasks", "keys", "package_sequences")


def table_rows(ws: Workspace, tables: tuple[str, ...] = MERGED_TABLES) -> dict[str, list]:
    return {t: sorted(map(tuple, ws.db.execute(f"SELECT * FROM {t}").fetchall()), key=repr)
            for t in tables}


def import_held(folder: Path, path: Path, state: str, code: str) -> exchange.ImportResult:
    """Held (quarantined or conflict): recorded and kept, nothing merged."""
    evidence_before = [f for f in files_of(folder) if f.startswith("evidence")]
    with open_workspace(folder) as ws:
        rows_before = table_rows(ws)
        held_before = ws.db.execute("SELECT count(*) FROM packages WHERE state = ?",
                                    [state]).fetchone()[0]
        result = exchange.import_package(ws, path)
        assert (result.state, result.code) == (state, code), result
        check_sentence(result)
        assert table_rows(ws) == rows_before, "something was merged"
        rows = ws.db.execute("SELECT state, reason, stored_name FROM packages WHERE "
                             "package_hash = ?", [result.package_hash]).fetchall()
        assert len(rows) == 1 and tuple(rows[0][:2]) == (state, code)
        assert ws.db.execute("SELECT count(*) FROM packages WHERE state = ?",
                             [state]).fetchone()[0] == held_before + 1
        kept = folder / rows[0][2]
        assert kept.parent.name == "quarantine" and kept.read_bytes() == path.read_bytes()
    assert [f for f in files_of(folder) if f.startswith("evidence")] == evidence_before
    assert listing(folder / "staging") == []
    return result


def import_ok(folder: Path, path: Path) -> exchange.ImportResult:
    with open_workspace(folder) as ws:
        result = exchange.import_package(ws, path)
    assert result.state == "accepted", result
    return result


# -- fixtures -----------------------------------------------------------------------------------

@pytest.fixture
def world(tmp_path: Path) -> World:
    return make_world(tmp_path)


@pytest.fixture
def sub(world: World) -> Path:
    return submit(world)


# -- bytes changed in transit -----------------------------------------------------------------

def test_a_byte_flipped_in_an_evidence_file(world: World, sub: Path) -> None:
    start, length = data_offset(sub, evidence_name(sub))
    raw = bytearray(sub.read_bytes())
    raw[start + length // 2] ^= 0x20
    flipped = world.tmp / "flipped.cchc"
    flipped.write_bytes(bytes(raw))
    import_refused(world.coord, flipped, "package_member_corrupt", member=evidence_name(sub))


def test_a_byte_flipped_in_an_evidence_file_with_its_crc_recomputed(world: World, sub: Path) -> None:
    """The ZIP layer is satisfied (CRC-32 and sizes agree); only SHA-256 catches it."""
    pkg = Pkg.load(sub)
    name = evidence_name(sub)
    pkg.members = [(n, (b[:50] + bytes([b[50] ^ 1]) + b[51:]) if n == name else b)
                   for n, b in pkg.members]
    forged = pkg.save(world.tmp / "crc-fixed.cchc")
    with zipfile.ZipFile(forged) as zf:
        assert zf.testzip() is None  # the archive itself is perfectly consistent
    import_refused(world.coord, forged, "package_member_corrupt", member=name)


def test_zeros_over_part_of_a_member(world: World) -> None:
    sub = submit(world, files=[300_000])
    start, length = data_offset(sub, evidence_name(sub))
    raw = bytearray(sub.read_bytes())
    raw[start + 1000:start + 1000 + 65536] = bytes(65536)
    zeroed = world.tmp / "zeroed.cchc"
    zeroed.write_bytes(bytes(raw))
    import_refused(world.coord, zeroed, "package_member_corrupt")


def test_a_byte_flipped_in_the_manifest(world: World, sub: Path) -> None:
    """Changed after signing (a letter of the package id), CRC correct: the signature fails.
    The same flip in the stored bytes without a new CRC: the member is corrupt."""
    pkg = Pkg.load(sub)
    at = pkg.manifest_bytes.index(b'"package_id":"') + len(b'"package_id":"')
    changed = bytearray(pkg.manifest_bytes)
    changed[at] = ord("0") if changed[at] != ord("0") else ord("1")
    pkg.manifest_bytes = bytes(changed)  # the old signature kept
    canonical.loads(pkg.manifest_bytes)  # still perfectly canonical JSON
    import_refused(world.coord, pkg.save(world.tmp / "m1.cchc"), "package_bad_signature")

    original = Pkg.load(sub).save(world.tmp / "stored.cchc", manifest_stored=True)
    start, _ = data_offset(original, "manifest.json")
    raw = bytearray(original.read_bytes())
    raw[start + at] ^= 0x01
    (world.tmp / "m2.cchc").write_bytes(bytes(raw))
    import_refused(world.coord, world.tmp / "m2.cchc", "package_member_corrupt",
                   member="manifest.json")


def test_a_byte_flipped_in_the_signature(world: World, sub: Path) -> None:
    pkg = Pkg.load(sub)
    pkg.signature = bytes([pkg.signature[0] ^ 0x80]) + pkg.signature[1:]
    import_refused(world.coord, pkg.save(world.tmp / "sig.cchc"), "package_bad_signature")


def test_a_truncated_file(world: World) -> None:
    """Half a USB copy."""
    sub = submit(world, files=[100_000])
    half = world.tmp / "half.cchc"
    half.write_bytes(sub.read_bytes()[:sub.stat().st_size // 2])
    import_refused(world.coord, half, "package_truncated")


# -- who signed it ------------------------------------------------------------------------------

def test_resigned_by_an_unknown_key_is_held(world: World, sub: Path) -> None:
    stranger = Ed25519PrivateKey.generate()
    forged = Pkg.load(sub).sign(stranger).save(world.tmp / "stranger.cchc")
    result = import_held(world.coord, forged, "quarantined", "package_untrusted_key")
    assert result.data["fingerprint"] == keys.fingerprint(keys._public_raw_of(stranger))
    assert result.data["unit"] == "STP"


def test_an_unknown_key_cannot_make_a_conflict_in_a_units_name(world: World, sub: Path) -> None:
    """STP's sequence 1 is merged; a stranger's "sequence 1" for STP is held as untrusted (who
    may send it is decided before the order), never recorded as STP's conflict."""
    import_ok(world.coord, sub)
    forged = Pkg.load(sub)
    forged.manifest["package_id"] = str(uuid.uuid4())
    forged.sign(Ed25519PrivateKey.generate()).save(world.tmp / "stranger.cchc")
    import_held(world.coord, world.tmp / "stranger.cchc", "quarantined", "package_untrusted_key")


def test_a_campaign_resigned_by_an_unknown_key_at_a_unit_that_pinned_the_root(world: World) -> None:
    for sequence in (1, 2):  # 1: the same number as the pinned campaign; 2: a later one
        forged = Pkg.load(world.tmp / "campaign.cchc")
        forged.manifest["sequence"] = sequence
        forged.manifest["package_id"] = str(uuid.uuid4())
        forged.sign(Ed25519PrivateKey.generate()).save(world.tmp / f"fake-{sequence}.cchc")
        import_refused(world.unit, world.tmp / f"fake-{sequence}.cchc", "package_not_from_root")


def test_signed_by_unit_a_claiming_unit_b(world: World, sub: Path) -> None:
    """STP's approved key, sender SYT: STP's key does not speak for SYT (§4: held)."""
    forged = Pkg.load(sub)
    forged.manifest["sender"]["unit_code"] = "SYT"
    forged.sign(world.unit_key()).save(world.tmp / "a-as-b.cchc")
    result = import_held(world.coord, world.tmp / "a-as-b.cchc", "quarantined",
                         "package_untrusted_key")
    assert result.data["unit"] == "SYT"
    assert result.data["fingerprint"] == world.unit_fingerprint


def test_enrolled_but_not_yet_approved(tmp_path: Path) -> None:
    world = make_world(tmp_path, approve=False)
    import_held(world.coord, submit(world), "quarantined", "package_untrusted_key")


def test_a_revoked_key(world: World, sub: Path) -> None:
    with open_workspace(world.coord) as ws:
        keys.revoke(ws, "STP", reason="máy bị mất")
    import_held(world.coord, sub, "quarantined", "package_untrusted_key")


def test_a_held_package_imported_again_is_a_duplicate(world: World, sub: Path) -> None:
    with open_workspace(world.coord) as ws:
        keys.revoke(ws, "STP")
    import_held(world.coord, sub, "quarantined", "package_untrusted_key")
    before_files = files_of(world.coord)
    with open_workspace(world.coord) as ws:
        before = dump(ws)
        again = exchange.import_package(ws, sub)
        assert (again.state, again.code) == ("duplicate", "")
        assert dump(ws) == before
    assert files_of(world.coord) == before_files


def test_a_campaign_package_presented_as_a_submission(world: World) -> None:
    """The type is inside what is signed: rewriting it breaks the signature; and a genuine
    campaign package offered to the coordinator is refused for its role."""
    pkg = Pkg.load(world.tmp / "campaign.cchc")
    pkg.manifest_bytes = pkg.manifest_bytes.replace(b'"type":"campaign"', b'"type":"submission"')
    import_refused(world.coord, pkg.save(world.tmp / "as-sub.cchc"), "package_bad_signature")
    import_refused(world.coord, world.tmp / "campaign.cchc", "package_wrong_role",
                   role="coordinator", needed="unit")


def test_a_submission_offered_to_a_unit(world: World, sub: Path) -> None:
    import_refused(world.unit, sub, "package_wrong_role", role="unit", needed="coordinator")


# -- the manifest as JSON: re-signed with a key the test holds ----------------------------------

@pytest.mark.parametrize(("name", "edit", "reason"), [
    ("duplicate key", lambda m: b'{"body":{"x":1},' + m[1:], "duplicate_key"),
    ("NaN", lambda m: m.replace(b'"sequence":1,', b'"sequence":NaN,'), "nan"),
    ("Infinity", lambda m: m.replace(b'"sequence":1,', b'"sequence":-Infinity,'), "infinity"),
    ("huge number", lambda m: m.replace(b'"sequence":1,', b'"sequence":' + b"9" * 400 + b","),
     "big_integer"),
    ("just past 2**53", lambda m: m.replace(b'"sequence":1,', b'"sequence":9007199254740993,'),
     "big_integer"),
    ("float", lambda m: m.replace(b'"sequence":1,', b'"sequence":1.0,'), "float"),
    ("deep nesting", lambda m: m.replace(b'"body":{}', b'"body":' + b'{"a":' * 40 + b"{}"
                                         + b"}" * 40), "too_deep"),
    ("very deep nesting", lambda m: m.replace(b'"body":{}', b'"body":' + b"[" * 100_000
                                              + b"]" * 100_000), "too_deep"),
    ("whitespace", lambda m: m.replace(b",", b", ", 1), "not_canonical"),
])
def test_strict_json_in_a_resigned_manifest(world: World, sub: Path, name: str,
                                            edit: Callable[[bytes], bytes], reason: str) -> None:
    pkg = Pkg.load(sub)
    raw = edit(pkg.manifest_bytes)
    assert raw != pkg.manifest_bytes, name
    pkg.sign(world.unit_key(), raw=raw)  # a valid signature by the approved key
    import_refused(world.coord, pkg.save(world.tmp / "json.cchc"), "package_bad_json",
                   part="manifest.json", reason=reason)


def test_duplicate_keys_in_a_records_document(world: World, sub: Path) -> None:
    pkg = Pkg.load(sub)
    doc = canonical.dumps(pkg.document("submission"))
    pkg.set_document("submission", b'{"assessments":[],' + doc[1:])
    pkg.sign(world.unit_key())
    result = import_refused(world.coord, pkg.save(world.tmp / "doc.cchc"), "package_bad_json",
                            reason="duplicate_key")
    assert result.data["part"].startswith("data/")


# -- members --------------------------------------------------------------------------------------

def test_a_member_not_in_the_manifest(world: World, sub: Path) -> None:
    pkg = Pkg.load(sub)
    extra = b"%PDF-1.4 a file nobody listed"
    pkg.members.append((f"files/{hashlib.sha256(extra).hexdigest()}", extra))
    import_refused(world.coord, pkg.save(world.tmp / "extra.cchc"), "package_member_unlisted")


def test_a_manifest_member_missing_from_the_zip(world: World, sub: Path) -> None:
    pkg = Pkg.load(sub)
    name = evidence_name(sub)
    pkg.members = [(n, b) for n, b in pkg.members if n != name]
    import_refused(world.coord, pkg.save(world.tmp / "missing.cchc"), "package_missing_member",
                   member=name)


def test_a_record_citing_evidence_not_in_the_package(world: World, sub: Path) -> None:
    pkg = Pkg.load(sub)
    doc = pkg.document("submission")
    ghost = hashlib.sha256(b"not here").hexdigest()
    next(a for a in doc["assessments"] if a["evidence"])["evidence"].append(ghost)
    pkg.set_document("submission", doc)
    pkg.sign(world.unit_key())
    import_refused(world.coord, pkg.save(world.tmp / "ghost.cchc"), "package_missing_evidence",
                   sha256=ghost[:16])


def test_an_evidence_description_of_a_file_not_in_the_package(world: World, sub: Path) -> None:
    """No record links it, but the evidence list describes it and the receiver does not hold
    it: merging would make an evidence row whose file is nowhere. Refused, naming the file
    (an incremental submission may only cite files the receiver already has)."""
    pkg = Pkg.load(sub)
    doc = pkg.document("submission")
    ghost = hashlib.sha256(b"not here either").hexdigest()
    doc["evidence"].append(dict(doc["evidence"][0], sha256=ghost, original_name="Ma.pdf"))
    pkg.set_document("submission", doc)
    pkg.sign(world.unit_key())
    import_refused(world.coord, pkg.save(world.tmp / "ghost2.cchc"), "package_references_missing",
                   count=1, names="Ma.pdf")


def test_a_file_nobody_describes(world: World, sub: Path) -> None:
    """A listed, intact evidence file that no record describes would only be left in the
    store: refused."""
    pkg = Pkg.load(sub)
    doc = pkg.document("submission")
    doc["evidence"] = []
    for record in doc["assessments"] + doc["tasks"]:
        record["evidence"] = []
    pkg.set_document("submission", doc)
    pkg.sign(world.unit_key())
    import_refused(world.coord, pkg.save(world.tmp / "silent.cchc"), "package_bad_records",
                   reason="evidence_not_described")


def test_an_enrolment_carrying_files(tmp_path: Path) -> None:
    """An enrolment may come from anyone: it must not be a way to put files in the store."""
    world = make_world(tmp_path, enrol=False)
    with open_workspace(world.unit) as ws:
        exchange.export_enrolment(ws, world.tmp / "enrol.cchc")
    pkg = Pkg.load(world.tmp / "enrol.cchc")
    payload = b"%PDF-1.4 anything at all"
    digest = hashlib.sha256(payload).hexdigest()
    pkg.members.append((f"files/{digest}", payload))
    pkg.manifest["members"].append({"name": f"files/{digest}", "sha256": digest,
                                    "size": len(payload), "role": "evidence",
                                    "media_type": "application/pdf", "original_name": "x.pdf"})
    pkg.fix_payload()
    pkg.sign(world.unit_key())
    import_refused(world.coord, pkg.save(world.tmp / "enrol-files.cchc"), "package_bad_records",
                   reason="evidence_not_allowed")


def test_two_documents_under_one_name(world: World, sub: Path) -> None:
    pkg = Pkg.load(sub)
    entry = next(m for m in pkg.manifest["members"] if m.get("document") == "submission")
    other = canonical.dumps({"assessments": [], "evidence": [], "tasks": [],
                             "unit": {"code": "STP", "name": "x"}})
    digest = hashlib.sha256(other).hexdigest()
    pkg.manifest["members"].insert(0, dict(entry, name=f"data/{digest}.json", sha256=digest,
                                           size=len(other)))
    pkg.members.insert(0, (f"data/{digest}.json", other))
    pkg.fix_payload()
    pkg.sign(world.unit_key())
    import_refused(world.coord, pkg.save(world.tmp / "two-docs.cchc"), "package_bad_manifest")


def test_a_refusal_while_merging_leaves_no_evidence_behind(world: World) -> None:
    """Signed by the approved key, but a score the rule does not give: refused in the merge
    transaction, after the evidence was staged and moved into the store — which is undone."""
    sub = submit(world, files=[5000, 7000])
    pkg = Pkg.load(sub)
    doc = pkg.document("submission")
    next(a for a in doc["assessments"] if a["criterion"] == "1.4")["score"] = "1.5"
    pkg.set_document("submission", doc)
    pkg.sign(world.unit_key()).save(world.tmp / "score.cchc")
    import_refused(world.coord, world.tmp / "score.cchc", "package_score_mismatch",
                   code="1.4", sent="1.5")
    assert listing(world.coord / "evidence") in ([], [".tmp"])  # no empty folders either


# -- the same package again, and the sender's sequence --------------------------------------------

def test_the_same_package_twice_and_the_same_manifest_rezipped(world: World, sub: Path) -> None:
    first = import_ok(world.coord, sub)
    rezipped = Pkg.load(sub).save(world.tmp / "rezipped.cchc", manifest_stored=True)
    assert rezipped.read_bytes() != sub.read_bytes()
    for again in (sub, rezipped):
        before_files = files_of(world.coord)
        with open_workspace(world.coord) as ws:
            before = dump(ws)
            result = exchange.import_package(ws, again)
            assert (result.state, result.code) == ("duplicate", "")
            assert result.package_hash == first.package_hash
            assert dump(ws) == before
        assert files_of(world.coord) == before_files
        assert listing(world.coord / "quarantine") == [] == listing(world.coord / "staging")


def test_an_older_sequence(world: World) -> None:
    first = submit(world, "sub1.cchc")
    second = submit(world, "sub2.cchc", explanation="Đã bổ sung.")
    import_ok(world.coord, second)
    import_refused(world.coord, first, "package_stale", state="stale", sequence=1, last=2)


def test_the_same_sequence_with_other_content(world: World, sub: Path) -> None:
    import_ok(world.coord, sub)
    other = Pkg.load(sub)
    other.manifest["package_id"] = str(uuid.uuid4())
    doc = other.document("submission")
    next(a for a in doc["assessments"] if a["explanation"])["explanation"] = "Nội dung khác."
    other.set_document("submission", doc)
    other.sign(world.unit_key()).save(world.tmp / "other.cchc")
    with open_workspace(world.coord) as ws:
        explanations = sorted(r[0] for r in ws.db.execute("SELECT explanation FROM assessments"))
    result = import_held(world.coord, world.tmp / "other.cchc", "conflict", "package_conflict")
    assert result.data["sequence"] == 1
    with open_workspace(world.coord) as ws:
        assert sorted(r[0] for r in ws.db.execute("SELECT explanation FROM assessments")) \
            == explanations


def test_a_huge_sequence_jump_is_accepted_and_flagged(world: World, sub: Path) -> None:
    import_ok(world.coord, sub)
    later = Pkg.load(sub)
    later.manifest["package_id"] = str(uuid.uuid4())
    later.manifest["sequence"] = 1_000_000
    doc = later.document("submission")
    next(a for a in doc["assessments"] if a["explanation"])["explanation"] = "Bản sau."
    later.set_document("submission", doc)
    later.sign(world.unit_key()).save(world.tmp / "later.cchc")
    result = import_ok(world.coord, world.tmp / "later.cchc")
    assert result.flags == ["gap:2-999999"]
    with open_workspace(world.coord) as ws:
        row = ws.db.execute("SELECT flags, sequence FROM packages WHERE package_hash = ?",
                            [result.package_hash]).fetchone()
        assert tuple(row) == ("gap:2-999999", 1_000_000)
        assert "Bản sau." in {r[0] for r in ws.db.execute("SELECT explanation FROM assessments")}


# -- what it claims --------------------------------------------------------------------------------

@pytest.mark.parametrize(("change", "code", "data"), [
    (lambda m: m.update(province="Hà Nội"), "package_other_province", {"province": "Hà Nội"}),
    (lambda m: m["recipient"].update(unit_code="SNV-HN"), "package_not_for_us",
     {"recipient": "SNV-HN"}),
    (lambda m: m["campaign"].update(id="00000000-0000-4000-8000-000000000000"),
     "package_unknown_campaign", {"campaign": "00000000-0000-4000-8000-000000000000"}),
    (lambda m: m.update(criteria_set_hash="0" * 64), "package_unknown_criteria_set",
     {"hash": "0" * 64}),
    (lambda m: m["sender"].update(unit_code="SXD"), "package_unknown_unit", {"unit": "SXD"}),
    (lambda m: m.update(format_version=2), "package_unsupported_version", {"value": "2"}),
    (lambda m: m.update(type="ranking"), "package_type_unsupported", {"type": "ranking"}),
])
def test_another_province_recipient_campaign_or_criteria_set(
        world: World, sub: Path, change: Callable[[dict], None], code: str,
        data: dict[str, str]) -> None:
    pkg = Pkg.load(sub)
    change(pkg.manifest)
    pkg.sign(world.unit_key())  # genuinely signed by the approved key: the claim is the problem
    import_refused(world.coord, pkg.save(world.tmp / "claim.cchc"), code, **data)


# -- the container: one smoke case through import ----------------------------------------------

@pytest.mark.parametrize(("name", "code"), [
    ("../../etc/cron.d/x", "package_bad_member_name"),
    ("files/CON.pdf", "package_bad_member_name"),
    ("files/" + "a" * 300, "package_bad_member_name"),
])
def test_a_hostile_container_reaches_the_result_and_changes_nothing(
        world: World, name: str, code: str) -> None:
    bad = world.tmp / "bad.cchc"
    bad.write_bytes(build(basic_members([member(name, b"x")])))
    import_refused(world.coord, bad, code)


def test_not_a_package_at_all(world: World) -> None:
    junk = world.tmp / "thu.cchc"
    junk.write_bytes(b"Xin chao, day khong phai la goi.\n" * 10)
    import_refused(world.coord, junk, "package_not_zip")
    import_refused(world.coord, world.tmp / "khong-co.cchc", "file_missing")


# -- verify_file sees the same things ------------------------------------------------------------

def test_verify_file_refuses_what_import_refuses(world: World, sub: Path) -> None:
    pkg = Pkg.load(sub)
    name = evidence_name(sub)
    pkg.members = [(n, b[:-1] + bytes([b[-1] ^ 1]) if n == name else b) for n, b in pkg.members]
    forged = pkg.save(world.tmp / "v.cchc")
    with open_workspace(world.coord) as ws, pytest.raises(InvalidInput) as caught:
        exchange.verify_file(ws, forged)
    assert caught.value.code == "package_member_corrupt"
    assert exchange.verify_file(None, sub)["valid"]


# -- shared with the other package test files -------------------------------------------------------

def merged_view(ws: Workspace, unit_code: str = "STP") -> dict[str, Any]:
    """What a merged submission left at the coordinator, in a form to compare: scored
    assessments, evidence rows, links, the evidence files' hashes, received packages."""
    unit = units.unit_by_code(ws, unit_code)
    scored = ws.db.execute(
        "SELECT c.code, a.input_kind, a.input_value, a.score, a.explanation FROM assessments a "
        "JOIN criteria c ON c.id = a.criterion_id WHERE a.unit_id = ? AND (a.score IS NOT NULL "
        "OR a.input_value != '' OR a.explanation != '') ORDER BY c.code", [unit.id]).fetchall()
    rows = ws.db.execute("SELECT sha256, original_name, size, doc_number, doc_date FROM evidence "
                         "WHERE unit_id = ? ORDER BY sha256", [unit.id]).fetchall()
    links = ws.db.execute(
        "SELECT e.sha256, c.code FROM evidence_assessments l JOIN evidence e ON e.id = "
        "l.evidence_id JOIN assessments a ON a.id = l.assessment_id JOIN criteria c ON c.id = "
        "a.criterion_id WHERE e.unit_id = ? ORDER BY 1, 2", [unit.id]).fetchall()
    stored = {}
    for sha, *_ in rows:
        path = ws.evidence.path_for(sha)
        stored[sha] = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None
    packages = ws.db.execute("SELECT package_hash, state, sequence FROM packages WHERE "
                             "direction = 'in' AND type = 'submission' ORDER BY 1").fetchall()
    return {"assessments": [tuple(r) for r in scored], "evidence": [tuple(r) for r in rows],
            "links": [tuple(r) for r in links], "files": stored,
            "packages": [tuple(r) for r in packages]}



def test_a_criterion_listed_twice(world: World, sub: Path) -> None:
    """Which of the two would count? Refused whole, by name."""
    pkg = Pkg.load(sub)
    doc = pkg.document("submission")
    doc["assessments"].append(dict(next(a for a in doc["assessments"]
                                        if a["criterion"] == "1.1.1")))
    pkg.set_document("submission", doc)
    pkg.sign(world.unit_key())
    import_refused(world.coord, pkg.save(world.tmp / "twice.cchc"), "package_bad_records",
                   reason="criterion listed twice", code="1.1.1")
