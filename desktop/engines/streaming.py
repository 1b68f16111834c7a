"""Turns a stream of generated token texts into engine events, shared by every engine.

It splits thinking from the answer, counts thinking tokens against the budget, times the
first token and builds the final :class:`GenerationStats`.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from desktop.core.i18n import translate
from desktop.core.sampling import qwen_preset
from desktop.core.thinking import (
    BUDGET_CLOSE_TEXT,
    ThinkingCapability,
    ThinkSplitter,
    resolve_thinking,
    strip_thinking,
)
from desktop.engines.base import (
    Event,
    Finished,
    GenerationRequest,
    GenerationStats,
    Sampling,
    StopReason,
    TextDelta,
    ThinkingDelta,
)


def sampling_for(request: GenerationRequest, thinking: bool) -> Sampling:
    """The request's own sampling, or Qwen's preset for the mode it runs in."""
    if request.sampling is not None:
        return request.sampling
    return qwen_preset(thinking)


def prepare_messages(request: GenerationRequest, gap: str = "") -> list[dict[str, Any]]:
    """Messages as the model should see them: earlier thinking left out, with the ``gap``
    the model's template keeps after ``</think>`` (``thinking.history_gap``); tool calls and
    tool results kept for the template."""
    return strip_thinking(request.messages, gap)


def template_extras(request: GenerationRequest) -> dict[str, Any]:
    """Keywords for the chat template besides the messages: the tools, when there are any,
    reach the model through its own template (``tools=``), never through hand-written text."""
    return {"tools": [dict(tool) for tool in request.tools]} if request.tools else {}


def thinking_enabled(request: GenerationRequest, capability: ThinkingCapability) -> bool:
    return resolve_thinking(request.thinking.value, capability)


def context_overflow(needed: int, n_ctx: int) -> Finished:
    """The one event a request too long for the loaded context gets, in every engine."""
    message = translate(
        "Generation",
        "This conversation needs {needed} tokens but the model was loaded with a context of "
        "{context}. Start a new chat, drop older turns, or load the model with a larger context.",
    ).format(needed=f"{needed:,}", context=f"{n_ctx:,}")
    return Finished(GenerationStats(stop_reason=StopReason.ERROR, error=message))


class ReplyAssembler:
    """Feed it each generated token's text; it returns the events to yield."""

    def __init__(
        self,
        *,
        starts_in_thinking: bool,
        thinking_budget: int,
        prompt_tokens: int,
        cached_prompt_tokens: int,
        started: float | None = None,
    ) -> None:
        self._splitter = ThinkSplitter(starts_in_thinking)
        self._budget = thinking_budget
        self._prompt_tokens = prompt_tokens
        self._cached = cached_prompt_tokens
        self._started = time.perf_counter() if started is None else started
        self._first_token: float | None = None
        self.generated_tokens = 0
        self.thinking_tokens = 0  # tokens of thinking blocks that showed text
        self._block_tokens = 0  # tokens of the thinking block in progress
        self.budget_hit = False
        self.answer_text: list[str] = []
        self._thinking_from: float | None = None  # first thinking text
        self._thinking_until: float | None = None  # first answer text after it

    @property
    def in_thinking(self) -> bool:
        return self._splitter.in_thinking

    def on_token(self, text: str) -> list[Event]:
        """Account for one generated token (its text may be empty: an incomplete character)."""
        if self._first_token is None:
            self._first_token = time.perf_counter()
        self.generated_tokens += 1
        was_thinking = self._splitter.in_thinking
        if was_thinking:
            self.thinking_tokens += 1
            self._block_tokens += 1
        events = self._events(self._splitter.feed(text)) if text else []
        if was_thinking and not self._splitter.in_thinking:
            # An empty block (/no_think, or a template's own) is not thinking the user saw.
            if not self._splitter.last_block_had_text:
                self.thinking_tokens -= self._block_tokens
            self._block_tokens = 0
        return events

    def on_text(self, text: str) -> list[Event]:
        """Feed text that is not a generated token of its own (a decoder's final flush)."""
        return self._events(self._splitter.feed(text)) if text else []

    @property
    def budget_exhausted(self) -> bool:
        return (
            self._budget > 0
            and not self.budget_hit
            and self._splitter.in_thinking
            and self.thinking_tokens >= self._budget
        )

    def close_thinking_for_budget(self) -> tuple[str, list[Event]]:
        """Mark the budget as hit; returns the text to inject into the model and its events."""
        self.budget_hit = True
        self._block_tokens = 0
        return BUDGET_CLOSE_TEXT, self._events(self._splitter.feed(BUDGET_CLOSE_TEXT))

    def finish(self, reason: StopReason, error: str = "") -> list[Event]:
        events = self._events(self._splitter.flush())
        if reason is StopReason.EOS and self.budget_hit:
            reason = StopReason.BUDGET
        events.append(Finished(self.stats(reason, error)))
        return events

    def stats(self, reason: StopReason, error: str = "") -> GenerationStats:
        now = time.perf_counter()
        first = self._first_token if self._first_token is not None else now
        ttft = first - self._started
        evaluated = self._prompt_tokens - self._cached
        decode_time = now - first
        return GenerationStats(
            prompt_tokens=self._prompt_tokens,
            cached_prompt_tokens=self._cached,
            generated_tokens=self.generated_tokens,
            thinking_tokens=self.thinking_tokens,
            ttft_s=ttft,
            prompt_tps=evaluated / ttft if ttft > 0 else 0.0,
            generation_tps=(self.generated_tokens - 1) / decode_time
            if self.generated_tokens > 1 and decode_time > 0
            else 0.0,
            total_s=now - self._started,
            stop_reason=reason,
            budget_hit=self.budget_hit,
            thinking_s=self._thinking_seconds(now),
            error=error,
        )

    def _thinking_seconds(self, now: float) -> float:
        if self._thinking_from is None:
            return 0.0
        return (self._thinking_until or now) - self._thinking_from

    def _events(self, segments: Sequence[tuple[bool, str]]) -> list[Event]:
        events: list[Event] = []
        for is_thinking, text in segments:
            if is_thinking:
                if self._thinking_from is None:
                    self._thinking_from = time.perf_counter()
                events.append(ThinkingDelta(text))
            else:
                if self._thinking_from is not None and self._thinking_until is None:
                    self._thinking_until = time.perf_counter()
                self.answer_text.append(text)
                events.append(TextDelta(text))
        return events


def common_prefix_length(a: Sequence[object], b: Sequence[object]) -> int:
    """Number of leading items (tokens) two sequences share."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n
