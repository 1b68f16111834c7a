"""Decode speed where users see it: the reply streamed into the real window vs the engine alone.

One process, one loaded SmolLM2, the same prompt, greedy sampling and token limit; runs
alternate (window, headless, window, ...) so machine noise hits both. The window run goes
through the chat controller and the conversation service into the QtWebEngine transcript on
the current display (start Xvfb and set DISPLAY to measure a machine without a GPU); the
headless run puts the same request on the same generation thread with nobody drawing it.

Prints per run and the medians: decode tok/s both ways and their ratio (goal >= 0.90), how
often the transcript was updated while streaming, the longest stall of the GUI thread, and
Enter -> first text on the page vs the engine's own time to first token (goal <= +50 ms).
Usage: python benchmarks/window_decode.py [--runs 3] [--tokens 300]
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import statistics
import sys
import tempfile
import threading
import time
from typing import Any

from _models import smollm_path

PROMPT = "Write a long story about a lighthouse keeper who befriends a whale. Use many details."


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--tokens", type=int, default=300)
    parser.add_argument(
        "--threads", type=int, default=0, help="llama.cpp threads (0: the app's own policy)"
    )
    args = parser.parse_args()
    if not os.environ.get("DISPLAY") and os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        sys.exit("Set DISPLAY (e.g. start `Xvfb :99` and use DISPLAY=:99) to measure a window.")
    os.environ.setdefault("QWEN_DESK_HOME", tempfile.mkdtemp(prefix="qd-bench-"))

    from desktop.gui.startup import preflight

    code = preflight()
    if code is not None:
        sys.exit(code)
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.chat.outcome import Outcome, ReplyListener
    from desktop.core.history import HistoryStore
    from desktop.core.paths import app_paths
    from desktop.core.sampling import Sampling
    from desktop.core.settings import Settings
    from desktop.engines.base import GenerationRequest, ThinkingMode
    from desktop.gui.app_state import build_state
    from desktop.gui.chat.web_view import WebTranscript
    from desktop.gui.window.main_window import MainWindow

    app = QApplication(sys.argv)
    paths = app_paths().ensure()
    store, _ = HistoryStore.open(paths.history_db)
    # No chat titles: their background requests would run between the measured replies.
    settings = Settings(auto_titles=False)
    settings.load = dataclasses.replace(settings.load, n_threads=args.threads)
    state = build_state(settings, paths.settings_file, store)
    window = MainWindow(state)
    window.resize(1180, 780)
    window.show()
    sampling = Sampling(temperature=0.0, top_k=1, seed=1)

    # Waiting costs the GUI thread little, as the app's own event loop does: it sleeps until
    # an event comes; a 10 ms ticker wakes it to see a condition set by another thread.
    ticker = QTimer()
    ticker.start(10)

    def wait(condition: Any, timeout_s: float = 300.0) -> None:
        deadline = time.monotonic() + timeout_s
        while not condition():
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            if time.monotonic() > deadline:
                sys.exit("timed out")

    window.load_model(smollm_path())
    wait(lambda: window.model is not None)
    wait(lambda: window.chat_view._is_ready)

    # Counting what the transcript does while a reply streams.
    updates: list[float] = []
    original_replace = WebTranscript.replace

    def counting_replace(
        self: WebTranscript, message: Any, body: str, *, streaming: bool = False
    ) -> None:
        if streaming:
            updates.append(time.perf_counter())
        return original_replace(self, message, body, streaming=streaming)

    WebTranscript.replace = counting_replace  # type: ignore[method-assign]
    stalls: list[float] = []
    clock = QElapsedTimer()
    heartbeat = QTimer()  # the longest gap between its beats is the longest stall (within 10 ms)
    heartbeat.setInterval(10)

    def beat() -> None:
        stalls.append(clock.restart())

    heartbeat.timeout.connect(beat)

    def window_run() -> dict[str, float]:
        window.new_chat()
        window.controller.set_options(
            preset="None",
            system_prompt="",
            thinking=ThinkingMode.OFF,
            sampling=sampling,
            max_tokens=args.tokens,
        )
        updates.clear()
        stalls.clear()
        clock.start()
        heartbeat.start()
        sent = time.perf_counter()
        assert window.controller.send(PROMPT)
        wait(lambda: not window.controller.generating)
        heartbeat.stop()
        thread = window.controller.shown_messages()
        reply = thread[-1]
        stats = reply.stats
        first = updates[0] - sent if updates else float("nan")
        return {
            "tps": float(stats["generation_tps"]),
            "tokens": float(stats["generated_tokens"]),
            "ttft": float(stats["ttft_s"]),
            "first_on_page": first,
            "updates_per_s": len(updates) / max(1e-9, float(stats["total_s"])),
            "max_stall_ms": max(stalls, default=0.0),
        }

    def headless_run() -> dict[str, float]:
        done = threading.Event()
        result: list[Outcome] = []

        class Quiet(ReplyListener):
            def finished(self, outcome: Outcome) -> None:
                result.append(outcome)
                done.set()

        request = GenerationRequest(
            [{"role": "user", "content": PROMPT}],
            thinking=ThinkingMode.OFF,
            sampling=sampling,
            max_tokens=args.tokens,
        )
        state.generation.runner.generate(request, Quiet(), source="bench")
        wait(done.is_set)
        stats = result[0].stats
        return {"tps": stats.generation_tps, "tokens": float(stats.generated_tokens)}

    rows: list[tuple[dict[str, float], dict[str, float]]] = []
    for run in range(args.runs):
        shown = window_run()
        bare = headless_run()
        rows.append((shown, bare))
        print(
            f"run {run + 1}: window {shown['tps']:.1f} tok/s ({shown['tokens']:.0f} tok), "
            f"headless {bare['tps']:.1f} tok/s ({bare['tokens']:.0f} tok), ratio "
            f"{shown['tps'] / bare['tps']:.2f}; {shown['updates_per_s']:.1f} transcript "
            f"updates/s, longest GUI stall {shown['max_stall_ms']:.0f} ms; first text on the "
            f"page {shown['first_on_page'] * 1000:.0f} ms after Enter vs engine TTFT "
            f"{shown['ttft'] * 1000:.0f} ms",
            flush=True,
        )
    ratio = statistics.median(s["tps"] / b["tps"] for s, b in rows)
    extra = statistics.median((s["first_on_page"] - s["ttft"]) * 1000 for s, _ in rows)
    print(
        f"median: window/headless decode {ratio:.2f} (goal >= 0.90); first text on the page "
        f"{extra:+.0f} ms after the engine's first token (goal <= +50 ms); "
        f"{statistics.median(s['updates_per_s'] for s, _ in rows):.1f} updates/s; longest "
        f"stall {max(s['max_stall_ms'] for s, _ in rows):.0f} ms",
        flush=True,
    )
    window.close()
    state.shutdown()
    store.close()


if __name__ == "__main__":
    main()
