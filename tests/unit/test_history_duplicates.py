"""Importing an export again finds the chats already here instead of copying them silently,
and the Markdown export names thinking only where a reply shows some (issue 12, item 12)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.history.store import HistoryStore


@pytest.fixture
def other(tmp_path: Path) -> Iterator[HistoryStore]:
    opened, _ = HistoryStore.open(tmp_path / "other.sqlite3")
    yield opened
    opened.close()


def _two_chats(store: HistoryStore) -> tuple[int, int]:
    first = store.create_conversation("First", model="SmolLM2-135M-Instruct.Q4_1")
    store.add_user_message(first.id, "Hello")
    store.add_message(first.id, "assistant", "Hi!", model="SmolLM2-135M-Instruct.Q4_1")
    second = store.create_conversation("Second")
    store.add_user_message(second.id, "What is 2 + 2?")
    return first.id, second.id


def test_an_export_imported_again_is_found_and_can_be_left_out(store: HistoryStore) -> None:
    _two_chats(store)
    exported = store.export_json()
    assert store.import_duplicates(exported) == (2, 2)
    assert store.import_file(exported, skip_duplicates=True) == []
    assert len(store.list_conversations()) == 2
    assert len(store.import_file(exported)) == 2  # asked for: copies
    assert len(store.list_conversations()) == 4


def test_a_chat_that_went_on_after_the_export_is_still_the_same_chat(
    store: HistoryStore, other: HistoryStore
) -> None:
    first, second = _two_chats(store)
    exported = store.export_json()
    assert other.import_duplicates(exported) == (2, 0)
    other.import_file(exported)
    assert other.import_duplicates(exported) == (2, 2)
    store.add_message(first, "user", "And now?")  # went on here after the export
    assert store.import_duplicates(exported) == (2, 2)
    store.trash(second)  # in the trash: importing brings it back as a new chat
    assert store.import_duplicates(exported) == (2, 1)
    assert len(store.import_file(exported, skip_duplicates=True)) == 1


def test_an_edited_message_makes_it_another_chat(store: HistoryStore) -> None:
    _two_chats(store)
    exported = store.export_json().replace('"Hi!"', '"Hi there!"')
    assert store.import_duplicates(exported) == (2, 1)
    assert store.import_duplicates('[{"role": "user", "content": "x"}]') == (1, 0)


def test_markdown_names_thinking_only_where_a_reply_shows_some(store: HistoryStore) -> None:
    plain = store.create_conversation("No thinking", thinking_mode="on", model="Qwen2.5-1.5B")
    store.add_user_message(plain.id, "Hello")
    store.add_message(plain.id, "assistant", "Hi!")
    thought = store.create_conversation("Thought", thinking_mode="auto", model="Qwen3-1.7B")
    store.add_user_message(thought.id, "Hello")
    store.add_message(thought.id, "assistant", "Hi!", thinking="A greeting.")
    no_thinking = store.export_markdown([plain.id])
    assert "thinking" not in no_thinking.split("\n\n")[1].lower()
    assert "thinking on" not in no_thinking
    with_thinking = store.export_markdown([thought.id]).split("\n\n")[1]
    assert with_thinking.endswith("· model Qwen3-1.7B · with thinking*")
