"""OpenAI-style errors: ``{"error": {"message", "type", "param", "code"}}`` with an HTTP status.

Every failure a client can cause or meet ends as one of these (never a traceback): the
handlers turn :class:`ApiError`, Starlette's HTTP errors and anything unexpected into one.
"""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)

INVALID_REQUEST = "invalid_request_error"
AUTHENTICATION = "authentication_error"
NOT_FOUND = "not_found_error"
RATE_LIMIT = "rate_limit_error"
SERVER_ERROR = "server_error"
UNAVAILABLE = "service_unavailable_error"

_TYPE_FOR_STATUS = {
    400: INVALID_REQUEST,
    401: AUTHENTICATION,
    403: INVALID_REQUEST,
    404: NOT_FOUND,
    405: INVALID_REQUEST,
    413: INVALID_REQUEST,
    415: INVALID_REQUEST,
    422: INVALID_REQUEST,
    429: RATE_LIMIT,
    503: UNAVAILABLE,
}


class ApiError(Exception):
    """A request refused or failed, as the client should see it."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        param: str | None = None,
        code: str | None = None,
        type: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.param = param
        self.code = code
        self.type = type or _TYPE_FOR_STATUS.get(status, SERVER_ERROR)

    def body(self) -> dict[str, Any]:
        return error_body(self.message, self.type, self.param, self.code)


def error_body(
    message: str, type: str = INVALID_REQUEST, param: str | None = None, code: str | None = None
) -> dict[str, Any]:
    return {"error": {"message": message, "type": type, "param": param, "code": code}}


def invalid(message: str, param: str | None = None, code: str = "invalid_value") -> ApiError:
    """A bad parameter (400, as OpenAI answers)."""
    return ApiError(400, message, param=param, code=code)


def no_model() -> ApiError:
    return ApiError(
        503,
        "No model is loaded. Load a model in Qwen Desk (File ▸ Open model…), or start the "
        "headless server with --model PATH.",
        code="model_not_loaded",
    )


def json_response(error: ApiError) -> Any:
    from starlette.responses import JSONResponse

    headers = {"WWW-Authenticate": "Bearer"} if error.status == 401 else None
    return JSONResponse(error.body(), status_code=error.status, headers=headers)


_PLAIN_HTTP = {
    404: "There is nothing at this path. The API is under /v1 (for example /v1/chat/completions).",
    405: "This path does not take that method (chat completions are POST, models are GET).",
}


async def handle_api_error(request: Any, exc: Exception) -> Any:
    assert isinstance(exc, ApiError)
    return json_response(exc)


async def handle_http_error(request: Any, exc: Exception) -> Any:
    """Starlette's own 404 / 405 / ... as OpenAI-style errors."""
    status = int(getattr(exc, "status_code", 500))
    message = _PLAIN_HTTP.get(status) or str(getattr(exc, "detail", "")) or "Request failed."
    return json_response(ApiError(status, message))


async def handle_unexpected(request: Any, exc: Exception) -> Any:
    log.exception("the API server failed on %s", getattr(request, "url", "a request"))
    return json_response(
        ApiError(500, f"Qwen Desk failed to answer this request: {exc}", code="internal_error")
    )
