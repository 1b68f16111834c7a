"""The history store: conversations, messages, titles, versions, trash, streaming, threads."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from desktop.core.history.schema import register_functions
from desktop.core.history.store import HistoryError, HistoryStore
from desktop.core.paths import app_paths


def test_default_location_is_the_data_folder(app_home: Path) -> None:
    store, _ = HistoryStore.open()
    try:
        assert store.db_path == app_paths().history_db
        assert store.db_path.is_relative_to(app_home)
        assert store.db_path.exists()
    finally:
        store.close()


def test_database_is_wal_with_foreign_keys(store: HistoryStore) -> None:
    conn = store._conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_conversation_round_trip(store: HistoryStore, tmp_path: Path) -> None:
    created = store.create_conversation(
        model="Qwen3-4B-Q4_K_M.gguf",
        system_prompt="You are terse.",
        thinking_mode="off",
        sampling={"temperature": 0.3, "top_k": 10},
    )
    assert created.title == ""
    assert not created.title_set_by_user
    assert not created.pinned
    updated = store.update_conversation(created.id, thinking_mode="on", sampling=None)
    assert updated.model == "Qwen3-4B-Q4_K_M.gguf"
    assert updated.system_prompt == "You are terse."
    assert updated.thinking_mode == "on"
    assert updated.sampling == {}
    store.close()
    again, _ = HistoryStore.open(tmp_path / "history.sqlite3")
    try:
        assert again.get_conversation(created.id) == updated
    finally:
        again.close()


def test_messages_round_trip_with_stats(store: HistoryStore) -> None:
    conversation = store.create_conversation()
    user = store.add_user_message(conversation.id, "What is 2+2?")
    reply = store.add_message(
        conversation.id,
        "assistant",
        "4",
        thinking="Two and two make four.",
        model="qwen3",
        stats={"generated_tokens": 12, "ttft_s": 0.25, "generation_tps": float("nan")},
    )
    thread = store.path(conversation.id)
    assert [m.id for m in thread] == [user.id, reply.id]
    assert thread[1].parent_id == user.id
    assert thread[1].thinking == "Two and two make four."
    assert thread[1].content == "4"
    assert thread[1].stats == {"generated_tokens": 12, "ttft_s": 0.25, "generation_tps": None}
    assert store.get_message(reply.id) == thread[1]


def test_listing_pinned_first_then_newest_and_not_trashed(store: HistoryStore) -> None:
    first = store.create_conversation("first")
    second = store.create_conversation("second")
    third = store.create_conversation("third")
    store.add_user_message(first.id, "bump")  # first is now the most recently active
    store.set_pinned(third.id, True)
    store.trash(second.id)
    assert [c.id for c in store.list_conversations()] == [third.id, first.id]
    assert [c.id for c in store.list_conversations(limit=1, offset=1)] == [first.id]


def test_title_comes_from_first_user_message_until_renamed(store: HistoryStore) -> None:
    conversation = store.create_conversation()
    store.add_message(conversation.id, "system", "ignored for the title")
    first = store.add_user_message(conversation.id, "\n\n   How do   I bake\tbread?  \nDetails")
    assert store.get_conversation(conversation.id).title == "How do I bake bread?"
    store.add_user_message(conversation.id, "A later question")
    assert store.get_conversation(conversation.id).title == "How do I bake bread?"
    store.edit_user_message(first.id, "How do I bake rye bread?")
    assert store.get_conversation(conversation.id).title == "How do I bake rye bread?"
    renamed = store.rename(conversation.id, "  Baking  ")
    assert renamed.title == "Baking"
    assert renamed.title_set_by_user
    store.select_version(first.id)
    assert store.get_conversation(conversation.id).title == "Baking"
    back = store.rename(conversation.id, "")
    assert back.title == "How do I bake bread?"
    assert not back.title_set_by_user


def test_long_title_is_cut_to_one_line(store: HistoryStore) -> None:
    conversation = store.create_conversation()
    store.add_user_message(conversation.id, "word " * 100)
    title = store.get_conversation(conversation.id).title
    assert len(title) <= 80
    assert title.endswith("…")
    assert "\n" not in title


def test_regenerate_makes_a_version_and_remembers_the_choice(store: HistoryStore) -> None:
    conversation = store.create_conversation()
    user = store.add_user_message(conversation.id, "Tell me a joke")
    first = store.begin_reply(conversation.id, model="m1")
    store.append(first, text="Joke one")
    store.finish(first, stop_reason="eos")
    second = store.regenerate(first, model="m2")
    store.append(second, text="Joke two")
    store.finish(second)
    thread = store.path(conversation.id)
    assert [m.id for m in thread] == [user.id, second]
    assert thread[1].versions == (first, second)
    assert thread[1].version == 2
    assert [v.content for v in store.versions(first)] == ["Joke one", "Joke two"]
    store.select_version(first)
    assert [m.content for m in store.path(conversation.id)] == ["Tell me a joke", "Joke one"]
    assert store.get_message(first).version == 1
    with pytest.raises(HistoryError, match="Only replies"):
        store.regenerate(user.id)


def test_edit_branches_and_each_branch_keeps_its_own_choice(store: HistoryStore) -> None:
    conversation = store.create_conversation()
    q1 = store.add_user_message(conversation.id, "Question A")
    a1 = store.add_message(conversation.id, "assistant", "Answer A1")
    a2_id = store.regenerate(a1.id)
    store.finish(a2_id)
    store.select_version(a1.id)  # in branch A the user prefers A1
    q2 = store.edit_user_message(q1.id, "Question B")
    assert [m.id for m in store.path(conversation.id)] == [q2.id]
    b1 = store.add_message(conversation.id, "assistant", "Answer B1")
    assert [m.content for m in store.path(conversation.id)] == ["Question B", "Answer B1"]
    store.select_version(q1.id)
    assert [m.id for m in store.path(conversation.id)] == [q1.id, a1.id]
    store.select_version(q2.id)
    assert [m.id for m in store.path(conversation.id)] == [q2.id, b1.id]
    assert store.get_message(q1.id).content == "Question A"  # the original is not overwritten
    with pytest.raises(HistoryError, match="Only your own"):
        store.edit_user_message(b1.id, "nope")


def test_trash_restore_and_empty(store: HistoryStore) -> None:
    keep = store.create_conversation("keep")
    bin_ = store.create_conversation("bin")
    store.add_user_message(bin_.id, "bye")
    store.trash(bin_.id)
    assert [c.id for c in store.list_conversations()] == [keep.id]
    trashed = store.list_trash()
    assert [c.id for c in trashed] == [bin_.id]
    assert trashed[0].trashed is not None
    store.restore(bin_.id)
    assert {c.id for c in store.list_conversations()} == {keep.id, bin_.id}
    assert store.get_conversation(bin_.id).trashed is None
    store.trash(bin_.id)
    assert store.empty_trash() == 1
    assert store.list_trash() == []
    with pytest.raises(HistoryError) as error:
        store.get_conversation(bin_.id)
    assert error.value.reason == "not_found"
    count = store._conn.execute("SELECT count(*) FROM messages").fetchone()[0]
    assert count == 0
    assert store.empty_trash() == 0


def test_streaming_reply_is_buffered_then_finished(store: HistoryStore) -> None:
    conversation = store.create_conversation()
    store.add_user_message(conversation.id, "hi")
    reply = store.begin_reply(conversation.id, model="qwen3-0.6b")
    assert store.get_message(reply).state == "streaming"
    for piece in ["Hel", "lo", " 世界", " 👋"]:
        store.append(reply, text=piece)
    store.append(reply, thinking="greeting back")
    shown = store.path(conversation.id)[-1]  # buffered text is visible before the commit
    assert shown.content == "Hello 世界 👋"
    assert shown.thinking == "greeting back"
    finished = store.finish(reply, {"generated_tokens": 7, "ttft_s": 0.1}, "eos")
    assert finished.content == "Hello 世界 👋"
    assert finished.state == "complete"
    assert finished.stats == {
        "generated_tokens": 7,
        "ttft_s": 0.1,
        "stop_reason": "eos",
        "model": "qwen3-0.6b",
    }
    assert finished.stop_reason == "eos"
    with pytest.raises(HistoryError, match="not a reply being written"):
        store.append(reply, text="late")
    with pytest.raises(HistoryError):
        store.finish(reply)


def _committed(path: Path, message_id: int) -> str:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return str(
            conn.execute("SELECT content FROM messages WHERE id = ?", (message_id,)).fetchone()[0]
        )
    finally:
        conn.close()


def test_buffered_text_is_committed_by_the_clock_without_more_appends(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    store, _ = HistoryStore.open(path, flush_interval=0.05)
    try:
        conversation = store.create_conversation()
        reply = store.begin_reply(conversation.id)
        store.append(reply, text="saved by the timer")
        deadline = time.monotonic() + 5
        while _committed(path, reply) != "saved by the timer":
            assert time.monotonic() < deadline, "the buffered text was never committed"
            time.sleep(0.01)
        store.finish(reply)
    finally:
        store.close()


def test_append_does_not_commit_every_call(store: HistoryStore) -> None:
    conversation = store.create_conversation()
    reply = store.begin_reply(conversation.id)
    store.append(reply, text="one")
    store.append(reply, text="two")
    assert _committed(store.db_path, reply) == ""  # the default interval has not passed
    store.flush()
    assert _committed(store.db_path, reply) == "onetwo"
    store.finish(reply)


def test_close_while_streaming_saves_text_and_marks_interrupted(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    store, _ = HistoryStore.open(path)
    conversation = store.create_conversation()
    reply = store.begin_reply(conversation.id)
    store.append(reply, text="partial")
    store.close()
    store.close()  # twice is fine
    with pytest.raises(HistoryError, match="closed"):
        store.list_conversations()
    again, _ = HistoryStore.open(path)
    try:
        message = again.get_message(reply)
        assert message.content == "partial"
        assert message.interrupted
    finally:
        again.close()


def test_open_marks_replies_left_streaming_as_interrupted(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    store, _ = HistoryStore.open(path)
    conversation = store.create_conversation()
    reply = store.add_message(conversation.id, "assistant", "half a rep")
    store.close()
    raw = sqlite3.connect(path)  # what a crash leaves: a row still marked streaming
    register_functions(raw)  # as every connection of the app has them
    raw.execute("UPDATE messages SET state = 'streaming' WHERE id = ?", (reply.id,))
    raw.commit()
    raw.close()
    again, _ = HistoryStore.open(path)
    try:
        assert again.get_message(reply.id).state == "interrupted"
        assert [hit.message_id for hit in again.search("half")] == [reply.id]
    finally:
        again.close()


def test_created_on_one_thread_used_on_another(tmp_path: Path) -> None:
    store, _ = HistoryStore.open(tmp_path / "history.sqlite3")
    conversation = store.create_conversation()
    errors: list[BaseException] = []

    def work() -> None:
        try:
            reply = store.begin_reply(conversation.id)
            for index in range(200):
                store.append(reply, text=f"{index} ")
            store.finish(reply)
            store.search("199")
        except BaseException as exc:
            errors.append(exc)

    worker = threading.Thread(target=work, name="history-test-worker")
    worker.start()
    worker.join()
    assert errors == []
    assert store.path(conversation.id)[-1].content.endswith("198 199 ")
    store.close()


def test_unknown_ids_and_bad_values_are_plain_errors(store: HistoryStore) -> None:
    conversation = store.create_conversation()
    with pytest.raises(HistoryError) as error:
        store.get_conversation(9999)
    assert "does not exist" in str(error.value)
    with pytest.raises(HistoryError, match="not a thinking mode"):
        store.update_conversation(conversation.id, thinking_mode="maybe")
    with pytest.raises(HistoryError, match="not a message role"):
        store.add_message(conversation.id, "robot", "beep")
    other = store.create_conversation()
    message = store.add_user_message(other.id, "x")
    with pytest.raises(HistoryError, match="not part of conversation"):
        store.add_user_message(conversation.id, "y", after=message.id)
    with pytest.raises(HistoryError):
        store.add_user_message(conversation.id, None)  # type: ignore[arg-type]


def test_delete_message_removes_its_branch_and_keeps_siblings(store: HistoryStore) -> None:
    conv = store.create_conversation()
    question = store.add_user_message(conv.id, "What is 2+2?")
    first = store.begin_reply(conv.id)
    store.append(first, text="4")
    store.finish(first)
    second = store.regenerate(first)
    store.append(second, text="Four")
    store.finish(second)
    follow = store.add_user_message(conv.id, "And 3+3?")
    assert [m.id for m in store.path(conv.id)] == [question.id, second, follow.id]
    store.delete_message(second)  # the shown version and what followed it
    assert [m.id for m in store.path(conv.id)] == [question.id, first]
    assert all(hit.message_id != follow.id for hit in store.search("3+3"))
    store.delete_message(question.id)
    assert store.path(conv.id) == []
    store.delete_message(question.id)  # deleting twice is harmless


def test_a_trashed_message_and_its_branch_hide_until_restored(store: HistoryStore):
    conversation = store.create_conversation()
    question = store.add_user_message(conversation.id, "unique alpha question")
    answer = store.add_message(
        conversation.id, "assistant", "unique beta answer", after=question.id
    )
    follow = store.add_user_message(conversation.id, "unique gamma follow-up", after=answer.id)
    store.trash_message(answer.id)
    assert [m.id for m in store.path(conversation.id)] == [question.id]
    assert store.search("beta") == []
    assert store.search("gamma") == [], "what followed went with it"
    assert "beta" not in store.export_json()
    store.restore_message(answer.id)
    assert [m.id for m in store.path(conversation.id)] == [question.id, answer.id, follow.id]
    assert len(store.search("gamma")) == 1


def test_trashing_one_version_shows_the_other(store: HistoryStore):
    conversation = store.create_conversation()
    question = store.add_user_message(conversation.id, "Q")
    first = store.add_message(conversation.id, "assistant", "first", after=question.id)
    second_id = store.regenerate(first.id)
    store.finish(second_id)
    store.trash_message(second_id)
    shown = store.path(conversation.id)
    assert [m.content for m in shown] == ["Q", "first"]
    assert shown[1].versions == (first.id,)


def test_emptying_the_trash_deletes_trashed_messages_for_good(store: HistoryStore):
    conversation = store.create_conversation()
    question = store.add_user_message(conversation.id, "keep me")
    answer = store.add_message(conversation.id, "assistant", "drop me", after=question.id)
    store.trash_message(answer.id)
    store.empty_trash()
    store.restore_message(answer.id)  # nothing left to restore: no error, nothing shown
    assert [m.content for m in store.path(conversation.id)] == ["keep me"]
    with pytest.raises(HistoryError, match="does not exist"):
        store.get_message(answer.id)
