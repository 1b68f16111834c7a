"""The local API server against the real openai client: answers, streams, thinking apart as
reasoning_content, usage, stop strings, concurrent clients, and disconnects that cancel."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import openai
import pytest
from openai.types.chat import ChatCompletionMessageParam

from desktop.engines.base import StopReason, ThinkingMode
from desktop.engines.fake import FakeEngine
from tests.server_support import EchoEngine, logged, raw, serving

HELLO: list[ChatCompletionMessageParam] = [{"role": "user", "content": "Hello"}]
LONG = " ".join(f"word{i}" for i in range(400))


def test_models_and_health_name_the_loaded_model():
    with serving(FakeEngine()) as served:
        client = served.client()
        models = client.models.list()
        assert [m.id for m in models.data] == ["fake-model"]
        assert client.models.retrieve("fake-model").id == "fake-model"
        health = raw(served.url, "GET", "/health").json()
        assert health == {"status": "ok", "model_loaded": True}


def test_answer_with_thinking_apart_and_usage():
    engine = FakeEngine("The answer is 42.", "Six times seven.", tokens_per_s=0)
    with serving(engine) as served:
        reply = served.client().chat.completions.create(model="fake-model", messages=HELLO)
        [(_, outcome)] = served.outcomes.wait(1)
    stats = outcome.stats
    message = reply.choices[0].message
    assert message.content == "The answer is 42."
    assert message.reasoning_content == "Six times seven."  # type: ignore[attr-defined]
    assert reply.choices[0].finish_reason == "stop"
    usage = reply.usage
    assert usage is not None
    assert usage.completion_tokens_details is not None
    assert usage.completion_tokens_details.reasoning_tokens == stats.thinking_tokens > 0
    assert usage.completion_tokens == stats.generated_tokens > stats.thinking_tokens
    assert usage.prompt_tokens == stats.prompt_tokens > 0
    assert usage.total_tokens == usage.prompt_tokens + usage.completion_tokens
    assert reply.model == "fake-model"


def test_enable_thinking_false_switches_thinking_off():
    engine = FakeEngine("Plain answer.", "Hidden thoughts.", tokens_per_s=0)
    with serving(engine) as served:
        reply = served.client().chat.completions.create(
            model="fake-model",
            messages=HELLO,
            extra_body={"chat_template_kwargs": {"enable_thinking": False}},
        )
    assert reply.choices[0].message.content == "Plain answer."
    assert reply.choices[0].message.reasoning_content is None  # type: ignore[attr-defined]
    assert engine.requests[-1].thinking is ThinkingMode.OFF
    assert reply.usage is not None
    assert reply.usage.completion_tokens_details is not None
    assert reply.usage.completion_tokens_details.reasoning_tokens == 0


def test_streaming_sends_reasoning_then_content_and_usage():
    engine = FakeEngine("Streamed answer here.", "First I think.", tokens_per_s=300)
    with serving(engine) as served:
        stream = served.client().chat.completions.create(
            model="fake-model",
            messages=[{"role": "system", "content": "Be brief."}, *HELLO],
            stream=True,
            stream_options={"include_usage": True},
        )
        chunks = list(stream)
    deltas = [c.choices[0].delta for c in chunks if c.choices]
    assert deltas[0].role == "assistant"
    reasoning = "".join(getattr(d, "reasoning_content", None) or "" for d in deltas)
    content = "".join(d.content or "" for d in deltas)
    assert reasoning == "First I think."
    assert content == "Streamed answer here."
    first_content = next(i for i, d in enumerate(deltas) if d.content)
    last_reasoning = max(i for i, d in enumerate(deltas) if getattr(d, "reasoning_content", None))
    assert last_reasoning < first_content, "thinking comes before the answer"
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "stop"
    assert chunks[-1].choices == []
    assert chunks[-1].usage is not None
    assert chunks[-1].usage.completion_tokens_details is not None
    assert (chunks[-1].usage.completion_tokens_details.reasoning_tokens or 0) > 0
    assert engine.requests[-1].messages[0] == {"role": "system", "content": "Be brief."}


def test_sampling_and_max_tokens_reach_the_engine():
    engine = FakeEngine(LONG, tokens_per_s=0)
    with serving(engine) as served:
        reply = served.client().chat.completions.create(
            model="fake-model",
            messages=HELLO,
            temperature=0.2,
            top_p=0.5,
            presence_penalty=1.5,
            seed=1234,
            max_completion_tokens=7,
            extra_body={
                "top_k": 5,
                "min_p": 0.1,
                "repeat_penalty": 1.1,
                "chat_template_kwargs": {"enable_thinking": False},
            },
        )
    sampling = engine.requests[-1].sampling
    assert sampling is not None
    assert (sampling.temperature, sampling.top_p, sampling.top_k) == (0.2, 0.5, 5)
    assert (sampling.min_p, sampling.presence_penalty, sampling.repeat_penalty) == (0.1, 1.5, 1.1)
    assert sampling.seed == 1234
    assert engine.requests[-1].max_tokens == 7
    assert reply.choices[0].finish_reason == "length"
    assert reply.usage is not None
    assert reply.usage.completion_tokens == 7


def test_without_sampling_the_apps_preset_for_the_mode_is_used():
    engine = FakeEngine(tokens_per_s=0)
    with serving(engine) as served:
        served.client().chat.completions.create(model="fake-model", messages=HELLO)
        assert engine.requests[-1].sampling == served.generation.thinking


@pytest.mark.parametrize("stream", [False, True])
def test_stop_strings_end_the_answer_and_the_generation(stream: bool):
    engine = FakeEngine("one two three STOP four five six seven", tokens_per_s=0)
    with serving(engine) as served:
        kwargs = {
            "model": "fake-model",
            "messages": HELLO,
            "stop": ["STOP", "never"],
            "extra_body": {"chat_template_kwargs": {"enable_thinking": False}},
        }
        if stream:
            chunks = list(served.client().chat.completions.create(stream=True, **kwargs))  # type: ignore[call-overload]
            text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
            finish = [c.choices[0].finish_reason for c in chunks if c.choices][-1]
        else:
            reply = served.client().chat.completions.create(**kwargs)  # type: ignore[call-overload]
            text, finish = reply.choices[0].message.content, reply.choices[0].finish_reason
    assert text == "one two three "
    assert finish == "stop"


def test_eight_concurrent_streaming_clients_each_get_their_own_answer():
    engine = EchoEngine(tokens_per_s=400)
    with serving(engine) as served:
        client = served.client()

        def ask(i: int) -> str:
            stream = client.chat.completions.create(
                model="fake-model",
                messages=[{"role": "user", "content": f"question number {i}"}],
                stream=True,
                extra_body={"chat_template_kwargs": {"enable_thinking": False}},
            )
            return "".join(c.choices[0].delta.content or "" for c in stream if c.choices)

        with ThreadPoolExecutor(8) as pool:
            answers = list(pool.map(ask, range(8)))
        finished = served.outcomes.wait(8)
    assert answers == [f"You said: question number {i}" for i in range(8)]
    assert all(o.stats.stop_reason is StopReason.EOS for _, o in finished)
    assert {job.source for job, _ in finished} == {"api"}


def test_a_client_that_disconnects_mid_stream_stops_its_generation():
    engine = FakeEngine(LONG, tokens_per_s=50)
    with serving(engine) as served:
        stream = served.client().chat.completions.create(
            model="fake-model",
            messages=HELLO,
            stream=True,
            extra_body={"chat_template_kwargs": {"enable_thinking": False}},
        )
        received = 0
        for chunk in stream:
            received += len(chunk.choices[0].delta.content or "") if chunk.choices else 0
            if received > 20:
                break
        closed = time.monotonic()
        stream.close()
        [(job, outcome)] = served.outcomes.wait(1)
        ended = time.monotonic()
    assert outcome.stats.stop_reason is StopReason.CANCELLED
    assert job.cancelled
    # 50 tokens/s: stopping within a few tokens of the disconnect, far from the 400 words.
    assert outcome.stats.generated_tokens < 40
    assert ended - closed < 1.0


def test_a_client_that_gives_up_without_streaming_stops_its_generation():
    engine = FakeEngine(LONG, tokens_per_s=50)
    with serving(engine) as served:
        client = served.client(timeout=0.5)
        with pytest.raises(openai.APITimeoutError):
            client.chat.completions.create(model="fake-model", messages=HELLO)
        [(_, outcome)] = served.outcomes.wait(1)
    assert outcome.stats.stop_reason is StopReason.CANCELLED
    assert outcome.stats.generated_tokens < 60


def test_a_client_that_leaves_while_queued_is_dropped_at_once():
    engine = FakeEngine(LONG, tokens_per_s=100)
    with serving(engine) as served:
        first = served.client().chat.completions.create(
            model="fake-model", messages=HELLO, stream=True
        )
        next(iter(first))  # the first request is generating
        with pytest.raises(openai.APITimeoutError):
            served.client(timeout=0.3).chat.completions.create(model="fake-model", messages=HELLO)
        [(_job, outcome)] = served.outcomes.wait(1)
        assert outcome.stats.stop_reason is StopReason.CANCELLED
        assert len(served.outcomes.started) == 1, "the waiting request never ran"
        first.close()
        served.outcomes.wait(2)


def test_the_request_log_records_tokens_and_speed():
    engine = FakeEngine("A short answer.", "Brief thought.", tokens_per_s=200)
    with serving(engine) as served:
        served.client().chat.completions.create(model="fake-model", messages=HELLO)
        served.client().models.list()
        records = logged(served, 2)
    chat = next(r for r in records if r.path == "/v1/chat/completions")
    assert chat.status == 200
    assert chat.completion_tokens > chat.reasoning_tokens > 0
    assert chat.tokens_per_s > 0
    assert chat.finish == "stop"
    assert "tok/s" in chat.line()
    assert "POST /v1/chat/completions" in chat.line()
    assert any(r.path == "/v1/models" and r.status == 200 for r in records)
