"""Starts and stops the Qt-free API server (desktop/server) for the window and turns what it
reports into GUI-thread signals.

Starting (importing the web stack, binding the port) and stopping (ending every API job,
joining the server's thread) run as tasks of the app's task runner, off the GUI thread. The
server's requests run through the window's own generation runner (source "api"), so they
take turns with the window's replies on the one loaded model.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.core.i18n import translate
from desktop.core.settings import ServerSettings, Settings
from desktop.gui.app_state import AppState
from desktop.gui.tasks import Task

if TYPE_CHECKING:
    from desktop.server.config import ServerConfig
    from desktop.server.keys import ApiKeyStore
    from desktop.server.thread import ApiServer

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Emitted from the server's thread; connected slots run on the GUI thread."""

    record = Signal(object)  # RequestRecord


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
        self._task: Task | None = None
        self._relay = _Relay(self)
        self._relay.record.connect(self.request_logged)
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
        self._task = self.state.tasks.run(
            lambda _ctx: self._start_server(config),
            on_done=self._on_started,
            on_error=self._on_start_failed,
            owner=self,
            name="api-server start",
        )

    def _start_server(self, config: ServerConfig) -> tuple[ApiServer, str]:
        """On a task thread: import the web stack, bind, serve; the server and its URL."""
        from desktop.server.backend import RunnerBackend
        from desktop.server.request_log import RequestLog
        from desktop.server.thread import ApiServer

        requests = RequestLog()
        requests.subscribe(self._relay.record.emit)
        runner = self.state.generation.runner
        embedder = self.state.embedder
        server = ApiServer(
            RunnerBackend(runner, lambda: self.state.settings.value.generation),
            config,
            requests,
            embedder=embedder.get if embedder is not None else None,
        )
        self._starting = server  # close() stops it even before on_done arrives
        return server, server.start()

    def _on_started(self, started: tuple[ApiServer, str]) -> None:
        self._task = None
        if self._closed:  # closed while it started: close() stops it
            return
        self._starting = None
        self.busy = False
        self.server, self.url = started
        if not self.settings.enabled:
            self.update(enabled=True)
        self.running_changed.emit(True, self.url)

    def _on_start_failed(self, error: Exception) -> None:
        from desktop.server.config import ServerConfigError

        self._task = None
        self._starting = None
        self.busy = False
        if not isinstance(error, ServerConfigError):  # the web stack failed: say so plainly
            log.error("starting the API server failed: %s", error)
            error = ServerConfigError(
                translate("ServerController", "The API server could not start: {error}").format(
                    error=error
                )
            )

        self.failed.emit(str(error))

    def stop(self, *, keep_enabled: bool = False) -> None:
        """Stop serving (API replies in progress end within one token)."""
        server = self.server
        if server is None or self.busy:
            return
        self.busy = True
        self.server = None
        if self.settings.enabled and not keep_enabled:
            self.update(enabled=False)
        self._task = self.state.tasks.run(
            lambda _ctx: server.stop(),
            on_done=self._on_stopped,
            on_error=self._on_stopped,
            owner=self,
            name="api-server stop",
        )

    def _on_stopped(self, _result: object = None) -> None:
        self._task = None
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
        going_offline = after.offline and not before.offline
        if going_offline and server is not None and not server.config.on_loopback:
            self._restart = True
            self.stop(keep_enabled=True)

    def close(self) -> None:
        """The window is closing: stop at once, here (the setting stays as it was)."""
        self._closed = True
        task, self._task = self._task, None
        if task is not None:
            self.state.tasks.wait(task, 15.0)  # a start or stop under way ends first
        server, self.server = self.server or self._starting, None
        self._starting = None
        if server is not None:
            server.stop()
        self.busy = False
