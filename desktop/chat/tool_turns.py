"""Replies with tools: the tool loop in place of a plain engine stream, and the stats of a
whole turn (several generation rounds) for the meters and the outcome."""

from __future__ import annotations

import threading
from collections.abc import Hashable, Iterator

from desktop.chat.runner import StreamFn
from desktop.engines.base import Engine, Finished, GenerationRequest, GenerationStats
from desktop.tools.loop import TurnFinished
from desktop.tools.toolbox import ToolBox


def tool_stream(toolbox: ToolBox, conversation: Hashable) -> StreamFn:
    """A stream function for :meth:`EngineRunner.generate`: the tool loop over the engine,
    ending with a :class:`Finished` carrying the whole turn's stats."""

    def stream(
        engine: Engine, request: GenerationRequest, cancel: threading.Event
    ) -> Iterator[object]:
        for event in toolbox.run_turn(engine.generate, request, cancel, conversation):
            yield event
            if isinstance(event, TurnFinished):
                yield Finished(turn_stats(event))

    return stream


def turn_stats(turn: TurnFinished) -> GenerationStats:
    """One turn's figures over its rounds: time to the first token of the first round,
    tokens and time summed, the turn's own stop reason and error."""
    rounds = [r.stats for r in turn.rounds]
    if not rounds:
        return GenerationStats(stop_reason=turn.stop_reason, error=turn.error)
    first = rounds[0]
    generated = sum(s.generated_tokens for s in rounds)
    decode_s = sum(
        (s.generated_tokens - 1) / s.generation_tps
        for s in rounds
        if s.generation_tps > 0 and s.generated_tokens > 1
    )
    decoded = sum(s.generated_tokens - 1 for s in rounds if s.generated_tokens > 1)
    return GenerationStats(
        prompt_tokens=rounds[-1].prompt_tokens,
        cached_prompt_tokens=rounds[-1].cached_prompt_tokens,
        generated_tokens=generated,
        thinking_tokens=sum(s.thinking_tokens for s in rounds),
        ttft_s=first.ttft_s,
        prompt_tps=first.prompt_tps,
        generation_tps=decoded / decode_s if decode_s > 0 else 0.0,
        total_s=sum(s.total_s for s in rounds),
        stop_reason=turn.stop_reason,
        budget_hit=any(s.budget_hit for s in rounds),
        thinking_s=sum(s.thinking_s for s in rounds),
        error=turn.error,
    )
