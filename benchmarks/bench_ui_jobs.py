"""Jobs table and board with many jobs: python benchmarks/bench_ui_jobs.py [N]

Offscreen, on a temporary database with N jobs (default 5,000) spread across stages. Prints
how long the GUI thread is busy for each step a user triggers (the store query itself runs on
the db lane, off the GUI thread, and is reported separately).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from statistics import median

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from jobops_desktop.services.tracking import board as tracking_board
from jobops_desktop.services.tracking import record_event
from jobops_desktop.store import Job, database_path, db, open_database
from jobops_desktop.timeutil import utcnow
from jobops_desktop.ui.app import build_main_window, create_application
from jobops_desktop.ui.jobs_view import JobsTableModel, fetch_rows
from jobops_desktop.vocab import STAGES, status_for_stage


def settle(until, timeout_s: float = 30.0) -> None:
    app = QApplication.instance()
    deadline = time.monotonic() + timeout_s
    while not until():
        if time.monotonic() > deadline:
            raise TimeoutError
        app.processEvents()
        time.sleep(0.002)


def longest_stall_until_idle(app, idle_turns: int = 20) -> tuple[float, float]:
    """Run the event loop until it has nothing left to do: the longest single turn, and the
    end of the last busy turn (perf_counter)."""
    longest = 0.0
    quiet = 0
    last_busy = time.perf_counter()
    while quiet < idle_turns:
        started = time.perf_counter()
        app.processEvents()
        ended = time.perf_counter()
        longest = max(longest, ended - started)
        if ended - started < 0.001:
            quiet += 1
        else:
            quiet, last_busy = 0, ended
        time.sleep(0.001)
    return longest, last_busy


def shown_cards(board, stage: str) -> int:
    lane = board.lanes[stage]
    model = getattr(lane, "model", None)
    if model is not None and hasattr(model, "rowCount"):
        return model.rowCount()
    return len(lane.cards)  # the widget board before the painted one


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def main(count: int) -> None:
    work = Path(tempfile.mkdtemp(prefix="jobops-bench-"))
    open_database(database_path(work))
    now = utcnow()
    stages = list(STAGES)
    rows = []
    for i in range(count):
        stage = stages[i % len(stages)]
        rows.append({"company": f"Company {i:05d}", "title": f"Engineer {i % 97}",
                     "location": "Remote" if i % 3 else "Berlin", "current_stage": stage,
                     "status": status_for_stage(stage).value,
                     "outcome": "rejected" if stage == "closed" else None,
                     "applied_at": now, "created_at": now, "updated_at": now})
    with db.atomic():
        for start in range(0, count, 500):
            Job.insert_many(rows[start:start + 500]).execute()

    app = create_application()
    window = build_main_window(settings=QSettings(str(work / "ui.ini"),
                                                  QSettings.Format.IniFormat))
    window.resize(1360, 820)
    window.show()
    page = window.jobs_page
    settle(lambda: page.model.rowCount() == count)

    started = time.perf_counter()
    fetch_rows(*page.model.sort_state)
    query_s = time.perf_counter() - started

    fill_times = []
    for _ in range(5):
        jobs = fetch_rows(*page.model.sort_state)
        started = time.perf_counter()
        page._fill(jobs)
        app.processEvents()
        fill_times.append(time.perf_counter() - started)

    keystrokes = []
    page.search.clear()
    for text in ("c", "co", "com", "comp", "company 0", "company 04", "company 049"):
        started = time.perf_counter()
        page.search.setText(text)
        app.processEvents()
        keystrokes.append(time.perf_counter() - started)
    page.search.clear()

    sorts = []
    for column in (JobsTableModel.COMPANY, JobsTableModel.STAGE, JobsTableModel.UPDATED):
        started = time.perf_counter()
        page.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        app.processEvents()
        sorts.append(time.perf_counter() - started)

    window.show_page("board")
    board = window.board_page
    settle(lambda: board.loader.loaded_once)
    snapshot = tracking_board()
    fills = []
    stalls = []  # work left after the fill (e.g. a batched layout): its longest turn
    settled = []  # from the fill to the end of that work
    board_class = type(board)
    original_fill = board_class._fill
    fill_started: list[float] = []

    def timed_fill(page, snapshot) -> None:
        fill_started.append(time.perf_counter())
        original_fill(page, snapshot)

    board_class._fill = timed_fill
    for _ in range(3):
        # A cold fill: a fresh page (as after start-up) filled by its own first load; timed
        # from the start of the fill to the end of the layout and paint it causes.
        fill_started.clear()
        window.board_page = board = board_class(window.events)
        window.add_page("board", "In Progress Board", board)
        window.show_page("board")
        settle(lambda page=board: page.loader.loaded_once)
        app.processEvents()
        fills.append(time.perf_counter() - fill_started[0])
        longest, last_busy = longest_stall_until_idle(app)
        stalls.append(longest)
        settled.append(last_busy - fill_started[0])
    board_class._fill = original_fill
    refills = []
    refill_stalls = []
    refills_settled = []
    for step in range(3):
        moved = snapshot.lanes["applied"][step]
        record_event(moved.id, "offer", reason_code="in_progress_board_drag")
        snapshot = tracking_board()
        started = time.perf_counter()
        board._fill(snapshot)
        app.processEvents()
        refills.append(time.perf_counter() - started)
        longest, last_busy = longest_stall_until_idle(app)
        refill_stalls.append(longest)
        refills_settled.append(last_busy - started)
    shown = sum(shown_cards(board, stage) for stage in snapshot.lanes)
    active = sum(len(jobs) for jobs in snapshot.lanes.values())

    print(f"jobs: {count}")
    print(f"query + snapshot + sort (db lane, off the GUI thread): {ms(query_s)}")
    print(f"table fill on the GUI thread, median of 5: {ms(median(fill_times))}")
    print(f"search keystroke (filter {count} rows), median / max: "
          f"{ms(median(keystrokes))} / {ms(max(keystrokes))}")
    print(f"sort by a column, median / max: {ms(median(sorts))} / {ms(max(sorts))}")
    print(f"board: {shown} of {active} active jobs shown as cards")
    print(f"board fill on the GUI thread (fresh page), median / max of 3: "
          f"{ms(median(fills))} / {ms(max(fills))}")
    print(f"board: longest event-loop turn after the fill, median of 3: {ms(median(stalls))}")
    print(f"board: from the fill until every card is laid out, median of 3: "
          f"{ms(median(settled))}")
    print(f"board refill after one card moved, median / max of 3: "
          f"{ms(median(refills))} / {ms(max(refills))}")
    print(f"board refill: longest turn after it / until every card is laid out, median of 3: "
          f"{ms(median(refill_stalls))} / {ms(median(refills_settled))}")
    window.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000)
