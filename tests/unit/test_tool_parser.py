"""The streaming <tool_call> parser: tags split anywhere, several calls, bad JSON."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from desktop.tools.calls import ToolCall
from desktop.tools.parser import ToolCallParser, parse_call

REPLY = (
    "Let me check both.\n"
    '<tool_call>\n{"name": "weather", "arguments": {"city": "Paris"}}\n</tool_call>\n'
    '<tool_call>\n{"name": "weather", "arguments": {"city": "Oslo"}}\n</tool_call>'
)


def _run(chunks: list[str]) -> tuple[str, list[ToolCall]]:
    parser = ToolCallParser()
    pieces = [p for chunk in chunks for p in parser.feed(chunk)] + parser.finish()
    text = "".join(p for p in pieces if isinstance(p, str))
    calls = [p for p in pieces if isinstance(p, ToolCall)]
    assert text == parser.answer_text
    assert calls == parser.calls
    return text, calls


def test_two_calls_are_read_and_kept_out_of_the_answer() -> None:
    text, calls = _run([REPLY])
    assert text == "Let me check both."
    assert [(c.name, dict(c.arguments)) for c in calls] == [
        ("weather", {"city": "Paris"}),
        ("weather", {"city": "Oslo"}),
    ]
    assert calls[0].id != calls[1].id
    assert not calls[0].error


@given(st.lists(st.integers(min_value=1, max_value=len(REPLY) - 1), max_size=12))
def test_tags_split_across_chunks_anywhere(cuts: list[int]) -> None:
    points = [0, *sorted(set(cuts)), len(REPLY)]
    chunks = [REPLY[a:b] for a, b in itertools.pairwise(points)]
    assert _run(chunks) == _run([REPLY])


def test_split_tag_is_never_shown() -> None:
    parser = ToolCallParser()
    shown = (
        parser.feed("Sure <tool_")
        + parser.feed('call>{"name": "a"}</tool_')
        + parser.feed("call> done")
    )
    assert "".join(p for p in shown if isinstance(p, str)) == "Sure done"
    assert [c.name for c in parser.calls] == ["a"]


def test_text_that_only_looks_like_a_tag_is_released() -> None:
    text, calls = _run(["a <tool", "box> b <", "/tool_call> c"])
    assert text == "a <toolbox> b </tool_call> c"
    assert calls == []


def test_malformed_json_gives_a_plain_error() -> None:
    _, calls = _run(['<tool_call>{"name": "weather", "arguments": {city: Paris}}</tool_call>'])
    assert calls[0].error.startswith("The tool call is not valid JSON")
    assert "line 1" in calls[0].error


def test_missing_name_and_non_object_arguments() -> None:
    assert "no tool name" in parse_call('{"arguments": {}}', "c").error
    assert "must be a JSON object" in parse_call('{"name": "x", "arguments": [1]}', "c").error
    call = parse_call('{"name": "x", "arguments": "{\\"a\\": 1}"}', "c")
    assert (call.error, dict(call.arguments)) == ("", {"a": 1})


def test_unclosed_call_runs_only_when_the_reply_ended_by_itself() -> None:
    ended = ToolCallParser()
    ended.feed('<tool_call>\n{"name": "a", "arguments": {}}\n')
    assert [c.name for c in ended.finish(complete=True) if isinstance(c, ToolCall)] == ["a"]
    stopped = ToolCallParser()
    stopped.feed('<tool_call>\n{"name": "a", "argu')
    assert stopped.finish(complete=False) == []
    assert stopped.calls == []
