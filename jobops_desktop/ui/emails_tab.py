"""A job's Emails tab: the messages linked to it, with status and confidence.

Double-click (or Enter) opens a message in a plain-text reader; Gmail messages have an
"Open in Gmail" link that opens the thread in the browser. "Unlink" returns a message to the
Tracking Inbox and removes the stage event its link created.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QColor, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..services import inbox
from ..services.inbox import InboxRow, MessageView
from ..timeutil import format_local
from ..vocab import target_label
from .common import Loader, ReloadWhenVisible, show_error
from .events import AppEvents
from .inbox_view import (
    STATUS_LABELS,
    BucketRole,
    ConfidenceDelegate,
    ask_confirmation,
    confidence_text,
)
from .table_model import RowTableModel
from .worker import Task, run_task

_ModelIndex = QModelIndex | QPersistentModelIndex


def gmail_link(thread_id: str) -> str:
    return f'<a href="{inbox.gmail_thread_url(thread_id)}">Open in Gmail</a>'


class JobEmailsModel(RowTableModel):
    RECEIVED, SENDER, SUBJECT, STAGE, STATUS, CONFIDENCE = range(6)
    HEADERS = ("Received", "From", "Subject", "On the timeline", "Status", "Confidence")

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.RECEIVED:
                return format_local(row.received_at)
            if column == self.SENDER:
                return row.sender_name or row.sender_email
            if column == self.SUBJECT:
                return row.subject or "(no subject)"
            if column == self.STAGE:
                return row.recorded or "—"
            if column == self.STATUS:
                label = STATUS_LABELS.get(row.status, row.status)
                return "Auto-linked by JobOps" if row.decided_by == "system" else label
            if column == self.CONFIDENCE:
                return f"{row.confidence}%" if row.bucket else ""
        if role == BucketRole:
            return row.bucket
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.CONFIDENCE:
                return confidence_text(row)
            if column == self.SUBJECT:
                return row.reason or row.subject
            if column == self.STAGE and not row.recorded:
                suggested = target_label(row.suggested_stage) if row.bucket else ""
                return ("Linked without a stage change" + (f" (the router suggested "
                        f"{suggested})" if suggested and suggested != "No change" else ""))
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.RECEIVED, self.STATUS):
            return QColor("#64748b")
        return None


class MessageDialog(QDialog):
    """One message, read-only and plain text; an "Open in Gmail" link for Gmail mail."""

    def __init__(self, view: MessageView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageDialog")
        self.setWindowTitle(view.subject or "Email")
        subject = QLabel(view.subject or "(no subject)")
        subject.setObjectName("readerSubject")
        subject.setWordWrap(True)
        font = subject.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        subject.setFont(font)
        headers = QLabel(f"From: {view.sender}\nTo: {view.recipient}\n"
                         f"Date: {format_local(view.received_at)}")
        headers.setTextFormat(Qt.TextFormat.PlainText)
        headers.setObjectName("readerHeaders")
        body = QPlainTextEdit(view.body_text or "(This message has no text.)")
        body.setObjectName("messageBody")
        body.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(subject)
        layout.addWidget(headers)
        if view.provider == "gmail" and view.thread_id:
            link = QLabel(gmail_link(view.thread_id))
            link.setObjectName("gmailLink")
            link.setTextFormat(Qt.TextFormat.RichText)
            link.setOpenExternalLinks(False)
            link.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
            layout.addWidget(link)
        layout.addWidget(body, 1)
        layout.addWidget(buttons)
        self.resize(680, 560)


class EmailsTab(QWidget):
    """The Emails tab of the job detail page (JobDetailPage calls set_job)."""

    open_message = Signal(int)
    loaded = Signal()

    def __init__(self, events: AppEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emailsTab")
        self.events = events
        self.job_id: int | None = None
        self.model = JobEmailsModel(self)
        self.loader = Loader(self, fetch=inbox.job_rows, apply=self._apply,
                             error_title="Could not load emails")

        table = QTableView()
        table.setObjectName("jobEmailsTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(30)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        for column, width in enumerate((140, 170, 320, 150, 160, 96)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(JobEmailsModel.SUBJECT, QHeaderView.ResizeMode.Stretch)
        table.setItemDelegateForColumn(JobEmailsModel.CONFIDENCE, ConfidenceDelegate(table))
        table.doubleClicked.connect(lambda index: self.show_message(index.row()))
        table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        QShortcut(QKeySequence(Qt.Key.Key_Return), table, self._open_current,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.table = table

        self.open_button = QPushButton("Open")
        self.open_button.setObjectName("openEmailButton")
        self.open_button.clicked.connect(self._open_current)
        self.unlink_button = QPushButton("Unlink")
        self.unlink_button.setObjectName("unlinkEmailButton")
        self.unlink_button.setToolTip("Return the email to the Tracking Inbox and remove the "
                                      "stage event its link created")
        self.unlink_button.clicked.connect(self._unlink_current)
        self.gmail_label = QLabel()
        self.gmail_label.setObjectName("gmailLink")
        self.gmail_label.setTextFormat(Qt.TextFormat.RichText)
        self.gmail_label.setOpenExternalLinks(False)
        self.gmail_label.linkActivated.connect(self.open_in_gmail)
        self.summary = QLabel()
        self.summary.setObjectName("emailsSummary")
        bar = QHBoxLayout()
        bar.addWidget(self.summary)
        bar.addStretch(1)
        bar.addWidget(self.gmail_label)
        bar.addWidget(self.open_button)
        bar.addWidget(self.unlink_button)

        self.empty = QLabel("No emails are linked to this job yet.\nRecruiter emails appear "
                            "here once mail is connected or imported and routed, or when you "
                            "approve one in the Tracking Inbox.")
        self.empty.setObjectName("emptyText")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(table)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self.refresher = ReloadWhenVisible(self, lambda: self.loader.reload(self.job_id),
                                           events.messages_changed,
                                           enabled=lambda: self.job_id is not None)
        self._update_buttons()

    # ------------------------------------------------------------ loading

    def set_job(self, job_id: int) -> None:
        """Show `job_id`'s emails: another job loads now; the same job's reloads (the job
        page refreshing) wait until this tab is in view."""
        if job_id != self.job_id:
            self.job_id = job_id
            self.reload()
        else:
            self.refresher.changed()

    def reload(self) -> Task | None:
        return self.refresher.reload()

    def _apply(self, rows: list[InboxRow]) -> None:
        self.model.set_rows(rows)
        self.stack.setCurrentIndex(1 if rows else 0)
        auto = sum(1 for row in rows if row.decided_by == "system")
        self.summary.setText(f"{len(rows)} linked email(s), {auto} linked automatically"
                             if rows else "")
        if rows:
            self.table.selectRow(0)
        self._update_buttons()
        self.loaded.emit()

    # ------------------------------------------------------------ actions

    def current_row(self) -> InboxRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            return None
        return self.model.rows[index.row()]

    def _update_buttons(self) -> None:
        row = self.current_row()
        self.open_button.setEnabled(row is not None)
        self.unlink_button.setEnabled(row is not None)
        if row is not None and row.provider == "gmail" and row.thread_id:
            self.gmail_label.setText(gmail_link(row.thread_id))
            self.gmail_label.show()
        else:
            self.gmail_label.hide()

    def open_in_gmail(self, url: str = "") -> bool:
        row = self.current_row()
        if not url and row is not None and row.thread_id:
            url = inbox.gmail_thread_url(row.thread_id)
        return bool(url) and QDesktopServices.openUrl(QUrl(url))

    def _open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.show_message(index.row())

    def show_message(self, row_number: int) -> None:
        row = self.model.rows[row_number]
        self.open_message.emit(row.id)
        run_task(inbox.message_view, row.id, on_result=self._show_dialog,
                 on_error=lambda exc: show_error(self, "Could not open the email", exc))

    def _show_dialog(self, view: MessageView) -> None:
        self.message_dialog = MessageDialog(view, self)
        self.message_dialog.open()

    def _unlink_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        if not ask_confirmation(self, "Unlink email",
                                "Return this email to the Tracking Inbox? A stage change it "
                                "made on the timeline is removed.", "Unlink"):
            return

        def done(_result: Any) -> None:
            self.events.messages_changed.emit()
            self.events.jobs_changed.emit()

        run_task(inbox.undo, row.id, on_result=done,
                 on_error=lambda exc: show_error(self, "Could not unlink", exc))
