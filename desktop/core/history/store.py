"""The conversation history store: every conversation, kept in SQLite in the data folder.

One :class:`HistoryStore` owns one connection (``connection.py``: the lock that makes each
call whole, one transaction per write). Its methods live with what they work on:
``conversations.py``, ``messages.py`` (versions, the shown thread, streamed replies),
``trash.py``, ``export_import.py``; here are opening, closing and search (``search.py``).
Opening creates or upgrades the file (``schema.py``); a reply found unfinished when the file is
next opened is kept and marked interrupted.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from types import TracebackType

from desktop.core.history import search as history_search
from desktop.core.history.connection import FLUSH_INTERVAL_S
from desktop.core.history.conversations import Conversations
from desktop.core.history.export_import import ExportImport
from desktop.core.history.messages import Messages
from desktop.core.history.records import (
    INTERRUPTED,
    STREAMING,
    Conversation,
    HistoryError,
    Message,
    SearchHit,
)
from desktop.core.history.schema import connect
from desktop.core.history.trash import Trash
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.paths import app_paths

__all__ = ["Conversation", "HistoryError", "HistoryStore", "Message", "SearchHit"]


class HistoryStore(Conversations, Messages, Trash, ExportImport):
    """Conversations and their messages. Open with :meth:`open`; close when done."""

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

    def search(
        self, query: str, limit: int = 20, offset: int = 0, include_thinking: bool = False
    ) -> list[SearchHit]:
        """Messages and titles containing every word of ``query``, newest first."""
        with self._reading(QT_TRANSLATE_NOOP("HistoryAction", "search the history")) as db:
            return history_search.search(db, query, limit, offset, include_thinking)
