"""Local storage: one SQLite file through peewee."""

from .db import StoreError, close_database, database_path, db, open_database
from .models import Job, ProviderAccount, Setting, StageEvent, SyncRun, TrackedMessage

__all__ = [
    "Job", "ProviderAccount", "Setting", "StageEvent", "StoreError", "SyncRun",
    "TrackedMessage", "close_database", "database_path", "db", "open_database",
]
