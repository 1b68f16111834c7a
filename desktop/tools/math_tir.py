"""Qwen2.5-Math tool-integrated reasoning: run the ```python block a reply just finished and
continue the reply after an ```output block, the format of Qwen's own evaluation code.

The service feeds answer deltas to :class:`PythonBlockWatcher`; when it returns code, it stops
the round (Qwen uses "```output" as a stop word), runs the code, appends
:func:`output_block` to the assistant text and lets the model continue that same message.
"""

from __future__ import annotations

import re

from desktop.tools.runner import RunResult

STOP_WORD = "```output"
MAX_OUTPUT_CHARS = 2000  # long outputs are cut, as Qwen's executor does, to save context

_PYTHON_BLOCK = re.compile(r"```python[ \t]*\n(.*?)\n[ \t]*```(?!`)", re.DOTALL)


def last_python_block(text: str) -> str | None:
    """The code of the last complete ```python block in ``text``."""
    blocks = _PYTHON_BLOCK.findall(text)
    return blocks[-1] if blocks else None


def finished_python_block(reply: str) -> str | None:
    """The code to run when ``reply`` ends right after a ```python block (optionally followed
    by the stop word), and not after an ```output block or other text."""
    tail = reply.rstrip()
    if tail.endswith(STOP_WORD):
        tail = tail[: -len(STOP_WORD)].rstrip()
    matches = list(_PYTHON_BLOCK.finditer(tail))
    if not matches or tail[matches[-1].end() :].strip():
        return None
    return matches[-1].group(1)


class PythonBlockWatcher:
    """Feed it streamed answer text; it returns the code once a ```python block has closed
    (its closing fence followed by anything but another backtick), then waits for the next."""

    def __init__(self) -> None:
        self.text = ""
        self._done_upto = 0

    def feed(self, delta: str) -> str | None:
        self.text += delta
        for match in _PYTHON_BLOCK.finditer(self.text, self._done_upto):
            if match.end() == len(self.text):
                return None  # the fence may still grow into a longer one
            self._done_upto = match.end()
            return match.group(1)
        return None

    def reset(self, text: str = "") -> None:
        """Continue watching after ``text`` (the reply so far, with its ```output block)."""
        self.text = text
        self._done_upto = len(text)


def tir_result_text(result: RunResult) -> str:
    """What goes inside the ```output block: the printed output, else the error's last line."""
    text = result.stdout.strip()
    if not text:
        lines = result.stderr.strip().splitlines()
        if result.timed_out:
            text = "TimeoutError: the program ran too long"
        elif lines:
            text = lines[-1]
        elif result.error:
            text = result.error
    if len(text) > MAX_OUTPUT_CHARS:
        text = text[:MAX_OUTPUT_CHARS] + "..."
    return text


def output_block(result: RunResult) -> str:
    """The continuation appended to the reply after its ```python block."""
    return f"\n```output\n{tir_result_text(result)}\n```\n"
