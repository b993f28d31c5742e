"""Time conventions: the store holds naive UTC datetimes; the UI shows local time."""

from __future__ import annotations

from datetime import datetime, timezone


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)


def to_utc_naive(value: datetime) -> datetime:
    """Aware datetimes are converted; naive ones are taken to be local time."""
    if value.tzinfo is None:
        value = value.astimezone()  # interpret as local
    return value.astimezone(timezone.utc).replace(tzinfo=None)


def to_local(value: datetime) -> datetime:
    """A stored (naive UTC) datetime as an aware local datetime."""
    return value.replace(tzinfo=timezone.utc).astimezone()


def format_local(value: datetime | None, with_time: bool = True) -> str:
    if value is None:
        return ""
    local = to_local(value)
    return local.strftime("%Y-%m-%d %H:%M") if with_time else local.strftime("%Y-%m-%d")
