"""From a conversation's thread and options to the engine request, for the model it runs on.

This is the one place that decides whether a reply thinks and which sampling it uses.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from desktop.chat.options import ChatOptions
from desktop.core.history import Message
from desktop.core.sampling import Sampling
from desktop.core.settings import GenerationSettings
from desktop.core.thinking import resolve_thinking
from desktop.engines.base import GenerationRequest, ModelInfo
from desktop.tools.history import model_message


def thinks(options: ChatOptions, model: ModelInfo) -> bool:
    """Whether a reply with ``options`` thinks on ``model`` (the model's capability decides
    for always- and never-thinking models; the chat's switch for hybrid ones)."""
    return resolve_thinking(options.thinking.value, model.thinking)


def sampling_for(options: ChatOptions, generation: GenerationSettings, thinking: bool) -> Sampling:
    if options.sampling is not None:
        return options.sampling
    return generation.thinking if thinking else generation.non_thinking


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
    system = [{"role": "system", "content": options.system_prompt}] if options.system_prompt else []
    return GenerationRequest(
        [*system, *messages],
        thinking=options.thinking,
        thinking_budget=options.thinking_budget,
        sampling=sampling_for(options, generation, thinking),
        max_tokens=options.max_tokens or generation.max_tokens,
    )


def left_out_of(thread: Sequence[Message]) -> int:
    """How many of the oldest messages earlier replies left out to fit the context (kept in
    each reply's stats as ``left_out``, so the marks survive a restart)."""
    counts = [m.stats.get("left_out", 0) for m in thread if m.role == "assistant"]
    numbers = [c for c in counts if isinstance(c, int) and not isinstance(c, bool)]
    return max(numbers, default=0)
