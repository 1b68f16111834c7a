"""Print how smooth the transcript stays while a reply streams, and how fast a long
conversation opens, in a real (offscreen) ChatView.

1. A ChatView holds 500 generated messages (Markdown, code, maths). A reply of 2,000 tokens
   (1-5 characters each, code fences and maths included) streams in at 300 tok/s, delivered
   in ~40 ms batches as GenerationWorker does, thinking first. A 5 ms timer measures the
   event loop's stalls (the gap between its ticks): targets max <= 50 ms, p95 <= 20 ms.
2. Opening a 1,000-message conversation (cold caches, then again cached) until the page has
   laid out and painted its newest messages: target <= 500 ms. Earlier messages are added as
   the reader scrolls up; the time to get all of them while holding the top is printed too.

Run: ``.venv/bin/python benchmarks/ui_stream.py``.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import shiboken6
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QApplication

from desktop.gui.chat.view import ChatView, MessageView
from desktop.gui.webengine_setup import prepare_webengine_environment
from desktop.render.markdown import clear_caches

TOKENS = 2_000
TOKENS_PER_S = 300
BATCH_MS = 40
THINKING_TOKENS = 300
PROBE_MS = 5


def reply_text(seed: int, rng: random.Random) -> str:
    """A varied assistant reply: heading, prose with maths, maybe code, a list, display maths."""
    parts = [f"### Step {seed}\n"]
    parts.append(
        f"We know that $a_{{{seed}}} = {rng.randint(1, 99)}^2$ and "
        f"$\\frac{{{seed}}}{{{seed + 1}}} < 1$, so $\\sum_{{k=1}}^{{{seed}}} k = "
        f"{seed * (seed + 1) // 2}$. The method is **simple** and `f` is pure.\n"
    )
    if rng.random() < 0.6:
        body = "\n".join(
            f"    x{j} = f(x{j - 1}, {rng.randint(0, 999)})  # step {j}"
            for j in range(1, rng.randint(5, 20))
        )
        parts.append(f"```python\ndef solve_{seed}(x0):\n{body}\n    return x0\n```\n")
    parts.append(f"- first point, about {rng.choice(['speed', 'memory', 'clarity'])}\n- second\n")
    if rng.random() < 0.4:
        parts.append(f"$$\n\\int_0^{{{seed}}} x^2\\,dx = \\frac{{{seed}^3}}{{3}}\n$$\n")
    parts.append(f"So the answer is $\\boxed{{{seed}}}$.\n")
    return "\n".join(parts)


def conversation(count: int, seed: int) -> list[MessageView]:
    rng = random.Random(seed)
    messages = []
    for i in range(count):
        if i % 2 == 0:
            text = f"Question {seed}-{i}: how do I solve problem {rng.randint(1, 10**6)}?"
            messages.append(MessageView(i, "user", text, author="You"))
        else:
            stats = {"generated_tokens": rng.randint(50, 900), "generation_tps": 31.5}
            messages.append(
                MessageView(
                    i,
                    "assistant",
                    reply_text(seed * 100_000 + i, rng),
                    thinking="Let me think. " * rng.randint(0, 3),
                    author="Qwen3-4B",
                    stats=stats,
                )
            )
    return messages


def stream_tokens(rng: random.Random) -> list[str]:
    """2,000 tokens of 1-5 characters cut from long Markdown with code fences and maths."""
    text = ""
    seed = 0
    while len(text) < TOKENS * 5:
        text += reply_text(900_000 + seed, rng) + "\n"
        seed += 1
    tokens: list[str] = []
    pos = 0
    while len(tokens) < TOKENS:
        size = rng.randint(1, 5)
        tokens.append(text[pos : pos + size])
        pos += size
    return tokens


def wait_until(app: QApplication, done: Callable[[], bool], timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("benchmark step timed out")
        app.processEvents()
        time.sleep(0.001)


class Stalls:
    """A 5 ms timer; the gaps between its ticks show how long the event loop was busy."""

    def __init__(self) -> None:
        self.gaps: list[float] = []
        self.clock = QElapsedTimer()
        self.timer = QTimer(interval=PROBE_MS, timerType=Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)
        self.last = 0

    def start(self) -> None:
        self.gaps.clear()
        self.clock.start()
        self.last = 0
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        now = self.clock.nsecsElapsed()
        self.gaps.append((now - self.last) / 1e6)
        self.last = now

    def report(self, label: str) -> None:
        gaps = sorted(self.gaps)
        p95 = gaps[int(len(gaps) * 0.95)]
        p99 = gaps[int(len(gaps) * 0.99)]
        print(
            f"{label}: {len(gaps)} ticks, gap max {gaps[-1]:.1f} ms, p95 {p95:.1f} ms, "
            f"p99 {p99:.1f} ms, median {statistics.median(gaps):.1f} ms "
            f"(timer interval {PROBE_MS} ms)"
        )


def js(app: QApplication, web: QWebEngineView, script: str) -> Any:
    results: list[Any] = []
    web.page().runJavaScript(f"JSON.stringify({script})", 0, results.append)
    wait_until(app, lambda: bool(results))
    return json.loads(results[0]) if results[0] else None


def load_everything(app: QApplication, view: ChatView, web: QWebEngineView) -> float:
    """Hold the reader at the top until every earlier message is on the page; seconds taken."""
    started = time.perf_counter()
    while view.pending_messages:
        js(app, web, "(window.scrollTo(0, 0), true)")
        app.processEvents()
    return time.perf_counter() - started


def measure_stream(app: QApplication, view: ChatView, web: QWebEngineView) -> None:
    rng = random.Random(7)
    tokens = stream_tokens(rng)
    per_batch = TOKENS_PER_S * BATCH_MS // 1000
    message_id = 10_000
    update_costs: list[float] = []
    update_cpu: list[float] = []  # the same on this thread's CPU clock (a busy machine differs)
    real_timeout = view._on_timer_timeout  # time the GUI-thread work per page update

    def timed_timeout() -> None:
        start, cpu = time.perf_counter(), time.thread_time()
        real_timeout()
        update_costs.append((time.perf_counter() - start) * 1e3)
        update_cpu.append((time.thread_time() - cpu) * 1e3)

    view._timer.timeout.disconnect()
    view._timer.timeout.connect(timed_timeout)
    stalls = Stalls()
    feeder = QTimer(interval=BATCH_MS, timerType=Qt.TimerType.PreciseTimer)
    position = 0

    def feed() -> None:
        nonlocal position
        batch = "".join(tokens[position : position + per_batch])
        if position < THINKING_TOKENS:
            view.stream_thinking(message_id, batch)
        else:
            view.stream_text(message_id, batch)
        position += per_batch
        if position >= len(tokens):
            feeder.stop()

    feeder.timeout.connect(feed)
    view.begin_stream(MessageView(message_id, "assistant", "", author="Qwen3-4B"))
    started = time.perf_counter()
    stalls.start()
    feeder.start()
    wait_until(app, lambda: not feeder.isActive(), timeout_s=120)
    view.end_stream(
        MessageView(
            message_id,
            "assistant",
            "".join(tokens[THINKING_TOKENS:]),
            thinking="".join(tokens[:THINKING_TOKENS]),
            author="Qwen3-4B",
            stats={"generated_tokens": TOKENS, "generation_tps": 300.0, "thinking_tokens": 300},
        )
    )
    wait_until(app, lambda: js(app, web, "!document.querySelector('.msg.streaming')"))
    stalls.stop()
    elapsed = time.perf_counter() - started
    print(
        f"streamed {len(tokens)} tokens ({sum(map(len, tokens)):,} chars) in {elapsed:.2f} s; "
        f"{len(update_costs)} page updates, GUI time per update mean "
        f"{statistics.mean(update_costs):.1f} ms, max {max(update_costs):.1f} ms "
        f"(CPU mean {statistics.mean(update_cpu):.1f} ms, max {max(update_cpu):.1f} ms)"
    )
    stalls.report("event loop while streaming over 500 messages")


def measure_open(app: QApplication, view: ChatView, web: QWebEngineView, label: str) -> None:
    messages = conversation(1_000, seed=3)
    stalls = Stalls()
    stalls.start()
    started = time.perf_counter()
    view.set_messages(messages)
    called = time.perf_counter()
    laid_out: list[float] = []
    painted: list[float] = []
    web.page().runJavaScript(
        "document.getElementById('messages').getBoundingClientRect().height;"
        "window.qdPainted = false;"
        "requestAnimationFrame(() => requestAnimationFrame(() => { window.qdPainted = true; }));"
        "true",
        0,
        lambda _result: laid_out.append(time.perf_counter()),
    )
    wait_until(app, lambda: bool(laid_out))

    while not painted:  # poll until two animation frames have passed since setMessages
        if js(app, web, "window.qdPainted === true"):
            painted.append(time.perf_counter())
    stalls.stop()
    shown = js(app, web, "document.querySelectorAll('.msg').length")
    print(
        f"open 1,000 messages ({label}): set_messages returned in "
        f"{(called - started) * 1e3:.0f} ms, "
        f"laid out {(laid_out[0] - started) * 1e3:.0f} ms, painted "
        f"{(painted[0] - started) * 1e3:.0f} ms, showing the newest {shown}"
    )
    stalls.report(f"event loop while opening ({label})")
    stalls.start()
    seconds = load_everything(app, view, web)
    stalls.stop()
    print(f"scrolled to the top until all 1,000 were on the page: {seconds:.2f} s")
    stalls.report(f"event loop while adding earlier messages ({label})")


def main() -> None:
    prepare_webengine_environment()  # as the app does (it adds --no-sandbox only as root)
    app = QApplication(sys.argv)
    view = ChatView(theme="light", font_px=15)
    view.resize(1000, 800)
    view.show()
    ready: list[bool] = []
    view.ready.connect(lambda: ready.append(True))
    wait_until(app, lambda: bool(ready))
    assert view.is_rich, "QtWebEngine did not start"
    web = view.findChild(QWebEngineView)
    assert web is not None
    view.set_messages(conversation(500, seed=1))
    load_everything(app, view, web)  # stream below a page that really holds 500 messages
    wait_until(app, lambda: js(app, web, "document.querySelectorAll('.msg').length") == 500)
    js(app, web, "(qd.scrollToBottom(), true)")
    measure_stream(app, view, web)
    clear_caches()
    measure_open(app, view, web, "cold caches")
    view.show_welcome("<p>Welcome</p>")
    measure_open(app, view, web, "reopened, cached")
    shiboken6.delete(view)  # its page must go before the profile does, at exit


if __name__ == "__main__":
    main()
