"""The Tracking Inbox: review what the Smart Router could not decide alone.

A list of messages (a QAbstractTableModel behind a QSortFilterProxyModel; rows are handed to
the view in batches through fetchMore so 10,000 messages stay smooth), filters by status,
account and text, a plain-text reading pane, and the decision bar: job picker, stage target,
Approve, Ignore, Create job, Undo. Everything works from the keyboard:

    Up/Down move   A approve   I or Delete ignore   J job picker   U undo
    N create a job from the message   Ctrl+A select all   Ctrl+R refresh

Every read and write runs on the worker's "db" lane through services.inbox; after a write the
page announces `messages_changed` and `jobs_changed` on the app's events.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..logging_setup import get_logger
from ..services import inbox
from ..services.inbox import InboxRow, JobChoice, MessageView
from ..services.sample_data import SAMPLE_ACCOUNT_KEY
from ..timeutil import format_local, to_local
from ..vocab import MessageStatus, target_label
from .common import EmptyState, ReloadWhenVisible, show_error, show_status
from .events import AppEvents
from .table_model import RowTableModel
from .worker import Task, run_task

log = get_logger("ui.inbox")

_ModelIndex = QModelIndex | QPersistentModelIndex

MessageIdRole = Qt.ItemDataRole.UserRole + 1
BucketRole = Qt.ItemDataRole.UserRole + 3

FETCH_BATCH = 500

EMPTY_TEXT = ("No emails yet. Connect Gmail or import an mbox to see recruiter replies here; "
              "the Smart Router links the sure ones to your jobs and leaves the rest for you "
              "to review. Or try it first with a sample mailbox.")

STATUS_LABELS = {
    MessageStatus.PENDING_USER.value: "Pending",
    MessageStatus.AUTO_LINKED.value: "Auto-linked",
    MessageStatus.MANUAL_LINKED.value: "Linked by you",
    MessageStatus.IGNORED.value: "Ignored",
}

# Confidence bucket -> (pill background, text colour, label)
BUCKET_STYLE: dict[str, tuple[str, str, str]] = {
    "auto_linked": ("#dcfce7", "#166534", "Auto"),
    "pending_suggested": ("#fef3c7", "#92400e", "Review"),
    "pending_orphan": ("#e0e7ff", "#3730a3", "Orphan"),
    "ignored": ("#f1f5f9", "#475569", "Not relevant"),
    "": ("#f1f5f9", "#64748b", "Not routed"),
}


def bucket_colors(bucket: str) -> tuple[QColor, QColor]:
    background, foreground, _ = BUCKET_STYLE.get(bucket, BUCKET_STYLE[""])
    return QColor(background), QColor(foreground)


def confidence_text(row: InboxRow) -> str:
    """"80% · Review": the confidence and its bucket's label (tooltips, reading pane)."""
    return f"{row.confidence}% · {BUCKET_STYLE.get(row.bucket, BUCKET_STYLE[''])[2]}"


def short_time(value: datetime | None) -> str:
    """"Nov 16 12:09" this year, "2025-11-16" before (local time)."""
    if value is None:
        return ""
    local = to_local(value)
    if local.year == datetime.now().year:
        return f"{local:%b} {local.day} {local:%H:%M}"
    return f"{local:%Y-%m-%d}"


def job_text(row: InboxRow) -> str:
    """The job column: the linked job, else the suggestion, else "Orphan"."""
    if row.job_label:
        return row.job_label
    if row.suggested_job_label:
        return row.suggested_job_label
    return "Orphan" if row.relevant or row.status == "pending_user" else "—"


# ---------------------------------------------------------------- the model

class InboxTableModel(RowTableModel):
    RECEIVED, SENDER, SUBJECT, JOB, CONFIDENCE, STAGE, STATUS, REASON = range(8)
    HEADERS = ("Received", "From", "Subject", "Job", "Confidence", "Stage", "Status",
               "Router's reason")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._all: list[InboxRow] = []  # everything loaded
        self._shown = 0  # rows handed to the view so far (fetchMore)
        self._bold = QFont()
        self._bold.setBold(True)

    # -- loading

    def set_rows(self, rows: list[InboxRow], sort_column: int = -1,
                 order: Qt.SortOrder = Qt.SortOrder.DescendingOrder) -> None:
        """Replace the rows (as the services list them: newest first), sorted by the
        column the view shows sorted, if any other."""
        if sort_column >= 0 and not (sort_column == self.RECEIVED
                                     and order == Qt.SortOrder.DescendingOrder):
            rows = sorted(rows, key=self._sort_key(sort_column),
                          reverse=order == Qt.SortOrder.DescendingOrder)
        self.beginResetModel()
        self._all = rows
        self._shown = min(len(rows), FETCH_BATCH)
        self.endResetModel()

    def canFetchMore(self, parent: _ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._shown < len(self._all)

    def fetchMore(self, parent: _ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        extra = min(FETCH_BATCH, len(self._all) - self._shown)
        if extra <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + extra - 1)
        self._shown += extra
        self.endInsertRows()

    def fetch_all(self) -> None:
        while self.canFetchMore():
            self.fetchMore()

    def loaded_count(self) -> int:
        return len(self._all)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort every loaded row (also those not handed to the view yet) with one Python
        sort; far cheaper than a proxy calling data() for each comparison."""
        key = self._sort_key(column)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        moved = [(self._all[index.row()].id, index.column()) for index in persistent]
        self._all.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        position = {item.id: number for number, item in enumerate(self._all)}
        targets = [self.index(position[message_id], column_)
                   if position[message_id] < self._shown else QModelIndex()
                   for message_id, column_ in moved]
        self.changePersistentIndexList(persistent, targets)
        self.layoutChanged.emit()

    def _sort_key(self, column: int) -> Callable[[InboxRow], Any]:
        if column == self.RECEIVED:
            return lambda item: (item.received_at or datetime.min, item.id)
        if column == self.CONFIDENCE:
            return lambda item: (item.confidence, item.id)
        return lambda item: ((self._display(item, column) or "").lower(), item.id)

    def row_at(self, row: int) -> InboxRow:
        return self._all[row]

    def rows_for_ids(self, message_ids: set[int]) -> list[int]:
        """The model rows of these messages, in one pass (row_for_id per message would be
        quadratic for a select-all of thousands)."""
        return [number for number, item in enumerate(self._all) if item.id in message_ids]

    def row_for_id(self, message_id: int) -> int | None:
        for number, item in enumerate(self._all):
            if item.id == message_id:
                if number >= self._shown:
                    while self._shown <= number:
                        self.fetchMore()
                return number
        return None

    # -- Qt model API

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._all[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == MessageIdRole:
            return item.id
        if role == BucketRole:
            return item.bucket
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.RECEIVED:
                return format_local(item.received_at)
            if column == self.SENDER:
                return item.sender
            if column in (self.SUBJECT, self.REASON):
                return self._display(item, column)
            if column == self.CONFIDENCE:
                return confidence_text(item)
            if column == self.JOB and item.job_id is None and item.suggested_job_id:
                return "Suggested by the Smart Router"
        if role == Qt.ItemDataRole.FontRole and column == self.SUBJECT \
                and item.status == MessageStatus.PENDING_USER.value:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.JOB and not item.job_label and not item.suggested_job_label:
                return QColor("#6366f1")
            if column in (self.RECEIVED, self.REASON, self.STATUS):
                return QColor("#64748b")
            if item.status == MessageStatus.IGNORED.value:
                return QColor("#94a3b8")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.CONFIDENCE:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, item: InboxRow, column: int) -> str:
        if column == self.RECEIVED:
            return short_time(item.received_at)
        if column == self.SENDER:
            return item.sender_name or item.sender_email
        if column == self.SUBJECT:
            return item.subject or "(no subject)"
        if column == self.JOB:
            return job_text(item)
        if column == self.STAGE:
            return target_label(item.suggested_stage) if item.bucket else ""
        if column == self.CONFIDENCE:
            return f"{item.confidence}%" if item.bucket else ""
        if column == self.STATUS:
            return STATUS_LABELS.get(item.status, item.status)
        if column == self.REASON:
            return item.reason
        return ""


class InboxFilterProxy(QSortFilterProxyModel):
    """Between the table and the model. The status/account/text filters run in the database;
    sorting is handed to the source model, which sorts all its rows at once (the proxy's own
    sort would call data() from Python for every comparison: seconds for 10,000 rows)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDynamicSortFilter(False)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None and column >= 0:
            source.sort(column, order)


class ConfidenceDelegate(QStyledItemDelegate):
    """The confidence as a small pill coloured by its bucket."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _ModelIndex) -> None:
        text = index.data(Qt.ItemDataRole.DisplayRole)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        if not text:
            return
        background, foreground = bucket_colors(index.data(BucketRole) or "")
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = option.fontMetrics
        width = metrics.horizontalAdvance(text) + 16
        height = min(option.rect.height() - 6, metrics.height() + 4)
        rect = QRect(0, 0, width, height)
        rect.moveCenter(option.rect.center())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(foreground)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _ModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 16, size.height())


# ---------------------------------------------------------------- dialogs

class CreateJobDialog(QDialog):
    """Create a job from an orphan message, prefilled from its sender and subject."""

    def __init__(self, company: str, title: str, stage_target: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("createJobFromMessageDialog")
        self.setWindowTitle("Create job from this email")
        self.company = QLineEdit(company)
        self.company.setObjectName("companyEdit")
        self.title_edit = QLineEdit(title)
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setPlaceholderText("Job title")
        self.stage = stage_combo()
        select_target(self.stage, stage_target if stage_target != "no_change" else "applied")
        form = QFormLayout()
        form.addRow("&Company", self.company)
        form.addRow("&Title", self.title_edit)
        form.addRow("&Stage", self.stage)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Create job")
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        hint = QLabel("The email will be linked to the new job.")
        hint.setObjectName("dialogHint")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())
        (self.title_edit if company and not title else self.company).setFocus()

    def _accept(self) -> None:
        if not self.company.text().strip() or not self.title_edit.text().strip():
            QMessageBox.warning(self, "Create job", "A job needs a company and a title.")
            return
        self.accept()

    def values(self) -> tuple[str, str, str]:
        return (self.company.text().strip(), self.title_edit.text().strip(),
                self.stage.currentData())


def stage_combo() -> QComboBox:
    combo = QComboBox()
    for value, label in inbox.stage_choices():
        combo.addItem(label, value)
    return combo


def select_target(combo: QComboBox, target: str) -> None:
    index = combo.findData(target)
    combo.setCurrentIndex(index if index >= 0 else 0)


def ask_confirmation(parent: QWidget, title: str, text: str, action: str) -> bool:
    focused = QApplication.focusWidget()
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    box.setObjectName("inboxConfirm")
    yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(yes)
    box.exec()
    _restore_focus(focused)
    return box.clickedButton() is yes


def _restore_focus(widget: QWidget | None) -> None:
    """Give the keyboard back to where it was before a modal dialog."""
    if widget is not None and widget.isVisible():
        widget.activateWindow()
        widget.setFocus()


# ---------------------------------------------------------------- the page

def _load_page(status: str | None, account_key: str | None, search: str
               ) -> tuple[list[InboxRow], dict[str, int], list[str], list[JobChoice]]:
    """Runs on the db lane: everything the page shows, in one go."""
    return (inbox.list_rows(status, account_key, search),
            inbox.counts(account_key, search), inbox.account_keys(), inbox.job_choices())


class InboxPage(QWidget):
    """The Tracking Inbox page. `open_job(job_id)` asks the window to show a job."""

    open_job = Signal(int)
    loaded = Signal()  # after each refresh has been applied (tests and screenshots wait on it)

    def __init__(self, events: AppEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inboxPage")
        self.events = events
        self.status_filter: str | None = MessageStatus.PENDING_USER.value
        self._generation = 0
        self._busy = False
        self._refocus_list = False
        self._select_after_load: int | None = None
        self._current: InboxRow | None = None
        self._jobs: list[JobChoice] = []

        self.model = InboxTableModel(self)
        self.proxy = InboxFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self._build_toolbar()
        self._build_filters()
        self._build_table()
        self._build_reader()

        body = QSplitter(Qt.Orientation.Horizontal)
        body.setObjectName("inboxSplitter")
        body.addWidget(self.table)
        body.addWidget(self.reader)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        body.setSizes([820, 360])
        self.splitter = body

        title = QLabel("Tracking Inbox")
        title.setObjectName("pageTitle")
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.toolbar)

        main = QWidget()
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        main_layout.setSpacing(8)
        main_layout.addLayout(self.filter_bar)
        main_layout.addWidget(body, 1)
        self.empty_state = EmptyState(
            "No emails yet", EMPTY_TEXT,
            [("Try with sample data", events.sample_data_requested.emit),
             ("Connect Gmail", events.connect_gmail_requested.emit),
             ("Import mail file", events.import_mail_requested.emit)])
        self.empty_state.setObjectName("inboxEmptyState")
        self.content = QStackedWidget()
        self.content.addWidget(main)
        self.content.addWidget(self.empty_state)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.content, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())

        self.refresher = ReloadWhenVisible(self, self._load, events.messages_changed,
                                           events.jobs_changed)
        self.refresher.stale = True  # loads when first shown
        self._update_actions()

    # ------------------------------------------------------------ building

    def _action(self, text: str, shortcuts: Sequence[str], slot: Callable[[], None],
                name: str, tip: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        keys = " or ".join(shortcuts)
        action.setToolTip(f"{tip} ({keys})" if keys else tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar("Inbox actions")
        self.toolbar.setObjectName("inboxToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setStyleSheet(
            "QToolBar#inboxToolbar { border: none; background: transparent; spacing: 4px; }"
            "QToolBar#inboxToolbar QToolButton { padding: 4px 8px; border: 1px solid #cbd5e1;"
            " border-radius: 6px; background: #ffffff; color: #1e293b; }"
            "QToolBar#inboxToolbar QToolButton:hover { background: #eff6ff;"
            " border-color: #93c5fd; }"
            "QToolBar#inboxToolbar QToolButton:disabled { color: #94a3b8;"
            " background: #f8fafc; border-color: #e2e8f0; }")
        self.approve_action = self._action("Approve", ["A"], self.approve_selected,
                                           "approveAction", "Link to the chosen job and "
                                           "record the stage")
        self.ignore_action = self._action("Ignore", ["I", "Delete"], self.ignore_selected,
                                          "ignoreAction", "Not about any application")
        self.create_action = self._action("New job…", ["N"], self.create_job,
                                          "createJobAction", "Create a job from this email")
        self.undo_action = self._action("Undo", ["U"], self.undo_selected, "undoAction",
                                        "Return the email to review; removes the stage "
                                        "event its link created")
        self.picker_action = self._action("Pick job", ["J"], self.focus_job_picker,
                                          "focusJobAction", "Jump to the job picker")
        self.select_all_action = self._action("Select all", ["Ctrl+A"], self.select_all,
                                              "selectAllAction", "Select every message")
        self.refresh_action = self._action("Refresh", ["Ctrl+R"], self.refresh, "refreshAction",
                                           "Reload the list")
        self.remove_sample_action = self._action(
            "Remove sample", [], self.remove_sample_data, "removeSampleAction",
            "Delete the sample jobs, emails and runs")
        self.remove_sample_action.setVisible(False)
        for action in (self.approve_action, self.ignore_action, self.create_action,
                       self.undo_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        for action in (self.picker_action, self.select_all_action, self.refresh_action):
            self.toolbar.addAction(action)
        self.toolbar.addAction(self.remove_sample_action)
        # The page-level shortcut context would also fire inside text fields; those keep
        # their letters because QLineEdit accepts ShortcutOverride for printable keys.

    def _build_filters(self) -> None:
        self.filter_bar = QHBoxLayout()
        self.filter_bar.setSpacing(6)
        self.filter_group = QButtonGroup(self)
        self.filter_group.setExclusive(True)
        self.filter_buttons: dict[str | None, QToolButton] = {}
        for key, label in inbox.FILTERS:
            button = QToolButton()
            button.setObjectName(f"filter_{key or 'all'}")
            button.setProperty("filterChip", True)
            button.setCheckable(True)
            button.setText(label)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setMinimumWidth(40)  # squeezable: the page fits narrow windows
            button.setToolTip(f"Show {label.lower()} emails" if key else "Show every email")
            button.clicked.connect(lambda _=False, k=key: self.set_status_filter(k))
            self.filter_group.addButton(button)
            self.filter_buttons[key] = button
            self.filter_bar.addWidget(button)
        self.filter_buttons[self.status_filter].setChecked(True)
        self.filter_bar.addStretch(1)
        self.account = QComboBox()
        self.account.setObjectName("accountFilter")
        self.account.addItem("All accounts", None)
        self.account.setMinimumContentsLength(8)
        self.account.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.account.currentIndexChanged.connect(lambda _i: self.refresh())
        self.search = QLineEdit()
        self.search.setObjectName("inboxSearch")
        self.search.setPlaceholderText("Search sender or subject…")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(100)
        self.search.setMaximumWidth(320)
        self.search.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.filter_bar.addWidget(self.account)
        self.filter_bar.addWidget(self.search)

    def _build_table(self) -> None:
        table = QTableView()
        table.setObjectName("inboxTable")
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setSortingEnabled(True)
        table.sortByColumn(InboxTableModel.RECEIVED, Qt.SortOrder.DescendingOrder)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(30)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        widths = (96, 120, 240, 180, 100, 130, 110, 360)
        for column, width in enumerate(widths):
            header.resizeSection(column, width)
        table.setItemDelegateForColumn(InboxTableModel.CONFIDENCE, ConfidenceDelegate(table))
        table.selectionModel().currentRowChanged.connect(self._current_changed)
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        table.doubleClicked.connect(self._double_clicked)
        self.table = table

    def _build_reader(self) -> None:
        reader = QFrame()
        reader.setObjectName("readingPane")
        reader.setFrameShape(QFrame.Shape.StyledPanel)
        self.subject_label = QLabel()
        self.subject_label.setObjectName("readerSubject")
        self.subject_label.setWordWrap(True)
        self.subject_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        subject_font = self.subject_label.font()
        subject_font.setPointSizeF(subject_font.pointSizeF() * 1.2)
        subject_font.setBold(True)
        self.subject_label.setFont(subject_font)
        self.headers_label = QLabel()
        self.headers_label.setObjectName("readerHeaders")
        self.headers_label.setTextFormat(Qt.TextFormat.PlainText)
        self.headers_label.setWordWrap(True)
        self.headers_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reason_label = QLabel()
        self.reason_label.setObjectName("routerReason")
        self.reason_label.setTextFormat(Qt.TextFormat.PlainText)
        self.reason_label.setWordWrap(True)
        # Plain text only: nothing in a message can load a remote resource or run.
        self.body = QPlainTextEdit()
        self.body.setObjectName("messageBody")
        self.body.setReadOnly(True)
        self.body.setTabChangesFocus(True)

        self.job_picker = QComboBox()
        self.job_picker.setObjectName("jobPicker")
        self.job_picker.setEditable(True)
        self.job_picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.job_picker.setMinimumContentsLength(24)
        self.job_picker.lineEdit().setPlaceholderText("Choose a job…")
        completer = QCompleter(self.job_picker.model(), self.job_picker)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.job_picker.setCompleter(completer)
        self.job_picker.currentIndexChanged.connect(self._job_chosen)
        self.job_picker.lineEdit().returnPressed.connect(self._picker_return)
        self.stage_picker = stage_combo()
        self.stage_picker.setObjectName("stagePicker")

        self.approve_button = QPushButton("Approve")
        self.approve_button.setObjectName("approveButton")
        self.approve_button.setProperty("primary", True)
        self.approve_button.clicked.connect(self.approve_selected)
        self.ignore_button = QPushButton("Ignore")
        self.ignore_button.setObjectName("ignoreButton")
        self.ignore_button.clicked.connect(self.ignore_selected)
        self.create_button = QPushButton("New job…")
        self.create_button.setObjectName("createJobButton")
        self.create_button.clicked.connect(self.create_job)
        self.undo_button = QPushButton("Undo")
        self.undo_button.setObjectName("undoButton")
        self.undo_button.clicked.connect(self.undo_selected)
        self.open_job_button = QPushButton("Open job")
        self.open_job_button.setObjectName("openJobButton")
        self.open_job_button.clicked.connect(self._open_current_job)

        self.decision_label = QLabel()
        self.decision_label.setObjectName("decisionState")
        self.decision_label.setWordWrap(True)

        decision = QFrame()
        decision.setObjectName("decisionBar")
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow("&Job", self.job_picker)
        form.addRow("S&tage", self.stage_picker)
        buttons = QHBoxLayout()
        for button in (self.approve_button, self.ignore_button, self.create_button,
                       self.undo_button, self.open_job_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        decision_layout = QVBoxLayout(decision)
        decision_layout.setContentsMargins(10, 8, 10, 8)
        decision_layout.addWidget(self.decision_label)
        decision_layout.addLayout(form)
        decision_layout.addLayout(buttons)

        self.empty_label = QLabel("Select a message to read it.")
        self.empty_label.setObjectName("readerEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        layout = QVBoxLayout(reader)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        layout.addWidget(self.subject_label)
        layout.addWidget(self.headers_label)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(decision)
        self.decision = decision
        self.reader = reader
        self._show_message(None)

    # ------------------------------------------------------------ loading

    def page_shown(self) -> None:
        if self.refresher.stale:
            self.refresh()

    def refresh(self) -> Task:
        return self.refresher.reload()

    def _load(self) -> Task:
        self._generation += 1
        generation = self._generation
        if self._current is not None and self._select_after_load is None:
            self._select_after_load = self._current.id
        account_key = self.account.currentData()
        task = run_task(_load_page, self.status_filter, account_key, self.search.text(),
                        on_result=lambda result: self._apply(generation, result),
                        on_error=lambda exc: show_error(self, "Could not load the inbox", exc))
        return task

    def _apply(self, generation: int,
               result: tuple[list[InboxRow], dict[str, int], list[str], list[JobChoice]]
               ) -> None:
        if generation != self._generation:
            return
        rows, counts, accounts, jobs = result
        self._fill_accounts(accounts)
        self.remove_sample_action.setVisible(SAMPLE_ACCOUNT_KEY in accounts)
        self._fill_jobs(jobs)
        for key, label in inbox.FILTERS:
            self.filter_buttons[key].setText(f"{label} ({counts.get(key or 'all', 0)})")
        wanted = self._select_after_load
        self._select_after_load = None
        empty = counts.get("all", 0) == 0 and not self.search.text() \
            and self.account.currentData() is None
        self.content.setCurrentWidget(self.empty_state if empty else self.content.widget(0))
        self.toolbar.setVisible(not empty)
        header = self.table.horizontalHeader()
        self.model.set_rows(rows, header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.table.setColumnHidden(InboxTableModel.STATUS, self.status_filter is not None)
        self._restore_selection(wanted)
        self._update_actions()
        if self._refocus_list:
            # After a decision the list has the focus again: Up/Down, A, I go on.
            self._refocus_list = False
            self.table.setFocus()
        self.loaded.emit()

    def _fill_accounts(self, accounts: list[str]) -> None:
        current = self.account.currentData()
        existing = [self.account.itemData(i) for i in range(1, self.account.count())]
        if existing == accounts:
            return
        self.account.blockSignals(True)
        self.account.clear()
        self.account.addItem("All accounts", None)
        for key in accounts:
            self.account.addItem(key, key)
        index = self.account.findData(current)
        self.account.setCurrentIndex(max(index, 0))
        self.account.blockSignals(False)

    def _fill_jobs(self, jobs: list[JobChoice]) -> None:
        self._jobs = jobs
        self.job_picker.blockSignals(True)
        self.job_picker.clear()
        for job in jobs:
            label = f"{job.label} (closed)" if job.closed else job.label
            self.job_picker.addItem(label, job.id)
        self.job_picker.setCurrentIndex(-1)
        self.job_picker.blockSignals(False)

    def _restore_selection(self, message_id: int | None) -> None:
        row = self.model.row_for_id(message_id) if message_id is not None else None
        if row is None and self.model.rowCount():
            row = 0
        if row is None:
            self._show_message(None)
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        selection = self.table.selectionModel()
        same_row = selection.currentIndex().isValid() and \
            selection.currentIndex().row() == index.row()
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        if same_row:  # currentRowChanged did not fire: show the (reloaded) message here
            self._current_changed(index, QModelIndex())

    def set_status_filter(self, status: str | None) -> None:
        self.status_filter = status
        self.filter_buttons[status].setChecked(True)
        self._select_after_load = None
        self._current = None
        self.refresh()

    def set_account_filter(self, account_key: str | None) -> None:
        index = self.account.findData(account_key)
        if index >= 0:
            self.account.setCurrentIndex(index)

    # ------------------------------------------------------------ current message

    def _row_for_proxy(self, index: _ModelIndex) -> InboxRow | None:
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def selected_rows(self) -> list[InboxRow]:
        indexes = self.table.selectionModel().selectedRows()
        rows = [self._row_for_proxy(index) for index in indexes]
        found = [row for row in rows if row is not None]
        if not found and self._current is not None:
            found = [self._current]
        return found

    def current_row(self) -> InboxRow | None:
        return self._current

    def _current_changed(self, current: _ModelIndex, _previous: _ModelIndex) -> None:
        row = self._row_for_proxy(current)
        self._current = row
        self._show_decision(row)
        self._update_actions()
        if row is None:
            self._show_message(None)
            return
        message_id = row.id
        run_task(
            inbox.message_view, message_id,
            on_result=lambda view: self._show_message(view) if self._current is not None
            and self._current.id == view.id else None,
            on_error=lambda exc: self._show_message(None, str(exc)))

    def _show_message(self, view: MessageView | None, problem: str = "") -> None:
        has = view is not None
        for widget in (self.subject_label, self.headers_label, self.reason_label, self.body,
                       self.decision):
            widget.setVisible(has)
        self.empty_label.setVisible(not has)
        if view is None:
            self.empty_label.setText(problem or (
                "Nothing here. Messages the Smart Router is unsure about wait here for you."
                if not self.model.rowCount() else "Select a message to read it."))
            self.body.setPlainText("")
            return
        self.subject_label.setText(view.subject or "(no subject)")
        lines = [f"From: {view.sender}"]
        if view.recipient:
            lines.append(f"To: {view.recipient}")
        lines.append(f"Date: {format_local(view.received_at)}")
        self.headers_label.setText("\n".join(lines))
        self.body.setPlainText(view.body_text or "(This message has no text.)")
        row = self._current
        if row is not None:
            reason = row.reason or "Not routed yet."
            self.reason_label.setText(f"Smart Router · {confidence_text(row)}: {reason}"
                                      if row.bucket else reason)
            background, foreground = bucket_colors(row.bucket)
            self.reason_label.setStyleSheet(
                f"QLabel {{ background: {background.name()}; color: {foreground.name()};"
                " border-radius: 6px; padding: 6px 8px; }")

    def _show_decision(self, row: InboxRow | None) -> None:
        if row is None:
            return
        job_id = row.job_id or row.suggested_job_id
        index = self.job_picker.findData(job_id) if job_id is not None else -1
        self.job_picker.blockSignals(True)
        self.job_picker.setCurrentIndex(index)
        if index < 0:
            self.job_picker.setEditText("")
        self.job_picker.lineEdit().setCursorPosition(0)  # show the company, not the tail
        self.job_picker.blockSignals(False)
        # The prominent button is the likely next step: approve a suggestion, create a job
        # for an orphan, undo a decided message.
        pending = row.status == MessageStatus.PENDING_USER.value
        likely = (self.undo_button if not pending
                  else self.create_button if job_id is None else self.approve_button)
        for button in (self.approve_button, self.create_button, self.undo_button):
            primary = button is likely
            if bool(button.property("primary")) != primary:
                button.setProperty("primary", primary)
                button.style().unpolish(button)
                button.style().polish(button)
        self._preselect_stage(row, job_id)
        if row.status == MessageStatus.PENDING_USER.value:
            state = ("Suggested: " + row.suggested_job_label if row.suggested_job_label
                     else "Orphan: no tracked job matched. Pick one, or create a job.")
        elif row.status == MessageStatus.IGNORED.value:
            state = ("Ignored by you." if row.decided_by == "user"
                     else "Ignored by the Smart Router (not about an application).")
        else:
            who = "the Smart Router" if row.decided_by == "system" else "you"
            state = f"Linked to {row.job_label} by {who}."
        self.decision_label.setText(state)

    def _preselect_stage(self, row: InboxRow, job_id: int | None) -> None:
        target = row.suggested_stage or "no_change"
        job = next((j for j in self._jobs if j.id == job_id), None)
        if job is not None:
            target = inbox.forward_target(job.current_stage, target)
        elif row.status == MessageStatus.PENDING_USER.value and not row.suggested_job_id:
            target = target if target != "no_change" else "applied"
        select_target(self.stage_picker, target)

    def _job_chosen(self, _index: int) -> None:
        if self._current is not None:
            self._preselect_stage(self._current, self.chosen_job_id())

    def chosen_job_id(self) -> int | None:
        index = self.job_picker.currentIndex()
        text = self.job_picker.currentText().strip()
        if index >= 0 and self.job_picker.itemText(index) == text:
            return self.job_picker.itemData(index)
        found = self.job_picker.findText(text, Qt.MatchFlag.MatchFixedString)
        return self.job_picker.itemData(found) if found >= 0 else None

    def _picker_return(self) -> None:
        if self.chosen_job_id() is not None:
            self.stage_picker.setFocus()

    def _update_actions(self) -> None:
        rows = self.selected_rows()
        pending = [r for r in rows if r.status == MessageStatus.PENDING_USER.value]
        decided = [r for r in rows if r.status != MessageStatus.PENDING_USER.value]
        single = len(rows) == 1
        self.approve_action.setEnabled(bool(pending) and not self._busy)
        self.ignore_action.setEnabled(bool(pending) and not self._busy)
        self.undo_action.setEnabled(bool(decided) and single and not self._busy)
        self.create_action.setEnabled(single and bool(pending) and not self._busy)
        self.approve_button.setEnabled(self.approve_action.isEnabled())
        self.ignore_button.setEnabled(self.ignore_action.isEnabled())
        self.undo_button.setEnabled(self.undo_action.isEnabled())
        self.create_button.setEnabled(self.create_action.isEnabled())
        current = self._current
        self.open_job_button.setVisible(bool(current and current.job_id))
        editable = bool(single and pending)
        self.job_picker.setEnabled(editable)
        self.stage_picker.setEnabled(editable)

    # ------------------------------------------------------------ actions

    def focus_job_picker(self) -> None:
        if self.job_picker.isEnabled():
            self.job_picker.setFocus()
            self.job_picker.lineEdit().selectAll()

    def select_all(self) -> None:
        self.model.fetch_all()
        self.table.selectAll()
        self.table.setFocus()

    def _next_id_after(self, rows: list[InboxRow]) -> int | None:
        """The message to select once `rows` leave the list (the one below, else above)."""
        ids = {r.id for r in rows}
        proxy_rows = sorted(self.proxy.mapFromSource(self.model.index(number, 0)).row()
                            for number in self.model.rows_for_ids(ids))
        if not proxy_rows:
            return None
        for candidate in list(range(proxy_rows[-1] + 1, self.proxy.rowCount())) + list(
                range(proxy_rows[0] - 1, -1, -1)):
            row = self._row_for_proxy(self.proxy.index(candidate, 0))
            if row is not None and row.id not in ids:
                return row.id
        return None

    def _run_write(self, fn: Callable[..., Any], *args: Any, title: str,
                   select_next: int | None, done_text: str = "",
                   then: Callable[[], Any] | None = None) -> None:
        self._busy = True
        self._update_actions()

        def succeeded(_result: Any) -> None:
            self._busy = False
            self._refocus_list = True
            self._select_after_load = select_next
            self._current = None
            if done_text:
                show_status(self, done_text if "{n}" not in done_text
                            else done_text.format(n=_result))
            self.events.messages_changed.emit()
            self.events.jobs_changed.emit()
            if then is not None:
                then()
            if not self.isVisible():
                self.refresh()

        def failed(exc: BaseException) -> None:
            self._busy = False
            self._update_actions()
            show_error(self, title, exc)
            self.refresh()

        run_task(fn, *args, on_result=succeeded, on_error=failed)

    def approve_selected(self) -> None:
        rows = self.selected_rows()
        pending = [r for r in rows if r.status == MessageStatus.PENDING_USER.value]
        if not pending or self._busy:
            return
        if len(rows) > 1:
            self._bulk_approve(pending)
            return
        row = pending[0]
        job_id = self.chosen_job_id()
        if job_id is None:
            show_error(self, "Approve", "Choose the job this email is about (press J), or "
                       "create a job from it (press N).")
            self.focus_job_picker()
            return
        target = self.stage_picker.currentData()
        self._run_write(inbox.approve, row.id, job_id, target, title="Could not approve",
                        select_next=self._next_id_after([row]), done_text="Approved.")

    def _bulk_approve(self, pending: list[InboxRow]) -> None:
        with_job = [r for r in pending if r.suggested_job_id]
        orphans = len(pending) - len(with_job)
        if not with_job:
            show_error(self, "Approve", "None of the selected emails has a suggested job. "
                       "Approve them one at a time with a chosen job, or create jobs.")
            return
        text = (f"Approve {len(with_job)} email(s), each to its suggested job? Stage changes "
                "that would move a job backwards are not applied.")
        if orphans:
            text += f"\n\n{orphans} orphan email(s) without a suggestion will be skipped."
        if not ask_confirmation(self, "Approve selected emails", text, "Approve"):
            return
        self._run_write(inbox.bulk_approve, [r.id for r in with_job],
                        title="Could not approve", select_next=self._next_id_after(pending),
                        done_text="Approved {n} email(s).")

    def ignore_selected(self) -> None:
        rows = self.selected_rows()
        pending = [r for r in rows if r.status == MessageStatus.PENDING_USER.value]
        if not pending or self._busy:
            return
        if len(rows) > 1:
            if not ask_confirmation(self, "Ignore selected emails",
                                    f"Ignore {len(pending)} email(s)? They stay under "
                                    "Ignored and can be undone one by one.", "Ignore"):
                return
            self._run_write(inbox.bulk_deny, [r.id for r in pending], title="Could not ignore",
                            select_next=self._next_id_after(pending),
                            done_text="Ignored {n} email(s).")
            return
        self._run_write(inbox.deny, pending[0].id, title="Could not ignore",
                        select_next=self._next_id_after(pending), done_text="Ignored.")

    def undo_selected(self) -> None:
        row = self._current
        if row is None or row.status == MessageStatus.PENDING_USER.value or self._busy:
            return
        keep = row.id if self.status_filter is None else self._next_id_after([row])
        self._run_write(inbox.undo, row.id, title="Could not undo", select_next=keep,
                        done_text="Undone: the email is back in Pending.")

    def create_job(self) -> None:
        row = self._current
        if row is None or row.status != MessageStatus.PENDING_USER.value or self._busy:
            return
        run_task(inbox.guess_job, row.id,
                 on_result=lambda guess: self._open_create_dialog(row, *guess),
                 on_error=lambda exc: show_error(self, "Create job", exc))

    def _open_create_dialog(self, row: InboxRow, company: str, title: str) -> None:
        dialog = CreateJobDialog(company, title, row.suggested_stage or "applied", self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        _restore_focus(self.table)
        if not accepted:
            return
        company, title, target = dialog.values()
        self._run_write(inbox.create_job_from_message, row.id, company, title, target,
                        title="Could not create the job",
                        select_next=self._next_id_after([row]),
                        done_text=f"Created {company} — {title}.")

    def remove_sample_data(self) -> None:
        from ..services import sample_data

        if self._busy or not ask_confirmation(
                self, "Remove sample data", "Delete the 8 sample jobs and the sample "
                "mailbox (its emails and runs)? Your own jobs and mail stay; anything the "
                "sample emails changed on your jobs is taken back.", "Remove"):
            return
        if self.account.currentData() == SAMPLE_ACCOUNT_KEY:
            self.set_account_filter(None)

        self._run_write(sample_data.remove_sample_data, title="Could not remove sample data",
                        select_next=None, done_text="Sample data removed.",
                        then=lambda: (self.events.accounts_changed.emit(),
                                      self.events.runs_changed.emit()))

    def _open_current_job(self) -> None:
        if self._current is not None and self._current.job_id:
            self.open_job.emit(self._current.job_id)

    def _double_clicked(self, index: QModelIndex) -> None:
        row = self._row_for_proxy(index)
        if row is not None and row.job_id:
            self.open_job.emit(row.job_id)


# ---------------------------------------------------------------- wiring into the window

def install(window: Any) -> InboxPage:
    """Add the Tracking Inbox page and the job's Emails tab to the main window."""
    from .emails_tab import EmailsTab
    from .theme import icon

    page = InboxPage(window.events)
    page.open_job.connect(window.show_job)
    window.add_page("inbox", "Tracking Inbox", page, icon("nav-inbox"), "Ctrl+3")
    window.inbox_page = page

    job_page = getattr(window, "job_page", None)
    if job_page is not None and hasattr(job_page, "set_emails_widget"):
        tab = EmailsTab(window.events, job_page)
        job_page.set_emails_widget(tab)
        window.emails_tab = tab
    return page


class SampleDataLoader(QObject):
    """Handles `events.sample_data_requested`: loads the sample jobs and mailbox on the sync
    lane (import and routing take a while), reports progress in the status bar, then shows
    the inbox."""

    finished = Signal(object)  # the SampleResult, or the exception

    def __init__(self, window: Any, *, route: bool = True) -> None:
        super().__init__(window)
        self.window = window
        self.route = route
        self.task: Task | None = None
        window.events.sample_data_requested.connect(self.start)

    def start(self) -> Task | None:
        if self.task is not None:
            return None
        self._status("Loading sample data…", 0)
        self.task = run_task(self._load, with_context=True, lane="sync",
                             on_result=self._loaded, on_progress=self._progress,
                             on_error=self._failed)
        return self.task

    def _load(self, context: Any) -> Any:
        from ..services import sample_data

        return sample_data.load_sample_data(
            route=self.route,
            progress=lambda phase, done, total: context.report(done, total, phase),
            should_cancel=context.should_cancel)

    def _status(self, text: str, timeout_ms: int = 8000) -> None:
        if hasattr(self.window, "show_status"):
            self.window.show_status(text, timeout_ms)

    def _progress(self, done: int, total: int, phase: str) -> None:
        label = {"fetching": "importing", "routing": "routing"}.get(phase, phase)
        self._status(f"Loading sample data: {label} {done}/{total}…", 0)

    def _loaded(self, result: Any) -> None:
        self.task = None
        events = self.window.events
        for signal in (events.jobs_changed, events.accounts_changed, events.runs_changed,
                       events.messages_changed):
            signal.emit()
        page = getattr(self.window, "inbox_page", None)
        if page is not None:
            page.set_status_filter(MessageStatus.PENDING_USER.value)
        self.window.show_page("inbox")
        imported = result.run.discovered if result.run is not None else 0
        self._status(f"Sample data loaded: {result.jobs_created} jobs, {imported} emails.")
        self.finished.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self._status("Sample data could not be loaded.")
        show_error(self.window, "Could not load sample data", exc)
        self.finished.emit(exc)


def install_sample_data(window: Any, *, route: bool = True) -> SampleDataLoader:
    """Connect "Try with sample data" (first run, empty inbox) to the loader."""
    loader = SampleDataLoader(window, route=route)
    window.sample_data_loader = loader
    return loader
