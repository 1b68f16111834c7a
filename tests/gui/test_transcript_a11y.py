"""The transcript page for screen readers and keyboards: messages are a list of labelled
items, a streaming reply is busy (never live), the one live region is the finished-reply
status, and every message action is a real, labelled, focusable button reached with Tab and
pressed with Enter."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from PySide6.QtCore import Qt

from desktop.gui.chat.page import message_html
from desktop.render.markdown import plain_text_html
from tests.gui.test_chat_page_webengine import Page, open_page, pytestmark  # noqa: F401

FOCUSED_ACTION = (
    "(function(){ var e = document.activeElement;"
    " return e && e.classList.contains('msg-action') ? e.getAttribute('data-action') : ''; })()"
)


@pytest.fixture
def page(qtbot: Any):
    with open_page(qtbot) as loaded:
        yield loaded


def test_messages_are_a_list_of_labelled_items(page: Page) -> None:
    assert page.js("document.getElementById('messages').getAttribute('role')") == "list"
    items = page.js(
        "Array.from(document.querySelectorAll('#messages > article')).map(function (a) {"
        " return [a.getAttribute('role'), a.getAttribute('aria-label')]; })"
    )
    assert items == [["listitem", "You"], ["listitem", "Qwen3-0.6B"]]


def test_only_the_finished_reply_status_is_live(page: Page) -> None:
    streaming = message_html("a2", "assistant", plain_text_html("Half an ans"), streaming=True)
    page.call("appendMessage", "a2", streaming)
    assert page.js("document.getElementById('msg-a2').getAttribute('aria-busy')") == "true"
    live = page.js(
        "Array.from(document.querySelectorAll('[aria-live]')).map(function (e) {"
        " return [e.id, e.getAttribute('aria-live'), e.getAttribute('role')]; })"
    )
    assert live == [["qd-status", "polite", "status"]]  # not the streaming text
    done = message_html("a2", "assistant", plain_text_html("Half an answer."))
    page.call("replaceMessage", "a2", done)
    assert page.js("document.getElementById('msg-a2').hasAttribute('aria-busy')") is False
    page.call("setStatus", "Reply finished")
    assert page.js("document.getElementById('qd-status').textContent") == "Reply finished"
    hidden = page.js("document.getElementById('qd-status').getBoundingClientRect().width")
    assert hidden <= 1  # read, not shown


def test_message_actions_are_labelled_focusable_buttons(page: Page) -> None:
    buttons = page.js(
        "Array.from(document.querySelectorAll('.msg-action')).map(function (b) {"
        " return [b.tagName, b.getAttribute('aria-label') || '', b.tabIndex,"
        " getComputedStyle(b).visibility, getComputedStyle(b).display]; })"
    )
    assert len(buttons) >= 6  # copy / edit / delete, copy / regenerate / delete, versions
    for tag, label, tab_index, visibility, display in buttons:
        assert tag == "BUTTON"
        assert label.strip()
        assert tab_index == 0
        assert visibility == "visible"
        assert display != "none"


def test_tab_reaches_a_message_action_and_enter_presses_it(qtbot: Any, page: Page) -> None:
    view = page.view
    view.setFocus()
    target = view.focusProxy() or view
    qtbot.waitUntil(target.hasFocus, timeout=5000)
    reached = ""
    for _ in range(30):  # past the code and thinking controls, to a message's buttons
        qtbot.keyClick(target, Qt.Key.Key_Tab)
        qtbot.wait(20)
        reached = page.js(FOCUSED_ACTION)
        if reached == "copy":
            break
    assert reached == "copy", "Tab never reached a message's Copy button"
    with qtbot.waitSignal(page.bridge.action_requested, timeout=5000) as pressed:
        qtbot.keyClick(target, Qt.Key.Key_Return)
    assert pressed.args[0] == "copy"
    # The focused message shows its buttons (hidden until hovered or focused).
    shown = "getComputedStyle(document.activeElement.closest('.msg-actions')).opacity"
    qtbot.waitUntil(lambda: float(page.js(shown)) == 1.0, timeout=3000)
