"""Tool calls in the history's exports and imports: Markdown for people, OpenAI's shape in.

The calls themselves are kept in message stats (records.TOOL_CALLS / records.TOOL_CALL), so our
JSON export and import carry them unchanged.
"""

from __future__ import annotations

import json
from typing import Any

from desktop.core.history.records import TOOL_CALL, TOOL_CALLS
from desktop.core.history.transfer_check import Checker, ImportProblem


def fenced(text: str, language: str) -> list[str]:
    """A fenced block longer than any backtick run inside ``text``."""
    fence = "`" * max(3, _longest_backticks(text) + 1)
    return [f"{fence}{language}", text, fence, ""]


def _longest_backticks(text: str) -> int:
    best = run = 0
    for char in text:
        run = run + 1 if char == "`" else 0
        best = max(best, run)
    return best


def tool_call_lines(stats: Any) -> list[str]:
    """An assistant's tool calls, and a tool result's status and time, as Markdown."""
    lines: list[str] = []
    calls = stats.get(TOOL_CALLS)
    for call in calls if isinstance(calls, list) else []:
        if isinstance(call, dict):
            arguments = json.dumps(call.get("arguments", {}), ensure_ascii=False, indent=2)
            lines += [f"**Tool call:** `{call.get('name', '')}`", ""]
            lines += fenced(arguments, "json")
    result = stats.get(TOOL_CALL)
    if isinstance(result, dict) and result.get("status"):
        about = [str(result["status"])]
        if isinstance(result.get("duration_s"), int | float):
            about.append(f"{result['duration_s']:.2f} s")
        if result.get("approved_by"):
            about.append(f"allowed: {result['approved_by']}")
        lines += ["*" + " · ".join(about) + "*", ""]
    return lines


def openai_tool_stats(msg: Checker, role: str) -> dict[str, Any]:
    """An OpenAI message's tool calls (assistant) or call reference (tool), as our stats."""
    if role == "tool":
        call = {"id": msg.text("tool_call_id", ""), "name": msg.text("name", "")}
        return {TOOL_CALL: call} if call["id"] or call["name"] else {}
    if role != "assistant" or msg.data.get("tool_calls") is None:
        return {}
    calls = []
    for item in msg.items("tool_calls"):
        function = Checker(item.mapping("function"), item.where("function"))
        arguments: Any = function.data.get("arguments", {})
        if isinstance(arguments, str):
            try:
                arguments = json.loads(arguments) if arguments.strip() else {}
            except json.JSONDecodeError:
                raise ImportProblem(function.where("arguments"), "is not valid JSON") from None
        if not isinstance(arguments, dict):
            raise ImportProblem(function.where("arguments"), "is not a JSON object")
        calls.append(
            {"id": item.text("id", ""), "name": function.text("name"), "arguments": arguments}
        )
    return {TOOL_CALLS: calls} if calls else {}
