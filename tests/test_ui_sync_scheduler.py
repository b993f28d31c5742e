"""The background-sync policy (services/scheduler.py), without a clock or a window."""

from __future__ import annotations

from datetime import datetime, timedelta

from jobops_desktop.services.scheduler import decide, next_due, normalise_interval

NOW = datetime(2026, 3, 2, 12, 0, 0)


def ask(**overrides):
    values = {"interval_minutes": 30, "paused": False, "running": False,
              "connected_accounts": 1, "last_started_at": NOW - timedelta(minutes=31)}
    values.update(overrides)
    return decide(NOW, **values)


def test_due_after_the_interval() -> None:
    assert ask().run
    assert not ask(last_started_at=NOW - timedelta(minutes=29)).run
    assert ask(last_started_at=None).run  # never synced: right away


def test_off_paused_running_or_without_account_never_runs() -> None:
    assert ask(interval_minutes=0).reason == "background sync is off"
    assert ask(paused=True).reason == "background sync is paused"
    assert ask(running=True).reason == "a sync is already running"
    assert ask(connected_accounts=0).reason == "no connected account"
    for decision in (ask(interval_minutes=0), ask(paused=True), ask(running=True),
                     ask(connected_accounts=0)):
        assert not decision.run


def test_bad_interval_values_mean_off_and_are_capped() -> None:
    assert normalise_interval(None) == 0
    assert normalise_interval("abc") == 0
    assert normalise_interval(-5) == 0
    assert normalise_interval("15") == 15
    assert normalise_interval(10**9) == 7 * 24 * 60


def test_next_due() -> None:
    assert next_due(NOW, 0) is None
    assert next_due(None, 30) is None
    assert next_due(NOW, 45) == NOW + timedelta(minutes=45)
