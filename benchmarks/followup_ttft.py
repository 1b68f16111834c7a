"""TTFT of a first turn vs a follow-up turn after ~3k tokens of history, on SmolLM2.

The follow-up reuses the KV cache for the shared prefix, so it evaluates only the new turn.
Target: follow-up TTFT <= 1.5x the first turn's. Also prints the cost without reuse.
Usage: python benchmarks/followup_ttft.py
"""

from __future__ import annotations

import threading

from _models import smollm_path

from desktop.engines.base import (
    Finished,
    GenerationRequest,
    GenerationStats,
    LoadOptions,
    Sampling,
    TextDelta,
)
from desktop.engines.llamacpp import LlamaCppEngine

GREEDY = Sampling(temperature=0.0)
PARAGRAPH = (
    "The lighthouse keeper wrote in his log every evening, noting the wind, the colour of "
    "the sea, the ships that passed and the birds that rested on the rail. "
)


def turn(engine: LlamaCppEngine, messages: list[dict[str, str]]) -> tuple[str, GenerationStats]:
    text: list[str] = []
    stats = None
    request = GenerationRequest(messages, max_tokens=32, sampling=GREEDY)
    for event in engine.generate(request, threading.Event()):
        if isinstance(event, TextDelta):
            text.append(event.text)
        elif isinstance(event, Finished):
            stats = event.stats
    assert stats is not None
    return "".join(text), stats


def main() -> None:
    engine = LlamaCppEngine()
    engine.load(smollm_path(), LoadOptions(n_ctx=8192))
    first_messages = [{"role": "user", "content": "Hello! Tell me about lighthouses."}]
    _, first = turn(engine, first_messages)

    # Build ~3k tokens of history, one turn at a time, as a real chat would.
    history = list(first_messages)
    while engine.count_prompt_tokens(GenerationRequest(history)) < 3000:
        history.append({"role": "user", "content": PARAGRAPH * 6 + "What do you think?"})
        reply, _ = turn(engine, history)
        history.append({"role": "assistant", "content": reply})
    history.append({"role": "user", "content": "Summarise our chat in one sentence."})
    _, follow = turn(engine, history)

    assert engine._loaded is not None
    engine._loaded.llm.reset()
    _, cold = turn(engine, history)

    print(f"turn 1:     prompt {first.prompt_tokens:5d} tokens, TTFT {first.ttft_s * 1000:7.1f} ms")
    print(
        f"follow-up:  prompt {follow.prompt_tokens:5d} tokens ({follow.cached_prompt_tokens} "
        f"reused), TTFT {follow.ttft_s * 1000:7.1f} ms"
    )
    print(f"same prompt without reuse: TTFT {cold.ttft_s * 1000:7.1f} ms")
    print(f"follow-up / turn 1 = {follow.ttft_s / first.ttft_s:.2f}  (target <= 1.5)")
    engine.unload()


if __name__ == "__main__":
    main()
