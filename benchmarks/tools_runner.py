"""Tools: the Python runner's request-to-result time, and a tool turn's added overhead.

1. ``print(1)`` through the runner: cold (a fresh interpreter per run, no standby) and warm
   (the standby process started after the previous run). Goal: warm <= 300 ms.
2. A 3-call tool turn over the scripted engine (instant tokens): the loop's wall time minus
   the tools' own time minus the engine's time for the same two rounds without the loop.
Usage: python benchmarks/tools_runner.py [--runs 15]
"""

from __future__ import annotations

import argparse
import json
import statistics
import threading
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from desktop.engines.base import GenerationRequest, LoadOptions
from desktop.engines.fake import FakeEngine
from desktop.tools.approval import ApprovalPolicy
from desktop.tools.loop import TurnFinished, run_tool_loop
from desktop.tools.registry import Tool, ToolRegistry
from desktop.tools.runner import PythonRunner

TOOL_SLEEP_S = 0.02


def ms(values: list[float]) -> str:
    ordered = sorted(values)
    p90 = ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))]
    return f"median {statistics.median(values) * 1000:7.1f} ms   p90 {p90 * 1000:7.1f} ms"


def runner_times(runs: int, gap_s: float) -> tuple[list[float], list[float], list[float]]:
    cold, warm, back_to_back = [], [], []
    for _ in range(runs):
        runner = PythonRunner(keep_warm=False)
        started = time.perf_counter()
        result = runner.run("print(1)")
        cold.append(time.perf_counter() - started)
        assert result.stdout == "1\n", result
        runner.close()
    runner = PythonRunner()
    runner.warm_up()
    for _ in range(runs):
        time.sleep(gap_s)  # a user or model does not call again within microseconds
        started = time.perf_counter()
        result = runner.run("print(1)")
        warm.append(time.perf_counter() - started)
        assert result.stdout == "1\n", result
    for _ in range(runs):
        started = time.perf_counter()
        runner.run("print(1)")
        back_to_back.append(time.perf_counter() - started)
    runner.close()
    return cold, warm, back_to_back


def call(n: int) -> str:
    return f"<tool_call>\n{json.dumps({'name': 'work', 'arguments': {'n': n}})}\n</tool_call>\n"


def turn_overhead(runs: int) -> tuple[list[float], list[float]]:
    own: list[float] = []

    def work(arguments: Mapping[str, Any], cancel: threading.Event) -> str:
        started = time.perf_counter()
        time.sleep(TOOL_SLEEP_S)
        own.append(time.perf_counter() - started)
        return f"done {arguments['n']}"

    schema = {"type": "object", "properties": {"n": {"type": "integer"}}}
    registry = ToolRegistry([Tool("work", "Does some work.", schema, work)])
    policy = ApprovalPolicy(trusted={"work"})
    replies = ["I will run three tools. " + call(1) + call(2) + call(3), "All three are done."]
    overheads, totals = [], []
    for _ in range(runs):
        fake = FakeEngine(replies=replies, tokens_per_s=0)
        fake.load(Path("fake.gguf"), LoadOptions())
        request = GenerationRequest([{"role": "user", "content": "Run the three tools."}])
        own.clear()
        started = time.perf_counter()
        events = list(run_tool_loop(fake.generate, request, registry, policy, threading.Event()))
        total = time.perf_counter() - started
        assert isinstance(events[-1], TurnFinished)
        assert len(own) == 3
        # The engine alone, replaying the same two requests, for its share of the time.
        bare = FakeEngine(replies=replies, tokens_per_s=0)
        bare.load(Path("fake.gguf"), LoadOptions())
        started = time.perf_counter()
        for sent in fake.requests:
            for _event in bare.generate(sent, threading.Event()):
                pass
        engine_s = time.perf_counter() - started
        overheads.append(total - sum(own) - engine_s)
        totals.append(total)
    return overheads, totals


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--gap", type=float, default=0.5, help="seconds between warm runs")
    args = parser.parse_args()
    cold, warm, back_to_back = runner_times(args.runs, args.gap)
    facts = PythonRunner(keep_warm=False)
    network = facts.run("pass").network
    facts.close()
    print(f"Python runner, print(1), request to result ({args.runs} runs; network: {network})")
    print(f"  cold (fresh interpreter)      {ms(cold)}")
    print(f"  warm (standby ready)          {ms(warm)}   goal <= 300 ms")
    print(f"  warm, back to back            {ms(back_to_back)}")
    overheads, totals = turn_overhead(args.runs)
    print(f"3-call tool turn, scripted engine, tools sleep {TOOL_SLEEP_S * 1000:.0f} ms each")
    print(f"  whole turn                    {ms(totals)}")
    print(f"  added by the loop             {ms(overheads)}")


if __name__ == "__main__":
    main()
