"""Qwen2.5-Math tool-integrated reasoning as a loop: generate, stop where a ```python block
closes, run it (asking first, as for the python tool), append the ```output block and let the
model continue that same reply (``GenerationRequest.continue_last``), up to a limit of runs.

:func:`run_tir_loop` yields the reply's text (the output blocks included, since they are part
of the reply the model reads back), the same tool-call events as the tool loop (so the window
shows a card that asks), and ends with one :class:`CodeRunsFinished`.
"""

from __future__ import annotations

import dataclasses
import re
import secrets
import threading
from collections.abc import Generator, Hashable, Iterator
from dataclasses import dataclass
from itertools import count

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.engines.base import (
    Finished,
    GenerationRequest,
    GenerationStats,
    StopReason,
    TextDelta,
    ThinkingDelta,
)
from desktop.tools.approval import ApprovalPolicy
from desktop.tools.calls import ApprovedBy, CallStatus, ToolCall, ToolResult
from desktop.tools.loop import Generate, ToolCallFinished, ToolCallRunning, ToolCallStarted
from desktop.tools.math_tir import output_block
from desktop.tools.python_tool import NAME, format_result
from desktop.tools.runner import PythonRunner, RunResult

DEFAULT_MAX_RUNS = 4  # Qwen's own evaluation allows four code runs per answer

_BLOCK = re.compile(r"```python[ \t]*\n(.*?)\n[ \t]*```(?!`)", re.DOTALL)
_FENCE_TAIL = re.compile(r"\n[ \t]*`{0,3}$")  # a line that may become the closing fence


@dataclass(frozen=True)
class CodeRunsFinished:
    """The reply is over: the code runs it made (for the history) and each round's figures."""

    results: tuple[ToolResult, ...]
    rounds: tuple[GenerationStats, ...]
    stop_reason: StopReason
    error: str = ""
    limit_reached: bool = False


TirEvent = (
    TextDelta | ThinkingDelta | ToolCallStarted | ToolCallRunning | ToolCallFinished
) | CodeRunsFinished


class BlockCutter:
    """Streamed answer text in, text safe to show out, and the code of a ```python block once
    it closes. Inside an open python block the last line is held back until it is known not to
    be the closing fence, so nothing after a block is ever shown (the model's own ```output
    goes the same way: it is cut off and the real output takes its place)."""

    def __init__(self, before: str = "") -> None:
        self.text = before
        self._done = len(before)  # blocks before this were handled in earlier rounds
        self._sent = len(before)

    def feed(self, delta: str) -> tuple[str, str | None]:
        """(text to show now, the code of a block that just closed or None)."""
        self.text += delta
        for match in _BLOCK.finditer(self.text, self._done):
            if match.end() < len(self.text):  # something after the fence: it is closed
                self.text = self.text[: match.end()]
                self._done = match.end()
                return self._release(len(self.text)), match.group(1)
        return self._release(self._safe_end()), None

    def flush(self) -> str:
        """Everything held back (the reply ended)."""
        return self._release(len(self.text))

    def _safe_end(self) -> int:
        opening = self.text.rfind("```python", self._done)
        if opening < 0 or _BLOCK.search(self.text, opening):
            return len(self.text)  # not inside an open python block
        tail = _FENCE_TAIL.search(self.text, max(opening, self._sent))
        return tail.start() if tail else len(self.text)

    def _release(self, end: int) -> str:
        end = max(end, self._sent)
        ready, self._sent = self.text[self._sent : end], end
        return ready


def run_tir_loop(
    generate: Generate,
    request: GenerationRequest,
    runner: PythonRunner,
    policy: ApprovalPolicy,
    cancel: threading.Event,
    *,
    conversation: Hashable = None,
    max_runs: int = DEFAULT_MAX_RUNS,
) -> Iterator[TirEvent]:
    """Drive generation and code runs until the model answers without another block, the
    limit of runs, an error, or ``cancel``."""
    base = list(request.messages)
    answer = ""
    prefix = f"run_{secrets.token_hex(3)}_"
    numbers = count(1)
    results: list[ToolResult] = []
    rounds: list[GenerationStats] = []
    reason, error, limit = StopReason.EOS, "", False
    while True:
        if results:
            round_request = dataclasses.replace(
                request,
                messages=[*base, {"role": "assistant", "content": answer}],
                continue_last=True,
            )
        else:
            round_request = request
        stop_round = threading.Event()  # this round's own cancel: Stop, or a block closed
        if cancel.is_set():
            stop_round.set()
        cutter = BlockCutter(answer)
        code: str | None = None
        stats = GenerationStats()
        for event in generate(round_request, stop_round):
            if cancel.is_set():
                stop_round.set()  # Stop reaches the engine with the next token
            if isinstance(event, TextDelta):
                if code is None:
                    ready, code = cutter.feed(event.text)
                    if ready:
                        yield TextDelta(ready)
                    if code is not None:
                        stop_round.set()  # the engine stops within a token
            elif isinstance(event, ThinkingDelta):
                yield event
            elif isinstance(event, Finished):
                stats = event.stats
        if code is None:
            rest = cutter.flush()
            if rest:
                yield TextDelta(rest)
        answer = cutter.text
        rounds.append(stats)
        reason, error = stats.stop_reason, stats.error
        if cancel.is_set():
            reason = StopReason.CANCELLED
        if code is None or cancel.is_set() or stats.stop_reason is StopReason.ERROR:
            break
        reason = StopReason.EOS  # the round stopped for the code, not by itself
        call = ToolCall(f"{prefix}{next(numbers)}", NAME, {"code": code})
        yield ToolCallStarted(call, len(rounds), "built-in")
        if len(results) >= max_runs:
            result = ToolResult(
                call,
                CallStatus.SKIPPED,
                f"Not run: the limit of {max_runs} code runs for one reply was reached.",
            )
            results.append(result)
            yield ToolCallFinished(result, len(rounds))
            limit = True
            break
        result, run = yield from _run(call, len(rounds), runner, policy, cancel, conversation)
        result = dataclasses.replace(result, source="built-in")
        results.append(result)
        yield ToolCallFinished(result, len(rounds))
        if cancel.is_set():
            reason = StopReason.CANCELLED
            break
        block = output_block(run) if run is not None else _block(result.content)
        answer += block
        yield TextDelta(block)
    yield CodeRunsFinished(tuple(results), tuple(rounds), reason, error, limit)


def _run(
    call: ToolCall,
    index: int,
    runner: PythonRunner,
    policy: ApprovalPolicy,
    cancel: threading.Event,
    conversation: Hashable,
) -> Generator[TirEvent, None, tuple[ToolResult, RunResult | None]]:
    """Ask, then run; returns (result for the card, the run or None when it did not run)."""
    approved_by = policy.decide(conversation, call, "built-in", cancel)
    if cancel.is_set():
        stopped = QT_TRANSLATE_NOOP("ToolResult", "The user stopped before it ran.")
        return ToolResult(call, CallStatus.CANCELLED, stopped), None
    if approved_by is ApprovedBy.NONE:
        denied = QT_TRANSLATE_NOOP("ToolResult", "The user did not allow running this code.")
        return ToolResult(call, CallStatus.DENIED, denied), None
    yield ToolCallRunning(call, index, approved_by)
    run: RunResult = runner.run(str(call.arguments["code"]), cancel)
    if run.cancelled:
        status = CallStatus.CANCELLED
    elif run.ok:
        status = CallStatus.OK
    else:
        status = CallStatus.ERROR
    content = format_result(run, runner.limits)
    return ToolResult(call, status, content, run.duration_s, approved_by), run


def _block(text: str) -> str:
    return f"\n```output\n{text}\n```\n"
