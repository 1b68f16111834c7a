"""Editing a sent message in place and revealing search hits, in both transcripts: the real
QtWebEngine page (keys typed into it) and the plain QTextBrowser fallback."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QTextBrowser

from desktop.gui.chat.view import ChatView, MessageView
from tests.gui.test_chat_view import Driver, open_view

QUESTION = "What is the capital of France?\nAnswer in one word."
LONG_LINE = "A rather long line that must wrap inside the editor " * 6


def messages() -> list[MessageView]:
    return [
        MessageView(1, "user", QUESTION, author="You"),
        MessageView(
            2,
            "assistant",
            "The capital is **Paris**. " + "Filler sentence. " * 200 + "Paris again.",
            thinking="The user asks about France; Lutetia was its old name.",
            author="Qwen3",
        ),
        MessageView(3, "user", "Thanks!", author="You"),
    ]


@pytest.fixture
def chat(qtbot: Any) -> Iterator[Driver]:
    driver = open_view(qtbot, messages())
    yield driver
    shiboken6.delete(driver.view)


def keys(chat: Driver, *presses: tuple[Qt.Key, Qt.KeyboardModifier]) -> None:
    """Real key presses into the page (its focus proxy gets them, as from the keyboard)."""
    target = chat.web.focusProxy() or chat.web
    for key, modifiers in presses:
        chat.qtbot.keyClick(target, key, modifiers)


NONE = Qt.KeyboardModifier.NoModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_editing_in_place_is_multi_line_and_enter_saves(chat: Driver) -> None:
    view, qtbot = chat.view, chat.qtbot
    view.edit_message(1, QUESTION, enter_sends=True)
    chat.until("document.activeElement && document.activeElement.tagName === 'TEXTAREA'")
    shape = chat.js(
        """(() => { const a = document.querySelector('#msg-1 textarea');
        return {value: a.value, width: a.getBoundingClientRect().width,
                page: document.getElementById('messages').getBoundingClientRect().width,
                height: a.getBoundingClientRect().height,
                buttons: [...document.querySelectorAll('#msg-1 .msg-edit-button')]
                    .map(b => b.textContent)}; })()"""
    )
    assert shape["value"] == QUESTION  # the text as sent, both lines
    assert shape["width"] > 0.7 * shape["page"]  # not a tiny box: the transcript's width
    assert shape["buttons"] == ["Cancel", "Save & resend"]
    chat.web.setFocus()
    keys(chat, (Qt.Key.Key_Return, SHIFT))  # Shift+Enter: a new line, nothing sent
    qtbot.keyClicks(chat.web.focusProxy(), LONG_LINE)
    # The page gets keys on its own time: wait for all of them. It grows as the text wraps.
    chat.until(f"document.querySelector('#msg-1 textarea').value.endsWith({LONG_LINE[-20:]!r})")
    grown = chat.js("document.querySelector('#msg-1 textarea').getBoundingClientRect().height")
    assert grown > shape["height"]
    assert chat.js("qd.actions.length") == 0
    with qtbot.waitSignal(view.action_requested, timeout=5000) as saved:
        keys(chat, (Qt.Key.Key_Return, NONE))
    kind, message_id, text = saved.args
    assert (kind, message_id) == ("edit-save", 1)
    assert text == QUESTION + "\n" + LONG_LINE
    assert chat.js("document.querySelector('#msg-1 textarea') === null")


def test_escape_cancels_and_enter_adds_a_line_when_enter_to_send_is_off(chat: Driver) -> None:
    view, qtbot = chat.view, chat.qtbot
    before = chat.js("document.querySelector('#msg-1 .msg-body').innerHTML")
    view.edit_message(1, QUESTION, enter_sends=False)
    chat.until("document.activeElement && document.activeElement.tagName === 'TEXTAREA'")
    chat.web.setFocus()
    keys(chat, (Qt.Key.Key_Return, NONE))  # the page gets keys on its own time: wait
    chat.until(f"document.querySelector('#msg-1 textarea').value === {QUESTION!r} + '\\n'")
    assert "Ctrl+Enter" in chat.js("document.querySelector('#msg-1 .msg-edit-hint').textContent")
    keys(chat, (Qt.Key.Key_Escape, NONE))
    chat.until("document.querySelector('#msg-1 textarea') === null")
    assert chat.js("document.querySelector('#msg-1 .msg-body').innerHTML") == before
    assert chat.js("qd.actions.length") == 0  # nothing was sent
    # The buttons work too: Save & resend with Ctrl+Enter mode still saves on click.
    view.edit_message(1, QUESTION, enter_sends=False)
    chat.until("document.querySelector('#msg-1 textarea') !== null")
    with qtbot.waitSignal(view.action_requested, timeout=5000) as saved:
        chat.js("document.querySelector('#msg-1 .msg-edit-button.primary').click()")
    assert saved.args == ["edit-save", 1, QUESTION]


def test_a_search_hit_is_marked_and_scrolled_into_view(chat: Driver) -> None:
    chat.js("(window.scrollTo(0, document.body.scrollHeight), true)")
    chat.view.reveal_match(2, ["paris"])
    chat.until("document.querySelectorAll('mark.qd-search-hit').length === 2")
    found = chat.js(
        """(() => { const m = document.querySelector('mark.qd-search-hit');
        const r = m.getBoundingClientRect();
        return {text: m.textContent, inView: r.top >= 0 && r.bottom <= innerHeight}; })()"""
    )
    assert found == {"text": "Paris", "inView": True}
    # A hit in the thinking opens it; the previous marks go.
    chat.view.reveal_match(2, ["Lutetia"])
    chat.until("document.querySelectorAll('mark.qd-search-hit').length === 1")
    assert chat.js("document.querySelector('#msg-2 details.thinking').open")
    assert chat.js("document.querySelector('mark.qd-search-hit').textContent") == "Lutetia"


def test_a_hit_in_a_message_not_yet_on_the_page_is_put_there_and_shown(chat: Driver) -> None:
    view = chat.view
    many = [MessageView(i, "user", f"Message number {i}") for i in range(300)]
    many[3] = MessageView(3, "user", "The needle is here")
    view.set_messages(many)
    assert view.pending_messages > 0
    view.reveal_match(3, ["needle"])
    chat.until("document.querySelector('#msg-3 mark.qd-search-hit') !== null")
    in_view = chat.js(
        "(() => { const r = document.querySelector('#msg-3 mark').getBoundingClientRect();"
        " return r.top >= 0 && r.bottom <= innerHeight; })()"
    )
    assert in_view


# -- the plain transcript -----------------------------------------------------------------


@pytest.fixture
def plain(qtbot: Any) -> Iterator[ChatView]:
    view = ChatView(use_webengine=False)
    view.resize(700, 500)
    view.show()
    qtbot.waitExposed(view)
    view.set_messages(messages())
    yield view
    view.close()


def test_plain_view_edits_in_a_composer_sized_editor(qtbot: Any, plain: ChatView) -> None:
    plain.edit_message(1, QUESTION, enter_sends=True)
    editor = plain.findChild(QPlainTextEdit, "editBoxEditor")
    assert editor is not None
    assert editor.isVisible()
    assert editor.toPlainText() == QUESTION
    assert editor.width() > 0.8 * plain.width()  # the transcript's width
    short = editor.height()
    qtbot.keyClick(editor, Qt.Key.Key_Return, SHIFT)
    qtbot.keyClicks(editor, LONG_LINE)
    assert editor.height() > short  # grows with the wrapped text
    with qtbot.waitSignal(plain.action_requested, timeout=2000) as saved:
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert saved.args == ["edit-save", 1, QUESTION + "\n" + LONG_LINE]
    assert not editor.isVisible()
    plain.edit_message(1, QUESTION, enter_sends=True)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()


def test_plain_view_marks_and_shows_a_search_hit(qtbot: Any, plain: ChatView) -> None:
    browser = plain.findChild(QTextBrowser, "chatPlainBrowser")
    assert browser is not None
    browser.verticalScrollBar().setValue(browser.verticalScrollBar().maximum())
    plain.reveal_match(1, ["capital"])
    marks = browser.extraSelections()
    assert [m.cursor.selectedText() for m in marks] == ["capital"]  # message 1's only
    cursor_rect = browser.cursorRect()
    assert browser.viewport().rect().contains(cursor_rect.center())
    plain.reveal_match(2, ["paris"])
    assert [m.cursor.selectedText() for m in browser.extraSelections()] == ["Paris", "Paris"]
