"""Every way a server can fail, as a plain sentence with a stable reason, and the API key
never anywhere: loopback servers answering 401/403/404/429/500, nonsense, stalls, cuts,
a self-signed certificate, nothing listening, and a name that does not resolve."""

from __future__ import annotations

import logging
import socket
import ssl
import threading
from collections.abc import Iterator
from typing import Any

import pytest
import trustme

from desktop.engines.base import (
    Finished,
    GenerationRequest,
    GenerationStats,
    LoadOptions,
    RemoteModel,
    StopReason,
)
from desktop.engines.remote import RemoteEngine
from desktop.engines.remote_errors import RemoteError, from_exception
from desktop.engines.remote_models import list_models
from tests import vllm_streams as vs
from tests.llama_server import free_port
from tests.replay_server import ReplayServer, Reply, models_reply

KEY = "sk-test-5ecret-k3y-0123456789"
CHAT = ("POST", "/v1/chat/completions")
MODELS = ("GET", "/v1/models")
QUESTION = GenerationRequest([{"role": "user", "content": "Hi"}])


@pytest.fixture
def server() -> Iterator[ReplayServer]:
    with ReplayServer() as replay:
        yield replay


@pytest.fixture
def engine() -> Iterator[RemoteEngine]:
    made = RemoteEngine(connect_timeout=2.0, read_timeout=0.5)
    yield made
    made.unload()


@pytest.fixture(autouse=True)
def logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """Everything logged at any level; no test may log the key."""
    caplog.set_level(logging.DEBUG)
    yield caplog
    assert KEY not in caplog.text


def load_error(server_url: str, engine: RemoteEngine, model: str = vs.MODEL) -> RemoteError:
    with pytest.raises(RemoteError) as caught:
        engine.load(RemoteModel(server_url, model, KEY), LoadOptions())
    assert KEY not in str(caught.value)
    assert "Traceback" not in str(caught.value)
    return caught.value


def failed(engine: RemoteEngine) -> GenerationStats:
    events = list(engine.generate(QUESTION, threading.Event()))
    final = events[-1]
    assert isinstance(final, Finished)
    assert final.stats.stop_reason is StopReason.ERROR
    assert KEY not in final.stats.error
    return final.stats


def loaded(server: ReplayServer, engine: RemoteEngine) -> RemoteEngine:
    server.routes[MODELS] = models_reply(vs.MODEL, "Qwen/Qwen3-32B")
    engine.load(RemoteModel(server.base_url, vs.MODEL, KEY), LoadOptions())
    return engine


@pytest.mark.parametrize(
    ("status", "reason", "words"),
    [
        (401, "unauthorized", "refused the API key"),
        (403, "forbidden", "access denied"),
        (404, "not_found", "ends in /v1"),
        (429, "rate_limited", "Wait a moment"),
        (500, "server_error", "internal error (500)"),
        (503, "server_error", "internal error (503)"),
    ],
)
def test_error_statuses_at_load(
    server: ReplayServer, engine: RemoteEngine, status: int, reason: str, words: str
) -> None:
    # Servers may echo the key they refused; it must not reach the user.
    server.routes[MODELS] = Reply(status, {"error": {"message": f"bad key {KEY}", "code": status}})
    error = load_error(server.base_url, engine)
    assert error.reason == reason
    assert words in str(error)
    assert server.seen[0].headers["Authorization"] == f"Bearer {KEY}"


def test_missing_key_is_named(server: ReplayServer) -> None:
    server.routes[MODELS] = Reply(401, {"error": {"message": "Unauthorized"}})
    with pytest.raises(RemoteError, match="needs an API key") as caught:
        list_models(server.base_url, "")
    assert caught.value.reason == "unauthorized"
    assert "Authorization" not in server.seen[0].headers


def test_unknown_model_names_the_models_served(server: ReplayServer, engine: RemoteEngine) -> None:
    server.routes[MODELS] = models_reply("Qwen/Qwen3-32B", "Qwen/Qwen3-8B")
    error = load_error(server.base_url, engine, model="Qwen/Qwen3-4B")
    assert error.reason == "model_not_found"
    assert "Qwen/Qwen3-4B" in str(error)
    assert "It serves: Qwen/Qwen3-32B, Qwen/Qwen3-8B." in str(error)


def test_model_gone_after_load_names_the_models_served(
    server: ReplayServer, engine: RemoteEngine
) -> None:
    loaded(server, engine)
    server.routes[CHAT] = Reply(
        404,
        {
            "object": "error",
            "message": f"The model `{vs.MODEL}` does not exist.",
            "type": "NotFoundError",
            "param": None,
            "code": 404,
        },
    )
    stats = failed(engine)
    assert f"does not serve a model called {vs.MODEL}" in stats.error
    assert "Qwen/Qwen3-32B" in stats.error


def test_rate_limit_says_to_wait(server: ReplayServer, engine: RemoteEngine) -> None:
    loaded(server, engine)
    server.routes[CHAT] = Reply(
        429, {"error": {"message": "Too many requests"}}, headers={"Retry-After": "20"}
    )
    stats = failed(engine)
    assert "rate-limiting requests (it asks for 20 seconds). Wait a moment" in stats.error


def test_server_error_passes_on_the_servers_words(
    server: ReplayServer, engine: RemoteEngine
) -> None:
    loaded(server, engine)
    server.routes[CHAT] = Reply(500, {"error": {"message": f"CUDA out of memory ({KEY})"}})
    stats = failed(engine)
    assert "internal error (500)" in stats.error
    assert "CUDA out of memory ([key])" in stats.error


@pytest.mark.parametrize("body", ["{not json", "<html>502</html>", '{"data": 5}', "[1, 2]"])
def test_a_model_list_that_is_not_json_or_not_a_list(
    server: ReplayServer, engine: RemoteEngine, body: str
) -> None:
    server.routes[MODELS] = Reply(200, body)
    error = load_error(server.base_url, engine)
    assert error.reason == "bad_response"
    assert "OpenAI-compatible" in str(error)


@pytest.mark.parametrize(
    ("events", "words"),
    [
        (["{not json"], "cannot read"),
        ([vs.chunk({"content": "a"}), '{"choices": [{"delta": 7}]}'], "cannot read"),
        (
            [vs.chunk({"content": "a"}), '{"error": {"message": "engine died", "code": 500}}'],
            "stopped the reply with an error: engine died",
        ),
        ([vs.chunk({"content": "a"})], "closed the connection in the middle"),
    ],
)
def test_bad_streams(
    server: ReplayServer, engine: RemoteEngine, events: list[str], words: str
) -> None:
    loaded(server, engine)
    server.routes[CHAT] = Reply(events=events)
    assert words in failed(engine).error


def test_stream_cut_mid_reply(server: ReplayServer, engine: RemoteEngine) -> None:
    loaded(server, engine)
    server.routes[CHAT] = Reply(events=vs.reasoning_stream(), cut_after=3)
    stats = failed(engine)
    assert "closed the connection in the middle of the reply" in stats.error
    assert stats.generated_tokens == 2  # what arrived before the cut is still counted


def test_stall_mid_stream_times_out(server: ReplayServer, engine: RemoteEngine) -> None:
    loaded(server, engine)
    server.routes[CHAT] = Reply(events=vs.reasoning_stream(), stall_after=4)
    stats = failed(engine)
    assert "stopped sending for 0.5 seconds" in stats.error


def test_stall_at_load_times_out(server: ReplayServer, engine: RemoteEngine) -> None:
    server.routes[MODELS] = Reply(raw=[b'{"data": []}'], stall_after=0)
    error = load_error(server.base_url, engine)
    assert error.reason == "timeout"


def test_connect_timeout_is_named() -> None:
    """A host that never answers the connection (a firewall dropping packets) cannot be
    staged on loopback; the client's own exception is classified instead."""
    import httpx2

    error = from_exception(
        httpx2.ConnectTimeout("timed out"), "gpu-box:8000", connect_timeout=10, read_timeout=120
    )
    assert error.reason == "timeout"
    assert "gpu-box:8000 did not answer within 10 seconds" in str(error)
    assert "firewall" in str(error)


def test_self_signed_certificate(engine: RemoteEngine) -> None:
    authority = trustme.CA()
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(context)
    with ReplayServer(tls=context) as tls_server:
        tls_server.routes[MODELS] = models_reply(vs.MODEL)
        error = load_error(tls_server.base_url, engine)
    assert error.reason == "tls_failed"
    assert "certificate" in str(error)
    assert "could not be verified" in str(error)


def test_nothing_listening(engine: RemoteEngine) -> None:
    url = f"http://127.0.0.1:{free_port()}/v1"
    error = load_error(url, engine)
    assert error.reason == "connection_refused"
    assert "Nothing is listening at 127.0.0.1:" in str(error)
    with pytest.raises(RemoteError, match="Nothing is listening"):
        list_models(url, KEY, 2.0)


def test_name_that_does_not_resolve(engine: RemoteEngine, monkeypatch: pytest.MonkeyPatch) -> None:
    real = socket.getaddrinfo

    def resolver(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host == "gpu-box.invalid":  # what a resolver says for an unknown name
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", resolver)
    error = load_error("http://gpu-box.invalid:8000/v1", engine)
    assert error.reason == "dns_failed"
    assert "gpu-box.invalid could not be found" in str(error)


@pytest.mark.parametrize("url", ["", "ftp://host/v1", "http://:8000", "http://user:pw@host/v1"])
def test_unusable_addresses(engine: RemoteEngine, url: str) -> None:
    assert load_error(url, engine).reason == "bad_url"


def test_the_key_is_never_in_a_repr(server: ReplayServer, engine: RemoteEngine) -> None:
    loaded(server, engine)
    server.routes[CHAT] = Reply(events=vs.reasoning_stream())
    events = list(engine.generate(QUESTION, threading.Event()))
    info = engine.info()
    for thing in (engine, info, RemoteModel(server.base_url, vs.MODEL, KEY), events):
        assert KEY not in repr(thing)
        assert KEY not in str(thing)


def test_errors_reach_the_caller_as_plain_finished_events_not_exceptions(
    server: ReplayServer, engine: RemoteEngine
) -> None:
    loaded(server, engine)
    server.routes[CHAT] = Reply(503, "Service Unavailable")
    stats = failed(engine)
    assert stats.error.startswith("127.0.0.1:")
    assert "Service Unavailable" in stats.error
