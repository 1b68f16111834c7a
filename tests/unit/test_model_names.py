"""One display name per model: the library, the engines and every place the window shows a
model name the same one (core/models/naming.py)."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.core.models.discovery import ModelSource, discover_ollama
from desktop.core.models.library import Library
from desktop.core.models.naming import model_name
from desktop.engines.base import LoadOptions
from desktop.engines.fake import FakeEngine
from desktop.engines.llamacpp import LlamaCppEngine

OPTIONS = LoadOptions(n_ctx=512, n_threads=1)


def _touch(path: Path, data: bytes = b"x") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_a_gguf_file_is_named_by_its_file_not_its_header(tmp_path: Path) -> None:
    path = tmp_path / "SmolLM2-135M-Instruct.Q4_1.gguf"
    assert model_name(path, "Smollm2 135M 8k Lc100K Mix1 Ep2") == "SmolLM2-135M-Instruct.Q4_1"
    assert model_name(tmp_path / "Qwen3-8B-Q4_K_M.GGUF") == "Qwen3-8B-Q4_K_M"


def test_every_part_of_a_split_gguf_has_the_models_name(tmp_path: Path) -> None:
    for part in (1, 3):
        path = tmp_path / f"Qwen3-32B-Q8_0-0000{part}-of-00003.gguf"
        assert model_name(path) == "Qwen3-32B-Q8_0"


def test_an_ollama_blob_goes_by_its_tag_or_else_its_header(tmp_path: Path) -> None:
    models = tmp_path / "ollama"
    blob = _touch(models / "blobs" / ("sha256-" + "a" * 64))
    manifest = {"layers": [{"mediaType": "application/vnd.ollama.image.model",
                            "digest": "sha256:" + "a" * 64}]}  # fmt: skip
    for tag in ("hf.co/Qwen/Qwen3-8B-GGUF/Q4_K_M", "registry.ollama.ai/library/qwen3/8b"):
        _touch(models / "manifests" / tag, json.dumps(manifest).encode())
    assert model_name(blob, "Qwen3 8B") == "qwen3:8b"  # Ollama's own registry first
    (found,) = discover_ollama(models)  # one entry per blob, under the same name
    assert (found.name, found.source) == ("qwen3:8b", ModelSource.OLLAMA)
    orphan = _touch(tmp_path / "elsewhere" / "blobs" / ("sha256-" + "b" * 64))
    assert model_name(orphan, "Qwen3 8B") == "Qwen3 8B"


def test_an_mlx_snapshot_in_the_hf_cache_is_named_by_its_repository(tmp_path: Path) -> None:
    snapshot = tmp_path / "hub" / "models--mlx-community--Qwen3-4B-4bit" / "snapshots" / "abc123"
    snapshot.mkdir(parents=True)
    assert model_name(snapshot) == "Qwen3-4B-4bit"
    assert model_name(tmp_path / "lmstudio" / "mlx-community" / "Qwen3-4B-4bit") == "Qwen3-4B-4bit"


def test_the_library_and_the_engine_name_smollm2_alike(tmp_path: Path, smollm_path: Path) -> None:
    """The issue's case: "SmolLM2-135M-Instruct.Q4_1" in the library, the GGUF header's
    "Smollm2 135M 8k Lc100K Mix1 Ep2" in chat."""
    folder = tmp_path / "models"
    folder.mkdir()
    (folder / smollm_path.name).symlink_to(smollm_path)
    (installed,) = Library(folder, tmp_path / "library.json").installed()
    engine = LlamaCppEngine()
    try:
        info = engine.load(folder / smollm_path.name, OPTIONS)
    finally:
        engine.unload()
    assert installed.name == info.name == "SmolLM2-135M-Instruct.Q4_1"


def test_the_fake_engine_names_models_the_same_way(tmp_path: Path) -> None:
    info = FakeEngine().load(tmp_path / "Qwen3-8B-Q4_K_M-00001-of-00002.gguf", OPTIONS)
    assert info.name == "Qwen3-8B-Q4_K_M"
