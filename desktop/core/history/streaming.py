"""Replies being streamed into the history: text buffered in memory, committed by the clock.

``append`` only adds to a list, so it can be called for every batch of tokens. Buffered text
is committed once it is ``interval`` seconds old: by the next ``append`` if one comes, else by
a small background thread that lives only while replies stream. A failed commit keeps the
text buffered and is reported by the next ``append``.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import time
from collections.abc import Callable
from contextlib import AbstractContextManager

from desktop.core.history.records import HistoryError
from desktop.core.i18n import QT_TRANSLATE_NOOP

Writing = Callable[[str], AbstractContextManager[sqlite3.Connection]]


class _Reply:
    __slots__ = ("content", "conversation_id", "thinking")

    def __init__(self, conversation_id: int) -> None:
        self.conversation_id = conversation_id
        self.content: list[str] = []
        self.thinking: list[str] = []


def not_streaming(message_id: int) -> HistoryError:
    return HistoryError(
        f"Message {message_id} is not a reply being written; start one with begin_reply().",
        "invalid",
    )


class ReplyStreams:
    """The open replies of one store. Shares the store's lock; ``writing`` is its transaction."""

    def __init__(self, lock: threading.RLock, writing: Writing, interval: float) -> None:
        self._lock = lock
        self._cond = threading.Condition(lock)
        self._writing = writing
        self._interval = interval
        self._replies: dict[int, _Reply] = {}
        self._due: float | None = None  # when the oldest buffered text must be committed
        self._error: HistoryError | None = None
        self._thread: threading.Thread | None = None
        self._stopped = False

    def start(self, message_id: int, conversation_id: int) -> None:
        with self._lock:
            self._replies[message_id] = _Reply(conversation_id)
            if self._thread is None and not self._stopped:
                self._thread = threading.Thread(target=self._run, name="history-flush", daemon=True)
                self._thread.start()

    def append(self, message_id: int, text: str, thinking: str) -> None:
        with self._lock:
            reply = self._replies.get(message_id)
            if reply is None:
                raise not_streaming(message_id)
            if text:
                reply.content.append(text)
            if thinking:
                reply.thinking.append(thinking)
            if self._error is not None:  # a background commit failed; the text is kept
                error, self._error = self._error, None
                raise error
            now = time.monotonic()
            if self._due is None:
                self._due = now + self._interval
                self._cond.notify_all()
            elif now >= self._due:
                self.flush()

    def pending(self, message_id: int) -> tuple[str, str] | None:
        """Buffered (content, thinking) of an open reply; None if it is not open."""
        with self._lock:
            reply = self._replies.get(message_id)
            if reply is None:
                return None
            return "".join(reply.content), "".join(reply.thinking)

    def conversation_of(self, message_id: int) -> int:
        with self._lock:
            reply = self._replies.get(message_id)
            if reply is None:
                raise not_streaming(message_id)
            return reply.conversation_id

    def done(self, message_id: int) -> None:
        """The reply was finished (its buffered text committed by the caller)."""
        with self._lock:
            self._replies.pop(message_id, None)
            self._error = None
            if not any(r.content or r.thinking for r in self._replies.values()):
                self._due = None
            self._cond.notify_all()

    def forget_conversations(self, conversation_ids: set[int]) -> None:
        with self._lock:
            for message_id, reply in list(self._replies.items()):
                if reply.conversation_id in conversation_ids:
                    del self._replies[message_id]
            self._cond.notify_all()

    def flush(self) -> None:
        """Commit all buffered text now. On failure the text stays buffered."""
        with self._lock:
            pending = [(mid, r) for mid, r in self._replies.items() if r.content or r.thinking]
            if pending:
                with self._writing(
                    QT_TRANSLATE_NOOP("HistoryAction", "save the reply as it streams")
                ) as db:
                    db.executemany(
                        "UPDATE messages SET content = content || ?, thinking = thinking || ? "
                        "WHERE id = ?",
                        [("".join(r.content), "".join(r.thinking), mid) for mid, r in pending],
                    )
                for _, reply in pending:
                    reply.content.clear()
                    reply.thinking.clear()
            self._due = None

    def stop(self) -> list[int]:
        """Commit what can be, end the background thread; returns the replies still open."""
        with self._lock:
            with contextlib.suppress(HistoryError):
                self.flush()
            self._stopped = True
            self._cond.notify_all()
            thread = self._thread
            still_open = list(self._replies)
            self._replies.clear()
        if thread is not None and thread is not threading.current_thread():
            thread.join()
        return still_open

    def _run(self) -> None:
        with self._cond:
            while not self._stopped and self._replies:
                due = self._due
                if due is None:
                    self._cond.wait()
                    continue
                delay = due - time.monotonic()
                if delay > 0:
                    self._cond.wait(delay)
                    continue
                try:
                    self.flush()
                except HistoryError as exc:
                    self._error = exc  # reported by the next append()
                    self._due = time.monotonic() + self._interval
            self._thread = None
