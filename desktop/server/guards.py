"""Who may call the server and how much they may send, as ASGI middleware.

- :class:`OriginGuard` (outermost): on loopback, only requests addressed to a loopback name
  (a web page cannot reach us through DNS rebinding); a request from a web page (``Origin``)
  only from an allowed origin. Starlette's CORS middleware sits inside it and answers
  allowed preflights.
- :class:`AccessGuard`: the API key (``Authorization: Bearer``) when one is set, and the body
  size limit (a declared length over it at once, a streamed body as soon as it passes it).
"""

from __future__ import annotations

import hmac
from typing import Any

from desktop.server.config import ServerConfig, is_loopback
from desktop.server.errors import ApiError, json_response

Scope = dict[str, Any]
Receive = Any
Send = Any
App = Any
OPEN_PATHS = ("/health",)  # answered without a key: says only that the server is up


class BodyTooLarge(ApiError):
    def __init__(self, limit: int) -> None:
        super().__init__(
            413,
            f"The request body is larger than {limit // (1024 * 1024)} MB, the most this "
            "server accepts.",
            code="request_too_large",
        )


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key.lower() == name:
            return bytes(value).decode("latin-1")
    return None


def _host_name(host_header: str) -> str:
    """The name in a Host header, without its port (IPv6 addresses keep their brackets)."""
    if host_header.startswith("["):
        return host_header[: host_header.find("]") + 1]
    return host_header.rsplit(":", 1)[0] if host_header.count(":") == 1 else host_header


async def _refuse(scope: Scope, receive: Receive, send: Send, error: ApiError) -> None:
    await json_response(error)(scope, receive, send)


class OriginGuard:
    def __init__(self, app: App, config: ServerConfig) -> None:
        self.app = app
        self.loopback = config.on_loopback
        self.origins = set(config.cors_origins)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        host = _header(scope, b"host")
        if self.loopback and host is not None and not is_loopback(_host_name(host)):
            error = ApiError(
                403,
                f"This server answers only requests addressed to this computer "
                f"(127.0.0.1 or localhost), not to {host}.",
                code="host_not_allowed",
            )
            await _refuse(scope, receive, send, error)
            return
        origin = _header(scope, b"origin")
        if origin is not None and origin.rstrip("/") not in self.origins:
            error = ApiError(
                403,
                f"Web pages from {origin} may not call this server. Add the origin to the "
                "server's allowed origins to let them.",
                code="origin_not_allowed",
            )
            await _refuse(scope, receive, send, error)
            return
        await self.app(scope, receive, send)


class AccessGuard:
    def __init__(self, app: App, config: ServerConfig) -> None:
        self.app = app
        self.key = config.api_key.encode()
        self.limit = config.limits.max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self.key and scope["path"] not in OPEN_PATHS and not self._authorised(scope):
            await _refuse(scope, receive, send, self._unauthorised(scope))
            return
        length = _header(scope, b"content-length")
        if length is not None and length.strip().isdigit() and int(length) > self.limit:
            await _refuse(scope, receive, send, BodyTooLarge(self.limit))
            return
        received = 0

        async def limited() -> Any:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise BodyTooLarge(self.limit)
            return message

        await self.app(scope, limited, send)

    def _authorised(self, scope: Scope) -> bool:
        given = _header(scope, b"authorization") or ""
        scheme, _, token = given.partition(" ")
        return scheme.lower() == "bearer" and hmac.compare_digest(token.strip().encode(), self.key)

    @staticmethod
    def _unauthorised(scope: Scope) -> ApiError:
        if _header(scope, b"authorization") is None:
            message = (
                "This server needs an API key. Send it as 'Authorization: Bearer KEY' (the "
                "openai client's api_key); the key is in Qwen Desk's Server panel."
            )
        else:
            message = "The API key is not right. Copy it again from Qwen Desk's Server panel."
        return ApiError(401, message, code="invalid_api_key")
