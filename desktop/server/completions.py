"""POST /v1/chat/completions: a checked request becomes one job on the app's generation thread;
its events come back through the request's own queue, as one JSON answer or as SSE chunks.

The HTTP status waits until the job has started generating, so a request that cannot run
(no model, a prompt longer than the context) gets a real error status even when streaming.
A client that goes away (while waiting in the queue, or while its reply streams) cancels the
job, which stops within one token.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import time
from collections.abc import AsyncIterator
from typing import Any

from desktop.chat.options import ChatOptions
from desktop.chat.outcome import Outcome
from desktop.chat.runner import NO_MODEL, Job
from desktop.core.sampling import qwen_preset
from desktop.engines.base import GenerationRequest, GenerationStats, StopReason
from desktop.server import payloads
from desktop.server.answer import AnswerBuilder, openai_calls
from desktop.server.backend import Backend, matches, model_id
from desktop.server.bridge import Item, QueueListener, drain
from desktop.server.config import Limits
from desktop.server.errors import ApiError, no_model
from desktop.server.schemas import ChatParams, parse_body, parse_chat
from desktop.tools.calls import ToolCall


@dataclasses.dataclass
class _Run:
    """One request's job and what it has produced so far."""

    params: ChatParams
    job: Job
    queue: asyncio.Queue[Item]
    model: str
    ident: str = dataclasses.field(default_factory=payloads.completion_id)
    created: int = dataclasses.field(default_factory=lambda: int(time.time()))
    arrived: float = dataclasses.field(default_factory=time.monotonic)
    first_token: float = 0.0  # monotonic time of the first thinking or answer text
    answer: AnswerBuilder = dataclasses.field(init=False)
    outcome: Outcome | None = None

    def __post_init__(self) -> None:
        self.answer = AnswerBuilder(self.params.stop, bool(self.params.tools))

    @property
    def complete(self) -> bool:
        """The reply ended by itself (a half-written tool call at a cut is dropped)."""
        return self.outcome is not None and self.outcome.stats.stop_reason in (
            StopReason.EOS,
            StopReason.BUDGET,
        )


def _failure(outcome: Outcome) -> ApiError:
    """The error for a job that ended before generating anything."""
    stats = outcome.stats
    if outcome.overflow is not None:
        overflow = outcome.overflow
        return ApiError(
            400,
            f"This request needs about {overflow.needed:,} tokens (the prompt and room for the "
            f"reply), but the model's context holds {overflow.n_ctx:,}. Shorten the messages "
            "or lower max_tokens.",
            param="messages",
            code="context_length_exceeded",
        )
    if stats.error == NO_MODEL:
        return no_model()
    return _broken(stats) or ApiError(500, "The reply failed.", code="generation_failed")


def _broken(stats: GenerationStats, stopped_by_word: bool = False) -> ApiError | None:
    """The error for a reply that failed or was cut off by something other than the client
    (a model load, the server stopping); None for one that ended normally."""
    if stats.stop_reason is StopReason.ERROR:
        return ApiError(500, stats.error or "The reply failed.", code="generation_failed")
    if stats.stop_reason is StopReason.CANCELLED and not stopped_by_word:
        return ApiError(
            503,
            "The reply was cancelled: the model was changed or the server is stopping. "
            "Send the request again.",
            code="cancelled",
        )
    return None


class Completions:
    """The chat completions endpoint over a :class:`Backend`."""

    def __init__(self, backend: Backend, limits: Limits) -> None:
        self.backend = backend
        self.limits = limits
        self._jobs: set[Job] = set()

    def cancel_all(self) -> None:
        """Stop every API job (the server is stopping). Safe from any thread."""
        for job in self._jobs.copy():
            self.backend.cancel(job)

    async def __call__(self, request: Any) -> Any:
        params = parse_chat(parse_body(await request.body()), self.limits)
        info = self.backend.model
        if info is None:
            raise no_model()
        if not matches(info, params.model):
            raise ApiError(
                404,
                f"The model '{params.model}' is not loaded. This server runs "
                f"'{model_id(info)}' (GET /v1/models lists it); use that id.",
                param="model",
                code="model_not_found",
            )
        if len(self._jobs) >= self.limits.max_pending:
            raise ApiError(
                429,
                f"{len(self._jobs)} requests are already waiting for the model; try again "
                "when one has finished.",
                code="too_many_requests",
            )
        run = self._start(params, model_id(info))
        request.state.run = run
        try:
            await self._until_generating(run, request)
        except BaseException:
            self._end(run)
            raise
        if params.stream:
            from sse_starlette.sse import EventSourceResponse
            from starlette.background import BackgroundTask

            # The background task ends the job even if the stream never started (a client
            # gone before the first event); the generator's own ``finally`` does otherwise.
            background = BackgroundTask(self._end, run)
            return EventSourceResponse(self._events(run), ping=15, background=background)
        try:
            return await self._collect(run, request)
        finally:
            self._end(run)

    # -- the job ---------------------------------------------------------------------------

    def _start(self, params: ChatParams, model: str) -> _Run:
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[Item] = asyncio.Queue()
        options = ChatOptions(
            thinking=params.thinking,
            thinking_budget=params.thinking_budget,
            max_tokens=params.max_tokens,
        )

        def adjust(built: GenerationRequest) -> GenerationRequest:
            thinking = built.thinking.value != "off"
            base = built.sampling or qwen_preset(thinking)
            # The client's tools go into the chat template (none: the request's own, if any).
            tools = params.tools or built.tools
            return dataclasses.replace(built, sampling=params.sampling_over(base), tools=tools)

        job = self.backend.complete(params.messages, options, QueueListener(loop, queue), adjust)
        self._jobs.add(job)
        return _Run(params, job, queue, model)

    def _end(self, run: _Run) -> None:
        if run.outcome is None:
            self.backend.cancel(run.job)
        self._jobs.discard(run.job)

    async def _until_generating(self, run: _Run, request: Any) -> None:
        """Wait (in the queue, then while the prompt is read) until the job generates; an
        error that ends it first is raised; a client that leaves meanwhile cancels it."""
        gone = asyncio.ensure_future(_disconnected(request))
        try:
            while True:
                get = asyncio.ensure_future(run.queue.get())
                await asyncio.wait({get, gone}, return_when=asyncio.FIRST_COMPLETED)
                if not get.done():
                    get.cancel()
                    raise ClientGone()
                item = get.result()
                if item.kind == "prompt":
                    return
                if item.kind == "finished":
                    assert item.outcome is not None
                    run.outcome = item.outcome
                    raise _failure(item.outcome)
        finally:
            gone.cancel()

    # -- answers ---------------------------------------------------------------------------

    async def _collect(self, run: _Run, request: Any) -> Any:
        from starlette.responses import JSONResponse

        batch = _Batch()
        gone = asyncio.ensure_future(_disconnected(request))
        try:
            while run.outcome is None:
                get = asyncio.ensure_future(run.queue.get())
                await asyncio.wait({get, gone}, return_when=asyncio.FIRST_COMPLETED)
                if not get.done():
                    get.cancel()
                    raise ClientGone()
                for item in drain(run.queue, get.result()):
                    self._take(run, item, batch)
        finally:
            gone.cancel()
        stats = run.outcome.stats
        error = _broken(stats, run.answer.stopped)
        if error is not None:
            raise error
        calls = run.answer.calls
        finish = payloads.finish_reason(stats, run.answer.stopped, bool(calls))
        body = payloads.completion(
            run.ident,
            run.model,
            run.created,
            "".join(batch.text),
            "".join(batch.reasoning),
            finish,
            stats,
            openai_calls(calls),
        )
        return JSONResponse(body)

    def _take(self, run: _Run, item: Item, batch: _Batch) -> None:
        if item.kind in ("thinking", "text") and not run.first_token:
            run.first_token = time.monotonic()
        if item.kind == "thinking":
            batch.reasoning.append(item.text)
        elif item.kind == "text":
            was_stopped = run.answer.stopped
            text, calls = run.answer.feed(item.text)
            batch.text.append(text)
            batch.calls += calls
            if run.answer.stopped and not was_stopped:
                self.backend.cancel(run.job)  # the stop string ended the answer
        elif item.kind == "finished":
            run.outcome = item.outcome
            text, calls = run.answer.finish(run.complete)
            batch.text.append(text)
            batch.calls += calls

    async def _events(self, run: _Run) -> AsyncIterator[str]:
        """SSE data for a streaming reply (sse-starlette cancels this when the client goes)."""
        try:
            first = {"role": "assistant", "content": ""}
            yield _json(payloads.chunk(run.ident, run.model, run.created, first))
            sent_calls = 0
            while run.outcome is None:
                batch = _Batch()
                for item in drain(run.queue, await run.queue.get()):
                    self._take(run, item, batch)
                delta = _delta("".join(batch.text), "".join(batch.reasoning))
                if batch.calls:
                    delta["tool_calls"] = openai_calls(batch.calls, sent_calls)
                    sent_calls += len(batch.calls)
                if delta:
                    yield _json(payloads.chunk(run.ident, run.model, run.created, delta))
            stats = run.outcome.stats
            error = _broken(stats, run.answer.stopped)
            if error is not None:
                yield _json(error.body())
            else:
                finish = payloads.finish_reason(stats, run.answer.stopped, sent_calls > 0)
                yield _json(payloads.chunk(run.ident, run.model, run.created, {}, finish))
                if run.params.include_usage:
                    yield _json(payloads.usage_chunk(run.ident, run.model, run.created, stats))
            yield "[DONE]"
        finally:
            self._end(run)


class ClientGone(Exception):
    """The client closed the connection before its answer was ready."""


async def _disconnected(request: Any) -> None:
    """Returns when the client has closed the connection (its body is already read)."""
    while True:
        message = await request.receive()
        if message["type"] == "http.disconnect":
            return


@dataclasses.dataclass
class _Batch:
    """What one pass over the queue produced."""

    text: list[str] = dataclasses.field(default_factory=list)
    reasoning: list[str] = dataclasses.field(default_factory=list)
    calls: list[ToolCall] = dataclasses.field(default_factory=list)


def _delta(text: str, reasoning: str) -> dict[str, Any]:
    delta: dict[str, Any] = {}
    if reasoning:
        delta["reasoning_content"] = reasoning
    if text:
        delta["content"] = text
    return delta


def _json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
