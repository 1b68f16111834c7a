"""The engine contract (desktop/engines/base.py), written once and run against every back
end: llama.cpp on tiny random-weight GGUFs, MLX on a tiny random-weight MLX folder, and the
scripted fake engine. What only one engine does lives in its own test file."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from desktop.core.thinking import BUDGET_CLOSE_TEXT, ThinkingCapability
from desktop.engines.base import (
    Engine,
    EngineNotLoadedError,
    Event,
    Finished,
    GenerationRequest,
    GenerationStats,
    LoadOptions,
    ModelLoadError,
    ModelSource,
    RemoteModel,
    Sampling,
    StopReason,
    TextDelta,
    ThinkingDelta,
    ThinkingMode,
)
from desktop.engines.fake import FakeEngine
from desktop.engines.streaming import ReplyAssembler

HELLO = [{"role": "user", "content": "Hello, 你好 😀"}]
SEEDED = Sampling(temperature=0.8, top_p=0.95, top_k=40, seed=7)
GREEDY = Sampling(temperature=0.0, seed=0)  # the "endless" models never end a greedy reply
OPTIONS = LoadOptions(n_ctx=1024, n_threads=1)
LONG_THINKING = " ".join(f"step {i} of the reasoning" for i in range(40))

# Models each back end loads: "hybrid" (Qwen3 template with the thinking switch), "always"
# (the template opens <think> itself), "endless" (never ends a greedy reply), "eos" (ends
# its replies by itself).
KINDS = ("hybrid", "always", "endless", "eos")


@dataclass
class Backend:
    name: str
    make: Callable[[str], Engine]  # a fresh engine for a model kind
    models: dict[str, ModelSource]
    renders_template: bool  # has render_prompt (the real engines)
    stops_in_step: bool  # generation runs in the caller's thread, so a cancel stops it there
    engines: list[Engine] = field(default_factory=list)

    def load(self, kind: str = "hybrid", options: LoadOptions = OPTIONS) -> Engine:
        engine = self.make(kind)
        self.engines.append(engine)
        engine.load(self.models[kind], options)
        return engine


def _fake(kind: str) -> Engine:
    if kind == "always":
        return FakeEngine(
            "The answer.", LONG_THINKING, tokens_per_s=0, capability=ThinkingCapability.ALWAYS
        )
    if kind == "endless":
        return FakeEngine("word " * 5000, tokens_per_s=0)
    return FakeEngine("Hello! 你好 🙂 How can I help?", "Greet back.", tokens_per_s=0)


@pytest.fixture(scope="session")
def mlx_models(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ModelSource]:
    pytest.importorskip("mlx_lm")
    from tests.mlx_tiny import build_tiny_qwen3_mlx

    folder = tmp_path_factory.mktemp("mlx-contract")
    hybrid = build_tiny_qwen3_mlx(folder / "hybrid")
    return {
        "hybrid": hybrid,
        "always": build_tiny_qwen3_mlx(folder / "always", template="always"),
        "endless": hybrid,  # its special tokens are (practically) never sampled
        "eos": build_tiny_qwen3_mlx(folder / "eos", stops=True),
    }


@pytest.fixture(
    params=["llama.cpp", pytest.param("mlx", marks=pytest.mark.mlx), "fake"],
)
def backend(request: pytest.FixtureRequest, tiny_models: dict[str, Path]) -> Iterator[Backend]:
    """Each back end in turn; every engine it made is unloaded afterwards."""
    if request.param == "llama.cpp":
        from desktop.engines.llamacpp import LlamaCppEngine

        models: dict[str, ModelSource] = {
            "hybrid": tiny_models["qwen3"],
            "always": tiny_models["qwen3_always"],
            "endless": tiny_models["qwen2_endless"],
            "eos": tiny_models["qwen3_eos"],
        }
        made = Backend("llama.cpp", lambda kind: LlamaCppEngine(), models, True, True)
    elif request.param == "mlx":
        from desktop.engines.mlx import MlxEngine

        models = request.getfixturevalue("mlx_models")
        made = Backend("mlx", lambda kind: MlxEngine(), models, True, False)
    else:
        fake_models: dict[str, ModelSource] = {k: Path(f"fake-{k}.gguf") for k in KINDS}
        made = Backend("fake", _fake, fake_models, False, True)
    yield made
    for engine in made.engines:
        engine.unload()


@pytest.fixture
def engine(backend: Backend) -> Engine:
    """The back end's engine with its hybrid-thinking model loaded."""
    return backend.load()


def run(
    engine: Engine, request: GenerationRequest, cancel: threading.Event | None = None
) -> list[Event]:
    """Every event of one reply, checked for shape: non-empty deltas of whole characters,
    then exactly one Finished, last."""
    events = list(engine.generate(request, cancel or threading.Event()))
    assert events, "a reply always ends with a Finished event"
    assert isinstance(events[-1], Finished)
    assert not any(isinstance(e, Finished) for e in events[:-1]), "exactly one Finished"
    for event in events[:-1]:
        assert isinstance(event, TextDelta | ThinkingDelta)
        assert event.text
        event.text.encode("utf-8")  # raises on a lone surrogate: a character split in two
    return events


def stats_of(events: list[Event]) -> GenerationStats:
    last = events[-1]
    assert isinstance(last, Finished)
    return last.stats


def text_of(events: list[Event], kind: type[TextDelta | ThinkingDelta] = TextDelta) -> str:
    return "".join(e.text for e in events if isinstance(e, kind))


# --- loading ------------------------------------------------------------------------------


def test_load_reports_progress_up_to_one_and_describes_the_model(backend: Backend) -> None:
    engine = backend.make("hybrid")
    backend.engines.append(engine)
    steps: list[tuple[float, str]] = []
    info = engine.load(backend.models["hybrid"], OPTIONS, lambda f, p: steps.append((f, p)))
    fractions = [f for f, _ in steps]
    assert fractions[0] == 0.0
    assert fractions[-1] == 1.0
    assert fractions == sorted(fractions)
    assert all(phrase for _, phrase in steps), "every step says what is going on"
    assert info.engine == engine.name
    assert info.thinking is ThinkingCapability.HYBRID
    assert 0 < info.n_ctx <= max(OPTIONS.n_ctx, 1024)
    assert info.remote is None
    assert engine.info() == info


def test_a_remote_model_is_refused_plainly_and_the_loaded_one_stays(
    backend: Backend, engine: Engine
) -> None:
    loaded = engine.info()
    remote = RemoteModel("http://127.0.0.1:9/v1", "qwen3-32b", api_key="secret-key")
    with pytest.raises(ModelLoadError) as caught:
        engine.load(remote, OPTIONS)
    assert caught.value.reason == "not_local"
    assert "qwen3-32b" in str(caught.value)
    assert "http://127.0.0.1:9/v1" in str(caught.value)
    assert "secret-key" not in str(caught.value)
    assert engine.info() == loaded
    assert stats_of(run(engine, GenerationRequest(HELLO, max_tokens=3))).error == ""


def test_generate_before_load_and_after_unload_is_refused(backend: Backend) -> None:
    fresh = backend.make("hybrid")
    backend.engines.append(fresh)
    with pytest.raises(EngineNotLoadedError):
        next(iter(fresh.generate(GenerationRequest(HELLO), threading.Event())))
    engine = backend.load()
    engine.unload()
    assert engine.info() is None
    with pytest.raises(EngineNotLoadedError):
        next(iter(engine.generate(GenerationRequest(HELLO), threading.Event())))
    with pytest.raises(EngineNotLoadedError):
        engine.count_prompt_tokens(GenerationRequest(HELLO))
    engine.unload()  # twice is harmless
    engine.load(backend.models["endless"], OPTIONS)  # and it loads again, another model
    stats = stats_of(run(engine, GenerationRequest(HELLO, sampling=GREEDY, max_tokens=3)))
    assert (stats.stop_reason, stats.generated_tokens, stats.error) == (StopReason.LENGTH, 3, "")


# --- a reply ------------------------------------------------------------------------------


def test_a_reply_streams_deltas_then_one_finished_with_sane_stats(engine: Engine) -> None:
    request = GenerationRequest(HELLO, ThinkingMode.OFF, sampling=SEEDED, max_tokens=24)
    events = run(engine, request)
    stats = stats_of(events)
    assert stats.stop_reason in (StopReason.EOS, StopReason.LENGTH)
    assert stats.error == ""
    assert 0 < stats.generated_tokens <= 24
    assert stats.thinking_tokens == 0
    assert not stats.budget_hit
    assert stats.prompt_tokens == engine.count_prompt_tokens(request)
    assert stats.prompt_tokens > len(HELLO)
    assert stats.cached_prompt_tokens == 0, "nothing is cached on a first turn"
    assert 0 < stats.ttft_s <= stats.total_s
    assert stats.generation_tps >= 0
    assert stats.prompt_tps > 0
    assert text_of(events) or text_of(events, ThinkingDelta)


def test_the_same_seeded_request_gives_the_same_reply(engine: Engine) -> None:
    request = GenerationRequest(HELLO, sampling=SEEDED, max_tokens=16)
    first, second = run(engine, request), run(engine, request)
    assert text_of(first) == text_of(second)
    assert text_of(first, ThinkingDelta) == text_of(second, ThinkingDelta)


def test_a_follow_up_turn_reuses_the_cached_prompt(engine: Engine) -> None:
    turn1 = run(engine, GenerationRequest(HELLO, sampling=GREEDY, max_tokens=8))
    first = stats_of(turn1)
    history = [
        *HELLO,
        {"role": "assistant", "content": text_of(turn1)},
        {"role": "user", "content": "Tell me more"},
    ]
    second = stats_of(run(engine, GenerationRequest(history, sampling=GREEDY, max_tokens=4)))
    assert second.cached_prompt_tokens >= first.prompt_tokens - 1
    assert second.cached_prompt_tokens < second.prompt_tokens


def test_max_tokens_ends_the_reply_with_length(backend: Backend) -> None:
    engine = backend.load("endless")
    stats = stats_of(run(engine, GenerationRequest(HELLO, sampling=GREEDY, max_tokens=8)))
    assert stats.stop_reason is StopReason.LENGTH
    assert stats.generated_tokens == 8


def test_a_reply_that_ends_by_itself_says_eos(backend: Backend) -> None:
    engine = backend.load("eos")
    events = run(engine, GenerationRequest(HELLO, ThinkingMode.OFF, sampling=SEEDED))
    stats = stats_of(events)
    assert stats.stop_reason is StopReason.EOS
    assert stats.generated_tokens < 2048
    assert "<|im_end|>" not in text_of(events), "the end-of-turn token is not text"


def test_the_context_ends_the_reply_and_a_longer_prompt_is_a_plain_error(
    backend: Backend,
) -> None:
    engine = backend.load("endless", LoadOptions(n_ctx=64, n_threads=1))
    info = engine.info()
    assert info is not None
    n_ctx = info.n_ctx  # llama.cpp may round the context up
    fits = stats_of(run(engine, GenerationRequest(HELLO, sampling=GREEDY, max_tokens=10_000)))
    assert fits.stop_reason is StopReason.LENGTH
    assert fits.generated_tokens < 10_000
    assert fits.prompt_tokens + fits.generated_tokens <= n_ctx
    long_chat = [{"role": "user", "content": "the word " * n_ctx}]
    events = run(engine, GenerationRequest(long_chat, max_tokens=8))
    assert len(events) == 1, "nothing is generated"
    stats = stats_of(events)
    assert stats.stop_reason is StopReason.ERROR
    assert "context" in stats.error
    assert f"{n_ctx:,}" in stats.error
    again = stats_of(run(engine, GenerationRequest(HELLO, sampling=GREEDY, max_tokens=4)))
    assert again.error == "", "the engine carries on after the refusal"


# --- cancel -------------------------------------------------------------------------------


def test_cancel_before_start_gives_only_a_cancelled_finished(engine: Engine) -> None:
    cancel = threading.Event()
    cancel.set()
    events = run(engine, GenerationRequest(HELLO, max_tokens=50), cancel)
    assert len(events) == 1
    stats = stats_of(events)
    assert stats.stop_reason is StopReason.CANCELLED
    assert stats.generated_tokens == 0


def test_cancel_mid_stream_stops_within_one_token(backend: Backend) -> None:
    engine = backend.load("endless")
    cancel = threading.Event()
    request = GenerationRequest(HELLO, sampling=GREEDY, max_tokens=500)
    seen: list[Event] = []
    deltas_after_cancel = 0
    for event in engine.generate(request, cancel):
        if cancel.is_set() and not isinstance(event, Finished):
            deltas_after_cancel += 1
        seen.append(event)
        if len(seen) == 5:
            cancel.set()
    assert deltas_after_cancel <= 1, "at most the token in flight (or a held byte) follows"
    stats = stats_of(seen)
    assert stats.stop_reason is StopReason.CANCELLED
    assert stats.generated_tokens < 500
    if backend.stops_in_step:  # MLX's worker may run ahead; test_mlx_engine checks it stops
        assert stats.generated_tokens <= 6
    again = stats_of(run(engine, GenerationRequest(HELLO, sampling=GREEDY, max_tokens=5)))
    assert (again.stop_reason, again.generated_tokens, again.error) == (StopReason.LENGTH, 5, "")


# --- thinking -----------------------------------------------------------------------------


def test_thinking_on_and_off_go_through_the_template(backend: Backend, engine: Engine) -> None:
    off = GenerationRequest(HELLO, ThinkingMode.OFF, sampling=SEEDED, max_tokens=20)
    events = run(engine, off)
    assert not any(isinstance(e, ThinkingDelta) for e in events)
    assert stats_of(events).thinking_tokens == 0
    on = GenerationRequest(HELLO, ThinkingMode.ON, sampling=SEEDED, max_tokens=20)
    if backend.renders_template:
        render = engine.render_prompt  # type: ignore[attr-defined]
        assert render(off).endswith("<|im_start|>assistant\n<think>\n\n</think>\n\n")
        assert render(on).endswith("<|im_start|>assistant\n")
        assert render(GenerationRequest(HELLO)) == render(on), "auto thinks on a hybrid model"
        assert "/no_think" not in render(on) + render(off)
    else:  # the scripted model thinks exactly when asked to
        assert text_of(run(engine, on), ThinkingDelta)
        assert text_of(run(engine, GenerationRequest(HELLO)), ThinkingDelta)


def test_the_thinking_budget_closes_thinking_and_the_answer_follows(backend: Backend) -> None:
    engine = backend.load("always")
    info = engine.info()
    assert info is not None
    assert info.thinking is ThinkingCapability.ALWAYS
    request = GenerationRequest(HELLO, thinking_budget=12, sampling=SEEDED, max_tokens=40)
    events = run(engine, request)
    stats = stats_of(events)
    assert stats.budget_hit
    assert stats.thinking_tokens == 12
    assert stats.stop_reason in (StopReason.BUDGET, StopReason.LENGTH)
    assert text_of(events, ThinkingDelta).endswith(
        BUDGET_CLOSE_TEXT.split("</think>")[0].rstrip("\n")
    )
    assert stats.generated_tokens > stats.thinking_tokens, "the answer follows the budget"
    kinds = [type(e) for e in events[:-1]]
    first_text = kinds.index(TextDelta)
    assert set(kinds[:first_text]) == {ThinkingDelta}
    assert ThinkingDelta not in kinds[first_text:], "no thinking after the answer starts"


# --- text and failures --------------------------------------------------------------------


def test_utf8_is_never_split(engine: Engine) -> None:
    # Random weights emit arbitrary bytes: an incomplete character must be held back until
    # it is whole (or replaced), never sent as half a character. run() checks every delta.
    for seed in (5, 6):
        sampling = Sampling(temperature=1.0, top_p=1.0, top_k=0, seed=seed)
        request = GenerationRequest(HELLO, ThinkingMode.OFF, sampling=sampling, max_tokens=120)
        text = text_of(run(engine, request))
        assert text.encode("utf-8").decode("utf-8") == text


def test_a_model_side_failure_ends_with_finished_error_not_an_exception(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = ReplyAssembler.on_token
    calls = [0]

    def failing(self: ReplyAssembler, text: str) -> list[Event]:
        calls[0] += 1
        if calls[0] > 3:
            raise RuntimeError("the backend fell over")
        return real(self, text)

    monkeypatch.setattr(ReplyAssembler, "on_token", failing)
    events = run(engine, GenerationRequest(HELLO, sampling=GREEDY, max_tokens=50))
    stats = stats_of(events)
    assert stats.stop_reason is StopReason.ERROR
    assert "the backend fell over" in stats.error
    assert "Traceback" not in stats.error
    monkeypatch.undo()
    again = stats_of(run(engine, GenerationRequest(HELLO, sampling=GREEDY, max_tokens=4)))
    assert again.error == "", "the engine is usable after a failed reply"
