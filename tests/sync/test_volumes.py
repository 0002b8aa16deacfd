"""Volumes: a submission larger than the chosen size leaves as numbered parts, each a signed
package of its own; the receiver gathers them in any order, names what is missing, ignores a
part twice, refuses a broken or foreign part by its file name, and imports the whole package
when the last part arrives."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from test_exchange import _publish_and_enrol, world  # noqa: F401 - the fixture

from desktop.models import assessments, campaigns, evidence, workspaces
from desktop.models.errors import InvalidInput
from desktop.models.store import open_workspace
from desktop.sync import exchange, package, volumes


def _big_submission(tmp: Path, unit_dir: Path, name: str, megabytes: float = 0.6) -> package.Built:
    scan = tmp / f"Hồ sơ quét {name}.pdf"
    scan.write_bytes(os.urandom(int(megabytes * 1024 * 1024)))
    with open_workspace(unit_dir) as ws:
        campaign = campaigns.require_active_campaign(ws)
        unit_id = workspaces.own_unit_id(ws)
        assessments.score_criterion(ws, campaign.id, unit_id, "1.1.1", "kịp thời")
        evidence.add_evidence(ws, scan, doc_number="5/BC-STP", doc_date="2026-06-01",
                              criterion_code="1.1.1")
        return exchange.export_submission(ws, tmp / name, max_size=200_000, full=True)


def test_parse_size() -> None:
    assert volumes.parse_size("20MB") == 20_000_000
    assert volumes.parse_size("1,5 MiB") == 1_572_864
    assert volumes.parse_size("email-10") == 10_000_000
    assert volumes.parse_size("fat32") == 4 * 1024**3 - 1
    for bad in ("20 apples", "-3MB", "1kb", ""):
        with pytest.raises(InvalidInput) as caught:
            volumes.parse_size(bad)
        assert caught.value.code == "bad_size"


def test_split_and_gather_in_any_order(world) -> None:  # noqa: F811
    tmp, coord_dir, unit_dir = world
    _publish_and_enrol(tmp, coord_dir, unit_dir)
    built = _big_submission(tmp, unit_dir, "nop.cchc")
    parts = list(built.volumes)
    assert len(parts) >= 4 and not built.path.exists()
    assert all(p.stat().st_size <= 200_000 for p in parts)
    assert parts[0].name == f"nop-01-of-{len(parts):02d}.cchc"
    listing = built.list_file.read_text(encoding="utf-8")
    assert all(p.name in listing for p in parts)
    for part in parts:  # each volume verifies on its own
        assert exchange.verify_file(None, part)["type"] == "volume"
    order = parts[2:] + parts[:2]
    with open_workspace(coord_dir) as ws:
        results = [exchange.import_package(ws, p) for p in order[:-1]]
        assert {r.state for r in results} == {"partial"}
        assert results[-1].data["received"] == len(parts) - 1
        assert results[-1].data["missing"] == str(parts.index(order[-1]) + 1)
        again = exchange.import_package(ws, order[0])
        assert again.state == "partial" and any(f.startswith("duplicate_volume") for f in again.flags)
        last = exchange.import_package(ws, order[-1])
        assert last.state == "accepted", last
        assert last.package_hash == built.package_hash and last.type == "submission"
        assert volumes.pending(ws) == []
        assert not any((ws.folder / "quarantine").iterdir())


def test_broken_and_foreign_volumes(world) -> None:  # noqa: F811
    tmp, coord_dir, unit_dir = world
    _publish_and_enrol(tmp, coord_dir, unit_dir)
    first = _big_submission(tmp, unit_dir, "a.cchc")
    second = _big_submission(tmp, unit_dir, "b.cchc")
    broken = tmp / "broken.cchc"
    data = bytearray(first.volumes[1].read_bytes())
    data[len(data) // 2] ^= 0xFF
    broken.write_bytes(bytes(data))
    with open_workspace(coord_dir) as ws:
        refused = exchange.import_package(ws, broken)
        assert refused.state == "refused" and refused.file == str(broken)
        exchange.import_package(ws, first.volumes[0])
        foreign = exchange.import_package(ws, second.volumes[0])  # another package: its own set
        assert foreign.state == "partial"
        waiting = {p["package_sha256"]: p for p in volumes.pending(ws)}
        assert len(waiting) == 2
        assert all(p["received"] == 1 for p in waiting.values())
        for part in first.volumes[1:]:
            result = exchange.import_package(ws, part)
        assert result.state == "accepted"
        assert len(volumes.pending(ws)) == 1  # the second package still waits


def test_cli_lists_the_volumes(world, tmp_path: Path) -> None:  # noqa: F811
    import json
    import subprocess
    import sys

    tmp, coord_dir, unit_dir = world
    _publish_and_enrol(tmp, coord_dir, unit_dir)
    _big_submission(tmp, unit_dir, "warmup.cchc")
    data_dir = unit_dir.parent.parent
    done = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data_dir),
                           "package", "export", "submission", "--out", str(tmp / "cli.cchc"),
                           "--max-size", "200kb", "--json"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert len(report["volumes"]) >= 4 and Path(report["list_file"]).is_file()
    shutil.rmtree(tmp / "unused", ignore_errors=True)
