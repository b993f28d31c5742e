"""Sync runs (page "runs"): every Gmail sync and mail import with its counters.

Selecting a run lists its messages below, with Approve (the router's suggestion) and Ignore
for those still waiting, so a run can be reviewed right where it is inspected. The full
review workflow (job picker, stage editing, bulk actions) is the Tracking Inbox.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..services import inbox
from ..timeutil import format_local
from ..vocab import target_label
from .common import EmptyState, Loader, ReloadWhenVisible, show_error
from .events import AppEvents
from .sync_controller import SyncController
from .table_model import RowTableModel
from .worker import run_task

RUN_STATUS_TEXT = {
    "running": ("Running", "#2563eb"),
    "completed": ("Completed", "#16a34a"),
    "failed": ("Failed", "#dc2626"),
    "cancelled": ("Cancelled", "#b45309"),
}

MESSAGE_STATUS_TEXT = {
    "pending_user": ("Waiting for review", "#b45309"),
    "auto_linked": ("Linked automatically", "#16a34a"),
    "manual_linked": ("Linked by you", "#0f766e"),
    "ignored": ("Ignored", "#64748b"),
}

APPROVE_TIP = "Link the message to the suggested job and record the suggested stage (A)"

KIND_TEXT = {"gmail": "Gmail sync", "mbox": "mbox import", "eml": ".eml import",
             "sample": "Sample data"}

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class RunRow:
    id: int
    account_key: str
    kind: str
    status: str
    started_at: datetime | None
    finished_at: datetime | None
    discovered: int
    relevant: int
    classified: int
    matched: int
    approved: int
    denied: int
    errored: int
    error: str


@dataclass(frozen=True)
class RunMessageRow:
    id: int
    sender: str
    sender_email: str
    subject: str
    received_at: datetime | None
    status: str
    confidence: int
    job_id: int | None
    job_label: str
    stage_target: str
    reason: str


def load_runs(limit: int = 500) -> list[RunRow]:
    from ..services import sync

    rows = []
    for run in sync.list_runs(limit):  # the account comes joined: no query per run
        error = run.error_message or ""
        if run.error_code and not error:
            error = run.error_code
        rows.append(RunRow(id=run.id, account_key=run.account.account_key, kind=run.kind,
                           status=run.status, started_at=run.started_at,
                           finished_at=run.finished_at, discovered=run.discovered,
                           relevant=run.relevant, classified=run.classified,
                           matched=run.matched, approved=run.approved, denied=run.denied,
                           errored=run.errored, error=error))
    return rows


def load_run_messages(run_id: int) -> list[RunMessageRow]:
    """The run's messages, waiting ones first, each group newest first: one query for the
    listed columns and the job's name (a run can hold thousands of messages)."""
    from ..services import sync

    return [RunMessageRow(
        id=message.id, sender=message.sender_name or message.sender_email,
        sender_email=message.sender_email, subject=message.subject,
        received_at=message.received_at, status=message.processing_status,
        confidence=message.confidence, job_id=message.job_id,
        job_label=(f"{message.job_company} — {message.job_title}"
                   if message.job_id and message.job_company else ""),
        stage_target=message.suggested_stage or "no_change", reason=message.reason)
        for message in sync.run_message_rows(run_id)]


def approve_suggestion(message_id: int, job_id: int) -> None:
    """Approve as the inbox would preselect it: the suggestion, unless it moves the job back."""
    message = inbox.get_message(message_id)
    inbox.approve(message_id, job_id, inbox.default_stage_target(message, job_id))


class RunsModel(RowTableModel):
    HEADERS = ("Status", "Source", "Started", "Finished", "Found", "Relevant", "Matched",
               "Approved", "Ignored", "Errors", "Problem")
    STATUS, SOURCE, STARTED, FINISHED, FOUND, RELEVANT, MATCHED, APPROVED, IGNORED, ERRORS, \
        PROBLEM = range(11)
    RunIdRole = Qt.ItemDataRole.UserRole + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        run = self.rows[index.row()]
        column = index.column()
        if role == self.RunIdRole:
            return run.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(run, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS:
            return QColor(RUN_STATUS_TEXT.get(run.status, ("", "#334155"))[1])
        if role == Qt.ItemDataRole.ToolTipRole and column == self.PROBLEM and run.error:
            return run.error
        if role == Qt.ItemDataRole.TextAlignmentRole and self.FOUND <= column <= self.ERRORS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, run: RunRow, column: int) -> Any:
        if column == self.STATUS:
            return RUN_STATUS_TEXT.get(run.status, (run.status.title(), ""))[0]
        if column == self.SOURCE:
            kind = KIND_TEXT.get(run.kind, run.kind)
            return f"{kind} · {run.account_key}" if run.account_key else kind
        if column == self.STARTED:
            return format_local(run.started_at)
        if column == self.FINISHED:
            return format_local(run.finished_at)
        numbers = {self.FOUND: run.discovered, self.RELEVANT: run.relevant,
                   self.MATCHED: run.matched, self.APPROVED: run.approved,
                   self.IGNORED: run.denied, self.ERRORS: run.errored}
        if column in numbers:
            return str(numbers[column])
        if column == self.PROBLEM:
            return run.error.splitlines()[0] if run.error else ""
        return None


class RunMessagesModel(RowTableModel):
    HEADERS = ("Status", "From", "Subject", "Received", "Job", "Stage", "Confidence")
    STATUS, SENDER, SUBJECT, RECEIVED, JOB, STAGE, CONFIDENCE = range(7)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.STATUS:
                return MESSAGE_STATUS_TEXT.get(row.status, (row.status, ""))[0]
            if column == self.SENDER:
                return row.sender
            if column == self.SUBJECT:
                return row.subject
            if column == self.RECEIVED:
                return format_local(row.received_at)
            if column == self.JOB:
                return row.job_label or ("orphan" if row.status == "pending_user" else "")
            if column == self.STAGE:
                return target_label(row.stage_target)
            if column == self.CONFIDENCE:
                return f"{row.confidence}%"
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS:
            return QColor(MESSAGE_STATUS_TEXT.get(row.status, ("", "#334155"))[1])
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.SENDER:
                return row.sender_email
            return row.reason or None
        return None


def _table(model: QAbstractTableModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(30)
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    # Size-to-contents columns measure only the first rows: a run can hold thousands.
    view.horizontalHeader().setResizeContentsPrecision(40)
    return view


class RunsPage(QWidget):
    def __init__(self, controller: SyncController, events: AppEvents,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runsPage")
        self.controller = controller
        self.events = events
        self.selected_run_id: int | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 20)
        header = QHBoxLayout()
        heading = QLabel("Sync runs")
        heading.setObjectName("pageTitle")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("runsProgress")
        self.progress_label.setStyleSheet("color: #2563eb;")
        self.sync_button = QPushButton("Sync now")
        self.sync_button.setObjectName("runsSyncNow")
        self.sync_button.clicked.connect(lambda: controller.sync_now())
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setObjectName("runsCancel")
        self.cancel_button.clicked.connect(controller.cancel)
        self.import_button = QPushButton("Import mail file…")
        self.import_button.clicked.connect(self._import)
        header.addWidget(heading)
        header.addStretch(1)
        header.addWidget(self.progress_label)
        header.addWidget(self.cancel_button)
        header.addWidget(self.import_button)
        header.addWidget(self.sync_button)
        outer.addLayout(header)

        self.runs_model = RunsModel()
        self.runs_view = _table(self.runs_model, "runsTable")
        self.runs_view.selectionModel().selectionChanged.connect(self._on_run_selected)
        header = self.runs_view.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(RunsModel.PROBLEM):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RunsModel.SOURCE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(RunsModel.PROBLEM, QHeaderView.ResizeMode.Stretch)
        self.runs_view.setColumnWidth(RunsModel.SOURCE, 220)

        self.messages_model = RunMessagesModel()
        self.messages_view = _table(self.messages_model, "runMessagesTable")
        self.messages_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.messages_view.selectionModel().selectionChanged.connect(self._update_buttons)
        header = self.messages_view.horizontalHeader()
        header.setStretchLastSection(False)
        for column in (RunMessagesModel.STATUS, RunMessagesModel.RECEIVED,
                       RunMessagesModel.STAGE, RunMessagesModel.CONFIDENCE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RunMessagesModel.SUBJECT, QHeaderView.ResizeMode.Stretch)
        self.messages_view.setColumnWidth(RunMessagesModel.SENDER, 200)
        self.messages_view.setColumnWidth(RunMessagesModel.JOB, 200)
        self.messages_title = QLabel("Select a run to see its messages.")
        self.messages_title.setObjectName("runMessagesTitle")
        self.approve_button = QPushButton("Approve suggestion")
        self.approve_button.setObjectName("runApprove")
        self.approve_button.setToolTip(APPROVE_TIP)
        self.approve_button.clicked.connect(self.approve_selected)
        self.ignore_button = QPushButton("Ignore")
        self.ignore_button.setObjectName("runIgnore")
        self.ignore_button.setToolTip("Not about an application (I)")
        self.ignore_button.clicked.connect(self.ignore_selected)
        self.inbox_button = QPushButton("Open Tracking Inbox")
        self.inbox_button.clicked.connect(self._open_inbox)
        QShortcut(QKeySequence("A"), self.messages_view, self.approve_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence("I"), self.messages_view, self.ignore_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 8, 0, 0)
        lower_header = QHBoxLayout()
        lower_header.addWidget(self.messages_title)
        lower_header.addStretch(1)
        lower_header.addWidget(self.inbox_button)
        lower_header.addWidget(self.ignore_button)
        lower_header.addWidget(self.approve_button)
        lower_layout.addLayout(lower_header)
        lower_layout.addWidget(self.messages_view, 1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.runs_view)
        splitter.addWidget(lower)
        splitter.setSizes([220, 380])

        self.empty = EmptyState(
            "No sync runs yet",
            "Each Gmail sync and mail import is listed here with what it found: messages, "
            "relevant ones, links to your jobs and anything that went wrong.",
            [("Connect Gmail", events.connect_gmail_requested.emit),
             ("Import mail file", events.import_mail_requested.emit)])
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(splitter)
        outer.addWidget(self.stack, 1)

        self.loader = Loader(self, fetch=load_runs, apply=self._fill_runs)
        self.messages_loader = Loader(self, fetch=load_run_messages, apply=self._fill_messages)
        # A sync announces its start and end; decisions announce every message.
        self.refresher = ReloadWhenVisible(self, self.loader.reload, events.runs_changed,
                                           events.messages_changed, delay_ms=200)
        controller.state_changed.connect(self._update_progress)
        controller.progress.connect(lambda *_: self._update_progress())
        self._update_progress()
        self._update_buttons()
        self.reload()

    # ---------------------------------------------------------- loading

    def reload(self) -> None:
        self.refresher.reload()

    def page_shown(self) -> None:
        self.reload()  # also picks up runs of the command line

    def _fill_runs(self, rows: list[RunRow]) -> None:
        selected = self.selected_run_id
        self.runs_model.set_rows(rows)
        self.stack.setCurrentIndex(1 if rows else 0)
        row_index = next((i for i, r in enumerate(rows) if r.id == selected), None)
        if row_index is None and rows:
            row_index = 0
        if row_index is not None:
            self.runs_view.selectRow(row_index)
        else:
            self.selected_run_id = None
            self.messages_model.set_rows([])

    def select_run(self, run_id: int) -> None:
        for index, row in enumerate(self.runs_model.rows):
            if row.id == run_id:
                self.runs_view.selectRow(index)
                return

    def _on_run_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.runs_view.selectionModel().selectedRows()
        if not rows:
            return
        run = self.runs_model.rows[rows[0].row()]
        self.selected_run_id = run.id
        self.messages_title.setText(f"Messages of the {KIND_TEXT.get(run.kind, run.kind)} "
                                    f"started {format_local(run.started_at)}")
        self.messages_loader.reload(run.id)

    def _fill_messages(self, rows: list[RunMessageRow]) -> None:
        current = self._selected_message()
        self.messages_model.set_rows(rows)
        if rows:
            index = next((i for i, r in enumerate(rows) if current and r.id == current.id), 0)
            self.messages_view.selectRow(index)
        self._update_buttons()

    # ---------------------------------------------------------- actions

    def _selected_message(self) -> RunMessageRow | None:
        rows = self.messages_view.selectionModel().selectedRows()
        return self.messages_model.rows[rows[0].row()] if rows else None

    def _update_buttons(self, *_args: object) -> None:
        message = self._selected_message()
        pending = message is not None and message.status == "pending_user"
        self.approve_button.setEnabled(pending and message.job_id is not None)
        self.ignore_button.setEnabled(pending)
        self.approve_button.setToolTip(
            "No suggested job: pick one in the Tracking Inbox."
            if pending and message.job_id is None else APPROVE_TIP)

    def approve_selected(self) -> None:
        message = self._selected_message()
        if message is None or message.status != "pending_user" or message.job_id is None:
            return
        self._decide(approve_suggestion, message.id, message.job_id)

    def ignore_selected(self) -> None:
        message = self._selected_message()
        if message is None or message.status != "pending_user":
            return
        self._decide(inbox.deny, message.id)

    def _decide(self, fn: Any, *args: Any) -> None:
        def done(_result: object) -> None:
            self.events.messages_changed.emit()
            self.events.jobs_changed.emit()
            if self.selected_run_id is not None:
                self.messages_loader.reload(self.selected_run_id)

        run_task(fn, *args, on_result=done,
                 on_error=lambda exc: show_error(self, "Could not save", exc))

    def _import(self) -> None:
        from .accounts_panel import choose_and_import

        choose_and_import(self, self.controller)

    def _open_inbox(self) -> None:
        window = self.window()
        if hasattr(window, "show_page"):
            window.show_page("inbox")

    def _update_progress(self) -> None:
        running = self.controller.running
        self.progress_label.setText(self.controller.status_text() if running else "")
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running and not self.controller.cancelling)
        self.sync_button.setEnabled(not running)
        self.import_button.setEnabled(not running)
