"""A forwarding HTTP proxy on 127.0.0.1 for the proxy tests: plain-HTTP requests in absolute
form are forwarded (and logged with their headers, so a token sent in clear is seen), HTTPS
goes through CONNECT tunnels (logged; the bytes inside stay private). Every connection
upstream is to loopback, like everything in the tests."""

from __future__ import annotations

import select
import socket
import socketserver
import threading
from dataclasses import dataclass
from urllib.parse import urlsplit

_HOP_BY_HOP = ("connection", "proxy-connection", "proxy-authorization", "keep-alive")


@dataclass(frozen=True)
class ProxyRecord:
    method: str
    target: str  # the absolute URL, or host:port for CONNECT
    headers: dict[str, str]


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = False  # server_close() joins every handler thread
    allow_reuse_address = True
    proxy: LoopbackProxy


class _Handler(socketserver.StreamRequestHandler):
    server: _Server

    def handle(self) -> None:
        line = self.rfile.readline(65537).decode("latin-1").strip()
        if not line:
            return
        method, target, _ = line.split(" ", 2)
        raw_headers: list[bytes] = []
        while (header := self.rfile.readline(65537)) not in (b"\r\n", b"\n", b""):
            raw_headers.append(header)
        headers = {}
        for header in raw_headers:
            name, _, value = header.decode("latin-1").partition(":")
            headers[name.strip().lower()] = value.strip()
        self.server.proxy.record(ProxyRecord(method, target, headers))
        if method == "CONNECT":
            host, _, port = target.rpartition(":")
            with socket.create_connection((host.strip("[]"), int(port)), timeout=10) as upstream:
                self.request.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
                self._pipe(self.request, upstream)
            return
        parts = urlsplit(target)
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        lines = [f"{method} {path} HTTP/1.1"]
        lines += [
            h.decode("latin-1").rstrip("\r\n")
            for h in raw_headers
            if h.decode("latin-1").split(":", 1)[0].strip().lower() not in _HOP_BY_HOP
        ]
        lines.append("Connection: close")
        request = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        address = (parts.hostname or "", parts.port or 80)
        with socket.create_connection(address, timeout=10) as upstream:
            upstream.sendall(request)
            while data := upstream.recv(65536):  # the answer, until the server closes
                self.request.sendall(data)

    def _pipe(self, client: socket.socket, upstream: socket.socket) -> None:
        sockets = [client, upstream]
        while not self.server.proxy.closing:
            readable, _, _ = select.select(sockets, [], [], 0.1)
            for sock in readable:
                data = sock.recv(65536)
                if not data:
                    return
                (upstream if sock is client else client).sendall(data)


class LoopbackProxy:
    """``with LoopbackProxy() as proxy:``; ``proxy.url`` goes into HTTP(S)_PROXY."""

    def __init__(self) -> None:
        self.records: list[ProxyRecord] = []
        self.closing = False
        self._lock = threading.Lock()
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.proxy = self
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="proxy"
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def record(self, record: ProxyRecord) -> None:
        with self._lock:
            self.records.append(record)

    def targets(self) -> list[str]:
        with self._lock:
            return [f"{r.method} {r.target}" for r in self.records]

    def __enter__(self) -> LoopbackProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.closing = True
        self._server.shutdown()
        self._thread.join()
        self._server.server_close()
