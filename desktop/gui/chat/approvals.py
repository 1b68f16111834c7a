"""Approval of tool calls from the window: the :data:`~desktop.tools.approval.AskApproval`
the tool loop calls on the generation thread, answered by the buttons in the call's card.

Each question gets a one-time token that only the card's own buttons carry; an answer with
another token (text a model wrote, an old card) is ignored. Stop denies whatever waits.
"""

from __future__ import annotations

import hmac
import logging
import secrets
import threading
from collections.abc import Hashable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from desktop.tools.approval import ApprovalBox, ApprovalRequest, Decision

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Ask:
    """A question waiting for the user: which chat, which call, and the buttons' token."""

    conversation: Hashable
    call_id: str
    token: str
    source: str


@dataclass
class _Pending:
    ask: Ask
    box: ApprovalBox


class GuiApprovals(QObject):
    """Questions from the tool loop to the window. ``asked`` and ``settled`` arrive on the GUI
    thread (queued); :meth:`ask` blocks the generation thread until an answer or Stop."""

    asked = Signal(object)  # Ask
    settled = Signal(str)  # call id: answered, denied by Stop, or given up

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._pending: dict[str, _Pending] = {}

    def ask(self, request: ApprovalRequest) -> Decision:
        """Called by the tool loop on the generation thread."""
        ask = Ask(request.conversation, request.call.id, secrets.token_urlsafe(12), request.source)
        pending = _Pending(ask, ApprovalBox())
        with self._lock:
            self._pending[ask.call_id] = pending
        try:
            self.asked.emit(ask)
            return pending.box.wait(request.cancel)
        finally:
            with self._lock:
                self._pending.pop(ask.call_id, None)
            self.settled.emit(ask.call_id)

    def answer(self, call_id: str, token: str, decision: Decision) -> bool:
        """The user pressed a card's button; False (and nothing happens) unless the call is
        waiting and the token is the one its buttons were given."""
        with self._lock:
            pending = self._pending.get(call_id)
        if pending is None or not hmac.compare_digest(token, pending.ask.token):
            log.warning("ignored an approval the app did not ask for (%s)", call_id[:40])
            return False
        pending.box.answer(decision)
        return True

    def deny_all(self, conversation: Hashable = None) -> None:
        """Deny every question waiting (of ``conversation`` only, when given): Stop."""
        with self._lock:
            waiting = list(self._pending.values())
        for pending in waiting:
            if conversation is None or pending.ask.conversation == conversation:
                pending.box.answer(Decision.DENY)

    def waiting(self) -> list[Ask]:
        with self._lock:
            return [p.ask for p in self._pending.values()]
