"""A small Gmail API client: profile, message ids (list or history), raw messages.

Built with google-api-python-client's static discovery document (nothing is fetched at run
time). Every call goes through `_call`, which retries 429, 5xx and dropped connections with
exponential backoff within limits (`RetryPolicy`; tests use a tiny base delay), honours
Retry-After, and stops waiting when the run is cancelled.

Messages are fetched in batches (`get_raw_batch`): up to BATCH_SIZE `messages.get` calls in
one HTTP request to Gmail's batch endpoint, through the client library's BatchHttpRequest.
Each part answers on its own: a 404 means the message is gone, a 429/5xx part is sent again
(alone with the other failed parts) under the same backoff, a 401 part makes the library
refresh the token once (a revoked token then stops the run).
"""

from __future__ import annotations

import base64
import http.client
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..logging_setup import get_logger
from .oauth import GoogleEndpoints, MailError, classify_token_error, network_error

log = get_logger("mail.gmail")

RETRY_STATUSES = {429, 500, 502, 503, 504}

# Gmail's advice: batches larger than 50 calls are likely to be rate-limited.
BATCH_SIZE = 50
BATCH_PATH = "batch/gmail/v1"
DEFAULT_GMAIL_ROOT = "https://gmail.googleapis.com/"


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 5  # tries per request, the first included
    base_delay_s: float = 1.0  # 1, 2, 4, 8 s (+ jitter), capped below
    max_delay_s: float = 32.0


class HistoryExpired(Exception):
    """Gmail no longer has history from that id (HTTP 404): fall back to a listing."""


@dataclass
class RawGmailMessage:
    id: str
    thread_id: str
    label_ids: list[str]
    internal_date_ms: int | None
    raw: bytes


@dataclass
class BatchResult:
    """What one `get_raw_batch` brought back, by message id."""
    messages: dict[str, RawGmailMessage] = field(default_factory=dict)
    gone: set[str] = field(default_factory=set)  # 404: deleted since it was listed
    failed: dict[str, str] = field(default_factory=dict)  # other refusals of one message
    # Set when the batch stopped (retries ran out, token revoked, cancelled) after some
    # messages came back: store those, then raise this.
    error: MailError | None = None


class GmailClient:
    def __init__(self, credentials, endpoints: GoogleEndpoints, *,
                 retry: RetryPolicy | None = None,
                 should_cancel: Callable[[], bool] | None = None,
                 timeout_s: float = 60) -> None:
        import google_auth_httplib2
        import httplib2
        from googleapiclient.discovery import build

        self.retry = retry or RetryPolicy()
        self.should_cancel = should_cancel or (lambda: False)
        authed_http = google_auth_httplib2.AuthorizedHttp(
            credentials, http=httplib2.Http(timeout=timeout_s))
        options = {"api_endpoint": endpoints.gmail_root} if endpoints.gmail_root else None
        self.service = build("gmail", "v1", http=authed_http, static_discovery=True,
                             cache_discovery=False, client_options=options)
        # The discovery document's batchPath is the global "batch"; Gmail documents its own.
        self.batch_uri = (endpoints.gmail_root or DEFAULT_GMAIL_ROOT).rstrip("/") + "/" + \
            BATCH_PATH
        # Building a discovery Resource is costly (every method is generated): do it once.
        self._users = self.service.users()
        self._messages = self._users.messages()
        self._history = self._users.history()
        self.requests_made = 0
        self.retries_made = 0

    # ------------------------------------------------------------ calls

    def _call(self, request_factory: Callable[[], Any], what: str) -> Any:
        from google.auth import exceptions as gexc
        from googleapiclient.errors import HttpError

        attempt = 0
        while True:
            attempt += 1
            self.requests_made += 1
            retry_after: float | None = None
            try:
                return request_factory().execute()
            except HttpError as exc:
                if _status(exc) == 404:
                    raise
                failure, retry_after = _retryable_failure(exc, what)
            except gexc.RefreshError as exc:
                raise classify_token_error(exc, "") from None
            except _transport_errors() as exc:  # dropped connection, timeout, DNS
                failure = type(exc).__name__
            self._wait_to_retry(attempt, what, failure, retry_after)

    def _wait_to_retry(self, attempt: int, what: str, failure: str,
                       retry_after: float | None) -> None:
        """Back off before attempt `attempt + 1`, or give up with a network error."""
        if attempt >= self.retry.max_attempts:
            log.warning("gmail: %s failed after %d attempts (%s)", what, attempt, failure)
            raise network_error(f"{failure} after {attempt} attempts")
        delay = min(self.retry.max_delay_s,
                    self.retry.base_delay_s * (2 ** (attempt - 1)) * (1 + random.random() / 4))
        if retry_after is not None:
            delay = min(self.retry.max_delay_s, max(delay, retry_after))
        self.retries_made += 1
        log.info("gmail: %s: %s, retry %d in %.2f s", what, failure, attempt, delay)
        self._sleep(delay)

    def _sleep(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while True:
            if self.should_cancel():
                raise MailError("cancelled", "The sync was cancelled.", "")
            left = end - time.monotonic()
            if left <= 0:
                return
            time.sleep(min(left, 0.1))

    # ------------------------------------------------------------ API

    def profile(self) -> dict[str, Any]:
        return self._call(lambda: self._users.getProfile(userId="me"), "profile")

    def list_ids(self, query: str, limit: int,
                 on_page: Callable[[int], None] | None = None) -> list[str]:
        """Up to `limit` message ids matching `query`, newest first."""
        messages = self._messages
        ids: list[str] = []
        page_token: str | None = None
        while len(ids) < limit:
            page_size = min(500, limit - len(ids))
            token = page_token

            def request(token=token, page_size=page_size):
                return messages.list(userId="me", q=query, maxResults=page_size,
                                     pageToken=token, includeSpamTrash=False)

            response = self._call(request, "messages.list")
            ids.extend(m["id"] for m in response.get("messages", []) or [])
            if on_page:
                on_page(len(ids))
            page_token = response.get("nextPageToken")
            if not page_token:
                break
        return _unique(ids)[:limit]

    def history_added_ids(self, start_history_id: str) -> tuple[list[str], str]:
        """Ids of messages added since `start_history_id`, and the latest history id."""
        from googleapiclient.errors import HttpError

        history = self._history
        ids: list[str] = []
        latest = start_history_id
        page_token: str | None = None
        while True:
            token = page_token

            def request(token=token):
                return history.list(userId="me", startHistoryId=start_history_id,
                                    historyTypes=["messageAdded"], pageToken=token,
                                    maxResults=500)
            try:
                response = self._call(request, "history.list")
            except HttpError as exc:
                if _status(exc) == 404:
                    raise HistoryExpired(start_history_id) from None
                raise
            for record in response.get("history", []) or []:
                for added in record.get("messagesAdded", []) or []:
                    message = added.get("message") or {}
                    if message.get("id") and "SPAM" not in (message.get("labelIds") or []):
                        ids.append(message["id"])
            latest = str(response.get("historyId") or latest)
            page_token = response.get("nextPageToken")
            if not page_token:
                return _unique(ids), latest

    def get_raw_batch(self, message_ids: Sequence[str]) -> BatchResult:
        """Fetch up to BATCH_SIZE messages (format=raw) in one batch request.

        Parts that fail with 429/5xx (or a rate-limit 403) are sent again, only they, with the
        same backoff as single calls; a batch that fails as a whole (dropped connection,
        HTTP 5xx, a malformed answer) is sent again whole. Other per-message refusals land in
        `failed`. When the token is revoked, access is refused, retries run out or the run is
        cancelled, the MailError is raised, or put in `error` if some messages already came
        back.
        """
        pending = _unique(list(message_ids))
        if len(pending) > BATCH_SIZE:
            raise ValueError(f"at most {BATCH_SIZE} messages per batch")
        result = BatchResult()
        try:
            self._fetch_batch(pending, result)
        except MailError as error:
            if not result.messages:
                raise
            result.error = error
        return result

    def _fetch_batch(self, pending: list[str], result: BatchResult) -> None:
        from google.auth import exceptions as gexc
        from googleapiclient.errors import BatchError, HttpError
        from googleapiclient.http import BatchHttpRequest

        attempt = 0
        while pending:
            attempt += 1
            self.requests_made += 1
            answers: dict[str, tuple[Any, Any]] = {}

            def on_answer(request_id: str, response: Any, exception: Any,
                          into: dict[str, tuple[Any, Any]] = answers) -> None:
                into[request_id] = (response, exception)

            batch = BatchHttpRequest(callback=on_answer, batch_uri=self.batch_uri)
            for message_id in pending:
                batch.add(self._messages.get(userId="me", id=message_id, format="raw"),
                          request_id=message_id)
            what = f"messages.get batch of {len(pending)}"
            retry_after: float | None = None
            try:
                batch.execute()
            except HttpError as exc:  # the batch request itself was refused
                failure, retry_after = _retryable_failure(exc, "a batch request")
            except gexc.RefreshError as exc:  # a part's 401 and the token refresh refused
                raise classify_token_error(exc, "") from None
            except (BatchError, KeyError, ValueError):
                # The library raises KeyError for a part missing from the answer and
                # ValueError for a part whose JSON does not parse, before or amid the
                # callbacks: nothing of this answer is kept, the batch is sent again.
                failure = "malformed batch answer"
            except _transport_errors() as exc:  # dropped connection, timeout, DNS
                failure = type(exc).__name__
            else:
                pending, failure, retry_after = self._sort_answers(pending, answers, result)
                if not pending:
                    return
                what = f"{len(pending)} of {len(answers)} batch parts"
            self._wait_to_retry(attempt, what, failure, retry_after)

    @staticmethod
    def _sort_answers(pending: list[str], answers: dict[str, tuple[Any, Any]],
                      result: BatchResult) -> tuple[list[str], str, float | None]:
        """File each part's answer into `result`; return the parts to retry and why."""
        retry: list[str] = []
        failure = ""
        waits: list[float] = []
        for message_id in pending:
            response, exception = answers.get(message_id, (None, None))
            if exception is None and response is not None:
                try:
                    result.messages[message_id] = _raw_message(response, message_id)
                except (TypeError, ValueError, AttributeError):  # bad base64, date or shape
                    result.failed[message_id] = "unreadable answer"
                continue
            if exception is None:  # no callback for this part (defensive): ask again
                retry.append(message_id)
                failure = "part missing from the batch answer"
                continue
            status = _status(exception)
            if status == 404:
                result.gone.add(message_id)
                continue
            try:
                failure, after = _retryable_failure(exception, "messages.get")
            except MailError as error:
                if error.code != "api_error":  # auth refused: stop the run
                    raise
                result.failed[message_id] = f"HTTP {status}"
                continue
            retry.append(message_id)
            if after is not None:
                waits.append(after)
        return retry, failure, (max(waits) if waits else None)


def _transport_errors() -> tuple[type[Exception], ...]:
    """What a call raises when the network fails rather than Gmail answering."""
    import httplib2
    from google.auth import exceptions as gexc

    return (OSError, http.client.HTTPException, httplib2.HttpLib2Error, gexc.TransportError)


def _raw_message(response: dict[str, Any], message_id: str) -> RawGmailMessage:
    raw = response.get("raw") or ""
    internal = response.get("internalDate")
    return RawGmailMessage(
        id=response.get("id", message_id),
        thread_id=response.get("threadId", ""),
        label_ids=list(response.get("labelIds") or []),
        internal_date_ms=int(internal) if internal else None,
        raw=base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)),
    )


def _retryable_failure(exc: Any, what: str) -> tuple[str, float | None]:
    """For an HttpError worth retrying: (what failed, Retry-After); else raise MailError."""
    status = _status(exc)
    reason = _error_reason(exc)
    rate_limited = status == 403 and reason in ("rateLimitExceeded", "userRateLimitExceeded")
    if status in (401, 403) and not rate_limited:
        raise MailError(
            "forbidden" if status == 403 else "auth_failed",
            f"Gmail refused the request (HTTP {status} {reason}).",
            "Disconnect and reconnect Gmail, and make sure the Gmail API is "
            "enabled for your Google Cloud project.") from None
    if status not in RETRY_STATUSES and not rate_limited:
        raise MailError("api_error", f"Gmail answered HTTP {status} to {what}.",
                        "Try again later.") from None
    return f"HTTP {status}", _retry_after(exc)


def _status(exc: Any) -> int:
    """The HTTP status of a googleapiclient HttpError (0 when it has none)."""
    return int(getattr(exc.resp, "status", 0) or 0)


def _unique(ids: list[str]) -> list[str]:
    return list(dict.fromkeys(ids))


def _error_reason(exc: Any) -> str:
    try:
        details = exc.error_details
        if details and isinstance(details, list) and isinstance(details[0], dict):
            return str(details[0].get("reason", ""))
    except Exception:
        pass
    return ""


def _retry_after(exc: Any) -> float | None:
    try:
        value = exc.resp.get("retry-after")
        return float(value) if value is not None else None
    except (TypeError, ValueError, AttributeError):
        return None

