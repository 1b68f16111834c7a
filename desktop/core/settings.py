"""Typed settings stored as JSON with a schema version, written atomically.

An unreadable file is moved aside (``settings.json.broken-<time>``) with a logged warning and
defaults are used; a field of the wrong type falls back to its default on its own, so one bad
value never costs the user the rest of their settings.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import time
import types
import typing
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from desktop.core.atomic import write_text_atomic
from desktop.core.load_options import LoadOptions
from desktop.core.sampling import NON_THINKING, THINKING, Sampling

log = logging.getLogger(__name__)

SCHEMA_VERSION = 3

# Where sampling comes from: each model's own card, or the user's values in Settings.
SAMPLING_MODEL_CARD = "model card"
SAMPLING_CUSTOM = "custom"


@dataclass
class GenerationSettings:
    thinking: Sampling = THINKING
    non_thinking: Sampling = NON_THINKING
    max_tokens: int = 8192
    thinking_budget: int = 0  # 0 = unlimited
    thinking_mode: str = "auto"  # "on" / "off" / "auto"
    # "model card": each model family's recommended sampling; "custom": the two presets above
    # (set once the user changes a sampling value; see core/models/request_defaults.py).
    sampling_source: str = SAMPLING_MODEL_CARD


@dataclass
class ToolSettings:
    """Tools the model may call (desktop/tools); MCP servers themselves live in mcp.json."""

    enabled: bool = False  # offer tools to models that support them
    python: bool = True  # the built-in local Python runner
    trusted: list[str] = field(default_factory=list)  # tools that run without asking
    max_rounds: int = 8  # tool rounds in one reply
    python_time_s: float = 10.0
    python_memory_mb: int = 1024
    mcp_call_timeout_s: float = 60.0


DEFAULT_SERVER_PORT = 8800


@dataclass
class ServerSettings:
    """The local OpenAI-compatible API server (desktop/server). Its API key lives in the
    keychain, never here."""

    enabled: bool = False
    host: str = "127.0.0.1"  # loopback; another address listens on the network (needs a key)
    port: int = DEFAULT_SERVER_PORT
    cors_origins: list[str] = field(default_factory=list)  # browser origins allowed; none = no CORS


@dataclass
class Settings:
    schema_version: int = SCHEMA_VERSION
    load: LoadOptions = field(default_factory=LoadOptions)
    generation: GenerationSettings = field(default_factory=GenerationSettings)
    per_model: dict[str, LoadOptions] = field(default_factory=dict)
    last_model: str = ""
    recent_models: list[str] = field(default_factory=list)
    recent_servers: list[str] = field(default_factory=list)  # remote base URLs, newest first
    models_dir: str = ""  # empty = the app's own models folder
    theme: str = "system"  # "system" / "light" / "dark" / "contrast" (high contrast)
    language: str = ""  # interface language ("ne", "zh_CN", ...); "" follows the system locale
    font_size: int = 14  # the transcript's, in px at text size 100 %
    text_size: int = 100  # percent of the system font size, the whole window (90-150)
    enter_to_send: bool = True
    offline: bool = False
    tools: ToolSettings = field(default_factory=ToolSettings)
    server: ServerSettings = field(default_factory=ServerSettings)
    auto_titles: bool = True  # the loaded model titles each chat after its first reply
    documents_embedder: str = ""  # the embedding model (a GGUF path) documents use; "" = none

    def load_options_for(self, model_key: str) -> LoadOptions:
        """How to load the model at ``model_key`` (its path): its own options or the defaults."""
        return self.per_model.get(model_key, self.load)


T = TypeVar("T")


def _coerce(value: Any, annotation: Any, default: Any) -> Any:
    """Return ``value`` as ``annotation`` or ``default`` when it does not fit."""
    origin = typing.get_origin(annotation)
    if dataclasses.is_dataclass(annotation) and isinstance(annotation, type):
        return _from_dict(annotation, value) if isinstance(value, dict) else default
    if origin is dict:
        _, value_type = typing.get_args(annotation)
        if not isinstance(value, dict):
            return default
        return {
            str(k): _coerce(v, value_type, value_type())
            for k, v in value.items()
            if isinstance(k, str)
        }
    if origin is list:
        (item_type,) = typing.get_args(annotation)
        if not isinstance(value, list):
            return default
        return [item for item in value if _fits(item, item_type)]
    if origin in (typing.Union, types.UnionType):
        return value if any(_fits(value, arg) for arg in typing.get_args(annotation)) else default
    return value if _fits(value, annotation) else default


def _fits(value: Any, annotation: Any) -> bool:
    if annotation is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if annotation is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if annotation is type(None):
        return value is None
    return isinstance(value, annotation)


def _from_dict(cls: type[T], data: dict[str, Any]) -> T:
    hints = typing.get_type_hints(cls)
    defaults = cls()
    kwargs: dict[str, Any] = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        default = getattr(defaults, f.name)
        if f.name not in data:
            kwargs[f.name] = default
            continue
        value = _coerce(data[f.name], hints[f.name], default)
        if value is default and data[f.name] != default:
            log.warning("Setting %r had an unusable value; using the default.", f.name)
        kwargs[f.name] = value
    return cls(**kwargs)


def _migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Bring an older settings dict up to SCHEMA_VERSION (one step per version)."""
    version = data.get("schema_version", 0)
    if not isinstance(version, int):
        raise ValueError("schema_version is not a number")
    if version == 0:  # pre-release files kept sampling flat at the top level
        data = dict(data)
        data["schema_version"] = version = 1
    if version == 1:  # penalties and seed moved from the generation settings into each preset
        data = dict(data)
        generation = data.get("generation")
        if isinstance(generation, dict):
            generation = dict(generation)
            shared = {
                key: generation.pop(key)
                for key in ("presence_penalty", "repeat_penalty", "seed")
                if key in generation
            }
            for mode in ("thinking", "non_thinking"):
                if isinstance(generation.get(mode), dict):
                    generation[mode] = {**generation[mode], **shared}
            data["generation"] = generation
        data["schema_version"] = version = 2
    if version == 2:  # sampling_source: presets the user changed stay in force ("custom")
        data = dict(data)
        generation = data.get("generation")
        if isinstance(generation, dict):
            data["generation"] = {**generation, "sampling_source": _source_of(generation)}
        data["schema_version"] = 3
    return data


def _source_of(generation: dict[str, Any]) -> str:
    """ "custom" when a stored preset differs from Qwen's recommended one, else "model card"."""
    for key, stock in (("thinking", THINKING), ("non_thinking", NON_THINKING)):
        preset = generation.get(key)
        if isinstance(preset, dict) and any(
            preset.get(name, value) != value for name, value in asdict(stock).items()
        ):
            return SAMPLING_CUSTOM
    return SAMPLING_MODEL_CARD


def _move_aside(path: Path) -> Path:
    target = path.with_name(f"{path.name}.broken-{time.strftime('%Y%m%d-%H%M%S')}")
    path.replace(target)
    return target


def load_settings(path: Path) -> Settings:
    """Read settings from ``path``; defaults when it is missing or unreadable."""
    if not path.exists():
        return Settings()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("the file does not hold a JSON object")
        if isinstance(data.get("schema_version"), int) and data["schema_version"] > SCHEMA_VERSION:
            log.warning(
                "Settings file %s comes from a newer Qwen Desk (schema %s); using defaults "
                "for this run and leaving the file alone.",
                path,
                data["schema_version"],
            )
            return Settings()
        return _from_dict(Settings, _migrate(data))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        moved = _move_aside(path)
        log.warning(
            "Settings file %s was unreadable (%s); moved it to %s and used defaults.",
            path,
            exc,
            moved,
        )
        return Settings()


def save_settings(settings: Settings, path: Path) -> None:
    """Write settings atomically (temp file + os.replace)."""
    settings.schema_version = SCHEMA_VERSION
    write_text_atomic(path, json.dumps(asdict(settings), indent=2, sort_keys=True) + "\n")
