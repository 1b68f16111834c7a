"""A fake Hugging Face Hub on 127.0.0.1 for download tests and the throughput benchmark.

Like the real Hub, ``HEAD``/``GET /<repo>/resolve/<rev>/<file>`` answers 302 to a CDN URL
(here the same server under the host name ``localhost``, so a client that leaks the token to
the CDN is caught) with ``X-Linked-Etag`` (the sha256), ``X-Linked-Size`` and ``ETag``.
The CDN serves the bytes with ``Range`` support. Each file can misbehave on purpose: drop
the connection at chosen offsets, stall once, serve a wrong byte, ignore ``Range``, or
demand a token (401/403). Unknown files get 404. Byte and request counts are recorded.
With ``tls`` it speaks HTTPS (both names); ``api_models`` answers ``GET /api/models`` as the
Hub search does.
"""

from __future__ import annotations

import hashlib
import json
import re
import socket
import ssl
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

CHUNK = 64 * 1024


@dataclass
class FakeFile:
    content: bytes | None = None
    path: Path | None = None  # served with sendfile (benchmark); content stays None
    sha256: str | None = None  # published hash; computed from the content when None
    gated: bool = False  # needs the server's token
    corrupt_at: int | None = None  # this byte is served wrong (flipped)
    drop_at: list[int] = field(default_factory=list)  # each GET crossing [0] stops there
    stall_at: int | None = None  # once: send up to here, then go silent until released
    stall_repeat: bool = False  # stall every request (at stall_at, or at once past it)
    ignore_range: bool = False

    @property
    def size(self) -> int:
        if self.content is not None:
            return len(self.content)
        assert self.path is not None
        return self.path.stat().st_size


@dataclass
class RequestRecord:
    method: str
    host: str
    path: str
    range: str | None
    authorization: str | None


class _Server(ThreadingHTTPServer):
    daemon_threads = False  # server_close() joins every handler thread
    hub: FakeHub
    tls: ssl.SSLContext | None = None

    def get_request(self) -> tuple[socket.socket, Any]:
        sock, address = super().get_request()
        if self.tls is not None:
            sock = self.tls.wrap_socket(sock, server_side=True)
        return sock, address


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 10
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # silence stderr
        pass

    def _record(self) -> None:
        self.server.hub.record(
            RequestRecord(
                self.command,
                self.headers.get("Host", ""),
                self.path,
                self.headers.get("Range"),
                self.headers.get("Authorization"),
            )
        )

    def _plain(self, status: int, error_code: str = "") -> None:
        body = f"{status}\n".encode()
        self.send_response(status)
        if error_code:
            self.send_header("X-Error-Code", error_code)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.close_connection = True

    def do_HEAD(self) -> None:
        self._dispatch()

    def do_GET(self) -> None:
        self._dispatch()

    def _dispatch(self) -> None:
        self._record()
        hub = self.server.hub
        path = urlsplit(self.path).path
        match = re.match(r"^/(?P<repo>[^/]+/[^/]+)/resolve/(?P<rev>[^/]+)/(?P<file>.+)$", path)
        if match:
            self._resolve(hub, match.group("repo"), unquote(match.group("file")))
        elif path.startswith("/cdn/"):
            self._cdn(hub, unquote(path[len("/cdn/") :]))
        elif path == "/api/models" and hub.api_models is not None:
            body = json.dumps(hub.api_models).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(body)
            self.close_connection = True
        else:
            self._plain(404, "RepoNotFound")

    def _resolve(self, hub: FakeHub, repo: str, filename: str) -> None:
        fake = hub.files.get((repo, filename))
        if fake is None:
            self._plain(404, "EntryNotFound")
            return
        if fake.gated:
            auth = self.headers.get("Authorization")
            if auth is None:
                self._plain(401, "GatedRepo")
                return
            if auth != f"Bearer {hub.token}":
                self._plain(403, "GatedRepo")
                return
        sha = fake.sha256 or hub.sha256_of(fake)
        self.send_response(302)
        cdn = f"{hub.scheme}://localhost:{hub.port}/cdn/{repo}/{filename}?sig=x"
        self.send_header("Location", cdn)
        self.send_header("X-Linked-Etag", f'"{sha}"')
        self.send_header("X-Linked-Size", str(fake.size))
        self.send_header("ETag", f'"{sha}"')
        self.send_header("X-Repo-Commit", "0123456789abcdef0123456789abcdef01234567")
        self.send_header("Content-Length", "0")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True

    def _cdn(self, hub: FakeHub, key: str) -> None:
        repo, _, filename = key.partition("/")
        repo_name, _, filename = filename.partition("/")
        fake = hub.files.get((f"{repo}/{repo_name}", filename))
        if fake is None:
            self._plain(404, "EntryNotFound")
            return
        size = fake.size
        start = 0
        ranged = re.match(r"^bytes=(\d+)-$", self.headers.get("Range") or "")
        if ranged and not fake.ignore_range:
            start = int(ranged.group(1))
            if start >= size:
                self._plain(416)
                return
            self.send_response(206)
            self.send_header("Content-Range", f"bytes {start}-{size - 1}/{size}")
        else:
            self.send_response(200)
        self.send_header("Content-Length", str(size - start))
        self.send_header("Accept-Ranges", "bytes")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        if self.command == "HEAD":
            return
        try:
            if fake.path is not None:
                self._sendfile(hub, fake.path, start, size)
            else:
                self._send_bytes(hub, fake, start, size)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _sendfile(self, hub: FakeHub, path: Path, start: int, size: int) -> None:
        self.wfile.flush()
        with open(path, "rb") as handle:
            sent = self.connection.sendfile(handle, start, size - start)
        hub.count(sent)

    def _send_bytes(self, hub: FakeHub, fake: FakeFile, start: int, size: int) -> None:
        assert fake.content is not None
        end = size
        with hub.lock:
            if fake.drop_at and fake.drop_at[0] > start:
                end = min(end, fake.drop_at.pop(0))
            stall = fake.stall_at if fake.stall_at is not None and fake.stall_at > start else None
            if fake.stall_repeat and fake.stall_at is not None:
                stall = max(fake.stall_at, start)
            elif stall is not None:
                fake.stall_at = None
        position = start
        while position < end:
            if stall is not None and position >= stall:
                hub.stall_reached.set()
                hub.release.wait()
                stall = None
                if hub.closing:
                    return
            stop = min(end, position + CHUNK, stall if stall is not None else end)
            chunk = fake.content[position:stop]
            if fake.corrupt_at is not None and position <= fake.corrupt_at < stop:
                index = fake.corrupt_at - position
                chunk = chunk[:index] + bytes([chunk[index] ^ 0xFF]) + chunk[index + 1 :]
            self.wfile.write(chunk)
            hub.count(len(chunk))
            position = stop
        if end < size:  # a dropped connection: close without sending the rest
            self.connection.shutdown(socket.SHUT_RDWR)


class FakeHub:
    """Start with ``with FakeHub() as hub:``; ``hub.endpoint`` is the Hub base URL."""

    def __init__(self, token: str | None = None, tls: ssl.SSLContext | None = None) -> None:
        self.token = token
        self.scheme = "https" if tls is not None else "http"
        self.api_models: list[dict[str, Any]] | None = None
        self.files: dict[tuple[str, str], FakeFile] = {}
        self.requests: list[RequestRecord] = []
        self.bytes_sent = 0
        self.lock = threading.Lock()
        self.stall_reached = threading.Event()
        self.release = threading.Event()
        self.closing = False
        self._hashes: dict[int, str] = {}
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.hub = self
        self._server.tls = tls
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="fake-hub"
        )

    @property
    def endpoint(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}"

    def add(
        self, repo: str, filename: str, content: bytes | None = None, **options: Any
    ) -> FakeFile:
        fake = FakeFile(content=content, **options)
        self.files[(repo, filename)] = fake
        return fake

    def sha256_of(self, fake: FakeFile) -> str:
        key = id(fake)
        if key not in self._hashes:
            digest = hashlib.sha256()
            if fake.content is not None:
                digest.update(fake.content)
            else:
                assert fake.path is not None
                with open(fake.path, "rb") as handle:
                    while block := handle.read(1 << 20):
                        digest.update(block)
            self._hashes[key] = digest.hexdigest()
        return self._hashes[key]

    def record(self, request: RequestRecord) -> None:
        with self.lock:
            self.requests.append(request)

    def count(self, n: int) -> None:
        with self.lock:
            self.bytes_sent += n

    def start(self) -> FakeHub:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.closing = True
        self.release.set()
        self._server.shutdown()
        self._thread.join()
        self._server.server_close()  # joins the handler threads

    def __enter__(self) -> FakeHub:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
