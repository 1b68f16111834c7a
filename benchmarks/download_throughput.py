"""Download throughput on loopback: our downloader (progress callback attached, sha256
verified, data flushed to disk) against curl, fetching the same file from the fake Hub of
tests/hub_server.py, which runs in its own process.

    .venv/bin/python -m benchmarks.download_throughput [--mb 500] [--rounds 5]

Runs alternate (curl, ours, curl, ours, ...) with ``sync`` between them, and the median of
each is compared (target: ours >= 0.8 x curl). sha256 costs CPU that curl does not spend,
so the single-core hashing speed is printed too: on a machine with few cores it bounds the
ratio at about 1 / (1 + curl_rate / sha256_rate).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.core.hub.downloads import DownloadManager, DownloadRequest, DownloadState

REPO = "Qwen/Bench-GGUF"
NAME = "bench.gguf"


def make_file(path: Path, megabytes: int) -> None:
    with open(path, "wb") as handle:
        for _ in range(megabytes):
            handle.write(os.urandom(1024 * 1024))


def serve(path: Path) -> None:
    """Child process: serve ``path`` until stdin closes; print the port first."""
    from tests.hub_server import FakeHub

    with FakeHub() as hub:
        hub.add(REPO, NAME, path=path)
        hub.sha256_of(hub.files[(REPO, NAME)])  # hash once, outside the timings
        print(hub.port, flush=True)
        sys.stdin.read()


def run_curl(url: str, out: Path) -> float:
    os.sync()
    started = time.perf_counter()
    subprocess.run(["curl", "-sSfL", "-o", str(out), url], check=True)
    elapsed = time.perf_counter() - started
    out.unlink()
    return elapsed


def run_ours(endpoint: str, out_dir: Path) -> tuple[float, int]:
    calls = 0

    def on_progress(done: int, total: int, speed: float, eta: float | None) -> None:
        nonlocal calls
        calls += 1

    dest = out_dir / NAME
    os.sync()
    started = time.perf_counter()
    with DownloadManager(endpoint=endpoint) as manager:
        task = manager.enqueue(DownloadRequest(REPO, NAME, dest), on_progress=on_progress)
        state = task.wait()
    elapsed = time.perf_counter() - started
    if state is not DownloadState.DONE:
        raise SystemExit(f"download failed: {task.error}")
    dest.unlink()
    return elapsed, calls


def sha256_rate(path: Path) -> float:
    digest = hashlib.sha256()
    buffer = bytearray(1024 * 1024)
    started = time.perf_counter()
    with open(path, "rb", buffering=0) as handle:
        while n := handle.readinto(buffer):
            digest.update(memoryview(buffer)[:n])
    return path.stat().st_size / 1e6 / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=int, default=500, help="file size in MiB")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--serve", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve)
        return
    if shutil.which("curl") is None:
        raise SystemExit("curl is not installed")
    with tempfile.TemporaryDirectory(prefix="qwen-desk-bench-") as tmp:
        root = Path(tmp)
        source = root / "source.bin"
        make_file(source, args.mb)
        mb = source.stat().st_size / 1e6
        hash_rate = sha256_rate(source)
        out_dir = root / "out"
        out_dir.mkdir()
        server = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.download_throughput", "--serve", str(source)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=Path(__file__).resolve().parents[1],
        )
        try:
            assert server.stdout is not None
            endpoint = f"http://127.0.0.1:{int(server.stdout.readline())}"
            url = f"{endpoint}/{REPO}/resolve/main/{NAME}"
            curl_times, our_times, calls = [], [], 0
            for _ in range(args.rounds):
                curl_times.append(run_curl(url, out_dir / "curl.out"))
                elapsed, calls = run_ours(endpoint, out_dir)
                our_times.append(elapsed)
        finally:
            assert server.stdin is not None
            server.stdin.close()
            server.wait(timeout=30)
    curl_rate = mb / statistics.median(curl_times)
    our_rate = mb / statistics.median(our_times)
    ratios = sorted(c / o for c, o in zip(curl_times, our_times, strict=True))
    print(f"file: {mb:.0f} MB, {args.rounds} alternating rounds, {os.cpu_count()} CPUs")
    print(f"curl:       {curl_rate:7.1f} MB/s  median  (runs: {_runs(curl_times)})")
    print(f"qwen-desk:  {our_rate:7.1f} MB/s  median  (runs: {_runs(our_times)})")
    print(f"            {calls} progress calls in the last run; sha256 verified; fsynced")
    print(f"ratio:      {our_rate / curl_rate:7.2f}   (median; per round {_runs(ratios, '')})")
    print(
        f"sha256:     {hash_rate:7.1f} MB/s on one core (bound on few cores: "
        f"{1 / (1 + curl_rate / hash_rate):.2f})"
    )


def _runs(values: list[float], suffix: str = "s") -> str:
    return ", ".join(f"{v:.2f}{suffix}" for v in values)


if __name__ == "__main__":
    main()
