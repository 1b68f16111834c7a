"""What only the llama.cpp engine does, with real llama.cpp on tiny GGUF models built by the
tests: header checks, memory checks, template fallbacks. The engine contract it shares with
MLX and the fake engine is in test_engine_contract.py."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.engines.base import (
    Finished,
    GenerationRequest,
    LoadOptions,
    ModelLoadError,
)
from desktop.engines.llamacpp import LlamaCppEngine

OPTIONS = LoadOptions(n_ctx=1024, n_threads=1)
HELLO = [{"role": "user", "content": "Hello there"}]


@pytest.fixture
def engine() -> Iterator[LlamaCppEngine]:
    eng = LlamaCppEngine()
    yield eng
    eng.unload()


def test_load_passes_on_llamacpps_own_progress_and_reads_the_header(
    engine: LlamaCppEngine, tiny_models: dict[str, Path]
):
    seen: list[float] = []
    info = engine.load(tiny_models["qwen3"], OPTIONS, lambda f, phrase: seen.append(f))
    assert any(0.05 < f < 0.9 for f in seen), "llama.cpp's own load progress reached us"
    assert info.architecture == "qwen3"
    assert info.n_ctx == 1024
    assert info.n_ctx_train == 4096
    assert info.details["quant"]


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


def test_cjk_and_emoji_come_out_whole_through_byte_tokens(
    engine: LlamaCppEngine, tiny_models: dict[str, Path]
):
    # The contract suite streams random bytes; here the decoder meets known split characters.
    engine.load(tiny_models["qwen2"], OPTIONS)
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
        events = list(engine.generate(GenerationRequest(HELLO, max_tokens=3), threading.Event()))
        finished = events[-1]
        assert isinstance(finished, Finished)
        assert finished.stats.error == ""
    finally:
        engine.unload()
    # Qwen3-0.6B's card offers no YaRN: the context stays at the native length, and says why.
    small = build_tiny_gguf(tmp_path / "q3-06b.gguf", name="Qwen3 0.6B", context_length=32768)
    info = engine.load(small, LoadOptions(n_ctx=65536, n_threads=1))
    engine.unload()
    assert info.n_ctx == 32768
    assert "offers no longer context" in info.details["context"]
    assert re.search(r"freq_scale\s*=\s*1\b", recent_log())
