"""Tool calls in the conversation history: what to store, and messages for the model back.

The store keeps them in each message's stats JSON (keys in desktop.core.history.records), so
no schema change was needed and our JSON export/import carries them: the assistant message of
a round stores its calls, each following ``tool`` message stores which call it answers, how
it went and how long it took. The GUI redraws tool-call cards from the same data.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from desktop.core.history.records import TOOL_CALL, TOOL_CALLS
from desktop.tools.calls import ApprovedBy, CallStatus, ToolCall, ToolResult


def assistant_stats(calls: Sequence[ToolCall]) -> dict[str, Any]:
    """Stats to merge into an assistant message that made ``calls`` (empty when none)."""
    if not calls:
        return {}
    stored = []
    for call in calls:
        item: dict[str, Any] = {"id": call.id, "name": call.name, "arguments": dict(call.arguments)}
        if call.error:
            item["raw"], item["error"] = call.raw, call.error
        stored.append(item)
    return {TOOL_CALLS: stored}


def tool_stats(result: ToolResult) -> dict[str, Any]:
    """Stats of the ``tool`` message that holds ``result`` (its content is the result text)."""
    return {
        TOOL_CALL: {
            "id": result.call.id,
            "name": result.call.name,
            "arguments": dict(result.call.arguments),
            "status": result.status.value,
            "duration_s": round(result.duration_s, 4),
            "approved_by": result.approved_by.value,
        }
    }


def calls_from_stats(stats: Mapping[str, Any]) -> list[ToolCall]:
    """The calls an assistant message made, as stored (or in the OpenAI message shape)."""
    items = stats.get(TOOL_CALLS)
    out = []
    for entry in items if isinstance(items, list) else []:
        if isinstance(entry, Mapping):
            function = entry.get("function")
            item = {**entry, **function} if isinstance(function, Mapping) else entry
            arguments = item.get("arguments")
            out.append(
                ToolCall(
                    str(item.get("id", "")),
                    str(item.get("name", "")),
                    dict(arguments) if isinstance(arguments, Mapping) else {},
                    raw=str(item.get("raw", "")),
                    error=str(item.get("error", "")),
                )
            )
    return out


def result_from_stats(content: str, stats: Mapping[str, Any]) -> ToolResult | None:
    """A stored tool message as a result, for redrawing its card; None when it is not one."""
    item = stats.get(TOOL_CALL)
    if not isinstance(item, Mapping):
        return None
    arguments = item.get("arguments")
    call = ToolCall(
        str(item.get("id", "")),
        str(item.get("name", "")),
        dict(arguments) if isinstance(arguments, Mapping) else {},
    )
    try:
        status = CallStatus(item.get("status", "ok"))
        approved_by = ApprovedBy(item.get("approved_by", ""))
    except ValueError:
        status, approved_by = CallStatus.OK, ApprovedBy.NONE
    duration = item.get("duration_s")
    return ToolResult(
        call,
        status,
        content,
        float(duration) if isinstance(duration, int | float) else 0.0,
        approved_by,
    )


def model_message(role: str, content: str, stats: Mapping[str, Any]) -> dict[str, Any]:
    """A stored message as the model should see it: an assistant's calls as ``tool_calls``,
    a tool result with the id and name of its call. (Thinking is left out by the engines.)"""
    message: dict[str, Any] = {"role": role, "content": content}
    if role == "assistant":
        calls = calls_from_stats(stats)
        if calls:
            message["tool_calls"] = [call.as_message_call() for call in calls]
    elif role == "tool":
        item = stats.get(TOOL_CALL)
        if isinstance(item, Mapping):
            message["tool_call_id"] = str(item.get("id", ""))
            message["name"] = str(item.get("name", ""))
    return message
