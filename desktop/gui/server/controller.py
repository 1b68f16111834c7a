"""Starts and stops the Qt-free API server (desktop/server) for the window and turns what it
reports into GUI-thread signals.

Starting (importing the web stack, binding the port) and stopping (ending every API job,
joining the server's thread) run off the GUI thread; the result comes back as a signal. The
server's requests run through the window's own generation runner (source "api"), so they
take turns with the window's replies on the one loaded model.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.core.settings import ServerSettings, Settings
from desktop.gui.app_state import AppState

if TYPE_CHECKING:
    from desktop.server.keys import ApiKeyStore
    from desktop.server.thread import ApiServer

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Emitted from the server's threads; connected slots run on the GUI thread."""

    record = Signal(object)  # RequestRecord
    started = Signal(object, str)  # ApiServer, url
    start_failed = Signal(str)
    stopped = Signal()


class ServerController(QObject):
    running_changed = Signal(bool, str)  # running, base URL ("" when off)
    failed = Signal(str)  # a plain sentence: why the server could not start
    request_logged = Signal(object)  # RequestRecord, on the GUI thread

    def __init__(self, state: AppState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.server: ApiServer | None = None
        self.url = ""
        self.busy = False  # starting or stopping
        self._starting: ApiServer | None = None  # made by the start worker, not yet reported
        self._closed = False
        self._restart = False  # start again once stopped (offline mode moved it to loopback)
        self._keys: ApiKeyStore | None = None
        self._worker: threading.Thread | None = None
        self._relay = _Relay(self)
        self._relay.record.connect(self.request_logged)
        self._relay.started.connect(self._on_started)
        self._relay.start_failed.connect(self._on_start_failed)
        self._relay.stopped.connect(self._on_stopped)
        state.settings.changed.connect(self._on_settings_changed)

    # -- state -----------------------------------------------------------------------------

    @property
    def settings(self) -> ServerSettings:
        return self.state.settings.value.server

    @property
    def running(self) -> bool:
        return self.server is not None

    @property
    def keys(self) -> ApiKeyStore:
        if self._keys is None:
            from desktop.server.keys import ApiKeyStore

            self._keys = ApiKeyStore()
        return self._keys

    def key(self) -> str:
        return self.keys.get()

    def new_key(self) -> str:
        """A new key (the old one stops working when the server next starts)."""
        return self.keys.create()

    def update(self, **changes: object) -> None:
        """Change the server settings (host, port, cors_origins, enabled) and save them."""

        def change(settings: Settings) -> None:
            for name, value in changes.items():
                setattr(settings.server, name, value)

        self.state.settings.update(change)

    # -- start / stop ----------------------------------------------------------------------

    def start(self) -> None:
        """Start serving with the saved settings; ``running_changed`` or ``failed`` follows."""
        if self.running or self.busy:
            return
        from desktop.server.config import ServerConfigError, config_from_settings, is_loopback

        settings = self.state.settings.value
        key = "" if is_loopback(settings.server.host) else self.key()
        try:
            config = config_from_settings(settings.server, api_key=key, offline=settings.offline)
        except ServerConfigError as exc:
            self.failed.emit(str(exc))
            return
        self.busy = True
        self._worker = threading.Thread(
            target=self._start_in_background, args=(config,), name="api-server-start"
        )
        self._worker.start()

    def _start_in_background(self, config: object) -> None:
        from desktop.server.backend import RunnerBackend
        from desktop.server.config import ServerConfig, ServerConfigError
        from desktop.server.request_log import RequestLog
        from desktop.server.thread import ApiServer

        assert isinstance(config, ServerConfig)
        requests = RequestLog()
        requests.subscribe(self._relay.record.emit)
        runner = self.state.generation.runner
        server = ApiServer(
            RunnerBackend(runner, lambda: self.state.settings.value.generation), config, requests
        )
        self._starting = server
        try:
            url = server.start()
        except ServerConfigError as exc:
            self._relay.start_failed.emit(str(exc))
            return
        except Exception as exc:  # keep the window alive whatever the web stack raises
            log.exception("starting the API server failed")
            self._relay.start_failed.emit(f"The API server could not start: {exc}")
            return
        self._relay.started.emit(server, url)

    def _on_started(self, server: ApiServer, url: str) -> None:
        self._join_worker()
        self._starting = None
        if self._closed:  # closed while it started: close() has stopped it
            return
        self.busy = False
        self.server, self.url = server, url
        if not self.settings.enabled:
            self.update(enabled=True)
        self.running_changed.emit(True, url)

    def _on_start_failed(self, message: str) -> None:
        self._join_worker()
        self.busy = False
        self.failed.emit(message)

    def stop(self, *, keep_enabled: bool = False) -> None:
        """Stop serving (API replies in progress end within one token)."""
        server = self.server
        if server is None or self.busy:
            return
        self.busy = True
        self.server = None
        if self.settings.enabled and not keep_enabled:
            self.update(enabled=False)
        self._worker = threading.Thread(
            target=self._stop_in_background, args=(server,), name="api-server-stop"
        )
        self._worker.start()

    def _stop_in_background(self, server: ApiServer) -> None:
        server.stop()
        self._relay.stopped.emit()

    def _on_stopped(self) -> None:
        self._join_worker()
        self.busy = False
        self.url = ""
        self.running_changed.emit(False, "")
        if self._restart and not self._closed:
            self._restart = False
            self.start()

    def _on_settings_changed(self, before: Settings, after: Settings) -> None:
        """Offline mode keeps the server on this computer: one on the network restarts on
        loopback."""
        server = self.server
        if after.offline and not before.offline and server is not None:
            if not server.config.on_loopback:
                self._restart = True
                self.stop(keep_enabled=True)

    def _join_worker(self) -> None:
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.join()

    def close(self) -> None:
        """The window is closing: stop at once, here (the setting stays as it was)."""
        self._closed = True
        self._join_worker()
        server, self.server = self.server or self._starting, None
        self._starting = None
        if server is not None:
            server.stop()
        self.busy = False
