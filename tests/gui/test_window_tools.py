"""Meters, settings, offline switch and diagnostics, wired into the real window."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QGuiApplication

from desktop.core.history.store import HistoryStore
from desktop.core.settings import Settings, load_settings
from desktop.engines.fake import FakeEngine
from desktop.gui.window.main_window import MainWindow
from tests.gui.window_support import make_main_window


@pytest.fixture
def window(qtbot, tmp_path: Path):
    store, _ = HistoryStore.open(tmp_path / "history.sqlite3")
    engine = FakeEngine("The answer is 42.", "Let me think.", tokens_per_s=200)
    win = make_main_window(store, tmp_path / "settings.json", engine)
    qtbot.addWidget(win)
    win.show()
    win.load_model(Path("fake.gguf"))
    qtbot.waitUntil(lambda: win.model is not None, timeout=5000)
    yield win
    win.close()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    store.close()


def test_meters_follow_a_generation(qtbot, window: MainWindow):
    window.tools.dock.show()
    window.controller.set_preset("Custom", "You are helpful.")
    window.controller.send("What is six times seven?")
    qtbot.waitUntil(lambda: not window.controller.generating, timeout=5000)
    usage = window.tools.source.context
    assert usage is not None
    assert usage.used > 0
    assert usage.fraction < 0.8
    assert window.tools._prompt[0] > 0, "the system prompt is counted apart"


def test_settings_apply_and_persist(window: MainWindow, tmp_path: Path):
    settings = Settings()
    settings.theme = "dark"
    settings.enter_to_send = False
    settings.generation.thinking_budget = 512
    window.state.settings.replace(settings)
    assert window.resolved_theme == "dark"
    assert window.controller.options.thinking_budget == 512, "a new chat takes the new default"
    assert window.composer.budget() == 512
    saved = load_settings(tmp_path / "settings.json")
    assert saved.theme == "dark"
    assert saved.enter_to_send is False


def test_offline_switch_persists_and_shows(window: MainWindow, tmp_path: Path):
    window.tools.offline_button.click()
    assert window.settings.offline is True
    assert "Offline" in window.tools.offline_button.text()
    assert load_settings(tmp_path / "settings.json").offline is True


def test_offline_session_makes_no_connection(qtbot, window: MainWindow, monkeypatch):
    """Start, chat and use the window in offline mode with every socket connect refused."""

    def refuse(self, address):
        raise AssertionError(f"offline session tried to connect to {address!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    window.tools.set_offline(True)
    window.controller.send("Hello offline")
    qtbot.waitUntil(lambda: not window.controller.generating, timeout=5000)
    assert window.controller.shown_messages()[-1].content == "The answer is 42."


def test_diagnostics_copy_masks_token_and_home(qtbot, window: MainWindow):
    token = "hf_" + "a1B2c3D4e5F6g7H8i9J0" * 2
    window.state.tokens.set(token)
    window.tools.copy_diagnostics()
    qtbot.waitUntil(lambda: "Diagnostics copied" in window.banner.label.text(), timeout=10_000)
    text = QGuiApplication.clipboard().text()
    assert "Qwen Desk" in text
    assert token not in text
    assert str(Path.home()) not in text


def test_a_new_models_folder_reaches_the_library(window: MainWindow, tmp_path: Path):
    from desktop.core.models.tiny_gguf import build_tiny_gguf

    folder = tmp_path / "elsewhere"
    build_tiny_gguf(folder / "tiny.gguf")
    settings = Settings()
    settings.models_dir = str(folder)
    window.state.settings.replace(settings)
    assert window.library.library.models_dir == folder
    assert [name for name, _ in window.library.installed_models()] == ["tiny"]


def test_diagnostics_that_fail_say_so_plainly(qtbot, window: MainWindow, monkeypatch):
    import desktop.gui.window.diagnostics as diagnostics

    def broken(*args: object) -> str:
        raise PermissionError("the log folder is not readable")

    monkeypatch.setattr(diagnostics, "build_diagnostics", broken)
    window.tools.copy_diagnostics()
    qtbot.waitUntil(lambda: "Could not collect" in window.banner.label.text(), timeout=10_000)
    text = window.banner.label.text()
    assert "the log folder is not readable" in text
    assert "Traceback" not in text
