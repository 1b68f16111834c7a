"""Tool calls, their results, and the chat messages that carry them to the model.

Messages follow the OpenAI shape Qwen's chat templates read: an assistant message with
``tool_calls`` (``{"type": "function", "id", "function": {"name", "arguments"}}``) and one
``tool`` message per result, in call order.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from desktop.core.i18n import translate


class CallStatus(StrEnum):
    OK = "ok"
    ERROR = "error"  # malformed call, unknown tool, or the tool failed
    DENIED = "denied"  # the user said no
    CANCELLED = "cancelled"  # Stop while it waited or ran
    SKIPPED = "skipped"  # not run: the round limit was reached


class ApprovedBy(StrEnum):
    NONE = ""  # not run
    USER = "user"  # Run, this once
    CHAT = "chat"  # Always in this chat
    TRUSTED = "trusted"  # a tool the user marked as trusted in Settings


@dataclass(frozen=True)
class ToolCall:
    """One ``<tool_call>`` the model wrote. ``error`` is set when it could not be read."""

    id: str
    name: str
    arguments: Mapping[str, Any] = field(default_factory=dict)
    raw: str = ""  # the text between the tags, as written
    error: str = ""

    def arguments_json(self) -> str:
        return json.dumps(dict(self.arguments), ensure_ascii=False)

    def as_message_call(self) -> dict[str, Any]:
        """The entry for an assistant message's ``tool_calls``."""
        return {
            "type": "function",
            "id": self.id,
            "function": {"name": self.name, "arguments": dict(self.arguments)},
        }


def shown_result(text: str) -> str:
    """A result text as the window shows it: the fixed results Qwen Desk writes itself
    (marked ``QT_TRANSLATE_NOOP("ToolResult", ...)``: "The user denied this tool call.") in the
    interface language; anything else (a tool's own output) unchanged. The model always reads
    the English text."""
    return translate("ToolResult", text)


@dataclass(frozen=True)
class ToolResult:
    """What came of one call: the text the model gets back and what the card shows."""

    call: ToolCall
    status: CallStatus
    content: str
    duration_s: float = 0.0
    approved_by: ApprovedBy = ApprovedBy.NONE
    source: str = ""  # "built-in", the MCP server's name, or "" (unknown tool)

    @property
    def ok(self) -> bool:
        return self.status is CallStatus.OK

    def as_message(self) -> dict[str, Any]:
        """The ``tool`` message that returns this result to the model."""
        return {
            "role": "tool",
            "tool_call_id": self.call.id,
            "name": self.call.name,
            "content": self.content,
        }


def assistant_message(content: str, calls: Sequence[ToolCall]) -> dict[str, Any]:
    """The assistant message of one round: its answer text and the calls it made."""
    message: dict[str, Any] = {"role": "assistant", "content": content}
    if calls:
        message["tool_calls"] = [call.as_message_call() for call in calls]
    return message


def function_spec(name: str, description: str, parameters: Mapping[str, Any]) -> dict[str, Any]:
    """An OpenAI-style function spec, as Qwen's template lists it inside ``<tools>``."""
    return {
        "type": "function",
        "function": {"name": name, "description": description, "parameters": dict(parameters)},
    }
