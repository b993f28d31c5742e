import io
from datetime import datetime

import pytest

from jobops_desktop.services import tracking
from jobops_desktop.services.tracking import CsvImportError, JobInput, ValidationError
from jobops_desktop.store import Job, StageEvent


def make_job(company="Stripe", title="Backend Engineer", **kw) -> Job:
    return tracking.create_job(JobInput(company=company, title=title, **kw))


def test_new_job_is_applied_with_an_applied_event():
    job = make_job(applied_at=datetime(2026, 11, 1, 9, 0))
    assert (job.status, job.current_stage, job.outcome) == ("applied", "applied", None)
    events = tracking.timeline(job.id)
    assert [(e.from_stage, e.to_stage, e.actor) for e in events] == [(None, "applied", "user")]
    assert events[0].occurred_at == datetime(2026, 11, 1, 9, 0)


def test_job_needs_company_and_title():
    with pytest.raises(ValidationError):
        tracking.create_job(JobInput(company="  ", title="X"))
    with pytest.raises(ValidationError):
        tracking.update_job(make_job().id, title="")


def test_later_stage_makes_job_in_progress_with_seed_metadata():
    job = make_job()
    event = tracking.record_event(job.id, "technical_interview", actor="user",
                                  event_type="status_update",
                                  event_label="Moved to Technical Interview")
    job = tracking.get_job(job.id)
    assert (job.status, job.current_stage) == ("in_progress", "technical_interview")
    assert (event.from_stage, event.to_stage) == ("applied", "technical_interview")
    assert event.event_label == "Moved to Technical Interview"


def test_closing_needs_outcome_and_sets_it():
    job = make_job()
    with pytest.raises(ValidationError):
        tracking.record_event(job.id, "closed")
    with pytest.raises(ValidationError):
        tracking.record_event(job.id, "offer", outcome="rejected")
    tracking.close_job(job.id, "rejected", note="Form letter")
    job = tracking.get_job(job.id)
    assert (job.status, job.current_stage, job.outcome) == ("closed", "closed", "rejected")
    assert tracking.timeline(job.id)[-1].event_label == "Closed: Rejected"


def test_note_event_does_not_change_stage():
    job = make_job()
    tracking.record_event(job.id, "recruiter_screen")
    tracking.record_event(job.id, None, event_type="note", note="Called back")
    job = tracking.get_job(job.id)
    assert job.current_stage == "recruiter_screen"
    assert tracking.timeline(job.id)[-1].from_stage is None


def test_deleting_latest_event_recomputes_stage_and_outcome():
    job = make_job(applied_at=datetime(2026, 11, 1))
    tracking.record_event(job.id, "recruiter_screen", occurred_at=datetime(2026, 11, 2))
    closed = tracking.close_job(job.id, "rejected", occurred_at=datetime(2026, 11, 3))
    tracking.delete_event(closed.id)
    job = tracking.get_job(job.id)
    assert (job.status, job.current_stage, job.outcome) == (
        "in_progress", "recruiter_screen", None)


def test_deleting_every_event_falls_back_to_applied():
    job = make_job()
    for event in tracking.timeline(job.id):
        tracking.delete_event(event.id)
    job = tracking.get_job(job.id)
    assert (job.status, job.current_stage) == ("applied", "applied")


def test_backdated_event_rechains_from_stage_and_order_decides():
    job = make_job(applied_at=datetime(2026, 11, 1))
    tracking.record_event(job.id, "onsite", occurred_at=datetime(2026, 11, 10))
    tracking.record_event(job.id, "recruiter_screen", occurred_at=datetime(2026, 11, 5))
    chain = [(e.from_stage, e.to_stage) for e in tracking.timeline(job.id)]
    assert chain == [(None, "applied"), ("applied", "recruiter_screen"),
                     ("recruiter_screen", "onsite")]
    assert tracking.get_job(job.id).current_stage == "onsite"


def test_edit_event_changes_stage_and_clears_outcome():
    job = make_job()
    closed = tracking.close_job(job.id, "withdrawn")
    tracking.update_event(closed.id, to_stage="offer", event_label="Offer call")
    job = tracking.get_job(job.id)
    assert (job.current_stage, job.outcome, job.status) == ("offer", None, "in_progress")
    assert StageEvent.get_by_id(closed.id).outcome is None


def test_delete_job_removes_its_events():
    job = make_job()
    tracking.record_event(job.id, "assessment")
    tracking.delete_job(job.id)
    assert StageEvent.select().count() == 0
    with pytest.raises(ValidationError):
        tracking.get_job(job.id)


def test_search_and_filters():
    a = make_job("Stripe", "Backend Engineer")
    make_job("Shopify", "Data Analyst", notes="referral from Sam")
    tracking.record_event(a.id, "onsite")
    assert [j.company for j in tracking.list_jobs(search="referral")] == ["Shopify"]
    assert [j.company for j in tracking.list_jobs(status="in_progress")] == ["Stripe"]
    assert [j.company for j in tracking.list_jobs(stage="applied")] == ["Shopify"]
    assert [j.company for j in tracking.list_jobs(company="stripe")] == ["Stripe"]


def test_board_puts_jobs_in_lanes_and_closed_apart():
    _, b, c = make_job("A", "x"), make_job("B", "y"), make_job("C", "z")
    tracking.record_event(b.id, "offer")
    tracking.close_job(c.id, "ghosted")
    board = tracking.board()
    assert next(iter(board.lanes)) == "applied" and "closed" not in board.lanes
    assert [j.company for j in board.lanes["applied"]] == ["A"]
    assert [j.company for j in board.lanes["offer"]] == ["B"]
    assert [(j.company, j.outcome) for j in board.closed] == [("C", "ghosted")]


def test_active_jobs_exclude_closed():
    a, b = make_job("A", "x"), make_job("B", "y")
    tracking.close_job(b.id, "rejected")
    assert [j.id for j in tracking.active_jobs()] == [a.id]


def test_csv_round_trip(tmp_path):
    a = make_job("Acme, Inc.", "Engineer", notes='says "hi"\nsecond line')
    tracking.record_event(a.id, "onsite")
    b = make_job("Beta", "PM")
    tracking.close_job(b.id, "offer_declined")
    out = tmp_path / "jobs.csv"
    assert tracking.export_csv(out) == 2
    for job in tracking.list_jobs():
        tracking.delete_job(job.id)
    imported = tracking.import_csv(out)
    got = {(j.company, j.title, j.current_stage, j.outcome, j.notes) for j in imported}
    assert got == {("Acme, Inc.", "Engineer", "onsite", None, 'says "hi"\nsecond line'),
                   ("Beta", "PM", "closed", "offer_declined", "")}


def test_csv_bad_row_reports_line_and_imports_nothing():
    text = ("company,title,applied_at,stage\n"
            "Good,Engineer,2026-11-01,applied\n"
            "Bad,Engineer,yesterday,applied\n"
            ",Missing company,,\n"
            "Worse,Engineer,,flying\n")
    with pytest.raises(CsvImportError) as err:
        tracking.import_csv(io.StringIO(text))
    lines = [e.line for e in err.value.errors]
    assert lines == [3, 4, 5]
    assert "line 3" in str(err.value) and "yesterday" in str(err.value)
    assert Job.select().count() == 0


def test_csv_without_required_header():
    with pytest.raises(CsvImportError) as err:
        tracking.import_csv(io.StringIO("name,role\nA,B\n"))
    assert err.value.errors[0].line == 1
