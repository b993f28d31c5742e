"""Mail intake: Gmail sync and mbox/.eml import through one pipeline, every run recorded.

Pipeline: find message ids -> skip the ones already stored -> fetch them (Gmail: up to 50
per batch request) -> parse and store each (one commit per message: a crash or a cut loses
nothing) -> route the messages not yet routed. A message is stored once per account (unique
account + provider id) and a stored message is never rewritten, so decisions a person made
are never touched.

Gmail: the first sync (and any sync after history expired) lists `newer_than:{searchDays}d`
plus the recruitment query, up to maxMessages ids, newest first. Later syncs ask Gmail's
history whether anything arrived since the last completed run; if so they list only mail
newer than that run. The history id is advanced only when a run completes.

These functions block; the UI runs them on the "sync" lane with `progress(phase, done,
total)` (phases "listing", "fetching", "routing") and `should_cancel()` polled between
messages (a cancel in the middle of a Gmail batch drops the rest of that batch, unstored: the
next run fetches it). A run that fails or is cancelled is returned with its status and
error; only an unknown account or bad parameters raise.
"""

from __future__ import annotations

import argparse
import calendar
import sys
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import peewee as pw

from ..logging_setup import get_logger
from ..mail import oauth, query
from ..mail.files import MailFileError, count_messages, default_account_key, detect_kind, iter_mail
from ..mail.gmail import BATCH_SIZE, GmailClient, HistoryExpired, RawGmailMessage, RetryPolicy
from ..mail.oauth import GoogleEndpoints, MailError
from ..mail.parse import ParsedMessage, parse_message
from ..store import Job, ProviderAccount, SyncRun, TrackedMessage, db
from ..timeutil import utcnow
from ..vocab import DEFAULT_ACCOUNT_KEY, MessageStatus, RunStatus
from . import accounts, settings
from .tracking import ValidationError

log = get_logger("sync")

ProgressFn = Callable[[str, int, int], None]
CancelFn = Callable[[], bool]

# Incremental listing starts this long before the last completed run (clock skew, delays).
INCREMENTAL_MARGIN = timedelta(days=1)

_account_locks: dict[str, threading.Lock] = {}
_locks_guard = threading.Lock()


class Cancelled(Exception):
    pass


# ---------------------------------------------------------------- queries for the UI

def list_runs(limit: int = 200) -> list[SyncRun]:
    return list(SyncRun.select(SyncRun, ProviderAccount).join(ProviderAccount)
                .order_by(SyncRun.started_at.desc(), SyncRun.id.desc()).limit(limit))


def run_messages(run_id: int) -> list[TrackedMessage]:
    return list(TrackedMessage.select().where(TrackedMessage.sync_run == run_id)
                .order_by(TrackedMessage.received_at.desc(), TrackedMessage.id.desc()))


def run_status_counts(run_id: int) -> dict[str, int]:
    """How many of a run's messages are in each processing status (one GROUP BY, no rows)."""
    query = (TrackedMessage.select(TrackedMessage.processing_status,
                                   pw.fn.COUNT(TrackedMessage.id))
             .where(TrackedMessage.sync_run == run_id)
             .group_by(TrackedMessage.processing_status).tuples())
    return {status: count for status, count in query}


@dataclass(frozen=True)
class RunMessageRow:
    """One message of a run as the runs page lists it (no body, headers or snippet)."""

    id: int
    sender_name: str
    sender_email: str
    subject: str
    received_at: datetime | None
    processing_status: str
    confidence: int
    job_id: int | None  # the linked job, else the suggested one
    job_company: str  # "" without a job
    job_title: str
    suggested_stage: str
    reason: str


def run_message_rows(run_id: int) -> list[RunMessageRow]:
    """A run's messages with only the listed columns: waiting ones first, each group newest
    first (no date last), in one query."""
    job_id = pw.fn.COALESCE(TrackedMessage.job, TrackedMessage.suggested_job)
    query = (TrackedMessage.select(
        TrackedMessage.id, TrackedMessage.sender_name, TrackedMessage.sender_email,
        TrackedMessage.subject, TrackedMessage.received_at, TrackedMessage.processing_status,
        TrackedMessage.confidence, job_id, Job.company, Job.title,
        TrackedMessage.suggested_stage, TrackedMessage.reason)
        .join(Job, pw.JOIN.LEFT_OUTER, on=(Job.id == job_id))
        .where(TrackedMessage.sync_run == run_id)
        .order_by(TrackedMessage.processing_status != MessageStatus.PENDING_USER.value,
                  TrackedMessage.received_at.desc(), TrackedMessage.id.desc())
        .tuples())
    return [RunMessageRow(id=row[0], sender_name=row[1], sender_email=row[2], subject=row[3],
                          received_at=row[4],
                          processing_status=row[5], confidence=row[6], job_id=row[7],
                          job_company=row[8] or "", job_title=row[9] or "",
                          suggested_stage=row[10], reason=row[11])
            for row in query]


# ---------------------------------------------------------------- the shared pipeline

def _lock_for(account_key: str) -> threading.Lock:
    with _locks_guard:
        return _account_locks.setdefault(account_key, threading.Lock())


def _close_stale_runs(account: ProviderAccount) -> None:
    """Runs left 'running' by a process that died: mark them failed, say so."""
    (SyncRun.update(status=RunStatus.FAILED.value, finished_at=utcnow(),
                    error_code="interrupted",
                    error_message="The app stopped during this run; messages stored before "
                                  "that were kept and the next run picked up the rest.")
     .where((SyncRun.account == account) & (SyncRun.status == RunStatus.RUNNING.value))
     .execute())


class _Run:
    """A SyncRun row plus the bookkeeping of one pass through the pipeline."""

    def __init__(self, account: ProviderAccount, kind: str, params: dict[str, Any],
                 progress: ProgressFn | None, should_cancel: CancelFn | None) -> None:
        self.account = account
        self.progress = progress or (lambda phase, done, total: None)
        self.should_cancel = should_cancel or (lambda: False)
        _close_stale_runs(account)
        self.run = SyncRun.create(account=account, kind=kind, params=params,
                                  status=RunStatus.RUNNING.value)
        self.new_ids: list[int] = []
        self.route_error = ""
        self.existing: set[str] = {
            row[0] for row in TrackedMessage.select(TrackedMessage.provider_message_id)
            .where(TrackedMessage.account == account).tuples()}

    def check_cancel(self) -> None:
        if self.should_cancel():
            raise Cancelled()

    def store(self, provider_message_id: str, parsed: ParsedMessage, *, thread_id: str,
              labels: list[str] | None = None) -> int | None:
        """Insert one message and bump the run's counters in one commit."""
        if provider_message_id in self.existing:
            return None
        errored = bool(parsed.parse_error)
        try:
            with db.atomic():
                message = TrackedMessage.create(
                    account=self.account, provider_message_id=provider_message_id,
                    rfc_message_id=parsed.rfc_message_id[:500], thread_id=thread_id[:300],
                    sender_name=parsed.sender_name, sender_email=parsed.sender_email,
                    recipient=parsed.recipient, subject=parsed.subject,
                    received_at=parsed.received_at, snippet=parsed.snippet,
                    body_text=parsed.body_text, router_text=parsed.router_text,
                    headers=parsed.headers or None, labels=labels,
                    parse_error=parsed.parse_error, sync_run=self.run,
                    reason=(f"Could not be read: {parsed.parse_error}" if errored else ""))
                SyncRun.update(discovered=SyncRun.discovered + 1,
                               errored=SyncRun.errored + (1 if errored else 0)).where(
                    SyncRun.id == self.run.id).execute()
        except pw.IntegrityError:  # stored meanwhile by another run
            self.existing.add(provider_message_id)
            return None
        self.existing.add(provider_message_id)
        self.new_ids.append(message.id)
        if errored:
            log.info("run %s: message %s stored with a parse error", self.run.id, message.id)
        return message.id

    def count_error(self, what: str) -> None:
        SyncRun.update(errored=SyncRun.errored + 1).where(SyncRun.id == self.run.id).execute()
        log.info("run %s: %s", self.run.id, what)

    def set_params(self, **values: Any) -> None:
        params = dict(self.run.params or {})
        params.update(values)
        self.run.params = params
        SyncRun.update(params=params).where(SyncRun.id == self.run.id).execute()

    def finish(self, status: RunStatus, code: str = "", message: str = "") -> SyncRun:
        SyncRun.update(status=status.value, finished_at=utcnow(), error_code=code,
                       error_message=message).where(SyncRun.id == self.run.id).execute()
        self.run = SyncRun.get_by_id(self.run.id)
        log.info("run %s %s: %d new, %d errored%s", self.run.id, status.value,
                 self.run.discovered, self.run.errored, f" ({code})" if code else "")
        return self.run

    def route(self, enabled: bool) -> None:
        """Route this run's new messages and any of the account's left unrouted earlier."""
        if not enabled:
            return
        try:
            from .routing import route_messages
        except ImportError:
            log.info("run %s: router not available; messages wait unrouted", self.run.id)
            return
        # This run's new messages, plus any an earlier failed or cancelled run stored but
        # never routed; messages that could not be read are left for the person.
        ids = [m.id for m in TrackedMessage.select(TrackedMessage.id).where(
            (TrackedMessage.account == self.account) & (TrackedMessage.routed == False)  # noqa: E712
            & (TrackedMessage.decided_by == "") & (TrackedMessage.parse_error == ""))
            .order_by(TrackedMessage.id)]
        if not ids:
            return
        self.progress("routing", 0, len(ids))
        try:
            summary = route_messages(
                ids, progress=lambda done, total: self.progress("routing", done, total),
                should_cancel=self.should_cancel)
        except Exception as exc:  # stored messages stay; routing can run again later
            log.exception("run %s: routing failed (%s)", self.run.id, type(exc).__name__)
            self.route_error = (f"Routing stopped ({type(exc).__name__}); the messages are "
                                "stored and will be routed by the next run.")
            return
        SyncRun.update(classified=SyncRun.classified + summary.routed,
                       relevant=SyncRun.relevant + summary.relevant,
                       matched=SyncRun.matched + summary.auto_linked,
                       errored=SyncRun.errored + summary.errored).where(
            SyncRun.id == self.run.id).execute()


def _run_guarded(run: _Run, body: Callable[[], None], route: bool,
                 on_complete: Callable[[], None] | None = None) -> SyncRun:
    """Run `body`, then record how it ended; routing follows a completed run."""
    try:
        body()
    except Cancelled:
        return run.finish(RunStatus.CANCELLED, "cancelled", "Cancelled; messages stored so "
                          "far were kept and the next run picks up the rest.")
    except MailError as exc:
        if exc.code == "cancelled":
            return run.finish(RunStatus.CANCELLED, "cancelled", exc.message)
        return run.finish(RunStatus.FAILED, exc.code, str(exc))
    except KeyboardInterrupt:
        run.finish(RunStatus.CANCELLED, "cancelled", "Interrupted.")
        raise
    except OSError as exc:  # a mail file that vanished or cannot be read mid-import
        where = f" {exc.filename}" if exc.filename else ""
        return run.finish(RunStatus.FAILED, "io_error",
                          f"The file{where} could not be read ({exc.strerror or type(exc).__name__}); "
                          "messages stored so far were kept.")
    except BaseException as exc:
        run.finish(RunStatus.FAILED, "internal", f"Unexpected error ({type(exc).__name__}); "
                   "messages stored so far were kept.")
        raise
    if on_complete is not None:
        on_complete()
    run.route(route)
    return run.finish(RunStatus.COMPLETED, "routing_failed" if run.route_error else "",
                      run.route_error)


# ---------------------------------------------------------------- Gmail

def sync_account(account_key: str = DEFAULT_ACCOUNT_KEY, *, max_messages: int | None = None,
                 search_days: int | None = None, route: bool = True,
                 progress: ProgressFn | None = None, should_cancel: CancelFn | None = None,
                 retry: RetryPolicy | None = None) -> SyncRun:
    """Sync one Gmail account; returns the finished SyncRun (see the module docstring)."""
    account = accounts.get_account(account_key)
    if account is None or account.provider != "gmail" or account.status == "disconnected":
        raise MailError("not_connected", f"No Gmail account '{account_key}' is connected.",
                        f"Connect it first (in the app, or `jobops connect --account "
                        f"{account_key}`).")
    max_messages = accounts.check_max_messages(
        max_messages if max_messages is not None else account.max_messages)
    search_days = accounts.check_search_days(
        search_days if search_days is not None else account.search_days)
    lock = _lock_for(account_key)
    if not lock.acquire(blocking=False):
        raise MailError("busy", f"A sync of '{account_key}' is already running.",
                        "Wait for it to finish.")
    try:
        return _sync_locked(account, max_messages, search_days, route, progress,
                            should_cancel, retry)
    finally:
        lock.release()


def _sync_locked(account: ProviderAccount, max_messages: int, search_days: int, route: bool,
                 progress: ProgressFn | None, should_cancel: CancelFn | None,
                 retry: RetryPolicy | None) -> SyncRun:
    search = query.effective_query(settings.get("sync.gmail_query"))
    run = _Run(account, "gmail", {"maxMessages": max_messages, "searchDays": search_days,
                                  "query": search}, progress, should_cancel)
    log.info("run %s: gmail sync of account %s started", run.run.id, account.account_key)
    state: dict[str, str] = {}

    def body() -> None:
        endpoints = GoogleEndpoints.from_environment()
        config = accounts.client_config()
        try:
            creds = oauth.credentials_for(account.account_key, config)
        except MailError as exc:
            if exc.code in ("invalid_grant", "no_refresh_token"):
                _mark_account(account, "error", str(exc))
            raise
        client = GmailClient(creds, endpoints, retry=retry, should_cancel=run.should_cancel)
        try:
            _gmail_pass(run, client, account, search, max_messages, search_days, state)
        except MailError as exc:
            if exc.code == "invalid_grant":  # revoked while the run was going
                oauth.delete_refresh_token(account.account_key)
                error = oauth.invalid_grant(account.account_key)
                _mark_account(account, "error", str(error))
                raise error from None
            raise

    def complete() -> None:
        account.history_id = state.get("history_id", account.history_id)
        account.last_synced_at = utcnow()
        account.status = "connected"
        account.last_error = ""
        account.save()

    return _run_guarded(run, body, route, complete)


def _gmail_pass(run: _Run, client: GmailClient, account: ProviderAccount, search: str,
                max_messages: int, search_days: int, state: dict[str, str]) -> None:
    run.progress("listing", 0, max_messages)
    profile = client.profile()
    state["history_id"] = str(profile.get("historyId") or "")
    mode = "windowed"
    after_epoch: int | None = None
    if account.history_id and account.last_synced_at and \
            not _window_grew(account, search, max_messages, search_days):
        try:
            added, _latest = client.history_added_ids(account.history_id)
            mode = "incremental"
            if not added:
                run.set_params(mode=mode, listed=0, alreadyStored=0)
                run.progress("fetching", 0, 0)
                return
            since = account.last_synced_at - INCREMENTAL_MARGIN
            after_epoch = calendar.timegm(since.timetuple())
        except HistoryExpired:
            mode = "fallback"
            log.info("run %s: history expired; listing the window instead", run.run.id)
    listed = client.list_ids(query.windowed(search, search_days, after_epoch=after_epoch),
                             max_messages,
                             on_page=lambda n: run.progress("listing", n, max_messages))
    to_fetch = [i for i in listed if i not in run.existing]
    run.set_params(mode=mode, listed=len(listed), alreadyStored=len(listed) - len(to_fetch))
    total = len(to_fetch)
    run.progress("fetching", 0, total)
    done = 0
    for start in range(0, total, BATCH_SIZE):
        run.check_cancel()
        chunk = to_fetch[start:start + BATCH_SIZE]
        batch = client.get_raw_batch(chunk)
        for message_id in chunk:
            # Cancel between messages: the rest of this batch is fetched again next run.
            run.check_cancel()
            done += 1
            fetched = batch.messages.get(message_id)
            if fetched is not None:
                _store_fetched(run, fetched)
            elif message_id in batch.gone:
                run.count_error(f"message {message_id} vanished before it was fetched")
            elif message_id in batch.failed:
                run.count_error(f"message {message_id} could not be fetched "
                                f"({batch.failed[message_id]})")
            else:  # not fetched before the batch stopped (batch.error): next run
                continue
            run.progress("fetching", done, total)
        if batch.error is not None:  # what came back is stored; now stop as the error says
            raise batch.error


def _store_fetched(run: _Run, fetched: RawGmailMessage) -> None:
    internal = (datetime.fromtimestamp(fetched.internal_date_ms // 1000, timezone.utc)
                .replace(tzinfo=None) if fetched.internal_date_ms else None)
    parsed = _safe_parse(fetched.raw, internal)
    if internal is not None:
        parsed.received_at = internal  # Gmail's receipt time beats a sender's Date header
    run.store(fetched.id, parsed, thread_id=fetched.thread_id, labels=fetched.label_ids)


def _window_grew(account: ProviderAccount, search: str, max_messages: int,
                 search_days: int) -> bool:
    """Whether this run asks for more than the last completed one covered (then list again)."""
    last = (SyncRun.select().where((SyncRun.account == account) & (SyncRun.kind == "gmail")
                                   & (SyncRun.status == RunStatus.COMPLETED.value))
            .order_by(SyncRun.id.desc()).first())
    params = (last.params or {}) if last is not None else {}
    return (params.get("query") != search or search_days > int(params.get("searchDays", 0))
            or max_messages > int(params.get("maxMessages", 0)))


def _safe_parse(raw: bytes, fallback_date: datetime | None) -> ParsedMessage:
    try:
        return parse_message(raw, fallback_date=fallback_date)
    except Exception as exc:  # parse_message is defensive; this is the last net
        return ParsedMessage(received_at=fallback_date,
                             parse_error=f"parser failed: {type(exc).__name__}")


def _mark_account(account: ProviderAccount, status: str, error: str) -> None:
    account.status = status
    account.last_error = error
    account.save()


# ---------------------------------------------------------------- files

def import_mail(path: str | Path, account_key: str | None = None, *, route: bool = True,
                progress: ProgressFn | None = None,
                should_cancel: CancelFn | None = None) -> SyncRun:
    """Import an mbox file, an .eml file or a folder of .eml files (recursively)."""
    path = Path(path).expanduser()
    try:
        kind = detect_kind(path)
    except MailFileError as exc:
        raise ValidationError(str(exc)) from None
    key = (account_key or "").strip() or default_account_key(path, kind)
    account = accounts.get_account(key)
    if account is None:
        account = ProviderAccount.create(account_key=key, provider=kind, status="connected")
    elif account.provider == "gmail":
        raise ValidationError(f"'{key}' is a Gmail account; choose another account key.")
    lock = _lock_for(key)
    if not lock.acquire(blocking=False):
        raise MailError("busy", f"An import into '{key}' is already running.",
                        "Wait for it to finish.")
    try:
        run_kind = "sample" if account.provider == "sample" else kind
        run = _Run(account, run_kind, {"path": str(path.resolve()), "kind": kind},
                   progress, should_cancel)
        log.info("run %s: %s import into account %s started", run.run.id, kind, key)

        def body() -> None:
            total = count_messages(path, kind)
            run.progress("fetching", 0, total)
            for done, mail in enumerate(iter_mail(path, kind), start=1):
                run.check_cancel()
                parsed = _safe_parse(mail.raw, mail.envelope_date)
                message_id = parsed.fingerprint_id(mail.raw)
                run.store(message_id, parsed, thread_id=parsed.thread_key or message_id)
                run.progress("fetching", done, max(total, done))

        def complete() -> None:
            account.last_synced_at = utcnow()
            account.save()

        return _run_guarded(run, body, route, complete)
    finally:
        lock.release()


# ---------------------------------------------------------------- command line

def _summary(run: SyncRun) -> str:
    params = run.params or {}
    parts = [f"Run {run.id} {run.status}: {run.discovered} new message(s)"]
    if "listed" in params:
        parts.append(f"{params['listed']} listed, {params.get('alreadyStored', 0)} already stored")
    if run.errored:
        parts.append(f"{run.errored} errored")
    if run.classified:
        parts.append(f"{run.classified} routed, {run.relevant} relevant, "
                     f"{run.matched} linked automatically")
    if params.get("mode"):
        parts.append(f"mode {params['mode']}")
    return "; ".join(parts) + "."


SETUP_ERRORS = {"not_configured", "not_connected", "no_refresh_token", "keyring_unavailable"}


def _cli_progress(enabled: bool) -> ProgressFn | None:
    if not enabled:
        return None

    def report(phase: str, done: int, total: int) -> None:
        print(f"\r{phase}: {done}/{total}   ", end="", file=sys.stderr, flush=True)
    return report


def _finish_cli(run: SyncRun, tty: bool) -> int:
    if tty:
        print(file=sys.stderr)
    print(_summary(run))
    if run.status == RunStatus.COMPLETED.value:
        if run.error_code:
            print(f"Note: {run.error_message}")
        return 0
    print(f"jobops: {run.error_message}", file=sys.stderr)
    return 2 if run.error_code in SETUP_ERRORS else 1


def cli_sync(args: argparse.Namespace) -> int:
    tty = sys.stderr.isatty()
    try:
        run = sync_account(args.account, max_messages=args.max_messages,
                           search_days=args.search_days, route=not args.no_route,
                           progress=_cli_progress(tty))
    except MailError as exc:
        accounts.print_mail_error(exc)
        return 2 if exc.code in SETUP_ERRORS else 1
    except ValidationError as exc:
        print(f"jobops: {exc}", file=sys.stderr)
        return 2
    return _finish_cli(run, tty)


def cli_import(args: argparse.Namespace) -> int:
    tty = sys.stderr.isatty()
    try:
        run = import_mail(args.path, args.account, route=not args.no_route,
                          progress=_cli_progress(tty))
    except MailError as exc:
        accounts.print_mail_error(exc)
        return 2
    except ValidationError as exc:
        print(f"jobops: {exc}", file=sys.stderr)
        return 2
    return _finish_cli(run, tty)


def stored_message_ids(account_key: str) -> Iterable[str]:
    """Provider ids stored for an account (tests and diagnostics)."""
    return [m.provider_message_id for m in TrackedMessage.select(
        TrackedMessage.provider_message_id).join(ProviderAccount).where(
        ProviderAccount.account_key == account_key)]
