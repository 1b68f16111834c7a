"""The server's small parts: stop strings, addresses and keys, the port check, log lines."""

from __future__ import annotations

import socket
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.settings import ServerSettings
from desktop.engines.fake import FakeEngine
from desktop.server.bridge import StopMatcher
from desktop.server.config import (
    ServerConfig,
    ServerConfigError,
    base_url,
    config_from_settings,
    is_loopback,
)
from desktop.server.keys import ACCOUNT, KEY_ENV, ApiKeyStore, headless_key
from desktop.server.request_log import RequestRecord
from desktop.server.thread import bind
from tests.conftest import MemoryKeyring
from tests.server_support import serving


def feed_all(matcher: StopMatcher, pieces: list[str]) -> str:
    return "".join(matcher.feed(p) for p in pieces) + matcher.flush()


def test_stop_string_split_across_pieces_is_caught():
    matcher = StopMatcher(("</end>",))
    assert feed_all(matcher, ["abc </", "en", "d> more"]) == "abc "
    assert matcher.stopped


def test_text_that_only_looked_like_a_stop_string_is_sent():
    matcher = StopMatcher(("STOP",))
    assert matcher.feed("ST") == ""
    assert matcher.feed("ay here") == "STay here"
    assert matcher.flush() == ""
    assert not matcher.stopped


def test_the_earliest_of_several_stop_strings_wins():
    assert feed_all(StopMatcher(("zzz", "b")), ["a b zzz"]) == "a "


@given(
    st.lists(st.text(alphabet="abS", max_size=6), max_size=12),
    st.sampled_from(["S", "Sb", "abS", "bb"]),
)
def test_stop_matching_is_the_same_however_the_text_is_cut(pieces: list[str], stop: str):
    whole = "".join(pieces)
    expected = whole[: whole.find(stop)] if stop in whole else whole
    assert feed_all(StopMatcher((stop,)), pieces) == expected


def test_loopback_addresses():
    for host in ("127.0.0.1", "127.1.2.3", "localhost", "::1", "[::1]"):
        assert is_loopback(host), host
    for host in ("0.0.0.0", "192.168.1.5", "::", "example.test"):
        assert not is_loopback(host), host
    assert base_url("0.0.0.0", 8800) == "http://127.0.0.1:8800/v1"
    assert base_url("::1", 9) == "http://[::1]:9/v1"


def test_the_network_needs_a_key_and_offline_keeps_loopback():
    network = ServerSettings(host="0.0.0.0", port=8800)
    with pytest.raises(ServerConfigError, match="needs an API key"):
        config_from_settings(network)
    assert config_from_settings(network, api_key="k").host == "0.0.0.0"
    assert config_from_settings(network, offline=True).host == "127.0.0.1"
    with pytest.raises(ServerConfigError, match="list each origin"):
        config_from_settings(ServerSettings(cors_origins=["*"]))
    origins = config_from_settings(ServerSettings(cors_origins=[" http://a.test/ ", ""]))
    assert origins.cors_origins == ("http://a.test",)


def test_a_server_will_not_start_on_the_network_without_a_key():
    with (
        pytest.raises(ServerConfigError, match="needs an API key"),
        serving(FakeEngine(), config=ServerConfig(host="0.0.0.0", port=0)),
    ):
        pass


def test_a_port_in_use_is_a_plain_error():
    taken = bind("127.0.0.1", 0)
    port = taken.getsockname()[1]
    try:
        with pytest.raises(ServerConfigError, match=f"Port {port} is already in use"):
            bind("127.0.0.1", port)
    finally:
        taken.close()
    with pytest.raises(ServerConfigError, match="not an address of this computer"):
        bind("no-such-host.invalid", 0)


def test_a_failed_start_leaves_no_thread():
    blocker = socket.socket()
    blocker.bind(("127.0.0.1", 0))
    blocker.listen()
    port = blocker.getsockname()[1]
    try:
        with (
            pytest.raises(ServerConfigError, match="in use"),
            serving(FakeEngine(), config=ServerConfig(port=port)),
        ):
            pass
    finally:
        blocker.close()


def test_api_key_lives_in_the_keychain_under_its_own_account(memory_keyring: MemoryKeyring):
    store = ApiKeyStore()
    assert store.get() == ""
    key = store.create()
    assert key.startswith("qd-")
    assert len(key) > 40
    assert memory_keyring.store[("QwenDesk", ACCOUNT)] == key
    assert ApiKeyStore().get() == key, "kept across stores (app restarts)"
    assert store.create() != key
    assert "qd-" not in repr(store)
    store.clear()
    assert ApiKeyStore().get() == ""


def test_headless_key_comes_from_the_environment_first(monkeypatch: pytest.MonkeyPatch):
    ApiKeyStore().create()
    monkeypatch.setenv(KEY_ENV, " from-env ")
    assert headless_key() == "from-env"
    monkeypatch.delenv(KEY_ENV)
    assert headless_key().startswith("qd-")


def test_record_line_says_tokens_and_speed():
    record = RequestRecord(
        started=0.0,
        client="127.0.0.1",
        method="POST",
        path="/v1/chat/completions",
        status=200,
        duration_s=1.5,
        prompt_tokens=12,
        completion_tokens=80,
        reasoning_tokens=30,
        tokens_per_s=64.25,
        finish="cancelled",
    )
    line = record.line()
    assert "12 → 80 tokens (30 thinking)" in line
    assert "64.2 tok/s" in line
    assert "cancelled" in line
    assert "1.50 s" in line


def test_the_headless_path_imports_no_qt():
    code = (
        "import sys, desktop.__main__, desktop.server.headless, desktop.server.app, "
        "desktop.server.thread, desktop.server.completions; "
        "import starlette.applications, uvicorn, sse_starlette; "
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_web_stack_is_imported_only_when_a_server_starts():
    code = (
        "import sys, desktop.server.headless; "
        "loaded = [m for m in ('starlette', 'uvicorn', 'sse_starlette') if m in sys.modules]; "
        "print(loaded); sys.exit(1 if loaded else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
