"""Decode speed through the remote engine vs the official ``openai`` client, both reading
llama-cpp-python's own OpenAI-compatible server (llama_cpp.server) serving SmolLM2.

Same server, model, prompt, max tokens, seed and greedy sampling; runs alternate, and so
does who goes first, so machine noise hits both sides. Tokens/s is measured the same way on
both sides: streamed chunks after the first, over the time from the first chunk to the end
of the stream. Target: ratio >= 0.95. Then the client side alone: microseconds per chunk
to read a 3000-chunk stream replayed from loopback (no model), for each client.
Usage: python benchmarks/remote_engine.py [--tokens 128] [--runs 6] [--threads 0]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

from _models import ROOT, smollm_path

from desktop.core.hardware import physical_cores
from desktop.engines.base import (
    Finished,
    GenerationRequest,
    LoadOptions,
    RemoteModel,
    Sampling,
    ThinkingMode,
)
from desktop.engines.remote import RemoteEngine

sys.path.insert(0, str(ROOT))
from tests import vllm_streams
from tests.llama_server import ALIAS, LlamaServer
from tests.replay_server import ReplayServer, Reply, models_reply

MESSAGES = [{"role": "user", "content": "Write a long story about a dragon who learns to sing."}]
SEED = 1


def openai_run(base_url: str, n_tokens: int) -> tuple[float, float, int]:
    """TTFT (s), tok/s, chunks — the openai client streaming the same request."""
    from openai import OpenAI
    from openai.types.chat import ChatCompletionUserMessageParam

    messages = [ChatCompletionUserMessageParam(role="user", content=MESSAGES[0]["content"])]
    client = OpenAI(base_url=base_url, api_key="none", max_retries=0)
    started = time.perf_counter()
    first = 0.0
    count = 0
    stream = client.chat.completions.create(
        model=ALIAS,
        messages=messages,
        max_tokens=n_tokens,
        temperature=0.0,
        top_p=1.0,
        seed=SEED,
        stream=True,
        extra_body={"top_k": 1, "min_p": 0.0},
    )
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            if count == 0:
                first = time.perf_counter()
            count += 1
    end = time.perf_counter()
    client.close()
    return first - started, (count - 1) / (end - first), count


def engine_run(engine: RemoteEngine, n_tokens: int) -> tuple[float, float, int]:
    request = GenerationRequest(
        MESSAGES,
        thinking=ThinkingMode.AUTO,
        max_tokens=n_tokens,
        sampling=Sampling(temperature=0.0, top_p=1.0, top_k=1, min_p=0.0, seed=SEED),
    )
    stats = None
    for event in engine.generate(request, threading.Event()):
        if isinstance(event, Finished):
            stats = event.stats
    assert stats is not None
    if stats.error:
        sys.exit(f"the remote engine failed: {stats.error}")
    return stats.ttft_s, stats.generation_tps, stats.generated_tokens


def client_cost(chunks: int = 3000, repeats: int = 3) -> tuple[float, float]:
    """Median wall microseconds per chunk to read a replayed stream: (openai, engine)."""
    from openai import OpenAI
    from openai.types.chat import ChatCompletionUserMessageParam

    events = [vllm_streams.chunk({"content": f" w{i}"}) for i in range(chunks)]
    events += [vllm_streams.chunk({"content": ""}, finish="stop"), "[DONE]"]
    request = GenerationRequest([dict(MESSAGES[0])])
    theirs: list[float] = []
    ours: list[float] = []
    with ReplayServer() as server:
        server.routes[("GET", "/v1/models")] = models_reply(vllm_streams.MODEL)
        server.routes[("POST", "/v1/chat/completions")] = Reply(events=events)
        engine = RemoteEngine()
        engine.load(RemoteModel(server.base_url, vllm_streams.MODEL), LoadOptions())
        client = OpenAI(base_url=server.base_url, api_key="none", max_retries=0)
        message = ChatCompletionUserMessageParam(role="user", content=MESSAGES[0]["content"])
        for _ in range(repeats):
            started = time.perf_counter()
            stream = client.chat.completions.create(
                model=vllm_streams.MODEL, messages=[message], stream=True
            )
            count = sum(1 for c in stream if c.choices and c.choices[0].delta.content)
            theirs.append((time.perf_counter() - started) / count * 1e6)
            started = time.perf_counter()
            count = sum(
                1
                for event in engine.generate(request, threading.Event())
                if not isinstance(event, Finished)
            )
            ours.append((time.perf_counter() - started) / count * 1e6)
        client.close()
        engine.unload()
    return statistics.median(theirs), statistics.median(ours)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tokens", type=int, default=128)
    parser.add_argument("--runs", type=int, default=6)
    parser.add_argument("--threads", type=int, default=0, help="server threads; 0 = cores")
    args = parser.parse_args()
    threads = args.threads or physical_cores()
    with tempfile.TemporaryDirectory() as folder:
        log = Path(folder) / "server.log"
        with LlamaServer(smollm_path(), log, n_threads=threads) as server:
            engine = RemoteEngine()
            engine.load(RemoteModel(server.base_url, ALIAS), LoadOptions())
            print(f"server: llama_cpp.server at {server.base_url}, {threads} threads")
            openai_run(server.base_url, 16)  # warm up both paths
            engine_run(engine, 16)
            theirs: list[tuple[float, float, int]] = []
            ours: list[tuple[float, float, int]] = []
            for run in range(args.runs):
                # Alternate who goes first, so neither side always follows the other.
                if run % 2:
                    ours.append(engine_run(engine, args.tokens))
                    theirs.append(openai_run(server.base_url, args.tokens))
                else:
                    theirs.append(openai_run(server.base_url, args.tokens))
                    ours.append(engine_run(engine, args.tokens))
            engine.unload()
    their_tps = statistics.median(r[1] for r in theirs)
    our_tps = statistics.median(r[1] for r in ours)
    their_ttft = statistics.median(r[0] for r in theirs)
    our_ttft = statistics.median(r[0] for r in ours)
    print(f"chunks per run: openai {theirs[0][2]}, engine {ours[0][2]}; runs: {args.runs}")
    print(
        "tok/s per run (openai / engine): "
        + ", ".join(f"{t[1]:.1f}/{o[1]:.1f}" for t, o in zip(theirs, ours, strict=True))
    )
    print(f"decode tok/s  openai client:     {their_tps:8.1f}")
    print(f"decode tok/s  Qwen Desk remote:  {our_tps:8.1f}")
    # The two runs of a pair are adjacent in time; on a busy machine the ratio within each
    # pair is steadier than the ratio of the medians.
    paired = statistics.median(o[1] / t[1] for o, t in zip(ours, theirs, strict=True))
    print(
        f"ratio engine/openai: {our_tps / their_tps:.3f} of medians, {paired:.3f} median "
        "of run pairs  (target >= 0.95)"
    )
    print(
        f"TTFT openai {their_ttft * 1000:.1f} ms, engine {our_ttft * 1000:.1f} ms, "
        f"difference {(our_ttft - their_ttft) * 1000:+.1f} ms"
    )
    openai_us, engine_us = client_cost()
    print(
        f"client cost per chunk (replayed stream, no model): openai {openai_us:.0f} us, "
        f"engine {engine_us:.0f} us"
    )


if __name__ == "__main__":
    main()
