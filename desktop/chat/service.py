"""The conversation service: what the window (and the local API server) ask of a chat.

Sending commits the user's message before anything runs; the reply row is created at once and
written while it streams (the history store commits at least twice a second), then finalised
with its stats. A request that cannot start raises :class:`ChatError` (nothing runs, the
caller keeps what the user typed); once a :class:`Reply` is returned, its listener gets
exactly one ``finished``. All listener calls come from the generation thread.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from desktop.chat.documents import (
    CITATIONS,
    DOCUMENTS,
    DocumentSource,
    cited_record,
    usage_record,
)
from desktop.chat.options import ChatOptions, options_of, stored_fields
from desktop.chat.outcome import Outcome, ReplyListener
from desktop.chat.request import build_request, left_out_of, thread_messages
from desktop.chat.runner import EngineRunner, Job
from desktop.chat.titles import (
    TITLE_SOURCE,
    TitleListener,
    TitleWriter,
    needs_title,
    title_request,
)
from desktop.chat.tool_turns import reply_stream, with_tools
from desktop.core.history import HistoryError, HistoryStore, Message
from desktop.core.i18n import translate
from desktop.core.settings import GenerationSettings, Settings
from desktop.documents.citations import Citation
from desktop.engines.base import (
    GenerationRequest,
    GenerationStats,
    ModelInfo,
    StopReason,
    ThinkingMode,
)
from desktop.tools.history import assistant_stats, code_runs_stats, tool_stats
from desktop.tools.loop import RoundFinished
from desktop.tools.tir_loop import CodeRunsFinished
from desktop.tools.toolbox import ToolBox

log = logging.getLogger(__name__)

SUMMARY_PROMPT = (
    "Summarise the conversation below in one short paragraph, keeping every fact, decision "
    "and open question needed to continue it."
)


CONTINUE = "Let us continue from here."
API_PRESET = "API"  # requests from the local server carry their own system message


class ChatError(Exception):
    """A request could not start; ``str`` is a plain sentence for the user."""


@dataclass(frozen=True)
class Reply:
    """A reply on its way: where it is stored and the job producing it."""

    conversation_id: int
    reply_id: int
    user_message: Message | None
    job: Job


@dataclass(frozen=True)
class RoundSaved:
    """A tool round is in the history: its reply (with the calls it made), the tool messages
    with the results, and the id of the reply row the next round streams into."""

    reply: Message
    tools: tuple[Message, ...]
    next_reply_id: int


class _Persisting(ReplyListener):
    """Writes a streaming reply into the history, then passes each event on. With tools a
    reply is several rows: each round's answer and calls, the tool results, the next round."""

    def __init__(
        self,
        store: HistoryStore,
        conversation_id: int,
        reply_id: int,
        left_out: int,
        listener: ReplyListener,
        model: str | None,
    ) -> None:
        self.answer: list[str] = []  # this row's answer so far (to find its [n] citations)
        self.citations: tuple[Citation, ...] = ()
        self.documents: dict[str, Any] | None = None  # how the documents were used
        self.store = store
        self.conversation_id = conversation_id
        self.reply_id = reply_id
        self.left_out = left_out
        self.listener = listener
        self.model = model
        self.round_stats: GenerationStats | None = None  # the last finished tool round's
        self.extra: dict[str, Any] = {}  # kept with the final reply (its code runs)
        self.saved: Message | None = None  # the last round saved with its calls
        self.written = False  # whether the row being written has any text yet

    def started(self) -> None:
        self.listener.started()

    def prompt_counted(self, system: int, prompt: int, n_ctx: int) -> None:
        self.listener.prompt_counted(system, prompt, n_ctx)

    def turns_dropped(self, count: int) -> None:
        self.left_out += count
        self.listener.turns_dropped(count)

    def thinking(self, text: str) -> None:
        self.listener.thinking(text)
        self.written = True
        self.store.append(self.reply_id, thinking=text)

    def text(self, text: str) -> None:
        self.listener.text(text)
        self.answer.append(text)
        self.written = True
        self.store.append(self.reply_id, text=text)

    def documents_used(self, context: object) -> None:
        from desktop.documents.context import DocumentContext

        if isinstance(context, DocumentContext):
            self.citations = context.citations
            self.documents = usage_record(context)
        self.listener.documents_used(context)

    def tokens_counted(self, generated: int, thinking: int) -> None:
        self.listener.tokens_counted(generated, thinking)

    def tool_event(self, event: object) -> None:
        if isinstance(event, RoundFinished):
            self.round_stats = event.stats  # the row being written keeps its own round's
            if event.calls:
                self.listener.tool_event(self._save_round(event))
                return
        elif isinstance(event, CodeRunsFinished):
            self.extra = code_runs_stats(event.results)
        self.listener.tool_event(event)

    def _save_round(self, done: RoundFinished) -> RoundSaved:
        """Finish this round's reply row with its calls, add the results after it, and open
        the row the next round writes into."""
        stats = {**stats_record(done.stats, self.left_out), **assistant_stats(done.calls)}
        reply = self.store.finish(self.reply_id, stats, done.stats.stop_reason.value)
        self.answer = []
        self.saved, self.written = reply, False
        tools: list[Message] = []
        after = reply.id
        for result in done.results:
            message = self.store.add_message(
                self.conversation_id, "tool", result.content, after=after, stats=tool_stats(result)
            )
            tools.append(message)
            after = message.id
        self.reply_id = self.store.begin_reply(self.conversation_id, after=after, model=self.model)
        return RoundSaved(reply, tuple(tools), self.reply_id)

    def finished(self, outcome: Outcome) -> None:
        message: Message | None = None
        try:
            if outcome.overflow is not None:
                self.store.delete_message(self.reply_id)  # nothing was said; nothing to keep
            elif self.saved is not None and not self.written:
                # Stopped (or at the round limit) after a tool round: the row opened for the
                # next round stayed empty, so the reply ends with the saved round.
                self.store.delete_message(self.reply_id)
                message = self.saved
            else:
                stats = outcome.stats
                if self.round_stats is not None:  # the last round's own figures
                    stats = dataclasses.replace(
                        self.round_stats, stop_reason=stats.stop_reason, error=stats.error
                    )
                record = {**stats_record(stats, self.left_out), **self.extra}
                if self.citations:
                    record[CITATIONS] = cited_record("".join(self.answer), self.citations)
                if self.documents is not None:
                    record[DOCUMENTS] = self.documents
                message = self.store.finish(self.reply_id, record, stats.stop_reason.value)
        except HistoryError as exc:
            stats = dataclasses.replace(outcome.stats, stop_reason=StopReason.ERROR, error=str(exc))
            outcome = dataclasses.replace(outcome, stats=stats)
        self.listener.finished(dataclasses.replace(outcome, message=message))


def stats_record(stats: GenerationStats, left_out: int = 0) -> dict[str, Any]:
    """A reply's stats as the history keeps them."""
    data = dataclasses.asdict(stats)
    data["stop_reason"] = stats.stop_reason.value
    data["thinking_seconds"] = round(stats.thinking_s, 2) if stats.thinking_tokens else None
    data.pop("thinking_s", None)
    if left_out:
        data["left_out"] = left_out
    return data


class ChatService:
    """Conversations in, replies out. Safe to call from any thread."""

    def __init__(
        self,
        store: HistoryStore,
        runner: EngineRunner,
        settings: Callable[[], Settings],
        tools: ToolBox | None = None,
        documents: DocumentSource | None = None,
    ) -> None:
        self.store = store
        self.runner = runner
        self._settings = settings
        self.tools = tools  # offered to the model when Settings > Tools is on
        self.documents = documents  # each chat's attached files and collections

    # -- options ---------------------------------------------------------------------------

    def options(self, conversation_id: int) -> ChatOptions:
        conversation = self.store.get_conversation(conversation_id)
        return options_of(conversation, self._settings().generation)

    def save_options(self, conversation_id: int, options: ChatOptions) -> None:
        self.store.update_conversation(conversation_id, **stored_fields(options))

    # -- replies ---------------------------------------------------------------------------

    def send(
        self,
        conversation_id: int | None,
        text: str,
        options: ChatOptions,
        listener: ReplyListener,
    ) -> Reply:
        """Commit the user's message (in a new conversation when ``conversation_id`` is None)
        and start the reply."""
        text = text.strip()
        if not text:
            raise ChatError(translate("ChatService", "Type a message first."))
        try:
            if conversation_id is None:
                conversation_id = self.store.create_conversation(
                    model=self._model_name(), **stored_fields(options)
                ).id
            thread = self.store.path(conversation_id)
            after = thread[-1].id if thread else None
            message = self.store.add_user_message(conversation_id, text, after=after)
        except HistoryError as exc:
            raise ChatError(str(exc)) from exc
        return self._reply(conversation_id, [*thread, message], options, listener, message)

    def regenerate(self, message_id: int, options: ChatOptions, listener: ReplyListener) -> Reply:
        """A new version of the reply ``message_id``, from the same thread before it."""
        try:
            old = self.store.get_message(message_id)
            if old.role != "assistant" or old.parent_id is None:
                raise ChatError(translate("ChatService", "Only a reply can be regenerated."))
            thread = self.store.path(old.conversation_id)
            upto = thread[: next(i for i, m in enumerate(thread) if m.id == message_id)]
            reply_id = self.store.regenerate(message_id, model=self._model_name())
        except (HistoryError, StopIteration) as exc:
            raise ChatError(
                str(exc) or translate("ChatService", "That reply is not in the conversation.")
            ) from exc
        return self._start(old.conversation_id, upto, reply_id, options, listener, None)

    def edit(
        self, message_id: int, text: str, options: ChatOptions, listener: ReplyListener
    ) -> Reply:
        """Keep the edited message as a new version and answer it."""
        text = text.strip()
        if not text:
            raise ChatError(translate("ChatService", "The edited message is empty."))
        try:
            edited = self.store.edit_user_message(message_id, text)
            thread = self.store.path(edited.conversation_id)
            upto = thread[: next(i for i, m in enumerate(thread) if m.id == edited.id) + 1]
        except (HistoryError, StopIteration) as exc:
            raise ChatError(
                str(exc) or translate("ChatService", "The edited message went missing.")
            ) from exc
        return self._reply(edited.conversation_id, upto, options, listener, edited)

    def resend_last(
        self,
        conversation_id: int,
        options: ChatOptions,
        listener: ReplyListener,
        *,
        drop: bool = False,
    ) -> Reply:
        """Answer the last user message again (after the context grew, or leaving out the
        oldest turns when ``drop``)."""
        thread = self._thread(conversation_id)
        if not thread or thread[-1].role != "user":
            raise ChatError(translate("ChatService", "There is no message waiting for an answer."))
        return self._reply(conversation_id, thread, options, listener, None, drop=drop)

    def replace_last_message(self, conversation_id: int, text: str) -> Message:
        """Keep a shortened version of the last user message as a new version of it."""
        thread = self._thread(conversation_id)
        if not thread or thread[-1].role != "user":
            raise ChatError(translate("ChatService", "There is no message waiting for an answer."))
        try:
            return self.store.edit_user_message(thread[-1].id, text)
        except HistoryError as exc:
            raise ChatError(str(exc)) from exc

    # -- summaries ---------------------------------------------------------------------------

    def summarise(self, conversation_id: int, listener: ReplyListener) -> Job:
        """Ask the model for a summary of the conversation (not stored); the listener collects
        the text. Each turn is its own message so the oldest can be left out to fit."""
        thread = self._thread(conversation_id)
        if thread and thread[-1].role == "user":
            thread = thread[:-1]  # the waiting question goes to the new chat as it is
        model = self.runner.model
        cap = max(200, (model.n_ctx if model else 4096) // 2)
        messages = [{"role": "system", "content": SUMMARY_PROMPT}] + [
            {"role": "user", "content": f"{m.role}: {m.content[-cap:]}"} for m in thread
        ]
        request = GenerationRequest(messages, thinking=ThinkingMode.OFF, max_tokens=512)
        return self.runner.generate(request, listener, allow_drop=True)

    def continue_with_summary(
        self, conversation_id: int, summary: str, options: ChatOptions, listener: ReplyListener
    ) -> Reply:
        """A new chat that starts from ``summary`` and the old chat's last message."""
        thread = self._thread(conversation_id)
        old = self.store.get_conversation(conversation_id)
        if not thread:
            raise ChatError(translate("ChatService", "The conversation is empty."))
        try:
            new = self.store.create_conversation(
                f"{old.title} (continued)", model=self._model_name(), **stored_fields(options)
            )
        except HistoryError as exc:
            raise ChatError(str(exc)) from exc
        waiting = thread[-1].content if thread[-1].role == "user" else CONTINUE
        text = f"Summary of our earlier conversation:\n\n{summary}\n\n{waiting}"
        return self.send(new.id, text, options, listener)

    # -- titles ----------------------------------------------------------------------------

    def write_title(self, conversation_id: int, done: TitleListener) -> Job | None:
        """Have the model title the chat in the background (titles.py); None if not needed."""
        if (wanted := needs_title(self.store, conversation_id)) is None:
            return None
        writer = TitleWriter(self.store, conversation_id, wanted[0], done)
        build = partial(title_request, wanted[1], wanted[2])
        return self.runner.generate(build, writer, source=TITLE_SOURCE, background=True)

    # -- requests without history (the local API server) ---------------------------------

    def complete(
        self,
        messages: Sequence[Mapping[str, Any]],
        options: ChatOptions,
        listener: ReplyListener,
        *,
        source: str = "api",
        batch_s: float = 0.0,
        adjust: Callable[[GenerationRequest], GenerationRequest] | None = None,
    ) -> Job:
        """Run ``messages`` (a system message may lead) through the loaded model, unstored.
        ``adjust`` may change the built request (sampling and stop words from the API)."""
        return complete(
            self.runner,
            lambda: self._settings().generation,
            messages,
            options,
            listener,
            source=source,
            batch_s=batch_s,
            adjust=adjust,
        )

    # -- internals -------------------------------------------------------------------------

    def _thread(self, conversation_id: int) -> list[Message]:
        try:
            return self.store.path(conversation_id)
        except HistoryError as exc:
            raise ChatError(str(exc)) from exc

    def _model_name(self) -> str | None:
        model = self.runner.model
        return model.name if model is not None else None

    def _reply(
        self,
        conversation_id: int,
        thread: list[Message],
        options: ChatOptions,
        listener: ReplyListener,
        user_message: Message | None,
        *,
        drop: bool = False,
    ) -> Reply:
        try:
            reply_id = self.store.begin_reply(
                conversation_id, after=thread[-1].id, model=self._model_name()
            )
        except HistoryError as exc:
            raise ChatError(str(exc)) from exc
        return self._start(conversation_id, thread, reply_id, options, listener, user_message, drop)

    def _start(
        self,
        conversation_id: int,
        thread: list[Message],
        reply_id: int,
        options: ChatOptions,
        listener: ReplyListener,
        user_message: Message | None,
        drop: bool = False,
    ) -> Reply:
        left_out = left_out_of(thread)
        messages = thread_messages(thread, left_out)
        sink = _Persisting(
            self.store, conversation_id, reply_id, left_out, listener, self._model_name()
        )

        settings = self._settings().tools
        box = self.tools
        documents = self.documents

        def build(model: ModelInfo) -> GenerationRequest:
            request = build_request(messages, options, self._settings().generation, model)
            request = with_tools(request, model, box, settings, options)
            if documents is not None:
                request, context = documents.add_to_request(
                    conversation_id,
                    request,
                    self.runner.count_request,
                    self.runner.count_text,
                    model.n_ctx,
                )
                sink.documents_used(context)
            return request

        stream = reply_stream(box, settings, options, conversation_id)
        job = self.runner.generate(build, sink, allow_drop=drop, stream=stream)
        return Reply(conversation_id, reply_id, user_message, job)


def complete(
    runner: EngineRunner,
    generation: Callable[[], GenerationSettings],
    messages: Sequence[Mapping[str, Any]],
    options: ChatOptions,
    listener: ReplyListener,
    *,
    source: str = "api",
    batch_s: float = 0.0,
    adjust: Callable[[GenerationRequest], GenerationRequest] | None = None,
) -> Job:
    """:meth:`ChatService.complete` without a history (the headless API server has none):
    a leading system message becomes the system prompt; nothing is stored."""
    system = [m for m in messages[:1] if m.get("role") == "system"]
    rest = list(messages[len(system) :])
    # The client's own system message (or none): not one of the window's presets.
    prompt = str(system[0].get("content", "")) if system else ""
    options = dataclasses.replace(options, preset=API_PRESET, system_prompt=prompt)

    def build(model: ModelInfo) -> GenerationRequest:
        request = build_request(rest, options, generation(), model)
        return adjust(request) if adjust is not None else request

    return runner.generate(build, listener, batch_s=batch_s, source=source)
