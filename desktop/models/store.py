"""The workspace on disk: one folder holding one SQLite file, its content-addressed evidence
files and the backups taken before migrations.

    <workspace>/workspace.sqlite3     the database (WAL journal, foreign keys on)
    <workspace>/evidence/ab/abcdef…   evidence files named by their SHA-256
    <workspace>/evidence/.tmp/        files being written (temp → fsync → rename)
    <workspace>/backups/              copies taken with the SQLite backup API before migrating
    <workspace>/.lock                 held by the one process allowed to write

A workspace on removable media is opened through `desktop.models.checkout` instead: worked on
from a local copy, written back whole.

Rules kept here so no service can forget them: every unit of work goes through
`Workspace.write()` (BEGIN IMMEDIATE, then `db.atomic()`), a file written by a newer version is
refused before anything is changed, and SQLite's own failures are turned into the user-facing
errors of `desktop.models.errors`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import getpass
import hashlib
import json
import os
import socket
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import filelock
import sqlite_utils

from desktop.models import migrations
from desktop.models.durable import fsync_dir
from desktop.models.errors import (
    CchcError,
    InvalidInput,
    NewerWorkspace,
    StorageFull,
    StorageReadOnly,
    WorkspaceError,
    WorkspaceLocked,
)
from desktop.portable import is_removable

# "CCHD" in ASCII: marks a SQLite file as a CCHC Desk workspace (PRAGMA application_id).
APPLICATION_ID = 0x43434844
DB_FILENAME = "workspace.sqlite3"
EVIDENCE_DIR = "evidence"
BACKUP_DIR = "backups"
LOCK_FILENAME = ".lock"
LOCK_OWNER_FILENAME = ".lock-owner.json"
CHUNK = 1024 * 1024


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def current_operator() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (service accounts, some containers)
        return "unknown"


def translate_os_error(exc: OSError, path: Path | str) -> CchcError:
    """Disk full and read-only are the two storage failures a user can fix; name them."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageFull(path=str(path), details=str(exc))
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return StorageReadOnly(path=str(path), details=str(exc))
    return WorkspaceError("io_error", path=str(path), details=str(exc))


def translate_sqlite_error(exc: sqlite3.Error, path: Path | str) -> CchcError | None:
    code = getattr(exc, "sqlite_errorcode", None)
    text = str(exc).lower()
    if code == sqlite3.SQLITE_FULL or "database or disk is full" in text:
        return StorageFull(path=str(path), details=str(exc))
    if code == sqlite3.SQLITE_READONLY or "readonly database" in text:
        return StorageReadOnly(path=str(path), details=str(exc))
    if code == sqlite3.SQLITE_BUSY or "database is locked" in text:
        return WorkspaceLocked(path=str(path), owner="", details=str(exc))
    if code == sqlite3.SQLITE_NOTADB or "file is not a database" in text:
        return WorkspaceError("not_a_workspace", path=str(path), details=str(exc))
    if code == sqlite3.SQLITE_CORRUPT or "malformed" in text:
        return WorkspaceError("workspace_corrupt", path=str(path), details=str(exc))
    return None


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    size: int
    path: Path
    already_present: bool


class EvidenceStore:
    """Evidence files addressed by their SHA-256, so the same scan added twice is kept once
    and a file can never change under the row that points at it."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.tmp = root / ".tmp"

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def put_file(self, source: Path) -> StoredFile:
        try:
            handle = open(source, "rb")  # noqa: SIM115 - closed below, errors told apart
        except OSError as exc:
            raise InvalidInput("file_unreadable", path=str(source), details=str(exc)) from exc
        with handle:
            return self.put_stream(handle)

    def put_stream(self, stream: BinaryIO) -> StoredFile:
        """Copy to a temp file while hashing, fsync it, then rename it to its hash. The
        caller commits the row that points at it only after this returns."""
        try:
            self.tmp.mkdir(parents=True, exist_ok=True)
            fd, tmp_name = tempfile.mkstemp(dir=self.tmp, prefix="incoming-")
        except OSError as exc:
            raise translate_os_error(exc, self.root) from exc
        tmp_path = Path(tmp_name)
        digest = hashlib.sha256()
        size = 0
        try:
            with os.fdopen(fd, "wb") as out:
                while chunk := stream.read(CHUNK):
                    digest.update(chunk)
                    size += len(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            final = self.path_for(sha)
            if final.is_file() and final.stat().st_size == size:
                tmp_path.unlink()
                return StoredFile(sha, size, final, True)
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp_path, final)
            fsync_dir(final.parent)
            return StoredFile(sha, size, final, False)
        except OSError as exc:
            with contextlib.suppress(OSError):
                tmp_path.unlink()
            raise translate_os_error(exc, self.root) from exc
        except BaseException:
            with contextlib.suppress(OSError):
                tmp_path.unlink()
            raise




class Workspace:
    """An open workspace. Only one process holds it; close it (or use `with`) to release.

    On removable media the database is a local working copy (`desktop.models.checkout`):
    `local_copy` is then its path, `save()` writes it back to the drive, and `recovery` tells
    of work of an earlier session recovered on opening ({"code", "data"} for a sentence)."""

    local_copy: Path | None = None
    recovery: dict | None = None

    def __init__(self, folder: Path, db: sqlite_utils.Database, lock: filelock.BaseFileLock):
        self.folder = folder
        self.db = db
        self._lock = lock
        self.evidence = EvidenceStore(folder / EVIDENCE_DIR)
        self.operator = current_operator()

    def save(self) -> bool:
        """Nothing to do here: every unit of work is durable when it commits. (A workspace on
        removable media writes its local copy back to the drive.)"""
        return False

    @property
    def db_path(self) -> Path:
        return self.folder / DB_FILENAME

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.db.close()
        with contextlib.suppress(OSError):
            (self.folder / LOCK_OWNER_FILENAME).unlink()
        self._lock.release()

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite_utils.Database]:
        """One unit of work. Takes the write lock at once (BEGIN IMMEDIATE) so a write never
        fails half-way for want of a lock; everything inside commits together or not at all.
        Nested calls become savepoints of the outer unit."""
        db = self.db
        if db.conn.in_transaction:
            with db.atomic():
                yield db
            return
        try:
            db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise (translate_sqlite_error(exc, self.db_path) or exc) from exc
        try:
            with db.atomic():
                yield db
            db.execute("COMMIT")
        except sqlite3.Error as exc:
            if db.conn.in_transaction:
                db.execute("ROLLBACK")
            raise (translate_sqlite_error(exc, self.db_path) or exc) from exc
        except BaseException:
            if db.conn.in_transaction:
                db.execute("ROLLBACK")
            raise

    # -- key/value settings of the workspace (role, own unit, active campaign) -------------
    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str | None) -> None:
        with self.write() as db:
            if value is None:
                db.execute("DELETE FROM meta WHERE key = ?", [key])
            else:
                db.execute(
                    "INSERT INTO meta(key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    [key, value],
                )


def _acquire_lock(folder: Path) -> filelock.BaseFileLock:
    # Not thread-local: the window opens the workspace on one worker thread and may close it
    # on another; a thread-local lock would then never be released until garbage collection.
    lock = filelock.FileLock(folder / LOCK_FILENAME, timeout=0, thread_local=False)
    try:
        lock.acquire()
    except filelock.Timeout as exc:
        owner = ""
        with contextlib.suppress(OSError, ValueError):
            info = json.loads((folder / LOCK_OWNER_FILENAME).read_text(encoding="utf-8"))
            owner = f"{info.get('user', '?')}@{info.get('host', '?')} (pid {info.get('pid', '?')})"
        raise WorkspaceLocked(path=str(folder), owner=owner) from exc
    except OSError as exc:
        raise translate_os_error(exc, folder) from exc
    try:
        (folder / LOCK_OWNER_FILENAME).write_text(
            json.dumps(
                {"pid": os.getpid(), "host": socket.gethostname(), "user": current_operator(),
                 "since": utc_now()}
            ),
            encoding="utf-8",
        )
    except OSError as exc:
        with contextlib.suppress(OSError):
            (folder / LOCK_OWNER_FILENAME).unlink()
        lock.release()
        raise translate_os_error(exc, folder) from exc
    return lock


def _connect(db_path: Path) -> sqlite_utils.Database:
    # isolation_level=None: no implicit transactions; every write goes through
    # Workspace.write(), which opens them explicitly.
    conn = sqlite3.connect(db_path, timeout=5, isolation_level=None, check_same_thread=False)
    db = sqlite_utils.Database(conn, execute_plugins=False)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA busy_timeout = 5000")
    return db


def _check_identity(db: sqlite_utils.Database, db_path: Path) -> int:
    """Return the schema version of an existing file, refusing anything that is not ours or
    is newer than this program."""
    app_id = db.execute("PRAGMA application_id").fetchone()[0]
    version = db.execute("PRAGMA user_version").fetchone()[0]
    # sqlite_utils creates its migrations table before the first migration's transaction, so
    # a file holding only that table is a workspace whose creation was interrupted.
    has_tables = bool(set(db.table_names()) - {migrations.MIGRATIONS.migrations_table})
    if app_id not in (0, APPLICATION_ID) or (app_id == 0 and has_tables):
        raise WorkspaceError("not_a_workspace", path=str(db_path))
    applied = {m.name for m in migrations.MIGRATIONS.applied(db)} if has_tables else set()
    unknown = applied - set(migrations.names())
    if version > migrations.LATEST_VERSION or unknown:
        # A file with migrations we do not know is at least one version ahead of us.
        found = max(version, migrations.LATEST_VERSION + 1)
        raise NewerWorkspace(
            path=str(db_path), found=found, supported=migrations.LATEST_VERSION,
            details=f"unknown migrations: {sorted(unknown)}" if unknown else "",
        )
    return version


def backup_database(db: sqlite_utils.Database, folder: Path, label: str) -> Path:
    """A consistent copy through SQLite's online backup API (safe with WAL and open readers)."""
    target_dir = folder / BACKUP_DIR
    target_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = target_dir / f"workspace-{label}-{stamp}.sqlite3"
    dest = sqlite3.connect(target, isolation_level=None)
    try:
        db.conn.backup(dest)
        # The backup copies the WAL flag of the header; a backup is one self-contained file.
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
    return target


def open_workspace(folder: Path, *, create: bool = False) -> Workspace:
    """Open (and, with `create`, make) the workspace in `folder`, migrating it to the current
    schema after a backup. Raises a `CchcError` the user can act on; changes nothing then."""
    folder = Path(folder)
    if is_removable(folder):  # never a SQLite file in WAL mode on a USB stick
        from desktop.models.checkout import open_checked_out

        return open_checked_out(folder, create=create)
    db_path = folder / DB_FILENAME
    if not db_path.exists():
        if not create:
            raise WorkspaceError("workspace_missing", path=str(folder))
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise translate_os_error(exc, folder) from exc
    elif db_path.is_dir():
        raise WorkspaceError("not_a_workspace", path=str(db_path))
    lock = _acquire_lock(folder)
    db = None
    try:
        db = _connect(db_path)
        version = _check_identity(db, db_path)
        if db.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            db.execute("PRAGMA journal_mode = WAL")
        # FULL: a committed unit of work survives power loss too, not only a crash.
        db.execute("PRAGMA synchronous = FULL")
        if migrations.MIGRATIONS.pending(db):
            if version > 0:
                backup_database(db, folder, f"v{version}")
            migrations.apply(db)
        return Workspace(folder, db, lock)
    except sqlite3.Error as exc:
        if db is not None:
            with contextlib.suppress(sqlite3.Error):
                db.close()
        lock.release()
        raise (translate_sqlite_error(exc, db_path) or exc) from exc
    except OSError as exc:
        if db is not None:
            with contextlib.suppress(sqlite3.Error):
                db.close()
        lock.release()
        raise translate_os_error(exc, folder) from exc
    except BaseException:
        if db is not None:
            with contextlib.suppress(sqlite3.Error):
                db.close()
        lock.release()
        raise
