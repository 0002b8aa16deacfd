"""The whole path on real workspaces, real keys and real files: a coordinator publishes a
campaign, a unit pins the province key, enrols, scores with evidence and submits; the
coordinator approves the key, imports the submission and sends a receipt."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.models import assessments, campaigns, evidence, units, workspaces
from desktop.models.store import open_workspace
from desktop.sync import exchange, keys

PROVINCE = "An Giang"


@pytest.fixture
def world(tmp_path: Path):
    """A coordinator (SNV) with a campaign over the sample set that STP and SYT take part in,
    and a unit workspace for STP with no campaign yet."""
    coord_dir = workspaces.create_workspace(tmp_path / "coord", "main", role="coordinator",
                                            unit_code="SNV", unit_name="Sở Nội vụ",
                                            province=PROVINCE, sample_group="so-ban-nganh")
    with open_workspace(coord_dir) as ws:
        campaign = campaigns.require_active_campaign(ws)
        for code, name in (("STP", "Sở Tư pháp"), ("SYT", "Sở Y tế")):
            unit = units.create_unit(ws, code=code, name=name, unit_type="so", province=PROVINCE)
            campaigns.enrol_unit(ws, campaign.id, unit.id, "so-ban-nganh")
    unit_dir = workspaces.create_workspace(tmp_path / "unit", "main", role="unit", unit_code="STP",
                                           unit_name="Sở Tư pháp", province=PROVINCE)
    return tmp_path, coord_dir, unit_dir


def _root_fingerprint(coord_dir: Path) -> str:
    with open_workspace(coord_dir) as ws:
        return keys.ensure_own_key(ws).fingerprint


def _publish_and_enrol(tmp: Path, coord_dir: Path, unit_dir: Path) -> None:
    with open_workspace(coord_dir) as ws:
        exchange.export_campaign(ws, tmp / "campaign.cchc")
    with open_workspace(unit_dir) as ws:
        result = exchange.import_package(ws, tmp / "campaign.cchc",
                                         trust_fingerprint=_root_fingerprint(coord_dir))
        assert result.state == "accepted", result
        exchange.export_enrolment(ws, tmp / "enrol.cchc")
        fingerprint = keys.ensure_own_key(ws).fingerprint
    with open_workspace(coord_dir) as ws:
        assert exchange.import_package(ws, tmp / "enrol.cchc").state == "accepted"
        keys.approve(ws, "STP", fingerprint=fingerprint)


def _score_and_submit(tmp: Path, unit_dir: Path, name: str = "sub.cchc") -> Path:
    scan = tmp / "Kế hoạch CCHC 2026.pdf"
    scan.write_bytes("%PDF-1.4 kế hoạch".encode())
    with open_workspace(unit_dir) as ws:
        campaign = campaigns.require_active_campaign(ws)
        unit_id = workspaces.own_unit_id(ws)
        assessments.score_criterion(ws, campaign.id, unit_id, "1.1.1", "kịp thời")
        evidence.add_evidence(ws, scan, doc_number="12/KH-STP", doc_date="2026-01-08",
                              criterion_code="1.1.1")
        assessments.score_criterion(ws, campaign.id, unit_id, "1.4", "50",
                                    explanation="Một nửa kế hoạch tuyên truyền.")
        exchange.export_submission(ws, tmp / name)
    return tmp / name


def test_campaign_needs_the_root_fingerprint_first(world) -> None:
    tmp, coord_dir, unit_dir = world
    with open_workspace(coord_dir) as ws:
        exchange.export_campaign(ws, tmp / "campaign.cchc")
    with open_workspace(unit_dir) as ws:
        before = list(ws.db.conn.iterdump())
        refused = exchange.import_package(ws, tmp / "campaign.cchc")
        assert (refused.state, refused.code) == ("refused", "root_confirmation_needed")
        assert refused.data["fingerprint"] == _root_fingerprint(coord_dir)
        wrong = exchange.import_package(ws, tmp / "campaign.cchc",
                                        trust_fingerprint="00000 " * 8)
        assert (wrong.state, wrong.code) == ("refused", "fingerprint_mismatch")
        assert list(ws.db.conn.iterdump()) == before
        assert not any((ws.folder / "quarantine").iterdir())


def test_the_whole_path(world) -> None:
    tmp, coord_dir, unit_dir = world
    _publish_and_enrol(tmp, coord_dir, unit_dir)
    submission = _score_and_submit(tmp, unit_dir)
    with open_workspace(coord_dir) as ws:
        result = exchange.import_package(ws, submission)
        assert result.state == "accepted", result
        campaign = campaigns.require_active_campaign(ws)
        stp = units.unit_by_code(ws, "STP")
        rows = {a.criterion_id: a for a in assessments.assessments_of(ws, campaign.id, stp.id).values()}
        scores = sorted(a.score for a in rows.values() if a.score is not None)
        assert scores == ["0.75", "1"]  # 50 % × 1.5 = 0.75; "kịp thời" = 1
        stored = [e for e in evidence.list_evidence(ws) if e.original_name == "Kế hoạch CCHC 2026.pdf"]
        assert len(stored) == 1 and ws.evidence.has(stored[0].sha256)
        again = exchange.import_package(ws, submission)
        assert again.state == "duplicate"
        exchange.export_receipt(ws, tmp / "receipt.cchc")
    with open_workspace(unit_dir) as ws:
        receipt = exchange.import_package(ws, tmp / "receipt.cchc")
        assert receipt.state == "accepted", receipt
        campaign = campaigns.require_active_campaign(ws)
        assert assessments.submission_state(ws, campaign.id, workspaces.own_unit_id(ws)) == "submitted"


def test_unapproved_key_is_held_in_quarantine(world) -> None:
    tmp, coord_dir, unit_dir = world
    with open_workspace(coord_dir) as ws:
        exchange.export_campaign(ws, tmp / "campaign.cchc")
    with open_workspace(unit_dir) as ws:
        exchange.import_package(ws, tmp / "campaign.cchc",
                                trust_fingerprint=_root_fingerprint(coord_dir))
    submission = _score_and_submit(tmp, unit_dir)
    with open_workspace(coord_dir) as ws:
        held = exchange.import_package(ws, submission)
        assert (held.state, held.code) == ("quarantined", "package_untrusted_key")
        campaign = campaigns.require_active_campaign(ws)
        stp = units.unit_by_code(ws, "STP")
        assert all(a.score is None for a in assessments.assessments_of(ws, campaign.id, stp.id).values())
        assert len(list((ws.folder / "quarantine").iterdir())) == 1


def test_older_and_conflicting_sequences(world) -> None:
    tmp, coord_dir, unit_dir = world
    _publish_and_enrol(tmp, coord_dir, unit_dir)
    first = _score_and_submit(tmp, unit_dir, "sub1.cchc")
    second = _score_and_submit(tmp, unit_dir, "sub2.cchc")
    with open_workspace(coord_dir) as ws:
        assert exchange.import_package(ws, second).state == "accepted"
        stale = exchange.import_package(ws, first)
        assert (stale.state, stale.code) == ("stale", "package_stale")


def test_verify_by_the_specification_alone(world) -> None:
    """docs/package-format.md §7 with zipfile and hashlib (and openssl when present)."""
    import base64
    import hashlib
    import json
    import shutil
    import subprocess
    import zipfile

    tmp, coord_dir, unit_dir = world
    _publish_and_enrol(tmp, coord_dir, unit_dir)
    path = _score_and_submit(tmp, unit_dir)
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        assert names[:2] == ["manifest.json", "manifest.sig"]
        manifest_bytes = archive.read("manifest.json")
        manifest = json.loads(manifest_bytes)
        for member in manifest["members"]:
            data = archive.read(member["name"])
            assert hashlib.sha256(data).hexdigest() == member["sha256"] == member["name"].split("/")[1].split(".")[0]
            assert len(data) == member["size"]
        signature = archive.read("manifest.sig")
    raw = base64.b64decode(manifest["sender"]["public_key"])
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    Ed25519PublicKey.from_public_bytes(raw).verify(signature, manifest_bytes)
    if shutil.which("openssl"):
        (tmp / "manifest.json").write_bytes(manifest_bytes)
        (tmp / "manifest.sig").write_bytes(signature)
        (tmp / "key.der").write_bytes(bytes.fromhex("302a300506032b6570032100") + raw)
        subprocess.run(["openssl", "pkey", "-pubin", "-inform", "DER", "-in", tmp / "key.der",
                        "-out", tmp / "signer.pem"], check=True, capture_output=True)
        done = subprocess.run(["openssl", "pkeyutl", "-verify", "-pubin", "-inkey",
                               tmp / "signer.pem", "-rawin", "-in", tmp / "manifest.json",
                               "-sigfile", tmp / "manifest.sig"], capture_output=True, text=True)
        assert done.returncode == 0 and "Signature Verified Successfully" in done.stdout


def test_the_coordinator_sees_what_changed_between_versions(world) -> None:
    """Every version of a unit's submission is kept; two versions can be compared."""
    from desktop.sync import inbox

    tmp, coord_dir, unit_dir = world
    _publish_and_enrol(tmp, coord_dir, unit_dir)
    first = _score_and_submit(tmp, unit_dir, "v1.cchc")
    with open_workspace(unit_dir) as ws:
        campaign = campaigns.require_active_campaign(ws)
        assessments.score_criterion(ws, campaign.id, workspaces.own_unit_id(ws), "1.4", "100",
                                    explanation="Đã hoàn thành toàn bộ kế hoạch.")
        exchange.export_submission(ws, tmp / "v2.cchc")
    with open_workspace(coord_dir) as ws:
        one = exchange.import_package(ws, first)
        two = exchange.import_package(ws, tmp / "v2.cchc")
        assert (one.state, two.state) == ("accepted", "accepted")
        kept = {p.name for p in (ws.folder / "packages").iterdir()}
        assert {f"{one.package_hash}.cchc", f"{two.package_hash}.cchc"} <= kept
        changes = inbox.submission_changes(ws, one.package_hash, two.package_hash)
    assert [(c.code, c.field, c.old, c.new) for c in changes] == [
        ("1.4", "input", "50", "100"),
        ("1.4", "score", "0.75", "1.5"),
        ("1.4", "explanation", "Một nửa kế hoạch tuyên truyền.", "Đã hoàn thành toàn bộ kế hoạch."),
    ]


def test_incremental_submission_carries_only_new_evidence(world) -> None:
    """After a receipt, a re-submission cites the files Sở Nội vụ holds by hash and carries
    only the new one; it merges to the same state a full package gives."""
    from desktop.sync import package

    tmp, coord_dir, unit_dir = world
    _publish_and_enrol(tmp, coord_dir, unit_dir)
    first = _score_and_submit(tmp, unit_dir, "v1.cchc")
    with open_workspace(coord_dir) as ws:
        assert exchange.import_package(ws, first).state == "accepted"
        exchange.export_receipt(ws, tmp / "receipt.cchc")
    extra = tmp / "Báo cáo bổ sung.pdf"
    extra.write_bytes(b"%PDF-1.4 bao cao bo sung " * 1000)
    with open_workspace(unit_dir) as ws:
        assert exchange.import_package(ws, tmp / "receipt.cchc").state == "accepted"
        evidence.add_evidence(ws, extra, doc_number="30/BC-STP", doc_date="2026-11-01",
                              criterion_code="1.4")
        small = exchange.export_submission(ws, tmp / "v2.cchc")
        full = exchange.export_submission(ws, tmp / "v2-full.cchc", full=True)
    carried = lambda built: sorted(m["original_name"] for m in built.manifest["members"]  # noqa: E731
                                   if m["role"] == "evidence")
    assert carried(small) == ["Báo cáo bổ sung.pdf"]
    assert carried(full) == ["Báo cáo bổ sung.pdf", "Kế hoạch CCHC 2026.pdf"]
    assert small.manifest["body"]["incremental"] is True and small.size < full.size

    def merged(path: Path) -> list:
        folder = tmp / f"coord-{path.stem}"
        shutil.copytree(coord_dir, folder, ignore=shutil.ignore_patterns(".lock*"))
        with open_workspace(folder) as ws:
            assert exchange.import_package(ws, path).state == "accepted"
            rows = ws.db.execute(
                "SELECT c.code, a.input_value, a.score, a.explanation, group_concat(e.sha256) "
                "FROM assessments a JOIN criteria c ON c.id = a.criterion_id "
                "LEFT JOIN evidence_assessments l ON l.assessment_id = a.id "
                "LEFT JOIN evidence e ON e.id = l.evidence_id GROUP BY a.id ORDER BY c.code"
            ).fetchall()
            assert all(ws.evidence.has(m["sha256"]) for m in package.open_package(path).manifest["members"]
                       if m["role"] == "evidence")
        return rows

    import shutil

    assert merged(tmp / "v2.cchc") == merged(tmp / "v2-full.cchc")


def test_a_reference_to_evidence_not_held_is_refused_by_name(world) -> None:
    """An incremental submission reaching a coordinator that never received the earlier one
    (its workspace as it was before) is refused, naming the file it lacks; nothing changes."""
    import shutil

    tmp, coord_dir, unit_dir = world
    _publish_and_enrol(tmp, coord_dir, unit_dir)
    before_v1 = tmp / "coord-before-v1"
    shutil.copytree(coord_dir, before_v1, ignore=shutil.ignore_patterns(".lock*"))
    first = _score_and_submit(tmp, unit_dir, "v1.cchc")
    with open_workspace(coord_dir) as ws:
        exchange.import_package(ws, first)
        exchange.export_receipt(ws, tmp / "receipt.cchc")
    with open_workspace(unit_dir) as ws:
        exchange.import_package(ws, tmp / "receipt.cchc")
        incremental = exchange.export_submission(ws, tmp / "v2.cchc")
    assert incremental.manifest["body"]["references"]
    with open_workspace(before_v1) as ws:
        dump = list(ws.db.conn.iterdump())
        result = exchange.import_package(ws, tmp / "v2.cchc")
        assert (result.state, result.code) == ("refused", "package_references_missing")
        assert result.data["names"] == "Kế hoạch CCHC 2026.pdf" and result.data["count"] == 1
        assert list(ws.db.conn.iterdump()) == dump
    with open_workspace(coord_dir) as ws:  # the coordinator that holds v1 accepts it
        assert exchange.import_package(ws, tmp / "v2.cchc").state == "accepted"


def test_the_merge_gives_the_units_own_rows_and_an_intact_audit_chain(world) -> None:
    """The merge reads the unit's rows once and writes its audit entries in a batch: what it
    stores is what the unit has (input, score, explanation, status, cited evidence), every
    row it creates or changes has its entry, the chain verifies, and a second version
    changes only what changed."""
    from desktop.models import audit

    tmp, coord_dir, unit_dir = world
    _publish_and_enrol(tmp, coord_dir, unit_dir)
    first = _score_and_submit(tmp, unit_dir)

    def own_rows(ws, unit_code: str) -> dict[str, tuple]:
        campaign = campaigns.require_active_campaign(ws)
        return {code: row for code, *row in ws.db.execute(
            "SELECT c.code, a.input_value, a.score, a.explanation, a.status, "
            "(SELECT group_concat(e.sha256) FROM evidence_assessments l JOIN evidence e "
            " ON e.id = l.evidence_id WHERE l.assessment_id = a.id) FROM assessments a "
            "JOIN criteria c ON c.id = a.criterion_id JOIN units u ON u.id = a.unit_id "
            "WHERE a.campaign_id = ? AND u.code = ? AND a.score IS NOT NULL",
            [campaign.id, unit_code])}

    with open_workspace(unit_dir) as ws:
        at_unit = own_rows(ws, "STP")
    with open_workspace(coord_dir) as ws:
        seq = ws.db.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
        assert exchange.import_package(ws, first).state == "accepted"
        assert own_rows(ws, "STP") == at_unit
        assert len(at_unit) == 2 and {row[3] for row in at_unit.values()} == {"scored"}
        created = {entity_id for (entity_id,) in ws.db.execute(
            "SELECT entity_id FROM audit_log WHERE seq > ? AND entity = 'assessments' "
            "AND action = 'create'", [seq])}
        stored = {row_id for (row_id,) in ws.db.execute(
            "SELECT a.id FROM assessments a JOIN units u ON u.id = a.unit_id WHERE u.code = 'STP'")}
        assert created == stored and audit.verify_chain(ws.db) == []
        seq = ws.db.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
    with open_workspace(unit_dir) as ws:
        campaign = campaigns.require_active_campaign(ws)
        assessments.explain(ws, campaign.id, workspaces.own_unit_id(ws), "1.4",
                            "Đã làm một nửa; phần còn lại chuyển sang quý I.",
                            reason="bổ sung giải trình")
        exchange.export_submission(ws, tmp / "second.cchc")
        at_unit = own_rows(ws, "STP")
    with open_workspace(coord_dir) as ws:
        assert exchange.import_package(ws, tmp / "second.cchc").state == "accepted"
        assert own_rows(ws, "STP") == at_unit
        changed = ws.db.execute(
            "SELECT a.entity_id, a.new_json FROM audit_log a WHERE a.seq > ? "
            "AND a.entity = 'assessments'", [seq]).fetchall()
        assert len(changed) == 1 and "chuyển sang quý I" in changed[0][1]
        assert audit.verify_chain(ws.db) == []
