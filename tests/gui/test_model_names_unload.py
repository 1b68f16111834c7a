"""A model goes by one name everywhere in the window, the picker lists each file once, and the
model can be unloaded from the Models menu or the picker (issue 12, items 5 and "Unload")."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from desktop.core.history.store import HistoryStore
from desktop.core.paths import app_paths
from desktop.gui.composer.pickers import UNLOAD, ModelPicker
from desktop.gui.window.main_window import MainWindow
from tests.gui.window_support import make_main_window


@pytest.fixture
def window(qtbot, tmp_path: Path, store: HistoryStore) -> Iterator[MainWindow]:
    made = make_main_window(store, tmp_path / "settings.json")  # the real llama.cpp engine
    qtbot.addWidget(made)
    made.show()
    yield made
    made.close()
    made.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def installed(tiny_models: dict[str, Path]) -> Path:
    """A tiny Qwen2 model in the models folder, under a file name of its own (its GGUF
    header calls it "tiny-qwen2-never")."""
    folder = app_paths().ensure().models
    path = folder / "Qwen2-Tiny-Q8_0.gguf"
    shutil.copyfile(tiny_models["qwen2"], path)
    return path


def _entries(picker: ModelPicker) -> list[tuple[str, Path]]:
    items = [(picker.itemText(i), picker.itemData(i)) for i in range(picker.count())]
    return [(text, data) for text, data in items if isinstance(data, Path)]


def _load(qtbot, window: MainWindow, path: Path) -> None:
    window.load_model(path)
    qtbot.waitUntil(lambda: window.model is not None and window.model.path == path, timeout=20_000)


def test_one_name_everywhere_and_one_picker_entry_per_file(
    qtbot, window: MainWindow, installed: Path, tmp_path: Path, store: HistoryStore
) -> None:
    window.library.models_listed.emit(window.library.installed_models())
    picker = window.composer.model_combo
    assert _entries(picker) == [("Qwen2-Tiny-Q8_0", installed)]
    link = tmp_path / "elsewhere" / "link.gguf"
    link.parent.mkdir()
    link.symlink_to(installed)
    _load(qtbot, window, link)  # the same file by another path: a recent model now
    _load(qtbot, window, installed)
    assert _entries(picker) == [("Qwen2-Tiny-Q8_0", installed)], "one entry per file"
    assert picker.currentText() == "Qwen2-Tiny-Q8_0"
    assert window.model_status.text().startswith("Qwen2-Tiny-Q8_0 · llama.cpp")
    assert "Qwen2-Tiny-Q8_0" in (window.chat_view._welcome or "")  # the ready page
    window.settings.generation.max_tokens = 4
    box = window.composer.findChild(QWidget, "messageInput")
    qtbot.keyClicks(box, "Hello")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.controller.generating, timeout=20_000)
    _, reply = store.path(store.list_conversations()[0].id)
    assert reply.model == "Qwen2-Tiny-Q8_0"  # stored
    assert window.chat_view._messages[reply.id].author == "Qwen2-Tiny-Q8_0"  # author line


def test_unload_from_the_models_menu_frees_the_model(
    qtbot, window: MainWindow, installed: Path
) -> None:
    action = window.findChild(QAction, "unloadModelAction")
    assert action is not None
    assert not action.isEnabled()
    _load(qtbot, window, installed)
    assert action.isEnabled()
    assert window.tools.source.sampler.model_memory > 0
    action.trigger()
    qtbot.waitUntil(lambda: window.model is None, timeout=10_000)
    assert window.state.generation.runner.model is None  # the engine let go of it
    assert window.model_status.text() == "No model loaded"
    assert window.composer.model_combo.currentIndex() == -1
    assert not window.composer.send_button.isEnabled()
    assert window.tools.source.sampler.model_memory == 0
    assert not action.isEnabled()


def test_unload_from_the_picker(qtbot, window: MainWindow, installed: Path) -> None:
    picker = window.composer.model_combo
    assert picker.findData(UNLOAD) == -1, "nothing to unload yet"
    _load(qtbot, window, installed)
    index = picker.findData(UNLOAD)
    assert picker.itemText(index) == "Unload model"
    picker.activated.emit(index)
    qtbot.waitUntil(lambda: window.model is None, timeout=10_000)
    assert picker.findData(UNLOAD) == -1
    assert window.model_status.text() == "No model loaded"


def test_a_recent_model_stays_in_the_picker_when_the_library_lists_again(
    qtbot, window: MainWindow, installed: Path, tiny_models: dict[str, Path]
) -> None:
    _load(qtbot, window, tiny_models["qwen3"])  # a file outside the library
    window.library.models_listed.emit(window.library.installed_models())  # a download ended
    names = [name for name, _ in _entries(window.composer.model_combo)]
    assert names == ["Qwen2-Tiny-Q8_0", "qwen3-hybrid"]
