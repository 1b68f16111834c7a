"""Meters panel and strip: updates, the timer's life with visibility, context thresholds."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QStatusBar
from pytestqt.qtbot import QtBot

from desktop.core.stats import GpuSample, SystemSample, SystemSampler
from desktop.core.thinking import ThinkingCapability
from desktop.core.units import GIB, MIB
from desktop.engines.base import GenerationStats, ModelInfo
from desktop.gui.meters.panel import MeterSource, MetersPanel, MeterStrip
from desktop.gui.meters.widgets import AMBER, RED


class ScriptedSampler(SystemSampler):
    """Samples whose CPU figure counts up, so each tick is visible in the labels."""

    def __init__(self, gpu: GpuSample | None = None) -> None:
        super().__init__(system="Linux", machine="x86_64", lazy_gpu=False)
        self.ticks = 0
        self.gpu = gpu

    @property
    def gpu_pending(self) -> bool:
        return False

    def sample(self) -> SystemSample:
        self.ticks += 1
        return SystemSample(
            time=float(self.ticks),
            cpu_percent=float(self.ticks),
            app_cpu_percent=2.0,
            mem_used=8 * GIB,
            mem_total=16 * GIB,
            app_rss=300 * MIB,
            gpu=self.gpu,
            model_memory=self.model_memory,
        )


def _info(n_ctx: int = 8192) -> ModelInfo:
    return ModelInfo(
        path=Path("qwen3.gguf"),
        name="Qwen3-4B Q4_K_M",
        engine="llama.cpp",
        architecture="qwen3",
        n_ctx=n_ctx,
        n_ctx_train=40960,
        thinking=ThinkingCapability.HYBRID,
    )


@pytest.fixture
def source(qtbot: QtBot) -> MeterSource:
    return MeterSource(ScriptedSampler())


@pytest.fixture
def panel(qtbot: QtBot, source: MeterSource) -> MetersPanel:
    widget = MetersPanel(source)
    qtbot.addWidget(widget)
    return widget


def test_panel_updates_after_a_forced_tick(qtbot: QtBot, panel: MetersPanel) -> None:
    panel.set_model(_info(), int(2.5 * GIB))
    panel.show()
    qtbot.waitUntil(lambda: panel.cpu_label.text().startswith("1 %"))
    panel.source.tick()
    qtbot.waitUntil(lambda: panel.cpu_label.text() == "2 % · app 2 %")
    memory = panel.memory_label.text()
    assert "8.0 GiB of 16.0 GiB" in memory
    assert "app 300 MiB" in memory
    assert "model 2.5 GiB" in memory
    assert panel.gpu_label.text() == "No GPU"
    assert panel.model_label.text() == "Qwen3-4B Q4_K_M"
    assert panel.cpu_spark.values() == [1.0, 2.0]


def test_panel_shows_a_gpu(qtbot: QtBot) -> None:
    gpu = GpuSample("NVIDIA GeForce RTX 4090", 64.0, 6 * GIB, 24 * GIB)
    widget = MetersPanel(MeterSource(ScriptedSampler(gpu)))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: "RTX 4090" in widget.gpu_label.text())
    assert "64 % · 6.0 GiB of 24.0 GiB" in widget.gpu_label.text()


def test_timer_runs_at_one_hertz_and_ticks(qtbot: QtBot, panel: MetersPanel) -> None:
    assert panel.source.timer.interval() == 1000
    panel.source.timer.setInterval(20)
    panel.show()
    with qtbot.waitSignal(panel.source.sampled, timeout=2000):
        pass
    assert panel.source.sampler.ticks >= 2  # type: ignore[attr-defined]


def test_timer_stops_when_hidden_and_restarts_when_shown(qtbot: QtBot, panel: MetersPanel) -> None:
    timer = panel.source.timer
    assert not timer.isActive()
    panel.show()
    qtbot.waitUntil(timer.isActive)
    panel.hide()
    assert not timer.isActive()
    panel.show()
    assert timer.isActive()


def test_timer_stops_while_the_window_is_minimised(qtbot: QtBot, source: MeterSource) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(MetersPanel(source))
    window.show()
    qtbot.waitUntil(source.timer.isActive)
    window.showMinimized()
    qtbot.waitUntil(lambda: not source.timer.isActive())
    window.showNormal()
    qtbot.waitUntil(source.timer.isActive)


class _Window(QMainWindow):
    """A window whose minimised state the test sets, to drive only the state-change path."""

    minimised = False

    def isMinimized(self) -> bool:
        return self.minimised


def test_window_state_change_alone_stops_and_restarts(qtbot: QtBot, source: MeterSource) -> None:
    window = _Window()
    qtbot.addWidget(window)
    window.setCentralWidget(MetersPanel(source))
    window.show()
    qtbot.waitUntil(source.timer.isActive)
    window.minimised = True
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowStateChange))
    assert not source.timer.isActive()
    window.minimised = False
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowStateChange))
    assert source.timer.isActive()


def test_strip_and_panel_share_one_source(qtbot: QtBot, source: MeterSource) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    panel = MetersPanel(source)
    window.setCentralWidget(panel)
    bar = QStatusBar()
    window.setStatusBar(bar)
    strip = MeterStrip(source)
    bar.addPermanentWidget(strip)
    window.show()
    qtbot.waitUntil(lambda: strip.cpu_label.text() == "CPU 1 %")
    assert strip.ram_label.text() == "RAM 8.0/16.0 GiB"
    panel.hide()
    assert source.timer.isActive()  # the strip still shows
    strip.hide()
    assert not source.timer.isActive()


def test_generation_figures(qtbot: QtBot, panel: MetersPanel) -> None:
    panel.show()
    panel.generation_started()
    assert panel.ttft_label.text() == "—"
    panel.tokens_progressed(5, 3)
    assert panel.tokens_label.text() == "5"
    assert panel.thinking_label.text() == "3"
    panel.generation_finished(
        GenerationStats(
            prompt_tokens=900,
            generated_tokens=1234,
            thinking_tokens=600,
            ttft_s=0.42,
            prompt_tps=512.0,
            generation_tps=23.71,
        )
    )
    assert panel.speed_label.text() == "23.7 tok/s"
    assert panel.ttft_label.text() == "420 ms"
    assert panel.prompt_label.text() == "512 tok/s"
    assert panel.tokens_label.text() == "1,234"
    assert panel.thinking_label.text() == "600"


@pytest.mark.parametrize(
    ("percent", "level", "color"),
    [(79, "ok", None), (80, "amber", AMBER), (94, "amber", AMBER), (95, "red", RED)],
)
def test_context_bar_thresholds(
    qtbot: QtBot, source: MeterSource, percent: int, level: str, color: object
) -> None:
    panel = MetersPanel(source)
    strip = MeterStrip(source)
    qtbot.addWidget(panel)
    qtbot.addWidget(strip)
    panel.set_model(_info(10_000), 1)
    panel.set_context(100, percent * 100 - 400, 200, 100, 10_000)
    bar = panel.context_bar
    assert bar.level == level
    assert panel.context_label.text() == f"{percent * 100:,} of 10,000 tokens · {percent} %"
    assert strip.context_label.text() == f"Context {percent} %"
    if color is None:
        assert bar.fill_color() == bar.palette().highlight().color()
        assert strip.context_label.styleSheet() == ""
    else:
        assert bar.fill_color() == color
        assert color.name() in strip.context_label.styleSheet()  # type: ignore[attr-defined]
    assert bar.accessibleDescription() == f"Context {percent} percent full ({level})"


def test_no_model_clears_the_context(qtbot: QtBot, panel: MetersPanel) -> None:
    panel.set_model(_info(), 100)
    panel.set_context(10, 10, 0, 0, 8192)
    panel.set_model(None, 0)
    assert panel.model_label.text() == "No model loaded"
    assert panel.context_label.text() == "No model loaded"
    assert panel.source.sampler.model_memory == 0


def test_default_source_samples_this_machine(qtbot: QtBot) -> None:
    widget = MetersPanel()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: "app" in widget.memory_label.text())
    widget.source.close()  # ends the one-off NVML start first
    assert not widget.source.timer.isActive()
    assert not widget.source.tasks.busy
