"""The app shell around the main window: tray icon, background sync, mail pages and actions.

After Vorta's tray menu: with a system tray the app lives on when the window closes (a
one-time notice says so) and the tray menu, rebuilt each time it opens, shows what is going
on: messages waiting for review, the last sync, a running sync, Pause background sync.
Without a tray, closing the window quits as usual. Notifications (new mail: counts only) go
to the desktop's notification server over D-Bus, else to the tray's balloon; clicking one
brings the window up on the Tracking Inbox (NotificationClient, DesktopNotifier).

`install_tray(app, window, background=...)` is the one call `ui/app.py` makes: it adds the
"accounts" and "runs" pages, the Mail menu (Sync now, Import, Connect, Settings…), the sync
progress in the status bar, the background-sync timer and the tray.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from queue import Queue
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
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


NOTIFICATIONS_SERVICE = "org.freedesktop.Notifications"
NOTIFICATIONS_PATH = "/org/freedesktop/Notifications"
DEFAULT_ACTION = "default"  # the action a click on the notification's body invokes

# What a click on a notification opens: just the window, or the Tracking Inbox on a filter.
OPEN_WINDOW = ""
OPEN_PENDING = "inbox:pending_user"
OPEN_AUTO_LINKED = "inbox:auto_linked"

# Notifications remembered for a click; a server that never sends NotificationClosed (it
# must, but) cannot grow the table without bound.
REMEMBERED_NOTIFICATIONS = 64


class NotificationClient:
    """Sends desktop notifications to the freedesktop notification server and reports clicks.

    Qt-free. The session-bus connection stays open while the app runs: the server sends
    ActionInvoked to the connection that created the notification (dunst, GNOME) or to
    everyone, and only an open connection receives it. jeepney's threading router reads the
    bus on its own thread; a listener thread takes the server's signals from the router's
    queue and calls `on_click(target)` for a click on one of ours (the caller hands that to
    the GUI thread). `notify()` blocks for up to twice `timeout_s`: call it off the GUI
    thread. `close()` does not wait for a send in progress, so the GUI thread may call it.
    """

    def __init__(self, on_click: Callable[[str], None], *, bus: str = "SESSION",
                 timeout_s: float = 3.0) -> None:
        self.on_click = on_click
        self.bus = bus
        self.timeout_s = timeout_s
        self._send_lock = threading.Lock()  # one send at a time (held for the bus round trips)
        self._state_lock = threading.Lock()  # short: the fields below
        self._closed = False
        self._connection: Any = None
        self._router: Any = None
        self._signals: Queue[Any] | None = None
        # (server's unique bus name, notification id) -> what a click opens
        self._sent: OrderedDict[tuple[str, int], str] = OrderedDict()

    @staticmethod
    def supported() -> bool:
        if not (sys.platform.startswith("linux") or "bsd" in sys.platform):
            return False
        try:
            import jeepney  # noqa: F401
        except ImportError:
            return False
        return True

    @property
    def listening(self) -> bool:
        return self._router is not None

    def notify(self, title: str, text: str, target: str = OPEN_WINDOW) -> bool:
        """True when the server took the notification; False (no bus, no server, not Linux
        or BSD, closed) so the caller can fall back."""
        if self._closed or not self.supported():
            return False
        with self._send_lock:
            try:
                return self._notify(title, text, target)
            except Exception as exc:  # no session bus, no server, a timeout: fall back
                log.info("desktop notification not sent (%s)", type(exc).__name__)
                self._disconnect()
                return False

    def _notify(self, title: str, text: str, target: str) -> bool:
        from jeepney import DBusAddress, HeaderFields, MessageType, new_method_call

        router = self._connect()
        if router is None:  # closed meanwhile
            return False
        address = DBusAddress(NOTIFICATIONS_PATH, bus_name=NOTIFICATIONS_SERVICE,
                              interface=NOTIFICATIONS_SERVICE)
        reply = router.send_and_get_reply(new_method_call(address, "GetCapabilities"),
                                          timeout=self.timeout_s)
        capabilities = (reply.body[0] if reply.header.message_type == MessageType.method_return
                        else [])
        actions = [DEFAULT_ACTION, "Open"] if "actions" in capabilities else []
        # Notify(app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout)
        call = new_method_call(address, "Notify", "susssasa{sv}i",
                               (APP_NAME, 0, "", title, text, actions, {}, 8000))
        reply = router.send_and_get_reply(call, timeout=self.timeout_s)
        if reply.header.message_type != MessageType.method_return:
            log.info("desktop notification refused by the notification server")
            self._disconnect()
            return False
        if actions:
            server = reply.header.fields.get(HeaderFields.sender, "")
            with self._state_lock:
                self._sent[(server, int(reply.body[0]))] = target
                while len(self._sent) > REMEMBERED_NOTIFICATIONS:
                    self._sent.popitem(last=False)
        return True

    def _connect(self) -> Any:
        """The open router, or a new connection listening for the server's signals; None
        once closed. Called with the send lock held."""
        from jeepney import MatchRule
        from jeepney.bus_messages import message_bus
        from jeepney.io.threading import DBusRouter, Proxy, open_dbus_connection

        if self._router is not None:
            return self._router
        connection = open_dbus_connection(bus=self.bus)
        router = DBusRouter(connection)
        rule = MatchRule(type="signal", interface=NOTIFICATIONS_SERVICE,
                         path=NOTIFICATIONS_PATH)
        signals: Queue[Any] = Queue()
        router.filter(rule, queue=signals)  # lives as long as the router
        with self._state_lock:
            if not self._closed:
                self._connection, self._router, self._signals = connection, router, signals
        if self._router is not router:
            self._shut(router, connection, signals)
            return None
        # Servers that broadcast their signals (rather than send them to us) need the rule.
        Proxy(message_bus, router, timeout=self.timeout_s).AddMatch(rule)
        threading.Thread(target=self._listen, args=(signals,), daemon=True,
                         name="desktop-notification-listener").start()
        return router

    def _listen(self, signals: Queue[Any]) -> None:
        while (message := signals.get()) is not None:  # None: disconnected
            try:
                self._handle_signal(message)
            except Exception as exc:  # a malformed signal must not end the listening
                log.info("notification signal not understood (%s)", type(exc).__name__)

    def _handle_signal(self, message: Any) -> None:
        from jeepney import HeaderFields

        fields = message.header.fields
        member = fields.get(HeaderFields.member)
        if member not in ("ActionInvoked", "NotificationClosed"):
            return
        key = (fields.get(HeaderFields.sender, ""), int(message.body[0]))
        with self._state_lock:
            target = self._sent.get(key)
            if member == "NotificationClosed":
                self._sent.pop(key, None)
        if member == "ActionInvoked" and target is not None and message.body[1] == DEFAULT_ACTION:
            log.info("notification %d clicked", key[1])
            self.on_click(target)

    def _disconnect(self) -> None:
        with self._state_lock:
            router, connection, signals = self._router, self._connection, self._signals
            self._router = self._connection = self._signals = None
        self._shut(router, connection, signals)

    @staticmethod
    def _shut(router: Any, connection: Any, signals: Queue[Any] | None) -> None:
        if signals is not None:
            signals.put(None)  # ends the listener thread
        with contextlib.suppress(Exception):
            if router is not None:
                router.close()  # interrupts its receiver thread (a waiting send fails)
            if connection is not None:
                connection.close()

    def close(self) -> None:
        """Stop listening for good (the app quits); notifications still on screen no longer
        open anything."""
        with self._state_lock:
            self._closed = True
            self._sent.clear()
        self._disconnect()


class DesktopNotifier(QObject):
    """Sends notifications to the desktop's notification server on a short-lived thread.

    `fallback` (on the GUI thread) carries the ones that found no server; `clicked` (queued
    to the GUI thread from the listener thread) carries what a clicked notification opens.
    """

    fallback = Signal(str, str, str)  # title, text, target
    clicked = Signal(str)  # target

    def __init__(self, parent: QObject | None = None,
                 client: NotificationClient | None = None) -> None:
        super().__init__(parent)
        notifier = weakref.ref(self)

        def emit_clicked(target: str) -> None:
            # On the listener thread: a weak reference, so the client (and its thread) keep
            # no Qt object alive; the emit reaches the GUI thread through a queued connection.
            alive = notifier()
            if alive is not None:
                with contextlib.suppress(RuntimeError):  # deleted as the app quits
                    alive.clicked.emit(target)

        self.client = client or NotificationClient(emit_clicked)
        client_close = self.client.close
        self.destroyed.connect(lambda *_: client_close())
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(client_close)

    def send(self, title: str, text: str, target: str = OPEN_WINDOW) -> None:
        client, notifier = self.client, weakref.ref(self)

        def deliver() -> None:
            if not client.notify(title, text, target) and (alive := notifier()) is not None:
                with contextlib.suppress(RuntimeError):  # the app quit meanwhile
                    alive.fallback.emit(title, text, target)

        threading.Thread(target=deliver, name="desktop-notification", daemon=True).start()


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
