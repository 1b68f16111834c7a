"""One remote reply being assembled: server deltas in, the engine's events out.

Thinking that arrives in its own field (a server's reasoning parser) is framed with
``<think>`` tags and fed to the same :class:`ReplyAssembler` as local engines, so text, thinking
and stats (TTFT, tokens/s, thinking tokens) come out the same way; a server without a parser
leaves the tags in the content, and the assembler's splitter handles them as it does locally.
"""

from __future__ import annotations

import time
from dataclasses import replace

from desktop.core.thinking import CLOSE_TAG, OPEN_TAG, ThinkingCapability
from desktop.engines.base import (
    Event,
    Finished,
    GenerationRequest,
    ModelInfo,
    StopReason,
    TextDelta,
    ThinkingDelta,
    ThinkingMode,
)
from desktop.engines.remote_payload import estimate_tokens
from desktop.engines.remote_stream import ChunkReader, Delta
from desktop.engines.streaming import ReplyAssembler


class RemoteReply:
    """One reply being assembled: turns deltas into events and builds the final stats."""

    def __init__(
        self, request: GenerationRequest, info: ModelInfo, thinking: bool, started: float
    ) -> None:
        self._thinking = thinking
        self._always = info.thinking is ThinkingCapability.ALWAYS
        # Thinking switched off on a hybrid model, yet text in the reasoning field: some
        # reasoning parsers (vLLM's deepseek_r1 used for Qwen3) file a reply without
        # </think> as reasoning. It is the answer.
        self._misfiled = (
            request.thinking is ThinkingMode.OFF and info.thinking is ThinkingCapability.HYBRID
        )
        self._started = started
        self._estimate = estimate_tokens(request)
        self._assembler: ReplyAssembler | None = None
        self._fields = False  # thinking arrives in its own field, not as tags in the content
        self._think_start: float | None = None
        self._think_end: float | None = None

    def _make(self, starts_in_thinking: bool) -> ReplyAssembler:
        if self._assembler is None:
            # The budget is 0: a server's stream cannot be steered (see the module docstring).
            self._assembler = ReplyAssembler(
                starts_in_thinking=starts_in_thinking,
                thinking_budget=0,
                prompt_tokens=self._estimate,
                cached_prompt_tokens=0,
                started=self._started,
            )
        return self._assembler

    def feed(self, delta: Delta) -> list[Event]:
        if delta.empty:
            return []
        if self._misfiled and delta.reasoning:
            delta = Delta("", delta.reasoning + delta.content, delta.tool_piece)
        if self._assembler is None:
            self._fields = bool(delta.reasoning)
            # Without a reasoning parser, a model whose prompt opens <think> (QwQ,
            # Thinking-2507) writes only </think>: its reply starts inside the thinking.
            self._make(not self._fields and self._thinking and self._always)
        assembler = self._make(False)
        events: list[Event] = []
        counted = False
        if delta.reasoning:
            self._fields = True
            if not assembler.in_thinking:
                events += assembler.on_text(OPEN_TAG)
            events += assembler.on_token(delta.reasoning)
            counted = True
        if delta.content:
            if self._fields and assembler.in_thinking:
                events += assembler.on_text(CLOSE_TAG)
            events += (
                assembler.on_text(delta.content) if counted else assembler.on_token(delta.content)
            )
            counted = True
        if delta.tool_piece and not counted:
            events += assembler.on_token("")
        self._time_thinking(events)
        return events

    def _time_thinking(self, events: list[Event]) -> None:
        for event in events:
            if isinstance(event, ThinkingDelta) and self._think_start is None:
                self._think_start = time.perf_counter()
            elif isinstance(event, TextDelta) and self._think_start and self._think_end is None:
                self._think_end = time.perf_counter()

    def finish(
        self, reason: StopReason, error: str = "", reader: ChunkReader | None = None
    ) -> list[Event]:
        assembler = self._make(False)
        events: list[Event] = []
        if reader is not None and reason is not StopReason.ERROR:
            tool_text = reader.tool_call_text() if reason is not StopReason.CANCELLED else ""
            if tool_text:
                if assembler.in_thinking:
                    events += assembler.on_text(CLOSE_TAG)
                gap = "\n\n" if assembler.answer_text else ""
                events += assembler.on_text(gap + tool_text)
        usage = reader.usage if reader is not None else None
        if usage is not None and usage.completion_tokens is not None:
            assembler.generated_tokens = usage.completion_tokens
        if usage is not None and usage.reasoning_tokens is not None:
            assembler.thinking_tokens = usage.reasoning_tokens
        events += assembler.finish(reason, error)
        self._time_thinking(events)
        final = events.pop()
        assert isinstance(final, Finished)
        stats = final.stats
        if usage is not None and usage.prompt_tokens is not None:
            cached = min(usage.cached_prompt_tokens or 0, usage.prompt_tokens)
            evaluated = usage.prompt_tokens - cached
            stats = replace(
                stats,
                prompt_tokens=usage.prompt_tokens,
                cached_prompt_tokens=cached,
                prompt_tps=evaluated / stats.ttft_s if stats.ttft_s > 0 else 0.0,
            )
        if not stats.thinking_s and self._think_start is not None:
            end = self._think_end or time.perf_counter()
            stats = replace(stats, thinking_s=end - self._think_start)
        events.append(Finished(stats))
        return events
