"""The conversation history store: every conversation, kept in SQLite in the data folder.

One :class:`HistoryStore` owns one connection. It may be created on one thread and used on
another; a lock makes each call whole. Writes are one transaction each. A streaming reply is
buffered in memory by :meth:`HistoryStore.append` and committed at least every
``flush_interval`` seconds and on :meth:`HistoryStore.finish` (see ``history_stream``); a reply
found unfinished when the file is next opened is kept and marked interrupted.

Messages form a tree: regenerating a reply or editing a user message adds a sibling
*version*; the version shown is remembered, and :meth:`HistoryStore.path` returns the thread
as shown. Search lives in ``history_search``, export and import in ``history_io``.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from types import TracebackType
from typing import Any

from desktop.core.atomic import write_text_atomic
from desktop.core.history import search as history_search
from desktop.core.history.records import (
    COMPLETE,
    INTERRUPTED,
    STREAMING,
    THINKING_MODES,
    Conversation,
    HistoryError,
    Message,
    SearchHit,
    clean_model,
    clean_text,
    now_ms,
    title_from_text,
    translate_error,
)
from desktop.core.history.schema import connect
from desktop.core.history.sql import (
    CONVERSATION_COLUMNS,
    MESSAGE_COLUMNS,
    add_message,
    auto_title,
    conversation_from_row,
    dumps,
    first_user_message,
    get_conversation,
    get_message,
    insert_conversation,
    message_from_row,
    next_picked,
    shown_thread,
    thread_leaf,
)
from desktop.core.history.streaming import ReplyStreams
from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.paths import app_paths

FLUSH_INTERVAL_S = 0.5  # streamed text reaches the disk at most this long after append()

__all__ = ["Conversation", "HistoryError", "HistoryStore", "Message", "SearchHit"]

# A message and every message below it (its branch), as an SQL subquery on one id.
_BRANCH_SQL = (
    "WITH RECURSIVE branch(id) AS (SELECT ? UNION ALL "
    "SELECT m.id FROM messages AS m JOIN branch AS b ON m.parent_id = b.id) "
    "SELECT id FROM branch"
)

UNSET: Any = type("Unset", (), {"__repr__": lambda self: "UNSET"})()


class HistoryStore:
    """Conversations and their messages. Open with :meth:`open`; close when done."""

    def __init__(
        self, conn: sqlite3.Connection, path: Path, flush_interval: float = FLUSH_INTERVAL_S
    ) -> None:
        self._conn = conn
        self._path = path
        self._lock = threading.RLock()
        self._closed = False
        self._replies = ReplyStreams(self._lock, self._writing, flush_interval)

    @classmethod
    def open(
        cls,
        path: Path | None = None,
        *,
        full_check: bool | None = True,
        flush_interval: float = FLUSH_INTERVAL_S,
    ) -> tuple[HistoryStore, str | None]:
        """Open the history (default: the data folder's), creating or upgrading it.

        Returns the store and, if the old file was damaged and moved aside, a message for the
        user saying where it went. Replies left streaming by a crash are marked interrupted.
        ``full_check=False`` runs SQLite's quicker ``quick_check`` instead of
        ``integrity_check`` on the existing file; ``None`` only checks the header and version
        (the app does that after a clean exit: a scan costs ~0.3 s per 300 MB).
        """
        path = path if path is not None else app_paths().history_db
        conn, note = connect(path, full_check=full_check)
        store = cls(conn, path, flush_interval)
        try:
            with store._writing(
                QT_TRANSLATE_NOOP("HistoryAction", "mark unfinished replies")
            ) as db:
                db.execute(
                    "UPDATE messages SET state = ? WHERE state = ?", (INTERRUPTED, STREAMING)
                )
        except BaseException:
            conn.close()
            raise
        return store, note

    @property
    def db_path(self) -> Path:
        """The database file."""
        return self._path

    def close(self) -> None:
        """Write what is buffered, mark unfinished replies interrupted, and close the file."""
        if self._closed:
            return
        still_open = self._replies.stop()
        with self._lock:
            if self._closed:
                return
            if still_open:
                with contextlib.suppress(HistoryError), self._writing("close") as db:
                    db.executemany(
                        "UPDATE messages SET state = ? WHERE id = ?",
                        [(INTERRUPTED, message_id) for message_id in still_open],
                    )
            self._closed = True
            self._conn.close()

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- conversations -------------------------------------------------------------------

    def create_conversation(
        self,
        title: str = "",
        *,
        model: str | None = None,
        system_prompt: str = "",
        thinking_mode: str = "auto",
        sampling: Mapping[str, Any] | None = None,
    ) -> Conversation:
        """A new conversation. Without a title it takes one from its first user message."""
        title = title_from_text(
            clean_text(title, QT_TRANSLATE_NOOP("HistoryField", "title")), limit=200
        )
        system_prompt = clean_text(
            system_prompt, QT_TRANSLATE_NOOP("HistoryField", "system prompt")
        )
        _check_mode(thinking_mode)
        with self._writing(QT_TRANSLATE_NOOP("HistoryAction", "create the conversation")) as db:
            stamp = now_ms()
            conversation_id = insert_conversation(
                db,
                title=title,
                created=stamp,
                updated=stamp,
                model=clean_model(model),
                system_prompt=system_prompt,
                thinking_mode=thinking_mode,
                sampling=sampling,
                title_set_by_user=bool(title),
            )
            return get_conversation(db, conversation_id)

    def get_conversation(self, conversation_id: int) -> Conversation:
        with self._reading(QT_TRANSLATE_NOOP("HistoryAction", "read the conversation")) as db:
            return get_conversation(db, conversation_id)

    def list_conversations(self, limit: int | None = None, offset: int = 0) -> list[Conversation]:
        """Conversations not in the trash: pinned first, then most recently active first."""
        with self._reading(QT_TRANSLATE_NOOP("HistoryAction", "list the conversations")) as db:
            rows = db.execute(
                f"SELECT {CONVERSATION_COLUMNS} FROM conversations WHERE trashed IS NULL "
                "ORDER BY pinned DESC, updated DESC, id DESC LIMIT ? OFFSET ?",
                (-1 if limit is None else limit, offset),
            ).fetchall()
        return [conversation_from_row(row) for row in rows]

    def rename(self, conversation_id: int, title: str) -> Conversation:
        """Set the title; an empty title goes back to the automatic one."""
        title = title_from_text(
            clean_text(title, QT_TRANSLATE_NOOP("HistoryField", "title")), limit=200
        )
        with self._writing(QT_TRANSLATE_NOOP("HistoryAction", "rename the conversation")) as db:
            get_conversation(db, conversation_id)
            db.execute(
                "UPDATE conversations SET title = ?, title_set_by_user = ? WHERE id = ?",
                (title, int(bool(title)), conversation_id),
            )
            first = None if title else first_user_message(db, conversation_id)
            if first is not None:
                auto_title(db, conversation_id, first.parent_id, first.content)
            return get_conversation(db, conversation_id)

    def set_written_title(self, conversation_id: int, title: str, replaces: str) -> bool:
        """Set a title written for the chat (by the model) if its title is still ``replaces``
        and the user has not named it; True when it was set. Compare-and-set in one statement,
        so a rename made meanwhile always wins."""
        title = title_from_text(
            clean_text(title, QT_TRANSLATE_NOOP("HistoryField", "title")), limit=200
        )
        if not title:
            return False
        with self._writing(QT_TRANSLATE_NOOP("HistoryAction", "set the conversation title")) as db:
            done = db.execute(
                "UPDATE conversations SET title = ? "
                "WHERE id = ? AND title_set_by_user = 0 AND title = ? AND trashed IS NULL",
                (title, conversation_id, replaces),
            )
            return done.rowcount == 1

    def set_pinned(self, conversation_id: int, pinned: bool) -> None:
        """Pinned conversations come first in :meth:`list_conversations`."""
        self._set(
            conversation_id,
            "pinned",
            int(pinned),
            QT_TRANSLATE_NOOP("HistoryAction", "pin the conversation"),
        )

    def update_conversation(
        self,
        conversation_id: int,
        *,
        model: str | None = UNSET,
        system_prompt: str = UNSET,
        thinking_mode: str = UNSET,
        sampling: Mapping[str, Any] | None = UNSET,
    ) -> Conversation:
        """Change the conversation's settings; arguments left out stay as they are."""
        fields: dict[str, Any] = {}
        if model is not UNSET:
            fields["model"] = clean_model(model)
        if system_prompt is not UNSET:
            fields["system_prompt"] = clean_text(
                system_prompt, QT_TRANSLATE_NOOP("HistoryField", "system prompt")
            )
        if thinking_mode is not UNSET:
            fields["thinking_mode"] = _check_mode(thinking_mode)
        if sampling is not UNSET:
            fields["sampling"] = dumps(sampling)
        with self._writing(
            QT_TRANSLATE_NOOP("HistoryAction", "save the conversation settings")
        ) as db:
            get_conversation(db, conversation_id)
            for name, value in fields.items():
                db.execute(
                    f"UPDATE conversations SET {name} = ? WHERE id = ?", (value, conversation_id)
                )
            return get_conversation(db, conversation_id)

    # -- messages -----------------------------------------------------------------------

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

    def delete_message(self, message_id: int) -> None:
        """Delete one message (one version) and every message after it on its branch, for
        good; the sibling versions stay. (The transcript's Delete uses :meth:`trash_message`.)"""
        with (
            self._lock,
            self._writing(QT_TRANSLATE_NOOP("HistoryAction", "delete the message")) as db,
        ):
            if db.execute("SELECT 1 FROM messages WHERE id = ?", (message_id,)).fetchone():
                db.execute("DELETE FROM messages WHERE id = ?", (message_id,))  # cascades

    def trash_message(self, message_id: int) -> None:
        """Move one message (one version) and what follows it on its branch to the trash; the
        sibling versions stay. :meth:`restore_message` undoes it; emptying the trash deletes
        it for good."""
        with (
            self._lock,
            self._writing(
                QT_TRANSLATE_NOOP("HistoryAction", "move the message to the trash")
            ) as db,
        ):
            get_message(db, message_id)
            db.execute(
                f"UPDATE messages SET trashed = ? WHERE id IN ({_BRANCH_SQL}) AND trashed IS NULL",
                (now_ms(), message_id),
            )

    def restore_message(self, message_id: int) -> None:
        """Bring a trashed message back, with what was trashed together with it."""
        with (
            self._lock,
            self._writing(QT_TRANSLATE_NOOP("HistoryAction", "restore the message")) as db,
        ):
            row = db.execute("SELECT trashed FROM messages WHERE id = ?", (message_id,))
            found = row.fetchone()
            if found is None or found[0] is None:
                return
            db.execute(
                f"UPDATE messages SET trashed = NULL WHERE id IN ({_BRANCH_SQL}) AND trashed = ?",
                (message_id, found[0]),
            )

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

    # -- trash ----------------------------------------------------------------------------

    def trash(self, conversation_id: int) -> None:
        """Move a conversation to the trash (restorable until the trash is emptied)."""
        self._set(
            conversation_id,
            "trashed",
            now_ms(),
            QT_TRANSLATE_NOOP("HistoryAction", "move the conversation to the trash"),
        )

    def restore(self, conversation_id: int) -> None:
        """Take a conversation back out of the trash."""
        self._set(
            conversation_id,
            "trashed",
            None,
            QT_TRANSLATE_NOOP("HistoryAction", "restore the conversation"),
        )

    def list_trash(self) -> list[Conversation]:
        """Conversations in the trash, most recently trashed first."""
        with self._reading(QT_TRANSLATE_NOOP("HistoryAction", "list the trash")) as db:
            rows = db.execute(
                f"SELECT {CONVERSATION_COLUMNS} FROM conversations WHERE trashed IS NOT NULL "
                "ORDER BY trashed DESC, id DESC"
            ).fetchall()
        return [conversation_from_row(row) for row in rows]

    def delete_forever(self, conversation_id: int) -> None:
        """Delete one conversation of the trash for good, with its messages."""
        with self._lock:
            with self._writing(QT_TRANSLATE_NOOP("HistoryAction", "delete the conversation")) as db:
                if get_conversation(db, conversation_id).trashed is None:
                    raise HistoryError(
                        translate(
                            "History", "Only a conversation in the trash can be deleted for good."
                        ),
                        "invalid",
                    )
                db.execute("DELETE FROM conversations WHERE id = ?", (conversation_id,))
            self._replies.forget_conversations({conversation_id})

    def trashed_message_count(self) -> int:
        """Messages deleted from chats still kept (they go when the trash is emptied)."""
        with self._reading(QT_TRANSLATE_NOOP("HistoryAction", "count the deleted messages")) as db:
            row = db.execute(
                "SELECT COUNT(*) FROM messages m JOIN conversations c "
                "ON c.id = m.conversation_id WHERE m.trashed IS NOT NULL AND c.trashed IS NULL"
            ).fetchone()
        return int(row[0])

    def empty_trash(self) -> int:
        """Delete the conversations in the trash for good; returns how many."""
        with self._lock:
            with self._writing(QT_TRANSLATE_NOOP("HistoryAction", "empty the trash")) as db:
                rows = db.execute("SELECT id FROM conversations WHERE trashed IS NOT NULL")
                gone = {row[0] for row in rows}
                db.execute("DELETE FROM conversations WHERE trashed IS NOT NULL")
                db.execute("DELETE FROM messages WHERE trashed IS NOT NULL")
            self._replies.forget_conversations(gone)  # their replies went with them
        return len(gone)

    # -- search, export, import -----------------------------------------------------------

    def search(
        self, query: str, limit: int = 20, offset: int = 0, include_thinking: bool = False
    ) -> list[SearchHit]:
        """Messages and titles containing every word of ``query``, newest first."""
        with self._reading(QT_TRANSLATE_NOOP("HistoryAction", "search the history")) as db:
            return history_search.search(db, query, limit, offset, include_thinking)

    def export_json(self, conversation_ids: Sequence[int] | None = None) -> str:
        """Everything (versions, thinking, stats) as JSON; all outside the trash when None."""
        with self._lock:
            self._replies.flush()
            with self._reading(QT_TRANSLATE_NOOP("HistoryAction", "export the history")) as db:
                return _transfer().export_json(db, conversation_ids)

    def export_markdown(self, conversation_ids: Sequence[int] | None = None) -> str:
        """The shown threads as Markdown, thinking in collapsible <details> blocks."""
        with self._lock:
            self._replies.flush()
            with self._reading(QT_TRANSLATE_NOOP("HistoryAction", "export the history")) as db:
                return _transfer().export_markdown(db, conversation_ids)

    def export_file(
        self, target: Path, conversation_ids: Sequence[int] | None = None, kind: str = ""
    ) -> None:
        """Write an export atomically; ``kind`` is "json" or "markdown" (default: by suffix)."""
        kind = kind or ("json" if target.suffix.lower() == ".json" else "markdown")
        if kind not in ("json", "markdown"):
            raise HistoryError(
                f"'{kind}' is not an export format; use json or markdown.", "invalid"
            )
        text = (
            self.export_json(conversation_ids)
            if kind == "json"
            else self.export_markdown(conversation_ids)
        )
        try:
            write_text_atomic(target, text)
        except OSError as exc:
            raise HistoryError(
                translate(
                    "History",
                    "The export could not be written to {target} ({error}). Choose another folder"
                    " or free some disk space.",
                ).format(target=target, error=exc.strerror or exc),
                "io",
            ) from exc

    def import_json(self, source: str | bytes | Path) -> list[int]:
        """Import our own JSON export, all or nothing. Returns the new conversation ids."""
        data = _transfer().parse_json(source)
        with self._writing(QT_TRANSLATE_NOOP("HistoryAction", "import the conversations")) as db:
            return _transfer().import_ours(db, data)

    def import_openai(self, source: str | bytes | Path, title: str = "") -> int:
        """Import an OpenAI-style ``[{role, content}]`` list as one new conversation."""
        data = _transfer().parse_json(source)
        with self._writing(QT_TRANSLATE_NOOP("HistoryAction", "import the conversation")) as db:
            return _transfer().import_openai(db, data, title)

    def import_file(
        self, source: str | bytes | Path, *, skip_duplicates: bool = False
    ) -> list[int]:
        """Import either format, telling them apart by their shape; ``skip_duplicates``
        leaves out the chats already here (see :meth:`import_duplicates`)."""
        data = _transfer().parse_json(source)
        with self._writing(QT_TRANSLATE_NOOP("HistoryAction", "import the conversations")) as db:
            if _transfer().is_ours(data):
                skip = _transfer().duplicates(db, data) if skip_duplicates else ()
                return _transfer().import_ours(db, data, skip)
            return [_transfer().import_openai(db, data, "")]

    def import_duplicates(self, source: str | bytes | Path) -> tuple[int, int]:
        """(chats in the file, how many of them are already in the history), to ask before
        importing the same export twice."""
        data = _transfer().parse_json(source)
        with self._lock:
            self._replies.flush()
            with self._reading(
                QT_TRANSLATE_NOOP("HistoryAction", "read the conversations to import")
            ) as db:
                found = _transfer().duplicates(db, data)
        if not _transfer().is_ours(data):
            return 1, 0  # an OpenAI-style list is one chat, with nothing to match it by
        conversations = data.get("conversations") if isinstance(data, dict) else None
        return len(conversations) if isinstance(conversations, list) else 0, len(found)

    # -- internals ------------------------------------------------------------------------

    @contextlib.contextmanager
    def _reading(self, doing: str) -> Iterator[sqlite3.Connection]:
        with self._lock:
            if self._closed:
                raise HistoryError(
                    translate("History", "The conversation history is closed."),
                    "closed",
                )
            try:
                yield self._conn
            except sqlite3.Error as exc:
                raise translate_error(exc, doing) from exc

    @contextlib.contextmanager
    def _writing(self, doing: str) -> Iterator[sqlite3.Connection]:
        """One transaction: committed whole, or rolled back whole on any error."""
        with self._lock:
            if self._closed:
                raise HistoryError(
                    translate("History", "The conversation history is closed."),
                    "closed",
                )
            conn = self._conn
            try:
                conn.execute("BEGIN IMMEDIATE")
                yield conn
                conn.execute("COMMIT")
            except BaseException as exc:
                if conn.in_transaction:
                    with contextlib.suppress(sqlite3.Error):
                        conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise translate_error(exc, doing) from exc
                raise

    def _set(self, conversation_id: int, column: str, value: object, doing: str) -> None:
        with self._writing(doing) as db:
            get_conversation(db, conversation_id)
            db.execute(
                f"UPDATE conversations SET {column} = ? WHERE id = ?", (value, conversation_id)
            )

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


def _check_mode(mode: str) -> str:
    if mode not in THINKING_MODES:
        raise HistoryError(
            f"'{mode}' is not a thinking mode; use one of {', '.join(THINKING_MODES)}.", "invalid"
        )
    return mode


def _transfer() -> Any:
    """Export and import (loaded when first used: they are not needed to open the app)."""
    from desktop.core.history import transfer

    return transfer
