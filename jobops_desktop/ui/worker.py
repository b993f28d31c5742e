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

Qt objects must die on the GUI thread. A lane thread that drops the last reference to a
Python-owned QObject (a parentless dialog, a Task) runs its C++ destructor on the lane;
~QObject then takes one of Qt's signal-slot mutexes and, inside it, calls back into PySide,
which waits for the GIL, while the GUI thread holds the GIL and waits for that same mutex
(the pool is hashed by address, so any connect() can collide): a deadlock, seen as an
intermittent hang of the window tests. Two rules prevent it:
  * cyclic garbage is collected on the GUI thread only (_GuiThreadCollector): automatic
    collection would otherwise run on whichever thread's allocation crosses the threshold,
    e.g. the db lane in the middle of a query, freeing a cycle that holds a dialog;
  * a lane keeps no reference to its Task, and hands the function, its arguments and the
    outcome back to the GUI thread, so their last references are dropped there (_Job).
"""

from __future__ import annotations

import gc
import itertools
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
# How often the GUI thread checks whether a garbage collection is due (see module doc).
GC_CHECK_INTERVAL_MS = 250


class TaskCancelled(Exception):
    """Raised by TaskContext.check_cancel() when a task was asked to stop."""


class TaskContext:
    """Passed to a background function started with `with_context=True`."""

    def __init__(self, task: Task) -> None:
        # The token, not the Task: a lane thread must not hold a QObject (see module doc).
        self._token = task._token
        self._cancel = task._cancel_event

    def report(self, done: int, total: int, text: str = "") -> None:
        _dispatcher().post(self._token, "progress", (int(done), int(total), str(text)))

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
        self._token = next(_task_tokens)
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None

    def cancel(self) -> None:
        self._cancel_event.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel_event.is_set()


class _GuiThreadCollector(QObject):
    """Runs Python's cyclic garbage collector on the GUI thread, instead of automatically.

    CPython collects on whatever thread allocates past the threshold; a cycle holding a
    Python-owned widget freed on a lane thread destroys the widget there (see module doc).
    While lane threads exist, automatic collection is off and a timer on the GUI thread
    collects the generations that are due, with the interpreter's own thresholds.
    """

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(GC_CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.collect_if_due)
        self._restore_automatic = False

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def take_over(self) -> None:
        """Turn automatic collection off and collect from the GUI thread instead."""
        if self._timer.isActive():
            return
        self._restore_automatic = gc.isenabled()
        gc.disable()
        self._timer.start()

    def hand_back(self) -> None:
        """Back to automatic collection (once no lane thread runs any more)."""
        if not self._timer.isActive():
            return
        self._timer.stop()
        if self._restore_automatic:
            gc.enable()

    @Slot()
    def collect_if_due(self) -> None:
        threshold0, threshold1, threshold2 = gc.get_threshold()
        count0, count1, count2 = gc.get_count()
        if threshold0 <= 0 or count0 < threshold0:
            return
        generation = 0
        if count1 >= threshold1:
            generation = 2 if count2 >= threshold2 else 1
        gc.collect(generation)


class _Dispatcher(QObject):
    """Lives on the GUI thread; drains finished work posted by the lanes."""

    # Emitting from a lane is safe: PySide releases the GIL before Qt takes its locks.
    _wake = Signal()

    def __init__(self) -> None:
        super().__init__()
        # (task token, kind, payload, what the lane hands back to be released here)
        self._queue: deque[tuple[int, str, Any, Any]] = deque()
        self._lock = threading.Lock()
        self._scheduled = False
        self._wake.connect(self._drain)  # queued across threads: runs on the GUI thread
        self.active: dict[int, Task] = {}  # keeps Task objects alive until delivered
        self.collector = _GuiThreadCollector(self)

    def post(self, token: int, kind: str, payload: Any) -> None:
        """From a lane: progress (plain values; the lane keeps no other reference)."""
        with self._lock:
            self._queue.append((token, kind, payload, None))
            if self._scheduled:
                return
            self._scheduled = True
        self._wake.emit()

    def hand_over(self, job: _Job) -> None:
        """From a lane: a finished job's outcome, its function and arguments.

        They move from the job into the queue inside the lock, without a local variable,
        so the GUI thread cannot release them before this thread let go of them.
        """
        with self._lock:
            self._queue.append((job.token, *job.take()))
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
                token, kind, payload, _released_here = self._queue.popleft()
            task = self.active.get(token) if kind == "progress" else self.active.pop(token, None)
            if task is not None:
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


class _Job:
    """What a lane runs for one task: the call, then its outcome, handed to the GUI thread."""

    __slots__ = ("_call", "_outcome", "name", "token")

    def __init__(self, token: int, name: str, fn: Callable[..., Any], args: tuple[Any, ...],
                 kwargs: dict[str, Any], context: TaskContext | None) -> None:
        self.token = token
        self.name = name
        self._call: tuple[Any, ...] | None = (fn, args, kwargs, context)
        self._outcome: tuple[str, Any] = ("error", None)

    def run(self) -> None:
        try:
            self._outcome = ("result", self._invoke())
        except TaskCancelled as exc:
            log.info("task %s cancelled", self.name)
            self._outcome = ("error", exc)
        except BaseException as exc:  # delivered to on_error, never lost
            if isinstance(exc, Exception):
                # Type and message only: arguments may hold personal data.
                log.warning("task %s failed: %s: %s", self.name, type(exc).__name__, exc)
            else:
                # Nothing above a lane thread could act on it: on_error gets it.
                log.error("task %s aborted: %s", self.name, type(exc).__name__)
            self._outcome = ("error", exc)
        _dispatcher().hand_over(self)

    def _invoke(self) -> Any:
        assert self._call is not None
        fn, args, kwargs, context = self._call
        return fn(context, *args, **kwargs) if context is not None else fn(*args, **kwargs)

    def take(self) -> tuple[str, Any, Any]:
        """The outcome (kind, payload) and the call, which this job lets go of."""
        (kind, payload), call = self._outcome, self._call
        self._outcome, self._call = ("error", None), None
        return kind, payload, call


_lanes: dict[str, ThreadPoolExecutor] = {}
_lanes_lock = threading.Lock()
_the_dispatcher: _Dispatcher | None = None
_task_tokens = itertools.count(1)


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
    """The lane's executor; called on the GUI thread (run_task, wait_for_lane)."""
    if name not in LANES:
        raise ValueError(f"Unknown lane {name!r}; use one of {', '.join(LANES)}")
    with _lanes_lock:
        executor = _lanes.get(name)
        if executor is None:
            if QCoreApplication.instance() is not None:
                _dispatcher().collector.take_over()  # before the lane's thread exists
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
    dispatcher.active[task._token] = task
    context = TaskContext(task) if with_context else None
    executor.submit(_Job(task._token, name, fn, args, kwargs, context).run)
    return task


def pending_count() -> int:
    """Tasks submitted whose outcome was not delivered yet (for tests and quit prompts)."""
    return len(_the_dispatcher.active) if _the_dispatcher is not None else 0


def wait_for_lane(lane: str = "db", timeout_s: float = 10.0) -> bool:
    """Block until work queued so far on `lane` ran (for shutdown and tests, never UI code)."""
    return _lane(lane).submit(lambda: None).result(timeout=timeout_s) is None


def cancel_all() -> None:
    if _the_dispatcher is not None:
        for task in list(_the_dispatcher.active.values()):
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
    with _lanes_lock:
        lanes_left = bool(_lanes) or any(
            thread.is_alive() for _name, executor in executors
            for thread in getattr(executor, "_threads", ()))
        if _the_dispatcher is not None and not lanes_left:
            _the_dispatcher.collector.hand_back()
