"""Memory of the whole process tree (PSS: app + QtWebEngine processes), with no model loaded
and with SmolLM2 loaded minus the model file's bytes. Goal: <= 400 MB without a model.

Launches the real app (``python -m desktop``, an empty home folder, the display in $DISPLAY or
offscreen), waits until the tree's PSS stops growing (the transcript page has loaded, the
meters have ticked), prints the figure per process kind, then quits the app.
Usage: python benchmarks/memory_pss.py [--model PATH] [--settle 4]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import psutil

MiB = 1024 * 1024


def tree_pss(root: psutil.Process) -> dict[str, int]:
    """PSS in bytes per process kind (the app itself, each QtWebEngine helper kind; the
    renderers are forked from a zygote and keep its --type=zygote)."""
    by_kind: dict[str, int] = defaultdict(int)
    for proc in [root, *root.children(recursive=True)]:
        try:
            pss = proc.memory_full_info().pss
            cmd = proc.cmdline()
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
        kind = "app"
        for arg in cmd:
            if arg.startswith("--type="):
                kind = "webengine " + arg.split("=", 1)[1]
        by_kind[kind] += pss
    return dict(by_kind)


def measure(model: Path | None, settle: float, timeout: float = 90.0) -> dict[str, int]:
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, QWEN_DESK_HOME=home)
        if not env.get("DISPLAY"):
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
        command = [sys.executable, "-m", "desktop"]
        if model is not None:
            command += ["--model", str(model)]
        proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        root = psutil.Process(proc.pid)
        started = time.monotonic()
        best: dict[str, int] = {}
        stable_since = time.monotonic()
        try:
            while time.monotonic() - started < timeout:
                time.sleep(0.5)
                if proc.poll() is not None:
                    raise SystemExit(f"the app exited: {proc.stderr.read().decode()[-2000:]}")  # type: ignore[union-attr]
                now = tree_pss(root)
                if sum(now.values()) > sum(best.values()) + 2 * MiB:
                    best, stable_since = now, time.monotonic()
                elif time.monotonic() - stable_since >= settle and len(now) > 1:
                    return now
            return best
        finally:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()


def report(title: str, figures: dict[str, int], minus: int = 0) -> None:
    total = sum(figures.values()) - minus
    parts = ", ".join(f"{kind} {size / MiB:.0f}" for kind, size in sorted(figures.items()))
    print(f"{title}: {total / MiB:.0f} MiB = {total / 1e6:.0f} MB PSS  ({parts} MiB)")


def main() -> None:
    parser = argparse.ArgumentParser()
    default_model = os.environ.get("QWEN_DESK_SMOLLM")
    parser.add_argument(
        "--model", type=Path, default=Path(default_model) if default_model else None
    )
    parser.add_argument("--settle", type=float, default=4.0)
    args = parser.parse_args()
    empty = measure(None, args.settle)
    report("no model loaded", empty)
    print("  goal <= 400 MB (381 MiB)")
    if args.model is not None and args.model.exists():
        loaded = measure(args.model, args.settle)
        size = args.model.stat().st_size
        report(f"with {args.model.name} loaded, minus its {size / MiB:.0f} MiB", loaded, size)


if __name__ == "__main__":
    main()
