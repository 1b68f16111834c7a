"""One HTTP connection to a model server (httpx2, imported late): JSON calls and the chat
stream, with every failure turned into a plain :class:`RemoteError` that never holds the key.
"""

from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING, Any

from desktop.engines.remote_errors import (
    RemoteError,
    bad_response,
    from_exception,
    from_status,
    mentions_unknown_model,
)
from desktop.engines.remote_errors import scrub as scrub_key
from desktop.engines.remote_net import ServerURL, resolves_to_loopback

if TYPE_CHECKING:
    import httpx2

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 10.0
# Between two pieces of a reply; a big prompt on a busy GPU can take a while to start.
READ_TIMEOUT_S = 120.0


class ServerClient:
    """Talks to one server with one key. Not thread-safe beyond what httpx2 allows; the
    engine uses it from its one worker thread."""

    def __init__(
        self,
        url: ServerURL,
        api_key: str = "",
        *,
        connect_timeout: float = CONNECT_TIMEOUT_S,
        read_timeout: float = READ_TIMEOUT_S,
    ) -> None:
        import httpx2

        self.url = url
        self._key = api_key
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        headers = {"Accept": "application/json", "User-Agent": "Qwen-Desk"}
        if api_key:
            headers["Authorization"] = f"Bearer {api_key}"
        self._client = httpx2.Client(
            headers=headers,
            timeout=httpx2.Timeout(read_timeout, connect=connect_timeout),
            # httpx2 drops the Authorization header when a redirect leaves the origin.
            follow_redirects=True,
            # A server on this computer is reached directly: an HTTP_PROXY from the
            # environment would otherwise carry loopback traffic (and offline chats) away.
            trust_env=not resolves_to_loopback(url.host),
        )

    def __repr__(self) -> str:
        return f"ServerClient({self.url.base!r})"

    @property
    def has_key(self) -> bool:
        return bool(self._key)

    def close(self) -> None:
        self._client.close()

    # -- errors ---------------------------------------------------------------------------

    def scrub_text(self, text: str) -> str:
        """``text`` with the key blanked out, whatever put it there."""
        return scrub_key(text, self._key)

    def scrub(self, error: RemoteError) -> RemoteError:
        """``error`` with the key blanked out of its message."""
        return RemoteError(self.scrub_text(str(error)), error.reason)

    def failure(self, exc: BaseException) -> RemoteError:
        """A client exception as a plain RemoteError."""
        return self.scrub(
            from_exception(
                exc,
                self.url.label,
                connect_timeout=self.connect_timeout,
                read_timeout=self.read_timeout,
            )
        )

    def status_failure(
        self, response: httpx2.Response, *, model: str = "", listing: bool = False
    ) -> RemoteError:
        """An HTTP error status as a plain RemoteError (reads the body for the server's words;
        names the models the server lists when the model is unknown)."""
        try:
            body = response.read().decode("utf-8", errors="replace")
        except Exception:  # the body is a courtesy; the status alone still explains
            body = ""
        available: list[str] = []
        if model and not listing and mentions_unknown_model(response.status_code, body, model):
            try:
                available = [card["id"] for card in self.model_cards()]
            except RemoteError:
                available = []
        return self.scrub(
            from_status(
                response.status_code,
                body,
                self.url.label,
                model=model,
                has_key=self.has_key,
                retry_after=response.headers.get("retry-after", ""),
                listing=listing,
                available=available,
            )
        )

    # -- requests -------------------------------------------------------------------------

    def get_json(self, path: str, *, timeout: float | None = None, listing: bool = False) -> Any:
        """GET the absolute URL ``path`` and return its JSON; failures raise RemoteError."""
        return self._json("GET", path, None, timeout=timeout, listing=listing)

    def post_json(self, path: str, body: dict[str, Any], *, timeout: float | None = None) -> Any:
        return self._json("POST", path, body, timeout=timeout, listing=False)

    def _json(
        self,
        method: str,
        url: str,
        body: dict[str, Any] | None,
        *,
        timeout: float | None,
        listing: bool,
    ) -> Any:
        import httpx2

        log.debug("%s %s", method, url)
        try:
            response = self._client.request(
                method,
                url,
                json=body,
                timeout=httpx2.USE_CLIENT_DEFAULT if timeout is None else timeout,
            )
        except httpx2.HTTPError as exc:
            raise self.failure(exc) from None
        if response.status_code >= 400:
            raise self.status_failure(response, listing=listing)
        try:
            return response.json()
        except ValueError:
            raise self.scrub(bad_response(self.url.label, "answer")) from None

    def model_cards(self) -> list[dict[str, Any]]:
        """The server's ``GET /v1/models`` entries (each has at least an ``id``)."""
        data = self.get_json(f"{self.url.base}/models", listing=True)
        entries = data.get("data") if isinstance(data, dict) else data
        if not isinstance(entries, list):
            raise self.scrub(bad_response(self.url.label, "model list"))
        cards = [e for e in entries if isinstance(e, dict) and isinstance(e.get("id"), str)]
        if len(cards) != len(entries):
            raise self.scrub(bad_response(self.url.label, "model list"))
        return cards

    def open_chat_stream(self, body: dict[str, Any]) -> httpx2.Response:
        """Start a streaming chat request; the caller reads and must close the response.
        An error status raises RemoteError (after the body has been read and closed)."""
        import httpx2

        log.debug("POST %s/chat/completions (model %s)", self.url.base, body.get("model"))
        request = self._client.build_request(
            "POST",
            f"{self.url.base}/chat/completions",
            content=json.dumps(body, ensure_ascii=False).encode("utf-8"),
            headers={"Content-Type": "application/json", "Accept": "text/event-stream"},
        )
        try:
            response = self._client.send(request, stream=True)
        except httpx2.HTTPError as exc:
            raise self.failure(exc) from None
        if response.status_code >= 400:
            try:
                raise self.status_failure(response, model=str(body.get("model", "")))
            finally:
                response.close()
        return response
