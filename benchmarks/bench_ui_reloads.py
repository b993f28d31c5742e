"""How much reloading a big import causes in the window: python benchmarks/bench_ui_reloads.py

Opens the real main window (offscreen) with its shell on a temporary data folder with 40
jobs, opens one job (so the job detail page holds a job), then shows the Tracking Inbox and
imports an mbox of 1,000 messages from the UI controller (routing without the model: every
message goes to review). While the import runs and the views settle afterwards it counts:

- the tasks the views ran on the "db" lane (each one a view reloading), by function, with
  the time they kept the db lane busy;
- the SQL statements run on the db lane;
- the longest GUI stall (5 ms heartbeat, as in bench_ui_stall.py).

Then it ignores 20 messages one at a time in the Inbox, as a person reviewing would, and
counts the same. Then it switches once to every other page and counts the reloads that catch them up, and
times the runs page's two queries on the 1,000-message run (the status counts behind the
"N new messages need your review" notification, and the run's message rows).

Options: --messages N (default 1000).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

WORK = Path(tempfile.mkdtemp(prefix="jobops-bench-reloads-"))
os.environ["XDG_DATA_HOME"] = str(WORK / "xdg")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402
from ui_sync_support import Heartbeat, write_mbox  # noqa: E402

from jobops_desktop.services import inbox, settings, tracking  # noqa: E402
from jobops_desktop.store import database_path, db, open_database  # noqa: E402
from jobops_desktop.ui import worker  # noqa: E402
from jobops_desktop.ui.app import build_main_window, create_application  # noqa: E402
from jobops_desktop.ui.tray import install_tray  # noqa: E402

REVIEWED = 20


class Counters:
    """Tasks and SQL statements on the db lane (the lane every view loads on)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.tasks: Counter[str] = Counter()
        self.task_ms: defaultdict[str, float] = defaultdict(float)
        self.statements = 0

    def reset(self) -> None:
        with self.lock:
            self.tasks.clear()
            self.task_ms.clear()
            self.statements = 0

    def install(self) -> None:
        original_run = worker._Job.run
        counters = self

        def run(job: worker._Job) -> None:
            if not threading.current_thread().name.startswith("jobops-db"):
                original_run(job)
                return
            started = time.perf_counter()
            original_run(job)
            with counters.lock:
                counters.tasks[job.name] += 1
                counters.task_ms[job.name] += (time.perf_counter() - started) * 1000

        worker._Job.run = run  # type: ignore[method-assign]
        database = db.obj
        original_execute = database.execute_sql

        def execute_sql(sql, params=None, *args, **kwargs):
            if threading.current_thread().name.startswith("jobops-db"):
                with counters.lock:
                    counters.statements += 1
            return original_execute(sql, params, *args, **kwargs)

        database.execute_sql = execute_sql

    def report(self, title: str) -> None:
        with self.lock:
            total = sum(self.tasks.values())
            busy = sum(self.task_ms.values())
            print(f"{title}: {total} db-lane tasks, {self.statements} SQL statements, "
                  f"db lane busy {busy:.0f} ms")
            for name, count in self.tasks.most_common():
                print(f"    {count:3d} x {name} ({self.task_ms[name]:.0f} ms)")


def wait_for(condition, timeout_s: float) -> None:
    app = QApplication.instance()
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("benchmark step timed out")
        app.processEvents()
        time.sleep(0.002)


def settle(seconds: float = 1.0) -> None:
    until = time.monotonic() + seconds
    wait_for(lambda: time.monotonic() > until and worker.pending_count() == 0, 60)


def best_ms(fn, repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        best = min(best, (time.perf_counter() - started) * 1000)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1000)
    args = parser.parse_args()

    open_database(database_path(WORK / "data"))
    settings.set("router.model_path", str(WORK / "no-model.gguf"))
    companies = ("Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark Industries")
    job_ids = [tracking.create_job(tracking.JobInput(
        company=f"{companies[i % len(companies)]} {i}", title="Backend Engineer")).id
        for i in range(40)]
    mbox = write_mbox(WORK / "mail.mbox", args.messages)

    app = create_application()
    window = build_main_window()
    window.resize(1280, 800)
    shell = install_tray(app, window, tray_available=False)
    shell.scheduler.stop()
    window.show()
    window.show_job(job_ids[0])
    settle()
    window.show_page("inbox")
    settle()

    counters = Counters()
    counters.install()
    finished: list[object] = []
    shell.controller.batch_finished.connect(finished.append)
    heartbeat = Heartbeat(5)
    heartbeat.start()
    started = time.perf_counter()
    assert shell.controller.import_file(mbox)
    wait_for(lambda: bool(finished), timeout_s=3600)
    settle()
    heartbeat.stop()
    elapsed = time.perf_counter() - started
    outcome = finished[0].outcomes[0]
    print(f"messages imported: {outcome.discovered} (stored {inbox.counts()['all']}), "
          f"{outcome.new_pending} waiting for review; import + settle {elapsed:.1f} s; "
          f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    counters.report("during the import, Inbox visible")
    print(f"longest GUI stall: {heartbeat.max_stall_ms:.1f} ms")

    # A person then reviews: Ignore (the I key) on 20 messages, one after another.
    counters.reset()
    page = window.inbox_page
    heartbeat.start()
    for _ in range(REVIEWED):
        wait_for(lambda: page.current_row() is not None and not page._busy, 30)
        decided = page.current_row().id
        page.ignore_selected()
        wait_for(lambda: not page._busy and page.current_row() is not None
                 and page.current_row().id != decided, 30)  # noqa: B023 (waited on here)
    settle()
    heartbeat.stop()
    counters.report(f"reviewing {REVIEWED} messages in the Inbox (Ignore, one at a time)")
    print(f"longest GUI stall while reviewing: {heartbeat.max_stall_ms:.1f} ms")

    counters.reset()
    for key in ("jobs", "board", "runs", "job", "accounts", "inbox"):
        window.show_page(key)
        settle(0.3)
    counters.report("then one visit to each other page")

    from jobops_desktop.services import sync
    from jobops_desktop.ui import runs_view

    run_id = outcome.run_id
    full_counts = best_ms(lambda: Counter(m.processing_status for m in sync.run_messages(run_id)))
    print(f"run status counts, every message loaded: {full_counts:.1f} ms")
    if hasattr(sync, "run_status_counts"):
        print(f"run status counts, one GROUP BY: "
              f"{best_ms(lambda: sync.run_status_counts(run_id)):.1f} ms")
    print(f"runs page message rows (load_run_messages): "
          f"{best_ms(lambda: runs_view.load_run_messages(run_id)):.1f} ms")
    worker.shutdown()
    window.hide()


if __name__ == "__main__":
    main()
