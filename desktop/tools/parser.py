"""Incremental parser for Qwen's ``<tool_call>{json}</tool_call>`` blocks in a streamed answer.

It is fed the answer text only (thinking has been split off by the engine), so a call written
inside the thinking block never reaches it and is never run. Tags may be split across chunks:
text that could be the start of a tag is held back until the next chunk decides it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from itertools import count

from desktop.tools.calls import ToolCall

OPEN_TAG = "<tool_call>"
CLOSE_TAG = "</tool_call>"

Piece = str | ToolCall
"""What the parser gives back: answer text to show, or a finished call."""


def _partial_tag_suffix(text: str, tag: str) -> int:
    """Length of the longest suffix of ``text`` that is a proper prefix of ``tag``."""
    for length in range(min(len(tag) - 1, len(text)), 0, -1):
        if tag.startswith(text[-length:]):
            return length
    return 0


def parse_call(raw: str, call_id: str) -> ToolCall:
    """Read the JSON between the tags; a call that cannot be read carries a plain ``error``."""
    text = raw.strip()
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return ToolCall(
            call_id,
            "",
            raw=raw,
            error=f"The tool call is not valid JSON ({exc.msg} at line {exc.lineno}, column "
            f'{exc.colno}). Write it as {{"name": "<tool>", "arguments": {{...}}}}.',
        )
    if not isinstance(data, dict) or not isinstance(data.get("name"), str) or not data["name"]:
        return ToolCall(
            call_id,
            "",
            raw=raw,
            error='The tool call has no tool name. Write it as {"name": "<tool>", '
            '"arguments": {...}}.',
        )
    name = data["name"]
    arguments = data.get("arguments", data.get("parameters", {}))
    if isinstance(arguments, str):  # some models send the arguments as a JSON string
        try:
            arguments = json.loads(arguments) if arguments.strip() else {}
        except json.JSONDecodeError:
            pass
    if arguments is None:
        arguments = {}
    if not isinstance(arguments, dict):
        return ToolCall(
            call_id,
            name,
            raw=raw,
            error=f"The arguments of the call to {name} must be a JSON object, like "
            '{"name": "x", "arguments": {"key": "value"}}.',
        )
    return ToolCall(call_id, name, arguments, raw=raw)


class ToolCallParser:
    """Feed it answer text; it returns answer pieces and finished calls in order.

    Whitespace just before a call is dropped, so the answer shown does not end in blank lines.
    """

    def __init__(self, new_id: Callable[[], str] | None = None) -> None:
        numbers = count(1)
        self._new_id = new_id or (lambda: f"call_{next(numbers)}")
        self._pending = ""  # held answer text: a possible tag start or trailing whitespace
        self._call: list[str] | None = None  # text of the call being read
        self.calls: list[ToolCall] = []
        self.answer: list[str] = []

    @property
    def in_call(self) -> bool:
        return self._call is not None

    def feed(self, chunk: str) -> list[Piece]:
        out: list[Piece] = []
        text = self._pending + chunk
        self._pending = ""
        while text:
            if self._call is not None:
                end = text.find(CLOSE_TAG)
                if end < 0:
                    keep = _partial_tag_suffix(text, CLOSE_TAG)
                    self._call.append(text[: len(text) - keep])
                    self._pending = text[len(text) - keep :]
                    break
                self._call.append(text[:end])
                out.append(self._finish_call())
                text = text[end + len(CLOSE_TAG) :]
                continue
            start = text.find(OPEN_TAG)
            if start >= 0:
                self._emit(out, text[:start].rstrip())
                self._call = []
                text = text[start + len(OPEN_TAG) :]
                continue
            keep = _partial_tag_suffix(text, OPEN_TAG)
            body = text[: len(text) - keep]
            stripped = body.rstrip()
            self._emit(out, stripped)
            self._pending = body[len(stripped) :] + text[len(text) - keep :]
            break
        return out

    def finish(self, complete: bool = True) -> list[Piece]:
        """End of the stream. An unclosed call is read when the reply ended by itself
        (``complete``) and dropped when it was stopped, so a half-written call never runs."""
        out: list[Piece] = []
        if self._call is not None:
            self._call.append(self._pending)
            if complete:
                out.append(self._finish_call())
            self._call = None
        elif self._pending.strip():
            self._emit(out, self._pending.rstrip())
        self._pending = ""
        return out

    def _finish_call(self) -> ToolCall:
        raw = "".join(self._call or [])
        self._call = None
        call = parse_call(raw, self._new_id())
        self.calls.append(call)
        return call

    def _emit(self, out: list[Piece], text: str) -> None:
        if not text:
            return
        if not self.answer and not out:
            text = text.lstrip("\n")  # no blank lines before the answer (e.g. after a call)
            if not text:
                return
        self.answer.append(text)
        if out and isinstance(out[-1], str):
            out[-1] += text
        else:
            out.append(text)

    @property
    def answer_text(self) -> str:
        return "".join(self.answer)
