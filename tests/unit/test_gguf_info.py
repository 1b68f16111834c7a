"""GGUF header reading and the plain errors bad files get."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.core.models.gguf_info import GGML_BLOCK_SIZES, GGUFError, read_gguf_info, split_parts
from desktop.engines.base import LoadOptions, ModelLoadError
from desktop.engines.llamacpp import LlamaCppEngine


def test_reads_tiny_model_metadata(tiny_models: dict[str, Path]):
    info = read_gguf_info(tiny_models["qwen3"])
    assert info.architecture == "qwen3"
    assert info.n_layers == 2
    assert info.n_kv_heads == 2
    assert info.head_dim == 16
    assert info.context_length == 4096
    assert info.quant == "F32"
    assert info.chat_template
    assert "enable_thinking" in info.chat_template
    assert info.has_chatml_tokens
    assert info.token_text("tokenizer.ggml.eos_token_id") == "<|im_end|>"
    assert info.n_params > 100_000


def test_block_sizes_match_the_gguf_package():
    import gguf

    for ggml_type, sizes in gguf.GGML_QUANT_SIZES.items():
        if int(ggml_type) in GGML_BLOCK_SIZES:
            assert GGML_BLOCK_SIZES[int(ggml_type)] == sizes, ggml_type.name


def _bad_files(tmp: Path, good: Path) -> dict[str, Path]:
    empty = tmp / "empty.gguf"
    empty.write_bytes(b"")
    noise = tmp / "noise.gguf"
    noise.write_bytes(os.urandom(4096))
    data = good.read_bytes()
    truncated = tmp / "truncated.gguf"
    truncated.write_bytes(data[: len(data) // 2])
    header_cut = tmp / "header-cut.gguf"
    header_cut.write_bytes(data[:200])
    folder = tmp / "folder.gguf"
    folder.mkdir()
    return {
        "empty": empty,
        "not_gguf": noise,
        "truncated": truncated,
        "header_truncated": header_cut,
        "is_directory": folder,
        "missing": tmp / "missing.gguf",
    }


@pytest.mark.parametrize(
    "case", ["empty", "not_gguf", "truncated", "header_truncated", "is_directory", "missing"]
)
def test_bad_files_get_one_error_type_with_a_plain_message(
    case: str, tmp_path: Path, tiny_models: dict[str, Path]
):
    path = _bad_files(tmp_path, tiny_models["qwen3"])[case]
    expected_reason = "truncated" if case == "header_truncated" else case
    with pytest.raises(GGUFError) as caught:
        read_gguf_info(path)
    assert caught.value.reason == expected_reason
    message = str(caught.value)
    assert path.name in message or str(path) in message
    assert "Traceback" not in message
    assert len(message) < 300
    # The engine raises its one documented error type and the process survives.
    engine = LlamaCppEngine()
    with pytest.raises(ModelLoadError) as load_error:
        engine.load(path, LoadOptions(n_ctx=256))
    assert load_error.value.reason == expected_reason
    assert engine.info() is None


def test_split_parts_names_every_shard(tmp_path: Path):
    first = tmp_path / "qwen2.5-7b-instruct-q4_k_m-00001-of-00003.gguf"
    assert [p.name for p in split_parts(first)] == [
        f"qwen2.5-7b-instruct-q4_k_m-0000{i}-of-00003.gguf" for i in (1, 2, 3)
    ]
    single = tmp_path / "model.gguf"
    assert split_parts(single) == [single]
