"""What only the MLX engine does, run for real by mlx-lm on a tiny Qwen3 model built in code:
its worker thread, its KV cache kept and trimmed across turns, bad folders. The engine
contract it shares with llama.cpp and the fake engine is in test_engine_contract.py."""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
from collections.abc import Callable, Generator, Iterator
from pathlib import Path
from typing import cast

import pytest

pytest.importorskip("mlx_lm")

from desktop.core.thinking import BUDGET_CLOSE_TEXT, ThinkingCapability
from desktop.engines.base import (
    Event,
    Finished,
    GenerationRequest,
    GenerationStats,
    LoadOptions,
    ModelLoadError,
    Sampling,
    StopReason,
    TextDelta,
    ThinkingDelta,
    ThinkingMode,
)
from desktop.engines.mlx import MlxEngine
from tests.mlx_tiny import build_tiny_qwen3_mlx

pytestmark = pytest.mark.mlx

HELLO = [{"role": "user", "content": "Hello, 你好 😀"}]
SEEDED = Sampling(temperature=0.8, top_p=0.95, top_k=40, seed=7)
GREEDY = Sampling(temperature=0.0, seed=0)


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Callable[..., Path]:
    """Build each tiny model variant once per module, on demand."""
    built: dict[tuple[str, bool], Path] = {}

    def get(template: str = "hybrid", stops: bool = False) -> Path:
        key = (template, stops)
        if key not in built:
            folder = tmp_path_factory.mktemp("mlx") / f"tiny-qwen3-{template}-{stops}"
            built[key] = build_tiny_qwen3_mlx(folder, template=template, stops=stops)
        return built[key]

    return get


@pytest.fixture
def engine() -> Iterator[MlxEngine]:
    eng = MlxEngine()
    yield eng
    eng.unload()


def run(
    engine: MlxEngine, request: GenerationRequest, cancel: threading.Event | None = None
) -> list[Event]:
    """All events of one reply, checked for shape: deltas of valid text, one Finished last."""
    events = list(engine.generate(request, cancel or threading.Event()))
    assert events
    assert isinstance(events[-1], Finished)
    assert not any(isinstance(e, Finished) for e in events[:-1])
    for event in events[:-1]:
        assert isinstance(event, TextDelta | ThinkingDelta)
        assert event.text
        event.text.encode("utf-8")  # raises on lone surrogates
    return events


def stats_of(events: list[Event]) -> GenerationStats:
    last = events[-1]
    assert isinstance(last, Finished)
    return last.stats


def text_of(events: list[Event], kind: type[TextDelta | ThinkingDelta] = TextDelta) -> str:
    return "".join(e.text for e in events if isinstance(e, kind))


def on_worker(engine: MlxEngine, fn: Callable[[], object]) -> object:
    """Run ``fn`` on the engine's MLX thread (MLX streams are thread-local)."""
    results: queue.Queue[object] = queue.Queue()

    def job() -> None:
        try:
            results.put(fn())
        except Exception as exc:
            results.put(exc)

    assert engine._worker is not None
    assert engine._worker.submit(job)
    result = results.get(timeout=30)
    if isinstance(result, Exception):
        raise result
    return result


def cache_is_consistent(engine: MlxEngine) -> bool:
    """The KV cache holds exactly the tokens the engine thinks: recomputing them from scratch
    gives the same keys and values."""
    session = engine._session
    assert session is not None

    def compare() -> bool:
        import mlx.core as mx
        from mlx_lm.models.cache import make_prompt_cache

        tokens = session.cache_tokens
        if int(session.cache[0].offset) != len(tokens):
            return False
        fresh = make_prompt_cache(session.model)
        session.model(mx.array(tokens)[None], cache=fresh)
        for mine, theirs in zip(session.cache, fresh, strict=True):
            pairs = zip(mine.keys_and_values(), theirs.keys_and_values(), strict=True)
            if not all(mx.allclose(a, b, atol=1e-4, rtol=1e-4).item() for a, b in pairs):
                return False
        return True

    return bool(on_worker(engine, compare))


def test_load_reads_the_config_on_one_worker_thread(
    engine: MlxEngine, tiny: Callable[..., Path]
) -> None:
    info = engine.load(tiny(), LoadOptions(n_ctx=2048))
    assert info.architecture == "qwen3"
    assert (info.n_ctx, info.n_ctx_train) == (2048, 4096)
    assert [t.name for t in threading.enumerate()].count("mlx-engine") == 1


def test_a_reply_runs_to_max_tokens_and_leaves_the_cache_consistent(
    engine: MlxEngine, tiny: Callable[..., Path]
) -> None:
    engine.load(tiny(), LoadOptions())
    request = GenerationRequest(HELLO, ThinkingMode.ON, sampling=SEEDED, max_tokens=40)
    events = run(engine, request)
    stats = stats_of(events)
    assert (stats.stop_reason, stats.generated_tokens) == (StopReason.LENGTH, 40)
    assert stats.thinking_tokens == 0  # the hybrid prompt does not open a think block
    assert text_of(events)
    assert cache_is_consistent(engine)


def test_the_end_of_turn_token_is_in_the_cache(
    engine: MlxEngine, tiny: Callable[..., Path]
) -> None:
    engine.load(tiny(stops=True), LoadOptions())
    stats = stats_of(run(engine, GenerationRequest(HELLO, sampling=SEEDED, max_tokens=1000)))
    assert stats.stop_reason is StopReason.EOS
    assert cache_is_consistent(engine)  # the end-of-turn token is in the cache too


def test_the_budget_close_is_injected_into_the_cache_as_tokens(
    engine: MlxEngine, tiny: Callable[..., Path]
) -> None:
    engine.load(tiny("always"), LoadOptions())
    request = GenerationRequest(HELLO, ThinkingMode.OFF, 12, SEEDED, max_tokens=40)
    assert engine.render_prompt(request).endswith("<|im_start|>assistant\n<think>\n")
    stats = stats_of(run(engine, request))
    assert stats.budget_hit
    assert stats.generated_tokens == 40
    session = engine._session
    assert session is not None
    close_id = session.tokenizer.convert_tokens_to_ids("</think>")
    assert session.cache_tokens.count(close_id) == 1  # injected as its own token
    injected = session.encode(BUDGET_CLOSE_TEXT)
    at = session.cache_tokens.index(close_id) - injected.index(close_id)
    assert session.cache_tokens[at : at + len(injected)] == injected
    assert cache_is_consistent(engine)


def test_budget_then_end_of_turn_reports_budget(
    engine: MlxEngine, tiny: Callable[..., Path]
) -> None:
    engine.load(tiny("always", stops=True), LoadOptions())
    reasons = set()
    for seed in range(8):  # the thinking must outlast its budget, then the answer must end
        sampling = Sampling(temperature=0.8, top_p=0.95, top_k=40, seed=seed)
        request = GenerationRequest(HELLO, thinking_budget=2, sampling=sampling, max_tokens=500)
        stats = stats_of(run(engine, request))
        reasons.add(stats.stop_reason)
        assert stats.budget_hit is (stats.stop_reason is StopReason.BUDGET)
    assert StopReason.BUDGET in reasons


def test_cancel_from_the_consumer_drops_queued_text_and_keeps_the_cache(
    engine: MlxEngine, tiny: Callable[..., Path]
) -> None:
    engine.load(tiny(), LoadOptions())
    cancel = threading.Event()
    seen: list[Event] = []
    for event in engine.generate(GenerationRequest(HELLO, sampling=SEEDED, max_tokens=500), cancel):
        seen.append(event)
        if len(seen) == 3:
            cancel.set()
    assert len(seen) == 4, "the event after the cancel must be the last"
    assert stats_of(seen).stop_reason is StopReason.CANCELLED
    assert cache_is_consistent(engine)
    again = stats_of(run(engine, GenerationRequest(HELLO, sampling=SEEDED, max_tokens=8)))
    assert again.generated_tokens == 8
    assert again.cached_prompt_tokens == again.prompt_tokens - 1


class CancelAfter(threading.Event):
    """Reads as set from the engine's worker after ``polls`` reads; notes the tokens the KV
    cache held at that moment."""

    def __init__(self, engine: MlxEngine, polls: int) -> None:
        super().__init__()
        self.engine = engine
        self.polls = polls
        self.held_at_cancel = -1

    def is_set(self) -> bool:
        if threading.current_thread().name != "mlx-engine":
            return super().is_set()
        self.polls -= 1
        if self.polls < 0 and self.held_at_cancel < 0:
            session = self.engine._session
            assert session is not None
            self.held_at_cancel = len(session.cache_tokens)
        return self.polls < 0


def test_worker_stops_within_one_token(engine: MlxEngine, tiny: Callable[..., Path]) -> None:
    engine.load(tiny(), LoadOptions())
    cancel = CancelAfter(engine, 10)
    events = run(engine, GenerationRequest(HELLO, sampling=SEEDED, max_tokens=500), cancel)
    stats = stats_of(events)
    assert stats.stop_reason is StopReason.CANCELLED
    assert 0 < stats.generated_tokens < 10
    session = engine._session
    assert session is not None
    assert len(session.cache_tokens) == cancel.held_at_cancel  # not one token more
    assert cache_is_consistent(engine)


def test_abandoned_stream_frees_the_worker(engine: MlxEngine, tiny: Callable[..., Path]) -> None:
    engine.load(tiny(), LoadOptions())
    stream = engine.generate(GenerationRequest(HELLO, max_tokens=100_000), threading.Event())
    next(stream)
    cast(Generator[Event, None, None], stream).close()  # the consumer walks away without cancelling
    stats = stats_of(run(engine, GenerationRequest(HELLO, sampling=SEEDED, max_tokens=4)))
    assert stats.generated_tokens == 4


def test_a_reused_cache_gives_what_a_fresh_engine_computes(
    engine: MlxEngine, tiny: Callable[..., Path]
) -> None:
    engine.load(tiny(), LoadOptions())
    turn1 = run(engine, GenerationRequest(HELLO, sampling=GREEDY, max_tokens=12))
    history = [
        *HELLO,
        {"role": "assistant", "content": text_of(turn1)},
        {"role": "user", "content": "more"},
    ]
    second = GenerationRequest(history, sampling=GREEDY, max_tokens=12)
    turn2 = run(engine, second)
    assert stats_of(turn2).cached_prompt_tokens > 0
    assert cache_is_consistent(engine)
    fresh = MlxEngine()
    try:
        fresh.load(tiny(), LoadOptions())
        replay = run(fresh, second)
        assert stats_of(replay).cached_prompt_tokens == 0
        assert text_of(replay) == text_of(turn2)
    finally:
        fresh.unload()


def test_cache_after_budget_injection_matches_a_fresh_run(
    engine: MlxEngine, tiny: Callable[..., Path]
) -> None:
    engine.load(tiny("always"), LoadOptions())
    budgeted = GenerationRequest(HELLO, thinking_budget=5, sampling=GREEDY, max_tokens=20)
    run(engine, budgeted)
    session = engine._session
    assert session is not None
    held = list(session.cache_tokens)
    follow = GenerationRequest([{"role": "user", "content": "x"}], sampling=GREEDY, max_tokens=10)
    # Regenerating the same request reuses all but the last prompt token, then the next turn
    # must match a fresh engine token for token.
    again = run(engine, budgeted)
    assert stats_of(again).cached_prompt_tokens == stats_of(again).prompt_tokens - 1
    assert session.cache_tokens == held
    reply = text_of(run(engine, follow))
    fresh = MlxEngine()
    try:
        fresh.load(tiny("always"), LoadOptions())
        assert text_of(run(fresh, follow)) == reply
    finally:
        fresh.unload()


def test_cjk_and_emoji_come_out_whole(engine: MlxEngine, tiny: Callable[..., Path]) -> None:
    engine.load(tiny(), LoadOptions())
    session = engine._session
    assert session is not None
    text = "你好 😀 世界 the end"
    ids = session.encode(text)
    assert len(ids) > len(text.split())  # characters span several tokens
    detokenizer = session.tokenizer.detokenizer
    pieces = []
    for token in ids:
        detokenizer.add_token(token)
        pieces.append(detokenizer.last_segment)
    detokenizer.finalize()
    pieces.append(detokenizer.last_segment)
    assert "".join(pieces) == text
    assert all("\ufffd" not in piece for piece in pieces)


def test_model_without_template_falls_back_to_chatml(
    engine: MlxEngine, tiny: Callable[..., Path]
) -> None:
    info = engine.load(tiny("none"), LoadOptions())
    assert info.thinking is ThinkingCapability.NEVER
    assert "ChatML" in info.details["template"]
    prompt = engine.render_prompt(GenerationRequest(HELLO, ThinkingMode.ON))
    assert prompt.endswith("<|im_start|>assistant\n")
    assert stats_of(run(engine, GenerationRequest(HELLO, max_tokens=5))).generated_tokens == 5


def test_unload_joins_the_worker_thread(engine: MlxEngine, tiny: Callable[..., Path]) -> None:
    engine.load(tiny(), LoadOptions())
    engine.unload()
    assert not [t for t in threading.enumerate() if t.name == "mlx-engine"]
    engine.load(tiny(), LoadOptions())
    assert [t.name for t in threading.enumerate()].count("mlx-engine") == 1


def test_unload_during_a_reply_stops_it(engine: MlxEngine, tiny: Callable[..., Path]) -> None:
    engine.load(tiny(), LoadOptions())
    stream = engine.generate(GenerationRequest(HELLO, max_tokens=100_000), threading.Event())
    next(stream)
    engine.unload()
    rest = list(stream)
    assert isinstance(rest[-1], Finished)
    assert rest[-1].stats.stop_reason is StopReason.CANCELLED


def _copy_model(src: Path, dst: Path) -> Path:
    dst.mkdir()
    for item in src.iterdir():
        (dst / item.name).write_bytes(item.read_bytes())
    return dst


@pytest.mark.parametrize(
    ("breakage", "reason", "words"),
    [
        ("missing", "missing", "does not exist"),
        ("file", "not_mlx_folder", "is a file"),
        ("gguf", "not_mlx_folder", "llama.cpp"),
        ("no_config", "not_mlx_folder", "config.json"),
        ("bad_config", "not_mlx_folder", "config.json"),
        ("no_weights", "not_mlx_folder", "safetensors"),
        ("garbage_weights", "corrupt", "could not be read"),
        ("short_weights", "corrupt", "could not be read"),
        ("unknown_arch", "unsupported_architecture", "cannot run"),
        ("no_chatml", "no_chat_template", "no chat template"),
    ],
)
def test_bad_models_fail_with_a_plain_reason(
    engine: MlxEngine,
    tiny: Callable[..., Path],
    tmp_path: Path,
    breakage: str,
    reason: str,
    words: str,
) -> None:
    target = tmp_path / "model"
    if breakage == "missing":
        pass
    elif breakage in ("file", "gguf"):
        target = tmp_path / ("model.gguf" if breakage == "gguf" else "model.bin")
        target.write_bytes(b"GGUF" + bytes(64))
    else:
        source = tiny("none") if breakage == "no_chatml" else tiny()
        _copy_model(source, target)
        weights = target / "model.safetensors"
        config = target / "config.json"
        if breakage == "no_config":
            config.unlink()
        elif breakage == "bad_config":
            config.write_text("{not json")
        elif breakage == "no_weights":
            weights.unlink()
        elif breakage == "garbage_weights":
            weights.write_bytes(b"\x00garbage" * 100)
        elif breakage == "short_weights":
            weights.write_bytes(weights.read_bytes()[: weights.stat().st_size // 2])
        elif breakage == "unknown_arch":
            config.write_text(json.dumps({**json.loads(config.read_text()), "model_type": "nope"}))
        elif breakage == "no_chatml":
            tokenizer = target / "tokenizer.json"
            text = tokenizer.read_text(encoding="utf-8")
            tokenizer.write_text(text.replace("<|im_start|>", "<|start|>"), encoding="utf-8")
    with pytest.raises(ModelLoadError) as caught:
        engine.load(target, LoadOptions())
    assert caught.value.reason == reason
    assert words in str(caught.value)
    assert engine.info() is None
    assert not [t for t in threading.enumerate() if t.name == "mlx-engine"]
    engine.load(tiny(), LoadOptions())  # the engine (and the process) carry on
    assert stats_of(run(engine, GenerationRequest(HELLO, max_tokens=2))).generated_tokens == 2


def test_importing_the_engine_does_not_import_mlx() -> None:
    code = (
        "import sys, desktop.engines.mlx; sys.exit('mlx' in sys.modules or 'mlx_lm' in sys.modules)"
    )
    assert (
        subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).parents[2]).returncode == 0
    )
