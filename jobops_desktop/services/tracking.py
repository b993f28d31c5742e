"""Manual tracking: jobs, their stage events, and the rules that keep them consistent.

A job's status, current stage and outcome are derived from its stage events: the latest
stage-changing event (by occurred_at, then id) decides. Recording, editing or deleting an
event recomputes them, so the timeline and the job can never disagree.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ..store import Job, StageEvent, db
from ..timeutil import to_local, to_utc_naive, utcnow
from ..vocab import (
    ACTORS,
    EVENT_TYPES,
    OUTCOME_LABELS,
    OUTCOMES,
    STAGES,
    JobStatus,
    stage_label,
    status_for_stage,
)


class ValidationError(ValueError):
    """Input a person can correct; the message says how."""


@dataclass
class JobInput:
    company: str
    title: str
    url: str = ""
    location: str = ""
    requisition_id: str = ""
    applied_at: datetime | None = None  # naive UTC
    notes: str = ""


JOB_FIELDS = ("company", "title", "url", "location", "requisition_id", "applied_at", "notes")


def _clean_job_fields(values: dict) -> dict:
    cleaned = {}
    for key, value in values.items():
        if key not in JOB_FIELDS:
            raise ValidationError(f"Unknown job field: {key}")
        if isinstance(value, str):
            value = value.strip()
        cleaned[key] = value
    for required in ("company", "title"):
        if required in cleaned and not cleaned[required]:
            raise ValidationError(f"A job needs a {required}.")
    return cleaned


# ---------------------------------------------------------------- jobs

def create_job(data: JobInput, *, actor: str = "user", reason_code: str = "") -> Job:
    fields = _clean_job_fields({k: getattr(data, k) for k in JOB_FIELDS})  # checks both names
    now = utcnow()
    applied_at = fields.get("applied_at") or now
    fields["applied_at"] = applied_at
    with db.atomic():
        job = Job.create(**fields, created_at=now, updated_at=now)
        StageEvent.create(
            job=job, from_stage=None, to_stage="applied", occurred_at=applied_at,
            actor=actor, event_type="status_update", event_label="Applied",
            reason_code=reason_code or "job_created",
        )
    return job


def get_job(job_id: int) -> Job:
    job = Job.get_or_none(Job.id == job_id)
    if job is None:
        raise ValidationError(f"Job {job_id} no longer exists.")
    return job


def update_job(job_id: int, **values) -> Job:
    fields = _clean_job_fields(values)
    job = get_job(job_id)
    for key, value in fields.items():
        setattr(job, key, value)
    job.updated_at = utcnow()
    job.save()
    return job


def delete_job(job_id: int) -> None:
    with db.atomic():
        get_job(job_id).delete_instance(recursive=False)


def list_jobs(search: str = "", status: str | None = None, stage: str | None = None,
              company: str | None = None) -> list[Job]:
    query = Job.select()
    if search.strip():
        needle = f"%{search.strip()}%"
        query = query.where(
            Job.company ** needle | Job.title ** needle | Job.notes ** needle
            | Job.location ** needle | Job.requisition_id ** needle
        )
    if status:
        query = query.where(Job.status == status)
    if stage:
        query = query.where(Job.current_stage == stage)
    if company:
        query = query.where(Job.company ** company)
    return list(query.order_by(Job.updated_at.desc(), Job.id.desc()))


def active_jobs() -> list[Job]:
    """Jobs the Smart Router may route mail to: applied or in progress."""
    return list(Job.select().where(Job.status != JobStatus.CLOSED.value).order_by(Job.id))


@dataclass
class Board:
    lanes: dict[str, list[Job]]  # every stage but closed, in pipeline order
    closed: list[Job]


def board() -> Board:
    lanes: dict[str, list[Job]] = {stage: [] for stage in STAGES if stage != "closed"}
    closed: list[Job] = []
    for job in Job.select().order_by(Job.updated_at.desc(), Job.id.desc()):
        if job.current_stage == "closed":
            closed.append(job)
        else:
            lanes.setdefault(job.current_stage, []).append(job)
    return Board(lanes=lanes, closed=closed)


# ---------------------------------------------------------------- events

def _validate_event(to_stage: str | None, outcome: str | None, actor: str,
                    event_type: str) -> None:
    if to_stage is not None and to_stage not in STAGES:
        raise ValidationError(f"Unknown stage: {to_stage}")
    if to_stage == "closed":
        if outcome not in OUTCOMES:
            raise ValidationError("Closing a job needs an outcome: " + ", ".join(OUTCOMES))
    elif outcome is not None:
        raise ValidationError("Only a move to Closed takes an outcome.")
    if actor not in ACTORS:
        raise ValidationError(f"Unknown actor: {actor}")
    if event_type not in EVENT_TYPES:
        raise ValidationError(f"Unknown event type: {event_type}")


def default_event_label(to_stage: str | None, outcome: str | None = None) -> str:
    if to_stage == "closed" and outcome:
        return f"Closed: {OUTCOME_LABELS[outcome]}"
    if to_stage:
        return f"Moved to {stage_label(to_stage)}"
    return "Note"


def record_event(job_id: int, to_stage: str | None = None, *, outcome: str | None = None,
                 occurred_at: datetime | None = None, actor: str = "user",
                 event_type: str = "status_update", event_label: str = "", note: str = "",
                 reason_code: str = "", message_id: int | None = None) -> StageEvent:
    """Record a transition (or, with to_stage None, a note or interview log)."""
    _validate_event(to_stage, outcome, actor, event_type)
    with db.atomic():
        job = get_job(job_id)
        event = StageEvent.create(
            job=job, from_stage=job.current_stage if to_stage else None, to_stage=to_stage,
            outcome=outcome, occurred_at=occurred_at or utcnow(), actor=actor,
            event_type=event_type,
            event_label=event_label.strip() or default_event_label(to_stage, outcome),
            note=note.strip(), reason_code=reason_code, message=message_id,
        )
        recompute_job(job)
    return event


def close_job(job_id: int, outcome: str, *, note: str = "", occurred_at: datetime | None = None,
              actor: str = "user", reason_code: str = "") -> StageEvent:
    return record_event(job_id, "closed", outcome=outcome, note=note, occurred_at=occurred_at,
                        actor=actor, reason_code=reason_code)


EVENT_FIELDS = ("to_stage", "outcome", "occurred_at", "actor", "event_type", "event_label",
                "note", "reason_code")


def update_event(event_id: int, **values) -> StageEvent:
    unknown = set(values) - set(EVENT_FIELDS)
    if unknown:
        raise ValidationError(f"Unknown event fields: {', '.join(sorted(unknown))}")
    with db.atomic():
        event = StageEvent.get_or_none(StageEvent.id == event_id)
        if event is None:
            raise ValidationError("That event no longer exists.")
        for key, value in values.items():
            setattr(event, key, value.strip() if isinstance(value, str) else value)
        if event.to_stage != "closed":
            event.outcome = None
        _validate_event(event.to_stage, event.outcome, event.actor, event.event_type)
        event.save()
        recompute_job(Job.get_by_id(event.job_id))
    return event


def delete_event(event_id: int) -> None:
    with db.atomic():
        event = StageEvent.get_or_none(StageEvent.id == event_id)
        if event is None:
            return
        job = Job.get_by_id(event.job_id)
        event.delete_instance()
        recompute_job(job)


def timeline(job_id: int) -> list[StageEvent]:
    """Events oldest first."""
    return list(StageEvent.select().where(StageEvent.job == job_id)
                .order_by(StageEvent.occurred_at, StageEvent.id))


def recompute_job(job: Job) -> Job:
    """Derive stage, status and outcome from the events, and re-chain from_stage."""
    previous: str | None = None
    for event in timeline(job.id):
        if event.to_stage is None:
            continue
        if event.from_stage != previous:
            event.from_stage = previous
            event.save(only=[StageEvent.from_stage])
        previous = event.to_stage
        last = event
    stage = previous or "applied"
    job.current_stage = stage
    job.status = status_for_stage(stage).value
    job.outcome = last.outcome if previous == "closed" else None
    job.updated_at = utcnow()
    job.save()
    return job


# ---------------------------------------------------------------- CSV

CSV_COLUMNS = ("company", "title", "url", "location", "requisition_id", "applied_at",
               "stage", "outcome", "notes")
CSV_EXPORT_COLUMNS = ("id", *CSV_COLUMNS, "status", "last_update")


@dataclass
class CsvRowError:
    line: int
    message: str


class CsvImportError(ValidationError):
    def __init__(self, errors: list[CsvRowError]) -> None:
        self.errors = errors
        shown = "\n".join(f"line {e.line}: {e.message}" for e in errors[:20])
        more = f"\n... and {len(errors) - 20} more" if len(errors) > 20 else ""
        super().__init__(f"Nothing was imported. Fix these rows and try again:\n{shown}{more}")


@dataclass
class _CsvRow:
    job: JobInput
    stage: str
    outcome: str | None
    extra: dict = field(default_factory=dict)


def _parse_datetime(text: str) -> datetime:
    for fmt in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M",
                "%Y-%m-%d"):
        try:
            return to_utc_naive(datetime.strptime(text, fmt))
        except ValueError:
            continue
    raise ValidationError(f"'{text}' is not a date (use YYYY-MM-DD or YYYY-MM-DD HH:MM)")


def _parse_csv_row(row: dict[str, str]) -> _CsvRow:
    get = lambda key: (row.get(key) or "").strip()  # noqa: E731
    if not get("company") or not get("title"):
        raise ValidationError("company and title are required")
    applied_at = _parse_datetime(get("applied_at")) if get("applied_at") else None
    stage = get("stage").lower() or "applied"
    outcome = get("outcome").lower() or None
    if outcome and stage == "applied":
        stage = "closed"
    if stage not in STAGES:
        raise ValidationError(f"unknown stage '{stage}' (one of {', '.join(STAGES)})")
    if stage == "closed" and outcome not in OUTCOMES:
        raise ValidationError(f"a closed job needs an outcome ({', '.join(OUTCOMES)})")
    if stage != "closed" and outcome:
        raise ValidationError("only a closed job has an outcome")
    job = JobInput(company=get("company"), title=get("title"), url=get("url"),
                   location=get("location"), requisition_id=get("requisition_id"),
                   applied_at=applied_at, notes=get("notes"))
    return _CsvRow(job=job, stage=stage, outcome=outcome)


def import_csv(source: Path | str | io.TextIOBase) -> list[Job]:
    """Import jobs from CSV. All rows are checked first: one bad row imports nothing."""
    if isinstance(source, (str, Path)):
        try:
            text = Path(source).read_text(encoding="utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ValidationError(f"The file is not UTF-8 text: {exc}") from exc
        except OSError as exc:
            raise ValidationError(f"Cannot read {source}: {exc.strerror}") from exc
        stream: Iterable[str] = io.StringIO(text)
    else:
        stream = source
    reader = csv.DictReader(stream)
    header = [name.strip().lower() for name in (reader.fieldnames or [])]
    if "company" not in header or "title" not in header:
        raise CsvImportError([CsvRowError(1, "the header must name at least company and title")])
    reader.fieldnames = header
    rows: list[_CsvRow] = []
    errors: list[CsvRowError] = []
    for row in reader:
        line = reader.line_num
        if None in row:
            errors.append(CsvRowError(line, "more values than header columns"))
            continue
        if not any((value or "").strip() for value in row.values()):
            continue
        try:
            rows.append(_parse_csv_row(row))
        except ValidationError as exc:
            errors.append(CsvRowError(line, str(exc)))
    if errors:
        raise CsvImportError(errors)
    created: list[Job] = []
    with db.atomic():
        for item in rows:
            job = create_job(item.job, reason_code="csv_import")
            if item.stage != "applied":
                record_event(job.id, item.stage, outcome=item.outcome,
                             occurred_at=job.applied_at, reason_code="csv_import")
            created.append(Job.get_by_id(job.id))
    return created


def jobs_csv() -> tuple[str, int]:
    """Every job as CSV text (columns in CSV_EXPORT_COLUMNS), and the row count."""
    jobs = list(Job.select().order_by(Job.id))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_EXPORT_COLUMNS)
    fmt = lambda dt: to_local(dt).strftime("%Y-%m-%d %H:%M") if dt else ""  # noqa: E731
    for job in jobs:
        writer.writerow([job.id, job.company, job.title, job.url, job.location,
                         job.requisition_id, fmt(job.applied_at), job.current_stage,
                         job.outcome or "", job.notes, job.status, fmt(job.updated_at)])
    return buffer.getvalue(), len(jobs)


def export_csv(target: Path | str) -> int:
    """Write every job to the CSV file `target`. Returns the row count."""
    text, count = jobs_csv()
    target = Path(target)
    # Written beside the target and moved into place: whoever opens the file (a spreadsheet,
    # or a crash mid-write) sees the old file or the whole new one, never half of it.
    partial = target.with_name(f".{target.name}.partial")
    try:
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, target)
    except OSError as exc:
        with contextlib.suppress(OSError):  # the cause above is what the person needs
            partial.unlink(missing_ok=True)
        raise ValidationError(f"Cannot write {target}: {exc.strerror or exc}") from exc
    return count


