"""Small painted widgets for the meters: a sparkline and the context bar."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.stats import ContextLevel, ContextUsage, context_usage

AMBER = QColor("#d98a00")
RED = QColor("#d93025")

# How full the context window is, as a screen reader says it.
LEVEL_WORDS = {
    "ok": QT_TRANSLATE_NOOP("ContextBar", "ok"),
    "amber": QT_TRANSLATE_NOOP("ContextBar", "amber"),
    "red": QT_TRANSLATE_NOOP("ContextBar", "red"),
}


def level_color(level: ContextLevel, palette: QPalette) -> QColor:
    """The fill for a context level: the theme's highlight while there is room."""
    if level == "red":
        return RED
    if level == "amber":
        return AMBER
    return palette.color(QPalette.ColorRole.Highlight)


class Sparkline(QWidget):
    """The last minute of one figure as a line with a faint fill; no axes, no labels."""

    def __init__(self, parent: QWidget | None = None, *, maximum: float | None = None) -> None:
        super().__init__(parent)
        self._values: list[float] = []
        self._maximum = maximum  # None: scale to the largest value shown
        self._span = 60  # points across the full width (one a second)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    def sizeHint(self) -> QSize:
        return QSize(120, 22)

    def minimumSizeHint(self) -> QSize:
        return QSize(40, 22)

    def values(self) -> list[float]:
        return list(self._values)

    def set_values(self, values: Sequence[float]) -> None:
        self._values = list(values)[-self._span :]
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 2, -1, -2)
        color = self.palette().color(QPalette.ColorRole.Highlight)
        baseline = QColor(self.palette().color(QPalette.ColorRole.Mid))
        baseline.setAlpha(90)
        painter.setPen(QPen(baseline, 1))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        if len(self._values) < 2:
            return
        top = self._maximum or max(self._values) or 1.0
        step = rect.width() / (self._span - 1)
        start = rect.right() - step * (len(self._values) - 1)
        points = [
            QPointF(start + i * step, rect.bottom() - rect.height() * min(v, top) / top)
            for i, v in enumerate(self._values)
        ]
        area = QPainterPath(QPointF(points[0].x(), rect.bottom()))
        for point in points:
            area.lineTo(point)
        area.lineTo(points[-1].x(), rect.bottom())
        fill = QColor(color)
        fill.setAlpha(50)
        painter.fillPath(area, fill)
        painter.setPen(QPen(color, 1.4))
        painter.drawPolyline(points)


class ContextBar(QWidget):
    """How full the context window is; the fill turns amber at 80 % and red at 95 %."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._usage = context_usage(0, 0, 0, 0, 0)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(160, 10)

    def minimumSizeHint(self) -> QSize:
        return QSize(40, 10)

    @property
    def usage(self) -> ContextUsage:
        return self._usage

    @property
    def level(self) -> ContextLevel:
        return self._usage.level

    def fill_color(self) -> QColor:
        return level_color(self._usage.level, self.palette())

    def set_usage(self, usage: ContextUsage) -> None:
        self._usage = usage
        percent = round(usage.fraction * 100)
        level = translate("ContextBar", LEVEL_WORDS.get(usage.level, usage.level))
        self.setAccessibleDescription(
            translate("ContextBar", "Context {percent} percent full ({level})").format(
                percent=percent, level=level
            )
        )

        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        radius = rect.height() / 2
        track = QColor(self.palette().color(QPalette.ColorRole.Mid))
        track.setAlpha(70)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track)
        painter.drawRoundedRect(rect, radius, radius)
        fraction = min(1.0, self._usage.fraction)
        if fraction <= 0:
            return
        filled = QRectF(rect.left(), rect.top(), max(rect.height(), rect.width() * fraction), 0)
        filled.setHeight(rect.height())
        painter.setBrush(self.fill_color())
        painter.drawRoundedRect(filled, radius, radius)
