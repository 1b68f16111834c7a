"""When the shown chat does not fit the model's context: the banner's explanation, and the ways
out the controller carries out (a new chat from a summary, the waiting message shortened).

Dropping the oldest turns is only a resend (``ChatController.retry_dropping_oldest``); a
larger context is the window's reload (``desktop/gui/window/overflow.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.chat.outcome import Outcome, Overflow
from desktop.chat.service import ChatError
from desktop.core.i18n import format_number, translate

if TYPE_CHECKING:
    from desktop.gui.chat.controller import ChatController
    from desktop.gui.chat.replies import ActiveReply


def overflow_text(overflow: Overflow) -> str:
    """The banner's explanation of an overflow."""
    if overflow.fits_alone:
        text = translate(
            "ChatController",
            "This conversation needs about {needed} tokens, but the model's context holds "
            "{size}. Nothing was cut; choose how to continue:",
        )
    else:
        text = translate(
            "ChatController",
            "Your message alone needs about {needed} tokens, more than the model's context of "
            "{size} holds. Nothing was cut; choose how to continue:",
        )
    return text.format(needed=format_number(overflow.needed), size=format_number(overflow.n_ctx))


def shorten_last_and_resend(controller: ChatController, max_chars: int) -> None:
    """Cut the waiting message to ``max_chars`` (saying so in it) and answer it."""
    if controller.conversation_id is None or controller.generating:
        return
    thread = controller.shown_messages()
    if not thread or thread[-1].role != "user":
        return
    text = thread[-1].content
    kept = text[:max_chars].rstrip()
    note = (
        f"\n\n[Shortened by Qwen Desk to fit the model's context: "
        f"{len(text) - len(kept):,} of {len(text):,} characters left out.]"
    )
    try:
        controller.chat.replace_last_message(controller.conversation_id, kept + note)
    except ChatError as exc:
        controller.notice.emit(str(exc))
        return
    controller.refresh()
    controller.resend_last()


def summarise_into_new_chat(controller: ChatController) -> None:
    """Ask the model for a summary of the conversation, then continue in a new chat."""
    if controller.conversation_id is None or controller.generating:
        return
    signals = controller.replies.listen()
    try:
        job = controller.chat.summarise(controller.conversation_id, signals.listener())
    except ChatError as exc:
        controller.notice.emit(str(exc))
        return
    controller.replies.begin_summary(signals, job, controller.conversation_id)
    controller.notice.emit(
        translate("ChatController", "Summarising the conversation for a new chat…")
    )


def finish_summary(controller: ChatController, active: ActiveReply, outcome: Outcome) -> None:
    """The summary ended: a new chat starts from it with a reply, or the banner says why not."""
    controller.notice.emit("")
    summary = "".join(active.summary).strip()
    if outcome.failed or not summary:
        controller.notice.emit(
            outcome.error or translate("ChatController", "The summary could not be made.")
        )
        return
    signals = controller.replies.listen()
    try:
        reply = controller.chat.continue_with_summary(
            active.conversation_id, summary, controller.options, signals.listener()
        )
    except ChatError as exc:
        controller.notice.emit(str(exc))
        return
    controller.conversation_id = reply.conversation_id
    controller.refresh(without=reply.reply_id)
    controller.replies.begin(reply, signals)
    controller.conversations_changed.emit(reply.conversation_id)
