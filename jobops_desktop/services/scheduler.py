"""When background sync should run: a Qt-free policy the tray's timer asks every tick.

The UI keeps a QTimer on the GUI thread and calls `decide()`; the decision only looks at
plain values, so the rules are unit-tested without a clock, a window or a network.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

# Upper bound for the interval setting (a week); 0 means background sync is off.
MAX_INTERVAL_MINUTES = 7 * 24 * 60


@dataclass(frozen=True)
class ScheduleDecision:
    run: bool
    reason: str  # short, for the log and the tray tooltip


def normalise_interval(value: object) -> int:
    """The `sync.interval_minutes` setting as a usable number (bad values mean off)."""
    try:
        minutes = int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return 0
    return max(0, min(minutes, MAX_INTERVAL_MINUTES))


def decide(now: datetime, *, interval_minutes: int, paused: bool, running: bool,
           connected_accounts: int, last_started_at: datetime | None) -> ScheduleDecision:
    """Whether a scheduled sync should start now (all datetimes naive UTC)."""
    interval = normalise_interval(interval_minutes)
    if interval == 0:
        return ScheduleDecision(False, "background sync is off")
    if paused:
        return ScheduleDecision(False, "background sync is paused")
    if connected_accounts <= 0:
        return ScheduleDecision(False, "no connected account")
    if running:
        return ScheduleDecision(False, "a sync is already running")
    if last_started_at is not None and now - last_started_at < timedelta(minutes=interval):
        return ScheduleDecision(False, "not due yet")
    return ScheduleDecision(True, "due")


def next_due(last_started_at: datetime | None, interval_minutes: int) -> datetime | None:
    """When the next scheduled sync is due, or None when background sync is off."""
    interval = normalise_interval(interval_minutes)
    if interval == 0 or last_started_at is None:
        return None
    return last_started_at + timedelta(minutes=interval)
