"""The body of a chat request to an OpenAI-compatible server, and a token estimate for it.

Fields outside OpenAI's own API (top_k, min_p, the repetition penalty under vLLM/SGLang's
and llama.cpp's names, ``chat_template_kwargs`` for Qwen3's thinking switch,
``stream_options``) are understood by vLLM, SGLang, llama-server and llama-cpp-python and
ignored by Ollama; a strict server that rejects them is asked again without them.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from typing import Any

from desktop.engines.base import GenerationRequest, Sampling, ThinkingMode
from desktop.engines.streaming import prepare_messages, template_extras

EXTRA_FIELDS = (
    "top_k",
    "min_p",
    "repetition_penalty",
    "repeat_penalty",
    "chat_template_kwargs",
    "stream_options",
)

_TOOL_CALL = re.compile(r"<tool_call>\s*(.*?)\s*</tool_call>", re.DOTALL)


def chat_payload(
    model: str,
    request: GenerationRequest,
    sampling: Sampling,
    *,
    extras: bool = True,
    max_tokens: int | None = None,
) -> dict[str, Any]:
    """The JSON body of a streaming chat request; ``extras=False`` keeps to OpenAI's fields."""
    body: dict[str, Any] = {
        "model": model,
        "messages": openai_messages(prepare_messages(request)),
        "stream": True,
        "max_tokens": max_tokens if max_tokens is not None else request.max_tokens,
        "temperature": sampling.temperature,
        "top_p": sampling.top_p,
    }
    if sampling.presence_penalty:
        body["presence_penalty"] = sampling.presence_penalty
    if sampling.seed >= 0:
        body["seed"] = sampling.seed
    body.update(template_extras(request))
    if extras:
        body["stream_options"] = {"include_usage": True}
        body["top_k"] = sampling.top_k
        body["min_p"] = sampling.min_p  # llama-server's default is 0.05, Qwen's is 0
        if sampling.repeat_penalty != 1.0:
            body["repetition_penalty"] = sampling.repeat_penalty  # vLLM, SGLang
            body["repeat_penalty"] = sampling.repeat_penalty  # llama.cpp servers
        body.update(thinking_kwargs(request))
    return body


def thinking_kwargs(request: GenerationRequest) -> dict[str, Any]:
    """Qwen3's template switch, which vLLM, SGLang and llama-server pass to the template
    (nothing when the model decides)."""
    if request.thinking is ThinkingMode.AUTO:
        return {}
    return {"chat_template_kwargs": {"enable_thinking": request.thinking is ThinkingMode.ON}}


def openai_messages(messages: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Our history in OpenAI's form: an assistant turn's ``<tool_call>`` text becomes
    ``tool_calls`` and each following tool result gets its call's id, as strict servers
    require (Qwen's own template renders either form the same)."""
    out: list[dict[str, Any]] = []
    pending_ids: list[str] = []
    counter = 0
    for message in messages:
        item = dict(message)
        role = item.get("role")
        content = item.get("content")
        if role == "assistant" and "tool_calls" not in item and isinstance(content, str):
            calls = _parse_tool_calls(content)
            if calls:
                item["tool_calls"] = []
                pending_ids = []
                for name, arguments in calls:
                    counter += 1
                    call_id = f"call_{counter}"
                    pending_ids.append(call_id)
                    item["tool_calls"].append(
                        {
                            "id": call_id,
                            "type": "function",
                            "function": {"name": name, "arguments": arguments},
                        }
                    )
                item["content"] = _TOOL_CALL.sub("", content).strip()
        elif role == "tool" and "tool_call_id" not in item and pending_ids:
            item["tool_call_id"] = pending_ids.pop(0)
        out.append(item)
    return out


def _parse_tool_calls(content: str) -> list[tuple[str, str]]:
    """(name, arguments JSON) of each well-formed ``<tool_call>`` block; none if any is not."""
    calls: list[tuple[str, str]] = []
    for body in _TOOL_CALL.findall(content):
        try:
            data = json.loads(body)
        except ValueError:
            return []
        if not isinstance(data, dict) or not isinstance(data.get("name"), str):
            return []
        arguments = data.get("arguments", {})
        text = arguments if isinstance(arguments, str) else json.dumps(arguments)
        calls.append((data["name"], text))
    return calls


def chatml_text(request: GenerationRequest) -> str:
    """The conversation as Qwen's ChatML prompt (what a Qwen model sees, near enough)."""
    parts = [
        f"<|im_start|>{m.get('role', '')}\n{m.get('content') or ''}<|im_end|>\n"
        for m in prepare_messages(request)
    ]
    if request.tools:
        parts.insert(0, json.dumps([dict(t) for t in request.tools], ensure_ascii=False))
    parts.append("<|im_start|>assistant\n")
    return "".join(parts)


def estimate_tokens(request: GenerationRequest) -> int:
    """A token estimate with no tokenizer: four characters a token, plus each message's
    markers (about four tokens), over the ChatML form of the conversation."""
    text = chatml_text(request)
    markers = text.count("<|im_start|>")
    return math.ceil((len(text) - markers * len("<|im_start|><|im_end|>\n")) / 4) + 4 * markers
