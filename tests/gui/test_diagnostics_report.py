"""Copy diagnostics from the real window: the machine is profiled (it used to say "(not
profiled)") and a long traceback in the log stays short."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QGuiApplication

from desktop.core.hardware import describe, detect_profile
from desktop.core.history.store import HistoryStore
from desktop.gui.window.main_window import MainWindow
from tests.gui.window_support import make_main_window


@pytest.fixture
def window(qtbot, tmp_path: Path, store: HistoryStore) -> Iterator[MainWindow]:
    made = make_main_window(store, tmp_path / "settings.json")
    qtbot.addWidget(made)
    yield made
    made.close()
    made.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_the_report_names_this_machine_and_keeps_the_log_short(qtbot, window: MainWindow) -> None:
    logs = window.state.paths.logs
    logs.mkdir(parents=True, exist_ok=True)
    frames = [f'  File "x{i}.py", line {i}, in f\n    g()\n' for i in range(120)]
    traceback = "Traceback (most recent call last):\n" + "".join(frames)
    (logs / "qwen-desk.log").write_text(traceback + "KeyError: 'x'\n", encoding="utf-8")
    window.tools.copy_diagnostics()
    qtbot.waitUntil(lambda: "Diagnostics copied" in window.banner.label.text(), timeout=10_000)
    text = QGuiApplication.clipboard().text()
    profile = detect_profile()
    assert "(not profiled)" not in text
    assert f"Cores: {profile.cores_physical} physical" in text
    assert describe(profile).split(" (")[0] in text  # "23.5 GiB RAM", whatever is free now
    log_part = text.split("== Log", 1)[1].strip().splitlines()[1:]
    assert log_part[-1] == "KeyError: 'x'"
    assert len(log_part) <= 8
