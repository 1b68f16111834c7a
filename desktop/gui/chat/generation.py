"""The generation worker: owns the one loaded engine on its own QThread.

Requests arrive as queued signals; results leave as signals. Tokens are batched so the GUI
gets at most one update every ~40 ms. Cancellation is a threading.Event set from the GUI
thread; the engine checks it between tokens, so Stop answers within one token.
"""

from __future__ import annotations

import logging
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QObject, QThread, Signal, Slot

from desktop.engines import pick_engine
from desktop.engines.base import (
    Engine,
    EngineError,
    Finished,
    GenerationRequest,
    GenerationStats,
    LoadOptions,
    ModelLoadError,
    StopReason,
    TextDelta,
    ThinkingDelta,
)

log = logging.getLogger(__name__)

EngineFactory = Callable[[Path], Engine]
BATCH_SECONDS = 0.04


class GenerationWorker(QObject):
    """Lives on the generation thread. Never touches widgets."""

    load_progressed = Signal(float, str)
    loaded = Signal(object)  # ModelInfo
    load_failed = Signal(object, str, str, int)  # path, message, reason, context that fits
    tokens_arrived = Signal(str)
    thinking_arrived = Signal(str)
    finished = Signal(object)  # GenerationStats
    failed = Signal(str)
    context_overflowed = Signal(int, int)  # prompt tokens (with room for the reply), n_ctx
    turns_dropped = Signal(int)  # oldest messages left out so the prompt fits
    prompt_counted = Signal(int, int, int)  # system-prompt tokens, prompt tokens, n_ctx
    tokens_counted = Signal(int, int)  # generated so far (thinking included), thinking

    def __init__(self, engine_factory: EngineFactory = pick_engine) -> None:
        super().__init__()
        self._engine_factory = engine_factory
        self._engine: Engine | None = None
        self.cancel_event = threading.Event()

    @Slot(object, object)
    def load(self, path: Path, options: LoadOptions) -> None:
        self.cancel_event.clear()
        try:
            if self._engine is not None:
                self._engine.unload()
                self._engine = None
            engine = self._engine_factory(Path(path))
            info = engine.load(Path(path), options, self._report_progress)
        except ModelLoadError as exc:
            self.load_failed.emit(Path(path), str(exc), exc.reason, exc.suggested_n_ctx)
            return
        except EngineError as exc:
            self.load_failed.emit(Path(path), str(exc), "load_failed", 0)
            return
        except Exception as exc:  # keep the app alive whatever a back end raises
            log.exception("model load failed")
            message = f"The model could not be loaded: {exc}"
            self.load_failed.emit(Path(path), message, "load_failed", 0)
            return
        self._engine = engine
        self.loaded.emit(info)

    def _report_progress(self, fraction: float, phrase: str) -> None:
        self.load_progressed.emit(fraction, phrase)

    def _fit(
        self, engine: Engine, request: GenerationRequest, allow_drop: bool
    ) -> GenerationRequest | None:
        """The request if it fits the context (dropping oldest turns when allowed), else None.

        Room is kept for the reply: the smaller of max_tokens and an eighth of the context.
        """
        info = engine.info()
        if info is None:
            return request
        reserve = min(request.max_tokens, max(256, info.n_ctx // 8))
        prompt = engine.count_prompt_tokens(request)
        needed = prompt + reserve
        if needed <= info.n_ctx:
            self._report_prompt(engine, request, prompt, info.n_ctx)
            return request
        if not allow_drop:
            self.context_overflowed.emit(needed, info.n_ctx)
            return None
        messages = list(request.messages)
        system = messages[:1] if messages and messages[0].get("role") == "system" else []
        turns = messages[len(system) :]
        dropped = 0
        while len(turns) > 1 and needed > info.n_ctx:
            turns = turns[1:]
            dropped += 1
            while len(turns) > 1 and turns[0].get("role") != "user":
                turns = turns[1:]  # a kept turn starts with the user's message
                dropped += 1
            request = replace(request, messages=[*system, *turns])
            needed = engine.count_prompt_tokens(request) + reserve
        if needed > info.n_ctx:
            self.context_overflowed.emit(needed, info.n_ctx)
            return None
        self.turns_dropped.emit(dropped)
        self._report_prompt(engine, request, needed - reserve, info.n_ctx)
        return request

    def _report_prompt(
        self, engine: Engine, request: GenerationRequest, prompt: int, n_ctx: int
    ) -> None:
        first = request.messages[0] if request.messages else None
        system = 0
        if first is not None and first.get("role") == "system":
            system = engine.count_prompt_tokens(replace(request, messages=[first]))
        self.prompt_counted.emit(system, prompt, n_ctx)

    @Slot(object, bool)
    def generate(self, request: GenerationRequest, allow_drop: bool = False) -> None:
        if self._engine is None:
            self.failed.emit("No model is loaded. Open a model first (Ctrl+O).")
            return
        try:
            fitted = self._fit(self._engine, request, allow_drop)
        except EngineError as exc:
            self.failed.emit(str(exc))
            return
        if fitted is None:
            return
        request = fitted
        text: list[str] = []
        thinking: list[str] = []
        last_emit = time.monotonic()
        counts = [0, 0]  # deltas ~ tokens: generated, thinking

        def flush() -> None:
            self.tokens_counted.emit(counts[0], counts[1])
            if thinking:
                self.thinking_arrived.emit("".join(thinking))
                thinking.clear()
            if text:
                self.tokens_arrived.emit("".join(text))
                text.clear()

        stats: GenerationStats | None = None
        try:
            for event in self._engine.generate(request, self.cancel_event):
                if isinstance(event, TextDelta):
                    if thinking:
                        flush()  # keep thinking before answer in order
                    text.append(event.text)
                    counts[0] += 1
                elif isinstance(event, ThinkingDelta):
                    thinking.append(event.text)
                    counts[0] += 1
                    counts[1] += 1
                elif isinstance(event, Finished):
                    stats = event.stats
                now = time.monotonic()
                if now - last_emit >= BATCH_SECONDS:
                    flush()
                    last_emit = now
        except Exception as exc:
            log.exception("generation failed")
            flush()
            self.failed.emit(f"Generation failed: {exc}")
            return
        flush()
        self.cancel_event.clear()
        if stats is None:
            stats = GenerationStats(stop_reason=StopReason.ERROR, error="The engine stopped.")
        if stats.stop_reason is StopReason.ERROR:
            self.failed.emit(stats.error)
        self.finished.emit(stats)

    @Slot()
    def unload(self) -> None:
        if self._engine is not None:
            self._engine.unload()
            self._engine = None


class GenerationThread(QObject):
    """Owns the QThread and the worker; the GUI talks to this from the GUI thread."""

    live: ClassVar[weakref.WeakSet[GenerationThread]] = weakref.WeakSet()

    load_requested = Signal(object, object)
    generate_requested = Signal(object, bool)
    unload_requested = Signal()

    def __init__(self, engine_factory: EngineFactory = pick_engine, parent: QObject | None = None):
        super().__init__(parent)
        self.qthread = QThread()
        self.qthread.setObjectName("generation")
        self.worker = GenerationWorker(engine_factory)
        self.worker.moveToThread(self.qthread)
        self.load_requested.connect(self.worker.load)
        self.generate_requested.connect(self.worker.generate)
        self.unload_requested.connect(self.worker.unload)
        self.qthread.start()
        GenerationThread.live.add(self)

    def load(self, path: Path, options: LoadOptions) -> None:
        self.worker.cancel_event.set()  # stop a running reply before the model changes
        self.load_requested.emit(Path(path), options)

    def generate(self, request: GenerationRequest, allow_drop: bool = False) -> None:
        self.worker.cancel_event.clear()
        self.generate_requested.emit(request, allow_drop)

    def cancel(self) -> None:
        self.worker.cancel_event.set()

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Stop the reply, unload, quit and wait for the thread. True if it ended."""
        if not self.qthread.isRunning():
            return True
        self.worker.cancel_event.set()
        self.unload_requested.emit()
        self.qthread.quit()
        return bool(self.qthread.wait(timeout_ms))
