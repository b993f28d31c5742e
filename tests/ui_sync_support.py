"""Shared set-up for the sync-UI tests and the GUI stall benchmark: the stand-in Google with
generated recruiter mail, a file keyring in a temporary folder, the window with its shell,
and a heartbeat that measures the longest gap in the GUI event loop."""

from __future__ import annotations

import json
import time
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

from fake_google import FakeGoogle, follow_in_browser
from PySide6.QtCore import QObject, QTimer

COMPANIES = ("Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark Industries")
SUBJECTS = (
    "Thank you for your application to {company}",
    "{company}: let's schedule a call",
    "Your online assessment for {company}",
    "Interview invitation: Backend Engineer at {company}",
    "Update on your application to {company}",
)


def recruiter_mail(index: int, received: datetime,
                   companies: tuple[str, ...] = COMPANIES) -> bytes:
    company = companies[index % len(companies)]
    subject = SUBJECTS[index % len(SUBJECTS)].format(company=company)
    domain = company.lower().replace(" ", "") + ".example"
    body = (f"Hi,\n\nThanks for your interest in the Backend Engineer role at {company}. "
            f"We will be in touch about next steps (reference {index}).\n\n"
            f"Best,\n{company} Recruiting\n")
    return (f"From: {company} Recruiting <jobs@{domain}>\r\n"
            "To: applicant@example.com\r\n"
            f"Subject: {subject}\r\n"
            f"Message-ID: <msg-{index}@{domain}>\r\n"
            f"Date: {format_datetime(received)}\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n"
            f"{body}").encode()


def add_recruiter_mail(google: FakeGoogle, count: int, start: int = 0,
                       companies: tuple[str, ...] = COMPANIES) -> list[str]:
    now = datetime.now(timezone.utc)
    return [google.add_message(recruiter_mail(i, now - timedelta(minutes=5 + i), companies),
                               received=now - timedelta(minutes=5 + i))
            for i in range(start, start + count)]


def use_client_file(google: FakeGoogle, folder: Path) -> Path:
    """Save the stand-in's client-secret JSON and choose it as in Settings > Accounts."""
    from jobops_desktop.services import settings

    path = folder / "client_secret_standin.json"
    path.write_text(json.dumps(google.client_config()), encoding="utf-8")
    settings.set("oauth.client_secret_file", str(path))
    return path


def open_in_test_browser(url: str) -> bool:
    follow_in_browser(url)
    return True


class Heartbeat(QObject):
    """A fast QTimer on the GUI thread; the longest gap between ticks is the worst stall."""

    def __init__(self, interval_ms: int = 5) -> None:
        super().__init__()
        self.interval_s = interval_ms / 1000
        self.max_gap_s = 0.0
        self.ticks = 0
        self._last = 0.0
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.max_gap_s, self.ticks = 0.0, 0
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.max_gap_s = max(self.max_gap_s, now - self._last)
        self._last = now
        self.ticks += 1

    @property
    def max_stall_ms(self) -> float:
        """The longest gap beyond the timer's own interval."""
        return max(0.0, (self.max_gap_s - self.interval_s) * 1000)


def write_mbox(path: Path, count: int) -> Path:
    """An mbox file (as Google Takeout writes one) with `count` recruiter messages."""
    now = datetime.now(timezone.utc)
    chunks = []
    for index in range(count):
        raw = recruiter_mail(index, now - timedelta(hours=index + 1)).decode()
        raw = raw.replace("\r\n", "\n")
        chunks.append(f"From jobs@example.com Mon Jan  1 00:00:00 2024\n{raw}\n")
    path.write_text("".join(chunks), encoding="utf-8")
    return path
