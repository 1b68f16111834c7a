"""The main window's transcript builds its web view only after the window's first paint
(cold start, issue 16): calls made before that are shown on the real page."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

import shiboken6
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QTextBrowser

from desktop.gui.chat.pending_view import PendingTranscript
from desktop.gui.chat.view import ChatView, MessageView
from tests.gui.test_chat_view import Driver

QUESTION = "Where is Paris?"
ANSWER = "Paris is in **France**, on the Seine."


def messages() -> list[MessageView]:
    return [
        MessageView(1, "user", QUESTION, author="You"),
        MessageView(2, "assistant", ANSWER, author="Qwen3"),
    ]


def test_the_web_view_is_built_after_the_first_paint_with_everything_said_before(
    qtbot: Any,
) -> None:
    view = ChatView(theme="dark", font_px=15, defer_rich=True)  # deleted at the end
    view.resize(800, 600)
    # Nothing heavy yet: a stand-in takes the calls.
    assert isinstance(view._backend, PendingTranscript)
    assert view.findChild(QWebEngineView) is None
    assert view.is_rich  # it will be; the plain view is not chosen
    view.set_messages(messages())
    view.append_message(MessageView(3, "user", "And Lyon?", author="You"))
    view.remove_message(3)
    view.set_status("Reply finished")
    view.set_font_size(18)
    view.reveal_match(2, ["seine"])
    view.begin_stream(MessageView(5, "assistant", "", author="Qwen3"))
    view.stream_text(5, "Said before the paint. ")
    qtbot.wait(50)  # not shown, not painted: still nothing built
    assert view.findChild(QWebEngineView) is None
    assert not view._timer.isActive()  # no polling for a page that is not there

    with qtbot.waitSignal(view.ready, timeout=20000):
        view.show()  # the first paint builds the web view
    assert view.findChild(QWebEngineView) is not None
    assert not isinstance(view._backend, PendingTranscript)
    chat = Driver(qtbot, view)
    chat.until("document.querySelectorAll('.msg').length === 3")
    found = chat.js(
        """(() => ({
        ids: [...document.querySelectorAll('.msg')].map(m => m.dataset.id),
        answer: document.querySelector('#msg-2 .msg-body').textContent,
        status: document.getElementById('qd-status').textContent,
        hit: [...document.querySelectorAll('mark.qd-search-hit')].map(m => m.textContent),
        dark: document.documentElement.classList.contains('theme-dark'),
        font: document.documentElement.style.getPropertyValue('--qd-font-size'),
        }))()"""
    )
    assert found["ids"] == ["1", "2", "5"]
    assert "France" in found["answer"]
    assert found["status"] == "Reply finished"
    assert found["hit"] == ["Seine"]
    assert found["dark"]
    assert found["font"] == "18px"
    assert "Said before the paint." in chat.js("document.querySelector('#msg-5').textContent")
    # Streaming goes on, and starts, on the page it built.
    view.stream_text(5, "And after it.")
    chat.until("document.querySelector('#msg-5 .msg-body').textContent.includes('after it')")
    reply = MessageView(4, "assistant", "", author="Qwen3")
    view.begin_stream(reply)
    view.stream_text(4, "Lyon is on the Rhône.")
    chat.until("(document.querySelector('#msg-4 .msg-body') || {}).textContent.includes('Rhône')")
    shiboken6.delete(view)


def test_turned_off_or_not_deferred_builds_at_once(qtbot: Any) -> None:
    plain = ChatView(use_webengine=False, defer_rich=True)
    qtbot.addWidget(plain)
    assert plain.findChild(QTextBrowser) is not None  # the plain view needs no paint
    assert not plain.is_rich
    rich = ChatView()  # deleted at the end, before the web profile
    assert rich.findChild(QWebEngineView) is not None
    shiboken6.delete(rich)
