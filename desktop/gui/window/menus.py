"""The main window's menu bar: File, Models, Documents, View and Help, built once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from desktop.core.i18n import translate
from desktop.gui.window import panes

if TYPE_CHECKING:
    from desktop.gui.window.main_window import MainWindow


def build_menus(window: MainWindow) -> QAction:
    """Fill the window's menu bar; returns the Unload action (enabled while a model is
    loaded)."""
    bar = window.menuBar()
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    file_menu.addAction(
        window._action(
            translate("MainWindow", "&New chat"), window.new_chat, "Ctrl+N", "newChatAction"
        )
    )
    file_menu.addAction(
        window._action(
            translate("MainWindow", "&Open model…"),
            window.choose_model,
            QKeySequence.StandardKey.Open,
            "openModelAction",
        )
    )
    file_menu.addSeparator()
    file_menu.addAction(
        window._action(
            translate("MainWindow", "&Import chats…"), window.import_chats, None, "importAction"
        )
    )
    file_menu.addAction(
        window._action(
            translate("MainWindow", "&Export all chats…"),
            window.export_chats,
            None,
            "exportAction",
        )
    )
    file_menu.addAction(
        window._action(translate("MainWindow", "&Trash…"), window.show_trash, None, "trashAction")
    )
    file_menu.addSeparator()
    tools = window.tools.actions()
    file_menu.addAction(tools["settings"])
    file_menu.addAction(tools["offline"])
    file_menu.addSeparator()
    file_menu.addAction(
        window._action(
            translate("MainWindow", "&Quit"), window.close, QKeySequence.StandardKey.Quit
        )
    )

    models_menu = bar.addMenu(translate("MainWindow", "&Models"))
    models_menu.addAction(
        window._action(
            translate("MainWindow", "Model &library"),
            window.show_library,
            "Ctrl+Shift+L",
            "libraryAction",
        )
    )
    models_menu.addAction(
        window._action(
            translate("MainWindow", "Connect to a &server…"),
            window.connect_to_server,
            None,
            "connectAction",
        )
    )
    models_menu.addAction(
        window._action(translate("MainWindow", "Back to &chat"), window.show_chat, "Ctrl+Shift+C")
    )
    models_menu.addAction(
        window._action(
            translate("MainWindow", "&Download a recommended model"),
            window.library.download_recommended,
            None,
            "recommendedAction",
        )
    )
    models_menu.addSeparator()
    unload = window._action(
        translate("MainWindow", "&Unload model"), window.unload_model, None, "unloadModelAction"
    )
    unload.setEnabled(False)
    unload.setToolTip(translate("MainWindow", "Free the memory the loaded model takes"))
    models_menu.addAction(unload)
    models_menu.addAction(window.server.action)

    documents_menu = bar.addMenu(translate("MainWindow", "&Documents"))
    for action in window.documents.actions(window):
        documents_menu.addAction(action)

    view_menu = bar.addMenu(translate("MainWindow", "&View"))
    view_menu.addAction(
        window._action(
            translate("MainWindow", "&Search chats"), window.sidebar.focus_search, "Ctrl+K"
        )
    )
    view_menu.addAction(
        window._action(translate("MainWindow", "&Rename chat"), window.sidebar.rename_current, "F2")
    )
    view_menu.addAction(
        window._action(
            translate("MainWindow", "Focus &message box"), window.composer.focus_input, "Ctrl+L"
        )
    )
    view_menu.addAction(
        window._action(
            translate("MainWindow", "&Next pane"),
            lambda: panes.cycle(window, 1),
            "F6",
            "nextPaneAction",
        )
    )
    view_menu.addAction(
        window._action(
            translate("MainWindow", "&Previous pane"),
            lambda: panes.cycle(window, -1),
            "Shift+F6",
            "previousPaneAction",
        )
    )
    view_menu.addAction(tools["meters"])
    theme_menu = view_menu.addMenu(translate("MainWindow", "&Theme"))
    group = QActionGroup(window)
    for value, label in (
        ("system", translate("MainWindow", "Follow &system")),
        ("light", translate("MainWindow", "&Light")),
        ("dark", translate("MainWindow", "&Dark")),
        ("contrast", translate("MainWindow", "&High contrast")),
    ):
        action = QAction(label, window, checkable=True)
        action.setObjectName(f"theme_{value}")
        action.setChecked(window.settings.theme == value)
        action.triggered.connect(lambda _=False, v=value: window.set_theme(v))
        group.addAction(action)
        theme_menu.addAction(action)

    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    help_menu.addAction(
        window._action(translate("MainWindow", "&Keyboard shortcuts"), window.show_shortcuts, "F1")
    )
    help_menu.addAction(tools["diagnostics"])
    help_menu.addAction(
        window._action(translate("MainWindow", "&About Qwen Desk"), window.show_about)
    )
    return unload
