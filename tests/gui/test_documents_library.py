"""The Library and embedding models (issue 15): an installed embedding model offers "Use for
documents" (the setting documents read, and the API server's /v1/embeddings), and embedding
models stay out of the chat model picker."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from desktop.core.history.store import HistoryStore
from desktop.core.models.embedders import is_embedding_name
from desktop.core.models.tiny_gguf import build_tiny_gguf
from desktop.core.settings import Settings
from desktop.gui.window.main_window import MainWindow
from tests.gui.window_support import make_main_window


@pytest.fixture
def window(qtbot, tmp_path: Path, store: HistoryStore) -> Iterator[MainWindow]:
    folder = tmp_path / "models"
    build_tiny_gguf(folder / "tiny.gguf")
    build_tiny_gguf(folder / "Qwen3-Embedding-0.6B-Q8_0.gguf")
    settings = Settings(auto_titles=False, models_dir=str(folder))
    made = make_main_window(store, tmp_path / "settings.json", settings=settings)
    qtbot.addWidget(made)
    made.show()
    yield made
    made.close()
    made.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_embedding_names() -> None:
    assert is_embedding_name("Qwen3-Embedding-0.6B-Q8_0.gguf")
    assert is_embedding_name("nomic-embed-text-v1.5.gguf")
    assert not is_embedding_name("Qwen3-0.6B-Q8_0.gguf")


def test_embedders_are_not_chat_models_and_can_be_used_for_documents(qtbot, window) -> None:
    assert [name for name, _ in window.library.installed_models()] == ["tiny"]
    page = window.library.open()
    view = page.installed_view
    qtbot.waitUntil(lambda: len(view.model_rows()) == 2, timeout=20_000)
    row = next(r for r in view.model_rows() if r.embedding)
    chat_row = next(r for r in view.model_rows() if not r.embedding)
    assert chat_row.use_button.text() == "Use"
    assert row.use_button.text() == "Use for documents"
    assert "by meaning" in row.use_button.toolTip()
    row.use_button.click()
    assert window.state.settings.value.documents_embedder == str(row.model.path)
    assert row.use_button.text() == "✓ Used for documents"
    assert window.documents.has_embedder()
    row.use_button.click()  # again: documents go back to keyword search
    assert window.state.settings.value.documents_embedder == ""
    assert row.use_button.text() == "Use for documents"
