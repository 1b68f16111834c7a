"""Documents in the window (issue 15): attaching files to a chat (paper clip, drop, paste),
the removable chips, plain messages for files that cannot be read, the reply saying how the
documents were used, the context meter's document part, clickable citations in both
transcripts with the passage shown, and forgetting a chat's documents when it is deleted."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from html import unescape
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QTextBrowser, QToolButton, QWidget

from desktop.core.history.store import HistoryStore
from desktop.core.settings import Settings
from desktop.documents.attachments import attachments
from desktop.documents.index import DocumentIndex
from desktop.engines.fake import FakeEngine
from desktop.gui.documents.citation_popup import CitationPopup
from desktop.gui.window.main_window import MainWindow
from tests.gui.webengine import run_js
from tests.gui.window_support import close_all, make_main_window, open_shown

VIEWS = [pytest.param(False, id="plain"), pytest.param(True, id="web")]
CAPITALS = "Capitals of Europe.\n\nThe capital of France is Paris. It lies on the Seine.\n"


@pytest.fixture
def open_window(qtbot, tmp_path: Path, store: HistoryStore) -> Iterator[Callable[..., MainWindow]]:
    made: list[MainWindow] = []

    def make(engine: FakeEngine | None = None, web: bool = False) -> MainWindow:
        engine = engine or FakeEngine("The capital is Paris [1].", "")
        window = make_main_window(
            store, tmp_path / "settings.json", engine, Settings(auto_titles=False),
            use_webengine=web,
        )  # fmt: skip
        return open_shown(qtbot, window, web, made)

    yield make
    close_all(made)


def drop_files(widget: QWidget, paths: list[Path]) -> None:
    """Drag local files or folders onto a widget and drop them, as a file manager would."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    point = widget.rect().center()
    action, buttons = Qt.DropAction.CopyAction, Qt.MouseButton.NoButton
    mods = Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(widget, QDragEnterEvent(point, action, mime, buttons, mods))
    QApplication.sendEvent(widget, QDropEvent(QPointF(point), action, mime, buttons, mods))


def wait_indexed(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.documents.jobs.busy, timeout=30_000)


def send(qtbot, window: MainWindow, text: str) -> None:
    box = window.composer.findChild(QWidget, "messageInput")
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.controller.generating, timeout=20_000)


def chip_names(window: MainWindow) -> list[str]:
    return [name.lstrip("…⚠ ") for name in window.documents.chips.names()]


def test_the_paper_clip_has_a_name_and_attaching_shows_chips(qtbot, open_window, tmp_path):
    window = open_window()
    clip = window.composer.findChild(QToolButton, "attachButton")
    assert clip is not None
    assert clip.accessibleName() == "Attach documents"
    notes = tmp_path / "capitals.md"
    notes.write_text(CAPITALS, encoding="utf-8")
    window.documents.attach_paths([notes])
    wait_indexed(qtbot, window)
    assert window.controller.conversation_id is not None  # the new chat was stored
    assert chip_names(window) == ["capitals.md"]
    assert window.documents.chips.isVisible()
    # The chip's × removes the file from the chat.
    chip = window.documents.chips.chips[0]
    assert chip.button.accessibleName() == "Remove capitals.md"
    chip.button.click()
    assert chip_names(window) == []
    with DocumentIndex.open() as index:
        assert attachments(index, window.controller.conversation_id).files == []


def test_a_folder_dropped_on_the_window_is_attached_and_bad_files_say_why(
    qtbot, open_window, tmp_path
):
    window = open_window()
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "a.txt").write_text("Alpha text about apples.", encoding="utf-8")
    (folder / "b.md").write_text("# Bees\n\nBees make honey.", encoding="utf-8")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 not really a pdf")
    drop_files(window.chat_page, [folder])  # on the window, beside the transcript
    wait_indexed(qtbot, window)
    assert sorted(chip_names(window)) == ["a.txt", "b.md", "broken.pdf"]
    qtbot.waitUntil(lambda: "broken.pdf" in window.banner.text(), timeout=5000)


def test_pasted_file_urls_attach_instead_of_pasting_text(qtbot, open_window, tmp_path):
    window = open_window()
    source = tmp_path / "main.py"
    source.write_text("def answer():\n    return 42\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source))])
    window.composer.input.insertFromMimeData(mime)
    wait_indexed(qtbot, window)
    assert chip_names(window) == ["main.py"]
    assert window.composer.text() == ""


def anchors(browser: QTextBrowser) -> list[str]:
    return [unescape(h) for h in re.findall(r'href="([^"]+)"', browser.toHtml())]


@pytest.mark.parametrize("web", VIEWS)
def test_a_reply_cites_its_source_and_a_click_shows_the_passage(qtbot, open_window, tmp_path, web):
    window = open_window(web=web)
    notes = tmp_path / "capitals.md"
    notes.write_text(CAPITALS, encoding="utf-8")
    window.documents.attach_paths([notes])
    wait_indexed(qtbot, window)
    send(qtbot, window, "What is the capital of France?")
    reply = window.controller.shown_messages()[-1]
    assert reply.stats["documents"]["mode"] == "whole"
    assert reply.stats["citations"][0]["number"] == 1
    # The meter counted the documents' tokens apart from the history.
    usage = window.tools.source.context
    assert usage.documents > 0
    assert usage.used >= usage.documents
    view = window.chat_view
    if web:
        selector = '[data-action="cite"][data-payload="1"]'
        qtbot.waitUntil(
            lambda: run_js(qtbot, view._backend.widget, f"!!document.querySelector('{selector}')"),
            timeout=5000,
        )
        text = run_js(qtbot, view._backend.widget, "document.body.innerText")
        assert "Used 1 document in full" in text
        run_js(qtbot, view._backend.widget, f"document.querySelector('{selector}').click()")
    else:
        browser = view.findChild(QTextBrowser, "chatPlainBrowser")
        assert browser is not None
        assert "Used 1 document in full" in browser.toPlainText()
        links = [h for h in anchors(browser) if ":cite?" in h]
        assert len(links) == 1
        browser.anchorClicked.emit(QUrl(links[0]))
    qtbot.waitUntil(lambda: window.documents.popup is not None, timeout=5000)
    popup = window.documents.popup
    assert isinstance(popup, CitationPopup)
    assert "capitals.md" in popup.where.text()
    assert "Paris" in popup.text.toPlainText()
    popup.close()


def test_deleting_a_chat_for_good_forgets_its_documents(qtbot, open_window, tmp_path, store):
    window = open_window()
    notes = tmp_path / "capitals.md"
    notes.write_text(CAPITALS, encoding="utf-8")
    window.documents.attach_paths([notes])
    wait_indexed(qtbot, window)
    chat = window.controller.conversation_id
    assert chat is not None
    store.trash(chat)
    store.delete_forever(chat)
    window.documents.forget_deleted()
    qtbot.waitUntil(lambda: not window.state.tasks.busy, timeout=10_000)
    with DocumentIndex.open() as index:
        assert index.chat_collection(chat) is None


def test_documents_too_big_for_the_context_are_searched_and_the_reply_says_so(
    qtbot, open_window, tmp_path
):
    engine = FakeEngine("Bees make honey [1].", "", n_ctx=1024)
    window = open_window(engine)
    long_text = "\n\n".join(
        f"Paragraph {n}. " + ("Filler words about nothing in particular. " * 12) for n in range(120)
    )
    (tmp_path / "long.txt").write_text(long_text + "\n\nBees make honey from nectar.", "utf-8")
    window.documents.attach_paths([tmp_path / "long.txt"])
    wait_indexed(qtbot, window)
    send(qtbot, window, "What do bees make?")
    reply = window.controller.shown_messages()[-1]
    assert reply.stats["documents"]["mode"] == "retrieval"
    browser = window.chat_view.findChild(QTextBrowser, "chatPlainBrowser")
    assert browser is not None
    assert "Searched 1 collection:" in browser.toPlainText()
    # Without an embedding model the window says that keywords alone are searched.
    qtbot.waitUntil(lambda: "keywords only" in window.banner.text(), timeout=5000)


def test_the_paper_clip_offers_documents_and_attaches_the_chosen(
    qtbot, open_window, tmp_path, monkeypatch
):
    window = open_window()
    notes = tmp_path / "notes.txt"
    notes.write_text("Some notes.", encoding="utf-8")
    asked: list[str] = []

    def choose(_parent: object, _title: str, _folder: str, filters: str) -> tuple[list[str], str]:
        asked.append(filters)
        return [str(notes)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", choose)
    clip = window.composer.findChild(QToolButton, "attachButton")
    assert clip is not None
    clip.click()
    wait_indexed(qtbot, window)
    assert chip_names(window) == ["notes.txt"]
    assert "*.pdf" in asked[0]
    assert "*.docx" in asked[0]
