"""The machine profile: memory, cores, Apple Silicon, NVIDIA GPUs (what fit estimates need)."""

from __future__ import annotations

import os
import platform
import subprocess
from dataclasses import dataclass
from fractions import Fraction
from types import ModuleType
from typing import Any

from desktop.core.i18n import translate
from desktop.core.units import GIB as GIB
from desktop.core.units import MIB as MIB
from desktop.core.units import format_size

# Metal lets a process wire about 3/4 of unified memory for the GPU by default.
APPLE_GPU_FRACTION = Fraction(3, 4)


@dataclass(frozen=True)
class GPUInfo:
    name: str
    vendor: str  # "nvidia" or "apple"
    vram_total: int
    vram_free: int


@dataclass(frozen=True)
class MachineProfile:
    system: str  # platform.system(): "Linux", "Darwin", "Windows"
    machine: str  # platform.machine()
    ram_total: int
    ram_available: int
    cores_physical: int
    cores_logical: int
    apple_silicon: bool
    gpus: tuple[GPUInfo, ...] = ()

    @property
    def unified_memory(self) -> bool:
        return self.apple_silicon

    @property
    def memory_budget(self) -> int:
        """Bytes a model may use: free RAM, capped on Apple Silicon by what Metal may wire,
        plus free VRAM of NVIDIA cards (llama.cpp splits layers between GPU and CPU)."""
        if self.apple_silicon:
            return min(self.ram_available, int(self.ram_total * APPLE_GPU_FRACTION))
        return self.ram_available + sum(g.vram_free for g in self.gpus if g.vendor == "nvidia")


def _nvidia_gpus(nvml: ModuleType | None = None) -> tuple[GPUInfo, ...]:
    """NVIDIA cards through NVML (``nvidia-ml-py``); no library or driver means none."""
    try:
        if nvml is None:
            import pynvml  # optional dependency (nvidia-ml-py)

            nvml = pynvml
        nvml.nvmlInit()
    except Exception:
        return ()
    gpus = []
    try:
        for index in range(nvml.nvmlDeviceGetCount()):
            handle = nvml.nvmlDeviceGetHandleByIndex(index)
            name = nvml.nvmlDeviceGetName(handle)
            memory = nvml.nvmlDeviceGetMemoryInfo(handle)
            if isinstance(name, bytes):
                name = name.decode("utf-8", "replace")
            gpus.append(GPUInfo(str(name), "nvidia", int(memory.total), int(memory.free)))
    except Exception:
        return tuple(gpus)
    finally:
        try:
            nvml.nvmlShutdown()
        except Exception:
            pass
    return tuple(gpus)


def _is_apple_silicon(system: str, machine: str) -> bool:
    if system != "Darwin":
        return False
    if machine == "arm64":
        return True
    try:  # an x86_64 Python under Rosetta still runs on Apple Silicon
        out = subprocess.run(
            ["sysctl", "-n", "hw.optional.arm64"], capture_output=True, text=True, timeout=2
        )
        return out.stdout.strip() == "1"
    except (OSError, subprocess.SubprocessError):
        return False


def detect_profile(
    *,
    psutil_module: Any = None,
    nvml: ModuleType | None = None,
    system: str | None = None,
    machine: str | None = None,
) -> MachineProfile:
    """Profile this machine. Every source can be replaced for tests."""
    if psutil_module is None:
        import psutil

        psutil_module = psutil
    system = system or platform.system()
    machine = machine or platform.machine()
    memory = psutil_module.virtual_memory()
    logical = psutil_module.cpu_count(logical=True) or os.cpu_count() or 1
    physical = psutil_module.cpu_count(logical=False) or logical
    apple = _is_apple_silicon(system, machine)
    gpus = () if apple else _nvidia_gpus(nvml)
    if apple:
        gpus = (GPUInfo("Apple GPU", "apple", int(memory.total), int(memory.available)),)
    return MachineProfile(
        system=system,
        machine=machine,
        ram_total=int(memory.total),
        ram_available=int(memory.available),
        cores_physical=int(physical),
        cores_logical=int(logical),
        apple_silicon=apple,
        gpus=gpus,
    )


def describe(profile: MachineProfile) -> str:
    """One line for the UI, e.g. "16.0 GiB RAM (9.1 GiB free), 8 cores, Apple Silicon"."""
    parts = [
        translate("Hardware", "{total} RAM ({free} free)").format(
            total=format_size(profile.ram_total), free=format_size(profile.ram_available)
        ),
        translate("Hardware", "{count} cores").format(count=profile.cores_physical),
    ]
    if profile.apple_silicon:
        parts.append(translate("Hardware", "Apple Silicon (unified memory)"))
    for gpu in profile.gpus:
        if gpu.vendor == "nvidia":
            parts.append(f"{gpu.name} ({format_size(gpu.vram_total)})")
    return ", ".join(parts)


def physical_cores() -> int:
    """The thread policy for llama.cpp: one thread per physical core. Measured on a 2-core
    machine with the window streaming the reply (benchmarks/window_decode.py): 2 threads
    57-69 tok/s, 1 thread 38-41 tok/s; the drawing's share of the CPU costs less than a core."""
    import psutil

    return psutil.cpu_count(logical=False) or os.cpu_count() or 1
