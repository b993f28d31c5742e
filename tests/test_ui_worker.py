"""The worker helper: results, errors, progress and cancel arrive on the GUI thread, in order."""

from __future__ import annotations

import threading
import time

import pytest

from jobops_desktop.services import tracking
from jobops_desktop.ui.worker import run_task


def test_result_arrives_on_gui_thread_after_running_on_the_db_lane(qtbot):
    gui_thread = threading.get_ident()
    seen: dict = {}

    def work(x: int) -> int:
        seen["worker_thread"] = threading.get_ident()
        return x * 2

    def on_result(value: int) -> None:
        seen["value"] = value
        seen["callback_thread"] = threading.get_ident()

    task = run_task(work, 21, on_result=on_result)
    qtbot.waitUntil(lambda: "value" in seen)
    assert seen["value"] == 42
    assert seen["worker_thread"] != gui_thread
    assert seen["callback_thread"] == gui_thread
    assert task.done and task.result == 42


def test_store_calls_through_the_db_lane_see_the_same_database(qtbot):
    created = []
    run_task(tracking.create_job, tracking.JobInput(company="Acme", title="Engineer"),
             on_result=created.append)
    qtbot.waitUntil(lambda: bool(created))
    assert [job.company for job in tracking.list_jobs()] == ["Acme"]


def test_error_reaches_on_error_and_is_logged_without_arguments(qtbot, caplog):
    errors = []

    def fail(secret: str) -> None:
        raise ValueError("cannot parse")

    with caplog.at_level("WARNING", logger="jobops"):
        task = run_task(fail, "ya29.SECRET-TOKEN", on_error=errors.append)
        qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ValueError)
    assert task.error is errors[0]
    assert "cannot parse" in caplog.text
    assert "SECRET" not in caplog.text


def test_one_lane_keeps_submission_order(qtbot):
    order: list[int] = []
    for i in range(20):
        run_task(lambda n=i: (time.sleep(0.001), n)[1], on_result=order.append)
    qtbot.waitUntil(lambda: len(order) == 20)
    assert order == list(range(20))


def test_progress_and_cooperative_cancel(qtbot):
    progress: list[tuple[int, int, str]] = []
    results: list[int] = []
    started = threading.Event()

    def count(ctx, total: int) -> int:
        done = 0
        for done in range(1, total + 1):
            if ctx.should_cancel():
                break
            ctx.report(done, total, f"item {done}")
            started.set()
            time.sleep(0.005)
        return done

    task = run_task(count, 10_000, lane="sync", with_context=True,
                    on_result=results.append, on_progress=lambda *p: progress.append(p))
    assert started.wait(5)
    task.cancel()
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results[0] < 10_000
    assert progress and progress[0] == (1, 10_000, "item 1")


def test_unknown_lane_is_refused(qtbot):
    with pytest.raises(ValueError, match="Unknown lane"):
        run_task(lambda: None, lane="gpu")
