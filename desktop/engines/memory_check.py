"""Refuse a load that cannot fit in memory, before llama.cpp tries and the OS kills the app.

Weights are memory-mapped (file-backed pages the OS can drop), so they must fit in total
memory; the KV cache and compute buffers are anonymous memory and must fit in what is free.
"""

from __future__ import annotations

import psutil

from desktop.core.i18n import translate
from desktop.core.models.fit import gguf_memory_needed, largest_fitting_context
from desktop.core.models.gguf_info import GGUFInfo, split_parts
from desktop.core.units import format_size
from desktop.engines.base import LoadOptions, ModelLoadError

MIN_CONTEXT = 512  # smaller contexts are not offered: too short for a conversation


def check_memory(gguf: GGUFInfo, n_ctx: int, options: LoadOptions) -> None:
    """Raise :class:`ModelLoadError` when the model cannot run in this machine's memory."""
    memory = psutil.virtual_memory()
    available = options.memory_limit_bytes or memory.available
    total = options.memory_limit_bytes or memory.total
    weights_bytes = sum(p.stat().st_size for p in split_parts(gguf.path) if p.exists())
    layers, kv_heads, head_dim = gguf.n_layers, gguf.n_kv_heads, gguf.head_dim
    if not (layers and kv_heads and head_dim):
        return  # unknown shape: let llama.cpp decide
    kv_type = options.kv_cache_type
    weights, working = gguf_memory_needed(weights_bytes, layers, kv_heads, head_dim, n_ctx, kv_type)
    anonymous = working + (0 if options.use_mmap else weights)
    if anonymous <= available and weights + working <= total:
        return
    room = min(available - (0 if options.use_mmap else weights), total - weights)
    best = largest_fitting_context(room, layers, kv_heads, head_dim, kv_type, n_ctx)
    free = format_size(available)
    if best >= MIN_CONTEXT:
        raise ModelLoadError(
            translate(
                "ModelLoad",
                "{model} needs about {size} of memory at a context of {context} tokens, but only "
                "{free} is free. A context of {fits} tokens fits: load it with that, or close "
                "other apps.",
            ).format(
                model=gguf.name,
                size=format_size(weights + working),
                context=f"{n_ctx:,}",
                free=free,
                fits=f"{best:,}",
            ),
            "context_too_large",
            suggested_n_ctx=best,
        )
    # Not even the smallest context fits: say what that needs, weights and the rest apart,
    # so that a header claiming absurd sizes shows its absurd figure, not "0.0 GB".
    floor = min(n_ctx, MIN_CONTEXT)
    _, least = gguf_memory_needed(weights_bytes, layers, kv_heads, head_dim, floor, kv_type)
    raise ModelLoadError(
        translate(
            "ModelLoad",
            "{model} needs about {size} of memory even at a context of {context} tokens "
            "({weights} for its weights, {working} for its KV cache and working buffers), but "
            "this computer has only {free} free ({total} in all). Choose a smaller model or a "
            "smaller quantisation (e.g. Q4_K_M).",
        ).format(
            model=gguf.name,
            size=format_size(weights + least),
            context=f"{floor:,}",
            weights=format_size(weights),
            working=format_size(least),
            free=free,
            total=format_size(total),
        ),
        "not_enough_memory",
    )
