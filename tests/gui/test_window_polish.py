"""The window's rough edges (issue 12), driven as a user would: load settings that need a
reload, selection and transcript agreeing, search hits, what a restart restores."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QTextBrowser, QWidget

from desktop.core.history.store import HistoryStore
from desktop.core.settings import Settings
from desktop.engines.base import ThinkingMode
from desktop.engines.fake import FakeEngine
from desktop.gui.window.main_window import MainWindow
from tests.gui.window_support import make_main_window

MODEL = Path("Qwen3-8B-Q4_K_M.gguf")
Make = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot, tmp_path: Path, store: HistoryStore) -> Iterator[Make]:
    created: list[MainWindow] = []

    def make(engine: FakeEngine | None = None, settings: Settings | None = None) -> MainWindow:
        window = make_main_window(
            store, tmp_path / "settings.json", engine or FakeEngine("Hello."), settings
        )
        qtbot.addWidget(window)
        window.show()
        created.append(window)
        return window

    yield make
    for window in created:
        window.close()
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def load(qtbot, window: MainWindow, path: Path = MODEL) -> None:
    window.load_model(path)
    qtbot.waitUntil(lambda: window.model is not None and not window.state.generation.loading)


def send(qtbot, window: MainWindow, text: str) -> None:
    box = window.composer.findChild(QWidget, "messageInput")
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.controller.generating, timeout=10_000)


def banner_button(window: MainWindow, label: str):
    return next(b for b in window.banner.buttons() if b.text() == label)


# -- load settings apply on reload ----------------------------------------------------------


def test_changing_the_loaded_models_context_offers_a_reload_that_keeps_the_chat(
    qtbot, make_window
) -> None:
    window = make_window(FakeEngine("Hello.", n_ctx=32768))
    load(qtbot, window)
    send(qtbot, window, "Remember the number 42.")
    chat = window.controller.conversation_id
    assert window.model is not None
    assert window.model.n_ctx == 8192

    window.state.settings.update(
        lambda s: setattr(s, "load", replace(s.load, n_ctx=16384, n_threads=4))
    )
    assert window.banner.isVisible()
    text = window.banner.label.text()
    assert "context length 8,192 → 16,384" in text
    assert "threads automatic → 4" in text
    assert window.model.n_ctx == 8192  # nothing changed yet, and the notice says so

    banner_button(window, "Reload now").click()
    qtbot.waitUntil(lambda: window.model is not None and window.model.n_ctx == 16384)
    assert window.controller.conversation_id == chat
    assert next(m.content for m in window.controller.shown_messages()) == "Remember the number 42."
    assert window.sidebar.current_id() == chat
    assert not window.banner.isVisible()


def test_settings_that_loading_does_not_use_offer_no_reload(qtbot, make_window) -> None:
    window = make_window()
    load(qtbot, window)
    window.state.settings.update(lambda s: setattr(s, "font_size", 17))
    window.state.settings.update(lambda s: setattr(s, "theme", "dark"))
    assert not window.banner.isVisible()
    # Another model's own options do not concern the loaded one.
    window.state.settings.update(
        lambda s: s.per_model.__setitem__("other.gguf", replace(s.load, n_ctx=2048))
    )
    assert not window.banner.isVisible()


# -- the sidebar's highlight and the transcript agree ----------------------------------------


def highlighted(window: MainWindow) -> int | None:
    """The chat the sidebar's list draws as selected (not only what it remembers)."""
    view = window.sidebar.conversation_list
    rows = view.selectionModel().selectedRows()
    if not rows:
        return None
    conversation = window.sidebar.list_model.conversation(rows[0].row())
    return conversation.id if conversation is not None else None


def agree(window: MainWindow) -> bool:
    return highlighted(window) == window.controller.conversation_id == window.sidebar.current_id()


def test_undoing_a_delete_brings_the_chat_back_selected_and_shown(qtbot, make_window) -> None:
    window = make_window()
    load(qtbot, window)
    for text in ("first chat", "second chat", "third chat"):
        window.new_chat()
        send(qtbot, window, text)
    second = window.state.history.list_conversations()[1].id
    window.sidebar.select(second)
    window.sidebar.conversation_selected.emit(second)
    assert agree(window)

    window.sidebar.delete_conversation(second)
    assert window.controller.conversation_id is None
    assert agree(window), (highlighted(window), window.controller.conversation_id)

    window.sidebar.undo_delete()
    assert window.controller.conversation_id == second
    assert agree(window), (highlighted(window), window.controller.conversation_id)


def test_deleting_and_restoring_another_chat_keeps_the_open_one(qtbot, make_window) -> None:
    window = make_window()
    load(qtbot, window)
    for text in ("first chat", "second chat"):
        window.new_chat()
        send(qtbot, window, text)
    newest, older = (c.id for c in window.state.history.list_conversations())
    assert window.controller.conversation_id == newest
    assert agree(window)
    window.sidebar.delete_conversation(older)
    window.sidebar.undo_delete()  # the list takes the focus: that must not open a chat
    assert window.controller.conversation_id == newest
    assert agree(window)
    window.new_chat()
    window.sidebar.delete_conversation(newest)
    window.sidebar.undo_delete()
    assert window.controller.conversation_id is None
    assert agree(window)


def test_import_shows_the_chat_it_highlights(qtbot, make_window, tmp_path, monkeypatch) -> None:
    window = make_window()
    load(qtbot, window)
    send(qtbot, window, "a chat before the import")
    before = window.controller.conversation_id
    source = tmp_path / "chats.json"
    source.write_text(
        json.dumps(
            [
                {"role": "user", "content": "an imported question"},
                {"role": "assistant", "content": "an imported answer"},
            ]
        ),
        encoding="utf-8",
    )
    monkeypatch.setattr("desktop.gui.sidebar.chat_files.ask_import_source", lambda parent: source)
    window.import_chats()
    assert window.controller.conversation_id not in (None, before)
    assert agree(window)
    shown = window.controller.shown_messages()
    assert shown[0].content == "an imported question"
    assert "Imported 1 chat" in window.banner.label.text()


# -- what a restart restores -----------------------------------------------------------------


def test_a_restart_reopens_the_last_chat_and_the_meters_panel(qtbot, make_window) -> None:
    window = make_window()
    load(qtbot, window)
    send(qtbot, window, "an older chat")
    window.new_chat()
    send(qtbot, window, "the chat left open")
    last = window.controller.conversation_id
    window.tools.dock.show()
    window.close()

    again = make_window()
    assert again.controller.conversation_id == last
    assert agree(again)
    assert again.controller.shown_messages()[0].content == "the chat left open"
    assert again.tools.dock.isVisible()
    again.tools.dock.hide()
    again.new_chat()
    again.close()

    third = make_window()
    assert third.controller.conversation_id is None  # a new chat was open: a new chat again
    assert not third.tools.dock.isVisible()


def test_a_restart_skips_a_last_chat_that_went_to_the_trash(qtbot, make_window) -> None:
    window = make_window()
    load(qtbot, window)
    send(qtbot, window, "soon deleted")
    last = window.controller.conversation_id
    window.close()
    assert last is not None
    window.state.history.trash(last)
    again = make_window()
    assert again.controller.conversation_id is None
    assert agree(again)


# -- search hits open at the match -------------------------------------------------------------


def choose_hit(qtbot, window: MainWindow, query: str) -> None:
    """Type in the search box and click the first hit, as a user would."""
    window.sidebar.focus_search()
    qtbot.keyClicks(window.sidebar.search_box, query)
    qtbot.waitUntil(lambda: window.sidebar.results_model.rowCount() > 0)
    results = window.sidebar.search_results
    rect = results.visualRect(window.sidebar.results_model.index(0))
    qtbot.mouseClick(results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def marked(window: MainWindow) -> list[str]:
    browser = window.chat_view.findChild(QTextBrowser, "chatPlainBrowser")
    assert browser is not None
    return [s.cursor.selectedText() for s in browser.extraSelections()]


def test_clicking_a_search_hit_opens_the_chat_at_the_match(qtbot, make_window) -> None:
    engine = FakeEngine("Noted.", tokens_per_s=0)
    window = make_window(engine)
    load(qtbot, window)
    send(qtbot, window, "My locker code is 4471, remember it.")
    wanted = window.controller.conversation_id
    for i in range(3):
        send(qtbot, window, f"filler {i} " + "lorem ipsum " * 40)
    window.new_chat()
    send(qtbot, window, "Another chat entirely")
    choose_hit(qtbot, window, "locker")
    assert window.controller.conversation_id == wanted
    assert agree(window)
    assert marked(window) == ["locker"]
    # Choosing the hit of the chat already open (Enter on it) still goes to the match.
    browser = window.chat_view.findChild(QTextBrowser, "chatPlainBrowser")
    browser.verticalScrollBar().setValue(browser.verticalScrollBar().maximum())
    browser.setExtraSelections([])
    results = window.sidebar.search_results
    results.setFocus()
    results.setCurrentIndex(window.sidebar.results_model.index(0))
    qtbot.keyClick(results, Qt.Key.Key_Return)
    assert marked(window) == ["locker"]
    assert browser.viewport().rect().contains(browser.cursorRect().center())


def test_a_hit_in_an_older_version_shows_that_version(qtbot, make_window) -> None:
    engine = FakeEngine("First answer mentions zeppelins.", tokens_per_s=0)
    window = make_window(engine)
    load(qtbot, window)
    send(qtbot, window, "Tell me something")
    reply = window.controller.shown_messages()[-1]
    engine.answer = "Second answer, about trains."
    window.chat_view.action_requested.emit("regenerate", reply.id, "")
    qtbot.waitUntil(lambda: not window.controller.generating)
    assert window.controller.shown_messages()[-1].content.startswith("Second")
    choose_hit(qtbot, window, "zeppelin")
    assert window.controller.shown_messages()[-1].content.startswith("First")
    assert marked(window) == ["zeppelin"]


# -- per-chat sampling -------------------------------------------------------------------------


def test_a_chats_own_sampling_reaches_the_model_and_stays_with_the_chat(qtbot, make_window) -> None:
    engine = FakeEngine("Sure.", tokens_per_s=0)
    window = make_window(engine)
    load(qtbot, window)
    send(qtbot, window, "Plain defaults first")
    chat = window.controller.conversation_id
    default_sampling = engine.requests[-1].sampling
    assert default_sampling is not None

    picker = window.composer.preset_combo
    picker.edit_prompt()
    box = picker.dialog.sampling_box
    assert box.recommended.isChecked()
    assert box.temperature.value() == pytest.approx(default_sampling.temperature)
    explained = window.controller.sampling_advice().reasons
    assert explained
    assert all(reason in box.why.text() for reason in explained)
    box.recommended.setChecked(False)
    box.temperature.setValue(1.3)
    box.top_k.setValue(5)
    box.max_tokens.setValue(300)
    picker.dialog.accept()
    send(qtbot, window, "Now with this chat's own values")
    request = engine.requests[-1]
    assert request.sampling is not None
    assert (request.sampling.temperature, request.sampling.top_k) == (1.3, 5)
    assert request.max_tokens == 300

    window.new_chat()  # a new chat starts on the recommended values
    send(qtbot, window, "Another chat")
    assert engine.requests[-1].sampling == default_sampling
    window.sidebar.select(chat)
    window.sidebar.conversation_selected.emit(chat)  # back: its own values again
    send(qtbot, window, "Back in the first chat")
    again = engine.requests[-1].sampling
    assert again is not None
    assert again.temperature == 1.3


# -- titles written by the model -------------------------------------------------------------


def listed_titles(window: MainWindow) -> list[str]:
    model = window.sidebar.list_model
    return [model.index(row).data() for row in range(model.rowCount())]


def test_the_model_titles_a_new_chat_after_its_first_reply(qtbot, make_window) -> None:
    engine = FakeEngine("Kyoto in April", tokens_per_s=0)
    window = make_window(engine, Settings())  # titles are on by default
    load(qtbot, window)
    send(qtbot, window, "please help me plan a trip to kyoto next spring")
    qtbot.waitUntil(lambda: listed_titles(window) == ["Kyoto in April"])
    assert len(engine.requests) == 2  # the reply, then the title in the background
    assert engine.requests[-1].thinking is ThinkingMode.OFF
    assert agree(window)


def test_titles_can_be_turned_off_and_a_users_name_stays(qtbot, make_window) -> None:
    engine = FakeEngine("Kyoto in April", tokens_per_s=0)
    settings = Settings()
    settings.auto_titles = False
    window = make_window(engine, settings)
    load(qtbot, window)
    send(qtbot, window, "please help me plan a trip")
    window.state.settings.update(lambda s: setattr(s, "auto_titles", True))
    window.new_chat()
    send(qtbot, window, "second chat")
    qtbot.waitUntil(lambda: "Kyoto in April" in listed_titles(window))
    assert listed_titles(window) == ["Kyoto in April", "please help me plan a trip"]
    assert len(engine.requests) == 3  # two replies, one title


def test_a_reply_ending_in_a_chat_left_meanwhile_does_not_move_the_highlight(
    qtbot, make_window
) -> None:
    engine = FakeEngine("A slow answer " * 30, tokens_per_s=60)
    window = make_window(engine)
    load(qtbot, window)
    engine.tokens_per_s = 0
    send(qtbot, window, "first chat")
    first = window.controller.conversation_id
    window.new_chat()
    engine.tokens_per_s = 60
    box = window.composer.findChild(QWidget, "messageInput")
    qtbot.keyClicks(box, "second chat, slow reply")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert window.controller.generating
    second = window.controller.conversation_id
    assert second is not None
    window.sidebar.select(first)
    window.sidebar.conversation_selected.emit(first)  # leave while it streams
    history = window.state.history
    qtbot.waitUntil(lambda: history.path(second)[-1].state != "streaming")  # it has ended
    QApplication.processEvents()  # and the window has heard of it
    assert window.controller.conversation_id == first
    assert agree(window), (highlighted(window), window.sidebar.current_id())


def test_leaving_a_chat_whose_reply_still_waits_keeps_the_highlight(qtbot, make_window) -> None:
    """A reply cancelled while it waits in the queue ends at once, inside the switch: the
    list must still highlight the chat being opened."""
    engine = FakeEngine("Fine.", tokens_per_s=0)
    window = make_window(engine)
    load(qtbot, window)
    send(qtbot, window, "first chat")
    first = window.controller.conversation_id
    window.new_chat()
    engine.load_seconds = 2.0
    window.load_model(MODEL)  # the reply below waits behind this load
    assert window.controller.send("second chat, waiting")
    assert window.controller.generating
    window.sidebar.select(first)
    window.sidebar.conversation_selected.emit(first)
    assert window.controller.conversation_id == first
    assert agree(window), (highlighted(window), window.sidebar.current_id())
    qtbot.waitUntil(lambda: not window.state.generation.loading, timeout=10_000)


def test_the_meters_show_the_reply_not_the_title_written_after_it(qtbot, make_window) -> None:
    engine = FakeEngine("Kyoto in April is full of cherry blossoms", tokens_per_s=0)
    window = make_window(engine, Settings())
    load(qtbot, window)
    send(qtbot, window, "please help me plan a trip to kyoto next spring")
    qtbot.waitUntil(lambda: "Kyoto in April" in listed_titles(window)[0])
    QApplication.processEvents()  # everything the title job reported has arrived
    reply = window.controller.shown_messages()[-1]
    source = window.tools.source
    assert source.meter.figures().tokens == reply.stats["generated_tokens"]
    assert source.context.system > 0  # the chat's system prompt; the title request has none
