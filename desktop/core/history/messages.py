"""The store's messages: added, edited, read as the shown thread, and replies streamed in.

Messages form a tree: regenerating a reply or editing a user message adds a sibling
*version*; the version shown is remembered, and :meth:`Messages.path` returns the thread as
shown. A streaming reply is buffered in memory by :meth:`Messages.append` and committed at
least every ``flush_interval`` seconds and on :meth:`Messages.finish` (see ``streaming.py``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from desktop.core.history.connection import StoreConnection
from desktop.core.history.records import (
    COMPLETE,
    STREAMING,
    HistoryError,
    Message,
    clean_model,
    clean_text,
    now_ms,
)
from desktop.core.history.sql import (
    MESSAGE_COLUMNS,
    add_message,
    auto_title,
    dumps,
    get_conversation,
    get_message,
    message_from_row,
    next_picked,
    shown_thread,
    thread_leaf,
)
from desktop.core.i18n import QT_TRANSLATE_NOOP, translate


class Messages(StoreConnection):
    """Messages, their versions, and the replies streamed into them."""

    def add_message(
        self,
        conversation_id: int,
        role: str,
        content: str,
        *,
        thinking: str = "",
        after: int | None = None,
        model: str | None = None,
        stats: Mapping[str, Any] | None = None,
    ) -> Message:
        """Add a finished message after ``after`` (default: the end of the shown thread)."""
        content = clean_text(content, QT_TRANSLATE_NOOP("HistoryField", "message"))
        thinking = clean_text(thinking, QT_TRANSLATE_NOOP("HistoryField", "thinking text"))
        with self._writing(QT_TRANSLATE_NOOP("HistoryAction", "save the message")) as db:
            parent = self._parent_for(db, conversation_id, after)
            message_id = add_message(
                db,
                conversation_id,
                parent,
                role,
                content,
                thinking,
                model=clean_model(model),
                stats=stats,
            )
            return get_message(db, message_id)

    def add_user_message(
        self, conversation_id: int, text: str, *, after: int | None = None
    ) -> Message:
        """Commit the user's message (before generation starts); may set the title."""
        return self.add_message(conversation_id, "user", text, after=after)

    def edit_user_message(self, message_id: int, text: str) -> Message:
        """A new version of a user message (a sibling), shown from now on."""
        text = clean_text(text, QT_TRANSLATE_NOOP("HistoryField", "message"))
        with self._writing(QT_TRANSLATE_NOOP("HistoryAction", "save the edited message")) as db:
            old = get_message(db, message_id)
            if old.role != "user":
                raise HistoryError(
                    translate("History", "Only your own messages can be edited."),
                    "invalid",
                )
            new_id = add_message(db, old.conversation_id, old.parent_id, "user", text)
            return get_message(db, new_id)

    def get_message(self, message_id: int) -> Message:
        with self._reading(QT_TRANSLATE_NOOP("HistoryAction", "read the message")) as db:
            return self._with_pending(get_message(db, message_id))

    def path(self, conversation_id: int) -> list[Message]:
        """The thread as shown: from the first message, the chosen version at each step."""
        with self._reading(QT_TRANSLATE_NOOP("HistoryAction", "read the conversation")) as db:
            get_conversation(db, conversation_id)
            rows = db.execute(
                f"SELECT {MESSAGE_COLUMNS} FROM messages "
                "WHERE conversation_id = ? AND trashed IS NULL",
                (conversation_id,),
            ).fetchall()
            return [self._with_pending(message_from_row(r, ids)) for r, ids in shown_thread(rows)]

    def versions(self, message_id: int) -> list[Message]:
        """Every version of a message (itself and its siblings), oldest first."""
        with self._reading(QT_TRANSLATE_NOOP("HistoryAction", "read the message versions")) as db:
            message = get_message(db, message_id)
            return [self._with_pending(get_message(db, mid)) for mid in message.versions]

    def select_version(self, message_id: int) -> None:
        """Show this version of its message from now on (and the thread below it)."""
        with self._writing(QT_TRANSLATE_NOOP("HistoryAction", "switch the message version")) as db:
            message = get_message(db, message_id)
            picked = next_picked(db, message.conversation_id, message.parent_id)
            db.execute("UPDATE messages SET picked = ? WHERE id = ?", (picked, message_id))
            if message.role == "user":
                auto_title(db, message.conversation_id, message.parent_id, message.content)

    # -- streaming replies ----------------------------------------------------------------

    def begin_reply(
        self, conversation_id: int, *, after: int | None = None, model: str | None = None
    ) -> int:
        """Create the assistant message a reply streams into (after ``after``, default the
        end of the shown thread); returns its id. Stream with :meth:`append`, end with
        :meth:`finish`."""
        with self._writing(QT_TRANSLATE_NOOP("HistoryAction", "start the reply")) as db:
            parent = self._parent_for(db, conversation_id, after)
            message_id = add_message(
                db,
                conversation_id,
                parent,
                "assistant",
                "",
                state=STREAMING,
                model=clean_model(model),
            )
        self._replies.start(message_id, conversation_id)
        return message_id

    def regenerate(self, message_id: int, *, model: str | None = None) -> int:
        """Start a new version of an assistant reply (a sibling); returns the new id."""
        with self._writing(QT_TRANSLATE_NOOP("HistoryAction", "start the new reply")) as db:
            old = get_message(db, message_id)
            if old.role != "assistant":
                raise HistoryError(
                    translate("History", "Only replies can be regenerated."),
                    "invalid",
                )
            new_id = add_message(
                db,
                old.conversation_id,
                old.parent_id,
                "assistant",
                "",
                state=STREAMING,
                model=clean_model(model) or old.model,
            )
        self._replies.start(new_id, old.conversation_id)
        return new_id

    def append(self, message_id: int, text: str = "", thinking: str = "") -> None:
        """Add streamed text to a reply: memory only; committed within the flush interval.

        Raises :class:`HistoryError` if an earlier commit failed (the text is kept)."""
        if text:
            text = clean_text(text, QT_TRANSLATE_NOOP("HistoryField", "reply"))
        if thinking:
            thinking = clean_text(thinking, QT_TRANSLATE_NOOP("HistoryField", "thinking text"))
        self._replies.append(message_id, text, thinking)

    def finish(
        self,
        message_id: int,
        stats: Mapping[str, Any] | None = None,
        stop_reason: str | None = None,
    ) -> Message:
        """Write the rest of the reply and its stats (tokens, TTFT, tok/s, stop reason)."""
        with self._lock:
            conversation_id = self._replies.conversation_of(message_id)
            content, thinking = self._replies.pending(message_id) or ("", "")
            merged = dict(stats or {})
            if stop_reason is not None:
                merged["stop_reason"] = stop_reason
            with self._writing(QT_TRANSLATE_NOOP("HistoryAction", "save the reply")) as db:
                model = db.execute("SELECT model FROM messages WHERE id = ?", (message_id,))
                merged.setdefault("model", model.fetchone()[0])
                db.execute(
                    "UPDATE messages SET content = content || ?, thinking = thinking || ?, "
                    "state = ?, stats = ? WHERE id = ?",
                    (content, thinking, COMPLETE, dumps(merged), message_id),
                )
                db.execute(
                    "UPDATE conversations SET updated = ? WHERE id = ?", (now_ms(), conversation_id)
                )
            self._replies.done(message_id)
            return self.get_message(message_id)

    def flush(self) -> None:
        """Commit buffered streamed text now."""
        self._replies.flush()

    # -- internals ------------------------------------------------------------------------

    def _parent_for(
        self, db: sqlite3.Connection, conversation_id: int, after: int | None
    ) -> int | None:
        get_conversation(db, conversation_id)
        if after is None:
            return thread_leaf(db, conversation_id)
        row = db.execute("SELECT conversation_id FROM messages WHERE id = ?", (after,)).fetchone()
        if row is None or row[0] != conversation_id:
            raise HistoryError(
                f"Message {after} is not part of conversation {conversation_id}.", "not_found"
            )
        return after

    def _with_pending(self, message: Message) -> Message:
        pending = self._replies.pending(message.id)
        if not pending or not any(pending):
            return message
        content, thinking = pending
        return replace(
            message, content=message.content + content, thinking=message.thinking + thinking
        )
