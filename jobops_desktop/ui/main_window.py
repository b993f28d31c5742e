"""The main window: a left navigation list and a stack of pages.

Other features plug in with `add_page(key, title, widget)` (replacing the placeholder of the
same key) and talk to each other through `window.events` (AppEvents).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME
from .common import EmptyState
from .events import AppEvents
from .theme import app_icon, icon

INBOX_EMPTY_TEXT = ("No emails yet. Connect Gmail or import an mbox to see recruiter replies "
                    "here.")


class MainWindow(QMainWindow):
    def __init__(self, events: AppEvents | None = None, settings: QSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.events = events or AppEvents(self)
        self.settings = settings or QSettings()
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        self.setObjectName("mainWindow")

        self._pages: dict[str, QWidget] = {}
        self._items: dict[str, QListWidgetItem] = {}
        self._shortcuts: dict[str, QAction] = {}

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(18, 18))
        self.sidebar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.sidebar.currentItemChanged.connect(self._on_sidebar_changed)
        brand = QLabel(APP_NAME)
        brand.setObjectName("brand")
        side = QWidget()
        side.setObjectName("sidePanel")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(0)
        side_layout.addWidget(brand)
        side_layout.addWidget(self.sidebar, 1)

        self.stack = QStackedWidget()
        self.stack.setObjectName("pageStack")
        self.splitter = QSplitter()
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(side)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([200, 1000])
        self.setCentralWidget(self.splitter)
        self.statusBar().setSizeGripEnabled(True)

        self._build_pages()
        self.resize(1200, 760)
        self.restore_layout()

    # ------------------------------------------------------------ pages

    def _build_pages(self) -> None:
        # Imported here: the views import this module's siblings, not the window.
        from .board_view import BoardPage
        from .job_detail import JobDetailPage
        from .jobs_view import JobsPage

        self.jobs_page = JobsPage(self.events, self.settings)
        self.jobs_page.open_job.connect(self.show_job)
        self.board_page = BoardPage(self.events)
        self.board_page.open_job.connect(self.show_job)
        self.job_page = JobDetailPage(self.events)
        self.job_page.back_requested.connect(lambda: self.show_page("jobs"))
        self.job_page.job_loaded.connect(self._name_job_item)

        self.add_page("jobs", "Jobs", self.jobs_page, icon("nav-jobs"), "Ctrl+1")
        self.add_page("board", "In Progress Board", self.board_page, icon("nav-board"), "Ctrl+2")
        self.add_page("inbox", "Tracking Inbox",
                      EmptyState("Tracking Inbox", INBOX_EMPTY_TEXT,
                                 [("Connect Gmail", self.events.connect_gmail_requested.emit),
                                  ("Import mail file", self.events.import_mail_requested.emit)]),
                      icon("nav-inbox"), "Ctrl+3")
        self.add_page("runs", "Sync Runs",
                      EmptyState("Sync runs", "No sync runs yet. Each Gmail sync or mail "
                                 "import will be listed here with its counts."),
                      icon("nav-runs"), "Ctrl+4")
        self.add_page("job", "Job", self.job_page, icon("nav-job"), "Ctrl+5")
        self.show_page("jobs")
        self._add_global_actions()

    def _add_global_actions(self) -> None:
        def add(text: str, shortcut: str, slot) -> QAction:
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            self.addAction(action)
            return action

        self.new_job_action = add("New job", "Ctrl+N", self._new_job)
        self.find_action = add("Search jobs", "Ctrl+F", self._find)
        self.log_event_action = add("Log event", "Ctrl+L", self._log_event)

    def _new_job(self) -> None:
        self.show_page("jobs")
        self.jobs_page.new_job()

    def _find(self) -> None:
        self.show_page("jobs")
        self.jobs_page.focus_search()

    def _log_event(self) -> None:
        """Log an event on the job in view: the open job, or the one selected in the table."""
        if self.current_page_key() == "job":
            self.job_page.log_event()
        elif self.current_page_key() == "jobs":
            self.jobs_page.log_event()

    def add_page(self, key: str, title: str, widget: QWidget, icon: QIcon | None = None,
                 shortcut: str | None = None) -> None:
        """Add a navigation page, or replace the page already registered under `key`."""
        old = self._pages.get(key)
        if old is not None:
            index = self.stack.indexOf(old)
            was_current = self.stack.currentWidget() is old
            self.stack.insertWidget(index, widget)
            self.stack.removeWidget(old)
            old.deleteLater()
            if was_current:
                self.stack.setCurrentWidget(widget)
            item = self._items[key]
            item.setText(title)
        else:
            self.stack.addWidget(widget)
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(0, 38))
            job_item = self._items.get("job")
            if job_item is not None:  # the open job stays last in the list
                self.sidebar.insertItem(self.sidebar.row(job_item), item)
            else:
                self.sidebar.addItem(item)
            self._items[key] = item
        if key == "job":
            item.setHidden(self._current_job_id() is None)
        if icon is not None and not icon.isNull():
            item.setIcon(icon)
        self._pages[key] = widget
        if shortcut:
            action = self._shortcuts.get(key)
            if action is None:
                action = QAction(title, self)
                action.triggered.connect(lambda _=False, k=key: self.show_page(k))
                self.addAction(action)
                self._shortcuts[key] = action
            action.setShortcut(QKeySequence(shortcut))
            item.setToolTip(f"{title} ({shortcut})")

    def page(self, key: str) -> QWidget:
        return self._pages[key]

    def current_page_key(self) -> str | None:
        current = self.stack.currentWidget()
        for key, widget in self._pages.items():
            if widget is current:
                return key
        return None

    def show_page(self, key: str) -> None:
        widget = self._pages[key]
        if key == "job" and self._current_job_id() is None:
            return
        self.stack.setCurrentWidget(widget)
        item = self._items.get(key)
        if item is not None and self.sidebar.currentItem() is not item:
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentItem(item)
            self.sidebar.blockSignals(False)
        if hasattr(widget, "page_shown"):
            widget.page_shown()

    def show_job(self, job_id: int) -> None:
        self.job_page.load(job_id)
        self._items["job"].setHidden(False)
        self.show_page("job")

    def _name_job_item(self, _job_id: int) -> None:
        job = self.job_page.job
        if job is not None:
            self._items["job"].setText(job.company)

    def _current_job_id(self) -> int | None:
        page = getattr(self, "job_page", None)
        return None if page is None else page.job_id

    def _on_sidebar_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.show_page(current.data(Qt.ItemDataRole.UserRole))

    def show_status(self, text: str, timeout_ms: int = 5000) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    # ------------------------------------------------------------ layout memory

    def restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        for page in self._pages.values():
            if hasattr(page, "save_layout"):
                page.save_layout()
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        super().closeEvent(event)
