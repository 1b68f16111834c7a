"""The model library: scanning, import (link or copy), delete, and discovery of other apps'
models in fake Hugging Face cache, LM Studio, Ollama and GPT4All layouts."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from desktop.core.models.discovery import (
    discover_gpt4all,
    discover_hf_cache,
    discover_lmstudio,
    discover_ollama,
)
from desktop.core.models.library import (
    DiscoveryRoots,
    Library,
    LibraryError,
    ModelFormat,
    ModelSource,
)
from desktop.core.models.tiny_gguf import build_tiny_gguf
from desktop.core.paths import app_paths


def _write(path: Path, size: int = 100, content: bytes | None = None) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if content is not None else os.urandom(size))
    return path


def _mlx(folder: Path) -> Path:
    _write(folder / "config.json", content=b'{"model_type": "qwen3"}')
    _write(folder / "model.safetensors", 300)
    _write(folder / "tokenizer.json", content=b"{}")
    return folder


@pytest.fixture
def library() -> Library:
    return Library()


@pytest.fixture(scope="module")
def tiny_gguf(tmp_path_factory) -> Path:
    return build_tiny_gguf(tmp_path_factory.mktemp("gguf") / "tiny-qwen3-Q8_0.gguf")


def test_scan_groups_split_parts_and_finds_mlx_folders(library):
    models = library.models_dir
    _write(models / "Qwen3-8B-GGUF" / "Qwen3-8B-Q4_K_M.gguf", 500)
    for i in (1, 2, 3):
        _write(models / "Big-GGUF" / f"big-q4_k_m-0000{i}-of-00003.gguf", 100 * i)
    _write(models / "Half" / "half-q8_0-00001-of-00002.gguf", 50)
    _write(models / "Qwen3-8B-GGUF" / "Qwen3-8B-Q8_0.gguf.part", 70)  # a download under way
    _write(models / "vision" / "mmproj-model-f16.gguf", 10)
    _mlx(models / "Qwen3-4B-MLX-4bit")
    _mlx(models / ".Copy.copying")  # a copy under way

    found = {m.name: m for m in library.scan()}
    assert set(found) == {"Qwen3-8B-Q4_K_M", "big-q4_k_m", "half-q8_0", "Qwen3-4B-MLX-4bit"}
    big = found["big-q4_k_m"]
    assert big.complete
    assert len(big.files) == 3
    assert big.size_bytes == 600
    assert big.path.name == "big-q4_k_m-00001-of-00003.gguf"
    assert big.quant == "Q4_K_M"
    assert not found["half-q8_0"].complete
    mlx = found["Qwen3-4B-MLX-4bit"]
    assert mlx.format is ModelFormat.MLX
    assert mlx.size_bytes == 300 + 23 + 2
    assert all(m.source is ModelSource.LIBRARY and m.owned for m in found.values())
    assert library.disk_used() == 500 + 600 + 50 + 325


def test_import_links_in_place_and_delete_only_forgets(library, tiny_gguf, app_home):
    model = library.import_model(tiny_gguf)
    assert model.source is ModelSource.LINKED
    assert model.path == tiny_gguf
    registry = json.loads((app_paths().data / "library.json").read_text())
    assert [item["path"] for item in registry["models"]] == [str(tiny_gguf)]
    assert [m.path for m in library.installed()] == [tiny_gguf]
    assert library.import_model(tiny_gguf) == model  # importing twice keeps one entry
    assert len(library.linked()) == 1
    assert library.delete(model) == 0
    assert tiny_gguf.exists()
    assert library.installed() == []


def test_import_copy_then_delete_frees_the_space(library, tiny_gguf):
    model = library.import_model(tiny_gguf, copy=True)
    assert model.source is ModelSource.LIBRARY
    assert model.path == library.models_dir / tiny_gguf.name
    assert model.path.read_bytes() == tiny_gguf.read_bytes()
    assert [m.path for m in library.scan()] == [model.path]
    with pytest.raises(LibraryError, match="already has"):
        library.import_model(tiny_gguf, copy=True)
    assert library.delete(model) == tiny_gguf.stat().st_size
    assert library.scan() == []
    assert tiny_gguf.exists()


def test_a_file_already_in_the_models_folder_is_not_registered(library, tiny_gguf):
    inside = _write(library.models_dir / "x" / tiny_gguf.name, content=tiny_gguf.read_bytes())
    assert library.import_model(inside).source is ModelSource.LIBRARY
    assert library.linked() == []


def test_import_validates_with_the_gguf_reader(library, tmp_path):
    bogus = _write(tmp_path / "bogus.gguf", content=b"not a model at all, just text" * 4)
    with pytest.raises(LibraryError, match="not a GGUF model file"):
        library.import_model(bogus)
    with pytest.raises(LibraryError, match=re.escape("not a .gguf file or an MLX model folder")):
        library.import_model(_write(tmp_path / "notes.txt", 10))
    assert library.installed() == []


def test_the_validate_hook_is_called_with_the_first_part(tmp_path):
    seen: list[Path] = []
    library = Library(validate=seen.append)
    parts = [_write(tmp_path / f"m-q4_k_m-0000{i}-of-00002.gguf", 10) for i in (1, 2)]
    model = library.import_model(parts[1])
    assert seen == [parts[0]]
    assert model.files == tuple(parts)
    assert model.size_bytes == 20


def test_import_of_a_split_model_with_a_missing_part_is_refused(tmp_path):
    library = Library(validate=lambda p: None)
    part = _write(tmp_path / "m-q4_k_m-00001-of-00003.gguf", 10)
    _write(tmp_path / "m-q4_k_m-00002-of-00003.gguf", 10)
    with pytest.raises(LibraryError, match=re.escape("m-q4_k_m-00003-of-00003.gguf is missing")):
        library.import_model(part)


def test_copy_import_reports_bytes_copied_across_every_part(tmp_path):
    library = Library(validate=lambda path: None)
    sizes = (12_000_000, 9_000_000)  # 21 MB: three 8 MiB chunks, then the last bytes
    parts = [
        _write(tmp_path / f"m-q4_k_m-0000{i}-of-00002.gguf", content=bytes([i]) * size)
        for i, size in enumerate(sizes, 1)
    ]
    seen: list[tuple[int, int]] = []
    model = library.import_model(parts[1], copy=True, progress=lambda d, t: seen.append((d, t)))
    total = sum(sizes)
    assert seen[0] == (0, total)
    assert seen[-1] == (total, total)
    assert len(seen) >= 4
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert {t for _, t in seen} == {total}
    assert [p.read_bytes() for p in model.files] == [p.read_bytes() for p in parts]
    assert not list(library.models_dir.glob("*.copying"))

    folder = _mlx(tmp_path / "Qwen3-MLX")
    mlx_seen: list[tuple[int, int]] = []
    library.import_model(folder, copy=True, progress=lambda d, t: mlx_seen.append((d, t)))
    mlx_total = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    assert mlx_seen[0] == (0, mlx_total)
    assert mlx_seen[-1] == (mlx_total, mlx_total)


def test_copy_import_checks_free_space_first(tiny_gguf):
    library = Library(disk_usage=lambda p: SimpleNamespace(free=10))
    with pytest.raises(LibraryError, match="Not enough disk space to copy"):
        library.import_model(tiny_gguf, copy=True)
    assert library.scan() == []


def test_mlx_folders_import_by_link_or_copy(library, tmp_path):
    folder = _mlx(tmp_path / "Qwen3-0.6B-MLX-4bit")
    linked = library.import_model(folder)
    assert linked.format is ModelFormat.MLX
    assert linked.source is ModelSource.LINKED
    copied = library.import_model(folder, copy=True)
    assert copied.path == library.models_dir / folder.name
    assert copied.source is ModelSource.LIBRARY
    assert {m.source for m in library.installed()} == {ModelSource.LIBRARY, ModelSource.LINKED}
    assert library.delete(copied) == copied.size_bytes
    assert not copied.path.exists()
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(LibraryError, match=re.escape("no readable config.json")):
        library.import_model(empty)


def test_a_vanished_linked_file_is_listed_as_missing(library, tmp_path, tiny_gguf):
    copy = _write(tmp_path / "gone.gguf", content=tiny_gguf.read_bytes())
    library.import_model(copy)
    copy.unlink()
    (model,) = library.linked()
    assert model.missing
    assert not model.complete
    assert model.path == copy
    assert library.delete(model) == 0
    assert library.linked() == []


def test_other_apps_models_are_never_deleted(library, tmp_path):
    hub = _hf_cache(tmp_path / "hf")
    (model, *_) = discover_hf_cache(hub)
    with pytest.raises(LibraryError, match="belongs to another app"):
        library.delete(model)
    assert model.path.exists()


# --- discovery layouts ----------------------------------------------------------------------


def _hf_cache(hub: Path) -> Path:
    repo = hub / "models--Qwen--Qwen3-8B-GGUF"
    blob = _write(repo / "blobs" / ("a" * 64), 400)
    for rev in ("rev1", "rev2"):  # the same blob in two snapshots is one model
        link = repo / "snapshots" / rev / "Qwen3-8B-Q4_K_M.gguf"
        link.parent.mkdir(parents=True)
        link.symlink_to(os.path.relpath(blob, link.parent))
    dangling = repo / "snapshots" / "rev2" / "Qwen3-8B-Q8_0.gguf"  # an unfinished download
    dangling.symlink_to("../../blobs/" + "b" * 64)
    split = hub / "models--Qwen--Qwen2.5-7B-Instruct-GGUF" / "snapshots" / "r"
    for i in (1, 2):
        _write(split / f"qwen2.5-7b-instruct-q4_k_m-0000{i}-of-00002.gguf", 100)
    _mlx(hub / "models--Qwen--Qwen3-8B-MLX-4bit" / "snapshots" / "r")
    _write(hub / "models--Qwen--Qwen3-8B" / "snapshots" / "r" / "README.md", 5)
    return hub


def test_discover_hugging_face_cache(tmp_path):
    found = {m.name: m for m in discover_hf_cache(_hf_cache(tmp_path / "hub"))}
    # named like everywhere else (model_name); the repository is the origin
    assert {name: m.origin for name, m in found.items()} == {
        "Qwen3-8B-Q4_K_M": "Qwen/Qwen3-8B-GGUF",
        "qwen2.5-7b-instruct-q4_k_m": "Qwen/Qwen2.5-7B-Instruct-GGUF",
        "Qwen3-8B-MLX-4bit": "Qwen/Qwen3-8B-MLX-4bit",
    }
    assert found["Qwen3-8B-Q4_K_M"].size_bytes == 400
    split = found["qwen2.5-7b-instruct-q4_k_m"]
    assert split.complete
    assert len(split.files) == 2
    assert split.size_bytes == 200
    assert found["Qwen3-8B-MLX-4bit"].format is ModelFormat.MLX
    assert all(m.source is ModelSource.HF_CACHE for m in found.values())
    assert discover_hf_cache(tmp_path / "nowhere") == []


def test_discover_lm_studio(tmp_path):
    root = tmp_path / ".lmstudio" / "models"
    _write(root / "lmstudio-community" / "Qwen3-8B-GGUF" / "Qwen3-8B-Q4_K_M.gguf", 300)
    _write(root / "lmstudio-community" / "Qwen2-VL-GGUF" / "mmproj-Qwen2-VL-f16.gguf", 10)
    _mlx(root / "mlx-community" / "Qwen3-4B-4bit")
    old = tmp_path / ".cache" / "lm-studio" / "models"
    _write(old / "Qwen" / "Qwen2.5-1.5B-Instruct-GGUF" / "qwen2.5-1.5b-instruct-q8_0.gguf")
    found = [(m.name, m.origin) for m in discover_lmstudio([root, old, tmp_path / "absent"])]
    assert found == [
        ("Qwen3-8B-Q4_K_M", "lmstudio-community/Qwen3-8B-GGUF"),
        ("Qwen3-4B-4bit", "mlx-community"),
        ("qwen2.5-1.5b-instruct-q8_0", "Qwen/Qwen2.5-1.5B-Instruct-GGUF"),
    ]


def _ollama(models: Path) -> Path:
    def manifest(relative: str, digest: str, media: str = "application/vnd.ollama.image.model"):
        layers = [
            {"mediaType": "application/vnd.ollama.image.template", "digest": "sha256:" + "1" * 64},
            {"mediaType": media, "digest": "sha256:" + digest, "size": 1},
        ]
        body = {"schemaVersion": 2, "layers": layers}
        _write(models / "manifests" / relative, content=json.dumps(body).encode())

    _write(models / "blobs" / ("sha256-" + "c" * 64), 700)
    _write(models / "blobs" / ("sha256-" + "d" * 64), 800)
    manifest("registry.ollama.ai/library/qwen3/8b", "c" * 64)
    manifest("registry.ollama.ai/someone/qwen-tuned/latest", "d" * 64)
    manifest("hf.co/Qwen/Qwen3-8B-GGUF/Q4_K_M", "c" * 64)
    manifest("registry.ollama.ai/library/gone/latest", "e" * 64)  # blob deleted
    manifest("registry.ollama.ai/library/adapter/1", "d" * 64, "application/x-other")
    _write(models / "manifests" / "registry.ollama.ai" / "library" / "broken" / "1", 20)
    return models


def test_discover_ollama(tmp_path):
    found = {m.name: m for m in discover_ollama(_ollama(tmp_path / "ollama"))}
    # one entry per blob: the one hf.co/... shares with qwen3:8b goes by Ollama's own tag
    assert set(found) == {"qwen3:8b", "someone/qwen-tuned:latest"}
    qwen3 = found["qwen3:8b"]
    assert qwen3.path == tmp_path / "ollama" / "blobs" / ("sha256-" + "c" * 64)
    assert qwen3.size_bytes == 700
    assert qwen3.format is ModelFormat.GGUF
    assert qwen3.source is ModelSource.OLLAMA


def test_discover_gpt4all(tmp_path):
    _write(tmp_path / "GPT4All" / "qwen2.5-coder-7b-instruct-q4_0.gguf", 90)
    _write(tmp_path / "GPT4All" / "localdocs_v2.db", 10)
    (model,) = discover_gpt4all([tmp_path / "GPT4All"])
    assert model.name == "qwen2.5-coder-7b-instruct-q4_0"
    assert model.quant == "Q4_0"


def test_library_discover_combines_apps_and_skips_linked(library, tmp_path):
    roots = DiscoveryRoots(
        hf_hub=_hf_cache(tmp_path / "hub"),
        lmstudio=(tmp_path / "lms",),
        ollama=(_ollama(tmp_path / "ollama"),),
        gpt4all=(tmp_path / "gpt4all",),
    )
    _write(tmp_path / "gpt4all" / "Qwen3-4B-Q4_0.gguf", 10)
    found = library.discover(roots)
    assert {m.source for m in found} == {
        ModelSource.HF_CACHE,
        ModelSource.OLLAMA,
        ModelSource.GPT4ALL,
    }
    gpt = next(m for m in found if m.source is ModelSource.GPT4ALL)
    Library(validate=lambda p: None).import_model(gpt.path)
    assert gpt.path not in {m.path for m in library.discover(roots)}


def test_default_roots_honour_the_environment(tmp_path):
    home = tmp_path / "home"
    env = {"HF_HUB_CACHE": "/data/hf-hub", "OLLAMA_MODELS": "/data/ollama"}
    roots = DiscoveryRoots.default(env=env, home=home, system="Linux")
    assert roots.hf_hub == Path("/data/hf-hub")
    assert roots.ollama[0] == Path("/data/ollama")
    assert home / ".ollama" / "models" in roots.ollama
    assert roots.lmstudio == (home / ".lmstudio" / "models", home / ".cache/lm-studio/models")
    assert roots.gpt4all == (home / ".local/share/nomic.ai/GPT4All",)

    roots = DiscoveryRoots.default(env={"HF_HOME": "/data/hf"}, home=home, system="Linux")
    assert roots.hf_hub == Path("/data/hf/hub")
    roots = DiscoveryRoots.default(env={"XDG_CACHE_HOME": "/xdg"}, home=home, system="Linux")
    assert roots.hf_hub == Path("/xdg/huggingface/hub")
    mac = DiscoveryRoots.default(env={}, home=home, system="Darwin")
    assert mac.hf_hub == home / ".cache/huggingface/hub"
    assert mac.gpt4all == (home / "Library/Application Support/nomic.ai/GPT4All",)
    win = DiscoveryRoots.default(
        env={"LOCALAPPDATA": "C:/Users/me/AppData/Local"}, home=home, system="Windows"
    )
    assert win.gpt4all == (Path("C:/Users/me/AppData/Local/nomic.ai/GPT4All"),)
