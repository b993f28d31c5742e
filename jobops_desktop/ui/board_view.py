"""In Progress Board: a lane per stage, a card per job; drag a card to move the job."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QByteArray, QMimeData, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..services import tracking
from ..store import Job
from ..timeutil import format_local, utcnow
from ..vocab import OUTCOME_LABELS, STAGES, stage_label
from .common import Loader, ReloadWhenVisible, close_job_for, log_event_for, show_status, write
from .events import AppEvents
from .theme import STAGE_COLORS, icon, stage_color

JOB_MIME = "application/x-jobops-job"
DRAG_REASON = "in_progress_board_drag"
BOARD_STAGES: tuple[str, ...] = tuple(s for s in STAGES if s != "closed")
# Cards are widgets (about 2-5 ms each to build and lay out): beyond this a lane says
# "+N more" and the Jobs table, which handles thousands of rows, lists them all.
MAX_CARDS_PER_LANE = 30


def relative_time(value: datetime | None, now: datetime | None = None) -> str:
    if value is None:
        return ""
    seconds = ((now or utcnow()) - value).total_seconds()
    if seconds < 60:
        return "just now"
    if seconds < 3600:
        return f"{int(seconds // 60)} min ago"
    if seconds < 86400:
        hours = int(seconds // 3600)
        return f"{hours} hour{'s' if hours != 1 else ''} ago"
    days = int(seconds // 86400)
    if days < 14:
        return "yesterday" if days == 1 else f"{days} days ago"
    if days < 60:
        return f"{days // 7} weeks ago"
    return format_local(value, with_time=False)


def job_mime(job: Job) -> QMimeData:
    mime = QMimeData()
    mime.setData(JOB_MIME, QByteArray(f"{job.id}:{job.current_stage}".encode()))
    mime.setText(f"{job.title} — {job.company}")
    return mime


def parse_job_mime(mime: QMimeData) -> tuple[int, str] | None:
    if not mime.hasFormat(JOB_MIME):
        return None
    try:
        job_id, stage = bytes(mime.data(JOB_MIME).data()).decode().split(":", 1)
        return int(job_id), stage
    except ValueError:
        return None


class JobCard(QFrame):
    open_requested = Signal(int)
    menu_requested = Signal(object, QPoint)  # job, global position

    def __init__(self, job: Job, compact: bool = False) -> None:
        super().__init__()
        self.job = job
        self.setObjectName("jobCard")
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setToolTip(f"{job.title} — {job.company}\nDrag to another lane to move it; "
                        "double-click to open.")
        self._press: QPoint | None = None
        self.signature: tuple = ()  # what the card shows; the board rebuilds it on change
        self._accent = stage_color(job.current_stage, job.outcome)
        accent = self._accent.name()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 9, 8, 9)
        layout.setSpacing(2)
        top = QHBoxLayout()
        top.setSpacing(4)
        title = QLabel(job.title)
        title.setObjectName("cardTitle")
        title.setWordWrap(True)
        title.setTextFormat(Qt.TextFormat.PlainText)
        top.addWidget(title, 1)
        self.menu_button = QToolButton()
        self.menu_button.setObjectName("cardMenuButton")
        self.menu_button.setIcon(icon("more"))
        self.menu_button.setAutoRaise(True)
        self.menu_button.setToolTip("Actions")
        self.menu_button.clicked.connect(
            lambda: self.menu_requested.emit(self.job, self.menu_button.mapToGlobal(
                QPoint(0, self.menu_button.height()))))
        top.addWidget(self.menu_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        company = QLabel(job.company)
        company.setObjectName("cardCompany")
        company.setTextFormat(Qt.TextFormat.PlainText)
        company.setWordWrap(True)
        layout.addWidget(company)
        if compact and job.outcome:
            footer_text = OUTCOME_LABELS.get(job.outcome, job.outcome)
            footer = QLabel(footer_text)
            footer.setObjectName("cardOutcome")
            footer.setStyleSheet(f"color: {accent}; font-weight: 600;")
        else:
            footer = QLabel(relative_time(job.updated_at))
            footer.setObjectName("cardUpdated")
            footer.setToolTip(f"Last update: {format_local(job.updated_at)}")
        footer.setWordWrap(True)  # narrow lanes: wrap rather than push the card wider
        layout.addWidget(footer)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        # The stage-coloured edge, painted rather than styled: a stylesheet per card costs
        # milliseconds each, which adds up on a full board.
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._accent)
        painter.drawRoundedRect(QRectF(0.5, 0.5, 4, self.height() - 1), 2, 2)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        if (event.position().toPoint() - self._press).manhattanLength() < \
                QApplication.startDragDistance():
            return
        self._press = None
        drag = QDrag(self)
        drag.setMimeData(job_mime(self.job))
        drag.setPixmap(self.grab())
        drag.setHotSpot(event.position().toPoint())
        drag.exec(Qt.DropAction.MoveAction)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = None
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.open_requested.emit(self.job.id)

    def contextMenuEvent(self, event) -> None:
        self.menu_requested.emit(self.job, event.globalPos())


class DropArea(QFrame):
    """A drop target: a stage lane, or the closed strip."""

    job_dropped = Signal(int, str)  # job id, target key (a stage, or "closed")

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key
        self.setAcceptDrops(True)
        self.setProperty("dropTarget", False)

    def _set_highlight(self, on: bool) -> None:
        self.setProperty("dropTarget", on)
        self.style().unpolish(self)
        self.style().polish(self)

    def _accepts(self, mime: QMimeData) -> bool:
        parsed = parse_job_mime(mime)
        return parsed is not None and parsed[1] != self.key

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event.mimeData()):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
            self._set_highlight(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._accepts(event.mimeData()):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._set_highlight(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_highlight(False)
        parsed = parse_job_mime(event.mimeData())
        if parsed is None or parsed[1] == self.key:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.job_dropped.emit(parsed[0], self.key)


def _clear_keeping_cards(layout: QVBoxLayout | QHBoxLayout) -> None:
    """Empty a lane's layout but its trailing stretch; cards are kept for reuse by the board."""
    while layout.count() > 1:
        widget = layout.takeAt(0).widget()
        if widget is not None and not isinstance(widget, JobCard):
            widget.deleteLater()


class Lane(DropArea):
    def __init__(self, stage: str) -> None:
        super().__init__(stage)
        self.setObjectName("lane")
        self.setMinimumWidth(150)
        # Equal widths whatever the cards hold: the layout shares space by stretch only.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        color = STAGE_COLORS[stage]
        self.setStyleSheet(f"QFrame#lane {{ border-top: 3px solid {color}; }}")
        self.name = QLabel(stage_label(stage))
        self.name.setObjectName("laneName")
        self.name.setWordWrap(True)
        self.name.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.count = QLabel("0")
        self.count.setObjectName("laneCount")
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.header = QWidget()
        # Narrow lanes wrap long stage names; every header gets two lines so cards line up.
        self.header.setFixedHeight(self.name.fontMetrics().lineSpacing() * 2 + 14)
        head = QHBoxLayout(self.header)
        head.setContentsMargins(12, 0, 10, 0)
        head.addWidget(self.name, 1)
        head.addWidget(self.count, 0, Qt.AlignmentFlag.AlignTop)
        self.cards_box = QWidget()
        self.cards_box.setObjectName("laneCards")
        self.cards_layout = QVBoxLayout(self.cards_box)
        self.cards_layout.setContentsMargins(8, 4, 8, 8)
        self.cards_layout.setSpacing(8)
        self.cards_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("laneScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.cards_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(scroll, 1)
        self.cards: list[JobCard] = []
        self._set_header(0)

    def _set_header(self, count: int) -> None:
        self.count.setText(str(count))

    def set_jobs(self, jobs: list[Job], board: BoardPage) -> None:
        self.cards = []
        _clear_keeping_cards(self.cards_layout)
        for job in jobs[:MAX_CARDS_PER_LANE]:
            card = board.make_card(job)
            self.cards_layout.insertWidget(self.cards_layout.count() - 1, card)
            self.cards.append(card)
        if len(jobs) > MAX_CARDS_PER_LANE:
            more = QLabel(f"+{len(jobs) - MAX_CARDS_PER_LANE} more (see Jobs)")
            more.setObjectName("laneMore")
            self.cards_layout.insertWidget(self.cards_layout.count() - 1, more)
        if not jobs:
            hint = QLabel("Drop a card here")
            hint.setObjectName("laneHint")
            hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.cards_layout.insertWidget(0, hint)
        self._set_header(len(jobs))


class ClosedStrip(DropArea):
    """Closed jobs with their outcome, apart from the lanes; collapsible."""

    def __init__(self) -> None:
        super().__init__("closed")
        self.setObjectName("closedStrip")
        self.toggle = QToolButton()
        self.toggle.setObjectName("closedToggle")
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.toggle.toggled.connect(self._toggled)
        hint = QLabel("Drop a card here to close the job with an outcome")
        hint.setObjectName("laneHint")
        head = QHBoxLayout()
        head.addWidget(self.toggle)
        head.addStretch(1)
        head.addWidget(hint)
        self.cards_box = QWidget()
        self.cards_box.setObjectName("laneCards")
        self.cards_layout = QHBoxLayout(self.cards_box)
        self.cards_layout.setContentsMargins(4, 4, 4, 4)
        self.cards_layout.setSpacing(8)
        self.cards_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("laneScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.cards_box)
        self.scroll.setFixedHeight(104)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        layout.addLayout(head)
        layout.addWidget(self.scroll)
        self.cards: list[JobCard] = []
        self.set_count(0)

    def set_count(self, count: int) -> None:
        self.toggle.setText(f"Closed  ({count})")

    def _toggled(self, expanded: bool) -> None:
        self.scroll.setVisible(expanded)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else
                                 Qt.ArrowType.RightArrow)

    def set_jobs(self, jobs: list[Job], board: BoardPage) -> None:
        _clear_keeping_cards(self.cards_layout)
        self.cards = []
        for job in jobs[:MAX_CARDS_PER_LANE]:
            card = board.make_card(job, compact=True)
            card.setFixedWidth(220)
            self.cards_layout.insertWidget(self.cards_layout.count() - 1, card)
            self.cards.append(card)
        self.set_count(len(jobs))


class BoardPage(QWidget):
    open_job = Signal(int)

    def __init__(self, events: AppEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardPage")
        self.events = events
        self.loader = Loader(self, fetch=tracking.board, apply=self._fill)
        self._jobs: dict[int, Job] = {}
        self._card_cache: dict[tuple[int, bool], JobCard] = {}
        self._used_cards: set[tuple[int, bool]] = set()

        title = QLabel("In Progress Board")
        title.setObjectName("pageTitle")
        self.summary = QLabel("")
        self.summary.setObjectName("pageSubtitle")
        header = QHBoxLayout()
        header.addWidget(title)
        header.addWidget(self.summary, 0, Qt.AlignmentFlag.AlignBottom)
        tip = QLabel("Drag a card to another lane to record the move on its timeline.")
        tip.setObjectName("pageHint")
        tip.setWordWrap(True)
        tip.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        header.addWidget(tip, 1, Qt.AlignmentFlag.AlignBottom)

        self.lanes: dict[str, Lane] = {}
        lanes_box = QWidget()
        lanes_box.setObjectName("laneCards")
        lanes_layout = QHBoxLayout(lanes_box)
        lanes_layout.setContentsMargins(0, 0, 0, 0)
        lanes_layout.setSpacing(10)
        for stage in BOARD_STAGES:
            lane = Lane(stage)
            lane.job_dropped.connect(self.move_job)
            lanes_layout.addWidget(lane, 1)
            self.lanes[stage] = lane
        scroll = QScrollArea()
        scroll.setObjectName("boardScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(lanes_box)
        scroll.viewport().setAutoFillBackground(False)
        self.closed = ClosedStrip()
        self.closed.job_dropped.connect(self.move_job)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.closed)
        self.refresher = ReloadWhenVisible(self, self.loader.reload, self.events.jobs_changed)
        self.reload()

    def reload(self) -> None:
        self.refresher.reload()

    def page_shown(self) -> None:
        self.reload()  # cheap, and picks up changes made elsewhere (CLI sync, another view)

    def _fill(self, board: tracking.Board) -> None:
        self.setUpdatesEnabled(False)  # one layout and paint pass, not one per card
        try:
            self._fill_lanes(board)
        finally:
            self.setUpdatesEnabled(True)

    def _fill_lanes(self, board: tracking.Board) -> None:
        self._used_cards = set()
        self._jobs = {job.id: job for jobs in board.lanes.values() for job in jobs}
        self._jobs.update({job.id: job for job in board.closed})
        for stage, lane in self.lanes.items():
            lane.set_jobs(board.lanes.get(stage, []), self)
        self.closed.set_jobs(board.closed, self)
        for key in [key for key in self._card_cache if key not in self._used_cards]:
            self._card_cache.pop(key).deleteLater()
        active = sum(len(jobs) for jobs in board.lanes.values())
        self.summary.setText(f"{active} active · {len(board.closed)} closed")

    def make_card(self, job: Job, compact: bool = False) -> JobCard:
        """A card for `job`, reusing the one already shown when nothing on it changed."""
        key = (job.id, compact)
        signature = (job.title, job.company, job.current_stage, job.outcome,
                     relative_time(job.updated_at))
        self._used_cards.add(key)
        card = self._card_cache.get(key)
        if card is not None and card.signature == signature:
            card.job = job
            return card
        if card is not None:
            card.deleteLater()
        card = JobCard(job, compact=compact)
        card.signature = signature
        card.open_requested.connect(self.open_job.emit)
        card.menu_requested.connect(self._card_menu)
        self._card_cache[key] = card
        return card

    def card_for(self, job_id: int) -> JobCard | None:
        for lane in (*self.lanes.values(), self.closed):
            for card in lane.cards:
                if card.job.id == job_id:
                    return card
        return None

    def lane_of(self, job_id: int) -> str | None:
        for key, lane in (*self.lanes.items(), ("closed", self.closed)):
            if any(card.job.id == job_id for card in lane.cards):
                return key
        return None

    # ------------------------------------------------------------ actions

    def move_job(self, job_id: int, target: str) -> None:
        job = self._jobs.get(job_id)
        if job is None or job.current_stage == target:
            return
        if target == "closed":
            self.close_job(job)
            return
        write(self, tracking.record_event, job_id, target, reason_code=DRAG_REASON,
              events=self.events, error_title="Could not move the job",
              done=lambda _e: show_status(self, f"{job.title} moved to {stage_label(target)}."))

    def close_job(self, job: Job) -> None:
        close_job_for(self, job, self.events, reason_code=DRAG_REASON)

    def log_event(self, job: Job) -> None:
        log_event_for(self, job, self.events)

    def _card_menu(self, job: Job, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction("Open", lambda: self.open_job.emit(job.id))
        menu.addAction("Log event…", lambda: self.log_event(job))
        if job.current_stage != "closed":
            menu.addAction("Close…", lambda: self.close_job(job))
        menu.exec(pos)
