"""Gmail sync end to end against the stand-in Google: windows, history, failures, resume."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

import keyring
import pytest
from conftest import FIXTURES
from fake_google import connect

from jobops_desktop.mail.gmail import RetryPolicy
from jobops_desktop.mail.oauth import KEYRING_SERVICE
from jobops_desktop.services import accounts, settings, sync
from jobops_desktop.store import ProviderAccount, SyncRun, TrackedMessage
from jobops_desktop.timeutil import utcnow

MBOX = FIXTURES / "mail" / "recruiting.mbox"
CORPUS = FIXTURES / "mail" / "corpus"
FAST = RetryPolicy(max_attempts=4, base_delay_s=0.01, max_delay_s=0.05)


@pytest.fixture()
def gmail(fake_google, tmp_path: Path):
    """A connected account 'default' whose mailbox is the 12-message mbox fixture."""
    fake_google.load_mbox(MBOX)
    connect(fake_google, tmp_path)
    return fake_google


def stored_ids(account_key: str = "default") -> list[str]:
    return sorted(sync.stored_message_ids(account_key))


def new_mail(google, subject: str, age: timedelta = timedelta(minutes=1)) -> str:
    raw = (f"From: Recruiter <talent@newco.example>\nTo: applicant@example.com\n"
           f"Subject: {subject}\nDate: Mon, 01 Jul 2024 10:00:00 +0000\n"
           f"Message-ID: <{abs(hash(subject))}@newco.example>\n\nHello, about {subject}.\n")
    return google.add_message(raw.encode(), received=datetime.now(timezone.utc) - age)


def more_mail(google, count: int) -> list[str]:
    """`count` more messages, older than the mbox fixture's newest, newer than 30 days."""
    return [new_mail(google, f"Update {index} on your application",
                     age=timedelta(hours=100, minutes=index)) for index in range(count)]


def test_first_sync_stores_the_window_and_records_the_run(gmail) -> None:
    phases: list[tuple[str, int, int]] = []
    run = sync.sync_account("default", route=False, retry=FAST,
                            progress=lambda *p: phases.append(p))

    assert run.status == "completed" and run.error_code == ""
    assert run.discovered == 12 and run.errored == 0
    assert run.params["mode"] == "windowed" and run.params["listed"] == 12
    assert run.params["maxMessages"] == 100 and run.params["searchDays"] == 30
    assert stored_ids() == sorted(gmail.ids_in_window(30, 100))
    assert gmail.queries[0].startswith("newer_than:30d (subject:(")
    assert ("fetching", 12, 12) in phases and phases[0][0] == "listing"

    message = TrackedMessage.get(TrackedMessage.subject == "Application received: Backend "
                                 "Engineer")
    assert message.sender_email == "no-reply@greenhouse.io"
    assert message.sender_name == "Acme Recruiting"
    assert message.labels == ["INBOX"] and message.thread_id
    assert message.routed is False and message.processing_status == "pending_user"
    assert message.sync_run_id == run.id
    assert abs(message.received_at - utcnow()) < timedelta(minutes=10)  # Gmail's receipt time
    account = accounts.get_account("default")
    assert account.history_id == str(gmail.history_id) and account.last_synced_at
    assert sync.list_runs()[0].id == run.id
    assert len(sync.run_messages(run.id)) == 12


def test_resync_adds_nothing_and_never_touches_a_decided_message(gmail) -> None:
    sync.sync_account("default", route=False, retry=FAST)
    decided = TrackedMessage.get(TrackedMessage.subject == "Offer letter - Hooli")
    decided.processing_status, decided.decided_by, decided.reason = "ignored", "user", "mine"
    decided.save()
    gmail.expire_history()  # force a full windowed listing again

    run = sync.sync_account("default", route=False, retry=FAST)

    assert run.status == "completed" and run.discovered == 0
    assert run.params["mode"] == "fallback" and run.params["alreadyStored"] == 12
    assert TrackedMessage.select().count() == 12
    again = TrackedMessage.get_by_id(decided.id)
    assert (again.processing_status, again.decided_by, again.reason) == ("ignored", "user", "mine")
    # Nothing fetched twice: the first run's single batch of 12 is all there was.
    assert gmail.count_parts("GET", "/gmail/v1/users/me/messages/") == 12
    assert gmail.count("POST", "/batch/gmail/v1") == 1
    assert gmail.count("GET", "/gmail/v1/users/me/messages/") == 0  # no one-by-one fetches


def test_incremental_sync_uses_history(gmail) -> None:
    sync.sync_account("default", route=False, retry=FAST)
    lists_before = gmail.count("GET", "/gmail/v1/users/me/messages")
    quiet = sync.sync_account("default", route=False, retry=FAST)
    assert quiet.params["mode"] == "incremental" and quiet.discovered == 0
    # Nothing new in history: no listing at all.
    assert gmail.count("GET", "/gmail/v1/users/me/messages") == lists_before

    new_id = new_mail(gmail, "Interview invitation from NewCo")
    run = sync.sync_account("default", route=False, retry=FAST)

    assert run.params["mode"] == "incremental" and run.discovered == 1
    assert new_id in stored_ids()
    assert " after:" in gmail.queries[-1]
    assert accounts.get_account("default").history_id == str(gmail.history_id)


def test_expired_history_falls_back_to_the_window(gmail) -> None:
    sync.sync_account("default", route=False, retry=FAST)
    new_id = new_mail(gmail, "Assessment from NewCo")
    gmail.expire_history()
    run = sync.sync_account("default", route=False, retry=FAST)
    assert run.status == "completed" and run.params["mode"] == "fallback"
    assert run.discovered == 1 and new_id in stored_ids()


def test_window_and_cap_limit_what_is_listed(gmail) -> None:
    old = new_mail(gmail, "Old interview", age=timedelta(days=40))
    run = sync.sync_account("default", max_messages=5, search_days=30, route=False, retry=FAST)
    assert run.discovered == 5
    assert stored_ids() == sorted(gmail.ids_in_window(30, 5))
    assert old not in stored_ids()
    assert gmail.queries[-1].startswith("newer_than:30d ")
    sync.sync_account("default", max_messages=100, search_days=60, route=False, retry=FAST)
    assert old in stored_ids() and len(stored_ids()) == 13


def test_the_saved_query_is_used(gmail) -> None:
    settings.set("sync.gmail_query", "label:job-search")
    run = sync.sync_account("default", route=False, retry=FAST)
    assert gmail.queries[-1] == "newer_than:30d label:job-search"
    assert run.params["query"] == "label:job-search"


def test_429_and_500_are_retried(gmail) -> None:
    gmail.fail_next(429, 2, path_contains="/messages/", retry_after="0")
    gmail.fail_next(500, 1, path_contains="/messages")
    gmail.fail_next(503, 1, path_contains="/profile")
    run = sync.sync_account("default", route=False, retry=FAST)
    assert run.status == "completed" and run.discovered == 12
    assert all(f.count == 0 for f in gmail.failures)


def test_persistent_server_errors_fail_the_run_and_keep_the_token(gmail) -> None:
    gmail.fail_next(500, 100, path_contains="/messages")
    run = sync.sync_account("default", route=False, retry=FAST)
    assert run.status == "failed" and run.error_code == "network"
    assert "try again later" in run.error_message.lower()
    assert keyring.get_password(KEYRING_SERVICE, "default")
    assert accounts.get_account("default").history_id == ""


def test_a_cut_mid_sync_then_resume_gives_exactly_one_clean_run(gmail) -> None:
    more_mail(gmail, 48)  # 60 messages: a batch of 50, then one of 10
    gmail.drop_gets_after(55)  # the second batch is cut: its connection ends unanswered
    cut = sync.sync_account("default", route=False, retry=FAST)

    assert cut.status == "failed" and cut.error_code == "network"
    assert cut.discovered == 50 and gmail.dropped > 0
    assert TrackedMessage.select().count() == 50  # what was stored is kept
    assert accounts.get_account("default").history_id == ""  # not advanced by a failed run

    gmail.drop_gets_after(None)
    resumed = sync.sync_account("default", route=False, retry=FAST)

    assert resumed.status == "completed" and resumed.discovered == 10
    assert resumed.params["alreadyStored"] == 50
    assert stored_ids() == sorted(gmail.ids_in_window(30, 100))
    assert TrackedMessage.select().count() == 60


def test_revoked_access_drops_the_token_and_asks_to_reconnect(gmail) -> None:
    gmail.revoke_all()
    run = sync.sync_account("default", route=False, retry=FAST)
    assert run.status == "failed" and run.error_code == "invalid_grant"
    assert "Reconnect Gmail" in run.error_message
    assert keyring.get_password(KEYRING_SERVICE, "default") is None
    account = accounts.get_account("default")
    assert account.status == "error" and "Reconnect Gmail" in account.last_error
    again = sync.sync_account("default", route=False, retry=FAST)
    assert again.error_code == "no_refresh_token"


def test_revoked_in_the_middle_of_a_run(gmail) -> None:
    more_mail(gmail, 48)

    def progress(phase: str, done: int, total: int) -> None:
        if phase == "fetching" and done == 3:  # while the first batch is being stored
            gmail.revoke_all()

    run = sync.sync_account("default", route=False, retry=FAST, progress=progress)
    # The first batch was already fetched and is kept; the second is refused.
    assert run.status == "failed" and run.error_code == "invalid_grant"
    assert "Reconnect Gmail" in run.error_message
    assert run.discovered == 50 and TrackedMessage.select().count() == 50
    assert keyring.get_password(KEYRING_SERVICE, "default") is None


def test_cancel_between_messages_then_next_run_picks_up(gmail) -> None:
    stop = threading.Event()

    def progress(phase: str, done: int, total: int) -> None:
        if phase == "fetching" and done == 4:
            stop.set()

    run = sync.sync_account("default", route=False, retry=FAST, progress=progress,
                            should_cancel=stop.is_set)
    assert run.status == "cancelled" and run.discovered == 4
    assert accounts.get_account("default").history_id == ""
    rest = sync.sync_account("default", route=False, retry=FAST)
    assert rest.status == "completed" and rest.discovered == 8
    assert stored_ids() == sorted(gmail.ids_in_window(30, 100))


def test_awkward_mail_is_stored_or_recorded_as_errored_without_stopping(fake_google,
                                                                        tmp_path: Path) -> None:
    names = sorted(p.name for p in CORPUS.glob("*.eml"))
    for index, name in enumerate(names):
        fake_google.add_message((CORPUS / name).read_bytes(),
                                received=datetime.now(timezone.utc) - timedelta(hours=index))
    connect(fake_google, tmp_path)
    run = sync.sync_account("default", route=False, retry=FAST)

    assert run.status == "completed" and run.discovered == len(names)
    errored = list(TrackedMessage.select().where(TrackedMessage.parse_error != ""))
    assert run.errored == len(errored) == 1
    assert "not an email message" in errored[0].parse_error
    assert errored[0].reason.startswith("Could not be read")
    japanese = TrackedMessage.get(TrackedMessage.subject == "面接のご案内")
    assert "一次面接" in japanese.body_text


def test_stale_running_run_is_closed_as_interrupted(gmail) -> None:
    account = accounts.get_account("default")
    stale = SyncRun.create(account=account, kind="gmail", status="running")
    sync.sync_account("default", route=False, retry=FAST)
    stale = SyncRun.get_by_id(stale.id)
    assert stale.status == "failed" and stale.error_code == "interrupted"


@pytest.mark.slow  # loads the bundled model and routes 13 messages
def test_routing_after_sync_routes_only_unrouted_messages(gmail) -> None:
    sync.sync_account("default", route=False, retry=FAST)
    assert TrackedMessage.select().where(TrackedMessage.routed == True).count() == 0  # noqa: E712
    new_mail(gmail, "Interview scheduling for NewCo")
    run = sync.sync_account("default", route=True, retry=FAST)
    # The 12 left unrouted by the first run and the 1 new one are routed now.
    assert run.status == "completed", run.error_message
    assert run.classified == 13
    assert TrackedMessage.select().where(TrackedMessage.routed == False).count() == 0  # noqa: E712


# ---------------------------------------------------------------- offline import

def test_mbox_import_is_idempotent() -> None:
    run = sync.import_mail(MBOX, route=False)
    assert run.status == "completed" and run.kind == "mbox" and run.discovered == 12
    account = ProviderAccount.get(ProviderAccount.account_key == "mbox:recruiting")
    assert account.provider == "mbox"
    assert "<mbox-0@fixture.example>" in stored_ids("mbox:recruiting")
    again = sync.import_mail(MBOX, route=False)
    assert again.discovered == 0 and TrackedMessage.select().count() == 12


def test_eml_folder_import_uses_message_id_or_a_hash(tmp_path: Path) -> None:
    run = sync.import_mail(CORPUS, route=False)
    names = list(CORPUS.glob("*.eml"))
    assert run.kind == "eml" and run.discovered == len(names) and run.errored == 1
    ids = stored_ids("eml:corpus")
    assert "<html-1@lever.co>" in ids
    assert sum(1 for i in ids if i.startswith("sha256:")) == 2  # no Message-ID; garbage
    no_date = TrackedMessage.get(TrackedMessage.subject == "Quick chat about the Importer role?")
    assert no_date.received_at is not None  # the file's time stands in
    assert sync.import_mail(CORPUS, route=False).discovered == 0
    single = sync.import_mail(CORPUS / "html_only.eml", account_key="eml:corpus", route=False)
    assert single.discovered == 0


def test_import_of_a_missing_path_is_a_clear_error(tmp_path: Path) -> None:
    from jobops_desktop.services.tracking import ValidationError

    with pytest.raises(ValidationError, match="does not exist"):
        sync.import_mail(tmp_path / "nothing.mbox")


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux /proc")
def test_an_unreadable_file_fails_the_import_run_and_keeps_what_was_stored(
        tmp_path: Path) -> None:
    folder = tmp_path / "mail"
    folder.mkdir()
    (folder / "a.eml").write_bytes((CORPUS / "html_only.eml").read_bytes())
    (folder / "z.eml").symlink_to("/proc/self/mem")  # a regular file whose read fails (EIO)
    run = sync.import_mail(folder, route=False)
    assert run.status == "failed" and run.error_code == "io_error"
    assert "could not be read" in run.error_message and run.discovered == 1


def test_import_can_be_cancelled() -> None:
    calls = {"n": 0}

    def should_cancel() -> bool:
        calls["n"] += 1
        return calls["n"] > 3

    run = sync.import_mail(MBOX, route=False, should_cancel=should_cancel)
    assert run.status == "cancelled" and run.discovered == 3
    assert sync.import_mail(MBOX, route=False).discovered == 9


def test_google_unreachable_keeps_the_token_and_says_retry_later(gmail) -> None:
    gmail.stop()
    run = sync.sync_account("default", route=False, retry=FAST)
    assert run.status == "failed" and run.error_code == "network"
    assert "try again later" in run.error_message.lower()
    assert keyring.get_password(KEYRING_SERVICE, "default")
    assert accounts.get_account("default").status == "connected"
