"""Decode speed and TTFT through our llama.cpp engine vs a bare llama_cpp token loop.

Same model, same Llama instance, same threads, greedy decoding, KV cache cleared before
every run; runs alternate so machine noise hits both sides. Target: ratio >= 0.95.
Usage: python benchmarks/engine_overhead.py [--tokens 128] [--runs 5]
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
    LoadOptions,
    Sampling,
    ThinkingMode,
)
from desktop.engines.llamacpp import LlamaCppEngine
from desktop.engines.llamacpp_support import llama_module

MESSAGES = [{"role": "user", "content": "Write a long story about a dragon who learns to sing."}]


def bare_run(engine: LlamaCppEngine, n_tokens: int) -> tuple[float, float, int]:
    """TTFT (s), decode tok/s, tokens — a plain Llama.generate loop with detokenize."""
    loaded = engine._loaded
    assert loaded is not None
    llm = loaded.llm
    llama_cpp = llama_module()
    started = time.perf_counter()
    prompt = engine.render_prompt(GenerationRequest(MESSAGES, thinking=ThinkingMode.OFF))
    tokens = llm.tokenize(prompt.encode(), add_bos=loaded.add_bos, special=True)
    llm.reset()
    first = 0.0
    count = 0
    for token in llm.generate(tokens, temp=0.0, top_k=20, top_p=0.8, min_p=0.0):
        if count == 0:
            first = time.perf_counter()
        if llama_cpp.llama_vocab_is_eog(loaded.vocab, token):
            break
        llm._model.detokenize([token], special=True)
        count += 1
        if count >= n_tokens:
            break
    end = time.perf_counter()
    return first - started, (count - 1) / (end - first), count


def engine_run(engine: LlamaCppEngine, n_tokens: int) -> tuple[float, float, int]:
    loaded = engine._loaded
    assert loaded is not None
    loaded.llm.reset()  # no KV reuse: measure the same work as the bare loop
    request = GenerationRequest(
        MESSAGES,
        thinking=ThinkingMode.OFF,
        max_tokens=n_tokens,
        sampling=Sampling(temperature=0.0, top_k=20, top_p=0.8, min_p=0.0),
    )
    stats = None
    for event in engine.generate(request, threading.Event()):
        if isinstance(event, Finished):
            stats = event.stats
    assert stats is not None
    return stats.ttft_s, stats.generation_tps, stats.generated_tokens


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tokens", type=int, default=128)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    engine = LlamaCppEngine()
    info = engine.load(smollm_path(), LoadOptions(n_ctx=2048))
    print(f"model: {info.name} ({info.details.get('quant')}), threads: default (physical cores)")
    bare_run(engine, 16)  # warm up
    engine_run(engine, 16)
    bare: list[tuple[float, float, int]] = []
    ours: list[tuple[float, float, int]] = []
    for _ in range(args.runs):
        bare.append(bare_run(engine, args.tokens))
        ours.append(engine_run(engine, args.tokens))
    bare_tps = statistics.median(r[1] for r in bare)
    our_tps = statistics.median(r[1] for r in ours)
    bare_ttft = statistics.median(r[0] for r in bare)
    our_ttft = statistics.median(r[0] for r in ours)
    print(f"tokens per run: bare {bare[0][2]}, engine {ours[0][2]}; runs: {args.runs}")
    print(f"decode tok/s  bare llama_cpp loop: {bare_tps:8.1f}")
    print(f"decode tok/s  Qwen Desk engine:    {our_tps:8.1f}")
    print(f"ratio engine/bare: {our_tps / bare_tps:.3f}  (target >= 0.95)")
    print(
        f"TTFT bare {bare_ttft * 1000:.1f} ms, engine {our_ttft * 1000:.1f} ms, "
        f"overhead {(our_ttft - bare_ttft) * 1000:+.1f} ms"
    )
    engine.unload()


if __name__ == "__main__":
    main()
