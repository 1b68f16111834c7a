"""GUI test fixtures: the app's own QtWebEngine set-up, and checks that no test leaves a
generation thread or a background task running."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.gui.webengine_setup import prepare_webengine_environment

# As the app does before its QApplication exists (pytest-qt makes it later): as root,
# Chromium needs --no-sandbox or it ends the test process.
prepare_webengine_environment()


@pytest.fixture(autouse=True)
def no_running_generation() -> Iterator[None]:
    yield
    from desktop.chat.runner import EngineRunner

    running = [runner for runner in list(EngineRunner.live) if runner.alive]
    for runner in running:
        runner.shutdown()
    assert not running, "test left a generation thread running"


@pytest.fixture(autouse=True)
def no_running_tasks() -> Iterator[None]:
    """Every TaskRunner is shut down after the test (its pool threads joined); work still
    queued or running when the test ended fails it."""
    yield
    from desktop.gui.tasks import TaskRunner

    left = TaskRunner.reap()
    assert not left, f"test left background tasks running: {left}"
