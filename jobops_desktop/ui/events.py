"""Application-wide signals: views announce changes here instead of knowing each other."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    jobs_changed = Signal()  # a job or its timeline changed (created, edited, moved, deleted)
    messages_changed = Signal()  # tracked messages routed, approved, denied, undone
    runs_changed = Signal()  # a sync or import run started, progressed or finished
    accounts_changed = Signal()  # a mail account connected, disconnected or edited
    sample_data_requested = Signal()  # "Try with sample data" on the first-run page
    connect_gmail_requested = Signal()  # "Connect Gmail" anywhere in the UI
    import_mail_requested = Signal()  # "Import mail file" anywhere in the UI
