"""The first-run state of the Jobs page: what the app does and three ways to start."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .events import AppEvents
from .theme import icon


class _StepCard(QFrame):
    def __init__(self, icon_name: str, title: str, text: str,
                 buttons: list[QPushButton]) -> None:
        super().__init__()
        self.setObjectName("stepCard")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(8)
        glyph = QLabel()
        glyph.setPixmap(icon(icon_name, "#2563eb").pixmap(28, 28))
        heading = QLabel(title)
        heading.setObjectName("stepTitle")
        body = QLabel(text)
        body.setObjectName("stepText")
        body.setWordWrap(True)
        layout.addWidget(glyph)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(1)
        # Stacked, not side by side: keeps the window's minimum width small.
        for button in buttons:
            row = QHBoxLayout()
            row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)


class FirstRunWidget(QWidget):
    """Shown instead of the jobs table while there are no jobs."""

    add_job_requested = Signal()
    import_csv_requested = Signal()

    def __init__(self, events: AppEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRun")
        self.events = events

        heading = QLabel("Welcome to JobOps")
        heading.setObjectName("welcomeTitle")
        intro = QLabel("Track every application and where it stands. Add jobs by hand, or let "
                       "JobOps read recruiter replies from your mail and update each job's "
                       "timeline on this computer. Nothing leaves your machine.")
        intro.setObjectName("welcomeText")
        intro.setWordWrap(True)

        self.add_button = QPushButton(icon("add", "#ffffff"), "Add a job")
        self.add_button.setObjectName("primaryButton")
        self.add_button.clicked.connect(self.add_job_requested.emit)
        self.import_csv_button = QPushButton("Import CSV…")
        self.import_csv_button.clicked.connect(self.import_csv_requested.emit)
        self.connect_button = QPushButton("Connect Gmail")
        self.connect_button.setObjectName("connectGmailButton")
        self.connect_button.clicked.connect(self.events.connect_gmail_requested.emit)
        self.import_mail_button = QPushButton("Import mail file")
        self.import_mail_button.setObjectName("importMailButton")
        self.import_mail_button.clicked.connect(self.events.import_mail_requested.emit)
        self.sample_button = QPushButton("Try with sample data")
        self.sample_button.setObjectName("sampleDataButton")
        self.sample_button.clicked.connect(self.events.sample_data_requested.emit)

        cards = QGridLayout()
        cards.setSpacing(16)
        cards.addWidget(_StepCard(
            "add", "1. Add a job",
            "Company and title are enough; add the link, location and notes if you like. "
            "Press Ctrl+N any time, or import a spreadsheet as CSV.",
            [self.add_button, self.import_csv_button]), 0, 0)
        cards.addWidget(_StepCard(
            "nav-inbox", "2. Connect your mail",
            "Read-only Gmail access, or an mbox/.eml export. The Smart Router runs on this "
            "computer and files recruiter replies under the right job.",
            [self.connect_button, self.import_mail_button]), 0, 1)
        cards.addWidget(_StepCard(
            "sparkle", "3. Just looking?",
            "Load a few sample jobs and emails to see the board, the timeline and the "
            "Tracking Inbox at work. You can delete them later.",
            [self.sample_button]), 0, 2)
        for column in range(3):
            cards.setColumnStretch(column, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 24, 8, 8)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(12)
        layout.addLayout(cards)
        layout.addStretch(1)
        intro.setAlignment(Qt.AlignmentFlag.AlignLeft)
