"""The tools a conversation offers: their specs for the template and running a call safely.

A tool is a name, a description, a JSON-Schema of its arguments and a handler. Whatever goes
wrong — an unknown tool, missing arguments, the handler raising — becomes an error result in
plain words that goes back to the model and onto the tool-call card; nothing raises out.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop.tools.calls import ApprovedBy, CallStatus, ToolCall, ToolResult, function_spec

log = logging.getLogger(__name__)

ToolHandler = Callable[[Mapping[str, Any], threading.Event], str]
"""Runs one call: the arguments and the Stop event; returns the text the model gets back.
Raise :class:`ToolError` with a plain sentence for a failure the user should read as is."""


class ToolError(Exception):
    """A tool failed in a way it can explain; ``str(err)`` goes to the model and the user."""


@dataclass(frozen=True)
class Tool:
    name: str
    description: str
    parameters: Mapping[str, Any]  # JSON Schema of the arguments object
    handler: ToolHandler = field(repr=False)
    source: str = "built-in"  # "built-in" or the MCP server's name

    def spec(self) -> dict[str, Any]:
        return function_spec(self.name, self.description, self.parameters)


class ToolRegistry:
    """Tools by name, in the order they were added (the order the model sees them)."""

    def __init__(self, tools: Iterable[Tool] = ()) -> None:
        self._tools: dict[str, Tool] = {}
        for tool in tools:
            self.add(tool)

    def add(self, tool: Tool) -> None:
        self._tools[tool.name] = tool

    def remove(self, name: str) -> None:
        self._tools.pop(name, None)

    def get(self, name: str) -> Tool | None:
        return self._tools.get(name)

    def __contains__(self, name: object) -> bool:
        return name in self._tools

    def __len__(self) -> int:
        return len(self._tools)

    def names(self) -> list[str]:
        return list(self._tools)

    def specs(self) -> list[dict[str, Any]]:
        """The function specs for ``GenerationRequest.tools``."""
        return [tool.spec() for tool in self._tools.values()]

    def check(self, call: ToolCall) -> str:
        """Why ``call`` cannot run (a plain sentence), or "" when it can."""
        if call.error:
            return call.error
        tool = self._tools.get(call.name)
        if tool is None:
            known = ", ".join(self._tools) or "none"
            return f"There is no tool named {call.name!r}. The tools you can call are: {known}."
        required = tool.parameters.get("required", [])
        missing = [name for name in required if name not in call.arguments]
        if missing:
            return f"The call to {call.name} is missing the argument(s): {', '.join(missing)}."
        return ""

    def execute(
        self, call: ToolCall, cancel: threading.Event, approved_by: ApprovedBy = ApprovedBy.USER
    ) -> ToolResult:
        """Run an approved call; every failure becomes an error result, never an exception."""
        started = time.perf_counter()
        problem = self.check(call)
        if problem:
            return ToolResult(call, CallStatus.ERROR, f"Error: {problem}", 0.0, approved_by)
        tool = self._tools[call.name]
        try:
            content = tool.handler(call.arguments, cancel)
            status = CallStatus.CANCELLED if cancel.is_set() else CallStatus.OK
        except ToolError as exc:
            content, status = f"Error: {exc}", CallStatus.ERROR
        except Exception as exc:  # a tool's bug must not end the chat
            log.warning("Tool %s failed", call.name, exc_info=True)
            detail = str(exc) or type(exc).__name__
            content, status = f"Error: the tool {call.name} failed: {detail}", CallStatus.ERROR
        return ToolResult(call, status, content, time.perf_counter() - started, approved_by)
