"""Tokens/s and time to first token through the local API server to the openai client, against
the same request run in process (``complete`` with a listener), on SmolLM2; then 8 clients
streaming at once.

Runs are interleaved (server, in process, in process, server, ...) so drifting machine load
hits both alike. The openai client runs in a process of its own, as the programs that use
the server do (in this process its per-chunk parsing would compete for the interpreter lock
with the generation thread). Goals: server tokens/s >= 0.95x in process; added TTFT <= 20 ms; 8
concurrent clients all complete, none starves (max wait per request printed).
Usage: python benchmarks/server_throughput.py [--runs 6] [--tokens 128]
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import statistics
import threading
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, replace

import openai
from _models import smollm_path

from desktop.chat.options import ChatOptions
from desktop.chat.outcome import LoadFailure, LoadListener, Outcome, ReplyListener
from desktop.chat.runner import EngineRunner
from desktop.chat.service import complete
from desktop.core.load_options import LoadOptions
from desktop.core.sampling import Sampling
from desktop.core.settings import GenerationSettings
from desktop.engines.base import GenerationRequest, ThinkingMode
from desktop.engines.fake import FakeEngine
from desktop.server.backend import RunnerBackend, model_id
from desktop.server.config import ServerConfig
from desktop.server.thread import ApiServer

PROMPT = [{"role": "user", "content": "Write a long story about a dragon who sings."}]
GREEDY = Sampling(temperature=0.0, top_k=1, seed=1)


@dataclass
class Run:
    ttft_s: float  # request sent -> first answer text received
    stream_s: float  # first text -> last text
    tokens: int

    @property
    def tps(self) -> float:
        """Tokens after the first, per second of streaming (as engines count it)."""
        return (self.tokens - 1) / self.stream_s if self.stream_s > 0 else 0.0


class _Timed(ReplyListener):
    def __init__(self, sent: float) -> None:
        self.sent = sent
        self.first = 0.0
        self.last = 0.0
        self.outcome: Outcome | None = None
        self.done = threading.Event()

    def text(self, text: str) -> None:
        now = time.perf_counter()
        self.first = self.first or now
        self.last = now

    def finished(self, outcome: Outcome) -> None:
        self.outcome = outcome
        self.done.set()


def in_process(runner: EngineRunner, generation: GenerationSettings, tokens: int) -> Run:
    listener = _Timed(time.perf_counter())

    def greedy(request: GenerationRequest) -> GenerationRequest:
        return replace(request, sampling=GREEDY)

    options = ChatOptions(max_tokens=tokens)
    complete(runner, lambda: generation, PROMPT, options, listener, batch_s=0.0, adjust=greedy)
    listener.done.wait()
    assert listener.outcome is not None
    count = listener.outcome.stats.generated_tokens
    return Run(listener.first - listener.sent, listener.last - listener.first, count)


_CLIENTS: dict[str, openai.OpenAI] = {}


def client_process_run(url: str, model: str, tokens: int) -> Run:
    """One streamed request from another process, as an editor or a script would send it
    (the client's own parsing then does not share this process's interpreter lock)."""
    client = _CLIENTS.get(url)
    if client is None:
        client = _CLIENTS[url] = openai.OpenAI(base_url=url, api_key="unused", max_retries=0)
    return through_server(client, model, tokens)


def through_server(client: openai.OpenAI, model: str, tokens: int) -> Run:
    sent = time.perf_counter()
    first = last = 0.0
    count = 0
    stream = client.chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": PROMPT[0]["content"]}],
        max_tokens=tokens,
        temperature=0.0,
        seed=1,
        stream=True,
        stream_options={"include_usage": True},
        extra_body={"top_k": 1},
    )
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            now = time.perf_counter()
            first = first or now
            last = now
        if chunk.usage is not None:
            count = chunk.usage.completion_tokens
    return Run(first - sent, last - first, count)


def concurrent(client: openai.OpenAI, model: str, clients: int, tokens: int) -> None:
    def ask(i: int) -> tuple[float, float, int]:
        sent = time.perf_counter()
        first, count = 0.0, 0
        stream = client.chat.completions.create(
            model=model,
            messages=[{"role": "user", "content": f"Tell story number {i} about a dragon."}],
            max_tokens=tokens,
            temperature=0.0,
            stream=True,
            stream_options={"include_usage": True},
        )
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content and not first:
                first = time.perf_counter()
            if chunk.usage is not None:
                count = chunk.usage.completion_tokens
        return first - sent, time.perf_counter() - sent, count

    started = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        results = list(pool.map(ask, range(clients)))
    wall = time.perf_counter() - started
    waits = [wait for wait, _, _ in results]
    print(f"\n{clients} concurrent streaming clients, {tokens} tokens each ({wall:.1f} s wall):")
    for i, (wait, total, count) in enumerate(results):
        print(
            f"  client {i}: waited {wait:6.2f} s for its first token, done at {total:6.2f} s, "
            f"{count} tokens"
        )
    complete_all = all(count > 0 for _, _, count in results)
    print(
        f"  all completed: {complete_all}; max wait {max(waits):.2f} s; "
        f"one reply alone takes ~{wall / clients:.2f} s, so a FIFO turn waits at most "
        f"~{wall - wall / clients:.2f} s"
    )


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def cpu_per_token(tokens: int = 800) -> None:
    """CPU time per streamed token with a scripted engine at 400 tokens/s (one token per SSE
    event): what the server and the openai client add, whatever the machine's load."""
    words = " ".join(f"w{i}" for i in range(tokens + 10))
    runner = EngineRunner(lambda _source: FakeEngine(words, tokens_per_s=400))
    loaded = _Loaded()
    runner.load(smollm_path(), LoadOptions(), loaded)
    loaded.done.wait()
    generation = GenerationSettings()
    server = ApiServer(RunnerBackend(runner, lambda: generation), ServerConfig(port=0))
    client = openai.OpenAI(base_url=server.start(), api_key="unused", max_retries=0)
    assert runner.model is not None
    model = model_id(runner.model)
    try:
        local, served = [], []
        for _ in range(3):
            listener = _Timed(0.0)
            before = _cpu()
            options = ChatOptions(thinking=ThinkingMode.OFF, max_tokens=tokens)
            complete(runner, lambda: generation, PROMPT, options, listener, batch_s=0.0)
            listener.done.wait()
            local.append((_cpu() - before) / tokens * 1000)
            before = _cpu()
            stream = client.chat.completions.create(
                model=model,
                messages=[{"role": "user", "content": "x"}],
                max_tokens=tokens,
                stream=True,
                extra_body={"chat_template_kwargs": {"enable_thinking": False}},
            )
            for _chunk in stream:
                pass
            served.append((_cpu() - before) / tokens * 1000)
    finally:
        server.stop()
        runner.shutdown()
    print(
        f"CPU per streamed token (scripted engine): in process {statistics.median(local):.3f} "
        f"ms, server+openai client {statistics.median(served):.3f} ms "
        f"(+{statistics.median(served) - statistics.median(local):.3f} ms)"
    )


class _Loaded(LoadListener):
    def __init__(self) -> None:
        self.done = threading.Event()
        self.failure: LoadFailure | None = None

    def loaded(self, info: object) -> None:
        self.done.set()

    def failed(self, failure: LoadFailure) -> None:
        self.failure = failure
        self.done.set()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=6)
    parser.add_argument("--tokens", type=int, default=128)
    parser.add_argument("--clients", type=int, default=8)
    args = parser.parse_args()
    cpu_per_token()

    runner = EngineRunner()
    loaded = _Loaded()
    runner.load(smollm_path(), LoadOptions(n_ctx=4096), loaded)
    loaded.done.wait()
    assert loaded.failure is None, loaded.failure.message
    generation = GenerationSettings()
    server = ApiServer(RunnerBackend(runner, lambda: generation), ServerConfig(port=0))
    url = server.start()
    info = runner.model
    assert info is not None
    model = model_id(info)
    client = openai.OpenAI(base_url=url, api_key="unused", max_retries=0)
    other = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
    try:
        # Warm both paths (imports, the client process, the KV cache of the prompt).
        other.submit(client_process_run, url, model, 8).result()
        in_process(runner, generation, 8)
        served: list[Run] = []
        local: list[Run] = []
        for i in range(args.runs):
            order = ("server", "local") if i % 2 == 0 else ("local", "server")
            for kind in order:
                if kind == "server":
                    served.append(
                        other.submit(client_process_run, url, model, args.tokens).result()
                    )
                else:
                    local.append(in_process(runner, generation, args.tokens))
        print(
            f"SmolLM2-135M-Instruct Q4_1, {args.tokens} tokens, greedy, {args.runs} interleaved "
            "runs each (median):"
        )
        for name, runs in (("in process", local), ("server+client", served)):
            print(
                f"  {name:14} {statistics.median(r.tps for r in runs):6.1f} tok/s   "
                f"TTFT {statistics.median(r.ttft_s for r in runs) * 1000:6.1f} ms   "
                f"tokens {statistics.median(r.tokens for r in runs):.0f}   "
                f"(each: {' '.join(f'{r.tps:.0f}' for r in runs)} tok/s)"
            )
        ratio = statistics.median(r.tps for r in served) / statistics.median(r.tps for r in local)
        added = (
            statistics.median(r.ttft_s for r in served) - statistics.median(r.ttft_s for r in local)
        ) * 1000
        print(
            f"  server / in process: {ratio:.3f}x (goal >= 0.95x); "
            f"added TTFT {added:+.1f} ms (goal <= 20 ms)"
        )
        if args.clients:
            concurrent(client, model, args.clients, min(args.tokens, 64))
    finally:
        other.shutdown()
        server.stop()
        runner.shutdown()


if __name__ == "__main__":
    main()
