"""The real transcript (QtWebEngine): script payloads in every message field never run, and
no active element reaches the page."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

import shiboken6
from PySide6.QtWebEngineWidgets import QWebEngineView

from desktop.gui.chat.view import ChatView, MessageView
from tests.gui.webengine import run_js
from tests.render_safety import PAYLOADS
from tests.robustness_counts import inputs_tried

SPY = "(window.qdPwnedCalls = [], window.qdPwned = function (n) { qdPwnedCalls.push(n); }, 1)"
ACTIVE = (
    "Array.from(document.querySelectorAll('#messages *')).filter(function (e) {"
    " return /^(script|iframe|object|embed|img|svg|style|link|meta|form|input|video|audio"
    "|template|base)$/i.test(e.localName)"
    " || Array.from(e.attributes).some(function (a) {"
    "   return /^on/i.test(a.name) || /^\\s*(javascript|data|vbscript):/i.test(a.value); });"
    "}).map(function (e) { return e.outerHTML.slice(0, 120); })"
)


def test_script_payloads_in_every_field_never_run(qtbot: Any) -> None:
    view = ChatView()
    view.resize(900, 700)
    view.show()
    web = view.findChild(QWebEngineView)
    assert web is not None
    with qtbot.waitSignal(view.ready, timeout=20000):
        pass
    assert run_js(qtbot, web, SPY) == 1
    messages = []
    size = -(-len(PAYLOADS) // 8)  # 8 pairs of messages: a conversation opens with 16 shown
    groups = [PAYLOADS[i : i + size] for i in range(0, len(PAYLOADS), size)]
    for index, group in enumerate(groups):
        inputs_tried(len(group))
        text = "\n\n".join(group)
        messages.append(MessageView(2 * index + 1, "user", text, author=group[0]))
        messages.append(
            MessageView(
                2 * index + 2,
                "assistant",
                f"Answer\n\n{text}\n\nend",
                thinking=text,
                author=group[-1],
                stats={"stop_reason": group[1] if len(group) > 1 else text},
                error=text,
            )
        )
    view.set_messages(messages)
    qtbot.waitUntil(
        lambda: (
            run_js(qtbot, web, "document.querySelectorAll('#messages article').length")
            == len(messages)
        ),
        timeout=20000,
    )
    view.begin_stream(MessageView(999, "assistant", ""))
    for payload in PAYLOADS:  # streamed, re-rendered piece by piece
        view.stream_text(999, payload + "\n\n")
    view.end_stream(MessageView(999, "assistant", "\n\n".join(PAYLOADS)))
    # Let the page's own event loop run: image errors, load and toggle events fire by then.
    run_js(qtbot, web, "(setTimeout(function () { window.qdSettled = true; }, 500), 1)")
    qtbot.waitUntil(lambda: run_js(qtbot, web, "window.qdSettled === true"), timeout=10000)
    assert run_js(qtbot, web, "window.qdPwnedCalls") == []
    assert run_js(qtbot, web, ACTIVE) == []
    assert (
        run_js(qtbot, web, "document.querySelectorAll('#messages article').length")
        == len(messages) + 1
    )
    shiboken6.delete(view)
