"""Resource meters: a side panel and a compact status-bar strip fed by one MeterSource.

Either view keeps the source's 1 Hz sampling running while it is shown and its window is
not minimised (see meters_source.py).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.core.i18n import format_number, translate
from desktop.core.stats import (
    ContextUsage,
    GenerationFigures,
    SystemSample,
)
from desktop.core.units import format_size, format_used
from desktop.engines.base import GenerationStats, ModelInfo
from desktop.gui.meters.source import MeterSource, VisibilityTracker
from desktop.gui.meters.widgets import ContextBar, Sparkline, level_color
from desktop.gui.widgets import text_size, theme

__all__ = ["MeterSource", "MeterStrip", "MetersPanel"]

DASH = "—"


def _value_label(name: str, accessible: str) -> QLabel:
    label = QLabel(DASH)
    label.setObjectName(name)
    label.setAccessibleName(accessible)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _rate(value: float | None) -> str:
    if not value:
        return DASH
    rate = format_number(value, 1 if value < 100 else 0)
    return translate("Meters", "{rate} tok/s").format(rate=rate)


def _seconds(value: float | None) -> str:
    if value is None:
        return DASH
    if value < 1:
        return translate("Meters", "{ms} ms").format(ms=format_number(value * 1000))
    return translate("Meters", "{seconds} s").format(seconds=format_number(value, 2))


def _percent(value: float) -> str:
    return translate("Meters", "{percent} %").format(percent=format_number(value))


def _of(used: str, total: str) -> str:
    return translate("Meters", "{used} of {total}").format(used=used, total=total)


def gpu_text(sample: SystemSample) -> str:
    gpu = sample.gpu
    if gpu is None:
        return translate("Meters", "No GPU")
    used = _of(format_size(gpu.mem_used), format_size(gpu.mem_total))
    if gpu.util_percent is None:
        return f"{gpu.name}\n{used}"
    return f"{gpu.name}\n{_percent(gpu.util_percent)} · {used}"


class _TrackedWidget(QWidget):
    """Tells its VisibilityTracker when it is shown or hidden (sampling runs only then)."""

    _tracker: VisibilityTracker

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._tracker.shown()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._tracker.hidden()


class MetersPanel(_TrackedWidget):
    """Side panel: CPU, memory, GPU, generation speed and the context window."""

    def __init__(self, source: MeterSource | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("metersPanel")
        self.setAccessibleName(translate("MetersPanel", "Resource meters"))
        self.source = source or MeterSource(parent=self)
        self._tracker = VisibilityTracker(self, self.source)
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
        self.model_label = _value_label("metersModel", translate("MetersPanel", "Loaded model"))
        self.model_label.setWordWrap(True)
        self.cpu_label = _value_label("metersCpu", translate("Meters", "CPU use"))
        self.memory_label = _value_label("metersMemory", translate("Meters", "Memory use"))
        self.gpu_label = _value_label("metersGpu", translate("MetersPanel", "GPU"))
        self.speed_label = _value_label("metersSpeed", translate("Meters", "Generation speed"))
        self.ttft_label = _value_label(
            "metersTtft", translate("MetersPanel", "Time to first token")
        )
        self.prompt_label = _value_label(
            "metersPromptSpeed", translate("MetersPanel", "Prompt speed")
        )
        self.tokens_label = _value_label(
            "metersTokens", translate("MetersPanel", "Tokens generated")
        )
        self.thinking_label = _value_label(
            "metersThinkingTokens", translate("MetersPanel", "Thinking tokens")
        )
        self.context_label = _value_label("metersContext", translate("Meters", "Context use"))
        self.context_parts = _value_label(
            "metersContextParts", translate("MetersPanel", "Context breakdown")
        )
        self.context_parts.setWordWrap(True)
        self.cpu_spark = Sparkline(maximum=100.0)
        self.memory_spark = Sparkline(maximum=100.0)
        self.speed_spark = Sparkline()
        for spark, name, accessible in (
            (
                self.cpu_spark,
                "metersSparkCPU",
                translate("MetersPanel", "CPU over the last minute"),
            ),
            (
                self.memory_spark,
                "metersSparkMemory",
                translate("MetersPanel", "Memory over the last minute"),
            ),
            (
                self.speed_spark,
                "metersSparkGeneration",
                translate("MetersPanel", "Generation speed over the last minute"),
            ),
        ):
            spark.setObjectName(name)
            spark.setAccessibleName(accessible)
        self.context_bar = ContextBar()
        self.context_bar.setObjectName("metersContextBar")
        self.context_bar.setAccessibleName(translate("MetersPanel", "Context window use"))
        bold = self.model_label.font()
        bold.setBold(True)
        self.model_label.setFont(bold)
        outer.addWidget(self.model_label)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(3)
        grid.setColumnStretch(1, 1)
        self._grid = grid
        self._section(translate("MetersPanel", "System"))
        self._row(translate("MetersPanel", "CPU"), self.cpu_label, self.cpu_spark)
        self._row(translate("MetersPanel", "Memory"), self.memory_label, self.memory_spark)
        self._row(translate("MetersPanel", "GPU"), self.gpu_label)
        self._section(translate("MetersPanel", "Generation"))
        self._row(translate("MetersPanel", "Speed"), self.speed_label, self.speed_spark)
        self._row(translate("MetersPanel", "First token"), self.ttft_label)
        self._row(translate("MetersPanel", "Prompt"), self.prompt_label)
        self._row(translate("MetersPanel", "Tokens"), self.tokens_label)
        self._row(translate("MetersPanel", "Thinking"), self.thinking_label)
        self._section(translate("MetersPanel", "Context"))
        for widget in (self.context_bar, self.context_label, self.context_parts):
            grid.addWidget(widget, grid.rowCount(), 0, 1, 2)
        outer.addLayout(grid)
        outer.addStretch(1)
        self.setMinimumWidth(230)

    def _section(self, title: str) -> None:
        label = QLabel(title.upper())
        text_size.relative(label, 0.85, bold=True)
        label.setContentsMargins(0, 8, 0, 0)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        row = self._grid.rowCount()
        self._grid.addWidget(label, row, 0, 1, 2)
        self._grid.addWidget(line, row + 1, 0, 1, 2)

    def _row(self, caption: str, value: QLabel, spark: Sparkline | None = None) -> None:
        name = QLabel(caption)
        theme.mute(name)  # the secondary colour, following theme switches
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

    # -- updates -------------------------------------------------------------------------

    def _on_source_sampled(self, sample: SystemSample) -> None:
        self.cpu_label.setText(
            translate("MetersPanel", "{percent} · app {app}").format(
                percent=_percent(sample.cpu_percent), app=_percent(sample.app_cpu_percent)
            )
        )
        memory = _of(format_size(sample.mem_used), format_size(sample.mem_total))
        app = format_size(sample.app_rss)
        if sample.model_memory:
            detail = translate("MetersPanel", "app {app} · model {model}").format(
                app=app, model=format_size(sample.model_memory)
            )
        else:
            detail = translate("MetersPanel", "app {app}").format(app=app)
        self.memory_label.setText(f"{memory}\n{detail}")
        self.gpu_label.setText(gpu_text(sample))
        self.cpu_spark.set_values(self.source.cpu_history.values())
        self.memory_spark.set_values(self.source.memory_history.values())
        self.speed_spark.set_values(self.source.speed_history.values())

    def _on_source_generation_changed(self, figures: GenerationFigures) -> None:
        self.speed_label.setText(_rate(figures.tokens_per_s))
        self.ttft_label.setText(_seconds(figures.ttft_s))
        self.prompt_label.setText(_rate(figures.prompt_tps))
        self.tokens_label.setText(format_number(figures.tokens))
        self.thinking_label.setText(format_number(figures.thinking_tokens))

    def _on_source_context_changed(self, usage: ContextUsage) -> None:
        self.context_bar.set_usage(usage)
        if usage.n_ctx <= 0:
            self.context_label.setText(translate("Meters", "No model loaded"))
            self.context_parts.setText("")
            return
        self.context_label.setText(
            translate("MetersPanel", "{used} of {total} tokens · {percent}").format(
                used=format_number(usage.used),
                total=format_number(usage.n_ctx),
                percent=_percent(usage.fraction * 100),
            )
        )
        numbers = {
            name: format_number(getattr(usage, name))
            for name in ("system", "history", "documents", "thinking", "reply")
        }
        if usage.documents:
            text = translate(
                "MetersPanel",
                "system {system} · history {history}\ndocuments {documents} · "
                "thinking {thinking} · reply {reply}",
            )
        else:
            text = translate(
                "MetersPanel",
                "system {system} · history {history}\nthinking {thinking} · reply {reply}",
            )
        self.context_parts.setText(text.format(**numbers))

    def _on_source_model_changed(self, info: ModelInfo | None) -> None:
        self.model_label.setText(
            info.name if info is not None else translate("Meters", "No model loaded")
        )


class MeterStrip(_TrackedWidget):
    """Status-bar version: CPU %, RAM, tok/s and context %, with tooltips for detail."""

    def __init__(self, source: MeterSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meterStrip")
        self.setAccessibleName(translate("MeterStrip", "Resource meters (compact)"))
        self.source = source
        self._tracker = VisibilityTracker(self, source)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(14)
        self.cpu_label = _value_label("stripCpu", translate("Meters", "CPU use"))
        self.ram_label = _value_label("stripRam", translate("Meters", "Memory use"))
        self.speed_label = _value_label("stripSpeed", translate("Meters", "Generation speed"))
        self.context_label = _value_label("stripContext", translate("Meters", "Context use"))
        for label in (self.cpu_label, self.ram_label, self.speed_label, self.context_label):
            layout.addWidget(label)
        self.cpu_label.setText(translate("MeterStrip", "CPU {value}").format(value=DASH))
        self.ram_label.setText(translate("MeterStrip", "RAM {value}").format(value=DASH))
        self.speed_label.setText(translate("Meters", "{rate} tok/s").format(rate=DASH))
        source.sampled.connect(self._on_source_sampled)
        source.generation_changed.connect(self._on_source_generation_changed)
        source.context_changed.connect(self._on_source_context_changed)
        self._on_source_context_changed(source.context)

    def _on_source_sampled(self, sample: SystemSample) -> None:
        self.cpu_label.setText(
            translate("MeterStrip", "CPU {value}").format(value=_percent(sample.cpu_percent))
        )
        self.cpu_label.setToolTip(
            translate("MeterStrip", "This app: {percent} of the machine").format(
                percent=_percent(sample.app_cpu_percent)
            )
        )
        self.ram_label.setText(
            translate("MeterStrip", "RAM {value}").format(
                value=format_used(sample.mem_used, sample.mem_total)
            )
        )
        self.ram_label.setToolTip(
            translate("MeterStrip", "This app: {size}").format(size=format_size(sample.app_rss))
        )

    def _on_source_generation_changed(self, figures: GenerationFigures) -> None:
        text = _rate(figures.tokens_per_s)
        self.speed_label.setText(
            translate("Meters", "{rate} tok/s").format(rate=DASH) if text == DASH else text
        )

    def _on_source_context_changed(self, usage: ContextUsage) -> None:
        if usage.n_ctx <= 0:
            self.context_label.setText(
                translate("MeterStrip", "Context {value}").format(value=DASH)
            )
            self.context_label.setStyleSheet("")
            return
        self.context_label.setText(
            translate("MeterStrip", "Context {value}").format(value=_percent(usage.fraction * 100))
        )
        self.context_label.setToolTip(
            translate("MeterStrip", "{used} of {total} tokens").format(
                used=format_number(usage.used), total=format_number(usage.n_ctx)
            )
        )

        color = level_color(usage.level, self.palette())
        self.context_label.setStyleSheet(
            "" if usage.level == "ok" else f"color: {color.name()}; font-weight: 600;"
        )
