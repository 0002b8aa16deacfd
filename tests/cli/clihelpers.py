"""Running the real `cchc` command (`python -m desktop`) in a subprocess, and snapshots of a
data directory to prove a refused command changed nothing."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "models"))
from wshelpers import FreezableDir, dump_file, sha256_file, tmpfs  # noqa: E402,F401

from desktop.models.store import DB_FILENAME  # noqa: E402

WORKSPACE = "main"


def cchc(data_dir: Path, *args: str, lang: str | None = None, cwd: Path | None = None,
         timeout: float = 60) -> subprocess.CompletedProcess:
    """Run `python -m desktop --data-dir DIR [--lang L] ARGS…` as a user would run `cchc`."""
    env = {k: v for k, v in os.environ.items() if k not in ("CCHC_DATA_DIR", "CCHC_LANG")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    command = [sys.executable, "-m", "desktop", "--data-dir", str(data_dir)]
    if lang:
        command += ["--lang", lang]
    return subprocess.run(command + list(args), capture_output=True, text=True, env=env,
                          cwd=cwd or data_dir.parent, timeout=timeout)


def ok(done: subprocess.CompletedProcess) -> subprocess.CompletedProcess:
    assert done.returncode == 0, f"exit {done.returncode}: {done.stderr}"
    return done


def copy_data_dir(template: Path, target: Path) -> Path:
    """A fresh copy of a closed data directory (no lock owner, no WAL left behind)."""
    shutil.copytree(template, target, dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns(".lock-owner.json", "*-wal", "*-shm"))
    return target


def status_json(data_dir: Path) -> dict:
    return json.loads(ok(cchc(data_dir, "status", "--json")).stdout)


def workspace_folder(data_dir: Path, name: str = WORKSPACE) -> Path:
    return data_dir / "workspaces" / name


def snapshot(data_dir: Path, name: str = WORKSPACE) -> dict:
    """What a user could see of the workspace: status counts, the whole database and the
    stored evidence files."""
    status = status_json(data_dir)
    folder = workspace_folder(data_dir, name)
    evidence = sorted(str(p.relative_to(folder)) for p in (folder / "evidence").rglob("*")
                      if p.is_file()) if (folder / "evidence").exists() else []
    return {"counts": status["counts"], "self_assessment": status["self_assessment"],
            "unit": status["unit"], "campaign": status["campaign"],
            "dump": dump_file(folder / DB_FILENAME), "evidence": evidence}


def loads_exact(text: str):
    """Parse JSON, failing on any number with a fraction (decimals must travel as strings)."""
    def no_float(token: str):
        pytest.fail(f"a JSON number with a fraction: {token}")
    return json.loads(text, parse_float=no_float, parse_constant=no_float)


def walk(value, path="$"):
    """Every (path, value) of a JSON document, depth first."""
    yield path, value
    if isinstance(value, dict):
        for key, item in value.items():
            yield from walk(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from walk(item, f"{path}[{index}]")
