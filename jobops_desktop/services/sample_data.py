"""Sample data: a few jobs and a bundled mailbox, so the router and inbox show without an account.

The mailbox (`data/sample/sample.mbox`, 40 messages) and the jobs (`data/sample/jobs.json`)
are written around a fixed anchor date; loading shifts every date so the newest mail is from
yesterday. The mail goes through the same import pipeline as a person's own mbox
(`services.sync.import_mail`), under the account key "sample", and is routed like any other.
Loading twice adds nothing new; `remove_sample_data` takes all of it away again.
"""

from __future__ import annotations

import json
import mailbox
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path
from typing import Any

from ..logging_setup import get_logger
from ..store import Job, ProviderAccount, StageEvent, SyncRun, TrackedMessage, db
from ..timeutil import utcnow
from . import tracking
from .tracking import JobInput

log = get_logger("services.sample_data")

SAMPLE_ACCOUNT_KEY = "sample"
SAMPLE_REASON = "sample_data"
SAMPLE_DIR = Path(__file__).resolve().parent.parent / "data" / "sample"
SAMPLE_ADDRESS = "alex.morgan@example.com"

ProgressFn = Callable[[str, int, int], None]


@dataclass
class SampleResult:
    jobs_created: int
    run: SyncRun | None


def _manifest() -> dict[str, Any]:
    return json.loads((SAMPLE_DIR / "jobs.json").read_text(encoding="utf-8"))


def _anchor(manifest: dict[str, Any]) -> datetime:
    return datetime.strptime(manifest["anchor"], "%Y-%m-%dT%H:%M:%SZ")


def date_shift(now: datetime | None = None) -> timedelta:
    """Whole days that move the sample's anchor date to yesterday (naive UTC), so the
    newest sample message is recent but never in the future."""
    now = now or utcnow()
    anchor = _anchor(_manifest())
    return timedelta(days=(now.date() - anchor.date()).days - 1)


def sample_jobs() -> list[Job]:
    """Jobs created by the sample loader (their first event carries the sample reason code)."""
    ids = (StageEvent.select(StageEvent.job)
           .where((StageEvent.reason_code == SAMPLE_REASON) & (StageEvent.from_stage.is_null())))
    return list(Job.select().where(Job.id.in_(ids)).order_by(Job.id))


def has_sample_data() -> bool:
    return bool(sample_jobs()) or ProviderAccount.select().where(
        ProviderAccount.account_key == SAMPLE_ACCOUNT_KEY).exists()


def create_sample_jobs(now: datetime | None = None) -> int:
    """Create the sample jobs with their earlier stages; existing ones are left alone."""
    now = now or utcnow()
    existing = {(job.company, job.title) for job in sample_jobs()}
    created = 0
    with db.atomic():
        for item in _manifest()["jobs"]:
            if (item["company"], item["title"]) in existing:
                continue
            applied_at = now - timedelta(days=item["applied_days_ago"], hours=3)
            job = tracking.create_job(
                JobInput(company=item["company"], title=item["title"], url=item["url"],
                         location=item["location"], requisition_id=item["requisition_id"],
                         applied_at=applied_at, notes=item["notes"]),
                actor="user", reason_code=SAMPLE_REASON)
            for event in item["events"]:
                tracking.record_event(job.id, event["stage"],
                                      occurred_at=now - timedelta(days=event["days_ago"]),
                                      actor="user", reason_code=SAMPLE_REASON)
            created += 1
    return created


def write_shifted_mbox(target: Path, shift: timedelta) -> int:
    """Copy the bundled mailbox to `target` with every Date header moved by `shift`."""
    source = mailbox.mbox(str(SAMPLE_DIR / "sample.mbox"), create=False)
    out = mailbox.mbox(str(target))
    count = 0
    try:
        out.lock()
        for message in source:
            sent = parsedate_to_datetime(message["Date"]) + shift
            del message["Date"]
            message["Date"] = format_datetime(sent)
            message.set_from(message.get_from().split(" ", 1)[0],
                             sent.astimezone(timezone.utc).timetuple())
            out.add(message)
            count += 1
        out.flush()
    finally:
        out.unlock()
        out.close()
        source.close()
    return count


def _ensure_sample_account() -> ProviderAccount:
    account, _ = ProviderAccount.get_or_create(
        account_key=SAMPLE_ACCOUNT_KEY,
        defaults={"provider": "sample", "email_address": SAMPLE_ADDRESS,
                  "status": "connected"})
    return account


def load_sample_data(*, route: bool = True, progress: ProgressFn | None = None,
                     should_cancel: Callable[[], bool] | None = None,
                     now: datetime | None = None) -> SampleResult:
    """Create the sample jobs, then import and route the sample mailbox."""
    from .sync import import_mail  # the mail pipeline; imported late (it loads mail/router)

    now = now or utcnow()
    jobs_created = create_sample_jobs(now)
    _ensure_sample_account()
    with tempfile.TemporaryDirectory(prefix="jobops-sample-") as folder:
        path = Path(folder) / "sample.mbox"
        count = write_shifted_mbox(path, date_shift(now))
        log.info("sample data: %d jobs created, importing %d messages", jobs_created, count)
        run = import_mail(path, account_key=SAMPLE_ACCOUNT_KEY, route=route, progress=progress,
                          should_cancel=should_cancel)
    return SampleResult(jobs_created=jobs_created, run=run)


def remove_sample_data() -> int:
    """Delete the sample jobs and the sample account with its messages and runs."""
    with db.atomic():
        jobs = sample_jobs()
        sample_ids = {job.id for job in jobs}
        # Sample mail the router linked to the person's own jobs: take those events back.
        events = (StageEvent.select().join(TrackedMessage)
                  .join(ProviderAccount)
                  .where(ProviderAccount.account_key == SAMPLE_ACCOUNT_KEY))
        touched = set()
        for event in events:
            if event.job_id not in sample_ids:
                touched.add(event.job_id)
            event.delete_instance()
        for job in Job.select().where(Job.id.in_(list(touched))):
            tracking.recompute_job(job)
        for job in jobs:
            job.delete_instance(recursive=False)
        ProviderAccount.delete().where(
            ProviderAccount.account_key == SAMPLE_ACCOUNT_KEY).execute()
    log.info("sample data removed: %d jobs", len(jobs))
    return len(jobs)
