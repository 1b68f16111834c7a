"""File ▸ Import chats…, Export all chats… and Trash… in the main window: the dialogs
(:mod:`desktop.gui.sidebar.chat_files`, :mod:`desktop.gui.sidebar.trash`), then the chat list
and the banner say what happened."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from desktop.gui.sidebar import chat_files
from desktop.gui.widgets.notice import NoticeKind

if TYPE_CHECKING:
    from desktop.gui.window.main_window import MainWindow


def import_chats(window: MainWindow) -> None:
    path = chat_files.ask_import_source(window)
    outcome = chat_files.import_chats(window, window.state.history, path) if path else None
    if outcome is not None:
        if outcome.imported:
            window.sidebar.refresh()
            if not window.controller.generating:  # open what came in, highlighted
                window.sidebar.select(outcome.imported[0])
                window.conversations.open(outcome.imported[0])
        _show_outcome(window, outcome)


def export_chats(window: MainWindow) -> None:
    target = chat_files.ask_export_target(window)
    if target is not None:
        _show_outcome(window, chat_files.export_chats(window.state.history, target))


def show_trash(window: MainWindow) -> None:
    """File ▸ Trash…: restore deleted chats or delete them for good."""
    from desktop.gui.sidebar.trash import TrashDialog

    dialog = TrashDialog(window.state.history, window)
    dialog.restored.connect(lambda ids: _on_trash_restored(window, ids))
    dialog.deleted.connect(window.sidebar.refresh)
    dialog.deleted.connect(window.documents.forget_deleted)  # their attachments go too
    dialog.finished.connect(dialog.deleteLater)
    window.trash_dialog = dialog
    dialog.open()


def _on_trash_restored(window: MainWindow, ids: list[int]) -> None:
    window.sidebar.refresh(ids[0])
    window.conversations.open(ids[0])  # open what came back


def _show_outcome(window: MainWindow, outcome: chat_files.Outcome) -> None:
    kind = NoticeKind.ERROR if outcome.error else NoticeKind.INFO
    window.banner.show_message(html.escape(outcome.text), outcome.actions, kind=kind)
