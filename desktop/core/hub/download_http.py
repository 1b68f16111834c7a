"""HTTP for model downloads: Hub URLs, file metadata, and a stall-aware body reader.

Requests go through :mod:`desktop.core.hub.http_client` (httpx2; proxies as this computer is
set up), with our own redirect handling so that the Authorization header goes to the Hub host
only (never to the CDN it redirects to) and never over plain HTTP to another machine, proxy
included. The body is read on a helper thread into a short queue while the download's thread
waits in short ticks: it reports a speed of 0 while no bytes arrive, notices pause, cancel and
offline mode at once, and gives up on a stalled connection.

The token is only ever put into a request header; it never enters a URL, a log line or an
exception message.
"""

from __future__ import annotations

import contextlib
import os
import queue
import re
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urljoin, urlsplit

from desktop.core.hub.http_client import hub_client, is_this_machine, proxy_for

if TYPE_CHECKING:
    import httpx2
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
    connect: float = 15.0  # seconds to open a connection (headers may take up to `stall`)
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
    return is_this_machine(parts.hostname or "")


def token_may_go(url: str, proxy: str | None) -> bool:
    """:func:`may_carry_token`, and a plain-HTTP request that goes through a proxy only when
    the proxy is on this machine too (HTTPS reaches the Hub through the proxy's tunnel)."""
    if not may_carry_token(url):
        return False
    if urlsplit(url).scheme == "https" or proxy is None:
        return True
    return is_this_machine(urlsplit(proxy).hostname or "")


class TransferError(OSError):
    """The connection broke or misbehaved during a request (retried by the caller)."""


def download_client(timeouts: Timeouts) -> httpx2.Client:
    """The client one download uses for all its requests (close it when done)."""
    return hub_client(connect_s=timeouts.connect, read_s=max(timeouts.connect, timeouts.stall))


@contextlib.contextmanager
def _transfer_errors() -> Iterator[None]:
    """httpx2's transport errors as :class:`TransferError` (an OSError, so retried)."""
    import httpx2

    try:
        yield
    except httpx2.TransportError as exc:
        raise TransferError(str(exc) or type(exc).__name__) from exc


@dataclass
class Response:
    """An open response; close it (or use ``with``) when done."""

    raw: httpx2.Response
    url: str
    _own_client: httpx2.Client | None = field(default=None, repr=False)

    @property
    def status(self) -> int:
        return self.raw.status_code

    def header(self, name: str) -> str | None:
        return self.raw.headers.get(name)

    def close(self) -> None:
        self.raw.close()
        if self._own_client is not None:
            self._own_client.close()

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
    client: httpx2.Client | None = None,
) -> Response:
    """Send a request, following redirects; the token goes only to the first URL's scheme
    and host (an https -> http redirect on the same host loses it), and never over plain
    HTTP to another machine or through a proxy elsewhere (:func:`token_may_go`).

    Returns 2xx responses and, when ``follow_cross_host`` is false, the redirect that would
    leave the host. Other statuses raise :class:`HTTPStatusError`; network failures raise
    ``OSError`` (:class:`~desktop.core.hub.http_client.Unreachable`, :class:`TransferError`).
    Without ``client`` one is made for this response and closed with it.
    """
    own = client is None
    http = client if client is not None else download_client(timeouts)
    try:
        return _follow(http, url, method, token, headers or {}, follow_cross_host, own)
    except BaseException:
        if own:
            http.close()
        raise


def _follow(
    client: httpx2.Client,
    url: str,
    method: str,
    token: str | None,
    headers: dict[str, str],
    follow_cross_host: bool,
    own: bool,
) -> Response:
    first = urlsplit(url)
    auth_origin = (first.scheme, first.netloc) if token and may_carry_token(url) else None
    for _ in range(MAX_REDIRECTS + 1):
        parts = urlsplit(url)
        send = {"User-Agent": USER_AGENT, "Accept-Encoding": "identity", **headers}
        same_origin = auth_origin is not None and (parts.scheme, parts.netloc) == auth_origin
        if same_origin and token_may_go(url, proxy_for(url)):
            send["Authorization"] = f"Bearer {token}"
        if parts.scheme not in ("http", "https"):
            raise DownloadError(f"Cannot download from a {parts.scheme or 'plain'} address.")
        with _transfer_errors():
            raw = client.send(client.build_request(method, url, headers=send), stream=True)
        response = Response(raw, url, client if own else None)
        location = raw.headers.get("Location")
        if raw.status_code in (301, 302, 303, 307, 308) and location:
            target = urljoin(url, location)
            if not follow_cross_host and urlsplit(target).netloc != parts.netloc:
                return response
            raw.close()
            url = target
            continue
        if 200 <= raw.status_code < 300:
            return response
        error_code = raw.headers.get("X-Error-Code") or ""
        raw.close()
        raise HTTPStatusError(raw.status_code, url, error_code)
    raise HTTPStatusError(310, url, "TooManyRedirects")


def _clean_etag(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    value = value.removeprefix("W/")
    return value.strip('"') or None


def fetch_metadata(
    url: str, *, token: str | None, timeouts: Timeouts, client: httpx2.Client | None = None
) -> RemoteFile:
    """HEAD the Hub URL the way ``huggingface_hub`` does: the first answer (a redirect to
    the CDN for large files) carries X-Linked-Etag (the LFS sha256) and X-Linked-Size."""
    with open_url(
        url,
        method="HEAD",
        token=token,
        timeouts=timeouts,
        follow_cross_host=False,
        client=client,
    ) as r:
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


_END = object()  # the body ended
QUEUE_CHUNKS = 64  # chunks the reading thread may be ahead (httpx2 reads up to 64 KiB a time)


class BodyReader:
    """Reads a response body into buffers in ticks; use as a context manager.

    A helper thread pulls the body from the connection into a short queue. ``readinto``
    returns when the buffer is full, the body ends (0), or a tick passed with some bytes in
    hand. While nothing arrives it calls ``on_idle`` every tick (the speed falls to 0), raises
    whatever ``check`` raises (pause, cancel, offline mode), and raises :class:`StallError`
    after ``timeouts.stall`` seconds of silence. Leaving shuts the connection, which ends the
    helper thread at once.
    """

    def __init__(
        self,
        response: Response,
        timeouts: Timeouts,
        check: Callable[[], None],
        on_idle: Callable[[], None],
    ) -> None:
        self._response = response
        self._timeouts = timeouts
        self._check = check
        self._on_idle = on_idle
        self._chunks: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._room = threading.Semaphore(QUEUE_CHUNKS)  # bounds how far the reader gets ahead
        self._pending = memoryview(b"")
        self._ended = False
        self._error: BaseException | None = None  # raised once the bytes before it are out
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._pump, name="download-body", daemon=True)

    def __enter__(self) -> BodyReader:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _put(self, item: object) -> bool:
        while not self._stop.is_set():
            if self._room.acquire(timeout=self._timeouts.tick):
                self._chunks.put(item)
                return True
        return False

    def _pump(self) -> None:
        try:
            with _transfer_errors():
                for chunk in self._response.raw.iter_raw():
                    if chunk and not self._put(chunk):
                        return
            self._put(_END)
        except BaseException as exc:  # handed to the download's thread
            if not self._stop.is_set():
                self._put(exc)

    def close(self) -> None:
        """Stop reading: shut the connection (a blocked read returns), join the thread."""
        self._stop.set()
        stream = self._response.raw.extensions.get("network_stream")
        sock: Any = stream.get_extra_info("socket") if stream is not None else None
        if isinstance(sock, socket.socket):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        if self._thread.is_alive():
            self._thread.join()

    def _next(self) -> bool:
        """Wait up to a tick for the next chunk; False when none came."""
        try:
            item = self._chunks.get(timeout=self._timeouts.tick)
        except queue.Empty:
            return False
        self._room.release()
        if item is _END:
            self._ended = True
        elif isinstance(item, BaseException):
            self._error = item
        else:
            assert isinstance(item, bytes)
            self._pending = memoryview(item)
        return True

    def readinto(self, buffer: memoryview) -> int:
        filled = 0
        started = time.monotonic()
        silent_since = started
        while filled < len(buffer) and not self._ended:
            if self._error is not None:
                if filled:  # hand over what arrived before the connection broke first
                    return filled
                raise self._error
            if not self._pending:
                if not self._next():
                    self._check()
                    if filled:
                        return filled
                    self._on_idle()
                    if time.monotonic() - silent_since >= self._timeouts.stall:
                        raise StallError()
                continue
            n = min(len(self._pending), len(buffer) - filled)
            buffer[filled : filled + n] = self._pending[:n]
            self._pending = self._pending[n:]
            filled += n
            now = time.monotonic()
            silent_since = now
            if now - started >= self._timeouts.tick:
                self._check()
                break
        return filled
