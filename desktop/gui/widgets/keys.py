"""Enter presses the focused button, outside dialogs too.

Qt's push buttons answer Space everywhere but Enter only in dialogs (as their default
button). A keyboard user on the Library page, a download row or a notice expects Enter to
work as well. A button that does not take Enter passes the key on to its parents, so one
filter on the page (or the window) sees it and clicks the focused button.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton, QToolButton, QWidget

ENTER_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})


class _EnterPresses(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() not in ENTER_KEYS or event.modifiers() not in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            return False
        button = QApplication.focusWidget()
        if not isinstance(button, QPushButton | QToolButton) or not button.isEnabled():
            return False
        if not isinstance(watched, QWidget) or not watched.isAncestorOf(button):
            return False
        button.animateClick()
        return True


def enter_presses_buttons(root: QWidget) -> None:
    """Let Enter press any focused push or tool button inside ``root``."""
    root.installEventFilter(_EnterPresses(root))
