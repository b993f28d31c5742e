"""Settings: accounts and OAuth client, sync schedule and limits, Gmail query, Smart Router
model and thresholds, notifications, and the data folder with export / delete-all.

Values are read and written on the "db" lane through services.settings; nothing here
touches the database directly. `validate()` is plain logic the tests call.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..logging_setup import get_logger
from ..services import data_export, scheduler
from ..services import settings as app_settings
from ..vocab import (
    DEFAULT_AUTO_THRESHOLD,
    DEFAULT_SUGGEST_THRESHOLD,
    MAX_MESSAGES_BOUNDS,
    SEARCH_DAYS_BOUNDS,
)
from .accounts_panel import AccountRow, confirm_action, load_account_rows, save_account_limits
from .common import show_error
from .events import AppEvents
from .sync_controller import SyncController, describe_error
from .worker import run_task

log = get_logger("ui.settings")

SETTING_KEYS = ("sync.interval_minutes", "sync.paused", "sync.gmail_query",
                "notifications.enabled", "router.model_path", "router.auto_threshold",
                "router.suggest_threshold")


def validate_thresholds(auto: int, suggest: int) -> str:
    """"" when valid; otherwise what to fix (the seed's rule: suggest < auto <= 100)."""
    if not 0 < auto <= 100:
        return "The auto-link threshold must be between 1 and 100."
    if not 0 <= suggest < auto:
        return ("The suggestion threshold must be lower than the auto-link threshold "
                f"({auto}).")
    return ""


@dataclass(frozen=True)
class SettingsSnapshot:
    values: dict[str, Any]
    accounts: list[AccountRow]
    oauth_status: str  # one line: where the OAuth client comes from, or what is missing
    oauth_ok: bool
    default_query: str
    data_folder: str


def _oauth_status() -> tuple[str, bool]:
    from ..mail.oauth import ENV_CLIENT_ID, MailError
    from ..services import accounts

    try:
        config = accounts.client_config()
    except MailError as exc:
        return describe_error(exc), False
    if config.source == "environment":
        return f"Using the OAuth client from the environment ({ENV_CLIENT_ID}).", True
    if config.source.startswith("file:"):
        return f"Using the client-secret file {config.source[5:]}.", True
    return "An OAuth client is configured.", True


def load_snapshot() -> SettingsSnapshot:
    from ..mail.query import default_query

    values = {key: app_settings.get(key) for key in SETTING_KEYS}
    values["oauth.client_secret_file"] = app_settings.get("oauth.client_secret_file") or ""
    status, ok = _oauth_status()
    folder = data_export.data_folder()
    return SettingsSnapshot(values=values, accounts=load_account_rows(), oauth_status=status,
                            oauth_ok=ok, default_query=default_query(),
                            data_folder=str(folder) if folder else "")


def choose_client_secret(path: str) -> str:
    from ..services import accounts

    accounts.set_client_secret_file(path)
    return _oauth_status()[0]


def clear_client_secret() -> tuple[str, bool]:
    app_settings.set("oauth.client_secret_file", "")
    return _oauth_status()


def model_status(path: str) -> str:
    """router_status() for the bundled model; a quick file check for a chosen one.

    A chosen file is not loaded here (that would swap the process's one model before the
    setting is saved): it is checked to exist and to be a GGUF file; routing loads it.
    """
    from ..services import routing

    path = path.strip()
    if not path:
        return routing.router_status()
    file = Path(path).expanduser()
    if not file.is_file():
        return f"model unavailable: {file} does not exist"
    try:
        with file.open("rb") as handle:
            magic = handle.read(4)
    except OSError as exc:
        return f"model unavailable: {file} cannot be read ({exc.strerror})"
    if magic != b"GGUF":
        return f"model unavailable: {file.name} is not a GGUF model file"
    return f"ready: {file.name} (loaded at the next routing)"


class DeleteAllDialog(QDialog):
    """Typed confirmation: the Delete button only works after typing DELETE."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Delete all my data")
        self.setObjectName("deleteAllDialog")
        layout = QVBoxLayout(self)
        text = QLabel(
            "This deletes every job, timeline event, stored email, sync run, account and "
            "setting from this computer, and removes the Gmail tokens from the keyring. It "
            "cannot be undone. Export your data first if you may want it later.\n\n"
            f"Type {data_export.DELETE_CONFIRMATION} to confirm.")
        text.setWordWrap(True)
        self.confirmation = QLineEdit()
        self.confirmation.setObjectName("deleteConfirmation")
        self.confirmation.setPlaceholderText(data_export.DELETE_CONFIRMATION)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.delete_button = self.buttons.addButton("Delete everything",
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.delete_button.setObjectName("deleteEverything")
        self.delete_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.confirmation.textChanged.connect(
            lambda value: self.delete_button.setEnabled(
                value == data_export.DELETE_CONFIRMATION))
        layout.addWidget(text)
        layout.addWidget(self.confirmation)
        layout.addWidget(self.buttons)
        self.resize(460, 0)


class SettingsDialog(QDialog):
    def __init__(self, controller: SyncController, events: AppEvents,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle("Settings")
        self.controller = controller
        self.events = events
        self.snapshot: SettingsSnapshot | None = None
        self.loaded = False
        self._limits: dict[str, tuple[int, int]] = {}

        self.tabs = QTabWidget()
        self.tabs.addTab(self._accounts_tab(), "Accounts")
        self.tabs.addTab(self._sync_tab(), "Sync")
        self.tabs.addTab(self._router_tab(), "Smart Router")
        self.tabs.addTab(self._data_tab(), "Your data")

        self.error_label = QLabel()
        self.error_label.setObjectName("settingsError")
        self.error_label.setStyleSheet("color: #b91c1c;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(680, 560)

        # Bound methods, not lambdas: Qt drops these connections when the dialog is deleted.
        controller.connect_finished.connect(self._reload_after_connect)
        events.accounts_changed.connect(self.reload)
        for box in self.findChildren(QSpinBox):
            box.setMaximumWidth(170)
        self.reload()

    # ---------------------------------------------------------- tabs

    def _accounts_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        accounts_box = QGroupBox("Mail accounts")
        box = QVBoxLayout(accounts_box)
        self.accounts_list = QListWidget()
        self.accounts_list.setObjectName("settingsAccounts")
        self.accounts_list.currentItemChanged.connect(self._on_account_selected)
        self.accounts_list.setMaximumHeight(130)
        box.addWidget(self.accounts_list, 1)
        limits = QFormLayout()
        self.max_messages = QSpinBox()
        self.max_messages.setObjectName("settingsMaxMessages")
        self.max_messages.setRange(*MAX_MESSAGES_BOUNDS)
        self.search_days = QSpinBox()
        self.search_days.setObjectName("settingsSearchDays")
        self.search_days.setRange(*SEARCH_DAYS_BOUNDS)
        self.search_days.setSuffix(" days")
        self.max_messages.valueChanged.connect(self._remember_limits)
        self.search_days.valueChanged.connect(self._remember_limits)
        limits.addRow("Messages per sync (maxMessages)", self.max_messages)
        limits.addRow("Look back (searchDays)", self.search_days)
        box.addLayout(limits)
        row = QHBoxLayout()
        self.connect_button = QPushButton("Connect Gmail…")
        self.connect_button.setObjectName("settingsConnect")
        self.connect_button.clicked.connect(self._connect)
        self.disconnect_button = QPushButton("Disconnect…")
        self.disconnect_button.setObjectName("settingsDisconnect")
        self.disconnect_button.clicked.connect(self._disconnect)
        self.connect_status = QLabel()
        self.connect_status.setWordWrap(True)
        row.addWidget(self.connect_button)
        row.addWidget(self.disconnect_button)
        row.addWidget(self.connect_status, 1)
        box.addLayout(row)
        layout.addWidget(accounts_box, 1)

        oauth_box = QGroupBox("Google OAuth client")
        oauth = QVBoxLayout(oauth_box)
        explain = QLabel("JobOps signs in to Gmail with an OAuth client of type \"Desktop app\" "
                         "from Google Cloud (read-only Gmail scope). Set GMAIL_OAUTH_CLIENT_ID "
                         "and GMAIL_OAUTH_CLIENT_SECRET, or choose the client-secret JSON file "
                         "you downloaded.")
        explain.setWordWrap(True)
        explain.setStyleSheet("color: #475569;")
        self.oauth_status = QLabel("Checking…")
        self.oauth_status.setObjectName("oauthStatus")
        self.oauth_status.setWordWrap(True)
        self.oauth_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        file_row = QHBoxLayout()
        self.client_file = QLineEdit()
        self.client_file.setObjectName("clientSecretFile")
        self.client_file.setReadOnly(True)
        self.client_file.setPlaceholderText("No client-secret file chosen")
        choose = QPushButton("Choose file…")
        choose.clicked.connect(self._choose_client_file)
        clear = QPushButton("Clear")
        clear.clicked.connect(self._clear_client_file)
        file_row.addWidget(self.client_file, 1)
        file_row.addWidget(choose)
        file_row.addWidget(clear)
        oauth.addWidget(explain)
        oauth.addWidget(self.oauth_status)
        oauth.addLayout(file_row)
        layout.addWidget(oauth_box)
        return page

    def _sync_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        schedule = QGroupBox("Background sync")
        form = QFormLayout(schedule)
        self.interval = QSpinBox()
        self.interval.setObjectName("syncInterval")
        self.interval.setRange(0, scheduler.MAX_INTERVAL_MINUTES)
        self.interval.setSingleStep(15)
        self.interval.setSpecialValueText("Off")
        self.interval.setSuffix(" minutes")
        self.interval_hint = QLabel()
        self.interval_hint.setObjectName("intervalHint")
        self.interval_hint.setWordWrap(True)
        self.interval_hint.setStyleSheet("color: #64748b;")
        self.paused = QCheckBox("Pause background sync")
        self.paused.setObjectName("syncPaused")
        self.notifications = QCheckBox("Notify me when new mail needs review or a job's stage "
                                       "changed automatically")
        self.notifications.setObjectName("notificationsEnabled")
        form.addRow("Sync every", self.interval)
        form.addRow("", self.interval_hint)
        form.addRow("", self.paused)
        form.addRow("", self.notifications)
        layout.addWidget(schedule)

        query_box = QGroupBox("Gmail search")
        query = QVBoxLayout(query_box)
        explain = QLabel("Which messages a sync fetches. The built-in search finds replies from "
                         "recruiters and applicant-tracking systems and skips job alerts; the "
                         "look-back window (newer_than) is added by each sync.")
        explain.setWordWrap(True)
        explain.setStyleSheet("color: #475569;")
        self.query_edit = QPlainTextEdit()
        self.query_edit.setObjectName("gmailQuery")
        self.query_edit.setTabChangesFocus(True)
        reset = QPushButton("Reset to built-in")
        reset.setObjectName("resetQuery")
        reset.clicked.connect(self._reset_query)
        query.addWidget(explain)
        query.addWidget(self.query_edit, 1)
        query.addWidget(reset, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(query_box, 1)
        return page

    def _router_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        model_box = QGroupBox("Model")
        model = QVBoxLayout(model_box)
        row = QHBoxLayout()
        self.model_path = QLineEdit()
        self.model_path.setObjectName("modelPath")
        self.model_path.setPlaceholderText("The bundled model")
        browse = QPushButton("Choose…")
        browse.clicked.connect(self._choose_model)
        bundled = QPushButton("Use bundled")
        bundled.clicked.connect(self._use_bundled_model)
        row.addWidget(self.model_path, 1)
        row.addWidget(browse)
        row.addWidget(bundled)
        self.model_status = QLabel("Checking…")
        self.model_status.setObjectName("modelStatus")
        self.model_status.setWordWrap(True)
        self.model_path.editingFinished.connect(self._check_model)
        model.addLayout(row)
        model.addWidget(self.model_status)
        layout.addWidget(model_box)

        thresholds = QGroupBox("Confidence thresholds")
        form = QFormLayout(thresholds)
        self.auto_threshold = QSpinBox()
        self.auto_threshold.setObjectName("autoThreshold")
        self.auto_threshold.setRange(1, 100)
        self.auto_threshold.setSuffix(" %")
        self.suggest_threshold = QSpinBox()
        self.suggest_threshold.setObjectName("suggestThreshold")
        self.suggest_threshold.setRange(0, 100)
        self.suggest_threshold.setSuffix(" %")
        for box in (self.auto_threshold, self.suggest_threshold):
            box.valueChanged.connect(self._show_validation)
        explain = QLabel(f"At or above the auto-link threshold (default {DEFAULT_AUTO_THRESHOLD}) "
                         "a message links to its job and updates the timeline by itself. From "
                         f"the suggestion threshold (default {DEFAULT_SUGGEST_THRESHOLD}) it "
                         "waits in the Tracking Inbox with a suggested job; below, it waits as "
                         "an orphan if relevant, or is ignored.")
        explain.setWordWrap(True)
        explain.setStyleSheet("color: #475569;")
        form.addRow("Link automatically from", self.auto_threshold)
        form.addRow("Suggest a job from", self.suggest_threshold)
        form.addRow(explain)
        layout.addWidget(thresholds)
        layout.addStretch(1)
        return page

    def _data_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        folder_box = QGroupBox("Data folder")
        folder = QVBoxLayout(folder_box)
        row = QHBoxLayout()
        self.data_folder = QLineEdit()
        self.data_folder.setObjectName("dataFolder")
        self.data_folder.setReadOnly(True)
        open_folder = QPushButton("Open folder")
        open_folder.clicked.connect(self._open_folder)
        row.addWidget(self.data_folder, 1)
        row.addWidget(open_folder)
        note = QLabel("Everything JobOps keeps is in this folder (jobops.db and logs), except "
                      "Gmail tokens, which live in your system keyring. Start with --data-dir "
                      "or JOBOPS_DATA_DIR to use another folder.")
        note.setWordWrap(True)
        note.setStyleSheet("color: #475569;")
        folder.addLayout(row)
        folder.addWidget(note)
        layout.addWidget(folder_box)

        own = QGroupBox("Your data")
        own_layout = QVBoxLayout(own)
        self.export_button = QPushButton("Export all my data…")
        self.export_button.setObjectName("exportAll")
        self.export_button.clicked.connect(self._export)
        self.delete_button = QPushButton("Delete all my data…")
        self.delete_button.setObjectName("deleteAll")
        self.delete_button.setStyleSheet("color: #b91c1c;")
        self.delete_button.clicked.connect(self._delete_all)
        self.data_result = QLabel()
        self.data_result.setObjectName("dataResult")
        self.data_result.setWordWrap(True)
        explain = QLabel("The export is a zip with your jobs (CSV), their timelines, stored "
                         "emails and sync runs (JSON).")
        explain.setWordWrap(True)
        explain.setStyleSheet("color: #475569;")
        own_layout.addWidget(explain)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        own_layout.addLayout(buttons)
        own_layout.addWidget(self.data_result)
        layout.addWidget(own)
        layout.addStretch(1)
        return page

    # ---------------------------------------------------------- loading

    def reload(self) -> None:
        run_task(load_snapshot, on_result=self._fill,
                 on_error=lambda exc: show_error(self, "Could not load settings", exc))

    def _reload_after_connect(self, _account_key: str, _error: str) -> None:
        self.reload()

    def _fill(self, snapshot: SettingsSnapshot) -> None:
        first = self.snapshot is None
        self.snapshot = snapshot
        values = snapshot.values
        self._fill_accounts(snapshot.accounts)
        self._show_oauth_status(snapshot.oauth_status, ok=snapshot.oauth_ok)
        self.client_file.setText(values.get("oauth.client_secret_file") or "")
        self.data_folder.setText(snapshot.data_folder)
        if first:  # do not overwrite what the person is editing on a later refresh
            self.interval.setValue(scheduler.normalise_interval(values["sync.interval_minutes"]))
            self.paused.setChecked(bool(values["sync.paused"]))
            self.notifications.setChecked(bool(values["notifications.enabled"]))
            self.query_edit.setPlainText(values["sync.gmail_query"] or snapshot.default_query)
            self.model_path.setText(values["router.model_path"] or "")
            self.auto_threshold.setValue(int(values["router.auto_threshold"]))
            self.suggest_threshold.setValue(int(values["router.suggest_threshold"]))
            self._check_model()
        self._update_interval_enabled()
        self.loaded = True
        self._show_validation()

    def _fill_accounts(self, rows: list[AccountRow]) -> None:
        current = self.accounts_list.currentItem()
        current_key = current.data(Qt.ItemDataRole.UserRole) if current else None
        self.accounts_list.blockSignals(True)
        self.accounts_list.clear()
        for row in rows:
            status = {"connected": "connected", "disconnected": "disconnected",
                      "error": "needs attention"}.get(row.status, row.status)
            if row.provider != "gmail":
                status = f"{row.provider} import"
            item = QListWidgetItem(f"{row.title}  ·  {status}")
            item.setData(Qt.ItemDataRole.UserRole, row.account_key)
            item.setData(Qt.ItemDataRole.UserRole + 1, row)
            self.accounts_list.addItem(item)
            if row.account_key == current_key:
                self.accounts_list.setCurrentItem(item)
        self.accounts_list.blockSignals(False)
        if self.accounts_list.currentItem() is None and rows:
            self.accounts_list.setCurrentRow(0)
        self._on_account_selected(self.accounts_list.currentItem(), None)
        if not rows:
            placeholder = QListWidgetItem("No account yet: connect Gmail or import a mail file.")
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.accounts_list.addItem(placeholder)

    def _selected_account(self) -> AccountRow | None:
        item = self.accounts_list.currentItem()
        row = item.data(Qt.ItemDataRole.UserRole + 1) if item else None
        return row if isinstance(row, AccountRow) else None

    def _on_account_selected(self, _item: QListWidgetItem | None, _previous: object) -> None:
        row = self._selected_account()
        is_gmail = row is not None and row.provider == "gmail"
        for box in (self.max_messages, self.search_days):
            box.blockSignals(True)
            box.setEnabled(is_gmail)
        if row is not None:
            limits = self._limits.get(row.account_key, (row.max_messages, row.search_days))
            self.max_messages.setValue(limits[0])
            self.search_days.setValue(limits[1])
        for box in (self.max_messages, self.search_days):
            box.blockSignals(False)
        self.disconnect_button.setEnabled(is_gmail and row.status != "disconnected")

    def _remember_limits(self) -> None:
        row = self._selected_account()
        if row is not None and row.provider == "gmail":
            self._limits[row.account_key] = (self.max_messages.value(), self.search_days.value())

    def _update_interval_enabled(self) -> None:
        connected = any(r.syncable for r in (self.snapshot.accounts if self.snapshot else []))
        self.interval.setEnabled(connected)
        self.paused.setEnabled(connected)
        self.interval_hint.setText(
            "JobOps syncs every connected Gmail account on this schedule while it runs "
            "(also from the tray)." if connected else
            "Connect a Gmail account to turn on background sync.")

    # ---------------------------------------------------------- validation and saving

    def validate(self) -> str:
        return validate_thresholds(self.auto_threshold.value(), self.suggest_threshold.value())

    def _show_validation(self) -> None:
        error = self.validate()
        self.error_label.setText(error)
        self.error_label.setVisible(bool(error))
        self.save_button.setEnabled(self.loaded and not error)

    def collected_values(self) -> dict[str, Any]:
        query = self.query_edit.toPlainText().strip()
        default = self.snapshot.default_query if self.snapshot else ""
        return {
            "sync.interval_minutes": self.interval.value(),
            "sync.paused": self.paused.isChecked(),
            "sync.gmail_query": "" if query == default.strip() else query,
            "notifications.enabled": self.notifications.isChecked(),
            "router.model_path": self.model_path.text().strip(),
            "router.auto_threshold": self.auto_threshold.value(),
            "router.suggest_threshold": self.suggest_threshold.value(),
        }

    def save(self) -> None:
        error = self.validate()
        if error:
            self._show_validation()
            return
        values = self.collected_values()
        limits = dict(self._limits)
        self.save_button.setEnabled(False)

        def save_all() -> None:
            app_settings.set_many(values)
            for key, (max_messages, search_days) in limits.items():
                save_account_limits(key, max_messages, search_days)

        def saved(_result: object) -> None:
            log.info("settings saved")
            self.events.accounts_changed.emit()  # schedule and limits show on several views
            self.accept()

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            show_error(self, "Could not save settings", exc)

        run_task(save_all, on_result=saved, on_error=failed)

    # ---------------------------------------------------------- actions

    def _connect(self) -> None:
        panel = getattr(getattr(self.parent(), "shell", None), "accounts_panel", None)
        key = panel.new_account_key() if panel is not None else "default"
        if self.controller.connect_gmail(key):
            self.connect_status.setText("Waiting for you to finish in the browser…")
            self.controller.connect_finished.connect(self._connect_done)

    def _connect_done(self, _key: str, error: str) -> None:
        self.controller.connect_finished.disconnect(self._connect_done)
        self.connect_status.setText(error or "Connected.")

    def _disconnect(self) -> None:
        row = self._selected_account()
        if row is None:
            return
        if confirm_action(self, "Disconnect Gmail", f"Disconnect {row.title}? Access is revoked "
                          "at Google and the token deleted; synced messages and jobs stay.",
                          "Disconnect"):
            self.controller.disconnect(row.account_key,
                                       on_done=lambda error: self.connect_status.setText(
                                           error or "Disconnected."))

    def _choose_client_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Choose the client-secret JSON file", "",
                                              "JSON files (*.json);;All files (*)")
        if path:
            self.set_client_file(path)

    def set_client_file(self, path: str) -> None:
        def chosen(status: str) -> None:
            self._show_oauth_status(status, ok=True)
            self.client_file.setText(path)

        run_task(choose_client_secret, path, on_result=chosen,
                 on_error=lambda exc: self._show_oauth_status(describe_error(exc), ok=False))

    def _show_oauth_status(self, status: str, *, ok: bool) -> None:
        self.oauth_status.setText(status)
        self.oauth_status.setStyleSheet("" if ok else "color: #b45309;")

    def _clear_client_file(self) -> None:
        self.client_file.clear()
        run_task(clear_client_secret,
                 on_result=lambda result: self._show_oauth_status(result[0], ok=result[1]))

    def _reset_query(self) -> None:
        if self.snapshot is not None:
            self.query_edit.setPlainText(self.snapshot.default_query)

    def _choose_model(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Choose a GGUF model", "",
                                              "GGUF models (*.gguf);;All files (*)")
        if path:
            self.model_path.setText(path)
            self._check_model()

    def _use_bundled_model(self) -> None:
        self.model_path.clear()
        self._check_model()

    def _check_model(self) -> None:
        self.model_status.setText("Checking…")
        path = self.model_path.text()
        run_task(model_status, path, lane="model",
                 on_result=self._show_model_status,
                 on_error=lambda exc: self._show_model_status(f"model unavailable: {exc}"))

    def _show_model_status(self, status: str) -> None:
        ready = status.startswith("ready")
        self.model_status.setText(("✓ " if ready else "⚠ ") + status)
        self.model_status.setStyleSheet("color: #166534;" if ready else "color: #b45309;")

    def _open_folder(self) -> None:
        if self.data_folder.text():
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.data_folder.text()))

    def _export(self) -> None:
        suggested = str(Path.home() / f"jobops-export-{date.today():%Y%m%d}.zip")
        path, _ = QFileDialog.getSaveFileName(self, "Export all my data", suggested,
                                              "Zip archive (*.zip)")
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        if not path.lower().endswith(".zip"):
            path += ".zip"
        self.export_button.setEnabled(False)
        self.data_result.setText("Exporting…")

        def done(summary: Any) -> None:
            self.export_button.setEnabled(True)
            self.data_result.setText(
                f"Exported {summary.jobs} jobs, {summary.events} events, {summary.messages} "
                f"emails and {summary.runs} runs to {summary.path}.")

        def failed(exc: BaseException) -> None:
            self.export_button.setEnabled(True)
            self.data_result.setText("")
            show_error(self, "Export failed", exc)

        run_task(data_export.export_all, path, on_result=done, on_error=failed)

    def _delete_all(self) -> None:
        if self.controller.running:
            show_error(self, "A sync is running", "Cancel the running sync first.")
            return
        dialog = DeleteAllDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.delete_all_confirmed()

    def delete_all_confirmed(self) -> None:
        self.delete_button.setEnabled(False)
        self.data_result.setText("Deleting…")

        def done(summary: Any) -> None:
            self.delete_button.setEnabled(True)
            text = (f"Deleted {summary.jobs} jobs, {summary.messages} emails, "
                    f"{summary.runs} runs and {summary.accounts} accounts; removed "
                    f"{summary.tokens_removed} keyring tokens.")
            if summary.token_errors:
                text += (" Could not remove the keyring token of: "
                         + ", ".join(summary.token_errors) + ".")
            self.data_result.setText(text)
            self.snapshot = None  # reload everything, including the edited values
            for signal in (self.events.jobs_changed, self.events.messages_changed,
                           self.events.runs_changed, self.events.accounts_changed):
                signal.emit()

        def failed(exc: BaseException) -> None:
            self.delete_button.setEnabled(True)
            self.data_result.setText("")
            show_error(self, "Delete failed", exc)

        # On the sync lane, so it cannot interleave with a sync or import.
        run_task(data_export.delete_all, on_result=done, on_error=failed, lane="sync")
