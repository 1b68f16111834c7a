"""Taking conversations out of the app (Markdown, JSON) and bringing them back in.

Our JSON keeps everything — every version, thinking, stats — and imports back exactly: an
export of an import equals the original export. Message ids in the file are numbers local to
their conversation; ``parent`` refers to an earlier one. The OpenAI-style ``[{role,
content}]`` list imports as one linear conversation. Imports are checked whole before anything
is written, and the caller runs the writing in one transaction: nothing half-imported remains.
Importing an export again would copy every chat a second time, so :func:`duplicates` finds the
chats already here and :func:`import_ours` can leave them out.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Sequence
from datetime import UTC, datetime
from typing import Any

from desktop.core.history.records import (
    COMPLETE,
    INTERRUPTED,
    STREAMING,
    TOOL_CALL,
    HistoryError,
    ms_to_datetime,
    now_ms,
    title_from_text,
)
from desktop.core.history.sources import source_lines
from desktop.core.history.sql import (
    CONVERSATION_COLUMNS,
    MESSAGE_COLUMNS,
    conversation_from_row,
    insert_conversation,
    insert_message,
    loads,
    message_from_row,
    shown_thread,
)
from desktop.core.history.tool_calls import fenced, openai_tool_stats, tool_call_lines
from desktop.core.history.transfer_check import (
    Checker,
    ImportProblem,
    parse_json,
)
from desktop.core.i18n import translate
from desktop.core.thinking import CLOSE_TAG, split_text

FORMAT = "qwen-desk-history"
FORMAT_VERSION = 1

__all__ = [
    "duplicates",
    "export_json",
    "export_markdown",
    "import_openai",
    "import_ours",
    "parse_json",
]


def iso(ms: int) -> str:
    return ms_to_datetime(ms).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _conversation_rows(db: sqlite3.Connection, ids: Sequence[int] | None) -> list[tuple[Any, ...]]:
    if ids is None:
        return db.execute(
            f"SELECT {CONVERSATION_COLUMNS} FROM conversations WHERE trashed IS NULL "
            "ORDER BY created, id"
        ).fetchall()
    rows = []
    for conversation_id in ids:
        row = db.execute(
            f"SELECT {CONVERSATION_COLUMNS} FROM conversations WHERE id = ?", (conversation_id,)
        ).fetchone()
        if row is None:
            raise HistoryError(
                translate(
                    "History",
                    "Conversation {conversation_id} does not exist, so it cannot be exported.",
                ).format(conversation_id=conversation_id),
                "not_found",
            )
        rows.append(row)
    return rows


def _message_rows(db: sqlite3.Connection, conversation_id: int) -> list[tuple[Any, ...]]:
    return db.execute(
        f"SELECT {MESSAGE_COLUMNS} FROM messages WHERE conversation_id = ? "
        "AND trashed IS NULL ORDER BY id",
        (conversation_id,),
    ).fetchall()


def export_json(db: sqlite3.Connection, ids: Sequence[int] | None = None) -> str:
    """Conversations (all outside the trash when ``ids`` is None) as our JSON format."""
    conversations = []
    for row in _conversation_rows(db, ids):
        messages = _message_rows(db, row[0])
        local = {r[0]: index for index, r in enumerate(messages, start=1)}
        # "shown" marks the chosen version among its siblings (also off the shown thread).
        chosen: dict[int | None, tuple[int, int]] = {}
        for r in messages:
            chosen[r[2]] = max(chosen.get(r[2], (-1, -1)), (r[10], r[0]))
        shown = {message_id for _, message_id in chosen.values()}
        conversations.append(
            {
                "title": row[1],
                "title_set_by_user": bool(row[9]),
                "created": iso(row[2]),
                "updated": iso(row[3]),
                "pinned": bool(row[4]),
                "model": row[5],
                "system_prompt": row[6],
                "thinking_mode": row[7],
                "sampling": loads(row[8]),
                "trashed": iso(row[10]) if row[10] is not None else None,
                "messages": [
                    {
                        "id": local[r[0]],
                        "parent": local.get(r[2]) if r[2] is not None else None,
                        "role": r[3],
                        "content": r[4],
                        "thinking": r[5],
                        "created": iso(r[6]),
                        "state": r[7],
                        "stats": loads(r[8]),
                        "model": r[9],
                        "shown": r[0] in shown,
                    }
                    for r in messages
                ],
            }
        )
    document = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "exported": iso(now_ms()),
        "conversations": conversations,
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _stats_line(stats: dict[str, Any]) -> str:
    parts = []
    if isinstance(stats.get("generated_tokens"), int):
        parts.append(f"{stats['generated_tokens']} tokens")
    if isinstance(stats.get("generation_tps"), int | float):
        parts.append(f"{stats['generation_tps']:.1f} tok/s")
    if isinstance(stats.get("ttft_s"), int | float):
        parts.append(f"first token after {stats['ttft_s']:.2f} s")
    if stats.get("stop_reason"):
        parts.append(f"stopped: {stats['stop_reason']}")
    return " · ".join(parts)


def _when(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def export_markdown(db: sqlite3.Connection, ids: Sequence[int] | None = None) -> str:
    """The shown thread of each conversation as Markdown; thinking in <details> blocks."""
    parts = []
    for row in _conversation_rows(db, ids):
        conversation = conversation_from_row(row)
        thread = [message_from_row(r, v) for r, v in shown_thread(_message_rows(db, row[0]))]
        lines = [f"# {conversation.title or 'Untitled conversation'}", ""]
        about = [f"Created {_when(conversation.created)}"]
        if conversation.model:
            about.append(f"model {conversation.model}")
        # The chat's thinking switch says nothing of a model that cannot think: name thinking
        # only where a reply below shows some.
        if any(m.thinking for m in thread if m.role == "assistant"):
            about.append("with thinking")
        lines += ["*" + " · ".join(about) + "*", ""]
        if conversation.system_prompt:
            lines += ["**System prompt**", ""]
            lines += ["> " + line for line in conversation.system_prompt.splitlines()] + [""]
        for message in thread:
            versions = message.versions
            who = {"user": "You", "assistant": "Assistant"}.get(message.role, message.role.title())
            heading = [who]
            call = message.stats.get(TOOL_CALL)
            if message.role == "tool" and isinstance(call, dict) and call.get("name"):
                heading.append(str(call["name"]))
            if message.model and message.role == "assistant":
                heading.append(message.model)
            heading.append(_when(message.created))
            if len(versions) > 1:
                heading.append(f"version {message.version} of {len(versions)}")
            lines += ["## " + " · ".join(heading), ""]
            if message.thinking:
                safe = message.thinking.replace("</details>", "&lt;/details&gt;")
                lines += [
                    "<details>",
                    "<summary>Thinking</summary>",
                    "",
                    safe,
                    "",
                    "</details>",
                    "",
                ]
            if message.role == "tool":
                lines += fenced(message.content, "text")
            else:
                lines += [message.content, ""]
            lines += tool_call_lines(message.stats)
            lines += source_lines(message.stats)
            notes = _stats_line(dict(message.stats))
            if message.state == INTERRUPTED:
                notes = "interrupted" + (" · " + notes if notes else "")
            if notes:
                lines += [f"*{notes}*", ""]
        parts.append("\n".join(lines).rstrip() + "\n")
    return "\n---\n\n".join(parts)


def is_ours(data: object) -> bool:
    return isinstance(data, dict) and data.get("format") == FORMAT


def duplicates(db: sqlite3.Connection, data: object) -> list[int]:
    """Positions (in the file) of the chats of our JSON format that are already in the history
    outside the trash: a chat begun at the same millisecond that holds every message of the
    file's (same role, text and time), even if it went on after the export."""
    if not is_ours(data):
        return []
    try:
        conversations = _check_ours(data)
    except ImportProblem as problem:
        raise problem.error() from None
    found = []
    for index, (fields, messages) in enumerate(conversations):
        candidates = db.execute(
            "SELECT id FROM conversations WHERE created = ? AND trashed IS NULL",
            (fields["created"],),
        ).fetchall()
        wanted = {(m["role"], m["content"], m["created"]) for _, _, m in messages}
        for (conversation_id,) in candidates:
            have = set(
                db.execute(
                    "SELECT role, content, created FROM messages WHERE conversation_id = ?",
                    (conversation_id,),
                )
            )
            if wanted <= have:
                found.append(index)
                break
    return found


def import_ours(db: sqlite3.Connection, data: object, skip: Collection[int] = ()) -> list[int]:
    """Insert every conversation of our JSON format but those at the positions in ``skip``
    (see :func:`duplicates`); returns their new ids."""
    try:
        conversations = _check_ours(data)
    except ImportProblem as problem:
        raise problem.error() from None
    new_ids = []
    for index, (conversation, messages) in enumerate(conversations):
        if index in skip:
            continue
        conversation_id = insert_conversation(db, **conversation)
        local: dict[int, int] = {}
        for local_id, parent, fields in messages:
            local[local_id] = insert_message(
                db,
                conversation_id=conversation_id,
                parent_id=local[parent] if parent is not None else None,
                **fields,
            )
        new_ids.append(conversation_id)
    return new_ids


Checked = list[tuple[dict[str, Any], list[tuple[int, int | None, dict[str, Any]]]]]


def _check_ours(data: object) -> Checked:
    top = Checker(data, "the file")
    if not is_ours(data):
        raise ImportProblem("format", f'is not "{FORMAT}"; this is not a Qwen Desk export')
    version = top.integer("version")
    if version > FORMAT_VERSION:
        raise ImportProblem(
            "version", f"is {version}: the file was made by a newer Qwen Desk; update to import it"
        )
    out: Checked = []
    for conv in top.items("conversations"):
        fields = {
            "title": conv.text("title"),
            "title_set_by_user": conv.boolean("title_set_by_user", False),
            "created": conv.time("created"),
            "updated": conv.time("updated"),
            "pinned": conv.boolean("pinned", False),
            "model": conv.text_or_none("model"),
            "system_prompt": conv.text("system_prompt", ""),
            "thinking_mode": conv.choice("thinking_mode", ("auto", "on", "off"), "auto"),
            "sampling": conv.mapping("sampling"),
            "trashed": conv.time_or_none("trashed"),
        }
        messages: list[tuple[int, int | None, dict[str, Any]]] = []
        seen: set[int] = set()
        for msg in conv.items("messages"):
            local_id = msg.integer("id")
            if local_id in seen:
                raise ImportProblem(msg.where("id"), f"{local_id} is used twice")
            parent = msg.integer_or_none("parent")
            if parent is not None and parent not in seen:
                raise ImportProblem(
                    msg.where("parent"), f"refers to message {parent}, which is not listed before"
                )
            seen.add(local_id)
            state = msg.choice("state", (COMPLETE, INTERRUPTED, STREAMING), COMPLETE)
            messages.append(
                (
                    local_id,
                    parent,
                    {
                        "role": msg.choice("role", ("system", "user", "assistant", "tool")),
                        "content": msg.text("content"),
                        "thinking": msg.text("thinking", ""),
                        "created": msg.time("created"),
                        "state": INTERRUPTED if state == STREAMING else state,
                        "stats": msg.mapping("stats"),
                        "model": msg.text_or_none("model"),
                        "picked": 1 if msg.boolean("shown", False) else 0,
                    },
                )
            )
        out.append((fields, messages))
    return out


def import_openai(db: sqlite3.Connection, data: object, title: str = "") -> int:
    """Insert an OpenAI-style message list (or ``{"messages": [...]}``) as one conversation."""
    try:
        conversation, messages = _check_openai(data, title)
    except ImportProblem as problem:
        raise problem.error() from None
    conversation_id = insert_conversation(db, **conversation)
    parent: int | None = None
    for fields in messages:
        parent = insert_message(db, conversation_id=conversation_id, parent_id=parent, **fields)
    return conversation_id


def _check_openai(data: object, title: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    if isinstance(data, dict):
        top = Checker(data, "the file")
        items = top.items("messages")
        title = title or (top.text_or_none("title") or "")
    elif isinstance(data, list):
        items = Checker({"": data}, "the file").items("")
    else:
        raise ImportProblem("the file", "is not a list of messages like [{role, content}]")
    if not items:
        raise ImportProblem("the file", "has no messages")
    stamp = now_ms()
    system: list[str] = []
    messages: list[dict[str, Any]] = []
    for msg in items:
        role = msg.choice("role", ("system", "developer", "user", "assistant", "tool"))
        content = msg.content_text("content")
        thinking = msg.text("reasoning_content", "")
        if role == "assistant" and CLOSE_TAG in content:
            inline, content = split_text(content)
            thinking = thinking + inline
        if role in ("system", "developer") and not messages:
            system.append(content)
            continue
        messages.append(
            {
                "role": "system" if role == "developer" else role,
                "content": content,
                "thinking": thinking,
                "created": stamp,
                "state": COMPLETE,
                "stats": openai_tool_stats(msg, role),
                "model": None,
            }
        )
    first_user = next((m["content"] for m in messages if m["role"] == "user"), "")
    conversation = {
        "title": title_from_text(title, limit=200) or title_from_text(first_user),
        "title_set_by_user": bool(title_from_text(title)),
        "created": stamp,
        "updated": stamp,
        "system_prompt": "\n\n".join(system),
    }
    return conversation, messages
