"""The server over real llama.cpp inference, through the real openai client: the tiny
random-weight Qwen3 GGUFs (the thinking switch reaches the chat template; thinking comes
back as reasoning_content) and the genuine SmolLM2 (real text, seeded and repeatable)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openai.types.chat import ChatCompletionMessageParam

from desktop.engines.base import StopReason, ThinkingMode
from tests.server_support import serving

pytestmark = pytest.mark.slow

HELLO: list[ChatCompletionMessageParam] = [{"role": "user", "content": "Say hello."}]
OFF = {"chat_template_kwargs": {"enable_thinking": False}}
COMMON_WORDS = {"the", "a", "is", "of", "and", "to", "in", "sea", "it", "with", "its", "are"}


def test_enable_thinking_reaches_the_qwen3_template(tiny_models: dict[str, Path]):
    with serving(model=tiny_models["qwen3"]) as served:
        client = served.client()
        on = client.chat.completions.create(
            model="qwen3-hybrid", messages=HELLO, max_tokens=4, seed=1
        )
        off = client.chat.completions.create(
            model="qwen3-hybrid", messages=HELLO, max_tokens=4, seed=1, extra_body=OFF
        )
        listed = [m.id for m in client.models.list().data]
    assert listed == ["qwen3-hybrid"]
    assert on.usage is not None
    assert off.usage is not None
    # With thinking off the template adds an empty <think></think> block to the prompt.
    assert off.usage.prompt_tokens > on.usage.prompt_tokens
    assert on.usage.completion_tokens == off.usage.completion_tokens == 4
    assert on.choices[0].finish_reason == "length"


def test_qwen3_thinking_comes_back_as_reasoning_content(tiny_models: dict[str, Path]):
    """The always-thinking template opens <think>; a thinking budget closes it, so the reply
    has both parts, split the way vLLM and SGLang split them."""
    with serving(model=tiny_models["qwen3_always"]) as served:
        client = served.client()
        body = {"thinking_budget": 12}
        reply = client.chat.completions.create(
            model="qwen3-always", messages=HELLO, max_tokens=30, seed=3, extra_body=body
        )
        stream = client.chat.completions.create(
            model="qwen3-always",
            messages=HELLO,
            max_tokens=30,
            seed=3,
            stream=True,
            stream_options={"include_usage": True},
            extra_body=body,
        )
        chunks = list(stream)
    message = reply.choices[0].message
    assert message.reasoning_content  # type: ignore[attr-defined]
    assert message.content
    assert "<think>" not in message.content
    assert "</think>" not in message.content
    assert reply.usage is not None
    assert reply.usage.completion_tokens_details is not None
    assert reply.usage.completion_tokens_details.reasoning_tokens == 12
    deltas = [c.choices[0].delta for c in chunks if c.choices]
    reasoning = "".join(getattr(d, "reasoning_content", None) or "" for d in deltas)
    content = "".join(d.content or "" for d in deltas)
    assert (reasoning, content) == (message.reasoning_content, message.content)  # type: ignore[attr-defined]
    usage = chunks[-1].usage
    assert usage is not None
    assert usage.completion_tokens_details is not None
    assert usage.completion_tokens_details.reasoning_tokens == 12


def test_smollm_real_text_streamed_and_not(smollm_path: Path):
    """Greedy decoding with a seed: the same words whether streamed or not, and again."""
    question: list[ChatCompletionMessageParam] = [
        {"role": "system", "content": "You are a helpful assistant."},
        {"role": "user", "content": "Write two sentences about the sea."},
    ]
    with serving(model=smollm_path) as served:
        client = served.client()
        kwargs = {"messages": question, "max_tokens": 24, "temperature": 0, "seed": 7}
        whole = client.chat.completions.create(model="SmolLM2-135M-Instruct.Q4_1", **kwargs)  # type: ignore[call-overload]
        stream = client.chat.completions.create(
            model="SmolLM2-135M-Instruct.Q4_1", stream=True, **kwargs
        )  # type: ignore[call-overload]
        streamed = "".join(c.choices[0].delta.content or "" for c in stream if c.choices)
        [(_, first), (_, _second)] = served.outcomes.wait(2)
    text = whole.choices[0].message.content or ""
    words = set(text.lower().replace(".", " ").replace(",", " ").split())
    assert len(words & COMMON_WORDS) >= 2, text
    assert streamed == text
    assert first.stats.stop_reason in (StopReason.EOS, StopReason.LENGTH)
    assert getattr(whole.choices[0].message, "reasoning_content", "") is None


def test_thinking_mode_from_the_request_goes_to_the_engine(tiny_models: dict[str, Path]):
    with serving(model=tiny_models["qwen3"]) as served:
        served.client().chat.completions.create(
            model="qwen3-hybrid", messages=HELLO, max_tokens=2, extra_body=OFF
        )
        [(job, outcome)] = served.outcomes.wait(1)
    assert outcome.stats.thinking_tokens == 0
    assert job.source == "api"
    assert ThinkingMode("off") is ThinkingMode.OFF
