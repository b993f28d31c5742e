"""The tray on a real X display: Xvfb, an XEmbed tray host (trayer), a notification server
(dunst) on a private D-Bus session bus, and the app started as a user starts it.

Everything is driven from outside, as a person would: xdotool clicks the tray icon and picks
menu entries with the keyboard, the main window is closed with the window manager's
WM_DELETE_WINDOW message, dbus-monitor records what reaches the notification server, and
xdotool clicks the notification dunst shows.
Skipped with the missing programs named when they are not installed (build/system-deps.sh
installs them on Debian/Ubuntu). JOBOPS_TRAY_SCREENSHOTS=<folder> saves the screenshots.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from ui_sync_support import SUBJECTS, add_recruiter_mail, open_in_test_browser, use_client_file

from jobops_desktop.services import accounts, settings

ROOT = Path(__file__).resolve().parent.parent
SCREEN = (1600, 1000)
PROGRAMS = ("Xvfb", "trayer", "dunst", "dunstctl", "dbus-daemon", "dbus-monitor", "xdotool",
            "xwininfo", "xprop")
LIBX11 = ctypes.util.find_library("X11")
MISSING = [name for name in PROGRAMS if shutil.which(name) is None]
if LIBX11 is None:
    MISSING.append("libX11")
try:
    import jeepney  # noqa: F401  (the app's D-Bus notifications)
except ImportError:
    MISSING.append("jeepney")

pytestmark = [
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 desktop on Linux"),
    pytest.mark.skipif(bool(MISSING), reason="needs " + ", ".join(MISSING)
                       + " (sh build/system-deps.sh installs them)"),
]

CLOSE_NOTICE = "keeps running in the tray"


def wait_for(check: Callable[[], object], timeout_s: float, what: str) -> object:
    deadline = time.monotonic() + timeout_s
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout_s:.0f} s waiting for {what}")
        time.sleep(0.1)


def stop_process(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


def send_wm_delete(display: str, window: int) -> None:
    """What a window manager's close button does: a WM_DELETE_WINDOW client message."""
    x11 = ctypes.cdll.LoadLibrary(LIBX11)
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XInternAtom.restype = ctypes.c_ulong
    x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x11.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long,
                               ctypes.c_void_p]
    x11.XFlush.argtypes = [ctypes.c_void_p]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]

    class ClientMessage(ctypes.Structure):
        _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong),
                    ("send_event", ctypes.c_int), ("display", ctypes.c_void_p),
                    ("window", ctypes.c_ulong), ("message_type", ctypes.c_ulong),
                    ("format", ctypes.c_int), ("data", ctypes.c_long * 5)]

    class XEvent(ctypes.Union):
        _fields_ = [("xclient", ClientMessage), ("pad", ctypes.c_long * 24)]

    connection = x11.XOpenDisplay(display.encode())
    assert connection, f"cannot open display {display}"
    event = XEvent()
    event.xclient.type = 33  # ClientMessage
    event.xclient.window = window
    event.xclient.message_type = x11.XInternAtom(connection, b"WM_PROTOCOLS", 0)
    event.xclient.format = 32
    event.xclient.data[0] = x11.XInternAtom(connection, b"WM_DELETE_WINDOW", 0)
    assert x11.XSendEvent(connection, window, 0, 0, ctypes.byref(event))
    x11.XFlush(connection)
    x11.XCloseDisplay(connection)


@dataclass
class Notification:
    app_name: str
    summary: str
    body: str
    actions: list[str]


@dataclass
class Desktop:
    """A virtual X display with a tray host and a notification server on its own bus."""

    folder: Path
    env: dict[str, str] = field(default_factory=dict)
    processes: list[subprocess.Popen] = field(default_factory=list)
    monitor_log: Path | None = None

    @property
    def display(self) -> str:
        return self.env["DISPLAY"]

    def start(self) -> Desktop:
        number = self.start_xvfb()
        bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.processes.append(bus)
        assert bus.stdout is not None
        address = bus.stdout.readline().decode().strip()
        assert address, "dbus-daemon did not start"
        self.env = {**os.environ, "DISPLAY": f":{number}", "DBUS_SESSION_BUS_ADDRESS": address,
                    "QT_QPA_PLATFORM": "xcb"}
        for name in ("WAYLAND_DISPLAY", "XDG_SESSION_TYPE", "QT_QPA_PLATFORMTHEME"):
            self.env.pop(name, None)
        self.monitor_log = self.folder / "notifications.log"
        self.spawn(["dbus-monitor", "interface='org.freedesktop.Notifications'"],
                   stdout=self.monitor_log.open("w"))
        dunstrc = self.folder / "dunstrc"
        # A left click runs the notification's default action (dunst's stock config closes it
        # and leaves the action to a middle click; many users swap them).
        dunstrc.write_text("[global]\n    font = DejaVu Sans 10\n    width = 360\n"
                           "    offset = 10x40\n    mouse_left_click = do_action, close_current\n"
                           "[urgency_normal]\n    timeout = 0\n")
        dunst = self.spawn(["dunst", "-config", str(dunstrc)],
                           stderr=(self.folder / "dunst.log").open("w"))
        # An XEmbed tray along the bottom right, clear of the main window at the top left.
        self.spawn(["trayer", "--edge", "bottom", "--align", "right", "--widthtype", "pixel",
                    "--width", "160", "--heighttype", "pixel", "--height", "32",
                    "--SetDockType", "true", "--transparent", "false", "--tint", "0x2d3748"],
                   stderr=(self.folder / "trayer.log").open("w"))
        try:
            wait_for(self.tray_panel, 10, "the tray host's panel")
        except AssertionError as exc:
            raise AssertionError(f"{exc}: {(self.folder / 'trayer.log').read_text()}") from None
        wait_for(lambda: dunst.poll() is not None
                 or self.run(["dunstctl", "is-paused"]).strip() == "false", 20,
                 "the notification server")
        assert dunst.poll() is None, (self.folder / "dunst.log").read_text()
        return self

    def start_xvfb(self, attempts: int = 3) -> str:
        """Xvfb on a free display, checked to answer. -noreset: by default the server resets
        when its last client leaves, and a client connecting meanwhile is refused."""
        for _ in range(attempts):
            xvfb = subprocess.Popen(
                ["Xvfb", "-displayfd", "1", "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24",
                 "-nolisten", "tcp", "-noreset"], stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL)
            assert xvfb.stdout is not None
            number = xvfb.stdout.readline().decode().strip()
            answered = number.isdigit() and subprocess.run(
                ["xdotool", "getdisplaygeometry"], env={**os.environ, "DISPLAY": f":{number}"},
                capture_output=True, timeout=10).returncode == 0
            if answered:
                self.processes.append(xvfb)
                return number
            stop_process(xvfb)
        raise AssertionError("Xvfb did not start with a display that answers")

    def spawn(self, command: list[str], **kwargs) -> subprocess.Popen:
        kwargs.setdefault("stdout", subprocess.DEVNULL)
        kwargs.setdefault("stderr", subprocess.DEVNULL)
        process = subprocess.Popen(command, env=self.env, **kwargs)
        self.processes.append(process)
        return process

    def stop(self) -> None:
        for process in reversed(self.processes):
            stop_process(process)

    def run(self, command: list[str]) -> str:
        done = subprocess.run(command, env=self.env, capture_output=True, text=True,
                              timeout=10)
        return done.stdout

    # ------------------------------------------------------------ windows

    def tray_panel(self) -> int | None:
        ids = self.run(["xdotool", "search", "--classname", "^panel$"]).split()
        return int(ids[0]) if ids else None

    def tree(self, window: int | None = None) -> str:
        target = ["-id", str(window)] if window else ["-root"]
        return self.run(["xwininfo", "-tree", *target])

    def tray_icon_position(self) -> tuple[int, int] | None:
        """The centre of the app's icon embedded in the tray host, in screen coordinates."""
        panel = self.tray_panel()
        if panel is None:
            return None
        match = re.search(r'"JobOps Desktop".*?\s(\d+)x(\d+)\+-?\d+\+-?\d+\s+\+(-?\d+)\+(-?\d+)',
                          self.tree(panel))
        if not match:
            return None
        width, height, x, y = map(int, match.groups())
        return x + width // 2, y + height // 2

    def visible_windows(self, min_size: tuple[int, int], max_size: tuple[int, int]) -> list[int]:
        """Visible JobOps windows within a size range (the tray icon, the menu and the main
        window all carry the app's name)."""
        windows = []
        for line in self.run(["xdotool", "search", "--onlyvisible", "--class",
                              "JobOps"]).split():
            geometry = self.run(["xdotool", "getwindowgeometry", line])
            size = re.search(r"Geometry: (\d+)x(\d+)", geometry)
            if size and all(low <= int(value) <= high for low, value, high
                            in zip(min_size, size.groups(), max_size, strict=True)):
                windows.append(int(line))
        return windows

    def visible_main_windows(self) -> list[int]:
        return self.visible_windows((700, 400), SCREEN)

    def menu_is_open(self) -> bool:
        return bool(self.visible_windows((100, 60), (600, 600)))

    def open_tray_menu(self) -> None:
        position = wait_for(self.tray_icon_position, 10, "the tray icon")
        x, y = position  # type: ignore[misc]
        self.run(["xdotool", "mousemove", str(x), str(y), "click", "3"])
        wait_for(self.menu_is_open, 5, "the tray menu")
        # The menu opens at the pointer: move it away so no entry is hovered.
        self.run(["xdotool", "mousemove", "5", str(SCREEN[1] - 5)])
        time.sleep(0.3)  # the menu is rebuilt and refreshed as it opens

    def choose(self, *keys: str) -> None:
        """Pick a menu entry with the keyboard (Down from the top, Up from the bottom)."""
        for key in keys:
            self.run(["xdotool", "key", key])
            time.sleep(0.05)
        self.run(["xdotool", "key", "Return"])
        wait_for(lambda: not self.menu_is_open(), 5, "the tray menu to close")

    def screenshot(self, path: Path) -> bool:
        if shutil.which("import") is None:
            return False
        path.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(["import", "-window", "root", str(path)], env=self.env, timeout=20,
                       check=True, capture_output=True)
        return True

    # ------------------------------------------------------------ notifications

    def notifications(self) -> list[Notification]:
        """Every Notify call the notification server received, from dbus-monitor's log."""
        assert self.monitor_log is not None
        found = []
        for block in re.split(r"\n(?=\S)", self.monitor_log.read_text()):
            if "member=Notify" not in block.splitlines()[0]:
                continue
            strings = re.findall(r'^\s+string "(.*)"$', block, flags=re.MULTILINE)
            if len(strings) >= 4:  # app_name, app_icon, summary, body, actions (we send no hints)
                found.append(Notification(strings[0], strings[2], strings[3], strings[4:]))
        return found

    def signals_seen(self, member: str) -> int:
        assert self.monitor_log is not None
        return self.monitor_log.read_text().count(f"member={member}")

    def click_notification(self) -> None:
        """Left-click the notification dunst shows (the only one on screen)."""
        wait_for(lambda: self.run(["dunstctl", "count", "displayed"]).strip() == "1", 10,
                 "dunst to show the notification")
        windows = wait_for(lambda: self.run(["xdotool", "search", "--onlyvisible", "--class",
                                             "^Dunst$"]).split(), 10, "dunst's window")
        geometry = self.run(["xdotool", "getwindowgeometry", windows[0]])  # type: ignore[index]
        position = re.search(r"Position: (\d+),(\d+)", geometry)
        size = re.search(r"Geometry: (\d+)x(\d+)", geometry)
        assert position and size, geometry
        x = int(position[1]) + int(size[1]) // 2
        y = int(position[2]) + int(size[2]) // 2
        self.run(["xdotool", "mousemove", str(x), str(y), "click", "1"])

    def displayed_count(self) -> int:
        return sum(int(self.run(["dunstctl", "count", kind]).strip() or 0)
                   for kind in ("displayed", "waiting", "history"))


@pytest.fixture(scope="module")
def desktop(tmp_path_factory) -> Iterator[Desktop]:
    screen = Desktop(tmp_path_factory.mktemp("x11-desktop"))
    try:
        yield screen.start()
    finally:
        screen.stop()


@dataclass
class RunningApp:
    process: subprocess.Popen
    desktop: Desktop

    def main_window_shown(self) -> bool:
        return bool(self.desktop.visible_main_windows())


@pytest.fixture()
def launch(desktop: Desktop, data_dir: Path) -> Iterator[Callable[..., RunningApp]]:
    started: list[subprocess.Popen] = []
    errors = data_dir / "app-stderr.log"
    settings.set("router.model_path", str(data_dir / "no-model.gguf"))  # routing: review all

    def start(*arguments: str) -> RunningApp:
        env = {**desktop.env, **{k: v for k, v in os.environ.items()
                                 if k.startswith(("JOBOPS_", "PYTHON_KEYRING", "XDG_DATA"))}}
        process = subprocess.Popen(
            [sys.executable, "-m", "jobops_desktop", "--data-dir", str(data_dir), *arguments],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=errors.open("w"))
        started.append(process)
        wait_for(lambda: process.poll() is not None or desktop.tray_icon_position(), 30,
                 "the app's icon in the tray host")
        assert process.poll() is None, f"the app exited: {errors.read_text()}"
        return RunningApp(process, desktop)

    yield start
    for process in started:
        stop_process(process)


def test_tray_menu_close_to_tray_and_new_mail_notification(desktop, launch, fake_google,
                                                            tmp_path, data_dir):
    use_client_file(fake_google, tmp_path)
    accounts.connect_gmail("default", open_browser=open_in_test_browser, timeout_s=20)
    add_recruiter_mail(fake_google, 4)
    notices_before = len(desktop.notifications())

    app = launch()
    wait_for(app.main_window_shown, 10, "the main window")
    # The window's class matches the desktop file's StartupWMClass, so a dock groups them.
    main_window = app.desktop.visible_main_windows()[0]
    assert 'WM_CLASS(STRING) = "jobops", "JobOps Desktop"' in desktop.run(
        ["xprop", "-id", str(main_window), "WM_CLASS"])

    # Right-click the icon: the tray menu opens; Pause background sync (third from the end).
    desktop.open_tray_menu()
    if folder := os.environ.get("JOBOPS_TRAY_SCREENSHOTS"):
        desktop.screenshot(Path(folder) / "tray-menu.png")
    desktop.choose("Up", "Up", "Up")
    wait_for(lambda: settings.get("sync.paused") is True, 10, "Pause to be saved")

    # Closing the window (the window manager's close button) hides it to the tray.
    send_wm_delete(desktop.display, app.desktop.visible_main_windows()[0])
    wait_for(lambda: not app.main_window_shown(), 10, "the window to hide")
    notice = wait_for(lambda: [n for n in desktop.notifications()[notices_before:]
                               if CLOSE_NOTICE in n.body], 10, "the close-to-tray notice")
    assert notice[0].app_name == "JobOps Desktop"  # type: ignore[index]
    assert app.process.poll() is None  # still running in the tray

    # Open brings it back; closing again hides it without a second notice.
    desktop.open_tray_menu()
    desktop.choose("Down")
    wait_for(app.main_window_shown, 10, "Open to show the window")
    send_wm_delete(desktop.display, app.desktop.visible_main_windows()[0])
    wait_for(lambda: not app.main_window_shown(), 10, "the window to hide again")

    # Sync now: the new mail is announced by the notification server, count only.
    desktop.run(["dunstctl", "close-all"])  # the close notice: dismissed
    desktop.open_tray_menu()
    desktop.choose("Down", "Down")
    new_mail = wait_for(lambda: [n for n in desktop.notifications()[notices_before:]
                                 if "review" in n.body], 30, "the new-mail notification")
    assert [n.body for n in new_mail] == ["4 new messages need your review."]  # type: ignore[union-attr]
    ours = desktop.notifications()[notices_before:]
    assert sum(CLOSE_NOTICE in n.body for n in ours) == 1
    assert desktop.displayed_count() >= len(ours)  # dunst took every one of them
    words = {w for subject in SUBJECTS for w in re.findall(r"[A-Za-z]{5,}", subject)}
    words -= {"company"}
    for notification in ours:  # privacy: no subject, sender address or body text
        text = f"{notification.summary} {notification.body}"
        assert "@" not in text and "Recruiting" not in text and "reference" not in text
        assert not [w for w in words if w.lower() in text.lower()], text
    if folder := os.environ.get("JOBOPS_TRAY_SCREENSHOTS"):
        desktop.screenshot(Path(folder) / "notification.png")

    # Clicking the notification brings the window up on the Tracking Inbox, Pending filter.
    assert new_mail[0].actions == ["default", "Open"]  # type: ignore[index]
    assert not app.main_window_shown()
    app_log = data_dir / "logs" / "jobops.log"
    desktop.click_notification()
    wait_for(app.main_window_shown, 10, "the window after a click on the notification")
    assert desktop.signals_seen("ActionInvoked") == 1
    wait_for(lambda: "window shown on the inbox page (pending_user)" in app_log.read_text(),
             10, "the inbox page")
    send_wm_delete(desktop.display, app.desktop.visible_main_windows()[0])
    wait_for(lambda: not app.main_window_shown(), 10, "the window to hide once more")

    # Quit (the last entry) ends the process.
    desktop.open_tray_menu()
    desktop.choose("Up")
    assert app.process.wait(timeout=15) == 0
    wait_for(lambda: desktop.tray_icon_position() is None, 10, "the icon to leave the tray")


def test_background_start_shows_only_the_tray_icon(desktop, launch):
    app = launch("--background")
    time.sleep(1.0)  # give a window that should not come the time to appear
    assert not app.main_window_shown()
    # A left click on the icon shows the window; another hides it again.
    x, y = desktop.tray_icon_position()  # type: ignore[misc]
    desktop.run(["xdotool", "mousemove", str(x), str(y), "click", "1"])
    wait_for(app.main_window_shown, 10, "the window after a click on the icon")
    desktop.open_tray_menu()
    desktop.choose("Up")
    assert app.process.wait(timeout=15) == 0
