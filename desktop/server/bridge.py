"""From the generation thread to a request's asyncio task: a listener that puts each event on
the request's own ``asyncio.Queue`` through ``loop.call_soon_threadsafe``, and the matcher
that ends a reply at the client's stop strings."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from desktop.chat.outcome import Outcome, ReplyListener

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Item:
    """One event for the request: ``kind`` is started / prompt / thinking / text / finished."""

    kind: str
    text: str = ""
    tokens: int = 0
    outcome: Outcome | None = None


class QueueListener(ReplyListener):
    """Called on the generation thread; hands every event to the request's event loop."""

    def __init__(self, loop: asyncio.AbstractEventLoop, queue: asyncio.Queue[Item]) -> None:
        self._loop = loop
        self._queue = queue

    def _put(self, item: Item) -> None:
        try:
            self._loop.call_soon_threadsafe(self._queue.put_nowait, item)
        except RuntimeError:  # the server's loop has closed: nobody is waiting any more
            log.debug("dropped %s after the server stopped", item.kind)

    def started(self) -> None:
        self._put(Item("started"))

    def prompt_counted(self, system: int, prompt: int, n_ctx: int) -> None:
        self._put(Item("prompt", tokens=prompt))

    def thinking(self, text: str) -> None:
        self._put(Item("thinking", text))

    def text(self, text: str) -> None:
        self._put(Item("text", text))

    def finished(self, outcome: Outcome) -> None:
        self._put(Item("finished", outcome=outcome))


def drain(queue: asyncio.Queue[Item], first: Item) -> list[Item]:
    """``first`` and whatever else is already queued, with neighbouring text of the same kind
    joined (one SSE event per batch, not per token, when the client reads slower)."""
    items = [first]
    while not queue.empty():
        items.append(queue.get_nowait())
    merged: list[Item] = []
    for item in items:
        last = merged[-1] if merged else None
        if last is not None and item.kind == last.kind and item.kind in ("text", "thinking"):
            merged[-1] = Item(item.kind, last.text + item.text)
        else:
            merged.append(item)
    return merged


class StopMatcher:
    """Cuts the answer at the first of the client's stop strings (the stop string itself is
    not sent). Text that could be the start of a stop string is held back until it is not."""

    def __init__(self, stops: tuple[str, ...]) -> None:
        self.stops = stops
        self.stopped = False
        self._held = ""

    def feed(self, text: str) -> str:
        """The part of ``text`` that is safe to send now."""
        if self.stopped or not self.stops:
            return "" if self.stopped else text
        buffer = self._held + text
        found = [i for i in (buffer.find(s) for s in self.stops) if i >= 0]
        if found:
            self.stopped = True
            self._held = ""
            return buffer[: min(found)]
        keep = max((_partial(buffer, s) for s in self.stops), default=0)
        self._held = buffer[len(buffer) - keep :] if keep else ""
        return buffer[: len(buffer) - keep]

    def flush(self) -> str:
        """What was held back, once the reply has ended without a stop string."""
        held, self._held = self._held, ""
        return "" if self.stopped else held


def _partial(buffer: str, stop: str) -> int:
    """The length of the longest end of ``buffer`` that begins ``stop``."""
    for size in range(min(len(stop) - 1, len(buffer)), 0, -1):
        if buffer.endswith(stop[:size]):
            return size
    return 0
