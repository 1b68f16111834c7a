"""The composer's tools bar: tools on, plainly none for a model whose template has no tool
support, Qwen2.5-Math's "Use Python" switch kept with the chat, and a failing MCP server shown
as a notice without freezing the window."""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

from desktop.core.prompts import MATHS
from desktop.engines.base import ModelInfo
from desktop.engines.fake import FakeEngine
from tests.gui.test_tool_cards_window import open_window, send, wait_idle

__all__ = ["open_window"]

SERVER = str(Path(__file__).resolve().parents[1] / "mcp_server.py")


class DetailedEngine(FakeEngine):
    def __init__(self, details: dict[str, str], **kwargs: object) -> None:
        super().__init__(tokens_per_s=0, **kwargs)  # type: ignore[arg-type]
        self.details = details

    def load(self, source, options, progress=None) -> ModelInfo:
        info = super().load(source, options, progress)
        self._info = dataclasses.replace(info, details=self.details)
        return self._info


def test_tools_on_says_how_many_and_a_model_without_tool_support_says_why(
    qtbot, open_window
) -> None:
    window = open_window(FakeEngine(tokens_per_s=0), False)
    bar = window.tools_bar
    assert bar.label.isVisible()
    assert bar.label.text() == "Tools on · 1"
    assert "python" in bar.label.toolTip()
    other = open_window(DetailedEngine({"tools": "no"}), False)
    label = other.tools_bar.label
    assert label.text() == "This model cannot use tools"
    assert "chat template has no tool support" in label.toolTip()
    other.state.settings.update(lambda s: setattr(s.tools, "enabled", False))
    assert not label.isVisible()


def test_use_python_shows_for_a_math_model_on_the_maths_preset_and_is_kept(
    qtbot, open_window, store
) -> None:
    window = open_window(DetailedEngine({"family": "qwen2.5-math"}, answer="4"), False)
    switch = window.tools_bar.math_python
    qtbot.waitUntil(lambda: window.controller.options.preset == MATHS)
    assert switch.isVisible(), "a new chat on a Math model starts on the Maths preset"
    switch.click()
    assert window.controller.options.math_python
    send(qtbot, window, "2+2")
    wait_idle(qtbot, window)
    conversation = store.list_conversations()[0].id
    window.new_chat()
    window.controller.show_conversation(conversation)
    assert window.controller.options.math_python
    assert switch.isChecked()
    window.composer.preset_changed.emit("General", "")  # the user picks another preset
    assert not switch.isVisible()


def test_a_failing_server_is_a_notice_and_the_window_stays_usable(
    qtbot, open_window, app_home
) -> None:
    window = open_window(FakeEngine("Still here.", tokens_per_s=0), False)
    box = window.state.toolbox
    assert box is not None
    assert box.mcp_path is not None
    box.mcp_path.parent.mkdir(parents=True, exist_ok=True)
    crash = {"mcpServers": {"crashy": {"command": sys.executable, "args": [SERVER, "crash"]}}}
    box.mcp_path.write_text(json.dumps(crash), encoding="utf-8")
    window.state.reload_mcp()
    qtbot.waitUntil(lambda: "crashy" in window.banner.text(), timeout=30_000)
    assert "stopped" in window.banner.text()
    send(qtbot, window, "hello")
    wait_idle(qtbot, window)
    assert window.chat_view.message_text(window.controller.shown_messages()[-1].id) == (
        "Still here."
    )
