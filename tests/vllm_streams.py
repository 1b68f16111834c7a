"""Chat streams in the exact shapes real servers send, for replay in the remote engine's tests.

vLLM serialises each ``ChatCompletionStreamResponse`` with ``exclude_unset=True``: a delta
holds only the fields its parser set, every choice carries ``logprobs`` and
``finish_reason``, the last choice also ``stop_reason``, and with ``include_usage`` a final
chunk has ``"choices": []`` and the usage. Thinking is ``reasoning_content`` up to vLLM 0.10
(and in SGLang and llama-server), ``reasoning`` from vLLM 0.11. Written from vLLM's protocol
and its qwen3 reasoning / hermes tool parsers, not captured from a live GPU server.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

MODEL = "Qwen/Qwen3-8B"
CREATED = 1747000000

THINKING = ["\n", "The", " user", " asks", " for", " 2", "+", "2", ".", " That", " is", " 4", ".\n"]
ANSWER = ["2", " +", " 2", " =", " **", "4", "**", "."]


def chunk(delta: dict[str, Any], finish: str | None = None, model: str = MODEL) -> str:
    choice: dict[str, Any] = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}
    if finish is not None:
        choice["stop_reason"] = None
    return json.dumps(
        {
            "id": "chatcmpl-5f0c2b6c1a8e4a9b",
            "object": "chat.completion.chunk",
            "created": CREATED,
            "model": model,
            "choices": [choice],
        },
        separators=(",", ":"),
    )


def usage_chunk(prompt: int, completion: int, **extra: Any) -> str:
    usage = {"prompt_tokens": prompt, "total_tokens": prompt + completion}
    usage["completion_tokens"] = completion
    usage.update(extra)
    return json.dumps(
        {
            "id": "chatcmpl-5f0c2b6c1a8e4a9b",
            "object": "chat.completion.chunk",
            "created": CREATED,
            "model": MODEL,
            "choices": [],
            "usage": usage,
        },
        separators=(",", ":"),
    )


def reasoning_stream(field: str = "reasoning_content", *, usage: bool = True) -> list[str]:
    """Qwen3 with ``--reasoning-parser qwen3``: thinking in ``field``, then the answer."""
    events = [chunk({"role": "assistant", "content": ""})]
    events += [chunk({field: piece}) for piece in THINKING]
    events += [chunk({"content": "\n\n"})]  # what follows </think>
    events += [chunk({"content": piece}) for piece in ANSWER]
    events += [chunk({"content": ""}, finish="stop")]
    if usage:
        events.append(usage_chunk(31, len(THINKING) + len(ANSWER) + 3))
    return [*events, "[DONE]"]


def tool_call_stream() -> list[str]:
    """Qwen3 with ``--enable-auto-tool-choice --tool-call-parser hermes`` and reasoning:
    a short thinking, then one call whose arguments arrive in pieces."""
    events = [chunk({"role": "assistant", "content": ""})]
    events += [
        chunk({"reasoning_content": p}) for p in ["\n", "I", " need", " the", " weather", "."]
    ]
    events.append(chunk({"content": "\n\n"}))
    events.append(
        chunk(
            {
                "tool_calls": [
                    {
                        "id": "chatcmpl-tool-8c1d2e3f4a5b",
                        "type": "function",
                        "index": 0,
                        "function": {"name": "get_weather"},
                    }
                ]
            }
        )
    )
    for piece in ['{"city": "', "Par", "is", '", "unit": "', "celsius", '"}']:
        events.append(chunk({"tool_calls": [{"index": 0, "function": {"arguments": piece}}]}))
    events.append(chunk({"content": ""}, finish="tool_calls"))
    events.append(usage_chunk(120, 24))
    return [*events, "[DONE]"]


def think_tags_stream(pieces: Sequence[str]) -> list[str]:
    """A server without a reasoning parser: ``<think>`` stays in the content, here split
    across chunks the way a tokenizer may cut it."""
    events = [chunk({"role": "assistant", "content": ""})]
    events += [chunk({"content": p}) for p in pieces]
    events.append(chunk({"content": ""}, finish="stop"))
    return [*events, "[DONE]"]


THINK_TAG_PIECES = ["<th", "ink>", "\nHmm", ",", " easy", ".\n</", "think", ">\n\n", "Four", "."]


def llama_server_stream() -> list[str]:
    """llama-server (``--jinja --reasoning-format deepseek``): ``reasoning_content`` deltas,
    and its own ``timings`` (with the KV-cache reuse) in the last chunk."""
    base = {
        "created": CREATED,
        "id": "chatcmpl-Qx2",
        "model": "qwen3-8b",
        "system_fingerprint": "b6000-abc",
        "object": "chat.completion.chunk",
    }
    events = [
        {
            **base,
            "choices": [
                {"finish_reason": None, "index": 0, "delta": {"role": "assistant", "content": None}}
            ],
        }
    ]
    for piece in ["\n", "Simple", "."]:
        events.append(
            {
                **base,
                "choices": [
                    {"finish_reason": None, "index": 0, "delta": {"reasoning_content": piece}}
                ],
            }
        )
    for piece in ["Four", "."]:
        events.append(
            {**base, "choices": [{"finish_reason": None, "index": 0, "delta": {"content": piece}}]}
        )
    events.append(
        {
            **base,
            "choices": [{"finish_reason": "stop", "index": 0, "delta": {}}],
            "usage": {"completion_tokens": 7, "prompt_tokens": 40, "total_tokens": 47},
            "timings": {
                "cache_n": 32,
                "prompt_n": 8,
                "predicted_n": 7,
                "predicted_per_second": 50.0,
            },
        }
    )
    return [json.dumps(e, separators=(",", ":")) for e in events] + ["[DONE]"]
