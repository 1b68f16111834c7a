"""The main window's state between runs: geometry, the splitter, the docks (the meters panel
shown or not, and where) and the chat that was open, in ``window-state.ini`` in the app's
config folder; saved on close, restored at start."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

from desktop.core.history import HistoryError

if TYPE_CHECKING:
    from desktop.gui.window.main_window import MainWindow


def _window_state(window: MainWindow) -> QSettings:
    """Geometry and splitter state, in the app's own config folder (so portable mode and
    tests keep it with everything else)."""
    path = window.state.paths.config / "window-state.ini"
    return QSettings(str(path), QSettings.Format.IniFormat)


def restore(window: MainWindow) -> None:
    window.setMinimumSize(720, 480)
    state = _window_state(window)
    geometry = state.value("window/geometry")
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        window.restoreGeometry(geometry)
    else:
        window.resize(1180, 780)
    splitter = state.value("window/splitter")
    if isinstance(splitter, QByteArray) and not splitter.isEmpty():
        window.splitter.restoreState(splitter)
    docks = state.value("window/docks")  # the meters panel: shown or not, and where
    if isinstance(docks, QByteArray) and not docks.isEmpty():
        window.restoreState(docks)
    _reopen_last_chat(window, state.value("chat/last"))


def _reopen_last_chat(window: MainWindow, value: object) -> None:
    """Show the chat that was open when the app last closed (if it still exists)."""
    try:
        conversation_id = int(str(value))
        if window.state.history.get_conversation(conversation_id).trashed is not None:
            return
    except (ValueError, HistoryError):
        return
    window.sidebar.select(conversation_id)
    window.controller.show_conversation(conversation_id)


def save(window: MainWindow) -> None:
    state = _window_state(window)
    state.setValue("window/geometry", window.saveGeometry())
    state.setValue("window/splitter", window.splitter.saveState())
    state.setValue("window/docks", window.saveState())
    state.setValue("chat/last", window.controller.conversation_id or "")
