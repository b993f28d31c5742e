"""App start-up: a database the app cannot use gives a clear message and exit code 2."""

from __future__ import annotations

import argparse
import sqlite3

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from jobops_desktop.store import database_path
from jobops_desktop.ui.app import CRASH_FILENAME, run_gui


def _close_message_later(seen: list[str]) -> None:
    def grab() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(20, grab)

    QTimer.singleShot(20, grab)


def test_newer_database_shows_message_and_exits_2(qtbot, tmp_path):
    base = tmp_path / "newer"
    base.mkdir()
    path = database_path(base)
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 999")
    connection.close()

    seen: list[str] = []
    _close_message_later(seen)
    code = run_gui(argparse.Namespace(data_dir=str(base), verbose=False, background=True))

    assert code == 2
    assert seen and "newer version of JobOps Desktop" in seen[0]
    assert "Traceback" not in seen[0]
    # untouched, and a clean exit leaves no crash report behind
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA user_version").fetchone()[0] == 999
    check.close()
    assert (base / CRASH_FILENAME).read_text() == ""


def test_unhandled_exception_shows_a_dialog_and_is_logged(qtbot, caplog):
    from jobops_desktop.ui.app import _excepthook

    seen: list[str] = []
    _close_message_later(seen)
    try:
        raise ValueError("boom")
    except ValueError as exc:
        with caplog.at_level("ERROR", logger="jobops"):
            _excepthook(type(exc), exc, exc.__traceback__)
    assert seen and "ValueError: boom" in seen[0]
    assert "unhandled exception: ValueError" in caplog.text


def test_previous_crash_report_is_offered_and_kept(qtbot, tmp_path):
    from jobops_desktop.ui.app import _disable_crash_file, install_crash_handling

    base = tmp_path / "crashed"
    base.mkdir()
    (base / CRASH_FILENAME).write_text("Fatal Python error: Segmentation fault\n")
    seen: list[str] = []
    _close_message_later(seen)
    install_crash_handling(base)
    try:
        assert seen and "ended with a crash" in seen[0]
        kept = base / "logs" / "crash-previous.log"
        assert kept.read_text().startswith("Fatal Python error")
    finally:
        _disable_crash_file(base)
    assert (base / CRASH_FILENAME).read_text() == ""
