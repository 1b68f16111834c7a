"""Row-level SQL shared by the store, search and import: reads into dataclasses, inserts.

Every function here expects the caller to hold the store's lock; the write helpers expect an
open transaction.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping
from typing import Any

from desktop.core.history.records import (
    COMPLETE,
    ROLES,
    Conversation,
    HistoryError,
    Message,
    jsonable,
    ms_to_datetime,
    now_ms,
    title_from_text,
)
from desktop.core.history.schema import sort_key
from desktop.core.i18n import translate

CONVERSATION_COLUMNS = (
    "id, title, created, updated, pinned, model, system_prompt, thinking_mode, sampling, "
    "title_set_by_user, trashed"
)
MESSAGE_COLUMNS = (
    "id, conversation_id, parent_id, role, content, thinking, created, state, stats, model, picked"
)


def dumps(value: Mapping[str, Any] | None) -> str:
    return json.dumps(jsonable(dict(value or {})), sort_keys=True)


def loads(text: str | None) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def conversation_from_row(row: sqlite3.Row | tuple[Any, ...]) -> Conversation:
    return Conversation(
        id=row[0],
        title=row[1],
        created=ms_to_datetime(row[2]),
        updated=ms_to_datetime(row[3]),
        pinned=bool(row[4]),
        model=row[5],
        system_prompt=row[6],
        thinking_mode=row[7],
        sampling=loads(row[8]),
        title_set_by_user=bool(row[9]),
        trashed=ms_to_datetime(row[10]) if row[10] is not None else None,
    )


def message_from_row(row: tuple[Any, ...], versions: tuple[int, ...] = ()) -> Message:
    return Message(
        id=row[0],
        conversation_id=row[1],
        parent_id=row[2],
        role=row[3],
        content=row[4],
        thinking=row[5],
        created=ms_to_datetime(row[6]),
        state=row[7],
        stats=loads(row[8]),
        model=row[9],
        versions=versions or (row[0],),
    )


def get_conversation(conn: sqlite3.Connection, conversation_id: int) -> Conversation:
    row = conn.execute(
        f"SELECT {CONVERSATION_COLUMNS} FROM conversations WHERE id = ?", (conversation_id,)
    ).fetchone()
    if row is None:
        raise HistoryError(
            translate(
                "History",
                "Conversation {conversation_id} does not exist; it may have been deleted.",
            ).format(conversation_id=conversation_id),
            "not_found",
        )
    return conversation_from_row(row)


def sibling_ids(conn: sqlite3.Connection, conversation_id: int, parent_id: int | None) -> list[int]:
    if parent_id is None:
        rows = conn.execute(
            "SELECT id FROM messages WHERE conversation_id = ? AND parent_id IS NULL "
            "AND trashed IS NULL ORDER BY id",
            (conversation_id,),
        )
    else:
        rows = conn.execute(
            "SELECT id FROM messages WHERE parent_id = ? AND trashed IS NULL ORDER BY id",
            (parent_id,),
        )
    return [row[0] for row in rows]


def get_message(conn: sqlite3.Connection, message_id: int) -> Message:
    row = conn.execute(
        f"SELECT {MESSAGE_COLUMNS} FROM messages WHERE id = ?", (message_id,)
    ).fetchone()
    if row is None:
        raise HistoryError(
            translate(
                "History", "Message {message_id} does not exist; it may have been deleted."
            ).format(message_id=message_id),
            "not_found",
        )
    return message_from_row(row, tuple(sibling_ids(conn, row[1], row[2])))


def shown_thread(rows: Iterable[tuple[Any, ...]]) -> list[tuple[tuple[Any, ...], tuple[int, ...]]]:
    """Walk a conversation's message tree from the root, taking the picked version each time.

    ``rows`` are MESSAGE_COLUMNS tuples (any order). Returns (row, sibling ids) pairs.
    """
    children: dict[int | None, list[tuple[Any, ...]]] = {}
    count = 0
    for row in rows:
        children.setdefault(row[2], []).append(row)
        count += 1
    thread: list[tuple[tuple[Any, ...], tuple[int, ...]]] = []
    parent: int | None = None
    while parent in children and len(thread) < count:  # the bound guards a damaged cycle
        group = children[parent]
        group.sort(key=lambda r: r[0])
        chosen = max(group, key=lambda r: (r[10], r[0]))
        thread.append((chosen, tuple(r[0] for r in group)))
        parent = chosen[0]
    return thread


def thread_leaf(conn: sqlite3.Connection, conversation_id: int) -> int | None:
    """The id of the last message of the shown thread (None for an empty conversation)."""
    rows = conn.execute(
        "SELECT id, 0, parent_id, 0, 0, 0, 0, 0, 0, 0, picked FROM messages "
        "WHERE conversation_id = ? AND trashed IS NULL",
        (conversation_id,),
    ).fetchall()
    thread = shown_thread(rows)
    return thread[-1][0][0] if thread else None


def next_picked(conn: sqlite3.Connection, conversation_id: int, parent_id: int | None) -> int:
    if parent_id is None:
        row = conn.execute(
            "SELECT max(picked) FROM messages WHERE conversation_id = ? AND parent_id IS NULL",
            (conversation_id,),
        ).fetchone()
    else:
        row = conn.execute(
            "SELECT max(picked) FROM messages WHERE parent_id = ?", (parent_id,)
        ).fetchone()
    return int(row[0] or 0) + 1


def insert_conversation(
    conn: sqlite3.Connection,
    *,
    title: str,
    created: int,
    updated: int,
    pinned: bool = False,
    model: str | None = None,
    system_prompt: str = "",
    thinking_mode: str = "auto",
    sampling: Mapping[str, Any] | None = None,
    title_set_by_user: bool = False,
    trashed: int | None = None,
) -> int:
    cursor = conn.execute(
        "INSERT INTO conversations (title, created, updated, pinned, model, system_prompt, "
        "thinking_mode, sampling, title_set_by_user, trashed) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (
            title,
            created,
            updated,
            int(pinned),
            model,
            system_prompt,
            thinking_mode,
            dumps(sampling),
            int(title_set_by_user),
            trashed,
        ),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def insert_message(
    conn: sqlite3.Connection,
    *,
    conversation_id: int,
    parent_id: int | None,
    role: str,
    content: str,
    thinking: str,
    created: int,
    state: str,
    stats: Mapping[str, Any] | None = None,
    model: str | None = None,
    picked: int | None = None,
) -> int:
    """Insert one message; ``picked=None`` makes it the shown version among its siblings."""
    if picked is None:
        picked = next_picked(conn, conversation_id, parent_id)
    # The id is chosen here (we hold the write lock) because the search key is built from it.
    message_id = int(conn.execute("SELECT coalesce(max(id), 0) + 1 FROM messages").fetchone()[0])
    conn.execute(
        "INSERT INTO messages (id, conversation_id, parent_id, role, content, thinking, "
        "created, state, stats, model, picked, sort_key) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            message_id,
            conversation_id,
            parent_id,
            role,
            content,
            thinking,
            created,
            state,
            dumps(stats),
            model,
            picked,
            sort_key(created, message_id),
        ),
    )
    return message_id


def add_message(
    db: sqlite3.Connection,
    conversation_id: int,
    parent: int | None,
    role: str,
    content: str,
    thinking: str = "",
    *,
    state: str = COMPLETE,
    model: str | None = None,
    stats: Mapping[str, Any] | None = None,
) -> int:
    """Insert a message as the shown version, touch the conversation, maybe set the title."""
    if role not in ROLES:
        raise HistoryError(
            f"'{role}' is not a message role; use one of {', '.join(ROLES)}.", "invalid"
        )
    stamp = now_ms()
    message_id = insert_message(
        db,
        conversation_id=conversation_id,
        parent_id=parent,
        role=role,
        content=content,
        thinking=thinking,
        created=stamp,
        state=state,
        stats=stats,
        model=model,
    )
    db.execute("UPDATE conversations SET updated = ? WHERE id = ?", (stamp, conversation_id))
    if role == "user":
        auto_title(db, conversation_id, parent, content)
    return message_id


def first_user_message(db: sqlite3.Connection, conversation_id: int) -> Message | None:
    rows = db.execute(
        f"SELECT {MESSAGE_COLUMNS} FROM messages WHERE conversation_id = ?", (conversation_id,)
    ).fetchall()
    for row, ids in shown_thread(rows):
        if row[3] == "user":
            return message_from_row(row, ids)
    return None


def auto_title(
    db: sqlite3.Connection, conversation_id: int, parent_id: int | None, text: str
) -> None:
    """Title from the first user message of the thread, unless the user named the chat."""
    named = db.execute(
        "SELECT title_set_by_user FROM conversations WHERE id = ?", (conversation_id,)
    ).fetchone()
    if named is None or named[0]:
        return
    earlier_user = db.execute(
        "WITH RECURSIVE up(id, parent_id, role) AS ("
        " SELECT id, parent_id, role FROM messages WHERE id = ?"
        " UNION ALL SELECT m.id, m.parent_id, m.role FROM messages AS m"
        " JOIN up ON m.id = up.parent_id"
        ") SELECT 1 FROM up WHERE role = 'user' LIMIT 1",
        (parent_id,),
    ).fetchone()
    if earlier_user is None:
        db.execute(
            "UPDATE conversations SET title = ? WHERE id = ?",
            (title_from_text(text), conversation_id),
        )
