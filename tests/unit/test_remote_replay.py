"""The remote engine against recorded vLLM, SGLang and llama-server streams, replayed by a
loopback HTTP server: thinking fields, <think> tags split across chunks, tool calls, usage,
the request it sends, the retries, and server-side token counts."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest

from desktop.core.thinking import ThinkingCapability
from desktop.engines import pick_engine
from desktop.engines.base import (
    Event,
    Finished,
    GenerationRequest,
    GenerationStats,
    LoadOptions,
    RemoteModel,
    Sampling,
    StopReason,
    TextDelta,
    ThinkingDelta,
    ThinkingMode,
)
from desktop.engines.remote import RemoteEngine
from tests import vllm_streams as vs
from tests.replay_server import ReplayServer, Reply, models_reply

CHAT = ("POST", "/v1/chat/completions")
QUESTION = [{"role": "user", "content": "What is 2+2?"}]


@pytest.fixture
def server() -> Iterator[ReplayServer]:
    with ReplayServer() as replay:
        yield replay


@pytest.fixture
def engines() -> Iterator[list[RemoteEngine]]:
    made: list[RemoteEngine] = []
    yield made
    for engine in made:
        engine.unload()


def load(
    server: ReplayServer,
    engines: list[RemoteEngine],
    model: str = vs.MODEL,
    **card: Any,
) -> RemoteEngine:
    server.routes.setdefault(("GET", "/v1/models"), models_reply(model, **card))
    engine = RemoteEngine()
    engines.append(engine)
    engine.load(RemoteModel(server.base_url, model), LoadOptions(n_ctx=4096))
    return engine


def run(engine: RemoteEngine, request: GenerationRequest) -> tuple[str, str, GenerationStats]:
    thinking, answer = [], []
    stats = None
    for event in engine.generate(request, threading.Event()):
        if isinstance(event, ThinkingDelta):
            thinking.append(event.text)
        elif isinstance(event, TextDelta):
            answer.append(event.text)
        else:
            stats = event.stats
    assert stats is not None
    return "".join(thinking), "".join(answer), stats


@pytest.mark.parametrize("field", ["reasoning_content", "reasoning"])
def test_vllm_reasoning_parser_stream(
    server: ReplayServer, engines: list[RemoteEngine], field: str
) -> None:
    server.routes[CHAT] = Reply(events=vs.reasoning_stream(field))
    engine = load(server, engines, max_model_len=32768, owned_by="vllm")
    info = engine.info()
    assert info is not None
    assert (info.name, info.engine, info.n_ctx) == (vs.MODEL, "remote", 32768)
    assert info.thinking is ThinkingCapability.HYBRID
    assert info.remote == RemoteModel(server.base_url, vs.MODEL)
    assert "not enforced" in info.details["thinking budget"]
    thinking, answer, stats = run(
        engine, GenerationRequest(QUESTION, thinking=ThinkingMode.ON, thinking_budget=64)
    )
    assert thinking == "".join(vs.THINKING).strip("\n")  # shown without edge newlines
    assert answer == "".join(vs.ANSWER)
    assert stats.stop_reason is StopReason.EOS
    assert not stats.budget_hit
    # Usage from the server's final chunk; thinking counted chunk by chunk like local tokens.
    assert stats.prompt_tokens == 31
    assert stats.generated_tokens == len(vs.THINKING) + len(vs.ANSWER) + 3
    assert stats.thinking_tokens == len(vs.THINKING)
    assert stats.ttft_s > 0
    assert 0 < stats.thinking_s <= stats.total_s
    body = server.chats()[0]
    assert body["chat_template_kwargs"] == {"enable_thinking": True}
    assert body["stream"] is True
    assert body["stream_options"] == {"include_usage": True}
    assert (body["top_k"], body["top_p"], body["temperature"]) == (20, 0.95, 0.6)


def test_vllm_tool_call_stream_becomes_qwen_tool_call_text(
    server: ReplayServer, engines: list[RemoteEngine]
) -> None:
    server.routes[CHAT] = Reply(events=vs.tool_call_stream())
    engine = load(server, engines)
    tools = [{"type": "function", "function": {"name": "get_weather", "parameters": {}}}]
    thinking, answer, stats = run(engine, GenerationRequest(QUESTION, tools=tools))
    assert thinking == "I need the weather."
    assert answer == (
        "<tool_call>\n"
        '{"name": "get_weather", "arguments": {"city": "Paris", "unit": "celsius"}}\n'
        "</tool_call>"
    )
    assert stats.stop_reason is StopReason.EOS
    assert (stats.prompt_tokens, stats.generated_tokens) == (120, 24)
    assert server.chats()[0]["tools"] == tools


def test_think_tags_in_content_split_across_chunks(
    server: ReplayServer, engines: list[RemoteEngine]
) -> None:
    server.routes[CHAT] = Reply(events=vs.think_tags_stream(vs.THINK_TAG_PIECES))
    engine = load(server, engines)
    thinking, answer, stats = run(engine, GenerationRequest(QUESTION))
    assert thinking == "Hmm, easy."
    assert answer == "Four."
    # No usage chunk: the chunks are the tokens, and the prompt is estimated.
    assert stats.generated_tokens == len(vs.THINK_TAG_PIECES)
    assert 3 <= stats.thinking_tokens <= 6
    assert stats.prompt_tokens > 0
    assert "chat_template_kwargs" not in server.chats()[0]  # AUTO: the model's own default


def test_always_thinking_model_without_parser_starts_inside_thinking(
    server: ReplayServer, engines: list[RemoteEngine]
) -> None:
    pieces = ["Let", " me", " think", ".", "</think>", "\n\n", "Answer", "."]
    server.routes[CHAT] = Reply(events=vs.think_tags_stream(pieces))
    engine = load(server, engines, model="Qwen/QwQ-32B")
    thinking, answer, _ = run(engine, GenerationRequest(QUESTION))
    assert (thinking, answer) == ("Let me think.", "Answer.")


def test_thinking_off_yet_text_in_the_reasoning_field_is_the_answer(
    server: ReplayServer, engines: list[RemoteEngine]
) -> None:
    """vLLM's deepseek_r1 parser used for Qwen3 files a reply without </think> as reasoning."""
    events = [vs.chunk({"role": "assistant", "content": ""})]
    events += [vs.chunk({"reasoning_content": p}) for p in vs.ANSWER]
    events += [vs.chunk({"content": ""}, finish="stop"), "[DONE]"]
    server.routes[CHAT] = Reply(events=events)
    engine = load(server, engines)
    thinking, answer, stats = run(engine, GenerationRequest(QUESTION, thinking=ThinkingMode.OFF))
    assert (thinking, answer) == ("", "".join(vs.ANSWER))
    assert stats.thinking_tokens == 0
    assert server.chats()[0]["chat_template_kwargs"] == {"enable_thinking": False}


def test_reasoning_tokens_from_usage_details(
    server: ReplayServer, engines: list[RemoteEngine]
) -> None:
    events = vs.reasoning_stream(usage=False)
    events.insert(-1, vs.usage_chunk(50, 30, completion_tokens_details={"reasoning_tokens": 17}))
    server.routes[CHAT] = Reply(events=events)
    _, _, stats = run(load(server, engines), GenerationRequest(QUESTION))
    assert (stats.generated_tokens, stats.thinking_tokens) == (30, 17)


def test_llama_server_props_timings_and_token_count(
    server: ReplayServer, engines: list[RemoteEngine]
) -> None:
    hybrid = (
        "{% for m in messages %}{{ m['content'] }}{% endfor %}"
        "{% if enable_thinking is defined and enable_thinking is false %}<think></think>{% endif %}"
    )
    server.routes[("GET", "/props")] = Reply(
        body={"default_generation_settings": {"n_ctx": 16384}, "chat_template": hybrid}
    )
    server.routes[CHAT] = Reply(events=vs.llama_server_stream())
    # llama-server's /tokenize answers the vLLM form (messages) with no tokens.
    server.routes[("POST", "/tokenize")] = lambda body: Reply(
        body={"tokens": list(range(57)) if "content" in body else []}
    )
    server.routes[("POST", "/apply-template")] = Reply(body={"prompt": "<|im_start|>user\n..."})
    engine = load(server, engines, model="qwen3-8b-q4_k_m.gguf", owned_by="llamacpp")
    info = engine.info()
    assert info is not None
    assert info.n_ctx == 16384
    assert info.thinking is ThinkingCapability.HYBRID  # from the template, not the name
    thinking, answer, stats = run(engine, GenerationRequest(QUESTION))
    assert (thinking, answer) == ("Simple.", "Four.")
    assert (stats.prompt_tokens, stats.cached_prompt_tokens) == (40, 32)
    assert engine.count_prompt_tokens(GenerationRequest(QUESTION)) == 57


def test_vllm_tokenize_count_is_used_and_remembered(
    server: ReplayServer, engines: list[RemoteEngine]
) -> None:
    server.routes[("POST", "/tokenize")] = Reply(
        body={"count": 123, "max_model_len": 32768, "tokens": list(range(123))}
    )
    engine = load(server, engines)
    request = GenerationRequest(QUESTION, thinking=ThinkingMode.OFF)
    assert engine.count_prompt_tokens(request) == 123
    assert engine.count_prompt_tokens(request) == 123
    tokenize = [s for s in server.seen if s.path == "/tokenize"]
    assert len(tokenize) == 2
    assert tokenize[0].body["messages"] == QUESTION
    assert tokenize[0].body["add_generation_prompt"] is True
    assert tokenize[0].body["chat_template_kwargs"] == {"enable_thinking": False}


def test_without_tokenize_endpoints_the_count_is_estimated_once_asked(
    server: ReplayServer, engines: list[RemoteEngine]
) -> None:
    engine = load(server, engines)
    first = engine.count_prompt_tokens(GenerationRequest(QUESTION))
    asked = len(server.seen)
    assert 4 <= first <= 20
    long = GenerationRequest([{"role": "user", "content": "x" * 4000}])
    assert 990 <= engine.count_prompt_tokens(long) <= 1020
    assert len(server.seen) == asked  # it does not ask again


def test_strict_server_gets_the_request_again_without_extra_fields(
    server: ReplayServer, engines: list[RemoteEngine]
) -> None:
    def strict(body: dict[str, Any]) -> Reply:
        extras = {"top_k", "min_p", "chat_template_kwargs", "stream_options"} & set(body)
        if extras:
            message = f"Unrecognized request argument supplied: {sorted(extras)[0]}"
            return Reply(400, {"error": {"message": message, "type": "invalid_request_error"}})
        return Reply(events=vs.think_tags_stream(["Fine", "."]))

    server.routes[CHAT] = strict
    engine = load(server, engines)
    request = GenerationRequest(QUESTION, thinking=ThinkingMode.OFF)
    assert run(engine, request)[1] == "Fine."
    assert run(engine, request)[1] == "Fine."
    chats = server.chats()
    assert len(chats) == 3  # refused once, then plain requests only
    assert "top_k" in chats[0]
    assert "top_k" not in chats[1]
    assert "top_k" not in chats[2]


def test_too_long_a_reply_for_the_context_is_shortened(
    server: ReplayServer, engines: list[RemoteEngine]
) -> None:
    def vllm(body: dict[str, Any]) -> Reply:
        if body["max_tokens"] > 1096:
            message = (
                "'max_tokens' or 'max_completion_tokens' is too large: 2048. This model's "
                "maximum context length is 4096 tokens and your request has 3000 input tokens "
                "(2048 > 4096 - 3000)."
            )
            return Reply(400, {"error": {"message": message, "type": "BadRequestError"}})
        return Reply(events=vs.think_tags_stream(["Ok"]))

    server.routes[CHAT] = vllm
    engine = load(server, engines)
    assert run(engine, GenerationRequest(QUESTION, max_tokens=2048))[1] == "Ok"
    assert [c["max_tokens"] for c in server.chats()] == [2048, 1096]


def test_finish_reason_length(server: ReplayServer, engines: list[RemoteEngine]) -> None:
    events = [vs.chunk({"content": "Once"}), vs.chunk({"content": ""}, finish="length"), "[DONE]"]
    server.routes[CHAT] = Reply(events=events)
    _, answer, stats = run(load(server, engines), GenerationRequest(QUESTION, max_tokens=1))
    assert answer == "Once"
    assert stats.stop_reason is StopReason.LENGTH
    assert server.chats()[0]["max_tokens"] == 1


def test_cancel_stops_within_one_chunk_and_drops_the_connection(
    server: ReplayServer, engines: list[RemoteEngine]
) -> None:
    pieces = [vs.chunk({"content": f" w{i}"}) for i in range(200)]
    server.routes[CHAT] = Reply(events=[*pieces, "[DONE]"])
    engine = load(server, engines)
    cancel = threading.Event()
    after: list[Event] = []
    for event in engine.generate(GenerationRequest(QUESTION), cancel):
        if cancel.is_set():
            after.append(event)
        elif isinstance(event, TextDelta):
            cancel.set()
    assert len(after) == 1
    assert isinstance(after[0], Finished)
    assert after[0].stats.stop_reason is StopReason.CANCELLED
    assert after[0].stats.generated_tokens == 1


def test_pick_engine_gives_a_remote_model_the_remote_engine() -> None:
    engine = pick_engine(RemoteModel("http://127.0.0.1:9/v1", "m"), offline=lambda: True)
    assert isinstance(engine, RemoteEngine)
    assert engine.name == "remote"


def test_sampling_and_seed_reach_the_server(
    server: ReplayServer, engines: list[RemoteEngine]
) -> None:
    server.routes[CHAT] = Reply(events=vs.think_tags_stream(["x"]))
    engine = load(server, engines)
    sampling = Sampling(
        temperature=0.0, top_p=0.5, top_k=5, min_p=0.1, presence_penalty=1.5, seed=3
    )
    run(engine, GenerationRequest(QUESTION, sampling=sampling, max_tokens=10))
    body = server.chats()[0]
    sent = {
        k: body[k] for k in ("temperature", "top_p", "top_k", "min_p", "presence_penalty", "seed")
    }
    assert sent == {
        "temperature": 0.0,
        "top_p": 0.5,
        "top_k": 5,
        "min_p": 0.1,
        "presence_penalty": 1.5,
        "seed": 3,
    }
