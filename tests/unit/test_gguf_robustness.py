"""Hostile GGUF headers get plain errors, fast: nesting, wrong types, impossible sizes, and
random or mutated bytes. Absurd sizes that pass the reader show their real figure."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.models.gguf_info import GGUFError, GGUFInfo, read_gguf_info
from desktop.engines.base import LoadOptions, ModelLoadError
from desktop.engines.memory_check import check_memory
from tests import gguf_craft as g
from tests.robustness_counts import faults_injected, inputs_tried


def _write(tmp_path: Path, data: bytes, name: str = "model.gguf") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


BAD_HEADERS: dict[str, tuple[bytes, str]] = {
    "arrays nested 1,000 deep": (
        g.model_file(g.qwen_metadata(general__deep=(g.ARRAY, g.nested_arrays(1000)))),
        "arrays nested more than",
    ),
    "alignment stored as text": (
        g.model_file(g.qwen_metadata(general__alignment=(g.STRING, "thirty-two"))),
        "general.alignment should be a whole number but is 'thirty-two'",
    ),
    "alignment not a power of two": (
        g.model_file(g.qwen_metadata(general__alignment=(g.UINT32, 24))),
        "general.alignment is 24, not a power of two",
    ),
    "alignment of zero": (
        g.model_file(g.qwen_metadata(general__alignment=(g.UINT32, 0))),
        "general.alignment is 0",
    ),
    "context length stored as text": (
        g.model_file(g.qwen_metadata(qwen3__context_length=(g.STRING, "32768"))),
        "qwen3.context_length should be a whole number but is '32768'",
    ),
    "context length as a float": (
        g.model_file(g.qwen_metadata(qwen3__context_length=(g.FLOAT64, 4096.5))),
        "qwen3.context_length should be a whole number but is 4096.5",
    ),
    "negative head count": (
        g.model_file(g.qwen_metadata(qwen3__attention__head_count=(g.INT32, -4))),
        "qwen3.attention.head_count is -4",
    ),
    "block count of 2^40": (
        g.model_file(g.qwen_metadata(qwen3__block_count=(g.UINT64, 1 << 40))),
        "qwen3.block_count is 1,099,511,627,776, which no real model has",
    ),
    "vocabulary that is a number": (
        g.model_file(g.qwen_metadata(tokenizer__ggml__tokens=(g.UINT32, 7))),
        "vocabulary (tokenizer.ggml.tokens) is not a list of texts",
    ),
    "vocabulary of numbers": (
        g.model_file(g.qwen_metadata(tokenizer__ggml__tokens=(g.ARRAY, g.Array(g.UINT8, [1])))),
        "vocabulary (tokenizer.ggml.tokens) is not a list of texts",
    ),
    "unknown value type": (
        g.header([], n_kv=1) + g.string("k") + (99).to_bytes(4, "little") + b"\0" * 64,
        "damaged header (unknown metadata value type 99)",
    ),
    "more keys than bytes": (g.header([], n_kv=1 << 40) + b"\0" * 64, "cut short or damaged"),
    "huge string length": (
        g.header([], n_kv=1) + (1 << 62).to_bytes(8, "little") + b"\0" * 64,
        "cut short or damaged",
    ),
    "kept vocabulary longer than any real one": (
        g.header([("tokenizer.ggml.tokens", g.ARRAY, g.Array(g.UINT8, []))])[:-8]
        + (5_000_000).to_bytes(8, "little")
        + b"\0" * 5_000_000,
        "more than any real vocabulary",
    ),
    "version 1": (g.header([], version=1) + b"\0" * 64, "uses GGUF version 1"),
}


@pytest.mark.parametrize("case", BAD_HEADERS, ids=list(BAD_HEADERS))
def test_bad_headers_get_plain_errors_quickly(tmp_path: Path, case: str) -> None:
    data, expected = BAD_HEADERS[case]
    inputs_tried()
    started = time.monotonic()
    with pytest.raises(GGUFError) as caught:
        read_gguf_info(_write(tmp_path, data))
    assert time.monotonic() - started < 2
    assert expected in str(caught.value)
    assert caught.value.reason in ("corrupt", "truncated", "unsupported_version")


@pytest.mark.parametrize("case", ["alignment stored as text", "block count of 2^40"])
def test_loading_such_a_file_fails_with_the_same_plain_message(tmp_path: Path, case: str) -> None:
    from desktop.engines.llamacpp import LlamaCppEngine

    data, expected = BAD_HEADERS[case]
    with pytest.raises(ModelLoadError) as caught:
        LlamaCppEngine().load(_write(tmp_path, data), LoadOptions(n_ctx=512))
    assert expected in str(caught.value)


def test_a_plausible_but_huge_model_says_what_it_needs(tmp_path: Path) -> None:
    """50,000 layers passes the reader; the memory check names the figure that fails."""
    metadata = g.qwen_metadata(
        qwen3__block_count=(g.UINT32, 50_000),
        qwen3__embedding_length=(g.UINT32, 4096),
        qwen3__attention__head_count=(g.UINT32, 32),
        qwen3__attention__head_count_kv=(g.UINT32, 8),
    )
    info = read_gguf_info(_write(tmp_path, g.model_file(metadata)))
    with pytest.raises(ModelLoadError) as caught:
        check_memory(info, 4096, LoadOptions(n_ctx=4096, memory_limit_bytes=8 * 1024**3))
    message = str(caught.value)
    assert caught.value.reason == "not_enough_memory"
    assert "0.0 GiB" not in message
    assert "even at a context of 512 tokens" in message
    assert "for its KV cache and working buffers" in message
    # 2 (K, V) x 50,000 layers x 8 heads x 128 x 512 tokens x 2 bytes, plus 316 MiB of buffers
    assert "98.0 GiB for its KV cache" in message
    assert "(8.0 GiB in all)" in message


# -- random and mutated headers ----------------------------------------------------------------

_KEYS = [
    "general.architecture",
    "general.alignment",
    "general.file_type",
    "general.name",
    "split.count",
    "qwen3.context_length",
    "qwen3.block_count",
    "qwen3.embedding_length",
    "qwen3.attention.head_count",
    "qwen3.attention.head_count_kv",
    "qwen3.attention.key_length",
    "tokenizer.ggml.tokens",
    "tokenizer.chat_template",
    "tokenizer.ggml.eos_token_id",
    "x",
]


def _scalar(vtype: int) -> st.SearchStrategy[Any]:
    bits = {g.UINT8: 8, g.UINT16: 16, g.UINT32: 32, g.UINT64: 64}
    signed = {g.INT8: 8, g.INT16: 16, g.INT32: 32, g.INT64: 64}
    if vtype in bits:
        return st.integers(0, (1 << bits[vtype]) - 1)
    if vtype in signed:
        half = 1 << (signed[vtype] - 1)
        return st.integers(-half, half - 1)
    if vtype == g.BOOL:
        return st.booleans()
    if vtype == g.STRING:
        return st.text(max_size=20)
    return st.floats(width=32 if vtype == g.FLOAT32 else 64, allow_nan=True)


_SCALAR_TYPES = [t for t in range(13) if t != g.ARRAY]


@st.composite
def _typed_value(draw: st.DrawFn, depth: int = 0) -> tuple[int, Any]:
    if depth < 3 and draw(st.integers(0, 4)) == 0:
        element = draw(st.sampled_from([*_SCALAR_TYPES, g.ARRAY]))
        if element == g.ARRAY:
            items = draw(st.lists(_typed_value(depth + 1), max_size=3))
            inner = [v for t, v in items if t == g.ARRAY]
            return g.ARRAY, g.Array(g.ARRAY, inner)
        return g.ARRAY, g.Array(element, draw(st.lists(_scalar(element), max_size=4)))
    vtype = draw(st.sampled_from(_SCALAR_TYPES))
    return vtype, draw(_scalar(vtype))


def _use(info: GGUFInfo) -> None:
    """Everything the app reads from a header must work once the reader accepted it."""
    for name in ("architecture", "name", "context_length", "n_layers", "n_kv_heads"):
        getattr(info, name)
    _ = (info.head_dim, info.quant, info.n_params, info.chat_template, info.has_chatml_tokens)
    _ = (info.token_text("tokenizer.ggml.eos_token_id"), info.split_count)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(entries=st.lists(st.tuples(st.sampled_from(_KEYS), _typed_value()), max_size=8))
def test_random_metadata_is_read_or_refused_plainly(
    tmp_path_factory: pytest.TempPathFactory, entries: list[tuple[str, tuple[int, Any]]]
) -> None:
    inputs_tried()
    metadata = [(key, vtype, item) for key, (vtype, item) in entries]
    path = tmp_path_factory.getbasetemp() / "random-metadata.gguf"
    path.write_bytes(g.model_file(metadata))
    try:
        info = read_gguf_info(path)
    except GGUFError as exc:
        refused = str(exc)
    else:
        _use(info)
        return
    assert refused.startswith(path.name)


@pytest.fixture(scope="module")
def tiny_bytes(tiny_models: dict[str, Path]) -> bytes:
    return tiny_models["qwen3"].read_bytes()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_mutated_real_headers_are_read_or_refused_plainly(
    tmp_path_factory: pytest.TempPathFactory, tiny_bytes: bytes, data: st.DataObject
) -> None:
    header_end = 12_000  # the tiny model's header and vocabulary; tensors come after
    mutated = bytearray(tiny_bytes)
    for _ in range(data.draw(st.integers(1, 8))):
        position = data.draw(st.integers(4, header_end))
        mutated[position] = data.draw(st.integers(0, 255))
    if data.draw(st.booleans()):
        del mutated[data.draw(st.integers(24, len(mutated))) :]
    inputs_tried()
    faults_injected()
    path = tmp_path_factory.getbasetemp() / "mutated.gguf"
    path.write_bytes(bytes(mutated))
    started = time.monotonic()
    try:
        _use(read_gguf_info(path))
    except GGUFError:
        pass
    assert time.monotonic() - started < 2
