"""A conversation's own options — system prompt, thinking, budget, sampling — and how they are
kept in its history row (``system_prompt``, ``thinking_mode`` and the ``sampling`` JSON)."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop.core.history import Conversation
from desktop.core.sampling import Sampling
from desktop.core.settings import GenerationSettings
from desktop.engines.base import ThinkingMode

DEFAULT_PRESET = "General"


@dataclass(frozen=True)
class ChatOptions:
    """What one conversation asks of the model. ``sampling=None`` follows the settings'
    sampling for the mode the reply runs in; ``max_tokens=0`` follows the settings too."""

    preset: str = DEFAULT_PRESET
    system_prompt: str = ""
    thinking: ThinkingMode = ThinkingMode.AUTO
    thinking_budget: int = 0
    sampling: Sampling | None = None
    max_tokens: int = 0
    # Qwen2.5-Math with the Maths preset: run the reply's ```python blocks and continue after
    # their output (tool-integrated reasoning).
    math_python: bool = False


def default_options(generation: GenerationSettings, system_prompt: str = "") -> ChatOptions:
    """Options for a new chat: the settings' thinking mode and budget, the General preset."""
    return ChatOptions(
        system_prompt=system_prompt,
        thinking=_mode(generation.thinking_mode),
        thinking_budget=generation.thinking_budget,
    )


def options_of(conversation: Conversation, generation: GenerationSettings) -> ChatOptions:
    """A stored conversation's options; what it does not record comes from the settings."""
    extra = conversation.sampling
    custom = extra.get("custom")
    return ChatOptions(
        preset=str(extra.get("preset") or DEFAULT_PRESET),
        system_prompt=conversation.system_prompt,
        thinking=_mode(conversation.thinking_mode),
        thinking_budget=_int(extra.get("thinking_budget"), generation.thinking_budget),
        sampling=_sampling(custom) if isinstance(custom, Mapping) else None,
        max_tokens=_int(extra.get("max_tokens"), 0),
        math_python=extra.get("math_python") is True,
    )


def stored_fields(options: ChatOptions) -> dict[str, Any]:
    """Keyword arguments for ``HistoryStore.create_conversation`` / ``update_conversation``."""
    extra: dict[str, Any] = {"preset": options.preset, "thinking_budget": options.thinking_budget}
    if options.max_tokens:
        extra["max_tokens"] = options.max_tokens
    if options.sampling is not None:
        extra["custom"] = dataclasses.asdict(options.sampling)
    if options.math_python:
        extra["math_python"] = True
    return {
        "system_prompt": options.system_prompt,
        "thinking_mode": options.thinking.value,
        "sampling": extra,
    }


def _mode(value: str) -> ThinkingMode:
    try:
        return ThinkingMode(value)
    except ValueError:
        return ThinkingMode.AUTO


def _int(value: object, default: int) -> int:
    return (
        value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else default
    )


def _sampling(data: Mapping[str, Any]) -> Sampling | None:
    """A stored custom sampling, or None when any value is unusable."""
    base = Sampling()
    values: dict[str, float] = {}
    for f in dataclasses.fields(Sampling):
        value = data.get(f.name, getattr(base, f.name))
        if isinstance(value, bool) or not isinstance(value, int | float):
            return None
        values[f.name] = value
    return Sampling(
        temperature=float(values["temperature"]),
        top_p=float(values["top_p"]),
        top_k=int(values["top_k"]),
        min_p=float(values["min_p"]),
        presence_penalty=float(values["presence_penalty"]),
        repeat_penalty=float(values["repeat_penalty"]),
        seed=int(values["seed"]),
    )
