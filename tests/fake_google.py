"""A stand-in Google on 127.0.0.1: OAuth endpoints and the Gmail REST calls the app uses.

It speaks the wire protocol, so the real InstalledAppFlow, google-auth and the discovery-based
Gmail client talk to it over HTTP:

- GET  /o/oauth2/auth      checks client, loopback redirect_uri, scope, state and a PKCE
                           S256 challenge, then 302-redirects to redirect_uri?code&state
- POST /token              authorization_code (code_verifier checked against the challenge)
                           and refresh_token grants; `invalid_grant` for bad or revoked ones
- POST /revoke             revokes a refresh or access token
- GET  /gmail/v1/users/me/profile | messages (q: newer_than / after, maxResults, pageToken)
       | messages/{id}?format=raw | history (startHistoryId; 404 when expired)
- POST /batch/gmail/v1     Google's batch endpoint: a multipart/mixed body of application/http
                           parts (each an inner GET, at most 100), answered with a
                           multipart/mixed body whose parts carry each inner response with its
                           Content-ID echoed as <response-...>. Every part is authorized,
                           failed and counted on its own, as Google does; outer headers other
                           than Content-* apply to a part unless the part sets them.

Mail is served from an mbox fixture or generated messages. Gmail's search terms other than
`newer_than:` and `after:` are recorded (`queries`) but not evaluated.

Switchable failures: `fail_next(status, count, path_contains=...)` (429/500 answers; a batch
part is matched by its own path, the whole batch by "/batch/"), `drop_gets_after(n)`
(connections dropped without an answer after n message fetches, direct or in a batch: a batch
that reaches the limit is dropped whole), `delete_message(id)` (a 404 from then on),
`omit_from_next_batch(n)` (a batch answer missing parts), `expire_history()`,
`expire_access_tokens()`, `revoke_all()`, `deny_consent`. `latency_s`
delays every HTTP request (not every batch part), like a network round trip.

`requests` lists the HTTP requests on the wire; `batch_parts` the inner requests of batches.
"""

from __future__ import annotations

import base64
import contextlib
import email.parser
import email.policy
import hashlib
import json
import re
import secrets
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email import message_from_bytes
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlparse

CLIENT_ID = "standin-client-123.apps.googleusercontent.com"
CLIENT_SECRET = "standin-secret-XYZ987"
SCOPE = "https://www.googleapis.com/auth/gmail.readonly"
EMAIL = "applicant@example.com"


@dataclass
class FakeMessage:
    id: str
    thread_id: str
    raw: bytes
    internal_ms: int
    labels: list[str] = field(default_factory=lambda: ["INBOX"])


@dataclass
class _Failure:
    status: int
    count: int
    path_contains: str
    retry_after: str | None


BATCH_PATH = "/batch/gmail/v1"
MAX_BATCH_PARTS = 100  # Google refuses larger batches


class FakeGoogle:
    def __init__(self, latency_s: float = 0.0) -> None:
        self.latency_s = latency_s  # slept at the start of every HTTP request
        self.lock = threading.RLock()
        self.messages: dict[str, FakeMessage] = {}
        self.history: list[tuple[int, str]] = []  # (history id, message id added)
        self.history_id = 1000
        self.history_floor = 0
        self._next_message = 0
        self._thread_roots: dict[str, str] = {}
        self.codes: dict[str, dict[str, str]] = {}
        self.refresh_tokens: dict[str, bool] = {}  # token -> active
        self.access_tokens: dict[str, tuple[str, float]] = {}  # token -> (refresh, expiry)
        self.revoked: list[str] = []
        self.issued: list[str] = []  # every refresh and access token handed out
        self.queries: list[str] = []
        self.requests: list[tuple[str, str]] = []  # (method, path) of each HTTP request
        self.batch_parts: list[tuple[str, str]] = []  # (method, path) of each batch part
        self.batch_sizes: list[int] = []
        self.gets_served = 0
        self.failures: list[_Failure] = []
        self.drop_after: int | None = None
        self.dropped = 0
        self.omit_parts = 0  # parts the next batch answer leaves out (a malformed answer)
        self.deny_consent = False
        self.server: ThreadingHTTPServer | None = None
        self.thread: threading.Thread | None = None

    # ------------------------------------------------------------ lifecycle

    def start(self) -> FakeGoogle:
        handler = type("Handler", (_Handler,), {"google": self})
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True,
                                       name="fake-google")
        self.thread.start()
        return self

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()

    @property
    def base_url(self) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.server_port}"

    def client_config(self) -> dict[str, Any]:
        """A client-secret JSON as Google Cloud's "Download JSON" gives it."""
        return {"installed": {
            "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET,
            "project_id": "standin", "auth_uri": f"{self.base_url}/o/oauth2/auth",
            "token_uri": f"{self.base_url}/token",
            "auth_provider_x509_cert_url": f"{self.base_url}/certs",
            "redirect_uris": ["http://localhost"],
        }}

    # ------------------------------------------------------------ mail

    def add_message(self, raw: bytes, *, received: datetime | None = None,
                    labels: list[str] | None = None) -> str:
        with self.lock:
            self._next_message += 1
            message_id = f"{0x18c0000000 + self._next_message:x}"
            received = received or datetime.now(timezone.utc)
            if received.tzinfo is None:
                received = received.replace(tzinfo=timezone.utc)
            thread_id = self._thread_for(raw, message_id)
            self.messages[message_id] = FakeMessage(
                message_id, thread_id, raw, int(received.timestamp() * 1000),
                list(labels or ["INBOX"]))
            self.history_id += 1
            self.history.append((self.history_id, message_id))
            return message_id

    def _thread_for(self, raw: bytes, message_id: str) -> str:
        try:
            msg = message_from_bytes(raw)
            refs = (str(msg.get("References", "")) + " " + str(msg.get("In-Reply-To", ""))).split()
            own = str(msg.get("Message-ID", "")).strip()
        except Exception:
            refs, own = [], ""
        root = refs[0] if refs else own
        if root and root in self._thread_roots:
            return self._thread_roots[root]
        if root:
            self._thread_roots[root] = message_id
        if own:
            self._thread_roots.setdefault(own, self._thread_roots.get(root, message_id))
        return message_id

    def load_mbox(self, path: Path, *, newest: datetime | None = None,
                  spacing: timedelta = timedelta(hours=7)) -> list[str]:
        """Serve every message of an mbox, the first one newest, `spacing` apart."""
        from jobops_desktop.mail.files import iter_mbox

        newest = newest or datetime.now(timezone.utc) - timedelta(minutes=5)
        ids = []
        for index, mail in enumerate(iter_mbox(Path(path))):
            ids.append(self.add_message(mail.raw, received=newest - index * spacing))
        return ids

    def ids_in_window(self, days: int, limit: int) -> list[str]:
        """What a clean windowed sync should store: newest first, capped."""
        cutoff = (time.time() - days * 86400) * 1000
        found = sorted((m for m in self.messages.values()
                        if m.internal_ms > cutoff and "SPAM" not in m.labels),
                       key=lambda m: (-m.internal_ms, m.id))
        return [m.id for m in found[:limit]]

    # ------------------------------------------------------------ failure switches

    def fail_next(self, status: int, count: int = 1, *, path_contains: str = "/gmail/",
                  retry_after: str | None = None) -> None:
        with self.lock:
            self.failures.append(_Failure(status, count, path_contains, retry_after))

    def drop_gets_after(self, served: int | None) -> None:
        """After `served` more message fetches, drop every fetch's connection (None: stop)."""
        with self.lock:
            self.drop_after = None if served is None else self.gets_served + served

    def omit_from_next_batch(self, parts: int = 1) -> None:
        """The next batch answer leaves out its last `parts` parts (a malformed answer)."""
        with self.lock:
            self.omit_parts = parts

    def expire_history(self) -> None:
        with self.lock:
            # Every history id handed out so far answers 404; the next profile's id is valid.
            self.history_id += 1
            self.history_floor = self.history_id

    def expire_access_tokens(self) -> None:
        """Access tokens run out (refresh tokens still work): the next call answers 401."""
        with self.lock:
            self.access_tokens.clear()

    def revoke_all(self) -> None:
        with self.lock:
            for token in self.refresh_tokens:
                self.refresh_tokens[token] = False
            self.access_tokens.clear()

    def delete_message(self, message_id: str) -> None:
        """The person deleted it: fetching it answers 404 from now on."""
        with self.lock:
            self.messages.pop(message_id, None)

    def count(self, method: str, path_prefix: str) -> int:
        """HTTP requests on the wire with this method and path prefix."""
        return sum(1 for m, p in self.requests if m == method and p.startswith(path_prefix))

    def count_parts(self, method: str, path_prefix: str) -> int:
        """Inner requests of batches with this method and path prefix."""
        return sum(1 for m, p in self.batch_parts if m == method and p.startswith(path_prefix))

    def gmail_get(self, path: str, query: dict[str, str],
                  authorization: str) -> tuple[int, dict[str, Any], dict[str, str]] | None:
        """One Gmail GET, direct or as a batch part: (status, body, headers), None to drop."""
        if not self.authorized(authorization):
            return (401, _gerror(401, "Invalid Credentials", "authError"),
                    {"www-authenticate": 'Bearer realm="standin"'})
        failure = self.take_failure(path)
        if failure is not None:
            extra = {"retry-after": failure.retry_after} if failure.retry_after else {}
            reason = "rateLimitExceeded" if failure.status == 429 else "backendError"
            return failure.status, _gerror(failure.status, "Try again", reason), extra
        if self.should_drop(path):
            return None
        status, payload = self.gmail(path, query)
        return status, payload, {}

    # ------------------------------------------------------------ OAuth logic

    def authorize(self, query: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        redirect = query.get("redirect_uri", "")
        host = urlparse(redirect).hostname
        problems = []
        if query.get("client_id") != CLIENT_ID:
            problems.append("unknown client_id")
        if query.get("response_type") != "code":
            problems.append("response_type must be code")
        if host not in ("127.0.0.1", "localhost") or urlparse(redirect).scheme != "http":
            problems.append("redirect_uri must be a loopback address")
        if query.get("scope") != SCOPE:
            problems.append(f"scope must be exactly {SCOPE}")
        if not query.get("state"):
            problems.append("state missing")
        if query.get("code_challenge_method") != "S256" or not query.get("code_challenge"):
            problems.append("PKCE S256 challenge missing")
        if problems:
            return 400, {"content-type": "text/plain"}, "; ".join(problems).encode()
        if self.deny_consent:
            target = f"{redirect}?{urlencode({'error': 'access_denied', 'state': query['state']})}"
            return 302, {"location": target}, b""
        code = "4/standin-" + secrets.token_urlsafe(16)
        with self.lock:
            self.codes[code] = {"redirect_uri": redirect,
                                "challenge": query["code_challenge"]}
        target = f"{redirect}?{urlencode({'state': query['state'], 'code': code, 'scope': SCOPE})}"
        return 302, {"location": target}, b""

    def token(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        if form.get("client_id") != CLIENT_ID or form.get("client_secret") != CLIENT_SECRET:
            return 401, {"error": "invalid_client", "error_description": "Unauthorized"}
        grant = form.get("grant_type")
        with self.lock:
            if grant == "authorization_code":
                entry = self.codes.pop(form.get("code", ""), None)
                verifier = form.get("code_verifier", "")
                expected = (base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
                            .rstrip(b"=").decode()) if verifier else None
                if entry is None or entry["redirect_uri"] != form.get("redirect_uri") or \
                        expected != entry["challenge"]:
                    return 400, {"error": "invalid_grant", "error_description": "Bad Request"}
                refresh = "1//standin-refresh-" + secrets.token_urlsafe(24)
                self.refresh_tokens[refresh] = True
                self.issued.append(refresh)
                access = self._issue_access(refresh)
                return 200, {"access_token": access, "expires_in": 3599,
                             "refresh_token": refresh, "scope": SCOPE, "token_type": "Bearer"}
            if grant == "refresh_token":
                refresh = form.get("refresh_token", "")
                if not self.refresh_tokens.get(refresh):
                    return 400, {"error": "invalid_grant",
                                 "error_description": "Token has been expired or revoked."}
                return 200, {"access_token": self._issue_access(refresh), "expires_in": 3599,
                             "scope": SCOPE, "token_type": "Bearer"}
        return 400, {"error": "unsupported_grant_type"}

    def _issue_access(self, refresh: str) -> str:
        access = "ya29.standin-" + secrets.token_urlsafe(24)
        self.issued.append(access)
        self.access_tokens[access] = (refresh, time.time() + 3599)
        return access

    def revoke(self, token: str) -> tuple[int, dict[str, Any]]:
        with self.lock:
            if self.refresh_tokens.get(token):
                self.refresh_tokens[token] = False
                for access, (refresh, _) in list(self.access_tokens.items()):
                    if refresh == token:
                        del self.access_tokens[access]
                self.revoked.append(token)
                return 200, {}
            if token in self.access_tokens:
                del self.access_tokens[token]
                self.revoked.append(token)
                return 200, {}
        return 400, {"error": "invalid_token", "error_description": "Token expired or revoked"}

    def authorized(self, header: str) -> bool:
        if not header.startswith("Bearer "):
            return False
        entry = self.access_tokens.get(header[7:])
        return entry is not None and entry[1] > time.time() and \
            self.refresh_tokens.get(entry[0], False)

    # ------------------------------------------------------------ Gmail logic

    def gmail(self, path: str, query: dict[str, str]) -> tuple[int, dict[str, Any]]:
        prefix = "/gmail/v1/users/me/"
        if not path.startswith(prefix):
            return 404, _gerror(404, "Not Found")
        rest = path[len(prefix):]
        with self.lock:
            if rest == "profile":
                return 200, {"emailAddress": EMAIL, "messagesTotal": len(self.messages),
                             "threadsTotal": len({m.thread_id for m in self.messages.values()}),
                             "historyId": str(self.history_id)}
            if rest == "messages":
                return 200, self._list(query)
            if rest.startswith("messages/"):
                message = self.messages.get(rest[len("messages/"):])
                if message is None:
                    return 404, _gerror(404, "Requested entity was not found.")
                fmt = query.get("format", "full")
                body: dict[str, Any] = {
                    "id": message.id, "threadId": message.thread_id,
                    "labelIds": message.labels, "historyId": str(self.history_id),
                    "internalDate": str(message.internal_ms), "sizeEstimate": len(message.raw),
                    "snippet": ""}
                if fmt == "raw":
                    body["raw"] = base64.urlsafe_b64encode(message.raw).decode()
                elif fmt != "minimal":
                    return 400, _gerror(400, "Only format=raw and minimal are served here.")
                return 200, body
            if rest == "history":
                return self._history(query)
        return 404, _gerror(404, "Not Found")

    def _list(self, query: dict[str, str]) -> dict[str, Any]:
        q = query.get("q", "")
        self.queries.append(q)
        cutoff_ms = 0.0
        days = re.search(r"newer_than:(\d+)([dmy])", q)
        if days:
            unit = {"d": 1, "m": 30, "y": 365}[days.group(2)]
            cutoff_ms = max(cutoff_ms, (time.time() - int(days.group(1)) * unit * 86400) * 1000)
        after = re.search(r"after:(\d+)(?:/(\d+)/(\d+))?", q)
        if after:
            if after.group(2):
                stamp = datetime(int(after.group(1)), int(after.group(2)), int(after.group(3)),
                                 tzinfo=timezone.utc).timestamp()
            else:
                stamp = int(after.group(1))
            cutoff_ms = max(cutoff_ms, stamp * 1000)
        include_spam = query.get("includeSpamTrash", "false") == "true"
        found = sorted((m for m in self.messages.values() if m.internal_ms > cutoff_ms
                        and (include_spam or not {"SPAM", "TRASH"} & set(m.labels))),
                       key=lambda m: (-m.internal_ms, m.id))
        size = min(int(query.get("maxResults", 100)), 500)
        start = int(query.get("pageToken") or 0)
        page = found[start:start + size]
        body: dict[str, Any] = {"resultSizeEstimate": len(found)}
        if page:
            body["messages"] = [{"id": m.id, "threadId": m.thread_id} for m in page]
        if start + size < len(found):
            body["nextPageToken"] = str(start + size)
        return body

    def _history(self, query: dict[str, str]) -> tuple[int, dict[str, Any]]:
        try:
            start = int(query.get("startHistoryId", ""))
        except ValueError:
            return 400, _gerror(400, "Invalid startHistoryId")
        if start < self.history_floor:
            return 404, _gerror(404, "Requested entity was not found.")
        records = [(h, mid) for h, mid in self.history if h > start]
        size = min(int(query.get("maxResults", 100)), 500)
        offset = int(query.get("pageToken") or 0)
        page = records[offset:offset + size]
        body: dict[str, Any] = {"historyId": str(self.history_id)}
        if page:
            body["history"] = [{
                "id": str(h), "messages": [{"id": mid, "threadId": self.messages[mid].thread_id}],
                "messagesAdded": [{"message": {"id": mid,
                                               "threadId": self.messages[mid].thread_id,
                                               "labelIds": self.messages[mid].labels}}]}
                for h, mid in page]
        if offset + size < len(records):
            body["nextPageToken"] = str(offset + size)
        return 200, body

    def take_failure(self, path: str) -> _Failure | None:
        with self.lock:
            for failure in self.failures:
                if failure.count > 0 and failure.path_contains in path:
                    failure.count -= 1
                    return failure
        return None

    def should_drop(self, path: str) -> bool:
        with self.lock:
            if not re.match(r"^/gmail/v1/users/me/messages/[^/]+$", path):
                return False
            if self.drop_after is not None and self.gets_served >= self.drop_after:
                self.dropped += 1
                return True
            self.gets_served += 1
            return False


def _gerror(code: int, message: str, reason: str = "") -> dict[str, Any]:
    status = {400: "INVALID_ARGUMENT", 401: "UNAUTHENTICATED", 403: "PERMISSION_DENIED",
              404: "NOT_FOUND", 429: "RESOURCE_EXHAUSTED", 500: "INTERNAL",
              503: "UNAVAILABLE"}.get(code, "UNKNOWN")
    return {"error": {"code": code, "message": message, "status": status,
                      "errors": [{"message": message, "domain": "global",
                                  "reason": reason or status.lower()}]}}


class _Handler(BaseHTTPRequestHandler):
    google: FakeGoogle
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # else headers and body wait on delayed ACKs (~40 ms each)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # quiet: tests read logs for leaks, and the stand-in's are not the app's

    def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None,
              content_type: str = "application/json; charset=UTF-8") -> None:
        self.send_response(status)
        self.send_header("content-type", content_type)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _json(self, status: int, payload: dict[str, Any],
              headers: dict[str, str] | None = None) -> None:
        self._send(status, json.dumps(payload).encode(), headers)

    def _form(self) -> dict[str, str]:
        length = int(self.headers.get("content-length") or 0)
        raw = self.rfile.read(length).decode() if length else ""
        form = {k: v[0] for k, v in parse_qs(raw).items()}
        form.update({k: v[0] for k, v in parse_qs(urlparse(self.path).query).items()
                     if k not in form})
        return form

    def do_GET(self) -> None:
        url = urlparse(self.path)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        google = self.google
        google.requests.append(("GET", url.path))
        if google.latency_s:
            time.sleep(google.latency_s)
        if url.path == "/o/oauth2/auth":
            status, headers, body = google.authorize(query)
            self._send(status, body, headers, content_type="text/plain")
            return
        if url.path.startswith("/gmail/"):
            answer = google.gmail_get(url.path, query, self.headers.get("authorization", ""))
            if answer is None:
                self.close_connection = True  # no answer at all: the connection just ends
                return
            status, payload, headers = answer
            self._json(status, payload, headers)
            return
        self._json(404, _gerror(404, "Not Found"))

    def do_POST(self) -> None:
        url = urlparse(self.path)
        google = self.google
        google.requests.append(("POST", url.path))
        if google.latency_s:
            time.sleep(google.latency_s)
        if url.path == BATCH_PATH:
            self._batch(url.path)
            return
        form = self._form()
        if url.path == "/token":
            basic = self.headers.get("authorization", "")
            if basic.startswith("Basic "):  # client credentials may come as HTTP Basic auth
                from urllib.parse import unquote

                user, _, secret = base64.b64decode(basic[6:]).decode().partition(":")
                form.setdefault("client_id", unquote(user))
                form.setdefault("client_secret", unquote(secret))
            status, payload = google.token(form)
            self._json(status, payload)
        elif url.path == "/revoke":
            status, payload = google.revoke(form.get("token", ""))
            self._json(status, payload)
        else:
            self._json(404, _gerror(404, "Not Found"))

    # ------------------------------------------------------------ batch

    def _batch(self, path: str) -> None:
        """Google's batch endpoint: parse the multipart request, answer every part."""
        google = self.google
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length) if length else b""
        content_type = self.headers.get("content-type", "")
        failure = google.take_failure(path)  # the batch as a whole (path_contains="/batch/")
        if failure is not None:
            extra = {"retry-after": failure.retry_after} if failure.retry_after else None
            self._json(failure.status, _gerror(failure.status, "Try again", "backendError"),
                       extra)
            return
        if not content_type.lower().startswith("multipart/mixed") or "boundary=" not in \
                content_type:
            self._json(400, _gerror(400, "Batch requests must be multipart/mixed."))
            return
        outer = email.parser.BytesParser(policy=email.policy.compat32).parsebytes(
            b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body)
        parts = outer.get_payload() if outer.is_multipart() else []
        if not parts:
            self._json(400, _gerror(400, "The batch has no parts."))
            return
        if len(parts) > MAX_BATCH_PARTS:
            self._json(400, _gerror(400, f"A batch may hold at most {MAX_BATCH_PARTS} calls."))
            return
        # Outer headers other than Content-* apply to every part that does not set them.
        inherited = {name.lower(): value for name, value in self.headers.items()
                     if not name.lower().startswith("content-")}
        answers: list[bytes] = []
        for part in parts:
            if part.get_content_type() != "application/http":
                self._json(400, _gerror(400, "Each batch part must be application/http."))
                return
            answer = self._batch_part(part.get_payload(), inherited)
            if answer is None:  # a dropped connection loses the whole batch
                self.close_connection = True
                return
            content_id = str(part.get("Content-ID", "")).strip()
            head = "Content-Type: application/http\r\n"
            if content_id:
                inner_id = content_id[1:-1] if content_id.startswith("<") else content_id
                head += f"Content-ID: <response-{inner_id}>\r\n"
            answers.append(head.encode() + b"\r\n" + answer)
        google.batch_sizes.append(len(parts))
        with google.lock:
            omit, google.omit_parts = google.omit_parts, 0
        if omit:
            answers = answers[:-omit]
        boundary = "batch_" + secrets.token_hex(12)
        payload = b"".join(b"--" + boundary.encode() + b"\r\n" + answer + b"\r\n"
                           for answer in answers) + b"--" + boundary.encode() + b"--\r\n"
        self._send(200, payload, content_type=f"multipart/mixed; boundary={boundary}")

    def _batch_part(self, inner: str, inherited: dict[str, str]) -> bytes | None:
        """One inner request of a batch, answered as application/http (None: drop)."""
        google = self.google
        request_line, _, rest = inner.lstrip("\r\n").partition("\n")
        pieces = request_line.strip().split(" ")
        headers = dict(inherited)
        parsed = email.parser.Parser(policy=email.policy.compat32).parsestr(rest,
                                                                            headersonly=True)
        headers.update({name.lower(): value for name, value in parsed.items()})
        if len(pieces) != 3:
            status, payload, extra = 400, _gerror(400, "Malformed request line."), {}
        else:
            method, target, _version = pieces
            url = urlparse(target)
            google.batch_parts.append((method, url.path))
            query = {k: v[0] for k, v in parse_qs(url.query).items()}
            if method != "GET" or not url.path.startswith("/gmail/"):
                status, payload, extra = 400, _gerror(400, "Only Gmail GETs are served in a "
                                                           "batch here."), {}
            else:
                answer = google.gmail_get(url.path, query, headers.get("authorization", ""))
                if answer is None:
                    return None
                status, payload, extra = answer
        content = json.dumps(payload).encode()
        lines = [f"HTTP/1.1 {status} {HTTPStatus(status).phrase}",
                 "Content-Type: application/json; charset=UTF-8",
                 *(f"{name}: {value}" for name, value in extra.items()),
                 f"Content-Length: {len(content)}"]
        return ("\r\n".join(lines) + "\r\n\r\n").encode() + content


def follow_in_browser(url: str) -> threading.Thread:
    """The test "browser": follows the consent redirect to the app's loopback server."""
    import urllib.request

    def visit() -> None:
        with contextlib.suppress(Exception):
            urllib.request.urlopen(url, timeout=20).read()

    thread = threading.Thread(target=visit, daemon=True, name="test-browser")
    thread.start()
    return thread


def write_client_secret(google: FakeGoogle, folder: Path) -> Path:
    """The stand-in's client-secret JSON, saved as a user would save Google's download."""
    path = Path(folder) / "client_secret_standin.json"
    path.write_text(json.dumps(google.client_config()), encoding="utf-8")
    return path


def connect(google: FakeGoogle, folder: Path, account_key: str = "default"):
    """Connect an account through the real browser flow against the stand-in."""
    from jobops_desktop.services import accounts

    accounts.set_client_secret_file(str(write_client_secret(google, folder)))
    return accounts.connect_gmail(account_key, open_browser=follow_in_browser, timeout_s=20)
