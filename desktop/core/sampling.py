"""Sampling parameters: the one type every layer uses, and Qwen's recommended presets.

Qwen3's model cards recommend temperature 0.6, top-p 0.95, top-k 20, min-p 0 when thinking
(greedy decoding makes thinking loop) and 0.7 / 0.8 / 20 / 0 otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Sampling:
    temperature: float = 0.7
    top_p: float = 0.8
    top_k: int = 20
    min_p: float = 0.0
    presence_penalty: float = 0.0
    repeat_penalty: float = 1.0  # 1 = off
    seed: int = -1  # -1 = a new random seed for every reply


THINKING = Sampling(temperature=0.6, top_p=0.95, top_k=20, min_p=0.0)
NON_THINKING = Sampling(temperature=0.7, top_p=0.8, top_k=20, min_p=0.0)


def qwen_preset(thinking: bool) -> Sampling:
    """Qwen3's recommended sampling for the mode a reply runs in."""
    return THINKING if thinking else NON_THINKING
