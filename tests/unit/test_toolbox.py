"""The ToolBox the chat service holds: settings in, a tool turn with python and MCP out."""

from __future__ import annotations

import json
import sys
import threading
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.core.settings import Settings, ToolSettings, load_settings, save_settings
from desktop.engines.base import GenerationRequest, LoadOptions
from desktop.engines.fake import FakeEngine
from desktop.tools.calls import ApprovedBy, CallStatus
from desktop.tools.loop import ToolCallFinished, TurnFinished
from desktop.tools.toolbox import ToolBox

SERVER = str(Path(__file__).resolve().parents[1] / "mcp_server.py")


def tool_call(name: str, **arguments: object) -> str:
    return f"<tool_call>{json.dumps({'name': name, 'arguments': arguments})}</tool_call>"


def test_tool_settings_are_saved_and_loaded(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    tools = ToolSettings(enabled=True, trusted=["python"], python_time_s=3.0)
    save_settings(replace(Settings(), tools=tools), path)
    assert load_settings(path).tools == tools
    data = json.loads(path.read_text())
    data["tools"]["max_rounds"] = "lots"  # a bad value falls back on its own
    path.write_text(json.dumps(data))
    assert load_settings(path).tools == replace(tools, max_rounds=8)


@pytest.mark.slow
def test_a_turn_with_python_and_an_mcp_server(tmp_path: Path) -> None:
    mcp_json = tmp_path / "mcp.json"
    mcp_json.write_text(
        json.dumps({"mcpServers": {"calc": {"command": sys.executable, "args": [SERVER, "stdio"]}}})
    )
    settings = ToolSettings(enabled=True, trusted=["python"], python_time_s=5.0)
    box = ToolBox(settings, mcp_path=mcp_json)
    box.start()
    try:
        box.mcp.wait_ready(60)
        assert box.registry().names() == ["python", "add", "whoami", "explode", "sleep"]
        assert box.statuses()[0].state == "ready"
        fake = FakeEngine(
            replies=[tool_call("python", code="print(6 * 7)") + tool_call("add", a=1, b=2), "ok"]
        )
        fake.load(Path("fake.gguf"), LoadOptions())
        request = GenerationRequest([{"role": "user", "content": "go"}])
        events = list(box.run_turn(fake.generate, request, threading.Event(), conversation=7))
        results = [e.result for e in events if isinstance(e, ToolCallFinished)]
        assert [(r.call.name, r.status, r.content) for r in results] == [
            ("python", CallStatus.OK, "42"),
            ("add", CallStatus.DENIED, "The user denied this tool call."),  # nobody to ask
        ]
        assert results[0].approved_by is ApprovedBy.TRUSTED
        assert isinstance(events[-1], TurnFinished)
        box.apply(replace(settings, trusted=["python", "add"], python_time_s=2.0), offline=False)
        assert box.runner.limits.time_s == 2.0
        assert box.policy.trusted == {"python", "add"}
    finally:
        box.close()


def test_an_unreadable_mcp_json_is_reported_not_raised(tmp_path: Path) -> None:
    mcp_json = tmp_path / "mcp.json"
    mcp_json.write_text("{nope")
    box = ToolBox(ToolSettings(enabled=True, python=False), mcp_path=mcp_json)
    try:
        assert box.config_error.startswith("mcp.json is not valid JSON at line 1")
        assert box.registry().names() == []
    finally:
        box.close()
