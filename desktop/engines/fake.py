"""A scripted engine for fast tests, UI work and benchmarks.

It speaks the full engine contract (thinking, budget, cancel, stats, the context limit, a
failure ending in ``Finished(ERROR)``) with no model: the reply is a script cut into
token-sized pieces and streamed at a chosen rate. tests/unit/test_engine_contract.py holds
it to the same tests as the real engines.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Generator, Iterator, Sequence
from pathlib import Path

from desktop.core.models.naming import model_name
from desktop.core.template_limits import TemplateError
from desktop.core.thinking import ThinkingCapability
from desktop.engines.base import (
    EngineNotLoadedError,
    Event,
    Finished,
    GenerationRequest,
    GenerationStats,
    LoadOptions,
    ModelInfo,
    ModelSource,
    ProgressCallback,
    StopReason,
    local_path,
)
from desktop.engines.streaming import (
    ReplyAssembler,
    common_prefix_length,
    context_overflow,
    thinking_enabled,
)

DEFAULT_THINKING = "The user greets me. I should answer briefly and kindly."
DEFAULT_ANSWER = "Hello! How can I help you today?"
_TOKEN = re.compile(r"\s*\S{1,4}|\s+")


def tokenize_text(text: str) -> list[str]:
    """Cut text into token-like pieces (a word or up to four characters)."""
    return _TOKEN.findall(text)


class FakeEngine:
    """Streams ``answer`` (after ``thinking`` when thinking is on) at ``tokens_per_s``.

    ``replies`` scripts raw model output per request instead (round ``i`` of a tool loop gets
    ``replies[i]``, the last one repeating): ``<think>`` and ``<tool_call>`` tags included.
    """

    name = "fake"
    continues_last = True  # GenerationRequest.continue_last

    def __init__(
        self,
        answer: str = DEFAULT_ANSWER,
        thinking: str = DEFAULT_THINKING,
        *,
        tokens_per_s: float = 200.0,
        capability: ThinkingCapability = ThinkingCapability.HYBRID,
        n_ctx: int = 8192,
        load_seconds: float = 0.0,
        fail_load: str = "",
        fail_reason: str = "load_failed",
        suggested_n_ctx: int = 0,
        replies: Sequence[str] = (),
    ) -> None:
        self.answer = answer
        self.thinking = thinking
        self.tokens_per_s = tokens_per_s
        self.capability = capability
        self.n_ctx = n_ctx
        self.load_seconds = load_seconds
        self.fail_load = fail_load
        self.fail_reason = fail_reason
        self.suggested_n_ctx = suggested_n_ctx
        self.replies = list(replies)
        self.requests: list[GenerationRequest] = []
        self._info: ModelInfo | None = None
        self._previous_prompt: list[str] = []

    def load(
        self, source: ModelSource, options: LoadOptions, progress: ProgressCallback | None = None
    ) -> ModelInfo:
        model = local_path(source)
        from desktop.engines.base import ModelLoadError

        if self.fail_load and not (self.suggested_n_ctx and options.n_ctx <= self.suggested_n_ctx):
            raise ModelLoadError(self.fail_load, self.fail_reason, self.suggested_n_ctx)
        steps = 5
        for i in range(steps + 1):
            if progress:
                progress(i / steps, "Loading weights" if i < steps else "Ready")
            if self.load_seconds and i < steps:
                time.sleep(self.load_seconds / steps)
        self._info = ModelInfo(
            path=Path(model),
            name=model_name(model) if model.name else "Fake model",
            engine=self.name,
            architecture="fake",
            n_ctx=min(options.n_ctx, self.n_ctx),
            n_ctx_train=self.n_ctx,
            thinking=self.capability,
        )
        return self._info

    def unload(self) -> None:
        self._info = None
        self._previous_prompt = []

    def info(self) -> ModelInfo | None:
        return self._info

    def _prompt_pieces(self, request: GenerationRequest) -> list[str]:
        """ChatML-like: four marker pieces around each message's content. A continued last
        message keeps its turn open (no end marker after it)."""
        pieces: list[str] = []
        for message in request.messages:
            pieces += ["<|im_start|>", f"{message.get('role', 'user')}\n"]
            pieces += tokenize_text(str(message.get("content") or ""))
            pieces += ["<|im_end|>", "\n"]
        if request.continue_last:
            if not request.messages or request.messages[-1].get("role") != "assistant":
                raise TemplateError("Only a reply the model has started can be continued.")
            pieces = pieces[:-2]
        return pieces

    def count_prompt_tokens(self, request: GenerationRequest) -> int:
        if self._info is None:
            raise EngineNotLoadedError()
        return len(self._prompt_pieces(request))

    def generate(self, request: GenerationRequest, cancel: threading.Event) -> Iterator[Event]:
        started = time.perf_counter()
        if self._info is None:
            raise EngineNotLoadedError()
        self.requests.append(request)
        try:
            prompt = self._prompt_pieces(request)
        except TemplateError as exc:
            yield Finished(GenerationStats(stop_reason=StopReason.ERROR, error=str(exc)))
            return
        n_ctx = self._info.n_ctx
        if len(prompt) >= n_ctx:
            yield context_overflow(len(prompt), n_ctx)
            return
        cached = common_prefix_length(self._previous_prompt, prompt)
        self._previous_prompt = prompt
        thinking = thinking_enabled(request, self.capability)
        assembler = ReplyAssembler(
            starts_in_thinking=False,
            thinking_budget=request.thinking_budget if thinking else 0,
            prompt_tokens=len(prompt),
            cached_prompt_tokens=min(cached, len(prompt) - 1),  # the last one is always fed
            started=started,
        )
        if self.replies:
            script = self.replies[min(len(self.requests) - 1, len(self.replies) - 1)]
            pieces = tokenize_text(script)
        else:
            pieces = ["<think>", *tokenize_text(self.thinking), "</think>"] if thinking else []
            pieces += tokenize_text(self.answer)
        limit = min(request.max_tokens, n_ctx - len(prompt))
        reason, error = StopReason.EOS, ""
        try:
            reason = yield from self._stream(pieces, limit, assembler, cancel)
        except Exception as exc:  # the contract: a failure ends the reply, it never escapes
            reason, error = StopReason.ERROR, f"Generation failed: {exc}"
        yield from assembler.finish(reason, error)

    def _stream(
        self, pieces: list[str], limit: int, assembler: ReplyAssembler, cancel: threading.Event
    ) -> Generator[Event, None, StopReason]:
        delay = 1.0 / self.tokens_per_s if self.tokens_per_s > 0 else 0.0
        index = 0
        while index < len(pieces):
            if (delay and cancel.wait(delay)) or cancel.is_set():
                return StopReason.CANCELLED
            yield from assembler.on_token(pieces[index])
            index += 1
            if assembler.generated_tokens >= limit:
                return StopReason.LENGTH
            if assembler.budget_exhausted:
                _, events = assembler.close_thinking_for_budget()
                yield from events
                index = pieces.index("</think>") + 1 if "</think>" in pieces else len(pieces)
        return StopReason.EOS
