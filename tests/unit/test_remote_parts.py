"""The remote engine's pure parts: SSE parsing, chunk reading, tool-call text, the request
body, message conversion, thinking capability from a model id, token estimates."""

from __future__ import annotations

import json

import pytest

from desktop.core.thinking import ThinkingCapability
from desktop.engines.base import GenerationRequest, Sampling, ThinkingMode
from desktop.engines.remote_errors import server_message
from desktop.engines.remote_models import guess_capability
from desktop.engines.remote_payload import (
    EXTRA_FIELDS,
    chat_payload,
    estimate_tokens,
    openai_messages,
)
from desktop.engines.remote_stream import (
    ChunkReader,
    MalformedChunk,
    SSEvent,
    StreamError,
    ToolCall,
    parse_sse,
    render_tool_calls,
)
from tests import vllm_streams


def test_sse_parsing_skips_comments_and_joins_data_lines() -> None:
    lines = [": ping - 2025-01-01", "", 'data: {"a":', "data: 1}", "", "event: x", "data: y", ""]
    assert list(parse_sse(lines)) == [SSEvent("message", '{"a":\n1}'), SSEvent("x", "y")]


def test_sse_parsing_reads_llama_server_error_lines_and_a_last_event_without_blank() -> None:
    events = list(parse_sse(['error: {"error": {"message": "boom"}}', "", "data: [DONE]"]))
    assert events == [
        SSEvent("error", '{"error": {"message": "boom"}}'),
        SSEvent("message", "[DONE]"),
    ]


def _read_all(events: list[str]) -> tuple[ChunkReader, list[tuple[str, str, bool]]]:
    reader = ChunkReader()
    out = []
    for data in events:
        delta = reader.read(SSEvent("message", data))
        if not delta.empty:
            out.append((delta.reasoning, delta.content, delta.tool_piece))
    return reader, out


@pytest.mark.parametrize("field", ["reasoning_content", "reasoning"])
def test_vllm_reasoning_fields_are_read(field: str) -> None:
    reader, deltas = _read_all(vllm_streams.reasoning_stream(field))
    assert "".join(r for r, _, _ in deltas) == "".join(vllm_streams.THINKING)
    assert "".join(c for _, c, _ in deltas) == "\n\n" + "".join(vllm_streams.ANSWER)
    assert reader.done
    assert reader.finish_reason == "stop"
    assert reader.usage.prompt_tokens == 31
    assert (
        reader.usage.completion_tokens == len(vllm_streams.THINKING) + len(vllm_streams.ANSWER) + 3
    )


def test_tool_call_pieces_are_collected_into_qwens_own_form() -> None:
    reader, deltas = _read_all(vllm_streams.tool_call_stream())
    assert sum(1 for _, _, tool in deltas if tool) == 7
    assert reader.finish_reason == "tool_calls"
    text = reader.tool_call_text()
    assert text.startswith("<tool_call>\n")
    assert text.endswith("\n</tool_call>")
    inner = json.loads(text.removeprefix("<tool_call>\n").removesuffix("\n</tool_call>"))
    assert inner == {"name": "get_weather", "arguments": {"city": "Paris", "unit": "celsius"}}


def test_several_tool_calls_and_unparsable_arguments() -> None:
    text = render_tool_calls([ToolCall("a", "one", '{"x": 1}'), ToolCall("b", "two", '{"y": ')])
    blocks = text.split("\n</tool_call>\n")
    assert len(blocks) == 2
    assert json.loads(blocks[1].removeprefix("<tool_call>\n").removesuffix("\n</tool_call>")) == {
        "name": "two",
        "arguments": '{"y": ',
    }


def test_llama_server_timings_fill_usage_and_cache() -> None:
    reader, _ = _read_all(vllm_streams.llama_server_stream())
    assert reader.usage.prompt_tokens == 40
    assert reader.usage.cached_prompt_tokens == 32
    assert reader.usage.completion_tokens == 7


def test_reasoning_tokens_from_completion_details() -> None:
    reader, _ = _read_all(
        [vllm_streams.usage_chunk(10, 20, completion_tokens_details={"reasoning_tokens": 12})]
    )
    assert reader.usage.reasoning_tokens == 12


@pytest.mark.parametrize(
    "data",
    [
        '{"error": {"message": "CUDA out of memory", "code": 500}}',
        '{"object": "error", "message": "x"}',
    ],
)
def test_error_chunks_raise_stream_error(data: str) -> None:
    with pytest.raises(StreamError):
        ChunkReader().read(SSEvent("message", data))


@pytest.mark.parametrize(
    "data", ["{not json", "[1, 2]", '{"choices": 3}', '{"choices": [{"delta": 5}]}']
)
def test_malformed_chunks_raise(data: str) -> None:
    with pytest.raises(MalformedChunk):
        ChunkReader().read(SSEvent("message", data))


def test_server_message_reads_every_common_error_shape() -> None:
    assert server_message('{"error": {"message": "Invalid key", "type": "x"}}') == "Invalid key"
    assert server_message('{"object": "error", "message": "The model `x` does not exist."}') == (
        "The model `x` does not exist."
    )
    assert server_message('{"detail": [{"msg": "field required"}]}') == "field required"
    assert server_message("<html><body>502 Bad Gateway</body></html>") == ""
    assert server_message("plain words") == "plain words"


def _request(**kwargs: object) -> GenerationRequest:
    return GenerationRequest([{"role": "user", "content": "Hi"}], **kwargs)  # type: ignore[arg-type]


def test_payload_carries_sampling_thinking_switch_and_tools() -> None:
    tools = [{"type": "function", "function": {"name": "f", "parameters": {}}}]
    sampling = Sampling(
        temperature=0.6, top_p=0.95, top_k=20, min_p=0.0, repeat_penalty=1.1, seed=7
    )
    body = chat_payload(
        "m", _request(thinking=ThinkingMode.OFF, tools=tools, max_tokens=99), sampling
    )
    assert body["stream"] is True
    assert body["model"] == "m"
    assert body["max_tokens"] == 99
    assert (body["temperature"], body["top_p"], body["top_k"], body["min_p"]) == (
        0.6,
        0.95,
        20,
        0.0,
    )
    assert body["seed"] == 7
    assert body["repetition_penalty"] == body["repeat_penalty"] == 1.1
    assert body["chat_template_kwargs"] == {"enable_thinking": False}
    assert body["stream_options"] == {"include_usage": True}
    assert body["tools"] == tools
    on = chat_payload("m", _request(thinking=ThinkingMode.ON), Sampling())
    assert on["chat_template_kwargs"] == {"enable_thinking": True}
    auto = chat_payload("m", _request(), Sampling(seed=-1))
    assert "chat_template_kwargs" not in auto
    assert "seed" not in auto
    assert "repeat_penalty" not in auto  # 1.0 is off: not sent


def test_plain_payload_keeps_to_openais_fields() -> None:
    body = chat_payload(
        "m", _request(thinking=ThinkingMode.ON), Sampling(repeat_penalty=1.2), extras=False
    )
    assert not set(EXTRA_FIELDS) & set(body)
    assert body["temperature"] == 0.7


def test_messages_leave_out_thinking_and_carry_tool_calls_the_openai_way() -> None:
    call = '<tool_call>\n{"name": "get_weather", "arguments": {"city": "Paris"}}\n</tool_call>'
    messages = openai_messages(
        [
            {"role": "user", "content": "Weather?"},
            {"role": "assistant", "content": "Let me look.\n\n" + call},
            {"role": "tool", "content": '{"temp": 21}'},
            {"role": "assistant", "content": "21 degrees."},
        ]
    )
    assistant = messages[1]
    assert assistant["content"] == "Let me look."
    assert assistant["tool_calls"] == [
        {
            "id": "call_1",
            "type": "function",
            "function": {"name": "get_weather", "arguments": '{"city": "Paris"}'},
        }
    ]
    assert messages[2]["tool_call_id"] == "call_1"
    payload = chat_payload(
        "m",
        GenerationRequest(
            [
                {"role": "user", "content": "Q"},
                {"role": "assistant", "content": "<think>secret plan</think>\n\nA"},
                {"role": "user", "content": "Q2"},
            ]
        ),
        Sampling(),
    )
    assert payload["messages"][1]["content"] == "A"


def test_malformed_tool_call_text_is_left_as_it_is() -> None:
    content = "<tool_call>{not json}</tool_call>"
    assert openai_messages([{"role": "assistant", "content": content}]) == [
        {"role": "assistant", "content": content}
    ]


@pytest.mark.parametrize(
    ("model_id", "expected"),
    [
        ("Qwen/Qwen3-32B", ThinkingCapability.HYBRID),
        ("qwen3:8b", ThinkingCapability.HYBRID),
        ("Qwen/Qwen3-30B-A3B-FP8", ThinkingCapability.HYBRID),
        ("Qwen/Qwen3-235B-A22B-Thinking-2507", ThinkingCapability.ALWAYS),
        ("Qwen/QwQ-32B", ThinkingCapability.ALWAYS),
        ("Qwen/Qwen3-30B-A3B-Instruct-2507", ThinkingCapability.NEVER),
        ("Qwen/Qwen3-Coder-30B-A3B-Instruct", ThinkingCapability.NEVER),
        ("Qwen/Qwen2.5-7B-Instruct", ThinkingCapability.NEVER),
        ("smollm2-135m", ThinkingCapability.NEVER),
    ],
)
def test_capability_from_model_id(model_id: str, expected: ThinkingCapability) -> None:
    assert guess_capability(model_id) is expected


def test_token_estimate_grows_with_the_conversation() -> None:
    short = estimate_tokens(_request())
    long = estimate_tokens(GenerationRequest([{"role": "user", "content": "word " * 400}]))
    assert 4 <= short <= 12
    assert 450 <= long <= 560  # 2000 characters: about 500 tokens
