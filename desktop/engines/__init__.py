"""Inference back ends behind one contract (see base.py). No Qt here."""

from __future__ import annotations

import importlib.util
import platform
import sys
from collections.abc import Callable
from pathlib import Path

from desktop.core.i18n import translate
from desktop.engines.base import Engine, ModelLoadError, ModelSource, RemoteModel


def is_apple_silicon() -> bool:
    return sys.platform == "darwin" and platform.machine() == "arm64"


def is_mlx_folder(path: Path) -> bool:
    return path.is_dir() and (path / "config.json").is_file() and any(path.glob("*.safetensors"))


def mlx_available() -> bool:
    return importlib.util.find_spec("mlx_lm") is not None


def pick_engine(
    model: ModelSource,
    *,
    allow_mlx_anywhere: bool = False,
    offline: Callable[[], bool] | None = None,
) -> Engine:
    """The remote engine for a model on a server (``offline`` tells it when to refuse
    servers beyond this computer); MLX for MLX model folders (on Apple Silicon with mlx-lm);
    llama.cpp for GGUF."""
    if isinstance(model, RemoteModel):
        from desktop.engines.remote import RemoteEngine

        return RemoteEngine(offline=offline)
    model = Path(model)
    if is_mlx_folder(model):
        if not (is_apple_silicon() or allow_mlx_anywhere):
            raise ModelLoadError(
                translate(
                    "ModelLoad",
                    "{name} is an MLX model, which runs only on Apple Silicon Macs. Download the "
                    "GGUF build of this model instead.",
                ).format(name=model.name),
                "mlx_needs_apple_silicon",
            )
        if not mlx_available():
            raise ModelLoadError(
                translate(
                    "ModelLoad",
                    "This is an MLX model but mlx-lm is not installed. Reinstall Qwen Desk, or "
                    "use the GGUF build of the model.",
                ),
                "mlx_missing",
            )
        from desktop.engines.mlx import MlxEngine

        return MlxEngine()
    from desktop.engines.llamacpp import LlamaCppEngine

    return LlamaCppEngine()
