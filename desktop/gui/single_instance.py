"""One running Qwen Desk per app home: a second launch hands over to the first and exits.

Two instances on one history would fight over it (the second marks the first one's live
reply interrupted). The first instance holds a lock file in the data folder (``QLockFile``:
a lock left by a crashed process is taken over at once) and listens on a local socket whose
name comes from that folder, so portable homes and tests never collide. A second launch
finds the lock taken, sends the first its model path (or none) over the socket, and stops
before it opens anything; the first brings its window forward and loads the model.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.core.i18n import translate

log = logging.getLogger(__name__)

LOCK_NAME = "instance.lock"
CONNECT_TRIES = 30  # x 100 ms: the first instance may still be starting its server
REPLY_TIMEOUT_MS = 3000


def server_name(data_dir: Path) -> str:
    """The local socket name for an app home: short (Unix socket paths are limited) and
    different for every data folder and user."""
    key = f"{os.path.realpath(data_dir)}|{os.getuid() if hasattr(os, 'getuid') else ''}"
    return "qwen-desk-" + hashlib.sha256(key.encode()).hexdigest()[:16]


class SingleInstance(QObject):
    """``claim()`` makes this process the app home's one instance, or hands over to the one
    that is running. ``activated(model_path_or_None)`` fires in the first instance for
    every later launch."""

    activated = Signal(object)  # Path | None

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        data_dir.mkdir(parents=True, exist_ok=True)
        self.name = server_name(data_dir)
        self._lock = QLockFile(str(data_dir / LOCK_NAME))
        self._lock.setStaleLockTime(0)  # only a dead owner makes a lock stale, never age
        self._server: QLocalServer | None = None
        self.handed_over = False  # a later launch whose model went to the running instance
        self.refusal = ""  # why this launch did not start, for the user

    def claim(self, model: Path | None = None) -> bool:
        """True: this is the instance (it now listens). False: another one runs; it was
        handed ``model`` and brought forward, or :attr:`refusal` says why not."""
        if self._lock.tryLock(0):
            self._listen()
            return True
        self.handed_over = self._hand_over(model)
        if self.handed_over:
            self.refusal = (
                translate(
                    "SingleInstance",
                    "Qwen Desk is already running: its window was brought forward to open {name}.",
                ).format(name=model.name)
                if model is not None
                else translate(
                    "SingleInstance",
                    "Qwen Desk is already running: its window was brought forward.",
                )
            )
        else:
            info = self._lock.getLockInfo()  # (pid, host, app), when it can be read
            pid = str(info[0]) if isinstance(info, tuple) and info else "?"
            self.refusal = translate(
                "SingleInstance",
                "Qwen Desk is already running (process {pid}) with this history, but it does "
                "not answer. Close it, or end that process, and start Qwen Desk again.",
            ).format(pid=pid)
        return False

    def release(self) -> None:
        """Stop listening and free the lock (at quit; a crash frees it by dying)."""
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    # -- the first instance --------------------------------------------------------------

    def _listen(self) -> None:
        QLocalServer.removeServer(self.name)  # a socket file left by a crashed instance
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            log.warning("single-instance server not listening: %s", server.errorString())
            return
        server.newConnection.connect(self._on_server_new_connection)
        self._server = server

    def _on_server_new_connection(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._on_socket_ready_read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _on_socket_ready_read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        line = bytes(socket.readLine().data()).decode("utf-8", "replace")
        try:
            message = json.loads(line)
            model = message.get("model") if isinstance(message, dict) else None
        except ValueError:
            log.info("ignored a malformed message from another launch")
            return
        socket.write(b"ok\n")
        socket.flush()
        self.activated.emit(Path(model) if isinstance(model, str) and model else None)

    # -- a later launch ------------------------------------------------------------------

    def _hand_over(self, model: Path | None) -> bool:
        socket = QLocalSocket()
        for _ in range(CONNECT_TRIES):
            socket.connectToServer(self.name)
            if socket.waitForConnected(100):
                break
            socket.abort()
        else:
            return False
        path = str(model.expanduser().resolve()) if model is not None else None
        socket.write(json.dumps({"model": path}).encode("utf-8") + b"\n")
        answered = socket.waitForBytesWritten(REPLY_TIMEOUT_MS) and socket.waitForReadyRead(
            REPLY_TIMEOUT_MS
        )
        socket.disconnectFromServer()
        return answered


def bring_forward(window: QWidget, model: Path | None, load: Callable[[Path], None]) -> None:
    """What the first instance does for a later launch: show its window on top, and open
    the model that launch was given."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
    if model is not None:
        load(model)


def refuse(instance: SingleInstance) -> int:
    """Tell a later launch's user what happened; its exit code (0: handed over)."""
    print(instance.refusal, file=sys.stderr)
    log.info("%s", instance.refusal)
    if not instance.handed_over and QGuiApplication.platformName() != "offscreen":
        title = translate("SingleInstance", "Qwen Desk is already running")
        QMessageBox.warning(None, title, instance.refusal)
    return 0 if instance.handed_over else 1
