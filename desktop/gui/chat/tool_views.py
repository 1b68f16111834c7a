"""Tool calls as the transcript shows them: cards from the loop's events and from the history,
where each ``tool`` row is folded into the reply before it (never a chat bubble of its own).

:class:`ToolCards` follows the reply streaming on the page: it puts each call's card under
the reply as the events arrive and turns a card into a question (with the one-time token of
:class:`~desktop.gui.chat.approvals.GuiApprovals`) while the tool loop waits for the user.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Hashable, Sequence
from typing import Protocol

from PySide6.QtCore import QObject

from desktop.core.history import Message
from desktop.gui.chat.approvals import Ask, GuiApprovals
from desktop.render.tool_cards import ToolCard
from desktop.tools.approval import Decision
from desktop.tools.calls import ToolCall, ToolResult, shown_result
from desktop.tools.history import calls_from_stats, code_runs_from_stats, result_from_stats
from desktop.tools.loop import ToolCallFinished, ToolCallRunning, ToolCallStarted

log = logging.getLogger(__name__)


def arguments_text(call: ToolCall) -> str:
    """What the card shows of the arguments: a python call's code as written, else JSON."""
    code = call.arguments.get("code") if len(call.arguments) == 1 else None
    if isinstance(code, str):
        return code
    if call.error and call.raw:
        return call.raw
    return json.dumps(dict(call.arguments), ensure_ascii=False, indent=2)


def card_of_call(call: ToolCall, source: str, state: str = "waiting") -> ToolCard:
    return ToolCard(call.id, call.name, arguments_text(call), source, state)


def card_of_result(result: ToolResult) -> ToolCard:
    return ToolCard(
        result.call.id,
        result.call.name,
        arguments_text(result.call),
        result.source,
        "done",
        result.status.value,
        shown_result(result.content),  # Qwen Desk's own fixed results in the interface language
        result.duration_s,
        result.approved_by.value,
    )


def fold_tool_rows(thread: Sequence[Message]) -> dict[int, tuple[ToolCard, ...]]:
    """The cards of each reply in ``thread`` by message id: its calls (from its stats) with
    the results of the ``tool`` rows after it, and its code runs (Qwen2.5-Math)."""
    cards: dict[int, list[ToolCard]] = {}
    owner: Message | None = None
    for message in thread:
        if message.role == "assistant":
            owner = message
            made = [card_of_result(r) for r in code_runs_from_stats(message.stats)]
            made += [card_of_call(c, "", "done") for c in calls_from_stats(message.stats)]
            cards[message.id] = made
        elif message.role == "tool" and owner is not None:
            result = result_from_stats(message.content, message.stats)
            if result is None:
                continue
            done = card_of_result(result)
            shown = cards[owner.id]
            at = next((i for i, c in enumerate(shown) if c.call_id == done.call_id), None)
            if at is None:
                shown.append(done)
            else:
                shown[at] = done
    return {key: tuple(value) for key, value in cards.items() if value}


class CardView(Protocol):
    def set_tool_card(self, message_id: int, card: ToolCard) -> None: ...
    def tool_card(self, message_id: int, call_id: str) -> ToolCard | None: ...


class ToolCards(QObject):
    """The cards of the reply streaming on the page, and the answers to their questions."""

    def __init__(
        self, view: CardView, approvals: GuiApprovals | None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.approvals = approvals
        self.conversation: Hashable = None  # the streaming reply's chat (None: idle)
        self._where: dict[str, int] = {}  # call id -> the message its card is under
        self._sources: dict[str, str] = {}
        if approvals is not None:
            approvals.asked.connect(self._on_approvals_asked)
            approvals.settled.connect(self._on_approvals_settled)

    def begin(self, conversation: Hashable) -> None:
        self.conversation = conversation
        self._where.clear()
        self._sources.clear()

    def stop(self) -> None:
        """Stop pressed: deny what waits at once; later events are not this page's."""
        if self.approvals is not None and self.conversation is not None:
            self.approvals.deny_all(self.conversation)
        self.conversation = None

    def on_event(self, event: object, reply_id: int) -> None:
        """A tool-loop event of the streaming reply ``reply_id``."""
        if isinstance(event, ToolCallStarted):
            self._where[event.call.id] = reply_id
            self._sources[event.call.id] = event.source
            self.view.set_tool_card(reply_id, card_of_call(event.call, event.source))
        elif isinstance(event, ToolCallRunning):
            where = self._where.get(event.call.id, reply_id)
            card = card_of_call(event.call, self._sources.get(event.call.id, ""), "running")
            self.view.set_tool_card(where, _with(card, approved_by=event.approved_by.value))
        elif isinstance(event, ToolCallFinished):
            where = self._where.get(event.result.call.id, reply_id)
            self.view.set_tool_card(where, card_of_result(event.result))

    def answer(self, message_id: int, payload: str) -> None:
        """A card's Run / Always in this chat / Deny button: "decision call-id token"."""
        parts = payload.split(" ")
        if len(parts) != 3 or self.approvals is None:
            return
        word, call_id, token = parts
        try:
            decision = Decision(word)
        except ValueError:
            return
        if self._where.get(call_id) != message_id:
            log.info("ignored an approval for a card that is not on this reply")
            return
        if self.approvals.answer(call_id, token, decision):
            card = self.view.tool_card(message_id, call_id)
            if card is not None:  # the buttons go at once; the loop's events follow
                self.view.set_tool_card(message_id, _with(card, state="waiting", ask_token=""))

    def _on_approvals_asked(self, ask: Ask) -> None:
        where = self._where.get(ask.call_id)
        if ask.conversation != self.conversation or where is None:
            return  # another chat's question: it waits until that reply is stopped
        card = self.view.tool_card(where, ask.call_id)
        if card is not None and card.state != "done":
            self.view.set_tool_card(where, _with(card, state="asking", ask_token=ask.token))

    def _on_approvals_settled(self, call_id: str) -> None:
        where = self._where.get(call_id)
        card = self.view.tool_card(where, call_id) if where is not None else None
        if where is not None and card is not None and card.state == "asking":
            self.view.set_tool_card(where, _with(card, state="waiting", ask_token=""))


def _with(card: ToolCard, **changes: str) -> ToolCard:
    from dataclasses import replace

    return replace(card, **changes)  # type: ignore[arg-type]
