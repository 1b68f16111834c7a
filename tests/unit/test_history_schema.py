"""Schema versions: upgrades from every earlier version, newer files refused, damage recovery."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.core.history import schema as history_schema
from desktop.core.history.schema import (
    CURRENT_VERSION,
    SORT_KEY_SQL,
    V1,
    V2,
    V3,
    V4,
    V5,
    apply_steps,
    sort_key,
)
from desktop.core.history.store import HistoryError, HistoryStore

T0 = 1_700_000_000_000  # ms: 2023-11-14


def _build(path: Path, version: int, fill: Callable[[sqlite3.Connection], None]) -> None:
    """A database exactly as Qwen Desk of schema ``version`` made it, with some data."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    apply_steps(conn, 0, version)
    fill(conn)
    conn.execute("COMMIT")
    conn.close()


def _fill_v1(conn: sqlite3.Connection) -> None:
    conn.execute("INSERT INTO conversations VALUES (1, 'Old chat', ?, ?)", (T0, T0 + 3000))
    conn.execute("INSERT INTO conversations VALUES (2, '旧的对话', ?, ?)", (T0, T0))
    rows = [
        (1, 1, "user", "What is the capital of France?", T0 + 1000),
        (2, 1, "assistant", "<think>Easy one.</think>\n\nParis.", T0 + 2000),
        (3, 1, "user", "And of Italy?", T0 + 3000),
        (4, 2, "user", "我喜欢吃苹果", T0),
    ]
    conn.executemany("INSERT INTO messages VALUES (?, ?, ?, ?, ?)", rows)


def _fill_v2(conn: sqlite3.Connection) -> None:
    conn.execute(
        "INSERT INTO conversations (id, title, created, updated, pinned, model, system_prompt, "
        "thinking_mode, sampling, title_set_by_user, trashed) "
        "VALUES (1, 'Old chat', ?, ?, 1, 'qwen3', 'Be brief.', 'on', '{\"temperature\": 0.5}', 1, "
        "NULL)",
        (T0, T0 + 3000),
    )
    conn.execute(
        "INSERT INTO conversations (id, title, created, updated, trashed) "
        "VALUES (2, '旧的对话', ?, ?, ?)",
        (T0, T0, T0 + 5),
    )
    rows = [
        (1, 1, "user", "What is the capital of France?", T0 + 1000, "", "complete", "{}"),
        (2, 1, "assistant", "Paris.", T0 + 2000, "Easy one.", "complete", '{"ttft_s": 0.2}'),
        (3, 1, "user", "And of Italy?", T0 + 3000, "", "complete", "{}"),
        (5, 1, "assistant", "Ro", T0 + 4000, "", "streaming", "{}"),
        (4, 2, "user", "我喜欢吃苹果", T0, "", "complete", "{}"),
    ]
    conn.executemany(
        "INSERT INTO messages (id, conversation_id, role, content, created, thinking, state, "
        "stats) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


def _fill_v3(conn: sqlite3.Connection) -> None:
    _fill_v2(conn)
    conn.execute("UPDATE messages SET parent_id = id - 1 WHERE conversation_id = 1 AND id > 1")
    conn.execute("UPDATE messages SET parent_id = 3 WHERE id = 5")
    conn.execute(f"UPDATE messages SET sort_key = {SORT_KEY_SQL}")


def _fill_v4(conn: sqlite3.Connection) -> None:
    """Version 4, whose search index stopped at a NUL (message 6 and its title)."""
    _fill_v3(conn)
    conn.execute(
        "INSERT INTO conversations (id, title, created, updated) VALUES (3, ?, ?, ?)",
        ("Binary\x00tail", T0, T0),
    )
    conn.execute(
        "INSERT INTO messages (id, conversation_id, role, content, created, sort_key) "
        "VALUES (6, 3, 'user', ?, ?, ?)",
        ("Bytes\x00findme after", T0 + 3500, sort_key(T0 + 3500, 6)),
    )


FILLERS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: _fill_v1,
    2: _fill_v2,
    3: _fill_v3,
    4: _fill_v4,
}


def test_every_earlier_version_has_an_upgrade_test() -> None:
    assert set(FILLERS) == set(range(1, CURRENT_VERSION))
    assert history_schema.MIGRATIONS == (V1, V2, V3, V4, V5)


@pytest.mark.parametrize("version", sorted(FILLERS))
def test_upgrade_from_earlier_version(tmp_path: Path, version: int) -> None:
    path = tmp_path / "history.sqlite3"
    _build(path, version, FILLERS[version])
    store, note = HistoryStore.open(path)
    try:
        assert note is None
        assert store._conn.execute("PRAGMA user_version").fetchone()[0] == CURRENT_VERSION
        thread = store.path(1)
        assert [(m.role, m.content) for m in thread[:3]] == [
            ("user", "What is the capital of France?"),
            ("assistant", "Paris."),
            ("user", "And of Italy?"),
        ]
        assert thread[1].thinking == "Easy one."  # v1 kept it inline; it is apart now
        assert thread[1].parent_id == thread[0].id
        assert thread[0].parent_id is None
        assert thread[0].created.timestamp() * 1000 == T0 + 1000
        assert store.get_conversation(1).title == "Old chat"
        # Old text is searchable, Chinese included.
        assert [h.message_id for h in store.search("capital")] == [1]
        assert [h.message_id for h in store.search("喜欢吃")] == ([4] if version == 1 else [])
        # The upgraded file takes new messages and versions.
        reply = store.begin_reply(1)
        store.append(reply, text="Rome.")
        store.finish(reply)
        again = store.regenerate(reply)
        store.finish(again)
        assert store.path(1)[-1].versions[-2:] == (reply, again)
        if version == 4:  # text after a NUL was not searchable before version 5
            assert [h.message_id for h in store.search("findme after")] == [6]
            assert [h.conversation_id for h in store.search("tail")] == [3]
        if version == 2:
            conversation = store.get_conversation(1)
            assert conversation.pinned
            assert conversation.model == "qwen3"
            assert conversation.sampling == {"temperature": 0.5}
            assert conversation.thinking_mode == "on"
            assert conversation.title_set_by_user
            assert thread[1].stats == {"ttft_s": 0.2}
            assert thread[3].content == "Ro"
            assert thread[3].interrupted
            assert [c.id for c in store.list_trash()] == [2]
    finally:
        store.close()


def test_fresh_and_upgraded_schemas_are_the_same(tmp_path: Path) -> None:
    def schema(path: Path) -> list[tuple[str, str]]:
        conn = sqlite3.connect(path)
        rows = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name"
        ).fetchall()
        conn.close()
        return rows

    fresh, _ = HistoryStore.open(tmp_path / "fresh.sqlite3")
    fresh.close()
    _build(tmp_path / "old.sqlite3", 1, _fill_v1)
    upgraded, _ = HistoryStore.open(tmp_path / "old.sqlite3")
    upgraded.close()
    assert schema(tmp_path / "fresh.sqlite3") == schema(tmp_path / "old.sqlite3")


def test_a_failed_upgrade_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "history.sqlite3"
    _build(path, 1, _fill_v1)
    broken_v2 = (*V2[:3], "CREATE TABLE broken (")  # fails after some steps succeeded
    monkeypatch.setattr(history_schema, "MIGRATIONS", (V1, broken_v2, V3))
    with pytest.raises(HistoryError) as error:
        HistoryStore.open(path)
    assert error.value.reason == "upgrade"
    assert "left as it was" in str(error.value)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    columns = [row[1] for row in conn.execute("PRAGMA table_info(conversations)")]
    assert columns == ["id", "title", "created", "updated"]
    assert conn.execute("SELECT count(*) FROM messages").fetchone()[0] == 4
    conn.close()
    monkeypatch.undo()
    store, _ = HistoryStore.open(path)  # the real steps still work afterwards
    assert store.path(1)[1].content == "Paris."
    store.close()


def _fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_a_newer_database_is_refused_and_never_written(tmp_path: Path, journal: str) -> None:
    path = tmp_path / "history.sqlite3"
    store, _ = HistoryStore.open(path)
    store.add_user_message(store.create_conversation().id, "from the future")
    store.close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA journal_mode = {journal}")
    conn.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    conn.close()
    before = _fingerprint(path)
    with pytest.raises(HistoryError) as error:
        HistoryStore.open(path)
    assert error.value.reason == "newer_version"
    message = str(error.value)
    assert "newer version of Qwen Desk" in message
    assert str(path) in message
    assert "not been changed" in message
    assert _fingerprint(path) == before
    assert [p.name for p in tmp_path.iterdir() if "corrupt" in p.name] == []


def test_a_file_that_is_not_a_database_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    garbage = b"this is not a database\n" * 500
    path.write_bytes(garbage)
    path.with_name(path.name + "-wal").write_bytes(b"stale wal")
    store, note = HistoryStore.open(path)
    try:
        assert note is not None
        moved = [p for p in tmp_path.iterdir() if ".corrupt-" in p.name and "-wal" not in p.name]
        assert len(moved) == 1
        assert moved[0].read_bytes() == garbage
        assert str(moved[0]) in note
        assert "not a database" in note
        assert (tmp_path / (moved[0].name + "-wal")).read_bytes() == b"stale wal"
        assert store.list_conversations() == []
        store.add_user_message(store.create_conversation().id, "a fresh start")
    finally:
        store.close()
    again, note = HistoryStore.open(path)
    assert note is None
    assert len(again.list_conversations()) == 1
    again.close()


def test_a_database_failing_the_integrity_check_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    store, _ = HistoryStore.open(path)
    conversation = store.create_conversation()
    for index in range(200):
        store.add_message(conversation.id, "user", f"message {index} " + "x" * 400)
    store.close()
    page_size = 4096
    data = bytearray(path.read_bytes())
    assert len(data) > 20 * page_size
    for page in range(5, 15):  # scribble over some b-tree pages, keep the header intact
        data[page * page_size : page * page_size + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))
    store, note = HistoryStore.open(path)
    try:
        assert note is not None
        assert "moved to" in note
        assert store.list_conversations() == []
    finally:
        store.close()
    moved = [p for p in tmp_path.iterdir() if p.name.startswith("history.sqlite3.corrupt-")]
    moved = [p for p in moved if not p.name.endswith(("-wal", "-shm"))]
    assert len(moved) == 1
    assert moved[0].read_bytes() == bytes(data)


def test_an_empty_file_is_an_empty_history(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"")
    store, note = HistoryStore.open(path)
    assert note is None
    assert store.list_conversations() == []
    store.close()


def test_header_only_open_skips_the_scan_but_still_refuses_garbage(tmp_path):
    from desktop.core.history.store import HistoryStore

    path = tmp_path / "h.sqlite3"
    store, note = HistoryStore.open(path, full_check=None)
    store.create_conversation("kept")
    store.close()
    store, note = HistoryStore.open(path, full_check=None)
    assert note is None
    assert [c.title for c in store.list_conversations()] == ["kept"]
    store.close()
    path.write_bytes(b"not a database at all" * 10)
    store, note = HistoryStore.open(path, full_check=None)
    assert note is not None
    assert "moved" in note
    store.close()
