"""The app shell around the main window: tray icon, background sync, mail pages and actions.

After Vorta's tray menu: with a system tray the app lives on when the window closes (a
one-time notice says so) and the tray menu, rebuilt each time it opens, shows what is going
on: messages waiting for review, the last sync, a running sync, Pause background sync.
Without a tray, closing the window quits as usual. Notifications (new mail: counts only) go
to the desktop's notification server over D-Bus, else to the tray's balloon; clicking one
brings the window up on the Tracking Inbox (`ui/notifications.py` sends them).

`install_tray(app, window, background=...)` is the one call `ui/app.py` makes: it adds the
"accounts" and "runs" pages, the Mail menu (Sync now, Import, Connect, Settings…), the sync
progress in the status bar, the background-sync timer and the tray.
"""

from __future__ import annotations

import gc
import os
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QSystemTrayIcon,
    QWidget,
)

from .. import APP_NAME
from ..logging_setup import get_logger
from ..services import scheduler
from ..services import settings as app_settings
from ..timeutil import format_local
from .accounts_panel import show_sync_progress
from .events import AppEvents
from .notifications import OPEN_AUTO_LINKED, OPEN_PENDING, OPEN_WINDOW, DesktopNotifier
from .sync_controller import SyncController, SyncScheduler
from .theme import app_icon
from .theme import icon as themed_icon
from .worker import run_task

log = get_logger("ui.tray")

CLOSE_NOTICE_SETTING = "tray.close_notice_shown"


@dataclass(frozen=True)
class TrayState:
    pending: int = 0
    last_run_status: str = ""
    last_run_at: datetime | None = None
    last_run_error: str = ""
    paused: bool = False
    interval_minutes: int = 0
    close_notice_shown: bool = False


def read_tray_state() -> TrayState:
    from ..services import inbox, sync

    runs = sync.list_runs(1)
    last = runs[0] if runs else None
    return TrayState(
        pending=inbox.counts().get("pending_user", 0),
        last_run_status=last.status if last else "",
        last_run_at=(last.finished_at or last.started_at) if last else None,
        last_run_error=(last.error_message or "") if last else "",
        paused=bool(app_settings.get("sync.paused")),
        interval_minutes=scheduler.normalise_interval(app_settings.get("sync.interval_minutes")),
        close_notice_shown=bool(app_settings.get(CLOSE_NOTICE_SETTING)))


def tray_icon_image() -> QIcon:
    """The app icon, or a drawn badge when the icon resources are missing."""
    icon = app_icon()
    if not icon.isNull():
        return icon
    pixmap = QPixmap(64, 64)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#2563eb"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(4, 4, 56, 56, 14, 14)
    painter.setPen(QColor("#ffffff"))
    font = painter.font()
    font.setPixelSize(30)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, "J")
    painter.end()
    return QIcon(pixmap)


def show_window(window: QWidget) -> None:
    """Bring the window forward (from the tray or a second launch)."""
    if window.isMinimized():
        window.showNormal()
    else:
        window.show()
    window.raise_()
    window.activateWindow()


def last_sync_text(state: TrayState) -> str:
    if not state.last_run_status:
        return "No sync yet"
    when = format_local(state.last_run_at)
    return f"Last sync {state.last_run_status}" + (f" {when}" if when else "")


class TrayController(QObject):
    """The tray icon and its menu; hides the window on close while a tray exists."""

    def __init__(self, window: QMainWindow, controller: SyncController, events: AppEvents,
                 *, open_settings: Callable[[], None] | None = None,
                 available: bool | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent or window)
        self.window = window
        self.controller = controller
        self.events = events
        self.open_settings = open_settings
        self.available = (QSystemTrayIcon.isSystemTrayAvailable() if available is None
                          else available)
        self.state = TrayState()
        self._generation = 0
        self.quitting = False
        self.actions: dict[str, QAction] = {}
        self.menu = QMenu()
        self.menu.setObjectName("trayMenu")
        self.menu.aboutToShow.connect(self.rebuild_menu)
        self.icon: QSystemTrayIcon | None = None
        self.notifier = DesktopNotifier(self)
        self.notifier.fallback.connect(self._show_in_app)
        self.notifier.clicked.connect(self.open_target)
        self._balloon_target = OPEN_WINDOW  # what a click on the tray's balloon opens
        app = QApplication.instance()
        if self.available:
            self.icon = QSystemTrayIcon(tray_icon_image(), self)
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._on_activated)
            self.icon.messageClicked.connect(lambda: self.open_target(self._balloon_target))
            self.icon.setToolTip(APP_NAME)
            self.icon.show()
            if isinstance(app, QApplication):
                app.setQuitOnLastWindowClosed(False)
            window.installEventFilter(self)
        elif isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(True)
        controller.state_changed.connect(self._on_sync_state)
        controller.progress.connect(lambda *_: self._update_live_texts())
        controller.notify.connect(self._notify_new_mail)
        events.messages_changed.connect(self.refresh_state)
        events.runs_changed.connect(self.refresh_state)
        events.accounts_changed.connect(self.refresh_state)
        self.rebuild_menu()

    # ---------------------------------------------------------- state

    def refresh_state(self) -> None:
        generation = self._generation

        def apply(state: TrayState) -> None:
            # A read that started before a local change (pause, close notice) is stale.
            if generation == self._generation:
                self._apply_state(state)

        run_task(read_tray_state, on_result=apply,
                 on_error=lambda exc: log.warning("tray state not read: %s",
                                                  type(exc).__name__))

    def _apply_state(self, state: TrayState) -> None:
        self.state = state
        self._update_live_texts()

    def _change_state(self, **changes: object) -> None:
        self._generation += 1
        self.state = TrayState(**{**self.state.__dict__, **changes})

    def _on_sync_state(self) -> None:
        self._update_live_texts()

    def _pending_text(self) -> str:
        count = self.state.pending
        return "Nothing waiting for review" if count == 0 else f"{count} waiting for review"

    def _sync_text(self) -> str:
        if self.controller.running:
            return self.controller.status_text()
        return last_sync_text(self.state)

    def _update_live_texts(self) -> None:
        """Refresh texts in place: the menu may be open while a sync progresses."""
        if "pending" in self.actions:
            self.actions["pending"].setText(self._pending_text())
            self.actions["status"].setText(self._sync_text())
            running = self.controller.running
            self.actions["sync"].setEnabled(not running)
            self.actions["cancel"].setVisible(running)
            pause = self.actions["pause"]
            pause.blockSignals(True)  # showing the state is not a click
            pause.setChecked(self.state.paused)
            pause.blockSignals(False)
        if self.icon is not None:
            tip = f"{APP_NAME}\n{self._pending_text()}\n{self._sync_text()}"
            if self.state.paused:
                tip += "\nBackground sync paused"
            self.icon.setToolTip(tip)

    # ---------------------------------------------------------- menu

    def rebuild_menu(self) -> None:
        """Build the menu from the current state (connected to aboutToShow)."""
        menu = self.menu
        menu.clear()
        self.actions = {}

        def add(key: str, text: str, slot: Callable[[], object] | None = None, *,
                enabled: bool = True) -> QAction:
            action = menu.addAction(text)
            action.setObjectName(f"tray_{key}")
            action.setEnabled(enabled)
            if slot is not None:
                action.triggered.connect(slot)
            self.actions[key] = action
            return action

        add("open", f"Open {APP_NAME}", lambda: show_window(self.window))
        menu.addSeparator()
        add("sync", "Sync now", self.sync_now, enabled=not self.controller.running)
        add("cancel", "Cancel sync", self.controller.cancel).setVisible(self.controller.running)
        add("pending", self._pending_text(), self._open_inbox)
        add("status", self._sync_text(), self._open_runs)
        menu.addSeparator()
        pause = add("pause", "Pause background sync")
        pause.setCheckable(True)
        pause.setChecked(self.state.paused)
        pause.toggled.connect(self.set_paused)
        if self.state.interval_minutes <= 0:
            pause.setToolTip("Background sync is off; turn it on in Settings.")
        add("settings", "Settings…", self._open_settings)
        menu.addSeparator()
        add("quit", "Quit", self.quit)
        # The cached numbers may be a little old: refresh them (texts update in place).
        self.refresh_state()

    def action_texts(self) -> list[str]:
        return [a.text() for a in self.menu.actions() if not a.isSeparator() and a.isVisible()]

    # ---------------------------------------------------------- actions

    def sync_now(self) -> None:
        if not self.controller.sync_now():
            self.notify(APP_NAME, "A sync is already running.")

    def set_paused(self, paused: bool) -> None:
        if paused == self.state.paused:
            return
        self._change_state(paused=paused)
        run_task(app_settings.set, "sync.paused", bool(paused),
                 on_result=lambda _r: self.refresh_state())
        log.info("background sync %s", "paused" if paused else "resumed")
        self._update_live_texts()

    def _open_inbox(self) -> None:
        self.open_target(OPEN_PENDING)

    def open_target(self, target: str) -> None:
        """Bring the window forward on what a clicked notification talks about: OPEN_WINDOW,
        or "inbox:<status>" (the Tracking Inbox on that status filter)."""
        show_window(self.window)
        page, _, status = target.partition(":")
        if not page or not hasattr(self.window, "show_page"):
            return
        inbox = getattr(self.window, "inbox_page", None)
        if page == "inbox" and status and inbox is not None:
            inbox.set_status_filter(status)
        self.window.show_page(page)
        log.info("window shown on the %s page (%s)", page, status or "no filter")

    def _open_runs(self) -> None:
        show_window(self.window)
        if hasattr(self.window, "show_page"):
            self.window.show_page("runs")

    def _open_settings(self) -> None:
        show_window(self.window)
        if self.open_settings is not None:
            self.open_settings()

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            if self.window.isVisible() and not self.window.isMinimized():
                self.window.hide()
            else:
                show_window(self.window)

    def quit(self) -> None:
        self.quitting = True
        self.controller.cancel()
        self.controller.cancel_connect()
        if hasattr(self.window, "save_layout"):
            self.window.save_layout()
        if self.icon is not None:
            self.icon.hide()
        QApplication.quit()

    def notify(self, title: str, text: str, target: str = OPEN_WINDOW) -> None:
        """A desktop notification; without a notification server, the tray's balloon or the
        status bar. Clicking the notification or the balloon opens `target`."""
        self.notifier.send(title, text, target)

    def _notify_new_mail(self, title: str, text: str) -> None:
        # The controller sets last_outcome before it emits notify: the click opens what the
        # text leads with, the messages to review, else the auto-linked updates.
        outcome = self.controller.last_outcome
        auto_only = outcome is not None and not outcome.new_pending and outcome.auto_linked
        self.notify(title, text, OPEN_AUTO_LINKED if auto_only else OPEN_PENDING)

    def _show_in_app(self, title: str, text: str, target: str = OPEN_WINDOW) -> None:
        self._balloon_target = target
        if self.icon is not None and self.icon.supportsMessages():
            self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 8000)
        elif hasattr(self.window, "show_status"):
            self.window.show_status(text, 10_000)

    # ---------------------------------------------------------- close to tray

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.window and event.type() == QEvent.Type.Close
                and self.available and not self.quitting):
            event.ignore()
            if hasattr(self.window, "save_layout"):
                self.window.save_layout()
            self.window.hide()
            if not self.state.close_notice_shown:
                self._change_state(close_notice_shown=True)
                self.notify(APP_NAME, "JobOps keeps running in the tray and syncs in the "
                            "background. Choose Quit in the tray menu to exit.")
                run_task(app_settings.set, CLOSE_NOTICE_SETTING, True)
            return True
        return super().eventFilter(watched, event)


# ------------------------------------------------------------------ the shell

class StatusBarProgress(QObject):
    """A compact progress indicator in the window's status bar, visible from every page."""

    def __init__(self, window: QMainWindow, controller: SyncController) -> None:
        super().__init__(window)
        self.controller = controller
        self.label = QLabel()
        self.label.setObjectName("statusSyncLabel")
        self.bar = QProgressBar()
        self.bar.setObjectName("statusSyncBar")
        self.bar.setMaximumWidth(160)
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        window.statusBar().addPermanentWidget(self.label)
        window.statusBar().addPermanentWidget(self.bar)
        controller.state_changed.connect(self.update)
        controller.progress.connect(lambda *_: self.update())
        self.update()

    def update(self) -> None:
        running = self.controller.running
        self.label.setVisible(running)
        self.bar.setVisible(running)
        if not running:
            return
        self.label.setText(self.controller.status_text())
        show_sync_progress(self.bar, self.controller)


class AppShell(QObject):
    """Everything install_tray() adds; kept on the window as `window.shell`."""

    def __init__(self, window: QMainWindow, *, tray_available: bool | None = None,
                 scheduler_tick_ms: int = 60_000) -> None:
        super().__init__(window)
        from .accounts_panel import AccountsPanel, choose_and_import
        from .runs_view import RunsPage

        events: AppEvents = window.events  # type: ignore[attr-defined]
        self.window = window
        self.events = events
        self.controller = SyncController(events, parent=self)
        self.accounts_panel = AccountsPanel(self.controller, events)
        self.runs_page = RunsPage(self.controller, events)
        window.add_page("accounts", "Mail Accounts", self.accounts_panel,  # type: ignore[attr-defined]
                        themed_icon("nav-accounts"), "Ctrl+6")
        window.add_page("runs", "Sync Runs", self.runs_page,  # type: ignore[attr-defined]
                        themed_icon("nav-runs"), "Ctrl+4")

        def connect_gmail() -> None:
            window.show_page("accounts")  # type: ignore[attr-defined]
            self.accounts_panel.start_connect()

        def import_mail() -> None:
            if choose_and_import(window, self.controller):
                window.show_page("runs")  # type: ignore[attr-defined]

        events.connect_gmail_requested.connect(connect_gmail)
        events.import_mail_requested.connect(import_mail)

        self.status_progress = StatusBarProgress(window, self.controller)
        self.scheduler = SyncScheduler(self.controller, tick_ms=scheduler_tick_ms, parent=self)
        self.tray = TrayController(window, self.controller, events,
                                   open_settings=self.open_settings, available=tray_available,
                                   parent=self)
        self.controller.batch_failed.connect(
            lambda text: window.show_status(f"Sync failed: {text}", 10_000))  # type: ignore[attr-defined]
        self._add_menu(connect_gmail, import_mail)

    def _add_menu(self, connect_gmail: Callable[[], None],
                  import_mail: Callable[[], None]) -> None:
        window = self.window
        menu = window.menuBar().addMenu("&Mail")
        menu.setObjectName("mailMenu")
        self.sync_action = QAction("Sync now", window)
        self.sync_action.setObjectName("syncNowAction")
        self.sync_action.setShortcut(QKeySequence("F5"))
        self.sync_action.triggered.connect(lambda: self.controller.sync_now())
        self.cancel_action = QAction("Cancel sync", window)
        self.cancel_action.triggered.connect(self.controller.cancel)
        connect = QAction("Connect Gmail…", window)
        connect.triggered.connect(connect_gmail)
        importer = QAction("Import mail file…", window)
        importer.triggered.connect(import_mail)
        self.settings_action = QAction("Settings…", window)
        self.settings_action.setObjectName("settingsAction")
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        if self.settings_action.shortcut().isEmpty():
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.open_settings)
        for action in (self.sync_action, self.cancel_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(connect)
        menu.addAction(importer)
        menu.addSeparator()
        menu.addAction(self.settings_action)
        if self.tray.available:
            menu.addSeparator()
            quit_action = menu.addAction("Quit")
            quit_action.setShortcut(QKeySequence.StandardKey.Quit)
            quit_action.triggered.connect(self.tray.quit)

        def update() -> None:
            self.sync_action.setEnabled(not self.controller.running)
            self.cancel_action.setEnabled(self.controller.running)

        self.controller.state_changed.connect(update)
        update()

    def open_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        dialog = getattr(self, "_settings_dialog", None)
        if dialog is not None and dialog.isVisible():
            dialog.raise_()
            dialog.activateWindow()
            return
        if dialog is not None:
            # A closed dialog is a child of the window: it would live on and reload its
            # snapshot on every later sync. Each opening starts from a fresh one.
            dialog.deleteLater()
        self._settings_dialog = SettingsDialog(self.controller, self.events, self.window)
        self._settings_dialog.open()

    def start(self) -> None:
        self.scheduler.start()
        # Import the sync and routing stack now, while the app is idle: an import runs with
        # the GIL held (regex compilation, loading llama.cpp's libraries) and would otherwise
        # freeze the window for a moment in the middle of the first sync.
        run_task(prewarm_sync_imports, lane="sync", on_result=self._freeze_startup_objects)
        run_task(lower_this_thread_priority, lane="model")  # routing from the inbox

    @staticmethod
    def _freeze_startup_objects(_result: object = None) -> None:
        # Everything built so far (modules, Qt wrappers, the router's tables) lives as long
        # as the app: move it out of the garbage collector's view, so a full collection
        # triggered during a sync does not hold the GIL (and the window) for 100+ ms.
        gc.collect()
        gc.freeze()


def prewarm_sync_imports() -> None:
    import importlib

    lower_this_thread_priority()

    for module in ("jobops_desktop.services.sync", "jobops_desktop.services.routing",
                   "jobops_desktop.mail.gmail", "llama_cpp"):
        try:
            importlib.import_module(module)
        except ImportError as exc:  # llama.cpp missing: routing explains it when it runs
            log.info("prewarm: %s not importable (%s)", module, type(exc).__name__)


def lower_this_thread_priority(niceness: int = 5) -> None:
    """Run the calling worker thread (and the llama.cpp threads it starts) below the GUI
    thread, so a busy machine gives the window its CPU first. Linux only: elsewhere the
    call would renice the whole process."""
    if not sys.platform.startswith("linux"):
        return
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), niceness)
    except OSError as exc:
        log.info("worker priority unchanged (%s)", exc.strerror)


def install_tray(app: QApplication, window: QMainWindow, *, background: bool = False,
                 tray_available: bool | None = None) -> AppShell:
    """Add the mail pages, menu, background sync and tray to `window` (called by ui/app.py).

    With `background` (--tray / --background) the window stays hidden when a tray exists;
    without a tray it is shown anyway, since there would be no way to reach the app.
    """
    shell = AppShell(window, tray_available=tray_available)
    window.shell = shell  # type: ignore[attr-defined]
    shell.start()
    if background and not shell.tray.available:
        log.info("--background without a system tray: showing the window")
    return shell


def should_show_window(shell: AppShell, background: bool) -> bool:
    return not background or not shell.tray.available
