"""What only the scripted engine does: it streams its script at the chosen rate. The engine
contract it shares with llama.cpp and MLX is in test_engine_contract.py."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from desktop.engines.base import (
    Finished,
    GenerationRequest,
    LoadOptions,
    StopReason,
    TextDelta,
    ThinkingDelta,
    ThinkingMode,
)
from desktop.engines.fake import FakeEngine, tokenize_text

HELLO = [{"role": "user", "content": "Hi"}]


def collect(engine: FakeEngine, request: GenerationRequest):
    return list(engine.generate(request, threading.Event()))


def test_streams_its_thinking_then_its_answer():
    engine = FakeEngine("The answer.", "Let me think.", tokens_per_s=0)
    engine.load(Path("fake.gguf"), LoadOptions())
    events = collect(engine, GenerationRequest(HELLO, thinking=ThinkingMode.ON))
    thinking = "".join(e.text for e in events if isinstance(e, ThinkingDelta))
    answer = "".join(e.text for e in events if isinstance(e, TextDelta))
    assert (thinking, answer) == ("Let me think.", "The answer.")
    assert isinstance(events[-1], Finished)
    assert events[-1].stats.thinking_tokens == len(tokenize_text("Let me think.")) + 1
    assert engine.requests == [GenerationRequest(HELLO, thinking=ThinkingMode.ON)]


def test_streams_at_the_chosen_rate():
    script = "word " * 30
    pieces = len(tokenize_text(script))
    engine = FakeEngine(script, tokens_per_s=300)
    engine.load(Path("fake.gguf"), LoadOptions())
    started = time.perf_counter()
    events = collect(engine, GenerationRequest(HELLO, thinking=ThinkingMode.OFF))
    elapsed = time.perf_counter() - started
    last = events[-1]
    assert isinstance(last, Finished)
    stats = last.stats
    assert stats.stop_reason is StopReason.EOS
    assert stats.generated_tokens == pieces
    assert elapsed >= pieces / 300 * 0.95, "one token per 1/300 s, never faster"
    assert 0 < stats.generation_tps <= 300 * 1.05
