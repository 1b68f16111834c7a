"""Machine profile and fit estimates, checked against arithmetic done by hand."""

from __future__ import annotations

from types import ModuleType, SimpleNamespace

import pytest

from desktop.core.hardware import GIB, MIB, GPUInfo, MachineProfile, describe, detect_profile
from desktop.core.models.catalog import load_catalog
from desktop.core.models.fit import (
    MIN_TOKENS_PER_S,
    Verdict,
    candidates,
    estimate_fit,
    estimated_tokens_per_s,
    kv_cache_bytes,
    max_context,
    recommend,
    runtime_bytes,
)


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def _machine(available: int, total: int | None = None, **extra: object) -> MachineProfile:
    settings: dict[str, object] = {
        "system": "Linux",
        "machine": "x86_64",
        "ram_total": total or available,
        "ram_available": available,
        "cores_physical": 4,
        "cores_logical": 8,
        "apple_silicon": False,
    }
    settings.update(extra)
    return MachineProfile(**settings)  # type: ignore[arg-type]


def test_qwen3_8b_q4_k_m_by_hand(catalog):
    entry = catalog.by_id("qwen3-8b")
    quant = entry.quant("Q4_K_M")[1]
    machine = _machine(16 * GIB)
    # weights: the file, Qwen3-8B-Q4_K_M.gguf = 5,027,783,488 bytes
    # KV f16 at 8k: 2 (K,V) * 36 layers * 8 KV heads * 128 head_dim * 8192 tokens * 2 bytes
    #             = 73,728 values/token * 8192 * 2 = 1,207,959,552 bytes (1152 MiB)
    # runtime:    300 MiB + 8192 * 32 KiB = 314,572,800 + 268,435,456 = 583,008,256
    # total:      5,027,783,488 + 1,207,959,552 + 583,008,256 = 6,818,751,296
    fit = estimate_fit(entry, quant, machine, 8192)
    assert (fit.weights_bytes, fit.kv_cache_bytes, fit.runtime_bytes) == (
        5_027_783_488,
        1_207_959_552,
        583_008_256,
    )
    assert fit.total_bytes == 6_818_751_296
    # 32k: KV = 73,728 * 32768 * 2 = 4,831,838,208 (4608 MiB)
    #      runtime = 314,572,800 + 32768 * 32 KiB (1,073,741,824) = 1,388,314,624
    #      total = 5,027,783,488 + 4,831,838,208 + 1,388,314,624 = 11,247,936,320
    fit = estimate_fit(entry, quant, machine, 32768)
    assert fit.kv_cache_bytes == 4_831_838_208
    assert fit.runtime_bytes == 1_388_314_624
    assert fit.total_bytes == 11_247_936_320
    # 16 GiB = 17,179,869,184 free; 80 % of it = 13,743,895,347: comfortable
    assert fit.verdict is Verdict.FITS


def test_qwen3_8b_kv_cache_types_by_hand():
    # 73,728 values/token * 32768 tokens = 2,415,919,104 values
    assert kv_cache_bytes(36, 8, 128, 32768, "f16") == 2_415_919_104 * 2
    assert kv_cache_bytes(36, 8, 128, 32768, "q8_0") == 2_415_919_104 * 34 // 32  # 2,566,914,048
    assert kv_cache_bytes(36, 8, 128, 32768, "q4_0") == 2_415_919_104 * 18 // 32  # 1,358,954,496
    assert kv_cache_bytes(36, 8, 128, 32768, "q8_0") == 2_566_914_048
    with pytest.raises(ValueError, match="unknown KV cache type"):
        kv_cache_bytes(36, 8, 128, 1, "q3")


def test_qwen2_5_7b_split_q4_k_m_by_hand(catalog):
    entry = catalog.by_id("qwen2.5-7b-instruct")
    quant = entry.quant("Q4_K_M")[1]
    # weights: both parts, 3,993,201,344 + 689,872,288 = 4,683,073,632
    # KV f16 at 8k: 2 * 28 layers * 4 KV heads * 128 * 8192 * 2 = 28,672 * 8192 * 2
    #             = 469,762,048 (448 MiB)
    # total: 4,683,073,632 + 469,762,048 + 583,008,256 = 5,735,843,936
    fit = estimate_fit(entry, quant, _machine(8 * GIB), 8192)
    assert fit.weights_bytes == 4_683_073_632
    assert fit.kv_cache_bytes == 469_762_048
    assert fit.total_bytes == 5_735_843_936
    # 32k: KV 1,879,048,192; runtime 1,388,314,624; total 7,950,436,448
    fit = estimate_fit(entry, quant, _machine(8 * GIB), 32768)
    assert fit.total_bytes == 7_950_436_448
    # 8 GiB = 8,589,934,592: above 80 % (6,871,947,673) but below 100 %: tight
    assert fit.verdict is Verdict.TIGHT


def test_verdicts_and_largest_context_on_an_8_gib_machine(catalog):
    entry = catalog.by_id("qwen3-8b")
    quant = entry.quant("Q4_K_M")[1]
    machine = _machine(8 * GIB)  # budget 8,589,934,592; comfortable up to 6,871,947,673
    assert estimate_fit(entry, quant, machine, 8192).verdict is Verdict.FITS  # 6,818,751,296
    # 16k: 5,027,783,488 + 2,415,919,104 + (314,572,800 + 536,870,912) = 8,295,146,304
    assert estimate_fit(entry, quant, machine, 16384).total_bytes == 8_295_146_304
    assert estimate_fit(entry, quant, machine, 16384).verdict is Verdict.TIGHT
    assert estimate_fit(entry, quant, machine, 32768).verdict is Verdict.WONT_FIT
    assert max_context(entry, quant, machine) == 8192
    assert max_context(entry, quant, machine, comfortable=False) == 16384
    assert max_context(entry, quant, machine, "q4_0") == 16384  # KV at 16k: 679,477,248
    assert max_context(entry, quant, _machine(4 * GIB)) is None
    assert max_context(entry, quant, _machine(1024 * GIB)) == entry.context_max


def test_memory_budget_per_kind_of_machine():
    assert _machine(12 * GIB, 16 * GIB).memory_budget == 12 * GIB
    apple = _machine(14 * GIB, 16 * GIB, system="Darwin", machine="arm64", apple_silicon=True)
    assert apple.unified_memory
    assert apple.memory_budget == 12 * GIB
    gpu = GPUInfo("NVIDIA GeForce RTX 4090", "nvidia", 24 * GIB, 20 * GIB)
    assert _machine(8 * GIB, gpus=(gpu,)).memory_budget == 28 * GIB


class FakePsutil:
    def __init__(self, total: int, available: int, physical: int | None, logical: int) -> None:
        self.memory = SimpleNamespace(total=total, available=available)
        self.counts = {False: physical, True: logical}

    def virtual_memory(self) -> SimpleNamespace:
        return self.memory

    def cpu_count(self, logical: bool = True) -> int | None:
        return self.counts[logical]


def _fake_nvml(fail: bool = False) -> ModuleType:
    nvml = ModuleType("pynvml")
    calls: list[str] = []

    def init() -> None:
        calls.append("init")
        if fail:
            raise RuntimeError("NVML Shared Library Not Found")

    nvml.nvmlInit = init  # type: ignore[attr-defined]
    nvml.nvmlShutdown = lambda: calls.append("shutdown")  # type: ignore[attr-defined]
    nvml.nvmlDeviceGetCount = lambda: 1  # type: ignore[attr-defined]
    nvml.nvmlDeviceGetHandleByIndex = lambda i: f"handle{i}"  # type: ignore[attr-defined]
    nvml.nvmlDeviceGetName = lambda h: b"NVIDIA RTX A4000"  # type: ignore[attr-defined]
    nvml.nvmlDeviceGetMemoryInfo = lambda h: SimpleNamespace(  # type: ignore[attr-defined]
        total=16 * GIB, free=15 * GIB
    )
    nvml.calls = calls  # type: ignore[attr-defined]
    return nvml


def test_detect_profile_with_an_nvidia_gpu():
    nvml = _fake_nvml()
    profile = detect_profile(
        psutil_module=FakePsutil(32 * GIB, 20 * GIB, 8, 16),
        nvml=nvml,
        system="Linux",
        machine="x86_64",
    )
    assert (profile.ram_total, profile.ram_available) == (32 * GIB, 20 * GIB)
    assert (profile.cores_physical, profile.cores_logical) == (8, 16)
    assert profile.gpus == (GPUInfo("NVIDIA RTX A4000", "nvidia", 16 * GIB, 15 * GIB),)
    assert not profile.apple_silicon
    assert profile.memory_budget == 35 * GIB
    assert nvml.calls == ["init", "shutdown"]
    assert describe(profile) == "32.0 GiB RAM (20.0 GiB free), 8 cores, NVIDIA RTX A4000 (16.0 GiB)"


def test_a_failing_nvml_means_no_gpu():
    profile = detect_profile(
        psutil_module=FakePsutil(8 * GIB, 6 * GIB, None, 4), nvml=_fake_nvml(fail=True)
    )
    assert profile.gpus == ()
    assert profile.cores_physical == 4


def test_apple_silicon_has_unified_memory():
    profile = detect_profile(
        psutil_module=FakePsutil(16 * GIB, 10 * GIB, 8, 8), system="Darwin", machine="arm64"
    )
    assert profile.apple_silicon
    assert profile.unified_memory
    assert [g.vendor for g in profile.gpus] == ["apple"]
    assert "Apple Silicon" in describe(profile)


def test_this_machine_can_be_profiled():
    profile = detect_profile()
    assert profile.ram_total >= profile.ram_available > 0
    assert profile.cores_logical >= 1


def test_recommendations_on_an_8_gib_machine(catalog):
    machine = _machine(8 * GIB, cores_physical=8)
    chat = recommend("chat", machine, catalog)
    assert chat is not None
    assert (chat.entry.id, chat.quant.quant) == ("qwen3-8b", "Q4_K_M")
    maths = recommend("maths", machine, catalog)
    assert maths is not None
    assert maths.entry.family in {"qwen3", "qwen3-2507"}
    for task in ("chat", "code", "maths"):
        found = candidates(task, machine, catalog, 8192)
        assert found
        assert found[0] == recommend(task, machine, catalog)
        assert all(r.fit.verdict is Verdict.FITS and task in r.entry.tasks for r in found)
        assert [r.score for r in found] == sorted((r.score for r in found), reverse=True)


def test_recommendations_scale_with_the_machine(catalog):
    small = recommend("chat", _machine(2 * GIB), catalog)
    assert small is not None
    assert small.entry.params_total_b < 1
    gpu = GPUInfo("RTX 6000", "nvidia", 48 * GIB, 46 * GIB)
    big = recommend("code", _machine(64 * GIB, gpus=(gpu,)), catalog)
    assert big is not None
    assert big.entry.params_total_b > 30


def test_recommendations_stay_fast_enough_on_a_small_cpu(catalog):
    # 2 cores, lots of memory: a 14B model fits but would decode at ~1 token/s.
    machine = _machine(22 * GIB, cores_physical=2, cores_logical=2)
    chat = recommend("chat", machine, catalog)
    assert chat is not None
    assert estimated_tokens_per_s(chat.fit.weights_bytes, machine) >= MIN_TOKENS_PER_S
    assert chat.entry.params_total_b <= 2
    # Arithmetic: 2 cores x 3.4 GB/s = 6.8 GB/s; 6.8 GB/s / 5 tok/s = 1.36 GB of weights.
    assert chat.fit.weights_bytes <= 1.36e9
    assert recommend("chat", _machine(256 * MIB), catalog) is None
    with pytest.raises(ValueError, match="poetry"):
        recommend("poetry", _machine(8 * GIB), catalog)


def test_runtime_overhead_constant():
    assert runtime_bytes(0) == 300 * MIB
    assert runtime_bytes(1024) == 300 * MIB + 32 * MIB


def test_moe_fit_counts_every_parameter_and_speed_the_active_ones(catalog):
    from dataclasses import replace

    from desktop.core.models.catalog import Architecture, GGUFFile, GGUFQuant, GGUFSource
    from desktop.core.models.fit import Recommendation, active_fraction, recommendation_speed

    moe = catalog.by_id("qwen3-30b-a3b")
    quant = moe.quant("Q4_K_M")[1]
    machine = _machine(32 * GIB, cores_physical=8, cores_logical=16)
    fit = estimate_fit(moe, quant, machine)
    assert fit.weights_bytes == quant.size  # all 128 experts stay loaded
    assert estimate_fit(moe, quant, _machine(16 * GIB)).verdict is Verdict.WONT_FIT
    # 8 cores x 3.4 GB/s = 27.2 GB/s. Dense arithmetic would give 27.2 / 18.6 = 1.5 tok/s;
    # a token reads only 3.3B of the 30.5B parameters: 27.2 / (18.6 x 3.3 / 30.5) = 13.5.
    dense = estimated_tokens_per_s(quant.size, machine)
    assert dense == pytest.approx(27.2e9 / quant.size)
    assert active_fraction(moe) == pytest.approx(3.3 / 30.5)
    rec = Recommendation(moe, "Qwen/Qwen3-30B-A3B-GGUF", quant, fit, 0.0)
    assert recommendation_speed(rec, machine) == pytest.approx(dense * 30.5 / 3.3)
    assert recommendation_speed(rec, machine) >= MIN_TOKENS_PER_S > dense
    found = candidates("chat", machine, catalog, 8192)
    assert any(r.entry.id == "qwen3-30b-a3b" for r in found)
    # Qwen3-235B-A22B (94 layers, 4 KV heads; Q4_K_M about 142 GB): fits only where all
    # 235B parameters fit, and decodes at the speed of 22B.
    big = replace(
        moe,
        id="qwen3-235b-a22b",
        params_total_b=235.0,
        params_active_b=22.0,
        arch=Architecture(94, 4, 128),
        gguf=(GGUFSource("Qwen/Qwen3-235B-A22B-GGUF", "main", True, ()),),
    )
    q4 = GGUFQuant("Q4_K_M", (GGUFFile("q4.gguf", 142_000_000_000),), True)
    assert estimate_fit(big, q4, _machine(128 * GIB)).verdict is Verdict.WONT_FIT
    roomy = _machine(256 * GIB, cores_physical=16)
    big_fit = estimate_fit(big, q4, roomy)
    assert big_fit.verdict is Verdict.FITS
    speed = recommendation_speed(Recommendation(big, "", q4, big_fit, 0.0), roomy)
    assert speed == pytest.approx(40e9 / (142e9 * 22 / 235))  # 40 GB/s CPU cap
