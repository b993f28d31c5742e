"""The Gmail search that finds recruitment mail.

Recall first: a missed recruiter reply is the complaint users of similar tools make most,
while an extra newsletter costs one "ignore" (and the Smart Router ignores most of them).
So the query ORs three nets: subject phrases, applicant-tracking-system (ATS) senders and
scheduling senders; then it removes job-alert newsletters, whose subjects look like
recruitment mail but are not replies to an application.

The user can see and replace it (settings key `sync.gmail_query`); the search window
(`newer_than:{searchDays}d`) is always added by the sync, never part of the saved query.
"""

from __future__ import annotations

SUBJECT_PHRASES: tuple[str, ...] = (
    "application", "applying", "applied", "your candidacy", "candidate",
    "thank you for your interest", "next steps", "interview", "phone screen",
    "recruiter", "hiring manager", "availability", "schedule", "scheduling",
    "assessment", "coding challenge", "take-home", "hackerrank", "codesignal",
    "codility", "online test", "onsite", "on-site", "final round", "offer",
    "not moving forward", "move forward", "moving forward", "unfortunately", "regret",
    "other candidates", "position", "role", "opportunity", "talent",
)

ATS_DOMAINS: tuple[str, ...] = (
    "greenhouse.io", "greenhouse-mail.io", "lever.co", "hire.lever.co", "ashbyhq.com",
    "myworkday.com", "workday.com", "smartrecruiters.com", "icims.com", "jobvite.com",
    "taleo.net", "bamboohr.com", "workable.com", "workablemail.com", "recruitee.com",
    "teamtailor.com", "teamtailor-mail.com", "successfactors.com", "jazzhr.com",
    "breezy.hr", "personio.de", "rippling.com", "dover.com",
)

SCHEDULING_SENDERS: tuple[str, ...] = (
    "calendly.com", "goodtime.io", "modernloop.io", "gem.com", "paradox.ai",
    "calendar-notification@google.com", "hackerrank.com", "codesignal.com", "codility.com",
)

# Job alerts and newsletters: they mention roles and applications all day long.
EXCLUDED_SENDERS: tuple[str, ...] = (
    "jobalerts-noreply@linkedin.com", "jobs-listings@linkedin.com", "jobs-noreply@linkedin.com",
    "news@linkedin.com", "alert@indeed.com", "alerts@indeed.com", "noreply@glassdoor.com",
    "alerts@glassdoor.com", "ziprecruiter.com", "monster.com", "dice.com",
)
EXCLUDED_SUBJECTS: tuple[str, ...] = ("job alert", "jobs for you", "new jobs", "recommended jobs")


def _quote(term: str) -> str:
    return f'"{term}"' if " " in term or "-" in term else term


def default_query() -> str:
    subjects = " OR ".join(_quote(p) for p in SUBJECT_PHRASES)
    senders = " OR ".join(ATS_DOMAINS + SCHEDULING_SENDERS)
    excluded_from = " ".join(f"-from:{s}" for s in EXCLUDED_SENDERS)
    excluded_subjects = " ".join(f"-subject:{_quote(s)}" for s in EXCLUDED_SUBJECTS)
    return (f"(subject:({subjects}) OR from:({senders}) OR filename:ics) "
            f"{excluded_from} {excluded_subjects} -in:chats")


def effective_query(custom: str | None) -> str:
    custom = (custom or "").strip()
    return custom or default_query()


def windowed(query: str, search_days: int, *, after_epoch: int | None = None) -> str:
    parts = [f"newer_than:{int(search_days)}d", query]
    if after_epoch is not None:
        parts.append(f"after:{int(after_epoch)}")
    return " ".join(parts)
