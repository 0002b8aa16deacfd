"""Helpers shared by the model and CLI tests: the sample campaign set-up (as
`cchc init --with-sample-campaign` makes it), whole-database snapshots, and real mounts for the
disk-full and read-only cases. Fixtures live in conftest.py."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.models import campaigns, criteria, units
from desktop.models.entities import Campaign, CriteriaSet, Unit
from desktop.models.store import DB_FILENAME, Workspace

REPO = Path(__file__).resolve().parents[2]
OWN_CODE = "X"
OWN_NAME = "Sở Thử nghiệm"


@dataclass
class CampaignSetup:
    ws: Workspace
    unit: Unit
    campaign: Campaign
    criteria_set: CriteriaSet


def setup_sample_campaign(ws: Workspace) -> CampaignSetup:
    """What `cchc init --with-sample-campaign` does: sample criteria, a campaign, the own unit
    enrolled in group "so", the campaign made active."""
    criteria_set = criteria.load_sample_criteria_set(ws)
    unit = units.unit_by_code(ws, OWN_CODE)
    with ws.write():
        campaign = campaigns.create_campaign(ws, year=criteria_set.year,
                                             title="[MẪU] Đợt đánh giá CCHC", is_sample=True)
        campaigns.add_unit_group(ws, campaign.id, code="so", name="Sở, ban, ngành",
                                 criteria_set_id=criteria_set.id)
        campaigns.enrol_unit(ws, campaign.id, unit.id, "so")
        campaigns.set_active_campaign(ws, campaign.id)
    return CampaignSetup(ws, unit, campaign, criteria_set)


def dump(ws_or_db) -> list[str]:
    """Every table, every row, as SQL text (the whole database, for before/after equality)."""
    conn = ws_or_db.db.conn if isinstance(ws_or_db, Workspace) else getattr(ws_or_db, "conn", ws_or_db)
    return list(conn.iterdump())


def dump_file(db_path: Path) -> list[str]:
    conn = sqlite3.connect(db_path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def row_counts(ws: Workspace) -> dict[str, int]:
    names = [r[0] for r in ws.db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return {n: ws.db.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def evidence_files(folder: Path) -> list[str]:
    """Every regular file under <workspace>/evidence (including .tmp), relative, sorted."""
    root = folder / "evidence"
    if not root.exists():
        return []
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def copy_workspace(src: Path, dst: Path) -> None:
    """Copy a closed workspace folder (database checkpointed, so one file) elsewhere."""
    dst.mkdir(parents=True, exist_ok=True)
    for name in (DB_FILENAME, ".lock"):
        if (src / name).exists():
            shutil.copy2(src / name, dst / name)


def _run(*cmd: str) -> subprocess.CompletedProcess:
    return subprocess.run(list(cmd), capture_output=True, text=True)


@contextlib.contextmanager
def tmpfs(path: Path, size: str = "512k") -> Iterator[Path]:
    """A real, small tmpfs mounted at `path` (root only). Fails the test if it cannot mount:
    the disk-full promise must be checked on a real full file system."""
    path.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        # Mounting needs root. CI runs as root, so there these tests always run; on a
        # developer's own account the SQLITE_FULL tests still cover the engine's disk-full path.
        pytest.skip("mounting a small tmpfs (a really full disk) needs root; CI runs this as root")
    done = _run("mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path))
    if done.returncode != 0:
        pytest.fail(f"cannot mount a tmpfs for the disk-full test: {done.stderr.strip()}")
    try:
        yield path
    finally:
        if _run("umount", str(path)).returncode != 0:
            _run("umount", "-l", str(path))


class FreezableDir:
    """A folder that can be made really read-only for this process and its children: a tmpfs
    remounted read-only when running as root, else chmod 0o555 (which root would ignore)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.method = ""

    def __enter__(self) -> FreezableDir:
        self.path.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            done = _run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(self.path))
            if done.returncode != 0:
                pytest.fail(f"running as root but cannot mount a tmpfs: {done.stderr.strip()}")
            self.method = "tmpfs"
        else:
            self.method = "chmod"
        return self

    def freeze(self) -> None:
        if self.method == "tmpfs":
            done = _run("mount", "-o", "remount,ro", str(self.path))
            if done.returncode != 0:
                pytest.fail(f"cannot remount read-only: {done.stderr.strip()}")
        else:
            for folder, _dirs, files in os.walk(self.path, topdown=False):
                for name in files:
                    os.chmod(Path(folder) / name, 0o444)
                os.chmod(folder, 0o555)
        probe = self.path / ".write-probe"
        try:
            probe.write_text("x")
        except OSError:
            return
        probe.unlink()
        pytest.fail(f"{self.path} is still writable after making it read-only ({self.method})")

    def thaw(self) -> None:
        if self.method == "tmpfs":
            _run("mount", "-o", "remount,rw", str(self.path))
        else:
            for folder, _dirs, files in os.walk(self.path):
                os.chmod(folder, 0o755)
                for name in files:
                    os.chmod(Path(folder) / name, 0o644)

    def __exit__(self, *exc: object) -> None:
        self.thaw()
        if self.method == "tmpfs" and _run("umount", str(self.path)).returncode != 0:
            _run("umount", "-l", str(self.path))


def plan(ws, title: str, deadline: str | None, *, done_on: str | None = None,
         status: str | None = None, source: str = "province_plan", **extra):
    """A task of the province plan (by default), then finished on `done_on` or set to `status`."""
    from desktop.models import tasks

    task = tasks.add_task(ws, title, source=source, deadline=deadline, **extra)
    if done_on:
        return tasks.update_task(ws, task.id, status="done", completed_on=done_on)
    if status:
        return tasks.update_task(ws, task.id, status=status)
    return task
