"""A workspace on removable media is worked on from a local copy and written back whole:
never a SQLite file in WAL mode on the stick, nothing lost when the process is killed before
the write-back or the stick is pulled out, and another computer told who has it.

The removable drive is a real folder declared removable with CCHC_ASSUME_REMOVABLE=1 (the
detection itself is tested in tests/test_portable.py); the local copies go to a per-test cache
folder (XDG_CACHE_HOME), so these tests touch nothing of the user's."""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from wshelpers import OWN_CODE, OWN_NAME, dump_file

from desktop import messages
from desktop.models import checkout, tasks, workspaces
from desktop.models.errors import WorkspaceError
from desktop.models.store import DB_FILENAME, open_workspace

REPO = Path(__file__).resolve().parents[2]

WORK_THEN_DIE = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from desktop.models import tasks
    from desktop.models.store import open_workspace
    ws = open_workspace(Path(sys.argv[1]))
    tasks.add_task(ws, sys.argv[2])
    print("WRITTEN", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
""")


@pytest.fixture
def stick(tmp_path: Path, monkeypatch) -> Path:
    """A workspace folder on "removable media" with one task, closed."""
    monkeypatch.setenv("CCHC_ASSUME_REMOVABLE", "1")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "this-computer-cache"))
    folder = tmp_path / "usb" / "ws"
    with open_workspace(folder, create=True) as ws:
        workspaces.initialise(ws, role="unit", unit_code=OWN_CODE, unit_name=OWN_NAME)
        tasks.add_task(ws, "Việc đầu tiên")
    return folder


def _titles_in_file(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return sorted(r[0] for r in conn.execute("SELECT title FROM tasks"))
    finally:
        conn.close()


def _journal_mode(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("PRAGMA journal_mode").fetchone()[0]
    finally:
        conn.close()


def _sqlite_side_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*")
                  if p.name.endswith(("-wal", "-shm", "-journal")))


def _kill_after_work(folder: Path, title: str) -> None:
    """Another process opens the workspace, commits a task and is killed (SIGKILL) before it
    can write anything back."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    child = subprocess.run([sys.executable, "-c", WORK_THEN_DIE, str(folder), title],
                           capture_output=True, text=True, env=env, timeout=60, cwd=REPO)
    assert child.returncode == -signal.SIGKILL, child.stderr
    assert "WRITTEN" in child.stdout


def test_the_stick_holds_one_file_in_delete_mode_and_the_work_happens_locally(stick: Path):
    """While open, the database is a local WAL copy in the cache folder and the stick holds
    no -wal or -shm; after closing, the stick's file is in journal_mode=DELETE with the work,
    and the marker and the local copy are gone."""
    with open_workspace(stick) as ws:
        assert ws.local_copy is not None and stick not in ws.local_copy.parents
        assert ws.local_copy.is_relative_to(checkout.local_root())
        assert _journal_mode(ws.local_copy) == "wal"
        tasks.add_task(ws, "Việc thứ hai")
        marker = json.loads((stick / checkout.MARKER_FILENAME).read_text(encoding="utf-8"))
        assert marker["host"] == socket.gethostname()
        assert _sqlite_side_files(stick) == []
        local = ws.local_copy
    assert _titles_in_file(stick / DB_FILENAME) == ["Việc thứ hai", "Việc đầu tiên"]
    assert _journal_mode(stick / DB_FILENAME) == "delete"
    assert _sqlite_side_files(stick) == []
    assert not (stick / checkout.MARKER_FILENAME).exists()
    assert not local.parent.exists()
    assert not checkout.local_root().exists()  # nothing left in the user's cache either


def test_save_writes_back_while_open_and_only_when_something_changed(stick: Path):
    with open_workspace(stick) as ws:
        before = (stick / DB_FILENAME).stat().st_mtime_ns
        assert ws.save() is False  # nothing changed since the checkout
        assert (stick / DB_FILENAME).stat().st_mtime_ns == before
        tasks.add_task(ws, "Lưu giữa chừng")
        assert ws.save() is True
        assert "Lưu giữa chừng" in _titles_in_file(stick / DB_FILENAME)
        assert _journal_mode(stick / DB_FILENAME) == "delete"
        assert ws.save() is False


def test_killed_before_the_write_back_nothing_is_lost(stick: Path):
    """The process is killed after committing work but before any write-back: the stick
    still has the old file (and the marker); the next open on this computer finds its local
    copy, writes it back and says so."""
    before = dump_file(stick / DB_FILENAME)
    _kill_after_work(stick, "Làm rồi mới mất điện")
    assert dump_file(stick / DB_FILENAME) == before  # the stick never saw the new task
    assert (stick / checkout.MARKER_FILENAME).is_file()

    with open_workspace(stick) as ws:
        assert ws.recovery["code"] == "checkout_recovered"
        assert [t.title for t in tasks.list_tasks(ws)].count("Làm rồi mới mất điện") == 1
        # written back at once, not only at the end of this session
        assert "Làm rồi mới mất điện" in _titles_in_file(stick / DB_FILENAME)
        for lang in messages.LANGS:
            text = messages.item_sentence(ws.recovery["code"], ws.recovery["data"], lang)
            assert str(stick) in text and "?" not in text
    assert _titles_in_file(stick / DB_FILENAME) == ["Làm rồi mới mất điện", "Việc đầu tiên"]
    assert _journal_mode(stick / DB_FILENAME) == "delete"
    assert not (stick / checkout.MARKER_FILENAME).exists()
    with open_workspace(stick) as ws:
        assert ws.recovery is None


def test_pulled_out_stick_keeps_the_work_in_the_local_copy(stick: Path, tmp_path: Path):
    """The stick disappears while the workspace is open: closing says so in one sentence,
    the local copy stays, and plugging the stick back in and opening writes it back."""
    ws = open_workspace(stick)
    tasks.add_task(ws, "Trước khi rút USB")
    local = ws.local_copy
    away = tmp_path / "usb-unplugged"
    stick.parent.rename(away)
    with pytest.raises(WorkspaceError) as caught:
        ws.close()
    assert caught.value.code == "checkout_write_back_failed"
    assert caught.value.data["local"] == str(local)
    assert "Trước khi rút USB" in _titles_in_file(local)
    for lang in messages.LANGS:
        assert str(local) in messages.sentence(caught.value, lang)

    away.rename(stick.parent)
    with open_workspace(stick) as ws:
        assert ws.recovery["code"] == "checkout_recovered"
    assert "Trước khi rút USB" in _titles_in_file(stick / DB_FILENAME)
    assert not local.parent.exists()


def test_another_computer_is_told_who_has_it_and_since_when(stick: Path):
    marker = stick / checkout.MARKER_FILENAME
    marker.write_text(json.dumps({"checkout_id": "x", "host": "MAY-PHONG-1", "user": "lan",
                                  "since": "2026-03-02T08:15:00+00:00", "local": "C:\\x"}),
                      encoding="utf-8")
    before = dump_file(stick / DB_FILENAME)
    with pytest.raises(WorkspaceError) as caught:
        open_workspace(stick)
    assert caught.value.code == "workspace_checked_out"
    for lang in messages.LANGS:
        text = messages.sentence(caught.value, lang)
        assert "MAY-PHONG-1" in text and "lan" in text and "2026-03-02T08:15" in text
        assert str(marker) in text
    assert dump_file(stick / DB_FILENAME) == before and marker.is_file()
    marker.unlink()  # the way out the sentence names
    with open_workspace(stick) as ws:
        assert len(tasks.list_tasks(ws)) == 1


def test_a_copy_older_than_the_stick_is_kept_aside_not_written_over(stick: Path, tmp_path: Path,
                                                                    monkeypatch):
    """Work killed before its write-back; the marker is then deleted by hand and the stick
    used on another computer. Back here, the local copy is not written over the newer stick:
    it is kept in backups/ and the stick's version opens."""
    _kill_after_work(stick, "Chỉ có ở máy này")
    (stick / checkout.MARKER_FILENAME).unlink()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "other-computer-cache"))
    with open_workspace(stick) as ws:
        tasks.add_task(ws, "Làm ở máy khác")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "this-computer-cache"))

    with open_workspace(stick) as ws:
        assert ws.recovery["code"] == "checkout_kept_aside"
        kept = Path(ws.recovery["data"]["kept"])
        titles = sorted(t.title for t in tasks.list_tasks(ws))
    assert titles == ["Làm ở máy khác", "Việc đầu tiên"]
    assert kept.parent == stick / "backups"
    assert _titles_in_file(kept) == ["Chỉ có ở máy này", "Việc đầu tiên"]
    assert _journal_mode(kept) == "delete"
    assert _sqlite_side_files(stick) == []


def test_a_workspace_left_in_wal_mode_on_the_stick_is_converted_once(tmp_path: Path,
                                                                     monkeypatch):
    """A workspace written on a fixed disk (WAL), its process killed so its -wal holds
    committed work, then found on removable media: opened without losing that work, and the
    stick holds one DELETE-mode file afterwards."""
    folder = tmp_path / "usb" / "ws"
    with open_workspace(folder, create=True) as ws:
        workspaces.initialise(ws, role="unit", unit_code=OWN_CODE, unit_name=OWN_NAME)
    _kill_after_work(folder, "Trong tệp WAL")
    assert (folder / (DB_FILENAME + "-wal")).stat().st_size > 0

    monkeypatch.setenv("CCHC_ASSUME_REMOVABLE", "1")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    with open_workspace(folder) as ws:
        assert ws.local_copy is not None
        assert [t.title for t in tasks.list_tasks(ws)] == ["Trong tệp WAL"]
        assert _sqlite_side_files(folder) == []
    assert _journal_mode(folder / DB_FILENAME) == "delete"
    assert _titles_in_file(folder / DB_FILENAME) == ["Trong tệp WAL"]


def test_a_second_process_on_this_computer_gets_the_usual_locked_sentence(stick: Path):
    holder = open_workspace(stick)
    try:
        with pytest.raises(WorkspaceError) as caught:
            open_workspace(stick)
        assert caught.value.code == "workspace_locked"
    finally:
        holder.close()


def test_creating_a_workspace_on_the_stick_through_the_usual_call(tmp_path: Path, monkeypatch):
    """`create_workspace` (the first-run page, `cchc init`) works the same on a stick."""
    monkeypatch.setenv("CCHC_ASSUME_REMOVABLE", "1")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    data = tmp_path / "usb" / "CCHC Desk data"
    folder = workspaces.create_workspace(data, "main", role="unit", unit_code="STP",
                                         unit_name="Sở Tư pháp", sample_group="so-ban-nganh")
    assert _journal_mode(folder / DB_FILENAME) == "delete"
    assert _sqlite_side_files(data) == []
    with workspaces.open_named(data, None) as ws:
        assert ws.meta("role") == "unit"
