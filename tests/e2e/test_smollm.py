"""End to end with a genuine small instruct model (SmolLM2-135M-Instruct, ChatML)."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest

from desktop.engines.base import (
    Finished,
    GenerationRequest,
    LoadOptions,
    Sampling,
    StopReason,
    TextDelta,
)
from desktop.engines.llamacpp import LlamaCppEngine

pytestmark = pytest.mark.smollm

COMMON_WORDS = {"the", "a", "is", "of", "and", "to", "in", "i", "you", "it", "sea", "water"}


def reply(engine: LlamaCppEngine, messages, **kw):
    text, stats = [], None
    for event in engine.generate(GenerationRequest(messages, **kw), threading.Event()):
        if isinstance(event, TextDelta):
            text.append(event.text)
        elif isinstance(event, Finished):
            stats = event.stats
    assert stats is not None
    return "".join(text), stats


def test_chat_turns_produce_english_and_reuse_the_cache(smollm_path: Path):
    engine = LlamaCppEngine()
    engine.load(smollm_path, LoadOptions(n_ctx=4096))
    greedy = Sampling(temperature=0.0, seed=0)
    history = [
        {"role": "system", "content": "You are a helpful assistant. " * 40},
        {"role": "user", "content": "Write two sentences about the sea."},
    ]
    first_text, first = reply(engine, history, max_tokens=60, sampling=greedy)
    words = set(re.findall(r"[a-z]+", first_text.lower()))
    assert len(words & COMMON_WORDS) >= 2, first_text
    assert first.stop_reason in (StopReason.EOS, StopReason.LENGTH)

    history += [
        {"role": "assistant", "content": first_text},
        {"role": "user", "content": "Now one sentence about mountains."},
    ]
    second_text, second = reply(engine, history, max_tokens=30, sampling=greedy)
    assert second_text.strip()
    assert second.cached_prompt_tokens > 0
    assert second.cached_prompt_tokens >= first.prompt_tokens - 1
    assert second.ttft_s < first.ttft_s, (second.ttft_s, first.ttft_s)
    engine.unload()


def test_cancel_mid_stream_then_continue(smollm_path: Path):
    engine = LlamaCppEngine()
    engine.load(smollm_path, LoadOptions(n_ctx=2048))
    cancel = threading.Event()
    messages = [{"role": "user", "content": "Write a long story about a dragon who sings."}]
    greedy = Sampling(temperature=0.0)  # deterministic: this reply runs past 100 tokens
    events = []
    request = GenerationRequest(messages, max_tokens=400, sampling=greedy)
    for event in engine.generate(request, cancel):
        events.append(event)
        if sum(isinstance(e, TextDelta) for e in events) == 8:
            cancel.set()
    assert isinstance(events[-1], Finished)
    assert events[-1].stats.stop_reason is StopReason.CANCELLED
    assert events[-1].stats.generated_tokens <= 9
    text, stats = reply(engine, messages, max_tokens=8)
    assert text
    assert stats.stop_reason is not StopReason.ERROR
    engine.unload()
