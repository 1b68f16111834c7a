"""What the server needs from the app: the loaded model, a way to run messages through it on
the one generation thread (queued fairly with the window's replies), and cancelling."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

from desktop.chat.options import ChatOptions
from desktop.chat.outcome import ReplyListener
from desktop.chat.runner import EngineRunner, Job
from desktop.chat.service import complete
from desktop.core.settings import GenerationSettings
from desktop.engines.base import GenerationRequest, ModelInfo

Adjust = Callable[[GenerationRequest], GenerationRequest]
SOURCE = "api"  # the source of the server's jobs (the window's status bar names it)


class Backend(Protocol):
    @property
    def model(self) -> ModelInfo | None: ...

    def complete(
        self,
        messages: Sequence[Mapping[str, Any]],
        options: ChatOptions,
        listener: ReplyListener,
        adjust: Adjust,
    ) -> Job: ...

    def cancel(self, job: Job) -> None: ...


class RunnerBackend:
    """The app's engine runner as the server's backend (the window and headless use one)."""

    def __init__(self, runner: EngineRunner, generation: Callable[[], GenerationSettings]) -> None:
        self.runner = runner
        self._generation = generation

    @property
    def model(self) -> ModelInfo | None:
        return self.runner.model

    def complete(
        self,
        messages: Sequence[Mapping[str, Any]],
        options: ChatOptions,
        listener: ReplyListener,
        adjust: Adjust,
    ) -> Job:
        # The first text goes out at once, then what came in the last STREAM_BATCH_S in one
        # event: fewer events cost the server and the client less CPU, which on a machine
        # with few cores is taken from the model (benchmarks/server_throughput.py).
        return complete(
            self.runner,
            self._generation,
            messages,
            options,
            listener,
            source=SOURCE,
            batch_s=STREAM_BATCH_S,
            adjust=adjust,
        )

    def cancel(self, job: Job) -> None:
        self.runner.cancel(job)


STREAM_BATCH_S = 0.04  # as the window's transcript; a reply's first text is never held back


def model_id(info: ModelInfo) -> str:
    """The id clients name the model by: the file name without ``.gguf``, the MLX folder's
    name, or a remote model's own id."""
    if info.remote is not None:
        return info.remote.model
    name = Path(info.path).name
    return name[: -len(".gguf")] if name.lower().endswith(".gguf") else name


def matches(info: ModelInfo, requested: str) -> bool:
    """Whether ``requested`` names the loaded model (its id, file name or display name);
    an empty name means "the loaded model"."""
    if not requested:
        return True
    names = {model_id(info), Path(info.path).name, info.name}
    return requested in names or requested.lower() in {n.lower() for n in names}
