"""File ▸ Trash…: chats deleted earlier (their Undo long gone) can be restored or deleted for
good, and the trash emptied after a confirmation; all from the keyboard (issue 12)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from desktop.core.history.store import HistoryError, HistoryStore
from desktop.gui.sidebar.trash import TrashDialog
from desktop.gui.window.main_window import MainWindow
from tests.gui.window_support import make_main_window


@pytest.fixture
def window(qtbot, tmp_path: Path, store: HistoryStore) -> Iterator[MainWindow]:
    made = make_main_window(store, tmp_path / "settings.json")
    qtbot.addWidget(made)
    made.show()
    yield made
    made.close()
    made.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _chat(store: HistoryStore, title: str, trashed: bool = True) -> int:
    chat = store.create_conversation(title)
    store.add_user_message(chat.id, f"About {title.lower()}")
    if trashed:
        store.trash(chat.id)
    return chat.id


def _open_trash(qtbot, window: MainWindow) -> TrashDialog:
    action = window.findChild(QAction, "trashAction")
    assert action is not None
    assert action.text() == "&Trash…"
    action.trigger()
    dialog = window.trash_dialog
    assert dialog.isVisible()
    dialog.activateWindow()
    with qtbot.waitActive(dialog):
        pass
    return dialog


def _titles(dialog: TrashDialog) -> list[str]:
    return [dialog.list.item(i).text().split("  ·  ")[0] for i in range(dialog.list.count())]


def test_restore_from_the_keyboard_puts_the_chat_back_in_the_list(
    qtbot, window: MainWindow, store: HistoryStore
) -> None:
    kept = _chat(store, "Kept", trashed=False)
    old = _chat(store, "Old question")
    window.sidebar.refresh()
    dialog = _open_trash(qtbot, window)
    assert _titles(dialog) == ["Old question"]
    assert dialog.list.item(0).text().endswith("deleted just now")
    assert dialog.focusWidget() is dialog.list  # keys go to the list
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)  # Enter restores the selected chat
    assert store.get_conversation(old).trashed is None
    assert dialog.empty_label.isVisible()
    assert window.sidebar.current_id() == old  # back in the list, highlighted
    assert window.controller.conversation_id == old  # and open
    assert {c.id for c in store.list_conversations()} == {kept, old}


def test_delete_forever_asks_and_cannot_be_undone(
    qtbot, window: MainWindow, store: HistoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = _chat(store, "First"), _chat(store, "Second")
    dialog = _open_trash(qtbot, window)
    asked: list[str] = []

    def answer(parent, title, text, *rest) -> QMessageBox.StandardButton:
        asked.append(text)
        return (
            QMessageBox.StandardButton.Cancel if len(asked) == 1 else QMessageBox.StandardButton.Yes
        )

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog.list.setCurrentRow(_titles(dialog).index("First"))
    qtbot.keyClick(dialog.list, Qt.Key.Key_Delete)
    assert asked == ["Delete “First” for good? This cannot be undone."]
    assert len(store.list_trash()) == 2, "cancelled: nothing deleted"
    qtbot.keyClick(dialog.list, Qt.Key.Key_Delete)
    assert _titles(dialog) == ["Second"]
    with pytest.raises(HistoryError):
        store.get_conversation(first)
    assert store.get_conversation(second).trashed is not None


def test_empty_trash_takes_the_chats_and_the_deleted_messages(
    qtbot, window: MainWindow, store: HistoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    _chat(store, "Gone")
    live = _chat(store, "Live", trashed=False)
    reply = store.add_message(live, "assistant", "A reply deleted from the chat")
    store.trash_message(reply.id)
    dialog = _open_trash(qtbot, window)
    assert dialog.note.text() == "Emptying the trash also deletes 1 message deleted from chats."
    asked: list[str] = []

    def yes(parent, title, text, *rest) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    for _ in range(6):  # Tab from the list reaches Empty trash…
        if dialog.focusWidget() is dialog.empty_button:
            break
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.empty_button
    qtbot.keyClick(dialog.empty_button, Qt.Key.Key_Space)
    assert asked == [
        "Delete 1 chat and 1 message deleted from chats for good? This cannot be undone."
    ]
    assert store.list_trash() == []
    assert store.trashed_message_count() == 0
    assert [m.content for m in store.path(live)] == ["About live"]
    assert dialog.empty_label.isVisible()
    assert not dialog.empty_button.isEnabled()
