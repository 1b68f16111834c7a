"""A visible focus ring for keyboard users, in every theme.

Fusion marks focus faintly (a slightly different border), and a style sheet that draws a
border on :focus changes how every button, box and list looks. Instead, one ring follows the
keyboard focus: a mouse-transparent child laid over the focused widget that paints a 2 px
outline in the palette's highlight colour (purple in light and dark, yellow in high
contrast) lined with the base colour, inside the widget's edge, so it moves, scrolls, clips
and hides with it. Like the web's ``:focus-visible`` it shows when focus came from the
keyboard (Tab, a shortcut, F6), not from a click (no mouse button is down when the focus
moves). No application-wide event filter: it follows ``QApplication.focusChanged``. A widget
that marks focus itself (the message box's card) sets the ``qdOwnFocusRing`` property.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QWidget

OWN_RING_PROPERTY = "qdOwnFocusRing"
WIDTH = 2


class _Ring(QWidget):
    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setGeometry(target.rect())
        target.installEventFilter(self)  # follow its size

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = QApplication.palette()
        # The highlight colour, lined inside with the base colour: visible on a plain
        # background and on one that is the highlight itself (a checked switch).
        for colour, width, inset in (
            (palette.color(QPalette.ColorRole.Highlight), WIDTH, WIDTH / 2),
            (palette.color(QPalette.ColorRole.Base), 1, WIDTH + 0.5),
        ):
            painter.setPen(QPen(colour, width))
            rect = QRectF(self.rect()).adjusted(inset, inset, -inset, -inset)
            painter.drawRoundedRect(rect, 4, 4)


class FocusRing(QObject):
    """Made once for the application; draws the ring on the focused widget when the focus
    did not come from a mouse click."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._ring: _Ring | None = None
        app.focusChanged.connect(self._on_focus_changed)

    def target(self) -> QWidget | None:
        """The widget the ring is drawn on now (None when no ring shows)."""
        ring = self._ring
        if ring is None or not shiboken6.isValid(ring) or not ring.isVisible():
            return None
        return ring.parentWidget()

    def _on_focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        clicked = QApplication.mouseButtons() != Qt.MouseButton.NoButton
        if now is None or clicked or now.property(OWN_RING_PROPERTY):
            self._hide()
            return
        ring = self._ring
        if ring is None or not shiboken6.isValid(ring) or ring.parentWidget() is not now:
            self._hide()
            ring = self._ring = _Ring(now)
        ring.setGeometry(now.rect())
        ring.raise_()
        ring.show()

    def _hide(self) -> None:
        ring, self._ring = self._ring, None
        if ring is not None and shiboken6.isValid(ring):
            parent = ring.parentWidget()
            if parent is not None:
                parent.removeEventFilter(ring)
            ring.hide()
            ring.deleteLater()


_installed: FocusRing | None = None


def install(app: QApplication) -> FocusRing:
    """The app's focus ring (made on the first call)."""
    global _installed
    if _installed is None or _installed.parent() is not app:
        _installed = FocusRing(app)
    return _installed
