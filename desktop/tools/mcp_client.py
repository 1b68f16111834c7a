"""One MCP server session, through the official ``mcp`` SDK, behind a synchronous facade.

The SDK is asyncio-based: each client runs its session on a dedicated event-loop thread and
:meth:`McpClient.list_tools` / :meth:`McpClient.call_tool` hand coroutines to it with a
timeout, so a server that fails to start, crashes or hangs gives a plain error and never
blocks the chat. A stdio server's stderr goes to the log. :meth:`McpClient.close` ends the
session (the SDK stops the server process) and joins the threads.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import threading
from collections.abc import Coroutine, Mapping
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from contextlib import AsyncExitStack
from dataclasses import dataclass
from typing import Any, TextIO, TypeVar

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.tools.mcp_config import (
    CALL_TIMEOUT_S,
    CONNECT_TIMEOUT_S,
    McpConfigError,
    ServerConfig,
    resolve_secrets,
)

log = logging.getLogger(__name__)
T = TypeVar("T")

CLOSE_TIMEOUT_S = 10.0  # the SDK gives a stdio server 2 s to exit, then 2 s after SIGTERM


class McpError(Exception):
    """A plain sentence about an MCP server problem, for the user and the model."""


@dataclass(frozen=True)
class McpTool:
    name: str
    description: str
    input_schema: Mapping[str, Any]


@dataclass(frozen=True)
class McpResult:
    text: str
    is_error: bool = False


class McpClient:
    """A session with one server. ``start`` returns at once; ``wait_ready`` waits for it."""

    def __init__(self, server: ServerConfig, *, connect_timeout: float = CONNECT_TIMEOUT_S):
        self.server = server
        self.connect_timeout = connect_timeout
        self.error = ""  # why the session failed or ended, in words (English: the model reads it)
        self._failure: BaseException | None = None
        self.tools: tuple[McpTool, ...] = ()  # as listed when it connected
        self._ready = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._session: Any = None
        self._thread: threading.Thread | None = None
        self._stderr_thread: threading.Thread | None = None

    # -- life cycle -----------------------------------------------------------------------

    @property
    def started(self) -> bool:
        return self._thread is not None

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(
            target=self._run, name=f"mcp-{self.server.name}", daemon=True
        )
        self._thread.start()

    def wait_ready(self, timeout: float | None = None) -> bool:
        """True when the session is ready; False when it failed (see ``error``) or is late."""
        self._ready.wait(self.connect_timeout + 1 if timeout is None else timeout)
        return self._session is not None and not self.error

    @property
    def ready(self) -> bool:
        return self._ready.is_set() and self._session is not None and not self.error

    def close(self, timeout: float = CLOSE_TIMEOUT_S) -> None:
        loop, stop = self._loop, self._stop
        if loop is not None and stop is not None and not loop.is_closed():
            try:
                loop.call_soon_threadsafe(stop.set)
            except RuntimeError:
                pass  # the loop already ended
        for thread in (self._thread, self._stderr_thread):
            if thread is not None:
                thread.join(timeout)
                if thread.is_alive():
                    log.warning("MCP server %s did not close in time", self.server.name)

    # -- requests -------------------------------------------------------------------------

    def list_tools(self, timeout: float = CONNECT_TIMEOUT_S) -> list[McpTool]:
        """Ask the server for its tools again (they were listed once when it connected)."""
        tools = self._call(self._listing(), timeout, None, "list its tools")
        self.tools = tuple(tools)
        return tools

    async def _listing(self) -> list[McpTool]:
        from mcp.types import PaginatedRequestParams

        tools: list[McpTool] = []
        cursor = None
        for _ in range(100):  # a server that pages forever cannot hang us
            params = PaginatedRequestParams(cursor=cursor) if cursor else None
            page = await self._session.list_tools(params=params)
            tools += [
                McpTool(t.name, t.description or "", dict(t.input_schema)) for t in page.tools
            ]
            cursor = page.next_cursor
            if not cursor:
                break
        return tools

    def call_tool(
        self,
        name: str,
        arguments: Mapping[str, Any],
        timeout: float = CALL_TIMEOUT_S,
        cancel: threading.Event | None = None,
    ) -> McpResult:
        async def calling() -> McpResult:
            result = await self._session.call_tool(name, dict(arguments))
            return McpResult(_result_text(result), bool(result.is_error))

        return self._call(calling(), timeout, cancel, f"run {name}")

    def _call(
        self,
        coro: Coroutine[Any, Any, T],
        timeout: float,
        cancel: threading.Event | None,
        doing: str,
    ) -> T:
        loop = self._loop
        if not self.ready or loop is None:
            coro.close()
            raise McpError(self._unavailable())
        future: Future[T] = asyncio.run_coroutine_threadsafe(coro, loop)
        waited = 0.0
        try:
            while True:
                step = min(0.05, timeout - waited)
                try:
                    return future.result(max(step, 0))
                except FutureTimeout:
                    waited += step
                if cancel is not None and cancel.is_set():
                    raise McpError(f"Stopped before {self.server.name} could {doing}.")
                if waited >= timeout:
                    raise McpError(
                        f'The MCP server "{self.server.name}" did not {doing} within '
                        f"{timeout:g} s. It may be busy or stuck; try again, or restart it in "
                        "Settings → Tools."
                    )
        except McpError:
            future.cancel()
            raise
        except Exception as exc:
            raise McpError(
                f'The MCP server "{self.server.name}" could not {doing}: {_describe(exc)}'
            ) from exc

    def _unavailable(self) -> str:
        if self.error:
            return self.error
        return f'The MCP server "{self.server.name}" is not connected yet.'

    # -- the event-loop thread ------------------------------------------------------------

    def _run(self) -> None:
        try:
            asyncio.run(self._main())
        except BaseException as exc:  # never let the thread die silently
            if not self.error:
                self._failure, self.error = exc, self._failed(exc)
        finally:
            self._session = None
            self._ready.set()

    async def _main(self) -> None:
        import anyio
        from mcp import ClientSession

        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        try:
            async with AsyncExitStack() as stack:
                read, write = await self._transport(stack)
                session = await stack.enter_async_context(ClientSession(read, write))
                self._session = session
                with anyio.fail_after(self.connect_timeout):
                    await session.initialize()
                    # Listed here so that offering tools to the chat never waits on a server.
                    self.tools = tuple(await self._listing())
                self._ready.set()
                log.info("MCP server %s is ready", self.server.name)
                await self._stop.wait()
        except BaseException as exc:
            self._failure, self.error = exc, self._failed(exc)
            log.warning("MCP server %s: %s", self.server.name, self.error)
        finally:
            self._session = None
            self._ready.set()

    async def _transport(self, stack: AsyncExitStack) -> tuple[Any, Any]:
        server = self.server
        if server.transport == "http":
            from mcp.client.streamable_http import streamable_http_client
            from mcp.shared._httpx_utils import create_mcp_http_client

            headers = resolve_secrets(server.headers, server.name)
            http = await stack.enter_async_context(create_mcp_http_client(headers=headers))
            streams = await stack.enter_async_context(
                streamable_http_client(server.url, http_client=http)
            )
            return streams[0], streams[1]
        from mcp.client.stdio import StdioServerParameters, stdio_client

        params = StdioServerParameters(
            command=os.path.expanduser(server.command),
            args=list(server.args),
            env=resolve_secrets(server.env, server.name) or None,
            cwd=os.path.expanduser(server.cwd) if server.cwd else None,
        )
        errlog = self._stderr_to_log()
        try:
            streams = await stack.enter_async_context(stdio_client(params, errlog=errlog))
        finally:
            errlog.close()  # the server process holds its own copy
        return streams[0], streams[1]

    def _stderr_to_log(self) -> TextIO:
        """A pipe for the server's stderr whose lines a small thread writes to the log."""
        read_fd, write_fd = os.pipe()
        server_log = logging.getLogger(f"{__name__}.{self.server.name}")

        def pump() -> None:
            with open(read_fd, encoding="utf-8", errors="replace") as lines:
                for line in lines:
                    server_log.info("%s", line.rstrip())

        self._stderr_thread = threading.Thread(
            target=pump, name=f"mcp-{self.server.name}-stderr", daemon=True
        )
        self._stderr_thread.start()
        return open(write_fd, "w", encoding="utf-8")

    @property
    def error_shown(self) -> str:
        """:attr:`error` in the interface language, for Settings."""
        if self._failure is None:
            return self.error
        return self._failed(self._failure, shown=True)

    def _failed(self, exc: BaseException, *, shown: bool = False) -> str:
        """Why the session failed, in English (the model may read it) or, ``shown``, in the
        interface language."""

        def say(text: str) -> str:
            return translate("McpServer", text) if shown else text

        name = self.server.name
        leaf = _leaf(exc)
        if isinstance(leaf, McpConfigError):
            return str(leaf)
        if isinstance(leaf, TimeoutError):
            return say(
                QT_TRANSLATE_NOOP(
                    "McpServer",
                    'The MCP server "{name}" did not answer within {seconds} s of starting. Check '
                    "its command or URL in Settings → Tools; its messages are in the Qwen Desk "
                    "log.",
                )
            ).format(name=name, seconds=f"{self.connect_timeout:g}")
        if isinstance(leaf, FileNotFoundError | PermissionError) and self.server.command:
            return say(
                QT_TRANSLATE_NOOP(
                    "McpServer",
                    'The MCP server "{name}" could not start: the command "{command}" was not '
                    "found or may not be run. Check it in Settings → Tools.",
                )
            ).format(name=name, command=self.server.command)
        if isinstance(leaf, asyncio.CancelledError):
            return say(
                QT_TRANSLATE_NOOP("McpServer", 'The MCP server "{name}" was stopped.')
            ).format(name=name)
        return say(
            QT_TRANSLATE_NOOP(
                "McpServer",
                'The MCP server "{name}" stopped: {error}. Check it in Settings → Tools; its '
                "messages are in the Qwen Desk log.",
            )
        ).format(name=name, error=_describe(leaf))


def _leaf(exc: BaseException) -> BaseException:
    """The first real error inside (nested) exception groups."""
    while isinstance(exc, BaseExceptionGroup) and exc.exceptions:
        exc = exc.exceptions[0]
    return exc


def _describe(exc: BaseException) -> str:
    exc = _leaf(exc)
    error = getattr(exc, "error", None)
    message = getattr(error, "message", None)
    if isinstance(message, str) and message:
        return message.rstrip(".").lower() if message == "Connection closed" else message
    return str(exc) or type(exc).__name__


def _result_text(result: Any) -> str:
    """A tool result's content blocks as text for the model."""
    parts = []
    for block in result.content:
        kind = getattr(block, "type", "")
        if kind == "text":
            parts.append(block.text)
        elif kind in ("image", "audio"):
            parts.append(f"[{kind}: {getattr(block, 'mime_type', '')}]")
        elif kind == "resource":
            resource = block.resource
            parts.append(getattr(resource, "text", None) or f"[resource: {resource.uri}]")
        elif kind == "resource_link":
            parts.append(f"[resource: {block.uri}]")
    if not parts and result.structured_content is not None:
        parts.append(json.dumps(result.structured_content, ensure_ascii=False))
    return "\n".join(parts) if parts else "(no output)"
