"""Tracking Inbox review: what the Smart Router decided, and what the person decides.

Every message is in one processing status (vocab.MessageStatus). The router's decision is
applied by `apply_decision`; the person approves, ignores, undoes or creates a job from a
message. Stage events always go through `tracking.record_event`, each carrying the message
that caused it, so an undo removes exactly the event its link created and the job's stage is
recomputed from what remains.

Rules kept here:
- A message the person already decided is never changed by the router, and a decided message
  cannot be decided again without an explicit undo (AlreadyDecided).
- Automatic updates never move a job backwards, never touch a closed job, and never record the
  same stage twice from one email thread. A person approving by hand may move a job anywhere.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING

import peewee as pw

from ..store import Job, ProviderAccount, StageEvent, SyncRun, TrackedMessage, db
from ..timeutil import utcnow
from ..vocab import (
    OUTCOME_LABELS,
    STAGE_TARGETS,
    TARGET_OUTCOMES,
    Bucket,
    MessageStatus,
    bucket_for,
    stage_index,
    target_label,
)
from . import settings, tracking
from .tracking import JobInput, ValidationError

if TYPE_CHECKING:
    from ..router.decision import RoutingDecision

log = logging.getLogger("jobops.inbox")

REASON_ROUTER = "smart_router"
REASON_APPROVE = "inbox_approve"
REASON_CREATE = "inbox_create_job"

DECIDED_STATUSES = (MessageStatus.AUTO_LINKED.value, MessageStatus.MANUAL_LINKED.value,
                    MessageStatus.IGNORED.value)

# Filter keys the inbox offers, in display order; None means every message.
FILTERS: tuple[tuple[str | None, str], ...] = (
    (MessageStatus.PENDING_USER.value, "Pending"),
    (MessageStatus.AUTO_LINKED.value, "Auto-linked"),
    (MessageStatus.MANUAL_LINKED.value, "Manually linked"),
    (MessageStatus.IGNORED.value, "Ignored"),
    (None, "All"),
)


class AlreadyDecided(ValidationError):
    """The message was already approved, linked or ignored; undo it first."""


# ---------------------------------------------------------------- helpers

def get_message(message_id: int) -> TrackedMessage:
    message = TrackedMessage.get_or_none(TrackedMessage.id == message_id)
    if message is None:
        raise ValidationError(f"Message {message_id} no longer exists.")
    return message


def _thresholds(auto_threshold: int | None, suggest_threshold: int | None) -> tuple[int, int]:
    auto = auto_threshold if auto_threshold is not None else settings.get("router.auto_threshold")
    suggest = (suggest_threshold if suggest_threshold is not None
               else settings.get("router.suggest_threshold"))
    return int(auto), int(suggest)


def _target_to_stage(stage_target: str) -> tuple[str | None, str | None]:
    """(to_stage, outcome) for a stage target; (None, None) for no_change."""
    if stage_target not in STAGE_TARGETS:
        raise ValidationError(f"Unknown stage target: {stage_target}")
    if stage_target == "no_change":
        return None, None
    if stage_target in TARGET_OUTCOMES:
        return "closed", TARGET_OUTCOMES[stage_target]
    if stage_target == "closed":
        raise ValidationError("To close a job from a message choose Rejected or Withdrawn.")
    return stage_target, None


def is_forward(job: Job, stage_target: str) -> bool:
    """Whether the target moves the job strictly forward (what automation may do)."""
    if stage_target == "no_change" or stage_target == "closed":
        return False
    if job.current_stage == "closed":
        return False
    to_stage = "closed" if stage_target in TARGET_OUTCOMES else stage_target
    return stage_index(to_stage) > stage_index(job.current_stage)


def default_stage_target(message: TrackedMessage, job_id: int | None) -> str:
    """The stage target to preselect: the router's suggestion, unless it would move the job
    backwards (then no change). A person may still pick any target."""
    suggested = message.suggested_stage or "no_change"
    if job_id is None or suggested == "no_change":
        return "no_change" if job_id is not None else suggested
    job = Job.get_or_none(Job.id == job_id)
    if job is None:
        return "no_change"
    return suggested if is_forward(job, suggested) else "no_change"


def _stage_recorded_from_thread(job: Job, to_stage: str, thread_id: str) -> bool:
    if not thread_id:
        return False
    return (StageEvent.select(StageEvent.id)
            .join(TrackedMessage, on=(StageEvent.message == TrackedMessage.id))
            .where((StageEvent.job == job.id) & (StageEvent.to_stage == to_stage)
                   & (TrackedMessage.thread_id == thread_id))
            .exists())


def _bump_run_counter(message: TrackedMessage, counter: str, delta: int) -> None:
    if message.sync_run_id is None:
        return
    field = getattr(SyncRun, counter)
    (SyncRun.update({field: pw.fn.MAX(field + delta, 0)})
     .where(SyncRun.id == message.sync_run_id).execute())


def _mark(message: TrackedMessage, status: MessageStatus, job_id: int | None,
          decided_by: str) -> None:
    message.processing_status = status.value
    message.job = job_id
    message.decided_by = decided_by
    message.decided_at = utcnow() if decided_by else None
    message.save()


def _event_time(message: TrackedMessage) -> datetime:
    return message.received_at or utcnow()


# ---------------------------------------------------------------- router

def apply_decision(message_id: int, decision: RoutingDecision,
                   auto_threshold: int | None = None, suggest_threshold: int | None = None
                   ) -> TrackedMessage:
    """Store the router's decision and act on its bucket (see the module docstring)."""
    auto, suggest = _thresholds(auto_threshold, suggest_threshold)
    with db.atomic():
        message = get_message(message_id)
        if message.decided_by == "user":
            return message
        if message.processing_status == MessageStatus.AUTO_LINKED.value:
            # Already acted on the timeline; only an undo may take that back.
            return message
        job = Job.get_or_none(Job.id == decision.job_id) if decision.job_id else None
        stage_target = (decision.stage_target if decision.stage_target in STAGE_TARGETS
                        else "no_change")
        confidence = max(0, min(100, int(decision.confidence)))
        bucket = bucket_for(confidence, decision.relevant, job is not None, auto, suggest)
        message.relevant = bool(decision.relevant)
        message.confidence = confidence
        message.bucket = bucket.value
        message.suggested_job = job.id if job else None
        message.suggested_stage = stage_target
        message.reason = decision.reason.strip()
        message.routed = True
        if bucket is Bucket.AUTO_LINKED:
            assert job is not None
            _mark(message, MessageStatus.AUTO_LINKED, job.id, "system")
            _record_automatic_event(message, job, stage_target)
        elif bucket is Bucket.IGNORED:
            _mark(message, MessageStatus.IGNORED, None, "system")
        else:
            _mark(message, MessageStatus.PENDING_USER, None, "")
    log.debug("message %s routed: bucket=%s confidence=%s", message.id, bucket.value,
              confidence)
    return message


def _record_automatic_event(message: TrackedMessage, job: Job, stage_target: str) -> None:
    if stage_target == "closed" or not is_forward(job, stage_target):
        return
    to_stage, outcome = _target_to_stage(stage_target)
    assert to_stage is not None
    if _stage_recorded_from_thread(job, to_stage, message.thread_id):
        return
    tracking.record_event(
        job.id, to_stage, outcome=outcome, occurred_at=_event_time(message), actor="system",
        event_type="status_update", event_label=f"{target_label(stage_target)} (from email)",
        reason_code=REASON_ROUTER, message_id=message.id,
    )


# ---------------------------------------------------------------- the person's decisions

def _require_pending(message: TrackedMessage) -> None:
    if message.processing_status != MessageStatus.PENDING_USER.value:
        state = message.processing_status.replace("_", " ")
        raise AlreadyDecided(f"This message was already decided ({state}). Undo it first to "
                             "decide again.")


def approve(message_id: int, job_id: int, stage_target: str, note: str = "") -> TrackedMessage:
    """Link a pending message to a job and record the chosen stage (may move backwards)."""
    with db.atomic():
        message = get_message(message_id)
        _require_pending(message)
        job = tracking.get_job(job_id)
        to_stage, outcome = _target_to_stage(stage_target)
        _mark(message, MessageStatus.MANUAL_LINKED, job.id, "user")
        if to_stage is not None:
            tracking.record_event(
                job.id, to_stage, outcome=outcome, occurred_at=_event_time(message),
                actor="user", event_type="status_update", note=note,
                event_label=f"{target_label(stage_target)} (from email)",
                reason_code=REASON_APPROVE, message_id=message.id,
            )
        elif note.strip():
            tracking.record_event(
                job.id, None, occurred_at=_event_time(message), actor="user",
                event_type="note", note=note, event_label="Note from email",
                reason_code=REASON_APPROVE, message_id=message.id,
            )
        _bump_run_counter(message, "approved", 1)
    log.info("message %s approved to job %s (%s)", message.id, job.id, stage_target)
    return message


def deny(message_id: int) -> TrackedMessage:
    """Ignore a pending message: not about any application."""
    with db.atomic():
        message = get_message(message_id)
        _require_pending(message)
        _mark(message, MessageStatus.IGNORED, None, "user")
        _bump_run_counter(message, "denied", 1)
    log.info("message %s ignored", message.id)
    return message


def undo(message_id: int) -> TrackedMessage:
    """Return a linked or ignored message to review, removing the events its link created."""
    with db.atomic():
        message = get_message(message_id)
        if message.processing_status not in DECIDED_STATUSES:
            raise ValidationError("This message is waiting for review; there is nothing to undo.")
        previous_status, previous_by = message.processing_status, message.decided_by
        jobs = set()
        for event in StageEvent.select().where(StageEvent.message == message.id):
            jobs.add(event.job_id)
            event.delete_instance()
        for job_id in jobs:
            job = Job.get_or_none(Job.id == job_id)
            if job is not None:
                tracking.recompute_job(job)
        _mark(message, MessageStatus.PENDING_USER, None, "")
        if previous_by == "user":
            counter = ("approved" if previous_status == MessageStatus.MANUAL_LINKED.value
                       else "denied")
            _bump_run_counter(message, counter, -1)
    log.info("message %s undone (was %s)", message.id, previous_status)
    return message


def create_job_from_message(message_id: int, company: str, title: str,
                            stage_target: str = "applied") -> Job:
    """Create a job from a pending (orphan) message and link the message to it."""
    with db.atomic():
        message = get_message(message_id)
        _require_pending(message)
        _target_to_stage(stage_target)  # validate before creating anything
        job = tracking.create_job(
            JobInput(company=company, title=title, applied_at=message.received_at),
            actor="user", reason_code=REASON_CREATE)
        # The new job starts at Applied already; no second Applied event.
        approve(message.id, job.id, "no_change" if stage_target == "applied" else stage_target)
        return tracking.get_job(job.id)


def bulk_approve(message_ids: Iterable[int]) -> int:
    """Approve each pending message with a suggested job to that job and the default stage
    (never backwards). Orphans and decided messages are skipped. Returns how many."""
    approved = 0
    with db.atomic():
        for message_id in message_ids:
            message = TrackedMessage.get_or_none(TrackedMessage.id == message_id)
            if (message is None or message.processing_status != MessageStatus.PENDING_USER.value
                    or message.suggested_job_id is None):
                continue
            approve(message.id, message.suggested_job_id,
                    default_stage_target(message, message.suggested_job_id))
            approved += 1
    return approved


def bulk_deny(message_ids: Iterable[int]) -> int:
    """Ignore each pending message; decided ones are skipped. Returns how many."""
    denied = 0
    with db.atomic():
        for message_id in message_ids:
            message = TrackedMessage.get_or_none(TrackedMessage.id == message_id)
            if message is None or message.processing_status != MessageStatus.PENDING_USER.value:
                continue
            deny(message.id)
            denied += 1
    return denied


# ---------------------------------------------------------------- listing

def _filtered(query: pw.ModelSelect, status: str | None, account_key: str | None,
              search: str) -> pw.ModelSelect:
    if status:
        query = query.where(TrackedMessage.processing_status == status)
    if account_key:
        account_ids = ProviderAccount.select(ProviderAccount.id).where(
            ProviderAccount.account_key == account_key)
        query = query.where(TrackedMessage.account.in_(account_ids))
    needle = search.strip()
    if needle:
        like = f"%{needle}%"
        query = query.where(TrackedMessage.subject ** like | TrackedMessage.sender_name ** like
                            | TrackedMessage.sender_email ** like
                            | TrackedMessage.snippet ** like)
    return query


def list_messages(status: str | None = "pending_user", account_key: str | None = None,
                  search: str = "", limit: int | None = None, offset: int = 0
                  ) -> list[TrackedMessage]:
    """Messages newest first (uses the processing_status + received_at index)."""
    query = _filtered(TrackedMessage.select(), status, account_key, search)
    query = query.order_by(TrackedMessage.received_at.desc(), TrackedMessage.id.desc())
    if limit is not None:
        query = query.limit(limit)
    if offset:
        query = query.offset(offset)
    return list(query)


def counts(account_key: str | None = None, search: str = "") -> dict[str, int]:
    """Number of messages per processing status, plus "all"."""
    result = {status.value: 0 for status in MessageStatus}
    query = _filtered(TrackedMessage.select(TrackedMessage.processing_status,
                                            pw.fn.COUNT(TrackedMessage.id).alias("n")),
                      None, account_key, search)
    for status, number in query.group_by(TrackedMessage.processing_status).tuples():
        result[status] = number
    result["all"] = sum(result.values())
    return result


@dataclass(frozen=True)
class InboxRow:
    """What the inbox list shows for one message: plain data, safe to pass between threads."""

    id: int
    account_key: str
    provider: str
    sender_name: str
    sender_email: str
    subject: str
    received_at: datetime | None
    status: str
    bucket: str
    confidence: int
    relevant: bool | None
    suggested_job_id: int | None
    suggested_job_label: str
    suggested_stage: str
    job_id: int | None
    job_label: str
    reason: str
    decided_by: str
    thread_id: str
    recorded: str = ""  # job_rows only: what this email put on the timeline ("" = nothing)

    @property
    def sender(self) -> str:
        if self.sender_name and self.sender_email:
            return f"{self.sender_name} <{self.sender_email}>"
        return self.sender_name or self.sender_email


def _job_labels(job_ids: set[int]) -> dict[int, str]:
    labels: dict[int, str] = {}
    ids = list(job_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for job_id, company, title in (Job.select(Job.id, Job.company, Job.title)
                                       .where(Job.id.in_(chunk)).tuples()):
            labels[job_id] = f"{company} — {title}"
    return labels


_ROW_FIELDS = (
    TrackedMessage.id, ProviderAccount.account_key, ProviderAccount.provider,
    TrackedMessage.sender_name, TrackedMessage.sender_email, TrackedMessage.subject,
    TrackedMessage.received_at, TrackedMessage.processing_status, TrackedMessage.bucket,
    TrackedMessage.confidence, TrackedMessage.relevant, TrackedMessage.suggested_job,
    TrackedMessage.suggested_stage, TrackedMessage.job, TrackedMessage.reason,
    TrackedMessage.decided_by, TrackedMessage.thread_id,
)


def _stored_datetime(value: object) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return None


def _rows(query: pw.ModelSelect) -> list[InboxRow]:
    # The raw cursor: peewee's per-field conversion costs more than the query itself for
    # thousands of rows; the three values that need converting are converted here.
    sql, params = query.sql()
    raw = [(*r[:6], _stored_datetime(r[6]), *r[7:10], None if r[10] is None else bool(r[10]),
            *r[11:]) for r in db.execute_sql(sql, params).fetchall()]
    labels = _job_labels({r[11] for r in raw if r[11]} | {r[13] for r in raw if r[13]})
    return [
        InboxRow(id=r[0], account_key=r[1], provider=r[2], sender_name=r[3], sender_email=r[4],
                 subject=r[5], received_at=r[6], status=r[7], bucket=r[8], confidence=r[9],
                 relevant=r[10], suggested_job_id=r[11],
                 suggested_job_label=labels.get(r[11], "") if r[11] else "",
                 suggested_stage=r[12], job_id=r[13],
                 job_label=labels.get(r[13], "") if r[13] else "", reason=r[14],
                 decided_by=r[15], thread_id=r[16])
        for r in raw
    ]


def rows_query(status: str | None = "pending_user", account_key: str | None = None,
               search: str = "") -> pw.ModelSelect:
    query = (TrackedMessage.select(*_ROW_FIELDS)
             .join(ProviderAccount, on=(TrackedMessage.account == ProviderAccount.id)))
    query = _filtered(query, status, account_key, search)
    return query.order_by(TrackedMessage.received_at.desc(), TrackedMessage.id.desc())


def list_rows(status: str | None = "pending_user", account_key: str | None = None,
              search: str = "", limit: int | None = None, offset: int = 0) -> list[InboxRow]:
    """Like list_messages, but only the list's columns (no bodies) with job labels joined:
    what the inbox page loads, fast for tens of thousands of messages."""
    query = rows_query(status, account_key, search)
    if limit is not None:
        query = query.limit(limit)
    if offset:
        query = query.offset(offset)
    return _rows(query)


def row(message_id: int) -> InboxRow:
    query = (TrackedMessage.select(*_ROW_FIELDS)
             .join(ProviderAccount, on=(TrackedMessage.account == ProviderAccount.id))
             .where(TrackedMessage.id == message_id))
    found = _rows(query)
    if not found:
        raise ValidationError(f"Message {message_id} no longer exists.")
    return found[0]


def job_rows(job_id: int) -> list[InboxRow]:
    """The messages linked to a job, newest first (the job's Emails tab), each with the
    timeline entry it created, if any."""
    query = (TrackedMessage.select(*_ROW_FIELDS)
             .join(ProviderAccount, on=(TrackedMessage.account == ProviderAccount.id))
             .where(TrackedMessage.job == job_id)
             .order_by(TrackedMessage.received_at.desc(), TrackedMessage.id.desc()))
    rows = _rows(query)
    recorded: dict[int, str] = {}
    events = (StageEvent.select(StageEvent.message, StageEvent.to_stage, StageEvent.outcome,
                                StageEvent.event_type)
              .where((StageEvent.job == job_id) & StageEvent.message.is_null(False))
              .order_by(StageEvent.occurred_at, StageEvent.id))
    for message_id, to_stage, outcome, event_type in events.tuples():
        if to_stage == "closed" and outcome:
            recorded[message_id] = OUTCOME_LABELS.get(outcome, outcome)
        elif to_stage:
            recorded[message_id] = target_label(to_stage)
        else:
            recorded[message_id] = "Note" if event_type == "note" else "Interview log"
    return [replace(row, recorded=recorded.get(row.id, "")) for row in rows]


def account_keys() -> list[str]:
    """Accounts that have messages, for the inbox's account filter."""
    return [key for (key,) in (ProviderAccount.select(ProviderAccount.account_key)
                               .order_by(ProviderAccount.account_key).tuples())]


@dataclass(frozen=True)
class MessageView:
    """The reading pane's content: headers and plain text."""

    id: int
    sender: str
    recipient: str
    subject: str
    received_at: datetime | None
    body_text: str
    thread_id: str
    provider: str


def message_view(message_id: int) -> MessageView:
    message = get_message(message_id)
    account = ProviderAccount.get_by_id(message.account_id)
    sender = (f"{message.sender_name} <{message.sender_email}>"
              if message.sender_name else message.sender_email)
    return MessageView(id=message.id, sender=sender, recipient=message.recipient,
                       subject=message.subject, received_at=message.received_at,
                       body_text=message.body_text or message.snippet,
                       thread_id=message.thread_id, provider=account.provider)


def gmail_thread_url(thread_id: str) -> str:
    return f"https://mail.google.com/mail/u/0/#all/{thread_id}"


@dataclass(frozen=True)
class JobChoice:
    id: int
    label: str  # "Company — Title"
    current_stage: str
    closed: bool


def job_choices() -> list[JobChoice]:
    """Every job, active ones first, for the job picker."""
    jobs = (Job.select(Job.id, Job.company, Job.title, Job.current_stage, Job.status)
            .order_by(Job.status == "closed", Job.company, Job.title))
    return [JobChoice(job.id, f"{job.company} — {job.title}", job.current_stage,
                      job.status == "closed") for job in jobs]


def forward_target(current_stage: str, suggested: str) -> str:
    """The suggested target if it moves a job at `current_stage` forward, else no_change:
    what the inbox preselects (a person may still choose any target)."""
    if suggested in ("no_change", "closed") or suggested not in STAGE_TARGETS:
        return "no_change"
    if current_stage == "closed":
        return "no_change"
    to_stage = "closed" if suggested in TARGET_OUTCOMES else suggested
    return suggested if stage_index(to_stage) > stage_index(current_stage) else "no_change"


# ---------------------------------------------------------------- creating a job from a message

_GENERIC_SENDER_WORDS = {
    "careers", "career", "recruiting", "recruitment", "recruiter", "talent", "team", "jobs",
    "hr", "hiring", "people", "acquisition", "no-reply", "noreply", "notifications",
    "scheduling", "the", "at",
}
# Applicant-tracking, assessment and personal-mail domains: the domain says nothing about
# the employer, the display name (or the text) does.
_NEUTRAL_DOMAINS = (
    "greenhouse-mail.io", "greenhouse.io", "lever.co", "ashbyhq.com", "myworkday.com",
    "workday.com", "smartrecruiters.com", "hackerrank.com", "codesignal.com", "icims.com",
    "jobvite.com", "bamboohr.com", "workable.com", "gmail.com", "googlemail.com",
    "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "linkedin.com",
)
_TITLE_PATTERNS = (
    re.compile(r"application (?:for|to) (?:the )?(?P<t>.+?) (?:at|with) ", re.I),
    re.compile(r"application received:? (?:for )?(?P<t>.+?)(?: \(|$)", re.I),
    re.compile(r"interview (?:for|about) (?:the )?(?P<t>.+?)(?: role| position|$)", re.I),
    re.compile(r"(?:for|to|in|about) the (?P<t>[^.\n]{3,80}?) (?:role|position|opening)", re.I),
    re.compile(r"take the (?P<t>[^.\n]{3,80}?) (?:test|assessment)", re.I),
)


def _company_guess(sender_name: str, sender_email: str, text: str) -> str:
    words = [w for w in sender_name.replace('"', "").split()
             if w.lower().strip(",:-") not in _GENERIC_SENDER_WORDS]
    from_name = " ".join(words).strip(" -,")
    domain = sender_email.rsplit("@", 1)[-1].lower()
    if any(domain == d or domain.endswith("." + d) for d in _NEUTRAL_DOMAINS):
        invited = re.search(r"(?m)^([A-Z][\w&.' -]{1,60}?) has invited you", text)
        return invited.group(1).strip() if invited else from_name
    parts = domain.split(".")
    core = parts[-2] if len(parts) >= 2 else parts[0]
    if from_name and core.replace("-", "") in _squash(from_name):
        return from_name
    named = _name_in_text(core.replace("-", ""), text)
    return named or " ".join(piece.capitalize() for piece in core.split("-") if piece)


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower().replace("&", "and"))


def _name_in_text(core: str, text: str) -> str:
    """How the text spells the name a domain squashes ("harborandpine" -> "Harbor & Pine")."""
    runs = [run.split() for run in
            re.findall(r"[A-Z][\w.]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w.]*)*", text[:3000])]
    best = ""
    for size in (4, 3, 2, 1):
        for words in runs:
            for start in range(len(words) - size + 1):
                window = words[start:start + size]
                if window[0] == "&" or window[-1] == "&":
                    continue
                squashed = _squash(" ".join(window))
                if squashed == core:
                    return " ".join(window).rstrip(".")
                if not best and size == 2 and _squash(window[0]) == core:
                    best = " ".join(window).rstrip(".")  # "Cobalt Finance" for cobalt.finance
        if best:
            return best
    return best


def guess_job(message_id: int) -> tuple[str, str]:
    """(company, title) guessed from a message, to prefill "Create job from this"."""
    message = get_message(message_id)
    text = message.body_text or message.snippet
    company = _company_guess(message.sender_name, message.sender_email,
                             f"{message.subject}\n{text}")
    title = ""
    for source in (message.subject, text[:2000]):
        for pattern in _TITLE_PATTERNS:
            found = pattern.search(source)
            if found:
                title = found.group("t").strip(" .,:-\"'")
                break
        if title:
            break
    return company[:200], title[:120]


def stage_choices() -> list[tuple[str, str]]:
    """Stage targets a person can pick, as (value, label); plain Closed needs an outcome."""
    return [(target, target_label(target)) for target in STAGE_TARGETS if target != "closed"]


__all__ = [
    "FILTERS", "AlreadyDecided", "InboxRow", "JobChoice", "MessageView", "account_keys",
    "apply_decision", "approve", "bulk_approve", "bulk_deny", "counts",
    "create_job_from_message", "default_stage_target", "deny", "forward_target",
    "gmail_thread_url", "guess_job",
    "job_choices", "job_rows", "list_messages", "list_rows", "message_view", "row",
    "stage_choices", "undo",
]
