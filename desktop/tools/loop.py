"""The tool loop: generate a round, read its calls, ask, run, return the results, go again.

:func:`run_tool_loop` is a generator the conversation service iterates on its worker thread.
It yields the engine's text and thinking deltas (with ``<tool_call>`` blocks taken out of the
answer) and tool-call events for the cards, and ends with one :class:`TurnFinished`. Stop
(the ``cancel`` event) ends it at once: a waiting approval is denied, a running tool is told
to stop, and no further round starts.
"""

from __future__ import annotations

import dataclasses
import secrets
import threading
from collections.abc import Callable, Generator, Hashable, Iterator, Mapping
from dataclasses import dataclass
from itertools import count
from typing import Any

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.engines.base import (
    Event,
    Finished,
    GenerationRequest,
    GenerationStats,
    StopReason,
    TextDelta,
    ThinkingDelta,
)
from desktop.tools.approval import ApprovalPolicy
from desktop.tools.calls import ApprovedBy, CallStatus, ToolCall, ToolResult, assistant_message
from desktop.tools.parser import ToolCallParser
from desktop.tools.registry import ToolRegistry

Generate = Callable[[GenerationRequest, threading.Event], Iterator[Event]]
"""``Engine.generate`` (or anything that streams engine events for a request)."""

DEFAULT_MAX_ROUNDS = 8


@dataclass(frozen=True)
class ToolCallStarted:
    """A call was read: show its card (tool, arguments) while it waits for approval."""

    call: ToolCall
    round: int
    source: str  # "built-in", an MCP server's name, or "" for an unknown tool


@dataclass(frozen=True)
class ToolCallRunning:
    """The call was allowed (``approved_by`` says how) and is running now."""

    call: ToolCall
    round: int
    approved_by: ApprovedBy


@dataclass(frozen=True)
class ToolCallFinished:
    """The call's result, status and time taken: complete the card."""

    result: ToolResult
    round: int


@dataclass(frozen=True)
class RoundFinished:
    """One generation ended. ``message`` is its assistant message (answer and tool_calls) and
    ``results`` the tool messages that follow it, for the history."""

    round: int
    message: Mapping[str, Any]
    thinking: str
    calls: tuple[ToolCall, ...]
    results: tuple[ToolResult, ...]
    stats: GenerationStats


@dataclass(frozen=True)
class TurnFinished:
    """The loop is over. ``messages`` are all the messages the turn added, in order."""

    rounds: tuple[RoundFinished, ...]
    messages: tuple[Mapping[str, Any], ...]
    stop_reason: StopReason
    limit_reached: bool = False  # the last round still called tools; they were not run
    error: str = ""

    @property
    def answer(self) -> str:
        return str(self.rounds[-1].message.get("content", "")) if self.rounds else ""


LoopEvent = (
    TextDelta
    | ThinkingDelta
    | ToolCallStarted
    | ToolCallRunning
    | ToolCallFinished
    | RoundFinished
    | TurnFinished
)


def run_tool_loop(
    generate: Generate,
    request: GenerationRequest,
    registry: ToolRegistry,
    policy: ApprovalPolicy,
    cancel: threading.Event,
    *,
    conversation: Hashable = None,
    max_rounds: int = DEFAULT_MAX_ROUNDS,
) -> Iterator[LoopEvent]:
    """Drive generation and tools until the model answers without calls, the round limit is
    reached, an error happens or ``cancel`` is set. The registry's specs are the request's
    tools (through the model's own template)."""
    tools = registry.specs() if len(registry) else list(request.tools)
    messages: list[Mapping[str, Any]] = list(request.messages)
    added: list[Mapping[str, Any]] = []
    rounds: list[RoundFinished] = []
    prefix = f"call_{secrets.token_hex(3)}_"
    numbers = count(1)
    reason = StopReason.EOS
    error = ""
    for index in range(1, max(1, max_rounds) + 1):
        parser = ToolCallParser(lambda: f"{prefix}{next(numbers)}")
        thinking: list[str] = []
        stats = GenerationStats()
        round_request = dataclasses.replace(request, messages=list(messages), tools=tools)
        for event in generate(round_request, cancel):
            if isinstance(event, TextDelta):
                for piece in parser.feed(event.text):
                    if isinstance(piece, str):
                        yield TextDelta(piece)
            elif isinstance(event, ThinkingDelta):
                thinking.append(event.text)
                yield event
            elif isinstance(event, Finished):
                stats = event.stats
        reason, error = stats.stop_reason, stats.error
        stopped = cancel.is_set() or reason in (StopReason.CANCELLED, StopReason.ERROR)
        for piece in parser.finish(complete=not stopped):
            if isinstance(piece, str):
                yield TextDelta(piece)
        if cancel.is_set():
            reason = StopReason.CANCELLED
        calls = list(parser.calls)
        last = index >= max_rounds
        results: list[ToolResult] = []
        for call in calls:
            tool = registry.get(call.name)
            source = tool.source if tool is not None and not call.error else ""
            yield ToolCallStarted(call, index, source)
            if reason is StopReason.ERROR and not cancel.is_set():
                result = _not_run(call, CallStatus.CANCELLED, NOT_RUN_FAILED)
            elif stopped or cancel.is_set():
                result = _not_run(call, CallStatus.CANCELLED, NOT_RUN_STOPPED)
            elif last:
                result = _not_run(
                    call,
                    CallStatus.SKIPPED,
                    f"Not run: the limit of {max_rounds} tool rounds for one reply was reached.",
                )
            else:
                result = yield from _run_call(
                    call, index, source, registry, policy, cancel, conversation
                )
            result = dataclasses.replace(result, source=source)
            results.append(result)
            yield ToolCallFinished(result, index)
        message = assistant_message(parser.answer_text, calls)
        finished = RoundFinished(
            index, message, "".join(thinking), tuple(calls), tuple(results), stats
        )
        rounds.append(finished)
        added.append(message)
        added.extend(result.as_message() for result in results)
        messages = list(request.messages) + added
        yield finished
        if cancel.is_set():
            reason = StopReason.CANCELLED
        if not calls or stopped or last or cancel.is_set():
            break
    limit = bool(rounds) and any(r.status is CallStatus.SKIPPED for r in rounds[-1].results)
    yield TurnFinished(tuple(rounds), tuple(added), reason, limit, error)


# Results of calls that did not run: English for the model, which reads them; the window
# shows them through ``shown_result`` (calls.py) under the "ToolResult" context.
NOT_RUN_FAILED = QT_TRANSLATE_NOOP("ToolResult", "Not run: the reply failed.")
NOT_RUN_STOPPED = QT_TRANSLATE_NOOP("ToolResult", "The user stopped before it ran.")
NOT_RUN_DENIED = QT_TRANSLATE_NOOP("ToolResult", "The user denied this tool call.")


def _not_run(call: ToolCall, status: CallStatus, why: str) -> ToolResult:
    return ToolResult(call, status, why)


def _run_call(
    call: ToolCall,
    index: int,
    source: str,
    registry: ToolRegistry,
    policy: ApprovalPolicy,
    cancel: threading.Event,
    conversation: Hashable,
) -> Generator[LoopEvent, None, ToolResult]:
    # Calls that cannot run are answered at once, without asking the user.
    problem = registry.check(call)
    if problem:
        return ToolResult(call, CallStatus.ERROR, f"Error: {problem}")
    approved_by = policy.decide(conversation, call, source, cancel)
    if cancel.is_set():
        return _not_run(call, CallStatus.CANCELLED, NOT_RUN_STOPPED)
    if approved_by is ApprovedBy.NONE:
        return _not_run(call, CallStatus.DENIED, NOT_RUN_DENIED)
    yield ToolCallRunning(call, index, approved_by)
    return registry.execute(call, cancel, approved_by)
