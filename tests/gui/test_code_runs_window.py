"""The Run button of Python code blocks in replies (both transcripts), the approval buttons
from the keyboard, and Qwen2.5-Math's code runs in the window."""

from __future__ import annotations

import dataclasses
import itertools
import json
import time

import pytest
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextBrowser

from desktop.core.prompts import MATHS
from desktop.engines.base import ModelInfo
from desktop.engines.fake import FakeEngine
from desktop.render.tool_cards import CodeOutput
from tests.gui.test_tool_cards_window import (
    VIEWS,
    anchors,
    cards,
    js,
    open_window,
    send,
    wait_asking,
    wait_idle,
    wait_text,
)

__all__ = ["open_window"]  # the fixture, shared

REPLY = (
    "Try this:\n\n```python\nprint(sum(range(10)))\n```\n\n"
    "And this one:\n\n```python\n{loop}\n```\n"
)


def click_run(qtbot, window, message_id: int, index: int) -> None:
    """Press a code block's Run button as a user would."""
    view = window.chat_view
    if view.is_rich:
        selector = f'#msg-{message_id} [data-action="run-code"][data-code-index="{index}"]'
        qtbot.waitUntil(lambda: js(qtbot, window, f"!!document.querySelector('{selector}')"))
        js(qtbot, window, f"document.querySelector('{selector}').click()")
    else:
        browser = view.findChild(QTextBrowser, "chatPlainBrowser")
        assert browser is not None

        def links() -> list[str]:
            return [h for h in anchors(browser) if "run-code" in h and f"&payload={index}&" in h]

        qtbot.waitUntil(lambda: len(links()) == 1, timeout=5000)
        browser.anchorClicked.emit(QUrl(links()[0]))


def output(window, message_id: int, index: int) -> CodeOutput | None:
    return window.chat_view.code_output(message_id, index)


@pytest.mark.parametrize("web", VIEWS)
def test_run_shows_the_output_under_the_block(qtbot, open_window, web) -> None:
    engine = FakeEngine(REPLY.format(loop="while True:\n    pass"), tokens_per_s=0)
    window = open_window(engine, web, python_time_s=1.0)
    window.state.settings.update(lambda s: setattr(s.tools, "enabled", False))
    send(qtbot, window, "show me")
    wait_idle(qtbot, window)
    reply = list(window.chat_view._messages.values())[-1]
    click_run(qtbot, window, reply.id, 0)
    qtbot.waitUntil(lambda: (o := output(window, reply.id, 0)) is not None and not o.running)
    done = output(window, reply.id, 0)
    assert done is not None
    assert done.stdout == "45\n"
    assert done.ok
    text = wait_text(qtbot, window, "Output · ran in", "45")
    assert text.index("45") > text.index("sum(range(10))")
    assert text.index("45") < text.index("And this one")


def test_an_endless_loop_stops_at_the_limit_and_the_window_stays_responsive(
    qtbot, open_window
) -> None:
    engine = FakeEngine(REPLY.format(loop="while True:\n    pass"), tokens_per_s=0)
    window = open_window(engine, True, python_time_s=1.0)
    send(qtbot, window, "loop")
    wait_idle(qtbot, window)
    reply = list(window.chat_view._messages.values())[-1]
    beats: list[float] = []
    heart = QTimer(window, interval=20)
    heart.timeout.connect(lambda: beats.append(time.perf_counter()))
    heart.start()
    click_run(qtbot, window, reply.id, 1)
    qtbot.waitUntil(lambda: (o := output(window, reply.id, 1)) is not None and o.running)
    wait_text(qtbot, window, "Output · running…", "Stop")
    qtbot.waitUntil(lambda: not output(window, reply.id, 1).running, timeout=10_000)  # type: ignore[union-attr]
    heart.stop()
    done = output(window, reply.id, 1)
    assert done is not None
    assert not done.ok
    assert "time limit of 1 s" in done.note
    gaps = [b - a for a, b in itertools.pairwise(beats)]
    assert len(beats) > 20, "the GUI thread kept running while the code did"
    assert max(gaps) < 0.25, f"the GUI thread stalled for {max(gaps):.2f} s"
    wait_text(qtbot, window, "time limit")


def test_stop_ends_a_running_block(qtbot, open_window) -> None:
    engine = FakeEngine(REPLY.format(loop="import time\ntime.sleep(30)"), tokens_per_s=0)
    window = open_window(engine, False, python_time_s=20.0)
    send(qtbot, window, "sleep")
    wait_idle(qtbot, window)
    reply = list(window.chat_view._messages.values())[-1]
    click_run(qtbot, window, reply.id, 1)
    qtbot.waitUntil(lambda: (o := output(window, reply.id, 1)) is not None and o.running)
    browser = window.chat_view.findChild(QTextBrowser, "chatPlainBrowser")
    assert browser is not None
    qtbot.waitUntil(lambda: any("stop-code" in h for h in anchors(browser)), timeout=5000)
    (stop,) = [h for h in anchors(browser) if "stop-code" in h]
    browser.anchorClicked.emit(QUrl(stop))
    qtbot.waitUntil(lambda: not output(window, reply.id, 1).running, timeout=5000)  # type: ignore[union-attr]
    assert output(window, reply.id, 1).note == "Stopped by the user."  # type: ignore[union-attr]


def test_a_run_link_for_a_block_that_is_not_python_does_nothing(qtbot, open_window) -> None:
    engine = FakeEngine("```js\nalert(1)\n```\n", tokens_per_s=0)
    window = open_window(engine, False)
    send(qtbot, window, "js")
    wait_idle(qtbot, window)
    reply = list(window.chat_view._messages.values())[-1]
    window.chat_view._on_backend_action("run-code", str(reply.id), "0")
    window.chat_view._on_backend_action("run-code", str(reply.id), "7")
    assert output(window, reply.id, 0) is None
    assert window.controller.code_runs.running == 0


def test_the_approval_links_are_reachable_from_the_keyboard(qtbot, open_window) -> None:
    call = json.dumps({"name": "python", "arguments": {"code": "print(6 * 7)"}})
    engine = FakeEngine(replies=[f"Compute.<tool_call>{call}</tool_call>", "42"], tokens_per_s=0)
    window = open_window(engine, False)
    send(qtbot, window, "6*7")
    wait_asking(qtbot, window)
    wait_text(qtbot, window, "Waiting for your approval")
    browser = window.chat_view.findChild(QTextBrowser, "chatPlainBrowser")
    assert browser is not None
    browser.setFocus()
    browser.moveCursor(QTextCursor.MoveOperation.Start)
    for _ in range(40):  # Tab from link to link until the card's Run
        qtbot.keyClick(browser, Qt.Key.Key_Tab)
        href = browser.textCursor().charFormat().anchorHref()
        if "tool-approve" in href and "payload=run+" in href:
            break
    else:
        pytest.fail("Tab never reached the Run link")
    qtbot.keyClick(browser, Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    assert [c.status for _, c in cards(window)] == ["ok"]


def test_the_card_buttons_are_reachable_from_the_keyboard_on_the_page(qtbot, open_window) -> None:
    call = json.dumps({"name": "python", "arguments": {"code": "print(6 * 7)"}})
    engine = FakeEngine(replies=[f"Compute.<tool_call>{call}</tool_call>", "42"], tokens_per_s=0)
    window = open_window(engine, True)
    send(qtbot, window, "6*7")
    wait_asking(qtbot, window)
    wait_text(qtbot, window, "Waiting for your approval")
    order = js(
        qtbot,
        window,
        "Array.prototype.map.call(document.querySelectorAll('.tool-ask button'),"
        " function (b) { return b.tabIndex; })",
    )
    assert order == [0, 0, 0], "native buttons: in the Tab order"
    js(qtbot, window, "document.querySelector('.tool-ask button').focus()")
    assert js(qtbot, window, "document.activeElement.textContent") == "Run"
    view = window.chat_view._backend.widget
    view.setFocus()
    target = view.focusProxy() or view
    qtbot.keyClick(target, Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    assert [c.status for _, c in cards(window)] == ["ok"]


class MathEngine(FakeEngine):
    def load(self, source, options, progress=None) -> ModelInfo:
        info = super().load(source, options, progress)
        self._info = dataclasses.replace(info, details={"family": "qwen2.5-math"})
        return self._info


def test_a_math_chat_with_use_python_asks_runs_and_continues(qtbot, open_window, store) -> None:
    first = "Compute.\n```python\nprint(6 * 7)\n```\n```output\nmade up"
    engine = MathEngine(replies=[first, "So it is $\\boxed{42}$."], tokens_per_s=0)
    window = open_window(engine, False)
    window.controller.set_options(preset=MATHS, math_python=True)
    send(qtbot, window, "6 times 7?")
    _, card = wait_asking(qtbot, window)
    assert card.arguments == "print(6 * 7)"
    wait_text(qtbot, window, "Run python?")
    browser = window.chat_view.findChild(QTextBrowser, "chatPlainBrowser")
    assert browser is not None
    (run,) = [h for h in anchors(browser) if "tool-approve" in h and "payload=run+" in h]
    browser.anchorClicked.emit(QUrl(run))
    wait_idle(qtbot, window)
    text = wait_text(qtbot, window, "42", "So it is")
    assert "made up" not in text
    (reply,) = [m for m in store.path(store.list_conversations()[0].id) if m.role == "assistant"]
    assert "```output\n42\n```" in reply.content
    ((_, done),) = cards(window)
    assert (done.status, done.result) == ("ok", "42")
    window.new_chat()
    window.controller.show_conversation(reply.conversation_id)
    assert [c.status for _, c in cards(window)] == ["ok"], "the run's card comes back"
    assert window.controller.options.math_python
