"""Answering modal dialogs in UI tests: a dialog blocks in exec(), so the answer is queued
before the click that opens it and polls until the dialog is up."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox


def answer_next_dialog(callback: Callable[[QDialog], None],
                       kind: type[QDialog] = QDialog) -> None:
    """Run `callback(dialog)` on the next modal dialog of `kind` once it is shown."""
    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, poll)
            return
        callback(dialog)
    QTimer.singleShot(0, poll)


def click_button(box: QMessageBox, text: str) -> None:
    """Click the box's button labelled `text` (mnemonic ampersands ignored)."""
    for button in box.buttons():
        if button.text().replace("&", "") == text:
            button.click()
            return
    raise AssertionError(f"no button {text!r} in {[b.text() for b in box.buttons()]}")


def press_in_next_message_box(text: str) -> None:
    """Click `text` in the next message box (a confirmation) once it is shown."""
    answer_next_dialog(lambda box: click_button(box, text), QMessageBox)
