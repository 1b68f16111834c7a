"""System sampler, history ring, generation meter and context levels."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest

from desktop.core.stats import (
    GenerationMeter,
    History,
    SystemSampler,
    context_level,
    context_usage,
    model_bytes,
)


def _busy(seconds: float) -> None:
    end = time.process_time() + seconds
    while time.process_time() < end:
        pass


def test_sample_values_are_sane() -> None:
    sampler = SystemSampler(system="Linux", machine="x86_64")
    _busy(0.05)
    sample = sampler.sample()
    assert 0.0 <= sample.cpu_percent <= 100.0
    assert 0.0 < sample.app_cpu_percent <= 100.0  # we just burnt CPU on purpose
    assert 0 < sample.mem_used <= sample.mem_total
    assert sample.app_rss > 0
    assert sample.model_memory == 0
    sampler.close()


def test_model_memory_is_carried_into_samples() -> None:
    sampler = SystemSampler(system="Linux", machine="x86_64")
    sampler.model_memory = 1234
    assert sampler.sample().model_memory == 1234


def _fake_nvml(*, fail_on: str = "") -> ModuleType:
    module = ModuleType("pynvml")
    calls: dict[str, int] = {"init": 0, "shutdown": 0, "util": 0}

    def maybe_fail(name: str) -> None:
        if name == fail_on:
            raise RuntimeError(f"{name} failed")

    def init() -> None:
        calls["init"] += 1
        maybe_fail("init")

    def shutdown() -> None:
        calls["shutdown"] += 1

    def util(handle: int) -> SimpleNamespace:
        calls["util"] += 1
        maybe_fail("util")
        return SimpleNamespace(gpu=40 + 20 * handle, memory=5)

    module.nvmlInit = init  # type: ignore[attr-defined]
    module.nvmlShutdown = shutdown  # type: ignore[attr-defined]
    module.nvmlDeviceGetCount = lambda: 2  # type: ignore[attr-defined]
    module.nvmlDeviceGetHandleByIndex = lambda i: i  # type: ignore[attr-defined]
    module.nvmlDeviceGetName = lambda h: b"NVIDIA GeForce RTX 4090"  # type: ignore[attr-defined]
    module.nvmlDeviceGetUtilizationRates = util  # type: ignore[attr-defined]
    module.nvmlDeviceGetMemoryInfo = lambda h: SimpleNamespace(  # type: ignore[attr-defined]
        used=(h + 1) * 1000, total=24000, free=24000 - (h + 1) * 1000
    )
    module.calls = calls  # type: ignore[attr-defined]
    return module


def test_nvidia_gpu_through_pynvml(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = _fake_nvml()
    monkeypatch.setitem(sys.modules, "pynvml", fake)
    sampler = SystemSampler(system="Linux", machine="x86_64")
    gpu = sampler.sample().gpu
    assert gpu is not None
    assert gpu.name == "NVIDIA GeForce RTX 4090 (+1 more)"
    assert gpu.util_percent == 50.0  # mean of 40 and 60
    assert (gpu.mem_used, gpu.mem_total) == (3000, 48000)
    assert not gpu.unified
    sampler.sample()
    assert fake.calls["init"] == 1
    sampler.close()
    assert fake.calls["shutdown"] == 1


def test_nvml_failure_gives_no_gpu_and_is_never_retried(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = _fake_nvml(fail_on="util")
    monkeypatch.setitem(sys.modules, "pynvml", fake)
    sampler = SystemSampler(system="Windows", machine="AMD64")
    assert sampler.sample().gpu is None
    assert sampler.gpu_failed
    assert sampler.sample().gpu is None
    assert fake.calls["init"] == 1
    assert fake.calls["util"] == 1
    assert fake.calls["shutdown"] == 1


def test_no_pynvml_means_no_gpu(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pynvml", None)  # import raises ImportError
    sampler = SystemSampler(system="Linux", machine="x86_64")
    assert sampler.sample().gpu is None
    assert sampler.gpu_failed


def _fake_mlx(*, top_level: bool) -> tuple[ModuleType, ModuleType]:
    mlx = ModuleType("mlx")
    core = ModuleType("mlx.core")
    metal = ModuleType("mlx.core.metal")
    metal.get_active_memory = lambda: 222  # type: ignore[attr-defined]
    core.metal = metal  # type: ignore[attr-defined]
    if top_level:
        core.get_active_memory = lambda: 111  # type: ignore[attr-defined]
    mlx.core = core  # type: ignore[attr-defined]
    return mlx, core


@pytest.mark.parametrize(("top_level", "expected"), [(True, 111), (False, 222)])
def test_apple_silicon_reads_mlx_memory(
    monkeypatch: pytest.MonkeyPatch, top_level: bool, expected: int
) -> None:
    mlx, core = _fake_mlx(top_level=top_level)
    monkeypatch.setitem(sys.modules, "mlx", mlx)
    monkeypatch.setitem(sys.modules, "mlx.core", core)
    sample = SystemSampler(system="Darwin", machine="arm64").sample()
    assert sample.gpu is not None
    assert sample.gpu.unified
    assert sample.gpu.util_percent is None
    assert sample.gpu.mem_used == expected
    assert sample.gpu.mem_total == sample.mem_total


def test_apple_silicon_without_mlx_shows_unified_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "mlx.core", raising=False)
    monkeypatch.setitem(sys.modules, "pynvml", _fake_nvml())  # must not be consulted on a Mac
    sample = SystemSampler(system="Darwin", machine="arm64").sample()
    assert sample.gpu is not None
    assert sample.gpu.name == "Apple GPU (unified memory)"
    assert sample.gpu.mem_used == sample.mem_used
    assert sys.modules["pynvml"].calls["init"] == 0


def test_intel_mac_has_no_apple_gpu(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pynvml", None)
    assert SystemSampler(system="Darwin", machine="x86_64").sample().gpu is None


def test_sampler_cost_is_small(capsys: pytest.CaptureFixture[str]) -> None:
    sampler = SystemSampler()
    sampler.sample()  # first call may import/initialise
    start = time.process_time()
    for _ in range(60):
        sampler.sample()
    spent = time.process_time() - start
    sampler.close()
    with capsys.disabled():
        print(f"\nsampler: {spent / 60 * 1e6:.0f} µs CPU per sample ({spent:.4f} s for 60)")
    assert spent < 0.5


def test_history_keeps_the_last_window() -> None:
    history = History(window_s=60)
    for second in range(0, 100, 10):
        history.add(second, at=float(second))
    assert history.values() == [30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0]
    assert history.latest() == 90.0
    assert len(history) == 7
    history.clear()
    assert history.latest() is None


def test_generation_meter_live_then_final() -> None:
    meter = GenerationMeter()
    meter.start(now=100.0)
    assert meter.figures().running
    meter.progress(0, 0, now=100.2)
    assert meter.figures().ttft_s is None
    meter.progress(1, 1, now=100.5)
    assert meter.figures().ttft_s == pytest.approx(0.5)
    meter.progress(21, 15, now=101.5)
    live = meter.figures()
    assert live.tokens_per_s == pytest.approx(20.0)
    assert (live.tokens, live.thinking_tokens) == (21, 15)
    final = SimpleNamespace(
        prompt_tokens=50,
        generated_tokens=30,
        thinking_tokens=15,
        ttft_s=0.45,
        prompt_tps=400.0,
        generation_tps=19.5,
    )
    meter.finish(final)
    done = meter.figures()
    assert not done.running
    assert (done.tokens_per_s, done.ttft_s, done.prompt_tps) == (19.5, 0.45, 400.0)
    assert (done.tokens, done.thinking_tokens, done.prompt_tokens) == (30, 15, 50)


@pytest.mark.parametrize(
    ("percent", "level"), [(1, "ok"), (79, "ok"), (80, "amber"), (94, "amber"), (95, "red")]
)
def test_context_levels(percent: int, level: str) -> None:
    usage = context_usage(100, percent * 1000 - 300, 150, 50, n_ctx=100_000)
    assert usage.used == percent * 1000
    assert usage.fraction == pytest.approx(percent / 100)
    assert usage.level == level


def test_context_level_just_under_a_threshold() -> None:
    assert context_level(7999, 10_000) == "ok"
    assert context_level(9499, 10_000) == "amber"
    assert context_level(20_000, 10_000) == "red"


def test_context_without_a_model_is_empty() -> None:
    usage = context_usage(10, 10, 0, 0, n_ctx=0)
    assert (usage.fraction, usage.level) == (0.0, "ok")


def test_model_bytes_of_file_split_and_folder(tmp_path: Path) -> None:
    single = tmp_path / "m.gguf"
    single.write_bytes(b"x" * 10)
    assert model_bytes(single) == 10
    for i in (1, 2):
        (tmp_path / f"big-0000{i}-of-00002.gguf").write_bytes(b"x" * 7)
    assert model_bytes(tmp_path / "big-00001-of-00002.gguf") == 14
    folder = tmp_path / "mlx"
    folder.mkdir()
    (folder / "model.safetensors").write_bytes(b"x" * 5)
    (folder / "config.json").write_bytes(b"{}")
    assert model_bytes(folder) == 7
    assert model_bytes(tmp_path / "missing.gguf") == 0


def test_gpu_prepared_separately_when_not_lazy(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = _fake_nvml()
    monkeypatch.setitem(sys.modules, "pynvml", fake)
    sampler = SystemSampler(system="Linux", machine="x86_64", lazy_gpu=False)
    assert sampler.sample().gpu is None
    assert fake.calls["init"] == 0
    sampler.prepare_gpu()
    assert sampler.sample().gpu is not None
    sampler.close()
    sampler.prepare_gpu()
    assert fake.calls["init"] == 1
