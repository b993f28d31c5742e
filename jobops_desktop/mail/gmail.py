"""A small Gmail API client: profile, message ids (list or history), raw messages.

Built with google-api-python-client's static discovery document (nothing is fetched at run
time). Every call goes through `_call`, which retries 429, 5xx and dropped connections with
exponential backoff within limits (`RetryPolicy`; tests use a tiny base delay), honours
Retry-After, and stops waiting when the run is cancelled.
"""

from __future__ import annotations

import base64
import http.client
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..logging_setup import get_logger
from .oauth import GoogleEndpoints, MailError, classify_token_error, network_error

log = get_logger("mail.gmail")

RETRY_STATUSES = {429, 500, 502, 503, 504}


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 5  # tries per request, the first included
    base_delay_s: float = 1.0  # 1, 2, 4, 8 s (+ jitter), capped below
    max_delay_s: float = 32.0


class HistoryExpired(Exception):
    """Gmail no longer has history from that id (HTTP 404): fall back to a listing."""


class MessageGone(Exception):
    """The message was deleted between listing and fetching (HTTP 404)."""


@dataclass
class RawGmailMessage:
    id: str
    thread_id: str
    label_ids: list[str]
    internal_date_ms: int | None
    raw: bytes


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
        # Building a discovery Resource is costly (every method is generated): do it once.
        self._users = self.service.users()
        self._messages = self._users.messages()
        self._history = self._users.history()
        self.requests_made = 0
        self.retries_made = 0

    # ------------------------------------------------------------ calls

    def _call(self, request_factory: Callable[[], Any], what: str) -> Any:
        import httplib2
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
                status = _status(exc)
                if status == 404:
                    raise
                reason = _error_reason(exc)
                rate_limited = status == 403 and reason in ("rateLimitExceeded",
                                                            "userRateLimitExceeded")
                if status in (401, 403) and not rate_limited:
                    raise MailError(
                        "forbidden" if status == 403 else "auth_failed",
                        f"Gmail refused the request (HTTP {status} {reason}).",
                        "Disconnect and reconnect Gmail, and make sure the Gmail API is "
                        "enabled for your Google Cloud project.") from None
                if status not in RETRY_STATUSES and not rate_limited:
                    raise MailError("api_error", f"Gmail answered HTTP {status} to {what}.",
                                    "Try again later.") from None
                failure = f"HTTP {status}"
                retry_after = _retry_after(exc)
            except gexc.RefreshError as exc:
                raise classify_token_error(exc, "") from None
            except (OSError, http.client.HTTPException, httplib2.HttpLib2Error,
                    gexc.TransportError) as exc:  # dropped connection, timeout, DNS
                failure = type(exc).__name__
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

    def get_raw(self, message_id: str) -> RawGmailMessage:
        from googleapiclient.errors import HttpError

        messages = self._messages
        try:
            response = self._call(lambda: messages.get(userId="me", id=message_id,
                                                       format="raw"), "messages.get")
        except HttpError as exc:
            if _status(exc) == 404:
                raise MessageGone(message_id) from None
            raise
        raw = response.get("raw") or ""
        internal = response.get("internalDate")
        return RawGmailMessage(
            id=response.get("id", message_id),
            thread_id=response.get("threadId", ""),
            label_ids=list(response.get("labelIds") or []),
            internal_date_ms=int(internal) if internal else None,
            raw=base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)),
        )


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

