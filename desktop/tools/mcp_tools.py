"""MCP servers as chat tools: start the enabled ones, list their tools with the user's
switches, and turn each enabled tool into a registry :class:`Tool` that calls the server.

Starting never blocks: :meth:`McpManager.start` begins every connection in the background and
:meth:`McpManager.tools` offers what is ready now. Settings shows :meth:`McpManager.statuses`.
"""

from __future__ import annotations

import dataclasses
import re
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop.core.i18n import translate
from desktop.tools.mcp_config import CALL_TIMEOUT_S, CONNECT_TIMEOUT_S, McpConfig, offline_refusal
from desktop.tools.registry import Tool, ToolError

if TYPE_CHECKING:  # the client (and asyncio) is imported only when a server is configured
    from desktop.tools.mcp_client import McpClient, McpTool

_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


@dataclass(frozen=True)
class ServerStatus:
    """One server for Settings: ``state`` is off, blocked, idle (not started), starting, ready
    or failed."""

    name: str
    state: str
    message: str = ""
    tools: tuple[McpTool, ...] = ()
    enabled: frozenset[str] = frozenset()  # the tools switched on


class McpManager:
    def __init__(
        self,
        config: McpConfig,
        *,
        offline: bool = False,
        connect_timeout: float = CONNECT_TIMEOUT_S,
        call_timeout: float = CALL_TIMEOUT_S,
    ) -> None:
        self.config = config
        self.offline = offline
        self.call_timeout = call_timeout
        self._clients: dict[str, McpClient] = {}
        servers = [s for s in config.servers if not s.disabled and not offline_refusal(s, offline)]
        if servers:  # the client (asyncio, the MCP SDK) is loaded only when there is a server
            from desktop.tools.mcp_client import McpClient

            for server in servers:
                self._clients[server.name] = McpClient(server, connect_timeout=connect_timeout)

    def set_tool_enabled(self, server: str, tool: str, enabled: bool) -> None:
        """Switch one tool on or off for the servers running now (mcp.json keeps the switch:
        :func:`desktop.tools.mcp_config.set_tool_enabled`)."""
        table = {name: set(tools) for name, tools in self.config.disabled_tools.items()}
        names = table.setdefault(server, set())
        if enabled:
            names.discard(tool)
        else:
            names.add(tool)
        disabled = {name: frozenset(tools) for name, tools in table.items() if tools}
        self.config = dataclasses.replace(self.config, disabled_tools=disabled)

    @property
    def started(self) -> bool:
        return any(client.started for client in self._clients.values())

    def start(self) -> None:
        """Begin connecting to every enabled server; returns at once."""
        for client in self._clients.values():
            client.start()

    def wait_ready(self, timeout: float | None = None) -> None:
        """Wait until every server is ready or has failed (for tests and the self-test)."""
        for client in self._clients.values():
            client.wait_ready(timeout)

    def close(self) -> None:
        """Stop every server (concurrently) and join their threads."""
        clients = list(self._clients.values())
        closers = [
            threading.Thread(target=c.close, name=f"mcp-close-{c.server.name}") for c in clients
        ]
        for closer in closers:
            closer.start()
        for closer in closers:
            closer.join()

    def statuses(self) -> list[ServerStatus]:
        out = []
        for server in self.config.servers:
            client = self._clients.get(server.name)
            if server.disabled:
                off = translate("McpServer", "Switched off in mcp.json.")
                out.append(ServerStatus(server.name, "off", off))
            elif client is None:
                out.append(ServerStatus(server.name, "blocked", offline_refusal(server, True)))
            elif client.ready:
                tools = self._tools_of(client)
                enabled = frozenset(
                    t.name for t in tools if self.config.tool_enabled(server.name, t.name)
                )
                out.append(ServerStatus(server.name, "ready", "", tools, enabled))
            elif client.error:
                out.append(ServerStatus(server.name, "failed", client.error_shown))
            else:
                out.append(
                    ServerStatus(server.name, "starting", translate("McpServer", "Starting…"))
                )
        return out

    def tools(self, taken: Iterable[str] = ()) -> list[Tool]:
        """The switched-on tools of the ready servers. A name already ``taken`` (the python
        tool, another server's) gets its server's name in front."""
        used = set(taken)
        out = []
        for name, client in self._clients.items():
            if not client.ready:
                continue
            for tool in self._tools_of(client):
                if not self.config.tool_enabled(name, tool.name):
                    continue
                public = tool.name if tool.name not in used else _joined(name, tool.name)
                used.add(public)
                out.append(self._as_tool(client, tool, public))
        return out

    def _tools_of(self, client: McpClient) -> tuple[McpTool, ...]:
        return client.tools  # listed when it connected: never waits on the server

    def _as_tool(self, client: McpClient, tool: McpTool, public: str) -> Tool:
        timeout = self.call_timeout

        def handler(arguments: Mapping[str, Any], cancel: threading.Event) -> str:
            from desktop.tools.mcp_client import McpError

            try:
                result = client.call_tool(tool.name, arguments, timeout, cancel)
            except McpError as exc:
                raise ToolError(str(exc)) from exc
            if result.is_error:
                raise ToolError(f'The MCP server "{client.server.name}" said: {result.text}')
            return result.text

        schema = dict(tool.input_schema) or {"type": "object", "properties": {}}
        return Tool(public, tool.description, schema, handler, source=client.server.name)


def _joined(server: str, tool: str) -> str:
    return _UNSAFE.sub("_", f"{server}_{tool}")[:64]
