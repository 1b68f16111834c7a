"""Without a GPU the transcript keeps its endless animations still (the blinking caret, the
thinking shimmer, the waiting dots): every frame would be drawn by the CPU the model needs.
With a GPU they move. Checked on the real page through computed styles."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

import shiboken6

from desktop.gui.chat import page
from desktop.gui.chat.view import ChatView, MessageView
from tests.gui.test_chat_view import Driver

STYLES = """(() => {
  const anim = (sel, pseudo) => {
    const el = document.querySelector(sel);
    return el ? getComputedStyle(el, pseudo).animationName : 'missing';
  };
  return {
    still: document.documentElement.classList.contains('qd-still'),
    waiting: anim('#msg-2 .answer', '::before'),
    shimmer: anim('#msg-3 .thinking-summary', null),
    caret: anim('#msg-4 .answer > p:last-child', '::after'),
  };
})()"""


def streaming_page(qtbot: Any, gpu: bool, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    monkeypatch.setattr(page, "gpu_draws_the_page", lambda: gpu)
    view = ChatView(theme="light", font_px=15)  # deleted at the end, before the web profile
    try:
        view.resize(700, 500)
        view.show()
        with qtbot.waitSignal(view.ready, timeout=20000):
            pass
        view.set_messages([MessageView(1, "user", "Hello", author="You")])
        view.begin_stream(MessageView(2, "assistant", "", author="Qwen3"))  # nothing yet
        view.begin_stream(MessageView(3, "assistant", "", author="Qwen3"))
        view.stream_thinking(3, "Let me think about greetings")
        view.begin_stream(MessageView(4, "assistant", "", author="Qwen3"))
        view.stream_text(4, "Hello there")
        chat = Driver(qtbot, view)
        chat.until("document.querySelector('#msg-4 .answer > p') !== null")
        chat.until("document.querySelector('#msg-3 .thinking-summary') !== null")
        result: dict[str, Any] = chat.js(STYLES)
        return result
    finally:
        shiboken6.delete(view)


def test_without_a_gpu_nothing_moves_endlessly(qtbot: Any, monkeypatch) -> None:
    found = streaming_page(qtbot, gpu=False, monkeypatch=monkeypatch)
    assert found == {"still": True, "waiting": "none", "shimmer": "none", "caret": "none"}


def test_with_a_gpu_the_caret_blinks_and_thinking_shimmers(qtbot: Any, monkeypatch) -> None:
    found = streaming_page(qtbot, gpu=True, monkeypatch=monkeypatch)
    assert found == {
        "still": False,
        "waiting": "qd-pulse",
        "shimmer": "qd-shimmer",
        "caret": "qd-blink",
    }


def test_the_page_can_be_asked_either_way() -> None:
    assert 'class="theme-dark qd-still"' in page.build_page_html("dark", still=True)
    assert 'class="theme-dark"' in page.build_page_html("dark", still=False)
    assert 'class="qd-still"' in page.build_page_html("system", still=True)
