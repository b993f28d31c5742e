"""Offline mail: an mbox file (Google Takeout) or .eml files, read as raw messages.

The mbox reader streams the file (Takeout archives are gigabytes) and keeps the `From `
separator line, whose date is the fallback when a message has no Date header.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path

from ..timeutil import to_utc_naive


@dataclass
class RawMail:
    raw: bytes
    source: str  # where it came from, for error messages: "file.mbox #12" or a file name
    envelope_date: datetime | None = None  # naive UTC, from the mbox From_ line


class MailFileError(Exception):
    """The path is not something we can import; the message says what to choose instead."""


def detect_kind(path: Path) -> str:
    """'eml' for a folder or an .eml file, 'mbox' for an mbox file."""
    if path.is_dir():
        return "eml"
    if not path.exists():
        raise MailFileError(f"{path} does not exist.")
    if path.suffix.lower() == ".eml":
        return "eml"
    try:
        with path.open("rb") as handle:
            head = handle.read(5)
    except OSError as exc:
        raise MailFileError(f"{path} cannot be read ({exc.strerror or exc}).") from None
    if head == b"From " or path.suffix.lower() in (".mbox", ".mbx"):
        return "mbox"
    return "eml"  # a single message without the .eml suffix


def default_account_key(path: Path, kind: str) -> str:
    if kind == "mbox":
        return f"mbox:{path.stem}"
    folder = path if path.is_dir() else path.parent
    return f"eml:{folder.resolve().name or 'files'}"


def count_messages(path: Path, kind: str) -> int:
    if kind == "eml":
        return len(_eml_files(path))
    count = 0
    with path.open("rb") as handle:
        for line in handle:
            if line.startswith(b"From "):
                count += 1
    return count


def iter_mail(path: Path, kind: str) -> Iterator[RawMail]:
    if kind == "mbox":
        yield from iter_mbox(path)
    else:
        for file in _eml_files(path):
            # The file's time stands in for a missing Date header.
            modified = datetime.fromtimestamp(file.stat().st_mtime, timezone.utc)
            yield RawMail(file.read_bytes(), file.name, modified.replace(tzinfo=None,
                                                                         microsecond=0))


def _eml_files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    return sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() == ".eml")


def iter_mbox(path: Path) -> Iterator[RawMail]:
    """Messages of an mbox file; `>From ` escapes (mboxrd/mboxo) undone one level."""
    lines: list[bytes] = []
    envelope: bytes | None = None
    number = 0

    def finish() -> RawMail:
        body = b"".join(lines)
        if body.endswith(b"\n\n"):  # the blank line before the next From_ is the separator
            body = body[:-1]
        return RawMail(body, f"{path.name} #{number}", _envelope_date(envelope))

    with path.open("rb") as handle:
        for line in handle:
            if line.startswith(b"From "):
                if envelope is not None:
                    yield finish()
                number += 1
                envelope, lines = line, []
                continue
            if envelope is None:
                continue  # junk before the first separator
            if line.startswith(b">") and line.lstrip(b">").startswith(b"From "):
                line = line[1:]
            lines.append(line)
        if envelope is not None:
            yield finish()


def _envelope_date(line: bytes | None) -> datetime | None:
    # "From sender@example.com Mon Jun  3 10:00:00 2024" or Takeout's "From 1234@xxx Mon ..."
    if not line:
        return None
    parts = line.decode("ascii", errors="replace").split(None, 2)
    if len(parts) < 3:
        return None
    try:
        parsed = datetime.strptime(" ".join(parts[2].split()), "%a %b %d %H:%M:%S %z %Y")
        return to_utc_naive(parsed)
    except ValueError:
        pass
    try:
        parsed = datetime.strptime(" ".join(parts[2].split()[:5]), "%a %b %d %H:%M:%S %Y")
        return parsed  # asctime in mbox separators is UTC by convention
    except ValueError:
        pass
    try:
        return to_utc_naive(parsedate_to_datetime(parts[2]))
    except (TypeError, ValueError, IndexError):
        return None
