"""Tracking Inbox with many messages: python benchmarks/bench_inbox.py [N]

On a temporary database with N tracked messages (default 10,000; 60% pending, the rest
auto-linked, manually linked or ignored; bodies of ~2 KB each) and 50 jobs, prints:
- the service calls the inbox page makes on the db lane (list_rows, counts, list_messages,
  a text search, one message for the reading pane), median of 5 runs;
- the GUI-thread time of handing the rows to the page's model and showing them
  (offscreen), and of scrolling to the bottom (fetchMore batches) and sorting by confidence.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from statistics import median
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from jobops_desktop.services import inbox, tracking
from jobops_desktop.store import (
    ProviderAccount,
    TrackedMessage,
    database_path,
    db,
    open_database,
)
from jobops_desktop.timeutil import utcnow

STATUSES = ["pending_user"] * 6 + ["auto_linked", "manual_linked", "ignored", "ignored"]
BUCKETS = {"pending_user": "pending_suggested", "auto_linked": "auto_linked",
           "manual_linked": "pending_suggested", "ignored": "ignored"}


def seed(count: int) -> None:
    now = utcnow()
    jobs = [tracking.create_job(tracking.JobInput(company=f"Company {i}", title=f"Role {i}"))
            for i in range(50)]
    accounts = [ProviderAccount.create(account_key=key, provider="gmail")
                for key in ("default", "work")]
    body = ("Thanks for applying. We would like to schedule a call with the team. " * 30)
    rows = []
    for i in range(count):
        status = STATUSES[i % len(STATUSES)]
        job = jobs[i % len(jobs)]
        linked = status in ("auto_linked", "manual_linked")
        rows.append({
            "account": accounts[i % 2].id, "provider_message_id": f"m{i}",
            "thread_id": f"t{i // 3}", "sender_name": f"Recruiter {i % 400}",
            "sender_email": f"r{i % 400}@company{i % 50}.com",
            "subject": f"Interview invitation {i} from Company {i % 50}",
            "received_at": now - timedelta(minutes=7 * i), "snippet": body[:200],
            "body_text": body, "processing_status": status, "relevant": status != "ignored",
            "routed": True, "bucket": BUCKETS[status], "confidence": (i * 37) % 101,
            "suggested_job": job.id, "suggested_stage": "technical_interview",
            "reason": "Company named in the subject; interview wording",
            "job": job.id if linked else None, "created_at": now,
            "decided_by": "system" if status == "auto_linked" else "",
        })
    with db.atomic():
        for start in range(0, count, 500):
            TrackedMessage.insert_many(rows[start:start + 500]).execute()


def timed(fn: Callable[[], Any], runs: int = 5) -> tuple[float, Any]:
    times = []
    result = None
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return median(times), result


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def gui_numbers(count: int) -> list[tuple[str, str]]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from jobops_desktop.ui.app import create_application
    from jobops_desktop.ui.events import AppEvents
    from jobops_desktop.ui.inbox_view import InboxPage, InboxTableModel, _load_page

    app = create_application()
    page = InboxPage(AppEvents())
    page.resize(1300, 800)
    result = _load_page(None, None, "")
    page.show()
    app.processEvents()
    fills = []
    for _ in range(5):
        page._generation += 1
        started = time.perf_counter()
        page._apply(page._generation, result)
        app.processEvents()
        fills.append(time.perf_counter() - started)
    assert page.model.loaded_count() == count
    started = time.perf_counter()
    page.table.scrollToBottom()
    app.processEvents()
    while page.model.canFetchMore():  # what scrolling down does, batch by batch
        page.model.fetchMore()
        page.table.scrollToBottom()
        app.processEvents()
    scroll = time.perf_counter() - started
    started = time.perf_counter()
    page.table.sortByColumn(InboxTableModel.CONFIDENCE, Qt.SortOrder.DescendingOrder)
    app.processEvents()
    sort = time.perf_counter() - started
    QApplication.processEvents()
    return [
        (f"GUI thread: hand {count:,} rows to the page and paint (median of 5)",
         ms(median(fills))),
        ("GUI thread: scroll to the last row (every fetchMore batch of 500)", ms(scroll)),
        (f"GUI thread: sort {count:,} rows by confidence", ms(sort)),
    ]


def main(count: int) -> None:
    work = Path(tempfile.mkdtemp(prefix="jobops-bench-inbox-"))
    open_database(database_path(work))
    started = time.perf_counter()
    seed(count)
    print(f"seeded {count:,} messages in {time.perf_counter() - started:.1f} s")

    numbers: list[tuple[str, str]] = []
    pending = inbox.counts()["pending_user"]
    t, rows = timed(lambda: inbox.list_rows("pending_user"))
    assert len(rows) == pending
    numbers.append((f"list_rows(pending) -> {pending:,} rows (db lane)", ms(t)))
    t, rows = timed(lambda: inbox.list_rows(None))
    numbers.append((f"list_rows(all) -> {len(rows):,} rows (db lane)", ms(t)))
    t, _ = timed(inbox.counts)
    numbers.append(("counts() per status", ms(t)))
    t, found = timed(lambda: inbox.list_messages("pending_user", limit=200))
    numbers.append(("list_messages(pending, limit=200), full rows", ms(t)))
    t, found = timed(lambda: inbox.list_rows(None, search="Recruiter 17"))
    numbers.append((f"text search 'Recruiter 17' -> {len(found)} rows", ms(t)))
    t, _ = timed(lambda: inbox.list_rows("pending_user", account_key="work"))
    numbers.append(("list_rows(pending, account 'work')", ms(t)))
    first = rows[0].id
    t, _ = timed(lambda: inbox.message_view(first))
    numbers.append(("message_view (reading pane)", ms(t)))
    numbers.extend(gui_numbers(count))

    width = max(len(label) for label, _ in numbers)
    for label, value in numbers:
        print(f"{label.ljust(width)}  {value}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
