"""Single instance: a second launch forwards "show" to the first and exits 0."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QDir

from jobops_desktop.ui.single_instance import InstanceServer, forward_to_running, server_name

ROOT = Path(__file__).resolve().parent.parent

SECOND_LAUNCH = """
import sys
from PySide6.QtCore import QCoreApplication

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


@pytest.mark.slow
def test_launching_the_app_twice_shows_the_first_window(tmp_path: Path) -> None:
    data = tmp_path / "data-two-launches"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "jobops_desktop", "--data-dir", str(data)]
    first = subprocess.Popen(command, cwd=ROOT, env=env)
    try:
        log_file = data / "logs" / "jobops.log"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if log_file.exists() and "starting" in log_file.read_text():
                break
            time.sleep(0.1)
        time.sleep(1.0)  # the window and the instance server are up shortly after
        second = subprocess.run(command, cwd=ROOT, env=env, timeout=30)
        assert second.returncode == 0
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if "another launch asked to show the window" in log_file.read_text():
                break
            time.sleep(0.1)
        assert "another launch asked to show the window" in log_file.read_text()
        assert first.poll() is None  # the first instance keeps running
    finally:
        first.terminate()
        first.wait(timeout=10)
