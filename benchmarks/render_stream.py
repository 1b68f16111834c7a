"""Print what rendering a streaming reply costs: full renders versus StreamingRenderer.

The reply mimics a long Qwen answer (~7 KB): prose, four 60-line code blocks, ~40 formulas.
It grows 20 characters at a time, as the window would see it on a timer.
Run: ``.venv/bin/python benchmarks/render_stream.py``.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.render.markdown import StreamingRenderer, clear_caches, render_markdown


def sample_reply(seed: int = 0) -> str:
    """A ~7 KB reply with four 60-line code blocks and ~40 inline formulas."""
    parts = [f"## Solution {seed}\n"]
    for block in range(4):
        parts.append(
            f"Step {block + 1}: we use $a_{block} = {block}^2$, $b = \\frac{{{block}}}{{2}}$, "
            f"$c_{{{block}}} = \\sqrt{{{block} + x}}$, and the identity $\\sum_{{i=1}}^n i = "
            f"\\frac{{n(n+1)}}{{2}}$ together with $\\alpha + \\beta = {block}$.\n"
        )
        parts.append(
            "Then the table of values is computed by the program below, which is written "
            "to be clear rather than fast; each line does **one** thing, and `f` is pure.\n"
        )
        parts.append(f"Check: $f({block}) = {block}$, $f'(x) > 0$ and $x \\in [0, 1]$.\n")
        code = "\n".join(f"    v{line} = f(v, {block})" for line in range(60))
        parts.append(f"```python\ndef solve_{block}(values):\n{code}\n    return total_0\n```\n")
        parts.append(f"- It runs in $O(n \\log n)$ time for block {block}.\n- Memory is $O(n)$.\n")
    parts.append("So the final answer is $\\boxed{42}$.\n")
    return "\n".join(parts)


def prose_reply() -> str:
    """A ~7 KB reply of prose, lists and inline maths, no code: markdown-it dominates here."""
    parts = []
    for i in range(36):
        parts.append(
            f"Paragraph {i} explains *why* the method works: for $n = {i}$ the sum "
            f"$\\sum_{{k=1}}^{{n}} k$ equals $\\frac{{n(n+1)}}{{2}}$, that is "
            f"**{i * (i + 1) // 2}**. See [the proof](https://example.org/proof) and `check()`.\n"
        )
        if i % 5 == 4:
            parts.append("- first point\n- second point with ~~old~~ new text\n")
    return "\n".join(parts)


def main() -> None:
    for name, text in (("code-heavy", sample_reply()), ("prose", prose_reply())):
        measure(name, text)
        print()


def measure(name: str, text: str) -> None:
    """Print the full-render and per-update costs of one reply."""
    print(
        f"{name} reply: {len(text)} chars, {text.count('```') // 2} code blocks, "
        f"{text.count('$') // 2} formulas"
    )

    clear_caches()
    start = time.perf_counter()
    render_markdown(text + " ")  # a fresh text, so the whole-message cache does not answer
    print(f"one full render (cold caches): {(time.perf_counter() - start) * 1e3:.1f} ms")

    clear_caches()
    renderer = StreamingRenderer()
    costs: list[float] = []
    for end in range(20, len(text) + 20, 20):
        start = time.perf_counter()
        renderer.update(text[:end])
        costs.append((time.perf_counter() - start) * 1e3)
    start = time.perf_counter()
    renderer.finish()
    finish_ms = (time.perf_counter() - start) * 1e3
    costs_sorted = sorted(costs)
    print(f"streaming, {len(costs)} updates of +20 chars (cold caches):")
    print(
        f"  mean {statistics.mean(costs):.2f} ms, median {statistics.median(costs):.2f} ms, "
        f"p95 {costs_sorted[int(len(costs) * 0.95)]:.2f} ms, max {max(costs):.1f} ms, "
        f"total {sum(costs):.0f} ms; finish() {finish_ms:.2f} ms"
    )

    for label, cold in (("warm caches", False), ("no caches", True)):
        naive: list[float] = []
        for end in range(20, len(text) + 20, 200):  # every 10th step shows the trend
            if cold:
                clear_caches()
            start = time.perf_counter()
            render_markdown(text[:end] + "\u200b", streaming=True)
            naive.append((time.perf_counter() - start) * 1e3)
        print(
            f"naive full re-render per update ({label}): mean {statistics.mean(naive):.1f} ms, "
            f"last {naive[-1]:.1f} ms"
        )


if __name__ == "__main__":
    main()
