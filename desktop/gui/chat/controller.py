"""The chat page's controller: the shown conversation, its options, and its replies on screen.

It lives on the GUI thread and asks the Qt-free :class:`~desktop.chat.service.ChatService` for
everything that touches the history or the model; each reply's events arrive through its own
:class:`ReplySignals`, and every reply ends with one ``finished``, so the page never stays
"generating". Stop shows at once; the reply's last words and stats follow when the engine
has stopped (within one token).
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from desktop.chat.options import ChatOptions, default_options, stored_fields
from desktop.chat.outcome import Outcome, Overflow, ReplyListener
from desktop.chat.request import left_out_of
from desktop.chat.runner import Job
from desktop.chat.service import ChatError, ChatService, Reply, RoundSaved
from desktop.core.history import HistoryError, Message
from desktop.core.i18n import QT_TRANSLATE_NOOP, format_number, translate
from desktop.core.models.families import defaults_for, family_from_details
from desktop.core.models.request_defaults import preset_prompt
from desktop.core.sampling import Sampling
from desktop.core.settings import Settings
from desktop.engines.base import ModelInfo, StopReason, ThinkingMode
from desktop.gui import announce
from desktop.gui.chat.approvals import GuiApprovals
from desktop.gui.chat.code_runs import CodeRuns, OutputView, runner_of
from desktop.gui.chat.generation import GenerationService, ReplySignals
from desktop.gui.chat.tool_views import CardView, ToolCards, fold_tool_rows
from desktop.gui.composer.sampling_box import SamplingAdvice, advice_for
from desktop.gui.tasks import TaskRunner
from desktop.render.message import MessageView
from desktop.render.tool_cards import ToolCard

log = logging.getLogger(__name__)

WAITING_FOR_API = QT_TRANSLATE_NOOP("ChatController", "Waiting for an API request to finish…")


class TranscriptView(CardView, OutputView, Protocol):
    def set_messages(self, messages: Sequence[MessageView]) -> None: ...
    def append_message(self, message: MessageView) -> None: ...
    def begin_stream(self, message: MessageView) -> None: ...
    def stream_thinking(self, message_id: int, delta: str) -> None: ...
    def stream_text(self, message_id: int, delta: str) -> None: ...
    def end_stream(self, message: MessageView) -> None: ...
    def set_status(self, text: str) -> None: ...
    def streaming_ids(self) -> list[int]: ...


@dataclass
class _Active:
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
        self._default_prompt = default_system_prompt
        self.chat = chat
        self.generation = generation
        self.view = view
        self._settings = settings
        self.conversation_id: int | None = None
        self.options = default_options(settings.generation, default_system_prompt)
        self._active: _Active | None = None
        self._titles = _TitleSignals(self)
        self._titles.written.connect(self._on_title_written)
        self.cards = ToolCards(view, approvals, self)
        tasks = tasks or TaskRunner(self, name="code-runs")
        self.code_runs = CodeRuns(view, tasks, lambda: runner_of(self.chat.tools), self)
        self.code_runs.notice.connect(self.notice)

    # -- state -------------------------------------------------------------------------------

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

    def model_loaded(self, info: ModelInfo) -> None:
        """A new, still empty chat starts on the loaded model family's own preset (Maths for
        Qwen2.5-Math, Coder for the Coder models, General otherwise)."""
        if self.conversation_id is not None or self.generating:
            return
        family = family_from_details(info.details)
        preset = defaults_for(family).preset
        if preset != self.options.preset:
            self.options = dataclasses.replace(
                self.options, preset=preset, system_prompt=preset_prompt(family, preset)
            )
            self.options_changed.emit(self.options)

    def set_settings(self, settings: Settings) -> None:
        """New settings; a new, still empty chat takes their thinking defaults."""
        before, self._settings = self._settings.generation, settings
        after = settings.generation
        if self.conversation_id is None and (
            before.thinking_budget != after.thinking_budget
            or before.thinking_mode != after.thinking_mode
        ):
            defaults = default_options(after)
            self.options = dataclasses.replace(
                self.options, thinking=defaults.thinking, thinking_budget=defaults.thinking_budget
            )
            self.options_changed.emit(self.options)

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
        if conversation_id is None:
            self.options = default_options(self._settings.generation, self._default_prompt)
        else:
            try:
                self.options = self.chat.options(conversation_id)
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
        """Make the thread shown pass through ``message_id`` (picking the versions that lead
        to it), so a search hit in an older version can be shown. False if it cannot."""
        if any(m.id == message_id for m in self.shown_messages()):
            return True
        if self.generating or self._shown_message(message_id) is None:
            return False  # versions do not switch while a reply streams
        store = self.chat.store
        try:
            chain, message = [], store.get_message(message_id)
            while True:
                chain.append(message.id)
                if message.parent_id is None:
                    break
                message = store.get_message(message.parent_id)
            shown = {m.id for m in self.shown_messages()}
            for step in reversed(chain):  # from the first message down
                if step not in shown:  # the path changes only when a version is picked
                    store.select_version(step)
                    shown = {m.id for m in self.shown_messages()}
        except HistoryError as exc:
            self.notice.emit(str(exc))
            return False
        self.refresh()
        return any(m.id == message_id for m in self.shown_messages())

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
        self.options = dataclasses.replace(self.options, **changes)  # type: ignore[arg-type]
        if self.conversation_id is not None:
            try:
                self.chat.save_options(self.conversation_id, self.options)
            except HistoryError as exc:
                self.notice.emit(str(exc))

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
        return advice_for(self.options, self._settings.generation, self.model)

    # -- sending -----------------------------------------------------------------------------

    def send(self, text: str) -> bool:
        """Start a reply to ``text``; False (with a notice, nothing sent) when it cannot."""
        if not text.strip() or self.generating:
            return False
        if self.model is None and self.generation.loading is None:
            self.notice.emit(
                translate("ChatController", "Open a model first: File ▸ Open model… (Ctrl+O).")
            )
            return False
        signals = self._signals()
        try:
            reply = self.chat.send(self.conversation_id, text, self.options, signals.listener())
        except ChatError as exc:
            self.notice.emit(str(exc))
            return False
        self.conversation_id = reply.conversation_id
        if reply.user_message is not None:
            index = len(self.shown_messages()) - 2
            self.view.append_message(self.view_of(reply.user_message, index))
        self._begin(reply, signals)
        self.conversations_changed.emit(reply.conversation_id)
        return True

    def regenerate(self, message_id: int) -> None:
        if self._shown_message(message_id) is not None:
            self._run(lambda signals: self.chat.regenerate(message_id, self.options, signals))

    def edit(self, message_id: int, text: str) -> None:
        if self._shown_message(message_id) is not None:
            self._run(lambda signals: self.chat.edit(message_id, text, self.options, signals))

    def _shown_message(self, message_id: int) -> Message | None:
        """The message if it belongs to the shown conversation (actions act only there)."""
        try:
            message = self.chat.store.get_message(message_id)
        except HistoryError as exc:
            self.notice.emit(str(exc))
            return None
        if message.conversation_id != self.conversation_id:
            log.warning("ignored an action on message %d of another conversation", message_id)
            return None
        return message

    def resend_last(self, drop: bool = False) -> None:
        """Answer the last user message again (after the context grew, or dropping turns)."""
        conversation_id = self.conversation_id
        if conversation_id is None:
            return
        self._run(
            lambda signals: self.chat.resend_last(conversation_id, self.options, signals, drop=drop)
        )

    def retry_dropping_oldest(self) -> None:
        self.resend_last(drop=True)

    def shorten_last_and_resend(self, max_chars: int) -> None:
        """Cut the waiting message to ``max_chars`` (saying so in it) and answer it."""
        if self.conversation_id is None or self.generating:
            return
        thread = self.shown_messages()
        if not thread or thread[-1].role != "user":
            return
        text = thread[-1].content
        kept = text[:max_chars].rstrip()
        note = (
            f"\n\n[Shortened by Qwen Desk to fit the model's context: "
            f"{len(text) - len(kept):,} of {len(text):,} characters left out.]"
        )
        try:
            self.chat.replace_last_message(self.conversation_id, kept + note)
        except ChatError as exc:
            self.notice.emit(str(exc))
            return
        self.refresh()
        self.resend_last()

    def _run(self, start: Callable[[ReplyListener], Reply]) -> None:
        if self.generating:
            return
        signals = self._signals()
        try:
            reply = start(signals.listener())
        except ChatError as exc:
            self.notice.emit(str(exc))
            return
        self.refresh(without=reply.reply_id)
        self._begin(reply, signals)

    def _signals(self) -> ReplySignals:
        signals = ReplySignals(self)
        signals.thinking_arrived.connect(self._on_reply_thinking_arrived)
        signals.text_arrived.connect(self._on_reply_text_arrived)
        signals.turns_dropped.connect(self._on_reply_turns_dropped)
        signals.tool_event.connect(self._on_reply_tool_event)
        signals.documents_used.connect(self._on_reply_documents_used)
        signals.finished.connect(self._on_reply_finished)
        signals.started.connect(self._on_reply_started)
        return signals

    def _begin(self, reply: Reply, signals: ReplySignals) -> None:
        waiting = self.generation.running_source == "api"
        self._active = _Active(signals, reply.job, reply.reply_id, reply.conversation_id)
        signals.setProperty("replyId", reply.reply_id)  # the row it streams into now
        self.cards.begin(reply.conversation_id)
        self._active.waiting = waiting
        self.view.begin_stream(self._streaming_view(reply.reply_id))
        self.busy_changed.emit(True)
        self.notice.emit(translate("ChatController", WAITING_FOR_API) if waiting else "")

    def _streaming_view(self, reply_id: int) -> MessageView:
        model = self.model
        author = model.name if model else "Assistant"
        return MessageView(reply_id, "assistant", "", author=author, state="streaming")

    def stop(self) -> None:
        """Stop the reply. The page stops "generating" at once; the engine follows within one
        token and the reply's end arrives after."""
        active = self._active
        if active is None:
            return
        self.cards.stop()  # a question waiting for the user is denied at once
        self.generation.cancel(active.job)
        self._active = None
        self.busy_changed.emit(False)

    # -- reply events ------------------------------------------------------------------------

    def _is_shown(self, signals: object) -> bool:
        active = self._active
        return active is not None and active.signals is signals

    def _on_reply_started(self) -> None:
        active = self._active
        if self._is_shown(self.sender()) and active is not None and active.waiting:
            active.waiting = False
            self.notice.emit("")

    def _on_reply_thinking_arrived(self, text: str) -> None:
        active = self._active
        if self._is_shown(self.sender()) and active is not None and active.reply_id is not None:
            self.view.stream_thinking(active.reply_id, text)

    def _on_reply_text_arrived(self, text: str) -> None:
        active = self._active
        if not self._is_shown(self.sender()) or active is None:
            return
        if active.reply_id is None:
            active.summary.append(text)
        else:
            self.view.stream_text(active.reply_id, text)

    def _on_reply_turns_dropped(self, count: int) -> None:
        active = self._active
        if not self._is_shown(self.sender()) or active is None or active.reply_id is None:
            return
        active.dropped += count
        if active.conversation_id == self.conversation_id:
            self.refresh(without=active.reply_id, extra_left_out=active.dropped)
            self.view.begin_stream(self._streaming_view(active.reply_id))

    def _on_reply_documents_used(self, context: object) -> None:
        if self._is_shown(self.sender()):
            self.documents_used.emit(context)

    def _on_reply_tool_event(self, event: object) -> None:
        active = self._active
        if not self._is_shown(self.sender()) or active is None or active.reply_id is None:
            return
        if not isinstance(event, RoundSaved):
            self.cards.on_event(event, active.reply_id)
            return
        # A tool round is stored: its reply is done (with its cards); the next round
        # streams into the row the service opened after the results.
        thread = self.shown_messages()
        cards = fold_tool_rows(thread)
        index = next((i for i, m in enumerate(thread) if m.id == event.reply.id), len(thread))
        view = self.view_of(event.reply, index, left_out_of(thread), cards.get(event.reply.id, ()))
        self.view.end_stream(view)
        active.reply_id = event.next_reply_id
        active.signals.setProperty("replyId", event.next_reply_id)
        self.view.begin_stream(self._streaming_view(event.next_reply_id))

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

    def _on_reply_finished(self, outcome: Outcome) -> None:
        signals = self.sender()
        active = self._active if self._is_shown(signals) else None
        if isinstance(signals, QObject):
            signals.deleteLater()
        if active is not None:
            self._active = None
            self.busy_changed.emit(False)
        if active is not None and active.reply_id is None:
            self._finish_summary(active, outcome)
            return
        if outcome.overflow is not None:
            self.refresh()
            if active is not None:
                self.context_overflowed.emit(outcome.overflow)
            return
        message = outcome.message
        if active is not None:
            self._announce_end(outcome)
        if message is None:
            if outcome.failed and active is not None:
                self.notice.emit(outcome.error)
            self.refresh()
            return
        if message.conversation_id == self.conversation_id:
            thread = self.shown_messages()
            index = next((i for i, m in enumerate(thread) if m.id == message.id), len(thread))
            cards = fold_tool_rows(thread).get(message.id, ())
            view = self.view_of(message, index, left_out_of(thread), cards)
            if outcome.failed:
                view.error = outcome.error
            self.view.end_stream(view)
            streamed = signals.property("replyId") if isinstance(signals, QObject) else None
            if streamed not in (None, message.id) or self.view.streaming_ids():
                self.refresh()  # the reply ended with an earlier tool round: show the thread
        self.conversations_changed.emit(message.conversation_id)
        if self._settings.auto_titles and outcome.stats.stop_reason is not StopReason.CANCELLED:
            self.chat.write_title(message.conversation_id, self._titles.written.emit)

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
        self.view.set_status(text)
        announce.announce(text, assertive=assertive)

    def _on_title_written(self, conversation_id: int, title: str | None) -> None:
        if title:  # the sidebar shows it
            self.conversations_changed.emit(conversation_id)

    # -- overflow remedies -------------------------------------------------------------------

    def summarise_into_new_chat(self) -> None:
        """Ask the model for a summary of the conversation, then continue in a new chat."""
        if self.conversation_id is None or self.generating:
            return
        signals = self._signals()
        try:
            job = self.chat.summarise(self.conversation_id, signals.listener())
        except ChatError as exc:
            self.notice.emit(str(exc))
            return
        self._active = _Active(signals, job, None, self.conversation_id)
        self.busy_changed.emit(True)
        self.notice.emit(
            translate("ChatController", "Summarising the conversation for a new chat…")
        )

    def _finish_summary(self, active: _Active, outcome: Outcome) -> None:
        self.notice.emit("")
        summary = "".join(active.summary).strip()
        if outcome.failed or not summary:
            self.notice.emit(
                outcome.error or translate("ChatController", "The summary could not be made.")
            )
            return
        signals = self._signals()
        try:
            reply = self.chat.continue_with_summary(
                active.conversation_id, summary, self.options, signals.listener()
            )
        except ChatError as exc:
            self.notice.emit(str(exc))
            return
        self.conversation_id = reply.conversation_id
        self.refresh(without=reply.reply_id)
        self._begin(reply, signals)
        self.conversations_changed.emit(reply.conversation_id)

    # -- message actions ---------------------------------------------------------------------

    def switch_version(self, message_id: int, step: int) -> None:
        message = None if self.generating else self._shown_message(message_id)
        if message is None:
            return
        try:
            versions = message.versions
            if message_id not in versions:
                return
            target = versions[(versions.index(message_id) + step) % len(versions)]
            self.chat.store.select_version(target)
        except HistoryError as exc:
            self.notice.emit(str(exc))
        self.refresh()

    def delete(self, message_id: int) -> None:
        """Move a message (and what follows it on its branch) to the trash; Undo restores."""
        if self.generating or self._shown_message(message_id) is None:
            return
        try:
            self.chat.store.trash_message(message_id)
        except HistoryError as exc:
            self.notice.emit(str(exc))
            return
        self.refresh()
        self.message_trashed.emit(message_id)
        if self.conversation_id is not None:
            self.conversations_changed.emit(self.conversation_id)

    def restore(self, message_id: int) -> None:
        """Undo :meth:`delete`."""
        try:
            self.chat.store.restore_message(message_id)
        except HistoryError as exc:
            self.notice.emit(str(exc))
            return
        self.refresh()
        if self.conversation_id is not None:
            self.conversations_changed.emit(self.conversation_id)


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


__all__ = ["ChatController", "ChatOptions", "overflow_text"]
