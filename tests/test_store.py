import sqlite3

import pytest

from jobops_desktop.store import StoreError, close_database, database_path, open_database
from jobops_desktop.store.migrations import SCHEMA_VERSION


def test_fresh_database_has_schema_wal_and_foreign_keys(database, data_dir):
    path = database_path(data_dir)
    assert path.exists()
    assert database.execute_sql("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    tables = set(database.get_tables())
    assert {"job", "stage_event", "provider_account", "sync_run", "tracked_message"} <= tables


def test_reopening_keeps_data(data_dir):
    from jobops_desktop.services import tracking

    tracking.create_job(tracking.JobInput(company="Acme", title="Engineer"))
    close_database()
    open_database(database_path(data_dir))
    assert [j.company for j in tracking.list_jobs()] == ["Acme"]


def test_newer_database_is_refused_untouched(data_dir):
    close_database()
    path = database_path(data_dir)
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    before = path.read_bytes()
    with pytest.raises(StoreError) as err:
        open_database(path)
    assert err.value.kind == "newer"
    assert "newer version" in err.value.message
    assert path.read_bytes() == before


def test_corrupt_file_gives_clear_error(tmp_path):
    close_database()
    path = tmp_path / "broken.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError) as err:
        open_database(path)
    assert err.value.kind == "corrupt"


def test_locked_database_gives_clear_error(tmp_path):
    close_database()
    path = tmp_path / "locked.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError) as err:
            open_database(path, busy_timeout_ms=100)
        assert err.value.kind == "locked"
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_unversioned_database_gets_the_schema_without_a_backup(tmp_path):
    close_database()
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as conn:  # a "version 0" file with unrelated content
        conn.execute("CREATE TABLE legacy (x)")
        conn.execute("PRAGMA user_version = 0")
    open_database(path)
    close_database()
    # version 0 is a fresh file for this app: no backup needed, schema created
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_read_only_database_gives_clear_error(tmp_path):
    import os

    if os.geteuid() == 0:
        pytest.skip("root ignores file permissions")
    close_database()
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "x.db"
    open_database(path)
    close_database()
    folder.chmod(0o500)
    path.chmod(0o400)
    try:
        with pytest.raises(StoreError):
            open_database(path)
    finally:
        folder.chmod(0o700)
        path.chmod(0o600)


def test_migration_backs_up_the_file_first(tmp_path, monkeypatch):
    from jobops_desktop.store import migrations

    close_database()
    path = tmp_path / "app.db"
    open_database(path)  # at the current version
    close_database()
    added = []
    monkeypatch.setattr(migrations, "MIGRATIONS",
                        [*migrations.MIGRATIONS, lambda db: added.append(db) or
                         db.execute_sql("CREATE TABLE extra (x)")])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", len(migrations.MIGRATIONS))
    open_database(path)
    close_database()
    backups = list(tmp_path.glob("app.db.v1-*.bak"))
    assert len(backups) == 1 and added
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
