"""No raw HTML, script, event handler or disallowed link scheme ever leaves the Markdown and
maths renderer, for known payloads and for random mixtures of Markdown, HTML and maths."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.render.markdown import (
    ReplyRenderer,
    StreamingRenderer,
    plain_text_html,
    render_markdown,
    render_reply,
    thinking_html,
)
from desktop.render.message import MessageView
from desktop.render.transcript import body_html
from tests.render_safety import PAYLOADS, link_scheme, unsafe_parts
from tests.robustness_counts import inputs_tried


def _every_rendering(text: str) -> dict[str, str]:
    return {
        "markdown": render_markdown(text),
        "streaming markdown": render_markdown(text, streaming=True),
        "reply with thinking": render_reply(text, text, "Thought for 1 s", thinking_open=True),
        "thinking summary": thinking_html(render_markdown(text), text, open=True),
        "plain text": plain_text_html(text),
        "user message": body_html(MessageView(1, "user", text)),
        "assistant message": body_html(MessageView(2, "assistant", text, thinking=text)),
    }


def test_the_auditor_catches_what_it_must() -> None:
    """The check itself can fail: each of these is reported."""
    assert unsafe_parts("<script>x</script>") == ["tag <script>"]
    assert unsafe_parts('<p onclick="x">') == ["attribute onclick= on <p>"]
    assert unsafe_parts('<a href=" jAvA&#x09;script:x">') == ["link scheme javascript: on <a>"]
    assert unsafe_parts('<div style="background:url(x)">') == ["style 'background:url(x)' on <div>"]
    assert unsafe_parts('<a href="https://qwen.ai" class="qd-link">') == []
    assert link_scheme("&#106;avascript:x") == "javascript"


@pytest.mark.parametrize("payload", PAYLOADS)
def test_known_payloads_leave_no_active_html(payload: str) -> None:
    for context in (payload, f"Intro\n\n{payload}\n\nafter", f"- item {payload}", f"> {payload}"):
        inputs_tried()
        for name, html in _every_rendering(context).items():
            assert unsafe_parts(html) == [], f"{name}: {html[:300]}"


_FRAGMENTS = st.sampled_from(
    [
        *PAYLOADS,
        "<", ">", "&", "&lt;", "&#", "\"", "'", "`", "```", "```html\n", "~~~", "    ", "\n",
        "\n\n", "*", "**", "_", "[", "]", "(", ")", "![", "](", "<https://", "http://x.y/",
        "javascript:", "data:", "$", "$$", "\\(", "\\)", "\\[", "\\]", "\\boxed{", "}", "{",
        "\\frac{", "\\href{", "\\text{", "<think>", "</think>", "|", "| --- |", "> ", "- ",
        "1. ", "#", "---", "<b>", "</b>", "<!--", "-->", "<![CDATA[", "\x00", "\u202e",
        "你好", "🎉", "onerror=", "on", "src=", "style=",
    ]
)  # fmt: skip
_hostile_text = st.lists(_FRAGMENTS | st.text(max_size=8), max_size=25).map("".join)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_hostile_text)
def test_random_mixtures_leave_no_active_html(text: str) -> None:
    inputs_tried()
    for name, html in _every_rendering(text).items():
        assert unsafe_parts(html) == [], f"{name}: {html[:300]}"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces=st.lists(_hostile_text, min_size=1, max_size=8))
def test_streamed_replies_leave_no_active_html_at_any_step(pieces: list[str]) -> None:
    """Incremental rendering, chunk by chunk as a model streams, is checked at every step."""
    inputs_tried()
    streaming = StreamingRenderer()
    reply = ReplyRenderer()
    text = ""
    for piece in pieces:
        text += piece
        assert unsafe_parts(streaming.append(piece)) == []
        assert unsafe_parts(reply.update(text, text, "Thinking…", thinking_open=True)) == []
    assert unsafe_parts(streaming.finish()) == []
    assert unsafe_parts(reply.finish("Thought for 2 s")) == []
