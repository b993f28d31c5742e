"""Small helpers every view uses: load on the db lane, write then announce, show errors."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, SignalInstance
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from ..logging_setup import get_logger
from ..services import tracking
from ..services.tracking import ValidationError
from ..store import StoreError
from .dialogs import CloseJobDialog, LogEventDialog
from .worker import Task, run_task

log = get_logger("ui")


class Loader(QObject):
    """Fetch on the db lane and apply on the GUI thread; results of superseded loads are dropped.

    One per view: `self.loader = Loader(self, fetch=..., apply=self._fill)`, then
    `self.loader.reload(*args)` whenever the view should refresh.
    """

    def __init__(self, parent: QWidget, fetch: Callable[..., Any],
                 apply: Callable[[Any], None], error_title: str = "Could not load") -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._apply = apply
        self._error_title = error_title
        self._generation = 0
        self.loaded_once = False

    def reload(self, *args: Any) -> Task:
        self._generation += 1
        generation = self._generation

        def deliver(result: Any) -> None:
            if generation == self._generation:
                self.loaded_once = True
                self._apply(result)

        parent = self.parent()
        return run_task(self._fetch, *args, on_result=deliver,
                        on_error=lambda exc: show_error(parent, self._error_title, exc))


class ReloadWhenVisible(QObject):
    """Keeps a view current without reloading it while nobody can see it.

    Connected to the app events a view depends on: a change reloads a visible view on the
    next turn of the event loop (a burst of signals, e.g. messages_changed + jobs_changed
    after a decision, costs one load) and only marks a hidden one stale; a stale view
    reloads once when it is shown again (page switch, tab switch, window restored).
    `reload()` loads now and clears the mark (for page switches and direct calls).

    `view`: the widget whose visibility counts; `load`: starts the view's load.
    """

    def __init__(self, view: QWidget, load: Callable[[], Any], *signals: SignalInstance,
                 delay_ms: int = 0, enabled: Callable[[], bool] | None = None) -> None:
        super().__init__(view)
        self._view = view
        self._load = load
        self._enabled = enabled or (lambda: True)  # e.g. the job page without a job
        self.stale = False
        self.loads = 0  # loads started through this helper (benchmarks and tests)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._reload_if_stale)
        for signal in signals:
            signal.connect(self.changed)
        view.installEventFilter(self)

    def changed(self) -> None:
        """The data behind the view changed: reload soon if visible, else remember."""
        self.stale = True
        if self._view.isVisible():
            self._timer.start()

    def reload(self) -> Any:
        self._timer.stop()
        self.stale = False
        if not self._enabled():
            return None
        self.loads += 1
        return self._load()

    def _reload_if_stale(self) -> None:
        if self.stale and self._view.isVisible():
            self.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and event.type() == QEvent.Type.Show and self.stale:
            # After the show completes: a page switch that reloads anyway clears the mark.
            self._timer.start()
        return False


def user_message(exc: BaseException) -> str:
    if isinstance(exc, StoreError):
        return exc.message
    if isinstance(exc, ValidationError):
        return str(exc)
    return f"Something went wrong ({type(exc).__name__}): {exc}"


def show_error(parent: QWidget | None, title: str, exc: BaseException | str) -> None:
    text = exc if isinstance(exc, str) else user_message(exc)
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                      parent)
    box.setObjectName("errorBox")
    box.open()  # window-modal, does not block the event loop


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def write(parent: QWidget, fn: Callable[..., Any], *args: Any,
          done: Callable[[Any], None] | None = None, error_title: str = "Could not save",
          events: Any = None, **kwargs: Any) -> Task:
    """Run a service write on the db lane; on success announce jobs_changed, then `done`."""

    def succeeded(result: Any) -> None:
        if events is not None:
            events.jobs_changed.emit()
        if done is not None:
            done(result)

    return run_task(fn, *args, on_result=succeeded,
                    on_error=lambda exc: show_error(parent, error_title, exc), **kwargs)


def show_status(widget: QWidget, text: str) -> None:
    """Show `text` in the status bar of the main window holding `widget` (if it has one)."""
    window = widget.window()
    if hasattr(window, "show_status"):
        window.show_status(text)


class JobSummary(Protocol):
    """What the job actions below read: a store Job, a jobs-table JobRow."""

    id: int
    company: str
    title: str
    current_stage: str


def log_event_for(parent: QWidget, job: JobSummary, events: Any) -> None:
    """Ask for a stage change, interview log or note on `job` and record it off-thread."""
    dialog = LogEventDialog(parent, job.current_stage, job_title=f"{job.title} · {job.company}")
    if dialog.exec() != LogEventDialog.DialogCode.Accepted:
        return
    write(parent, tracking.record_event, job.id, **dialog.values(), events=events,
          error_title="Could not log the event")


def close_job_for(parent: QWidget, job: JobSummary, events: Any, **extra: Any) -> None:
    """Ask for an outcome and close `job` off-thread (`extra`: e.g. reason_code)."""
    dialog = CloseJobDialog(parent, job_title=f"{job.title} · {job.company}")
    if dialog.exec() != CloseJobDialog.DialogCode.Accepted:
        return
    write(parent, tracking.close_job, job.id, **dialog.values(), **extra, events=events,
          error_title="Could not close the job")


class EmptyState(QWidget):
    """A centred, friendly explanation with optional action buttons."""

    def __init__(self, title: str, text: str, actions: list[tuple[str, Callable[[], None]]]
                 | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        heading = QLabel(title)
        heading.setObjectName("emptyTitle")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body = QLabel(text)
        body.setObjectName("emptyText")
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body.setMaximumWidth(520)
        layout.addWidget(heading)
        layout.addWidget(body, 0, Qt.AlignmentFlag.AlignHCenter)
        self.buttons: dict[str, QPushButton] = {}
        for label, callback in actions or []:
            button = QPushButton(label)
            button.clicked.connect(callback)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
            self.buttons[label] = button
        layout.addStretch(3)
