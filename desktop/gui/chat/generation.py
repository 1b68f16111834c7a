"""The bridge between the Qt-free engine runner and the GUI thread.

The runner calls listeners on its own thread. The objects here live on the GUI thread and
re-emit each call as a signal, so slots run on the GUI thread (queued connections); nothing
here touches a widget. :class:`GenerationService` loads models and reports every reply of
every source (the window's and the API server's) for the meters and the busy notes;
:class:`ReplySignals` carries one reply's events to whoever started it.
"""

from __future__ import annotations

import weakref
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QObject, Signal

from desktop.chat.outcome import LoadFailure, LoadListener, Outcome, ReplyListener
from desktop.chat.runner import EngineFactory, EngineRunner, Job, RunObserver
from desktop.engines import pick_engine
from desktop.engines.base import LoadOptions, ModelInfo, ModelSource


class ReplySignals(QObject):
    """One reply's events as signals; hand :meth:`listener` to the service. Keep this object
    alive until ``finished`` arrives."""

    started = Signal()  # left the queue and began
    prompt_counted = Signal(int, int, int)  # system tokens, prompt tokens, n_ctx
    turns_dropped = Signal(int)
    thinking_arrived = Signal(str)
    text_arrived = Signal(str)
    tokens_counted = Signal(int, int)  # generated (thinking included), thinking
    tool_event = Signal(object)  # a tool-loop event or RoundSaved (desktop/tools/loop.py)
    documents_used = Signal(object)  # DocumentContext: how the chat's documents went in
    finished = Signal(object)  # Outcome

    def listener(self) -> ReplyListener:
        return _ReplyEmitter(self)


class _ReplyEmitter(ReplyListener):
    """Called on the generation thread; emits the signals of a GUI-thread object."""

    def __init__(self, signals: ReplySignals) -> None:
        self.signals = signals

    def started(self) -> None:
        self.signals.started.emit()

    def prompt_counted(self, system: int, prompt: int, n_ctx: int) -> None:
        self.signals.prompt_counted.emit(system, prompt, n_ctx)

    def turns_dropped(self, count: int) -> None:
        self.signals.turns_dropped.emit(count)

    def thinking(self, text: str) -> None:
        self.signals.thinking_arrived.emit(text)

    def text(self, text: str) -> None:
        self.signals.text_arrived.emit(text)

    def tokens_counted(self, generated: int, thinking: int) -> None:
        self.signals.tokens_counted.emit(generated, thinking)

    def tool_event(self, event: object) -> None:
        self.signals.tool_event.emit(event)

    def documents_used(self, context: object) -> None:
        self.signals.documents_used.emit(context)

    def finished(self, outcome: Outcome) -> None:
        self.signals.finished.emit(outcome)


class _LoadSignals(QObject):
    progressed = Signal(float, str)
    loaded = Signal(object)  # ModelInfo
    failed = Signal(object)  # LoadFailure


class _LoadEmitter(LoadListener):
    def __init__(self, signals: _LoadSignals) -> None:
        self.signals = signals

    def progressed(self, fraction: float, phrase: str) -> None:
        self.signals.progressed.emit(fraction, phrase)

    def loaded(self, info: ModelInfo) -> None:
        self.signals.loaded.emit(info)

    def failed(self, failure: LoadFailure) -> None:
        self.signals.failed.emit(failure)


class _ActivitySignals(QObject):
    queue_changed = Signal(int, str)  # waiting jobs, source of the running one ("" = idle)
    reply_started = Signal(str)  # source
    prompt_counted = Signal(int, int, int)
    tokens_counted = Signal(int, int)
    reply_finished = Signal(object, str)  # Outcome, source


class _ActivityEmitter(RunObserver):
    def __init__(self, signals: _ActivitySignals) -> None:
        self.signals = signals

    def queue_changed(self, waiting: int, running: Job | None) -> None:
        self.signals.queue_changed.emit(waiting, running.source if running is not None else "")

    def reply_started(self, job: Job) -> None:
        self.signals.reply_started.emit(job.source)

    def prompt_counted(self, job: Job, system: int, prompt: int, n_ctx: int) -> None:
        self.signals.prompt_counted.emit(system, prompt, n_ctx)

    def tokens_counted(self, job: Job, generated: int, thinking: int) -> None:
        self.signals.tokens_counted.emit(generated, thinking)

    def reply_finished(self, job: Job, outcome: Outcome) -> None:
        self.signals.reply_finished.emit(outcome, job.source)


class GenerationService(QObject):
    """The app's one engine runner, seen from the GUI thread."""

    live: ClassVar[weakref.WeakSet[GenerationService]] = weakref.WeakSet()

    load_progressed = Signal(float, str)
    loaded = Signal(object)  # ModelInfo
    load_failed = Signal(object)  # LoadFailure
    model_changed = Signal(object)  # ModelInfo | None, after every load, failure or unload
    queue_changed = Signal(int, str)  # waiting requests, source of the running one ("" idle)
    reply_started = Signal(str)  # source
    prompt_counted = Signal(int, int, int)  # system tokens, prompt tokens, n_ctx
    tokens_counted = Signal(int, int)  # generated (thinking included), thinking
    reply_finished = Signal(object, str)  # Outcome, source
    _unloaded = Signal()  # from the generation thread

    def __init__(
        self, engine_factory: EngineFactory = pick_engine, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = EngineRunner(engine_factory)
        self._activity = _ActivitySignals(self)
        self._activity.queue_changed.connect(self.queue_changed)
        self._activity.reply_started.connect(self.reply_started)
        self._activity.prompt_counted.connect(self.prompt_counted)
        self._activity.tokens_counted.connect(self.tokens_counted)
        self._activity.reply_finished.connect(self.reply_finished)
        self.runner.add_observer(_ActivityEmitter(self._activity))
        self._unloaded.connect(self._on_unloaded)
        self._model: ModelInfo | None = None
        self._load: _LoadSignals | None = None
        self.loading: Path | None = None
        GenerationService.live.add(self)

    @property
    def model(self) -> ModelInfo | None:
        """The loaded model as the GUI thread last heard of it (the runner's own view may be
        a moment ahead)."""
        return self._model

    def load(self, source: ModelSource, options: LoadOptions) -> None:
        """Load a model; the signals tell how it went. A newer load supersedes an older one's
        progress reports."""
        signals = _LoadSignals(self)
        signals.progressed.connect(self._on_progressed)
        signals.loaded.connect(self._on_loaded)
        signals.failed.connect(self._on_failed)
        self._load = signals
        self.loading = source if isinstance(source, Path) else Path(str(source))
        self.runner.load(source, options, _LoadEmitter(signals))

    def unload(self) -> None:
        """Free the model's memory; ``model_changed(None)`` follows."""
        self.runner.unload(self._unloaded.emit)

    def cancel(self, job: Job) -> None:
        self.runner.cancel(job)

    def shutdown(self, timeout_s: float = 10.0) -> bool:
        """Stop every reply, unload, end the thread. True when it ended in time."""
        return self.runner.shutdown(timeout_s)

    @property
    def running_source(self) -> str:
        """Who the job running now is for ("window", "api"; "" when idle). Read it when
        ``queue_changed`` arrives: signals from two threads may arrive out of order, this
        does not."""
        job = self.runner.running
        return job.source if job is not None else ""

    def _on_progressed(self, fraction: float, phrase: str) -> None:
        if self.sender() is self._load:
            self.load_progressed.emit(fraction, phrase)

    def _on_unloaded(self) -> None:
        self._model = None
        self.model_changed.emit(None)

    def _on_loaded(self, info: ModelInfo) -> None:
        self._finish_load()
        self._model = info
        self.loaded.emit(info)
        self.model_changed.emit(info)

    def _on_failed(self, failure: LoadFailure) -> None:
        self._finish_load()
        self._model = None  # the previous model was unloaded to make room
        self.load_failed.emit(failure)
        self.model_changed.emit(None)

    def _finish_load(self) -> None:
        sender = self.sender()
        if sender is self._load:
            self.loading = None
            self._load = None
        if isinstance(sender, QObject):
            sender.deleteLater()
