"""System samples (CPU, memory, GPU) and generation figures for the resource meters.

Percentages are of the whole machine: ``cpu_percent`` and ``app_cpu_percent`` are both
0-100, where 100 means every logical core busy (this app's figure counts all its threads).
One :meth:`SystemSampler.sample` reads a few ``/proc`` files (or their OS equivalents) and
costs well under a millisecond; ``benchmarks/meters_cost.py`` measures it.
"""

from __future__ import annotations

import logging
import os
import platform
import sys
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Protocol

import psutil

from desktop.core.i18n import translate

log = logging.getLogger(__name__)

AMBER_FRACTION_PERCENT = 80
RED_FRACTION_PERCENT = 95
ContextLevel = Literal["ok", "amber", "red"]


@dataclass(frozen=True)
class GpuSample:
    """One GPU reading. ``util_percent`` is ``None`` where the OS does not report it (Apple)."""

    name: str
    util_percent: float | None
    mem_used: int
    mem_total: int
    unified: bool = False  # Apple Silicon: GPU memory is the system RAM


@dataclass(frozen=True)
class SystemSample:
    time: float  # time.monotonic() when taken
    cpu_percent: float  # whole machine, 0-100
    app_cpu_percent: float  # this process with all its threads, 0-100 of the whole machine
    mem_used: int  # total - available, bytes
    mem_total: int
    app_rss: int
    gpu: GpuSample | None
    model_memory: int = 0  # size of the loaded model's files, bytes (0 = none loaded)


def model_bytes(path: Path) -> int:
    """Bytes of a model on disk: a GGUF file (all parts of a split one) or an MLX folder."""
    try:
        if path.is_dir():
            return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
        from desktop.core.models.gguf_info import split_parts

        return sum(p.stat().st_size for p in split_parts(path) if p.exists())
    except OSError:
        return 0


class _Nvml:
    """NVIDIA cards through NVML, initialised once; the first failure turns it off for good."""

    def __init__(self) -> None:
        self._nvml: Any = None
        self._handles: list[Any] = []
        self._name = ""
        self.ready = False
        self.failed = False

    def start(self) -> None:
        """Initialise NVML (can take a few hundred ms with a real driver); never raises."""
        if self.ready or self.failed:
            return
        try:
            import pynvml  # optional dependency (nvidia-ml-py)

            pynvml.nvmlInit()
            self._nvml = pynvml
            count = pynvml.nvmlDeviceGetCount()
            handles = [pynvml.nvmlDeviceGetHandleByIndex(i) for i in range(count)]
            if not handles:
                raise RuntimeError("NVML reports no devices")
            name = pynvml.nvmlDeviceGetName(handles[0])
        except Exception as exc:
            self._fail(exc)
            return
        name = name.decode("utf-8", "replace") if isinstance(name, bytes) else str(name)
        self._name = name if count == 1 else f"{name} (+{count - 1} more)"
        self._handles = handles
        self.ready = True  # last: a sample on another thread reads this flag first

    def _fail(self, exc: Exception) -> None:
        log.info("GPU meter off: NVML unavailable (%s)", type(exc).__name__)
        self.failed = True
        self.ready = False
        self.close()

    def sample(self) -> GpuSample | None:
        if not self.ready:
            return None
        try:
            utils = [self._nvml.nvmlDeviceGetUtilizationRates(h).gpu for h in self._handles]
            memory = [self._nvml.nvmlDeviceGetMemoryInfo(h) for h in self._handles]
        except Exception as exc:  # a driver or card gone: stop asking
            self._fail(exc)
            return None
        return GpuSample(
            name=self._name,
            util_percent=float(sum(utils)) / len(utils),
            mem_used=int(sum(m.used for m in memory)),
            mem_total=int(sum(m.total for m in memory)),
        )

    def close(self) -> None:
        self.ready = False
        if self._nvml is not None:
            try:
                self._nvml.nvmlShutdown()
            except Exception:
                pass
        self._nvml = None
        self._handles = []


def _apple_gpu(mem_used: int, mem_total: int) -> GpuSample:
    """MLX's own allocations when MLX is already in use, else the unified memory in use.

    ``mlx.core`` is only read if something (the MLX engine) has imported it: importing it
    here would cost start-up time and memory for a figure nobody asked for.
    """
    mx = sys.modules.get("mlx.core")
    if mx is not None:
        for owner in (mx, getattr(mx, "metal", None)):
            active = getattr(owner, "get_active_memory", None)
            if active is None:
                continue
            try:
                name = translate("Hardware", "Apple GPU (MLX)")
                return GpuSample(name, None, int(active()), mem_total, unified=True)
            except Exception:
                break
    name = translate("Hardware", "Apple GPU (unified memory)")
    return GpuSample(name, None, mem_used, mem_total, unified=True)


class _CpuClock:
    """CPU busy fractions from our own previous reading (not psutil's shared global one)."""

    def __init__(self, process: psutil.Process, cores: int) -> None:
        self._process = process
        self._cores = max(1, cores)
        self._last = self._read()
        self.system_percent = 0.0
        self.app_percent = 0.0

    def _read(self) -> tuple[float, float, float, float]:
        times = psutil.cpu_times()
        total = sum(times)
        # Linux counts guest time inside user/nice as well; psutil subtracts it the same way.
        total -= getattr(times, "guest", 0.0) + getattr(times, "guest_nice", 0.0)
        idle = times.idle + getattr(times, "iowait", 0.0)
        own = self._process.cpu_times()
        return time.monotonic(), total, total - idle, own.user + own.system

    def update(self) -> None:
        now = self._read()
        wall = now[0] - self._last[0]
        total = now[1] - self._last[1]
        if wall < 0.01 or total <= 0:  # too soon to say anything new: keep the last figures
            return
        self.system_percent = _clamp(100.0 * (now[2] - self._last[2]) / total)
        self.app_percent = _clamp(100.0 * (now[3] - self._last[3]) / (wall * self._cores))
        self._last = now


def _clamp(value: float) -> float:
    return min(100.0, max(0.0, value))


class SystemSampler:
    """Takes :class:`SystemSample` readings; the first one's CPU figures cover the time since
    construction. ``system``/``machine`` override the platform (tests).

    With ``lazy_gpu`` the first sample initialises NVML itself; a GUI passes ``False`` and
    calls :meth:`prepare_gpu` on a worker thread, since that one call can take a while.
    """

    def __init__(
        self, *, system: str | None = None, machine: str | None = None, lazy_gpu: bool = True
    ) -> None:
        self._system = system or platform.system()
        self._machine = machine or platform.machine()
        self._lazy_gpu = lazy_gpu
        self._process = psutil.Process(os.getpid())
        self._cpu = _CpuClock(self._process, psutil.cpu_count(logical=True) or 1)
        self._apple = self._system == "Darwin" and self._machine == "arm64"
        self._nvml = None if self._apple else _Nvml()
        self.model_memory = 0

    @property
    def gpu_failed(self) -> bool:
        """True once NVML failed; it is never tried again by this sampler."""
        return self._nvml is not None and self._nvml.failed

    @property
    def gpu_pending(self) -> bool:
        """True while :meth:`prepare_gpu` still has work to do."""
        return self._nvml is not None and not (self._nvml.ready or self._nvml.failed)

    def prepare_gpu(self) -> None:
        """Initialise the NVIDIA library (slow; safe to call from a worker thread once)."""
        if self._nvml is not None:
            self._nvml.start()

    def sample(self) -> SystemSample:
        with self._process.oneshot():
            self._cpu.update()
            rss = int(self._process.memory_info().rss)
        memory = psutil.virtual_memory()
        mem_total = int(memory.total)
        mem_used = int(memory.total - memory.available)
        if self._apple:
            gpu: GpuSample | None = _apple_gpu(mem_used, mem_total)
        else:
            if self._nvml is not None and self._lazy_gpu:
                self._nvml.start()
            gpu = self._nvml.sample() if self._nvml is not None else None
        return SystemSample(
            time=time.monotonic(),
            cpu_percent=self._cpu.system_percent,
            app_cpu_percent=self._cpu.app_percent,
            mem_used=mem_used,
            mem_total=mem_total,
            app_rss=rss,
            gpu=gpu,
            model_memory=self.model_memory,
        )

    def close(self) -> None:
        if self._nvml is not None:
            self._nvml.failed = True  # a later prepare_gpu must not start it again
            self._nvml.close()


class History:
    """The last ``window_s`` seconds of one figure, for a sparkline."""

    def __init__(self, window_s: float = 60.0) -> None:
        self.window_s = window_s
        self._points: deque[tuple[float, float]] = deque()

    def add(self, value: float, at: float | None = None) -> None:
        at = time.monotonic() if at is None else at
        self._points.append((at, float(value)))
        while self._points and self._points[0][0] < at - self.window_s:
            self._points.popleft()

    def values(self) -> list[float]:
        return [v for _, v in self._points]

    def points(self) -> list[tuple[float, float]]:
        return list(self._points)

    def latest(self) -> float | None:
        return self._points[-1][1] if self._points else None

    def clear(self) -> None:
        self._points.clear()

    def __len__(self) -> int:
        return len(self._points)

    def __iter__(self) -> Iterator[float]:
        return iter(self.values())


class StatsLike(Protocol):
    """The fields of ``engines.base.GenerationStats`` the meter reads (core never imports
    engines)."""

    @property
    def prompt_tokens(self) -> int: ...
    @property
    def generated_tokens(self) -> int: ...
    @property
    def thinking_tokens(self) -> int: ...
    @property
    def ttft_s(self) -> float: ...
    @property
    def prompt_tps(self) -> float: ...
    @property
    def generation_tps(self) -> float: ...


@dataclass(frozen=True)
class GenerationFigures:
    running: bool = False
    tokens_per_s: float = 0.0  # generated tokens per second after the first
    ttft_s: float | None = None
    prompt_tps: float | None = None  # known only when the engine reports it at the end
    tokens: int = 0  # generated, thinking included
    thinking_tokens: int = 0
    prompt_tokens: int = 0


class GenerationMeter:
    """Turns live token counts and the final stats into tok/s, TTFT and token counts.

    While a reply streams the figures are estimates from the counts and the clock; when it
    finishes the engine's own stats replace them.
    """

    def __init__(self) -> None:
        self._figures = GenerationFigures()
        self._started = 0.0
        self._first_token_at: float | None = None
        self._first_count = 0

    def start(self, now: float | None = None) -> None:
        self._started = time.monotonic() if now is None else now
        self._first_token_at = None
        self._first_count = 0
        self._figures = GenerationFigures(running=True)

    def progress(self, generated: int, thinking: int, now: float | None = None) -> None:
        """``generated`` counts all new tokens so far, thinking included."""
        now = time.monotonic() if now is None else now
        figures = self._figures
        ttft = figures.ttft_s
        rate = figures.tokens_per_s
        if generated > 0 and self._first_token_at is None:
            self._first_token_at = now
            self._first_count = generated
            ttft = now - self._started
        elif self._first_token_at is not None and now > self._first_token_at:
            rate = (generated - self._first_count) / (now - self._first_token_at)
        self._figures = GenerationFigures(
            running=True,
            tokens_per_s=max(0.0, rate),
            ttft_s=ttft,
            tokens=generated,
            thinking_tokens=thinking,
        )

    def finish(self, stats: StatsLike) -> None:
        self._figures = GenerationFigures(
            running=False,
            tokens_per_s=stats.generation_tps,
            ttft_s=stats.ttft_s if stats.generated_tokens else None,
            prompt_tps=stats.prompt_tps or None,
            tokens=stats.generated_tokens,
            thinking_tokens=stats.thinking_tokens,
            prompt_tokens=stats.prompt_tokens,
        )

    def figures(self) -> GenerationFigures:
        return self._figures


@dataclass(frozen=True)
class ContextUsage:
    system: int
    history: int
    thinking: int
    reply: int
    n_ctx: int
    fraction: float  # used / n_ctx, may pass 1.0 when the conversation overflows
    level: ContextLevel
    documents: int = 0  # the chat's documents put before the question (whole or passages)

    @property
    def used(self) -> int:
        return self.system + self.history + self.documents + self.thinking + self.reply


def context_level(used: int, n_ctx: int) -> ContextLevel:
    """ "ok" below 80 %, "amber" from 80 %, "red" from 95 % (integer maths: no rounding)."""
    if n_ctx <= 0:
        return "ok"
    if used * 100 >= RED_FRACTION_PERCENT * n_ctx:
        return "red"
    if used * 100 >= AMBER_FRACTION_PERCENT * n_ctx:
        return "amber"
    return "ok"


def context_usage(
    system_tokens: int,
    history_tokens: int,
    thinking_tokens: int,
    reply_tokens: int,
    n_ctx: int,
    documents_tokens: int = 0,
) -> ContextUsage:
    """How full the context window is; ``n_ctx <= 0`` (no model) reads as empty.
    ``documents_tokens`` is the part of the prompt the chat's documents take."""
    system, history, thinking, reply, documents = (
        max(0, n)
        for n in (system_tokens, history_tokens, thinking_tokens, reply_tokens, documents_tokens)
    )
    used = system + history + documents + thinking + reply
    return ContextUsage(
        system=system,
        history=history,
        thinking=thinking,
        reply=reply,
        n_ctx=n_ctx,
        fraction=used / n_ctx if n_ctx > 0 else 0.0,
        level=context_level(used, n_ctx),
        documents=documents,
    )
