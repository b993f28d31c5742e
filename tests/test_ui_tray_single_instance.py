"""Single instance: a second launch forwards "show" to the first and exits 0."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QDir

from jobops_desktop.ui.single_instance import InstanceServer, forward_to_running, server_name

ROOT = Path(__file__).resolve().parent.parent

SECOND_LAUNCH = """
import sys
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QDir

from jobops_desktop.ui.single_instance import forward_to_running
app = QCoreApplication([])
sys.exit(0 if forward_to_running(sys.argv[1]) else 3)
"""


def test_server_name_is_per_user_and_data_folder(tmp_path: Path) -> None:
    first = server_name(tmp_path / "a")
    assert first == server_name(tmp_path / "a")
    assert first != server_name(tmp_path / "b")
    assert first.startswith("jobops-")


def test_nothing_running_means_no_forward(qapp, tmp_path: Path) -> None:
    assert forward_to_running(server_name(tmp_path / "nobody")) is False


def test_second_launch_forwards_show_and_exits_zero(qtbot, tmp_path: Path) -> None:
    name = server_name(tmp_path)
    server = InstanceServer(name)
    assert server.listening
    with qtbot.waitSignal(server.show_requested, timeout=10_000):
        second = subprocess.Popen([sys.executable, "-c", SECOND_LAUNCH, name], cwd=ROOT)
    assert second.wait(timeout=10) == 0
    server.close()


@pytest.mark.skipif(sys.platform == "win32", reason="Unix socket files")
def test_stale_socket_from_a_crash_is_replaced(qtbot, tmp_path: Path) -> None:
    name = server_name(tmp_path)
    # A crashed instance leaves its socket file behind with nobody listening on it.
    stale_path = Path(QDir.tempPath()) / name
    leftover = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    leftover.bind(str(stale_path))
    leftover.close()
    assert stale_path.exists()
    assert forward_to_running(name) is False
    fresh = InstanceServer(name)
    assert fresh.listening
    with qtbot.waitSignal(fresh.show_requested, timeout=10_000):
        second = subprocess.Popen([sys.executable, "-c", SECOND_LAUNCH, name], cwd=ROOT)
    assert second.wait(timeout=10) == 0
    fresh.close()
