"""Tools through the API with the real openai client: the client's functions reach the chat
template, the model's <tool_call> blocks come back as tool_calls (streamed and not), and a
tool round trip (assistant tool_calls, tool results) reaches the model."""

from __future__ import annotations

import json

from openai.types.chat import ChatCompletionMessageParam, ChatCompletionToolParam

from desktop.engines.base import ThinkingMode
from desktop.engines.fake import FakeEngine
from tests.server_support import serving

WEATHER: ChatCompletionToolParam = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The weather in a city.",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
    },
}
ASK: list[ChatCompletionMessageParam] = [{"role": "user", "content": "Weather in Paris?"}]
CALLING = (
    'Let me check.\n<tool_call>\n{"name": "get_weather", "arguments": {"city": "Paris"}}\n'
    "</tool_call>"
)


def test_tool_calls_come_back_apart_from_the_answer():
    engine = FakeEngine(CALLING, "I should look it up.", tokens_per_s=0)
    with serving(engine) as served:
        reply = served.client().chat.completions.create(
            model="fake-model", messages=ASK, tools=[WEATHER]
        )
    choice = reply.choices[0]
    assert choice.finish_reason == "tool_calls"
    assert choice.message.content == "Let me check."
    assert choice.message.reasoning_content == "I should look it up."  # type: ignore[attr-defined]
    [call] = choice.message.tool_calls or []
    assert call.type == "function"
    assert call.function.name == "get_weather"
    assert json.loads(call.function.arguments) == {"city": "Paris"}
    assert call.id.startswith("call_")
    assert [dict(t) for t in engine.requests[-1].tools] == [WEATHER], "tools go to the template"


def test_streamed_tool_calls():
    engine = FakeEngine(CALLING, tokens_per_s=500)
    with serving(engine) as served:
        chunks = list(
            served.client().chat.completions.create(
                model="fake-model",
                messages=ASK,
                tools=[WEATHER],
                stream=True,
                extra_body={"chat_template_kwargs": {"enable_thinking": False}},
            )
        )
    deltas = [c.choices[0].delta for c in chunks if c.choices]
    content = "".join(d.content or "" for d in deltas)
    calls = [call for d in deltas for call in d.tool_calls or []]
    assert content == "Let me check."
    assert "<tool_call>" not in content
    [call] = calls
    assert call.index == 0
    assert call.function is not None
    assert call.function.name == "get_weather"
    assert json.loads(call.function.arguments or "") == {"city": "Paris"}
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "tool_calls"


def test_tool_choice_none_offers_no_tools_and_calls_stay_text():
    engine = FakeEngine(CALLING, tokens_per_s=0)
    with serving(engine) as served:
        reply = served.client().chat.completions.create(
            model="fake-model", messages=ASK, tools=[WEATHER], tool_choice="none"
        )
    assert engine.requests[-1].tools == ()
    assert "<tool_call>" in (reply.choices[0].message.content or "")
    assert reply.choices[0].finish_reason == "stop"


def test_a_tool_round_trip_reaches_the_model():
    engine = FakeEngine("It is sunny in Paris.", tokens_per_s=0)
    messages: list[ChatCompletionMessageParam] = [
        *ASK,
        {
            "role": "assistant",
            "content": "",
            "tool_calls": [
                {
                    "id": "call_1",
                    "type": "function",
                    "function": {"name": "get_weather", "arguments": '{"city": "Paris"}'},
                }
            ],
        },
        {"role": "tool", "tool_call_id": "call_1", "content": "Sunny, 24 °C"},
    ]
    with serving(engine) as served:
        reply = served.client().chat.completions.create(
            model="fake-model", messages=messages, tools=[WEATHER]
        )
    assert reply.choices[0].message.content == "It is sunny in Paris."
    assert reply.choices[0].finish_reason == "stop"
    sent = engine.requests[-1].messages
    assert sent[-2]["tool_calls"] == [
        {
            "type": "function",
            "id": "call_1",
            "function": {"name": "get_weather", "arguments": {"city": "Paris"}},
        }
    ]
    assert sent[-1] == {"role": "tool", "content": "Sunny, 24 °C", "tool_call_id": "call_1"}
    assert engine.requests[-1].thinking is ThinkingMode.AUTO
