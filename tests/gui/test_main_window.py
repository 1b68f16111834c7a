"""The foundation window, driven like a user would: load, type, send, stream, stop, close."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.core.settings import Settings, load_settings
from desktop.engines.fake import FakeEngine
from desktop.gui.main_window import MainWindow
from desktop.gui.workers import GenerationThread


@pytest.fixture
def make_window(qtbot, tmp_path: Path):
    created: list[MainWindow] = []

    def make(engine_factory=None) -> MainWindow:
        generation = GenerationThread(engine_factory) if engine_factory else GenerationThread()
        window = MainWindow(generation, Settings(), tmp_path / "settings.json")
        qtbot.addWidget(window)
        window.show()
        created.append(window)
        return window

    yield make
    for window in created:
        window.close()


# Worker signals come from the generation thread; tests wait on the window's own state
# (qtbot.waitSignal on a cross-thread signal can miss its own timeout and hang).
def load(qtbot, window: MainWindow, path: Path) -> None:
    window.load_model(path)
    qtbot.waitUntil(lambda: window.model is not None, timeout=10_000)


def test_real_tiny_model_whole_turn(qtbot, make_window, tiny_models, tmp_path):
    window = make_window()
    load(qtbot, window, tiny_models["qwen3"])
    assert window.thinking_box.isEnabled(), "hybrid template: the switch is offered"
    assert "tiny-qwen3-hybrid" in window.model_label.text()
    window.settings.generation.max_tokens = 20
    qtbot.keyClicks(window.composer, "Hello")
    qtbot.keyClick(window.composer, Qt.Key.Key_Return)
    assert window.generating and window.send_button.text() == "Stop"
    qtbot.waitUntil(lambda: not window.generating, timeout=10_000)
    reply = window.conversation.turns[-1]
    assert reply.role == "assistant" and "tok/s" in reply.footer
    assert window.send_button.text() == "Send"
    assert load_settings(tmp_path / "settings.json").last_model == str(tiny_models["qwen3"])


def test_stop_answers_quickly_and_close_mid_generation(qtbot, make_window):
    engine = FakeEngine("word " * 5000, tokens_per_s=300)
    window = make_window(lambda path: engine)
    load(qtbot, window, Path("fake.gguf"))
    window.send("Go on and on")
    qtbot.waitUntil(lambda: len(window.conversation.turns[-1].text) > 20, timeout=5000)
    qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.generating, timeout=1000)
    assert "stopped" in window.conversation.turns[-1].footer
    # Closing while a reply streams ends the worker thread cleanly.
    window.send("again")
    qtbot.waitUntil(lambda: len(window.conversation.turns[-1].text) > 10, timeout=5000)
    window.close()
    assert not window.generation.qthread.isRunning()


def test_thinking_streams_separately(qtbot, make_window):
    engine = FakeEngine("Four.", "Two plus two is four.", tokens_per_s=0)
    window = make_window(lambda path: engine)
    load(qtbot, window, Path("fake.gguf"))
    window.send("2+2?")
    qtbot.waitUntil(lambda: not window.generating, timeout=5000)
    turn = window.conversation.turns[-1]
    assert (turn.thinking, turn.text) == ("Two plus two is four.", "Four.")


def test_load_failure_is_shown_and_app_stays_usable(qtbot, make_window, tmp_path, tiny_models):
    window = make_window()
    bad = tmp_path / "bad.gguf"
    bad.write_bytes(b"garbage" * 100)
    window.load_model(bad)
    qtbot.waitUntil(lambda: "not a GGUF model file" in window.model_label.text(), timeout=5000)
    load(qtbot, window, tiny_models["qwen2"])
    assert "tiny-qwen2" in window.model_label.text()
