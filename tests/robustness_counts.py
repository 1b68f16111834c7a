"""Counts of what the robustness tests try, printed in the test summary.

Tests call :func:`inputs_tried` for each hostile or random input they feed the app (a
hypothesis example, a corpus file, a hostile template) and :func:`faults_injected` for each
failure they force (a killed renderer, a dropped connection, a cut file). The last line of a
run, ``robustness: 1,234 inputs tried, 56 faults injected``, can then be compared from one
change to the next.
"""

from __future__ import annotations

from collections import Counter

import pytest

COUNTS: Counter[str] = Counter()


def inputs_tried(n: int = 1) -> None:
    COUNTS["inputs"] += n


def faults_injected(n: int = 1) -> None:
    COUNTS["faults"] += n


def summary_line() -> str:
    return f"robustness: {COUNTS['inputs']:,} inputs tried, {COUNTS['faults']:,} faults injected"


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if COUNTS:
        terminalreporter.write_line(summary_line())
