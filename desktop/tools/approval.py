"""Asking before a tool runs: Run / Always in this chat / Deny, unless the tool is trusted.

The GUI implements :data:`AskApproval` (it is called on the generation worker thread and
blocks until the user answers or Stop is pressed); :class:`ApprovalBox` is the thread-safe
slot it can use to carry the answer from the GUI thread back.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from enum import StrEnum

from desktop.tools.calls import ApprovedBy, ToolCall


class Decision(StrEnum):
    RUN = "run"  # this call only
    ALWAYS = "always"  # this tool, for the rest of this chat
    DENY = "deny"


@dataclass(frozen=True)
class ApprovalRequest:
    conversation: Hashable  # whatever the service keys chats by (the history id)
    call: ToolCall
    source: str  # "built-in" or the MCP server's name, for the prompt's wording
    cancel: threading.Event  # set by Stop: stop waiting and deny


AskApproval = Callable[[ApprovalRequest], Decision]
"""The GUI's prompt: blocks the worker thread until the user decides (DENY on Stop)."""


class ApprovalBox:
    """A one-shot answer slot: the GUI thread calls :meth:`answer`, the worker waits."""

    def __init__(self) -> None:
        self._done = threading.Event()
        self._decision = Decision.DENY

    def answer(self, decision: Decision) -> None:
        if not self._done.is_set():
            self._decision = decision
            self._done.set()

    def wait(self, cancel: threading.Event, poll_s: float = 0.05) -> Decision:
        """The user's decision; DENY as soon as ``cancel`` is set."""
        while not self._done.wait(poll_s):
            if cancel.is_set():
                return Decision.DENY
        return Decision.DENY if cancel.is_set() else self._decision


class ApprovalPolicy:
    """Who may run what: trusted tool names (from settings) run without asking; "Always in
    this chat" is remembered per conversation for as long as the app runs."""

    def __init__(self, trusted: Iterable[str] = (), ask: AskApproval | None = None) -> None:
        self.trusted: set[str] = set(trusted)
        self.ask = ask  # None: nothing untrusted runs (no one to ask)
        self._per_chat: dict[Hashable, set[str]] = {}
        self._lock = threading.Lock()

    def allowed_in_chat(self, conversation: Hashable) -> frozenset[str]:
        with self._lock:
            return frozenset(self._per_chat.get(conversation, ()))

    def allow_in_chat(self, conversation: Hashable, tool: str) -> None:
        with self._lock:
            self._per_chat.setdefault(conversation, set()).add(tool)

    def forget_chat(self, conversation: Hashable) -> None:
        with self._lock:
            self._per_chat.pop(conversation, None)

    def decide(
        self, conversation: Hashable, call: ToolCall, source: str, cancel: threading.Event
    ) -> ApprovedBy:
        """How ``call`` is allowed to run, or ``ApprovedBy.NONE`` when it is denied."""
        if call.name in self.trusted:
            return ApprovedBy.TRUSTED
        if call.name in self.allowed_in_chat(conversation):
            return ApprovedBy.CHAT
        if self.ask is None or cancel.is_set():
            return ApprovedBy.NONE
        decision = self.ask(ApprovalRequest(conversation, call, source, cancel))
        if cancel.is_set() or decision is Decision.DENY:
            return ApprovedBy.NONE
        if decision is Decision.ALWAYS:
            self.allow_in_chat(conversation, call.name)
            return ApprovedBy.CHAT
        return ApprovedBy.USER
