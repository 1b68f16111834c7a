"""Conversation logic of the chat window: history store <-> worker <-> transcript and composer.

Lives on the GUI thread. The user's message is committed before generation starts; the
reply streams into the store (which commits at least every half second) and is finalised
with its stats. Regenerating a reply or editing a message makes a new version.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping, Sequence
from dataclasses import asdict
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal

from desktop.core.history.store import HistoryError, HistoryStore, Message
from desktop.core.settings import Settings
from desktop.core.thinking import ThinkingCapability
from desktop.engines.base import (
    GenerationRequest,
    GenerationStats,
    ModelInfo,
    StopReason,
    ThinkingMode,
)
from desktop.gui.chat.generation import GenerationThread
from desktop.render.message import MessageView

log = logging.getLogger(__name__)

SUMMARY_PROMPT = (
    "Summarise the conversation below in one short paragraph, keeping every fact, decision "
    "and open question needed to continue it."
)


class TranscriptView(Protocol):
    def set_messages(self, messages: Sequence[MessageView]) -> None: ...
    def append_message(self, message: MessageView) -> None: ...
    def begin_stream(self, message: MessageView) -> None: ...
    def stream_thinking(self, message_id: int, delta: str) -> None: ...
    def stream_text(self, message_id: int, delta: str) -> None: ...
    def end_stream(self, message: MessageView) -> None: ...


def stats_dict(stats: GenerationStats, thinking_seconds: float | None = None) -> dict[str, Any]:
    data = asdict(stats)
    data["stop_reason"] = stats.stop_reason.value
    if thinking_seconds is not None:
        data["thinking_seconds"] = round(thinking_seconds, 2)
    return data


class ChatController(QObject):
    """Drives one conversation at a time. Signals tell the window what to show."""

    busy_changed = Signal(bool)
    notice = Signal(str)  # a plain message for the banner ("" hides it)
    context_overflow = Signal(int, int)  # tokens needed, n_ctx
    conversations_changed = Signal(int)  # id to select in the sidebar

    def __init__(
        self,
        store: HistoryStore,
        generation: GenerationThread,
        view: TranscriptView,
        settings: Settings,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.generation = generation
        self.view = view
        self.settings = settings
        self.model: ModelInfo | None = None
        self.conversation_id: int | None = None
        self.thinking_on = True
        self.thinking_budget = settings.generation.thinking_budget
        self.system_prompt = ""
        self.dropped: dict[int, int] = {}  # conversation -> oldest messages left out
        self._reply_id: int | None = None
        self._summary_for: int | None = None  # conversation being summarised
        self._summary_text: list[str] = []
        self._thinking_started: float | None = None
        self._thinking_ended: float | None = None
        worker = generation.worker
        worker.tokens_arrived.connect(self._on_worker_tokens_arrived)
        worker.thinking_arrived.connect(self._on_worker_thinking_arrived)
        worker.finished.connect(self._on_worker_finished)
        worker.failed.connect(self._on_worker_failed)
        worker.context_overflowed.connect(self._on_worker_context_overflowed)
        worker.turns_dropped.connect(self._on_worker_turns_dropped)

    # -- state ---------------------------------------------------------------------------

    @property
    def generating(self) -> bool:
        return self._reply_id is not None or self._summary_for is not None

    def set_model(self, info: ModelInfo | None) -> None:
        self.model = info

    def author(self, message: Message) -> str:
        if message.role == "user":
            return "You"
        return message.model or (self.model.name if self.model else "Assistant")

    def view_of(self, message: Message, index: int = 0) -> MessageView:
        version = None
        if len(message.versions) > 1:
            version = (message.versions.index(message.id) + 1, len(message.versions))
        dropped = index < self.dropped.get(message.conversation_id, 0)
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
            dropped=dropped,
        )

    def shown_messages(self) -> list[Message]:
        if self.conversation_id is None:
            return []
        return self.store.path(self.conversation_id)

    def show_conversation(self, conversation_id: int | None) -> None:
        if self.generating:
            self.stop()
        self.conversation_id = conversation_id
        if conversation_id is not None:
            conversation = self.store.get_conversation(conversation_id)
            self.system_prompt = conversation.system_prompt
            if conversation.thinking_mode in ("on", "off"):
                self.thinking_on = conversation.thinking_mode == "on"
        self.refresh()

    def refresh(self) -> None:
        self.view.set_messages([self.view_of(m, i) for i, m in enumerate(self.shown_messages())])

    # -- sending -------------------------------------------------------------------------

    def send(self, text: str) -> bool:
        text = text.strip()
        if not text or self.generating:
            return False
        if self.model is None:
            self.notice.emit("Open a model first: File ▸ Open model… (Ctrl+O).")
            return False
        try:
            if self.conversation_id is None:
                conversation = self.store.create_conversation(
                    model=self.model.name,
                    system_prompt=self.system_prompt,
                    thinking_mode="on" if self.thinking_on else "off",
                )
                self.conversation_id = conversation.id
            thread = self.shown_messages()
            after = thread[-1].id if thread else None
            message = self.store.add_user_message(self.conversation_id, text, after=after)
        except HistoryError as exc:
            self.notice.emit(str(exc))
            return False
        self.view.append_message(self.view_of(message, len(thread)))
        self.conversations_changed.emit(self.conversation_id)
        self._start_reply(after=message.id)
        return True

    def request_for(self, thread: Sequence[Message]) -> GenerationRequest:
        gen = self.settings.generation
        thinking = (
            self.model is not None
            and self.model.thinking is not ThinkingCapability.NEVER
            and (self.thinking_on or self.model.thinking is ThinkingCapability.ALWAYS)
        )
        sampling = gen.thinking if thinking else gen.non_thinking
        messages: list[Mapping[str, str]] = []
        if self.system_prompt:
            messages.append({"role": "system", "content": self.system_prompt})
        skip = self.dropped.get(self.conversation_id or -1, 0)
        messages += [{"role": m.role, "content": m.content} for m in thread[skip:]]
        return GenerationRequest(
            messages,
            thinking=ThinkingMode.ON if self.thinking_on else ThinkingMode.OFF,
            thinking_budget=self.thinking_budget,
            sampling=sampling,
            max_tokens=gen.max_tokens,
        )

    def _start_reply(
        self, after: int, regenerate_of: int | None = None, drop: bool = False
    ) -> None:
        assert self.conversation_id is not None
        assert self.model is not None
        thread = self.shown_messages()
        upto = [m for m in thread if m.id != regenerate_of]
        if regenerate_of is None:
            index = next((i for i, m in enumerate(upto) if m.id == after), len(upto) - 1)
            upto = upto[: index + 1]
        request = self.request_for(upto)
        try:
            if regenerate_of is not None:
                reply_id = self.store.regenerate(regenerate_of, model=self.model.name)
            else:
                reply_id = self.store.begin_reply(
                    self.conversation_id, after=after, model=self.model.name
                )
        except HistoryError as exc:
            self.notice.emit(str(exc))
            return
        self._reply_id = reply_id
        self._thinking_started = self._thinking_ended = None
        if regenerate_of is not None:
            self.refresh_without(reply_id)
        self.view.begin_stream(
            MessageView(reply_id, "assistant", "", author=self.model.name, state="streaming")
        )
        self.busy_changed.emit(True)
        self.notice.emit("")
        self.generation.generate(request, drop)

    def refresh_without(self, message_id: int) -> None:
        shown = [m for m in self.shown_messages() if m.id != message_id]
        self.view.set_messages([self.view_of(m, i) for i, m in enumerate(shown)])

    def stop(self) -> None:
        self.generation.cancel()

    # -- worker events -------------------------------------------------------------------

    def _on_worker_tokens_arrived(self, text: str) -> None:
        if self._summary_for is not None:
            self._summary_text.append(text)
        elif self._reply_id is not None:
            if self._thinking_started is not None and self._thinking_ended is None:
                self._thinking_ended = time.monotonic()
            self.view.stream_text(self._reply_id, text)
            self._append(text=text)

    def _on_worker_thinking_arrived(self, text: str) -> None:
        if self._reply_id is not None and self._summary_for is None:
            if self._thinking_started is None:
                self._thinking_started = time.monotonic()
            self.view.stream_thinking(self._reply_id, text)
            self._append(thinking=text)

    def _append(self, text: str = "", thinking: str = "") -> None:
        assert self._reply_id is not None
        try:
            self.store.append(self._reply_id, text=text, thinking=thinking)
        except HistoryError as exc:
            self.notice.emit(str(exc))

    def _on_worker_finished(self, stats: GenerationStats) -> None:
        if self._summary_for is not None:
            self._finish_summary(stats)
            return
        reply_id, self._reply_id = self._reply_id, None
        self.busy_changed.emit(False)
        if reply_id is None:
            return
        try:
            thought = None
            if self._thinking_started is not None:
                thought = (self._thinking_ended or time.monotonic()) - self._thinking_started
            message = self.store.finish(
                reply_id, stats_dict(stats, thought), stats.stop_reason.value
            )
        except HistoryError as exc:
            self.notice.emit(str(exc))
            return
        view = self.view_of(message, len(self.shown_messages()) - 1)
        if stats.stop_reason is StopReason.ERROR:
            view.error = stats.error
        self.view.end_stream(view)
        if self.conversation_id is not None:
            self.conversations_changed.emit(self.conversation_id)

    def _on_worker_failed(self, message: str) -> None:
        if self._reply_id is None and self._summary_for is None:
            self.notice.emit(message)

    def _on_worker_context_overflowed(self, needed: int, n_ctx: int) -> None:
        reply_id, self._reply_id = self._reply_id, None
        self._summary_for = None
        self.busy_changed.emit(False)
        if reply_id is not None:
            self.store.delete_message(reply_id)
            self.refresh()
        self.context_overflow.emit(needed, n_ctx)

    def _on_worker_turns_dropped(self, count: int) -> None:
        if self._summary_for is not None:
            return  # the summary request's own trimming, not the conversation's
        if self.conversation_id is not None and count:
            self.dropped[self.conversation_id] = self.dropped.get(self.conversation_id, 0) + count
            thread = [m for m in self.shown_messages() if m.id != self._reply_id]
            self.view.set_messages([self.view_of(m, i) for i, m in enumerate(thread)])
            if self._reply_id is not None and self.model is not None:
                self.view.begin_stream(
                    MessageView(
                        self._reply_id, "assistant", "", author=self.model.name, state="streaming"
                    )
                )

    # -- overflow remedies ---------------------------------------------------------------

    def retry_dropping_oldest(self) -> None:
        """Send the last user message again, leaving out the oldest turns that do not fit."""
        self.resend_last(drop=True)

    def resend_last(self, drop: bool = False) -> None:
        """Answer the last user message again (after the context grew, or dropping turns)."""
        thread = self.shown_messages()
        if not thread or thread[-1].role != "user" or self.model is None or self.generating:
            return
        self._start_reply(after=thread[-1].id, drop=drop)

    def summarise_into_new_chat(self) -> None:
        """Ask the model for a summary of the conversation, then continue in a new chat."""
        thread = self.shown_messages()
        if self.model is None or not thread or self.conversation_id is None:
            return
        # One message per turn, so the worker can leave out the oldest ones until the request
        # fits; each is capped so that at least the newest always does.
        cap = max(200, self.model.n_ctx // 2)
        request = GenerationRequest(
            [
                {"role": "system", "content": SUMMARY_PROMPT},
                *(
                    {"role": "user", "content": f"{m.role}: {m.content[-cap:]}"}
                    for m in thread[:-1]
                ),
            ],
            thinking=ThinkingMode.OFF,
            max_tokens=512,
        )
        self._summary_for = self.conversation_id
        self._summary_text = []
        self.busy_changed.emit(True)
        self.notice.emit("Summarising the conversation for a new chat…")
        self.generation.generate(request, True)

    def _finish_summary(self, stats: GenerationStats) -> None:
        old_id, self._summary_for = self._summary_for, None
        self.busy_changed.emit(False)
        self.notice.emit("")
        summary = "".join(self._summary_text).strip()
        if stats.stop_reason is StopReason.ERROR or not summary or old_id is None:
            self.notice.emit(stats.error or "The summary could not be made.")
            return
        last = self.store.path(old_id)[-1]
        old = self.store.get_conversation(old_id)
        assert self.model is not None
        conversation = self.store.create_conversation(
            f"{old.title} (continued)", model=self.model.name, system_prompt=old.system_prompt
        )
        self.conversation_id = conversation.id
        self.view.set_messages([])
        self.conversations_changed.emit(conversation.id)
        text = f"Summary of our earlier conversation:\n\n{summary}\n\n{last.content}"
        self.send(text)

    # -- message actions -----------------------------------------------------------------

    def regenerate(self, message_id: int) -> None:
        if self.generating or self.model is None:
            return
        message = self.store.get_message(message_id)
        if message.role != "assistant" or message.parent_id is None:
            return
        self._start_reply(after=message.parent_id, regenerate_of=message_id)

    def edit(self, message_id: int, text: str) -> None:
        if self.generating or self.model is None or not text.strip():
            return
        try:
            edited = self.store.edit_user_message(message_id, text.strip())
        except HistoryError as exc:
            self.notice.emit(str(exc))
            return
        self.refresh()
        self._start_reply(after=edited.id)

    def switch_version(self, message_id: int, step: int) -> None:
        if self.generating:
            return
        versions = self.store.get_message(message_id).versions
        if message_id not in versions:
            return
        target = versions[(versions.index(message_id) + step) % len(versions)]
        self.store.select_version(target)
        self.refresh()

    def delete(self, message_id: int) -> None:
        if self.generating:
            return
        self.store.delete_message(message_id)
        self.refresh()
        if self.conversation_id is not None:
            self.conversations_changed.emit(self.conversation_id)
