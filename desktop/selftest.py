"""``--self-test``: start without a window, load a model, generate a short reply, report.

Every build (source or frozen) can be smoke-tested with it. Exit code 0 means the engine
layer works end to end on this machine.
"""

from __future__ import annotations

import sys
import tempfile
import threading
from pathlib import Path

from desktop.engines import pick_engine
from desktop.engines.base import (
    EngineError,
    Finished,
    GenerationRequest,
    LoadOptions,
    Sampling,
    StopReason,
    TextDelta,
    ThinkingDelta,
    ThinkingMode,
)

PROMPT = "Say hello in one short sentence."


def run_self_test(model: Path | None = None, max_tokens: int = 32) -> int:
    """Returns the process exit code; prints one line on success, a plain message on failure."""
    with tempfile.TemporaryDirectory(prefix="qwen-desk-selftest-") as scratch:
        if model is None:
            from desktop.core.models.tiny_gguf import build_tiny_gguf

            model = build_tiny_gguf(Path(scratch) / "tiny-qwen3.gguf")
        try:
            engine = pick_engine(model)
            info = engine.load(model, LoadOptions(n_ctx=2048))
            request = GenerationRequest(
                [{"role": "user", "content": PROMPT}],
                thinking=ThinkingMode.OFF,
                max_tokens=max_tokens,
                sampling=Sampling(temperature=0.0, seed=0),
            )
            text: list[str] = []
            thought: list[str] = []
            stats = None
            for event in engine.generate(request, threading.Event()):
                if isinstance(event, TextDelta):
                    text.append(event.text)
                elif isinstance(event, ThinkingDelta):
                    thought.append(event.text)
                elif isinstance(event, Finished):
                    stats = event.stats
            engine.unload()
        except EngineError as exc:
            print(f"self-test failed: {exc}", file=sys.stderr)
            return 1
        except Exception as exc:
            print(f"self-test failed unexpectedly: {exc!r}", file=sys.stderr)
            return 2
    if stats is None or stats.stop_reason is StopReason.ERROR:
        reason = stats.error if stats else "no final event"
        print(f"self-test failed: {reason}", file=sys.stderr)
        return 1
    reply = "".join(text).strip().replace("\n", " ")
    thinking = "".join(thought).strip().replace("\n", " ")
    answer_tokens = stats.generated_tokens - stats.thinking_tokens
    if not reply and not thinking:
        print(
            f"self-test failed: {info.name} generated {stats.generated_tokens} tokens but no "
            "text, neither an answer nor thinking. The model file may be damaged or not a chat "
            "model; try another model.",
            file=sys.stderr,
        )
        return 1
    # An always-thinking model may spend the whole budget thinking: that is a working engine.
    shown = f"reply: {reply[:60]!r}" if reply else f"thinking: {thinking[:60]!r} (no answer yet)"
    print(
        f"self-test ok: {info.name} via {info.engine}: {stats.generated_tokens} tokens "
        f"({stats.thinking_tokens} thinking, {answer_tokens} answer), "
        f"{stats.generation_tps:.1f} tok/s, TTFT {stats.ttft_s * 1000:.0f} ms, {shown}"
    )
    return 0
