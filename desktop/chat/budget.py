"""Context budgeting: does a request fit the loaded model's context, and what to leave out.

Room is kept for the reply: the smaller of ``max_tokens`` and an eighth of the context (at
least 256 tokens). When dropping is allowed, the oldest turns go first, and a kept turn always
starts with the user's message; the system prompt and the newest message are never dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from desktop.chat.outcome import Overflow
from desktop.engines.base import GenerationRequest

CountTokens = Callable[[GenerationRequest], int]
MIN_REPLY_ROOM = 256


@dataclass(frozen=True)
class Fit:
    """The request that fits (``None`` when none does), its prompt tokens and what was left
    out, or the overflow to report."""

    request: GenerationRequest | None
    prompt_tokens: int = 0
    dropped: int = 0
    overflow: Overflow | None = None


def reply_room(request: GenerationRequest, n_ctx: int) -> int:
    return min(request.max_tokens, max(MIN_REPLY_ROOM, n_ctx // 8))


def _split_system(
    messages: Sequence[Mapping[str, Any]],
) -> tuple[list[Mapping[str, Any]], list[Mapping[str, Any]]]:
    system = list(messages[:1]) if messages and messages[0].get("role") == "system" else []
    return system, list(messages[len(system) :])


def fit_request(
    request: GenerationRequest, n_ctx: int, count: CountTokens, *, allow_drop: bool
) -> Fit:
    """Fit ``request`` into ``n_ctx`` tokens, leaving out the oldest turns when allowed."""
    reserve = reply_room(request, n_ctx)
    prompt = count(request)
    if prompt + reserve <= n_ctx:
        return Fit(request, prompt)
    system, turns = _split_system(request.messages)
    if not allow_drop:
        return Fit(None, overflow=_overflow(request, system, turns, prompt + reserve, n_ctx, count))
    needed = prompt + reserve
    dropped = 0
    while len(turns) > 1 and needed > n_ctx:
        turns = turns[1:]
        dropped += 1
        while len(turns) > 1 and turns[0].get("role") != "user":
            turns = turns[1:]  # a kept turn starts with the user's message
            dropped += 1
        request = replace(request, messages=[*system, *turns])
        needed = count(request) + reserve
    if needed > n_ctx:
        return Fit(None, overflow=Overflow(needed, n_ctx, fits_alone=False))
    return Fit(request, needed - reserve, dropped)


def _overflow(
    request: GenerationRequest,
    system: list[Mapping[str, Any]],
    turns: list[Mapping[str, Any]],
    needed: int,
    n_ctx: int,
    count: CountTokens,
) -> Overflow:
    if len(turns) <= 1:
        return Overflow(needed, n_ctx, fits_alone=False)
    alone = count(replace(request, messages=[*system, turns[-1]])) + reply_room(request, n_ctx)
    return Overflow(needed, n_ctx, fits_alone=alone <= n_ctx)


class SystemTokens:
    """Tokens of the system prompt alone, for the context meter; counted once per prompt text."""

    def __init__(self) -> None:
        self._key: tuple[str, str] | None = None
        self._tokens = 0

    def count(self, request: GenerationRequest, count: CountTokens, model_key: str) -> int:
        first = request.messages[0] if request.messages else None
        if first is None or first.get("role") != "system":
            return 0
        key = (model_key, str(first.get("content", "")))
        if key != self._key:
            self._tokens = count(replace(request, messages=[first]))
            self._key = key
        return self._tokens
