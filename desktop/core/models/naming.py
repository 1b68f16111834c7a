"""The one display name of a model, from its file or folder (and its GGUF header when the file
has no name of its own, like an Ollama blob).

The library, the model picker, the status bar, the ready page, the transcript and the stored
``model`` of replies all use :func:`model_name`, so one file never goes by two names. A GGUF
header's ``general.name`` is often a training run's label ("Smollm2 135M 8k Lc100K Mix1 Ep2")
that says nothing about the quantisation; the file name is what the user downloaded, chose and
sees on disk.
"""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

from desktop.core.models.gguf_info import SPLIT_PATTERN

log = logging.getLogger(__name__)

OLLAMA_MODEL_LAYER = "application/vnd.ollama.image.model"
OLLAMA_REGISTRY = "registry.ollama.ai"
# An Ollama blob ("sha256-<64 hex>") or any file named by a bare digest: no name of its own.
_DIGEST_NAME = re.compile(r"^(?:sha256[-:])?[0-9a-f]{32,}$", re.IGNORECASE)


def model_name(path: Path | str, header_name: str = "") -> str:
    """The name to show for the model at ``path`` (a GGUF file, any part of a split GGUF, an
    Ollama blob or an MLX folder). ``header_name`` (GGUF ``general.name``) is used only for a
    file named by a digest that no Ollama manifest names."""
    path = Path(path)
    if _DIGEST_NAME.match(path.name):
        return ollama_name(path) or header_name.strip() or path.name
    if path.name.lower().endswith(".gguf"):
        match = SPLIT_PATTERN.match(path.name)
        return match["stem"] if match else path.name[: -len(".gguf")]
    repo = hf_cache_repo(path)
    if repo:  # an MLX snapshot folder, named by a commit hash: the repository names it
        return repo.split("/", 1)[-1]
    return path.name or header_name.strip() or "Model"


def hf_cache_repo(path: Path) -> str:
    """``org/name`` for a file or snapshot inside the Hugging Face cache
    (``models--org--name/snapshots/<rev>/...``), or ""."""
    for parent in (path, *path.parents):
        if parent.name.startswith("models--") and (parent / "snapshots").is_dir():
            return parent.name.removeprefix("models--").replace("--", "/", 1)
    return ""


def ollama_tag(relative: Path) -> str:
    """``qwen3:8b`` for the manifest ``registry.ollama.ai/library/qwen3/8b``."""
    host, namespace, name, tag = relative.parts
    if host == OLLAMA_REGISTRY:
        return f"{name}:{tag}" if namespace == "library" else f"{namespace}/{name}:{tag}"
    return f"{host}/{namespace}/{name}:{tag}"


def ollama_manifests(models: Path) -> list[tuple[str, str]]:
    """(tag, blob file name) for every model manifest under ``models/manifests``: Ollama's own
    registry first, each in sorted order, so a blob two tags share is always named by the same
    (and shortest) one. Unreadable manifests are skipped."""
    manifests = models / "manifests"
    found = []
    listed = sorted(manifests.glob("*/*/*/*")) if manifests.is_dir() else []
    listed.sort(key=lambda m: m.relative_to(manifests).parts[0] != OLLAMA_REGISTRY)
    for manifest in listed:
        if not manifest.is_file():
            continue
        try:
            layers = json.loads(manifest.read_text(encoding="utf-8")).get("layers", [])
            digest = next(
                layer["digest"] for layer in layers if layer.get("mediaType") == OLLAMA_MODEL_LAYER
            )
        except (OSError, ValueError, StopIteration, KeyError, TypeError, AttributeError):
            log.info("skipping unreadable Ollama manifest %s", manifest)
            continue
        algorithm, _, hexdigest = str(digest).partition(":")
        found.append((ollama_tag(manifest.relative_to(manifests)), f"{algorithm}-{hexdigest}"))
    return found


def ollama_name(blob: Path) -> str:
    """The Ollama tag whose manifest names this blob (``models/blobs/sha256-…``), or ""."""
    if blob.parent.name != "blobs":
        return ""
    return next(
        (tag for tag, name in ollama_manifests(blob.parent.parent) if name == blob.name), ""
    )
