"""Prompt-lookup (n-gram) speculative decoding on a task that repeats the prompt: editing code
the user pasted. The same SmolLM2, prompt, greedy sampling and limit with and without it;
runs alternate. Prints decode tok/s (wall) and CPU seconds per generated token both ways, and
a plain chat reply (which repeats nothing) for the other side of the trade.
Usage: python benchmarks/prompt_lookup.py [--runs 3] [--tokens 300] [--lookup 10]
"""

from __future__ import annotations

import argparse
import statistics
import threading
import time

from _models import smollm_path

from desktop.engines.base import (
    Finished,
    GenerationRequest,
    GenerationStats,
    LoadOptions,
    Sampling,
    ThinkingMode,
)
from desktop.engines.llamacpp import LlamaCppEngine

CODE = "\n".join(
    f"def step_{i}(values, factor):\n    total = 0\n    for value in values:\n"
    f"        total += value * factor + {i}\n    return total\n"
    for i in range(12)
)
EDIT = [
    {
        "role": "user",
        "content": "Rename the parameter `factor` to `scale` everywhere in this code and "
        f"return the whole code, unchanged otherwise:\n\n```python\n{CODE}```",
    }
]
CHAT = [{"role": "user", "content": "Write a long story about a dragon who learns to sing."}]


def run(engine: LlamaCppEngine, messages: list[dict[str, str]], tokens: int) -> tuple[float, float]:
    request = GenerationRequest(
        messages,
        thinking=ThinkingMode.OFF,
        sampling=Sampling(temperature=0.0, top_k=1, seed=1),
        max_tokens=tokens,
    )
    loaded = engine._loaded
    assert loaded is not None
    loaded.llm.reset()
    cpu = time.process_time()
    stats: GenerationStats | None = None
    for event in engine.generate(request, threading.Event()):
        if isinstance(event, Finished):
            stats = event.stats
    assert stats is not None
    used = time.process_time() - cpu
    return stats.generation_tps, used / max(1, stats.generated_tokens)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--tokens", type=int, default=300)
    parser.add_argument("--lookup", type=int, default=10)
    args = parser.parse_args()
    plain, lookup = LlamaCppEngine(), LlamaCppEngine()
    plain.load(smollm_path(), LoadOptions(n_ctx=4096))
    lookup.load(smollm_path(), LoadOptions(n_ctx=4096, prompt_lookup=args.lookup))
    for name, messages in (("code edit", EDIT), ("plain chat", CHAT)):
        off, on = [], []
        for _ in range(args.runs):
            off.append(run(plain, messages, args.tokens))
            on.append(run(lookup, messages, args.tokens))
        tps_off = statistics.median(r[0] for r in off)
        tps_on = statistics.median(r[0] for r in on)
        cpu_off = statistics.median(r[1] for r in off) * 1000
        cpu_on = statistics.median(r[1] for r in on) * 1000
        print(
            f"{name}: without {tps_off:.1f} tok/s ({cpu_off:.1f} ms CPU/token), with lookup "
            f"{tps_on:.1f} tok/s ({cpu_on:.1f} ms CPU/token): {tps_on / tps_off:.2f}x speed, "
            f"{cpu_on / cpu_off:.2f}x CPU",
            flush=True,
        )
    plain.unload()
    lookup.unload()


if __name__ == "__main__":
    main()
