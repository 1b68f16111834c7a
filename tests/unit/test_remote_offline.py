"""Offline mode blocks every server beyond this computer, visibly, and names are resolved
before deciding; addresses are made regular the same way everywhere."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from desktop.engines.base import Finished, GenerationRequest, LoadOptions, RemoteModel, StopReason
from desktop.engines.remote import RemoteEngine
from desktop.engines.remote_errors import RemoteError
from desktop.engines.remote_models import list_models
from desktop.engines.remote_net import check_offline_allowed, parse_base_url, stand_in_path
from tests import vllm_streams as vs
from tests.replay_server import ReplayServer, Reply, models_reply


def resolver(table: dict[str, list[str]]) -> Any:
    """A getaddrinfo stand-in answering from ``table`` (no DNS in tests)."""

    def resolve(host: str, *args: Any, **kwargs: Any) -> list[tuple[Any, ...]]:
        if host not in table:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, 0)) for a in table[host]]

    return resolve


def never(*args: Any, **kwargs: Any) -> Any:
    raise AssertionError("resolved a name while not offline")


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8000/v1",
        "http://127.8.9.10:8000/v1",
        "localhost:11434",
        "http://[::1]:8000/v1",
        "http://0.0.0.0:8000/v1",
        "https://LOCALHOST/v1",
    ],
)
def test_loopback_servers_stay_allowed_offline(url: str) -> None:
    check_offline_allowed(url, True, never)


@pytest.mark.parametrize("url", ["http://10.0.0.5:8000/v1", "https://203.0.113.9/v1", "[fe80::1]"])
def test_other_addresses_are_blocked_offline(url: str) -> None:
    with pytest.raises(RemoteError, match="Offline mode is on") as caught:
        check_offline_allowed(url, lambda: True, never)
    assert caught.value.reason == "offline"
    assert parse_base_url(url).label in str(caught.value)


def test_names_are_resolved_before_deciding() -> None:
    table = {
        "devbox": ["127.0.0.1"],
        "gpu-box": ["10.0.0.5"],
        "split": ["127.0.0.1", "10.0.0.6"],
    }
    check_offline_allowed("http://devbox:8000/v1", True, resolver(table))
    for name in ("gpu-box", "split", "unknown-name"):
        with pytest.raises(RemoteError, match=f"does not connect to {name}:8000"):
            check_offline_allowed(f"http://{name}:8000/v1", True, resolver(table))


def test_online_nothing_is_resolved_or_blocked() -> None:
    check_offline_allowed("http://gpu-box:8000/v1", False, never)
    check_offline_allowed("http://gpu-box:8000/v1", lambda: False, never)


def test_load_and_list_are_refused_offline_without_connecting() -> None:
    # The no_network fixture fails the test if anything connects to 10.0.0.5.
    engine = RemoteEngine(offline=lambda: True)
    with pytest.raises(RemoteError, match="Offline mode is on") as caught:
        engine.load(RemoteModel("http://10.0.0.5:8000/v1", "m", "k"), LoadOptions())
    assert caught.value.reason == "offline"
    with pytest.raises(RemoteError, match="Offline mode is on"):
        list_models("http://10.0.0.5:8000/v1", "k", 1.0, offline=True)


@pytest.fixture
def server() -> Iterator[ReplayServer]:
    with ReplayServer() as replay:
        yield replay


def test_offline_turned_on_after_load_blocks_the_next_reply(
    server: ReplayServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A LAN name: the socket layer reaches our loopback server under it, while the engine's
    resolver says (as a LAN's DNS would) that it is another machine."""
    real = socket.getaddrinfo

    def to_loopback(host: Any, *args: Any, **kwargs: Any) -> Any:
        return real("127.0.0.1" if host == "gpu-box" else host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", to_loopback)
    server.routes[("GET", "/v1/models")] = models_reply(vs.MODEL)
    server.routes[("POST", "/v1/chat/completions")] = Reply(events=vs.reasoning_stream())
    offline = threading.Event()
    engine = RemoteEngine(offline=offline.is_set, resolve=resolver({"gpu-box": ["10.0.0.5"]}))
    url = f"http://gpu-box:{server.port}/v1"
    engine.load(RemoteModel(url, vs.MODEL), LoadOptions())
    request = GenerationRequest([{"role": "user", "content": "Hi"}])
    try:
        offline.set()
        asked = len(server.seen)
        events = list(engine.generate(request, threading.Event()))
        assert len(events) == 1
        assert isinstance(events[0], Finished)
        assert events[0].stats.stop_reason is StopReason.ERROR
        assert "Offline mode is on" in events[0].stats.error
        assert engine.count_prompt_tokens(request) > 0  # estimated, not asked
        assert len(server.seen) == asked
        offline.clear()
        events = list(engine.generate(request, threading.Event()))
        assert isinstance(events[-1], Finished)
        assert events[-1].stats.stop_reason is StopReason.EOS
    finally:
        engine.unload()


@pytest.mark.parametrize(
    ("typed", "base", "root"),
    [
        ("http://gpu-box:8000/v1", "http://gpu-box:8000/v1", "http://gpu-box:8000"),
        ("gpu-box:8000", "http://gpu-box:8000/v1", "http://gpu-box:8000"),
        ("  https://api.example.org/v1/ ", "https://api.example.org/v1", "https://api.example.org"),
        ("http://host/openai/v1", "http://host/openai/v1", "http://host/openai"),
        ("http://host:1234/api", "http://host:1234/api", "http://host:1234/api"),
    ],
)
def test_addresses_are_made_regular(typed: str, base: str, root: str) -> None:
    url = parse_base_url(typed)
    assert (url.base, url.root) == (base, root)


def test_stand_in_path_names_server_and_model() -> None:
    path = stand_in_path(RemoteModel("http://gpu-box:8000/v1", "Qwen/Qwen3-32B", "secret"))
    assert path.parts == ("remote", "gpu-box_8000", "Qwen", "Qwen3-32B")


def test_a_proxy_from_the_environment_is_not_used_for_this_computer(
    server: ReplayServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Through the proxy the no_network fixture would fail the test (10.9.9.9 is not loopback).
    monkeypatch.setenv("HTTP_PROXY", "http://10.9.9.9:3128")
    monkeypatch.setenv("http_proxy", "http://10.9.9.9:3128")
    server.routes[("GET", "/v1/models")] = models_reply(vs.MODEL)
    assert list_models(server.base_url) == [vs.MODEL]
