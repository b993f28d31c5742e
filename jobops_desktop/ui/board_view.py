"""In Progress Board: a lane per stage, a card per job; drag a card to move the job.

Each lane is a QListView over a LaneModel, its cards painted by CardDelegate (board_cards.py);
drags use Qt's model/view drag and drop: the model's mimeData carries the job id and stage,
and a lane's dropMimeData asks the board to record the move.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..services import tracking
from ..store import Job
from ..vocab import STAGES, stage_label
from .board_cards import JOB_ROLE, CardDelegate, LaneModel
from .common import Loader, ReloadWhenVisible, close_job_for, log_event_for, show_status, write
from .events import AppEvents
from .theme import STAGE_COLORS

DRAG_REASON = "in_progress_board_drag"
BOARD_STAGES: tuple[str, ...] = tuple(s for s in STAGES if s != "closed")


class CardListView(QListView):
    """The cards of one lane (or of the Closed strip), painted by CardDelegate.

    Drag a card out, drop another lane's card in (the lane frame around it lights up);
    double-click or Enter opens a job, the context menu key or right-click shows its menu,
    Left/Right move to the neighbouring lane.
    """

    open_requested = Signal(int)
    menu_requested = Signal(object, QPoint)  # job, global position
    neighbour_requested = Signal(object, int)  # this view, -1 (left) or +1 (right)

    def __init__(self, model: LaneModel, frame: DropFrame, compact: bool = False,
                 empty_text: str = "") -> None:
        super().__init__()
        self.setObjectName("laneCardsView")
        self.frame = frame
        self.empty_text = empty_text
        self.compact = compact
        self.setModel(model)
        self.delegate = CardDelegate(compact, self, model)
        self.setItemDelegate(self.delegate)
        self.delegate.menu_requested.connect(
            lambda index, pos: self.menu_requested.emit(index.data(JOB_ROLE), pos))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)  # drags out, drops in
        self.viewport().setAcceptDrops(True)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(False)  # the whole lane lights up instead
        self.setMouseTracking(True)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_Hover, True)
        self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # The lane shows through (a palette, not a stylesheet: one here would restyle the
        # scroll bar too).
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor(0, 0, 0, 0))
        self.setPalette(palette)
        self.viewport().setAutoFillBackground(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)  # card heights follow the lane width
        if compact:
            self.setFlow(QListView.Flow.LeftToRight)
            self.setWrapping(False)
            self.setUniformItemSizes(True)
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        else:
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setContentsMargins(0, 0, 0, 0)
            # A long lane lays its cards out a batch per turn of the event loop: the first
            # cards show at once and the window stays responsive while the rest are measured.
            self.setLayoutMode(QListView.LayoutMode.Batched)
            self.setBatchSize(40)
        self.doubleClicked.connect(self._open)

    def lane_model(self) -> LaneModel:
        model = self.model()
        assert isinstance(model, LaneModel)
        return model

    def _open(self, index: QModelIndex) -> None:
        job = index.data(JOB_ROLE)
        if job is not None:
            self.open_requested.emit(job.id)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.delegate.layout_changed()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.delegate.font_changed()
        super().changeEvent(event)

    # ------------------------------------------------------------ keyboard and menu

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open(self.currentIndex())
            event.accept()
            return
        if not self.compact and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.neighbour_requested.emit(self, -1 if key == Qt.Key.Key_Left else 1)
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            index = self.indexAt(event.pos())
            position = event.globalPos()
        else:  # the menu key or Shift+F10: the current card
            index = self.currentIndex()
            position = self.viewport().mapToGlobal(self.visualRect(index).center())
        if index.isValid():
            self.setCurrentIndex(index)
            self.menu_requested.emit(index.data(JOB_ROLE), position)
            event.accept()

    # ------------------------------------------------------------ drops: the lane lights up

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self.lane_model().accepts(event.mimeData()):
            event.ignore()  # the card's own lane, or not a card
            return
        super().dragEnterEvent(event)
        self.frame.set_highlight(event.isAccepted())

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if not self.lane_model().accepts(event.mimeData()):
            event.ignore()
            return
        super().dragMoveEvent(event)
        # Over a card or between cards: the drop is for the lane either way.
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        super().dragLeaveEvent(event)
        self.frame.set_highlight(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self.frame.set_highlight(False)
        super().dropEvent(event)  # the model's dropMimeData

    # ------------------------------------------------------------ the empty lane

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.empty_text and self.model().rowCount() == 0:
            painter = QPainter(self.viewport())
            font = QFont(self.font())
            if font.pointSizeF() > 0:
                font.setPointSizeF(font.pointSizeF() * 0.9)
            painter.setFont(font)
            painter.setPen(QColor("#94a3b8"))
            rect = self.viewport().rect().adjusted(8, 18, -8, 0)
            painter.drawText(rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                             | Qt.TextFlag.TextWordWrap, self.empty_text)
            painter.end()


class DropFrame(QFrame):
    """A lane's frame or the Closed strip: lights up while a card can be dropped on it, and
    takes drops on its header too, through the same model."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key
        self.model = LaneModel(key, self)
        self.setAcceptDrops(True)
        self.setProperty("dropTarget", False)

    def set_highlight(self, on: bool) -> None:
        if self.property("dropTarget") == on:
            return
        self.setProperty("dropTarget", on)
        self.style().unpolish(self)
        self.style().polish(self)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.model.accepts(event.mimeData()):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
            self.set_highlight(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.model.accepts(event.mimeData()):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.set_highlight(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self.set_highlight(False)
        if self.model.dropMimeData(event.mimeData(), Qt.DropAction.MoveAction, -1, -1,
                                   QModelIndex()):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    @property
    def jobs(self) -> list[Job]:
        return self.model.jobs


class Lane(DropFrame):
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
        self.view = CardListView(self.model, self, empty_text="Drop a card here")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 4)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.view, 1)

    def set_jobs(self, jobs: list[Job]) -> None:
        self.model.set_jobs(jobs)
        self.count.setText(str(len(jobs)))


class ClosedStrip(DropFrame):
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
        self.view = CardListView(self.model, self, compact=True)
        self.view.setFixedHeight(self.view.delegate.compact_height() + 14)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        layout.addLayout(head)
        layout.addWidget(self.view)
        self.set_count(0)

    def set_count(self, count: int) -> None:
        self.toggle.setText(f"Closed  ({count})")

    def _toggled(self, expanded: bool) -> None:
        self.view.setVisible(expanded)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else
                                 Qt.ArrowType.RightArrow)

    def set_jobs(self, jobs: list[Job]) -> None:
        self.model.set_jobs(jobs)
        self.set_count(len(jobs))


class BoardPage(QWidget):
    open_job = Signal(int)

    def __init__(self, events: AppEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardPage")
        self.events = events
        self.loader = Loader(self, fetch=tracking.board, apply=self._fill)
        self._jobs: dict[int, Job] = {}

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
            lanes_layout.addWidget(lane, 1)
            self.lanes[stage] = lane
        scroll = QScrollArea()
        scroll.setObjectName("boardScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(lanes_box)
        scroll.viewport().setAutoFillBackground(False)
        self.closed = ClosedStrip()
        for frame in (*self.lanes.values(), self.closed):
            # Queued: a drop returns to the drag first; closing then asks for an outcome.
            frame.model.job_dropped.connect(self.move_job, Qt.ConnectionType.QueuedConnection)
            frame.view.open_requested.connect(self.open_job.emit)
            frame.view.menu_requested.connect(self._card_menu)
            frame.view.neighbour_requested.connect(self._focus_neighbour)
            frame.view.selectionModel().currentChanged.connect(
                lambda current, _previous, view=frame.view: self._current_changed(view, current))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.closed)
        self.refresher = ReloadWhenVisible(self, self.loader.reload, self.events.jobs_changed)
        self.refresher.stale = True  # loads when first shown, not at start-up as well

    def reload(self) -> None:
        self.refresher.reload()

    def page_shown(self) -> None:
        self.reload()  # cheap, and picks up changes made elsewhere (CLI sync, another view)

    def views(self) -> list[CardListView]:
        return [frame.view for frame in (*self.lanes.values(), self.closed)]

    def _fill(self, board: tracking.Board) -> None:
        selected = self.selected_job_id()
        had_focus = any(view.hasFocus() for view in self.views())
        self._jobs = {job.id: job for jobs in board.lanes.values() for job in jobs}
        self._jobs.update({job.id: job for job in board.closed})
        for stage, lane in self.lanes.items():
            lane.set_jobs(board.lanes.get(stage, []))
        self.closed.set_jobs(board.closed)
        active = sum(len(jobs) for jobs in board.lanes.values())
        self.summary.setText(f"{active} active · {len(board.closed)} closed")
        if selected is not None:  # e.g. a dragged card stays selected in its new lane
            self.select_job(selected, focus=had_focus)

    # ------------------------------------------------------------ finding cards

    def card_for(self, job_id: int) -> QModelIndex | None:
        """The model index of the job's card, in whichever lane (or the Closed strip)."""
        for frame in (*self.lanes.values(), self.closed):
            row = frame.model.row_of(job_id)
            if row is not None:
                return frame.model.index(row, 0)
        return None

    def lane_of(self, job_id: int) -> str | None:
        for key, frame in (*self.lanes.items(), ("closed", self.closed)):
            if frame.model.row_of(job_id) is not None:
                return key
        return None

    def selected_job_id(self) -> int | None:
        for view in self.views():
            if view.selectionModel().hasSelection():
                job = view.currentIndex().data(JOB_ROLE)
                if job is not None:
                    return job.id
        return None

    def select_job(self, job_id: int, focus: bool = False) -> bool:
        index = self.card_for(job_id)
        if index is None:
            return False
        view = self._view_of(index)
        view.setCurrentIndex(index)
        view.scrollTo(index)
        if focus:
            view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _view_of(self, index: QModelIndex) -> CardListView:
        return next(view for view in self.views() if view.model() is index.model())

    def _current_changed(self, view: CardListView, current: QModelIndex) -> None:
        if not current.isValid():
            return
        for other in self.views():  # one selected card on the whole board
            if other is not view and other.selectionModel().hasSelection():
                other.clearSelection()

    def _focus_neighbour(self, view: CardListView, step: int) -> None:
        lanes = [lane.view for lane in self.lanes.values()]
        position = lanes.index(view)
        row = max(view.currentIndex().row(), 0)
        position += step
        while 0 <= position < len(lanes):
            target = lanes[position]
            count = target.model().rowCount()
            if count:
                index = target.model().index(min(row, count - 1), 0)
                target.setFocus(Qt.FocusReason.TabFocusReason)
                target.setCurrentIndex(index)
                target.scrollTo(index)
                return
            position += step

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
