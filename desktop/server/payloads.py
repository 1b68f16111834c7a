"""The JSON the server answers with, shaped as OpenAI's (and vLLM's / SGLang's for thinking):
completions, stream chunks with ``reasoning_content`` deltas, usage with reasoning tokens,
the model list."""

from __future__ import annotations

import secrets
import time
from typing import Any

from desktop.engines.base import GenerationStats, ModelInfo, StopReason
from desktop.server.backend import model_id

OWNER = "qwen-desk"


def completion_id() -> str:
    return f"chatcmpl-{secrets.token_hex(12)}"


def finish_reason(stats: GenerationStats, stopped_by_word: bool, called: bool = False) -> str:
    """OpenAI's finish_reason: "tool_calls" when the answer called tools, "length" when
    max_tokens ended it, otherwise "stop" (the end of the answer, a stop string, or a
    thinking budget followed by the answer)."""
    if called and not stopped_by_word:
        return "tool_calls"
    if stats.stop_reason is StopReason.LENGTH and not stopped_by_word:
        return "length"
    return "stop"


def usage(stats: GenerationStats) -> dict[str, Any]:
    return {
        "prompt_tokens": stats.prompt_tokens,
        "completion_tokens": stats.generated_tokens,
        "total_tokens": stats.prompt_tokens + stats.generated_tokens,
        "prompt_tokens_details": {"cached_tokens": stats.cached_prompt_tokens},
        "completion_tokens_details": {"reasoning_tokens": stats.thinking_tokens},
    }


def completion(
    ident: str,
    model: str,
    created: int,
    content: str,
    reasoning: str,
    finish: str,
    stats: GenerationStats,
    tool_calls: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    calls = [{k: v for k, v in call.items() if k != "index"} for call in tool_calls or []]
    message: dict[str, Any] = {
        "role": "assistant",
        "content": content if content or not calls else None,
        "reasoning_content": reasoning or None,
        "tool_calls": calls,
    }
    return {
        "id": ident,
        "object": "chat.completion",
        "created": created,
        "model": model,
        "system_fingerprint": OWNER,
        "choices": [{"index": 0, "message": message, "logprobs": None, "finish_reason": finish}],
        "usage": usage(stats),
    }


def chunk(
    ident: str,
    model: str,
    created: int,
    delta: dict[str, Any],
    finish: str | None = None,
) -> dict[str, Any]:
    return {
        "id": ident,
        "object": "chat.completion.chunk",
        "created": created,
        "model": model,
        "system_fingerprint": OWNER,
        "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}],
    }


def usage_chunk(ident: str, model: str, created: int, stats: GenerationStats) -> dict[str, Any]:
    """The last chunk when the client asked ``stream_options: {"include_usage": true}``."""
    return {
        "id": ident,
        "object": "chat.completion.chunk",
        "created": created,
        "model": model,
        "system_fingerprint": OWNER,
        "choices": [],
        "usage": usage(stats),
    }


def model_entry(info: ModelInfo, created: int | None = None) -> dict[str, Any]:
    return {
        "id": model_id(info),
        "object": "model",
        "created": created if created is not None else int(time.time()),
        "owned_by": OWNER,
        "max_model_len": info.n_ctx,
    }


def model_list(info: ModelInfo | None) -> dict[str, Any]:
    """GET /v1/models: the one loaded model (none while none is)."""
    return {"object": "list", "data": [model_entry(info)] if info is not None else []}
