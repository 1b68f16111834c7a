"""*Models ▸ Connect to a server…*: list a server's models, connect, chat with thinking, and
plain errors (nothing listening, offline mode for a machine elsewhere)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktop.core.history import HistoryStore
from desktop.gui.window.connect_dialog import ConnectDialog, server_keys
from desktop.gui.window.main_window import MainWindow
from tests import vllm_streams as vs
from tests.gui.window_support import make_main_window
from tests.replay_server import ReplayServer, Reply, models_reply

CHAT = ("POST", "/v1/chat/completions")


@pytest.fixture
def server() -> Iterator[ReplayServer]:
    with ReplayServer() as replay:
        replay.routes[("GET", "/v1/models")] = models_reply(vs.MODEL, max_model_len=32768)
        replay.routes[CHAT] = Reply(events=vs.reasoning_stream("reasoning_content"))
        yield replay


@pytest.fixture
def window(qtbot, store: HistoryStore, tmp_path: Path) -> Iterator[MainWindow]:
    made = make_main_window(store, tmp_path / "settings.json", use_webengine=False)
    qtbot.addWidget(made)
    made.show()
    yield made
    made.close()
    made.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def drive(qtbot, act) -> None:
    """Run ``act(dialog)`` on the dialog once it is open (it runs its own event loop)."""

    def find() -> None:
        dialog = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, ConnectDialog)), None
        )
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, find)
            return
        act(dialog)

    QTimer.singleShot(0, find)


def test_connect_list_models_and_chat_with_thinking(qtbot, window, server, memory_keyring):
    def act(dialog: ConnectDialog) -> None:
        dialog.url.setCurrentText(server.base_url)
        dialog.key.setText("sk-local-secret")
        qtbot.mouseClick(dialog.list_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.models.count() == 1, timeout=10_000)
        assert dialog.models.item(0).text() == vs.MODEL
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)

    drive(qtbot, act)
    window.connect_to_server()
    qtbot.waitUntil(lambda: window.model is not None, timeout=10_000)
    assert window.model.engine == "remote"
    assert window.model.name == vs.MODEL
    assert vs.MODEL in window.model_status.text()
    assert window.settings.recent_servers == [server.base_url]
    assert server_keys(server.base_url).get() == "sk-local-secret", "kept in the keychain"
    assert "sk-local-secret" not in (window.state.settings.path.read_text())
    window.controller.set_thinking(True)
    assert window.controller.send("What is 2+2?")
    qtbot.waitUntil(lambda: not window.controller.generating, timeout=10_000)
    reply = window.controller.shown_messages()[-1]
    assert reply.content == "".join(vs.ANSWER)
    assert reply.thinking == "".join(vs.THINKING).strip("\n")
    chat = server.chats()[-1]
    assert chat["chat_template_kwargs"] == {"enable_thinking": True}
    assert chat["model"] == vs.MODEL
    auth = next(s for s in server.seen if s.path == "/v1/chat/completions").headers
    assert auth.get("Authorization") == "Bearer sk-local-secret"


def test_a_server_that_is_not_there_says_so_plainly(qtbot, window, server):
    dead = server.base_url.replace(str(server.port), "9")  # the discard port: nothing there
    seen: list[str] = []

    def act(dialog: ConnectDialog) -> None:
        dialog.url.setCurrentText(dead)
        qtbot.mouseClick(dialog.list_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.list_button.isEnabled(), timeout=10_000)
        seen.append(dialog.status.text())
        assert not dialog.connect_button.isEnabled()
        dialog.reject()

    drive(qtbot, act)
    window.connect_to_server()
    assert seen
    assert "Traceback" not in seen[0]
    assert "refused" in seen[0].lower() or "nothing" in seen[0].lower(), seen[0]
    assert window.model is None


def test_offline_mode_blocks_a_server_elsewhere_visibly(qtbot, window):
    window.tools.set_offline(True)
    seen: list[str] = []

    def act(dialog: ConnectDialog) -> None:
        seen.append(dialog.status.text())
        dialog.url.setCurrentText("http://203.0.113.7:8000/v1")  # a documentation address
        qtbot.mouseClick(dialog.list_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.list_button.isEnabled(), timeout=10_000)
        seen.append(dialog.status.text())
        dialog.reject()

    drive(qtbot, act)
    window.connect_to_server()
    assert "Offline mode is on" in seen[0]
    assert "offline" in seen[1].lower(), seen[1]
