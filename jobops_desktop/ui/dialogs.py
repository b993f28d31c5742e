"""Dialogs for jobs and stage events. They collect values; the caller saves them off-thread."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Protocol

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..store import StageEvent
from ..timeutil import to_local, to_utc_naive, utcnow
from ..vocab import OUTCOME_LABELS, OUTCOMES, STAGES, stage_label
from .theme import stage_icon

DATE_FORMAT = "yyyy-MM-dd"
DATETIME_FORMAT = "yyyy-MM-dd HH:mm"


def _local_qdatetime(value: datetime | None) -> QDateTime:
    local = to_local(value or utcnow())
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def _utc_from_qdatetime(value: QDateTime) -> datetime:
    date, clock = value.date(), value.time()
    local = datetime(date.year(), date.month(), date.day(), clock.hour(), clock.minute())
    return to_utc_naive(local)


class _FormDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.form.setVerticalSpacing(10)
        self.form.setHorizontalSpacing(14)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setProperty("primary", True)
        save.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(14)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    @property
    def save_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)


class JobFields(Protocol):
    """What the job dialog reads: a store Job or the jobs table's JobRow."""

    company: str
    title: str
    url: str
    location: str
    requisition_id: str
    applied_at: datetime | None
    notes: str


class JobDialog(_FormDialog):
    """Add or edit a job: company, title, link, location, requisition id, applied date, notes."""

    def __init__(self, parent: QWidget | None = None, job: JobFields | None = None) -> None:
        super().__init__("Edit job" if job else "New job", parent)
        self.company = QLineEdit(objectName="companyEdit", placeholderText="e.g. Acme Corp")
        self.title_edit = QLineEdit(objectName="titleEdit",
                                    placeholderText="e.g. Senior Backend Engineer")
        self.url = QLineEdit(objectName="urlEdit", placeholderText="https://…")
        self.location = QLineEdit(objectName="locationEdit", placeholderText="Remote, Berlin, …")
        self.requisition = QLineEdit(objectName="requisitionEdit", placeholderText="optional")
        self.applied = QDateEdit(objectName="appliedEdit", calendarPopup=True)
        self.applied.setDisplayFormat(DATE_FORMAT)
        self.notes = QPlainTextEdit(objectName="notesEdit")
        self.notes.setPlaceholderText("Referral, salary range, contacts, anything useful…")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(90)
        self.form.addRow("Company", self.company)
        self.form.addRow("Title", self.title_edit)
        self.form.addRow("Link", self.url)
        self.form.addRow("Location", self.location)
        self.form.addRow("Requisition ID", self.requisition)
        self.form.addRow("Applied on", self.applied)
        self.form.addRow("Notes", self.notes)
        if job is not None:
            self.company.setText(job.company)
            self.title_edit.setText(job.title)
            self.url.setText(job.url)
            self.location.setText(job.location)
            self.requisition.setText(job.requisition_id)
            self.notes.setPlainText(job.notes)
        self._original_applied = job.applied_at if job else None
        self._original_date = _local_qdatetime(self._original_applied).date()
        self.applied.setDate(self._original_date)
        self.company.textChanged.connect(self._update_ok)
        self.title_edit.textChanged.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self) -> None:
        self.save_button.setEnabled(bool(self.company.text().strip()
                                         and self.title_edit.text().strip()))

    def values(self) -> dict[str, Any]:
        date = self.applied.date()
        if self._original_applied is not None and date == self._original_date:
            applied = self._original_applied  # unchanged: keep the exact time
        elif date == QDate.currentDate():
            applied = utcnow()  # today: now, so later events today sort after it
        else:
            # Another day: noon local time keeps the calendar day stable across time zones.
            applied = to_utc_naive(datetime(date.year(), date.month(), date.day(), 12, 0))
        return {
            "company": self.company.text().strip(),
            "title": self.title_edit.text().strip(),
            "url": self.url.text().strip(),
            "location": self.location.text().strip(),
            "requisition_id": self.requisition.text().strip(),
            "applied_at": applied,
            "notes": self.notes.toPlainText().strip(),
        }


# What the "Stage" box of the log-event dialog offers, as (key, label).
NO_STAGE = "none"
CLOSE_CHOICES = ("rejected", "withdrawn", "closed")


class LogEventDialog(_FormDialog):
    """Log a stage change, an interview log or a note; Rejected/Withdrawn close the job."""

    def __init__(self, parent: QWidget | None = None, current_stage: str = "applied",
                 event: StageEvent | None = None, job_title: str = "") -> None:
        super().__init__("Edit event" if event else "Log event", parent)
        if job_title:
            heading = QLabel(job_title)
            heading.setObjectName("dialogHeading")
            self.form.addRow(heading)
        self.stage = QComboBox(objectName="stageCombo")
        self.stage.addItem("No stage change", NO_STAGE)
        for stage in STAGES:
            if stage != "closed":
                self.stage.addItem(stage_icon(stage), stage_label(stage), stage)
        self.stage.addItem(stage_icon("closed", "rejected"), "Rejected (closes the job)",
                           "rejected")
        self.stage.addItem(stage_icon("closed", "withdrawn"), "Withdrawn (closes the job)",
                           "withdrawn")
        self.stage.addItem(stage_icon("closed"), "Closed with another outcome…", "closed")
        self.outcome = QComboBox(objectName="outcomeCombo")
        for outcome in OUTCOMES:
            self.outcome.addItem(OUTCOME_LABELS[outcome], outcome)
        self.event_type = QComboBox(objectName="eventTypeCombo")
        self.event_type.addItem("Note", "note")
        self.event_type.addItem("Interview log", "interview_log")
        self.label = QLineEdit(objectName="labelEdit",
                               placeholderText="Title (default: what changed)")
        self.when = QDateTimeEdit(objectName="whenEdit", calendarPopup=True)
        self.when.setDisplayFormat(DATETIME_FORMAT)
        self.note = QPlainTextEdit(objectName="noteEdit")
        self.note.setPlaceholderText("What happened, who you spoke to, next steps…")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(90)
        self.form.addRow("Stage", self.stage)
        self.form.addRow("Outcome", self.outcome)
        self.form.addRow("Kind", self.event_type)
        self.form.addRow("Title", self.label)
        self.form.addRow("When", self.when)
        self.form.addRow("Note", self.note)
        self.stage.currentIndexChanged.connect(self._sync_fields)

        # The field shows minutes; an untouched field keeps the exact time (now, or the
        # event's own), so an event logged right after another still sorts after it.
        self._exact_when = event.occurred_at if event is not None else None
        if event is not None:
            self._load(event)
        else:
            self.when.setDateTime(_local_qdatetime(None))
            self._select_next_stage(current_stage)
        self._initial_when = self.when.dateTime()
        self._sync_fields()

    def _select_next_stage(self, current_stage: str) -> None:
        if current_stage in STAGES and current_stage not in ("offer", "closed"):
            following = STAGES[STAGES.index(current_stage) + 1]
            self.stage.setCurrentIndex(self.stage.findData(following))
        else:
            self.stage.setCurrentIndex(0)

    def _load(self, event: StageEvent) -> None:
        if event.to_stage is None:
            key = NO_STAGE
            self.event_type.setCurrentIndex(max(0, self.event_type.findData(event.event_type)))
        elif event.to_stage == "closed":
            key = event.outcome if event.outcome in ("rejected", "withdrawn") else "closed"
            self.outcome.setCurrentIndex(max(0, self.outcome.findData(event.outcome)))
        else:
            key = event.to_stage
        self.stage.setCurrentIndex(max(0, self.stage.findData(key)))
        self.label.setText(event.event_label)
        self.when.setDateTime(_local_qdatetime(event.occurred_at))
        self.note.setPlainText(event.note)

    def _sync_fields(self) -> None:
        key = self.stage.currentData()
        self._set_row_visible(self.outcome, key == "closed")
        self._set_row_visible(self.event_type, key == NO_STAGE)

    def _set_row_visible(self, field: QWidget, visible: bool) -> None:
        self.form.setRowVisible(field, visible)

    def values(self) -> dict[str, Any]:
        key = self.stage.currentData()
        to_stage: str | None
        outcome: str | None = None
        if key == NO_STAGE:
            to_stage, event_type = None, self.event_type.currentData()
        elif key in CLOSE_CHOICES:
            to_stage, event_type = "closed", "status_update"
            outcome = key if key != "closed" else self.outcome.currentData()
        else:
            to_stage, event_type = key, "status_update"
        return {
            "to_stage": to_stage,
            "outcome": outcome,
            "event_type": event_type,
            "event_label": self.label.text().strip(),
            "occurred_at": self._occurred_at(),
            "note": self.note.toPlainText().strip(),
        }

    def _occurred_at(self) -> datetime:
        if self.when.dateTime() == self._initial_when:
            return self._exact_when or utcnow()
        return _utc_from_qdatetime(self.when.dateTime())


class CloseJobDialog(_FormDialog):
    """Close a job with an outcome."""

    def __init__(self, parent: QWidget | None = None, job_title: str = "") -> None:
        super().__init__("Close job", parent)
        if job_title:
            heading = QLabel(job_title)
            heading.setObjectName("dialogHeading")
            self.form.addRow(heading)
        self.outcome = QComboBox(objectName="outcomeCombo")
        for outcome in OUTCOMES:
            self.outcome.addItem(stage_icon("closed", outcome), OUTCOME_LABELS[outcome], outcome)
        self.when = QDateTimeEdit(objectName="whenEdit", calendarPopup=True)
        self.when.setDisplayFormat(DATETIME_FORMAT)
        self.when.setDateTime(_local_qdatetime(None))
        self._initial_when = self.when.dateTime()
        self.note = QPlainTextEdit(objectName="noteEdit")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(80)
        self.form.addRow("Outcome", self.outcome)
        self.form.addRow("When", self.when)
        self.form.addRow("Note", self.note)
        self.save_button.setText("Close job")

    def values(self) -> dict[str, Any]:
        return {
            "outcome": self.outcome.currentData(),
            "occurred_at": (utcnow() if self.when.dateTime() == self._initial_when
                            else _utc_from_qdatetime(self.when.dateTime())),
            "note": self.note.toPlainText().strip(),
        }
