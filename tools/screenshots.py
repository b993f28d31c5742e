"""Grab a PNG of each page with realistic data: python tools/screenshots.py [OUT_DIR]

Runs offscreen on a temporary data folder with ten jobs spread across the stages (some closed
with outcomes, events with notes), then saves screenshots/<page>.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from jobops_desktop.services import tracking
from jobops_desktop.store import Job, database_path, open_database
from jobops_desktop.timeutil import utcnow
from jobops_desktop.ui.app import build_main_window, create_application

# (company, title, location, days since applied, [(stage, days after applied, note)], outcome)
SAMPLE_JOBS = [
    ("Northwind Labs", "Senior Backend Engineer", "Remote (EU)", 24,
     [("recruiter_screen", 4, "30 min call with Priya; team of 6, Go and Postgres."),
      ("assessment", 8, "Take-home: rate limiter service, 4 hours."),
      ("technical_interview", 15, "System design with the platform lead."),
      ("onsite", 21, "Final round: 3 interviews + values chat.")], None),
    ("Brightline Health", "Staff Software Engineer, Data", "Boston, MA", 18,
     [("recruiter_screen", 3, "Recruiter: Dana. Salary band shared."),
      ("hiring_manager_screen", 9, "Met the HM, team match looks good.")], None),
    ("Kestrel Robotics", "Platform Engineer", "Munich", 12,
     [("recruiter_screen", 5, "Intro call, relocation support offered.")], None),
    ("Aurora Payments", "Backend Engineer (Payments)", "London · Hybrid", 30,
     [("recruiter_screen", 4, ""), ("technical_interview", 12, "Pairing on an API design."),
      ("onsite", 20, ""), ("offer", 27, "Offer received; negotiating start date.")], None),
    ("Fable & Co", "Software Engineer II", "Remote (US)", 6, [], None),
    ("Tidewater Analytics", "Senior Data Engineer", "Amsterdam", 9,
     [("assessment", 6, "Online assessment: SQL + Python, 90 minutes.")], None),
    ("Quillstack", "Full-Stack Engineer", "Remote", 3, [], None),
    ("Meridian Cloud", "Site Reliability Engineer", "Dublin", 35,
     [("recruiter_screen", 6, ""), ("technical_interview", 14, "")], "rejected"),
    ("Halcyon Games", "Gameplay Programmer", "Montréal", 40,
     [("recruiter_screen", 7, "")], "withdrawn"),
    ("Pinecrest Bank", "Java Developer", "Toronto", 45, [], "ghosted"),
]


def seed_jobs() -> int:
    now = utcnow()
    first_id = 0
    for company, title, location, age, steps, outcome in SAMPLE_JOBS:
        applied = now - timedelta(days=age, hours=3)
        job = tracking.create_job(tracking.JobInput(
            company=company, title=title, location=location,
            url=f"https://careers.example.com/{company.split()[0].lower()}",
            applied_at=applied, notes="Referred by a former colleague." if age > 20 else ""))
        first_id = first_id or job.id
        last = applied
        for stage, after, note in steps:
            last = applied + timedelta(days=after)
            tracking.record_event(job.id, stage, occurred_at=last, note=note)
        if company == "Northwind Labs":
            tracking.record_event(job.id, None, event_type="interview_log",
                                  occurred_at=last + timedelta(hours=2),
                                  event_label="Final round debrief",
                                  note="Went well; asked about on-call. Decision next week.")
        if outcome:
            last = last + timedelta(days=5)
            tracking.close_job(job.id, outcome, occurred_at=last,
                               note="Position filled internally." if outcome == "rejected"
                               else "")
        # As if tracked over weeks: "last update" is the latest event, not this script's run.
        Job.update(updated_at=min(last, now)).where(Job.id == job.id).execute()
    return first_id


def settle(ms: int) -> None:
    """Process events for `ms` while letting the worker threads run (they need the GIL)."""
    deadline = time.monotonic() + ms / 1000
    app = QApplication.instance()
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)


def main(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="jobops-shots-"))
    open_database(database_path(work))
    app = create_application()
    settings = QSettings(str(work / "ui.ini"), QSettings.Format.IniFormat)
    window = build_main_window(settings=settings)
    window.resize(1360, 820)
    window.show()
    settle(300)
    window.grab().save(str(out_dir / "first-run.png"))

    first_id = seed_jobs()
    window.events.jobs_changed.emit()
    settle(600)
    for key in ("jobs", "board"):  # the mail pages have their own screenshots
        window.show_page(key)
        settle(400)
        window.grab().save(str(out_dir / f"{key}.png"))
    window.show_job(first_id)
    settle(600)
    window.grab().save(str(out_dir / "job-timeline.png"))
    window.job_page.tabs.setCurrentIndex(1)
    settle(200)
    window.grab().save(str(out_dir / "job-details.png"))
    from screenshots_sync import capture_sync_pages  # accounts, sync runs, settings

    capture_sync_pages(window, out_dir, work)
    window.close()
    app.processEvents()
    from screenshots_inbox import capture_inbox_pages  # inbox and Emails tab, sample data

    capture_inbox_pages(out_dir)
    print(f"screenshots in {out_dir}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else
         Path(__file__).resolve().parent.parent / "screenshots")
