"""The reply the chat page runs: sending, starting and stopping it, and its stream's callbacks.

Each reply's events arrive through its own :class:`ReplySignals` (queued to the GUI thread);
only the signals of the reply running now reach the transcript, and every reply ends with one
``finished``, so the page never stays "generating". Stop shows at once; the reply's last words
and stats follow when the engine has stopped (within one token).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.chat.outcome import Outcome, ReplyListener
from desktop.chat.request import left_out_of
from desktop.chat.runner import Job
from desktop.chat.service import ChatError, Reply, RoundSaved
from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.engines.base import StopReason
from desktop.gui import announce
from desktop.gui.chat import overflow_remedies
from desktop.gui.chat.generation import ReplySignals
from desktop.gui.chat.tool_views import fold_tool_rows
from desktop.render.message import MessageView

if TYPE_CHECKING:
    from desktop.gui.chat.controller import ChatController

WAITING_FOR_API = QT_TRANSLATE_NOOP("ChatController", "Waiting for an API request to finish…")


@dataclass
class ActiveReply:
    """The reply (or summary) this page is running."""

    signals: ReplySignals
    job: Job
    reply_id: int | None  # None for a summary
    conversation_id: int
    summary: list[str] = dataclasses.field(default_factory=list)
    dropped: int = 0
    waiting: bool = False  # queued behind an API request, saying so until it starts


class _TitleSignals(QObject):
    """Carries a written chat title from the generation thread to the GUI thread."""

    written = Signal(int, object)  # conversation id, the stored title or None


class Replies(QObject):
    """Runs the page's replies, one at a time, and shows the one running as it streams."""

    def __init__(self, controller: ChatController) -> None:
        super().__init__(controller)
        self.controller = controller
        self.active: ActiveReply | None = None
        self._titles = _TitleSignals(self)
        self._titles.written.connect(self._on_title_written)

    # -- starting and stopping ---------------------------------------------------------------

    def send(self, text: str) -> bool:
        """Start a reply to ``text``; False (with a notice, nothing sent) when it cannot."""
        controller = self.controller
        if not text.strip() or controller.generating:
            return False
        if controller.model is None and controller.generation.loading is None:
            controller.notice.emit(
                translate("ChatController", "Open a model first: File ▸ Open model… (Ctrl+O).")
            )
            return False
        signals = self.listen()
        try:
            reply = controller.chat.send(
                controller.conversation_id, text, controller.options, signals.listener()
            )
        except ChatError as exc:
            controller.notice.emit(str(exc))
            return False
        controller.conversation_id = reply.conversation_id
        if reply.user_message is not None:
            index = len(controller.shown_messages()) - 2
            controller.view.append_message(controller.view_of(reply.user_message, index))
        self.begin(reply, signals)
        controller.conversations_changed.emit(reply.conversation_id)
        return True

    def resend_last(self, drop: bool = False) -> None:
        """Answer the last user message again (after the context grew, or dropping turns)."""
        controller = self.controller
        conversation_id = controller.conversation_id
        if conversation_id is None:
            return
        self.run(
            lambda signals: controller.chat.resend_last(
                conversation_id, controller.options, signals, drop=drop
            )
        )

    def run(self, start: Callable[[ReplyListener], Reply]) -> None:
        """Start the reply ``start`` makes (regenerate, edit, resend) in the shown chat."""
        controller = self.controller
        if controller.generating:
            return
        signals = self.listen()
        try:
            reply = start(signals.listener())
        except ChatError as exc:
            controller.notice.emit(str(exc))
            return
        controller.refresh(without=reply.reply_id)
        self.begin(reply, signals)

    def listen(self) -> ReplySignals:
        """New signals for one reply, connected to this page's callbacks."""
        signals = ReplySignals(self)
        signals.thinking_arrived.connect(self._on_reply_thinking_arrived)
        signals.text_arrived.connect(self._on_reply_text_arrived)
        signals.turns_dropped.connect(self._on_reply_turns_dropped)
        signals.tool_event.connect(self._on_reply_tool_event)
        signals.documents_used.connect(self._on_reply_documents_used)
        signals.finished.connect(self._on_reply_finished)
        signals.started.connect(self._on_reply_started)
        return signals

    def begin(self, reply: Reply, signals: ReplySignals) -> None:
        """Show ``reply`` streaming into its row (saying so while it waits for the API)."""
        controller = self.controller
        waiting = controller.generation.running_source == "api"
        self.active = ActiveReply(signals, reply.job, reply.reply_id, reply.conversation_id)
        signals.setProperty("replyId", reply.reply_id)  # the row it streams into now
        controller.cards.begin(reply.conversation_id)
        self.active.waiting = waiting
        controller.view.begin_stream(self._streaming_view(reply.reply_id))
        controller.busy_changed.emit(True)
        controller.notice.emit(translate("ChatController", WAITING_FOR_API) if waiting else "")

    def begin_summary(self, signals: ReplySignals, job: Job, conversation_id: int) -> None:
        """The page runs a summary of ``conversation_id`` (its text is kept, not shown)."""
        self.active = ActiveReply(signals, job, None, conversation_id)
        self.controller.busy_changed.emit(True)

    def _streaming_view(self, reply_id: int) -> MessageView:
        model = self.controller.model
        author = model.name if model else "Assistant"
        return MessageView(reply_id, "assistant", "", author=author, state="streaming")

    def stop(self) -> None:
        """Stop the reply. The page stops "generating" at once; the engine follows within one
        token and the reply's end arrives after."""
        active = self.active
        if active is None:
            return
        self.controller.cards.stop()  # a question waiting for the user is denied at once
        self.controller.generation.cancel(active.job)
        self.active = None
        self.controller.busy_changed.emit(False)

    # -- reply events ------------------------------------------------------------------------

    def _is_shown(self, signals: object) -> bool:
        active = self.active
        return active is not None and active.signals is signals

    def _on_reply_started(self) -> None:
        active = self.active
        if self._is_shown(self.sender()) and active is not None and active.waiting:
            active.waiting = False
            self.controller.notice.emit("")

    def _on_reply_thinking_arrived(self, text: str) -> None:
        active = self.active
        if self._is_shown(self.sender()) and active is not None and active.reply_id is not None:
            self.controller.view.stream_thinking(active.reply_id, text)

    def _on_reply_text_arrived(self, text: str) -> None:
        active = self.active
        if not self._is_shown(self.sender()) or active is None:
            return
        if active.reply_id is None:
            active.summary.append(text)
        else:
            self.controller.view.stream_text(active.reply_id, text)

    def _on_reply_turns_dropped(self, count: int) -> None:
        active = self.active
        if not self._is_shown(self.sender()) or active is None or active.reply_id is None:
            return
        active.dropped += count
        controller = self.controller
        if active.conversation_id == controller.conversation_id:
            controller.refresh(without=active.reply_id, extra_left_out=active.dropped)
            controller.view.begin_stream(self._streaming_view(active.reply_id))

    def _on_reply_documents_used(self, context: object) -> None:
        if self._is_shown(self.sender()):
            self.controller.documents_used.emit(context)

    def _on_reply_tool_event(self, event: object) -> None:
        active = self.active
        if not self._is_shown(self.sender()) or active is None or active.reply_id is None:
            return
        controller = self.controller
        if not isinstance(event, RoundSaved):
            controller.cards.on_event(event, active.reply_id)
            return
        # A tool round is stored: its reply is done (with its cards); the next round
        # streams into the row the service opened after the results.
        thread = controller.shown_messages()
        cards = fold_tool_rows(thread)
        index = next((i for i, m in enumerate(thread) if m.id == event.reply.id), len(thread))
        view = controller.view_of(
            event.reply, index, left_out_of(thread), cards.get(event.reply.id, ())
        )
        controller.view.end_stream(view)
        active.reply_id = event.next_reply_id
        active.signals.setProperty("replyId", event.next_reply_id)
        controller.view.begin_stream(self._streaming_view(event.next_reply_id))

    def _on_reply_finished(self, outcome: Outcome) -> None:
        controller = self.controller
        signals = self.sender()
        active = self.active if self._is_shown(signals) else None
        if isinstance(signals, QObject):
            signals.deleteLater()
        if active is not None:
            self.active = None
            controller.busy_changed.emit(False)
        if active is not None and active.reply_id is None:
            overflow_remedies.finish_summary(controller, active, outcome)
            return
        if outcome.overflow is not None:
            controller.refresh()
            if active is not None:
                controller.context_overflowed.emit(outcome.overflow)
            return
        message = outcome.message
        if active is not None:
            self._announce_end(outcome)
        if message is None:
            if outcome.failed and active is not None:
                controller.notice.emit(outcome.error)
            controller.refresh()
            return
        if message.conversation_id == controller.conversation_id:
            thread = controller.shown_messages()
            index = next((i for i, m in enumerate(thread) if m.id == message.id), len(thread))
            cards = fold_tool_rows(thread).get(message.id, ())
            view = controller.view_of(message, index, left_out_of(thread), cards)
            if outcome.failed:
                view.error = outcome.error
            controller.view.end_stream(view)
            streamed = signals.property("replyId") if isinstance(signals, QObject) else None
            if streamed not in (None, message.id) or controller.view.streaming_ids():
                controller.refresh()  # the reply ended with an earlier tool round: show the thread
        controller.conversations_changed.emit(message.conversation_id)
        settings = controller.settings
        if settings.auto_titles and outcome.stats.stop_reason is not StopReason.CANCELLED:
            controller.chat.write_title(message.conversation_id, self._titles.written.emit)

    def _announce_end(self, outcome: Outcome) -> None:
        """Tell screen readers, once, that the shown reply ended (or failed, and why)."""
        assertive = outcome.failed
        if outcome.failed:
            text = translate("ChatController", "The reply failed: {error}")
            text = text.format(error=outcome.error)
        elif outcome.stats.stop_reason is StopReason.CANCELLED:
            text = translate("ChatController", "Reply stopped")
        else:
            text = translate("ChatController", "Reply finished")
        self.controller.view.set_status(text)
        announce.announce(text, assertive=assertive)

    def _on_title_written(self, conversation_id: int, title: str | None) -> None:
        if title:  # the sidebar shows it
            self.controller.conversations_changed.emit(conversation_id)
