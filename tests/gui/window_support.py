"""Building the real main window for tests: app state with a chosen engine and settings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.core.history import HistoryStore
from desktop.core.settings import Settings
from desktop.engines.base import Engine
from desktop.gui.app_state import AppState, build_state
from desktop.gui.chat.generation import GenerationService
from desktop.gui.window.main_window import MainWindow


def make_state(
    store: HistoryStore,
    settings_path: Path,
    engine: Engine | None = None,
    settings: Settings | None = None,
) -> AppState:
    """App state over ``store``; ``engine`` (when given) serves every model that is loaded.
    Without ``settings``, the defaults but no titles written by the model: a title is one
    more (background) request, which tests that count requests do not expect."""
    generation = GenerationService(lambda source: engine) if engine is not None else None
    settings = settings or Settings(auto_titles=False)
    return build_state(settings, settings_path, store, generation=generation)


def make_main_window(
    store: HistoryStore,
    settings_path: Path,
    engine: Engine | None = None,
    settings: Settings | None = None,
    use_webengine: bool | None = False,
) -> MainWindow:
    state = make_state(store, settings_path, engine, settings)
    return MainWindow(state, use_webengine=use_webengine)


def open_shown(qtbot: Any, window: MainWindow, web: bool, made: list[MainWindow]) -> MainWindow:
    """Show ``window`` (kept in ``made`` for :func:`close_all`), load a fake model through its
    engine, switch thinking off, and wait for the web transcript when ``web``."""
    qtbot.addWidget(window)
    window.show()
    made.append(window)
    window.load_model(Path("fake.gguf"))
    qtbot.waitUntil(lambda: window.model is not None, timeout=10_000)
    window.controller.set_thinking(False)
    if web:
        qtbot.waitUntil(lambda: window.chat_view._is_ready, timeout=20_000)
    return window


def close_all(made: list[MainWindow]) -> None:
    """Close the windows a fixture made and let Qt delete them before the next test."""
    from PySide6.QtCore import QCoreApplication, QEvent

    for window in made:
        window.close()
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
