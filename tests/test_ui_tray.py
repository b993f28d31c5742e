"""Tray: menu contents and Pause toggle, close-to-tray, notifications, scheduled sync."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from ui_sync_support import open_in_test_browser, use_client_file, write_mbox

from jobops_desktop.services import settings
from jobops_desktop.ui import worker
from jobops_desktop.ui.app import build_main_window, create_application
from jobops_desktop.ui.tray import CLOSE_NOTICE_SETTING, install_tray, should_show_window

# The offscreen platform has no tray and no window stacking; it warns about both.
pytestmark = pytest.mark.qt_log_ignore("systemTrayWindowChanged", "does not support raise")


def make_shell(qtbot, tmp_path: Path, *, tray: bool):
    app = create_application()
    settings.set("router.model_path", str(tmp_path / "no-model.gguf"))
    window = build_main_window()
    shell = install_tray(app, window, tray_available=tray)
    shell.scheduler.stop()
    shell.controller.open_browser = open_in_test_browser
    window.show()
    return shell


@pytest.fixture()
def cleanup(qtbot):
    shells = []
    yield shells
    for shell in shells:
        shell.controller.cancel()
        shell.tray.quitting = True
    for lane in worker.LANES:
        worker.wait_for_lane(lane, timeout_s=30)
    qtbot.waitUntil(lambda: worker.pending_count() == 0, timeout=10_000)
    for shell in shells:
        if shell.tray.icon is not None:
            shell.tray.icon.hide()
        shell.window.hide()
        shell.window.deleteLater()
    QApplication.instance().setQuitOnLastWindowClosed(True)
    qtbot.wait(20)


def import_mail(qtbot, shell, path: Path) -> object:
    with qtbot.waitSignal(shell.controller.batch_finished, timeout=30_000) as blocker:
        assert shell.controller.import_file(path)
    return blocker.args[0]


def test_tray_menu_shows_state_and_pause_toggles_the_setting(qtbot, tmp_path, cleanup):
    shell = make_shell(qtbot, tmp_path, tray=True)
    cleanup.append(shell)
    tray = shell.tray
    assert tray.icon is not None and tray.icon.isVisible()
    assert not QApplication.instance().quitOnLastWindowClosed()
    tray.menu.aboutToShow.emit()
    qtbot.waitUntil(lambda: "Nothing waiting for review" in tray.action_texts(), timeout=5_000)
    texts = tray.action_texts()
    assert texts == ["Open JobOps Desktop", "Sync now", "Nothing waiting for review",
                     "No sync yet", "Pause background sync", "Settings…", "Quit"]

    import_mail(qtbot, shell, write_mbox(tmp_path / "mail.mbox", 7))
    tray.menu.aboutToShow.emit()  # rebuilt each time it opens
    qtbot.waitUntil(lambda: "7 waiting for review" in tray.action_texts(), timeout=5_000)
    assert any(t.startswith("Last sync completed") for t in tray.action_texts())

    pause = tray.actions["pause"]
    assert pause.isCheckable() and not pause.isChecked()
    pause.trigger()
    qtbot.waitUntil(lambda: settings.get("sync.paused") is True, timeout=5_000)
    tray.menu.aboutToShow.emit()
    qtbot.waitUntil(lambda: tray.actions["pause"].isChecked(), timeout=5_000)
    tray.actions["pause"].trigger()
    qtbot.waitUntil(lambda: settings.get("sync.paused") is False, timeout=5_000)


def test_tray_shows_a_running_sync_with_cancel(qtbot, tmp_path, cleanup):
    shell = make_shell(qtbot, tmp_path, tray=True)
    cleanup.append(shell)
    tray = shell.tray
    with qtbot.waitSignal(shell.controller.batch_finished, timeout=30_000):
        shell.controller.import_file(write_mbox(tmp_path / "big.mbox", 60))
        tray.menu.aboutToShow.emit()
        assert not tray.actions["sync"].isEnabled()
        assert tray.actions["cancel"].isVisible()
        qtbot.waitUntil(lambda: " of " in tray.actions["status"].text(), timeout=10_000)
    tray.menu.aboutToShow.emit()
    assert tray.actions["sync"].isEnabled()
    assert "Cancel sync" not in tray.action_texts()


def test_closing_the_window_hides_it_to_the_tray_once_with_a_notice(qtbot, tmp_path, cleanup):
    shell = make_shell(qtbot, tmp_path, tray=True)
    cleanup.append(shell)
    window = shell.window
    notices: list[str] = []
    shell.tray.notify = lambda title, text: notices.append(text)  # record instead of a bubble
    assert window.close() is False  # the close was turned into hide
    assert not window.isVisible()
    assert len(notices) == 1 and "tray" in notices[0]
    qtbot.waitUntil(lambda: settings.get(CLOSE_NOTICE_SETTING) is True, timeout=5_000)
    shell.tray.actions["open"].trigger()
    assert window.isVisible()
    window.close()
    assert not window.isVisible()
    assert len(notices) == 1  # the notice is shown once


def test_without_a_tray_closing_the_window_closes_it(qtbot, tmp_path, cleanup):
    shell = make_shell(qtbot, tmp_path, tray=False)
    cleanup.append(shell)
    assert shell.tray.icon is None
    assert QApplication.instance().quitOnLastWindowClosed()
    assert shell.window.close() is True


def test_notification_after_new_mail_can_be_turned_off(qtbot, tmp_path, cleanup):
    shell = make_shell(qtbot, tmp_path, tray=False)
    cleanup.append(shell)
    messages: list[str] = []
    shell.controller.notify.connect(lambda _title, text: messages.append(text))
    import_mail(qtbot, shell, write_mbox(tmp_path / "first.mbox", 3))
    assert messages == ["3 new messages need your review."]

    settings.set("notifications.enabled", False)
    outcome = import_mail(qtbot, shell, write_mbox(tmp_path / "second.mbox", 5))
    assert outcome.new_pending > 0
    assert messages == ["3 new messages need your review."]


def test_scheduled_sync_runs_when_due_and_skips_when_paused(qtbot, tmp_path, cleanup,
                                                            fake_google):
    shell = make_shell(qtbot, tmp_path, tray=False)
    cleanup.append(shell)
    use_client_file(fake_google, tmp_path)
    scheduler = shell.scheduler
    with qtbot.waitSignal(scheduler.checked, timeout=5_000) as blocker:
        scheduler.check()
    assert blocker.args == ["background sync is off"]

    settings.set("sync.interval_minutes", 30)
    with qtbot.waitSignal(scheduler.checked, timeout=5_000) as blocker:
        scheduler.check()
    assert blocker.args == ["no connected account"]

    with qtbot.waitSignal(shell.controller.connect_finished, timeout=20_000):
        shell.controller.connect_gmail("default")
    settings.set("sync.paused", True)
    with qtbot.waitSignal(scheduler.checked, timeout=5_000) as blocker:
        scheduler.check()
    assert blocker.args == ["background sync is paused"]
    assert not shell.controller.running

    settings.set("sync.paused", False)
    with qtbot.waitSignal(shell.controller.batch_finished, timeout=30_000):
        scheduler.check()
    assert scheduler.last_reason == "due"
    assert shell.controller.scheduled

    # Just synced: the next check waits for the interval.
    with qtbot.waitSignal(scheduler.checked, timeout=5_000) as blocker:
        scheduler.check()
    assert blocker.args == ["not due yet"]


def test_background_start_hides_the_window_only_when_a_tray_exists(qtbot, tmp_path, cleanup):
    with_tray = make_shell(qtbot, tmp_path, tray=True)
    cleanup.append(with_tray)
    assert should_show_window(with_tray, background=False)
    assert not should_show_window(with_tray, background=True)
    without_tray = make_shell(qtbot, tmp_path, tray=False)
    cleanup.append(without_tray)
    assert should_show_window(without_tray, background=True)  # else it could not be reached


def test_reopening_settings_keeps_a_single_dialog(qtbot, tmp_path, cleanup):
    from jobops_desktop.ui.settings_dialog import SettingsDialog

    shell = make_shell(qtbot, tmp_path, tray=False)
    cleanup.append(shell)
    for _ in range(3):
        shell.open_settings()
        dialog = shell._settings_dialog
        qtbot.waitUntil(lambda dialog=dialog: dialog.loaded, timeout=5_000)
        dialog.reject()
    # A closed dialog is deleted when the next one opens; it does not linger and reload.
    qtbot.waitUntil(lambda: len(shell.window.findChildren(SettingsDialog)) == 1, timeout=5_000)


def test_notifications_go_to_the_desktop_server_else_to_the_window(qtbot, tmp_path, cleanup):
    shell = make_shell(qtbot, tmp_path, tray=False)
    cleanup.append(shell)
    sent: list[tuple[str, str]] = []

    def server(title: str, text: str, _target: str) -> bool:  # a server that takes it
        sent.append((title, text))
        return True

    shell.tray.notifier.client.notify = server
    shell.tray.notify("JobOps: new recruiter mail", "2 new messages need your review.")
    qtbot.waitUntil(lambda: len(sent) == 1, timeout=5_000)
    assert shell.window.statusBar().currentMessage() == ""

    shell.tray.notifier.client.notify = lambda *_args: False  # no server on this desktop
    shell.tray.notify("JobOps: new recruiter mail", "3 new messages need your review.")
    qtbot.waitUntil(lambda: shell.window.statusBar().currentMessage()
                    == "3 new messages need your review.", timeout=5_000)
