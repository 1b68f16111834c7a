"""The conversation service without Qt: persistence, options, versions, and every failure."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NoReturn

import pytest

from desktop.chat.options import ChatOptions, default_options, options_of
from desktop.chat.outcome import Outcome
from desktop.chat.runner import EngineRunner
from desktop.chat.service import ChatError, ChatService, RoundSaved
from desktop.core.history import HistoryError, HistoryStore
from desktop.core.prompts import PRESETS
from desktop.core.sampling import Sampling
from desktop.core.settings import Settings, ToolSettings
from desktop.engines.base import GenerationRequest, LoadOptions, StopReason, ThinkingMode
from desktop.engines.fake import FakeEngine
from desktop.tools.toolbox import ToolBox
from tests.unit.test_chat_runner import LoadRecorder, Recorder


class Setup:
    def __init__(self, store: HistoryStore, engine: FakeEngine) -> None:
        self.settings = Settings()
        self.engine = engine
        self.runner = EngineRunner(lambda source: engine)
        self.service = ChatService(store, self.runner, lambda: self.settings)
        self.store = store
        listener = LoadRecorder()
        self.runner.load(Path("Qwen3-Fake.gguf"), LoadOptions(), listener)
        listener.wait()

    def send(self, text: str, conversation: int | None = None, **options: Any):
        listener = Recorder()
        reply = self.service.send(conversation, text, ChatOptions(**options), listener)
        return reply, listener.wait()


SHORT = ChatOptions(preset="None", max_tokens=60)  # no system prompt, short replies


@pytest.fixture
def setup(store: HistoryStore) -> Iterator[Setup]:
    made = Setup(store, FakeEngine(tokens_per_s=0))
    yield made
    assert made.runner.shutdown()


def test_send_commits_the_message_then_stores_the_streamed_reply(setup: Setup):
    seen_at_start: list[list[str]] = []

    class Watching(Recorder):
        def started(self) -> None:
            conversation = setup.store.list_conversations()[0]
            seen_at_start.append([m.role for m in setup.store.path(conversation.id)])

    listener = Watching()
    reply = setup.service.send(None, "  Hello  ", ChatOptions(system_prompt="Be kind."), listener)
    outcome = listener.wait()
    assert seen_at_start == [["user", "assistant"]], "the user's message is saved before"
    assert outcome.message is not None
    assert outcome.message.content == "Hello! How can I help you today?"
    assert outcome.message.thinking
    assert outcome.message.stats["stop_reason"] == "eos"
    assert outcome.message.stats["thinking_seconds"] is not None
    assert reply.user_message is not None
    assert reply.user_message.content == "Hello"
    conversation = setup.store.get_conversation(reply.conversation_id)
    assert conversation.title == "Hello"
    assert conversation.model == "Qwen3-Fake"
    assert setup.engine.requests[-1].messages[0] == {"role": "system", "content": "Be kind."}


def test_empty_text_and_a_failing_store_raise_before_anything_runs(setup: Setup, store):
    with pytest.raises(ChatError, match="Type a message"):
        setup.service.send(None, "   ", ChatOptions(), Recorder())
    conversation = store.create_conversation()
    store.trash(conversation.id)
    store.empty_trash()
    with pytest.raises(ChatError):
        setup.service.send(conversation.id, "Hello", ChatOptions(), Recorder())
    assert setup.engine.requests == []


def test_a_store_failure_while_streaming_ends_the_reply_with_the_store_message(setup: Setup):
    calls = []

    def broken_append(message_id: int, text: str = "", thinking: str = "") -> None:
        calls.append(message_id)
        raise HistoryError("The disk is full, so Qwen Desk could not save the reply.")

    setup.store.append = broken_append  # type: ignore[method-assign]
    _reply, outcome = setup.send("Hello")
    assert outcome.failed
    assert "disk is full" in outcome.error
    assert calls


def test_thinking_off_and_sampling_follow_the_chat_options(setup: Setup):
    setup.send("Hi", thinking=ThinkingMode.OFF)
    request = setup.engine.requests[-1]
    assert request.thinking is ThinkingMode.OFF
    assert request.sampling == setup.settings.generation.non_thinking
    custom = Sampling(temperature=0.1, top_k=5)
    setup.send("Hi", thinking=ThinkingMode.ON, sampling=custom, thinking_budget=64)
    request = setup.engine.requests[-1]
    assert request.sampling == custom
    assert request.thinking_budget == 64


def test_options_round_trip_through_the_conversation_row(setup: Setup, store):
    options = ChatOptions(
        preset="Coder",
        system_prompt="Write code.",
        thinking=ThinkingMode.OFF,
        thinking_budget=512,
        sampling=Sampling(temperature=0.2, top_p=0.9, top_k=40, min_p=0.05, seed=7),
        max_tokens=300,
    )
    fields = {f.name: getattr(options, f.name) for f in dataclasses.fields(options)}
    reply, _ = setup.send("Hi", **fields)
    assert setup.service.options(reply.conversation_id) == options
    changed = dataclasses.replace(options, preset="Maths", sampling=None)
    setup.service.save_options(reply.conversation_id, changed)
    assert setup.service.options(reply.conversation_id) == changed


def test_unusable_stored_options_fall_back_to_the_settings(store):
    conversation = store.create_conversation(
        thinking_mode="auto", sampling={"custom": {"temperature": "hot"}, "thinking_budget": -3}
    )
    settings = Settings()
    options = options_of(conversation, settings.generation)
    assert options.sampling is None
    assert options.thinking_budget == settings.generation.thinking_budget
    assert default_options(settings.generation).thinking is ThinkingMode.AUTO


def test_regenerate_and_edit_make_versions_and_answer_the_right_thread(setup: Setup, store):
    reply, first = setup.send("What is 2+2?")
    assert first.message is not None
    listener = Recorder()
    again = setup.service.regenerate(first.message.id, ChatOptions(), listener)
    second = listener.wait()
    assert second.message is not None
    assert second.message.versions == (first.message.id, again.reply_id)
    asked = [m["content"] for m in setup.engine.requests[-1].messages if m["role"] != "system"]
    assert asked == ["What is 2+2?"]
    assert reply.user_message is not None
    listener = Recorder()
    setup.service.edit(reply.user_message.id, "What is 3+3?", ChatOptions(), listener)
    listener.wait()
    asked = [m["content"] for m in setup.engine.requests[-1].messages if m["role"] != "system"]
    assert asked == ["What is 3+3?"]
    shown = store.path(reply.conversation_id)
    assert shown[0].content == "What is 3+3?"
    with pytest.raises(ChatError, match="Only a reply"):
        setup.service.regenerate(reply.user_message.id, ChatOptions(), Recorder())


def test_dropped_turns_are_kept_in_the_history_and_honoured_after_a_restart(store):
    made = Setup(store, FakeEngine(n_ctx=400, tokens_per_s=0, answer="answer " * 30))
    try:
        conversation = None
        outcome: Outcome | None = None
        for i in range(8):
            listener = Recorder()
            try:
                reply = made.service.send(
                    conversation,
                    f"turn {i} " + "lorem " * 40,
                    SHORT,
                    listener,
                )
            except ChatError:
                raise
            conversation = reply.conversation_id
            outcome = listener.wait()
            if outcome.overflow is not None:
                break
        assert outcome is not None
        assert outcome.overflow is not None, "the chat outgrew the context"
        assert conversation is not None
        assert store.path(conversation)[-1].role == "user", "the overflowed reply is not kept"
        listener = Recorder()
        made.service.resend_last(conversation, SHORT, listener, drop=True)
        dropped = listener.wait()
        assert not dropped.failed
        assert dropped.dropped > 0
        assert dropped.message is not None
        assert dropped.message.stats["left_out"] == dropped.dropped
        # A later turn (a new service: the marks come from the history, not from memory)
        again = ChatService(store, made.runner, lambda: made.settings)
        listener = Recorder()
        again.send(conversation, "and now?", SHORT, listener)
        assert not listener.wait().failed
        first_sent = made.engine.requests[-1].messages[0]["content"]
        assert not first_sent.startswith("turn 0"), "the left-out turns stay out"
    finally:
        assert made.runner.shutdown()


def test_summary_then_a_new_chat_continues_from_it(setup: Setup, store):
    reply, _ = setup.send("We chose blue for the kitchen.")
    setup.send("What about the hall?", reply.conversation_id)
    listener = Recorder()
    assert setup.engine.requests[-1].messages[-1]["content"] == "What about the hall?"
    setup.service.summarise(reply.conversation_id, listener)
    outcome = listener.wait()
    assert not outcome.failed
    assert outcome.message is None, "the summary itself is not stored"
    assert setup.engine.requests[-1].thinking is ThinkingMode.OFF
    follow = Recorder()
    new = setup.service.continue_with_summary(
        reply.conversation_id, listener.answer, ChatOptions(), follow
    )
    follow.wait()
    assert new.conversation_id != reply.conversation_id
    title = store.get_conversation(new.conversation_id).title
    assert title.endswith("(continued)")
    first = store.path(new.conversation_id)[0].content
    assert first.startswith("Summary of our earlier conversation:")
    assert first.endswith("Let us continue from here.")
    summarised = [m["content"] for m in setup.engine.requests[-2].messages]
    assert "user: What about the hall?" in summarised


def test_complete_runs_unstored_with_the_callers_system_prompt(setup: Setup, store):
    listener = Recorder()
    setup.service.complete(
        [{"role": "system", "content": "You are terse."}, {"role": "user", "content": "Hi"}],
        ChatOptions(thinking=ThinkingMode.OFF),
        listener,
        adjust=lambda request: dataclasses.replace(request, max_tokens=3),
    )
    outcome = listener.wait()
    assert outcome.stats.stop_reason is StopReason.LENGTH
    assert store.list_conversations() == []
    request: GenerationRequest = setup.engine.requests[-1]
    assert request.messages[0] == {"role": "system", "content": "You are terse."}


def test_resend_without_a_waiting_message_is_refused(setup: Setup):
    reply, _ = setup.send("Hi")
    with pytest.raises(ChatError, match="no message waiting"):
        setup.service.resend_last(reply.conversation_id, ChatOptions(), Recorder())


def test_a_reply_with_a_tool_round_is_kept_as_rows_and_sent_back_as_tool_messages(store):
    call = '<tool_call>{"name": "python", "arguments": {"code": "print(6 * 7)"}}</tool_call>'
    engine = FakeEngine(replies=[f"Let me compute.{call}", "The answer is 42."], tokens_per_s=0)
    made = Setup(store, engine)
    made.settings.tools = ToolSettings(enabled=True, trusted=["python"], python_time_s=20.0)
    box = ToolBox(made.settings.tools)
    made.service.tools = box
    try:
        events: list[object] = []

        class Tools(Recorder):
            def tool_event(self, event: object) -> None:
                events.append(event)

        listener = Tools()
        reply = made.service.send(None, "What is 6*7?", ChatOptions(), listener)
        outcome = listener.wait()
        assert not outcome.failed, outcome.error
        thread = store.path(reply.conversation_id)
        assert [m.role for m in thread] == ["user", "assistant", "tool", "assistant"]
        assert thread[1].content == "Let me compute."
        assert thread[1].stats["tool_calls"][0]["name"] == "python"
        assert thread[2].content.strip().endswith("42")
        assert thread[3].content == "The answer is 42."
        assert outcome.message is not None
        assert outcome.message.id == thread[3].id
        saved = [e for e in events if isinstance(e, RoundSaved)]
        assert len(saved) == 1
        assert saved[0].next_reply_id == thread[3].id
        assert engine.requests[0].tools, "the tools went to the template"
        second = engine.requests[1].messages
        assert second[-2]["tool_calls"][0]["function"]["name"] == "python"
        assert second[-1]["role"] == "tool"
        # The next turn sends the stored calls and results back the same way.
        listener = Tools()
        made.service.send(reply.conversation_id, "Thanks", ChatOptions(), listener)
        listener.wait()
        roles = [m["role"] for m in engine.requests[-1].messages]
        assert roles[-5:] == ["user", "assistant", "tool", "assistant", "user"]
    finally:
        box.close()
        assert made.runner.shutdown()


class FamilyEngine(FakeEngine):
    """A fake model that says which Qwen family it is, as the real engines do at load."""

    def __init__(self, family: str) -> None:
        super().__init__(tokens_per_s=0)
        self.family = family

    def load(self, source, options, progress=None):
        info = super().load(source, options, progress)
        self._info = dataclasses.replace(info, details={"family": self.family})
        return self._info


@pytest.mark.parametrize(
    ("family", "first_role", "first_text"),
    [
        ("qwen2.5-math", "system", "Please reason step by step"),
        ("qwen2.5-instruct", "user", "Hi"),  # the template adds its own default system
        ("deepseek-r1-distill-qwen", "user", "Hi"),
    ],
)
def test_the_models_family_decides_the_default_system_prompt(store, family, first_role, first_text):
    made = Setup(store, FamilyEngine(family))
    try:
        made.send("Hi", preset="General", system_prompt=PRESETS["General"])
        first = made.engine.requests[-1].messages[0]
        assert first["role"] == first_role
        assert first["content"].startswith(first_text)
        assert made.engine.requests[-1].sampling is not None
        if family != "qwen2.5-math":  # Qwen2.5 cards: repetition penalty 1.05
            return
        assert made.engine.requests[-1].sampling.repeat_penalty == pytest.approx(1.05)
    finally:
        assert made.runner.shutdown()


def test_a_custom_prompt_goes_into_the_user_turn_for_r1_distills(store):
    made = Setup(store, FamilyEngine("deepseek-r1-distill-qwen"))
    try:
        made.send("Hi", preset="Custom", system_prompt="Answer in French.")
        messages = made.engine.requests[-1].messages
        assert [m["role"] for m in messages] == ["user"]
        assert messages[0]["content"] == "Answer in French.\n\nHi"
    finally:
        assert made.runner.shutdown()


def test_attached_documents_go_into_the_prompt_and_cited_sources_stay_with_the_reply(
    store, tmp_path
):
    from desktop.chat.documents import DocumentSource, stored_citations
    from desktop.documents.attachments import attach_files
    from desktop.documents.index import DocumentIndex
    from desktop.documents.indexer import index_collection

    db = tmp_path / "documents.sqlite3"
    notes = tmp_path / "lighthouse.md"
    notes.write_text("# Keeper\n\nThe lighthouse keeper's cat is called Marmalade.\n")
    engine = FakeEngine(replies=["The cat is Marmalade [1]."], tokens_per_s=0)
    made = Setup(store, engine)
    used: list[object] = []

    class Watching(Recorder):
        def documents_used(self, context: object) -> None:
            used.append(context)

    try:
        made.service.documents = DocumentSource(db)
        conversation = store.create_conversation()
        with DocumentIndex.open(db) as index:
            collection = attach_files(index, conversation.id, [notes])
        index_collection(collection.id, db_path=db)
        listener = Watching()
        made.service.send(conversation.id, "What is the cat called?", SHORT, listener)
        outcome = listener.wait()
        assert not outcome.failed, outcome.error
        question = made.engine.requests[-1].messages[-1]["content"]
        assert "Marmalade" in question, "the document went into the prompt"
        assert question.endswith("What is the cat called?")
        assert "[1] lighthouse.md" in question
        assert used, "the window hears how the documents were used"
        assert outcome.message is not None
        cited = stored_citations(outcome.message.stats)
        assert [c.number for c in cited] == [1]
        assert "Marmalade" in cited[0].text
        stored_question = store.path(conversation.id)[0].content
        assert stored_question == "What is the cat called?", "the history keeps the question"
    finally:
        assert made.runner.shutdown()


def test_a_chat_without_documents_neither_counts_the_prompt_nor_loads_the_embedder(tmp_path):
    """Once any chat has documents the index exists; other chats still skip the work."""
    from desktop.chat.documents import DocumentSource
    from desktop.documents.attachments import attach_files
    from desktop.documents.index import DocumentIndex

    db = tmp_path / "documents.sqlite3"
    notes = tmp_path / "notes.md"
    notes.write_text("# Notes\n\nSomething.\n")
    with DocumentIndex.open(db) as index:
        attach_files(index, 1, [notes])

    def never(*_: object) -> NoReturn:
        raise AssertionError("not needed for a chat without documents")

    source = DocumentSource(db, embedder=never)
    request = GenerationRequest(messages=[{"role": "user", "content": "Hi"}])
    try:
        same, context = source.add_to_request(2, request, never, never, 4096)
    finally:
        source.close()
    assert same is request
    assert context.mode == "none"
