"""How long a context a GGUF model loads with, and YaRN where its model card offers it.

Qwen3 (4B and larger), QwQ and Qwen2.5 (7B and larger) are trained on 32,768 tokens and reach
131,072 with YaRN rope scaling (factor 4). llama.cpp applies it through its rope-scaling
options, the same as ``llama-server --rope-scaling yarn --rope-scale 4 --yarn-orig-ctx 32768``.
It is turned on only when the user asks for more than the file's own context length.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop.core.models.families import (
    YARN_CAUTION,
    family_of,
    long_context_for,
    size_in_billions,
)
from desktop.core.models.gguf_info import GGUFInfo

LLAMA_ROPE_SCALING_TYPE_YARN = 2  # enum llama_rope_scaling_type


@dataclass(frozen=True)
class ContextPlan:
    n_ctx: int
    llama_kwargs: dict[str, Any] = field(default_factory=dict)
    details: dict[str, str] = field(default_factory=dict)  # for ModelInfo.details

    @property
    def yarn(self) -> bool:
        return "rope_scaling_type" in self.llama_kwargs


def context_plan(gguf: GGUFInfo, template: str | None, requested: int) -> ContextPlan:
    """The context to load ``gguf`` with for a ``requested`` length, and the YaRN options."""
    family = family_of(gguf.name_text, gguf.architecture, template, gguf.path.name)
    details = {"family": family.value}
    trained = gguf.context_length
    if trained <= 0 or requested <= trained:
        return ContextPlan(requested, {}, details)
    if gguf.rope_scaling_type:
        details["context"] = (
            f"The file already carries {gguf.rope_scaling_type} rope scaling up to "
            f"{trained:,} tokens."
        )
        return ContextPlan(trained, {}, details)
    size_b = size_in_billions(gguf.name_text, gguf.size_label, gguf.n_params)
    offer = long_context_for(family, size_b)
    if offer is None:
        details["context"] = (
            f"Context capped at the model's native {trained:,} tokens: its model card offers "
            "no longer context."
        )
        return ContextPlan(trained, {}, details)
    factor = offer.factor_for(requested)
    n_ctx = min(requested, int(offer.native * factor))
    details["context"] = (
        f"YaRN rope scaling x{factor:g} over the native {offer.native:,} tokens for "
        f"{n_ctx:,} tokens, as the model card offers (up to {offer.max:,}). {YARN_CAUTION}"
    )
    kwargs = {
        "rope_scaling_type": LLAMA_ROPE_SCALING_TYPE_YARN,
        "rope_freq_scale": 1.0 / factor,
        "yarn_orig_ctx": offer.native,
    }
    return ContextPlan(n_ctx, kwargs, details)
