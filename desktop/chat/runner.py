"""The one loaded engine, on one worker thread, running requests one at a time in arrival order.

Loads, replies and unloads are *jobs* in one FIFO queue, so the window's own replies and the
local API server's requests take turns fairly. Every job ends with exactly one terminal
listener call, whatever fails on the way (see :mod:`desktop.chat.outcome`). Replies are
batched: the first text goes out at once (time to first token on screen), later text at most
every ``batch_s`` seconds. Cancelling is cooperative and answers within one token; a job
cancelled while it still waits in the queue ends at once, on the cancelling thread.
"""

from __future__ import annotations

import collections
import itertools
import logging
import threading
import time
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import ClassVar

from desktop.chat.budget import SystemTokens, fit_request
from desktop.chat.outcome import (
    LoadFailure,
    LoadListener,
    Outcome,
    ReplyListener,
    error_outcome,
)
from desktop.core.i18n import format_number, translate
from desktop.core.template_errors import TemplateError
from desktop.engines import pick_engine
from desktop.engines.base import (
    Engine,
    EngineError,
    Finished,
    GenerationRequest,
    GenerationStats,
    LoadOptions,
    ModelInfo,
    ModelLoadError,
    ModelSource,
    RemoteModel,
    StopReason,
    TextDelta,
    ThinkingDelta,
)

log = logging.getLogger(__name__)

EngineFactory = Callable[[ModelSource], Engine]
RequestBuilder = Callable[[ModelInfo], GenerationRequest]
StreamFn = Callable[[Engine, GenerationRequest, threading.Event], Iterator[object]]
"""How a reply is produced from the engine (default: ``engine.generate``; the tool loop)."""
BATCH_SECONDS = 0.04
NO_MODEL = "No model is loaded. Open a model first: File ▸ Open model… (Ctrl+O)."


class RequestError(Exception):
    """A request could not be built (``str`` is a plain sentence); raised by builders."""


class Job:
    """One queued piece of work. ``source`` says who asked ("window", "api", ...)."""

    _ids = itertools.count(1)

    def __init__(self, kind: str, source: str, background: bool = False) -> None:
        self.id = next(Job._ids)
        self.kind = kind
        self.source = source
        self.background = background  # gives way to every other job (e.g. chat titles)
        self.cancel_event = threading.Event()
        self.done = threading.Event()

    def __repr__(self) -> str:
        return f"<Job {self.id} {self.kind} from {self.source}>"

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()


class RunObserver:
    """Sees every reply of every source (meters, the window's "serving a request" note)."""

    def queue_changed(self, waiting: int, running: Job | None) -> None:
        """Jobs waiting, and the one running (None when idle)."""

    def reply_started(self, job: Job) -> None: ...

    def prompt_counted(self, job: Job, system: int, prompt: int, n_ctx: int) -> None: ...

    def tokens_counted(self, job: Job, generated: int, thinking: int) -> None: ...

    def reply_finished(self, job: Job, outcome: Outcome) -> None: ...


@dataclass
class _Work:
    job: Job
    run: Callable[[], None]
    abandon: Callable[[], None]  # the terminal call for a job that never ran


@dataclass
class _ReplyState:
    """What one streaming reply has sent so far (for batching and the final counts)."""

    listener: ReplyListener
    text: list[str] = field(default_factory=list)
    thinking: list[str] = field(default_factory=list)
    generated: int = 0
    thought: int = 0
    flushed_once: bool = False
    failure: str = ""


class EngineRunner:
    """Owns the engine and its thread. Methods may be called from any thread."""

    live: ClassVar[weakref.WeakSet[EngineRunner]] = weakref.WeakSet()

    def __init__(self, engine_factory: EngineFactory = pick_engine, *, name: str = "generation"):
        self._factory = engine_factory
        self._engine: Engine | None = None
        self._model: ModelInfo | None = None
        self._queue: collections.deque[_Work] = collections.deque()
        self._cond = threading.Condition()
        self._running: Job | None = None
        self._closed = False
        self._observers: list[RunObserver] = []
        self._system_tokens = SystemTokens()
        self._thread = threading.Thread(target=self._loop, name=name, daemon=True)
        self._thread.start()
        EngineRunner.live.add(self)

    # -- state -----------------------------------------------------------------------------

    @property
    def model(self) -> ModelInfo | None:
        """The loaded model (None while none is); updated when a load job ends."""
        return self._model

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    @property
    def running(self) -> Job | None:
        """The job on the generation thread now (None when idle)."""
        return self._running

    def waiting(self) -> int:
        with self._cond:
            return len(self._queue)

    def count_text(self, text: str) -> int:
        """Tokens of ``text`` as a user message to the loaded model (0 with none). Only for
        code running in a job on the generation thread (request builders)."""
        engine = self._engine
        if engine is None:
            return 0
        return engine.count_prompt_tokens(GenerationRequest([{"role": "user", "content": text}]))

    def count_request(self, request: GenerationRequest) -> int:
        """Prompt tokens of ``request`` (generation thread only, like :meth:`count_text`)."""
        engine = self._engine
        return engine.count_prompt_tokens(request) if engine is not None else 0

    def add_observer(self, observer: RunObserver) -> None:
        self._observers.append(observer)

    # -- requests --------------------------------------------------------------------------

    def load(self, source: ModelSource, options: LoadOptions, listener: LoadListener) -> Job:
        """Load a model (unloading the current one first). A running reply is stopped: the
        model it runs on is going away; replies still waiting run on the new model."""
        job = Job("load", "window")
        with self._cond:
            if self._running is not None and self._running.kind == "reply":
                self._running.cancel_event.set()
        path = source if isinstance(source, Path) else _stand_in(source)
        self._submit(
            _Work(
                job,
                lambda: self._do_load(job, source, options, listener),
                lambda: listener.failed(
                    LoadFailure(path, translate("EngineRunner", "Qwen Desk is closing."), "closing")
                ),
            )
        )
        return job

    def generate(
        self,
        request: GenerationRequest | RequestBuilder,
        listener: ReplyListener,
        *,
        allow_drop: bool = False,
        batch_s: float = BATCH_SECONDS,
        source: str = "window",
        background: bool = False,
        stream: StreamFn | None = None,
    ) -> Job:
        """Queue a reply. ``request`` may be a builder called with the loaded model's info when
        the job starts (so choices that depend on the model use the model it will run on).
        A ``background`` reply waits behind every other job and is stopped when one arrives
        while it runs, so it never delays what the user asked for."""
        job = Job("reply", source, background)
        cancelled = Outcome(GenerationStats(stop_reason=StopReason.CANCELLED))
        self._submit(
            _Work(
                job,
                lambda: self._do_generate(job, request, listener, allow_drop, batch_s, stream),
                lambda: self._finish(job, listener, cancelled),
            )
        )
        return job

    def unload(self, done: Callable[[], None] | None = None) -> Job:
        job = Job("unload", "window")

        def run() -> None:
            self._unload()
            if done is not None:
                done()

        self._submit(_Work(job, run, done or (lambda: None)))
        return job

    def cancel(self, job: Job) -> None:
        """Stop ``job``: within one token if it runs; at once if it still waits."""
        job.cancel_event.set()
        with self._cond:
            work = next((w for w in self._queue if w.job is job), None)
            if work is not None:
                self._queue.remove(work)
        if work is not None:
            self._end_unrun(work)
            self._notify_queue()

    def cancel_all(self) -> None:
        with self._cond:
            jobs = [w.job for w in self._queue]
            running = self._running
        for job in jobs:
            self.cancel(job)
        if running is not None:
            running.cancel_event.set()

    def shutdown(self, timeout: float = 10.0) -> bool:
        """Stop every job, unload, end the thread. True when the thread ended in time."""
        with self._cond:
            self._closed = True
            pending = list(self._queue)
            self._queue.clear()
            if self._running is not None:
                self._running.cancel_event.set()
            self._cond.notify_all()
        for work in pending:
            work.job.cancel_event.set()
            self._end_unrun(work)
        if threading.current_thread() is not self._thread:
            self._thread.join(timeout)
        return not self._thread.is_alive()

    # -- the worker thread -------------------------------------------------------------------

    def _submit(self, work: _Work) -> None:
        with self._cond:
            closed = self._closed
            if not closed:
                self._enqueue(work)
                self._cond.notify_all()
        if closed:
            self._end_unrun(work)
            return
        self._notify_queue()

    def _enqueue(self, work: _Work) -> None:
        """FIFO, except that background jobs wait behind all others (and a running one
        stops for them). Call with the lock held."""
        if work.job.background:
            self._queue.append(work)
            return
        index = next((i for i, w in enumerate(self._queue) if w.job.background), len(self._queue))
        self._queue.insert(index, work)
        if self._running is not None and self._running.background:
            self._running.cancel_event.set()

    def _end_unrun(self, work: _Work) -> None:
        try:
            work.abandon()
        except Exception:
            log.exception("ending %r failed", work.job)
        finally:
            work.job.done.set()

    def _loop(self) -> None:
        while True:
            with self._cond:
                while not self._queue and not self._closed:
                    self._cond.wait()
                if self._closed and not self._queue:
                    break
                work = self._queue.popleft()
                self._running = work.job
            self._notify_queue()
            try:
                work.run()
            except Exception:  # never let the thread die: the job already reported its end
                log.exception("job %r failed", work.job)
            finally:
                work.job.done.set()
                with self._cond:
                    self._running = None
                self._notify_queue()
        self._unload()

    def _notify_queue(self) -> None:
        with self._cond:
            waiting, running = len(self._queue), self._running
        for observer in self._observers:
            observer.queue_changed(waiting, running)

    # -- loading -----------------------------------------------------------------------------

    def _do_load(
        self, job: Job, source: ModelSource, options: LoadOptions, listener: LoadListener
    ) -> None:
        previous = self._model
        path = source if isinstance(source, Path) else _stand_in(source)
        self._unload()
        try:
            engine = self._factory(source)
            info = engine.load(source, options, listener.progressed)
        except ModelLoadError as exc:
            failure = LoadFailure(path, str(exc), exc.reason, exc.suggested_n_ctx, previous)
        except EngineError as exc:
            failure = LoadFailure(path, str(exc), "load_failed", 0, previous)
        except Exception as exc:  # keep the app alive whatever a back end raises
            log.exception("model load failed")
            message = translate("EngineRunner", "The model could not be loaded: {error}").format(
                error=exc
            )
            failure = LoadFailure(path, message, "load_failed", 0, previous)
        else:
            self._engine, self._model = engine, info
            listener.loaded(info)
            return
        listener.failed(failure)

    def _unload(self) -> None:
        engine, self._engine, self._model = self._engine, None, None
        if engine is not None:
            try:
                engine.unload()
            except Exception:
                log.exception("unloading the model failed")

    # -- replies -----------------------------------------------------------------------------

    def _do_generate(
        self,
        job: Job,
        request: GenerationRequest | RequestBuilder,
        listener: ReplyListener,
        allow_drop: bool,
        batch_s: float,
        stream: StreamFn | None = None,
    ) -> None:
        listener.started()
        for observer in self._observers:
            observer.reply_started(job)
        engine, info = self._engine, self._model
        if job.cancelled:
            self._finish(job, listener, Outcome(GenerationStats(stop_reason=StopReason.CANCELLED)))
            return
        if engine is None or info is None:
            self._finish(job, listener, error_outcome(NO_MODEL))
            return
        try:
            built = request(info) if callable(request) else request
            fit = fit_request(built, info.n_ctx, engine.count_prompt_tokens, allow_drop=allow_drop)
            system = self._system_tokens.count(
                fit.request or built, engine.count_prompt_tokens, str(info.path)
            )
        except (RequestError, TemplateError, EngineError) as exc:
            self._finish(job, listener, error_outcome(str(exc)))
            return
        except Exception as exc:
            log.exception("preparing the request failed")
            self._finish(
                job,
                listener,
                error_outcome(
                    translate("EngineRunner", "The request could not be prepared: {error}").format(
                        error=exc
                    )
                ),
            )
            return
        if fit.request is None:
            overflow = fit.overflow
            assert overflow is not None
            message = translate(
                "EngineRunner",
                "This conversation needs about {needed} tokens, but the model's context holds "
                "{size}.",
            ).format(needed=format_number(overflow.needed), size=format_number(overflow.n_ctx))
            self._finish(job, listener, error_outcome(message, overflow))
            return
        if fit.dropped:
            listener.turns_dropped(fit.dropped)
        listener.prompt_counted(system, fit.prompt_tokens, info.n_ctx)
        for observer in self._observers:
            observer.prompt_counted(job, system, fit.prompt_tokens, info.n_ctx)
        stats = self._stream(job, engine, fit.request, _ReplyState(listener), batch_s, stream)
        self._finish(job, listener, Outcome(stats, dropped=fit.dropped))

    def _stream(
        self,
        job: Job,
        engine: Engine,
        request: GenerationRequest,
        state: _ReplyState,
        batch_s: float,
        stream: StreamFn | None = None,
    ) -> GenerationStats:
        stats: GenerationStats | None = None
        last = time.monotonic()
        events = (
            stream(engine, request, job.cancel_event)
            if stream is not None
            else engine.generate(request, job.cancel_event)
        )
        try:
            for event in events:
                if isinstance(event, TextDelta):
                    if state.thinking:
                        self._flush(job, state)  # thinking before answer, in order
                    state.text.append(event.text)
                    state.generated += 1
                elif isinstance(event, ThinkingDelta):
                    state.thinking.append(event.text)
                    state.generated += 1
                    state.thought += 1
                elif isinstance(event, Finished):
                    stats = event.stats
                else:  # a tool-loop event: what came before it goes out first
                    self._flush(job, state)
                    self._pass_on(job, state, event)
                now = time.monotonic()
                if not state.flushed_once or now - last >= batch_s:
                    self._flush(job, state)
                    last = now
        except Exception as exc:
            log.exception("generation failed")
            stats = GenerationStats(
                stop_reason=StopReason.ERROR,
                error=translate("EngineRunner", "Generation failed: {error}").format(error=exc),
            )
        self._flush(job, state)
        if state.failure:  # a listener could not take the text (the history failed to save)
            base = stats or GenerationStats()
            return _with_error(base, state.failure)
        if stats is None:
            return GenerationStats(
                stop_reason=StopReason.ERROR, error=translate("EngineRunner", "The engine stopped.")
            )
        return stats

    def _flush(self, job: Job, state: _ReplyState) -> None:
        if not (state.text or state.thinking) and state.flushed_once:
            return
        try:
            if state.thinking:
                state.listener.thinking("".join(state.thinking))
            if state.text:
                state.listener.text("".join(state.text))
            state.listener.tokens_counted(state.generated, state.thought)
        except Exception as exc:  # the listener failed: stop this reply and say why
            log.exception("a reply listener failed")
            state.failure = str(exc) or type(exc).__name__
            job.cancel_event.set()
        finally:
            state.thinking.clear()
            state.text.clear()
        state.flushed_once = True
        for observer in self._observers:
            observer.tokens_counted(job, state.generated, state.thought)

    def _pass_on(self, job: Job, state: _ReplyState, event: object) -> None:
        try:
            state.listener.tool_event(event)
        except Exception as exc:  # the listener failed: stop this reply and say why
            log.exception("a reply listener failed")
            state.failure = str(exc) or type(exc).__name__
            job.cancel_event.set()

    def _finish(self, job: Job, listener: ReplyListener, outcome: Outcome) -> None:
        try:
            listener.finished(outcome)
        except Exception:
            log.exception("a reply listener failed at the end")
        for observer in self._observers:
            observer.reply_finished(job, outcome)


def _with_error(stats: GenerationStats, message: str) -> GenerationStats:
    return replace(stats, stop_reason=StopReason.ERROR, error=message)


def _stand_in(model: RemoteModel) -> Path:
    """A path-like name for a remote model (used where a path is expected, such as errors)."""
    return Path(model.base_url.replace("://", "/")) / model.model
