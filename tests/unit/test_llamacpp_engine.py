"""The llama.cpp engine with real llama.cpp on tiny GGUF models built by the tests."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.thinking import BUDGET_CLOSE_TEXT, ThinkingCapability
from desktop.engines.base import (
    EngineNotLoadedError,
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
from desktop.engines.llamacpp import LlamaCppEngine

OPTIONS = LoadOptions(n_ctx=1024, n_threads=1)
HELLO = [{"role": "user", "content": "Hello there"}]


@pytest.fixture
def engine() -> Iterator[LlamaCppEngine]:
    eng = LlamaCppEngine()
    yield eng
    eng.unload()


def run(engine: LlamaCppEngine, request: GenerationRequest) -> tuple[list[Event], GenerationStats]:
    events = list(engine.generate(request, threading.Event()))
    assert isinstance(events[-1], Finished)
    assert not any(isinstance(e, Finished) for e in events[:-1])
    return events, events[-1].stats


def texts(events: list[Event], kind: type[TextDelta] | type[ThinkingDelta]) -> str:
    return "".join(e.text for e in events if isinstance(e, kind))


def test_load_reports_progress_and_info(engine: LlamaCppEngine, tiny_models: dict[str, Path]):
    seen: list[float] = []
    info = engine.load(tiny_models["qwen3"], OPTIONS, lambda f, phrase: seen.append(f))
    assert seen[0] == 0.0
    assert seen[-1] == 1.0
    assert seen == sorted(seen)
    assert any(0.05 < f < 0.9 for f in seen), "llama.cpp's own load progress reached us"
    assert info.architecture == "qwen3"
    assert info.thinking is ThinkingCapability.HYBRID
    assert info.n_ctx == 1024
    assert info.n_ctx_train == 4096
    assert engine.info() == info


def test_streams_a_reply_with_sane_stats(engine: LlamaCppEngine, tiny_models: dict[str, Path]):
    engine.load(tiny_models["qwen2"], OPTIONS)
    events, stats = run(engine, GenerationRequest(HELLO, max_tokens=24, sampling=Sampling(seed=1)))
    assert stats.stop_reason in (StopReason.LENGTH, StopReason.EOS)
    assert 0 < stats.generated_tokens <= 24
    assert stats.prompt_tokens > 5
    assert stats.cached_prompt_tokens == 0
    assert stats.ttft_s > 0
    assert stats.total_s >= stats.ttft_s
    for event in events[:-1]:
        assert isinstance(event, TextDelta | ThinkingDelta)
        # whole characters only: never a lone surrogate
        event.text.encode("utf-8")


def test_same_seed_same_reply(engine: LlamaCppEngine, tiny_models: dict[str, Path]):
    engine.load(tiny_models["qwen2"], OPTIONS)
    request = GenerationRequest(HELLO, max_tokens=16, sampling=Sampling(seed=7))
    first, _ = run(engine, request)
    second, _ = run(engine, request)
    assert texts(first, TextDelta) == texts(second, TextDelta)


def test_thinking_switch_goes_through_the_template(
    engine: LlamaCppEngine, tiny_models: dict[str, Path]
):
    engine.load(tiny_models["qwen3"], OPTIONS)
    on = engine.render_prompt(GenerationRequest(HELLO, thinking=ThinkingMode.ON))
    off = engine.render_prompt(GenerationRequest(HELLO, thinking=ThinkingMode.OFF))
    assert off.endswith("<|im_start|>assistant\n<think>\n\n</think>\n\n")
    assert on.endswith("<|im_start|>assistant\n")
    assert "/no_think" not in on + off


def test_earlier_thinking_is_left_out_of_the_prompt(
    engine: LlamaCppEngine, tiny_models: dict[str, Path]
):
    engine.load(tiny_models["qwen3"], OPTIONS)
    history = [
        {"role": "user", "content": "2+2?"},
        {"role": "assistant", "content": "<think>\nadd them\n</think>\n\n4"},
        {"role": "user", "content": "and 3+3?"},
    ]
    prompt = engine.render_prompt(GenerationRequest(history))
    assert "add them" not in prompt
    assert "<|im_start|>assistant\n4<|im_end|>" in prompt


def test_thinking_budget_closes_thinking_and_answer_follows(
    engine: LlamaCppEngine, tiny_models: dict[str, Path]
):
    # The "always" template opens <think> in the prompt (Qwen3-Thinking-2507 / QwQ).
    info = engine.load(tiny_models["qwen3_always"], OPTIONS)
    assert info.thinking is ThinkingCapability.ALWAYS
    request = GenerationRequest(HELLO, thinking_budget=12, max_tokens=40, sampling=Sampling(seed=3))
    events, stats = run(engine, request)
    thinking = texts(events, ThinkingDelta)
    assert stats.budget_hit
    assert stats.thinking_tokens == 12
    # Shown without the newline before </think> (the splitter trims a block's edges).
    assert thinking.endswith(BUDGET_CLOSE_TEXT.split("</think>")[0].rstrip("\n"))
    answer_tokens = stats.generated_tokens - stats.thinking_tokens
    assert answer_tokens > 0, "the answer follows the budget"
    assert texts(events, TextDelta), "the answer follows the budget"
    assert stats.stop_reason in (StopReason.BUDGET, StopReason.LENGTH)
    first_answer = next(i for i, e in enumerate(events) if isinstance(e, TextDelta))
    assert not any(isinstance(e, ThinkingDelta) for e in events[first_answer:])


def test_follow_up_turn_reuses_the_kv_cache(engine: LlamaCppEngine, tiny_models: dict[str, Path]):
    engine.load(tiny_models["qwen2"], OPTIONS)
    events, first = run(engine, GenerationRequest(HELLO, max_tokens=8, sampling=Sampling(seed=2)))
    follow_up = [
        *HELLO,
        {"role": "assistant", "content": texts(events, TextDelta)},
        {"role": "user", "content": "Tell me more"},
    ]
    _, second = run(engine, GenerationRequest(follow_up, max_tokens=4))
    assert second.cached_prompt_tokens >= first.prompt_tokens - 1
    assert second.prompt_tokens > second.cached_prompt_tokens


def test_cancel_stops_within_one_token_and_engine_stays_usable(
    engine: LlamaCppEngine, tiny_models: dict[str, Path]
):
    engine.load(tiny_models["qwen2_endless"], OPTIONS)
    cancel = threading.Event()
    greedy = Sampling(temperature=0.0)
    stream = engine.generate(GenerationRequest(HELLO, max_tokens=500, sampling=greedy), cancel)
    received = 0
    events: list[Event] = []
    for event in stream:
        events.append(event)
        if isinstance(event, TextDelta | ThinkingDelta):
            received += 1
            if received == 5:
                cancel.set()
    stats = events[-1].stats  # type: ignore[union-attr]
    assert stats.stop_reason is StopReason.CANCELLED
    assert stats.generated_tokens <= 6, "stopped within one token of the cancel"
    _, after = run(engine, GenerationRequest(HELLO, max_tokens=5))
    assert after.stop_reason in (StopReason.LENGTH, StopReason.EOS)
    assert after.error == ""


def test_cancel_before_start_produces_no_tokens(
    engine: LlamaCppEngine, tiny_models: dict[str, Path]
):
    engine.load(tiny_models["qwen2"], OPTIONS)
    cancel = threading.Event()
    cancel.set()
    events = list(engine.generate(GenerationRequest(HELLO), cancel))
    assert len(events) == 1
    assert isinstance(events[0], Finished)
    assert events[0].stats.stop_reason is StopReason.CANCELLED


def test_stops_at_end_of_turn_token(engine: LlamaCppEngine, tiny_models: dict[str, Path]):
    engine.load(tiny_models["qwen3_eos"], OPTIONS)
    events, stats = run(engine, GenerationRequest(HELLO, thinking=ThinkingMode.OFF))
    assert stats.stop_reason is StopReason.EOS
    assert stats.generated_tokens == 0
    assert "<|im_end|>" not in texts(events, TextDelta)


def test_max_tokens_and_context_limit(engine: LlamaCppEngine, tiny_models: dict[str, Path]):
    info = engine.load(tiny_models["qwen2_endless"], LoadOptions(n_ctx=64, n_threads=1))
    n_ctx = info.n_ctx  # llama.cpp may round the context up
    greedy = Sampling(temperature=0.0)  # greedy decoding of these weights never ends the turn
    _, stats = run(engine, GenerationRequest(HELLO, max_tokens=10_000, sampling=greedy))
    assert stats.stop_reason is StopReason.LENGTH
    assert stats.generated_tokens < 10_000
    assert stats.prompt_tokens + stats.generated_tokens <= n_ctx
    long_chat = [{"role": "user", "content": "word " * n_ctx}]
    _, too_long = run(engine, GenerationRequest(long_chat))
    assert too_long.stop_reason is StopReason.ERROR
    assert "context" in too_long.error
    assert f"{n_ctx:,}" in too_long.error


def test_multibyte_characters_are_never_split(engine: LlamaCppEngine, tiny_models: dict[str, Path]):
    # Random weights emit arbitrary bytes: incomplete UTF-8 must be held back, not mangled.
    engine.load(tiny_models["qwen2"], OPTIONS)
    events, _ = run(engine, GenerationRequest(HELLO, max_tokens=200, sampling=Sampling(seed=5)))
    for event in events[:-1]:
        assert isinstance(event, TextDelta | ThinkingDelta)
        event.text.encode("utf-8")
    # CJK and emoji through the tokenizer's byte tokens come back whole.
    loaded = engine._loaded
    assert loaded is not None
    word = "你好🙂"
    pieces = [
        loaded.llm._model.detokenize([t], special=True)
        for t in loaded.llm.tokenize(word.encode(), add_bos=False, special=False)
    ]
    assert len(pieces) > 3, "each byte is its own token in the tiny vocabulary"
    import codecs

    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    assert "".join(decoder.decode(p) for p in pieces) == word


def test_model_without_template_is_refused_plainly(tmp_path: Path):
    from desktop.core.models.tiny_gguf import build_tiny_gguf

    engine = LlamaCppEngine()
    # ChatML tokens but no template: the ChatML fallback applies, and says so.
    path = build_tiny_gguf(tmp_path / "no-template.gguf", template="none")
    info = engine.load(path, OPTIONS)
    assert "ChatML fallback" in info.details["template"]
    engine.unload()


def test_model_without_template_or_chatml_tokens(tmp_path: Path):
    import gguf
    import numpy as np

    path = tmp_path / "base.gguf"
    writer = gguf.GGUFWriter(str(path), "qwen2")
    writer.add_tokenizer_model("gpt2")
    writer.add_token_list(["a", "b"])
    writer.add_tensor("token_embd.weight", np.zeros((2, 8), dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    with pytest.raises(ModelLoadError) as caught:
        LlamaCppEngine().load(path, OPTIONS)
    assert caught.value.reason == "no_chat_template"
    assert "no chat template" in str(caught.value)


def test_unknown_architecture_names_it(tmp_path: Path, tiny_models: dict[str, Path]):
    data = tiny_models["qwen3"].read_bytes()
    # Same length keeps every offset valid: 'qwen3' -> 'zzyx9' everywhere in the header.
    path = tmp_path / "alien.gguf"
    path.write_bytes(data.replace(b"qwen3", b"zzyx9"))
    with pytest.raises(ModelLoadError) as caught:
        LlamaCppEngine().load(path, OPTIONS)
    assert caught.value.reason == "unsupported_architecture"
    assert "zzyx9" in str(caught.value)


def test_generate_without_a_model(engine: LlamaCppEngine):
    with pytest.raises(EngineNotLoadedError):
        list(engine.generate(GenerationRequest(HELLO), threading.Event()))


def test_count_prompt_tokens_matches_generation(
    engine: LlamaCppEngine, tiny_models: dict[str, Path]
):
    engine.load(tiny_models["qwen3"], OPTIONS)
    request = GenerationRequest(HELLO, max_tokens=2)
    counted = engine.count_prompt_tokens(request)
    _, stats = run(engine, request)
    assert counted == stats.prompt_tokens


def test_unload_then_reload(engine: LlamaCppEngine, tiny_models: dict[str, Path]):
    engine.load(tiny_models["qwen3"], OPTIONS)
    engine.unload()
    assert engine.info() is None
    engine.load(tiny_models["qwen2"], OPTIONS)
    _, stats = run(engine, GenerationRequest(HELLO, max_tokens=3))
    assert stats.error == ""


def test_context_too_large_for_memory_is_refused_with_a_fitting_size(
    tiny_models: dict[str, Path],
):
    from desktop.core.models.fit import kv_cache_bytes, runtime_bytes

    # A budget that holds a 2,048-token context but not 4,096.
    limit = kv_cache_bytes(2, 2, 16, 2048) + runtime_bytes(2048) + 500_000
    engine = LlamaCppEngine()
    with pytest.raises(ModelLoadError) as caught:
        engine.load(tiny_models["qwen3"], LoadOptions(n_ctx=4096, memory_limit_bytes=limit))
    assert caught.value.reason == "context_too_large"
    assert caught.value.suggested_n_ctx == 2048
    assert "2,048" in str(caught.value)
    # The suggested size loads, and the engine is usable.
    info = engine.load(tiny_models["qwen3"], LoadOptions(n_ctx=2048, memory_limit_bytes=limit))
    assert info.n_ctx == 2048
    engine.unload()


def test_model_too_big_for_memory_at_all(tiny_models: dict[str, Path]):
    with pytest.raises(ModelLoadError) as caught:
        LlamaCppEngine().load(tiny_models["qwen3"], LoadOptions(memory_limit_bytes=1_000))
    assert caught.value.reason == "not_enough_memory"
    assert "smaller" in str(caught.value)


def test_context_beyond_native_turns_on_yarn_where_the_card_offers_it(tmp_path: Path):
    import re

    from desktop.core.models.tiny_gguf import build_tiny_gguf
    from desktop.engines.llamacpp_support import recent_log

    # Named like Qwen3-8B (its card: 32,768 native, 131,072 with YaRN factor 4).
    model = build_tiny_gguf(tmp_path / "q3-8b.gguf", name="Qwen3 8B", context_length=32768)
    engine = LlamaCppEngine()
    info = engine.load(model, LoadOptions(n_ctx=65536, n_threads=1))
    try:
        assert info.n_ctx == 65536
        # llama.cpp took the scaling: factor 2 is what 65,536 tokens need (the card's advice).
        assert re.search(r"freq_scale\s*=\s*0\.5\b", recent_log())
        assert "YaRN" in info.details["context"]
        assert "short texts" in info.details["context"]
        _, stats = run(engine, GenerationRequest(HELLO, max_tokens=3))
        assert stats.error == ""
    finally:
        engine.unload()
    # Qwen3-0.6B's card offers no YaRN: the context stays at the native length, and says why.
    small = build_tiny_gguf(tmp_path / "q3-06b.gguf", name="Qwen3 0.6B", context_length=32768)
    info = engine.load(small, LoadOptions(n_ctx=65536, n_threads=1))
    engine.unload()
    assert info.n_ctx == 32768
    assert "offers no longer context" in info.details["context"]
    assert re.search(r"freq_scale\s*=\s*1\b", recent_log())
