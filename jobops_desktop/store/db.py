"""The one SQLite database: a deferred proxy, opened with WAL and foreign keys on.

SQLite failures are sorted into errors a person can act on (StoreError, with a message
for the UI) and bugs, which propagate as they are (after qutebrowser's misc/sql.py).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import peewee as pw

db = pw.DatabaseProxy()

DB_FILENAME = "jobops.db"


class StoreError(Exception):
    """A database problem the user can act on. `kind` is machine-readable."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


_KNOWN_ERRORS: tuple[tuple[str, str, str], ...] = (
    ("database is locked", "locked",
     "The database is in use by another program (is JobOps already running?). "
     "Close it and try again."),
    ("readonly database", "read_only",
     "The database file is read-only. Check the permissions of the data folder."),
    ("unable to open database", "cannot_open",
     "The database file cannot be opened. Check that the data folder exists and is writable."),
    ("file is not a database", "corrupt",
     "The database file is damaged (not a SQLite database). Restore a backup or move the "
     "file aside to start fresh."),
    ("malformed", "corrupt",
     "The database file is damaged. Restore a backup or move the file aside to start fresh."),
    ("disk is full", "disk_full", "The disk is full. Free some space and try again."),
    ("disk i/o error", "io_error", "The disk reported an error while reading the database."),
)


def classify_sqlite_error(error: BaseException) -> StoreError | None:
    """Map a sqlite3/peewee error to a StoreError, or None if it is a bug."""
    text = str(error).lower()
    for needle, kind, message in _KNOWN_ERRORS:
        if needle in text:
            return StoreError(kind, f"{message}\n\n(SQLite: {error})")
    return None


def database_path(data_dir: Path) -> Path:
    return Path(data_dir) / DB_FILENAME


def open_database(path: Path, *, busy_timeout_ms: int = 5000) -> pw.SqliteDatabase:
    """Open (creating or migrating) the database at `path` and bind the proxy to it.

    Raises StoreError for locked, read-only, corrupt or newer-than-the-app databases.
    """
    from .migrations import ensure_schema

    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            "cannot_open", f"Cannot create the data folder {path.parent}: {exc}"
        ) from exc
    database = pw.SqliteDatabase(
        str(path),
        pragmas={
            "journal_mode": "wal",
            "foreign_keys": 1,
            "synchronous": 1,  # NORMAL: safe with WAL, much faster than FULL
            "busy_timeout": busy_timeout_ms,
        },
        timeout=busy_timeout_ms / 1000,
        check_same_thread=False,
    )
    db.initialize(database)
    try:
        database.connect(reuse_if_open=True)
        ensure_schema(database, path)
    except StoreError:
        close_database()
        raise
    except (sqlite3.Error, pw.DatabaseError, pw.OperationalError) as exc:
        close_database()
        known = classify_sqlite_error(exc)
        if known is None:
            raise
        raise known from exc
    return database


def close_database() -> None:
    if db.obj is not None and not db.is_closed():
        db.close()
