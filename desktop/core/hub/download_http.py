"""HTTP for model downloads: Hub URLs, file metadata, and a stall-aware body reader.

Plain ``http.client`` with our own redirect handling, so that the Authorization header goes
to the Hub host only (never to the CDN it redirects to), and with an unbuffered body reader
that waits with ``select`` in short ticks: the caller can report a speed of 0 while no bytes
arrive, notice pause and cancel at once, and give up on a stalled connection.

The token is only ever put into a request header; it never enters a URL, a log line or an
exception message.
"""

from __future__ import annotations

import http.client
import ipaddress
import os
import re
import select
import socket
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urljoin, urlsplit

DEFAULT_ENDPOINT = "https://huggingface.co"
USER_AGENT = "QwenDesk/0.1 (+https://huggingface.co)"
MAX_REDIRECTS = 5
_SHA256_RE = re.compile(r"^[0-9a-f]{64}$")


class DownloadError(Exception):
    """A download failed; the message is a plain sentence for the user."""


class OfflineError(DownloadError):
    """Offline mode is on, so no connection is made."""


class NetworkError(DownloadError):
    """The Hub or its CDN could not be reached, or kept dropping the connection."""


class AuthError(DownloadError):
    """401/403: the repository is gated or private."""


class NotFoundError(DownloadError):
    """404: no such repository or file."""


class DiskSpaceError(DownloadError):
    """Not enough free disk space for the download."""


class VerificationError(DownloadError):
    """The downloaded bytes do not match the Hub's sha256; the file was deleted."""


class HTTPStatusError(Exception):
    """An HTTP status we do not handle inline (internal; converted by the caller)."""

    def __init__(self, status: int, url: str, error_code: str = "") -> None:
        super().__init__(f"HTTP {status}")
        self.status = status
        self.url = url
        self.error_code = error_code

    @property
    def transient(self) -> bool:
        return self.status in (408, 425, 429) or self.status >= 500


class StallError(Exception):
    """No byte arrived for the stall timeout (internal; retried by the caller)."""


@dataclass(frozen=True)
class Timeouts:
    connect: float = 15.0  # seconds to open a connection and get the response headers
    stall: float = 30.0  # seconds without a byte before a transfer is retried
    tick: float = 0.5  # how often a waiting reader reports and checks pause/cancel


@dataclass(frozen=True)
class RemoteFile:
    """What the Hub says about a file before we fetch it."""

    url: str
    size: int | None
    sha256: str | None
    etag: str | None
    commit: str | None


def hub_url(repo: str, filename: str, revision: str = "main", endpoint: str | None = None) -> str:
    """The Hub's download URL for ``filename`` in model repository ``repo``."""
    base = (endpoint or os.environ.get("HF_ENDPOINT") or DEFAULT_ENDPOINT).rstrip("/")
    return f"{base}/{repo}/resolve/{quote(revision, safe='')}/{quote(filename)}"


def may_carry_token(url: str) -> bool:
    """Whether a request to ``url`` may carry the Hub token: HTTPS, or plain HTTP to this
    machine itself (a local mirror, the tests' hub). Never plain HTTP across a network."""
    parts = urlsplit(url)
    if parts.scheme == "https":
        return True
    if parts.scheme != "http":
        return False
    host = parts.hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _ssl_context() -> ssl.SSLContext:
    context = ssl.create_default_context()
    try:  # python.org builds on macOS ship without system certificates
        import certifi

        context.load_verify_locations(certifi.where())
    except (ImportError, OSError):
        pass
    return context


class _RawBodyResponse(http.client.HTTPResponse):
    """A response that reads from the socket without Python-side buffering, so ``select``
    on the socket tells exactly whether body bytes are waiting."""

    def __init__(self, sock: socket.socket, *args: Any, **kwargs: Any) -> None:
        super().__init__(sock, *args, **kwargs)
        self.fp = sock.makefile("rb", buffering=0)  # type: ignore[assignment]


def _connection(url: str, timeout: float) -> http.client.HTTPConnection:
    parts = urlsplit(url)
    host = parts.hostname or ""
    conn: http.client.HTTPConnection
    if parts.scheme == "https":
        conn = http.client.HTTPSConnection(
            host, parts.port, timeout=timeout, context=_ssl_context()
        )
    elif parts.scheme == "http":
        conn = http.client.HTTPConnection(host, parts.port, timeout=timeout)
    else:
        raise DownloadError(f"Cannot download from a {parts.scheme or 'plain'} address.")
    conn.response_class = _RawBodyResponse
    return conn


@dataclass
class Response:
    """An open response; close it (or use ``with``) when done."""

    conn: http.client.HTTPConnection
    raw: http.client.HTTPResponse
    url: str
    sock: socket.socket | None

    @property
    def status(self) -> int:
        return self.raw.status

    def header(self, name: str) -> str | None:
        return self.raw.getheader(name)

    def close(self) -> None:
        self.raw.close()
        self.conn.close()

    def __enter__(self) -> Response:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_url(
    url: str,
    *,
    method: str = "GET",
    token: str | None = None,
    headers: dict[str, str] | None = None,
    timeouts: Timeouts,
    follow_cross_host: bool = True,
) -> Response:
    """Send a request, following redirects; the token goes only to the first URL's scheme
    and host (an https -> http redirect on the same host loses it), and never over plain
    HTTP to another machine (:func:`may_carry_token`).

    Returns 2xx responses and, when ``follow_cross_host`` is false, the redirect that would
    leave the host. Other statuses raise :class:`HTTPStatusError`; network failures raise
    ``OSError`` / ``http.client.HTTPException``.
    """
    first = urlsplit(url)
    auth_origin = (first.scheme, first.netloc) if token and may_carry_token(url) else None
    for _ in range(MAX_REDIRECTS + 1):
        parts = urlsplit(url)
        send = {"User-Agent": USER_AGENT, "Accept-Encoding": "identity", **(headers or {})}
        if auth_origin is not None and (parts.scheme, parts.netloc) == auth_origin:
            send["Authorization"] = f"Bearer {token}"
        conn = _connection(url, timeouts.connect)
        try:
            path = parts.path + (f"?{parts.query}" if parts.query else "")
            conn.request(method, path or "/", headers=send)
            sock = conn.sock  # getresponse() drops it from conn on "Connection: close"
            raw = conn.getresponse()
            if sock is not None:
                sock.settimeout(max(timeouts.stall, timeouts.tick))
        except BaseException:
            conn.close()
            raise
        response = Response(conn, raw, url, sock)
        location = raw.getheader("Location")
        if raw.status in (301, 302, 303, 307, 308) and location:
            target = urljoin(url, location)
            if not follow_cross_host and urlsplit(target).netloc != parts.netloc:
                return response
            response.close()
            url = target
            continue
        if 200 <= raw.status < 300:
            return response
        error_code = raw.getheader("X-Error-Code") or ""
        response.close()
        raise HTTPStatusError(raw.status, url, error_code)
    raise HTTPStatusError(310, url, "TooManyRedirects")


def _clean_etag(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    value = value.removeprefix("W/")
    return value.strip('"') or None


def fetch_metadata(url: str, *, token: str | None, timeouts: Timeouts) -> RemoteFile:
    """HEAD the Hub URL the way ``huggingface_hub`` does: the first answer (a redirect to
    the CDN for large files) carries X-Linked-Etag (the LFS sha256) and X-Linked-Size."""
    with open_url(url, method="HEAD", token=token, timeouts=timeouts, follow_cross_host=False) as r:
        linked = _clean_etag(r.header("X-Linked-Etag"))
        etag = linked or _clean_etag(r.header("ETag"))
        size_text = r.header("X-Linked-Size") or r.header("Content-Length")
        commit = r.header("X-Repo-Commit")
    sha256 = etag.lower() if etag and _SHA256_RE.match(etag.lower()) else None
    size = int(size_text) if size_text and size_text.isdigit() else None
    return RemoteFile(url=url, size=size, sha256=sha256, etag=etag, commit=commit)


def parse_content_range(value: str | None) -> tuple[int, int | None] | None:
    """``bytes 100-199/1000`` -> (100, 1000); ``None`` when absent or malformed."""
    match = re.match(r"^\s*bytes\s+(\d+)-\d+/(\d+|\*)\s*$", value or "")
    if not match:
        return None
    total = match.group(2)
    return int(match.group(1)), (int(total) if total.isdigit() else None)


class BodyReader:
    """Reads a response body into a buffer in ticks.

    ``readinto`` returns when the buffer is full, the body ends (0), or a tick passed with
    some bytes in hand. While nothing arrives it calls ``on_idle`` every tick, raises
    whatever ``check`` raises (pause, cancel), and raises :class:`StallError` after
    ``timeouts.stall`` seconds of silence.
    """

    def __init__(
        self,
        response: Response,
        timeouts: Timeouts,
        check: Callable[[], None],
        on_idle: Callable[[], None],
    ) -> None:
        self._raw = response.raw
        sock = response.sock
        if sock is None:
            raise http.client.NotConnected("the connection closed before the body")
        self._sock: socket.socket = sock
        self._timeouts = timeouts
        self._check = check
        self._on_idle = on_idle

    def _wait_readable(self, timeout: float) -> bool:
        if isinstance(self._sock, ssl.SSLSocket) and self._sock.pending():
            return True
        readable, _, _ = select.select([self._sock], [], [], timeout)
        return bool(readable)

    def readinto(self, buffer: memoryview) -> int:
        if self._raw.isclosed():  # the body ended (or the server closed) on the last call
            return 0
        filled = 0
        started = time.monotonic()
        silent_since = started
        tick = self._timeouts.tick
        while filled < len(buffer):
            if not self._wait_readable(tick):
                self._check()
                if filled:
                    return filled
                self._on_idle()
                if time.monotonic() - silent_since >= self._timeouts.stall:
                    raise StallError()
                continue
            n = self._raw.readinto(buffer[filled:])
            if not n:
                break
            filled += n
            now = time.monotonic()
            silent_since = now
            if now - started >= tick:
                self._check()
                break
        return filled
