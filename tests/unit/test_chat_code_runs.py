"""The conversation service with tools: Qwen2.5-Math's code runs wired on the chat's "use
Python" option, and how a turn with tool rounds ends in the history."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.chat.options import ChatOptions, options_of, stored_fields
from desktop.chat.runner import EngineRunner
from desktop.chat.service import ChatService, RoundSaved
from desktop.core.history import HistoryStore
from desktop.core.prompts import MATHS, QWEN25_MATH_COT, QWEN25_MATH_TIR
from desktop.core.settings import Settings, ToolSettings
from desktop.engines.base import LoadOptions, ModelInfo
from desktop.engines.fake import FakeEngine
from desktop.tools.history import code_runs_from_stats
from desktop.tools.tir_loop import CodeRunsFinished
from desktop.tools.toolbox import ToolBox
from tests.unit.test_chat_runner import LoadRecorder, Recorder

BLOCK = "Compute it.\n```python\nprint(6 * 7)\n```\n```output\nmade up\n```"
MATH_CHAT = ChatOptions(preset=MATHS, system_prompt=QWEN25_MATH_COT, math_python=True)


class MathEngine(FakeEngine):
    """A scripted model that says it is Qwen2.5-Math, as the real engines do at load."""

    family = "qwen2.5-math"

    def load(self, source, options, progress=None) -> ModelInfo:
        info = super().load(source, options, progress)
        self._info = dataclasses.replace(info, details={"family": self.family})
        return self._info


class Events(Recorder):
    def __init__(self) -> None:
        super().__init__()
        self.tools: list[object] = []

    def tool_event(self, event: object) -> None:
        self.tools.append(event)


def service(store: HistoryStore, engine: FakeEngine, tools: ToolSettings):
    settings = Settings(tools=tools)
    runner = EngineRunner(lambda source: engine)
    box = ToolBox(tools)
    chat = ChatService(store, runner, lambda: settings, tools=box)
    listener = LoadRecorder()
    runner.load(Path("Qwen2.5-Math-Fake.gguf"), LoadOptions(), listener)
    listener.wait()
    return chat, runner, box


@pytest.fixture
def python_trusted() -> ToolSettings:
    return ToolSettings(trusted=["python"], python_time_s=20.0)


def test_a_math_chat_with_use_python_runs_the_block_and_keeps_one_reply(
    store: HistoryStore, python_trusted: ToolSettings
) -> None:
    engine = MathEngine(replies=[BLOCK, "So the answer is $\\boxed{42}$."], tokens_per_s=0)
    chat, runner, box = service(store, engine, python_trusted)
    try:
        listener = Events()
        reply = chat.send(None, "What is 6 times 7?", MATH_CHAT, listener)
        outcome = listener.wait()
        assert not outcome.failed, outcome.error
        thread = store.path(reply.conversation_id)
        assert [m.role for m in thread] == ["user", "assistant"], "one reply, no tool rows"
        answer = thread[1].content
        assert answer == (
            "Compute it.\n```python\nprint(6 * 7)\n```\n```output\n42\n```\n"
            "So the answer is $\\boxed{42}$."
        )
        (run,) = code_runs_from_stats(thread[1].stats)
        assert (run.call.name, run.content, run.approved_by.value) == ("python", "42", "trusted")
        assert any(isinstance(e, CodeRunsFinished) for e in listener.tools)
        first, second = engine.requests
        assert first.messages[0] == {"role": "system", "content": QWEN25_MATH_TIR}
        assert not first.tools, "the code blocks are the tool: no function specs"
        assert second.continue_last
        assert thread[1].stats["generated_tokens"] > 0
    finally:
        box.close()
        assert runner.shutdown()


def test_without_use_python_or_on_another_model_the_reply_is_plain(
    store: HistoryStore, python_trusted: ToolSettings
) -> None:
    engine = MathEngine(replies=[BLOCK], tokens_per_s=0)
    chat, runner, box = service(store, engine, python_trusted)
    try:
        off = dataclasses.replace(MATH_CHAT, math_python=False)
        listener = Events()
        chat.send(None, "6*7?", off, listener)
        assert listener.wait().message.content == BLOCK  # type: ignore[union-attr]
        assert engine.requests[-1].messages[0]["content"] == QWEN25_MATH_COT
        engine.family = "qwen3"
        loading = LoadRecorder()
        runner.load(Path("Qwen3-Fake.gguf"), LoadOptions(), loading)
        loading.wait()
        listener2 = Events()
        chat.send(None, "6*7?", MATH_CHAT, listener2)
        assert listener2.wait().message.content == BLOCK  # type: ignore[union-attr]
        assert not listener2.tools
    finally:
        box.close()
        assert runner.shutdown()


def test_use_python_is_kept_with_the_conversation(store: HistoryStore) -> None:
    made = store.create_conversation(**stored_fields(MATH_CHAT))
    options = options_of(store.get_conversation(made.id), Settings().generation)
    assert options.math_python
    plain = store.create_conversation(**stored_fields(ChatOptions()))
    assert not options_of(store.get_conversation(plain.id), Settings().generation).math_python


def test_stop_after_a_tool_round_ends_the_reply_with_that_round(store: HistoryStore) -> None:
    call = '<tool_call>{"name": "python", "arguments": {"code": "print(1)"}}</tool_call>'
    engine = FakeEngine(replies=[f"Let me check.{call}", "Never shown."], tokens_per_s=0)
    tools = ToolSettings(enabled=True, max_rounds=1)  # the call is over the limit: not run
    chat, runner, box = service(store, engine, tools)
    try:
        listener = Events()
        reply = chat.send(None, "Check", ChatOptions(), listener)
        outcome = listener.wait()
        thread = store.path(reply.conversation_id)
        assert [m.role for m in thread] == ["user", "assistant", "tool"]
        assert outcome.message is not None
        assert outcome.message.id == thread[1].id, "no empty reply row is left behind"
        (saved,) = [e for e in listener.tools if isinstance(e, RoundSaved)]
        assert saved.reply.id == thread[1].id
        assert thread[2].stats["tool_call"]["status"] == "skipped"
    finally:
        box.close()
        assert runner.shutdown()


class NoToolsEngine(MathEngine):
    family = "unknown"

    def load(self, source, options, progress=None) -> ModelInfo:
        info = super().load(source, options, progress)
        self._info = dataclasses.replace(info, details={"tools": "no"})
        return self._info


def test_a_model_whose_template_has_no_tools_gets_none(store: HistoryStore) -> None:
    call = '<tool_call>{"name": "python", "arguments": {"code": "print(1)"}}</tool_call>'
    engine = NoToolsEngine(replies=[f"Plain text {call}"], tokens_per_s=0)
    chat, runner, box = service(store, engine, ToolSettings(enabled=True, trusted=["python"]))
    try:
        listener = Events()
        chat.send(None, "Hi", ChatOptions(), listener)
        outcome = listener.wait()
        assert not engine.requests[0].tools, "no tools its template would ignore"
        assert not listener.tools, "no tool loop"
        assert outcome.message is not None
        assert outcome.message.content == f"Plain text {call}"
    finally:
        box.close()
        assert runner.shutdown()


def test_the_engine_records_whether_the_template_reads_tools(
    genuine_models: Callable[..., Path], smollm_path: Path
) -> None:
    from desktop.engines.llamacpp import LlamaCppEngine

    engine = LlamaCppEngine()
    try:
        options = LoadOptions(n_ctx=512, n_threads=1)
        assert engine.load(genuine_models("qwen3"), options).details["tools"] == "yes"
        assert engine.load(smollm_path, options).details["tools"] == "no"
    finally:
        engine.unload()
