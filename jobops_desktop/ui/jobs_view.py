"""Jobs page (being built)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from .events import AppEvents


class JobsPage(QWidget):
    open_job = Signal(int)

    def __init__(self, events: AppEvents, settings: QSettings) -> None:
        super().__init__()
        self.events = events
        QVBoxLayout(self).addWidget(QLabel("Jobs"))
