"""The product's vocabulary, shared by every layer (kept from the JobOps web system)."""

from __future__ import annotations

from enum import Enum


class JobStatus(str, Enum):
    APPLIED = "applied"
    IN_PROGRESS = "in_progress"
    CLOSED = "closed"


# Hiring stages in pipeline order. A job only moves forward automatically.
STAGES: tuple[str, ...] = (
    "applied",
    "recruiter_screen",
    "assessment",
    "hiring_manager_screen",
    "technical_interview",
    "onsite",
    "offer",
    "closed",
)

STAGE_LABELS: dict[str, str] = {
    "applied": "Applied",
    "recruiter_screen": "Recruiter Screen",
    "assessment": "Assessment",
    "hiring_manager_screen": "Team Match",
    "technical_interview": "Technical Interview",
    "onsite": "Final Round",
    "offer": "Offer",
    "closed": "Closed",
}

OUTCOMES: tuple[str, ...] = (
    "offer_accepted",
    "offer_declined",
    "rejected",
    "withdrawn",
    "no_response",
    "ghosted",
)

OUTCOME_LABELS: dict[str, str] = {
    "offer_accepted": "Offer accepted",
    "offer_declined": "Offer declined",
    "rejected": "Rejected",
    "withdrawn": "Withdrawn",
    "no_response": "No response",
    "ghosted": "Ghosted",
}

ACTORS: tuple[str, ...] = ("user", "system")
EVENT_TYPES: tuple[str, ...] = ("status_update", "interview_log", "note")

# What the Smart Router may propose for a message. `rejected`/`withdrawn` mean
# `closed` with that outcome; `no_change` records nothing on the timeline.
STAGE_TARGETS: tuple[str, ...] = ("no_change", *STAGES, "rejected", "withdrawn")
TARGET_OUTCOMES: dict[str, str] = {"rejected": "rejected", "withdrawn": "withdrawn"}


class MessageStatus(str, Enum):
    AUTO_LINKED = "auto_linked"
    PENDING_USER = "pending_user"
    MANUAL_LINKED = "manual_linked"
    IGNORED = "ignored"


class Bucket(str, Enum):
    AUTO_LINKED = "auto_linked"  # 95-100: linked and timeline updated
    PENDING_SUGGESTED = "pending_suggested"  # 50-94: waits with a suggested job
    PENDING_ORPHAN = "pending_orphan"  # <50 but relevant: waits without a job
    IGNORED = "ignored"  # <50 and not relevant


class RunStatus(str, Enum):
    RUNNING = "running"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"


RUN_COUNTERS: tuple[str, ...] = (
    "discovered",
    "relevant",
    "classified",
    "matched",
    "approved",
    "denied",
    "errored",
)

DEFAULT_ACCOUNT_KEY = "default"
DEFAULT_MAX_MESSAGES = 100
DEFAULT_SEARCH_DAYS = 30
MAX_MESSAGES_BOUNDS = (1, 5000)
SEARCH_DAYS_BOUNDS = (1, 365)

DEFAULT_AUTO_THRESHOLD = 95
DEFAULT_SUGGEST_THRESHOLD = 50


def stage_label(stage: str | None) -> str:
    if not stage:
        return ""
    return STAGE_LABELS.get(stage, stage.replace("_", " ").title())


def target_label(target: str) -> str:
    if target == "no_change":
        return "No change"
    if target in TARGET_OUTCOMES:
        return OUTCOME_LABELS[TARGET_OUTCOMES[target]]
    return stage_label(target)


def stage_index(stage: str) -> int:
    return STAGES.index(stage)


def status_for_stage(stage: str) -> JobStatus:
    if stage == "applied":
        return JobStatus.APPLIED
    if stage == "closed":
        return JobStatus.CLOSED
    return JobStatus.IN_PROGRESS


def bucket_for(confidence: int, relevant: bool, has_job: bool,
               auto_threshold: int = DEFAULT_AUTO_THRESHOLD,
               suggest_threshold: int = DEFAULT_SUGGEST_THRESHOLD) -> Bucket:
    """The seed's confidence buckets: 95-100 auto, 50-94 suggest, below that orphan or ignore."""
    if has_job and confidence >= auto_threshold:
        return Bucket.AUTO_LINKED
    if has_job and confidence >= suggest_threshold:
        return Bucket.PENDING_SUGGESTED
    return Bucket.PENDING_ORPHAN if relevant else Bucket.IGNORED
