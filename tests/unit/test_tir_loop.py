"""Qwen2.5-Math tool-integrated reasoning as a loop: the reply stops where a ```python block
closes, the code runs (after approval), the ```output block is appended and the model goes on
with the same reply (continue_last), with the scripted engine and a real tiny Math GGUF."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop.engines.base import (
    Event,
    Finished,
    GenerationRequest,
    GenerationStats,
    LoadOptions,
    Sampling,
    StopReason,
    TextDelta,
    ThinkingMode,
)
from desktop.engines.fake import FakeEngine
from desktop.tools.approval import ApprovalPolicy, ApprovalRequest, Decision
from desktop.tools.calls import ApprovedBy, CallStatus
from desktop.tools.loop import ToolCallFinished, ToolCallRunning, ToolCallStarted
from desktop.tools.runner import PythonRunner, RunLimits
from desktop.tools.tir_loop import BlockCutter, CodeRunsFinished, TirEvent, run_tir_loop

QUESTION = [
    {"role": "system", "content": "Please integrate natural language reasoning with programs."},
    {"role": "user", "content": "What is 2 + 2?"},
]
FIRST = "Let me compute.\n```python\nprint(2 + 2)\n```\n```output\nWRONG\n```\nIgnored text."
STARTED = "Let me compute.\n```python\nprint(2 + 2)\n```"
AFTER = "\n```output\n4\n```\n"


@pytest.fixture(scope="module")
def runner() -> Iterator[PythonRunner]:
    made = PythonRunner(RunLimits(time_s=20))
    yield made
    made.close()


def loaded(*replies: str) -> FakeEngine:
    engine = FakeEngine(replies=list(replies), tokens_per_s=0)
    engine.load(Path("qwen2.5-math.gguf"), LoadOptions())
    return engine


def drive(
    generate: Callable[[GenerationRequest, threading.Event], Iterator[Event]],
    runner: PythonRunner,
    policy: ApprovalPolicy,
    cancel: threading.Event | None = None,
    max_runs: int = 4,
) -> tuple[str, list[TirEvent], CodeRunsFinished]:
    events = list(
        run_tir_loop(
            generate,
            GenerationRequest(QUESTION, ThinkingMode.OFF),
            runner,
            policy,
            cancel or threading.Event(),
            conversation=1,
            max_runs=max_runs,
        )
    )
    last = events[-1]
    assert isinstance(last, CodeRunsFinished)
    text = "".join(e.text for e in events if isinstance(e, TextDelta))
    return text, events, last


def test_a_closed_block_is_run_and_the_reply_goes_on_after_its_output(
    runner: PythonRunner,
) -> None:
    engine = loaded(FIRST, "So the answer is $\\boxed{4}$.")
    text, events, done = drive(engine.generate, runner, ApprovalPolicy(trusted=["python"]))
    assert text == STARTED + AFTER + "So the answer is $\\boxed{4}$."
    assert [type(e) for e in events if not isinstance(e, TextDelta)] == [
        ToolCallStarted,
        ToolCallRunning,
        ToolCallFinished,
        CodeRunsFinished,
    ]
    (result,) = done.results
    assert (result.status, result.approved_by) == (CallStatus.OK, ApprovedBy.TRUSTED)
    assert result.call.arguments == {"code": "print(2 + 2)"}
    assert result.content == "4"
    assert done.stop_reason is StopReason.EOS
    assert len(done.rounds) == 2
    first, second = engine.requests
    assert not first.continue_last
    assert second.continue_last, "the same reply goes on"
    assert second.messages[:-1] == QUESTION
    assert second.messages[-1] == {"role": "assistant", "content": STARTED + AFTER}


def test_nothing_after_the_closing_fence_is_ever_shown_however_the_stream_is_cut() -> None:
    for size in (1, 2, 3, 5, 8, len(FIRST)):
        cutter = BlockCutter()
        shown, codes = "", []
        for i in range(0, len(FIRST), size):
            ready, code = cutter.feed(FIRST[i : i + size])
            shown += ready
            if code is not None:
                codes.append(code)
                break
        assert codes == ["print(2 + 2)"], size
        assert shown == STARTED, size


def test_other_blocks_and_an_earlier_round_are_not_run_again() -> None:
    cutter = BlockCutter(STARTED + AFTER)
    ready, code = cutter.feed("Check:\n```js\nx\n```\nDone ```python\nprint(1)\n```")
    assert code is None
    assert ready.endswith("```"), "a complete fence is shown; only what follows waits"
    assert cutter.feed(" ")[1] == "print(1)"
    plain = BlockCutter()
    assert plain.feed("No code at all.\n") == ("No code at all.\n", None)
    assert plain.flush() == ""


def test_a_denied_run_tells_the_model_and_the_reply_goes_on(runner: PythonRunner) -> None:
    asked: list[ApprovalRequest] = []

    def deny(request: ApprovalRequest) -> Decision:
        asked.append(request)
        return Decision.DENY

    engine = loaded(FIRST, "I cannot run code, so: 4.")
    text, _, done = drive(engine.generate, runner, ApprovalPolicy(ask=deny))
    assert [r.call.name for r in asked] == ["python"]
    assert asked[0].source == "built-in"
    assert done.results[0].status is CallStatus.DENIED
    assert "```output\nThe user did not allow running this code.\n```" in text
    assert text.endswith("I cannot run code, so: 4.")


def test_stop_while_asking_ends_the_reply_without_running(runner: PythonRunner) -> None:
    cancel = threading.Event()

    def stop(request: ApprovalRequest) -> Decision:
        cancel.set()
        return Decision.RUN

    engine = loaded(FIRST, "never")
    text, _, done = drive(engine.generate, runner, ApprovalPolicy(ask=stop), cancel)
    assert done.results[0].status is CallStatus.CANCELLED
    assert done.stop_reason is StopReason.CANCELLED
    assert text == STARTED
    assert len(engine.requests) == 1


def test_the_limit_of_runs_leaves_the_next_block_unrun(runner: PythonRunner) -> None:
    again = "Once more.\n```python\nprint(3)\n```\n"
    engine = loaded(FIRST, again, "unused")
    text, _, done = drive(engine.generate, runner, ApprovalPolicy(trusted=["python"]), max_runs=1)
    assert [r.status for r in done.results] == [CallStatus.OK, CallStatus.SKIPPED]
    assert done.limit_reached
    assert "limit of 1 code runs" in done.results[1].content
    assert text == STARTED + AFTER + "Once more.\n```python\nprint(3)\n```"


def test_the_continuation_runs_on_a_real_qwen25_math_gguf(
    genuine_models: Callable[..., Path], runner: PythonRunner
) -> None:
    """The first round is scripted (random weights write no code); the continuation after the
    output block is generated by llama.cpp from the Math model's own template."""
    from desktop.engines.llamacpp import LlamaCppEngine

    engine = LlamaCppEngine()
    info = engine.load(genuine_models("qwen2.5-math"), LoadOptions(n_ctx=1024, n_threads=1))
    assert info.details["family"] == "qwen2.5-math"
    prompts: list[str] = []

    def generate(request: GenerationRequest, cancel: threading.Event) -> Iterator[Event]:
        if not request.continue_last:
            yield TextDelta(FIRST)
            yield Finished(GenerationStats(generated_tokens=20))
            return
        prompts.append(engine.render_prompt(request))
        greedy = GenerationRequest(
            request.messages,
            request.thinking,
            sampling=Sampling(temperature=0.0, seed=0),
            max_tokens=6,
            continue_last=True,
        )
        yield from engine.generate(greedy, cancel)

    try:
        text, _, done = drive(generate, runner, ApprovalPolicy(trusted=["python"]))
    finally:
        engine.unload()
    assert done.error == ""
    assert done.rounds[-1].generated_tokens > 0
    (prompt,) = prompts
    assert prompt.endswith("<|im_start|>assistant\n" + STARTED + AFTER)
    assert text.startswith(STARTED + AFTER)
