"""Installed models: the models folder, models imported from elsewhere, and models other apps
already have (see :mod:`desktop.core.models.discovery`).

Importing links in place by default: the file stays where it is and its path is recorded in
``library.json`` in the data folder. Copying puts it in the models folder. Deleting removes
files only from the models folder; a linked model is just forgotten, and models that belong
to other apps are never touched.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.core.atomic import write_text_atomic
from desktop.core.i18n import translate
from desktop.core.models.discovery import (
    DiscoveryRoots,
    InstalledModel,
    ModelFormat,
    ModelSource,
    discover,
    gguf_model,
    gguf_models_in,
    is_mlx_folder,
    mlx_model,
)
from desktop.core.models.naming import model_name
from desktop.core.paths import app_paths
from desktop.core.units import format_size

__all__ = [
    "DiscoveryRoots",
    "InstalledModel",
    "Library",
    "LibraryError",
    "ModelFormat",
    "ModelSource",
    "validate_gguf",
]

log = logging.getLogger(__name__)
REGISTRY_VERSION = 1
Validator = Callable[[Path], object]
DiskUsage = Callable[[Path], Any]
CopyProgress = Callable[[int, int], None]  # (bytes copied, bytes to copy)
COPY_CHUNK = 8 * 1024 * 1024


class LibraryError(Exception):
    """An import or delete failed; the message is a plain sentence for the user."""


def validate_gguf(path: Path) -> None:
    """Check a GGUF header with :func:`desktop.core.models.gguf_info.read_gguf_info`."""
    from desktop.core.models.gguf_info import GGUFError, read_gguf_info

    try:
        read_gguf_info(path)
    except GGUFError as exc:
        raise LibraryError(str(exc)) from None


def validate_mlx(folder: Path) -> None:
    try:
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise LibraryError(
            translate(
                "Library",
                "{name} has no readable config.json, so it is not an MLX model folder. Choose"
                " the folder that holds config.json and the .safetensors files.",
            ).format(name=folder.name)
        ) from None
    if not isinstance(config, dict) or not any(folder.glob("*.safetensors")):
        raise LibraryError(
            translate(
                "Library",
                "{name} is not a complete MLX model: it needs config.json and .safetensors "
                "weight files. Download the model again.",
            ).format(name=folder.name)
        )


class _Copier:
    """Copies files in 8 MiB chunks, fsyncs each, and reports bytes copied across them all."""

    def __init__(self, total: int, progress: CopyProgress | None) -> None:
        self.total, self.done = total, 0
        self._progress = progress
        self._report()

    def _report(self) -> None:
        if self._progress is not None:
            self._progress(self.done, max(self.total, self.done))

    def copy(self, source: str | Path, target: str | Path) -> str | Path:
        """Copy one file (``shutil.copytree``'s ``copy_function`` signature)."""
        with open(source, "rb") as src, open(target, "wb") as dst:
            while chunk := src.read(COPY_CHUNK):
                dst.write(chunk)
                self.done += len(chunk)
                self._report()
            dst.flush()
            os.fsync(dst.fileno())
        return target


class Library:
    """The models Qwen Desk can run. Folders default to :func:`app_paths`."""

    def __init__(
        self,
        models_dir: Path | None = None,
        registry: Path | None = None,
        *,
        validate: Validator = validate_gguf,
        disk_usage: DiskUsage = shutil.disk_usage,
    ) -> None:
        paths = app_paths()
        self.models_dir = models_dir or paths.models
        self.registry = registry or paths.data / "library.json"
        self._validate = validate
        self._disk_usage = disk_usage

    # --- listing --------------------------------------------------------------------------

    def scan(self) -> list[InstalledModel]:
        """Models in the models folder (split GGUF parts as one model; MLX folders)."""
        root = self.models_dir
        if not root.is_dir():
            return []

        def visible(path: Path) -> bool:  # not inside a hidden (staging) folder
            return not any(part.startswith(".") for part in path.relative_to(root).parts)

        mlx_dirs = sorted(
            {c.parent for c in root.rglob("config.json") if visible(c) and is_mlx_folder(c.parent)}
        )
        files = sorted(
            p
            for p in root.rglob("*.gguf")
            if p.is_file() and visible(p) and not any(p.is_relative_to(d) for d in mlx_dirs)
        )
        found = gguf_models_in(files, ModelSource.LIBRARY)
        return found + [mlx_model(d, ModelSource.LIBRARY) for d in mlx_dirs]

    def linked(self) -> list[InstalledModel]:
        """Models imported by reference; ``missing`` when the file has gone."""
        found = []
        for item in self._read_registry():
            path = Path(item["path"])
            if item.get("format") == ModelFormat.MLX:
                model = mlx_model(path, ModelSource.LINKED) if path.is_dir() else None
            else:
                model = gguf_model(path, ModelSource.LINKED) if path.exists() else None
            if model is None:
                fmt = ModelFormat(item.get("format", "gguf"))
                model = InstalledModel(model_name(path), path, fmt, ModelSource.LINKED, (path,), 0)
                model = replace(model, missing=True, complete=False)
            found.append(model)
        return found

    def installed(self) -> list[InstalledModel]:
        return self.scan() + self.linked()

    def discover(self, roots: DiscoveryRoots | None = None) -> list[InstalledModel]:
        """Models other apps keep (Hugging Face cache, LM Studio, Ollama, GPT4All), minus
        those already linked into the library."""
        linked = {m.path.resolve() for m in self.linked()}
        return [m for m in discover(roots) if m.path.resolve() not in linked]

    def disk_used(self) -> int:
        """Bytes the models folder's models take (linked and other apps' files not counted)."""
        return sum(m.size_bytes for m in self.scan())

    # --- import ---------------------------------------------------------------------------

    def import_model(
        self, path: Path, *, copy: bool = False, progress: CopyProgress | None = None
    ) -> InstalledModel:
        """Add a .gguf file (any part of a split model) or an MLX folder to the library.

        With ``copy``, ``progress(done, total)`` is called (on this thread) as bytes are copied.
        """
        path = Path(path).expanduser().absolute()
        if path.is_dir():
            validate_mlx(path)
            model = mlx_model(path, ModelSource.LINKED)
        else:
            if path.suffix.lower() != ".gguf":
                raise LibraryError(
                    translate(
                        "Library",
                        "{name} is not a .gguf file or an MLX model folder. Qwen Desk runs GGUF "
                        "models (and MLX models on Apple Silicon).",
                    ).format(name=path.name)
                )
            model = gguf_model(path, ModelSource.LINKED)
            absent = [p.name for p in model.files if not p.exists()]
            if absent:
                raise LibraryError(
                    translate(
                        "Library",
                        "{name} is split into {count} files and {missing} is missing. Put all "
                        "parts "
                        "in the same folder first.",
                    ).format(name=model.name, count=len(model.files), missing=", ".join(absent))
                )
            self._validate(model.path)
        if model.path.is_relative_to(self.models_dir.absolute()):
            return replace(model, source=ModelSource.LIBRARY)
        if copy:
            return self._copy_in(model, progress)
        self._add_to_registry(model)
        return model

    def _copy_in(self, model: InstalledModel, progress: CopyProgress | None) -> InstalledModel:
        free = int(self._disk_usage(self._existing_parent(self.models_dir)).free)
        if free < model.size_bytes:
            raise LibraryError(
                translate(
                    "Library",
                    "Not enough disk space to copy {name}: it needs {size} but only {free} is "
                    "free. Free some space, or import it without copying.",
                ).format(
                    name=model.name, size=format_size(model.size_bytes), free=format_size(free)
                )
            )
        self.models_dir.mkdir(parents=True, exist_ok=True)
        copier = _Copier(sum(p.stat().st_size for p in model.files), progress)
        if model.format is ModelFormat.MLX:
            target = self.models_dir / model.path.name
            self._refuse_existing(target)
            staging = self.models_dir / f".{model.path.name}.copying"
            shutil.rmtree(staging, ignore_errors=True)
            shutil.copytree(model.path, staging, copy_function=copier.copy)
            os.replace(staging, target)
            return mlx_model(target, ModelSource.LIBRARY)
        targets = [self.models_dir / p.name for p in model.files]
        for target in targets:
            self._refuse_existing(target)
        for source, target in zip(model.files, targets, strict=True):
            staging = target.with_name(target.name + ".copying")
            try:
                copier.copy(source, staging)
                os.replace(staging, target)
            finally:
                staging.unlink(missing_ok=True)
        return gguf_model(targets[0], ModelSource.LIBRARY)

    @staticmethod
    def _existing_parent(path: Path) -> Path:
        while not path.exists() and path != path.parent:
            path = path.parent
        return path

    @staticmethod
    def _refuse_existing(target: Path) -> None:
        if target.exists():
            raise LibraryError(
                translate(
                    "Library",
                    "The models folder already has {name}. Delete that copy first, or import this"
                    " one without copying.",
                ).format(name=target.name)
            )

    # --- delete ---------------------------------------------------------------------------

    def delete(self, model: InstalledModel) -> int:
        """Remove ``model`` from the library; returns the bytes freed on disk.

        Models-folder files are deleted; a linked model is only forgotten (its file stays,
        0 bytes freed); other apps' models are refused.
        """
        if model.source is ModelSource.LINKED:
            self._remove_from_registry(model.path)
            return 0
        if model.source is not ModelSource.LIBRARY:
            raise LibraryError(
                translate(
                    "Library", "{name} belongs to another app ({app}); delete it there."
                ).format(name=model.name, app=model.source.value)
            )
        root = self.models_dir.resolve()
        if not model.path.resolve().is_relative_to(root):
            raise LibraryError(
                translate(
                    "Library", "{path} is not in the models folder, so it was not deleted."
                ).format(path=model.path)
            )
        freed = 0
        if model.format is ModelFormat.MLX:
            freed = model.size_bytes
            shutil.rmtree(model.path)
        else:
            for part in model.files:
                with contextlib.suppress(FileNotFoundError):
                    size = part.stat().st_size
                    part.unlink()
                    freed += size
        self._prune_empty_dirs(model.path.parent, root)
        return freed

    @staticmethod
    def _prune_empty_dirs(folder: Path, root: Path) -> None:
        folder = folder.resolve()
        while folder != root and folder.is_relative_to(root):
            try:
                folder.rmdir()
            except OSError:
                return
            folder = folder.parent

    # --- registry -------------------------------------------------------------------------

    def _read_registry(self) -> list[dict[str, Any]]:
        try:
            data = json.loads(self.registry.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError):
            log.warning("the model registry %s is unreadable; ignoring it", self.registry)
            return []
        if not isinstance(data, dict) or data.get("version") != REGISTRY_VERSION:
            return []
        items = data.get("models", [])
        return [i for i in items if isinstance(i, dict) and isinstance(i.get("path"), str)]

    def _write_registry(self, items: list[dict[str, Any]]) -> None:
        doc = {"version": REGISTRY_VERSION, "models": items}
        write_text_atomic(self.registry, json.dumps(doc, indent=1))

    def _add_to_registry(self, model: InstalledModel) -> None:
        items = [i for i in self._read_registry() if Path(i["path"]) != model.path]
        items.append(
            {
                "path": str(model.path),
                "format": model.format.value,
                "added": datetime.now(UTC).isoformat(timespec="seconds"),
            }
        )
        self._write_registry(items)

    def _remove_from_registry(self, path: Path) -> None:
        items = self._read_registry()
        kept = [i for i in items if Path(i["path"]) != path]
        if len(kept) != len(items):
            self._write_registry(kept)
