"""The scripted engine honours the same contract as the real ones."""

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
from desktop.engines.fake import FakeEngine

HELLO = [{"role": "user", "content": "Hi"}]


def collect(engine: FakeEngine, request: GenerationRequest, cancel=None):
    return list(engine.generate(request, cancel or threading.Event()))


def test_streams_thinking_then_answer():
    engine = FakeEngine("The answer.", "Let me think.", tokens_per_s=0)
    engine.load(Path("fake.gguf"), LoadOptions())
    events = collect(engine, GenerationRequest(HELLO, thinking=ThinkingMode.ON))
    thinking = "".join(e.text for e in events if isinstance(e, ThinkingDelta))
    answer = "".join(e.text for e in events if isinstance(e, TextDelta))
    assert (thinking, answer) == ("Let me think.", "The answer.")
    assert isinstance(events[-1], Finished)
    assert events[-1].stats.thinking_tokens > 0


def test_thinking_off_and_budget():
    engine = FakeEngine("Done.", "one two three four five six", tokens_per_s=0)
    engine.load(Path("fake.gguf"), LoadOptions())
    off = collect(engine, GenerationRequest(HELLO, thinking=ThinkingMode.OFF))
    assert not any(isinstance(e, ThinkingDelta) for e in off)
    budget = collect(engine, GenerationRequest(HELLO, thinking_budget=3))
    assert budget[-1].stats.budget_hit
    assert budget[-1].stats.stop_reason is StopReason.BUDGET
    assert "".join(e.text for e in budget if isinstance(e, TextDelta)) == "Done."


def test_rate_and_cancel():
    engine = FakeEngine("word " * 1000, tokens_per_s=500)
    engine.load(Path("fake.gguf"), LoadOptions())
    cancel = threading.Event()
    started = time.perf_counter()
    stream = engine.generate(GenerationRequest(HELLO, thinking=ThinkingMode.OFF), cancel)
    for i, event in enumerate(stream):
        if i == 10:
            cancel.set()
        last = event
    assert isinstance(last, Finished)
    assert last.stats.stop_reason is StopReason.CANCELLED
    assert last.stats.generated_tokens <= 12
    assert time.perf_counter() - started < 1.0
