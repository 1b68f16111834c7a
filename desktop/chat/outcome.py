"""What a request reports while it runs and how it ends: listeners and the one outcome.

Listener methods are called on the generation thread, never on the caller's. Every request
handed to :class:`~desktop.chat.runner.EngineRunner` ends with exactly one ``finished`` (a
reply) or exactly one of ``loaded`` / ``failed`` (a load), failures included.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.core.history import Message
from desktop.engines.base import GenerationStats, ModelInfo, StopReason


@dataclass(frozen=True)
class Overflow:
    """The request did not fit the context: ``needed`` tokens (room for the reply included)
    against ``n_ctx``. ``fits_alone`` says whether the newest message alone (with the system
    prompt and room for the reply) would fit; when it does not, dropping or summarising older
    turns cannot help."""

    needed: int
    n_ctx: int
    fits_alone: bool = True


@dataclass(frozen=True)
class Outcome:
    """How a reply ended. Failures carry ``stop_reason`` ERROR and a plain ``error``."""

    stats: GenerationStats
    overflow: Overflow | None = None
    dropped: int = 0  # oldest messages left out of this request so that it fitted
    message: Message | None = None  # the reply as saved, for a stored conversation

    @property
    def failed(self) -> bool:
        return self.stats.stop_reason is StopReason.ERROR

    @property
    def error(self) -> str:
        return self.stats.error


def error_outcome(message: str, overflow: Overflow | None = None) -> Outcome:
    return Outcome(GenerationStats(stop_reason=StopReason.ERROR, error=message), overflow)


class ReplyListener:
    """Receives one reply's events; override what you need. Called on the generation thread."""

    def started(self) -> None:
        """The request left the queue and began (it may have waited behind others)."""

    def prompt_counted(self, system: int, prompt: int, n_ctx: int) -> None:
        """Tokens of the system prompt and of the whole prompt, and the context size."""

    def turns_dropped(self, count: int) -> None:
        """The oldest ``count`` messages were left out so that the request fits."""

    def thinking(self, text: str) -> None:
        """More thinking text (batched)."""

    def text(self, text: str) -> None:
        """More answer text (batched)."""

    def tokens_counted(self, generated: int, thinking: int) -> None:
        """Tokens generated so far (thinking included) and of those, thinking."""

    def documents_used(self, context: object) -> None:
        """How the conversation's documents went into this reply (a
        :class:`desktop.documents.context.DocumentContext`: mode, tokens, notes)."""

    def tool_event(self, event: object) -> None:
        """A tool-loop event (call read, running, finished; a round saved): see
        :mod:`desktop.tools.loop` and :class:`desktop.chat.service.RoundSaved`."""

    def finished(self, outcome: Outcome) -> None:
        """The one terminal event."""


@dataclass(frozen=True)
class LoadFailure:
    path: Path
    message: str  # a plain sentence for the user
    reason: str  # a stable code (ModelLoadError.reason)
    fitting_context: int = 0  # a context that would fit, when memory was the problem
    unloaded: ModelInfo | None = None  # the model that was unloaded to make room, if any


class LoadListener:
    """Receives one load's events; override what you need. Called on the generation thread."""

    def progressed(self, fraction: float, phrase: str) -> None:
        """Load progress, 0..1, with a short phrase."""

    def loaded(self, info: ModelInfo) -> None:
        """The model is ready (terminal)."""

    def failed(self, failure: LoadFailure) -> None:
        """The model could not be loaded (terminal)."""
