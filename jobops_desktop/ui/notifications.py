"""Desktop notifications: to the freedesktop notification server over D-Bus, clicks back.

NotificationClient is Qt-free (jeepney on a session-bus connection kept open, a listener
thread for ActionInvoked / NotificationClosed); DesktopNotifier wraps it for the GUI: sends
on a short-lived thread, and hands clicks and the notifications no server took back to the
GUI thread as signals. The tray (`ui/tray.py`) decides what a click opens.
"""

from __future__ import annotations

import contextlib
import sys
import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable
from queue import Queue
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from .. import APP_NAME
from ..logging_setup import get_logger

log = get_logger("ui.notifications")

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
