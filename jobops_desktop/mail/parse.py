"""RFC 822 parsing, done locally and defensively: every input gives a ParsedMessage.

Bytes come from Gmail (`format=raw`), an mbox file or an .eml file. The stdlib `email`
package splits the MIME structure (policy.compat32, for speed); this module decodes headers
(RFC 2047) and bodies (transfer encodings, charsets) itself. Each step that can trip over broken mail (headers,
charsets, MIME structure) has a fallback, so a bad message yields what could be read plus
a `parse_error` reason instead of an exception. Attachments are ignored (only counted).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime
from email import policy
from email.header import decode_header, make_header
from email.message import Message
from email.parser import BytesParser
from email.utils import getaddresses, parseaddr, parsedate_to_datetime
from typing import Any

from ..timeutil import to_utc_naive

BODY_CAP_CHARS = 100_000  # stored body_text
ROUTER_TEXT_CAP_CHARS = 20_000
HTML_INPUT_CAP_CHARS = 400_000  # html2text is slow on megabytes of markup
SNIPPET_CHARS = 200

# Headers kept for routing (no personal content beyond what identifies a sender or list).
ROUTING_HEADERS = ("List-Id", "List-Unsubscribe", "Precedence", "Auto-Submitted", "Reply-To",
                   "In-Reply-To", "X-Mailer", "Sender")


@dataclass
class ParsedMessage:
    rfc_message_id: str = ""
    thread_key: str = ""  # first Message-ID of the thread (References root), for files
    sender_name: str = ""
    sender_email: str = ""
    recipient: str = ""
    subject: str = ""
    received_at: datetime | None = None  # naive UTC
    snippet: str = ""
    body_text: str = ""
    router_text: str = ""
    headers: dict[str, Any] = field(default_factory=dict)
    parse_error: str = ""

    def fingerprint_id(self, raw: bytes) -> str:
        """A stable id for files: the Message-ID, or a sha256 of the bytes without one."""
        if self.rfc_message_id and len(self.rfc_message_id) <= 290:
            return self.rfc_message_id
        return "sha256:" + hashlib.sha256(raw).hexdigest()


# compat32 parsing is ~15x faster than policy.default (no header objects); headers and
# bodies are decoded here with explicit fallbacks instead.
_parser = BytesParser(policy=policy.compat32)
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def parse_message(raw: bytes, *, fallback_date: datetime | None = None) -> ParsedMessage:
    """Parse raw RFC 822 bytes. Never raises for bad mail; see `parse_error`."""
    result = ParsedMessage()
    problems: list[str] = []
    try:
        msg = _parser.parsebytes(raw)
    except Exception as exc:  # the stdlib parser is lenient; this is a last resort
        result.parse_error = f"unreadable message: {type(exc).__name__}"
        result.received_at = fallback_date
        return result

    result.rfc_message_id = _clean_id(_header(msg, "Message-ID"))
    references = _header(msg, "References").split() + _header(msg, "In-Reply-To").split()
    result.thread_key = _clean_id(references[0]) if references else result.rfc_message_id
    sender_name, sender_email = parseaddr(_header(msg, "From"))
    result.sender_name = _squash(sender_name)[:300]
    result.sender_email = sender_email.strip().lower()[:320]
    recipients = getaddresses([_header(msg, "To"), _header(msg, "Cc")])
    result.recipient = ", ".join(addr for _, addr in recipients if addr)[:2000]
    result.subject = _squash(_header(msg, "Subject"))[:2000]
    result.received_at = _parse_date(_header(msg, "Date")) or fallback_date

    headers: dict[str, Any] = {}
    for name in ROUTING_HEADERS:
        value = _header(msg, name)
        if value:
            headers[name] = value[:500]

    try:
        text, html, attachments, has_calendar = _collect_parts(msg, problems)
    except Exception as exc:  # deeply broken MIME: keep the headers, say why
        problems.append(f"MIME structure unreadable: {type(exc).__name__}")
        text, html, attachments, has_calendar = "", "", 0, False
    if attachments:
        headers["attachments"] = attachments
    if has_calendar:
        headers["calendar_invite"] = True
    result.headers = headers

    body = text
    if not body.strip() and html:
        body = html_to_text(html)
    if not body.strip() and msg.get_content_maintype() == "multipart" and \
            isinstance(msg.get_payload(), str):
        # multipart without a usable boundary: the payload is one string; read it as text
        body = "\n".join(line for line in msg.get_payload().split("\n")
                         if not line.startswith(("--", "Content-")))
        problems.append("broken MIME structure (multipart without a usable boundary)")
    body = _CONTROL_CHARS.sub("", _normalise_newlines(body))
    if len(body) > BODY_CAP_CHARS:
        body = body[:BODY_CAP_CHARS]
        headers["body_truncated"] = True
    result.body_text = body
    result.router_text = trim_for_router(body)[:ROUTER_TEXT_CAP_CHARS]
    result.snippet = make_snippet(result.router_text or body)
    for name in ("sender_name", "sender_email", "recipient", "subject", "body_text",
                 "router_text", "snippet", "rfc_message_id", "thread_key"):
        setattr(result, name, _storable(getattr(result, name)))
    if not any((result.sender_email, result.subject, result.rfc_message_id,
                _header(msg, "Date"))):
        result.parse_error = "not an email message: no From, Subject, Date or Message-ID header"
        result.body_text = result.router_text = result.snippet = ""
    elif problems and not body.strip():  # nothing readable came out of the body
        result.parse_error = "; ".join(problems)[:500]
    return result


# ---------------------------------------------------------------- headers

def _header(msg: Message, name: str) -> str:
    """A header as readable text: unfolded, RFC 2047 words decoded, raw 8-bit bytes guessed."""
    wanted = name.lower()
    for key, value in msg.raw_items():
        if key.lower() == wanted:
            return _decode_header_value(value) if isinstance(value, str) else str(value)
    return ""


def _decode_header_value(raw: str) -> str:
    raw = re.sub(r"\r?\n[ \t]+", " ", raw).strip()
    if any("\udc80" <= char <= "\udcff" for char in raw):  # undeclared 8-bit bytes
        data = raw.encode("ascii", "surrogateescape")
        try:
            raw = data.decode("utf-8")
        except UnicodeDecodeError:
            raw = data.decode("windows-1252", errors="replace")
    if "=?" not in raw:
        return raw
    try:
        return str(make_header(decode_header(raw)))
    except Exception:  # unknown charset or a broken encoded word: decode piece by piece
        pass
    try:
        pieces = decode_header(raw)
    except Exception:
        return raw
    out = []
    for text, charset in pieces:
        if isinstance(text, str):
            out.append(text)
            continue
        for candidate in (charset or "ascii", "utf-8", "windows-1252"):
            try:
                out.append(text.decode(candidate))
                break
            except (LookupError, UnicodeDecodeError):
                continue
        else:
            out.append(text.decode("latin-1"))
    return "".join(out)


def _clean_id(value: str) -> str:
    value = value.strip()
    match = re.search(r"<[^<>\s]+>", value)
    return match.group(0) if match else value.split()[0] if value.split() else ""


def _parse_date(value: str) -> datetime | None:
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed is None:
        return None
    try:
        if parsed.tzinfo is None:  # "-0000": UTC with unknown origin
            return parsed.replace(microsecond=0)
        return to_utc_naive(parsed).replace(microsecond=0)
    except (OverflowError, ValueError):
        return None


def _storable(text: str) -> str:
    """Text SQLite can store: no lone surrogates (left by undecodable 8-bit bytes)."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# ---------------------------------------------------------------- bodies

def _collect_parts(msg: Message, problems: list[str]) -> tuple[str, str, int, bool]:
    """First text/plain and first text/html that are not attachments; count attachments."""
    text = html = ""
    attachments = 0
    has_calendar = False
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        disposition = (part.get_content_disposition() or "").lower()
        if ctype == "text/calendar":
            has_calendar = True
            continue
        if disposition == "attachment" or (part.get_filename() and ctype not in
                                           ("text/plain", "text/html")):
            attachments += 1
            continue
        if ctype == "text/plain" and not text:
            text = _part_text(part, problems)
        elif ctype == "text/html" and not html:
            html = _part_text(part, problems)
        elif not ctype.startswith("text/") and part is not msg:
            attachments += 1
    # A single part with an odd content type (e.g. a broken header): try it as text.
    if not text and not html and not msg.is_multipart() and \
            msg.get_content_maintype() in ("text", "application") and \
            msg.get_content_type() != "application/octet-stream":
        text = _part_text(msg, problems)
    return text, html, attachments, has_calendar


def _part_text(part: Message, problems: list[str]) -> str:
    try:
        payload = part.get_payload(decode=True)
    except Exception as exc:
        problems.append(f"payload undecodable: {type(exc).__name__}")
        return ""
    if payload is None:
        raw = part.get_payload()
        return raw if isinstance(raw, str) else ""
    if not isinstance(payload, bytes):
        return str(payload)
    charset = part.get_content_charset() or "utf-8"
    for candidate in (charset, "utf-8", "windows-1252"):
        try:
            return payload.decode(candidate)
        except (LookupError, UnicodeDecodeError):
            continue
    return payload.decode("latin-1", errors="replace")


def html_to_text(html: str) -> str:
    import html2text

    converter = html2text.HTML2Text()
    converter.body_width = 0
    converter.ignore_images = True
    converter.ignore_links = True
    converter.ignore_emphasis = True
    converter.ignore_tables = False
    converter.unicode_snob = True
    try:
        text = converter.handle(html[:HTML_INPUT_CAP_CHARS])
    except Exception:
        text = re.sub(r"<[^>]+>", " ", html[:HTML_INPUT_CAP_CHARS])
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _normalise_newlines(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    return text.strip()


# Lines after which the rest is a quoted earlier message.
_QUOTE_HEADERS = (
    re.compile(r"^\s*On .{0,300}wrote:\s*$", re.IGNORECASE),
    re.compile(r"^\s*-{2,}\s*Original Message\s*-{2,}\s*$", re.IGNORECASE),
    re.compile(r"^\s*-{2,}\s*Forwarded message\s*-{2,}\s*$", re.IGNORECASE),
    re.compile(r"^\s*_{10,}\s*$"),  # Outlook's separator
    re.compile(r"^\s*Le .{0,200}a écrit\s*:\s*$", re.IGNORECASE),
    re.compile(r"^\s*Am .{0,200}schrieb .{0,100}:\s*$", re.IGNORECASE),
)
# "On Mon, 3 Jun 2024 at 10:00, Jane" with "wrote:" on the next line.
_ON_DATE_LINE = re.compile(r"^\s*On .{0,200}$")
# Outlook's block From:/Sent:/To:/Subject:
_OUTLOOK_FROM = re.compile(r"^\s*From:\s.+$")
_SIGNATURE_STARTS = (
    re.compile(r"^-- ?$"),
    re.compile(r"^\s*(Sent from my|Get Outlook for|Sent from Mail for)\b", re.IGNORECASE),
)


def trim_for_router(body: str) -> str:
    """The new part of a message: quoted replies and signatures cut off."""
    lines = body.split("\n")
    kept: list[str] = []
    for index, line in enumerate(lines):
        if line.lstrip().startswith(">"):
            continue
        if any(p.match(line) for p in _SIGNATURE_STARTS):
            break
        if _starts_quote(lines, index):
            break
        kept.append(line)
    text = "\n".join(kept).strip()
    return text if text else body.strip()


def _starts_quote(lines: list[str], index: int) -> bool:
    line = lines[index]
    if any(p.match(line) for p in _QUOTE_HEADERS):
        return True
    if _ON_DATE_LINE.match(line) and index + 1 < len(lines) and \
            lines[index + 1].strip().lower().endswith("wrote:"):
        return True
    if _OUTLOOK_FROM.match(line):  # then Sent:/Date: within 3 lines
        following = " ".join(lines[index + 1:index + 4]).lower()
        return "sent:" in following or "date:" in following
    return False


def make_snippet(text: str) -> str:
    flat = _squash(text)
    if len(flat) <= SNIPPET_CHARS:
        return flat
    cut = flat[:SNIPPET_CHARS]
    space = cut.rfind(" ")
    return (cut[:space] if space > SNIPPET_CHARS * 0.6 else cut).rstrip() + "…"
