"""The remote engine against a real server we did not write: llama-cpp-python's own
OpenAI-compatible server (llama_cpp.server) serving the real SmolLM2 GGUF on 127.0.0.1."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.engines.base import (
    Event,
    Finished,
    GenerationRequest,
    GenerationStats,
    LoadOptions,
    RemoteModel,
    Sampling,
    StopReason,
    TextDelta,
    ThinkingDelta,
    ThinkingMode,
)
from desktop.engines.remote import RemoteEngine
from desktop.engines.remote_errors import RemoteError
from desktop.engines.remote_models import list_models
from tests.llama_server import ALIAS, LlamaServer

pytestmark = [pytest.mark.smollm, pytest.mark.slow]

KEY = "local-test-key-7f3a"
GREEDY = Sampling(temperature=0.0, top_k=1, top_p=1.0, min_p=0.0, seed=1)
STORY = [{"role": "user", "content": "Write a long story about a dragon who learns to sing."}]


@pytest.fixture(scope="session")
def llama_server(
    smollm_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LlamaServer]:
    log = tmp_path_factory.mktemp("llama-server") / "server.log"
    with LlamaServer(smollm_path, log, api_key=KEY) as server:
        yield server


@pytest.fixture
def engine(llama_server: LlamaServer) -> Iterator[RemoteEngine]:
    made = RemoteEngine(read_timeout=60.0)
    made.load(RemoteModel(llama_server.base_url, ALIAS, KEY), LoadOptions(n_ctx=2048))
    yield made
    made.unload()


def collect(events: Iterator[Event]) -> tuple[str, GenerationStats]:
    text = []
    stats = None
    for event in events:
        assert not isinstance(event, ThinkingDelta)
        if isinstance(event, TextDelta):
            text.append(event.text)
        elif isinstance(event, Finished):
            stats = event.stats
    assert stats is not None
    return "".join(text), stats


def test_lists_its_model_and_refuses_a_wrong_key(llama_server: LlamaServer) -> None:
    assert list_models(llama_server.base_url, KEY) == [ALIAS]
    with pytest.raises(RemoteError, match="refused the API key") as caught:
        list_models(llama_server.base_url, "not-the-key")
    assert caught.value.reason == "unauthorized"
    with pytest.raises(RemoteError, match="needs an API key"):
        list_models(llama_server.base_url)


def test_streams_a_reply_with_stats(engine: RemoteEngine) -> None:
    info = engine.info()
    assert info is not None
    assert info.name == ALIAS
    assert info.engine == "remote"
    assert info.n_ctx == 2048  # the server does not say: the load setting stands
    request = GenerationRequest(
        [{"role": "user", "content": "What is the capital of France?"}],
        thinking=ThinkingMode.OFF,
        sampling=GREEDY,
        max_tokens=24,
    )
    text, stats = collect(engine.generate(request, threading.Event()))
    assert text.strip()
    assert stats.stop_reason in (StopReason.EOS, StopReason.LENGTH)
    assert stats.error == ""
    assert 1 < stats.generated_tokens <= 24
    assert stats.ttft_s > 0
    assert stats.generation_tps > 0
    assert stats.prompt_tokens > 0
    # The same request again gives the same reply: the seed and greedy sampling reached it.
    assert collect(engine.generate(request, threading.Event()))[0] == text


def test_counts_prompt_tokens_with_the_servers_tokenizer(engine: RemoteEngine) -> None:
    short = engine.count_prompt_tokens(GenerationRequest(STORY))
    assert engine.count_source == "llama-cpp-python"
    longer = engine.count_prompt_tokens(
        GenerationRequest([*STORY, {"role": "assistant", "content": "Once upon a time"}])
    )
    assert 10 < short < longer < short + 20


def test_cancel_stops_within_one_chunk_and_frees_the_server(engine: RemoteEngine) -> None:
    cancel = threading.Event()
    request = GenerationRequest(STORY, sampling=GREEDY, max_tokens=1500)
    after: list[Event] = []
    for event in engine.generate(request, cancel):
        if cancel.is_set():
            after.append(event)
        elif isinstance(event, TextDelta):
            cancel.set()
    assert len(after) == 1
    assert isinstance(after[0], Finished)
    assert after[0].stats.stop_reason is StopReason.CANCELLED
    # The server serves one request at a time to its end (the whole story takes over a
    # minute here): a quick answer now proves it stopped the story when we went away.
    started = time.perf_counter()
    short = GenerationRequest(STORY, sampling=GREEDY, max_tokens=4)
    _, stats = collect(engine.generate(short, threading.Event()))
    assert stats.stop_reason is StopReason.LENGTH
    assert time.perf_counter() - started < 15


def test_a_model_the_server_does_not_serve(llama_server: LlamaServer) -> None:
    engine = RemoteEngine()
    with pytest.raises(RemoteError) as caught:
        engine.load(RemoteModel(llama_server.base_url, "Qwen/Qwen3-8B", KEY), LoadOptions())
    assert caught.value.reason == "model_not_found"
    assert f"It serves: {ALIAS}." in str(caught.value)


def test_server_killed_mid_stream_then_nothing_listening(smollm_path: Path, tmp_path: Path) -> None:
    with LlamaServer(smollm_path, tmp_path / "server.log") as server:
        engine = RemoteEngine(read_timeout=60.0)
        engine.load(RemoteModel(server.base_url, ALIAS), LoadOptions())
        try:
            pieces = 0
            stats = None
            for event in engine.generate(
                GenerationRequest(STORY, max_tokens=1500), threading.Event()
            ):
                if isinstance(event, TextDelta):
                    pieces += 1
                    if pieces == 3:
                        server.kill()
                elif isinstance(event, Finished):
                    stats = event.stats
            assert stats is not None
            assert stats.stop_reason is StopReason.ERROR
            assert "closed the connection in the middle of the reply" in stats.error
            assert stats.generated_tokens >= 3
            _, again = collect(engine.generate(GenerationRequest(STORY), threading.Event()))
            assert again.stop_reason is StopReason.ERROR
            assert f"Nothing is listening at 127.0.0.1:{server.port}" in again.error
        finally:
            engine.unload()
