"""The built-in ``python`` tool, and the text a run leaves for the model and for the card.

The transcript's Run button on a ```python block uses the same runner and
:func:`format_result`; Qwen2.5-Math's tool-integrated reasoning uses :mod:`math_tir`.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import Any

from desktop.tools.registry import Tool, ToolError
from desktop.tools.runner import PythonRunner, RunLimits, RunResult

NAME = "python"

DESCRIPTION = (
    "Run Python 3 code on the user's computer, offline, and get what it prints. Use it for "
    "arithmetic, maths and checking code. NumPy and SymPy are available; there is no network. "
    "Each call starts fresh (no state is kept between calls) in an empty working folder, with "
    "a time limit of {time:g} s. Print the results you need; the value of a last bare "
    "expression is printed too."
)

PARAMETERS: Mapping[str, Any] = {
    "type": "object",
    "properties": {"code": {"type": "string", "description": "The Python code to run."}},
    "required": ["code"],
}


def format_result(result: RunResult, limits: RunLimits) -> str:
    """Output and errors as one text: stdout, then stderr, then what stopped the program."""
    parts = []
    if result.stdout.strip():
        parts.append(result.stdout.rstrip("\n"))
    if result.stderr.strip():
        parts.append(result.stderr.rstrip("\n"))
    note = result.summary(limits)
    if note:
        parts.append(note)
    return "\n".join(parts) if parts else "(no output)"


def python_tool(runner: PythonRunner) -> Tool:
    """The ``python`` tool over ``runner`` (its limits are the Settings' limits)."""

    def handler(arguments: Mapping[str, Any], cancel: threading.Event) -> str:
        code = arguments.get("code")
        if not isinstance(code, str) or not code.strip():
            raise ToolError('The python tool needs the code to run in "code", as text.')
        result = runner.run(code, cancel)
        text = format_result(result, runner.limits)
        if not result.ok and not result.cancelled:
            raise ToolError(text)
        return text

    return Tool(NAME, DESCRIPTION.format(time=runner.limits.time_s), PARAMETERS, handler)
