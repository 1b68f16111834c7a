"""What the transcript shows of one message: plain data the window hands to ``ChatView``.

Kept apart from the widget (and free of Qt) so the window, history code and tests can build
messages without importing QtWebEngine.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from desktop.render.tool_cards import ToolCard

ROLES = ("user", "assistant", "system")
STATES = ("complete", "streaming", "interrupted")


@dataclass
class MessageView:
    """One message as displayed; ``stats`` keys: generated_tokens, generation_tps, ttft_s,
    thinking_tokens, stop_reason, thinking_seconds (all optional)."""

    id: int
    role: str  # "user" | "assistant" | "system"
    text: str  # the answer (assistant) or the message (user, system)
    thinking: str = ""
    author: str = ""  # "You" or the model name
    created: datetime | None = None
    stats: Mapping[str, Any] = field(default_factory=dict)
    version: tuple[int, int] | None = None  # (current, total), shown when total > 1
    state: str = "complete"  # "complete" | "streaming" | "interrupted"
    error: str = ""
    dropped: bool = False  # left out of the model's context: shown dimmed with a note
    tools: tuple[ToolCard, ...] = ()  # the tool calls this reply made, shown as cards
