"""The chat window driven like a user would, with the scripted engine and real llama.cpp."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QWidget

from desktop.chat.request import left_out_of
from desktop.core.history.store import HistoryStore
from desktop.core.settings import load_settings
from desktop.engines.fake import FakeEngine
from desktop.gui.window.main_window import MainWindow
from tests.gui.window_support import make_main_window


@pytest.fixture
def make_window(qtbot, tmp_path: Path, store: HistoryStore):
    created: list[MainWindow] = []

    def make(engine=None, use_webengine: bool | None = False) -> MainWindow:
        window = make_main_window(
            store, tmp_path / "settings.json", engine, use_webengine=use_webengine
        )
        qtbot.addWidget(window)
        window.show()
        created.append(window)
        return window

    yield make
    for window in created:
        window.close()
        window.deleteLater()  # the web page must go before the profile does
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


# Worker signals come from the generation thread; tests wait on GUI-thread state
# (qtbot.waitSignal on a cross-thread signal can miss its own timeout and hang).
def load(qtbot, window: MainWindow, path: Path) -> None:
    window.load_model(path)
    qtbot.waitUntil(lambda: window.model is not None, timeout=10_000)


def send(qtbot, window: MainWindow, text: str) -> None:
    qtbot.keyClicks(window.composer.findChild(QWidget, "messageInput"), text)
    qtbot.keyClick(window.composer.findChild(QWidget, "messageInput"), Qt.Key.Key_Return)


def wait_idle(qtbot, window: MainWindow, timeout: int = 10_000) -> None:
    qtbot.waitUntil(lambda: not window.controller.generating, timeout=timeout)


def chat_until_overflow(qtbot, window: MainWindow) -> None:
    """Send long turns until the context-overflow banner appears (at most six)."""
    for i in range(6):
        send(qtbot, window, f"turn {i} " + "lorem ipsum dolor " * 15)
        wait_idle(qtbot, window)
        if window.banner.isVisible():
            break


def test_real_tiny_model_whole_turn_is_saved(qtbot, make_window, tiny_models, store, tmp_path):
    window = make_window()
    load(qtbot, window, tiny_models["qwen3"])
    window.settings.generation.max_tokens = 20
    send(qtbot, window, "Hello")
    wait_idle(qtbot, window)
    conversation = store.list_conversations()[0]
    assert conversation.title == "Hello"
    user, reply = store.path(conversation.id)
    assert (user.role, user.content) == ("user", "Hello")
    assert reply.role == "assistant"
    assert reply.state == "complete"
    assert reply.stats["generated_tokens"] > 0
    assert reply.model == "qwen3-hybrid"  # the file's name, as everywhere
    assert load_settings(tmp_path / "settings.json").last_model == str(tiny_models["qwen3"])


def test_stream_then_stop_within_100_ms(qtbot, make_window, store):
    engine = FakeEngine("word " * 5000, tokens_per_s=300)
    window = make_window(engine)
    load(qtbot, window, Path("fake.gguf"))
    window.controller.set_thinking(False)
    send(qtbot, window, "Go on and on")
    reply_id = window.controller.active_reply_id
    assert reply_id is not None
    qtbot.waitUntil(lambda: len(window.chat_view.message_text(reply_id)) > 20, timeout=5000)
    shown_at_click = len(window.chat_view.message_text(reply_id).split())
    clicked = time.perf_counter()
    window.composer.stop_requested.emit()
    wait_idle(qtbot, window, timeout=1000)
    assert time.perf_counter() - clicked < 0.1, "the stopped state shows at once"
    qtbot.waitUntil(lambda: store.get_message(reply_id).state == "complete", timeout=2000)
    reply = store.get_message(reply_id)
    assert reply.stats["stop_reason"] == "cancelled"
    # 100 ms at 300 tok/s is 30 tokens; one ~40 ms batch may not have been shown yet.
    # Counting tokens instead of wall time keeps the check true on a loaded machine.
    assert reply.stats["generated_tokens"] - shown_at_click <= 30 + 15


def test_regenerate_makes_a_version_and_switching_shows_it(qtbot, make_window, store):
    engine = FakeEngine("First answer.", tokens_per_s=0)
    window = make_window(engine)
    load(qtbot, window, Path("fake.gguf"))
    send(qtbot, window, "Question?")
    wait_idle(qtbot, window)
    first = window.controller.shown_messages()[-1]
    engine.answer = "Second answer."
    window.chat_view.action_requested.emit("regenerate", first.id, "")
    wait_idle(qtbot, window)
    shown = window.controller.shown_messages()[-1]
    assert shown.content == "Second answer."
    assert len(shown.versions) == 2
    window.chat_view.action_requested.emit("version-prev", shown.id, "")
    assert window.controller.shown_messages()[-1].content == "First answer."


def test_edit_and_resend_branches(qtbot, make_window, store):
    engine = FakeEngine("Answer.", tokens_per_s=0)
    window = make_window(engine)
    load(qtbot, window, Path("fake.gguf"))
    send(qtbot, window, "Original question")
    wait_idle(qtbot, window)
    user = window.controller.shown_messages()[0]
    window.chat_view.action_requested.emit("edit", user.id, "")
    editor = window.chat_view.findChild(QWidget, "editBoxEditor")
    assert editor.isVisible()
    editor.setPlainText("Edited question")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # Enter resends, as in the message box
    wait_idle(qtbot, window)
    thread = window.controller.shown_messages()
    assert [m.content for m in thread] == ["Edited question", "Answer."]
    assert len(thread[0].versions) == 2
    assert len(engine.requests) == 2
    assert engine.requests[-1].messages[-1]["content"] == ("Edited question")


def test_thinking_streams_and_is_stored_apart(qtbot, make_window, store):
    engine = FakeEngine("Four.", "Two plus two is four.", tokens_per_s=100)
    window = make_window(engine)
    load(qtbot, window, Path("fake.gguf"))
    assert window.composer.findChild(object, "thinkingToggle").isEnabled()
    send(qtbot, window, "2+2?")
    wait_idle(qtbot, window)
    reply = window.controller.shown_messages()[-1]
    assert (reply.thinking, reply.content) == ("Two plus two is four.", "Four.")
    assert reply.stats["thinking_seconds"] > 0
    # Later turns go back to the model without the thinking.
    send(qtbot, window, "And 3+3?")
    wait_idle(qtbot, window)
    assert "Two plus two" not in str(engine.requests[-1].messages)


def test_search_delete_and_undo(qtbot, make_window, store):
    engine = FakeEngine("Paris is the capital.", tokens_per_s=0)
    window = make_window(engine)
    load(qtbot, window, Path("fake.gguf"))
    send(qtbot, window, "What is the capital of France?")
    wait_idle(qtbot, window)
    window.new_chat()
    send(qtbot, window, "Tell me about volcanoes")
    wait_idle(qtbot, window)
    assert len(store.list_conversations()) == 2
    hits = store.search("France")
    assert {h.conversation_title for h in hits} == {"What is the capital of France?"}
    doomed = store.list_conversations()[0].id
    window.sidebar.delete_conversation(doomed)
    assert [c.id for c in store.list_conversations()] != []
    assert doomed not in [c.id for c in store.list_conversations()]
    window.sidebar.undo_delete()
    assert doomed in [c.id for c in store.list_conversations()]


def test_context_overflow_offers_choices_and_drops_oldest(qtbot, make_window, store):
    engine = FakeEngine("ok " * 10, tokens_per_s=0, n_ctx=600)
    window = make_window(engine)
    load(qtbot, window, Path("fake.gguf"))
    window.settings.generation.max_tokens = 64
    chat_until_overflow(qtbot, window)
    assert window.banner.isVisible(), "overflow is announced, never silently truncated"
    labels = [b.text() for b in window.banner.buttons()]
    assert "Drop the oldest turns" in labels
    assert "New chat with a summary" in labels
    requests_before = len(engine.requests)
    window.banner.buttons()[labels.index("Drop the oldest turns")].click()
    wait_idle(qtbot, window)
    assert len(engine.requests) == requests_before + 1
    conversation_id = window.controller.conversation_id
    assert conversation_id is not None
    assert left_out_of(store.path(conversation_id)) > 0, "kept with the reply, for restarts"
    assert engine.requests[-1].messages[0]["role"] == "system"


def test_close_while_generating_ends_cleanly(qtbot, make_window):
    engine = FakeEngine("word " * 5000, tokens_per_s=300)
    window = make_window(engine)
    load(qtbot, window, Path("fake.gguf"))
    send(qtbot, window, "long reply please")
    qtbot.waitUntil(lambda: window.controller.active_reply_id is not None, timeout=2000)
    window.close()
    assert not window.state.generation.runner.alive


def test_load_failure_is_shown_and_app_stays_usable(qtbot, make_window, tmp_path, tiny_models):
    window = make_window()
    bad = tmp_path / "bad.gguf"
    bad.write_bytes(b"garbage" * 100)
    window.load_model(bad)
    qtbot.waitUntil(lambda: "not a GGUF model file" in window.banner.label.text(), timeout=5000)
    load(qtbot, window, tiny_models["qwen2"])
    assert "qwen2-never" in window.model_status.text()


def test_rich_transcript_turn(qtbot, make_window, store):
    engine = FakeEngine(
        "Use `x**2`:\n\n```python\nprint(2**2)\n```\n\n$$x^2$$", "hmm", tokens_per_s=0
    )
    window = make_window(engine, use_webengine=True)
    load(qtbot, window, Path("fake.gguf"))
    send(qtbot, window, "square?")
    wait_idle(qtbot, window)
    reply = window.controller.shown_messages()[-1]
    assert "print(2**2)" in window.chat_view.message_text(reply.id)


def test_context_too_large_offers_the_size_that_fits(qtbot, make_window, store):
    engine = FakeEngine(
        fail_load="Qwen3-8B needs about 9 GB at 32,768 tokens; 8,192 fits.",
        fail_reason="context_too_large",
        suggested_n_ctx=8192,
    )
    window = make_window(engine)
    window.settings.load = replace(window.settings.load, n_ctx=32768)
    window.load_model(Path("Qwen3-8B.gguf"))
    qtbot.waitUntil(lambda: bool(window.banner.buttons()), timeout=5000)
    button = window.banner.buttons()[0]
    assert button.text() == "Load with 8,192 context"
    button.click()
    qtbot.waitUntil(lambda: window.model is not None, timeout=5000)
    assert window.model.n_ctx == 8192
    assert window.settings.per_model[str(Path("Qwen3-8B.gguf"))].n_ctx == 8192


def test_library_page_opens_and_a_chosen_model_loads(qtbot, make_window, tiny_models):
    window = make_window()
    window.offer_first_model()
    labels = [b.text() for b in window.banner.buttons()]
    assert labels[:2] == ["Download recommended model", "Browse models"]
    window.banner.buttons()[1].click()
    page = window.library.page
    assert page is not None
    assert window.stack.currentWidget() is page
    page.model_chosen.emit(tiny_models["qwen2"])
    qtbot.waitUntil(lambda: window.model is not None, timeout=10_000)
    assert window.stack.currentWidget() is window.chat_page
    assert window.model.name == "qwen2-never"


def test_closing_while_the_library_still_builds_is_clean(qtbot, tmp_path, store):
    # The Discover tab builds its cards one family per event-loop turn; a window deleted
    # in between must not leave a queued build running against deleted widgets.
    window = make_main_window(store, tmp_path / "settings.json")
    window.show()
    window.show_library()
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.wait(50)


def test_window_geometry_is_kept_in_the_app_config_folder(qtbot, make_window, app_home):
    window = make_window()
    window.resize(760, 530)
    window.close()
    state = app_home / "config" / "window-state.ini"
    assert state.exists()
    assert "geometry" in state.read_text()
    again = make_window()
    assert (again.width(), again.height()) == (760, 530)


def test_context_overflow_can_continue_in_a_new_chat_with_a_summary(qtbot, make_window, store):
    engine = FakeEngine("ok " * 10, tokens_per_s=0, n_ctx=600)
    window = make_window(engine)
    load(qtbot, window, Path("fake.gguf"))
    window.settings.generation.max_tokens = 64
    chat_until_overflow(qtbot, window)
    old_id = window.controller.conversation_id
    labels = [b.text() for b in window.banner.buttons()]
    window.banner.buttons()[labels.index("New chat with a summary")].click()
    qtbot.waitUntil(
        lambda: window.controller.conversation_id != old_id and not window.controller.generating,
        timeout=5000,
    )
    new = store.get_conversation(window.controller.conversation_id)
    assert new.title.endswith("(continued)")
    first = store.path(new.id)[0]
    assert first.content.startswith("Summary of our earlier conversation:")
    assert "turn" in first.content  # the last question carries over
    assert store.path(new.id)[-1].role == "assistant"
    assert not window.banner.isVisible(), "the summarising notice is gone"
    assert old_id is not None
    assert left_out_of(store.path(old_id)) == 0, "the summary's trimming marks nothing"


def test_context_overflow_can_reload_with_a_larger_context(qtbot, make_window, store):
    engine = FakeEngine("ok " * 10, tokens_per_s=0, n_ctx=4096)
    window = make_window(engine)
    window.settings.load = replace(window.settings.load, n_ctx=512)
    load(qtbot, window, Path("fake.gguf"))
    window.settings.generation.max_tokens = 64
    chat_until_overflow(qtbot, window)
    labels = [b.text() for b in window.banner.buttons()]
    assert "Reload with 1,024 context" in labels
    asked = len(engine.requests)
    window.banner.buttons()[labels.index("Reload with 1,024 context")].click()
    qtbot.waitUntil(
        lambda: len(engine.requests) > asked and not window.controller.generating, timeout=5000
    )
    assert window.model.n_ctx == 1024
    assert window.controller.shown_messages()[-1].role == "assistant"
    shown = window.controller.shown_messages()
    assert left_out_of(shown) == 0, "nothing was dropped: the larger context holds it"


def test_delete_action_removes_a_reply_and_what_follows(qtbot, make_window, store):
    engine = FakeEngine("Answer.", tokens_per_s=0)
    window = make_window(engine)
    load(qtbot, window, Path("fake.gguf"))
    send(qtbot, window, "First?")
    wait_idle(qtbot, window)
    send(qtbot, window, "Second?")
    wait_idle(qtbot, window)
    first_reply = window.controller.shown_messages()[1]
    window.chat_view.action_requested.emit("delete", first_reply.id, "")
    assert [m.content for m in window.controller.shown_messages()] == ["First?"]
    assert window.chat_view.message_text(first_reply.id) == ""
    labels = [b.text() for b in window.banner.buttons()]
    assert labels == ["Undo"], "a deleted message can be brought back"
    window.banner.buttons()[0].click()
    shown = [m.content for m in window.controller.shown_messages()]
    assert shown == ["First?", "Answer.", "Second?", "Answer."]


def test_an_unexpected_load_failure_is_shown_too(qtbot, make_window):
    class BrokenEngine(FakeEngine):
        def load(self, model, options, progress=None):
            raise RuntimeError("the back end fell over")

    window = make_window(BrokenEngine())
    window.load_model(Path("model.gguf"))
    qtbot.waitUntil(lambda: "fell over" in window.banner.label.text(), timeout=5000)
    assert window.composer.findChild(object, "loadProgress").isHidden()
    assert window.model_status.text() == "No model loaded"


def test_message_actions_act_only_on_the_shown_conversation(qtbot, make_window, store):
    window = make_window(FakeEngine("Answer.", tokens_per_s=0))
    load(qtbot, window, Path("fake.gguf"))
    send(qtbot, window, "In the first chat")
    wait_idle(qtbot, window)
    first_chat = window.controller.conversation_id
    assert first_chat is not None
    victim = window.controller.shown_messages()[0]
    window.new_chat()
    send(qtbot, window, "In the second chat")
    wait_idle(qtbot, window)
    for act in (
        lambda: window.controller.delete(victim.id),
        lambda: window.controller.regenerate(victim.id),
        lambda: window.controller.switch_version(victim.id, 1),
    ):
        act()
    assert store.path(first_chat)[0].id == victim.id
    assert len(store.path(first_chat)) == 2


def test_one_message_longer_than_the_context_offers_only_what_can_work(qtbot, make_window, store):
    engine = FakeEngine("ok", tokens_per_s=0, n_ctx=600)
    window = make_window(engine)
    load(qtbot, window, Path("fake.gguf"))
    window.controller.set_preset("None", "")
    window.controller.set_options(max_tokens=64)
    assert window.controller.send("lorem ipsum " * 400)
    wait_idle(qtbot, window)
    qtbot.waitUntil(window.banner.isVisible, timeout=5000)
    labels = [b.text() for b in window.banner.buttons()]
    assert "Drop the oldest turns" not in labels
    assert "New chat with a summary" not in labels
    assert "Shorten my message to fit" in labels
    assert "Your message alone" in window.banner.label.text()
    window.banner.buttons()[labels.index("Shorten my message to fit")].click()
    qtbot.waitUntil(
        lambda: window.controller.shown_messages()[-1].role == "assistant", timeout=5000
    )
    wait_idle(qtbot, window)
    question, reply = window.controller.shown_messages()[-2:]
    assert "Shortened by Qwen Desk to fit the model's context" in question.content
    assert len(question.versions) == 2, "the full message stays as the first version"
    assert reply.content == "ok"


def test_a_new_chat_starts_on_the_model_familys_preset(qtbot, make_window):
    class MathEngine(FakeEngine):
        def load(self, source, options, progress=None):
            info = super().load(source, options, progress)
            self._info = replace(info, details={"family": "qwen2.5-math"})
            return self._info

    window = make_window(MathEngine(tokens_per_s=0))
    load(qtbot, window, Path("Qwen2.5-Math-1.5B-Instruct.gguf"))
    qtbot.waitUntil(lambda: window.controller.options.preset == "Maths", timeout=5000)
    name, prompt = window.composer.preset()
    assert name == "Maths"
    assert prompt.startswith("Please reason step by step")
