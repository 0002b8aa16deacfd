"""The workspace on disk: one writer at a time, crash safety, and the two storage failures a
user can fix (disk full, read-only) reported as such with nothing changed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from wshelpers import (
    FreezableDir,
    copy_workspace,
    dump,
    dump_file,
    evidence_files,
    row_counts,
    sha256_file,
    tmpfs,
)

from desktop import messages
from desktop.models import audit, evidence, records, tasks, workspaces
from desktop.models.errors import StorageFull, StorageReadOnly, WorkspaceError, WorkspaceLocked
from desktop.models.store import DB_FILENAME, open_workspace

HOLDER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from desktop.models.store import open_workspace
    ws = open_workspace(Path(sys.argv[1]))
    print("READY", flush=True)
    sys.stdin.readline()
    ws.close()
    print("BYE", flush=True)
""")

CRASHER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from desktop.models import records
    from desktop.models.store import open_workspace
    ws = open_workspace(Path(sys.argv[1]))
    unit = ws.meta("own_unit_id")
    ws.db.execute("PRAGMA cache_size = 50")  # spill the open transaction to the WAL early
    with ws.write() as db:
        for i in range(200_000):
            records.insert(db, "tasks", {"unit_id": unit, "title": f"Nhiệm vụ {i}"},
                           actor="crash-test")
            if i == 3000:
                print("INSIDE", flush=True)
    print("COMMITTED", flush=True)
""")


def _python(script: str, *args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", script, *args], text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs)


@pytest.fixture
def closed_ws(tmp_path) -> Path:
    folder = tmp_path / "ws"
    with open_workspace(folder, create=True) as ws:
        workspaces.initialise(ws, role="unit", unit_code="X", unit_name="Đơn vị X")
        for title in ("Báo cáo quý I", "Báo cáo quý II", "Kế hoạch năm"):
            tasks.add_task(ws, title)
    return folder


# -- one writer ----------------------------------------------------------------------------

def test_second_process_is_refused_and_named(closed_ws):
    """While another process holds the workspace, opening is refused naming its pid."""
    holder = _python(HOLDER, str(closed_ws), stdin=subprocess.PIPE)
    try:
        assert holder.stdout.readline().strip() == "READY", holder.stderr.read()
        with pytest.raises(WorkspaceLocked) as caught:
            open_workspace(closed_ws)
        assert f"pid {holder.pid}" in caught.value.data["owner"]
        assert isinstance(caught.value, WorkspaceError)
        assert f"pid {holder.pid}" in messages.sentence(caught.value, "vi")
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "BYE"
        assert holder.wait(timeout=10) == 0
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()
    with open_workspace(closed_ws) as ws:
        assert ws.db.execute("SELECT count(*) FROM tasks").fetchone()[0] == 3


def test_second_open_in_same_process_is_refused(closed_ws):
    """Two windows of the same program cannot both hold one workspace."""
    first = open_workspace(closed_ws)
    try:
        with pytest.raises(WorkspaceLocked):
            open_workspace(closed_ws)
    finally:
        first.close()
    open_workspace(closed_ws).close()


# -- crash safety --------------------------------------------------------------------------

def test_sigkill_mid_transaction_leaves_no_partial_rows(closed_ws):
    """A process killed mid-transaction leaves no partial rows and an intact, usable file."""
    before_rows = dump_file(closed_ws / DB_FILENAME)
    crasher = _python(CRASHER, str(closed_ws))
    try:
        line = crasher.stdout.readline().strip()
        assert line == "INSIDE", crasher.stderr.read()
        wal = closed_ws / (DB_FILENAME + "-wal")
        assert wal.exists() and wal.stat().st_size > 0, "the open transaction reached the WAL"
        os.kill(crasher.pid, signal.SIGKILL)
        assert crasher.wait(timeout=10) == -signal.SIGKILL
    finally:
        if crasher.poll() is None:
            crasher.kill()
            crasher.wait()
    assert "COMMITTED" not in crasher.stdout.read()

    with open_workspace(closed_ws) as ws:
        assert ws.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert ws.db.execute("SELECT count(*) FROM tasks").fetchone()[0] == 3
        assert ws.db.execute("SELECT count(*) FROM audit_log WHERE actor = 'crash-test'"
                             ).fetchone()[0] == 0
        assert audit.verify_chain(ws.db) == []
        assert dump(ws) == before_rows
        tasks.add_task(ws, "Sau sự cố")
        assert audit.verify_chain(ws.db) == []


# -- disk full -----------------------------------------------------------------------------

def test_full_disk_while_storing_evidence(tmp_path, closed_ws):
    """On a really full disk, adding a large file says 'disk full' and changes nothing."""
    mount = tmp_path / "small-disk"
    big = tmp_path / "Bản scan rất lớn.pdf"
    with tmpfs(mount, size="512k"):
        folder = mount / "ws"
        copy_workspace(closed_ws, folder)
        with open_workspace(folder) as ws:
            free = os.statvfs(mount).f_bavail * os.statvfs(mount).f_frsize
            big.write_bytes(os.urandom(free + 64 * 1024))
            before, files_before = dump(ws), evidence_files(folder)
            with pytest.raises(StorageFull) as caught:
                evidence.add_evidence(ws, big, doc_number="01/BC")
            assert caught.value.data["path"].endswith("evidence"), "failed while storing the file"
            assert dump(ws) == before
            assert evidence_files(folder) == files_before == []
            assert not any((folder / "evidence" / ".tmp").glob("*")), "no stray temp file"
            assert ws.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert audit.verify_chain(ws.db) == []
            assert "đầy" in messages.sentence(caught.value, "vi")
            # once there is room again (a small file), the same workspace works
            small = tmp_path / "nho.pdf"
            small.write_bytes(b"%PDF-1.4 small")
            assert evidence.add_evidence(ws, small).evidence.size == len(b"%PDF-1.4 small")


def _fill_database(ws) -> None:
    """Let SQLite's own file grow no further: max_page_count = the current page count."""
    pages = ws.db.execute("PRAGMA page_count").fetchone()[0]
    ws.db.execute(f"PRAGMA max_page_count = {pages}")


def test_sqlite_full_on_task_write(ws):
    """When SQLite reports SQLITE_FULL, the user gets 'disk full' and the database is as before."""
    before, counts = dump(ws), row_counts(ws)
    _fill_database(ws)
    with pytest.raises(StorageFull):
        tasks.add_task(ws, "Nhiệm vụ có ghi chú dài", notes="ghi chú " * 50_000)
    with pytest.raises(StorageFull):
        with ws.write() as db:
            for i in range(5000):
                records.insert(db, "tasks", {"unit_id": ws.meta("own_unit_id"),
                                             "title": f"Việc {i}", "notes": "x" * 500},
                               actor=ws.operator)
    assert not ws.db.conn.in_transaction
    assert dump(ws) == before and row_counts(ws) == counts
    assert ws.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert audit.verify_chain(ws.db) == []


def test_sqlite_full_on_evidence_write_leaves_evidence_folder_as_before(ws, tmp_path):
    """SQLITE_FULL while recording evidence says 'disk full' and keeps no file or row."""
    source = tmp_path / "Quyết định 15.pdf"
    source.write_bytes(os.urandom(20_000))
    before, files_before = dump(ws), evidence_files(ws.folder)
    _fill_database(ws)
    with pytest.raises(StorageFull):
        evidence.add_evidence(ws, source, pages="Mục II, tr. 3–5; " * 10_000)
    assert dump(ws) == before
    assert ws.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert not any((ws.folder / "evidence" / ".tmp").glob("*")), "no stray temp file"
    assert evidence_files(ws.folder) == files_before, "no orphan evidence file without a row"


# -- read-only -----------------------------------------------------------------------------

def test_read_only_folder_is_reported_and_untouched(tmp_path, closed_ws):
    """A workspace on a read-only medium is refused with 'read-only', its file unchanged."""
    with FreezableDir(tmp_path / "ro") as place:
        folder = place.path / "ws"
        copy_workspace(closed_ws, folder)
        before = sha256_file(folder / DB_FILENAME)
        place.freeze()
        with pytest.raises(StorageReadOnly) as caught:
            open_workspace(folder)
        assert "chỉ đọc" in messages.sentence(caught.value, "vi")
        with pytest.raises(StorageReadOnly):
            open_workspace(place.path / "new", create=True)
        place.thaw()
        assert sha256_file(folder / DB_FILENAME) == before
        assert not (place.path / "new").exists()


def test_a_workspace_closed_on_another_thread_is_released(tmp_path: Path) -> None:
    """The window opens on one worker thread and may close on another: the lock must go with
    the close, not wait for garbage collection."""
    import threading

    from desktop.models.store import open_workspace as _open

    holder: list = []
    opener = threading.Thread(target=lambda: holder.append(_open(tmp_path / "ws", create=True)))
    opener.start()
    opener.join()
    closer = threading.Thread(target=holder[0].close)
    closer.start()
    closer.join()
    again = _open(tmp_path / "ws")  # would raise WorkspaceLocked if the lock were still held
    again.close()
    holder.clear()
