"""Running the local API server in tests: over a scripted or real engine, on a free loopback
port, with every reply's outcome recorded per job."""

from __future__ import annotations

import http.client
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import openai

from desktop.chat.outcome import LoadFailure, LoadListener, Outcome
from desktop.chat.runner import EngineFactory, EngineRunner, Job, RunObserver
from desktop.core.load_options import LoadOptions
from desktop.core.settings import GenerationSettings
from desktop.engines import pick_engine
from desktop.engines.base import Engine, Event, GenerationRequest
from desktop.engines.fake import FakeEngine
from desktop.server.backend import RunnerBackend
from desktop.server.config import ServerConfig
from desktop.server.embeddings import EmbedderSource
from desktop.server.request_log import RequestRecord
from desktop.server.thread import ApiServer


class EchoEngine(FakeEngine):
    """A scripted engine whose answer names the request's last message, so concurrent
    requests each have their own expected text."""

    def generate(self, request: GenerationRequest, cancel: threading.Event) -> Iterator[Event]:
        self.answer = f"You said: {request.messages[-1]['content']}"
        return super().generate(request, cancel)


class Outcomes(RunObserver):
    """Every reply's job and outcome, as the runner reports them."""

    def __init__(self) -> None:
        self.finished: list[tuple[Job, Outcome]] = []
        self.started: list[Job] = []
        self._cond = threading.Condition()

    def reply_started(self, job: Job) -> None:
        with self._cond:
            self.started.append(job)
            self._cond.notify_all()

    def reply_finished(self, job: Job, outcome: Outcome) -> None:
        with self._cond:
            self.finished.append((job, outcome))
            self._cond.notify_all()

    def wait(self, count: int, timeout: float = 10.0) -> list[tuple[Job, Outcome]]:
        with self._cond:
            assert self._cond.wait_for(lambda: len(self.finished) >= count, timeout), (
                f"only {len(self.finished)} of {count} replies finished"
            )
            return list(self.finished)

    def wait_started(self, count: int, timeout: float = 10.0) -> None:
        with self._cond:
            assert self._cond.wait_for(lambda: len(self.started) >= count, timeout)


class _Loaded(LoadListener):
    def __init__(self) -> None:
        self.done = threading.Event()
        self.failure: LoadFailure | None = None

    def loaded(self, info: object) -> None:
        self.done.set()

    def failed(self, failure: LoadFailure) -> None:
        self.failure = failure
        self.done.set()


def load(runner: EngineRunner, model: Path, n_ctx: int = 2048) -> None:
    listener = _Loaded()
    runner.load(model, LoadOptions(n_ctx=n_ctx), listener)
    assert listener.done.wait(60), "the model did not load"
    assert listener.failure is None, listener.failure.message


@dataclass
class Served:
    server: ApiServer
    runner: EngineRunner
    outcomes: Outcomes
    generation: GenerationSettings = field(default_factory=GenerationSettings)

    @property
    def url(self) -> str:
        return self.server.url

    def client(self, api_key: str = "unused", **options: object) -> openai.OpenAI:
        return openai.OpenAI(base_url=self.url, api_key=api_key, max_retries=0, **options)  # type: ignore[arg-type]


@contextmanager
def serving(
    engine: Engine | None = None,
    *,
    model: Path | None = Path("fake-model.gguf"),
    config: ServerConfig | None = None,
    n_ctx: int = 2048,
    embedder: EmbedderSource | None = None,
) -> Iterator[Served]:
    """A started server over ``engine`` (None: the real engine for ``model``); ``model=None``
    leaves no model loaded; ``embedder`` serves /v1/embeddings."""
    factory: EngineFactory = (lambda _source: engine) if engine is not None else pick_engine
    runner = EngineRunner(factory)
    outcomes = Outcomes()
    runner.add_observer(outcomes)
    generation = GenerationSettings()
    server: ApiServer | None = None
    try:
        server = ApiServer(
            RunnerBackend(runner, lambda: generation),
            config or ServerConfig(port=0),
            embedder=embedder,
        )
        if model is not None:
            load(runner, model, n_ctx)
        server.start()
        yield Served(server, runner, outcomes, generation)
    finally:
        assert server is None or server.stop(), "the server thread did not end"
        runner.shutdown()


def logged(served: Served, count: int, timeout: float = 5.0) -> list[RequestRecord]:
    """The request log once it holds ``count`` records (each is added as its response ends,
    a moment after the client has it)."""
    deadline = time.monotonic() + timeout
    while len(served.server.log.records()) < count and time.monotonic() < deadline:
        time.sleep(0.01)
    return served.server.log.records()


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)

    @property
    def error(self) -> dict[str, Any]:
        """The OpenAI-style error object (it must have every field)."""
        error = self.json()["error"]
        assert set(error) == {"message", "type", "param", "code"}
        return error


def raw(
    url: str,
    method: str,
    path: str,
    body: bytes | str | dict[str, Any] | None = None,
    headers: dict[str, str] | None = None,
) -> Answer:
    """One plain HTTP request to the server (for what a well-behaved client never sends)."""
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=10)
    sent = dict(headers or {})
    if isinstance(body, dict):
        body = json.dumps(body)
        sent.setdefault("Content-Type", "application/json")
    try:
        connection.request(method, path, body=body, headers=sent)
        response = connection.getresponse()
        return Answer(
            response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
        )
    finally:
        connection.close()
