"""Reading an OpenAI-compatible chat stream: server-sent events, then each JSON chunk.

Servers differ in the details: vLLM 0.8–0.10 and SGLang put thinking in ``reasoning_content``
(vLLM 0.11+ in ``reasoning``), llama-server in ``reasoning_content`` with
``--reasoning-format``; a server without a reasoning parser leaves ``<think>`` tags in the
content. Tool calls arrive as ``tool_calls`` deltas whose arguments come in pieces; we
collect them and write them out the way Qwen itself writes them, so the tool layer that
parses local models' output reads remote ones unchanged.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop.engines.remote_errors import server_message

DONE = "[DONE]"


@dataclass(frozen=True)
class SSEvent:
    event: str  # "message", or "error" for llama-server's ``error:`` lines
    data: str


def parse_sse(lines: Iterable[str]) -> Iterator[SSEvent]:
    """Server-sent events from text lines; comments (``: ping``) and ids are skipped."""
    event = "message"
    data: list[str] = []
    for line in lines:
        if not line:
            if data:
                yield SSEvent(event, "\n".join(data))
            event, data = "message", []
            continue
        if line.startswith(":"):
            continue
        name, _, value = line.partition(":")
        value = value[1:] if value.startswith(" ") else value
        if name == "data":
            data.append(value)
        elif name == "event":
            event = value or "message"
        elif name == "error":  # llama-server writes "error: {json}" for a failed stream
            event = "error"
            data.append(value)
    if data:
        yield SSEvent(event, "\n".join(data))


@dataclass(frozen=True)
class Delta:
    """What one chunk adds: thinking text, answer text, and whether it carried a tool call."""

    reasoning: str = ""
    content: str = ""
    tool_piece: bool = False

    @property
    def empty(self) -> bool:
        return not (self.reasoning or self.content or self.tool_piece)


class StreamError(Exception):
    """The stream itself said it failed; ``str`` is the server's own words (may be empty)."""


class MalformedChunk(Exception):
    """A chunk that is not the JSON we expect."""


@dataclass
class ToolCall:
    id: str = ""
    name: str = ""
    arguments: str = ""


@dataclass
class Usage:
    prompt_tokens: int | None = None
    cached_prompt_tokens: int | None = None
    completion_tokens: int | None = None
    reasoning_tokens: int | None = None


@dataclass
class ChunkReader:
    """Reads chunks one by one and keeps what spans them: tool calls, usage, the finish."""

    tool_calls: dict[int, ToolCall] = field(default_factory=dict)
    usage: Usage = field(default_factory=Usage)
    finish_reason: str | None = None
    done: bool = False

    def read(self, event: SSEvent) -> Delta:
        """The delta of one event; raises StreamError or MalformedChunk."""
        text = event.data.strip()
        if not text:  # an empty keep-alive event
            return Delta()
        if text == DONE:
            self.done = True
            return Delta()
        try:
            chunk = json.loads(text)
        except ValueError as exc:
            raise MalformedChunk(text[:80]) from exc
        if not isinstance(chunk, dict):
            raise MalformedChunk(text[:80])
        if event.event == "error" or "error" in chunk or chunk.get("object") == "error":
            raise StreamError(server_message(text))
        self._read_usage(chunk)
        choices = chunk.get("choices") or []
        if not isinstance(choices, list):
            raise MalformedChunk("choices")
        # We ask for one choice (n=1); a server that sends more is read for the first only.
        choice = next((c for c in choices if isinstance(c, dict) and c.get("index", 0) == 0), None)
        if choice is None:
            return Delta()
        if choice.get("finish_reason"):
            self.finish_reason = str(choice["finish_reason"])
        delta = choice.get("delta") or {}
        if not isinstance(delta, dict):
            raise MalformedChunk("delta")
        reasoning = delta.get("reasoning_content") or delta.get("reasoning") or ""
        content = delta.get("content") or ""
        if not isinstance(reasoning, str) or not isinstance(content, str):
            raise MalformedChunk("delta text")
        tool_piece = self._read_tool_calls(delta.get("tool_calls"))
        return Delta(reasoning, content, tool_piece)

    def _read_tool_calls(self, pieces: object) -> bool:
        if not pieces:
            return False
        if not isinstance(pieces, list):
            raise MalformedChunk("tool_calls")
        for position, piece in enumerate(pieces):
            if not isinstance(piece, dict):
                raise MalformedChunk("tool_calls")
            index = piece.get("index", position)
            call = self.tool_calls.setdefault(int(index), ToolCall())
            call.id = call.id or str(piece.get("id") or "")
            function = piece.get("function") or {}
            if isinstance(function, dict):
                call.name += str(function.get("name") or "")
                arguments = function.get("arguments")
                if isinstance(arguments, str):
                    call.arguments += arguments
                elif isinstance(arguments, dict):  # some servers send the whole object
                    call.arguments += json.dumps(arguments, ensure_ascii=False)
        return True

    def _read_usage(self, chunk: Mapping[str, Any]) -> None:
        usage = chunk.get("usage")
        if isinstance(usage, dict):
            self.usage.prompt_tokens = _int(usage.get("prompt_tokens"), self.usage.prompt_tokens)
            self.usage.completion_tokens = _int(
                usage.get("completion_tokens"), self.usage.completion_tokens
            )
            prompt_details = usage.get("prompt_tokens_details")
            if isinstance(prompt_details, dict):
                self.usage.cached_prompt_tokens = _int(
                    prompt_details.get("cached_tokens"), self.usage.cached_prompt_tokens
                )
            completion_details = usage.get("completion_tokens_details")
            if isinstance(completion_details, dict):
                self.usage.reasoning_tokens = _int(
                    completion_details.get("reasoning_tokens"), self.usage.reasoning_tokens
                )
        timings = chunk.get("timings")  # llama-server's own figures, in its last chunk
        if isinstance(timings, dict):
            cached = _int(timings.get("cache_n"), None)
            evaluated = _int(timings.get("prompt_n"), None)
            if evaluated is not None and self.usage.prompt_tokens is None:
                self.usage.prompt_tokens = evaluated + (cached or 0)
            if cached is not None and self.usage.cached_prompt_tokens is None:
                self.usage.cached_prompt_tokens = cached
            predicted = _int(timings.get("predicted_n"), None)
            if predicted is not None and self.usage.completion_tokens is None:
                self.usage.completion_tokens = predicted

    def tool_call_text(self) -> str:
        """The collected calls in Qwen's own ``<tool_call>`` form (empty when there are none)."""
        return render_tool_calls(self.tool_calls[i] for i in sorted(self.tool_calls))


def render_tool_calls(calls: Iterable[ToolCall]) -> str:
    """Qwen's tool-call text: one ``<tool_call>{"name":…, "arguments":…}</tool_call>`` each."""
    blocks = []
    for call in calls:
        if not call.name:
            continue
        try:
            arguments: object = json.loads(call.arguments) if call.arguments.strip() else {}
        except ValueError:
            arguments = call.arguments  # incomplete JSON: pass it on as the model wrote it
        payload = json.dumps({"name": call.name, "arguments": arguments}, ensure_ascii=False)
        blocks.append(f"<tool_call>\n{payload}\n</tool_call>")
    return "\n".join(blocks)


def _int(value: object, default: int | None) -> int | None:
    if isinstance(value, bool):
        return default
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return default
