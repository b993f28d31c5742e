"""The Jobs page: a sortable, filterable table of every application, plus add/edit/delete/CSV."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..services import tracking
from ..store import Job
from ..timeutil import format_local
from ..vocab import OUTCOME_LABELS, STAGES, JobStatus, stage_label
from .common import (
    Loader,
    ReloadWhenVisible,
    close_job_for,
    confirm,
    log_event_for,
    show_status,
    write,
)
from .dialogs import JobDialog
from .events import AppEvents
from .first_run import FirstRunWidget
from .table_model import RowTableModel
from .theme import icon, stage_color, stage_icon
from .worker import Task

JobIdRole = Qt.ItemDataRole.UserRole + 1

STATUS_LABELS = {"applied": "Applied", "in_progress": "In progress", "closed": "Closed"}

_ModelIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class JobRow:
    """A job as the table shows it: plain attributes, safe to build on the db lane."""

    id: int
    company: str
    title: str
    url: str
    location: str
    requisition_id: str
    applied_at: datetime | None
    status: str
    current_stage: str
    outcome: str | None
    notes: str
    updated_at: datetime | None
    search_text: str  # lower-cased haystack for the search box

    @classmethod
    def from_job(cls, job: Job) -> JobRow:
        values = job.__data__  # one dict read instead of a descriptor call per field
        text = " ".join((values["company"], values["title"], values.get("location") or "",
                         values.get("requisition_id") or "", values.get("notes") or ""))
        return cls(id=values["id"], company=values["company"], title=values["title"],
                   url=values.get("url") or "", location=values.get("location") or "",
                   requisition_id=values.get("requisition_id") or "",
                   applied_at=values.get("applied_at"), status=values["status"],
                   current_stage=values["current_stage"], outcome=values.get("outcome"),
                   notes=values.get("notes") or "", updated_at=values.get("updated_at"),
                   search_text=text.lower())


def status_text(job: Job | JobRow) -> str:
    if job.status == JobStatus.CLOSED.value and job.outcome:
        return f"Closed · {OUTCOME_LABELS.get(job.outcome, job.outcome)}"
    return STATUS_LABELS.get(job.status, job.status)


COMPANY, TITLE, STAGE, STATUS, APPLIED, UPDATED = range(6)
_EPOCH = datetime.min


def sort_key(column: int) -> Callable[[JobRow], Any]:
    if column == STAGE:
        return lambda j: (STAGES.index(j.current_stage) if j.current_stage in STAGES else 99,
                          j.company.lower())
    if column == APPLIED:
        return lambda j: (j.applied_at or _EPOCH, j.id)
    if column == UPDATED:
        return lambda j: (j.updated_at or _EPOCH, j.id)
    if column == STATUS:
        return status_text
    if column == TITLE:
        return lambda j: j.title.lower()
    return lambda j: j.company.lower()


def sort_rows(rows: list[JobRow], column: int, order: Qt.SortOrder) -> list[JobRow]:
    return sorted(rows, key=sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder)


def fetch_rows(column: int, order: Qt.SortOrder) -> list[JobRow]:
    """Runs on the db lane: query, snapshot and sort, so the GUI thread only resets."""
    return sort_rows([JobRow.from_job(job) for job in tracking.list_jobs()], column, order)


class JobsTableModel(RowTableModel):
    COMPANY, TITLE, STAGE, STATUS, APPLIED, UPDATED = COMPANY, TITLE, STAGE, STATUS, APPLIED, UPDATED
    HEADERS = ("Company", "Title", "Stage", "Status", "Applied", "Last update")

    rows: list[JobRow]  # sorted by sort_state (fetch_rows sorts on the db lane)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sort_state: tuple[int, Qt.SortOrder] = (UPDATED, Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in Python with a key function: one pass instead of ~100k data() calls."""
        if column < 0 or (column, order) == self.sort_state:
            return
        self.sort_state = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [self.rows[i.row()].id for i in old]
        self.rows = sort_rows(self.rows, column, order)
        rows = {job.id: row for row, job in enumerate(self.rows)}
        self.changePersistentIndexList(
            old, [self.index(rows[job_id], i.column())
                  for i, job_id in zip(old, old_ids, strict=True)])
        self.layoutChanged.emit()

    def job_at(self, row: int) -> JobRow:
        return self.rows[row]

    def search_text(self, row: int) -> str:
        return self.rows[row].search_text

    def row_of(self, job_id: int) -> int | None:
        for row, job in enumerate(self.rows):
            if job.id == job_id:
                return row
        return None

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        job = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COMPANY:
                return job.company
            if column == self.TITLE:
                return job.title
            if column == self.STAGE:
                return stage_label(job.current_stage)
            if column == self.STATUS:
                return status_text(job)
            if column == self.APPLIED:
                return format_local(job.applied_at, with_time=False)
            if column == self.UPDATED:
                return format_local(job.updated_at)
        elif role == Qt.ItemDataRole.DecorationRole and column == self.STAGE:
            return stage_icon(job.current_stage, job.outcome)
        elif role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS:
            if job.status == JobStatus.CLOSED.value:
                return stage_color("closed", job.outcome)
            return QColor("#334155")
        elif role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE and job.url:
            return job.url
        elif role == JobIdRole:
            return job.id
        return None


class JobsFilterProxy(QSortFilterProxyModel):
    """Search text (company, title, location, requisition id, notes), status and stage."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._needles: list[str] = []
        self._status: str | None = None
        self._stage: str | None = None
        self.setDynamicSortFilter(True)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The source model sorts itself (fast); the proxy keeps its order and only filters.
        self.sourceModel().sort(column, order)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._needles = text.lower().split()
        self.endFilterChange()

    def set_status(self, status: str | None) -> None:
        self.beginFilterChange()
        self._status = status or None
        self.endFilterChange()

    def set_stage(self, stage: str | None) -> None:
        self.beginFilterChange()
        self._stage = stage or None
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: _ModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, JobsTableModel)
        job = model.job_at(source_row)
        if self._status and job.status != self._status:
            return False
        if self._stage and job.current_stage != self._stage:
            return False
        if self._needles:
            haystack = model.search_text(source_row)
            return all(needle in haystack for needle in self._needles)
        return True


class JobsPage(QWidget):
    open_job = Signal(int)

    def __init__(self, events: AppEvents, settings: QSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jobsPage")
        self.events = events
        self.settings = settings or QSettings()
        self.model = JobsTableModel(self)
        self.proxy = JobsFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.loader = Loader(self, fetch=fetch_rows, apply=self._fill)
        self._select_after_fill: int | None = None

        self.title = QLabel("Jobs")
        self.title.setObjectName("pageTitle")
        self.count_label = QLabel("")
        self.count_label.setObjectName("pageSubtitle")
        self.new_button = QPushButton(icon("add", "#ffffff"), "New job")
        self.new_button.setObjectName("primaryButton")
        self.new_button.setToolTip("Add a job (Ctrl+N)")
        self.new_button.clicked.connect(self.new_job)
        self.import_button = QPushButton(icon("import"), "Import CSV")
        self.import_button.clicked.connect(self._choose_import_file)
        self.export_button = QPushButton(icon("export"), "Export CSV")
        self.export_button.clicked.connect(self._choose_export_file)
        header = QHBoxLayout()
        header.setSpacing(8)
        header.addWidget(self.title)
        header.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        header.addStretch(1)
        header.addWidget(self.import_button)
        header.addWidget(self.export_button)
        header.addWidget(self.new_button)

        self.search = QLineEdit(objectName="jobSearch")
        self.search.setPlaceholderText("Search company, title, location, notes…  (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(self._on_search)
        self.status_filter = QComboBox(objectName="statusFilter")
        self.status_filter.addItem("All statuses", "")
        for status, label in STATUS_LABELS.items():
            self.status_filter.addItem(label, status)
        self.status_filter.currentIndexChanged.connect(
            lambda: (self.proxy.set_status(self.status_filter.currentData()),
                     self._update_count()))
        self.stage_filter = QComboBox(objectName="stageFilter")
        self.stage_filter.addItem("All stages", "")
        for stage in STAGES:
            self.stage_filter.addItem(stage_icon(stage), stage_label(stage), stage)
        self.stage_filter.currentIndexChanged.connect(
            lambda: (self.proxy.set_stage(self.stage_filter.currentData()),
                     self._update_count()))
        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.stage_filter)

        self.table = QTableView(objectName="jobsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(JobsTableModel.UPDATED, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        head = self.table.horizontalHeader()
        head.setHighlightSections(False)
        head.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        head.setStretchLastSection(False)
        head.setSectionResizeMode(JobsTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((JobsTableModel.COMPANY, 180), (JobsTableModel.STAGE, 180),
                              (JobsTableModel.STATUS, 170), (JobsTableModel.APPLIED, 110),
                              (JobsTableModel.UPDATED, 150)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self._add_table_shortcuts()

        self.first_run = FirstRunWidget(self.events)
        self.first_run.add_job_requested.connect(self.new_job)
        self.first_run.import_csv_requested.connect(self._choose_import_file)

        table_page = QWidget()
        table_layout = QVBoxLayout(table_page)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.setSpacing(10)
        table_layout.addLayout(filters)
        table_layout.addWidget(self.table, 1)
        self.body = QStackedWidget()
        self.body.addWidget(table_page)
        first_run_scroll = QScrollArea()
        first_run_scroll.setObjectName("firstRunScroll")
        first_run_scroll.setWidgetResizable(True)
        first_run_scroll.setFrameShape(QFrame.Shape.NoFrame)
        first_run_scroll.setWidget(self.first_run)
        self.body.addWidget(first_run_scroll)
        self._first_run_page = first_run_scroll

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(14)
        layout.addLayout(header)
        layout.addWidget(self.body, 1)

        self._restore_header()
        self.refresher = ReloadWhenVisible(
            self, lambda: self.loader.reload(*self.model.sort_state), self.events.jobs_changed)
        self.refresher.stale = True  # loads when first shown, not at start-up as well

    # ------------------------------------------------------------ data

    def reload(self) -> Task:
        return self.refresher.reload()

    def _fill(self, jobs: list[JobRow]) -> None:
        selected = self._select_after_fill or self.selected_job_id()
        self._select_after_fill = None
        self.model.set_rows(jobs)
        self.body.setCurrentWidget(self._first_run_page if not jobs else self.body.widget(0))
        self.export_button.setEnabled(bool(jobs))
        if selected is not None:
            self.select_job(selected)
        self._update_count()
        self._update_actions()

    def _update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if total == 0:
            self.count_label.setText("")
        elif shown == total:
            self.count_label.setText(f"{total} job{'s' if total != 1 else ''}")
        else:
            self.count_label.setText(f"{shown} of {total} jobs")

    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()

    # ------------------------------------------------------------ selection

    def selected_job_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(JobIdRole) if rows else None

    def selected_job(self) -> JobRow | None:
        job_id = self.selected_job_id()
        if job_id is None:
            return None
        row = self.model.row_of(job_id)
        return None if row is None else self.model.job_at(row)

    def select_job(self, job_id: int) -> bool:
        row = self.model.row_of(job_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def _update_actions(self) -> None:
        job = self.selected_job()
        for action in (self.edit_action, self.delete_action, self.log_action):
            action.setEnabled(job is not None)
        # As on the board and the job page: a closed job is not closed a second time.
        self.close_action.setEnabled(job is not None and job.status != JobStatus.CLOSED.value)

    # ------------------------------------------------------------ actions

    def _add_table_shortcuts(self) -> None:
        def make(text: str, slot, shortcut: str | QKeySequence.StandardKey | None) -> QAction:
            action = QAction(text, self.table)
            action.triggered.connect(slot)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.table.addAction(action)
            return action

        self.open_action = make("Open", self.open_selected, "Return")
        make("Open", self.open_selected, "Enter")
        self.edit_action = make("Edit…", self.edit_selected, "F2")
        self.log_action = make("Log event…", self.log_event, None)
        self.close_action = make("Close job…", self.close_selected, None)
        self.delete_action = make("Delete…", self.delete_selected, QKeySequence.StandardKey.Delete)

    def _context_menu(self, pos) -> None:
        if self.selected_job_id() is None:
            return
        menu = QMenu(self)
        menu.addAction(self.open_action)
        menu.addAction(self.edit_action)
        menu.addAction(self.log_action)
        menu.addAction(self.close_action)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def open_selected(self) -> None:
        job_id = self.selected_job_id()
        if job_id is not None:
            self.open_job.emit(job_id)

    def new_job(self) -> None:
        dialog = JobDialog(self)
        if dialog.exec() != JobDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        write(self, tracking.create_job, tracking.JobInput(**values), events=self.events,
              error_title="Could not add the job",
              done=lambda job: self._after_fill_select(job.id))

    def _after_fill_select(self, job_id: int) -> None:
        # jobs_changed already asked for a reload (delivered after this callback returns):
        # _fill selects the job then, without loading every job a second time.
        self._select_after_fill = job_id

    def edit_selected(self) -> None:
        job = self.selected_job()
        if job is None:
            return
        dialog = JobDialog(self, job)
        if dialog.exec() != JobDialog.DialogCode.Accepted:
            return
        write(self, tracking.update_job, job.id, **dialog.values(), events=self.events,
              error_title="Could not save the job")

    def delete_selected(self) -> None:
        job = self.selected_job()
        if job is None:
            return
        if not confirm(self, "Delete job",
                       f"Delete “{job.title}” at {job.company} and its whole timeline?\n"
                       "This cannot be undone."):
            return
        write(self, tracking.delete_job, job.id, events=self.events,
              error_title="Could not delete the job")

    def log_event(self) -> None:
        job = self.selected_job()
        if job is not None:
            log_event_for(self, job, self.events)

    def close_selected(self) -> None:
        job = self.selected_job()
        if job is not None and job.status != JobStatus.CLOSED.value:
            close_job_for(self, job, self.events)

    # ------------------------------------------------------------ CSV

    def _choose_import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Import jobs from CSV", str(Path.home()),
                                              "CSV files (*.csv);;All files (*)")
        if path:
            self.import_csv_file(Path(path))

    def import_csv_file(self, path: Path) -> None:
        def imported(jobs: list[Job]) -> None:
            show_status(self, f"Imported {len(jobs)} job{'s' if len(jobs) != 1 else ''} "
                              f"from {path.name}.")

        write(self, tracking.import_csv, path, events=self.events, done=imported,
              error_title="CSV import failed")

    def _choose_export_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export jobs to CSV",
                                              str(Path.home() / "jobops-jobs.csv"),
                                              "CSV files (*.csv)")
        if path:
            self.export_csv_file(Path(path))

    def export_csv_file(self, path: Path) -> None:
        write(self, tracking.export_csv, path, error_title="CSV export failed",
              done=lambda count: show_status(self, f"Exported {count} jobs to {path}."))

    # ------------------------------------------------------------ layout memory

    def _restore_header(self) -> None:
        state = self.settings.value("jobs/header")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.table.horizontalHeader().restoreState(state)

    def save_layout(self) -> None:
        self.settings.setValue("jobs/header", self.table.horizontalHeader().saveState())

    def showing_first_run(self) -> bool:
        return self.body.currentWidget() is self._first_run_page

    def page_shown(self) -> None:
        self.reload()  # also picks up changes made outside the app (CLI)
