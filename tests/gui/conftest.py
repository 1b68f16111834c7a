"""GUI test fixtures: the app's own QtWebEngine set-up, and a check that no test leaves a
generation QThread running."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.gui.webengine_setup import prepare_webengine_environment

# As the app does before its QApplication exists (pytest-qt makes it later): as root,
# Chromium needs --no-sandbox or it ends the test process.
prepare_webengine_environment()


@pytest.fixture(autouse=True)
def no_running_qthreads() -> Iterator[None]:
    yield
    from desktop.gui.chat.generation import GenerationThread

    running = [t for t in list(GenerationThread.live) if t.qthread.isRunning()]
    for thread in running:
        thread.shutdown()
    assert not running, "test left a generation thread running"
