"""GUI test fixtures: fail any test that leaves a generation QThread or a background task
running."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def no_running_qthreads() -> Iterator[None]:
    yield
    from desktop.gui.chat.generation import GenerationThread

    running = [t for t in list(GenerationThread.live) if t.qthread.isRunning()]
    for thread in running:
        thread.shutdown()
    assert not running, "test left a generation thread running"


@pytest.fixture(autouse=True)
def no_running_tasks() -> Iterator[None]:
    """Every TaskRunner is shut down after the test (its pool threads joined); work still
    queued or running when the test ended fails it."""
    yield
    from desktop.gui.tasks import TaskRunner

    left = TaskRunner.reap()
    assert not left, f"test left background tasks running: {left}"
