"""MCP: mcp.json, and real MCP servers (tests/mcp_server.py, built with the SDK) over stdio
and streamable HTTP on loopback; servers that crash, hang or fail give plain errors."""

from __future__ import annotations

import json
import logging
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from desktop.tools.calls import CallStatus, ToolCall
from desktop.tools.mcp_client import McpClient, McpError
from desktop.tools.mcp_config import (
    McpConfig,
    McpConfigError,
    ServerConfig,
    load_config,
    offline_refusal,
    parse_config,
    resolve_secrets,
    set_tool_enabled,
)
from desktop.tools.mcp_tools import McpManager
from desktop.tools.registry import ToolRegistry

SERVER = str(Path(__file__).resolve().parents[1] / "mcp_server.py")
pytestmark = pytest.mark.slow


def stdio(name: str, mode: str = "stdio", **env: str) -> ServerConfig:
    return ServerConfig(name, command=sys.executable, args=(SERVER, mode), env=env)


# -- mcp.json ------------------------------------------------------------------------------


def test_mcp_json_reads_the_lm_studio_and_claude_shape() -> None:
    config = parse_config(
        json.dumps(
            {
                "mcpServers": {
                    "files": {"command": "npx", "args": ["-y", "srv"], "env": {"K": "v"}},
                    "web": {"url": "https://example.org/mcp", "headers": {"X": "1"}},
                    "old": {"command": "x", "disabled": True},
                    "broken": {"args": []},
                    "bad-args": {"command": "x", "args": "nope"},
                },
                "qwenDesk": {"disabledTools": {"files": ["delete"]}},
            }
        )
    )
    files, web, old = config.servers
    assert (files.transport, files.command, files.args, dict(files.env)) == (
        "stdio",
        "npx",
        ("-y", "srv"),
        {"K": "v"},
    )
    assert (web.transport, web.url, dict(web.headers)) == (
        "http",
        "https://example.org/mcp",
        {"X": "1"},
    )
    assert old.disabled
    assert config.problems == (
        'The server "broken" has neither a "command" nor a "url"; it was skipped.',
        'The "args" of "bad-args" must be a list of text; it was skipped.',
    )
    assert not config.tool_enabled("files", "delete")
    assert config.tool_enabled("files", "read")


def test_bad_json_names_the_place(tmp_path: Path) -> None:
    path = tmp_path / "mcp.json"
    assert load_config(path) == McpConfig()
    path.write_text('{"mcpServers": {,}}')
    with pytest.raises(McpConfigError, match="line 1, column 17"):
        load_config(path)


def test_tool_switches_are_kept_under_our_key_and_the_rest_is_untouched(tmp_path: Path) -> None:
    path = tmp_path / "mcp.json"
    original = {"mcpServers": {"a": {"command": "x", "someOtherAppKey": 1}}, "extra": [1]}
    path.write_text(json.dumps(original))
    set_tool_enabled(path, "a", "delete", False)
    set_tool_enabled(path, "a", "write", False)
    set_tool_enabled(path, "a", "write", True)
    data = json.loads(path.read_text())
    assert data["mcpServers"] == original["mcpServers"]
    assert data["extra"] == [1]
    assert data["qwenDesk"] == {"disabledTools": {"a": ["delete"]}}
    assert not load_config(path).tool_enabled("a", "delete")


def test_secrets_come_from_the_keychain() -> None:
    keyring.set_password("QwenDesk", "mcp:gh", "t0ken")
    assert resolve_secrets({"TOKEN": "keychain:gh", "PLAIN": "p"}, "s") == {
        "TOKEN": "t0ken",
        "PLAIN": "p",
    }
    with pytest.raises(McpConfigError, match='needs the secret "missing"'):
        resolve_secrets({"TOKEN": "keychain:missing"}, "s")


@pytest.mark.parametrize(
    ("url", "blocked"),
    [
        ("http://127.0.0.1:9/mcp", False),
        ("http://localhost:9/mcp", False),
        ("http://[::1]:9/mcp", False),
        ("https://example.org/mcp", True),
        ("http://192.168.1.5/mcp", True),
    ],
)
def test_offline_mode_blocks_http_servers_off_this_machine(url: str, blocked: bool) -> None:
    server = ServerConfig("s", url=url)
    assert bool(offline_refusal(server, offline=True)) is blocked
    assert offline_refusal(server, offline=False) == ""
    assert offline_refusal(stdio("local"), offline=True) == ""


# -- a real server over stdio -------------------------------------------------------------


@pytest.fixture(scope="module")
def stdio_client() -> Iterator[McpClient]:
    client = McpClient(stdio("calc"), connect_timeout=60)
    client.start()
    assert client.wait_ready(), client.error
    yield client
    client.close()


def test_stdio_server_lists_and_runs_tools(stdio_client: McpClient) -> None:
    tools = {t.name: t for t in stdio_client.list_tools()}
    assert set(tools) == {"add", "whoami", "explode", "sleep"}
    assert tools["add"].description == "Add two integers."
    assert tools["add"].input_schema["required"] == ["a", "b"]
    result = stdio_client.call_tool("add", {"a": 2, "b": 40})
    assert (result.text, result.is_error) == ("42", False)


def test_a_tool_that_raises_is_an_error_result(stdio_client: McpClient) -> None:
    result = stdio_client.call_tool("explode", {"reason": "on purpose"})
    assert result.is_error
    assert "explode" in result.text


def test_a_slow_tool_times_out_and_stop_ends_the_wait(stdio_client: McpClient) -> None:
    started = time.perf_counter()
    with pytest.raises(McpError, match=r'"calc" did not run sleep within 0\.5 s'):
        stdio_client.call_tool("sleep", {"seconds": 3}, timeout=0.5)
    assert time.perf_counter() - started < 2
    cancel = threading.Event()
    threading.Timer(0.2, cancel.set).start()
    with pytest.raises(McpError, match="Stopped before calc could run sleep"):
        stdio_client.call_tool("sleep", {"seconds": 3}, timeout=30, cancel=cancel)
    assert stdio_client.call_tool("add", {"a": 1, "b": 1}).text == "2"  # still usable


def test_env_secret_from_the_keychain_and_stderr_to_the_log(
    caplog: pytest.LogCaptureFixture,
) -> None:
    keyring.set_password("QwenDesk", "mcp:test-secret", "s3cret")
    caplog.set_level(logging.INFO, logger="desktop.tools.mcp_client")
    client = McpClient(stdio("env", TEST_SECRET="keychain:test-secret"), connect_timeout=60)
    client.start()
    try:
        assert client.wait_ready(), client.error
        assert client.call_tool("whoami", {}).text == "s3cret"
    finally:
        client.close()
    logged = [r.getMessage() for r in caplog.records if r.name == "desktop.tools.mcp_client.env"]
    assert "test server: serving stdio" in logged


def test_a_server_that_crashes_at_start_gives_a_plain_error() -> None:
    client = McpClient(stdio("crashy", "crash"), connect_timeout=30)
    client.start()
    try:
        assert not client.wait_ready()
        assert client.error.startswith('The MCP server "crashy" stopped')
        assert "Traceback" not in client.error
        with pytest.raises(McpError, match="crashy"):
            client.list_tools()
    finally:
        client.close()


def test_a_server_that_hangs_times_out() -> None:
    client = McpClient(stdio("stuck", "hang"), connect_timeout=1.5)
    started = time.perf_counter()
    client.start()
    try:
        assert not client.wait_ready()
        assert client.error.startswith('The MCP server "stuck" did not answer within 1.5 s')
        assert time.perf_counter() - started < 10
    finally:
        client.close()


def test_a_missing_command_says_so() -> None:
    client = McpClient(ServerConfig("ghost", command="qwen-desk-no-such-program"))
    client.start()
    try:
        assert not client.wait_ready()
        assert 'the command "qwen-desk-no-such-program" was not found' in client.error
    finally:
        client.close()


# -- streamable HTTP on loopback ----------------------------------------------------------


@pytest.fixture(scope="module")
def http_url() -> Iterator[str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, SERVER, "http", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                pytest.fail("the test MCP HTTP server did not start")
            time.sleep(0.1)
    yield f"http://127.0.0.1:{port}/mcp"
    process.terminate()
    process.wait(10)


def test_http_server_through_the_manager_and_the_registry(http_url: str, tmp_path: Path) -> None:
    path = tmp_path / "mcp.json"
    path.write_text(
        json.dumps(
            {
                "mcpServers": {
                    "web": {"url": http_url, "headers": {"X-Test": "1"}},
                    "far": {"url": "https://example.org/mcp"},
                    "crashy": {"command": sys.executable, "args": [SERVER, "crash"]},
                }
            }
        )
    )
    set_tool_enabled(path, "web", "sleep", False)
    manager = McpManager(load_config(path), offline=True, connect_timeout=30)
    manager.start()
    try:
        manager.wait_ready()
        states = {s.name: s for s in manager.statuses()}
        assert states["web"].state == "ready"
        assert {t.name for t in states["web"].tools} == {"add", "whoami", "explode", "sleep"}
        assert states["web"].enabled == {"add", "whoami", "explode"}
        assert states["far"].state == "blocked"
        assert "offline mode" in states["far"].message
        assert states["crashy"].state == "failed"
        tools = manager.tools(taken=["add"])
        assert [t.name for t in tools] == ["web_add", "whoami", "explode"]
        assert tools[0].source == "web"
        registry = ToolRegistry(tools)
        cancel = threading.Event()
        ok = registry.execute(ToolCall("1", "web_add", {"a": 2, "b": 3}), cancel)
        bad = registry.execute(ToolCall("2", "explode", {"reason": "x"}), cancel)
    finally:
        manager.close()
    assert (ok.status, ok.content) == (CallStatus.OK, "5")
    assert bad.status is CallStatus.ERROR
    assert bad.content.startswith('Error: The MCP server "web" said:')
