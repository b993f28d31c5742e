"""Sync runs page: the runs with their counters, and approve / ignore on a run's messages."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from ui_sync_support import write_mbox

from jobops_desktop.services import inbox, settings, tracking
from jobops_desktop.ui import worker
from jobops_desktop.ui.app import build_main_window, create_application
from jobops_desktop.ui.tray import install_tray


@pytest.fixture()
def shell(qtbot, tmp_path: Path):
    app = create_application()
    settings.set("router.model_path", str(tmp_path / "no-model.gguf"))
    window = build_main_window()
    app_shell = install_tray(app, window, tray_available=False)
    app_shell.scheduler.stop()
    window.show()
    yield app_shell
    for lane in worker.LANES:
        worker.wait_for_lane(lane, timeout_s=30)
    qtbot.waitUntil(lambda: worker.pending_count() == 0, timeout=10_000)
    window.hide()
    window.deleteLater()
    qtbot.wait(20)


def test_runs_page_lists_runs_and_decides_messages(qtbot, shell, tmp_path):
    job = tracking.create_job(tracking.JobInput(company="Acme", title="Backend Engineer"))
    page = shell.runs_page
    shell.window.show_page("runs")
    assert page.stack.currentWidget() is page.empty  # no runs yet: the explanation

    with qtbot.waitSignal(shell.controller.batch_finished, timeout=30_000):
        shell.controller.import_file(write_mbox(tmp_path / "mail.mbox", 12))
    qtbot.waitUntil(lambda: len(page.runs_model.rows) == 1
                    and page.runs_model.rows[0].status == "completed", timeout=5_000)
    run = page.runs_model.rows[0]
    assert run.kind == "mbox" and run.discovered == 12
    assert page.runs_model.data(page.runs_model.index(0, 0)) == "Completed"
    qtbot.waitUntil(lambda: len(page.messages_model.rows) == 12, timeout=5_000)

    rows = page.messages_model.rows
    acme = next(i for i, r in enumerate(rows) if r.job_id == job.id)
    assert rows[acme].job_label == "Acme — Backend Engineer"
    orphan = next(i for i, r in enumerate(rows) if r.job_id is None)
    page.messages_view.selectRow(orphan)
    assert not page.approve_button.isEnabled()
    assert page.approve_button.toolTip().startswith("No suggested job")
    page.messages_view.selectRow(acme)
    assert page.approve_button.isEnabled()
    assert page.approve_button.toolTip().startswith("Link the message to the suggested job")
    message_id = rows[acme].id
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: inbox.get_message(message_id).processing_status == "manual_linked",
                    timeout=5_000)
    assert inbox.get_message(message_id).job_id == job.id
    qtbot.waitUntil(lambda: any(r.id == message_id and r.status == "manual_linked"
                                for r in page.messages_model.rows), timeout=5_000)

    # Keyboard: select another waiting message and press I to ignore it.
    other = next(i for i, r in enumerate(page.messages_model.rows)
                 if r.status == "pending_user")
    other_id = page.messages_model.rows[other].id
    page.messages_view.setFocus()
    page.messages_view.selectRow(other)
    qtbot.keyClick(page.messages_view, Qt.Key.Key_I)
    qtbot.waitUntil(lambda: inbox.get_message(other_id).processing_status == "ignored",
                    timeout=5_000)
    # A decided message offers no second decision.
    qtbot.waitUntil(lambda: any(r.id == other_id and r.status == "ignored"
                                for r in page.messages_model.rows), timeout=5_000)
    index = next(i for i, r in enumerate(page.messages_model.rows) if r.id == other_id)
    page.messages_view.selectRow(index)
    assert not page.ignore_button.isEnabled() and not page.approve_button.isEnabled()


def test_approve_suggestion_never_moves_a_job_backwards():
    from datetime import datetime

    from jobops_desktop.router.decision import RoutingDecision
    from jobops_desktop.services import inbox, tracking
    from jobops_desktop.store import ProviderAccount, TrackedMessage
    from jobops_desktop.ui.runs_view import approve_suggestion

    job = tracking.create_job(tracking.JobInput(company="Northwind", title="Engineer",
                                                applied_at=datetime(2026, 11, 1)))
    tracking.record_event(job.id, "onsite", occurred_at=datetime(2026, 11, 5))
    account = ProviderAccount.create(account_key="default")
    message = TrackedMessage.create(account=account, provider_message_id="m1",
                                    subject="Recruiter call", received_at=datetime(2026, 11, 6))
    inbox.apply_decision(message.id, RoutingDecision(
        relevant=True, job_id=job.id, stage_target="recruiter_screen", confidence=70,
        reason="test"))
    approve_suggestion(message.id, job.id)
    assert tracking.get_job(job.id).current_stage == "onsite"
    assert TrackedMessage.get_by_id(message.id).processing_status == "manual_linked"
    assert [e.to_stage for e in tracking.timeline(job.id)] == ["applied", "onsite"]


def _run_with_messages():
    """A run of five messages: two waiting (one without a date), one linked to a job, one
    suggested for a job, one ignored; every one with a long body."""
    from datetime import datetime

    from jobops_desktop.store import ProviderAccount, SyncRun, TrackedMessage

    job = tracking.create_job(tracking.JobInput(company="Acme", title="Backend Engineer"))
    account = ProviderAccount.create(account_key="default")
    run = SyncRun.create(account=account, kind="mbox")
    other_run = SyncRun.create(account=account, kind="mbox")
    body = "Dear candidate, " * 500

    def message(key: str, received: datetime | None, run_=run, **values) -> int:
        return TrackedMessage.create(account=account, provider_message_id=key, sync_run=run_,
                                     subject=f"Subject {key}", sender_email=f"{key}@acme.example",
                                     received_at=received, body_text=body, **values).id

    ids = {
        "old": message("old", datetime(2026, 11, 1), suggested_job=job, confidence=70,
                       suggested_stage="recruiter_screen"),
        "undated": message("undated", None),
        "new": message("new", datetime(2026, 11, 3)),
        "linked": message("linked", datetime(2026, 11, 4), job=job,
                          processing_status="auto_linked", decided_by="system"),
        "ignored": message("ignored", datetime(2026, 11, 5), processing_status="ignored"),
    }
    message("elsewhere", datetime(2026, 11, 6), run_=other_run)
    return run, job, ids


def test_run_counts_and_rows_come_from_light_queries(caplog):
    """The sync outcome's counts and the runs page's rows: same answers as loading every
    message, without reading a single body."""
    import logging
    from collections import Counter

    from jobops_desktop.services import sync
    from jobops_desktop.ui.runs_view import load_run_messages
    from jobops_desktop.ui.sync_controller import _outcome_for_run

    run, job, ids = _run_with_messages()
    expected = Counter(m.processing_status for m in sync.run_messages(run.id))
    assert sync.run_status_counts(run.id) == dict(expected) == {
        "pending_user": 3, "auto_linked": 1, "ignored": 1}

    with caplog.at_level(logging.DEBUG, logger="peewee"):
        caplog.clear()
        outcome = _outcome_for_run(run, "default")
        counting = [r.getMessage() for r in caplog.records if r.name == "peewee"]
        caplog.clear()
        rows = load_run_messages(run.id)
        listing = [r.getMessage() for r in caplog.records if r.name == "peewee"]
    assert (outcome.new_pending, outcome.auto_linked) == (3, 1)
    assert len(counting) == 1 and "GROUP BY" in counting[0]
    assert len(listing) == 1  # messages and job names in one query
    assert not any("body_text" in sql for sql in counting + listing)

    # Waiting first, each group newest first, undated last; job names for links/suggestions.
    assert [r.id for r in rows] == [ids["new"], ids["old"], ids["undated"], ids["ignored"],
                                    ids["linked"]]
    by_id = {r.id: r for r in rows}
    assert by_id[ids["old"]].job_label == "Acme — Backend Engineer"
    assert by_id[ids["old"]].job_id == job.id
    assert by_id[ids["old"]].stage_target == "recruiter_screen"
    assert by_id[ids["old"]].confidence == 70
    assert by_id[ids["linked"]].job_label == "Acme — Backend Engineer"
    assert by_id[ids["new"]].job_label == "" and by_id[ids["new"]].job_id is None
    assert by_id[ids["new"]].sender == "new@acme.example"
    assert by_id[ids["new"]].subject == "Subject new"


def test_hidden_runs_page_waits_for_its_turn(qtbot, shell, tmp_path):
    """An import while the Tracking Inbox is in view does not reload the runs page behind it;
    showing the runs page then loads it once, with the finished run."""
    page = shell.runs_page
    shell.window.show_page("inbox")
    qtbot.waitUntil(lambda: worker.pending_count() == 0)
    loads = page.refresher.loads
    with qtbot.waitSignal(shell.controller.batch_finished, timeout=30_000):
        shell.controller.import_file(write_mbox(tmp_path / "mail.mbox", 12))
    qtbot.waitUntil(lambda: worker.pending_count() == 0)
    qtbot.wait(300)  # longer than the runs page's 200 ms coalescing
    assert page.refresher.loads == loads and page.runs_model.rows == []
    shell.window.show_page("runs")
    qtbot.waitUntil(lambda: len(page.runs_model.rows) == 1
                    and page.runs_model.rows[0].status == "completed", timeout=5_000)
    qtbot.waitUntil(lambda: len(page.messages_model.rows) == 12, timeout=5_000)
    qtbot.wait(300)
    assert page.refresher.loads == loads + 1
