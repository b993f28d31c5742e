"""The board's cards as model/view: a light list model per lane and a delegate that paints cards.

A card is a row, not a widget: filling a lane is a model reset, and only the visible cards are
painted. The delegate lays a card's text out once per (job text, width) and caches it, so a
refill after a drag measures only the cards that changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QEvent,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPen,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ..store import Job
from ..timeutil import format_local, utcnow
from ..vocab import OUTCOME_LABELS
from .theme import icon, stage_color

JOB_MIME = "application/x-jobops-job"
JOB_ROLE = Qt.ItemDataRole.UserRole + 1
CLOSED_CARD_WIDTH = 220  # cards in the Closed strip: a fixed width, side by side

_TITLE_COLOR = QColor("#0f172a")
_COMPANY_COLOR = QColor("#475569")
_MUTED_COLOR = QColor("#94a3b8")
_CARD_BACKGROUND = QColor("#ffffff")
_SELECTED_BACKGROUND = QColor("#eff6ff")
_BORDER = QColor("#e2e8f0")
_HOVER_BORDER = QColor("#93c5fd")
_SELECTED_BORDER = QColor("#3b82f6")
_FOCUS_BORDER = QColor("#1d4ed8")


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


class LaneModel(QAbstractListModel):
    """The jobs of one lane (a stage, or "closed"); a drop of another lane's card is a move."""

    job_dropped = Signal(int, str)  # job id, target key (a stage, or "closed")

    def __init__(self, key: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.jobs: list[Job] = []
        self.footers: list[str] = []  # "3 days ago", or the outcome in the Closed strip

    def set_jobs(self, jobs: list[Job]) -> None:
        now = utcnow()
        self.beginResetModel()
        self.jobs = list(jobs)
        if self.key == "closed":
            self.footers = [OUTCOME_LABELS.get(job.outcome, job.outcome) if job.outcome
                            else relative_time(job.updated_at, now) for job in self.jobs]
        else:
            self.footers = [relative_time(job.updated_at, now) for job in self.jobs]
        self.endResetModel()

    def job(self, row: int) -> Job:
        return self.jobs[row]

    def row_of(self, job_id: int) -> int | None:
        for row, job in enumerate(self.jobs):
            if job.id == job_id:
                return row
        return None

    # ------------------------------------------------------------ read

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.jobs)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self.jobs):
            return None
        job = self.jobs[index.row()]
        if role == JOB_ROLE:
            return job
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{job.title} — {job.company}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return (f"{job.title} — {job.company}\nLast update: {format_local(job.updated_at)}\n"
                    "Drag to another lane to move it; double-click or Enter to open.")
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # drops land on the lane, not between cards
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled)

    # ------------------------------------------------------------ drag and drop

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [JOB_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        for index in indexes:
            if index.isValid():
                return job_mime(self.jobs[index.row()])
        return QMimeData()

    def accepts(self, mime: QMimeData) -> bool:
        """A card from another lane: dropping a card on its own lane changes nothing."""
        parsed = parse_job_mime(mime)
        return parsed is not None and parsed[1] != self.key

    def canDropMimeData(self, mime: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: QModelIndex | QPersistentModelIndex) -> bool:
        return action == Qt.DropAction.MoveAction and self.accepts(mime)

    def dropMimeData(self, mime: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self.canDropMimeData(mime, action, row, column, parent):
            return False
        parsed = parse_job_mime(mime)
        assert parsed is not None
        # The board records the move (or asks for an outcome) and reloads: the rows change then.
        self.job_dropped.emit(parsed[0], self.key)
        return True


@dataclass(frozen=True)
class CardText:
    """A card's text broken into lines for one width, and the card's height."""

    title: tuple[str, ...]
    company: tuple[str, ...]
    footer: str
    height: int


class CardDelegate(QStyledItemDelegate):
    """Paints a job card: stage-coloured edge, title, company, "updated" (or outcome) line and
    the ⋯ button; hover, selection and focus states. Geometry is in logical pixels with
    float rects, so it is sharp at any device pixel ratio."""

    menu_requested = Signal(QModelIndex, QPoint)  # the card, global position for the menu

    PAD_LEFT, PAD_TOP, PAD_RIGHT, PAD_BOTTOM = 14, 10, 8, 9
    LINE_GAP = 2
    MENU_SIZE = 20
    RADIUS = 9.0
    MIN_ROW_HEIGHT = 60  # no lane card is lower (one line each, with padding and gaps)

    def __init__(self, compact: bool, view: QAbstractItemView, model: LaneModel) -> None:
        super().__init__(view)
        self.compact = compact
        self.view = view
        self.model = model
        # Space around a card inside its row: lanes stack cards 8 px apart, 8 px from the
        # lane's sides; the Closed strip sets them side by side.
        self.margins = (4, 3, 4, 3) if compact else (8, 4, 8, 4)
        self._text_cache: dict[tuple, CardText] = {}
        self._fonts: tuple[QFont, QFont, QFont, QFont] | None = None
        self._text_width: int | None = None
        model.modelReset.connect(self.layout_changed)

    # ------------------------------------------------------------ fonts and text

    def fonts(self) -> tuple[QFont, QFont, QFont, QFont]:
        """Title, company, muted footer and outcome fonts derived from the view's font."""
        if self._fonts is None:
            base = self.view.font()
            title = QFont(base)
            title.setWeight(QFont.Weight.DemiBold)
            company = QFont(base)
            footer = QFont(base)
            if base.pointSizeF() > 0:
                footer.setPointSizeF(base.pointSizeF() * 0.9)
            outcome = QFont(base)
            outcome.setWeight(QFont.Weight.DemiBold)
            self._fonts = (title, company, footer, outcome)
        return self._fonts

    def font_changed(self) -> None:
        self._fonts = None
        self._text_cache.clear()

    def text_width(self) -> int:
        """The width a lane's card text is laid out for: the viewport's, less the scroll bar
        when the lane is sure to need one (more cards than could ever fit), so a long lane is
        laid out once rather than again when its bar appears."""
        if self.compact:
            return CLOSED_CARD_WIDTH
        if self._text_width is None:  # asked once per card on each layout: kept until then
            self._text_width = self._measure_text_width()
        return self._text_width

    def layout_changed(self) -> None:
        """The lane was resized or refilled: measure the text width again."""
        self._text_width = None

    def _measure_text_width(self) -> int:
        view = self.view
        bar = view.verticalScrollBar()
        surely_scrolls = self.model.rowCount() * self.MIN_ROW_HEIGHT > view.height()
        if surely_scrolls and not bar.isVisible():
            extent = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, bar)
            width = view.viewport().width() - extent
        else:
            width = view.viewport().width()
        return max(60, width - self.margins[0] - self.margins[2])

    def text_for(self, row: int, width: int) -> CardText:
        job = self.model.jobs[row]
        footer = self.model.footers[row]
        key = (job.title, job.company, footer, width)
        cached = self._text_cache.get(key)
        if cached is not None:
            return cached
        title_font, company_font, footer_font, outcome_font = self.fonts()
        inner = width - self.PAD_LEFT - self.PAD_RIGHT
        title = wrap_text(job.title, title_font, inner - self.MENU_SIZE - 4, 2 if self.compact
                          else 4)
        company = wrap_text(job.company, company_font, inner, 1 if self.compact else 3)
        footer_font = outcome_font if self.compact and job.outcome else footer_font
        height = (self.PAD_TOP + len(title) * line_step(title_font)
                  + self.LINE_GAP + len(company) * line_step(company_font)
                  + self.LINE_GAP + line_step(footer_font) + self.PAD_BOTTOM)
        text = CardText(title, company, footer, int(height + 0.999))
        if len(self._text_cache) > 20000:  # titles of deleted jobs, old widths
            self._text_cache.clear()
        self._text_cache[key] = text
        return text

    # ------------------------------------------------------------ geometry

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        left, top, right, bottom = self.margins
        if self.compact:
            return QSize(CLOSED_CARD_WIDTH + left + right, self.compact_height() + top + bottom)
        text = self.text_for(index.row(), self.text_width())
        return QSize(1, text.height + top + bottom)  # as wide as the lane: the view stretches it

    def compact_height(self) -> int:
        """The Closed strip's cards share one height: two title lines, company, outcome."""
        title_font, company_font, _footer, outcome_font = self.fonts()
        return int(self.PAD_TOP + 2 * line_step(title_font)
                   + line_step(company_font)
                   + line_step(outcome_font) + 2 * self.LINE_GAP
                   + self.PAD_BOTTOM + 0.999)

    def card_rect(self, option_rect: QRect) -> QRectF:
        left, top, right, bottom = self.margins
        rect = QRectF(option_rect).adjusted(left, top, -right, -bottom)
        if self.compact:
            rect.setWidth(CLOSED_CARD_WIDTH)
        return rect

    def menu_rect(self, option_rect: QRect) -> QRectF:
        card = self.card_rect(option_rect)
        return QRectF(card.right() - self.PAD_RIGHT - self.MENU_SIZE + 2, card.top() + 6,
                      self.MENU_SIZE, self.MENU_SIZE)

    # ------------------------------------------------------------ painting

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        if not index.isValid() or index.row() >= len(self.model.jobs):
            return
        job = self.model.jobs[index.row()]
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        hovered = bool(state & QStyle.StateFlag.State_MouseOver)
        focused = bool(state & QStyle.StateFlag.State_HasFocus)
        card = self.card_rect(option.rect)
        text = self.text_for(index.row(), self.text_width())
        title_font, company_font, footer_font, outcome_font = self.fonts()
        accent = stage_color(job.current_stage, job.outcome)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        border = (_FOCUS_BORDER if focused else _SELECTED_BORDER if selected
                  else _HOVER_BORDER if hovered else _BORDER)
        pen_width = 2.0 if (focused or selected) else 1.0
        painter.setPen(QPen(border, pen_width))
        painter.setBrush(_SELECTED_BACKGROUND if selected else _CARD_BACKGROUND)
        half = pen_width / 2
        painter.drawRoundedRect(card.adjusted(half, half, -half, -half), self.RADIUS, self.RADIUS)
        # The stage edge over the card's left border.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        painter.drawRoundedRect(QRectF(card.left() + 0.5, card.top() + 0.5, 4,
                                       card.height() - 1), 2, 2)

        x = card.left() + self.PAD_LEFT
        y = card.top() + self.PAD_TOP
        y = draw_lines(painter, text.title, title_font, _TITLE_COLOR, x, y)
        y = draw_lines(painter, text.company, company_font, _COMPANY_COLOR, x, y + self.LINE_GAP)
        if self.compact and job.outcome:
            draw_lines(painter, (text.footer,), outcome_font, accent, x,
                       card.bottom() - self.PAD_BOTTOM
                       - line_step(outcome_font))
        else:
            draw_lines(painter, (text.footer,), footer_font, _MUTED_COLOR, x, y + self.LINE_GAP)
        menu = self.menu_rect(option.rect)
        if hovered or selected:
            painter.setBrush(QColor("#e2e8f0") if hovered else QColor("#dbeafe"))
            painter.drawRoundedRect(menu, 4, 4)
        icon("more").paint(painter, menu.adjusted(2, 2, -2, -2).toAlignedRect())
        painter.restore()

    # ------------------------------------------------------------ the ⋯ button

    def editorEvent(self, event: QEvent, model, option: QStyleOptionViewItem,
                    index: QModelIndex) -> bool:
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
                            QEvent.Type.MouseButtonDblClick) and isinstance(event, QMouseEvent):
            menu = self.menu_rect(option.rect)
            if event.button() == Qt.MouseButton.LeftButton and menu.contains(event.position()):
                if event.type() == QEvent.Type.MouseButtonRelease:
                    below = QPoint(int(menu.left()), int(menu.bottom()))
                    self.menu_requested.emit(QModelIndex(index),
                                             self.view.viewport().mapToGlobal(below))
                return True  # no drag, no open from the button
        return super().editorEvent(event, model, option, index)


def wrap_text(text: str, font: QFont, width: float, max_lines: int) -> tuple[str, ...]:
    """`text` broken at word boundaries (or anywhere in a long word) to fit `width`; at most
    `max_lines`, the last one elided."""
    metrics = QFontMetricsF(font)
    if metrics.horizontalAdvance(text) <= width:
        return (text,)
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    starts: list[tuple[int, int]] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(width, 10.0))
        starts.append((line.textStart(), line.textLength()))
    layout.endLayout()
    lines = [text[start:start + length].rstrip() for start, length in starts]
    if len(lines) > max_lines:
        rest = text[starts[max_lines - 1][0]:].strip()
        last = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
        lines = [*lines[:max_lines - 1], last]
    return tuple(lines) or ("",)


def draw_lines(painter: QPainter, lines: tuple[str, ...], font: QFont, color: QColor,
               x: float, y: float) -> float:
    """Draw `lines` from the top-left point (x, y); returns the y below the last line."""
    metrics = QFontMetricsF(font)
    painter.setFont(font)
    painter.setPen(color)
    for line in lines:
        painter.drawText(QPointF(x, y + metrics.ascent()), line)
        y += line_step(font)
    return y


def line_step(font: QFont) -> float:
    """The distance between two lines: as QLabel sets wrapped text (leading plus one pixel)."""
    return QFontMetricsF(font).lineSpacing() + 1
