"""One job: header with its stage, and tabs Timeline, Details and Emails."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QDate, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..services import tracking
from ..store import Job, StageEvent
from ..timeutil import format_local, to_local, to_utc_naive
from ..vocab import OUTCOME_LABELS, stage_label
from .common import (
    EmptyState,
    Loader,
    ReloadWhenVisible,
    close_job_for,
    confirm,
    log_event_for,
    show_status,
    write,
)
from .dialogs import DATE_FORMAT, LogEventDialog
from .events import AppEvents
from .jobs_view import status_text
from .theme import STAGE_COLORS, icon, stage_color, stage_icon

EventIdRole = Qt.ItemDataRole.UserRole + 1

REASON_LABELS = {
    "job_created": "added by hand",
    "csv_import": "CSV import",
    "in_progress_board_drag": "moved on the board",
    "smart_router": "Smart Router",
    "inbox_approve": "approved in the Tracking Inbox",
    "inbox_create_job": "created from an email",
    "sample_data": "sample data",
}


@dataclass
class JobDetail:
    job: Job
    events: list[StageEvent]


def fetch_detail(job_id: int) -> JobDetail | None:
    try:
        job = tracking.get_job(job_id)
    except tracking.ValidationError:
        return None
    return JobDetail(job=job, events=tracking.timeline(job_id))


def current_stage_event_id(events: list[StageEvent]) -> int | None:
    """The event that set the job's current stage: the latest stage-changing one."""
    latest = None
    for event in events:  # oldest first
        if event.to_stage is not None:
            latest = event.id
    return latest


class StageBadge(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stageBadge")

    def set_stage(self, stage: str, outcome: str | None) -> None:
        text = stage_label(stage)
        if stage == "closed" and outcome:
            text = f"Closed · {OUTCOME_LABELS.get(outcome, outcome)}"
        color = stage_color(stage, outcome).name()
        self.setText(text)
        self.setStyleSheet(f"QLabel#stageBadge {{ background: {color}; color: white; "
                           "border-radius: 10px; padding: 3px 10px; font-weight: 600; }")


class EventRow(QFrame):
    """One timeline entry: icon, title, when and who, note, reason."""

    def __init__(self, event: StageEvent, current: bool) -> None:
        super().__init__()
        self.setObjectName("eventRowCurrent" if current else "eventRow")
        if current:
            color = STAGE_COLORS.get(event.to_stage or "", "#64748b")
            self.setStyleSheet(f"QFrame#eventRowCurrent {{ border-left: 4px solid {color}; }}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(12)
        glyph = QLabel()
        glyph.setPixmap(stage_icon(event.to_stage, event.outcome).pixmap(30, 30))
        glyph.setAlignment(Qt.AlignmentFlag.AlignTop)
        glyph.setFixedWidth(32)
        layout.addWidget(glyph)
        text = QVBoxLayout()
        text.setSpacing(2)
        top = QHBoxLayout()
        top.setSpacing(8)
        title = QLabel(html.escape(event.event_label or "Event"))
        title.setObjectName("eventTitle")
        top.addWidget(title)
        if current:
            badge = QLabel("Current stage")
            badge.setObjectName("currentBadge")
            top.addWidget(badge)
        top.addStretch(1)
        when = QLabel(format_local(event.occurred_at))
        when.setObjectName("eventWhen")
        top.addWidget(when)
        text.addLayout(top)
        meta = [self._kind(event), "by you" if event.actor == "user" else "by JobOps"]
        reason = REASON_LABELS.get(event.reason_code, event.reason_code)
        if reason:
            meta.append(reason)
        meta_label = QLabel(" · ".join(part for part in meta if part))
        meta_label.setObjectName("eventMeta")
        text.addWidget(meta_label)
        if event.note:
            note = QLabel(event.note)
            note.setObjectName("eventNote")
            note.setWordWrap(True)
            note.setTextFormat(Qt.TextFormat.PlainText)
            text.addWidget(note)
        layout.addLayout(text, 1)

    @staticmethod
    def _kind(event: StageEvent) -> str:
        if event.to_stage is None:
            return "Interview log" if event.event_type == "interview_log" else "Note"
        if event.from_stage:
            return f"{stage_label(event.from_stage)} → {stage_label(event.to_stage)}"
        return stage_label(event.to_stage)


class TimelineTab(QWidget):
    edit_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.newest_first = QCheckBox("Newest first", objectName="newestFirst")
        self.newest_first.toggled.connect(lambda _on: self._rebuild())
        self.edit_button = QPushButton(icon("edit"), "Edit…")
        self.edit_button.clicked.connect(self._edit_selected)
        self.delete_button = QPushButton(icon("delete", "#dc2626"), "Delete…")
        self.delete_button.setObjectName("deleteEventButton")
        self.delete_button.clicked.connect(self._delete_selected)
        bar = QHBoxLayout()
        bar.addWidget(self.newest_first)
        bar.addStretch(1)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.delete_button)

        self.list = QListWidget(objectName="timelineList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setSpacing(3)
        self.list.itemDoubleClicked.connect(lambda _item: self._edit_selected())
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        delete = QAction("Delete event", self.list)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self._delete_selected)
        self.list.addAction(delete)
        self.list.viewport().installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.list, 1)
        self._events: list[StageEvent] = []
        self._update_buttons()

    def set_events(self, events: list[StageEvent]) -> None:
        self._events = events
        self._rebuild()

    def _rebuild(self) -> None:
        selected = self.selected_event_id()
        self.list.clear()
        current = current_stage_event_id(self._events)
        ordered = list(reversed(self._events)) if self.newest_first.isChecked() else self._events
        for event in ordered:
            item = QListWidgetItem()
            item.setData(EventIdRole, event.id)
            row = EventRow(event, event.id == current)
            item.setSizeHint(row.sizeHint())
            self.list.addItem(item)
            self.list.setItemWidget(item, row)
            if event.id == selected:
                self.list.setCurrentItem(item)
        self._fit_rows()
        self._update_buttons()

    def _fit_rows(self) -> None:
        """Give each row the height its wrapped note needs at the list's current width."""
        width = self.list.viewport().width() - 2 * self.list.spacing()
        if width <= 0:
            return
        for i in range(self.list.count()):
            item = self.list.item(i)
            row = self.list.itemWidget(item)
            if row is None:
                continue
            height = row.heightForWidth(width) if row.hasHeightForWidth() else -1
            item.setSizeHint(QSize(width, max(height, row.minimumSizeHint().height())))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_rows()
        return super().eventFilter(watched, event)

    def event_ids(self) -> list[int]:
        return [self.list.item(i).data(EventIdRole) for i in range(self.list.count())]

    def event_by_id(self, event_id: int) -> StageEvent | None:
        return next((e for e in self._events if e.id == event_id), None)

    def selected_event_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else item.data(EventIdRole)

    def select_event(self, event_id: int) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(EventIdRole) == event_id:
                self.list.setCurrentRow(i)

    def _update_buttons(self) -> None:
        has = self.selected_event_id() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _edit_selected(self) -> None:
        event_id = self.selected_event_id()
        if event_id is not None:
            self.edit_requested.emit(event_id)

    def _delete_selected(self) -> None:
        event_id = self.selected_event_id()
        if event_id is not None:
            self.delete_requested.emit(event_id)

    def _menu(self, pos) -> None:
        if self.list.itemAt(pos) is None:
            return
        menu = QMenu(self)
        menu.addAction("Edit…", self._edit_selected)
        menu.addAction("Delete…", self._delete_selected)
        menu.exec(self.list.viewport().mapToGlobal(pos))


class DetailsTab(QWidget):
    save_requested = Signal(dict)
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.company = QLineEdit(objectName="detailCompany")
        self.title_edit = QLineEdit(objectName="detailTitle")
        self.url = QLineEdit(objectName="detailUrl")
        self.location = QLineEdit(objectName="detailLocation")
        self.requisition = QLineEdit(objectName="detailRequisition")
        self.applied = QDateEdit(objectName="detailApplied", calendarPopup=True)
        self.applied.setDisplayFormat(DATE_FORMAT)
        self.notes = QPlainTextEdit(objectName="detailNotes")
        self.notes.setPlaceholderText("Notes about this application…")
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(14)
        form.addRow("Company", self.company)
        form.addRow("Title", self.title_edit)
        form.addRow("Link", self.url)
        form.addRow("Location", self.location)
        form.addRow("Requisition ID", self.requisition)
        form.addRow("Applied on", self.applied)
        form.addRow("Notes", self.notes)
        self.save_button = QPushButton("Save changes", objectName="saveDetailsButton")
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self._save)
        self.close_button = QPushButton(icon("stage-closed"), "Close job…",
                                        objectName="closeJobButton")
        self.close_button.clicked.connect(self.close_requested.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 14, 0, 0)
        layout.addLayout(form, 1)
        layout.addLayout(buttons)
        self._job: Job | None = None

    def set_job(self, job: Job) -> None:
        """Show `job`; a refresh of the same job keeps what the person is still editing."""
        editing = self._job is not None and self._job.id == job.id and self._edited()
        self._job = job
        self.close_button.setEnabled(job.current_stage != "closed")
        if editing:
            return
        self.company.setText(job.company)
        self.title_edit.setText(job.title)
        self.url.setText(job.url)
        self.location.setText(job.location)
        self.requisition.setText(job.requisition_id)
        if job.applied_at:
            local = to_local(job.applied_at)
            self.applied.setDate(QDate(local.year, local.month, local.day))
        self.notes.setPlainText(job.notes)

    def _edited(self) -> bool:
        """The form differs from the job it shows (unsaved changes; the service strips)."""
        job = self._job
        if job is None:
            return False
        shown = (self.company.text(), self.title_edit.text(), self.url.text(),
                 self.location.text(), self.requisition.text(), self.notes.toPlainText())
        if tuple(text.strip() for text in shown) != (job.company, job.title, job.url,
                                                     job.location, job.requisition_id, job.notes):
            return True
        if job.applied_at is None:
            return False
        local = to_local(job.applied_at)
        return self.applied.date() != QDate(local.year, local.month, local.day)

    def _save(self) -> None:
        if self._job is None:
            return
        values = {
            "company": self.company.text(), "title": self.title_edit.text(),
            "url": self.url.text(), "location": self.location.text(),
            "requisition_id": self.requisition.text(), "notes": self.notes.toPlainText(),
        }
        date = self.applied.date()
        old = to_local(self._job.applied_at) if self._job.applied_at else None
        if old is None or (old.year, old.month, old.day) != (date.year(), date.month(),
                                                             date.day()):
            values["applied_at"] = to_utc_naive(datetime(date.year(), date.month(),
                                                         date.day(), 12, 0))
        self.save_requested.emit(values)


class JobDetailPage(QWidget):
    """Page key "job". The Emails tab can be replaced with set_emails_widget(widget); a widget
    with a `set_job(job_id)` method is told which job is shown."""

    back_requested = Signal()
    job_loaded = Signal(int)

    def __init__(self, events: AppEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jobDetailPage")
        self.events = events
        self.job_id: int | None = None
        self.job: Job | None = None
        self.loader = Loader(self, fetch=fetch_detail, apply=self._fill)

        self.back_button = QPushButton(icon("back"), "Jobs")
        self.back_button.setObjectName("flatButton")
        self.back_button.clicked.connect(self.back_requested.emit)
        self.title = QLabel(objectName="jobTitle")
        self.title.setWordWrap(True)
        self.subtitle = QLabel(objectName="jobSubtitle")
        self.subtitle.setTextFormat(Qt.TextFormat.RichText)
        self.subtitle.setOpenExternalLinks(True)
        self.badge = StageBadge()
        self.status = QLabel(objectName="jobStatus")
        self.log_button = QPushButton(icon("add", "#ffffff"), "Log event")
        self.log_button.setObjectName("primaryButton")
        self.log_button.setToolTip("Log a stage change, interview or note (Ctrl+L)")
        self.log_button.clicked.connect(self.log_event)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        top.addWidget(self.log_button)
        heading = QHBoxLayout()
        heading.setSpacing(12)
        heading.addWidget(self.title, 1)
        heading.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignVCenter)
        meta = QHBoxLayout()
        meta.addWidget(self.subtitle, 1)
        meta.addWidget(self.status)

        self.timeline = TimelineTab()
        self.timeline.edit_requested.connect(self.edit_event)
        self.timeline.delete_requested.connect(self.delete_event)
        self.details = DetailsTab()
        self.details.save_requested.connect(self._save_details)
        self.details.close_requested.connect(self.close_job)
        self.tabs = QTabWidget(objectName="jobTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.timeline, "Timeline")
        self.tabs.addTab(self.details, "Details")
        self.tabs.addTab(EmptyState("No emails linked",
                                    "Recruiter emails about this job appear here once mail is "
                                    "connected and routed."), "Emails")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 14, 24, 16)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(heading)
        layout.addLayout(meta)
        layout.addSpacing(6)
        layout.addWidget(self.tabs, 1)
        self.refresher = ReloadWhenVisible(self, lambda: self.loader.reload(self.job_id),
                                           self.events.jobs_changed,
                                           enabled=lambda: self.job_id is not None)

    # ------------------------------------------------------------ data

    def load(self, job_id: int) -> None:
        if job_id != self.job_id:
            self.tabs.setCurrentIndex(0)
        self.job_id = job_id
        self.reload()

    def reload(self) -> None:
        self.refresher.reload()

    def _fill(self, detail: JobDetail | None) -> None:
        if detail is None:
            self.job = None
            self.job_id = None
            self.back_requested.emit()
            return
        job = self.job = detail.job
        self.title.setText(job.title)
        parts = [html.escape(job.company)]
        if job.location:
            parts.append(html.escape(job.location))
        if job.requisition_id:
            parts.append(f"Req. {html.escape(job.requisition_id)}")
        if job.url:
            parts.append(f'<a href="{html.escape(job.url, quote=True)}">Open posting</a>')
        self.subtitle.setText(" · ".join(parts))
        self.badge.set_stage(job.current_stage, job.outcome)
        applied = format_local(job.applied_at, with_time=False)
        self.status.setText(f"{status_text(job)} · applied {applied}"
                            f" · updated {format_local(job.updated_at)}")
        self.timeline.set_events(detail.events)
        self.details.set_job(job)
        emails = self.tabs.widget(2)
        if hasattr(emails, "set_job"):
            emails.set_job(job.id)
        self.job_loaded.emit(job.id)

    def set_emails_widget(self, widget: QWidget) -> None:
        old = self.tabs.widget(2)
        current = self.tabs.currentIndex()
        self.tabs.removeTab(2)
        self.tabs.insertTab(2, widget, "Emails")
        self.tabs.setCurrentIndex(current)
        if old is not None:
            old.deleteLater()
        if self.job_id is not None and hasattr(widget, "set_job"):
            widget.set_job(self.job_id)

    # ------------------------------------------------------------ actions

    def log_event(self) -> None:
        if self.job is not None:
            log_event_for(self, self.job, self.events)

    def edit_event(self, event_id: int) -> None:
        event = self.timeline.event_by_id(event_id)
        if event is None or self.job is None:
            return
        dialog = LogEventDialog(self, self.job.current_stage, event=event)
        if dialog.exec() != LogEventDialog.DialogCode.Accepted:
            return
        write(self, tracking.update_event, event_id, **dialog.values(), events=self.events,
              error_title="Could not save the event")

    def delete_event(self, event_id: int) -> None:
        event = self.timeline.event_by_id(event_id)
        if event is None:
            return
        if not confirm(self, "Delete event",
                       f"Delete “{event.event_label}” from the timeline?\nThe job's stage is "
                       "recomputed from the events that remain."):
            return
        write(self, tracking.delete_event, event_id, events=self.events,
              error_title="Could not delete the event")

    def close_job(self) -> None:
        if self.job is not None:
            close_job_for(self, self.job, self.events)

    def _save_details(self, values: dict) -> None:
        if self.job is None:
            return
        job_id = self.job.id
        write(self, tracking.update_job, job_id, **values, events=self.events,
              error_title="Could not save the job",
              done=lambda _job: show_status(self, "Saved."))
