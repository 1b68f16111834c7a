"""Deleting one chat of the trash for good, and counting the messages deleted from chats (the
Trash view's store calls)."""

from __future__ import annotations

import pytest

from desktop.core.history.store import HistoryError, HistoryStore


def test_delete_forever_takes_only_a_chat_in_the_trash(store: HistoryStore) -> None:
    chat = store.create_conversation("Kept")
    store.add_user_message(chat.id, "Hello")
    with pytest.raises(HistoryError, match="Only a conversation in the trash"):
        store.delete_forever(chat.id)
    store.trash(chat.id)
    store.delete_forever(chat.id)
    assert store.list_trash() == []
    with pytest.raises(HistoryError, match="does not exist"):
        store.get_conversation(chat.id)


def test_messages_deleted_from_live_chats_are_counted(store: HistoryStore) -> None:
    chat = store.create_conversation("Live")
    store.add_user_message(chat.id, "Hello")
    reply = store.add_message(chat.id, "assistant", "Hi")
    assert store.trashed_message_count() == 0
    store.trash_message(reply.id)
    assert store.trashed_message_count() == 1
    store.trash(chat.id)  # the whole chat went: counted as a chat, not as messages
    assert store.trashed_message_count() == 0
