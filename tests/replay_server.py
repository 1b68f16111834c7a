"""A scripted HTTP server on 127.0.0.1 that replays recorded server answers, for the remote
engine's tests: chunked SSE streams byte for byte, error statuses, stalls, abrupt closes, and
TLS with a certificate nobody trusts.
"""

from __future__ import annotations

import json
import socket
import ssl
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any


@dataclass
class Reply:
    """One answer. ``events`` are SSE data payloads (each sent as its own chunk, like vLLM);
    ``raw`` are exact byte pieces instead. ``stall_after`` hangs after that many pieces;
    ``cut_after`` closes the connection there without ending the body."""

    status: int = 200
    body: Any = None  # dict/list -> JSON, str/bytes as they are
    headers: dict[str, str] = field(default_factory=dict)
    events: Sequence[str] = ()
    raw: Sequence[bytes] = ()
    stall_after: int | None = None
    cut_after: int | None = None


Route = Reply | Callable[[dict[str, Any]], Reply]


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: Any


class _Server(ThreadingHTTPServer):
    daemon_threads = False  # server_close joins the handler threads (no leaked threads)
    block_on_close = True

    def __init__(self, owner: ReplayServer) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.owner = owner


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def setup(self) -> None:
        super().setup()
        self.server.owner.track(self.connection)

    def do_GET(self) -> None:
        self._answer("GET")

    def do_POST(self) -> None:
        self._answer("POST")

    def _answer(self, method: str) -> None:
        owner = self.server.owner
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            body: Any = json.loads(raw) if raw else None
        except ValueError:
            body = raw
        path = self.path.split("?", 1)[0]
        owner.seen.append(Seen(method, path, dict(self.headers.items()), body))
        route = owner.routes.get((method, path))
        if route is None:
            reply = Reply(404, {"detail": "Not Found"})
        else:
            reply = route(body if isinstance(body, dict) else {}) if callable(route) else route
        if reply.events or reply.raw:
            self._stream(reply)
        else:
            self._plain(reply)

    def _plain(self, reply: Reply) -> None:
        data = reply.body
        if isinstance(data, dict | list):
            data = json.dumps(data)
        payload = data.encode() if isinstance(data, str) else (data or b"")
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.headers.pop("Content-Type", "application/json"))
        for key, value in reply.headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def _stream(self, reply: Reply) -> None:
        pieces = list(reply.raw) or [f"data: {e}\n\n".encode() for e in reply.events]
        self.send_response(reply.status)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.send_header("Transfer-Encoding", "chunked")
        for key, value in reply.headers.items():
            self.send_header(key, value)
        self.end_headers()
        try:
            for number, piece in enumerate(pieces):
                if number == reply.stall_after:
                    self.server.owner.release.wait(30)
                    return
                if number == reply.cut_after:
                    self.close_connection = True
                    return
                self.wfile.write(f"{len(piece):X}\r\n".encode() + piece + b"\r\n")
                self.wfile.flush()
            self.wfile.write(b"0\r\n\r\n")
            self.wfile.flush()
        except OSError:
            self.close_connection = True  # the client went away (cancelled): fine


class ReplayServer:
    """``routes[(method, path)]`` -> Reply; ``seen`` records every request."""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.routes: dict[tuple[str, str], Route] = {}
        self.seen: list[Seen] = []
        self.release = threading.Event()
        self._connections: list[socket.socket] = []
        self._lock = threading.Lock()
        self._server = _Server(self)
        if tls is not None:
            self._server.socket = tls.wrap_socket(self._server.socket, server_side=True)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="replay-server"
        )
        self.scheme = "https" if tls is not None else "http"

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}/v1"

    def track(self, connection: socket.socket) -> None:
        with self._lock:
            self._connections.append(connection)

    def chats(self) -> list[dict[str, Any]]:
        """The bodies of the chat requests received so far."""
        return [s.body for s in self.seen if s.path == "/v1/chat/completions"]

    def __enter__(self) -> ReplayServer:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release.set()
        self._server.shutdown()
        with self._lock:
            for connection in self._connections:
                try:
                    connection.shutdown(socket.SHUT_RDWR)  # wakes handlers idle in keep-alive
                except OSError:
                    pass
        self._server.server_close()
        self._thread.join(timeout=10)


def models_reply(*ids: str, **card: Any) -> Reply:
    """A ``GET /v1/models`` answer listing ``ids``, each card with ``card``'s extra fields."""
    return Reply(
        body={"object": "list", "data": [{"id": i, "object": "model", **card} for i in ids]}
    )
