"""Tools reach Qwen3 through its own chat template, rendered exactly as Qwen documents."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop.core.chat_template import render_chat
from desktop.engines.base import GenerationRequest, LoadOptions, ThinkingMode
from desktop.engines.llamacpp import LlamaCppEngine
from desktop.engines.streaming import prepare_messages, template_extras
from desktop.tools.calls import CallStatus, ToolCall, ToolResult, assistant_message, function_spec

TOOL = function_spec(
    "get_current_temperature",
    "Get current temperature at a location.",
    {
        "type": "object",
        "properties": {"location": {"type": "string"}},
        "required": ["location"],
    },
)
CALL = ToolCall("call_1", "get_current_temperature", {"location": "San Francisco, CA, USA"})
RESULT = ToolResult(
    CALL,
    CallStatus.OK,
    '{"temperature": 26.1, "location": "San Francisco, CA, USA", "unit": "celsius"}',
)
MESSAGES = [
    {"role": "system", "content": "You are Qwen."},
    {"role": "user", "content": "What's the temperature in San Francisco now?"},
    # An earlier round's thinking is left out by the history rule; the call survives.
    {**assistant_message("", [CALL]), "reasoning_content": "I should call the tool."},
    RESULT.as_message(),
]

EXPECTED = (
    "<|im_start|>system\nYou are Qwen.\n\n# Tools\n\nYou may call one or more functions to "
    "assist with the user query.\n\nYou are provided with function signatures within "
    "<tools></tools> XML tags:\n<tools>\n" + json.dumps(TOOL) + "\n</tools>\n\n"
    "For each function call, return a json object with function name and arguments within "
    "<tool_call></tool_call> XML tags:\n<tool_call>\n"
    '{"name": <function-name>, "arguments": <args-json-object>}\n</tool_call><|im_end|>\n'
    "<|im_start|>user\nWhat's the temperature in San Francisco now?<|im_end|>\n"
    "<|im_start|>assistant\n<tool_call>\n"
    '{"name": "get_current_temperature", "arguments": {"location": "San Francisco, CA, USA"}}'
    "\n</tool_call><|im_end|>\n"
    "<|im_start|>user\n<tool_response>\n"
    '{"temperature": 26.1, "location": "San Francisco, CA, USA", "unit": "celsius"}'
    "\n</tool_response><|im_end|>\n"
    "<|im_start|>assistant\n"
)


def qwen3_template(folder: Path) -> str:
    return str(json.loads((folder / "tokenizer_config.json").read_text())["chat_template"])


def test_genuine_qwen3_template_renders_tools_calls_and_responses(qwen3_tokenizer_dir: Path):
    request = GenerationRequest(MESSAGES, tools=[TOOL])
    prompt = render_chat(
        qwen3_template(qwen3_tokenizer_dir),
        prepare_messages(request),
        enable_thinking=True,
        **template_extras(request),
    )
    assert prompt == EXPECTED


def test_several_results_share_one_user_turn_and_text_precedes_calls(qwen3_tokenizer_dir: Path):
    second = ToolCall("call_2", "get_current_temperature", {"location": "Oslo"})
    messages = [
        {"role": "user", "content": "Paris and Oslo?"},
        assistant_message("Checking both.", [CALL, second]),
        RESULT.as_message(),
        ToolResult(second, CallStatus.ERROR, "Error: offline").as_message(),
    ]
    prompt = render_chat(
        qwen3_template(qwen3_tokenizer_dir),
        prepare_messages(GenerationRequest(messages)),
        enable_thinking=False,
        tools=[TOOL],
    )
    assert (
        "<|im_start|>assistant\nChecking both.\n<tool_call>\n"
        '{"name": "get_current_temperature", "arguments": {"location": "San Francisco, CA, USA"}}'
        "\n</tool_call>\n<tool_call>\n"
        '{"name": "get_current_temperature", "arguments": {"location": "Oslo"}}\n</tool_call>'
        "<|im_end|>\n<|im_start|>user\n<tool_response>\n"
    ) in prompt
    assert prompt.endswith(
        "</tool_response>\n<tool_response>\nError: offline\n</tool_response><|im_end|>\n"
        "<|im_start|>assistant\n<think>\n\n</think>\n\n"
    )


def test_no_tools_means_no_tools_block(qwen3_tokenizer_dir: Path):
    request = GenerationRequest([{"role": "user", "content": "Hi"}])
    assert template_extras(request) == {}
    prompt = render_chat(qwen3_template(qwen3_tokenizer_dir), prepare_messages(request))
    assert "# Tools" not in prompt


def test_openai_none_content_and_tool_keys_survive_the_history_rule():
    messages: list[dict[str, Any]] = [
        {"role": "user", "content": "x"},
        {"role": "assistant", "content": None, "tool_calls": [CALL.as_message_call()]},
        {"role": "tool", "tool_call_id": "call_1", "content": "<think>kept</think>"},
    ]
    cleaned = prepare_messages(GenerationRequest(messages))
    assert cleaned[1] == {
        "role": "assistant",
        "content": "",
        "tool_calls": [CALL.as_message_call()],
    }
    assert cleaned[2] == messages[2]


def test_llamacpp_engine_passes_tools_to_the_template(
    tiny_models: dict[str, Path], qwen3_tokenizer_dir: Path
):
    engine = LlamaCppEngine()
    engine.load(tiny_models["qwen3"], LoadOptions(n_ctx=512, n_gpu_layers=0))
    try:
        assert engine._loaded is not None
        engine._loaded.template = qwen3_template(qwen3_tokenizer_dir)  # the tiny one has no tools
        request = GenerationRequest(MESSAGES, tools=[TOOL], thinking=ThinkingMode.ON)
        prompt = engine.render_prompt(request)
        assert prompt.removeprefix(engine._loaded.bos_text) == EXPECTED
        assert engine.count_prompt_tokens(request) > 100
    finally:
        engine.unload()


@pytest.mark.mlx
def test_mlx_engine_passes_tools_to_the_template(tmp_path: Path, qwen3_tokenizer_dir: Path) -> None:
    pytest.importorskip("mlx_lm")
    from desktop.engines.mlx import MlxEngine
    from tests.mlx_tiny import build_tiny_qwen3_mlx

    engine = MlxEngine()
    engine.load(build_tiny_qwen3_mlx(tmp_path / "tiny", template="hybrid"), LoadOptions())
    try:
        assert engine._session is not None
        engine._session.template = qwen3_template(qwen3_tokenizer_dir)  # the tiny one has no tools
        prompt = engine.render_prompt(GenerationRequest(MESSAGES, tools=[TOOL]))
        assert prompt == EXPECTED
    finally:
        engine.unload()
