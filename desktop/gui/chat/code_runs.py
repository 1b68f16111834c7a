"""The Run button of Python code blocks in replies: the code runs on the app's task runner with
the Python runner of the tool box, and its output shows under the block (Stop ends it).

The code is taken from the stored reply by the block's index, never from the page, so only
code the reply really contains can run, and only from the app's own button.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from desktop.core.i18n import translate
from desktop.gui.tasks import Task, TaskContext, TaskRunner
from desktop.render.tool_cards import RUNNABLE, CodeOutput
from desktop.tools.runner import PythonRunner, RunResult
from desktop.tools.toolbox import ToolBox

log = logging.getLogger(__name__)

RunnerFor = Callable[[], "PythonRunner | str"]
"""The Python runner to use now, or a sentence saying why there is none."""


class OutputView(Protocol):
    def set_code_output(self, message_id: int, output: CodeOutput) -> None: ...
    def message_text(self, message_id: int) -> str: ...


def output_of(index: int, result: RunResult, runner: PythonRunner) -> CodeOutput:
    note = result.summary(runner.limits, shown=True)
    if not note and result.exit_code == 0:
        note = translate("CodeRuns", "Exit status 0.")
    return CodeOutput(
        index,
        running=False,
        stdout=result.stdout,
        stderr=result.stderr,
        note=note,
        duration_s=result.duration_s,
        ok=result.ok,
    )


def runner_of(box: ToolBox | None) -> PythonRunner | str:
    """The tool box's Python runner, or why the Run button cannot use it."""
    if box is None:
        return translate(
            "CodeRuns", "Running code needs the Python runner, which is not available here."
        )
    if not box.settings.python:
        return translate(
            "CodeRuns", "The Python runner is off. Switch it on in Settings ▸ Tools to run code."
        )
    return box.runner


class CodeRuns(QObject):
    """Runs code blocks from the transcript, one task per block."""

    notice = Signal(str)  # why a block cannot run, in a sentence

    def __init__(
        self, view: OutputView, tasks: TaskRunner, runner_for: RunnerFor, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.tasks = tasks
        self.runner_for = runner_for
        self._running: dict[tuple[int, int], Task] = {}

    def run(self, message_id: int, payload: str) -> None:
        """The Run button of block ``payload`` (its index) of message ``message_id``."""
        try:
            index = int(payload)
        except ValueError:
            return
        if (message_id, index) in self._running:
            return
        from desktop.render.markdown import code_block  # the renderer loads with the first reply

        block = code_block(self.view.message_text(message_id), index)
        if block is None or block[0] not in RUNNABLE:
            log.info(
                "ignored a Run of block %r of message %d: not Python code", payload, message_id
            )
            return
        runner = self.runner_for()
        if isinstance(runner, str):
            self.notice.emit(runner)
            return
        code = block[1]

        def work(ctx: TaskContext) -> RunResult:
            return runner.run(code, ctx.cancelled)

        def done(result: RunResult) -> None:
            self._running.pop((message_id, index), None)
            self.view.set_code_output(message_id, output_of(index, result, runner))

        def failed(error: Exception) -> None:
            self._running.pop((message_id, index), None)
            note = translate("CodeRuns", "The code could not be run: {error}").format(error=error)
            self.view.set_code_output(message_id, CodeOutput(index, False, note=note, ok=False))

        self.view.set_code_output(message_id, CodeOutput(index))
        self._running[message_id, index] = self.tasks.run(
            work, on_done=done, on_error=failed, owner=self, name="run-code"
        )

    def stop(self, message_id: int, payload: str) -> None:
        """The Stop button under a running block: the run ends, its output so far shows."""
        try:
            task = self._running.get((message_id, int(payload)))
        except ValueError:
            return
        if task is not None:
            task.stop()

    @property
    def running(self) -> int:
        return len(self._running)
