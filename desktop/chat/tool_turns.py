"""Replies with tools: the tool loop (or Qwen2.5-Math's tool-integrated reasoning) in place of
a plain engine stream, and the stats of a whole turn (several generation rounds) for the
meters and the outcome."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Hashable, Iterator, Sequence

from desktop.chat.options import ChatOptions
from desktop.chat.runner import StreamFn
from desktop.core.models.families import Family, family_from_details
from desktop.core.prompts import MATHS, QWEN25_MATH_COT, QWEN25_MATH_TIR
from desktop.core.settings import ToolSettings
from desktop.engines.base import (
    Engine,
    Finished,
    GenerationRequest,
    GenerationStats,
    ModelInfo,
    StopReason,
)
from desktop.tools.loop import TurnFinished
from desktop.tools.tir_loop import CodeRunsFinished
from desktop.tools.toolbox import ToolBox


def uses_code_runs(options: ChatOptions, model: ModelInfo | None, python_on: bool) -> bool:
    """Whether a reply runs its ```python blocks (tool-integrated reasoning): a Qwen2.5-Math
    model, the chat's Maths preset with "use Python" on, and the Python runner switched on."""
    return (
        python_on
        and options.math_python
        and options.preset == MATHS
        and model is not None
        and family_from_details(model.details) is Family.QWEN25_MATH
    )


def knows_tools(model: ModelInfo | None) -> bool:
    """Whether the model's chat template reads tools (the engines record it at load; a model
    that does not say, such as a server's, is given them)."""
    return model is not None and model.details.get("tools") != "no"


def with_tir_prompt(request: GenerationRequest) -> GenerationRequest:
    """The Math card's chain-of-thought system prompt swapped for its tool-integrated one (a
    prompt the user wrote stays as it is)."""
    messages = [
        {**m, "content": QWEN25_MATH_TIR}
        if m.get("role") == "system" and m.get("content") == QWEN25_MATH_COT
        else m
        for m in request.messages
    ]
    return dataclasses.replace(request, messages=messages)


def code_run_stream(toolbox: ToolBox, conversation: Hashable) -> StreamFn:
    """A stream function that runs Qwen2.5-Math's code blocks and continues the reply after
    their output; an engine that cannot continue a reply streams as usual."""

    def stream(
        engine: Engine, request: GenerationRequest, cancel: threading.Event
    ) -> Iterator[object]:
        if not getattr(engine, "continues_last", False):
            yield from engine.generate(request, cancel)
            return
        for event in toolbox.run_code_turn(engine.generate, request, cancel, conversation):
            yield event
            if isinstance(event, CodeRunsFinished):
                yield Finished(combined_stats(event.rounds, event.stop_reason, event.error))

    return stream


def with_tools(
    request: GenerationRequest,
    model: ModelInfo,
    box: ToolBox | None,
    settings: ToolSettings,
    options: ChatOptions,
) -> GenerationRequest:
    """The request as the model gets it: with the tools' specs when tools are on (counted
    with the prompt: the template lists them), or with the Math card's tool-integrated
    prompt and no tools when its code blocks are run."""
    if box is None:
        return request
    if uses_code_runs(options, model, settings.python):
        return with_tir_prompt(request)
    if settings.enabled and knows_tools(model):
        return dataclasses.replace(request, tools=box.registry().specs())
    return request


def reply_stream(
    box: ToolBox | None, settings: ToolSettings, options: ChatOptions, conversation: Hashable
) -> StreamFn | None:
    """How a reply is generated: Qwen2.5-Math's code runs (decided on the model it runs on),
    the tool loop, or the engine's plain stream (None)."""
    if box is None:
        return None
    loop = tool_stream(box, conversation) if settings.enabled else None
    runs = code_run_stream(box, conversation)
    if loop is None and not (settings.python and options.math_python):
        return None

    def stream(
        engine: Engine, request: GenerationRequest, cancel: threading.Event
    ) -> Iterator[object]:
        model = engine.info()
        if uses_code_runs(options, model, settings.python):
            return runs(engine, request, cancel)
        if loop is not None and knows_tools(model):
            return loop(engine, request, cancel)
        return engine.generate(request, cancel)  # a template without tools would ignore them

    return stream


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
    """One tool turn's figures over its rounds (see :func:`combined_stats`)."""
    return combined_stats([r.stats for r in turn.rounds], turn.stop_reason, turn.error)


def combined_stats(
    rounds: Sequence[GenerationStats], stop_reason: StopReason, error: str
) -> GenerationStats:
    """One turn's figures over its rounds: time to the first token of the first round,
    tokens and time summed, the turn's own stop reason and error."""
    if not rounds:
        return GenerationStats(stop_reason=stop_reason, error=error)
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
        stop_reason=stop_reason,
        budget_hit=any(s.budget_hit for s in rounds),
        thinking_s=sum(s.thinking_s for s in rounds),
        error=error,
    )
