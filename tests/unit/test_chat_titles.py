"""Chat titles written by the model: cleaning the answer, when a title is (not) wanted, the
background job giving way, a rename winning; the scripted engine and the real SmolLM2."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.chat.options import ChatOptions
from desktop.chat.runner import EngineRunner
from desktop.chat.service import ChatService
from desktop.chat.titles import MAX_TOKENS, THINKING_BUDGET, clean_title, first_exchange
from desktop.core.history import HistoryStore
from desktop.core.settings import Settings
from desktop.core.thinking import ThinkingCapability
from desktop.engines.base import LoadOptions, ThinkingMode
from desktop.engines.fake import FakeEngine
from tests.unit.test_chat_runner import LoadRecorder, Recorder

SHORT = ChatOptions(preset="None", max_tokens=60)


@pytest.mark.parametrize(
    ("answer", "title"),
    [
        ("Trip to Kyoto", "Trip to Kyoto"),
        ('"Planning a Kyoto Trip."', "Planning a Kyoto Trip"),
        ("Title: **Rust binary search**", "Rust binary search"),
        ("<think>\nshort one\n</think>\n\nCapital of France!", "Capital of France"),
        ("<think>never closed, all thinking", None),
        ("“量子纠缠的解释”。", "量子纠缠的解释"),
        ("标题：京都旅行计划", "京都旅行计划"),
        ("«Recette de crêpes»", "Recette de crêpes"),
        ("A title\nwith a second line explaining it", "A title"),
        ('Here is a title for you:\n\n"Balcony Vegetable Garden"', "Balcony Vegetable Garden"),
        (
            "The Best Vegetables for Your Small Garden: A Guide to Balconies",
            "The Best Vegetables for Your Small Garden",
        ),
        ("Paris: A Beautiful City", "Paris: A Beautiful City"),
        (
            "one two three four five six seven eight nine ten eleven",
            "one two three four five six seven eight",
        ),
        (  # cut at eight words, right after a sentence's full stop
            "The world of gardening is vast and wonderful. It rewards patience",
            "The world of gardening is vast and wonderful",
        ),
        (
            "这是一个非常非常长的没有空格的中文标题它一直写下去不停止也不换行",
            "这是一个非常非常长的没有空格的中文标题它一直写下",
        ),
        ("   ", None),
        ('"."', None),
        ("<|im_end|>", None),
    ],
)
def test_the_answer_is_cleaned_into_a_title(answer: str, title: str | None) -> None:
    assert clean_title(answer) == title


class Titles:
    """Collects what ``write_title`` reports, from the generation thread."""

    def __init__(self) -> None:
        self.results: list[tuple[int, str | None]] = []
        self.done = threading.Event()

    def __call__(self, conversation_id: int, title: str | None) -> None:
        self.results.append((conversation_id, title))
        self.done.set()

    def wait(self) -> tuple[int, str | None]:
        assert self.done.wait(10)
        return self.results[-1]


class Chat:
    def __init__(self, store: HistoryStore, engine: FakeEngine) -> None:
        self.store = store
        self.engine = engine
        self.runner = EngineRunner(lambda source: engine)
        self.service = ChatService(store, self.runner, Settings)
        loading = LoadRecorder()
        self.runner.load(Path("Qwen3-Fake.gguf"), LoadOptions(), loading)
        loading.wait()

    def send(self, text: str, conversation: int | None = None) -> int:
        listener = Recorder()
        reply = self.service.send(conversation, text, SHORT, listener)
        listener.wait()
        return reply.conversation_id


@pytest.fixture
def chat(store: HistoryStore) -> Iterator[Chat]:
    made = Chat(store, FakeEngine("Kyoto in spring is lovely.", tokens_per_s=0))
    yield made
    assert made.runner.shutdown()


def test_after_the_first_reply_the_model_titles_the_chat(chat: Chat) -> None:
    conversation = chat.send("Help me plan a trip to Kyoto in April please")
    assert chat.store.get_conversation(conversation).title.startswith("Help me plan")
    chat.engine.answer = '"Kyoto Trip in April."'
    titles = Titles()
    job = chat.service.write_title(conversation, titles)
    assert job is not None
    assert job.background
    assert titles.wait() == (conversation, "Kyoto Trip in April")
    stored = chat.store.get_conversation(conversation)
    assert stored.title == "Kyoto Trip in April"
    assert not stored.title_set_by_user  # still the app's title: a rename replaces it
    request = chat.engine.requests[-1]
    assert request.thinking is ThinkingMode.OFF
    assert request.max_tokens == MAX_TOKENS
    prompt = str(request.messages)
    assert "in its language" in prompt
    assert "Help me plan a trip to Kyoto" in prompt
    assert "Kyoto in spring is lovely." in prompt
    # Titled once: later replies ask for nothing more.
    chat.send("And in May?", conversation)
    assert chat.service.write_title(conversation, titles) is None


def test_no_title_without_a_reply_or_when_the_user_named_the_chat(chat: Chat) -> None:
    named = chat.store.create_conversation("My own name")
    chat.store.add_user_message(named.id, "Hello there")
    assert chat.service.write_title(named.id, Titles()) is None  # no reply yet
    conversation = chat.send("Hello there")
    chat.store.rename(conversation, "Greetings")
    assert chat.service.write_title(conversation, Titles()) is None


def test_a_rename_while_the_title_is_written_wins(chat: Chat) -> None:
    conversation = chat.send("Explain quantum entanglement simply")
    chat.engine.answer = "Quantum Entanglement Explained"
    chat.engine.tokens_per_s = 20
    titles = Titles()
    assert chat.service.write_title(conversation, titles) is not None
    chat.store.rename(conversation, "Physics homework")
    assert titles.wait() == (conversation, None)
    assert chat.store.get_conversation(conversation).title == "Physics homework"


def test_the_title_gives_way_to_the_users_next_reply(chat: Chat) -> None:
    conversation = chat.send("Write a haiku about rain")
    original = chat.store.get_conversation(conversation).title
    chat.engine.answer = "Rain on the roof, a long title that streams slowly word by word"
    chat.engine.tokens_per_s = 20
    asked = len(chat.engine.requests)
    titles = Titles()
    assert chat.service.write_title(conversation, titles) is not None
    deadline = time.monotonic() + 10
    while len(chat.engine.requests) == asked and time.monotonic() < deadline:
        time.sleep(0.005)  # until the title is being written
    assert len(chat.engine.requests) == asked + 1
    listener = Recorder()
    chat.service.send(conversation, "Another one, please", SHORT, listener)
    assert titles.wait() == (conversation, None)  # stopped for the user's message
    outcome = listener.wait()
    assert not outcome.failed
    assert chat.store.get_conversation(conversation).title == original
    # The next reply's turn: the chat still has its automatic title, so it can be titled.
    chat.engine.answer = "Rain Haiku"
    chat.engine.tokens_per_s = 0
    again = Titles()
    assert chat.service.write_title(conversation, again) is not None
    assert again.wait() == (conversation, "Rain Haiku")


def test_a_model_that_always_thinks_gets_a_small_thinking_budget(store: HistoryStore) -> None:
    engine = FakeEngine(
        "Binary Search", "Short thought.", tokens_per_s=0, capability=ThinkingCapability.ALWAYS
    )
    chat = Chat(store, engine)
    try:
        conversation = chat.send("How does binary search work?")
        titles = Titles()
        assert chat.service.write_title(conversation, titles) is not None
        assert titles.wait() == (conversation, "Binary Search")
        request = engine.requests[-1]
        assert request.thinking_budget == THINKING_BUDGET
        assert request.max_tokens == THINKING_BUDGET + MAX_TOKENS
    finally:
        assert chat.runner.shutdown()


@pytest.mark.smollm
def test_smollm_writes_a_short_clean_title(store: HistoryStore, smollm_path: Path) -> None:
    runner = EngineRunner()
    try:
        service = ChatService(store, runner, Settings)
        loading = LoadRecorder()
        runner.load(smollm_path, LoadOptions(n_ctx=2048), loading)
        loading.wait()
        listener = Recorder()
        question = "What are good vegetables to grow on a small balcony garden?"
        brief = ChatOptions(preset="None", max_tokens=24)
        reply = service.send(None, question, brief, listener)
        assert listener.done.wait(120)  # a busy machine: the real model takes its time
        assert not listener.outcomes[0].failed
        titles = Titles()
        assert service.write_title(reply.conversation_id, titles) is not None
        assert titles.done.wait(120)
        conversation_id, title = titles.results[-1]
        assert title is not None, "SmolLM2 gave no usable title"
        assert store.get_conversation(conversation_id).title == title
        assert title != question
        assert 1 <= len(title.split()) <= 8
        assert len(title) <= 60
        assert not title.endswith((".", "!", "?", ":"))
        assert not any(mark in title for mark in ('"', "<think>", "</think>", "<|"))
    finally:
        assert runner.shutdown()


def test_a_first_reply_that_used_tools_is_titled_from_its_answer(store: HistoryStore) -> None:
    conversation = store.create_conversation()
    user = store.add_user_message(conversation.id, "What is 12 factorial?")
    call = store.add_message(conversation.id, "assistant", "", after=user.id)
    result = store.add_message(conversation.id, "tool", "479001600", after=call.id)
    store.add_message(conversation.id, "assistant", "12! is 479001600.", after=result.id)
    exchange = first_exchange(store.path(conversation.id))
    assert exchange is not None
    asked, answered = exchange
    assert (asked.content, answered.content) == ("What is 12 factorial?", "12! is 479001600.")
    no_answer = store.create_conversation()
    first = store.add_user_message(no_answer.id, "Hello")
    store.add_message(no_answer.id, "user", "Anyone there?", after=first.id)
    assert first_exchange(store.path(no_answer.id)) is None
