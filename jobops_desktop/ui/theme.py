"""Colours per stage and outcome, icons from resources/icons, the application stylesheet."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from ..paths import resources_dir

STAGE_COLORS: dict[str, str] = {
    "applied": "#3b82f6",
    "recruiter_screen": "#0ea5e9",
    "assessment": "#8b5cf6",
    "hiring_manager_screen": "#14b8a6",
    "technical_interview": "#f59e0b",
    "onsite": "#f97316",
    "offer": "#22c55e",
    "closed": "#64748b",
}

OUTCOME_COLORS: dict[str, str] = {
    "offer_accepted": "#16a34a",
    "offer_declined": "#0d9488",
    "rejected": "#dc2626",
    "withdrawn": "#6b7280",
    "no_response": "#9ca3af",
    "ghosted": "#9ca3af",
}

NOTE_COLOR = "#94a3b8"


def stage_color(stage: str | None, outcome: str | None = None) -> QColor:
    if stage == "closed" and outcome:
        return QColor(OUTCOME_COLORS.get(outcome, STAGE_COLORS["closed"]))
    return QColor(STAGE_COLORS.get(stage or "", NOTE_COLOR))


def _svg_text(name: str) -> str | None:
    path = resources_dir() / "icons" / f"{name}.svg"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return None


@cache
def icon(name: str, color: str = "#475569") -> QIcon:
    """An icon from resources/icons; `currentColor` in the SVG becomes `color`."""
    text = _svg_text(name)
    if text is None:
        return QIcon()
    return QIcon(_render(text.replace("currentColor", color), 64))


def _render(svg: str, size: int) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


STAGE_ICON_NAMES: dict[str, str] = {
    "applied": "stage-applied",
    "recruiter_screen": "stage-phone",
    "assessment": "stage-assessment",
    "hiring_manager_screen": "stage-team",
    "technical_interview": "stage-code",
    "onsite": "stage-building",
    "offer": "stage-offer",
    "closed": "stage-closed",
}


@cache
def stage_icon(stage: str | None, outcome: str | None = None) -> QIcon:
    """A white glyph on a disc in the stage's colour (notes get a grey pencil)."""
    name = STAGE_ICON_NAMES.get(stage or "", "stage-note")
    glyph = _svg_text(name)
    size = 64
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(stage_color(stage, outcome))
    painter.drawEllipse(0, 0, size, size)
    if glyph is not None:
        renderer = QSvgRenderer(QByteArray(glyph.replace("currentColor", "#ffffff").encode()))
        margin = size * 0.22
        renderer.render(painter, QRectF(margin, margin, size - 2 * margin, size - 2 * margin))
    painter.end()
    return QIcon(pixmap)


def app_icon() -> QIcon:
    text = _svg_text("app")
    if text is None:
        return QIcon()
    result = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        result.addPixmap(_render(text, size))
    return result


def stylesheet() -> str:
    try:
        text = (resources_dir() / "style.qss").read_text(encoding="utf-8")
    except OSError:
        return ""
    return text.replace("@ICONS@", (resources_dir() / "icons").as_posix())
