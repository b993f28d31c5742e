"""One owner for mail work started from the UI: connect, sync, import, and scheduled sync.

The accounts panel, the runs page, the tray and the menu all call the same SyncController,
so there is only ever one sync at a time and every view shows the same progress. Work runs
on the "sync" lane (services.sync / services.accounts); results come back as plain
dataclasses, never peewee objects.

SyncScheduler is the background-sync timer: a QTimer on the GUI thread that asks the
Qt-free policy in services.scheduler whether a sync is due.
"""

from __future__ import annotations

import time
import webbrowser
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from ..logging_setup import get_logger
from ..services import scheduler
from ..services import settings as app_settings
from ..timeutil import utcnow
from ..vocab import MessageStatus, RunStatus
from .events import AppEvents
from .worker import Task, TaskCancelled, TaskContext, run_task

log = get_logger("ui.sync")

PHASE_LABELS = {
    "listing": "Looking for new mail",
    "fetching": "Fetching messages",
    "parsing": "Reading messages",
    "importing": "Reading the file",
    "routing": "Routing with the Smart Router",
}

_SEPARATOR = "\x1f"  # between account key and phase in progress text


def phase_label(phase: str) -> str:
    return PHASE_LABELS.get(phase, phase.replace("_", " ").capitalize())


@dataclass(frozen=True)
class SyncOutcome:
    """What one account's sync (or one import) did, for the views, tray and notifications."""

    account_key: str
    kind: str  # gmail | mbox | eml | ...
    status: str  # a RunStatus value
    run_id: int | None = None
    discovered: int = 0
    relevant: int = 0
    new_pending: int = 0  # messages of this run waiting for review
    auto_linked: int = 0  # messages of this run that moved a job by themselves
    error: str = ""  # user-facing message (with the next step when there is one)


@dataclass(frozen=True)
class BatchOutcome:
    outcomes: list[SyncOutcome] = field(default_factory=list)
    notifications_enabled: bool = True

    @property
    def new_pending(self) -> int:
        return sum(o.new_pending for o in self.outcomes)

    @property
    def auto_linked(self) -> int:
        return sum(o.auto_linked for o in self.outcomes)

    @property
    def status(self) -> str:
        statuses = {o.status for o in self.outcomes}
        for status in (RunStatus.FAILED, RunStatus.CANCELLED, RunStatus.RUNNING):
            if status.value in statuses:
                return status.value
        return RunStatus.COMPLETED.value


def describe_error(exc: BaseException) -> str:
    """A MailError's message and next step, or a short description of anything else."""
    message = getattr(exc, "message", "") or str(exc) or type(exc).__name__
    next_step = getattr(exc, "next_step", "")
    return f"{message} {next_step}".strip() if next_step else message


# ------------------------------------------------------------------ background functions
# These run on the "sync" lane and return plain data.

def _outcome_for_run(run: Any, account_key: str) -> SyncOutcome:
    from ..services import sync as sync_service

    counts = sync_service.run_status_counts(run.id)
    new_pending = counts.get(MessageStatus.PENDING_USER.value, 0)
    auto_linked = counts.get(MessageStatus.AUTO_LINKED.value, 0)
    # A cancelled run explains itself in error_message; that is not an error to show in red.
    error = "" if run.status == RunStatus.CANCELLED.value else (run.error_message or "")
    return SyncOutcome(account_key=account_key, kind=run.kind, status=run.status, run_id=run.id,
                       discovered=run.discovered, relevant=run.relevant,
                       new_pending=new_pending, auto_linked=auto_linked, error=error)


# At most one progress update per this many seconds reaches the GUI thread (plus every phase
# change and the last step): a fast import reports thousands of steps, a person sees ~20/s.
PROGRESS_INTERVAL_S = 0.05


def _progress_reporter(context: TaskContext, label: str) -> Callable[..., None]:
    last = {"at": 0.0, "phase": ""}

    def progress(phase: str, done: int, total: int) -> None:
        now = time.monotonic()
        if (phase == last["phase"] and done < total
                and now - last["at"] < PROGRESS_INTERVAL_S):
            return
        last["at"], last["phase"] = now, phase
        context.report(done, total, f"{label}{_SEPARATOR}{phase}")
    return progress


def connected_gmail_accounts() -> list[Any]:
    from ..services import accounts

    return [a for a in accounts.list_accounts()
            if a.provider == "gmail" and a.status == "connected"]


def sync_accounts(context: TaskContext, account_keys: list[str] | None) -> BatchOutcome:
    """Sync the given accounts (None: every connected Gmail account) one after another."""
    from ..services import sync as sync_service

    keys = (account_keys if account_keys is not None
            else [a.account_key for a in connected_gmail_accounts()])
    outcomes: list[SyncOutcome] = []
    for key in keys:
        if context.should_cancel():
            break
        try:
            run = sync_service.sync_account(key, progress=_progress_reporter(context, key),
                                            should_cancel=context.should_cancel)
        except Exception as exc:  # MailError and friends: shown, and the next account runs
            log.warning("sync of account %s failed: %s", key, type(exc).__name__)
            outcomes.append(SyncOutcome(account_key=key, kind="gmail",
                                        status=RunStatus.FAILED.value,
                                        error=describe_error(exc)))
            continue
        outcomes.append(_outcome_for_run(run, key))
    return BatchOutcome(outcomes, bool(app_settings.get("notifications.enabled")))


def import_mail_file(context: TaskContext, path: str, account_key: str | None) -> BatchOutcome:
    from ..services import sync as sync_service

    run = sync_service.import_mail(path, account_key,
                                   progress=_progress_reporter(context, Path(path).name),
                                   should_cancel=context.should_cancel)
    key = getattr(getattr(run, "account", None), "account_key", account_key or "")
    return BatchOutcome([_outcome_for_run(run, key)],
                        bool(app_settings.get("notifications.enabled")))


def connect_account(context: TaskContext, account_key: str,
                    open_browser: Callable[[str], Any]) -> str:
    from ..services import accounts

    # The OAuth client comes from the environment or the file chosen in Settings.
    account = accounts.connect_gmail(account_key, open_browser=open_browser,
                                     should_cancel=context.should_cancel)
    return account.email_address or account.account_key


def disconnect_account(account_key: str) -> None:
    from ..services import accounts

    accounts.disconnect(account_key)


# ------------------------------------------------------------------ the controller

class SyncController(QObject):
    """Starts, tracks and cancels mail work; every view listens to its signals."""

    state_changed = Signal()  # running / idle / waiting for the browser changed
    progress = Signal(str, str, int, int)  # account (or file name), phase, done, total
    batch_finished = Signal(object)  # BatchOutcome
    batch_failed = Signal(str)  # user-facing error (the whole task failed)
    connect_finished = Signal(str, str)  # account key, error ("" on success)
    notify = Signal(str, str)  # title, text: the tray shows it as a desktop notification

    def __init__(self, events: AppEvents | None = None, parent: QObject | None = None,
                 open_browser: Callable[[str], Any] = webbrowser.open) -> None:
        super().__init__(parent)
        self.events = events
        self.open_browser = open_browser
        self._task: Task | None = None
        self._connect_task: Task | None = None
        self.connecting_key: str | None = None
        self.current_label = ""
        self.phase = ""
        self.done = 0
        self.total = 0
        self.scheduled = False  # the running sync was started by the timer
        self.last_started_at: datetime | None = None
        self.last_outcome: BatchOutcome | None = None
        self.last_error = ""

    # ---------------------------------------------------------- state

    @property
    def running(self) -> bool:
        return self._task is not None

    @property
    def connecting(self) -> bool:
        return self._connect_task is not None

    @property
    def cancelling(self) -> bool:
        return self._task is not None and self._task.cancelled

    def status_text(self) -> str:
        if self._task is None:
            return ""
        if self._task.cancelled:
            return "Cancelling…"
        label = phase_label(self.phase) if self.phase else "Starting"
        if self.total > 0:
            return f"{label}: {self.done} of {self.total}"
        return f"{label}…"

    # ---------------------------------------------------------- sync and import

    def sync_now(self, account_key: str | None = None, *, scheduled: bool = False) -> bool:
        """Sync one account, or every connected Gmail account. False if a sync is running."""
        keys = None if account_key is None else [account_key]
        return self._start(sync_accounts, keys, label=account_key or "", scheduled=scheduled)

    def import_file(self, path: str | Path, account_key: str | None = None) -> bool:
        return self._start(import_mail_file, str(path), account_key, label=Path(path).name)

    def cancel(self) -> None:
        if self._task is not None and not self._task.cancelled:
            log.info("sync cancel requested")
            self._task.cancel()
            self.state_changed.emit()

    def _start(self, fn: Callable[..., BatchOutcome], *args: Any, label: str,
               scheduled: bool = False) -> bool:
        if self._task is not None:
            return False
        self.current_label, self.phase, self.done, self.total = label, "", 0, 0
        self.scheduled = scheduled
        self.last_started_at = utcnow()
        self.last_error = ""
        self._task = run_task(fn, *args, lane="sync", with_context=True,
                              on_progress=self._on_progress, on_result=self._on_result,
                              on_error=self._on_error)
        log.info("%s started", "scheduled sync" if scheduled else "sync")
        self.state_changed.emit()
        if self.events is not None:
            self.events.runs_changed.emit()
        return True

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        label, _, phase = text.partition(_SEPARATOR)
        self.current_label, self.phase, self.done, self.total = label, phase, done, total
        self.progress.emit(label, phase, done, total)

    def _finish(self) -> None:
        self._task = None
        self.state_changed.emit()
        if self.events is not None:
            self.events.runs_changed.emit()
            self.events.messages_changed.emit()
            self.events.accounts_changed.emit()

    def _on_result(self, outcome: BatchOutcome) -> None:
        self.last_outcome = outcome
        errors = [f"{o.account_key}: {o.error}" for o in outcome.outcomes if o.error]
        self.last_error = "\n".join(errors)
        self._finish()
        if outcome.auto_linked and self.events is not None:
            self.events.jobs_changed.emit()
        self.batch_finished.emit(outcome)
        if outcome.notifications_enabled:
            self._notify(outcome)

    def _on_error(self, exc: BaseException) -> None:
        cancelled = isinstance(exc, TaskCancelled)
        self.last_error = "" if cancelled else describe_error(exc)
        self.last_outcome = BatchOutcome([SyncOutcome(
            account_key=self.current_label, kind="",
            status=RunStatus.CANCELLED.value if cancelled else RunStatus.FAILED.value,
            error=self.last_error)])
        self._finish()
        if not cancelled:
            self.batch_failed.emit(self.last_error)

    def _notify(self, outcome: BatchOutcome) -> None:
        parts = []
        if outcome.new_pending:
            noun = "message needs" if outcome.new_pending == 1 else "messages need"
            parts.append(f"{outcome.new_pending} new {noun} your review.")
        if outcome.auto_linked:
            noun = "email" if outcome.auto_linked == 1 else "emails"
            parts.append(f"{outcome.auto_linked} {noun} updated a job's stage automatically.")
        if parts:
            self.notify.emit("JobOps: new recruiter mail", " ".join(parts))

    # ---------------------------------------------------------- connect / disconnect

    def connect_gmail(self, account_key: str = "default") -> bool:
        if self._connect_task is not None:
            return False
        self.connecting_key = account_key
        self._connect_task = run_task(
            connect_account, account_key, self.open_browser, lane="sync", with_context=True,
            on_result=lambda _label: self._connect_done(account_key, ""),
            on_error=lambda exc: self._connect_done(account_key, self._connect_error(exc)))
        self.state_changed.emit()
        return True

    def _connect_error(self, exc: BaseException) -> str:
        if isinstance(exc, TaskCancelled) or getattr(exc, "code", "") == "cancelled":
            return ""
        return describe_error(exc)

    def cancel_connect(self) -> None:
        if self._connect_task is not None:
            self._connect_task.cancel()

    def _connect_done(self, account_key: str, error: str) -> None:
        self._connect_task = None
        self.connecting_key = None
        self.state_changed.emit()
        if self.events is not None:
            self.events.accounts_changed.emit()
        self.connect_finished.emit(account_key, error)

    def disconnect(self, account_key: str, on_done: Callable[[str], None] | None = None) -> Task:
        def finished(error: str) -> None:
            if self.events is not None:
                self.events.accounts_changed.emit()
            if on_done is not None:
                on_done(error)

        return run_task(disconnect_account, account_key, lane="sync",
                        on_result=lambda _r: finished(""),
                        on_error=lambda exc: finished(describe_error(exc)))


# ------------------------------------------------------------------ scheduled sync

@dataclass(frozen=True)
class ScheduleInputs:
    interval_minutes: int
    paused: bool
    connected_accounts: int
    last_synced_at: datetime | None


def read_schedule_inputs() -> ScheduleInputs:
    connected = connected_gmail_accounts()
    synced = [a.last_synced_at for a in connected if a.last_synced_at is not None]
    return ScheduleInputs(
        interval_minutes=scheduler.normalise_interval(app_settings.get("sync.interval_minutes")),
        paused=bool(app_settings.get("sync.paused")),
        connected_accounts=len(connected),
        last_synced_at=max(synced) if synced else None)


class SyncScheduler(QObject):
    """Checks every `tick_ms` whether a background sync is due and starts it."""

    checked = Signal(str)  # the decision's reason (for the tray tooltip and tests)

    def __init__(self, controller: SyncController, tick_ms: int = 60_000,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.last_reason = ""
        self.timer = QTimer(self)
        self.timer.setInterval(tick_ms)
        self.timer.timeout.connect(self.check)
        self._checking = False

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(2_000, self.check)  # soon after start-up (--background at log-in)

    def stop(self) -> None:
        self.timer.stop()

    @Slot()
    def check(self) -> None:
        if self._checking:
            return
        self._checking = True
        run_task(read_schedule_inputs, on_result=self._decide,
                 on_error=lambda exc: self._checked(f"cannot read settings: {exc}"))

    def _checked(self, reason: str) -> None:
        self._checking = False
        self.last_reason = reason
        self.checked.emit(reason)

    def _decide(self, inputs: ScheduleInputs) -> None:
        last = self.controller.last_started_at
        if inputs.last_synced_at is not None and (last is None or inputs.last_synced_at > last):
            last = inputs.last_synced_at
        decision = scheduler.decide(utcnow(), interval_minutes=inputs.interval_minutes,
                                    paused=inputs.paused,
                                    # A browser sign-in holds the sync lane: wait for it.
                                    running=self.controller.running or self.controller.connecting,
                                    connected_accounts=inputs.connected_accounts,
                                    last_started_at=last)
        if decision.run:
            self.controller.sync_now(scheduled=True)
        self._checked(decision.reason)
