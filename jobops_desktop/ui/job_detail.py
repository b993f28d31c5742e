"""Job detail page (being built)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from .events import AppEvents


class JobDetailPage(QWidget):
    back_requested = Signal()

    def __init__(self, events: AppEvents) -> None:
        super().__init__()
        self.events = events
        self.job_id: int | None = None
        self.tabs = QTabWidget()
        self.tabs.addTab(QLabel("Timeline"), "Timeline")
        self.tabs.addTab(QLabel("Details"), "Details")
        self.tabs.addTab(QLabel("Emails"), "Emails")
        QVBoxLayout(self).addWidget(self.tabs)

    def load(self, job_id: int) -> None:
        self.job_id = job_id

    def set_emails_widget(self, widget: QWidget) -> None:
        index = 2
        old = self.tabs.widget(index)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, widget, "Emails")
        old.deleteLater()
