"""Refuse a load that cannot fit in memory, before llama.cpp tries and the OS kills the app.

Weights are memory-mapped (file-backed pages the OS can drop), so they must fit in total
memory; the KV cache and compute buffers are anonymous memory and must fit in what is free.
"""

from __future__ import annotations

import psutil

from desktop.core.models.fit import gguf_memory_needed, largest_fitting_context
from desktop.core.models.gguf_info import GGUFInfo, split_parts
from desktop.core.units import format_size
from desktop.engines.base import LoadOptions, ModelLoadError


def check_memory(gguf: GGUFInfo, n_ctx: int, options: LoadOptions) -> None:
    """Raise :class:`ModelLoadError` when the model cannot run in this machine's memory."""
    memory = psutil.virtual_memory()
    available = options.memory_limit_bytes or memory.available
    total = options.memory_limit_bytes or memory.total
    weights_bytes = sum(p.stat().st_size for p in split_parts(gguf.path) if p.exists())
    layers, kv_heads, head_dim = gguf.n_layers, gguf.n_kv_heads, gguf.head_dim
    if not (layers and kv_heads and head_dim):
        return  # unknown shape: let llama.cpp decide
    weights, working = gguf_memory_needed(
        weights_bytes, layers, kv_heads, head_dim, n_ctx, options.kv_cache_type
    )
    anonymous = working + (0 if options.use_mmap else weights)
    if anonymous <= available and weights + working <= total:
        return
    room = min(available - (0 if options.use_mmap else weights), total - weights)
    best = largest_fitting_context(room, layers, kv_heads, head_dim, options.kv_cache_type, n_ctx)
    need = format_size(weights + working)
    free = format_size(available)
    if best >= 512:
        raise ModelLoadError(
            f"{gguf.name} needs about {need} of memory at a context of {n_ctx:,} tokens, but "
            f"only {free} is free. A context of {best:,} tokens fits: load it with that, or "
            "close other apps.",
            "context_too_large",
            suggested_n_ctx=best,
        )
    raise ModelLoadError(
        f"{gguf.name} needs at least {format_size(weights)} for its weights plus working "
        f"memory, but this computer has only {free} free ({format_size(total)} in all). Choose a "
        "smaller "
        "model or a smaller quantisation (e.g. Q4_K_M).",
        "not_enough_memory",
    )
