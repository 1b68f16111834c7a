"""The history store's one connection: its lock, its read and write transactions.

:class:`StoreConnection` is the base of every part of the store (conversations.py,
messages.py, trash.py, export_import.py); ``store.HistoryStore`` joins them. One lock makes
each call whole, so the store may be created on one thread and used on another; a write is one
transaction, committed whole or rolled back whole. It also owns the buffer streamed replies
are written through (``streaming.ReplyStreams``).
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

from desktop.core.history.records import HistoryError, translate_error
from desktop.core.history.sql import get_conversation
from desktop.core.history.streaming import ReplyStreams
from desktop.core.i18n import translate

FLUSH_INTERVAL_S = 0.5  # streamed text reaches the disk at most this long after append()


class StoreConnection:
    """The connection, its lock and the reply buffer, shared by the parts of the store."""

    def __init__(
        self, conn: sqlite3.Connection, path: Path, flush_interval: float = FLUSH_INTERVAL_S
    ) -> None:
        self._conn = conn
        self._path = path
        self._lock = threading.RLock()
        self._closed = False
        self._replies = ReplyStreams(self._lock, self._writing, flush_interval)

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
