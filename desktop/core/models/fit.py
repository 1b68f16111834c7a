"""Model fit estimates and recommendations for this machine's profile.

Memory a GGUF model needs, in bytes::

    weights  = the file size (llama.cpp maps the file; all of it ends up resident)
    kv_cache = 2 (K and V) * n_layers * n_kv_heads * head_dim * n_ctx * bytes_per_element
               bytes_per_element: f16 = 2, q8_0 = 34/32 = 1.0625, q4_0 = 18/32 = 0.5625
               (q8_0 and q4_0 store 32 values in blocks of 34 and 18 bytes)
    runtime  = RUNTIME_BASE_BYTES (300 MiB: code, the tokenizer, graph metadata, buffers
               that do not depend on context) + RUNTIME_PER_TOKEN_BYTES (32 KiB) * n_ctx
               (compute buffers whose size follows the context; an upper-middle figure
               from llama.cpp load logs of 1.5B-14B Qwen models with flash attention off)

The verdict compares the total with :attr:`MachineProfile.memory_budget`:
FITS when it takes at most 80 % of the budget, TIGHT up to 100 %, WONT_FIT beyond.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

from desktop.core.hardware import MIB, MachineProfile
from desktop.core.models.catalog import Catalog, CatalogEntry, GGUFQuant

RUNTIME_BASE_BYTES = 300 * MIB
RUNTIME_PER_TOKEN_BYTES = 32 * 1024
FITS_FRACTION = Fraction(8, 10)
KV_BYTES_PER_ELEMENT = {"f16": Fraction(2), "q8_0": Fraction(34, 32), "q4_0": Fraction(18, 32)}
MIN_CONTEXT = 512
DEFAULT_CONTEXT = 8192


class Verdict(StrEnum):
    FITS = "fits"
    TIGHT = "tight"
    WONT_FIT = "won't fit"


# --- fit estimates --------------------------------------------------------------------------


@dataclass(frozen=True)
class FitEstimate:
    weights_bytes: int
    kv_cache_bytes: int
    runtime_bytes: int
    n_ctx: int
    kv_type: str
    budget_bytes: int
    verdict: Verdict

    @property
    def total_bytes(self) -> int:
        return self.weights_bytes + self.kv_cache_bytes + self.runtime_bytes


def kv_cache_bytes(
    n_layers: int, n_kv_heads: int, head_dim: int, n_ctx: int, kv_type: str = "f16"
) -> int:
    """2 * n_layers * n_kv_heads * head_dim * n_ctx * bytes_per_element, rounded up."""
    try:
        per_element = KV_BYTES_PER_ELEMENT[kv_type]
    except KeyError:
        raise ValueError(f"unknown KV cache type {kv_type!r}") from None
    return math.ceil(2 * n_layers * n_kv_heads * head_dim * n_ctx * per_element)


def runtime_bytes(n_ctx: int) -> int:
    return RUNTIME_BASE_BYTES + RUNTIME_PER_TOKEN_BYTES * n_ctx


def verdict_for(total: int, budget: int) -> Verdict:
    if total <= budget * FITS_FRACTION:
        return Verdict.FITS
    if total <= budget:
        return Verdict.TIGHT
    return Verdict.WONT_FIT


def estimate_fit(
    entry: CatalogEntry,
    quant: GGUFQuant,
    profile: MachineProfile,
    n_ctx: int = DEFAULT_CONTEXT,
    kv_type: str = "f16",
) -> FitEstimate:
    """Memory ``quant`` of ``entry`` needs at ``n_ctx`` tokens, and whether it fits."""
    arch = entry.arch
    kv = kv_cache_bytes(arch.n_layers, arch.n_kv_heads, arch.head_dim, n_ctx, kv_type)
    runtime = runtime_bytes(n_ctx)
    total = quant.size + kv + runtime
    budget = profile.memory_budget
    return FitEstimate(quant.size, kv, runtime, n_ctx, kv_type, budget, verdict_for(total, budget))


def max_context(
    entry: CatalogEntry,
    quant: GGUFQuant,
    profile: MachineProfile,
    kv_type: str = "f16",
    *,
    comfortable: bool = True,
) -> int | None:
    """The largest power-of-two context (512 up to the model's maximum) that fits.

    ``comfortable`` asks for a FITS verdict; otherwise TIGHT is accepted. ``None`` when
    not even 512 tokens fit.
    """
    accept = {Verdict.FITS} if comfortable else {Verdict.FITS, Verdict.TIGHT}
    best = None
    n_ctx = MIN_CONTEXT
    while n_ctx <= entry.context_max:
        if estimate_fit(entry, quant, profile, n_ctx, kv_type).verdict not in accept:
            break
        best = n_ctx
        n_ctx *= 2
    return best


# --- recommendation -------------------------------------------------------------------------

# How well a family serves a task, per billion effective parameters. Newer generations and
# specialists score higher; always-thinking models are slow for casual chat.
_FAMILY_WEIGHT: dict[str, dict[str, float]] = {
    "chat": {"qwen3": 1.3, "qwen3-2507": 1.4, "qwen2.5": 1.0, "qwq": 0.8, "qwen2.5-coder": 0.6},
    "code": {"qwen3": 1.3, "qwen3-2507": 1.4, "qwen2.5-coder": 1.4, "qwen2.5": 0.9, "qwq": 1.2},
    "maths": {"qwen3": 1.4, "qwen3-2507": 1.5, "qwq": 1.4, "qwen2.5-math": 1.2, "qwen2.5": 0.8},
}
_QUANT_QUALITY = {"Q8_0": 1.0, "Q6_K": 0.99, "Q5_K_M": 0.98, "Q5_0": 0.97, "Q4_K_M": 0.95}
_THINKING_CHAT_PENALTY = 0.75


@dataclass(frozen=True)
class Recommendation:
    entry: CatalogEntry
    repo: str
    quant: GGUFQuant
    fit: FitEstimate
    score: float


def effective_params_b(entry: CatalogEntry) -> float:
    """Dense size; a mixture of experts counts as sqrt(total * active) (a common rule)."""
    return math.sqrt(entry.params_total_b * entry.params_active_b)


def _score(entry: CatalogEntry, quant: GGUFQuant, task: str) -> float:
    weight = _FAMILY_WEIGHT[task].get(entry.family, 0.0)
    if task == "chat" and entry.thinking.value == "always":
        weight *= _THINKING_CHAT_PENALTY
    quality = _QUANT_QUALITY.get(quant.quant.upper(), 0.9)
    return effective_params_b(entry) * weight * quality


# Decoding reads every weight once per token, so speed ~ memory bandwidth / weights size.
# Effective bandwidths, calibrated on this project's CI box (SmolLM2-135M decodes at ~70 tok/s
# on 2 cores, i.e. ~3.4 GB/s per core) and common figures for Apple Silicon and NVIDIA cards.
CPU_BYTES_PER_S_PER_CORE = 3.4e9
CPU_BYTES_PER_S_MAX = 40e9
APPLE_BYTES_PER_S = 90e9
NVIDIA_BYTES_PER_S = 300e9
MIN_TOKENS_PER_S = 5.0  # slower than this feels broken in a chat


def active_fraction(entry: CatalogEntry) -> float:
    """The share of the weights one token reads: active / total parameters (1 for a dense
    model; 3.3 / 30.5 for Qwen3-30B-A3B, whose router picks 8 of 128 experts per token)."""
    return entry.params_active_b / entry.params_total_b if entry.params_total_b > 0 else 1.0


def estimated_tokens_per_s(
    weights_bytes: int, profile: MachineProfile, active: float = 1.0
) -> float:
    """A rough decode speed for a model of ``weights_bytes`` on this machine. ``active`` is
    :func:`active_fraction`: a mixture of experts reads only its active experts per token, so
    its speed follows the active parameters while its memory fit follows the total."""
    if profile.apple_silicon:
        bandwidth = APPLE_BYTES_PER_S
    elif any(g.vendor == "nvidia" and g.vram_free >= weights_bytes for g in profile.gpus):
        bandwidth = NVIDIA_BYTES_PER_S
    else:
        bandwidth = min(CPU_BYTES_PER_S_PER_CORE * profile.cores_physical, CPU_BYTES_PER_S_MAX)
    return bandwidth / max(weights_bytes * active, 1)


def recommendation_speed(rec: Recommendation, profile: MachineProfile) -> float:
    """Estimated tokens per second of a recommendation (active parameters for MoE)."""
    return estimated_tokens_per_s(rec.fit.weights_bytes, profile, active_fraction(rec.entry))


def fitting(
    task: str, profile: MachineProfile, catalog: Catalog | Iterable[CatalogEntry], n_ctx: int
) -> list[Recommendation]:
    """Every entry+quant for ``task`` that FITS at ``n_ctx`` (capped at each model's context),
    however slowly it would run, in catalog order."""
    if task not in _FAMILY_WEIGHT:
        raise ValueError(f"no recommendations for task {task!r}")
    found = []
    for entry in catalog:
        if task not in entry.tasks or entry.is_embedding:
            continue
        ctx = min(n_ctx, entry.context_max)
        for source, quant in entry.quants():
            fit = estimate_fit(entry, quant, profile, ctx)
            if fit.verdict is Verdict.FITS:
                found.append(
                    Recommendation(entry, source.repo, quant, fit, _score(entry, quant, task))
                )
    return found


def candidates(
    task: str, profile: MachineProfile, catalog: Catalog | Iterable[CatalogEntry], n_ctx: int
) -> list[Recommendation]:
    """Every entry+quant for ``task`` that FITS at ``n_ctx`` (capped at each model's
    context), best first. Memory fit counts every parameter (a mixture of experts keeps all
    its experts loaded); speed counts the active ones. Models this machine would decode
    slower than MIN_TOKENS_PER_S are left out, unless nothing is that fast: then the fastest
    that fit come first."""
    found = fitting(task, profile, catalog, n_ctx)
    fast = [r for r in found if recommendation_speed(r, profile) >= MIN_TOKENS_PER_S]
    if fast:
        fast.sort(key=lambda r: (-r.score, r.fit.total_bytes))
        return fast
    found.sort(key=lambda r: (-recommendation_speed(r, profile), -r.score))
    return found


def recommend(
    task: str,
    profile: MachineProfile,
    catalog: Catalog | Iterable[CatalogEntry],
    n_ctx: int = DEFAULT_CONTEXT,
) -> Recommendation | None:
    """The best entry and quantisation for ``task`` ("chat", "code", "maths") that fits
    comfortably at ``n_ctx`` tokens; ``None`` when nothing does."""
    found = candidates(task, profile, catalog, n_ctx)
    return found[0] if found else None


def gguf_memory_needed(
    weights: int, n_layers: int, n_kv_heads: int, head_dim: int, n_ctx: int, kv_type: str = "f16"
) -> tuple[int, int]:
    """(weights bytes, KV cache + runtime bytes) to run a GGUF model at ``n_ctx``."""
    return weights, kv_cache_bytes(n_layers, n_kv_heads, head_dim, n_ctx, kv_type) + runtime_bytes(
        n_ctx
    )


def largest_fitting_context(
    budget: int, n_layers: int, n_kv_heads: int, head_dim: int, kv_type: str, upper: int
) -> int:
    """The largest context (a multiple of 256, at most ``upper``) whose KV cache and runtime
    buffers fit in ``budget`` bytes; 0 when not even 256 tokens fit."""
    best = 0
    size = 256
    while size <= upper:
        extra = kv_cache_bytes(n_layers, n_kv_heads, head_dim, size, kv_type) + runtime_bytes(size)
        if extra > budget:
            break
        best = size
        size *= 2
    return best
