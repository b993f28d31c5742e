"""App settings kept in the database (so the CLI, the tray and the window agree).

Only non-secret values live here; OAuth tokens are in the OS keyring (mail/oauth.py).
"""

from __future__ import annotations

from typing import Any

from ..store import Setting, db
from ..vocab import DEFAULT_AUTO_THRESHOLD, DEFAULT_SUGGEST_THRESHOLD

DEFAULTS: dict[str, Any] = {
    "router.auto_threshold": DEFAULT_AUTO_THRESHOLD,
    "router.suggest_threshold": DEFAULT_SUGGEST_THRESHOLD,
    "router.model_path": "",  # empty: the bundled model
    "sync.interval_minutes": 0,  # 0: background sync off
    "sync.paused": False,
    "sync.gmail_query": "",  # empty: the built-in recruitment query
    "notifications.enabled": True,
    "oauth.client_secret_file": "",
    "first_run.done": False,
}


def get(key: str) -> Any:
    row = Setting.get_or_none(Setting.key == key)
    if row is None:
        return DEFAULTS.get(key)
    return row.value


def set(key: str, value: Any) -> None:
    with db.atomic():
        Setting.insert(key=key, value=value).on_conflict_replace().execute()


def set_many(values: dict[str, Any]) -> None:
    """Save several settings at once: all of them or, on an error, none."""
    with db.atomic():
        for key, value in values.items():
            set(key, value)


def all_settings() -> dict[str, Any]:
    values = dict(DEFAULTS)
    values.update({row.key: row.value for row in Setting.select()})
    return values
