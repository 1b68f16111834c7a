"""The Server panel in the real window: on, a request from the openai client in the live log
with tokens/s, the status-bar note and the window's own send waiting its turn, the address
copied, off."""

from __future__ import annotations

from pathlib import Path

import openai
import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QGuiApplication

from desktop.core.history.store import HistoryStore
from desktop.core.settings import Settings, load_settings
from desktop.engines.fake import FakeEngine
from desktop.gui.chat.controller import WAITING_FOR_API
from desktop.gui.server.host import SERVING
from desktop.gui.window.main_window import MainWindow
from desktop.server.thread import bind
from tests.gui.window_support import make_main_window

LONG = " ".join(f"word{i}" for i in range(300))


def free_port() -> int:
    sock = bind("127.0.0.1", 0)
    port = int(sock.getsockname()[1])
    sock.close()
    return port


@pytest.fixture
def window(qtbot, tmp_path: Path):
    store, _ = HistoryStore.open(tmp_path / "history.sqlite3")
    engine = FakeEngine(LONG, "Thinking it over.", tokens_per_s=150)
    settings = Settings()
    settings.server.port = free_port()
    win = make_main_window(store, tmp_path / "settings.json", engine, settings)
    qtbot.addWidget(win)
    win.show()
    win.load_model(Path("fake-model.gguf"))
    qtbot.waitUntil(lambda: win.model is not None, timeout=5000)
    yield win
    win.close()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    store.close()


def test_serve_log_copy_and_stop(qtbot, window: MainWindow, tmp_path: Path):
    host = window.server
    action = window.findChild(type(host.action), "serverAction")
    assert action is not None
    action.trigger()
    panel = host.panel
    assert panel is not None
    assert host.dock.isVisible()
    assert panel.toggle.text() == "Start the server"

    panel.toggle.click()
    qtbot.waitUntil(lambda: host.controller.running, timeout=10000)
    port = window.settings.server.port
    url = f"http://127.0.0.1:{port}/v1"
    assert panel.address.text() == url
    assert "this computer only" in panel.status.text()
    assert not panel.port.isEnabled(), "the port is locked while serving"
    assert load_settings(tmp_path / "settings.json").server.enabled

    client = openai.OpenAI(base_url=url, api_key="unused", max_retries=0)
    reply = client.chat.completions.create(
        model="fake-model",
        messages=[{"role": "user", "content": "Hello"}],
        max_tokens=12,
    )
    assert reply.choices[0].message.reasoning_content == "Thinking it over."  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "tok/s" in panel.log.toPlainText(), timeout=5000)
    line = panel.log.toPlainText().splitlines()[-1]
    assert "POST /v1/chat/completions  200" in line
    assert "→ 12 tokens" in line

    # While an API reply streams, the status bar says so and the window's send waits.
    stream = client.chat.completions.create(
        model="fake-model", messages=[{"role": "user", "content": "Long one"}], stream=True
    )
    next(iter(stream))
    qtbot.waitUntil(lambda: host.status.text().startswith(SERVING), timeout=5000)
    assert window.controller.send("And me?")
    assert window.banner.label.text() == WAITING_FOR_API
    assert window.banner.isVisible()
    stream.close()  # the API reply is cancelled; the window's reply starts
    qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: not window.controller.generating, timeout=10000)
    qtbot.waitUntil(lambda: not host.status.text().startswith(SERVING), timeout=5000)

    panel.copy_address.click()
    assert QGuiApplication.clipboard().text() == url

    panel.toggle.click()
    qtbot.waitUntil(lambda: not host.controller.running and not host.controller.busy, timeout=10000)
    assert panel.toggle.text() == "Start the server"
    assert panel.port.isEnabled()
    assert not load_settings(tmp_path / "settings.json").server.enabled
    with pytest.raises(openai.APIConnectionError):
        client.models.list()


def test_network_needs_a_key_that_the_panel_makes(qtbot, window: MainWindow, memory_keyring):
    host = window.server
    panel = host.show_panel()
    panel.network.setChecked(True)
    panel.toggle.click()
    qtbot.waitUntil(lambda: host.controller.running, timeout=10000)
    key = panel.key.text()
    assert key.startswith("qd-")
    assert memory_keyring.store[("QwenDesk", "local-api-server-key")] == key
    assert window.settings.server.host == "0.0.0.0"
    url = f"http://127.0.0.1:{window.settings.server.port}/v1"
    with pytest.raises(openai.AuthenticationError):
        openai.OpenAI(base_url=url, api_key="wrong", max_retries=0).models.list()
    models = openai.OpenAI(base_url=url, api_key=key, max_retries=0).models.list()
    assert [m.id for m in models.data] == ["fake-model"]

    # Offline mode moves it back to this computer only.
    window.tools.set_offline(True)
    qtbot.waitUntil(
        lambda: host.controller.server is not None and host.controller.server.config.on_loopback,
        timeout=10000,
    )
    assert not panel.network.isEnabled()
    assert window.settings.server.enabled
    panel.toggle.click()
    qtbot.waitUntil(lambda: not host.controller.running and not host.controller.busy, timeout=10000)


def test_a_port_in_use_is_said_in_the_panel(qtbot, window: MainWindow):
    blocker = bind("127.0.0.1", window.settings.server.port)
    try:
        host = window.server
        panel = host.show_panel()
        panel.toggle.click()
        qtbot.waitUntil(lambda: "already in use" in panel.status.text(), timeout=10000)
        assert not host.controller.running
        assert not panel.toggle.isChecked()
    finally:
        blocker.close()


def test_the_server_starts_with_the_app_when_it_was_on(qtbot, tmp_path: Path):
    store, _ = HistoryStore.open(tmp_path / "history.sqlite3")
    settings = Settings()
    settings.server.enabled = True
    settings.server.port = free_port()
    win = make_main_window(store, tmp_path / "settings.json", FakeEngine(), settings)
    qtbot.addWidget(win)
    try:
        qtbot.waitUntil(lambda: win.server.controller.running, timeout=10000)
        assert win.server.status.text() == "API server on"
    finally:
        win.close()
        store.close()
    assert not win.server.controller.running
