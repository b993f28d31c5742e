"""Clicking a desktop notification opens the app on the Tracking Inbox.

A stand-in notification server (org.freedesktop.Notifications, as dunst answers it: signals
sent to the connection that created the notification) runs on a private dbus-daemon; the app
talks to it exactly as to a real server. tests/test_ui_tray_x11.py clicks a real dunst.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from queue import Queue

import pytest
from PySide6.QtWidgets import QApplication
from ui_sync_support import write_mbox

from jobops_desktop.services import settings
from jobops_desktop.ui import worker
from jobops_desktop.ui.app import build_main_window, create_application
from jobops_desktop.ui.notifications import NOTIFICATIONS_PATH, NOTIFICATIONS_SERVICE
from jobops_desktop.ui.sync_controller import BatchOutcome, SyncOutcome
from jobops_desktop.ui.tray import install_tray

jeepney = pytest.importorskip("jeepney")
from jeepney import (  # noqa: E402
    DBusAddress,
    HeaderFields,
    MatchRule,
    new_method_return,
    new_signal,
)
from jeepney.bus_messages import message_bus  # noqa: E402
from jeepney.io.threading import DBusRouter, Proxy, open_dbus_connection  # noqa: E402

pytestmark = [
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="D-Bus session bus"),
    pytest.mark.skipif(shutil.which("dbus-daemon") is None, reason="needs dbus-daemon"),
    pytest.mark.qt_log_ignore("systemTrayWindowChanged", "does not support raise"),
]


@dataclass
class Received:
    client: str  # the sender's unique bus name
    id: int
    summary: str
    body: str
    actions: list[str]


@dataclass
class StandInServer:
    """Answers GetCapabilities and Notify; click() and close() send what a server sends when
    the user clicks or dismisses a notification."""

    address: str
    capabilities: list[str] = field(default_factory=lambda: ["body", "actions"])
    received: list[Received] = field(default_factory=list)

    def start(self) -> StandInServer:
        self.router = DBusRouter(open_dbus_connection(bus=self.address))
        bus = Proxy(message_bus, self.router, timeout=5)
        assert bus.RequestName(NOTIFICATIONS_SERVICE, 4) == (1,)  # primary owner
        self.calls: Queue = Queue()
        self.router.filter(MatchRule(type="method_call", interface=NOTIFICATIONS_SERVICE),
                           queue=self.calls)
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()
        return self

    def _serve(self) -> None:
        while (call := self.calls.get()) is not None:
            member = call.header.fields[HeaderFields.member]
            if member == "GetCapabilities":
                self.router.send(new_method_return(call, "as", (self.capabilities,)))
            elif member == "Notify":
                _app, _replaces, _icon, summary, body, actions, _hints, _timeout = call.body
                notification_id = len(self.received) + 1
                self.received.append(Received(call.header.fields[HeaderFields.sender],
                                              notification_id, summary, body, list(actions)))
                self.router.send(new_method_return(call, "u", (notification_id,)))

    def _signal(self, to: str, member: str, signature: str, body: tuple) -> None:
        emitter = DBusAddress(NOTIFICATIONS_PATH, interface=NOTIFICATIONS_SERVICE)
        message = new_signal(emitter, member, signature, body)
        message.header.fields[HeaderFields.destination] = to
        self.router.send(message)

    def click(self, notification: Received, action: str = "default") -> None:
        self._signal(notification.client, "ActionInvoked", "us", (notification.id, action))
        self.close(notification, reason=2)

    def close(self, notification: Received, reason: int = 2) -> None:
        self._signal(notification.client, "NotificationClosed", "uu", (notification.id, reason))

    def stop(self) -> None:
        self.calls.put(None)
        self.thread.join(timeout=5)
        self.router.close()
        self.router.conn.close()


@pytest.fixture()
def session_bus(monkeypatch) -> Iterator[str]:
    daemon = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert daemon.stdout is not None
    address = daemon.stdout.readline().decode().strip()
    assert address, "dbus-daemon did not start"
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    yield address
    daemon.terminate()
    daemon.wait(timeout=5)


@pytest.fixture()
def server(session_bus) -> Iterator[StandInServer]:
    stand_in = StandInServer(session_bus).start()
    yield stand_in
    stand_in.stop()


@pytest.fixture()
def shells(qtbot) -> Iterator[list]:
    made: list = []
    yield made
    for shell in made:
        shell.controller.cancel()
        shell.tray.quitting = True
    for lane in worker.LANES:
        worker.wait_for_lane(lane, timeout_s=30)
    qtbot.waitUntil(lambda: worker.pending_count() == 0, timeout=10_000)
    for shell in made:
        client = shell.tray.notifier.client
        shell.tray.notifier.deleteLater()  # closing the notifier stops the listener
        qtbot.waitUntil(lambda client=client: not client.listening, timeout=5_000)
        if shell.tray.icon is not None:
            shell.tray.icon.hide()
        shell.window.hide()
        shell.window.deleteLater()
    QApplication.instance().setQuitOnLastWindowClosed(True)
    qtbot.wait(20)
    assert not [t for t in threading.enumerate() if t.name == "desktop-notification-listener"]


def make_shell(shells: list, tmp_path: Path, *, tray: bool = False):
    app = create_application()
    settings.set("router.model_path", str(tmp_path / "no-model.gguf"))  # routing: review all
    window = build_main_window()
    shell = install_tray(app, window, tray_available=tray)
    shell.scheduler.stop()
    shells.append(shell)
    return shell


def wait_for_notification(qtbot, server: StandInServer, count: int) -> Received:
    qtbot.waitUntil(lambda: len(server.received) >= count, timeout=10_000)
    return server.received[count - 1]


def test_clicking_the_new_mail_notification_opens_the_inbox_on_pending(qtbot, tmp_path,
                                                                       server, shells):
    shell = make_shell(shells, tmp_path)
    window = shell.window
    window.show_page("jobs")
    window.inbox_page.set_status_filter(None)  # the user was looking at every email
    window.hide()
    with qtbot.waitSignal(shell.controller.batch_finished, timeout=30_000):
        assert shell.controller.import_file(write_mbox(tmp_path / "mail.mbox", 3))

    notification = wait_for_notification(qtbot, server, 1)
    assert notification.body == "3 new messages need your review."  # counts only
    assert notification.actions == ["default", "Open"]
    assert not window.isVisible()
    assert shell.tray.notifier.client.listening

    server.click(notification)
    qtbot.waitUntil(window.isVisible, timeout=5_000)
    assert window.current_page_key() == "inbox"
    assert window.inbox_page.status_filter == "pending_user"
    assert window.inbox_page.filter_buttons["pending_user"].isChecked()


def test_a_notification_about_auto_linked_updates_only_opens_them(qtbot, tmp_path, server,
                                                                  shells):
    shell = make_shell(shells, tmp_path)
    window = shell.window
    window.show_page("jobs")
    shell.controller.last_outcome = BatchOutcome([SyncOutcome(
        account_key="default", kind="gmail", status="completed", auto_linked=2)])
    shell.controller._notify(shell.controller.last_outcome)
    notification = wait_for_notification(qtbot, server, 1)
    assert notification.body == "2 emails updated a job's stage automatically."
    server.click(notification)
    qtbot.waitUntil(lambda: window.current_page_key() == "inbox", timeout=5_000)
    assert window.inbox_page.status_filter == "auto_linked"


def test_dismissed_or_foreign_notifications_do_not_open_anything(qtbot, tmp_path, server,
                                                                 shells):
    shell = make_shell(shells, tmp_path)
    window = shell.window
    window.show_page("jobs")
    window.hide()
    shell.tray.notify("JobOps: new recruiter mail", "1 new message needs your review.",
                      "inbox:pending_user")
    dismissed = wait_for_notification(qtbot, server, 1)
    server.close(dismissed, reason=2)
    server.click(dismissed)  # after NotificationClosed its id is forgotten
    server.click(Received(dismissed.client, 99, "", "", []))  # never ours
    server.click(dismissed, action="other")
    # A plain notice opens the window where it was. The server's signals arrive in order, so
    # once the window is up the earlier clicks were handled (and ignored).
    shell.tray.notify("JobOps Desktop", "JobOps keeps running in the tray.")
    notice = wait_for_notification(qtbot, server, 2)
    server.click(notice)
    qtbot.waitUntil(window.isVisible, timeout=5_000)
    qtbot.wait(100)
    assert window.current_page_key() == "jobs"


def test_a_server_without_actions_gets_none(qtbot, tmp_path, server, shells):
    server.capabilities = ["body"]
    shell = make_shell(shells, tmp_path)
    shell.tray.notify("JobOps: new recruiter mail", "2 new messages need your review.",
                      "inbox:pending_user")
    assert wait_for_notification(qtbot, server, 1).actions == []


def test_without_a_server_the_tray_balloon_click_opens_the_inbox(qtbot, tmp_path, session_bus,
                                                                 shells):
    shell = make_shell(shells, tmp_path, tray=True)
    window = shell.window
    window.show_page("jobs")
    window.hide()
    # The bus has no notification server: the balloon (or the status bar) takes it.
    with qtbot.waitSignal(shell.tray.notifier.fallback, timeout=10_000):
        shell.tray.notify("JobOps: new recruiter mail", "4 new messages need your review.",
                          "inbox:pending_user")
    assert not shell.tray.notifier.client.listening  # no connection kept without a server
    shell.tray.icon.messageClicked.emit()  # what Qt emits for a click on the balloon
    assert window.isVisible()
    assert window.current_page_key() == "inbox"
    assert window.inbox_page.status_filter == "pending_user"
