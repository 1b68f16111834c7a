"""The tool loop over a scripted engine: rounds, approval, errors, Stop and the round limit."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import pytest

from desktop.engines.base import (
    Event,
    GenerationRequest,
    LoadOptions,
    StopReason,
    TextDelta,
    ThinkingDelta,
)
from desktop.engines.fake import FakeEngine
from desktop.tools.approval import ApprovalBox, ApprovalPolicy, ApprovalRequest, Decision
from desktop.tools.calls import ApprovedBy, CallStatus
from desktop.tools.loop import (
    LoopEvent,
    RoundFinished,
    ToolCallFinished,
    ToolCallRunning,
    ToolCallStarted,
    TurnFinished,
    run_tool_loop,
)
from desktop.tools.registry import Tool, ToolError, ToolRegistry


def call(name: str, **arguments: Any) -> str:
    import json

    return f"<tool_call>\n{json.dumps({'name': name, 'arguments': arguments})}\n</tool_call>"


def add(arguments: Mapping[str, Any], cancel: threading.Event) -> str:
    return str(arguments["a"] + arguments["b"])


def broken(arguments: Mapping[str, Any], cancel: threading.Event) -> str:
    raise ToolError("the disk is not mounted")


def crashing(arguments: Mapping[str, Any], cancel: threading.Event) -> str:
    raise KeyError("boom")


ADD_SCHEMA = {"type": "object", "properties": {"a": {}, "b": {}}, "required": ["a", "b"]}


def registry() -> ToolRegistry:
    return ToolRegistry(
        [
            Tool("add", "Add two numbers.", ADD_SCHEMA, add),
            Tool("broken", "Fails plainly.", {"type": "object"}, broken),
            Tool("crashing", "Has a bug.", {"type": "object"}, crashing, source="demo-server"),
        ]
    )


def engine(*replies: str, tokens_per_s: float = 0.0) -> FakeEngine:
    fake = FakeEngine(replies=replies, tokens_per_s=tokens_per_s)
    fake.load(__import__("pathlib").Path("fake.gguf"), LoadOptions())
    return fake


def run(
    fake: FakeEngine,
    policy: ApprovalPolicy | None = None,
    cancel: threading.Event | None = None,
    max_rounds: int = 8,
    generate: Any = None,
) -> tuple[list[LoopEvent], TurnFinished]:
    request = GenerationRequest(messages=[{"role": "user", "content": "What is 2 + 3?"}])
    events = list(
        run_tool_loop(
            generate or fake.generate,
            request,
            registry(),
            policy or ApprovalPolicy(trusted={"add", "broken", "crashing"}),
            cancel or threading.Event(),
            conversation=1,
            max_rounds=max_rounds,
        )
    )
    assert isinstance(events[-1], TurnFinished)
    assert sum(isinstance(e, TurnFinished) for e in events) == 1
    return events, events[-1]


def answering(
    decision: Decision, asked: list[ApprovalRequest]
) -> Callable[[ApprovalRequest], Decision]:
    def ask(request: ApprovalRequest) -> Decision:
        asked.append(request)
        return decision

    return ask


def shown(events: list[LoopEvent]) -> str:
    return "".join(e.text for e in events if isinstance(e, TextDelta))


def test_one_call_then_answer_and_the_requests_carry_tools_and_results() -> None:
    fake = engine("Let me add. " + call("add", a=2, b=3), "2 + 3 = 5.")
    events, turn = run(fake)
    assert shown(events) == "Let me add.2 + 3 = 5."
    assert "<tool" not in shown(events)
    finished = [e.result for e in events if isinstance(e, ToolCallFinished)]
    assert [(r.status, r.content, r.approved_by) for r in finished] == [
        (CallStatus.OK, "5", ApprovedBy.TRUSTED)
    ]
    assert [r.tools[0]["function"]["name"] for r in fake.requests] == ["add", "add"]
    second = fake.requests[1].messages
    assert second[1]["role"] == "assistant"
    assert second[1]["content"] == "Let me add."
    assert second[1]["tool_calls"][0]["function"] == {"name": "add", "arguments": {"a": 2, "b": 3}}
    assert second[2] == {
        "role": "tool",
        "tool_call_id": second[1]["tool_calls"][0]["id"],
        "name": "add",
        "content": "5",
    }
    assert turn.stop_reason is StopReason.EOS
    assert turn.answer == "2 + 3 = 5."
    assert [m["role"] for m in turn.messages] == ["assistant", "tool", "assistant"]
    assert len(turn.rounds) == 2


def test_two_calls_in_one_round_run_in_order() -> None:
    fake = engine(call("add", a=1, b=1) + "\n" + call("add", a=2, b=2), "Done.")
    events, _ = run(fake)
    contents = [e.result.content for e in events if isinstance(e, ToolCallFinished)]
    assert contents == ["2", "4"]
    assert [m["role"] for m in fake.requests[1].messages] == ["user", "assistant", "tool", "tool"]
    kinds = [type(e).__name__ for e in events if not isinstance(e, TextDelta | ThinkingDelta)]
    assert kinds[:6] == ["ToolCallStarted", "ToolCallRunning", "ToolCallFinished"] * 2


def test_errors_go_back_to_the_model_plainly() -> None:
    fake = engine(
        '<tool_call>{"name": "add", "arguments": {a: 1}}</tool_call>'
        + call("nope")
        + call("add", a=1)
        + call("broken")
        + call("crashing"),
        "Sorry.",
    )
    events, _ = run(fake)
    results = [e.result for e in events if isinstance(e, ToolCallFinished)]
    assert [r.status for r in results] == [CallStatus.ERROR] * 5
    texts = [r.content for r in results]
    assert texts[0].startswith("Error: The tool call is not valid JSON")
    assert texts[1] == (
        "Error: There is no tool named 'nope'. The tools you can call are: add, broken, crashing."
    )
    assert texts[2] == "Error: The call to add is missing the argument(s): b."
    assert texts[3] == "Error: the disk is not mounted"
    assert texts[4] == "Error: the tool crashing failed: 'boom'"
    tool_messages = [m for m in fake.requests[1].messages if m["role"] == "tool"]
    assert [m["content"] for m in tool_messages] == texts
    # Calls that cannot run are answered without asking anyone.
    assert not any(isinstance(e, ToolCallRunning) for e in events[:6])


def test_a_call_inside_thinking_is_not_run() -> None:
    fake = engine("<think>Maybe " + call("add", a=1, b=2) + " later.</think>The answer is 3.")
    events, turn = run(fake)
    assert not any(isinstance(e, ToolCallStarted) for e in events)
    thinking = "".join(e.text for e in events if isinstance(e, ThinkingDelta))
    assert "<tool_call>" in thinking
    assert shown(events) == "The answer is 3."
    assert len(fake.requests) == 1
    assert turn.rounds[0].thinking == thinking


def test_stop_mid_call_runs_nothing_and_ends_at_once() -> None:
    fake = engine("Adding. " + call("add", a=2, b=3), "never")
    cancel = threading.Event()
    seen: list[str] = []

    def generate(request: GenerationRequest, stop: threading.Event) -> Iterator[Event]:
        for event in fake.generate(request, stop):
            if isinstance(event, TextDelta):
                seen.append(event.text)
            yield event
            if len(fake.requests) == 1 and "".join(seen).startswith("Adding."):
                cancel.set()  # Stop while the call is being written

    ran: list[ApprovalRequest] = []
    policy = ApprovalPolicy(ask=answering(Decision.RUN, ran))
    events, turn = run(fake, policy=policy, cancel=cancel, generate=generate)
    assert turn.stop_reason is StopReason.CANCELLED
    assert len(fake.requests) == 1
    assert not ran
    assert not any(isinstance(e, ToolCallRunning) for e in events)


def test_stop_while_waiting_for_approval_denies_and_ends() -> None:
    fake = engine(call("add", a=1, b=2), "never")
    cancel = threading.Event()
    box = ApprovalBox()

    def ask(request: ApprovalRequest) -> Decision:
        cancel.set()  # the user presses Stop instead of answering
        return box.wait(request.cancel)

    events, turn = run(fake, policy=ApprovalPolicy(ask=ask), cancel=cancel)
    results = [e.result for e in events if isinstance(e, ToolCallFinished)]
    assert [r.status for r in results] == [CallStatus.CANCELLED]
    assert turn.stop_reason is StopReason.CANCELLED
    assert len(fake.requests) == 1


@pytest.mark.parametrize(
    ("decision", "status", "asked"),
    [(Decision.DENY, CallStatus.DENIED, 2), (Decision.RUN, CallStatus.OK, 2)],
)
def test_approval_is_asked_for_each_call(
    decision: Decision, status: CallStatus, asked: int
) -> None:
    fake = engine(call("add", a=1, b=2) + call("add", a=3, b=4), "ok")
    questions: list[ApprovalRequest] = []
    policy = ApprovalPolicy(ask=answering(decision, questions))
    events, _ = run(fake, policy=policy)
    assert len(questions) == asked
    assert questions[0].conversation == 1
    assert questions[0].call.name == "add"
    assert [e.result.status for e in events if isinstance(e, ToolCallFinished)] == [status] * 2
    if status is CallStatus.DENIED:
        assert fake.requests[1].messages[2]["content"] == "The user denied this tool call."


def test_always_in_this_chat_is_remembered_per_conversation() -> None:
    questions: list[ApprovalRequest] = []
    policy = ApprovalPolicy(ask=answering(Decision.ALWAYS, questions))
    events, _ = run(engine(call("add", a=1, b=2) + call("add", a=3, b=4), "ok"), policy=policy)
    assert len(questions) == 1
    running = [e.approved_by for e in events if isinstance(e, ToolCallRunning)]
    assert running == [ApprovedBy.CHAT, ApprovedBy.CHAT]
    assert policy.allowed_in_chat(1) == {"add"}
    assert policy.allowed_in_chat(2) == frozenset()
    policy.forget_chat(1)
    assert policy.allowed_in_chat(1) == frozenset()


def test_without_anyone_to_ask_untrusted_calls_are_denied() -> None:
    events, _ = run(engine(call("add", a=1, b=2), "ok"), policy=ApprovalPolicy())
    assert [e.result.status for e in events if isinstance(e, ToolCallFinished)] == [
        CallStatus.DENIED
    ]


def test_round_limit_stops_the_loop() -> None:
    fake = engine(call("add", a=1, b=1))  # the model never stops calling
    events, turn = run(fake, max_rounds=3)
    assert len(fake.requests) == 3
    assert turn.limit_reached
    last = turn.rounds[-1].results
    assert [r.status for r in last] == [CallStatus.SKIPPED]
    assert "limit of 3 tool rounds" in last[0].content
    assert sum(isinstance(e, RoundFinished) for e in events) == 3


def test_engine_error_ends_the_turn_with_the_error() -> None:
    from desktop.engines.base import Finished, GenerationStats

    def failing(request: GenerationRequest, cancel: threading.Event) -> Iterator[Event]:
        yield TextDelta("Partial " + call("add", a=5, b=5) + call("add", a=1, b=2)[:20])
        yield Finished(GenerationStats(stop_reason=StopReason.ERROR, error="out of context"))

    _, turn = run(engine(), generate=failing)
    assert (turn.stop_reason, turn.error) == (StopReason.ERROR, "out of context")
    assert turn.answer == "Partial"
    # The complete call is reported, not run; the half-written one is dropped.
    assert [(r.status, r.content) for r in turn.rounds[0].results] == [
        (CallStatus.CANCELLED, "Not run: the reply failed.")
    ]
