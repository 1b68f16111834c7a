"""Bad input (huge, NUL, broken surrogates) and a full disk: no loss, plain errors, no crash."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from desktop.core.history.store import HistoryError, HistoryStore

MEGABYTE_TEXT = ("Lorem ipsum dolor sit amet, 天地玄黄 宇宙洪荒 🎉 " * 30_000)[:1_000_000]


def _reopen(store: HistoryStore) -> HistoryStore:
    path = store.db_path
    store.close()
    again, note = HistoryStore.open(path)
    assert note is None
    return again


def test_a_one_megabyte_message_round_trips(store: HistoryStore) -> None:
    conversation = store.create_conversation()
    marked = MEGABYTE_TEXT[:500_000] + " zeppelin " + MEGABYTE_TEXT[500_000:]
    message = store.add_user_message(conversation.id, marked)
    reply = store.begin_reply(conversation.id)
    for start in range(0, len(MEGABYTE_TEXT), 4096):
        store.append(reply, text=MEGABYTE_TEXT[start : start + 4096])
    store.finish(reply)
    store = _reopen(store)
    try:
        thread = store.path(conversation.id)
        assert thread[0].content == marked
        assert thread[1].content == MEGABYTE_TEXT
        assert len(store.get_conversation(conversation.id).title) <= 80
        assert [hit.message_id for hit in store.search("zeppelin")] == [message.id]
    finally:
        store.close()


def test_nul_characters_are_kept(store: HistoryStore) -> None:
    conversation = store.create_conversation()
    text = "before\x00after\x00"
    message = store.add_user_message(conversation.id, text)
    reply = store.begin_reply(conversation.id)
    store.append(reply, text="a\x00", thinking="\x00t")
    store.append(reply, text="b")
    store.finish(reply, {"note": "x\x00y"})
    store = _reopen(store)
    try:
        thread = store.path(conversation.id)
        assert thread[0].content == text
        assert thread[0].id == message.id
        assert thread[1].content == "a\x00b"
        assert thread[1].thinking == "\x00t"
        assert thread[1].stats["note"] == "x\x00y"
        assert store.get_conversation(conversation.id).title == "before after"
        assert [hit.message_id for hit in store.search("before") if hit.message_id] == [message.id]
        copy = store.export_json()
        assert "before\\u0000after" in copy
    finally:
        store.close()


def test_split_surrogate_pairs_from_a_paste_are_joined(store: HistoryStore) -> None:
    conversation = store.create_conversation()
    pasted = "smile \ud83d\ude00 ok"  # UTF-16 halves as two code points
    message = store.add_user_message(conversation.id, pasted)
    assert message.content == "smile 😀 ok"
    assert store.path(conversation.id)[0].content == "smile 😀 ok"


@pytest.mark.parametrize("broken", ["lone \ud800 high", "lone \udfff low", "end \ud83d"])
def test_lone_surrogates_are_a_plain_error_and_store_nothing(
    store: HistoryStore, broken: str
) -> None:
    conversation = store.create_conversation()
    with pytest.raises(HistoryError) as error:
        store.add_user_message(conversation.id, broken)
    assert error.value.reason == "invalid"
    assert "broken character at position" in str(error.value)
    assert store.path(conversation.id) == []
    reply = store.begin_reply(conversation.id)
    store.append(reply, text="fine ")
    with pytest.raises(HistoryError, match="broken character"):
        store.append(reply, text=broken)
    with pytest.raises(HistoryError, match="broken character"):
        store.append(reply, thinking=broken)
    with pytest.raises(HistoryError, match="broken character"):
        store.rename(conversation.id, broken)
    assert store.finish(reply).content == "fine "


def test_odd_stats_values_are_stored_as_json(store: HistoryStore) -> None:
    from enum import StrEnum

    class Reason(StrEnum):
        EOS = "eos"

    conversation = store.create_conversation()
    reply = store.begin_reply(conversation.id)
    stats = {"stop": Reason.EOS, "inf": float("inf"), "path": Path("/x"), "pair": (1, 2)}
    finished = store.finish(reply, stats)
    assert finished.stats == {
        "stop": "eos",
        "inf": None,
        "path": "/x",
        "pair": [1, 2],
        "model": None,
    }


def _fill_the_disk(store: HistoryStore, headroom: int = 2) -> None:
    """SQLite's page limit stands in for a full disk: the next growth fails with SQLITE_FULL."""
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count = {pages + headroom}")


def _free_the_disk(store: HistoryStore) -> None:
    store._conn.execute("PRAGMA max_page_count = 1073741823")


def test_disk_full_is_a_plain_error_and_loses_nothing_committed(store: HistoryStore) -> None:
    conversation = store.create_conversation()
    earlier = [store.add_user_message(conversation.id, f"kept {i}").id for i in range(5)]
    _fill_the_disk(store)
    with pytest.raises(HistoryError) as error:
        store.add_user_message(conversation.id, MEGABYTE_TEXT)
    assert error.value.reason == "disk_full"
    assert str(error.value).startswith("The disk is full")
    assert "Free some disk space" in str(error.value)
    assert [m.id for m in store.path(conversation.id)] == earlier
    _free_the_disk(store)
    store.add_user_message(conversation.id, "after freeing space")
    store = _reopen(store)
    try:
        assert store._conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert [m.content for m in store.path(conversation.id)] == [
            *(f"kept {i}" for i in range(5)),
            "after freeing space",
        ]
    finally:
        store.close()


def test_disk_full_while_streaming_keeps_the_text_for_a_retry(store: HistoryStore) -> None:
    conversation = store.create_conversation()
    store.add_user_message(conversation.id, "question")
    reply = store.begin_reply(conversation.id)
    store.append(reply, text="early part. ")
    store.flush()
    _fill_the_disk(store)
    store.append(reply, text=MEGABYTE_TEXT)
    with pytest.raises(HistoryError) as error:
        store.flush()
    assert error.value.reason == "disk_full"
    with pytest.raises(HistoryError, match="disk is full"):
        store.finish(reply)
    assert store.get_message(reply).content == "early part. " + MEGABYTE_TEXT
    _free_the_disk(store)
    finished = store.finish(reply)
    assert finished.content == "early part. " + MEGABYTE_TEXT
    assert finished.state == "complete"


def test_a_background_commit_failure_is_reported_by_the_next_append(tmp_path: Path) -> None:
    store, _ = HistoryStore.open(tmp_path / "history.sqlite3", flush_interval=0.02)
    try:
        conversation = store.create_conversation()
        reply = store.begin_reply(conversation.id)
        _fill_the_disk(store)
        store.append(reply, text=MEGABYTE_TEXT)
        deadline = time.monotonic() + 5
        while store._replies._error is None:  # wait for the timer's commit to fail
            assert time.monotonic() < deadline, "the background commit never ran"
            time.sleep(0.01)
        with pytest.raises(HistoryError, match="disk is full"):
            store.append(reply, text="!")
        store.append(reply, text="?")  # reported once
        _free_the_disk(store)
        finished = store.finish(reply)
        assert finished.content == MEGABYTE_TEXT + "!?"
    finally:
        store.close()


def test_integrity_after_many_operations(store: HistoryStore) -> None:
    conversation = store.create_conversation()
    for index in range(20):
        message = store.add_user_message(conversation.id, f"q{index}")
        reply = store.begin_reply(conversation.id)
        store.append(reply, text=f"a{index}")
        store.finish(reply)
        if index % 5 == 0:
            store.edit_user_message(message.id, f"q{index} edited")
    store.trash(conversation.id)
    store.empty_trash()
    conn = sqlite3.connect(store.db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        conn.execute("INSERT INTO messages_fts(messages_fts) VALUES ('integrity-check')")
        conn.execute("INSERT INTO titles_fts(titles_fts) VALUES ('integrity-check')")
    finally:
        conn.close()
