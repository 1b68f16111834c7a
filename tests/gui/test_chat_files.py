"""File ▸ Export all chats says where it went; File ▸ Import chats asks before copying chats
that are already here (issue 12, item 12)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from desktop.core.history.store import HistoryStore
from desktop.gui.window.main_window import MainWindow
from tests.gui.window_support import make_main_window


@pytest.fixture
def window(qtbot, tmp_path: Path, store: HistoryStore) -> Iterator[MainWindow]:
    for title in ("Greetings", "Sums"):
        chat = store.create_conversation(title)
        store.add_user_message(chat.id, f"About {title.lower()}")
    made = make_main_window(store, tmp_path / "settings.json")
    qtbot.addWidget(made)
    made.show()
    yield made
    made.close()
    made.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _answer_with(text: str, seen: list[str]) -> Callable[[], None]:
    """Click the button ``text`` of the question box once it is up (it is modal)."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        seen.append(box.text())
        button = next(b for b in box.findChildren(QPushButton) if b.text() == text)
        button.click()

    return click


def _export(window: MainWindow, monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "JSON"))
    window.export_chats()


def test_an_export_says_where_it_went(qtbot, window: MainWindow, monkeypatch, tmp_path: Path):
    target = tmp_path / "saved" / "chats.json"
    target.parent.mkdir()
    _export(window, monkeypatch, target)
    assert target.is_file()
    text = window.banner.label.text()
    assert text == f"Exported 2 chats to chats.json in {target.parent}."
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    action = window.banner.findChild(QPushButton, "bannerAction0")
    assert action is not None
    assert action.text() == "Show the folder"
    action.click()
    assert opened == [str(target.parent)]


def test_importing_the_same_export_asks_before_copying(
    qtbot, window: MainWindow, monkeypatch, tmp_path: Path, store: HistoryStore
):
    target = tmp_path / "chats.json"
    _export(window, monkeypatch, target)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    seen: list[str] = []
    QTimer.singleShot(0, _answer_with("Cancel", seen))
    window.import_chats()
    assert seen == ["All 2 chats in chats.json are already in your history (the file was "
                    "imported before, or exported from here)."]  # fmt: skip
    assert len(store.list_conversations()) == 2
    QTimer.singleShot(0, _answer_with("Import all 2 again as copies", seen))
    window.import_chats()
    assert len(store.list_conversations()) == 4
    assert window.banner.label.text() == "Imported 2 chats from chats.json."


def test_only_the_new_chats_of_a_file_can_be_imported(
    qtbot, window: MainWindow, monkeypatch, tmp_path: Path, store: HistoryStore
):
    target = tmp_path / "chats.json"
    _export(window, monkeypatch, target)
    store.trash(store.list_conversations()[0].id)
    window.sidebar.refresh()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    seen: list[str] = []
    QTimer.singleShot(0, _answer_with("Import the 1 new one", seen))
    window.import_chats()
    assert seen[0].startswith("1 of the 2 chats in chats.json is already in your history")
    assert len(store.list_conversations()) == 2
    assert window.banner.label.text() == (
        "Imported 1 chat from chats.json; 1 already here was left out."
    )
