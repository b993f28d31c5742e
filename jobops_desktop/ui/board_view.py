"""In Progress Board (being built)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from .events import AppEvents


class BoardPage(QWidget):
    open_job = Signal(int)

    def __init__(self, events: AppEvents) -> None:
        super().__init__()
        self.events = events
        QVBoxLayout(self).addWidget(QLabel("Board"))
