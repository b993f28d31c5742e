"""Background work for the UI: run a plain function off the GUI thread, get the result back on it.

After MusicBrainz Picard's `util/thread.py`: each *lane* is a single-thread executor, so work
on one lane runs in submission order ("db": store reads and writes, "sync": OAuth waits, Gmail
sync and imports, "model": routing). Outcomes are queued and a QObject on the GUI thread
drains them in time-budgeted slices, so a burst of finished tasks cannot freeze the window.

    run_task(tracking.list_jobs, search, on_result=self._show_jobs)

Cancel is cooperative: with `with_context=True` the function receives a TaskContext and
checks `should_cancel()` between units of work; `report()` posts progress to the GUI thread.
Exceptions reach `on_error` (on the GUI thread) and are logged by type and message only
(redacted by the logging filter), never with the arguments the task was given.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from ..logging_setup import get_logger

log = get_logger("ui.worker")

LANES: tuple[str, ...] = ("db", "sync", "model")

# How long one drain of finished tasks may hold the GUI thread before yielding to events.
DRAIN_BUDGET_S = 0.025


class TaskCancelled(Exception):
    """Raised by TaskContext.check_cancel() when a task was asked to stop."""


class TaskContext:
    """Passed to a background function started with `with_context=True`."""

    def __init__(self, task: Task) -> None:
        self._task = task
        self._cancel = task._cancel_event

    def report(self, done: int, total: int, text: str = "") -> None:
        _dispatcher().post(self._task, "progress", (int(done), int(total), str(text)))

    def should_cancel(self) -> bool:
        return self._cancel.is_set()

    def check_cancel(self) -> None:
        """Convenience: raise TaskCancelled if cancel was requested."""
        if self._cancel.is_set():
            raise TaskCancelled()


class Task(QObject):
    """A handle on one background call. Signals are delivered on the GUI thread."""

    progress = Signal(int, int, str)  # done, total, text
    succeeded = Signal(object)  # result
    failed = Signal(object)  # the exception
    finished = Signal()  # after succeeded or failed

    def __init__(self, name: str, lane: str) -> None:
        super().__init__()
        self.name = name
        self.lane = lane
        # Called directly (not through the signals) so an exception in a callback is caught
        # and logged here instead of escaping into the Qt event loop.
        self._on_result: Callable[[Any], None] | None = None
        self._on_error: Callable[[BaseException], None] | None = None
        self._on_progress: Callable[[int, int, str], None] | None = None
        self._cancel_event = threading.Event()
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None

    def cancel(self) -> None:
        self._cancel_event.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel_event.is_set()


class _Dispatcher(QObject):
    """Lives on the GUI thread; drains finished work posted by the lanes."""

    _wake = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._queue: deque[tuple[Task, str, Any]] = deque()
        self._lock = threading.Lock()
        self._scheduled = False
        self._wake.connect(self._drain)  # queued across threads: runs on the GUI thread
        self.active: set[Task] = set()  # keeps Task objects alive until delivered

    def post(self, task: Task, kind: str, payload: Any) -> None:
        with self._lock:
            self._queue.append((task, kind, payload))
            if self._scheduled:
                return
            self._scheduled = True
        self._wake.emit()

    @Slot()
    def _drain(self) -> None:
        deadline = time.monotonic() + DRAIN_BUDGET_S
        while True:
            with self._lock:
                if not self._queue:
                    self._scheduled = False
                    return
                task, kind, payload = self._queue.popleft()
            self._deliver(task, kind, payload)
            if time.monotonic() > deadline:
                # Let paint and input events through, then continue with the rest.
                QTimer.singleShot(0, self._drain)
                return

    def _deliver(self, task: Task, kind: str, payload: Any) -> None:
        if kind == "progress":
            self._call(task, task._on_progress, *payload)
            task.progress.emit(*payload)
            return
        task.done = True
        if kind == "result":
            task.result = payload
            self._call(task, task._on_result, payload)
            task.succeeded.emit(payload)
        else:
            task.error = payload
            self._call(task, task._on_error, payload)
            task.failed.emit(payload)
        task.finished.emit()
        self.active.discard(task)

    @staticmethod
    def _call(task: Task, callback: Callable[..., None] | None, *args: Any) -> None:
        if callback is None:
            return
        try:
            callback(*args)
        except RuntimeError as exc:
            if "already deleted" in str(exc):
                # The widget that asked for the work was closed meanwhile: nothing to show.
                log.debug("task %s: its view is gone", task.name)
            else:
                log.exception("callback for task %s raised", task.name)
        except Exception:  # a callback bug must not stop delivery of the others
            log.exception("callback for task %s raised", task.name)


_lanes: dict[str, ThreadPoolExecutor] = {}
_lanes_lock = threading.Lock()
_the_dispatcher: _Dispatcher | None = None


def _dispatcher() -> _Dispatcher:
    global _the_dispatcher
    if _the_dispatcher is None:
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("run_task needs a QApplication")
        _the_dispatcher = _Dispatcher()
        _the_dispatcher.moveToThread(app.thread())
    return _the_dispatcher


def _lane(name: str) -> ThreadPoolExecutor:
    if name not in LANES:
        raise ValueError(f"Unknown lane {name!r}; use one of {', '.join(LANES)}")
    with _lanes_lock:
        executor = _lanes.get(name)
        if executor is None:
            executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"jobops-{name}")
            _lanes[name] = executor
        return executor


def run_task(fn: Callable[..., Any], *args: Any,
             on_result: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None,
             on_progress: Callable[[int, int, str], None] | None = None,
             lane: str = "db", with_context: bool = False, **kwargs: Any) -> Task:
    """Run `fn(*args, **kwargs)` on `lane`; callbacks run on the GUI thread."""
    dispatcher = _dispatcher()
    executor = _lane(lane)
    name = getattr(fn, "__qualname__", repr(fn))
    task = Task(name, lane)
    task._on_result, task._on_error, task._on_progress = on_result, on_error, on_progress
    dispatcher.active.add(task)
    context = TaskContext(task) if with_context else None

    def work() -> None:
        try:
            result = fn(context, *args, **kwargs) if context is not None else fn(*args, **kwargs)
        except TaskCancelled as exc:
            log.info("task %s cancelled", name)
            dispatcher.post(task, "error", exc)
        except BaseException as exc:
            if isinstance(exc, Exception):
                # Type and message only: arguments may hold personal data.
                log.warning("task %s failed: %s: %s", name, type(exc).__name__, exc)
            else:
                log.error("task %s aborted: %s", name, type(exc).__name__)
            dispatcher.post(task, "error", exc)
            if not isinstance(exc, Exception):
                raise
        else:
            dispatcher.post(task, "result", result)

    executor.submit(work)
    return task


def pending_count() -> int:
    """Tasks submitted whose outcome was not delivered yet (for tests and quit prompts)."""
    return len(_the_dispatcher.active) if _the_dispatcher is not None else 0


def wait_for_lane(lane: str = "db", timeout_s: float = 10.0) -> bool:
    """Block until work queued so far on `lane` ran (for shutdown and tests, never UI code)."""
    return _lane(lane).submit(lambda: None).result(timeout=timeout_s) is None


def cancel_all() -> None:
    if _the_dispatcher is not None:
        for task in list(_the_dispatcher.active):
            task.cancel()


def shutdown(timeout_s: float = 5.0) -> None:
    """Ask running tasks to stop and let the lanes finish (called on quit)."""
    cancel_all()
    with _lanes_lock:
        executors = list(_lanes.items())
        _lanes.clear()
    deadline = time.monotonic() + timeout_s
    for name, executor in executors:
        executor.shutdown(wait=False, cancel_futures=True)
        thread_list = list(getattr(executor, "_threads", ()))
        for thread in thread_list:
            thread.join(max(0.0, deadline - time.monotonic()))
            if thread.is_alive():
                log.warning("lane %s still busy at shutdown", name)
