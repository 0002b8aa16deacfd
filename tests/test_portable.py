"""Portable mode: with `cchc-portable.txt` beside the program, workspaces, settings and logs
live in `CCHC Desk data` beside it and nothing is written to the user's profile — shown by
running the real command line (init, demo, status, exporting packages) with HOME, the XDG
folders, APPDATA and LOCALAPPDATA pointing at an empty folder that must stay empty. On
removable media the same run leaves no file in the profile either (the working copy in the
cache folder is gone after each clean close) and no SQLite file in WAL mode on the stick.
Also the detection of removable media."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import portable
from desktop.crash import write_crash_log
from desktop.models.paths import default_data_dir, resolve_data_dir

REPO = Path(__file__).resolve().parents[1]


def _profile_env(profile: Path, program: Path, tmp: Path) -> dict[str, str]:
    """The environment of a user whose profile is `profile`, running the program in
    `program` (the folder the marker is looked for in)."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("XDG_", "CCHC_")) and k not in ("APPDATA", "LOCALAPPDATA")}
    env.update(
        HOME=str(profile), USERPROFILE=str(profile),
        APPDATA=str(profile / "AppData" / "Roaming"),
        LOCALAPPDATA=str(profile / "AppData" / "Local"),
        XDG_DATA_HOME=str(profile / ".local" / "share"),
        XDG_CONFIG_HOME=str(profile / ".config"),
        XDG_CACHE_HOME=str(profile / ".cache"),
        XDG_STATE_HOME=str(profile / ".local" / "state"),
        CCHC_PORTABLE_DIR=str(program), TMPDIR=str(tmp), QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(REPO), PYTHONDONTWRITEBYTECODE="1",
    )
    return env


def _cchc(env: dict[str, str], cwd: Path, *args: str) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True,
                          text=True, env=env, cwd=cwd, timeout=120)
    assert done.returncode == 0, f"cchc {' '.join(args)}: exit {done.returncode}: {done.stderr}"
    return done


def _full_run(tmp_path: Path, **extra_env: str) -> tuple[Path, Path, Path]:
    profile, program, tmp = tmp_path / "profile", tmp_path / "usb" / "CCHC Desk", tmp_path / "tmp"
    for folder in (profile, program, tmp):
        folder.mkdir(parents=True)
    (program / portable.MARKER).write_text("CCHC Desk portable\n", encoding="utf-8")
    env = {**_profile_env(profile, program, tmp), **extra_env}
    out = tmp_path / "usb" / "goi"
    out.mkdir()
    _cchc(env, tmp_path, "init", "--role", "unit", "--unit-code", "STP",
          "--unit-name", "Sở Tư pháp", "--with-sample-campaign")
    _cchc(env, tmp_path, "--workspace", "main", "package", "export", "enrolment",
          "--out", str(out / "dang-ky.cchc"))
    _cchc(env, tmp_path, "demo")
    status = json.loads(_cchc(env, tmp_path, "status", "--json").stdout)
    _cchc(env, tmp_path, "package", "export", "submission", "--out", str(out / "nop.cchc"))
    data = program / portable.DATA_FOLDER
    assert Path(status["workspace"]["path"]) == data / "workspaces" / "demo"
    assert (out / "dang-ky.cchc").is_file() and (out / "nop.cchc").is_file()
    return profile, data, tmp


def test_portable_mode_writes_nothing_to_the_user_profile(tmp_path: Path):
    profile, data, _ = _full_run(tmp_path)
    assert sorted(p.name for p in (data / "workspaces").iterdir()) == ["demo", "main"]
    assert (data / "workspaces.json").is_file()
    assert list(profile.rglob("*")) == []  # not a file, not even an empty folder


def test_portable_on_removable_media_no_profile_file_and_no_wal_on_the_stick(tmp_path: Path):
    profile, data, _ = _full_run(tmp_path, CCHC_ASSUME_REMOVABLE="1")
    assert [p for p in profile.rglob("*") if not p.is_dir()] == []
    stick = data.parent.parent
    assert [p.name for p in stick.rglob("*") if p.name.endswith(("-wal", "-shm"))] == []
    assert [p for p in stick.rglob(".checkout.json")] == []
    for db in data.rglob("workspace.sqlite3"):
        conn = sqlite3.connect(db)
        try:
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        finally:
            conn.close()


def test_the_marker_chooses_the_data_folder_and_explicit_choices_still_win(tmp_path: Path,
                                                                          monkeypatch):
    monkeypatch.delenv("CCHC_DATA_DIR", raising=False)
    monkeypatch.setenv(portable.ENV_PORTABLE_DIR, str(tmp_path))
    assert portable.portable_data_dir() is None
    assert default_data_dir() != tmp_path / portable.DATA_FOLDER
    (tmp_path / portable.MARKER).write_text("", encoding="utf-8")
    assert default_data_dir() == tmp_path / portable.DATA_FOLDER
    assert resolve_data_dir(str(tmp_path / "elsewhere")) == tmp_path / "elsewhere"
    monkeypatch.setenv("CCHC_DATA_DIR", str(tmp_path / "env"))
    assert default_data_dir() == tmp_path / "env"


def test_a_checkout_looks_beside_itself_without_the_variable(monkeypatch):
    monkeypatch.delenv(portable.ENV_PORTABLE_DIR, raising=False)
    assert portable.program_dir() == REPO


def test_settings_and_crash_logs_live_in_the_portable_folder(tmp_path: Path, monkeypatch):
    from desktop.ui.settings import Settings

    monkeypatch.delenv("CCHC_DATA_DIR", raising=False)
    monkeypatch.setenv(portable.ENV_PORTABLE_DIR, str(tmp_path))
    (tmp_path / portable.MARKER).write_text("", encoding="utf-8")
    data = tmp_path / portable.DATA_FOLDER
    settings = Settings(default_data_dir())
    settings.language = "en"
    settings.sync()
    assert "language=en" in (data / "settings.ini").read_text(encoding="utf-8")
    try:
        raise RuntimeError("a bug")
    except RuntimeError:
        log = write_crash_log(None)  # before any data folder was known
    assert log.parent == data / "logs" and "a bug" in log.read_text(encoding="utf-8")


def test_removable_detection_overrides_and_marker(tmp_path: Path, monkeypatch):
    monkeypatch.delenv(portable.ENV_PORTABLE_DIR, raising=False)
    monkeypatch.setenv(portable.ENV_ASSUME_REMOVABLE, "1")
    assert portable.is_removable(tmp_path / "not" / "made" / "yet")
    monkeypatch.setenv(portable.ENV_ASSUME_REMOVABLE, "0")
    assert not portable.is_removable(tmp_path)
    monkeypatch.delenv(portable.ENV_ASSUME_REMOVABLE)
    # The test machine's temp folder is on a fixed disk (or in memory).
    assert not portable.is_removable(tmp_path)
    # A USB disk that reports itself as fixed: the marker says so for its data folder.
    monkeypatch.setenv(portable.ENV_PORTABLE_DIR, str(tmp_path))
    (tmp_path / portable.MARKER).write_text("CCHC Desk\nremovable = yes\n", encoding="utf-8")
    assert portable.is_removable(tmp_path / portable.DATA_FOLDER / "workspaces" / "main")
    assert not portable.is_removable(tmp_path / "elsewhere")


MOUNTINFO = """\
22 27 0:21 / /proc rw,relatime - proc proc rw
27 1 254:1 / / rw,relatime - ext4 /dev/vda1 rw
92 27 8:17 / /media/lan/USB rw,nosuid,nodev - vfat /dev/sdb1 rw,uid=1000,fmask=0022
95 27 0:57 / /media/lan/EXFAT rw,nosuid - fuseblk /dev/sdc1 rw,user_id=0
"""


@pytest.mark.parametrize(("device", "source"), [
    ("8:17", "/dev/sdb1"), ("0:57", "/dev/sdc1"), ("0:21", "proc"), ("9:9", None)])
def test_mount_table_gives_the_device_of_a_folder(device: str, source: str | None):
    assert portable.mount_source(MOUNTINFO, device) == source
