from datetime import datetime, timedelta

import pytest

from jobops_desktop.router.decision import RoutingDecision
from jobops_desktop.services import inbox, settings, tracking
from jobops_desktop.services.inbox import AlreadyDecided
from jobops_desktop.services.tracking import JobInput, ValidationError
from jobops_desktop.store import Job, ProviderAccount, StageEvent, SyncRun, TrackedMessage

BASE = datetime(2026, 11, 1, 9, 0)


def make_job(company="Stripe", title="Backend Engineer", days=0) -> Job:
    return tracking.create_job(JobInput(company=company, title=title,
                                        applied_at=BASE + timedelta(days=days)))


def account(key="default", provider="gmail") -> ProviderAccount:
    found = ProviderAccount.get_or_none(ProviderAccount.account_key == key)
    return found or ProviderAccount.create(account_key=key, provider=provider)


_counter = iter(range(1, 1_000_000))


def make_message(subject="Interview invitation", days=1, thread="", key="default",
                 run: SyncRun | None = None, sender="Jane Recruiter") -> TrackedMessage:
    n = next(_counter)
    return TrackedMessage.create(
        account=account(key), provider_message_id=f"m{n}", thread_id=thread or f"t{n}",
        sender_name=sender, sender_email="jane@stripe.com", subject=subject,
        received_at=BASE + timedelta(days=days), body_text="Hello, let's talk.",
        snippet="Hello", sync_run=run)


def decide(message, job, target="technical_interview", confidence=97, relevant=True):
    return inbox.apply_decision(
        message.id, RoutingDecision(relevant=relevant, job_id=job.id if job else None,
                                    stage_target=target, confidence=confidence,
                                    reason="Sender domain matches Stripe"))


def stages(job) -> list[tuple[str | None, str | None, str, str]]:
    return [(e.from_stage, e.to_stage, e.actor, e.reason_code) for e in tracking.timeline(job.id)]


def fresh(obj):
    return type(obj).get_by_id(obj.id)


# ---------------------------------------------------------------- apply_decision

def test_auto_bucket_links_and_records_system_event_at_received_time():
    job = make_job()
    msg = decide(make_message(days=3), job, confidence=97)
    assert (msg.processing_status, msg.decided_by, msg.job_id) == ("auto_linked", "system", job.id)
    assert (msg.bucket, msg.confidence, msg.routed, msg.relevant) == ("auto_linked", 97, True, True)
    assert fresh(job).current_stage == "technical_interview"
    event = tracking.timeline(job.id)[-1]
    assert (event.actor, event.reason_code, event.message_id) == ("system", "smart_router", msg.id)
    assert event.occurred_at == BASE + timedelta(days=3)


def test_suggest_bucket_waits_with_suggestion_and_no_event():
    job = make_job()
    msg = decide(make_message(), job, confidence=80)
    assert (msg.processing_status, msg.bucket, msg.suggested_job_id, msg.job_id) == (
        "pending_user", "pending_suggested", job.id, None)
    assert msg.reason == "Sender domain matches Stripe"
    assert fresh(job).current_stage == "applied"


def test_low_confidence_relevant_is_orphan_irrelevant_is_ignored():
    job = make_job()
    orphan = decide(make_message(), None, confidence=30)
    assert (orphan.processing_status, orphan.bucket) == ("pending_user", "pending_orphan")
    ignored = decide(make_message(), job, target="no_change", confidence=10, relevant=False)
    assert (ignored.processing_status, ignored.bucket, ignored.job_id) == (
        "ignored", "ignored", None)


def test_thresholds_come_from_settings_or_arguments():
    job = make_job()
    settings.set("router.auto_threshold", 99)
    assert decide(make_message(), job, confidence=97).processing_status == "pending_user"
    msg = inbox.apply_decision(make_message().id, RoutingDecision(True, job.id, "assessment", 90,
                                                                  "x"), auto_threshold=90)
    assert msg.processing_status == "auto_linked"


def test_auto_link_never_moves_backwards_or_touches_closed_job():
    job = make_job()
    tracking.record_event(job.id, "onsite", occurred_at=BASE + timedelta(days=5))
    msg = decide(make_message(days=6), job, target="recruiter_screen")
    assert msg.processing_status == "auto_linked"  # linked, but the timeline is unchanged
    assert fresh(job).current_stage == "onsite"
    assert StageEvent.select().where(StageEvent.message == msg.id).count() == 0
    tracking.close_job(job.id, "rejected")
    decide(make_message(days=7), job, target="offer")
    assert fresh(job).current_stage == "closed"


def test_same_stage_is_not_recorded_twice_from_one_thread():
    job = make_job()
    first = decide(make_message(thread="T1", days=2), job, target="assessment")
    # The user moves the job back by hand; a reply in the same thread must not re-record it.
    tracking.record_event(job.id, "recruiter_screen", occurred_at=BASE + timedelta(days=3))
    decide(make_message(thread="T1", days=4), job, target="assessment")
    assert [e.message_id for e in tracking.timeline(job.id) if e.to_stage == "assessment"] == [
        first.id]
    assert fresh(job).current_stage == "recruiter_screen"


def test_decision_for_a_deleted_job_becomes_an_orphan_and_rerouting_updates_pending():
    job = make_job()
    gone = make_job("Gone", "Role")
    tracking.delete_job(gone.id)
    msg = decide(make_message(), gone, confidence=99)
    assert (msg.processing_status, msg.bucket, msg.suggested_job_id) == (
        "pending_user", "pending_orphan", None)
    msg = decide(msg, job, target="assessment", confidence=80)
    assert (msg.bucket, msg.suggested_job_id, msg.suggested_stage) == (
        "pending_suggested", job.id, "assessment")


def test_rejected_target_closes_with_outcome():
    job = make_job()
    decide(make_message(), job, target="rejected")
    job = fresh(job)
    assert (job.status, job.current_stage, job.outcome) == ("closed", "closed", "rejected")


def test_no_change_target_links_without_event():
    job = make_job()
    msg = decide(make_message(), job, target="no_change")
    assert msg.processing_status == "auto_linked" and msg.job_id == job.id
    assert len(tracking.timeline(job.id)) == 1


def test_router_never_touches_a_user_decision():
    job = make_job()
    msg = make_message()
    inbox.deny(msg.id)
    decide(msg, job, confidence=99)
    msg = fresh(msg)
    assert (msg.processing_status, msg.decided_by, msg.job_id) == ("ignored", "user", None)
    assert fresh(job).current_stage == "applied"


# ---------------------------------------------------------------- the person's decisions

def test_approve_with_changed_stage_records_user_event_and_counts_on_run():
    job = make_job()
    run = SyncRun.create(account=account())
    msg = decide(make_message(run=run), job, target="assessment", confidence=70)
    inbox.approve(msg.id, job.id, "technical_interview", note="Two rounds")
    msg = fresh(msg)
    assert (msg.processing_status, msg.decided_by, msg.job_id) == (
        "manual_linked", "user", job.id)
    assert stages(job)[-1] == ("applied", "technical_interview", "user", "inbox_approve")
    assert tracking.timeline(job.id)[-1].note == "Two rounds"
    assert fresh(run).approved == 1


def test_manual_approve_may_move_backwards_but_default_suggestion_does_not():
    job = make_job()
    tracking.record_event(job.id, "onsite", occurred_at=BASE + timedelta(days=1))
    msg = decide(make_message(days=2), job, target="recruiter_screen", confidence=70)
    assert inbox.default_stage_target(msg, job.id) == "no_change"
    other = make_job("Shopify", "Data")
    assert inbox.default_stage_target(msg, other.id) == "recruiter_screen"
    inbox.approve(msg.id, job.id, "recruiter_screen")
    assert fresh(job).current_stage == "recruiter_screen"


def test_decided_message_cannot_be_decided_twice():
    job = make_job()
    msg = make_message()
    inbox.approve(msg.id, job.id, "assessment")
    with pytest.raises(AlreadyDecided):
        inbox.approve(msg.id, job.id, "offer")
    with pytest.raises(AlreadyDecided):
        inbox.deny(msg.id)
    auto = decide(make_message(), job, target="no_change")
    with pytest.raises(AlreadyDecided):
        inbox.approve(auto.id, job.id, "offer")
    assert fresh(job).current_stage == "assessment"


def test_deny_then_undo_counts_on_run():
    run = SyncRun.create(account=account())
    msg = make_message(run=run)
    inbox.deny(msg.id)
    assert fresh(msg).processing_status == "ignored" and fresh(run).denied == 1
    inbox.undo(msg.id)
    assert fresh(msg).processing_status == "pending_user" and fresh(run).denied == 0
    with pytest.raises(ValidationError):
        inbox.undo(msg.id)


def test_undo_auto_link_restores_previous_stage_and_pending():
    job = make_job()
    tracking.record_event(job.id, "recruiter_screen", occurred_at=BASE + timedelta(hours=1))
    msg = decide(make_message(), job, target="technical_interview")
    assert fresh(job).current_stage == "technical_interview"
    inbox.undo(msg.id)
    msg = fresh(msg)
    assert (msg.processing_status, msg.job_id, msg.decided_by) == ("pending_user", None, "")
    assert msg.suggested_job_id == job.id  # still suggested for review
    assert fresh(job).current_stage == "recruiter_screen"
    assert [s[1] for s in stages(job)] == ["applied", "recruiter_screen"]


def test_undo_manual_close_reopens_job():
    job = make_job()
    msg = make_message()
    inbox.approve(msg.id, job.id, "withdrawn")
    assert fresh(job).outcome == "withdrawn"
    inbox.undo(msg.id)
    job = fresh(job)
    assert (job.status, job.current_stage, job.outcome) == ("applied", "applied", None)


def test_create_job_from_orphan():
    msg = decide(make_message(subject="Your application to Figma"), None, confidence=20)
    job = inbox.create_job_from_message(msg.id, "Figma", "Product Designer", "recruiter_screen")
    assert (job.company, job.title, job.current_stage) == ("Figma", "Product Designer",
                                                          "recruiter_screen")
    assert job.applied_at == fresh(msg).received_at
    assert fresh(msg).job_id == job.id and fresh(msg).processing_status == "manual_linked"
    applied = make_message()
    job2 = inbox.create_job_from_message(applied.id, "Notion", "Engineer", "applied")
    assert [s[1] for s in stages(job2)] == ["applied"]
    with pytest.raises(AlreadyDecided):
        inbox.create_job_from_message(applied.id, "X", "Y", "applied")
    with pytest.raises(ValidationError):
        inbox.create_job_from_message(make_message().id, "", "Y", "applied")
    assert Job.select().count() == 2


def test_bulk_approve_and_deny_skip_orphans_and_decided():
    job = make_job()
    suggested = [decide(make_message(), job, target="assessment", confidence=70) for _ in range(3)]
    orphan = decide(make_message(), None, confidence=20)
    inbox.deny(suggested[2].id)
    ids = [m.id for m in suggested] + [orphan.id]
    assert inbox.bulk_approve(ids) == 2
    assert fresh(job).current_stage == "assessment"
    assert fresh(orphan).processing_status == "pending_user"
    assert inbox.bulk_deny(ids) == 1
    assert fresh(orphan).processing_status == "ignored"


# ---------------------------------------------------------------- listing

def test_list_filters_counts_and_rows():
    job = make_job()
    a = decide(make_message(subject="Offer letter", days=1), job, target="offer")
    b = decide(make_message(subject="Coding test", days=2, key="work"), job, confidence=70)
    c = make_message(subject="Newsletter", days=3)
    inbox.deny(c.id)
    assert [m.id for m in inbox.list_messages()] == [b.id]
    assert [m.id for m in inbox.list_messages(None)] == [c.id, b.id, a.id]
    assert [m.id for m in inbox.list_messages(None, account_key="work")] == [b.id]
    assert [m.id for m in inbox.list_messages(None, search="offer")] == [a.id]
    assert [m.id for m in inbox.list_messages(None, limit=1, offset=1)] == [b.id]
    assert inbox.counts() == {"auto_linked": 1, "pending_user": 1, "manual_linked": 0,
                              "ignored": 1, "all": 3}
    rows = inbox.list_rows(None)
    assert [r.received_at for r in rows] == [BASE + timedelta(days=d) for d in (3, 2, 1)]
    assert (rows[0].relevant, rows[1].relevant) == (None, True)
    assert rows[1].suggested_job_label == "Stripe — Backend Engineer"
    assert rows[2].job_label == "Stripe — Backend Engineer" and rows[2].account_key == "default"
    assert [(r.id, r.recorded) for r in inbox.job_rows(job.id)] == [(a.id, "Offer")]
    assert inbox.message_view(a.id).body_text == "Hello, let's talk."


def test_inbox_list_query_uses_status_index():
    from jobops_desktop.store import db
    sql, params = inbox.rows_query("pending_user", account_key="default").sql()
    plan = " ".join(str(row) for row in db.execute_sql("EXPLAIN QUERY PLAN " + sql, params))
    assert "tracked_message_processing_status_received_at" in plan
    assert "TEMP B-TREE" not in plan  # ordered by the index, no sort of the whole table


# ---------------------------------------------------------------- sample data

def test_sample_jobs_and_shifted_mailbox(tmp_path):
    import mailbox

    from jobops_desktop.services import sample_data

    now = datetime(2027, 3, 10, 12, 0)
    assert sample_data.create_sample_jobs(now) == 8
    assert sample_data.create_sample_jobs(now) == 0  # loading twice adds nothing
    jobs = {job.company: job for job in sample_data.sample_jobs()}
    assert jobs["Harbor & Pine"].current_stage == "onsite"
    assert jobs["Northwind Labs"].current_stage == "applied"
    target = tmp_path / "shifted.mbox"
    assert sample_data.write_shifted_mbox(target, sample_data.date_shift(now)) == 40
    from email.utils import parsedate_to_datetime
    dates = [parsedate_to_datetime(m["Date"]).replace(tzinfo=None)
             for m in mailbox.mbox(str(target))]
    assert max(dates) < now and max(dates) > now - timedelta(days=2)
    assert sample_data.remove_sample_data() == 8
    assert Job.select().count() == 0


@pytest.mark.parametrize(("sender", "email", "subject", "body", "expected"), [
    ("Figma", "no-reply@us.greenhouse-mail.io", "Thank you for applying to Figma",
     "Thanks for applying to the Software Engineer, Developer Platform role at Figma.",
     ("Figma", "Software Engineer, Developer Platform")),
    ("Owen Park", "owen.park@kestrel.dev", "Kestrel - interview for Senior Software Engineer",
     "Hi", ("Kestrel", "Senior Software Engineer")),
    ("Jordan Avery", "jordan@harborandpine.com", "Offer - Backend Developer at Harbor & Pine",
     "I'm thrilled to extend you an offer for the Backend Developer position!",
     ("Harbor & Pine", "Backend Developer")),
    ("Vela Systems Talent", "talent@velasystems.io",
     "Your application for Platform Engineer at Vela Systems", "",
     ("Vela Systems", "Platform Engineer")),
    ("HackerRank", "no-reply@hackerrank.com", "Invitation: Alderbrook Insurance test",
     "Alderbrook Insurance has invited you to take the Backend Engineer Test on HackerRank.",
     ("Alderbrook Insurance", "Backend Engineer")),
])
def test_guess_company_and_title_for_a_new_job(sender, email, subject, body, expected):
    msg = TrackedMessage.create(account=account(), provider_message_id=email + subject,
                                sender_name=sender, sender_email=email, subject=subject,
                                body_text=body)
    assert inbox.guess_job(msg.id) == expected
