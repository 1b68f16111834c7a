"""Reading a chat completion request: every field checked, each mistake a plain OpenAI-style
error naming the parameter (422 for a wrong type, 400 for a value out of range or not
supported). Fields clients send that change nothing here (``user``, ``metadata``...) are
ignored, as OpenAI-compatible servers do."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop.core.sampling import Sampling
from desktop.engines.base import ThinkingMode
from desktop.server.config import Limits
from desktop.server.errors import ApiError, invalid

ROLES = ("system", "developer", "user", "assistant", "tool")


@dataclass(frozen=True)
class ChatParams:
    """A checked request. ``sampling`` holds only what the client set (names of
    :class:`Sampling` fields); the rest follows the app's preset for the thinking mode."""

    messages: list[dict[str, Any]]
    model: str = ""
    stream: bool = False
    include_usage: bool = False
    thinking: ThinkingMode = ThinkingMode.AUTO
    thinking_budget: int = 0
    max_tokens: int = 0  # 0 = the app's setting
    sampling: dict[str, float | int] = field(default_factory=dict)
    stop: tuple[str, ...] = ()
    tools: tuple[dict[str, Any], ...] = ()  # OpenAI function specs, for the chat template

    def sampling_over(self, base: Sampling) -> Sampling:
        return dataclasses.replace(base, **self.sampling)  # type: ignore[arg-type]


def parse_body(raw: bytes) -> Mapping[str, Any]:
    """The JSON object in a request body, or a 400 saying what is wrong with it."""
    if not raw.strip():
        raise ApiError(400, "The request body is empty; send a JSON object.", code="invalid_json")
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ApiError(
            400, f"The request body is not valid JSON ({exc}).", code="invalid_json"
        ) from exc
    if not isinstance(data, dict):
        raise ApiError(400, "The request body must be a JSON object.", code="invalid_json")
    return data


def _type_error(param: str, expected: str) -> ApiError:
    return ApiError(422, f"'{param}' must be {expected}.", param=param, code="invalid_type")


def _number(data: Mapping[str, Any], name: str, low: float, high: float) -> float | None:
    value = data.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _type_error(name, "a number")
    if not low <= value <= high:
        raise invalid(f"'{name}' must be between {low:g} and {high:g}; got {value:g}.", name)
    return float(value)


def _integer(data: Mapping[str, Any], name: str, low: int, high: int | None = None) -> int | None:
    value = data.get(name)
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise _type_error(name, "an integer")
    if value < low or (high is not None and value > high):
        bounds = f"between {low} and {high}" if high is not None else f"at least {low}"
        raise invalid(f"'{name}' must be {bounds}; got {value}.", name)
    return value


def _bool(data: Mapping[str, Any], name: str, param: str | None = None) -> bool | None:
    value = data.get(name)
    if value is not None and not isinstance(value, bool):
        raise _type_error(param or name, "true or false")
    return value


def _content(value: Any, index: int) -> str:
    """A message's text: a string, or a list of text parts (other parts are refused)."""
    param = f"messages[{index}].content"
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if not isinstance(value, list):
        raise _type_error(param, "a string or a list of content parts")
    texts = []
    for part in value:
        if not isinstance(part, dict) or not isinstance(part.get("type"), str):
            raise _type_error(param, "a list of content parts with a 'type'")
        if part["type"] != "text":
            raise invalid(
                f"Content of type '{part['type']}' is not supported: this server reads text only.",
                param,
                "unsupported_content",
            )
        if not isinstance(part.get("text"), str):
            raise _type_error(f"{param}.text", "a string")
        texts.append(part["text"])
    return "".join(texts)


def _calls(value: Any, index: int) -> list[dict[str, Any]]:
    """An assistant message's ``tool_calls``, with arguments read from their JSON string."""
    param = f"messages[{index}].tool_calls"
    if not isinstance(value, list):
        raise _type_error(param, "a list of tool calls")
    calls = []
    for call in value:
        function = call.get("function") if isinstance(call, dict) else None
        if not isinstance(function, dict) or not isinstance(function.get("name"), str):
            raise _type_error(param, "a list of {type, id, function: {name, arguments}}")
        arguments = function.get("arguments", {})
        if isinstance(arguments, str):
            try:
                arguments = json.loads(arguments) if arguments.strip() else {}
            except ValueError as exc:
                raise invalid(f"{param}: arguments are not valid JSON ({exc}).", param) from exc
        entry = {"type": "function", "function": {"name": function["name"], "arguments": arguments}}
        if isinstance(call.get("id"), str):
            entry["id"] = call["id"]
        calls.append(entry)
    return calls


def _messages(data: Mapping[str, Any], limits: Limits) -> list[dict[str, Any]]:
    raw = data.get("messages")
    if raw is None:
        raise invalid("'messages' is required: a list of chat messages.", "messages", "missing")
    if not isinstance(raw, list):
        raise _type_error("messages", "a list of chat messages")
    if not raw:
        raise invalid("'messages' is empty; send at least one user message.", "messages")
    if len(raw) > limits.max_messages:
        raise invalid(
            f"Too many messages ({len(raw)}); at most {limits.max_messages} are accepted.",
            "messages",
            "too_many_messages",
        )
    messages: list[dict[str, Any]] = []
    for i, message in enumerate(raw):
        if not isinstance(message, dict):
            raise _type_error(f"messages[{i}]", "an object with 'role' and 'content'")
        role = message.get("role")
        if role not in ROLES:
            raise invalid(
                f"messages[{i}].role must be one of system, user, assistant or tool; got {role!r}.",
                f"messages[{i}].role",
            )
        role = "system" if role == "developer" else role
        text = _content(message.get("content"), i)
        if role == "system":
            if messages and messages[-1]["role"] != "system":
                raise invalid(
                    "A system message may only come first.", f"messages[{i}].role", "bad_order"
                )
            if messages:  # several leading system messages make one system prompt
                joined = messages[-1]["content"] + "\n\n" + text
                messages[-1] = {"role": "system", "content": joined}
                continue
        entry: dict[str, Any] = {"role": role, "content": text}
        if role == "assistant" and message.get("tool_calls"):
            entry["tool_calls"] = _calls(message["tool_calls"], i)
        if role == "tool" and isinstance(message.get("tool_call_id"), str):
            entry["tool_call_id"] = message["tool_call_id"]
        messages.append(entry)
    if not any(m["role"] == "user" for m in messages):
        raise invalid("The messages hold no user message to answer.", "messages")
    return messages


def _stop(data: Mapping[str, Any], limits: Limits) -> tuple[str, ...]:
    value = data.get("stop")
    if value is None:
        return ()
    words = [value] if isinstance(value, str) else value
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise _type_error("stop", "a string or a list of strings")
    if len(words) > limits.max_stop:
        raise invalid(f"At most {limits.max_stop} stop strings are accepted.", "stop")
    if any(not w or len(w) > limits.max_stop_chars for w in words):
        raise invalid(
            f"Each stop string must have 1 to {limits.max_stop_chars} characters.", "stop"
        )
    return tuple(words)


def _thinking(data: Mapping[str, Any]) -> ThinkingMode:
    """vLLM's and SGLang's switch: ``chat_template_kwargs: {"enable_thinking": false}``."""
    kwargs = data.get("chat_template_kwargs")
    if kwargs is None:
        return ThinkingMode.AUTO
    if not isinstance(kwargs, dict):
        raise _type_error("chat_template_kwargs", "an object")
    enabled = _bool(kwargs, "enable_thinking", "chat_template_kwargs.enable_thinking")
    if enabled is None:
        return ThinkingMode.AUTO
    return ThinkingMode.ON if enabled else ThinkingMode.OFF


def _unsupported(data: Mapping[str, Any]) -> None:
    """Refuse what would change the answer but is not implemented, rather than ignore it."""
    if _integer(data, "n", 1) not in (None, 1):
        raise invalid("Only one choice per request is supported ('n' must be 1).", "n")
    frequency = _number(data, "frequency_penalty", -2.0, 2.0)
    if frequency:
        raise invalid(
            "'frequency_penalty' is not supported; use presence_penalty or repeat_penalty.",
            "frequency_penalty",
            "unsupported_parameter",
        )
    if data.get("logprobs"):
        raise invalid("'logprobs' is not supported.", "logprobs", "unsupported_parameter")
    fmt = data.get("response_format")
    if fmt is not None and (not isinstance(fmt, dict) or fmt.get("type") != "text"):
        raise invalid(
            "Only the text response format is supported.",
            "response_format",
            "unsupported_parameter",
        )


def _tools(data: Mapping[str, Any]) -> tuple[dict[str, Any], ...]:
    """The functions offered to the model (``tool_choice`` "auto", or "none" to offer none)."""
    tools = data.get("tools")
    if tools is None:
        return ()
    if not isinstance(tools, list):
        raise _type_error("tools", "a list of functions")
    for i, tool in enumerate(tools):
        function = tool.get("function") if isinstance(tool, dict) else None
        if (
            not isinstance(tool, dict)
            or tool.get("type", "function") != "function"
            or not isinstance(function, dict)
            or not isinstance(function.get("name"), str)
            or not function["name"]
        ):
            raise _type_error(f"tools[{i}]", '{"type": "function", "function": {"name", ...}}')
        if not isinstance(function.get("parameters", {}), dict):
            raise _type_error(f"tools[{i}].function.parameters", "a JSON Schema object")
    choice = data.get("tool_choice")
    if choice in (None, "auto"):
        return tuple(tools)
    if choice == "none":
        return ()
    raise invalid(
        "Only tool_choice 'auto' and 'none' are supported.", "tool_choice", "unsupported_parameter"
    )


def parse_chat(data: Mapping[str, Any], limits: Limits) -> ChatParams:
    """Check a chat completion request; raises :class:`ApiError` for the first mistake."""
    model = data.get("model", "")
    if model is not None and not isinstance(model, str):
        raise _type_error("model", "a string")
    messages = _messages(data, limits)
    _unsupported(data)
    sampling: dict[str, float | int] = {}
    for name, low, high in (
        ("temperature", 0.0, 2.0),
        ("top_p", 0.0, 1.0),
        ("min_p", 0.0, 1.0),
        ("presence_penalty", -2.0, 2.0),
    ):
        value = _number(data, name, low, high)
        if value is not None:
            sampling[name] = value
    if sampling.get("top_p") == 0.0:
        raise invalid("'top_p' must be more than 0.", "top_p")
    for name in ("repeat_penalty", "repetition_penalty"):  # llama.cpp's and vLLM's names
        value = _number(data, name, 0.0, 5.0)
        if value is not None:
            if value == 0.0:
                raise invalid(f"'{name}' must be more than 0 (1 turns it off).", name)
            sampling["repeat_penalty"] = value
    top_k = _integer(data, "top_k", -1, 100_000)
    if top_k is not None:
        sampling["top_k"] = max(top_k, 0)  # -1 (vLLM) and 0 (llama.cpp) both mean off
    seed = _integer(data, "seed", -(2**63), 2**64 - 1)
    if seed is not None:
        sampling["seed"] = seed % 2**31  # llama.cpp takes a 31-bit seed; -1 would mean random
    max_tokens = 0
    for name in ("max_tokens", "max_completion_tokens"):  # the newer name wins
        value = _integer(data, name, 1, limits.max_tokens)
        if value is not None:
            max_tokens = value
    stream = _bool(data, "stream") or False
    options = data.get("stream_options")
    if options is not None and not isinstance(options, dict):
        raise _type_error("stream_options", "an object")
    include_usage = bool(options and _bool(options, "include_usage", "stream_options"))
    return ChatParams(
        messages=messages,
        model=model or "",
        stream=stream,
        include_usage=include_usage,
        thinking=_thinking(data),
        thinking_budget=_integer(data, "thinking_budget", 0, limits.max_tokens) or 0,
        max_tokens=max_tokens,
        sampling=sampling,
        stop=_stop(data, limits),
        tools=_tools(data),
    )
