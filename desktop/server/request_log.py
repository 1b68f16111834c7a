"""The server's live log: one record per request with its status, tokens and speed, kept for
the Server panel (and printed by the headless server). Thread-safe; subscribers are called on
the server's thread."""

from __future__ import annotations

import collections
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

Subscriber = Callable[["RequestRecord"], None]


@dataclass(frozen=True)
class RequestRecord:
    started: float  # wall-clock time the request arrived
    client: str
    method: str
    path: str
    status: int
    duration_s: float
    model: str = ""
    stream: bool = False
    prompt_tokens: int = 0
    completion_tokens: int = 0
    reasoning_tokens: int = 0
    tokens_per_s: float = 0.0
    ttft_s: float = 0.0  # the request's arrival to its first token (queue wait included)
    finish: str = ""  # stop / length / cancelled / error; empty for other requests
    error: str = ""

    def line(self) -> str:
        """One log line: ``12:03:04  POST /v1/chat/completions  200  31 → 120 tokens ...``."""
        clock = time.strftime("%H:%M:%S", time.localtime(self.started))
        parts = [clock, f"{self.method} {self.path}", str(self.status)]
        if self.completion_tokens or self.prompt_tokens:
            tokens = f"{self.prompt_tokens} → {self.completion_tokens} tokens"
            if self.reasoning_tokens:
                tokens += f" ({self.reasoning_tokens} thinking)"
            parts.append(tokens)
        if self.tokens_per_s:
            parts.append(f"{self.tokens_per_s:.1f} tok/s")
        if self.finish and self.finish not in ("stop", "length"):
            parts.append(self.finish)
        parts.append(f"{self.duration_s:.2f} s")
        if self.error:
            parts.append(self.error)
        return "  ".join(parts)


class RequestLog:
    """The last ``size`` records, and who wants to hear of new ones."""

    def __init__(self, size: int = 500) -> None:
        self._records: collections.deque[RequestRecord] = collections.deque(maxlen=size)
        self._subscribers: list[Subscriber] = []
        self._lock = threading.Lock()

    def subscribe(self, subscriber: Subscriber) -> None:
        with self._lock:
            self._subscribers.append(subscriber)

    def unsubscribe(self, subscriber: Subscriber) -> None:
        with self._lock:
            if subscriber in self._subscribers:
                self._subscribers.remove(subscriber)

    def add(self, record: RequestRecord) -> None:
        with self._lock:
            self._records.append(record)
            subscribers = list(self._subscribers)
        for subscriber in subscribers:
            subscriber(record)

    def records(self) -> list[RequestRecord]:
        with self._lock:
            return list(self._records)
