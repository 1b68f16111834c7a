"""Everything a chat needs for tools, built from the settings: the Python runner, the MCP
servers, the registry the model sees and the approval policy. The conversation service holds
one :class:`ToolBox` and calls :meth:`ToolBox.run_turn` instead of ``engine.generate``.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Hashable, Iterator
from pathlib import Path

from desktop.core.i18n import translate
from desktop.core.settings import ToolSettings
from desktop.engines.base import GenerationRequest
from desktop.tools.approval import ApprovalPolicy, AskApproval
from desktop.tools.loop import Generate, LoopEvent, run_tool_loop
from desktop.tools.mcp_config import McpConfig, McpConfigError, load_config, set_tool_enabled
from desktop.tools.mcp_tools import McpManager, ServerStatus
from desktop.tools.python_tool import python_tool
from desktop.tools.registry import ToolRegistry
from desktop.tools.runner import PythonRunner, RunLimits
from desktop.tools.tir_loop import TirEvent, run_tir_loop


class ToolBox:
    def __init__(
        self,
        settings: ToolSettings,
        *,
        offline: bool = False,
        ask: AskApproval | None = None,
        mcp_path: Path | None = None,
    ) -> None:
        self.settings = settings
        self.offline = offline
        self.mcp_path = mcp_path
        self.policy = ApprovalPolicy(settings.trusted, ask)
        self.runner = PythonRunner(_limits(settings))
        self.config_error = ""  # mcp.json could not be read: say so in Settings
        self._lock = threading.Lock()
        self.mcp = self._manager()

    def start(self) -> None:
        """Warm the Python runner and begin connecting to the MCP servers (returns at once)."""
        if self.settings.enabled and self.settings.python:
            self.runner.warm_up()
        if self.settings.enabled:
            self.mcp.start()

    def registry(self) -> ToolRegistry:
        """The tools offered now: python (when on) and the switched-on tools of ready servers."""
        tools = [python_tool(self.runner)] if self.settings.python else []
        return ToolRegistry([*tools, *self.mcp.tools(taken=[t.name for t in tools])])

    def run_turn(
        self,
        generate: Generate,
        request: GenerationRequest,
        cancel: threading.Event,
        conversation: Hashable = None,
    ) -> Iterator[LoopEvent]:
        """One reply with tools (see :func:`desktop.tools.loop.run_tool_loop`)."""
        return run_tool_loop(
            generate,
            request,
            self.registry(),
            self.policy,
            cancel,
            conversation=conversation,
            max_rounds=self.settings.max_rounds,
        )

    def run_code_turn(
        self,
        generate: Generate,
        request: GenerationRequest,
        cancel: threading.Event,
        conversation: Hashable = None,
    ) -> Iterator[TirEvent]:
        """One Qwen2.5-Math reply with tool-integrated reasoning (see
        :func:`desktop.tools.tir_loop.run_tir_loop`); code runs ask like the python tool."""
        return run_tir_loop(
            generate,
            request,
            self.runner,
            self.policy,
            cancel,
            conversation=conversation,
            max_runs=self.settings.max_rounds,
        )

    def statuses(self) -> list[ServerStatus]:
        """Each server's state for Settings: ``starting`` only while it really starts."""
        statuses = self.mcp.statuses()
        if self.mcp.started:
            return statuses
        why = (
            translate("McpServer", "Not started: tools are off.")
            if not self.settings.enabled
            else translate("McpServer", "Not started yet.")
        )
        return [
            dataclasses.replace(s, state="idle", message=why) if s.state == "starting" else s
            for s in statuses
        ]

    def set_tool_enabled(self, server: str, tool: str, enabled: bool) -> None:
        """One MCP tool's on/off switch: kept in mcp.json and applied at once (no restart).
        Raises McpConfigError or OSError when the file cannot be written."""
        set_tool_enabled(self.mcp_path, server, tool, enabled)
        self.mcp.set_tool_enabled(server, tool, enabled)

    def apply(self, settings: ToolSettings, offline: bool) -> None:
        """New settings: trusted tools and limits at once; MCP servers restart if offline
        mode changed (they are restarted after mcp.json changes with :meth:`reload_mcp`)."""
        self.settings = settings
        self.policy.trusted = set(settings.trusted)
        limits = _limits(settings)
        if limits != self.runner.limits:
            old, self.runner = self.runner, PythonRunner(limits)
            old.close()
        if offline != self.offline:
            self.offline = offline
            self.reload_mcp()
        self.start()

    def reload_mcp(self) -> None:
        """Re-read mcp.json and restart the servers (Settings → Tools saved the file)."""
        with self._lock:
            old, self.mcp = self.mcp, self._manager()
        old.close()
        if self.settings.enabled:
            self.mcp.start()

    def close(self) -> None:
        self.mcp.close()
        self.runner.close()

    def _manager(self) -> McpManager:
        return McpManager(
            self._config(), offline=self.offline, call_timeout=self.settings.mcp_call_timeout_s
        )

    def _config(self) -> McpConfig:
        try:
            config = load_config(self.mcp_path)
        except McpConfigError as exc:
            self.config_error = str(exc)
            return McpConfig()
        self.config_error = ""
        return config


def _limits(settings: ToolSettings) -> RunLimits:
    return RunLimits(time_s=settings.python_time_s, memory_mb=settings.python_memory_mb)
