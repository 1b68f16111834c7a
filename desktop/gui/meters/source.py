"""The meters' data: one MeterSource samples the system and keeps the generation figures.

Samples are taken once a second on the GUI thread (one costs ~0.1 ms; see
``benchmarks/meters_cost.py``), only while a view is shown and its window is not minimised.
The one slow step, starting NVIDIA's NVML, runs once as a background task.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from desktop.core.stats import (
    GenerationMeter,
    History,
    SystemSample,
    SystemSampler,
    context_usage,
)
from desktop.engines.base import GenerationStats, ModelInfo
from desktop.gui.tasks import Task, TaskRunner

log = logging.getLogger(__name__)

SLOW_SAMPLE_S = 0.002  # a sample slower than this on the GUI thread is worth a log line


class MeterSource(QObject):
    """Owns the sampler, the one-minute histories and the generation figures.

    Connect the worker's signals to the slots here (or to the panel's, which forward).
    """

    sampled = Signal(object)  # SystemSample
    generation_changed = Signal(object)  # GenerationFigures
    context_changed = Signal(object)  # ContextUsage
    model_changed = Signal(object)  # ModelInfo | None

    def __init__(
        self,
        sampler: SystemSampler | None = None,
        parent: QObject | None = None,
        interval_ms: int = 1000,
        *,
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.sampler = sampler or SystemSampler(lazy_gpu=False)
        self._own_tasks = tasks is None
        self.tasks = tasks or TaskRunner(self, max_threads=1, name="meters")
        self._gpu_task: Task | None = None
        self.timer = QTimer(self)
        self.timer.setObjectName("metersTimer")
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.cpu_history = History(60)
        self.memory_history = History(60)
        self.speed_history = History(60)
        self.meter = GenerationMeter()
        self.last_sample: SystemSample | None = None
        self.last_cost_s = 0.0
        self.context = context_usage(0, 0, 0, 0, 0)
        self.model: ModelInfo | None = None
        self._active_views: set[int] = set()
        self._slow_run = 0

    # -- sampling ------------------------------------------------------------------------

    def set_view_active(self, view_id: int, active: bool) -> None:
        """A view reports whether it can be seen; the timer runs while any can."""
        if not isValid(self):
            return
        was_running = bool(self._active_views)
        if active:
            self._active_views.add(view_id)
        else:
            self._active_views.discard(view_id)
        if self._active_views and not was_running:
            if self.sampler.gpu_pending and (self._gpu_task is None or self._gpu_task.finished):
                prepare = self.sampler.prepare_gpu
                self._gpu_task = self.tasks.run(
                    lambda ctx: prepare(), owner=self, name="start NVIDIA's NVML"
                )
            self.tick()  # no blank second after a restore
            self.timer.start()
        elif not self._active_views and was_running:
            self.timer.stop()

    def tick(self) -> None:
        """Take one sample now and tell the views."""
        started = time.perf_counter()
        sample = self.sampler.sample()
        self.last_cost_s = time.perf_counter() - started
        # One slow sample is usually the GUI thread being preempted on a busy machine (a
        # reply saturating every core); three in a row means sampling itself is slow.
        self._slow_run = self._slow_run + 1 if self.last_cost_s > SLOW_SAMPLE_S else 0
        if self._slow_run == 3:
            log.warning("system samples take %.1f ms on the GUI thread", self.last_cost_s * 1e3)
        self.last_sample = sample
        self.cpu_history.add(sample.cpu_percent, sample.time)
        self.memory_history.add(100.0 * sample.mem_used / max(1, sample.mem_total), sample.time)
        figures = self.meter.figures()
        self.speed_history.add(figures.tokens_per_s if figures.running else 0.0, sample.time)
        self.sampled.emit(sample)

    def _on_timer_timeout(self) -> None:
        self.tick()

    def close(self) -> None:
        """Stop sampling; end the NVML start (a private runner is shut down) and close."""
        self.timer.stop()
        self._active_views.clear()
        if self._own_tasks:
            self.tasks.shutdown()
        elif self._gpu_task is not None:
            self.tasks.wait(self._gpu_task, 10)  # the sampler must not close under it
        self.sampler.close()

    # -- slots the main window connects --------------------------------------------------

    @Slot(object, int)
    def set_model(self, info: ModelInfo | None, model_bytes: int) -> None:
        self.model = info
        self.sampler.model_memory = model_bytes if info is not None else 0
        n_ctx = info.n_ctx if info is not None else 0
        self.set_context(0, 0, 0, 0, n_ctx)
        self.model_changed.emit(info)

    @Slot()
    def generation_started(self) -> None:
        self.meter.start()
        self.generation_changed.emit(self.meter.figures())

    @Slot(int, int)
    def tokens_progressed(self, generated: int, thinking: int) -> None:
        """``generated`` counts every new token so far, thinking included."""
        self.meter.progress(generated, thinking)
        self.generation_changed.emit(self.meter.figures())

    @Slot(object)
    def generation_finished(self, stats: GenerationStats) -> None:
        self.meter.finish(stats)
        self.generation_changed.emit(self.meter.figures())

    @Slot(int, int, int, int, int)
    def set_context(
        self, system: int, history: int, thinking: int, reply: int, n_ctx: int, documents: int = 0
    ) -> None:
        """``history`` leaves out ``documents``: the tokens of the chat's documents."""
        self.context = context_usage(system, history, thinking, reply, n_ctx, documents)
        self.context_changed.emit(self.context)


class VisibilityTracker(QObject):
    """Tells the source whether its view can be seen: shown, and its window not minimised."""

    def __init__(self, view: QWidget, source: MeterSource) -> None:
        super().__init__(view)
        self._view = view
        self._source = source
        self._window: QWidget | None = None
        self._key = id(view)
        view.destroyed.connect(self._on_view_destroyed)

    def shown(self) -> None:
        window = self._view.window()
        if window is not self._window:
            if self._window is not None and isValid(self._window):
                self._window.removeEventFilter(self)
            if window is not self._view:
                window.installEventFilter(self)
            self._window = window
        self._report(True)

    def hidden(self) -> None:
        self._report(False)

    def _report(self, shown: bool) -> None:
        window = self._view.window()
        self._source.set_view_active(self._key, shown and not window.isMinimized())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowStateChange and watched is self._window:
            self._report(self._view.isVisible())
        return False

    def _on_view_destroyed(self) -> None:
        self._source.set_view_active(self._key, False)
