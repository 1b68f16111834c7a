"""Resource meters: a side panel and a compact status-bar strip fed by one MeterSource.

The source samples the system once a second on the GUI thread (a sample costs ~0.1 ms; see
``benchmarks/meters_cost.py``), but only while a view is shown and its window is not
minimised. The one slow step, starting NVIDIA's NVML, runs once on a pool thread.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QEvent, QObject, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtGui import QHideEvent, QPalette, QShowEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget
from shiboken6 import isValid

from desktop.core.stats import (
    ContextUsage,
    GenerationFigures,
    GenerationMeter,
    History,
    SystemSample,
    SystemSampler,
    context_usage,
    format_bytes,
)
from desktop.engines.base import GenerationStats, ModelInfo
from desktop.gui.meters_widgets import ContextBar, Sparkline, level_color

log = logging.getLogger(__name__)

SLOW_SAMPLE_S = 0.002  # a sample slower than this on the GUI thread is worth a log line
DASH = "—"


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
    ) -> None:
        super().__init__(parent)
        self.sampler = sampler or SystemSampler(lazy_gpu=False)
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
            if self.sampler.gpu_pending:
                QThreadPool.globalInstance().start(self.sampler.prepare_gpu)
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
        self.timer.stop()
        self._active_views.clear()
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
    def set_context(self, system: int, history: int, thinking: int, reply: int, n_ctx: int) -> None:
        self.context = context_usage(system, history, thinking, reply, n_ctx)
        self.context_changed.emit(self.context)


class _VisibilityTracker(QObject):
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


def _value_label(name: str, accessible: str) -> QLabel:
    label = QLabel(DASH)
    label.setObjectName(name)
    label.setAccessibleName(accessible)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _dim(label: QLabel) -> None:
    """Captions in the theme's placeholder (secondary) text colour."""
    palette = label.palette()
    palette.setColor(
        QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
    )
    label.setPalette(palette)


def _rate(value: float | None, unit: str = "tok/s") -> str:
    if not value:
        return DASH
    return f"{value:,.1f} {unit}" if value < 100 else f"{value:,.0f} {unit}"


def _seconds(value: float | None) -> str:
    if value is None:
        return DASH
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def gpu_text(sample: SystemSample) -> str:
    gpu = sample.gpu
    if gpu is None:
        return "No GPU"
    used = f"{format_bytes(gpu.mem_used)} of {format_bytes(gpu.mem_total)}"
    if gpu.util_percent is None:
        return f"{gpu.name}\n{used}"
    return f"{gpu.name}\n{gpu.util_percent:.0f} % · {used}"


class MetersPanel(QWidget):
    """Side panel: CPU, memory, GPU, generation speed and the context window."""

    def __init__(self, source: MeterSource | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("metersPanel")
        self.setAccessibleName("Resource meters")
        self.source = source or MeterSource(parent=self)
        self._tracker = _VisibilityTracker(self, self.source)
        self._build()
        self.source.sampled.connect(self._on_source_sampled)
        self.source.generation_changed.connect(self._on_source_generation_changed)
        self.source.context_changed.connect(self._on_source_context_changed)
        self.source.model_changed.connect(self._on_source_model_changed)
        self._on_source_context_changed(self.source.context)
        self._on_source_model_changed(self.source.model)

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 10, 10, 10)
        outer.setSpacing(6)
        self.model_label = _value_label("metersModel", "Loaded model")
        self.model_label.setWordWrap(True)
        self.cpu_label = _value_label("metersCpu", "CPU use")
        self.memory_label = _value_label("metersMemory", "Memory use")
        self.gpu_label = _value_label("metersGpu", "GPU")
        self.speed_label = _value_label("metersSpeed", "Generation speed")
        self.ttft_label = _value_label("metersTtft", "Time to first token")
        self.prompt_label = _value_label("metersPromptSpeed", "Prompt speed")
        self.tokens_label = _value_label("metersTokens", "Tokens generated")
        self.thinking_label = _value_label("metersThinkingTokens", "Thinking tokens")
        self.context_label = _value_label("metersContext", "Context use")
        self.context_parts = _value_label("metersContextParts", "Context breakdown")
        self.context_parts.setWordWrap(True)
        self.cpu_spark = Sparkline(maximum=100.0)
        self.memory_spark = Sparkline(maximum=100.0)
        self.speed_spark = Sparkline()
        for spark, name in (
            (self.cpu_spark, "CPU"),
            (self.memory_spark, "Memory"),
            (self.speed_spark, "Generation speed"),
        ):
            spark.setObjectName(f"metersSpark{name.split()[0]}")
            spark.setAccessibleName(f"{name} over the last minute")
        self.context_bar = ContextBar()
        self.context_bar.setObjectName("metersContextBar")
        self.context_bar.setAccessibleName("Context window use")
        bold = self.model_label.font()
        bold.setBold(True)
        self.model_label.setFont(bold)
        outer.addWidget(self.model_label)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(3)
        grid.setColumnStretch(1, 1)
        self._grid = grid
        self._section("System")
        self._row("CPU", self.cpu_label, self.cpu_spark)
        self._row("Memory", self.memory_label, self.memory_spark)
        self._row("GPU", self.gpu_label)
        self._section("Generation")
        self._row("Speed", self.speed_label, self.speed_spark)
        self._row("First token", self.ttft_label)
        self._row("Prompt", self.prompt_label)
        self._row("Tokens", self.tokens_label)
        self._row("Thinking", self.thinking_label)
        self._section("Context")
        for widget in (self.context_bar, self.context_label, self.context_parts):
            grid.addWidget(widget, grid.rowCount(), 0, 1, 2)
        outer.addLayout(grid)
        outer.addStretch(1)
        self.setMinimumWidth(230)

    def _section(self, title: str) -> None:
        label = QLabel(title.upper())
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 0.85)
        label.setFont(font)
        label.setContentsMargins(0, 8, 0, 0)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        row = self._grid.rowCount()
        self._grid.addWidget(label, row, 0, 1, 2)
        self._grid.addWidget(line, row + 1, 0, 1, 2)

    def _row(self, caption: str, value: QLabel, spark: Sparkline | None = None) -> None:
        name = QLabel(caption)
        _dim(name)
        row = self._grid.rowCount()
        self._grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
        self._grid.addWidget(value, row, 1)
        if spark is not None:
            self._grid.addWidget(spark, row + 1, 1)

    # -- forwarding slots (the lead may connect these or the source's) -------------------

    @Slot(object, int)
    def set_model(self, info: ModelInfo | None, model_bytes: int) -> None:
        self.source.set_model(info, model_bytes)

    @Slot()
    def generation_started(self) -> None:
        self.source.generation_started()

    @Slot(int, int)
    def tokens_progressed(self, generated: int, thinking: int) -> None:
        self.source.tokens_progressed(generated, thinking)

    @Slot(object)
    def generation_finished(self, stats: GenerationStats) -> None:
        self.source.generation_finished(stats)

    @Slot(int, int, int, int, int)
    def set_context(self, system: int, history: int, thinking: int, reply: int, n_ctx: int) -> None:
        self.source.set_context(system, history, thinking, reply, n_ctx)

    # -- visibility ----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._tracker.shown()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._tracker.hidden()

    # -- updates -------------------------------------------------------------------------

    def _on_source_sampled(self, sample: SystemSample) -> None:
        self.cpu_label.setText(f"{sample.cpu_percent:.0f} % · app {sample.app_cpu_percent:.0f} %")
        memory = f"{format_bytes(sample.mem_used)} of {format_bytes(sample.mem_total)}"
        memory += f"\napp {format_bytes(sample.app_rss)}"
        if sample.model_memory:
            memory += f" · model {format_bytes(sample.model_memory)}"
        self.memory_label.setText(memory)
        self.gpu_label.setText(gpu_text(sample))
        self.cpu_spark.set_values(self.source.cpu_history.values())
        self.memory_spark.set_values(self.source.memory_history.values())
        self.speed_spark.set_values(self.source.speed_history.values())

    def _on_source_generation_changed(self, figures: GenerationFigures) -> None:
        self.speed_label.setText(_rate(figures.tokens_per_s))
        self.ttft_label.setText(_seconds(figures.ttft_s))
        self.prompt_label.setText(_rate(figures.prompt_tps))
        self.tokens_label.setText(f"{figures.tokens:,}")
        self.thinking_label.setText(f"{figures.thinking_tokens:,}")

    def _on_source_context_changed(self, usage: ContextUsage) -> None:
        self.context_bar.set_usage(usage)
        if usage.n_ctx <= 0:
            self.context_label.setText("No model loaded")
            self.context_parts.setText("")
            return
        self.context_label.setText(
            f"{usage.used:,} of {usage.n_ctx:,} tokens · {usage.fraction * 100:.0f} %"
        )
        self.context_parts.setText(
            f"system {usage.system:,} · history {usage.history:,}\n"
            f"thinking {usage.thinking:,} · reply {usage.reply:,}"
        )

    def _on_source_model_changed(self, info: ModelInfo | None) -> None:
        self.model_label.setText(info.name if info is not None else "No model loaded")


class MeterStrip(QWidget):
    """Status-bar version: CPU %, RAM, tok/s and context %, with tooltips for detail."""

    def __init__(self, source: MeterSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meterStrip")
        self.setAccessibleName("Resource meters (compact)")
        self.source = source
        self._tracker = _VisibilityTracker(self, source)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(14)
        self.cpu_label = _value_label("stripCpu", "CPU use")
        self.ram_label = _value_label("stripRam", "Memory use")
        self.speed_label = _value_label("stripSpeed", "Generation speed")
        self.context_label = _value_label("stripContext", "Context use")
        for label in (self.cpu_label, self.ram_label, self.speed_label, self.context_label):
            layout.addWidget(label)
        self.cpu_label.setText(f"CPU {DASH}")
        self.ram_label.setText(f"RAM {DASH}")
        self.speed_label.setText(f"{DASH} tok/s")
        source.sampled.connect(self._on_source_sampled)
        source.generation_changed.connect(self._on_source_generation_changed)
        source.context_changed.connect(self._on_source_context_changed)
        self._on_source_context_changed(source.context)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._tracker.shown()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._tracker.hidden()

    def _on_source_sampled(self, sample: SystemSample) -> None:
        self.cpu_label.setText(f"CPU {sample.cpu_percent:.0f} %")
        self.cpu_label.setToolTip(f"This app: {sample.app_cpu_percent:.0f} % of the machine")
        self.ram_label.setText(f"RAM {sample.mem_used / 1e9:.1f}/{sample.mem_total / 1e9:.0f} GB")
        self.ram_label.setToolTip(f"This app: {format_bytes(sample.app_rss)}")

    def _on_source_generation_changed(self, figures: GenerationFigures) -> None:
        text = _rate(figures.tokens_per_s)
        self.speed_label.setText(f"{DASH} tok/s" if text == DASH else text)

    def _on_source_context_changed(self, usage: ContextUsage) -> None:
        if usage.n_ctx <= 0:
            self.context_label.setText(f"Context {DASH}")
            self.context_label.setStyleSheet("")
            return
        self.context_label.setText(f"Context {usage.fraction * 100:.0f} %")
        self.context_label.setToolTip(f"{usage.used:,} of {usage.n_ctx:,} tokens")
        color = level_color(usage.level, self.palette())
        self.context_label.setStyleSheet(
            "" if usage.level == "ok" else f"color: {color.name()}; font-weight: 600;"
        )
