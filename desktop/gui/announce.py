"""Screen-reader announcements: one short sentence when something finishes or fails.

A screen reader reads what has focus; it does not notice a reply that finished streaming in
the transcript, an error in a banner, or a download completing on another page. The places
that learn of these events call :func:`announce` once per event (never per token). With Qt
6.8 or newer that posts a ``QAccessibleAnnouncementEvent`` (AT-SPI, UIA and NSAccessibility
read it out); with an older Qt, the text goes into a hidden live-region label whose name
change is reported instead.

Listeners (:func:`listen`) see every announcement: tests count them, nothing else needs to.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6 import QtGui
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget

log = logging.getLogger(__name__)

Listener = Callable[[str, bool], None]  # text, assertive

_listeners: list[Listener] = []
_fallback_label: QLabel | None = None

ANNOUNCEMENT_EVENT = getattr(QtGui, "QAccessibleAnnouncementEvent", None)  # Qt >= 6.8


def listen(listener: Listener) -> Callable[[], None]:
    """Call ``listener(text, assertive)`` on every announcement; returns the way to stop."""
    _listeners.append(listener)
    return lambda: _listeners.remove(listener) if listener in _listeners else None


def announce(text: str, source: QWidget | None = None, *, assertive: bool = False) -> None:
    """Have screen readers say ``text`` once. ``source`` is the widget it concerns (the
    active window when None); ``assertive`` interrupts what is being read (errors)."""
    text = " ".join(text.split())
    if not text:
        return
    for listener in list(_listeners):
        listener(text, assertive)
    target = source if source is not None else _active_window()
    if target is None:
        return
    if ANNOUNCEMENT_EVENT is not None:
        event = ANNOUNCEMENT_EVENT(target, text)
        politeness = QAccessible.AnnouncementPoliteness
        event.setPoliteness(politeness.Assertive if assertive else politeness.Polite)
        _post(event)
        return
    label = _live_label(target)
    label.setText(text)
    label.setAccessibleName(text)
    _post(QAccessibleEvent(label, QAccessible.Event.NameChanged))


def _post(event: QAccessibleEvent) -> None:
    """Hand ``event`` to the platform's accessibility bridge (a no-op when none listens)."""
    QAccessible.updateAccessibility(event)


def _active_window() -> QWidget | None:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    return app.activeWindow() or next(iter(app.topLevelWidgets()), None)


def _live_label(target: QWidget) -> QLabel:
    """The hidden status label older Qt versions announce through (one per process)."""
    global _fallback_label
    window = target.window()
    if _fallback_label is None or _fallback_label.window() is not window:
        _fallback_label = QLabel(window)
        _fallback_label.setObjectName("announcement")
        _fallback_label.setFixedSize(1, 1)
        _fallback_label.move(-10, -10)
        _fallback_label.show()
    return _fallback_label
