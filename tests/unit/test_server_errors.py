"""Every bad input gets an OpenAI-style error with the right status, and the server (and the
generation thread) keep working after it."""

from __future__ import annotations

from typing import Any

import openai
import pytest
from openai.types.chat import ChatCompletionMessageParam

from desktop.engines.fake import FakeEngine
from desktop.server.config import Limits, ServerConfig
from tests.server_support import raw, serving

CHAT = "/v1/chat/completions"
HELLO: list[ChatCompletionMessageParam] = [{"role": "user", "content": "Hello"}]


def chat(**fields: Any) -> dict[str, Any]:
    return {"model": "fake-model", "messages": HELLO, **fields}


@pytest.fixture(scope="module")
def served():
    engine = FakeEngine("Fine.", tokens_per_s=0, n_ctx=512)
    limits = Limits(max_body_bytes=64 * 1024, max_messages=10, max_tokens=1000)
    with serving(engine, config=ServerConfig(port=0, limits=limits), n_ctx=512) as served:
        yield served


def test_bad_json(served):
    for body in (b"{not json", b"", b"[1, 2]", b"\xff\xfe"):
        answer = raw(served.url, "POST", CHAT, body, {"Content-Type": "application/json"})
        assert answer.status == 400
        assert answer.error["code"] == "invalid_json"
        assert answer.error["type"] == "invalid_request_error"


def test_json_must_be_declared(served):
    answer = raw(served.url, "POST", CHAT, '{"messages": []}', {"Content-Type": "text/plain"})
    assert answer.status == 415
    assert "application/json" in answer.error["message"]


def test_unknown_model_is_404_naming_the_loaded_one(served):
    with pytest.raises(openai.NotFoundError) as caught:
        served.client().chat.completions.create(model="gpt-4o", messages=HELLO)
    assert caught.value.status_code == 404
    assert "fake-model" in caught.value.message
    assert caught.value.code == "model_not_found"
    assert raw(served.url, "GET", "/v1/models/gpt-4o").status == 404


@pytest.mark.parametrize(
    ("fields", "status", "param"),
    [
        ({"temperature": "hot"}, 422, "temperature"),
        ({"temperature": 3}, 400, "temperature"),
        ({"top_p": 0}, 400, "top_p"),
        ({"top_k": 2.5}, 422, "top_k"),
        ({"top_k": -5}, 400, "top_k"),
        ({"min_p": 1.5}, 400, "min_p"),
        ({"presence_penalty": -3}, 400, "presence_penalty"),
        ({"repeat_penalty": 0}, 400, "repeat_penalty"),
        ({"frequency_penalty": 0.5}, 400, "frequency_penalty"),
        ({"max_tokens": 0}, 400, "max_tokens"),
        ({"max_tokens": 5000}, 400, "max_tokens"),
        ({"max_completion_tokens": True}, 422, "max_completion_tokens"),
        ({"seed": "abc"}, 422, "seed"),
        ({"stop": 5}, 422, "stop"),
        ({"stop": ["a", "b", "c", "d", "e"]}, 400, "stop"),
        ({"stop": [""]}, 400, "stop"),
        ({"n": 2}, 400, "n"),
        ({"stream": "yes"}, 422, "stream"),
        ({"stream_options": []}, 422, "stream_options"),
        ({"chat_template_kwargs": {"enable_thinking": "no"}}, 422, None),
        ({"tools": [{"type": "function", "function": {}}]}, 422, "tools[0]"),
        (
            {"tools": [{"type": "function", "function": {"name": "f"}}], "tool_choice": "required"},
            400,
            "tool_choice",
        ),
        ({"response_format": {"type": "json_object"}}, 400, "response_format"),
        ({"model": 7}, 422, "model"),
        ({"messages": "hi"}, 422, "messages"),
        ({"messages": []}, 400, "messages"),
        ({"messages": [{"role": "wizard", "content": "x"}]}, 400, "messages[0].role"),
        ({"messages": [{"role": "user", "content": 5}]}, 422, "messages[0].content"),
        ({"messages": [{"role": "assistant", "content": "only me"}]}, 400, "messages"),
        (
            {"messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {}}]}]},
            400,
            "messages[0].content",
        ),
        (
            {"messages": [*HELLO, {"role": "system", "content": "late"}]},
            400,
            "messages[1].role",
        ),
        ({"messages": HELLO * 11}, 400, "messages"),
    ],
)
def test_bad_parameters(served, fields: dict[str, Any], status: int, param: str | None):
    answer = raw(served.url, "POST", CHAT, chat(**fields))
    assert answer.status == status, answer.body
    error = answer.error
    if param is not None:
        assert error["param"] == param
    assert error["message"].endswith((".", ")")), "a plain sentence"


def test_the_openai_client_sees_a_bad_parameter(served):
    with pytest.raises(openai.BadRequestError) as caught:
        served.client().chat.completions.create(model="fake-model", messages=HELLO, top_p=2)
    assert "'top_p' must be between 0 and 1" in caught.value.message


def test_text_parts_and_leading_system_messages_are_accepted(served):
    messages = [
        {"role": "system", "content": "One."},
        {"role": "developer", "content": "Two."},
        {
            "role": "user",
            "content": [{"type": "text", "text": "Hel"}, {"type": "text", "text": "lo"}],
        },
    ]
    answer = raw(served.url, "POST", CHAT, chat(messages=messages, user="me", metadata={}))
    assert answer.status == 200, answer.body
    engine = served.runner._engine
    assert engine.requests[-1].messages[0] == {"role": "system", "content": "One.\n\nTwo."}
    assert engine.requests[-1].messages[-1] == {"role": "user", "content": "Hello"}


def test_over_long_prompt_is_400_context_length_exceeded(served):
    long = " ".join(["word"] * 2000)
    for stream in (False, True):  # a stream gets the status too: it waits for the prompt
        with pytest.raises(openai.BadRequestError) as caught:
            served.client().chat.completions.create(
                model="fake-model", messages=[{"role": "user", "content": long}], stream=stream
            )
        assert caught.value.code == "context_length_exceeded"
        assert "512" in caught.value.message
    # the server and the generation thread still answer
    reply = served.client().chat.completions.create(model="fake-model", messages=HELLO)
    assert reply.choices[0].message.content == "Fine."


def test_too_large_a_body_is_413(served):
    big = chat(messages=[{"role": "user", "content": "x" * 70_000}])
    answer = raw(served.url, "POST", CHAT, big)
    assert answer.status == 413
    assert answer.error["code"] == "request_too_large"


def test_a_chunked_body_over_the_limit_is_413(served):
    import http.client
    from urllib.parse import urlsplit

    parts = urlsplit(served.url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:

        def pieces():
            yield b'{"messages": [{"role": "user", "content": "'
            for _ in range(80):
                yield b"x" * 1024
            yield b'"}]}'

        connection.request(
            "POST",
            CHAT,
            body=pieces(),
            headers={"Content-Type": "application/json"},
            encode_chunked=True,
        )
        response = connection.getresponse()
        assert response.status == 413
    finally:
        connection.close()


def test_unknown_path_and_method(served):
    assert raw(served.url, "GET", "/v2/things").error["type"] == "not_found_error"
    answer = raw(served.url, "GET", CHAT)
    assert answer.status == 405
    assert answer.error["message"]


def test_embeddings_without_an_embedding_model_say_how_to_choose_one(served):
    answer = raw(served.url, "POST", "/v1/embeddings", {"input": "x", "model": "fake-model"})
    assert answer.status == 404
    assert answer.error["code"] == "model_not_found"
    assert "Use for documents" in answer.error["message"]


def test_no_model_loaded_is_503():
    with serving(FakeEngine(), model=None) as served:
        with pytest.raises(openai.InternalServerError) as caught:
            served.client().chat.completions.create(model="anything", messages=HELLO)
        assert caught.value.status_code == 503
        assert "No model is loaded" in caught.value.message
        assert served.client().models.list().data == []
        assert raw(served.url, "GET", "/health").json()["model_loaded"] is False


def test_too_many_waiting_requests_is_429():
    engine = FakeEngine(" ".join(["word"] * 300), tokens_per_s=100)
    config = ServerConfig(port=0, limits=Limits(max_pending=1))
    with serving(engine, config=config) as served:
        stream = served.client().chat.completions.create(
            model="fake-model", messages=HELLO, stream=True
        )
        next(iter(stream))
        with pytest.raises(openai.RateLimitError) as caught:
            served.client().chat.completions.create(model="fake-model", messages=HELLO)
        assert caught.value.status_code == 429
        stream.close()


# -- keys, origins, hosts -------------------------------------------------------------------


def test_a_network_server_needs_a_key_and_checks_it():
    config = ServerConfig(host="0.0.0.0", port=0, api_key="secret-key")
    with serving(FakeEngine(tokens_per_s=0), config=config) as served:
        answer = raw(served.url, "GET", "/v1/models")
        assert answer.status == 401
        assert "needs an API key" in answer.error["message"]
        assert answer.headers["www-authenticate"] == "Bearer"
        with pytest.raises(openai.AuthenticationError) as wrong:
            served.client(api_key="wrong").models.list()
        assert "not right" in wrong.value.message
        reply = served.client(api_key="secret-key").chat.completions.create(
            model="fake-model", messages=HELLO
        )
        assert reply.choices[0].message.content
        assert raw(served.url, "GET", "/health").status == 200, "health needs no key"


def test_web_pages_are_refused_unless_their_origin_is_allowed():
    config = ServerConfig(port=0, cors_origins=("http://localhost:3000",))
    with serving(FakeEngine(tokens_per_s=0), config=config) as served:
        preflight = {
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        }
        bad = raw(served.url, "OPTIONS", CHAT, headers={"Origin": "http://evil.test", **preflight})
        assert bad.status == 403
        assert bad.error["code"] == "origin_not_allowed"
        assert "access-control-allow-origin" not in bad.headers
        good = raw(
            served.url, "OPTIONS", CHAT, headers={"Origin": "http://localhost:3000", **preflight}
        )
        assert good.status == 200
        assert good.headers["access-control-allow-origin"] == "http://localhost:3000"
        posted = raw(served.url, "POST", CHAT, chat(), {"Origin": "http://localhost:3000"})
        assert posted.status == 200
        assert posted.headers["access-control-allow-origin"] == "http://localhost:3000"
        assert raw(served.url, "POST", CHAT, chat(), {"Origin": "http://evil.test"}).status == 403


def test_without_allowed_origins_there_is_no_cors(served):
    preflight = {"Origin": "http://localhost:3000", "Access-Control-Request-Method": "POST"}
    answer = raw(served.url, "OPTIONS", CHAT, headers=preflight)
    assert answer.status == 403
    assert "access-control-allow-origin" not in answer.headers


def test_a_loopback_server_refuses_other_host_names(served):
    """A web page that rebinds its own name to 127.0.0.1 still sends its name as Host."""
    answer = raw(served.url, "GET", "/v1/models", headers={"Host": "attacker.test:8800"})
    assert answer.status == 403
    assert answer.error["code"] == "host_not_allowed"
    assert raw(served.url, "GET", "/v1/models", headers={"Host": "localhost:1"}).status == 200
