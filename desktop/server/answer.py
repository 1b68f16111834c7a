"""The answer a client gets, built from the streamed text: cut at its stop strings, and, when
the request offered tools, with Qwen's ``<tool_call>{json}</tool_call>`` blocks taken out as
OpenAI ``tool_calls`` (the tools package's parser, the one the window's tool loop uses)."""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from typing import Any

from desktop.server.bridge import StopMatcher
from desktop.tools.calls import ToolCall
from desktop.tools.parser import CLOSE_TAG, OPEN_TAG, Piece, ToolCallParser


def _call_id() -> str:
    return f"call_{secrets.token_hex(12)}"


class AnswerBuilder:
    def __init__(self, stops: tuple[str, ...], tools: bool) -> None:
        self.stops = StopMatcher(stops)
        self.parser = ToolCallParser(_call_id) if tools else None
        self.calls: list[ToolCall] = []

    @property
    def stopped(self) -> bool:
        """A stop string ended the answer (the generation should stop too)."""
        return self.stops.stopped

    def feed(self, text: str) -> tuple[str, list[ToolCall]]:
        """Answer text that may be sent now, and the calls finished in ``text``."""
        if self.stops.stopped:
            return "", []
        return self._take(self.parser.feed(text) if self.parser is not None else [text])

    def finish(self, complete: bool) -> tuple[str, list[ToolCall]]:
        """The rest, once the reply has ended (``complete``: by itself, not stopped)."""
        text, calls = "", list[ToolCall]()
        if self.parser is not None and not self.stops.stopped:
            text, calls = self._take(self.parser.finish(complete))
        return text + self.stops.flush(), calls

    def _take(self, pieces: Sequence[Piece]) -> tuple[str, list[ToolCall]]:
        out: list[str] = []
        calls: list[ToolCall] = []
        for piece in pieces:
            if isinstance(piece, str):
                out.append(self.stops.feed(piece))
            elif piece.error:  # a call that cannot be read stays in the answer, as written
                out.append(self.stops.feed(f"{OPEN_TAG}{piece.raw}{CLOSE_TAG}"))
            else:
                calls.append(piece)
        self.calls += calls
        return "".join(out), calls


def openai_calls(calls: Sequence[ToolCall], first_index: int = 0) -> list[dict[str, Any]]:
    """Calls as OpenAI's ``tool_calls`` (arguments as a JSON string); ``index`` numbers them
    across a stream's deltas."""
    return [
        {
            "index": first_index + i,
            "id": call.id,
            "type": "function",
            "function": {"name": call.name, "arguments": call.arguments_json()},
        }
        for i, call in enumerate(calls)
    ]
