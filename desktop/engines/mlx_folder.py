"""Checks and facts for MLX model folders, kept apart from the MLX engine.

Everything here reads files only, except :func:`check_architecture`, which asks the installed
mlx-lm (imported lazily) whether it has an implementation for the model's architecture.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

from desktop.core.chat_template import CHATML_TEMPLATE, TemplateLimitError, template_knows_tools
from desktop.core.i18n import translate
from desktop.core.models.families import family_of
from desktop.core.models.naming import model_name
from desktop.core.thinking import ThinkingCapability, detect_capability
from desktop.engines.base import LoadOptions, ModelInfo, ModelLoadError


def check_mlx_folder(path: Path) -> dict[str, Any]:
    """Check that ``path`` looks like an MLX model folder; returns its config.

    Raises :class:`ModelLoadError` with a plain sentence when it does not.
    """
    if not path.exists():
        raise ModelLoadError(
            translate(
                "ModelLoad",
                "The model folder {path} does not exist. It may have been moved or deleted.",
            ).format(path=path),
            "missing",
        )
    if not path.is_dir():
        gguf = path.suffix.lower() == ".gguf"
        message = (
            translate(
                "ModelLoad",
                "{name} is a file, but an MLX model is a folder with config.json, *.safetensors "
                "weights and tokenizer files. It is a GGUF file: open it with the llama.cpp "
                "engine.",
            )
            if gguf
            else translate(
                "ModelLoad",
                "{name} is a file, but an MLX model is a folder with config.json, *.safetensors "
                "weights and tokenizer files.",
            )
        )
        raise ModelLoadError(
            message.format(name=path.name),
            "not_mlx_folder",
        )
    try:
        config = json.loads((path / "config.json").read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ModelLoadError(
            translate(
                "ModelLoad",
                "The folder {name} has no config.json, so it is not an MLX model folder.",
            ).format(name=path.name),
            "not_mlx_folder",
        ) from None
    except (OSError, ValueError):
        raise ModelLoadError(
            translate(
                "ModelLoad",
                "The config.json in {name} cannot be read; the download may be incomplete.",
            ).format(name=path.name),
            "not_mlx_folder",
        ) from None
    if not isinstance(config, dict) or not isinstance(config.get("model_type"), str):
        raise ModelLoadError(
            translate(
                "ModelLoad",
                "The config.json in {name} does not say which architecture the model has.",
            ).format(name=path.name),
            "not_mlx_folder",
        )
    if not any(path.glob("model*.safetensors")):
        raise ModelLoadError(
            translate(
                "ModelLoad",
                "The folder {name} has no model*.safetensors weights, so it is not an MLX model "
                "folder (or its download is incomplete).",
            ).format(name=path.name),
            "not_mlx_folder",
        )
    if not (path / "tokenizer.json").is_file() and not (path / "tokenizer_config.json").is_file():
        raise ModelLoadError(
            translate(
                "ModelLoad", "The folder {name} has no tokenizer files (tokenizer.json)."
            ).format(name=path.name),
            "not_mlx_folder",
        )
    if "model_file" in config:
        raise ModelLoadError(
            translate(
                "ModelLoad",
                "{name} needs custom Python code to run, which Qwen Desk does not execute.",
            ).format(name=path.name),
            "unsupported_architecture",
        )
    return config


def check_architecture(model_type: str, path: Path) -> None:
    """Refuse a model_type this mlx-lm has no implementation for, in plain words."""
    from mlx_lm import utils

    module = getattr(utils, "MODEL_REMAPPING", {}).get(model_type, model_type)
    try:
        found = importlib.util.find_spec(f"mlx_lm.models.{module}") is not None
    except (ImportError, ValueError):
        found = False
    if not found:
        raise ModelLoadError(
            translate(
                "ModelLoad",
                "This version of mlx-lm cannot run the '{architecture}' architecture of {name}. "
                "Update Qwen Desk or choose another model.",
            ).format(architecture=model_type, name=path.name),
            "unsupported_architecture",
        )


def describe_model(
    path: Path, config: dict[str, Any], options: LoadOptions, tokenizer: Any
) -> tuple[str | None, ModelInfo]:
    """Pick the chat template (None: the tokenizer's own) and describe the loaded model."""
    vocab = tokenizer.get_vocab()
    template = getattr(tokenizer, "chat_template", None)
    details: dict[str, str] = {}
    override: str | None = None
    if isinstance(template, str) and template:
        try:
            capability = detect_capability(template)
        except TemplateLimitError as exc:
            raise ModelLoadError(str(exc), "chat_template") from exc
    elif "<|im_start|>" in vocab and "<|im_end|>" in vocab:
        override, capability = CHATML_TEMPLATE, ThinkingCapability.NEVER
        details["template"] = "ChatML fallback (the model has no template of its own)"
    else:
        raise ModelLoadError(
            translate(
                "ModelLoad",
                "{name} has no chat template, so Qwen Desk cannot tell how to talk to it. Use an "
                "instruct/chat version of the model (base models have no template).",
            ).format(name=path.name),
            "no_chat_template",
        )
    text_config = config.get("text_config") or {}
    n_ctx_train = int(
        config.get("max_position_embeddings") or text_config.get("max_position_embeddings") or 0
    )
    model_type = str(config["model_type"])
    own = template if isinstance(template, str) else override
    details["family"] = family_of(path.name, model_type, own, path.name).value
    details["tools"] = "yes" if own and template_knows_tools(own) else "no"
    quant = config.get("quantization") or {}
    details["quantization"] = f"{quant.get('bits')}-bit" if quant.get("bits") else "none"
    info = ModelInfo(
        path=path,
        name=model_name(path),
        engine="mlx",
        architecture=model_type,
        n_ctx=min(options.n_ctx, n_ctx_train) if n_ctx_train > 0 else options.n_ctx,
        n_ctx_train=n_ctx_train,
        thinking=capability,
        details=details,
    )
    return override, info
