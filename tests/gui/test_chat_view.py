"""ChatView in a real offscreen QWebEngineView: messages, streaming, actions, links, theme,
the plain fallback, scripts beyond Latin, and a 1 MB message."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

import shiboken6
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWebEngineCore import QWebEnginePage
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QLabel, QTextBrowser

from desktop.gui.chat.page import PAGE_BASE_URL
from desktop.gui.chat.view import STREAM_INTERVAL_MS, ChatView, MessageView
from desktop.gui.chat.web_view import WebTranscript
from tests.gui.webengine import run_js

CODE = "def add(a, b):\n    return a + b"
ANSWER = f"Since $x^2 = 4$, $x = \\pm 2$.\n\n```python\n{CODE}\n```\n\nSee [docs](https://example.org/d)."


def conversation() -> list[MessageView]:
    created = datetime(2026, 1, 5, 9, 30)
    return [
        MessageView(1, "user", "What is x?", author="You", created=created),
        MessageView(
            2,
            "assistant",
            ANSWER,
            thinking="Roots of **four**.",
            author="Qwen3-0.6B",
            created=created,
            stats={"generated_tokens": 40, "generation_tps": 51.3, "ttft_s": 0.21},
            version=(2, 3),
        ),
        MessageView(3, "user", "Old question", dropped=True),
        MessageView(
            4, "assistant", "Cut short", stats={"stop_reason": "cancelled"}, state="interrupted"
        ),
    ]


class Driver:
    """A ChatView plus synchronous JavaScript evaluation in its page."""

    def __init__(self, qtbot: Any, view: ChatView) -> None:
        self.qtbot = qtbot
        self.view = view
        web = view.findChild(QWebEngineView)
        assert web is not None
        self.web = web

    def js(self, script: str) -> Any:
        return run_js(self.qtbot, self.web, script)

    def until(self, script: str, timeout: int = 5000) -> None:
        self.qtbot.waitUntil(lambda: bool(self.js(script)), timeout=timeout)


def open_view(qtbot: Any, before_ready: list[MessageView] | None = None) -> Driver:
    view = ChatView(theme="light", font_px=15)
    view.resize(800, 600)
    view.show()  # a hidden page gets no animation frames, hence no scrolling
    with qtbot.waitSignal(view.ready, timeout=20000):
        if before_ready is not None:
            view.set_messages(before_ready)  # queued, replayed once the page is there
    driver = Driver(qtbot, view)
    driver.until("qd.hasBridge()")
    return driver


@pytest.fixture
def chat(qtbot: Any) -> Iterator[Driver]:
    driver = open_view(qtbot, conversation())
    yield driver
    shiboken6.delete(driver.view)  # the page goes with it, long before the profile


def test_messages_render_with_actions_stats_and_notes(chat: Driver) -> None:
    assert chat.view.objectName() == "chatView"
    assert chat.view.accessibleName() == "Conversation transcript"
    assert chat.view.is_rich
    found = chat.js(
        """{
        ids: Array.from(document.querySelectorAll('.msg')).map(m => m.dataset.id),
        user: [...document.querySelectorAll('#msg-1 [data-action]')].map(b => b.dataset.action),
        reply: [...document.querySelectorAll('#msg-2 [data-action]')].map(b => b.dataset.action),
        version: document.querySelector('#msg-2 .msg-version').textContent,
        stats: document.querySelector('#msg-2 .msg-stats').textContent,
        author: document.querySelector('#msg-2 .msg-author').textContent,
        time: document.querySelector('#msg-2 .msg-time').textContent,
        maths: document.querySelectorAll('#msg-2 math').length,
        summary: document.querySelector('#msg-2 .thinking-summary').textContent,
        thinkingOpen: document.querySelector('#msg-2 details.thinking').open,
        dropped: document.getElementById('msg-3').classList.contains('dropped'),
        droppedNote: document.querySelector('#msg-3 .msg-note').textContent,
        droppedOpacity: getComputedStyle(document.querySelector('#msg-3 .msg-body')).opacity,
        stopped: document.querySelector('#msg-4 .msg-stats').textContent
    }"""
    )
    assert found["ids"] == ["1", "2", "3", "4"]
    assert found["user"] == ["copy", "edit", "delete"]
    assert found["reply"] == [
        "run-code",  # the reply's Python block can be run
        "copy-code",
        "version-prev",
        "version-next",
        "copy",
        "regenerate",
        "delete",
    ]
    assert found["version"] == "2/3"
    assert found["stats"] == "40 tokens51.3 tok/sTTFT 0.21 s"  # separators are CSS
    assert found["author"] == "Qwen3-0.6B"
    assert found["time"] == "2026-01-05 09:30"
    assert found["maths"] == 2
    assert found["summary"] == "Thoughts"
    assert found["thinkingOpen"] is False
    assert found["dropped"] is True
    assert found["droppedNote"] == "Not sent to the model"
    assert float(found["droppedOpacity"]) < 1
    assert found["stopped"] == "stoppedinterrupted"


def test_streaming_replaces_only_the_streaming_message(chat: Driver) -> None:
    chat.js(
        """(document.getElementById('msg-1').qdMark = 'kept',
        window.qdFullRenders = 0,
        qd.setMessages = (orig => function (h) { window.qdFullRenders++; return orig(h); })(
            qd.setMessages),
        true)"""
    )
    view = chat.view
    view.begin_stream(MessageView(5, "assistant", "", author="Qwen3-0.6B"))
    for word in ("Let", "me", "think", "about", "this", "carefully", "and", "check", "twice."):
        view.stream_thinking(5, word + " ")
    chat.until("document.querySelector('#msg-5 details.thinking[open]') !== null")
    live = chat.js(
        """{
        summary: document.querySelector('#msg-5 .thinking-summary').textContent,
        streaming: document.getElementById('msg-5').classList.contains('streaming')
    }"""
    )
    assert live == {"summary": "Thinking…", "streaming": True}

    answer = f"The answer:\n\n```python\n{CODE}\n```\n\nso $y = 3$ — done."
    for start in range(0, len(answer), 3):  # tokens of a few characters, code fence included
        view.stream_text(5, answer[start : start + 3])
    chat.until("document.querySelector('#msg-5 details.thinking').open === false")
    assert chat.js("document.querySelector('#msg-5 .thinking-summary').textContent").startswith(
        "Thought for "
    )
    assert view.message_text(5) == answer

    final = MessageView(
        5,
        "assistant",
        answer,
        thinking="Let me think about this carefully and check twice. ",
        author="Qwen3-0.6B",
        stats={
            "generated_tokens": 60,
            "generation_tps": 30.0,
            "ttft_s": 0.5,
            "thinking_tokens": 380,
        },
    )
    view.end_stream(final)
    chat.until("!document.getElementById('msg-5').classList.contains('streaming')")
    done = chat.js(
        """{
        text: document.querySelector('#msg-5 .answer').textContent,
        code: document.querySelector('#msg-5 code.hl').textContent,
        highlighted: document.querySelectorAll('#msg-5 code.hl span').length,
        maths: document.querySelectorAll('#msg-5 .answer math').length,
        open: document.querySelector('#msg-5 details.thinking').open,
        summary: document.querySelector('#msg-5 .thinking-summary').textContent,
        stats: document.querySelector('#msg-5 .msg-stats').textContent,
        kept: document.getElementById('msg-1').qdMark,
        fullRenders: window.qdFullRenders,
        count: document.querySelectorAll('.msg').length
    }"""
    )
    assert done["text"].startswith("The answer:")
    assert done["text"].strip().endswith("— done.")
    assert done["code"] == CODE
    assert done["highlighted"] > 3
    assert done["maths"] == 1
    assert done["open"] is False
    assert done["summary"].startswith("Thought for ")
    assert done["summary"].endswith(" s · 380 tokens")
    assert done["stats"] == "60 tokens30.0 tok/sTTFT 0.50 s"
    assert done["kept"] == "kept"  # the other messages' nodes were never replaced
    assert done["fullRenders"] == 0
    assert done["count"] == 5
    assert view.is_following()


def test_actions_reach_python_with_int_ids_and_copy_uses_the_clipboard(chat: Driver) -> None:
    qtbot, view = chat.qtbot, chat.view
    with qtbot.waitSignal(view.action_requested, timeout=5000) as regenerate:
        chat.js("document.querySelector('#msg-2 [data-action=regenerate]').click()")
    assert regenerate.args == ["regenerate", 2, ""]
    with qtbot.waitSignal(view.action_requested, timeout=5000) as version:
        chat.js("document.querySelector('#msg-2 [data-action=version-next]').click()")
    assert version.args == ["version-next", 2, "3"]
    with qtbot.waitSignal(view.action_requested, timeout=5000) as edit:
        chat.js("document.querySelector('#msg-1 [data-action=edit]').click()")
    assert edit.args == ["edit", 1, ""]

    clipboard = QGuiApplication.clipboard()
    with qtbot.waitSignal(view.action_requested, timeout=5000) as copied:
        chat.js("document.querySelector('#msg-2 [data-action=copy]').click()")
    assert copied.args == ["copy", 2, ""]
    assert clipboard.text() == ANSWER  # the Markdown as written, without the thinking
    clipboard.clear()
    chat.js("document.querySelector('#msg-2 .code-copy').click()")
    qtbot.waitUntil(lambda: clipboard.text() == CODE, timeout=5000)


def test_links_open_only_when_clicked_and_navigation_is_refused(
    chat: Driver, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    chat.js("document.querySelector('#msg-2 a.qd-link').click()")
    chat.qtbot.waitUntil(lambda: opened == ["https://example.org/d"], timeout=5000)

    page = chat.web.page()
    link = QWebEnginePage.NavigationType.NavigationTypeLinkClicked
    assert not page.acceptNavigationRequest(QUrl("https://example.org/x"), link, True)
    assert not page.acceptNavigationRequest(QUrl("file:///etc/passwd"), link, True)
    assert opened == ["https://example.org/d", "https://example.org/x"]  # not file:
    chat.web.setUrl(QUrl("https://example.org/typed"))
    chat.js("(location.reload(), window.open('https://example.org/popup'), true)")
    chat.view.append_message(MessageView(9, "user", "still here"))
    chat.until("document.getElementById('msg-9') !== null")
    assert chat.js("document.querySelectorAll('.msg').length") == 5  # the page was not left
    assert chat.web.url().toString() == PAGE_BASE_URL
    assert len(opened) == 2
    assert not page.action(QWebEnginePage.WebAction.Reload).isVisible()  # not in the menu
    assert not page.action(QWebEnginePage.WebAction.ViewSource).isVisible()


def test_update_remove_theme_font_and_welcome(chat: Driver) -> None:
    view = chat.view
    view.update_message(
        MessageView(2, "assistant", "Version **three**.", author="Qwen3-0.6B", version=(3, 3))
    )
    chat.until("document.querySelector('#msg-2 .msg-version').textContent === '3/3'")
    assert chat.js("document.querySelector('#msg-2 .answer').textContent") == "Version three.\n"
    assert chat.js("document.querySelector('#msg-2 [data-action=version-next]').disabled")

    view.remove_message(3)
    chat.until("document.querySelectorAll('.msg').length === 3")
    assert view.message_text(3) == ""

    view.set_theme("dark")
    view.set_font_size(19)
    chat.until("document.documentElement.classList.contains('theme-dark')")
    chat.until("getComputedStyle(document.documentElement).fontSize === '19px'")

    view.show_welcome("<h1>Welcome to Qwen Desk</h1><p>Pick a model to start.</p>")
    chat.until("document.querySelector('.qd-welcome h1') !== null")
    assert chat.js("document.querySelectorAll('.msg').length") == 0
    view.append_message(MessageView(10, "user", "Hello"))
    chat.until("document.querySelectorAll('.msg').length === 1")
    assert chat.js("document.querySelector('.qd-welcome')") is None


def test_scripts_beyond_latin_and_a_megabyte_message(chat: Driver) -> None:
    view = chat.view
    chinese, arabic, emoji = "你好，世界！二次方程", "مرحبا بالعالم", "👋🏽 family: 👨‍👩‍👧 ✅"
    view.set_messages(
        [
            MessageView(1, "user", chinese),
            MessageView(2, "assistant", arabic),
        ]
    )
    view.begin_stream(MessageView(3, "assistant", ""))
    for char in emoji:  # one code point per delta, ZWJ sequences split across deltas
        view.stream_text(3, char)
    chat.until(f"document.querySelector('#msg-3 .answer').textContent.trim() === {emoji!r}")
    texts = chat.js(
        """{
        zh: document.querySelector('#msg-1 .msg-body').textContent,
        ar: document.querySelector('#msg-2 .answer').textContent.trim(),
        arDir: getComputedStyle(document.querySelector('#msg-2 .answer p')).direction
    }"""
    )
    assert texts == {"zh": chinese, "ar": arabic, "arDir": "rtl"}
    assert view.message_text(3) == emoji

    huge = ("Line with **stars** and $x$ " * 40 + "\n") * 900  # ~1 MB
    assert len(huge) > 1_000_000
    started = time.perf_counter()
    view.append_message(MessageView(4, "assistant", huge))
    assert time.perf_counter() - started < 1.0  # the GUI thread is not held up
    chat.until("document.getElementById('msg-4') !== null", timeout=10000)
    size = chat.js("document.querySelector('#msg-4 .answer').textContent.length")
    assert size >= len(huge) - 10
    assert "plain text" in chat.js("document.querySelector('#msg-4 .msg-note').textContent")
    assert time.perf_counter() - started < 5.0


def test_a_long_conversation_opens_with_the_newest_and_adds_the_rest_on_scrolling_up(
    chat: Driver,
) -> None:
    view = chat.view
    messages = [
        MessageView(i, "user" if i % 2 == 0 else "assistant", f"Message {i} with $x_{{{i}}}$")
        for i in range(400)
    ]
    view.set_messages(messages)
    assert 0 < view.pending_messages < 400
    chat.until("innerHeight + scrollY >= document.body.scrollHeight - 2")  # at the newest
    shown = chat.js("document.querySelectorAll('.msg').length")
    assert shown == 400 - view.pending_messages
    view.remove_message(5)  # not on the page yet
    view.update_message(MessageView(7, "assistant", "Seven, **edited**"))

    def at_top_and_done() -> bool:  # the reader keeps scrolling up until all is there
        chat.js("(window.scrollTo(0, 0), true)")
        return view.pending_messages == 0

    chat.qtbot.waitUntil(at_top_and_done, timeout=10000)
    chat.until("document.querySelectorAll('.msg').length === 399")
    ids = chat.js("Array.from(document.querySelectorAll('.msg')).map(m => Number(m.dataset.id))")
    assert ids == [i for i in range(400) if i != 5]
    assert chat.js("document.querySelector('#msg-7 strong').textContent") == "edited"
    assert not view.is_following()


def test_calls_before_the_page_loads_are_replayed(qtbot: Any) -> None:
    view = ChatView(theme="dark", font_px=17)
    view.resize(600, 400)
    view.show()
    try:
        view.set_messages(conversation())
        view.set_theme("light")
        view.remove_message(4)
        view.append_message(MessageView(8, "user", "queued"))
        with qtbot.waitSignal(view.ready, timeout=20000):
            pass
        driver = Driver(qtbot, view)
        driver.until("document.querySelectorAll('.msg').length === 4")
        assert driver.js(
            "Array.from(document.querySelectorAll('.msg')).map(m => m.dataset.id)"
        ) == ["1", "2", "3", "8"]
        themes = "[...document.documentElement.classList].filter(c => c.startsWith('theme-'))"
        assert driver.js(themes) == ["theme-light"]
    finally:
        shiboken6.delete(view)


def test_plain_fallback_shows_text_streams_and_maps_actions(qtbot: Any) -> None:
    view = ChatView(use_webengine=False)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.ready, timeout=5000):
        view.set_messages(conversation())
    assert not view.is_rich
    assert view.findChild(QWebEngineView) is None
    note = view.findChild(QLabel, "chatPlainNote")
    assert note is not None
    assert note.text() == "Rich transcript unavailable: turned off; showing plain view"
    browser = view.findChild(QTextBrowser, "chatPlainBrowser")
    assert browser is not None
    text = browser.toPlainText()
    assert "What is x?" in text
    assert "def add(a, b):" in text
    assert "x^2=4" in text
    assert "x=±2" in text
    assert "Not sent to the model" in text
    assert "stopped" in text
    assert "2/3" in text

    view.begin_stream(MessageView(5, "assistant", "", author="Qwen"))
    view.stream_thinking(5, "hmm ")
    for word in ("Streaming", "in", "the", "plain", "view", "你好", "🎉"):
        view.stream_text(5, word + " ")
    qtbot.waitUntil(lambda: "plain view 你好 🎉" in browser.toPlainText(), timeout=5000)
    view.end_stream(MessageView(5, "assistant", "Final words.", thinking="hmm ", author="Qwen"))
    qtbot.waitUntil(lambda: "Final words." in browser.toPlainText(), timeout=5000)
    assert "Streaming in the plain view" not in browser.toPlainText()
    assert "Thought" in browser.toPlainText()

    with qtbot.waitSignal(view.action_requested, timeout=5000) as regenerate:
        browser.anchorClicked.emit(_own_link(browser, "regenerate", 5))
    assert regenerate.args == ["regenerate", 5, ""]
    with qtbot.waitSignal(view.action_requested, timeout=5000) as copied:
        browser.anchorClicked.emit(_own_link(browser, "copy", 1))
    assert copied.args == ["copy", 1, ""]
    assert QGuiApplication.clipboard().text() == "What is x?"
    # Links written by the model or an imported chat act on nothing.
    with qtbot.assertNotEmitted(view.action_requested, wait=100):
        browser.anchorClicked.emit(QUrl("qdaction:delete?id=1&payload="))
        browser.anchorClicked.emit(QUrl("qdaction:delete?id=1&payload=&key=guess"))
    # Nor do the app's own links for a message that is not shown (another conversation).
    forged = _own_link(browser, "delete", 1).toString().replace("id=1", "id=999")
    with qtbot.assertNotEmitted(view.action_requested, wait=100):
        browser.anchorClicked.emit(QUrl(forged))


def _own_link(browser: QTextBrowser, kind: str, message_id: int) -> QUrl:
    """The transcript's own action link for ``kind`` on ``message_id``, as shown."""
    html = browser.toHtml()
    for match in re.finditer(r'href="(qdaction:[^"]+)"', html):
        url = QUrl(match.group(1).replace("&amp;", "&"))
        if url.path() == kind and f"id={message_id}&" in url.query() + "&":
            return url
    raise AssertionError(f"no {kind} link for message {message_id}")


def test_a_page_that_fails_gives_way_to_the_plain_view(chat: Driver) -> None:
    view = chat.view
    view.begin_stream(MessageView(5, "assistant", ""))
    view.stream_text(5, "half an ans")
    backend = view.findChild(WebTranscript)
    assert backend is not None
    backend.failed.emit("the page renderer stopped (crashed, exit code 11)")
    assert not view.is_rich
    note = view.findChild(QLabel, "chatPlainNote")
    assert note is not None
    assert "renderer stopped" in note.text()
    browser = view.findChild(QTextBrowser, "chatPlainBrowser")
    assert browser is not None
    assert "What is x?" in browser.toPlainText()
    view.stream_text(5, "wer")
    chat.qtbot.waitUntil(lambda: "half an answer" in browser.toPlainText(), timeout=5000)


TEARDOWN_SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
from desktop.gui.chat.view import ChatView, MessageView
from desktop.gui.chat.web_view import WebTranscript

app = QApplication(sys.argv)
window = QMainWindow()
view = ChatView(window)
window.setCentralWidget(view)
window.show()

def loaded():
    view.set_messages([MessageView(1, "user", "hi")])
    window.deleteLater()
    QTimer.singleShot(200, app.quit)

view.ready.connect(loaded)
QTimer.singleShot(30000, lambda: app.exit(3))
sys.exit(app.exec())
"""


def test_deleting_the_view_releases_the_page_before_the_profile() -> None:
    result = subprocess.run(
        [sys.executable, "-c", TEARDOWN_SCRIPT],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Release of profile requested" not in result.stderr
    assert "Traceback" not in result.stderr


def test_the_first_streamed_text_is_drawn_at_once_later_text_in_batches(chat: Driver) -> None:
    view = chat.view
    backend = view._backend
    drawn: list[float] = []
    original = backend.replace

    def counting(message: MessageView, body: str, *, streaming: bool = False) -> None:
        if streaming:
            drawn.append(time.monotonic())
        original(message, body, streaming=streaming)

    backend.replace = counting  # type: ignore[method-assign]
    view.begin_stream(MessageView(7, "assistant", "", author="Qwen"))
    started = time.monotonic()
    view.stream_text(7, "First")
    chat.qtbot.waitUntil(lambda: bool(drawn), timeout=1000)
    assert drawn[0] - started < STREAM_INTERVAL_MS / 1000, "no waiting for the first text"
    count = len(drawn)
    for word in ("second", "third", "fourth"):
        view.stream_text(7, " " + word)
    chat.qtbot.waitUntil(lambda: len(drawn) > count, timeout=2000)
    assert len(drawn) == count + 1, "the later pieces went out together"
    chat.until("document.body.innerText.includes('First second third fourth')")
