"""Shared pieces of the accessibility tests: the real main window with every page a person
can reach (Library, Server panel, Settings, Connect), and the walk over their widgets."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from desktop.core.history.store import HistoryStore
from desktop.core.settings import Settings
from desktop.engines.fake import FakeEngine
from desktop.gui.meters.widgets import ContextBar, Sparkline
from desktop.gui.window.main_window import MainWindow
from tests.gui.window_support import make_main_window

INTERACTIVE: tuple[type[QWidget], ...] = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractSlider,
    QAbstractItemView,
    QTabBar,
    QProgressBar,
    ContextBar,
    Sparkline,
)


try:  # the rich transcript
    from PySide6.QtWebEngineWidgets import QWebEngineView

    INTERACTIVE += (QWebEngineView,)
except ImportError:  # pragma: no cover - PySide6 without its WebEngine add-on
    pass


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader says: Qt's effective one (own name, text, or buddy label).

    A combo box is the exception: on Linux Qt reports its current item as its name and
    gives the real name through the label relation, so its own name or buddy counts."""
    if isinstance(widget, QComboBox):
        buddies = [
            label.text()
            for label in widget.window().findChildren(QLabel)
            if label.buddy() is widget and label.text().strip()
        ]
        return (widget.accessibleName() or next(iter(buddies), "")).strip()
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def _qt_internal(widget: QWidget) -> bool:
    """Parts Qt builds and names itself (a spin box's editor, a combo's list, a tab bar's
    scroll arrows, a line edit's clear button, a dock's title buttons, scroll bars)."""
    if isinstance(widget, QScrollBar) or widget.objectName().startswith("qt_"):
        return True
    if isinstance(widget, QHeaderView) and isinstance(widget.parentWidget(), QAbstractItemView):
        return True  # a table's column headers: read through the table
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractSpinBox | QComboBox | QTabBar | QLineEdit):
            return True
        if type(parent).__name__ == "QComboBoxPrivateContainer":
            return True
        parent = parent.parentWidget()
    return False


def interactive_widgets(root: QWidget) -> list[QWidget]:
    found = [root] if isinstance(root, INTERACTIVE) else []
    found += [w for w in root.findChildren(QWidget) if isinstance(w, INTERACTIVE)]
    return [w for w in found if not _qt_internal(w)]


def describe(widget: QWidget) -> str:
    path: list[str] = []
    node: QWidget | None = widget
    while node is not None and len(path) < 4:
        path.append(node.objectName() or type(node).__name__)
        node = node.parentWidget()
    return f"{type(widget).__name__} ({' < '.join(path)})"


def unnamed(root: QWidget) -> list[str]:
    return [describe(w) for w in interactive_widgets(root) if not accessible_name(w)]


@contextmanager
def main_window(
    qtbot, tmp_path: Path, store: HistoryStore, settings: Settings | None = None, **kwargs
) -> Iterator[MainWindow]:
    """The real main window over a fake engine, offline (the Library makes no request)."""
    settings = settings or Settings(auto_titles=False, offline=True)
    win = make_main_window(
        store, tmp_path / "settings.json", FakeEngine("Hello there."), settings, **kwargs
    )
    win.resize(1280, 860)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()  # shortcuts and focus need the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=5000)
    try:
        yield win
    finally:
        win.close()
        win.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
