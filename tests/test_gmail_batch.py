"""Batched message fetches against the stand-in Google's batch endpoint: request counts,
per-part failures (404, 429, 5xx, 400, 401), cut and cancelled batches, and the wire format."""

from __future__ import annotations

import http.client
import json
import math
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import urlparse

import pytest
from conftest import FIXTURES
from fake_google import FakeGoogle, connect

from jobops_desktop.mail.gmail import BATCH_SIZE, RetryPolicy
from jobops_desktop.services import accounts, sync
from jobops_desktop.store import TrackedMessage

MBOX = FIXTURES / "mail" / "recruiting.mbox"
FAST = RetryPolicy(max_attempts=4, base_delay_s=0.01, max_delay_s=0.05)
BATCH = "/batch/gmail/v1"


def recruiter_mail(google: FakeGoogle, count: int) -> list[str]:
    """`count` distinct messages received over the last few days, newest first."""
    now = datetime.now(timezone.utc)
    ids = []
    for index in range(count):
        raw = (f"From: Talent <talent@co{index % 7}.example>\nTo: applicant@example.com\n"
               f"Subject: Your application, step {index}\n"
               f"Message-ID: <batch-{index}@co.example>\n\nHello ({index}).\n").encode()
        ids.append(google.add_message(raw, received=now - timedelta(minutes=10 + index)))
    return ids


@pytest.fixture()
def gmail(fake_google: FakeGoogle, tmp_path: Path) -> FakeGoogle:
    """A connected account 'default' whose mailbox is the 12-message mbox fixture."""
    fake_google.load_mbox(MBOX)
    connect(fake_google, tmp_path)
    return fake_google


def stored_ids() -> list[str]:
    return sorted(sync.stored_message_ids("default"))


def test_requests_grow_with_batches_not_with_messages(fake_google: FakeGoogle,
                                                     tmp_path: Path) -> None:
    count = 120
    recruiter_mail(fake_google, count)
    connect(fake_google, tmp_path)
    before = len(fake_google.requests)

    run = sync.sync_account("default", max_messages=200, route=False, retry=FAST)

    assert run.status == "completed" and run.discovered == count and run.errored == 0
    assert stored_ids() == sorted(fake_google.ids_in_window(30, 200))
    during = fake_google.requests[before:]
    batches = math.ceil(count / BATCH_SIZE)
    assert fake_google.batch_sizes == [50, 50, 20]
    assert during.count(("POST", BATCH)) == batches
    # One token refresh, the profile, one listing page, and the batches: 6 requests, not 123.
    assert len(during) == batches + 3
    assert sorted(set(during)) == sorted({("POST", "/token"), ("POST", BATCH),
                                          ("GET", "/gmail/v1/users/me/profile"),
                                          ("GET", "/gmail/v1/users/me/messages")})
    assert fake_google.count_parts("GET", "/gmail/v1/users/me/messages/") == count

    # Nothing new: a re-run lists again (history expired) and fetches nothing.
    fake_google.expire_history()
    again = sync.sync_account("default", max_messages=200, route=False, retry=FAST)
    assert again.status == "completed" and again.discovered == 0
    assert again.params["alreadyStored"] == count
    assert fake_google.count("POST", BATCH) == batches
    assert TrackedMessage.select().count() == count


def test_a_message_deleted_after_listing_is_an_error_and_the_rest_are_stored(
        gmail: FakeGoogle) -> None:
    deleted: list[str] = []

    def progress(phase: str, done: int, total: int) -> None:
        if phase == "fetching" and done == 0:  # listed, not fetched yet
            deleted.extend(gmail.ids_in_window(30, 100)[3:5])
            for message_id in deleted:
                gmail.delete_message(message_id)

    run = sync.sync_account("default", route=False, retry=FAST, progress=progress)

    assert run.status == "completed" and run.discovered == 10 and run.errored == 2
    assert not set(deleted) & set(stored_ids())
    assert gmail.count("POST", BATCH) == 1  # a 404 part is not asked again
    rerun = sync.sync_account("default", route=False, retry=FAST)
    assert rerun.status == "completed" and rerun.discovered == 0


def test_only_the_throttled_parts_are_sent_again(gmail: FakeGoogle) -> None:
    gmail.fail_next(429, 3, path_contains="/messages/", retry_after="0")
    one = gmail.ids_in_window(30, 100)[7]
    gmail.fail_next(500, 1, path_contains=f"/messages/{one}")

    run = sync.sync_account("default", route=False, retry=FAST)

    assert run.status == "completed" and run.discovered == 12 and run.errored == 0
    assert gmail.batch_sizes == [12, 4]  # 3 throttled parts and the 500 one, nothing else
    assert gmail.count_parts("GET", "/gmail/v1/users/me/messages/") == 16
    assert stored_ids() == sorted(gmail.ids_in_window(30, 100))


def test_a_part_that_keeps_failing_fails_the_run_after_storing_the_others(
        gmail: FakeGoogle) -> None:
    stuck = gmail.ids_in_window(30, 100)[5]
    gmail.fail_next(503, 100, path_contains=f"/messages/{stuck}")

    run = sync.sync_account("default", route=False, retry=FAST)

    assert run.status == "failed" and run.error_code == "network"
    assert "try again later" in run.error_message.lower()
    assert run.discovered == 11 and stuck not in stored_ids()
    assert gmail.batch_sizes == [12, 1, 1, 1]  # FAST allows 4 attempts
    assert accounts.get_account("default").history_id == ""

    gmail.failures.clear()
    rest = sync.sync_account("default", route=False, retry=FAST)
    assert rest.status == "completed" and rest.discovered == 1
    assert stored_ids() == sorted(gmail.ids_in_window(30, 100))


def test_a_refused_part_is_counted_and_the_run_goes_on(gmail: FakeGoogle) -> None:
    refused = gmail.ids_in_window(30, 100)[2]
    gmail.fail_next(400, 1, path_contains=f"/messages/{refused}")

    run = sync.sync_account("default", route=False, retry=FAST)

    assert run.status == "completed" and run.discovered == 11 and run.errored == 1
    assert refused not in stored_ids()
    assert gmail.batch_sizes == [12]  # not retried: asking again would get the same answer


def test_an_unreadable_part_is_a_failed_message_not_a_crash() -> None:
    """A 200 part whose raw text is not base64 (or has no shape at all) is counted as failed."""
    from jobops_desktop.mail.gmail import BatchResult, GmailClient

    good = {"id": "a", "threadId": "t", "raw": "RnJvbTogYUBiLmM", "internalDate": "1700000000000"}
    answers = {"a": (good, None), "b": ({"id": "b", "raw": "abcde"}, None),
               "c": ({"id": "c", "raw": "", "internalDate": "soon"}, None), "d": ("junk", None)}
    result = BatchResult()
    retry, _, _ = GmailClient._sort_answers(list(answers), answers, result)
    assert retry == [] and list(result.messages) == ["a"]
    assert result.messages["a"].raw == b"From: a@b.c"
    assert result.failed == {"b": "unreadable answer", "c": "unreadable answer",
                             "d": "unreadable answer"}


def test_a_failed_batch_request_is_sent_again_whole(gmail: FakeGoogle) -> None:
    gmail.fail_next(503, 1, path_contains="/batch/")
    run = sync.sync_account("default", route=False, retry=FAST)
    assert run.status == "completed" and run.discovered == 12
    assert gmail.count("POST", BATCH) == 2 and gmail.batch_sizes == [12]


def test_a_batch_answer_missing_a_part_is_asked_again_whole(gmail: FakeGoogle) -> None:
    gmail.omit_from_next_batch(1)
    run = sync.sync_account("default", route=False, retry=FAST)
    assert run.status == "completed" and run.discovered == 12 and run.errored == 0
    assert gmail.batch_sizes == [12, 12]
    assert stored_ids() == sorted(gmail.ids_in_window(30, 100))


def test_an_expired_access_token_is_refreshed_and_the_parts_asked_again(gmail: FakeGoogle) -> None:
    def progress(phase: str, done: int, total: int) -> None:
        if phase == "fetching" and done == 0:
            gmail.expire_access_tokens()

    tokens_before = gmail.count("POST", "/token")
    run = sync.sync_account("default", route=False, retry=FAST, progress=progress)

    assert run.status == "completed" and run.discovered == 12
    # The first refresh opens the run; the second follows the batch's 401 parts.
    assert gmail.count("POST", "/token") == tokens_before + 2
    assert gmail.count("POST", BATCH) == 2


def test_cancel_between_batches_keeps_the_first_and_the_next_run_fetches_the_rest(
        fake_google: FakeGoogle, tmp_path: Path) -> None:
    recruiter_mail(fake_google, 70)
    connect(fake_google, tmp_path)
    stop = threading.Event()

    def progress(phase: str, done: int, total: int) -> None:
        if phase == "fetching" and done == 50:
            stop.set()

    run = sync.sync_account("default", route=False, retry=FAST, progress=progress,
                            should_cancel=stop.is_set)
    assert run.status == "cancelled" and run.discovered == 50
    assert fake_google.count("POST", BATCH) == 1  # the second batch was never asked for

    rest = sync.sync_account("default", route=False, retry=FAST)
    assert rest.status == "completed" and rest.discovered == 20
    assert stored_ids() == sorted(fake_google.ids_in_window(30, 100))
    assert fake_google.count_parts("GET", "/gmail/v1/users/me/messages/") == 70


def test_the_stand_in_speaks_googles_batch_format(gmail: FakeGoogle) -> None:
    """A hand-written batch, as Google documents it, gets a multipart answer per part."""
    present = gmail.ids_in_window(30, 100)[0]
    access = next(iter(gmail.access_tokens))
    boundary = "batch_foobarbaz"
    parts = [("item1", f"/gmail/v1/users/me/messages/{present}?format=raw"),
             ("item2", "/gmail/v1/users/me/messages/doesnotexist?format=raw")]
    body = "".join(f"--{boundary}\r\nContent-Type: application/http\r\n"
                   f"Content-ID: <{cid}:1@example.com>\r\n\r\nGET {path} HTTP/1.1\r\n\r\n"
                   for cid, path in parts) + f"--{boundary}--\r\n"
    url = urlparse(gmail.base_url)
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=10)
    connection.request("POST", BATCH, body=body.encode(), headers={
        "Content-Type": f"multipart/mixed; boundary={boundary}",
        "Authorization": f"Bearer {access}"})  # the outer header applies to both parts
    response = connection.getresponse()
    payload = response.read().decode()
    connection.close()

    assert response.status == 200
    content_type = response.getheader("content-type")
    assert content_type.startswith("multipart/mixed; boundary=")
    answer_boundary = content_type.split("boundary=", 1)[1]
    chunks = [c for c in payload.split(f"--{answer_boundary}") if c.strip() not in ("", "--")]
    assert len(chunks) == 2
    first, second = chunks
    assert "Content-ID: <response-item1:1@example.com>" in first
    assert "HTTP/1.1 200 OK" in first
    assert json.loads(first.split("\r\n\r\n", 2)[2])["id"] == present
    assert "Content-ID: <response-item2:1@example.com>" in second
    assert "HTTP/1.1 404 Not Found" in second
    assert gmail.count("POST", BATCH) == 1 and gmail.count_parts("GET", "/gmail/") == 2
