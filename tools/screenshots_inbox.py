"""Screenshots of the Tracking Inbox and a job's Emails tab with the bundled sample data.

Loads the sample jobs and mailbox exactly as "Try with sample data" does (import through the
mail pipeline, routing with the bundled model: a few minutes on 2 cores), approves two
Northwind Labs suggestions so its Emails tab has mail linked both ways, then saves
inbox.png, inbox-orphan.png, inbox-new-job-dialog.png, inbox-all.png, job-emails.png and
job-timeline-emails.png.
Run alone: python tools/screenshots_inbox.py [OUT_DIR]; tools/screenshots.py calls it too.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def _wait(condition: Callable[[], bool], timeout_s: float = 900) -> None:
    app = QApplication.instance()
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("screenshot set-up took too long")
        app.processEvents()
        time.sleep(0.005)


def _settle(ms: int) -> None:
    deadline = time.monotonic() + ms / 1000
    _wait(lambda: time.monotonic() > deadline)


def _select(page, subject_start: str) -> bool:
    for number in range(page.proxy.rowCount()):
        row = page._row_for_proxy(page.proxy.index(number, 0))
        if row is not None and row.subject.startswith(subject_start):
            page.table.setCurrentIndex(page.proxy.index(number, 0))
            return True
    return False


def capture_inbox_pages(out_dir: Path) -> None:
    from jobops_desktop.services import inbox, sample_data
    from jobops_desktop.store import database_path, open_database
    from jobops_desktop.ui.app import build_main_window, create_application
    from jobops_desktop.ui.inbox_view import install_sample_data

    out_dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="jobops-shots-inbox-"))
    open_database(database_path(work))
    app = create_application()
    window = build_main_window(settings=QSettings(str(work / "ui.ini"),
                                                  QSettings.Format.IniFormat))
    window.resize(1360, 820)
    window.show()
    loader = install_sample_data(window)
    done: list[object] = []
    loader.finished.connect(done.append)
    started = time.monotonic()
    window.events.sample_data_requested.emit()
    _wait(lambda: bool(done))
    if isinstance(done[0], Exception):
        raise done[0]
    print(f"sample data loaded and routed in {time.monotonic() - started:.0f} s")

    page = window.inbox_page
    jobs = {job.company: job for job in sample_data.sample_jobs()}
    northwind = jobs["Northwind Labs"]
    for row in inbox.list_rows("pending_user"):
        if row.suggested_job_id == northwind.id and row.subject.startswith(
                ("Thank you for applying", "Northwind Labs - Senior")):
            target = inbox.default_stage_target(inbox.get_message(row.id), northwind.id)
            inbox.approve(row.id, northwind.id, target)
    window.events.messages_changed.emit()
    window.events.jobs_changed.emit()
    window.show_page("inbox")
    _settle(800)
    _select(page, "Tidepool Analytics - final round") or _select(page, "Offer -")
    _settle(500)
    window.grab().save(str(out_dir / "inbox.png"))
    if _select(page, "Thank you for applying to Figma"):
        _settle(500)
        window.grab().save(str(out_dir / "inbox-orphan.png"))
        from jobops_desktop.ui.inbox_view import CreateJobDialog

        row = page.current_row()
        company, title = inbox.guess_job(row.id)
        dialog = CreateJobDialog(company, title, row.suggested_stage, window)
        dialog.show()
        _settle(300)
        dialog.grab().save(str(out_dir / "inbox-new-job-dialog.png"))
        dialog.close()
    page.set_status_filter(None)
    _settle(800)
    window.grab().save(str(out_dir / "inbox-all.png"))

    window.show_job(northwind.id)
    _settle(500)
    window.job_page.tabs.setCurrentIndex(2)
    _settle(800)
    window.grab().save(str(out_dir / "job-emails.png"))
    window.job_page.tabs.setCurrentIndex(0)
    _settle(500)
    window.grab().save(str(out_dir / "job-timeline-emails.png"))
    window.close()
    app.processEvents()


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "screenshots"
    capture_inbox_pages(target)
    print(f"screenshots in {target}")
