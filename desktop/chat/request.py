"""From a conversation's thread and options to the engine request, for the model it runs on.

This is the one place that decides whether a reply thinks and which sampling it uses.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from desktop.chat.options import ChatOptions
from desktop.core.history import Message
from desktop.core.i18n import translate
from desktop.core.models.families import family_from_details
from desktop.core.models.request_defaults import (
    SystemChoice,
    apply_system_prompt,
    choose_system,
    request_defaults,
)
from desktop.core.sampling import Sampling
from desktop.core.settings import GenerationSettings
from desktop.core.thinking import resolve_thinking
from desktop.engines.base import GenerationRequest, ModelInfo
from desktop.tools.history import model_message


def thinks(options: ChatOptions, model: ModelInfo) -> bool:
    """Whether a reply with ``options`` thinks on ``model`` (the model's capability decides
    for always- and never-thinking models; the chat's switch for hybrid ones)."""
    return resolve_thinking(options.thinking.value, model.thinking)


def sampling_for(
    options: ChatOptions, generation: GenerationSettings, model: ModelInfo, thinking: bool
) -> tuple[Sampling, str]:
    """The reply's sampling and why: the chat's own, else the model card's for its family
    (or the user's own from Settings when they chose custom sampling there)."""
    if options.sampling is not None:
        return options.sampling, translate("ChatRequest", "This chat's own sampling")
    return request_defaults(generation, family_from_details(model.details), thinking)


def system_for(options: ChatOptions, model: ModelInfo) -> SystemChoice:
    """Where the chat's system prompt goes for this model's family, and why (the Math card's
    prompt, Qwen2.5's template default, no system message for the R1 distills, ...)."""
    return choose_system(family_from_details(model.details), options.preset, options.system_prompt)


def explain(options: ChatOptions, generation: GenerationSettings, model: ModelInfo) -> list[str]:
    """Sentences saying which defaults a reply on ``model`` uses and why, for the window."""
    thinking = thinks(options, model)
    _, sampling_reason = sampling_for(options, generation, model, thinking)
    lines = [sampling_reason, system_for(options, model).reason]
    context = model.details.get("context")
    return [*lines, context] if context else lines


def thread_messages(thread: Sequence[Message], left_out: int = 0) -> list[Mapping[str, Any]]:
    """The thread as chat messages, without the ``left_out`` oldest ones; tool calls and
    results go back in the shape the model's template reads."""
    return [model_message(m.role, m.content, m.stats) for m in thread[left_out:]]


def build_request(
    messages: Sequence[Mapping[str, Any]],
    options: ChatOptions,
    generation: GenerationSettings,
    model: ModelInfo,
) -> GenerationRequest:
    """The request for ``messages`` (user/assistant/tool turns, no system message)."""
    thinking = thinks(options, model)
    sampling, _ = sampling_for(options, generation, model, thinking)
    return GenerationRequest(
        apply_system_prompt(system_for(options, model), messages),
        thinking=options.thinking,
        thinking_budget=options.thinking_budget,
        sampling=sampling,
        max_tokens=options.max_tokens or generation.max_tokens,
    )


def left_out_of(thread: Sequence[Message]) -> int:
    """How many of the oldest messages earlier replies left out to fit the context (kept in
    each reply's stats as ``left_out``, so the marks survive a restart)."""
    counts = [m.stats.get("left_out", 0) for m in thread if m.role == "assistant"]
    numbers = [c for c in counts if isinstance(c, int) and not isinstance(c, bool)]
    return max(numbers, default=0)
