"""Tool-call cards and code-run output markup: escaped, with approval buttons only while the
app asks, long results collapsed, and the Run button only on finished Python blocks."""

from __future__ import annotations

import re

from desktop.render.markdown import ReplyRenderer, render_reply
from desktop.render.tool_cards import (
    CodeOutput,
    ToolCard,
    card_html,
    cards_html,
    code_output_html,
    isolation_note,
    plain_cards_html,
    preview,
    with_code_outputs,
)
from tests.render_safety import PAYLOADS, unsafe_parts

FAKE_BUTTON = (
    '<button type="button" class="tool-btn" data-action="tool-approve" '
    'data-payload="run call_1 guessed">Run</button>'
)


def link(kind: str, label: str, payload: str) -> str:
    return f'<a href="qdaction:{kind}?payload={payload}">{label}</a>'


def asking(**changes: object) -> ToolCard:
    values: dict[str, object] = {
        "call_id": "call_1",
        "name": "python",
        "arguments": '{"code": "print(1)"}',
        "source": "built-in",
        "state": "asking",
        "ask_token": "t0ken",
    }
    values.update(changes)
    return ToolCard(**values)  # type: ignore[arg-type]


def test_untrusted_text_is_escaped_and_only_the_apps_buttons_exist() -> None:
    for payload in [*PAYLOADS, FAKE_BUTTON]:
        card = asking(name=payload, arguments=payload, source=payload)
        done = ToolCard("call_2", payload, payload, payload, "done", "ok", payload, 0.5, "user")
        html = cards_html((card, done))
        assert unsafe_parts(html) == [], payload
        assert "<script" not in html
        assert "<img" not in html
        buttons = re.findall(r"<button\b[^>]*>", html)
        assert len(buttons) == 3, "Run, Always in this chat, Deny of the asking card only"
        assert all('data-payload="' in b and "t0ken" in b for b in buttons)


def test_buttons_only_while_asking_and_they_carry_the_token() -> None:
    html = card_html(asking())
    for decision in ("run", "always", "deny"):
        assert f'data-payload="{decision} call_1 t0ken"' in html
    assert ">Always in this chat<" in html
    for state in ("waiting", "running", "done"):
        assert "tool-approve" not in card_html(asking(state=state))
    assert "tool-approve" not in card_html(asking(ask_token=""))


def test_the_status_line_says_time_and_how_it_was_allowed() -> None:
    assert asking().status_text() == "Waiting for your approval"
    assert asking(state="running", approved_by="trusted").status_text() == (
        "Running… · trusted tool"
    )
    done = asking(state="done", status="ok", duration_s=0.123, approved_by="user")
    assert done.status_text() == "Done in 123 ms · allowed by you"
    assert asking(state="done", status="error", duration_s=2.5).status_text() == (
        "Failed in 2.50 s"
    )
    assert asking(state="done", status="denied").status_text() == "Denied"
    assert asking(state="done", status="cancelled").status_text() == "Stopped"
    assert "tool-denied" in card_html(asking(state="done", status="denied"))


def test_a_long_result_is_collapsed_with_show_all() -> None:
    result = "\n".join(f"line {i}" for i in range(100))
    card = asking(state="done", status="ok", result=result)
    collapsed = card_html(card)
    assert "line 11" in collapsed
    assert "line 12" not in collapsed
    assert 'data-action="tool-show-all" data-payload="call_1"' in collapsed
    assert "Show all (88 more lines" in collapsed
    full = card_html(card, expanded=True)
    assert "line 99" in full
    assert "Show less" in full
    short = card_html(asking(state="done", status="ok", result="42"))
    assert "tool-show-all" not in short
    assert preview("x" * 5000)[1] == 1


def test_plain_cards_use_the_views_own_links() -> None:
    html = plain_cards_html((asking(arguments="<b>hi</b>"),), link)
    assert "&lt;b&gt;hi&lt;/b&gt;" in html
    assert html.count("qdaction:tool-approve") == 3
    assert "payload=always call_1 t0ken" in html
    assert "<button" not in html


def test_the_run_button_is_on_finished_python_blocks_of_the_answer_only() -> None:
    answer = "Try:\n```python\nprint(1)\n```\n```js\nx()\n```\n```py\nprint(2)\n```"
    thinking = "Maybe:\n```python\nprint(0)\n```"
    html = render_reply(answer, thinking, "Thought")
    runs = re.findall(r'data-action="run-code" data-code-index="(\d+)"', html)
    assert runs == ["0", "2"]
    assert isolation_note()[:40] in html.replace("&#x27;", "'"), "the tooltip says it"
    streaming = ReplyRenderer()
    assert "run-code" not in streaming.update("```python\nprint(1)\n"), "still being written"
    assert "run-code" in streaming.update("```python\nprint(1)\n```\n")


def test_the_output_goes_under_its_own_block() -> None:
    answer = (
        '```python\nprint(\'data-action="run-code" data-code-index="1"\')\n```\n'
        "Then:\n```python\nprint(2)\n```\n"
    )
    body = render_reply(answer)
    output = code_output_html(CodeOutput(1, running=False, stdout="2\n<b>", duration_s=0.01))
    placed = with_code_outputs(body, {1: output})
    end = "</code></pre></div>"
    second_end = placed.index(end, placed.index(end) + 1) + len(end)
    assert placed[second_end:].startswith(output), "right under the second block"
    assert "&lt;b&gt;" in output
    assert "Output · ran in 10 ms" in output
    running = code_output_html(CodeOutput(0), stop="<button>Stop</button>")
    assert "running…" in running
    assert "Stop" in running
