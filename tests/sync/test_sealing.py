"""Encryption to the coordinator (age, through pyrage): the real `age` command decrypts what we
write; a package encrypted to another key is refused clearly; a truncated encrypted file leaves
no plaintext behind; an encrypted submission imports like a plain one."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from test_exchange import _publish_and_enrol, world  # noqa: F401 - the fixture

from desktop.models import assessments, campaigns, workspaces
from desktop.models.store import open_workspace
from desktop.sync import exchange, sealing


def _encrypted_submission(tmp: Path, unit_dir: Path, name: str = "kin.cchc"):  # noqa: ANN202
    with open_workspace(unit_dir) as ws:
        campaign = campaigns.require_active_campaign(ws)
        assessments.score_criterion(ws, campaign.id, workspaces.own_unit_id(ws), "1.4", "100",
                                    explanation="Đã hoàn thành.")
        return exchange.export_submission(ws, tmp / name, encrypt=True)


def test_encrypted_submission_is_decrypted_in_quarantine_and_merged(world) -> None:  # noqa: F811
    tmp, coord_dir, unit_dir = world
    _publish_and_enrol(tmp, coord_dir, unit_dir)
    built = _encrypted_submission(tmp, unit_dir)
    assert sealing.is_encrypted(built.path)
    assert b"manifest.json" not in built.path.read_bytes()  # nothing readable travels
    with open_workspace(coord_dir) as ws:
        result = exchange.import_package(ws, built.path)
        assert result.state == "accepted", result
        assert result.package_hash == built.package_hash
        assert not any((ws.folder / "quarantine").iterdir())


def test_the_age_command_decrypts_our_package(world) -> None:  # noqa: F811
    """Interoperability: `age -d -i age-identity.txt` gives the signed package back."""
    tmp, coord_dir, unit_dir = world
    _publish_and_enrol(tmp, coord_dir, unit_dir)
    built = _encrypted_submission(tmp, unit_dir)
    age = shutil.which("age")
    assert age, "the age command-line tool is installed by .ci/run (Debian package age)"
    identity = coord_dir / "keys" / sealing.IDENTITY_FILE
    plain = tmp / "giai-ma.cchc"
    done = subprocess.run([age, "-d", "-i", str(identity), "-o", str(plain), str(built.path)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert exchange.verify_file(None, plain)["package_hash"] == built.package_hash
    assert oct(identity.stat().st_mode & 0o777) == "0o600"


def test_encrypted_to_another_key_is_refused(world) -> None:  # noqa: F811
    tmp, coord_dir, unit_dir = world
    _publish_and_enrol(tmp, coord_dir, unit_dir)
    with open_workspace(unit_dir) as ws:  # the unit is given some other recipient
        from pyrage import x25519

        ws.set_meta(sealing.RECIPIENT_KEY, str(x25519.Identity.generate().to_public()))
    built = _encrypted_submission(tmp, unit_dir)
    with open_workspace(coord_dir) as ws:
        before = list(ws.db.conn.iterdump())
        result = exchange.import_package(ws, built.path)
        assert (result.state, result.code) == ("refused", "package_encrypted_not_for_us")
        assert result.data["path"] == str(built.path)
        assert list(ws.db.conn.iterdump()) == before
        assert not any((ws.folder / "quarantine").iterdir())


def test_truncated_encrypted_file_leaves_no_plaintext(world) -> None:  # noqa: F811
    tmp, coord_dir, unit_dir = world
    _publish_and_enrol(tmp, coord_dir, unit_dir)
    built = _encrypted_submission(tmp, unit_dir)
    data = built.path.read_bytes()
    cut = tmp / "cut.cchc"
    cut.write_bytes(data[: len(data) // 2])
    with open_workspace(coord_dir) as ws:
        result = exchange.import_package(ws, cut)
        assert (result.state, result.code) == ("refused", "package_encrypted_damaged")
        leftovers = [p for p in (ws.folder / "quarantine").iterdir()]
        assert leftovers == []
        staging = ws.folder / "staging"
        assert not staging.exists() or not any(staging.iterdir())


def test_encryption_needs_the_coordinators_key(world) -> None:  # noqa: F811
    tmp, coord_dir, unit_dir = world
    with open_workspace(unit_dir) as ws:
        assert ws.meta(sealing.RECIPIENT_KEY) is None
    _publish_and_enrol(tmp, coord_dir, unit_dir)
    with open_workspace(unit_dir) as ws:
        assert ws.meta(sealing.RECIPIENT_KEY).startswith("age1")
        ws.set_meta(sealing.RECIPIENT_KEY, None)
        campaign = campaigns.require_active_campaign(ws)
        assessments.score_criterion(ws, campaign.id, workspaces.own_unit_id(ws), "1.4", "100",
                                    explanation="x")
        try:
            exchange.export_submission(ws, tmp / "x.cchc", encrypt=True)
        except Exception as error:  # noqa: BLE001 - the code is what matters
            assert getattr(error, "code", "") == "no_encryption_key"
        else:
            raise AssertionError("exported without a key to encrypt to")
        assert not (tmp / "x.cchc").exists()
    assert os.path.exists(coord_dir / "keys" / sealing.IDENTITY_FILE)


def test_encrypted_volumes_are_gathered_and_imported(world) -> None:  # noqa: F811
    """Each volume is encrypted on its own; the coordinator decrypts each into quarantine,
    gathers the parts and imports the package."""
    from desktop.models import evidence

    tmp, coord_dir, unit_dir = world
    _publish_and_enrol(tmp, coord_dir, unit_dir)
    scan = tmp / "Hồ sơ quét lớn.pdf"
    scan.write_bytes(os.urandom(500_000))
    with open_workspace(unit_dir) as ws:
        campaign = campaigns.require_active_campaign(ws)
        assessments.score_criterion(ws, campaign.id, workspaces.own_unit_id(ws), "1.1.1", "kịp thời")
        evidence.add_evidence(ws, scan, doc_number="2/BC", doc_date="2026-05-05",
                              criterion_code="1.1.1")
        built = exchange.export_submission(ws, tmp / "vol.cchc", encrypt=True, max_size=200_000)
    assert len(built.volumes) >= 3 and all(sealing.is_encrypted(p) for p in built.volumes)
    with open_workspace(coord_dir) as ws:
        states = [exchange.import_package(ws, p).state for p in reversed(built.volumes)]
        assert states[:-1] == ["partial"] * (len(states) - 1) and states[-1] == "accepted"
        assert not any((ws.folder / "quarantine").iterdir())
