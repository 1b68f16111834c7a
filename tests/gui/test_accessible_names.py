"""Every interactive widget a person can reach has a name a screen reader can say: the main
window (sidebar, transcript, composer, meters, status bar), the Library page with its cards,
the Server panel, the Settings dialog and the Connect dialog. Qt's effective name counts (a
button's text, a buddy label), as a screen reader would hear it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QToolButton, QWidget

from desktop.core.history.store import HistoryStore
from desktop.gui.settings.dialog import SettingsDialog
from desktop.gui.window.connect_dialog import ConnectDialog
from tests.gui.a11y_support import accessible_name, interactive_widgets, main_window, unnamed
from tests.gui.library_support import wait


def test_the_walk_finds_a_widget_without_a_name(qtbot) -> None:
    """The check itself: an icon-only button or a bare line edit is reported."""
    root = QWidget()
    QToolButton(root).setObjectName("iconOnly")
    QLineEdit(root).setObjectName("bare")
    named = QPushButton("Send", root)
    assert accessible_name(named) == "Send"
    picker = QComboBox(root)
    picker.setObjectName("unnamedPicker")
    picker.addItem("General")  # its item is no name
    labelled = QComboBox(root)
    labelled.addItem("Dark")
    QLabel("&Theme", root).setBuddy(labelled)
    assert accessible_name(labelled) == "&Theme"
    offenders = unnamed(root)
    assert len(offenders) == 3, offenders
    for name in ("iconOnly", "bare", "unnamedPicker"):
        assert any(name in offender for offender in offenders), offenders
    root.deleteLater()


def test_every_interactive_widget_of_the_window_and_its_pages_has_a_name(
    qtbot, tmp_path: Path, store: HistoryStore
) -> None:
    with main_window(qtbot, tmp_path, store, use_webengine=None) as win:  # the rich transcript
        win.tools.dock.show()  # the meters
        panel = win.server.show_panel()
        page = win.library.open()
        wait(qtbot, lambda: not page.jobs.busy, 30)
        for index in range(page.tabs.count()):  # every tab built and shown once
            page.tabs.setCurrentIndex(index)
            qtbot.wait(10)
        settings = SettingsDialog(
            win.settings,
            token_store=win.state.tokens,
            tasks=win.state.tasks,
            toolbox=win.state.toolbox,
            parent=win,
        )
        connect = ConnectDialog(win.state.tasks, [], lambda: True, win)
        roots = {"main window": win, "server panel": panel, "library": page}
        roots |= {"settings": settings, "connect dialog": connect}
        counted = {name: len(interactive_widgets(root)) for name, root in roots.items()}
        web = [w for w in interactive_widgets(win) if type(w).__name__ == "QWebEngineView"]
        assert web, "the transcript's web view is checked too"
        least = {"main window": 30, "library": 10, "settings": 20, "connect dialog": 4}
        assert all(counted[name] >= n for name, n in least.items()), counted
        offenders = {name: unnamed(root) for name, root in roots.items()}
        offenders = {name: found for name, found in offenders.items() if found}
        assert not offenders, "interactive widgets without an accessible name:\n" + "\n".join(
            f"{name}: {', '.join(found)}" for name, found in offenders.items()
        )
        settings.deleteLater()
        connect.deleteLater()
