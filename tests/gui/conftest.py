"""GUI test fixtures: fail any test that leaves a generation thread running."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def no_running_generation() -> Iterator[None]:
    yield
    from desktop.chat.runner import EngineRunner

    running = [runner for runner in list(EngineRunner.live) if runner.alive]
    for runner in running:
        runner.shutdown()
    assert not running, "test left a generation thread running"
