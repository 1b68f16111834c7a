"""The engine contract every inference back end follows.

An engine loads one model, streams events for a :class:`GenerationRequest`, and stops within
one token when the caller's ``threading.Event`` is set. Events are small frozen dataclasses.
Engines never raise out of :meth:`Engine.generate` for model-side failures: the final
:class:`Finished` event carries ``stop_reason=ERROR`` and a plain message instead.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

from desktop.core.i18n import translate

# Re-exported: engines and their callers take these two from here.
from desktop.core.load_options import LoadOptions as LoadOptions
from desktop.core.sampling import Sampling as Sampling
from desktop.core.thinking import ThinkingCapability


class ThinkingMode(StrEnum):
    ON = "on"
    OFF = "off"
    AUTO = "auto"  # the model's own default (thinking on for hybrid Qwen3)


class StopReason(StrEnum):
    EOS = "eos"
    LENGTH = "length"
    CANCELLED = "cancelled"
    BUDGET = "budget"  # the thinking budget closed the thinking; the answer then ended
    ERROR = "error"


@dataclass(frozen=True)
class GenerationRequest:
    """One reply to produce. ``sampling=None`` picks Qwen's preset for the thinking mode."""

    messages: Sequence[Mapping[str, Any]]
    thinking: ThinkingMode = ThinkingMode.AUTO
    thinking_budget: int = 0  # tokens; 0 = unlimited
    sampling: Sampling | None = None
    max_tokens: int = 2048
    tools: Sequence[Mapping[str, Any]] = ()  # OpenAI-style function specs, for the template
    # Continue the last message (an assistant's, partly written) instead of starting a new
    # turn: the template renders it last with no generation prompt and its end-of-turn cut
    # off (Qwen2.5-Math's tool-integrated reasoning appends an ```output block and goes on).
    # Engines that can do it say so with ``continues_last = True``.
    continue_last: bool = False


@dataclass(frozen=True)
class TextDelta:
    text: str


@dataclass(frozen=True)
class ThinkingDelta:
    text: str


@dataclass(frozen=True)
class GenerationStats:
    prompt_tokens: int = 0
    cached_prompt_tokens: int = 0  # prompt tokens reused from the KV cache
    generated_tokens: int = 0  # thinking and answer together
    thinking_tokens: int = 0
    ttft_s: float = 0.0  # request start to first generated token
    prompt_tps: float = 0.0  # prompt tokens evaluated per second
    generation_tps: float = 0.0  # generated tokens per second after the first
    total_s: float = 0.0
    stop_reason: StopReason = StopReason.EOS
    budget_hit: bool = False
    thinking_s: float = 0.0  # first thinking token to the end of thinking
    error: str = ""


@dataclass(frozen=True)
class Finished:
    stats: GenerationStats


Event = TextDelta | ThinkingDelta | Finished


@dataclass(frozen=True)
class RemoteModel:
    """A model served by an OpenAI-compatible server (vLLM, SGLang, llama-server, Ollama, LM
    Studio, or another Qwen Desk). ``api_key`` is resolved by the caller (keychain) and is
    never logged or stored in settings."""

    base_url: str  # e.g. http://gpu-box:8000/v1
    model: str  # the id the server lists under /v1/models
    api_key: str = field(default="", repr=False)


ModelSource = Path | RemoteModel
"""What an engine loads: a local file or folder, or a model on a server."""


def local_path(model: ModelSource) -> Path:
    """The local path of ``model``; a remote model is refused plainly (for local engines)."""
    if isinstance(model, RemoteModel):
        raise ModelLoadError(
            translate(
                "ModelLoad", "{model} is served by {url}; this engine runs local files only."
            ).format(model=model.model, url=model.base_url),
            "not_local",
        )
    return Path(model)


@dataclass(frozen=True)
class ModelInfo:
    path: Path  # the file or folder; for a remote model, a stand-in naming server and model
    name: str
    engine: str
    architecture: str
    n_ctx: int  # context this load was made with
    n_ctx_train: int  # the model's native context
    thinking: ThinkingCapability
    details: Mapping[str, str] = field(default_factory=dict)
    remote: RemoteModel | None = None  # set when the model runs on a server


ProgressCallback = Callable[[float, str], None]
"""Load progress: fraction 0..1 and a short phrase for the user."""


class EngineError(Exception):
    """Base of the errors engines raise; ``str(err)`` is a plain sentence for the user."""


class ModelLoadError(EngineError):
    """The model could not be loaded. ``reason`` is a stable code for the GUI and tests."""

    def __init__(self, message: str, reason: str = "load_failed", suggested_n_ctx: int = 0) -> None:
        super().__init__(message)
        self.reason = reason
        self.suggested_n_ctx = suggested_n_ctx  # a context that would fit, when one does


class EngineNotLoadedError(EngineError):
    def __init__(self) -> None:
        super().__init__(translate("ModelLoad", "No model is loaded. Load a model first."))


class Engine(Protocol):
    name: str

    def load(
        self, model: ModelSource, options: LoadOptions, progress: ProgressCallback | None = None
    ) -> ModelInfo: ...

    def generate(self, request: GenerationRequest, cancel: threading.Event) -> Iterator[Event]: ...

    def count_prompt_tokens(self, request: GenerationRequest) -> int: ...

    def unload(self) -> None: ...

    def info(self) -> ModelInfo | None: ...
