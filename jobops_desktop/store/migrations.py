"""Schema versions in SQLite's user_version, after Vorta and qutebrowser.

Before migrating an existing file it is backed up beside itself; each step and its version
bump run in one transaction; a database written by a newer app is refused untouched.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import peewee as pw

from ..timeutil import utcnow
from .db import StoreError
from .models import ALL_MODELS


def _create_v1(database: pw.SqliteDatabase) -> None:
    database.create_tables(ALL_MODELS)


# MIGRATIONS[i] takes the schema from version i to version i + 1.
MIGRATIONS: list[Callable[[pw.SqliteDatabase], None]] = [_create_v1]
SCHEMA_VERSION = len(MIGRATIONS)


def get_user_version(database: pw.SqliteDatabase) -> int:
    return int(database.execute_sql("PRAGMA user_version").fetchone()[0])


def backup_database(database: pw.SqliteDatabase, path: Path, version: int) -> Path:
    stamp = utcnow().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.v{version}-{stamp}.bak")
    source: sqlite3.Connection = database.connection()
    dest = sqlite3.connect(str(target))
    try:
        source.backup(dest)
    finally:
        dest.close()
    return target


def ensure_schema(database: pw.SqliteDatabase, path: Path) -> None:
    # Touch the schema first: a non-database file fails here with a clear error.
    database.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
    version = get_user_version(database)
    if version > SCHEMA_VERSION:
        raise StoreError(
            "newer",
            f"This database ({path}) was written by a newer version of JobOps Desktop "
            f"(schema {version}; this app knows up to {SCHEMA_VERSION}). "
            "Update the app; the file has not been changed.",
        )
    if version == SCHEMA_VERSION:
        return
    if version > 0:
        backup_database(database, path, version)
    for step in range(version, SCHEMA_VERSION):
        with database.atomic():
            MIGRATIONS[step](database)
            database.execute_sql(f"PRAGMA user_version = {step + 1}")
