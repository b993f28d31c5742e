"""One JobOps per user and data folder (after qutebrowser's misc/ipc.py).

The first instance listens on a per-user `QLocalServer`; a second launch connects, sends
"show" and exits 0, and the first instance raises its window. The server name includes the
user name and a hash of the data folder, so two data folders (tests, portable copies) can
run side by side without seeing each other.

    server = claim(data_dir)          # None: the running instance was asked to show
    if server is None:
        return 0
    server.show_requested.connect(window_raise)
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from ..logging_setup import get_logger

log = get_logger("ui.single_instance")

SHOW_MESSAGE = b"show\n"
CONNECT_TIMEOUT_MS = 500


def server_name(data_dir: Path | str) -> str:
    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment (some containers)
        user = "user"
    digest = hashlib.sha256(str(Path(data_dir).resolve()).encode("utf-8")).hexdigest()[:12]
    safe_user = "".join(ch for ch in user if ch.isalnum()) or "user"
    return f"jobops-{safe_user}-{digest}"


def forward_to_running(name: str, message: bytes = SHOW_MESSAGE,
                       timeout_ms: int = CONNECT_TIMEOUT_MS) -> bool:
    """Send `message` to a running instance. True if one received it."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(message)
    socket.flush()
    while socket.bytesToWrite() > 0:
        if not socket.waitForBytesWritten(timeout_ms):
            socket.abort()
            return False
    # Wait for the first instance to close the connection, so we know it read the message.
    socket.waitForDisconnected(timeout_ms)
    socket.abort()
    log.info("forwarded %r to the running instance", message.strip().decode())
    return True


class InstanceServer(QObject):
    """Listens for later launches; emits `show_requested` when one asks."""

    show_requested = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)
        self._sockets: list[QLocalSocket] = []
        self.listening = self._listen()

    def _listen(self) -> bool:
        if self._server.listen(self.name):
            return True
        # A crashed instance leaves its socket file behind; nobody answered on it
        # (forward_to_running returned False), so it is stale: remove it and retry.
        QLocalServer.removeServer(self.name)
        if self._server.listen(self.name):
            return True
        log.warning("single-instance server could not listen: %s", self._server.errorString())
        return False

    @Slot()
    def _on_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._sockets.append(socket)
            socket.readyRead.connect(self._on_ready_read)
            socket.disconnected.connect(self._on_disconnected)
            self._read(socket)

    @Slot()
    def _on_ready_read(self) -> None:
        for socket in list(self._sockets):
            self._read(socket)

    @Slot()
    def _on_disconnected(self) -> None:
        for socket in [s for s in self._sockets
                       if s.state() == QLocalSocket.LocalSocketState.UnconnectedState]:
            self._sockets.remove(socket)
            socket.deleteLater()

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        line = bytes(socket.readLine().data()).strip()
        if line == SHOW_MESSAGE.strip():
            log.info("another launch asked to show the window")
            self.show_requested.emit()
        socket.disconnectFromServer()

    def close(self) -> None:
        for socket in self._sockets:
            socket.abort()
        self._sockets.clear()
        self._server.close()


def claim(data_dir: Path | str) -> InstanceServer | None:
    """Become the running instance for `data_dir`, or None after asking the running one to
    show its window (the caller then exits 0)."""
    name = server_name(data_dir)
    if forward_to_running(name):
        return None
    return InstanceServer(name)
