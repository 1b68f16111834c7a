"""What the resource meters cost: CPU time and wall time per system sample.

Prints figures, not a test. Target (issue 6): sampling at 1 Hz costs under 1 % of one core,
and one sample is cheap enough (< 1-2 ms) to take on the GUI thread.
Run: ``.venv/bin/python benchmarks/meters_cost.py [samples]``.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.core.stats import SystemSampler

TARGET_PERCENT_OF_CORE = 1.0


def main(samples: int = 600) -> int:
    started = time.perf_counter()
    sampler = SystemSampler()
    first = sampler.sample()  # imports, NVML start-up: paid once
    setup_s = time.perf_counter() - started
    cpu: list[float] = []
    wall: list[float] = []
    for _ in range(samples):
        cpu_start, wall_start = time.thread_time(), time.perf_counter()
        sampler.sample()
        cpu.append(time.thread_time() - cpu_start)
        wall.append(time.perf_counter() - wall_start)
    sampler.close()
    per_sample = statistics.fmean(cpu)
    percent = per_sample * 1.0 * 100  # one sample a second: seconds of CPU per second
    gpu = first.gpu.name if first.gpu else "no GPU"
    print(f"meters: {samples} samples, {gpu}, first sample and set-up {setup_s * 1e3:.1f} ms")
    print(
        f"  CPU per sample   mean {per_sample * 1e6:7.1f} µs  "
        f"p95 {statistics.quantiles(cpu, n=20)[-1] * 1e6:7.1f} µs"
    )
    print(
        f"  wall per sample  mean {statistics.fmean(wall) * 1e6:7.1f} µs  "
        f"max {max(wall) * 1e6:7.1f} µs"
    )
    verdict = "OK" if percent < TARGET_PERCENT_OF_CORE else "OVER TARGET"
    print(f"  at 1 Hz: {percent:.3f} % of one core (target < {TARGET_PERCENT_OF_CORE} %) {verdict}")
    return 0 if percent < TARGET_PERCENT_OF_CORE else 1


if __name__ == "__main__":
    raise SystemExit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 600))
