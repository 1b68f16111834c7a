"""The Starlette app: routes, error handlers and the middleware stack (log, origin and host
checks, CORS for allowed origins, API key and body size).

Routes: ``GET /health``, ``GET /v1/models``, ``GET /v1/models/{id}``,
``POST /v1/chat/completions``, ``POST /v1/embeddings`` (the embedding model chosen for
documents: desktop/server/embeddings.py).
"""

from __future__ import annotations

import time
from typing import Any

from desktop.server import payloads
from desktop.server.backend import Backend, matches, model_id
from desktop.server.completions import ClientGone, Completions
from desktop.server.config import ServerConfig
from desktop.server.embeddings import EmbedderSource
from desktop.server.embeddings import embeddings as embed_request
from desktop.server.errors import (
    ApiError,
    handle_api_error,
    handle_http_error,
    handle_unexpected,
)
from desktop.server.guards import AccessGuard, OriginGuard
from desktop.server.request_log import RequestLog, RequestRecord

JSON_TYPES = ("application/json",)


class Api:
    """The endpoints over one backend."""

    def __init__(
        self, backend: Backend, config: ServerConfig, embedder: EmbedderSource | None = None
    ) -> None:
        self.backend = backend
        self.config = config
        self.embedder = embedder  # the embedding model for /v1/embeddings (None: none chosen)
        self.completions = Completions(backend, config.limits)

    async def health(self, request: Any) -> Any:
        from starlette.responses import JSONResponse

        return JSONResponse({"status": "ok", "model_loaded": self.backend.model is not None})

    async def models(self, request: Any) -> Any:
        from starlette.responses import JSONResponse

        return JSONResponse(payloads.model_list(self.backend.model))

    async def model(self, request: Any) -> Any:
        from starlette.responses import JSONResponse

        info = self.backend.model
        wanted = str(request.path_params["model"])
        if info is None or not matches(info, wanted):
            loaded = f"'{model_id(info)}' is loaded" if info is not None else "none is loaded"
            raise ApiError(
                404,
                f"The model '{wanted}' is not loaded ({loaded}).",
                param="model",
                code="model_not_found",
            )
        return JSONResponse(payloads.model_entry(info))

    async def chat(self, request: Any) -> Any:
        _require_json(request)
        return await self.completions(request)

    async def embeddings(self, request: Any) -> Any:
        _require_json(request)
        return await embed_request(request, self.embedder)

    def routes(self) -> list[Any]:
        from starlette.routing import Route

        return [
            Route("/health", self.health, methods=["GET"]),
            Route("/v1/models", self.models, methods=["GET"]),
            Route("/v1/models/{model:path}", self.model, methods=["GET"]),
            Route("/v1/chat/completions", self.chat, methods=["POST"]),
            Route("/v1/embeddings", self.embeddings, methods=["POST"]),
        ]


class Recorder:
    """Outermost middleware: one :class:`RequestRecord` per request, whatever its end."""

    def __init__(self, app: Any, log: RequestLog) -> None:
        self.app = app
        self.log = log

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started, clock = time.time(), time.monotonic()
        status = 0

        async def capture(message: dict[str, Any]) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, capture)
        finally:
            self.log.add(_record(scope, started, time.monotonic() - clock, status or 500))


def _record(scope: dict[str, Any], started: float, duration: float, status: int) -> RequestRecord:
    client = scope.get("client") or ("", 0)
    base = RequestRecord(
        started=started,
        client=str(client[0]),
        method=str(scope.get("method", "")),
        path=str(scope.get("path", "")),
        status=status,
        duration_s=duration,
    )
    run = (scope.get("state") or {}).get("run")
    if run is None:
        return base
    outcome = run.outcome
    stats = outcome.stats if outcome is not None else None
    finish = "cancelled" if stats is None else ""
    if stats is not None:
        finish = payloads.finish_reason(stats, run.answer.stopped, bool(run.answer.calls))
        if stats.stop_reason.value in ("error", "cancelled") and not run.answer.stopped:
            finish = stats.stop_reason.value
    return RequestRecord(
        started=started,
        client=base.client,
        method=base.method,
        path=base.path,
        status=status,
        duration_s=duration,
        model=run.model,
        stream=run.params.stream,
        prompt_tokens=stats.prompt_tokens if stats else 0,
        completion_tokens=stats.generated_tokens if stats else 0,
        reasoning_tokens=stats.thinking_tokens if stats else 0,
        tokens_per_s=stats.generation_tps if stats else 0.0,
        ttft_s=run.first_token - run.arrived if run.first_token else 0.0,
        finish=finish,
        error=stats.error if stats else "",
    )


async def _client_gone(request: Any, exc: Exception) -> Any:
    from starlette.responses import Response

    return Response(status_code=499)  # nginx's "client closed request": nobody reads it


def build_app(
    backend: Backend,
    config: ServerConfig,
    log: RequestLog,
    embedder: EmbedderSource | None = None,
) -> tuple[Any, Api]:
    """The ASGI app and its endpoints (whose ``completions.cancel_all`` stops every job)."""
    from starlette.applications import Starlette
    from starlette.exceptions import HTTPException
    from starlette.middleware import Middleware
    from starlette.middleware.cors import CORSMiddleware

    api = Api(backend, config, embedder)
    middleware = [Middleware(Recorder, log=log), Middleware(OriginGuard, config=config)]
    if config.cors_origins:
        middleware.append(
            Middleware(
                CORSMiddleware,
                allow_origins=list(config.cors_origins),
                allow_methods=["GET", "POST"],
                allow_headers=["Authorization", "Content-Type"],
                max_age=600,
            )
        )
    middleware.append(Middleware(AccessGuard, config=config))
    app = Starlette(
        routes=api.routes(),
        middleware=middleware,
        exception_handlers={
            ApiError: handle_api_error,
            ClientGone: _client_gone,
            HTTPException: handle_http_error,
            Exception: handle_unexpected,
        },
    )
    return app, api


def _require_json(request: Any) -> None:
    """A POST must say it is JSON: also what makes a browser ask first (CORS preflight)."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type not in JSON_TYPES:
        raise ApiError(
            415,
            "Send the request as JSON (Content-Type: application/json).",
            code="unsupported_media_type",
        )
