"""Qwen2.5-Math tool-integrated reasoning: find the finished ```python block, run it, and
continue after an ```output block in the format of Qwen's evaluation code."""

from __future__ import annotations

from desktop.tools.math_tir import (
    PythonBlockWatcher,
    finished_python_block,
    last_python_block,
    output_block,
    tir_result_text,
)
from desktop.tools.runner import PythonRunner, RunLimits, RunResult

REPLY = (
    "Let me compute the sum.\n```python\nfrom sympy import symbols, summation\n"
    "n = symbols('n')\nprint(summation(n, (n, 1, 100)))\n```\n"
)
CODE = "from sympy import symbols, summation\nn = symbols('n')\nprint(summation(n, (n, 1, 100)))"


def test_the_watcher_sees_the_block_close_however_the_stream_is_cut() -> None:
    for size in (1, 3, 7, len(REPLY)):
        watcher = PythonBlockWatcher()
        found = [c for i in range(0, len(REPLY), size) if (c := watcher.feed(REPLY[i : i + size]))]
        assert found == [CODE], size


def test_an_open_block_or_other_languages_are_not_run() -> None:
    watcher = PythonBlockWatcher()
    assert watcher.feed("```python\nprint(1)\n") is None
    assert watcher.feed("still going") is None
    other = PythonBlockWatcher()
    assert other.feed("```js\nconsole.log(1)\n```\n") is None


def test_after_the_output_block_the_watcher_waits_for_the_next_block() -> None:
    watcher = PythonBlockWatcher()
    assert watcher.feed(REPLY) == CODE
    result = RunResult("5050\n", "", 0, 0.1)
    continued = REPLY.rstrip() + output_block(result)
    watcher.reset(continued)
    assert watcher.feed("So the sum is 5050.") is None
    assert watcher.feed("\n```python\nprint(2)\n```") is None
    assert watcher.feed("\n") == "print(2)"


def test_output_block_matches_qwens_format() -> None:
    assert output_block(RunResult("5050\n", "", 0, 0.1)) == "\n```output\n5050\n```\n"
    error = RunResult("", "Traceback ...\nZeroDivisionError: division by zero\n", 1, 0.1)
    assert tir_result_text(error) == "ZeroDivisionError: division by zero"
    slow = RunResult("", "", None, 10.0, timed_out=True)
    assert tir_result_text(slow) == "TimeoutError: the program ran too long"
    assert tir_result_text(RunResult("x" * 5000, "", 0, 0.1)).endswith("...")


def test_finished_block_of_a_whole_reply() -> None:
    assert finished_python_block(REPLY) == CODE
    assert finished_python_block(REPLY + "```output") == CODE
    assert finished_python_block(REPLY + "```output\n5050\n```\nDone.") is None
    assert finished_python_block("No code here.") is None
    assert last_python_block(REPLY + "```python\nprint(3)\n```") == "print(3)"


def test_the_block_runs_through_the_runner() -> None:
    runner = PythonRunner(RunLimits(time_s=10), keep_warm=False)
    try:
        code = finished_python_block(REPLY)
        assert code is not None
        assert output_block(runner.run(code)) == "\n```output\n5050\n```\n"
    finally:
        runner.close()
