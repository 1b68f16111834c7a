"""The transcript page in a real (offscreen) QWebEngineView: MathML, code copy buttons,
thinking blocks, qd.* calls, and clicks reaching Python through the web channel."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

import shiboken6
from PySide6.QtCore import QUrl
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile
from PySide6.QtWebEngineWidgets import QWebEngineView

from desktop.gui.chat.page import (
    PAGE_BASE_URL,
    ChatBridge,
    attach_bridge,
    build_page_html,
    js_call,
    message_html,
)
from desktop.render.markdown import plain_text_html, render_reply
from desktop.render.transcript import format_stats
from tests.gui.webengine import run_js

# Chromium's start-up notes on a machine without a GPU (offscreen, CI): not our warnings.
pytestmark = pytest.mark.qt_log_ignore(
    r"QRhiGles2: Failed to create",
    r"Failed to create RHI for backend",
    r"This plugin does not support createPlatformVulkanInstance",
    r"QVulkanInstance: Failed to initialize Vulkan",
    r"GBM is not supported",
    r"GPUInfo not initialized",
)

CODE = "def add(a, b):\n    return a + b  # <sum>"
ANSWER = (
    "Let $x^2 = 4$, so \\(x = \\pm 2\\).\n\n$$\n\\int_0^1 x\\,dx\n$$\n\n\\[\\frac{1}{2}\\]\n\n"
    f"```python\n{CODE}\n```\n\nFinal: $\\boxed{{2}}$ and broken $\\frac{{1}}{{$."
)


def transcript() -> str:
    user = message_html("u1", "user", plain_text_html("What is x?"), time_text="09:30")
    body = render_reply(ANSWER, "Think about **roots**.", "Thought for 1.2 s · 40 tokens")
    reply = message_html(
        "a1",
        "assistant",
        body,
        author="Qwen3-0.6B",
        time_text="09:30",
        stats=format_stats(40, 51.3, 0.21),
        version=(2, 3),
    )
    return user + reply


class Page:
    """A loaded transcript page and a way to evaluate JavaScript in it synchronously."""

    def __init__(self, qtbot: Any, view: QWebEngineView, bridge: ChatBridge) -> None:
        self.qtbot = qtbot
        self.view = view
        self.bridge = bridge

    def js(self, script: str) -> Any:
        return run_js(self.qtbot, self.view, script)

    def call(self, function: str, *args: object) -> None:
        self.js(js_call(function, *args) + ", null")


@contextmanager
def open_page(qtbot: Any, *, with_bridge: bool = True) -> Iterator[Page]:
    """The page in an offscreen view, with the sample transcript set."""
    profile = QWebEngineProfile()  # off the record, so nothing is written to disk
    view = QWebEngineView()
    web_page = QWebEnginePage(profile, view)
    view.setPage(web_page)
    bridge = ChatBridge()
    if with_bridge:
        attach_bridge(web_page, bridge)
    view.resize(800, 600)
    view.show()  # a hidden page gets no animation frames, hence no scroll events
    try:
        with qtbot.waitSignal(view.loadFinished, timeout=10000) as loaded:
            view.setHtml(build_page_html("light", 15), QUrl(PAGE_BASE_URL))
        assert loaded.args == [True]
        loaded_page = Page(qtbot, view, bridge)
        if with_bridge:
            qtbot.waitUntil(lambda: loaded_page.js("qd.hasBridge()"), timeout=5000)
        loaded_page.call("setMessages", transcript())
        yield loaded_page
    finally:
        shiboken6.delete(view)  # the page goes with the view, before its profile
        shiboken6.delete(profile)


@pytest.fixture
def page(qtbot: Any) -> Iterator[Page]:
    with open_page(qtbot) as loaded_page:
        yield loaded_page


def test_page_shows_maths_code_thinking_and_boxed_answer(page: Page) -> None:
    found = page.js(
        """{
        maths: document.querySelectorAll('math').length,
        mathNs: document.querySelector('math').namespaceURI,
        mathHeight: document.querySelector('.math-display math').getBoundingClientRect().height,
        copy: document.querySelectorAll('.code-block .code-copy[data-action="copy-code"]').length,
        highlighted: document.querySelectorAll('.code-block code.hl span').length,
        thinking: document.querySelector('details.thinking summary').textContent,
        thinkingOpen: document.querySelector('details.thinking').open,
        boxed: document.querySelectorAll('.boxed-answer math').length,
        errors: document.querySelectorAll('code.math-error').length,
        scripts: document.querySelectorAll('.msg script').length,
        actions: Array.from(document.querySelectorAll('#msg-a1 [data-action]'))
            .map(b => b.dataset.action),
        version: document.querySelector('#msg-a1 .msg-version').textContent,
        stats: document.querySelector('#msg-a1 .msg-stats').textContent
    }"""
    )
    assert found["maths"] >= 5
    assert found["mathNs"] == "http://www.w3.org/1998/Math/MathML"
    assert found["mathHeight"] > 10  # laid out as maths, not collapsed text
    assert found["copy"] == 1
    assert found["highlighted"] > 5
    assert found["thinking"] == "Thought for 1.2 s · 40 tokens"
    assert found["thinkingOpen"] is False
    assert found["boxed"] == 1
    assert found["errors"] == 1
    assert found["scripts"] == 0
    assert {"copy", "regenerate", "delete", "version-prev", "version-next"} <= set(found["actions"])
    assert found["version"] == "2/3"
    assert "51.3 tok/s" in found["stats"]


def test_replace_message_swaps_only_that_message(page: Page) -> None:
    page.js("(document.getElementById('msg-u1').qdMark = 'kept', true)")
    page.call(
        "replaceMessage",
        "a1",
        message_html("a1", "assistant", render_reply("Now $y = 3$."), author="Qwen3-0.6B"),
    )
    after = page.js(
        """{
        text: document.querySelector('#msg-a1 .answer').textContent,
        maths: document.querySelectorAll('#msg-a1 math').length,
        code: document.querySelectorAll('#msg-a1 .code-block').length,
        userKept: document.getElementById('msg-u1').qdMark,
        count: document.querySelectorAll('.msg').length
    }"""
    )
    assert after["text"].startswith("Now")
    assert after["maths"] == 1
    assert after["code"] == 0
    assert after["userKept"] == "kept"
    assert after["count"] == 2

    page.call("appendMessage", "u2", message_html("u2", "user", plain_text_html("More?")))
    page.call("removeMessage", "u1")
    ids = page.js("Array.from(document.querySelectorAll('.msg')).map(m => m.dataset.id)")
    assert ids == ["a1", "u2"]


def test_clicks_reach_python_through_the_bridge(page: Page, qtbot: Any) -> None:
    with qtbot.waitSignal(page.bridge.action_requested, timeout=5000) as regenerate:
        page.js("document.querySelector('#msg-a1 [data-action=regenerate]').click()")
    assert regenerate.args == ["regenerate", "a1", ""]

    with qtbot.waitSignal(page.bridge.action_requested, timeout=5000) as copied:
        page.js("document.querySelector('.code-copy').click()")
    assert copied.args == ["copy-text", "", CODE]

    with qtbot.waitSignal(page.bridge.action_requested, timeout=5000) as version:
        page.js("document.querySelector('[data-action=version-next]').click()")
    assert version.args == ["version-next", "a1", "3"]


def test_without_a_channel_clicks_are_recorded_and_nothing_breaks(qtbot: Any) -> None:
    with open_page(qtbot, with_bridge=False) as page:
        assert page.js("qd.hasBridge()") is False
        page.js("document.querySelector('#msg-a1 [data-action=delete]').click()")
        page.js("document.querySelector('.code-copy').click()")  # falls back to the clipboard
        assert page.js("qd.actions") == [["delete", "a1", ""]]
        assert page.js("document.querySelector('.code-copy').classList.contains('copied')")


def test_a_thinking_block_the_user_opened_stays_open_while_streaming(page: Page) -> None:
    page.js("document.querySelector('#msg-a1 details.thinking > summary').click()")
    assert page.js("document.querySelector('#msg-a1 details.thinking').open") is True
    page.js("(document.querySelector('#msg-a1 .answer p').qdMark = 'same', true)")
    body = render_reply(ANSWER + "\n\nMore text.", "Think about **roots**.", "Thought for 1.2 s")
    page.call("replaceMessage", "a1", message_html("a1", "assistant", body, streaming=True))
    state = page.js(
        """{
        open: document.querySelector('#msg-a1 details.thinking').open,
        summary: document.querySelector('#msg-a1 .thinking-summary').textContent,
        firstParagraphKept: document.querySelector('#msg-a1 .answer p').qdMark,
        last: Array.from(document.querySelectorAll('#msg-a1 .answer p')).pop().textContent
    }"""
    )
    assert state == {
        "open": True,
        "summary": "Thought for 1.2 s",
        "firstParagraphKept": "same",  # unchanged nodes are kept, so are selections in them
        "last": "More text.",
    }


def test_jump_to_latest_appears_when_scrolled_up_during_streaming(page: Page) -> None:
    filler = "".join(
        message_html(f"f{i}", "user", plain_text_html(f"Message {i}\n" * 4)) for i in range(12)
    )
    page.call("setMessages", filler + transcript())
    assert page.js("document.getElementById('jump-latest').hidden") is True
    page.qtbot.waitUntil(lambda: page.js("scrollY > 0"), timeout=5000)  # followed the bottom
    page.js("(window.scrollTo(0, 0), true)")
    page.qtbot.waitUntil(lambda: not page.js("qd.isFollowing()"), timeout=5000)
    page.call("replaceMessage", "a1", message_html("a1", "assistant", render_reply("Streaming")))
    assert page.js("document.getElementById('jump-latest').hidden") is False
    assert page.js("scrollY") == 0  # the reader's position is left alone
    page.js("document.getElementById('jump-latest').click()")
    page.qtbot.waitUntil(
        lambda: page.js("innerHeight + scrollY >= document.body.scrollHeight - 2"), timeout=5000
    )
    assert page.js("document.getElementById('jump-latest').hidden") is True


def test_theme_and_font_size_switch(page: Page) -> None:
    light = page.js("getComputedStyle(document.documentElement).backgroundColor")
    page.call("setTheme", "dark")
    page.call("setFontSize", 19)
    state = page.js(
        """{
        cls: document.documentElement.className,
        bg: getComputedStyle(document.documentElement).backgroundColor,
        size: getComputedStyle(document.documentElement).fontSize
    }"""
    )
    assert "theme-dark" in state["cls"]
    assert state["bg"] != light
    assert state["size"] == "19px"


# ---------------------------------------------------------------- page and message markup


def test_build_page_html_inlines_everything_and_sets_theme() -> None:
    html = build_page_html("dark", 17, still=False)
    assert '<html lang="en" dir="ltr" class="theme-dark" style="--qd-font-size: 17px">' in html
    assert "QD:" not in html
    assert "window.qd = qd" in html
    assert ".hl .k {" in html
    assert "qrc:///qtwebchannel/qwebchannel.js" in html
    assert 'class=""' in build_page_html("system", 15, still=False)
    with pytest.raises(ValueError, match="sepia"):
        build_page_html("sepia", 15)


def test_message_html_escapes_fields_and_lists_actions() -> None:
    html = message_html(
        'a"1',
        "assistant",
        "<p>ok</p>",
        author="<Qwen>",
        time_text="10:00",
        stats=["1 token"],
        version=(1, 2),
        error="Model <crashed>",
    )
    assert 'id="msg-a&quot;1"' in html
    assert "&lt;Qwen&gt;" in html
    assert "<p>ok</p>" in html
    assert 'data-action="version-prev" data-payload="0"' in html
    assert "disabled" in html
    assert "Model &lt;crashed&gt;" in html
    assert message_html("u", "user", "").count('data-action="edit"') == 1


def test_js_call_encodes_arguments_as_json() -> None:
    assert js_call("replaceMessage", "a1", '<p>"x"</p>') == (
        'qd.replaceMessage("a1", "<p>\\"x\\"</p>")'
    )
    with pytest.raises(ValueError, match="not a function name"):
        js_call("x); alert(1); (")
