"""The remote engine: a model on an OpenAI-compatible server (vLLM, SGLang, llama-server,
llama-cpp-python, Ollama, LM Studio) behind the same contract as the local engines.

``load`` checks the server lists the model and reads what it says about it; ``generate``
streams ``POST /v1/chat/completions`` and turns its chunks into the same events, with stats
computed by the same :class:`ReplyAssembler` as local engines. Cancelling closes the
connection within one chunk (servers stop generating when the client goes away).

Thinking budgets cannot be enforced on a server: closing the thinking needs text injected
into the model's own stream. A budget is therefore ignored (``ModelInfo.details`` says so)
and the reply is bounded by ``max_tokens`` only.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from desktop.core.i18n import translate
from desktop.engines.base import (
    EngineNotLoadedError,
    Event,
    Finished,
    GenerationRequest,
    GenerationStats,
    LoadOptions,
    ModelInfo,
    ModelLoadError,
    ModelSource,
    ProgressCallback,
    RemoteModel,
    Sampling,
    StopReason,
)
from desktop.engines.remote_client import CONNECT_TIMEOUT_S, READ_TIMEOUT_S, ServerClient
from desktop.engines.remote_errors import RemoteError, bad_response
from desktop.engines.remote_models import describe, list_models, read_facts
from desktop.engines.remote_net import Resolver, check_offline_allowed, parse_base_url
from desktop.engines.remote_payload import chat_payload, estimate_tokens
from desktop.engines.remote_reply import RemoteReply
from desktop.engines.remote_stream import (
    ChunkReader,
    MalformedChunk,
    StreamError,
    parse_sse,
)
from desktop.engines.remote_tokens import count_on_server
from desktop.engines.streaming import sampling_for, thinking_enabled

if TYPE_CHECKING:
    import httpx2

__all__ = ["RemoteEngine", "RemoteError", "check_offline_allowed", "list_models"]

log = logging.getLogger(__name__)

ESTIMATE = "estimate"
_CONTEXT_LIMIT = re.compile(r"maximum context length is (\d+)")
_INPUT_TOKENS = re.compile(r"(\d+) (?:input tokens|in the messages|tokens in the prompt)")


class RemoteEngine:
    """Runs one remote model at a time. ``offline`` is asked before every connection: while
    it returns True only servers on this computer are used."""

    name = "remote"

    def __init__(
        self,
        offline: Callable[[], bool] | None = None,
        *,
        connect_timeout: float = CONNECT_TIMEOUT_S,
        read_timeout: float = READ_TIMEOUT_S,
        resolve: Resolver | None = None,
    ) -> None:
        self._offline = offline or (lambda: False)
        self._connect_timeout = connect_timeout
        self._read_timeout = read_timeout
        self._resolve = resolve
        self._client: ServerClient | None = None
        self._info: ModelInfo | None = None
        self._plain_only = False  # the server refused our non-standard fields once
        self._counter: str | None = None  # the tokenize method that works here

    def __repr__(self) -> str:
        model = self._info.name if self._info else None
        return f"RemoteEngine(model={model!r})"

    # -- loading -------------------------------------------------------------------------

    def load(
        self, source: ModelSource, options: LoadOptions, progress: ProgressCallback | None = None
    ) -> ModelInfo:
        if not isinstance(source, RemoteModel):
            raise ModelLoadError(
                translate(
                    "RemoteEngine",
                    "{source} is a file on this computer; the remote engine runs models on "
                    "servers only.",
                ).format(source=source),
                "not_remote",
            )
        self.unload()
        report = progress or (lambda fraction, phrase: None)
        url = parse_base_url(source.base_url)
        check_offline_allowed(source.base_url, self._offline, self._resolve)
        report(0.1, translate("ModelLoad", "Connecting to {server}").format(server=url.label))
        client = ServerClient(
            url,
            source.api_key,
            connect_timeout=self._connect_timeout,
            read_timeout=self._read_timeout,
        )
        try:
            cards = client.model_cards()
            card = next((c for c in cards if c["id"] == source.model), None)
            if card is None and cards:
                served = ", ".join(c["id"] for c in cards[:12])
                raise RemoteError(
                    translate(
                        "RemoteEngine",
                        "{server} does not serve a model called {model}. It serves: {served}. "
                        "Choose one of its models in Connect to a server…",
                    ).format(server=url.label, model=source.model, served=served),
                    "model_not_found",
                )
            report(0.6, translate("ModelLoad", "Reading the server's details"))
            facts = read_facts(client, card or {"id": source.model})
        except BaseException:
            client.close()
            raise
        self._info = describe(source, facts, options)
        self._client = client
        log.info("connected to %s for %s", url.base, source.model)
        report(1.0, translate("ModelLoad", "Ready"))
        return self._info

    def unload(self) -> None:
        client, self._client, self._info = self._client, None, None
        self._plain_only = False
        self._counter = None
        if client is not None:
            client.close()

    def info(self) -> ModelInfo | None:
        return self._info

    def _require(self) -> tuple[ServerClient, ModelInfo]:
        if self._client is None or self._info is None:
            raise EngineNotLoadedError()
        return self._client, self._info

    def _offline_block(self, client: ServerClient) -> str:
        """The plain reason offline mode forbids this server now, or ''."""
        try:
            check_offline_allowed(client.url.base, self._offline, self._resolve)
        except RemoteError as exc:
            return str(exc)
        return ""

    # -- counting ------------------------------------------------------------------------

    @property
    def count_source(self) -> str | None:
        """Where prompt token counts come from: 'vllm', 'llama-server', 'llama-cpp-python'
        (the server's tokenizer), 'estimate', or None before the first count."""
        return self._counter

    def count_prompt_tokens(self, request: GenerationRequest) -> int:
        """The server's own count where it has a tokenize endpoint (vLLM, llama-server,
        llama-cpp-python), else an estimate; see remote_tokens.py."""
        client, info = self._require()
        if self._counter == ESTIMATE or self._offline_block(client):
            return estimate_tokens(request)
        method, count = count_on_server(client, info.name, request, self._counter)
        if count is None:
            # Once the server has shown it cannot count, stop asking it (until a reload).
            self._counter = self._counter or ESTIMATE
            return estimate_tokens(request)
        self._counter = method
        return count

    # -- generation ----------------------------------------------------------------------

    def generate(self, request: GenerationRequest, cancel: threading.Event) -> Iterator[Event]:
        started = time.perf_counter()
        client, info = self._require()
        blocked = self._offline_block(client)
        if blocked:
            yield _failed(blocked)
            return
        thinking = thinking_enabled(request, info.thinking)
        reply = RemoteReply(request, info, thinking, started)
        if cancel.is_set():
            yield from reply.finish(StopReason.CANCELLED)
            return
        try:
            response = self._open(client, info, request, sampling_for(request, thinking))
        except RemoteError as exc:
            yield _failed(str(exc))
            return
        yield from self._stream(client, response, reply, cancel)

    def _open(
        self, client: ServerClient, info: ModelInfo, request: GenerationRequest, sampling: Sampling
    ) -> httpx2.Response:
        """Start the stream. A 400 is answered once each way: fields outside OpenAI's API are
        dropped (strict servers reject them), and a reply length the context cannot hold is
        shortened to what fits (vLLM refuses rather than truncates)."""
        extras = not self._plain_only
        max_tokens = request.max_tokens
        while True:
            body = chat_payload(info.name, request, sampling, extras=extras, max_tokens=max_tokens)
            try:
                response = client.open_chat_stream(body)
            except RemoteError as exc:
                if exc.reason != "bad_request":
                    raise
                fitted = _fitted_max_tokens(str(exc))
                if fitted and fitted < max_tokens:
                    max_tokens = fitted
                    continue
                if extras:
                    extras = False
                    continue
                raise
            if not extras:
                self._plain_only = True
            return response

    def _stream(
        self,
        client: ServerClient,
        response: httpx2.Response,
        reply: RemoteReply,
        cancel: threading.Event,
    ) -> Iterator[Event]:
        import httpx2

        reader = ChunkReader()
        reason, error = StopReason.EOS, ""
        abandoned = False
        try:
            for event in parse_sse(response.iter_lines()):
                if cancel.is_set():
                    reason = StopReason.CANCELLED
                    break
                delta = reader.read(event)
                if reader.done:
                    break
                yield from reply.feed(delta)
                if cancel.is_set():  # asked while we were yielding: stop before reading more
                    reason = StopReason.CANCELLED
                    break
            else:
                if reader.finish_reason is None:
                    raise httpx2.RemoteProtocolError("the stream ended without a finish")
            if reason is StopReason.EOS and reader.finish_reason == "length":
                reason = StopReason.LENGTH
        except GeneratorExit:  # the caller dropped us; it wants no more events
            abandoned = True
            raise
        except StreamError as exc:
            reason = StopReason.ERROR
            error = (
                translate("RemoteEngine", "{server} stopped the reply with an error: {said}")
                if str(exc)
                else translate("RemoteEngine", "{server} stopped the reply with an error.")
            ).format(server=client.url.label, said=str(exc))
        except MalformedChunk:
            reason, error = StopReason.ERROR, str(bad_response(client.url.label, "reply"))
        except httpx2.HTTPError as exc:
            reason, error = StopReason.ERROR, str(client.failure(exc))
        except Exception:  # a bug must not surface as a traceback in the chat
            log.exception("reading the stream from %s failed", client.url.base)
            reason = StopReason.ERROR
            error = translate(
                "RemoteEngine", "Qwen Desk could not read the reply from {server}; see the log."
            ).format(server=client.url.label)
        finally:
            response.close()  # mid-reply this drops the connection: the server stops
            if not abandoned:
                yield from reply.finish(reason, client.scrub_text(error), reader)


def _fitted_max_tokens(message: str) -> int:
    """The reply length that fits, from a server's 'maximum context length' refusal; 0 when
    the message does not say."""
    limit = _CONTEXT_LIMIT.search(message)
    used = _INPUT_TOKENS.search(message)
    if not limit or not used:
        return 0
    room = int(limit.group(1)) - int(used.group(1))
    return room if room > 0 else 0


def _failed(message: str) -> Finished:
    return Finished(GenerationStats(stop_reason=StopReason.ERROR, error=message))
