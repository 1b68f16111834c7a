"""The server's own thread: uvicorn serving the app on an asyncio loop of its own.

The listening socket is bound before the thread starts, so a port in use or a wrong address
is a plain :class:`ServerConfigError` at once, and port 0 gets a free port. Stopping cancels
every API job (each stops within one token), asks uvicorn to exit, and joins the thread.
"""

from __future__ import annotations

import asyncio
import errno
import logging
import socket
import sys
import threading
from typing import Any

from desktop.core.i18n import translate
from desktop.server.backend import Backend
from desktop.server.config import ServerConfig, ServerConfigError, base_url, check
from desktop.server.embeddings import EmbedderSource
from desktop.server.request_log import RequestLog

log = logging.getLogger(__name__)
THREAD_NAME = "api-server"


def bind(host: str, port: int) -> socket.socket:
    """A listening TCP socket on ``host:port``, or a plain error saying why not."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise ServerConfigError(
            translate(
                "ApiServer",
                "{host} is not an address of this computer ({error}). Use "
                "127.0.0.1, or 0.0.0.0 to listen on every network.",
            ).format(host=host, error=exc.strerror)
        ) from exc
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    try:
        if sys.platform != "win32":  # on Windows this would let another program share the port
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if family == socket.AF_INET6:
            sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
        sock.bind(address)
        sock.listen(128)
    except OSError as exc:
        sock.close()
        if exc.errno in (errno.EADDRINUSE, getattr(errno, "WSAEADDRINUSE", -1)):
            raise ServerConfigError(
                translate(
                    "ApiServer",
                    "Port {port} is already in use by another program. Choose another port.",
                ).format(port=port)
            ) from exc
        if exc.errno in (errno.EACCES, errno.EPERM):
            raise ServerConfigError(
                translate(
                    "ApiServer",
                    "Port {port} needs administrator rights; choose a port from 1024 to 65535.",
                ).format(port=port)
            ) from exc
        raise ServerConfigError(
            translate(
                "ApiServer", "The server could not listen on {host}:{port} ({error})."
            ).format(host=host, port=port, error=exc.strerror or exc)
        ) from exc
    sock.setblocking(False)
    return sock


class ApiServer:
    """One running server. :meth:`start`, then :meth:`stop` (from any thread)."""

    def __init__(
        self,
        backend: Backend,
        config: ServerConfig,
        log: RequestLog | None = None,
        embedder: EmbedderSource | None = None,
    ) -> None:
        check(config)
        self.embedder = embedder  # POST /v1/embeddings' model (None: none chosen)
        self.backend = backend
        self.config = config
        self.log = log or RequestLog()
        self.port = 0
        self._thread: threading.Thread | None = None
        self._server: Any = None
        self._api: Any = None
        self._ready = threading.Event()
        self._failure: BaseException | None = None

    @property
    def url(self) -> str:
        """The base URL clients use (``http://127.0.0.1:8800/v1``)."""
        return base_url(self.config.host, self.port)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, timeout_s: float = 15.0) -> str:
        """Bind, start serving, and return the base URL once requests are accepted."""
        import uvicorn

        from desktop.server.app import build_app

        if self._thread is not None:
            raise RuntimeError("this server was already started")
        sock = bind(self.config.host, self.config.port)
        self.port = int(sock.getsockname()[1])
        app, self._api = build_app(self.backend, self.config, self.log, self.embedder)
        config = uvicorn.Config(
            app,
            log_config=None,  # keep the app's logging as it is
            log_level="warning",
            access_log=False,
            lifespan="off",
            ws="none",
            timeout_graceful_shutdown=3,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._run, args=(sock,), name=THREAD_NAME, daemon=True
        )
        self._thread.start()
        if not self._ready.wait(timeout_s) or self._failure is not None:
            self.stop()
            if self._failure is None:
                raise ServerConfigError(
                    translate(
                        "ApiServer", "The API server could not start: it did not start in time."
                    )
                )
            raise ServerConfigError(
                translate("ApiServer", "The API server could not start: {error}.").format(
                    error=self._failure
                )
            )
        log.info("API server listening at %s", self.url)
        return self.url

    def stop(self, timeout_s: float = 10.0) -> bool:
        """Stop every API job, close the server, end its thread. True when it ended in time."""
        if self._api is not None:
            self._api.completions.cancel_all()
        if self._server is not None:
            self._server.should_exit = True
        thread, self._thread = self._thread, None
        if thread is None or thread is threading.current_thread():
            return True
        thread.join(timeout_s)
        if thread.is_alive():
            self._server.force_exit = True
            thread.join(2.0)
        return not thread.is_alive()

    def _run(self, sock: socket.socket) -> None:
        try:
            asyncio.run(self._serve(sock))
        except BaseException as exc:  # SystemExit from uvicorn too: report, never crash the app
            log.exception("the API server stopped on an error")
            self._failure = exc
        finally:
            sock.close()
            self._ready.set()

    async def _serve(self, sock: socket.socket) -> None:
        server = self._server
        task = asyncio.ensure_future(server.serve(sockets=[sock]))
        while not server.started and not task.done():
            await asyncio.sleep(0.01)
        self._ready.set()
        await task
