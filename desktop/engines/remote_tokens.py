"""Counting a prompt's tokens on the server that will read it, when the server can.

Three tokenize endpoints exist in the wild: vLLM's ``POST /tokenize`` takes the messages
and applies the model's own chat template (exact); llama-server's ``/apply-template`` then
``/tokenize`` does the same in two steps (exact); llama-cpp-python's
``/extras/tokenize/count`` counts plain text, which we give in Qwen's ChatML form (close).
Elsewhere (SGLang, Ollama, LM Studio) the count is an estimate: four characters a token.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.engines.base import GenerationRequest
from desktop.engines.remote_client import ServerClient
from desktop.engines.remote_errors import RemoteError
from desktop.engines.remote_payload import chatml_text, openai_messages, thinking_kwargs
from desktop.engines.streaming import prepare_messages, template_extras

TOKENIZE_TIMEOUT_S = 5.0

Counter = Callable[[ServerClient, str, GenerationRequest], int | None]


def count_vllm(client: ServerClient, model: str, request: GenerationRequest) -> int | None:
    body: dict[str, object] = {
        "model": model,
        "messages": openai_messages(prepare_messages(request)),
        "add_generation_prompt": True,
        **thinking_kwargs(request),
        **template_extras(request),
    }
    data = client.post_json(f"{client.url.root}/tokenize", body, timeout=TOKENIZE_TIMEOUT_S)
    count = data.get("count") if isinstance(data, dict) else None
    return count if isinstance(count, int) and count > 0 else None


def count_llama_server(client: ServerClient, model: str, request: GenerationRequest) -> int | None:
    body: dict[str, object] = {
        "messages": openai_messages(prepare_messages(request)),
        **thinking_kwargs(request),
        **template_extras(request),
    }
    data = client.post_json(f"{client.url.root}/apply-template", body, timeout=TOKENIZE_TIMEOUT_S)
    prompt = data.get("prompt") if isinstance(data, dict) else None
    if not isinstance(prompt, str) or not prompt:
        return None
    data = client.post_json(
        f"{client.url.root}/tokenize",
        {"content": prompt, "add_special": True},
        timeout=TOKENIZE_TIMEOUT_S,
    )
    tokens = data.get("tokens") if isinstance(data, dict) else None
    return len(tokens) if isinstance(tokens, list) and tokens else None


def count_llama_cpp_python(
    client: ServerClient, model: str, request: GenerationRequest
) -> int | None:
    data = client.post_json(
        f"{client.url.root}/extras/tokenize/count",
        {"input": chatml_text(request), "model": model},
        timeout=TOKENIZE_TIMEOUT_S,
    )
    count = data.get("count") if isinstance(data, dict) else None
    return count if isinstance(count, int) and count > 0 else None


COUNTERS: dict[str, Counter] = {
    "vllm": count_vllm,
    "llama-server": count_llama_server,
    "llama-cpp-python": count_llama_cpp_python,
}


def count_on_server(
    client: ServerClient, model: str, request: GenerationRequest, known: str | None
) -> tuple[str | None, int | None]:
    """(the method that worked, the count); tries ``known`` only when one worked before,
    else each in turn. (None, None) when the server has no tokenize endpoint we know."""
    names = [known] if known in COUNTERS else list(COUNTERS)
    for name in names:
        assert name is not None
        try:
            count = COUNTERS[name](client, model, request)
        except RemoteError:
            count = None
        if count is not None:
            return name, count
    return None, None
