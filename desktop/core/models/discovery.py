"""Find models other apps already keep on disk: the Hugging Face cache, LM Studio, Ollama and
GPT4All. Every root is an argument (the defaults come from :meth:`DiscoveryRoots.default`),
so tests build fake layouts in a temporary folder. Nothing here writes or deletes.
"""

from __future__ import annotations

import logging
import os
import platform
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from desktop.core.models.catalog_refresh import quant_of
from desktop.core.models.gguf_info import split_parts
from desktop.core.models.naming import model_name, ollama_manifests

log = logging.getLogger(__name__)


class ModelFormat(StrEnum):
    GGUF = "gguf"
    MLX = "mlx"


class ModelSource(StrEnum):
    LIBRARY = "library"  # a file in our models folder (we may delete it)
    LINKED = "linked"  # imported by reference; the file stays where it was
    HF_CACHE = "huggingface-cache"
    LM_STUDIO = "lm-studio"
    OLLAMA = "ollama"
    GPT4ALL = "gpt4all"


@dataclass(frozen=True)
class InstalledModel:
    """A model on disk. ``path`` is what an engine loads: a GGUF file (the first part of a
    split model), an Ollama blob, or an MLX folder; ``files`` is everything it consists of."""

    name: str
    path: Path
    format: ModelFormat
    source: ModelSource
    files: tuple[Path, ...]
    size_bytes: int
    quant: str | None = None
    complete: bool = True  # every part of a split GGUF is present
    missing: bool = False  # a linked file that is no longer there
    origin: str = ""  # where another app keeps it: "Qwen/Qwen3-8B-GGUF", "lmstudio-community/…"

    @property
    def owned(self) -> bool:
        return self.source is ModelSource.LIBRARY


def _size(paths: Iterable[Path]) -> int:
    total = 0
    for path in paths:
        try:
            total += path.stat().st_size
        except OSError:
            pass
    return total


def is_mlx_folder(path: Path) -> bool:
    return path.is_dir() and (path / "config.json").is_file() and any(path.glob("*.safetensors"))


def gguf_model(path: Path, source: ModelSource, name: str | None = None) -> InstalledModel:
    """The model a GGUF file belongs to (all parts of a split model)."""
    parts = tuple(split_parts(path))
    present = tuple(p for p in parts if p.exists())
    return InstalledModel(
        name=name or model_name(path),
        path=parts[0],
        format=ModelFormat.GGUF,
        source=source,
        files=parts,
        size_bytes=_size(present),
        quant=quant_of(path.name),
        complete=len(present) == len(parts),
    )


def mlx_model(folder: Path, source: ModelSource, name: str | None = None) -> InstalledModel:
    files = tuple(sorted(p for p in folder.rglob("*") if p.is_file()))
    return InstalledModel(
        name=name or model_name(folder),
        path=folder,
        format=ModelFormat.MLX,
        source=source,
        files=files,
        size_bytes=_size(files),
    )


def _is_model_gguf(path: Path) -> bool:
    # vision projectors (mmproj) are GGUF files but not language models
    return path.suffix.lower() == ".gguf" and not path.name.lower().startswith("mmproj")


def gguf_models_in(paths: Iterable[Path], source: ModelSource) -> list[InstalledModel]:
    """One model per GGUF file or split set, in order of first appearance."""
    seen: set[Path] = set()
    found = []
    for path in paths:
        if not _is_model_gguf(path):
            continue
        model = gguf_model(path, source)
        if model.path in seen:
            continue
        seen.add(model.path)
        found.append(model)
    return found


def _walk(root: Path) -> Iterator[Path]:
    """Files under ``root`` (following links to files), sorted; a missing root is empty."""
    if not root.is_dir():
        return iter(())
    return iter(sorted(p for p in root.rglob("*") if p.is_file()))


# --- the apps -------------------------------------------------------------------------------


def discover_hf_cache(hub: Path) -> list[InstalledModel]:
    """``hub/models--org--name/snapshots/<rev>/…``: GGUF files (symlinks to blobs) and
    MLX snapshots. A file present in several snapshots is listed once."""
    found: list[InstalledModel] = []
    blobs: set[Path] = set()
    for repo_dir in sorted(hub.glob("models--*")) if hub.is_dir() else []:
        repo_id = repo_dir.name.removeprefix("models--").replace("--", "/", 1)
        for snapshot in sorted((repo_dir / "snapshots").glob("*"), reverse=True):
            if is_mlx_folder(snapshot):
                found.append(replace(mlx_model(snapshot, ModelSource.HF_CACHE), origin=repo_id))
                continue
            files = [p for p in _walk(snapshot) if p.exists()]  # drop dangling links
            for model in gguf_models_in(files, ModelSource.HF_CACHE):
                blob = model.path.resolve()
                if blob in blobs:
                    continue
                blobs.add(blob)
                found.append(replace(model, origin=repo_id))
    return found


def discover_lmstudio(roots: Iterable[Path]) -> list[InstalledModel]:
    """``<root>/<publisher>/<repo>/*.gguf`` (and MLX folders LM Studio keeps there too)."""
    found: list[InstalledModel] = []
    for root in roots:
        for model in gguf_models_in(_walk(root), ModelSource.LM_STUDIO):
            relative = model.path.parent.relative_to(root).as_posix()
            found.append(replace(model, origin=relative))
        if root.is_dir():
            for config in sorted(root.glob("*/*/config.json")):
                if is_mlx_folder(config.parent):
                    origin = config.parent.parent.relative_to(root).as_posix()
                    found.append(
                        replace(mlx_model(config.parent, ModelSource.LM_STUDIO), origin=origin)
                    )
    return found


def discover_ollama(models: Path) -> list[InstalledModel]:
    """Manifests at ``models/manifests/<host>/<namespace>/<name>/<tag>`` name the GGUF blob
    (the layer of type ``application/vnd.ollama.image.model``) in ``models/blobs``; a blob
    that several tags share is listed once, under the first tag (as :func:`model_name`)."""
    found = []
    seen: set[str] = set()
    for tag, blob_name in ollama_manifests(models):
        blob = models / "blobs" / blob_name
        if blob_name in seen or not blob.is_file():
            continue
        seen.add(blob_name)
        found.append(
            InstalledModel(
                name=tag,
                path=blob,
                format=ModelFormat.GGUF,
                source=ModelSource.OLLAMA,
                files=(blob,),
                size_bytes=blob.stat().st_size,
            )
        )
    return found


def discover_gpt4all(roots: Iterable[Path]) -> list[InstalledModel]:
    found: list[InstalledModel] = []
    for root in roots:
        found += gguf_models_in(_walk(root), ModelSource.GPT4ALL)
    return found


@dataclass(frozen=True)
class DiscoveryRoots:
    hf_hub: Path | None = None
    lmstudio: tuple[Path, ...] = ()
    ollama: tuple[Path, ...] = ()
    gpt4all: tuple[Path, ...] = ()

    @classmethod
    def default(
        cls,
        env: Mapping[str, str] | None = None,
        home: Path | None = None,
        system: str | None = None,
    ) -> DiscoveryRoots:
        """Where each app keeps models on this OS, honouring HF_HUB_CACHE, HF_HOME,
        XDG_CACHE_HOME and OLLAMA_MODELS."""
        env = os.environ if env is None else env
        home = home or Path.home()
        system = system or platform.system()
        cache = Path(env.get("XDG_CACHE_HOME") or home / ".cache")
        hf_home = Path(env.get("HF_HOME") or cache / "huggingface")
        hub = env.get("HF_HUB_CACHE") or env.get("HUGGINGFACE_HUB_CACHE")
        ollama = [Path(env["OLLAMA_MODELS"])] if env.get("OLLAMA_MODELS") else []
        ollama.append(home / ".ollama" / "models")
        if system == "Linux":  # the systemd service keeps them under its own home
            ollama.append(Path("/usr/share/ollama/.ollama/models"))
        if system == "Darwin":
            gpt4all = home / "Library" / "Application Support" / "nomic.ai" / "GPT4All"
        elif system == "Windows":
            local = Path(env.get("LOCALAPPDATA") or home / "AppData" / "Local")
            gpt4all = local / "nomic.ai" / "GPT4All"
        else:
            data = Path(env.get("XDG_DATA_HOME") or home / ".local" / "share")
            gpt4all = data / "nomic.ai" / "GPT4All"
        return cls(
            hf_hub=Path(hub) if hub else hf_home / "hub",
            lmstudio=(home / ".lmstudio" / "models", home / ".cache" / "lm-studio" / "models"),
            ollama=tuple(dict.fromkeys(ollama)),
            gpt4all=(gpt4all,),
        )


def discover(roots: DiscoveryRoots | None = None) -> list[InstalledModel]:
    """Models from every app, each app's errors contained (an unreadable folder is skipped)."""
    roots = roots or DiscoveryRoots.default()
    found: list[InstalledModel] = []
    scans = [
        lambda: discover_hf_cache(roots.hf_hub) if roots.hf_hub else [],
        lambda: discover_lmstudio(roots.lmstudio),
        lambda: [m for r in roots.ollama for m in discover_ollama(r)],
        lambda: discover_gpt4all(roots.gpt4all),
    ]
    for scan in scans:
        try:
            found += scan()
        except OSError as exc:
            log.warning("model discovery skipped a folder: %s", exc)
    return found
