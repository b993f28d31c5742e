"""Settings dialog: validation, saving, OAuth client file, data folder, export, delete-all."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from ui_sync_support import write_mbox

from jobops_desktop.mail import oauth
from jobops_desktop.mail.query import default_query
from jobops_desktop.services import accounts, inbox, settings, sync, tracking
from jobops_desktop.services.data_export import delete_all, export_all
from jobops_desktop.ui import worker
from jobops_desktop.ui.events import AppEvents
from jobops_desktop.ui.settings_dialog import (
    DeleteAllDialog,
    SettingsDialog,
    validate_thresholds,
)
from jobops_desktop.ui.sync_controller import SyncController


@pytest.fixture()
def dialog(qtbot):
    events = AppEvents()
    controller = SyncController(events)
    settings_dialog = SettingsDialog(controller, events)
    qtbot.addWidget(settings_dialog)
    settings_dialog.show()
    qtbot.waitUntil(lambda: settings_dialog.loaded, timeout=5_000)
    yield settings_dialog
    for lane in worker.LANES:
        worker.wait_for_lane(lane, timeout_s=30)
    qtbot.waitUntil(lambda: worker.pending_count() == 0, timeout=10_000)


def add_some_data(tmp_path: Path) -> None:
    job = tracking.create_job(tracking.JobInput(company="Acme", title="Backend Engineer"))
    tracking.record_event(job.id, "recruiter_screen")
    tracking.create_job(tracking.JobInput(company="Globex", title="Data Engineer"))
    sync.import_mail(write_mbox(tmp_path / "mail.mbox", 4), route=False)


def test_thresholds_rule() -> None:
    assert validate_thresholds(95, 50) == ""
    assert validate_thresholds(100, 99) == ""
    assert "lower than" in validate_thresholds(60, 60)
    assert "lower than" in validate_thresholds(50, 70)
    assert validate_thresholds(101, 50) != ""


def test_defaults_are_shown(dialog, data_dir) -> None:
    assert dialog.auto_threshold.value() == 95
    assert dialog.suggest_threshold.value() == 50
    assert dialog.interval.value() == 0 and dialog.interval.text() == "Off"
    assert dialog.notifications.isChecked()
    assert dialog.query_edit.toPlainText() == default_query()
    assert Path(dialog.data_folder.text()) == data_dir.resolve()
    assert dialog.data_folder.isReadOnly()
    # No connected account yet: background sync cannot be turned on.
    assert not dialog.interval.isEnabled()
    assert "Connect a Gmail account" in dialog.interval_hint.text()


def test_invalid_thresholds_block_saving(qtbot, dialog) -> None:
    dialog.suggest_threshold.setValue(96)
    assert not dialog.save_button.isEnabled()
    assert dialog.error_label.isVisible()
    assert "lower than the auto-link threshold" in dialog.error_label.text()
    dialog.suggest_threshold.setValue(60)
    assert dialog.save_button.isEnabled()
    assert not dialog.error_label.isVisible()


def test_save_stores_the_settings(qtbot, dialog) -> None:
    accounts.update_account_settings("default")  # a Gmail account row, as after connecting
    dialog.interval.setValue(45)
    dialog.notifications.setChecked(False)
    dialog.auto_threshold.setValue(90)
    dialog.suggest_threshold.setValue(40)
    dialog.query_edit.setPlainText("from:jobs@acme.example")
    with qtbot.waitSignal(dialog.accepted, timeout=5_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert settings.get("sync.interval_minutes") == 45
    assert settings.get("notifications.enabled") is False
    assert settings.get("router.auto_threshold") == 90
    assert settings.get("router.suggest_threshold") == 40
    assert settings.get("sync.gmail_query") == "from:jobs@acme.example"


def test_reset_query_stores_the_built_in_as_empty(qtbot, dialog) -> None:
    settings.set("sync.gmail_query", "label:jobs")
    dialog.query_edit.setPlainText("label:jobs")
    dialog.findChild(type(dialog.save_button), "resetQuery").click()
    assert dialog.query_edit.toPlainText() == default_query()
    with qtbot.waitSignal(dialog.accepted, timeout=5_000):
        dialog.save()
    assert settings.get("sync.gmail_query") == ""


def test_account_limits_are_saved_for_the_selected_account(qtbot, dialog) -> None:
    accounts.update_account_settings("default")
    dialog.reload()
    qtbot.waitUntil(lambda: dialog._selected_account() is not None, timeout=5_000)
    assert dialog.interval.isEnabled() is False  # the account is not connected yet
    dialog.max_messages.setValue(250)
    dialog.search_days.setValue(60)
    with qtbot.waitSignal(dialog.accepted, timeout=5_000):
        dialog.save()
    account = accounts.get_account("default")
    assert (account.max_messages, account.search_days) == (250, 60)


def test_oauth_client_file_is_checked_and_remembered(qtbot, dialog, tmp_path) -> None:
    assert "not set up" in dialog.oauth_status.text() or "environment" in \
        dialog.oauth_status.text()
    broken = tmp_path / "broken.json"
    broken.write_text("{ not json", encoding="utf-8")
    dialog.set_client_file(str(broken))
    qtbot.waitUntil(lambda: "cannot be read" in dialog.oauth_status.text(), timeout=5_000)
    assert settings.get("oauth.client_secret_file") == ""

    good = tmp_path / "client_secret.json"
    good.write_text(json.dumps({"installed": {"client_id": "abc.apps.googleusercontent.com",
                                              "client_secret": "s3cret"}}), encoding="utf-8")
    dialog.set_client_file(str(good))
    qtbot.waitUntil(lambda: "Using the client-secret file" in dialog.oauth_status.text(),
                    timeout=5_000)
    assert settings.get("oauth.client_secret_file") == str(good)
    assert dialog.client_file.text() == str(good)


def test_export_all_writes_a_zip_with_everything(qtbot, dialog, tmp_path) -> None:
    add_some_data(tmp_path)
    target = tmp_path / "export" / "jobops-export"
    dialog.export_to(str(target))
    qtbot.waitUntil(lambda: dialog.data_result.text().startswith("Exported"), timeout=10_000)
    archive_path = target.with_suffix(".zip")
    assert "2 jobs" in dialog.data_result.text() and "4 emails" in dialog.data_result.text()
    with zipfile.ZipFile(archive_path) as archive:
        names = set(archive.namelist())
        assert {"jobs.csv", "events.json", "messages.json", "runs.json", "accounts.json",
                "settings.json", "README.txt"} <= names
        jobs_csv = archive.read("jobs.csv").decode()
        messages = json.loads(archive.read("messages.json"))
        events = json.loads(archive.read("events.json"))
        runs = json.loads(archive.read("runs.json"))
    assert "Acme" in jobs_csv and "Globex" in jobs_csv
    assert len(messages) == 4 and all(m["body_text"] for m in messages)
    assert {e["to_stage"] for e in events} >= {"applied", "recruiter_screen"}
    assert runs[0]["status"] == "completed" and runs[0]["discovered"] == 4


def test_export_to_a_folder_refuses_a_non_empty_one(tmp_path) -> None:
    full = tmp_path / "full"
    full.mkdir()
    (full / "something.txt").write_text("x")
    with pytest.raises(FileExistsError):
        export_all(full)
    summary = export_all(tmp_path / "fresh")
    assert (tmp_path / "fresh" / "jobs.csv").exists() and summary.jobs == 0


def test_delete_all_needs_the_typed_word(qtbot) -> None:
    confirm = DeleteAllDialog()
    qtbot.addWidget(confirm)
    assert not confirm.delete_button.isEnabled()
    qtbot.keyClicks(confirm.confirmation, "delete")
    assert not confirm.delete_button.isEnabled()
    confirm.confirmation.clear()
    qtbot.keyClicks(confirm.confirmation, "DELETE")
    assert confirm.delete_button.isEnabled()


def test_delete_all_removes_rows_and_keyring_tokens(qtbot, dialog, tmp_path) -> None:
    add_some_data(tmp_path)
    accounts.update_account_settings("default")
    oauth.save_refresh_token("default", "1//refresh-token-for-test")
    settings.set("sync.interval_minutes", 30)
    dialog.delete_all_confirmed()
    qtbot.waitUntil(lambda: dialog.data_result.text().startswith("Deleted"), timeout=10_000)
    assert "2 jobs" in dialog.data_result.text()
    assert "1 keyring tokens" in dialog.data_result.text()
    assert tracking.list_jobs() == []
    assert inbox.counts()["all"] == 0
    assert sync.list_runs() == []
    assert accounts.list_accounts() == []
    assert settings.get("sync.interval_minutes") == 0  # back to the default
    assert oauth.load_refresh_token("default") is None


def test_delete_all_reports_a_token_it_could_not_remove() -> None:
    accounts.update_account_settings("work")

    def broken_keyring(_key: str) -> bool:
        raise RuntimeError("keyring locked")

    summary = delete_all(forget_token=broken_keyring)
    assert summary.accounts == 1
    assert summary.token_errors == ["work"]
    assert accounts.list_accounts() == []
