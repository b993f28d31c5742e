"""Mail accounts and sync controls (page "accounts").

Per account: status (connected / disconnected / error with its message), last synced,
messages waiting for review, the `maxMessages` and `searchDays` limits, Sync now and
Disconnect. On top: Connect Gmail and Import mail file, the "waiting for the browser"
banner while OAuth runs, and the progress of the running sync with Cancel.

All work goes through the SyncController (one sync at a time, on the "sync" lane); the
account list is loaded on the "db" lane as plain rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..timeutil import format_local
from ..vocab import MAX_MESSAGES_BOUNDS, SEARCH_DAYS_BOUNDS
from .common import Loader, ReloadWhenVisible, show_error
from .events import AppEvents
from .sync_controller import BatchOutcome, SyncController
from .worker import run_task

MAIL_FILE_FILTER = "Mail files (*.mbox *.mbx *.eml *.txt);;All files (*)"

STATUS_TEXT = {
    "connected": ("Connected", "#16a34a"),
    "disconnected": ("Disconnected", "#64748b"),
    "error": ("Needs attention", "#dc2626"),
}

PROVIDER_TEXT = {"gmail": "Gmail", "mbox": "mbox import", "eml": ".eml import",
                 "sample": "Sample data"}


@dataclass(frozen=True)
class AccountRow:
    """One account as the panel shows it (plain data, loaded on the db lane)."""

    account_key: str
    provider: str
    email_address: str
    status: str
    last_error: str
    last_synced_at: datetime | None
    max_messages: int
    search_days: int
    pending: int

    @property
    def title(self) -> str:
        return self.email_address or self.account_key

    @property
    def syncable(self) -> bool:
        """A connected Gmail account: what Sync all and background sync work on."""
        return self.provider == "gmail" and self.status == "connected"


def load_account_rows() -> list[AccountRow]:
    from ..services import accounts, inbox

    rows = []
    for account in accounts.list_accounts():
        pending = inbox.counts(account_key=account.account_key).get("pending_user", 0)
        rows.append(AccountRow(
            account_key=account.account_key, provider=account.provider,
            email_address=account.email_address, status=account.status,
            last_error=account.last_error, last_synced_at=account.last_synced_at,
            max_messages=account.max_messages, search_days=account.search_days,
            pending=pending))
    return rows


@dataclass(frozen=True)
class PanelState:
    rows: list[AccountRow]
    interval_minutes: int
    paused: bool


def load_panel_state() -> PanelState:
    from ..services import scheduler
    from ..services import settings as app_settings

    return PanelState(
        rows=load_account_rows(),
        interval_minutes=scheduler.normalise_interval(
            app_settings.get("sync.interval_minutes")),
        paused=bool(app_settings.get("sync.paused")))


def schedule_text(state: PanelState) -> str:
    if not any(r.syncable for r in state.rows):
        return ""
    if state.interval_minutes <= 0:
        return "Background sync is off: JobOps syncs when you press Sync now."
    every = (f"{state.interval_minutes} minutes" if state.interval_minutes % 60
             else f"{state.interval_minutes // 60} hour{'s' if state.interval_minutes > 60 else ''}")
    text = f"Background sync every {every} while JobOps runs (also from the tray)."
    return text + " Paused." if state.paused else text


def save_account_limits(account_key: str, max_messages: int, search_days: int) -> None:
    from ..services import accounts

    accounts.update_account_settings(account_key, max_messages=max_messages,
                                     search_days=search_days)


def show_sync_progress(bar: QProgressBar, controller: SyncController) -> None:
    """The running sync's steps on `bar`; a busy indicator until the total is known."""
    if controller.total > 0:
        bar.setRange(0, controller.total)
        bar.setValue(min(controller.done, controller.total))
    else:
        bar.setRange(0, 0)


def confirm_action(parent: QWidget, title: str, text: str, action: str) -> bool:
    """A question whose default is Cancel and whose other button names the action."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is yes


def choose_and_import(parent: QWidget, controller: SyncController) -> bool:
    """Ask for an mbox / .eml file and import it through the controller."""
    if controller.running:
        show_error(parent, "A sync is running",
                   "Wait for the running sync to finish (or cancel it), then import.")
        return False
    path, _ = QFileDialog.getOpenFileName(parent, "Import mail file", "", MAIL_FILE_FILTER)
    if not path:
        return False
    return controller.import_file(path)


class AccountCard(QFrame):
    """One account: status, limits and its buttons."""

    sync_requested = Signal(str)
    disconnect_requested = Signal(str)
    reconnect_requested = Signal(str)
    limits_changed = Signal(str, int, int)

    def __init__(self, row: AccountRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = row
        self.setObjectName("accountCard")
        self.setStyleSheet("QFrame#accountCard { background: #ffffff; border: 1px solid #e2e8f0;"
                           " border-radius: 8px; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)

        header = QHBoxLayout()
        title = QLabel(row.title)
        title.setObjectName("accountTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        title.setFont(font)
        provider = QLabel(PROVIDER_TEXT.get(row.provider, row.provider))
        provider.setObjectName("accountProvider")
        provider.setStyleSheet("color: #64748b;")
        status_text, colour = STATUS_TEXT.get(row.status, (row.status.title(), "#64748b"))
        if row.provider != "gmail":
            status_text, colour = "Imported", "#0f766e"
        self.status_label = QLabel(f"● {status_text}")
        self.status_label.setObjectName("accountStatus")
        self.status_label.setStyleSheet(f"color: {colour}; font-weight: 600;")
        header.addWidget(title)
        header.addWidget(provider)
        header.addStretch(1)
        header.addWidget(self.status_label)
        layout.addLayout(header)

        self.error_label = QLabel(row.last_error)
        self.error_label.setObjectName("accountError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b91c1c;")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setVisible(bool(row.last_error) and row.status != "connected")
        layout.addWidget(self.error_label)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.last_synced_label = QLabel(format_local(row.last_synced_at) or "Never")
        self.pending_label = QLabel(self._pending_text(row.pending))
        self.pending_label.setObjectName("accountPending")
        form.addRow("Last synced", self.last_synced_label)
        form.addRow("Waiting for review", self.pending_label)
        is_gmail = row.provider == "gmail"
        self.max_messages = QSpinBox()
        self.max_messages.setObjectName("maxMessages")
        self.max_messages.setRange(*MAX_MESSAGES_BOUNDS)
        self.max_messages.setValue(row.max_messages)
        self.max_messages.setToolTip("The most messages one sync fetches (maxMessages).")
        self.search_days = QSpinBox()
        self.search_days.setObjectName("searchDays")
        self.search_days.setRange(*SEARCH_DAYS_BOUNDS)
        self.search_days.setValue(row.search_days)
        self.search_days.setSuffix(" days")
        self.search_days.setToolTip("How far back a sync looks (searchDays).")
        for box in (self.max_messages, self.search_days):
            box.setMaximumWidth(140)
        if is_gmail:
            form.addRow("Messages per sync", self.max_messages)
            form.addRow("Look back", self.search_days)
            for box in (self.max_messages, self.search_days):
                box.editingFinished.connect(self._emit_limits)
        else:
            self.max_messages.hide()
            self.search_days.hide()
        layout.addLayout(form)

        buttons = QHBoxLayout()
        layout.addLayout(buttons)  # before adding buttons: they must never be parentless
        buttons.addStretch(1)
        self.sync_button = QPushButton("Sync now")
        self.sync_button.setObjectName("syncNow")
        self.sync_button.clicked.connect(lambda: self.sync_requested.emit(row.account_key))
        self.reconnect_button = QPushButton("Reconnect…")
        self.reconnect_button.clicked.connect(
            lambda: self.reconnect_requested.emit(row.account_key))
        self.disconnect_button = QPushButton("Disconnect…")
        self.disconnect_button.setObjectName("disconnect")
        self.disconnect_button.clicked.connect(
            lambda: self.disconnect_requested.emit(row.account_key))
        if is_gmail:
            buttons.addWidget(self.reconnect_button)
            buttons.addWidget(self.disconnect_button)
            buttons.addWidget(self.sync_button)
            self.reconnect_button.setVisible(row.status != "connected")
            self.disconnect_button.setVisible(row.status != "disconnected")
            self.sync_button.setEnabled(row.status == "connected")

    @staticmethod
    def _pending_text(count: int) -> str:
        return "Nothing" if count == 0 else f"{count} message{'s' if count != 1 else ''}"

    def _emit_limits(self) -> None:
        values = (self.max_messages.value(), self.search_days.value())
        if values != (self.row.max_messages, self.row.search_days):
            self.limits_changed.emit(self.row.account_key, *values)

    def set_busy(self, busy: bool) -> None:
        self.sync_button.setEnabled(not busy and self.row.status == "connected")
        self.disconnect_button.setEnabled(not busy)


class AccountsPanel(QWidget):
    """The accounts page: connect, import, per-account controls and the running sync."""

    def __init__(self, controller: SyncController, events: AppEvents,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountsPanel")
        self.controller = controller
        self.events = events
        self.cards: dict[str, AccountCard] = {}
        self.rows: list[AccountRow] = []

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 20)
        outer.setSpacing(12)

        header = QHBoxLayout()
        heading = QLabel("Mail accounts")
        heading.setObjectName("pageTitle")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        header.addWidget(heading)
        header.addStretch(1)
        self.import_button = QPushButton("Import mail file…")
        self.import_button.setObjectName("importMail")
        self.import_button.setToolTip("Import an mbox (Google Takeout) or .eml file instead of "
                                      "connecting Gmail.")
        self.import_button.clicked.connect(lambda: choose_and_import(self, controller))
        self.connect_button = QPushButton("Connect Gmail…")
        self.connect_button.setObjectName("connectGmail")
        self.connect_button.setDefault(True)
        self.connect_button.clicked.connect(lambda: self.start_connect())
        self.sync_all_button = QPushButton("Sync all")
        self.sync_all_button.setObjectName("syncAll")
        self.sync_all_button.clicked.connect(lambda: controller.sync_now())
        header.addWidget(self.import_button)
        header.addWidget(self.connect_button)
        header.addWidget(self.sync_all_button)
        outer.addLayout(header)

        intro = QLabel("JobOps reads Gmail read-only and keeps everything on this computer. "
                       "Each sync fetches recruiter mail, and the Smart Router links it to "
                       "your jobs or puts it in the Tracking Inbox for review.")
        intro.setWordWrap(True)
        intro.setStyleSheet("color: #475569;")
        outer.addWidget(intro)

        # Waiting for the person to finish OAuth in the browser.
        self.waiting_box = QFrame()
        self.waiting_box.setObjectName("connectWaiting")
        self.waiting_box.setStyleSheet("QFrame#connectWaiting { background: #eff6ff; border: 1px "
                                       "solid #bfdbfe; border-radius: 8px; }")
        waiting = QHBoxLayout(self.waiting_box)
        self.waiting_label = QLabel("Waiting for you to finish in the browser…")
        self.waiting_label.setObjectName("waitingLabel")
        self.cancel_connect_button = QPushButton("Cancel")
        self.cancel_connect_button.setObjectName("cancelConnect")
        self.cancel_connect_button.clicked.connect(controller.cancel_connect)
        waiting.addWidget(self.waiting_label, 1)
        waiting.addWidget(self.cancel_connect_button)
        self.waiting_box.hide()
        outer.addWidget(self.waiting_box)

        # The running sync or import.
        self.progress_box = QFrame()
        self.progress_box.setObjectName("syncProgress")
        self.progress_box.setStyleSheet("QFrame#syncProgress { background: #eff6ff; border: 1px "
                                        "solid #bfdbfe; border-radius: 8px; }")
        progress = QHBoxLayout(self.progress_box)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("progressLabel")
        self.progress_label.setMinimumWidth(260)
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("progressBar")
        self.progress_bar.setTextVisible(True)
        self.progress_bar.setFormat("%v / %m")
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setObjectName("cancelSync")
        self.cancel_button.clicked.connect(controller.cancel)
        progress.addWidget(self.progress_label)
        progress.addWidget(self.progress_bar, 1)
        progress.addWidget(self.cancel_button)
        self.progress_box.hide()
        outer.addWidget(self.progress_box)

        schedule_row = QHBoxLayout()
        self.schedule_label = QLabel()
        self.schedule_label.setObjectName("scheduleSummary")
        self.schedule_label.setStyleSheet("color: #475569;")
        self.schedule_button = QPushButton("Change…")
        self.schedule_button.setObjectName("scheduleSettings")
        self.schedule_button.setFlat(True)
        self.schedule_button.setStyleSheet("color: #2563eb;")
        self.schedule_button.clicked.connect(self._open_settings)
        schedule_row.addWidget(self.schedule_label)
        schedule_row.addWidget(self.schedule_button)
        schedule_row.addStretch(1)
        outer.addLayout(schedule_row)
        self.schedule_label.hide()
        self.schedule_button.hide()

        self.result_label = QLabel()
        self.result_label.setObjectName("syncResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()
        outer.addWidget(self.result_label)

        self.cards_host = QWidget()
        self.cards_layout = QVBoxLayout(self.cards_host)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        self.cards_layout.setSpacing(12)
        self.cards_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.cards_host)
        # Cards sit on the page's own background, not on a grey scroll viewport.
        scroll.viewport().setAutoFillBackground(False)
        self.cards_host.setAutoFillBackground(False)
        self.cards_host.setObjectName("accountCards")
        scroll.setStyleSheet("QScrollArea, QWidget#accountCards { background: transparent; }")
        outer.addWidget(scroll, 1)

        self.empty_label = QLabel(
            "No mail account yet.\n\nConnect Gmail to let JobOps notice recruiter replies, or "
            "import an mbox / .eml file if you prefer not to grant access.")
        self.empty_label.setObjectName("accountsEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #64748b; padding: 24px;")
        self.cards_layout.insertWidget(0, self.empty_label)

        self.loader = Loader(self, fetch=load_panel_state, apply=self._fill)
        self.refresher = ReloadWhenVisible(self, self.loader.reload, events.accounts_changed,
                                           events.messages_changed, delay_ms=150)

        controller.state_changed.connect(self._update_state)
        controller.progress.connect(self._on_progress)
        controller.batch_finished.connect(self._on_batch_finished)
        controller.batch_failed.connect(self._on_batch_failed)
        controller.connect_finished.connect(self._on_connect_finished)
        self._update_state()
        self.reload()

    # ---------------------------------------------------------- data

    def reload(self) -> None:
        self.refresher.reload()

    def page_shown(self) -> None:
        self.reload()

    def _fill(self, state: PanelState) -> None:
        rows = state.rows
        self.rows = rows
        text = schedule_text(state)
        self.schedule_label.setText(text)
        self.schedule_label.setVisible(bool(text))
        self.schedule_button.setVisible(bool(text))
        for card in self.cards.values():
            self.cards_layout.removeWidget(card)
            card.deleteLater()
        self.cards.clear()
        for index, row in enumerate(rows):
            card = AccountCard(row)
            card.sync_requested.connect(self._sync_account)
            card.disconnect_requested.connect(self._confirm_disconnect)
            card.reconnect_requested.connect(self.start_connect)
            card.limits_changed.connect(self._save_limits)
            card.set_busy(self.controller.running)
            self.cards_layout.insertWidget(index, card)
            self.cards[row.account_key] = card
        self.empty_label.setVisible(not rows)
        has_gmail = any(r.syncable for r in rows)
        self.sync_all_button.setVisible(has_gmail)
        self.connect_button.setText("Connect another Gmail…" if has_gmail else "Connect Gmail…")

    # ---------------------------------------------------------- actions

    def new_account_key(self) -> str:
        """"default" for the first Gmail account (or to reconnect it), then gmail-2, 3, ..."""
        taken = {r.account_key for r in self.rows if r.status != "disconnected"}
        if "default" not in taken:
            return "default"
        number = 2
        while f"gmail-{number}" in taken:
            number += 1
        return f"gmail-{number}"

    def start_connect(self, account_key: str | None = None) -> None:
        key = account_key or self.new_account_key()
        if not self.controller.connect_gmail(key):
            show_error(self, "Already connecting",
                       "Finish or cancel the connection that is waiting in the browser first.")

    def _open_settings(self) -> None:
        shell = getattr(self.window(), "shell", None)
        if shell is not None:
            shell.open_settings()

    def _sync_account(self, account_key: str) -> None:
        if not self.controller.sync_now(account_key):
            show_error(self, "A sync is running", "Wait for it to finish, or cancel it first.")

    def _confirm_disconnect(self, account_key: str) -> None:
        row = next((r for r in self.rows if r.account_key == account_key), None)
        name = row.title if row else account_key
        if not confirm_action(self, "Disconnect Gmail",
                       f"Disconnect {name}? JobOps revokes its access at Google and forgets the "
                       "token. Messages already synced and your jobs stay.", "Disconnect"):
            return
        self.controller.disconnect(account_key, on_done=self._on_disconnected)

    def _on_disconnected(self, error: str) -> None:
        if error:
            show_error(self, "Disconnect", error)
        self.reload()

    def _save_limits(self, account_key: str, max_messages: int, search_days: int) -> None:
        run_task(save_account_limits, account_key, max_messages, search_days,
                 on_result=lambda _r: self.events.accounts_changed.emit(),
                 on_error=lambda exc: show_error(self, "Could not save", exc))

    # ---------------------------------------------------------- controller feedback

    def _update_state(self) -> None:
        running = self.controller.running
        self.progress_box.setVisible(running)
        if running:
            self.result_label.hide()
            self._show_progress()
        self.cancel_button.setEnabled(running and not self.controller.cancelling)
        self.import_button.setEnabled(not running)
        self.sync_all_button.setEnabled(not running)
        for card in self.cards.values():
            card.set_busy(running)
        connecting = self.controller.connecting
        self.waiting_box.setVisible(connecting)
        self.connect_button.setEnabled(not connecting)

    def _show_progress(self) -> None:
        controller = self.controller
        self.progress_label.setText(controller.status_text())
        show_sync_progress(self.progress_bar, controller)

    def _on_progress(self, _label: str, _phase: str, _done: int, _total: int) -> None:
        self._show_progress()

    def _on_batch_finished(self, outcome: BatchOutcome) -> None:
        lines = []
        for item in outcome.outcomes:
            if item.error:
                lines.append(f"{item.account_key}: {item.error}")
            elif item.status == "cancelled":
                lines.append(f"{item.account_key}: cancelled after {item.discovered} new "
                             "messages.")
            else:
                lines.append(f"{item.account_key}: {item.discovered} new, "
                             f"{item.new_pending} to review, {item.auto_linked} linked "
                             "automatically.")
        if not outcome.outcomes:
            lines.append("Nothing to sync: connect a Gmail account first.")
        self._show_result("\n".join(lines), error=any(o.error for o in outcome.outcomes))
        self.refresher.changed()

    def _on_batch_failed(self, error: str) -> None:
        self._show_result(error, error=True)
        self.refresher.changed()

    def _on_connect_finished(self, _account_key: str, error: str) -> None:
        if error:
            self._show_result(error, error=True)
        self.refresher.changed()

    def _show_result(self, text: str, *, error: bool) -> None:
        self.result_label.setText(text)
        self.result_label.setStyleSheet("color: #b91c1c;" if error else "color: #166534;")
        self.result_label.setVisible(bool(text))
        self.result_label.setSizePolicy(QSizePolicy.Policy.Preferred,
                                        QSizePolicy.Policy.Minimum)
