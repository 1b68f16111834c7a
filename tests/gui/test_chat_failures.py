"""The window never hangs "generating": failed loads, raising templates and failed sends each
end with a plain message, the typed text kept and the window usable (issue 10, fixes 1-3)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QWidget

from desktop.chat.runner import NO_MODEL
from desktop.core.chat_template import render_chat
from desktop.core.history import HistoryError, HistoryStore
from desktop.core.hub.downloads import DownloadState
from desktop.engines.base import EngineError, GenerationRequest, ModelSource
from desktop.engines.fake import FakeEngine
from desktop.gui.window.main_window import MainWindow
from tests.gui.library_support import (
    FILENAME,
    PROFILE_16GB,
    REPO,
    RETRY,
    TIMEOUTS,
    tiny_catalog,
)
from tests.gui.window_support import make_main_window
from tests.hub_server import FakeHub

# Gemma's published chat template refuses a system message like this.
GEMMA_LIKE = (
    "{% for message in messages %}{% if message['role'] == 'system' %}"
    "{{ raise_exception('System role not supported') }}{% endif %}"
    "<start_of_turn>{{ message['role'] }}\n{{ message['content'] }}<end_of_turn>\n"
    "{% endfor %}<start_of_turn>model\n"
)


class GemmaLikeEngine(FakeEngine):
    """Counts prompts by rendering a real template that raises for a system message."""

    def count_prompt_tokens(self, request: GenerationRequest) -> int:
        return len(render_chat(GEMMA_LIKE, request.messages).split())


@pytest.fixture
def windows(qtbot, tmp_path: Path, store: HistoryStore) -> Iterator[list[MainWindow]]:
    made: list[MainWindow] = []
    yield made
    for window in made:
        window.close()
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def open_window(qtbot, windows, store, tmp_path, factory) -> MainWindow:
    window = make_main_window(store, tmp_path / "settings.json")
    window.state.generation.runner._factory = factory  # the engine each path gets
    qtbot.addWidget(window)
    window.show()
    windows.append(window)
    return window


def type_and_send(qtbot, window: MainWindow, text: str) -> None:
    box = window.composer.findChild(QWidget, "messageInput")
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def test_a_failed_second_load_then_send_ends_with_a_plain_error(qtbot, windows, store, tmp_path):
    engines = {
        "a.gguf": FakeEngine(tokens_per_s=0),
        "b.gguf": FakeEngine(fail_load="B is bad"),
    }  # by path

    def factory(source: ModelSource) -> FakeEngine:
        return engines[str(source)]

    window = open_window(qtbot, windows, store, tmp_path, factory)
    window.load_model(Path("a.gguf"))
    qtbot.waitUntil(lambda: window.model is not None, timeout=5000)
    window.load_model(Path("b.gguf"))
    assert window.controller.send("Are you there?"), "queued behind the load, as a race would"
    qtbot.waitUntil(lambda: not window.controller.generating, timeout=5000)
    qtbot.waitUntil(lambda: "B is bad" in window.banner.label.text(), timeout=5000)
    assert window.model is None
    assert "a was unloaded" in window.banner.label.text()
    assert window.model_status.text() == "No model loaded"
    conversation = store.list_conversations()[0]
    reply = store.path(conversation.id)[-1]
    assert reply.role == "assistant"
    assert reply.state == "complete", "never left streaming"
    assert reply.stats["error"] == NO_MODEL
    # The window stays usable: New chat works, and the offered reload brings A back.
    window.new_chat()
    labels = [b.text() for b in window.banner.buttons()]
    assert "Load a again" in labels
    window.banner.buttons()[labels.index("Load a again")].click()
    qtbot.waitUntil(lambda: window.model is not None, timeout=5000)
    type_and_send(qtbot, window, "Hello again")
    qtbot.waitUntil(lambda: not window.controller.generating, timeout=5000)
    assert window.controller.shown_messages()[-1].content == FakeEngine().answer


def test_a_raising_chat_template_ends_the_reply_plainly(qtbot, windows, store, tmp_path):
    window = open_window(
        qtbot, windows, store, tmp_path, lambda source: GemmaLikeEngine(tokens_per_s=0)
    )
    window.load_model(Path("gemma.gguf"))
    qtbot.waitUntil(lambda: window.model is not None, timeout=5000)
    type_and_send(qtbot, window, "Hi")  # the General preset sends a system prompt
    qtbot.waitUntil(lambda: not window.controller.generating, timeout=5000)
    reply = window.controller.shown_messages()[-1]
    assert reply.state == "complete"
    assert "System role not supported" in reply.stats["error"]
    assert "System role not supported" in window.chat_view._messages[reply.id].error
    assert window.composer.send_button.text().startswith("Send")
    window.controller.set_preset("None", "")  # without a system prompt the model answers
    type_and_send(qtbot, window, "Hi again")
    qtbot.waitUntil(lambda: not window.controller.generating, timeout=5000)
    assert window.controller.shown_messages()[-1].content == FakeEngine().answer


def test_a_failed_send_keeps_what_was_typed(qtbot, windows, store, tmp_path, monkeypatch):
    window = open_window(qtbot, windows, store, tmp_path, lambda s: FakeEngine(tokens_per_s=0))
    window.load_model(Path("fake.gguf"))
    qtbot.waitUntil(lambda: window.model is not None, timeout=5000)

    def full_disk(*args: object, **kwargs: object) -> None:
        raise HistoryError("The disk is full, so Qwen Desk could not save the message.")

    monkeypatch.setattr(store, "add_user_message", full_disk)
    type_and_send(qtbot, window, "Please keep this text")
    assert window.composer.text() == "Please keep this text"
    assert "disk is full" in window.banner.label.text()
    assert not window.controller.generating
    monkeypatch.undo()
    qtbot.keyClick(window.composer.findChild(QWidget, "messageInput"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.controller.generating, timeout=5000)
    assert window.composer.text() == ""
    assert window.controller.shown_messages()[0].content == "Please keep this text"


def test_engine_errors_at_count_time_are_plain_too(qtbot, windows, store, tmp_path):
    class Broken(FakeEngine):
        def count_prompt_tokens(self, request: GenerationRequest) -> int:
            raise EngineError("The model file went missing; open it again.")

    window = open_window(qtbot, windows, store, tmp_path, lambda s: Broken(tokens_per_s=0))
    window.load_model(Path("fake.gguf"))
    qtbot.waitUntil(lambda: window.model is not None, timeout=5000)
    type_and_send(qtbot, window, "Hi")
    qtbot.waitUntil(lambda: not window.controller.generating, timeout=5000)
    assert window.controller.shown_messages()[-1].stats["error"].startswith("The model file")


@pytest.mark.parametrize("how", ["banner", "menu"])
def test_download_recommended_model_downloads_it(
    qtbot, windows, store, tmp_path, monkeypatch, how, tiny_models
):
    data = tiny_models["qwen3"].read_bytes()
    monkeypatch.setattr(
        "desktop.core.models.catalog.load_catalog", lambda *a, **k: tiny_catalog(len(data))
    )
    monkeypatch.setattr("desktop.core.hardware.detect_profile", lambda *a, **k: PROFILE_16GB)
    with FakeHub() as hub:
        hub.add(REPO, FILENAME, data)
        window = open_window(qtbot, windows, store, tmp_path, lambda s: FakeEngine())
        from desktop.core.hub.downloads import DownloadManager

        window.library.manager_factory = lambda: DownloadManager(
            endpoint=hub.endpoint, timeouts=TIMEOUTS, retry=RETRY
        )
        if how == "banner":
            window.offer_first_model()
            labels = [b.text() for b in window.banner.buttons()]
            window.banner.buttons()[labels.index("Download recommended model")].click()
        else:
            action = window.findChild(type(window.menuBar().actions()[0]), "recommendedAction")
            assert action is not None
            action.trigger()
        page = window.library.page
        assert page is not None
        assert page.message_bar.isHidden(), page.message.text()
        qtbot.waitUntil(lambda: len(page.downloads_view.rows()) == 1, timeout=5000)
        (row,) = page.downloads_view.rows()
        qtbot.waitUntil(lambda: row.item.state is DownloadState.DONE, timeout=20_000)
        page.shutdown()
    assert (window.library.library.models_dir / "Tiny-Qwen3-GGUF" / FILENAME).exists() or any(
        window.library.library.models_dir.rglob(FILENAME)
    )
