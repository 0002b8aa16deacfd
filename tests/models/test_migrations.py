"""Schema migrations: every migration from an empty file and from the version before it, the
backup taken before upgrading, and files the program must refuse without touching them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlite_utils
from wshelpers import sha256_file

from desktop import messages
from desktop.models import migrations, store, workspaces
from desktop.models.errors import CchcError, NewerWorkspace, WorkspaceError
from desktop.models.store import APPLICATION_ID, BACKUP_DIR, DB_FILENAME, open_workspace

MIGRATION_NAMES = migrations.names()
VIETNAMESE_LETTERS = set("ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")


def schema(db_path: Path) -> list[tuple]:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master "
                            "ORDER BY type, name").fetchall()
    finally:
        conn.close()


def pragma(db_path: Path, name: str) -> object:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def fresh_schema(tmp_path: Path) -> list[tuple]:
    with open_workspace(tmp_path / "fresh", create=True):
        pass
    return schema(tmp_path / "fresh" / DB_FILENAME)


def test_names_and_latest_version_agree():
    """The version number written to files is the number of migrations the program knows."""
    assert MIGRATION_NAMES, "at least the initial schema"
    assert len(set(MIGRATION_NAMES)) == len(MIGRATION_NAMES)
    assert migrations.LATEST_VERSION == len(MIGRATION_NAMES)


def test_fresh_workspace_reaches_latest_version(tmp_path):
    """A new workspace is created at the current schema, marked as ours, with foreign keys on."""
    with open_workspace(tmp_path / "ws", create=True) as ws:
        assert ws.db.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST_VERSION
        assert ws.db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert ws.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert ws.db.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal"
        assert migrations.MIGRATIONS.pending(ws.db) == []
        assert [m.name for m in migrations.MIGRATIONS.applied(ws.db)] == MIGRATION_NAMES
        assert ws.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert not (tmp_path / "ws" / BACKUP_DIR).exists(), "nothing to back up in a new file"


def test_zero_byte_file_is_migrated(tmp_path):
    """An empty (0-byte) database file is an empty database: it is set up, not refused."""
    folder = tmp_path / "ws"
    folder.mkdir()
    (folder / DB_FILENAME).write_bytes(b"")
    with open_workspace(folder) as ws:
        assert ws.db.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST_VERSION


def test_no_real_columns_in_schema(tmp_path):
    """Points and rates are stored as exact decimal text: no column of the schema is REAL."""
    with open_workspace(tmp_path / "ws", create=True) as ws:
        for table in ws.db.table_names():
            for column in ws.db.execute(f'PRAGMA table_info("{table}")').fetchall():
                assert column[2].upper() not in ("REAL", "FLOAT", "DOUBLE"), (table, column[1])


@pytest.mark.parametrize("index", range(len(MIGRATION_NAMES)), ids=MIGRATION_NAMES)
def test_upgrade_from_previous_version(tmp_path, fresh_schema, index):
    """A file of the version before a migration upgrades, keeps its data and gets the fresh schema."""
    name = MIGRATION_NAMES[index]
    folder = tmp_path / "old"
    folder.mkdir()
    db = sqlite_utils.Database(folder / DB_FILENAME)
    migrations.apply(db, stop_before=name)
    start_version = db.execute("PRAGMA user_version").fetchone()[0]
    assert start_version == index
    marker = None
    if "meta" in db.table_names():  # the key/value table exists from the first migration on
        with db.conn:
            db.execute("INSERT INTO meta(key, value) VALUES ('test_marker', 'giữ nguyên')")
        marker = ("meta", "test_marker", "giữ nguyên")
    db.close()

    with open_workspace(folder) as ws:
        assert ws.db.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST_VERSION
        assert ws.db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert migrations.MIGRATIONS.pending(ws.db) == []
        if marker:
            assert ws.meta(marker[1]) == marker[2]
        assert ws.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    backups = sorted((folder / BACKUP_DIR).glob("*.sqlite3")) if (folder / BACKUP_DIR).exists() else []
    if start_version > 0:
        assert len(backups) == 1
        assert pragma(backups[0], "user_version") == start_version
        assert pragma(backups[0], "integrity_check") == "ok"
        if marker:
            conn = sqlite3.connect(backups[0])
            assert conn.execute("SELECT value FROM meta WHERE key = ?", [marker[1]]).fetchone() == (marker[2],)
            conn.close()
    else:
        assert backups == []
    assert schema(folder / DB_FILENAME) == fresh_schema


def test_upgrade_takes_a_backup_with_the_old_version(tmp_path, monkeypatch):
    """Upgrading a file with data first copies it, at its old version, to backups/."""
    # A throw-away extra migration plays the part of the next release.
    folder = tmp_path / "ws"
    with open_workspace(folder, create=True) as ws:
        workspaces.initialise(ws, role="unit", unit_code="X", unit_name="Đơn vị cũ")
    old_version = migrations.LATEST_VERSION

    monkeypatch.setattr(migrations, "_ORDER", list(migrations._ORDER))
    monkeypatch.setattr(migrations.MIGRATIONS, "_migrations", list(migrations.MIGRATIONS._migrations))

    def m999_test_next_release(db):
        db.execute("CREATE TABLE test_next_release (id TEXT PRIMARY KEY)")

    migrations.migration(m999_test_next_release)
    monkeypatch.setattr(migrations, "LATEST_VERSION", old_version + 1)

    with open_workspace(folder) as ws:
        assert ws.db.execute("PRAGMA user_version").fetchone()[0] == old_version + 1
        assert "test_next_release" in ws.db.table_names()
        unit_name = ws.db.execute("SELECT name FROM units WHERE code = 'X'").fetchone()[0]
        assert unit_name == "Đơn vị cũ"
    backups = sorted((folder / BACKUP_DIR).glob("*.sqlite3"))
    assert len(backups) == 1
    assert f"v{old_version}" in backups[0].name
    assert pragma(backups[0], "user_version") == old_version
    assert pragma(backups[0], "integrity_check") == "ok"
    conn = sqlite3.connect(backups[0])
    try:
        assert conn.execute("SELECT name FROM units WHERE code = 'X'").fetchone() == ("Đơn vị cũ",)
        assert "test_next_release" not in [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]
    finally:
        conn.close()


# -- files the program must refuse, unchanged ------------------------------------------------

@pytest.fixture
def closed_workspace(tmp_path) -> Path:
    folder = tmp_path / "ws"
    with open_workspace(folder, create=True) as ws:
        workspaces.initialise(ws, role="unit", unit_code="X", unit_name="Đơn vị X")
    return folder


def _assert_newer_refused(folder: Path) -> NewerWorkspace:
    db_path = folder / DB_FILENAME
    before = sha256_file(db_path)
    with pytest.raises(NewerWorkspace) as caught:
        open_workspace(folder)
    assert sha256_file(db_path) == before, "a newer file must not be touched"
    assert not (folder / BACKUP_DIR).exists()
    assert not (folder / (DB_FILENAME + "-wal")).exists()
    # and the refusal released the workspace: asking again gives the same answer, not "locked"
    with pytest.raises(NewerWorkspace):
        open_workspace(folder)
    return caught.value


def test_newer_user_version_is_refused_unchanged(closed_workspace):
    """A file from a newer program is refused untouched, in Vietnamese naming both versions."""
    db_path = closed_workspace / DB_FILENAME
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION + 1}")
    conn.close()
    err = _assert_newer_refused(closed_workspace)
    assert err.code == "workspace_newer"
    assert err.data["found"] == migrations.LATEST_VERSION + 1
    assert err.data["supported"] == migrations.LATEST_VERSION
    text = messages.sentence(err, "vi")
    assert text.strip()
    assert VIETNAMESE_LETTERS & set(text.lower()), text
    assert "phiên bản" in text
    assert str(migrations.LATEST_VERSION + 1) in text and str(migrations.LATEST_VERSION) in text
    english = messages.sentence(err, "en")
    assert "newer" in english and str(migrations.LATEST_VERSION + 1) in english


def test_unknown_applied_migration_is_refused_unchanged(closed_workspace):
    """A file recording a migration unknown to this program is refused untouched."""
    db_path = closed_workspace / DB_FILENAME
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                     "VALUES (?, 'm999_from_the_future', '2099-01-01 00:00:00+00:00')",
                     [migrations.MIGRATIONS.name])
    conn.close()
    err = _assert_newer_refused(closed_workspace)
    assert "m999_from_the_future" in err.details
    text = messages.sentence(err, "vi")
    assert text.strip() and VIETNAMESE_LETTERS & set(text.lower())
    assert str(err.data["found"]) in text and str(err.data["supported"]) in text


def test_foreign_sqlite_file_is_not_a_workspace(tmp_path):
    """Another program's SQLite file is refused as 'not a CCHC Desk file' and left as it was."""
    folder = tmp_path / "ws"
    folder.mkdir()
    db_path = folder / DB_FILENAME
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        conn.execute("INSERT INTO notes (body) VALUES ('không phải CCHC')")
    conn.close()
    before = sha256_file(db_path)
    with pytest.raises(WorkspaceError) as caught:
        open_workspace(folder)
    assert caught.value.code == "not_a_workspace"
    assert sha256_file(db_path) == before
    assert "CCHC Desk" in messages.sentence(caught.value, "vi")


def test_other_application_id_is_not_a_workspace(tmp_path):
    """A SQLite file stamped with another application's id is refused even when empty."""
    folder = tmp_path / "ws"
    folder.mkdir()
    conn = sqlite3.connect(folder / DB_FILENAME)
    conn.execute("PRAGMA application_id = 1234567")
    conn.close()
    before = sha256_file(folder / DB_FILENAME)
    with pytest.raises(WorkspaceError) as caught:
        open_workspace(folder)
    assert caught.value.code == "not_a_workspace"
    assert sha256_file(folder / DB_FILENAME) == before


def test_text_file_is_refused_with_a_cchc_error(tmp_path):
    """A text file named workspace.sqlite3 gives a user-facing error, never a raw sqlite3 one."""
    folder = tmp_path / "ws"
    folder.mkdir()
    (folder / DB_FILENAME).write_text("Đây là một tệp văn bản, không phải cơ sở dữ liệu.\n" * 20,
                                      encoding="utf-8")
    before = sha256_file(folder / DB_FILENAME)
    with pytest.raises(CchcError) as caught:
        open_workspace(folder)
    assert not isinstance(caught.value, sqlite3.Error)
    assert caught.value.code == "not_a_workspace"
    assert messages.sentence(caught.value, "vi").strip()
    assert sha256_file(folder / DB_FILENAME) == before
    # the failed open released the lock
    with pytest.raises(CchcError) as again:
        open_workspace(folder)
    assert again.value.code == "not_a_workspace"


def test_directory_named_like_the_database_is_refused(tmp_path):
    """A folder where the database file should be is refused as not a workspace."""
    (tmp_path / "ws" / DB_FILENAME).mkdir(parents=True)
    with pytest.raises(WorkspaceError) as caught:
        open_workspace(tmp_path / "ws")
    assert caught.value.code == "not_a_workspace"


def test_missing_workspace_is_not_created_without_create(tmp_path):
    """Opening a workspace that does not exist says so and creates nothing."""
    with pytest.raises(WorkspaceError) as caught:
        open_workspace(tmp_path / "nowhere")
    assert caught.value.code == "workspace_missing"
    assert not (tmp_path / "nowhere").exists()


def test_application_id_constant_spells_cchd():
    """The file marker is stable: 'CCHD' in ASCII."""
    assert store.APPLICATION_ID.to_bytes(4, "big") == b"CCHD"
