"""Export all of a person's data, or delete all of it (settings dialog, Qt-free).

The export is a zip (or a folder) holding `jobs.csv` (the same columns as the jobs CSV
export), `events.json`, `messages.json`, `runs.json`, `accounts.json`, `settings.json`
and a small `README.txt`. Secrets are never exported: tokens live in the OS keyring.
Delete-all removes every database row and each account's keyring token.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import peewee as pw
from playhouse.shortcuts import model_to_dict

from ..logging_setup import get_logger
from ..store import Job, ProviderAccount, Setting, StageEvent, SyncRun, TrackedMessage, db
from ..timeutil import utcnow
from . import tracking

log = get_logger("services.data_export")

# What a person types to confirm delete-all (the dialog compares case-sensitively).
DELETE_CONFIRMATION = "DELETE"

EXPORT_README = """JobOps Desktop data export ({when} UTC)

jobs.csv       every job (same columns as File > Export jobs as CSV)
events.json    every stage event (timeline entries), job_id links them to jobs.csv
messages.json  every stored email with what the Smart Router and you decided about it
runs.json      every sync / import run with its counters
accounts.json  mail accounts (no tokens: those stay in your OS keyring)
settings.json  app settings

Times are UTC, ISO 8601.
"""


@dataclass
class ExportSummary:
    path: Path
    jobs: int = 0
    events: int = 0
    messages: int = 0
    runs: int = 0
    accounts: int = 0


@dataclass
class DeleteSummary:
    jobs: int = 0
    events: int = 0
    messages: int = 0
    runs: int = 0
    accounts: int = 0
    settings: int = 0
    tokens_removed: int = 0
    token_errors: list[str] = field(default_factory=list)  # account keys that failed


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat() + "Z"  # the store holds naive UTC
    return str(value)


def _rows(query: pw.ModelSelect) -> list[dict[str, Any]]:
    # recurse=False: foreign keys come out as ids (job, account, ...), not nested objects.
    return [model_to_dict(row, recurse=False) for row in query]


def _dump(rows: Any) -> str:
    return json.dumps(rows, default=_json_default, ensure_ascii=False, indent=1)


def _collect() -> tuple[dict[str, str], ExportSummary]:
    """Every file of the export as text, read in one transaction for a consistent picture."""
    with db.atomic():
        events = _rows(StageEvent.select().order_by(StageEvent.id))
        messages = _rows(TrackedMessage.select().order_by(TrackedMessage.id))
        runs = _rows(SyncRun.select().order_by(SyncRun.id))
        accounts = _rows(ProviderAccount.select().order_by(ProviderAccount.id))
        settings = {row.key: row.value for row in Setting.select().order_by(Setting.key)}
        jobs_csv, jobs = tracking.jobs_csv()
    files = {
        "README.txt": EXPORT_README.format(when=utcnow().isoformat(sep=" ")),
        "jobs.csv": jobs_csv,
        "events.json": _dump(events),
        "messages.json": _dump(messages),
        "runs.json": _dump(runs),
        "accounts.json": _dump(accounts),
        "settings.json": _dump(settings),
    }
    summary = ExportSummary(path=Path(), jobs=jobs, events=len(events), messages=len(messages),
                            runs=len(runs), accounts=len(accounts))
    return files, summary


def export_all(target: Path | str) -> ExportSummary:
    """Write the export to `target`: a zip when it ends in .zip, else a (new or empty) folder."""
    target = Path(target)
    files, summary = _collect()
    if target.suffix.lower() == ".zip":
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".zip.partial")
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, text in files.items():
                archive.writestr(name, text)
        partial.replace(target)
    else:
        if target.exists() and any(target.iterdir()):
            raise FileExistsError(f"{target} is not empty; choose an empty folder or a .zip name")
        target.mkdir(parents=True, exist_ok=True)
        for name, text in files.items():
            (target / name).write_text(text, encoding="utf-8")
    summary.path = target
    log.info("exported data: %d jobs, %d events, %d messages, %d runs", summary.jobs,
             summary.events, summary.messages, summary.runs)
    return summary


def _default_forget_token(account_key: str) -> bool:
    """Remove an account's refresh token from the keyring (no network). True if one existed."""
    from ..mail import oauth

    return oauth.delete_refresh_token(account_key)


def delete_all(forget_token: Callable[[str], bool] | None = None) -> DeleteSummary:
    """Delete every row of every table and each account's keyring token.

    Token removal runs after the rows are gone; an account whose token could not be
    removed is listed in `token_errors` so the UI can say so.
    """
    forget = forget_token or _default_forget_token
    summary = DeleteSummary()
    with db.atomic():
        account_keys = [row.account_key for row in ProviderAccount.select(
            ProviderAccount.account_key)]
        summary.events = StageEvent.delete().execute()
        summary.messages = TrackedMessage.delete().execute()
        summary.runs = SyncRun.delete().execute()
        summary.jobs = Job.delete().execute()
        summary.accounts = ProviderAccount.delete().execute()
        summary.settings = Setting.delete().execute()
    for key in account_keys:
        try:
            if forget(key):
                summary.tokens_removed += 1
        except Exception as exc:  # keyring backends raise their own types
            log.warning("could not remove the keyring token of account %s: %s", key,
                        type(exc).__name__)
            summary.token_errors.append(key)
    log.info("deleted all data: %d jobs, %d messages, %d accounts, %d tokens", summary.jobs,
             summary.messages, summary.accounts, summary.tokens_removed)
    return summary


def data_folder() -> Path | None:
    """The folder holding the open database (the settings dialog shows it read-only)."""
    database = db.obj
    name = getattr(database, "database", None)
    if not name or name == ":memory:":
        return None
    return Path(name).resolve().parent
