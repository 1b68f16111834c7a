"""The chat page's controller: the shown conversation, its options, and its replies on screen.

It lives on the GUI thread and asks the Qt-free :class:`~desktop.chat.service.ChatService` for
everything that touches the history or the model. The controller holds what the page shows
(which chat, its options, its messages as views) and is what the window calls and listens to;
the work lives next to it: the reply running and its stream in ``replies.py``, the message
buttons in ``message_actions.py``, the per-chat options in ``chat_options.py``, the ways out
of a context overflow in ``overflow_remedies.py``.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from desktop.chat.options import ChatOptions, stored_fields
from desktop.chat.request import left_out_of
from desktop.chat.service import ChatService
from desktop.core.history import HistoryError, Message
from desktop.core.sampling import Sampling
from desktop.core.settings import Settings
from desktop.engines.base import ModelInfo, ThinkingMode
from desktop.gui.chat import chat_options, message_actions, overflow_remedies
from desktop.gui.chat.approvals import GuiApprovals
from desktop.gui.chat.code_runs import CodeRuns, OutputView, runner_of
from desktop.gui.chat.generation import GenerationService
from desktop.gui.chat.overflow_remedies import overflow_text
from desktop.gui.chat.replies import WAITING_FOR_API, ActiveReply, Replies
from desktop.gui.chat.tool_views import CardView, ToolCards, fold_tool_rows
from desktop.gui.composer.sampling_box import SamplingAdvice
from desktop.gui.tasks import TaskRunner
from desktop.render.message import MessageView
from desktop.render.tool_cards import ToolCard

log = logging.getLogger(__name__)


class TranscriptView(CardView, OutputView, Protocol):
    def set_messages(self, messages: Sequence[MessageView]) -> None: ...
    def append_message(self, message: MessageView) -> None: ...
    def begin_stream(self, message: MessageView) -> None: ...
    def stream_thinking(self, message_id: int, delta: str) -> None: ...
    def stream_text(self, message_id: int, delta: str) -> None: ...
    def end_stream(self, message: MessageView) -> None: ...
    def set_status(self, text: str) -> None: ...
    def streaming_ids(self) -> list[int]: ...


class ChatController(QObject):
    """Drives the shown conversation. Signals tell the window what to show."""

    busy_changed = Signal(bool)
    notice = Signal(str)  # a plain message for the banner ("" hides it)
    context_overflowed = Signal(object)  # Overflow
    conversations_changed = Signal(int)  # id to select in the sidebar
    options_changed = Signal(object)  # ChatOptions of the shown conversation
    message_trashed = Signal(int)  # a message (and what followed it) went to the trash
    documents_used = Signal(object)  # DocumentContext of the shown chat's reply being made

    def __init__(
        self,
        chat: ChatService,
        generation: GenerationService,
        view: TranscriptView,
        settings: Settings,
        parent: QObject | None = None,
        *,
        default_system_prompt: str = "",
        approvals: GuiApprovals | None = None,
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.default_system_prompt = default_system_prompt
        self.chat = chat
        self.generation = generation
        self.view = view
        self._settings = settings
        self.conversation_id: int | None = None
        self.options = chat_options.options_of(self, None)
        self.replies = Replies(self)
        self.cards = ToolCards(view, approvals, self)
        tasks = tasks or TaskRunner(self, name="code-runs")
        self.code_runs = CodeRuns(view, tasks, lambda: runner_of(self.chat.tools), self)
        self.code_runs.notice.connect(self.notice)

    # -- state -------------------------------------------------------------------------------

    @property
    def _active(self) -> ActiveReply | None:
        """The reply (or summary) this page is running."""
        return self.replies.active

    @property
    def generating(self) -> bool:
        return self._active is not None

    @property
    def active_reply_id(self) -> int | None:
        """The id of the reply streaming on this page (None when idle or summarising)."""
        return self._active.reply_id if self._active is not None else None

    @property
    def model(self) -> ModelInfo | None:
        return self.generation.model

    @property
    def settings(self) -> Settings:
        return self._settings

    def model_loaded(self, info: ModelInfo) -> None:
        """A new, still empty chat starts on the loaded model family's own preset."""
        chat_options.model_loaded(self, info)

    def set_settings(self, settings: Settings) -> None:
        """New settings; a new, still empty chat takes their thinking defaults."""
        before, self._settings = self._settings, settings
        chat_options.settings_changed(self, before, settings)

    # -- the shown conversation --------------------------------------------------------------

    def author(self, message: Message) -> str:
        if message.role == "user":
            return "You"
        model = self.model
        return message.model or (model.name if model else "Assistant")

    def view_of(
        self,
        message: Message,
        index: int = 0,
        left_out: int = 0,
        tools: tuple[ToolCard, ...] = (),
    ) -> MessageView:
        version = None
        if len(message.versions) > 1:
            version = (message.versions.index(message.id) + 1, len(message.versions))
        return MessageView(
            id=message.id,
            role=message.role,
            text=message.content,
            thinking=message.thinking,
            author=self.author(message),
            created=message.created,
            stats=dict(message.stats),
            version=version,
            state=message.state,
            error=str(message.stats.get("error") or ""),
            dropped=index < left_out,
            tools=tools,
        )

    def shown_messages(self) -> list[Message]:
        if self.conversation_id is None:
            return []
        try:
            return self.chat.store.path(self.conversation_id)
        except HistoryError as exc:
            self.notice.emit(str(exc))
            return []

    def show_conversation(self, conversation_id: int | None) -> None:
        """Show a conversation (None: a new, empty chat) with its own options."""
        # Switch first: a reply still waiting in the queue ends inside stop(), and what it
        # tells the window must already see the chat being opened.
        self.conversation_id = conversation_id
        if self.generating:
            self.stop()
        try:
            self.options = chat_options.options_of(self, conversation_id)
        except HistoryError as exc:
            self.notice.emit(str(exc))
            self.conversation_id = None
        self.options_changed.emit(self.options)
        self.refresh()

    def ensure_conversation(self) -> int | None:
        """The shown chat's id, stored first while the chat is still new (documents are
        attached to a chat before its first message); None with a notice when it cannot be."""
        if self.conversation_id is not None:
            return self.conversation_id
        model = self.model
        try:
            created = self.chat.store.create_conversation(
                model=model.name if model is not None else None, **stored_fields(self.options)
            )
        except HistoryError as exc:
            self.notice.emit(str(exc))
            return None
        self.conversation_id = created.id
        self.conversations_changed.emit(created.id)
        return created.id

    def show_match(self, message_id: int, words: Sequence[str]) -> int:
        """The message of a search hit to reveal, its version shown (0: none). A title hit
        (``message_id`` 0) goes to the first message that says one of the words."""
        if not message_id:
            lowered = [word.lower() for word in words]
            thread = self.shown_messages()
            hit = (m.id for m in thread if any(w in m.content.lower() for w in lowered))
            return next(hit, 0)
        return message_id if self.show_branch_of(message_id) else 0

    def show_branch_of(self, message_id: int) -> bool:
        """Make the thread shown pass through ``message_id`` (False if it cannot)."""
        return message_actions.show_branch_of(self, message_id)

    def refresh(self, without: int | None = None, extra_left_out: int = 0) -> None:
        thread = [m for m in self.shown_messages() if m.id != without]
        left_out = left_out_of(thread) + extra_left_out
        cards = fold_tool_rows(thread)  # tool rows show as cards under the reply before them
        self.view.set_messages(
            [
                self.view_of(m, i, left_out, cards.get(m.id, ()))
                for i, m in enumerate(thread)
                if m.role != "tool"
            ]
        )

    # -- options -----------------------------------------------------------------------------

    def set_options(self, **changes: object) -> None:
        """Change the shown conversation's options (kept with it once it exists)."""
        chat_options.set_options(self, **changes)

    def set_thinking(self, on: bool) -> None:
        self.set_options(thinking=ThinkingMode.ON if on else ThinkingMode.OFF)

    def set_budget(self, tokens: int) -> None:
        self.set_options(thinking_budget=tokens)

    def set_preset(self, name: str, prompt: str) -> None:
        self.set_options(preset=name, system_prompt=prompt)

    def set_sampling(self, sampling: Sampling | None, max_tokens: int) -> None:
        """The chat's own sampling and max tokens; ``None`` and 0 follow the recommended."""
        self.set_options(sampling=sampling, max_tokens=max_tokens)

    def sampling_advice(self) -> SamplingAdvice:
        """The sampling a reply in this chat gets without values of its own, and why."""
        return chat_options.sampling_advice(self)

    # -- replies -----------------------------------------------------------------------------

    def send(self, text: str) -> bool:
        """Start a reply to ``text``; False (with a notice, nothing sent) when it cannot."""
        return self.replies.send(text)

    def resend_last(self, drop: bool = False) -> None:
        """Answer the last user message again (after the context grew, or dropping turns)."""
        self.replies.resend_last(drop)

    def stop(self) -> None:
        """Stop the reply; the page stops "generating" at once."""
        self.replies.stop()

    def tool_action(self, kind: str, message_id: int, payload: str) -> None:
        """A button of a tool card or a code block (the view checked the message is shown)."""
        if kind == "tool-approve":
            active = self._active
            if active is not None and active.reply_id == message_id:
                self.cards.answer(message_id, payload)
        elif kind == "run-code":
            self.code_runs.run(message_id, payload)
        elif kind == "stop-code":
            self.code_runs.stop(message_id, payload)

    # -- overflow remedies -------------------------------------------------------------------

    def retry_dropping_oldest(self) -> None:
        self.resend_last(drop=True)

    def shorten_last_and_resend(self, max_chars: int) -> None:
        """Cut the waiting message to ``max_chars`` (saying so in it) and answer it."""
        overflow_remedies.shorten_last_and_resend(self, max_chars)

    def summarise_into_new_chat(self) -> None:
        """Ask the model for a summary of the conversation, then continue in a new chat."""
        overflow_remedies.summarise_into_new_chat(self)

    # -- message actions ---------------------------------------------------------------------

    def regenerate(self, message_id: int) -> None:
        message_actions.regenerate(self, message_id)

    def edit(self, message_id: int, text: str) -> None:
        message_actions.edit(self, message_id, text)

    def switch_version(self, message_id: int, step: int) -> None:
        message_actions.switch_version(self, message_id, step)

    def delete(self, message_id: int) -> None:
        """Move a message (and what follows it on its branch) to the trash; Undo restores."""
        message_actions.delete(self, message_id)

    def restore(self, message_id: int) -> None:
        """Undo :meth:`delete`."""
        message_actions.restore(self, message_id)


__all__ = ["WAITING_FOR_API", "ChatController", "ChatOptions", "TranscriptView", "overflow_text"]
