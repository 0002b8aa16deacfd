"""A workspace on removable media, worked on from a local copy (never a SQLite file in WAL
mode on a USB stick). `store.open_workspace` comes here when `desktop.portable.is_removable`
says the folder is on a drive that may be pulled out.

On the stick (the workspace folder):

    workspace.sqlite3     the database, always in journal_mode=DELETE, only ever replaced
                          whole (temp file beside it → fsync → rename → fsync the folder)
    .checkout.json        "checked out on HOST by USER since …": written on open, removed
                          after the last write-back of a clean close
    evidence/, backups/   as on a fixed disk (evidence files are written temp → fsync → rename)

On this computer, in the per-user cache folder (the one exception to "nothing in the user's
profile" of portable mode; `local_root()`):

    checkouts/<key>/workspace.sqlite3   the working copy (WAL, synchronous=FULL)
    checkouts/<key>/checkout.json       which stick folder, which checkout, the hash of the
                                        stick file the copy started from (and of the one
                                        being written while a write-back is under way)

Write-back (on close, and on `save()`, the window's "save to the removable drive"): checkpoint
the local WAL into the main file (`wal_checkpoint(TRUNCATE)`), copy it with the SQLite backup
API into a staging file on this computer, switch that to journal_mode=DELETE and check it (the
backup API copies the WAL flag of the header, and switching it back where it lies would
create a -wal file beside it — so this happens locally), then copy its bytes into a temp file
beside the target on the stick, fsync, rename over the old file and fsync the folder.

Recovery: if the process died (or the stick was pulled) before the last write-back, the next
open on this computer finds the marker naming this computer and a local copy of that very
checkout. If the stick file is still the one the copy descends from (its hash is one this
checkout wrote or started from), the local copy is newer: it is written back at once and
worked on (`recovery` says so). If the stick file changed meanwhile (the marker was deleted
and the workspace used elsewhere), nothing is overwritten: the local copy is kept in
`backups/workspace-unsaved-….sqlite3` on the stick and the stick's version is opened. Another
computer opening a checked-out workspace is refused with who and since when.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import secrets
import shutil
import socket
import sqlite3
from pathlib import Path
from typing import Any

import filelock
import platformdirs
import sqlite_utils

from desktop.models import migrations
from desktop.models.durable import atomic_write, fsync_dir
from desktop.models.errors import CchcError, NewerWorkspace, WorkspaceError
from desktop.models.store import (
    BACKUP_DIR,
    DB_FILENAME,
    LOCK_OWNER_FILENAME,
    Workspace,
    _acquire_lock,
    _check_identity,
    _connect,
    current_operator,
    translate_os_error,
    translate_sqlite_error,
    utc_now,
)

MARKER_FILENAME = ".checkout.json"
LOCAL_INFO = "checkout.json"
STAGING = "staging.sqlite3"
STRAY_SUFFIXES = ("-wal", "-shm", "-journal")


def local_root() -> Path:
    """Where working copies live: the per-user cache folder (kept across restarts, unlike
    the temp folder of many systems, so a power cut does not lose the copy)."""
    return Path(platformdirs.user_cache_dir("CCHC Desk", appauthor=False)) / "checkouts"


def local_dir_for(folder: Path) -> Path:
    key = os.path.normcase(os.path.abspath(folder)).encode("utf-8")
    return local_root() / hashlib.sha256(key).hexdigest()[:20]


def _sha256(path: Path) -> str | None:
    try:
        with open(path, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except FileNotFoundError:
        return None


def _read_json(path: Path) -> dict[str, Any] | None:
    with contextlib.suppress(OSError, ValueError):
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict):
            return data
    return None


def _write_json(path: Path, data: dict[str, Any], translate) -> None:  # noqa: ANN001
    body = json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
    atomic_write(path, lambda handle: handle.write(body), translate)


def _me() -> tuple[str, str]:
    return socket.gethostname(), current_operator()


def _remove_tree(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)
    # Leave no empty folders behind in the user's cache either.
    for parent in (path.parent, path.parent.parent):
        with contextlib.suppress(OSError):
            parent.rmdir()


def _unlink_db(path: Path) -> None:
    for name in (path.name, *(path.name + s for s in STRAY_SUFFIXES)):
        with contextlib.suppress(FileNotFoundError):
            (path.parent / name).unlink()


def _stage(conn: sqlite3.Connection, staging: Path) -> str:
    """A consistent copy of `conn`'s database in `staging` (journal_mode=DELETE, checked);
    returns its SHA-256."""
    _unlink_db(staging)
    dest = sqlite3.connect(staging, isolation_level=None)
    try:
        conn.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
        verdict = dest.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        dest.close()
    if verdict != "ok":
        raise WorkspaceError("workspace_corrupt", path=str(staging), details=verdict)
    return _sha256(staging) or ""


def _copy_file(source: Path, target: Path, translate) -> None:  # noqa: ANN001
    def write(handle) -> None:  # noqa: ANN001
        with open(source, "rb") as src:
            shutil.copyfileobj(src, handle, 1024 * 1024)

    atomic_write(target, write, translate)


class CheckedOutWorkspace(Workspace):
    """A workspace whose database is a local copy of the one on removable media. Changes go
    to the local copy (WAL, synchronous=FULL) and reach the stick on `save()` and `close()`."""

    def __init__(self, folder: Path, db: sqlite_utils.Database, lock: filelock.BaseFileLock,
                 *, local_dir: Path, marker: dict[str, Any], info: dict[str, Any],
                 unsaved: bool) -> None:
        super().__init__(folder, db, lock)
        self.local_copy = local_dir / DB_FILENAME
        self._local_dir, self._marker, self._info = local_dir, marker, info
        self._saved_at_changes = -1 if unsaved else db.conn.total_changes
        self._closed = False

    @property
    def db_path(self) -> Path:
        return self.local_copy

    def has_unsaved_changes(self) -> bool:
        return self.db.conn.total_changes != self._saved_at_changes

    def _stick_error(self, exc: OSError, path: Path) -> CchcError:
        return WorkspaceError("checkout_write_back_failed", path=str(self.folder),
                              local=str(self.local_copy), details=f"{path}: {exc}")

    def save(self) -> bool:
        """Write the local copy back to the stick if anything changed since the last time;
        True if it did. Raises `checkout_write_back_failed` (the local copy stays) when the
        stick cannot be written."""
        if not self.has_unsaved_changes():
            return False
        if self.db.conn.in_transaction:
            raise RuntimeError("write-back inside a unit of work")
        changes = self.db.conn.total_changes
        staging = self._local_dir / STAGING
        try:
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            new_hash = _stage(self.db.conn, staging)
        except sqlite3.Error as exc:
            raise (translate_sqlite_error(exc, self.local_copy) or exc) from exc
        except OSError as exc:
            raise translate_os_error(exc, self._local_dir) from exc
        # Recorded here first: if we die between the rename and the marker, the next open
        # still knows the stick file as one of ours.
        self._info["pending_sha256"] = new_hash
        _write_json(self._local_dir / LOCAL_INFO, self._info, translate_os_error)
        target = self.folder / DB_FILENAME
        try:
            for suffix in STRAY_SUFFIXES:  # never leave a journal that SQLite would apply
                with contextlib.suppress(FileNotFoundError):
                    (self.folder / (DB_FILENAME + suffix)).unlink()
            _copy_file(staging, target, self._stick_error)
            self._marker.update(base_sha256=new_hash, saved_at=utc_now())
            _write_json(self.folder / MARKER_FILENAME, self._marker, self._stick_error)
        except OSError as exc:
            raise self._stick_error(exc, target) from exc
        self._info.update(base_sha256=new_hash)
        self._info.pop("pending_sha256", None)
        _write_json(self._local_dir / LOCAL_INFO, self._info, translate_os_error)
        with contextlib.suppress(OSError):
            staging.unlink()
        self._saved_at_changes = changes
        return True

    def close(self) -> None:
        """Write back, then give up the checkout: the marker on the stick and the local copy
        go only after a successful write-back; otherwise both stay for the next open here."""
        if self._closed:
            return
        self._closed = True
        error: BaseException | None = None
        try:
            self.save()
        except BaseException as exc:  # released below, then raised again
            error = exc
        with contextlib.suppress(sqlite3.Error):
            self.db.close()
        if error is None:
            try:
                (self.folder / MARKER_FILENAME).unlink()
                fsync_dir(self.folder)
            except FileNotFoundError:
                pass
            except OSError as exc:
                error = self._stick_error(exc, self.folder / MARKER_FILENAME)
        if error is None:
            _remove_tree(self._local_dir)
        with contextlib.suppress(OSError):
            (self.folder / LOCK_OWNER_FILENAME).unlink()
        with contextlib.suppress(OSError):
            self._lock.release()
        if error is not None:
            raise error

    def __exit__(self, exc_type, *exc_info: object) -> None:  # noqa: ANN001
        # With an error already in flight that error is the one to report; the local copy
        # then stays and the next open here writes it back.
        if exc_type is None:
            self.close()
        else:
            with contextlib.suppress(CchcError, sqlite3.Error, OSError):
                self.close()


def _prepare_local(local_db: Path, folder: Path) -> tuple[sqlite_utils.Database, bool]:
    """Open the working copy as a workspace connection (WAL, synchronous=FULL), migrating it
    after a backup kept on the stick. Returns the connection and whether it migrated."""
    db = _connect(local_db)
    try:
        version = _check_identity(db, local_db)
        if db.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")
        migrated = False
        if migrations.MIGRATIONS.pending(db):
            if version > 0:
                _backup_to_stick(db.conn, folder, local_db.parent, f"v{version}")
            migrations.apply(db)
            migrated = True
        return db, migrated
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            db.close()
        raise


def _backup_to_stick(conn: sqlite3.Connection, folder: Path, local_dir: Path, label: str) -> Path:
    """A copy of `conn`'s database in the stick's backups/ folder (journal_mode=DELETE)."""
    staging = local_dir / STAGING
    _stage(conn, staging)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / BACKUP_DIR / f"workspace-{label}-{stamp}.sqlite3"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise translate_os_error(exc, target.parent) from exc
    _copy_file(staging, target, translate_os_error)
    with contextlib.suppress(OSError):
        staging.unlink()
    return target


def _recover(folder: Path, lock: filelock.BaseFileLock, local_dir: Path,
             marker: dict[str, Any] | None) -> tuple[CheckedOutWorkspace | None, dict | None]:
    """A local copy of an unfinished checkout of `folder` on this computer: resume it (and
    write it back now) if the stick file is still one it descends from, else keep it on the
    stick as a backup. Returns (workspace, None), (None, notice) or (None, None)."""
    info = _read_json(local_dir / LOCAL_INFO)
    local_db = local_dir / DB_FILENAME
    if info is None or not local_db.is_file():
        return None, None
    if marker is not None:  # the stick names its checkout (its drive letter may have changed)
        if info.get("checkout_id") != marker.get("checkout_id"):
            return None, None
    elif os.path.normcase(str(info.get("stick", ""))) != os.path.normcase(str(folder)):
        return None, None
    info["stick"] = str(folder)
    known = {info.get("base_sha256")}
    if marker is not None:
        known.add(marker.get("base_sha256"))
    if info.get("pending_sha256"):
        known.add(info["pending_sha256"])
    since = info.get("since", "")
    if _sha256(folder / DB_FILENAME) in known:
        try:
            db, _ = _prepare_local(local_db, folder)
        except NewerWorkspace:
            raise  # written by a newer CCHC Desk: left as it is for that one
        except (CchcError, sqlite3.Error):
            db = None  # an unreadable copy: kept aside below, the stick's version opens
        if db is not None:
            host, user = _me()
            marker = {**(marker or {}), "checkout_id": info.get("checkout_id"), "host": host,
                      "user": user, "pid": os.getpid(), "since": since,
                      "local": str(local_dir), "base_sha256": info.get("base_sha256")}
            ws = CheckedOutWorkspace(folder, db, lock, local_dir=local_dir, marker=marker,
                                     info=info, unsaved=True)
            try:
                ws.save()
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    db.close()
                raise
            ws.recovery = {"code": "checkout_recovered", "data": {"since": since,
                                                                  "path": str(folder)}}
            return ws, None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = folder / BACKUP_DIR / f"workspace-unsaved-{stamp}.sqlite3"
    source = local_dir / STAGING
    try:
        conn = sqlite3.connect(local_db, isolation_level=None)  # its WAL comes along
        try:
            _stage(conn, source)
        finally:
            conn.close()
    except (sqlite3.Error, CchcError):
        source = local_db  # unreadable as a database: kept as the bytes it is
        kept = kept.with_suffix(".damaged")
    try:
        kept.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise translate_os_error(exc, kept.parent) from exc
    _copy_file(source, kept, translate_os_error)
    _remove_tree(local_dir)
    return None, {"code": "checkout_kept_aside", "data": {"since": since, "kept": str(kept)}}


def _checkout(folder: Path, lock: filelock.BaseFileLock, notice: dict | None,
              *, create: bool) -> CheckedOutWorkspace:
    stick_db = folder / DB_FILENAME
    created = not stick_db.exists()
    if created and not create:
        raise WorkspaceError("workspace_missing", path=str(folder))
    local_dir = local_dir_for(folder)
    _remove_tree(local_dir)
    try:
        local_dir.mkdir(parents=True)
    except OSError as exc:
        raise translate_os_error(exc, local_dir) from exc
    local_db = local_dir / DB_FILENAME
    try:
        if not created:
            source = _connect(stick_db)
            try:
                _check_identity(source, stick_db)
                if source.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal":
                    # Written before this check existed (or copied here): SQLite folds the
                    # WAL into the file and removes it, once.
                    source.execute("PRAGMA journal_mode = DELETE")
                dest = sqlite3.connect(local_db)
                try:
                    source.conn.backup(dest)
                finally:
                    dest.close()
            finally:
                source.close()
        host, user = _me()
        checkout_id = secrets.token_hex(8)
        base = _sha256(stick_db)
        since = utc_now()
        info = {"checkout_id": checkout_id, "stick": str(folder), "base_sha256": base,
                "since": since}
        _write_json(local_dir / LOCAL_INFO, info, translate_os_error)
        marker = {"checkout_id": checkout_id, "host": host, "user": user, "pid": os.getpid(),
                  "since": since, "local": str(local_dir), "base_sha256": base,
                  "saved_at": None}
        _write_json(folder / MARKER_FILENAME, marker, translate_os_error)
    except sqlite3.Error as exc:
        _remove_tree(local_dir)
        raise (translate_sqlite_error(exc, stick_db) or exc) from exc
    except BaseException:
        _remove_tree(local_dir)
        raise
    try:
        db, migrated = _prepare_local(local_db, folder)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            (folder / MARKER_FILENAME).unlink()
        _remove_tree(local_dir)
        if isinstance(exc, sqlite3.Error):
            raise (translate_sqlite_error(exc, local_db) or exc) from exc
        raise
    ws = CheckedOutWorkspace(folder, db, lock, local_dir=local_dir, marker=marker, info=info,
                             unsaved=created or migrated)
    ws.recovery = notice
    return ws


def open_checked_out(folder: Path, *, create: bool = False) -> CheckedOutWorkspace:
    """Open the workspace in `folder` (on removable media) from a local copy; see the module
    docstring. Refused with who and since when if another computer has it checked out."""
    folder = Path(os.path.abspath(folder))
    stick_db = folder / DB_FILENAME
    if not stick_db.exists():
        if not create:
            raise WorkspaceError("workspace_missing", path=str(folder))
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise translate_os_error(exc, folder) from exc
    elif stick_db.is_dir():
        raise WorkspaceError("not_a_workspace", path=str(stick_db))
    lock = _acquire_lock(folder)
    try:
        marker = _read_json(folder / MARKER_FILENAME)
        if marker is not None and (marker.get("host"), marker.get("user")) != _me():
            raise WorkspaceError("workspace_checked_out", path=str(folder),
                                 host=str(marker.get("host", "?")),
                                 user=str(marker.get("user", "?")),
                                 since=str(marker.get("since", "?")),
                                 marker=str(folder / MARKER_FILENAME))
        local_dir = (Path(marker["local"]) if marker and marker.get("local")
                     else local_dir_for(folder))
        ws, notice = _recover(folder, lock, local_dir, marker)
        if ws is not None:
            return ws
        return _checkout(folder, lock, notice, create=create)
    except BaseException:
        with contextlib.suppress(OSError):
            lock.release()
        raise
