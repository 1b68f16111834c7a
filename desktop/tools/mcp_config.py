"""``mcp.json``: the MCP servers the user added, in the ``mcpServers`` shape LM Studio and
Claude Desktop use, so a file can be copied between them.

A server is either stdio (``command``, ``args``, ``env``, optional ``cwd``) or streamable
HTTP (``url``, optional ``headers``). Values in ``env`` and ``headers`` may be
``"keychain:NAME"``: the secret is read from the system keychain (service "QwenDesk",
account "mcp:NAME") instead of sitting in the file. Qwen Desk keeps its own per-tool on/off
switches in the same file under the top-level key ``"qwenDesk"``, which other apps ignore.
"""

from __future__ import annotations

import ipaddress
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from desktop.core.atomic import write_text_atomic
from desktop.core.i18n import translate
from desktop.core.paths import app_paths

CONNECT_TIMEOUT_S = 20.0  # seconds for an MCP server to start and list its tools
CALL_TIMEOUT_S = 60.0  # seconds for one tool call
KEYCHAIN_SERVICE = "QwenDesk"  # the same service as the Hugging Face token
KEYCHAIN_PREFIX = "keychain:"
OUR_KEY = "qwenDesk"
EXAMPLE = {
    "mcpServers": {
        "files": {
            "command": "npx",
            "args": ["-y", "@modelcontextprotocol/server-filesystem", "~/Documents"],
        },
        "search": {
            "url": "http://127.0.0.1:8931/mcp",
            "headers": {"Authorization": "keychain:search-token"},
        },
    }
}


class McpConfigError(Exception):
    """mcp.json cannot be used as it is; ``str(err)`` says where and how to fix it."""


@dataclass(frozen=True)
class ServerConfig:
    name: str
    command: str = ""
    args: tuple[str, ...] = ()
    env: Mapping[str, str] = field(default_factory=dict)
    cwd: str = ""
    url: str = ""
    headers: Mapping[str, str] = field(default_factory=dict)
    disabled: bool = False  # "disabled": true switches a whole server off

    @property
    def transport(self) -> str:
        return "http" if self.url else "stdio"


@dataclass(frozen=True)
class McpConfig:
    servers: tuple[ServerConfig, ...] = ()
    disabled_tools: Mapping[str, frozenset[str]] = field(default_factory=dict)
    problems: tuple[str, ...] = ()  # entries that were skipped, each in a sentence

    def server(self, name: str) -> ServerConfig | None:
        return next((s for s in self.servers if s.name == name), None)

    def tool_enabled(self, server: str, tool: str) -> bool:
        return tool not in self.disabled_tools.get(server, frozenset())


def default_path() -> Path:
    return app_paths().config / "mcp.json"


def _text_map(value: object, problem: str, problems: list[str]) -> dict[str, str]:
    """``value`` as a text map; else ``problem`` (a whole sentence) is reported."""
    if value is None:
        return {}
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        problems.append(problem)
        return {}
    return {str(k): v for k, v in value.items()}


def _server(name: str, entry: object, problems: list[str]) -> ServerConfig | None:
    if not isinstance(entry, dict):
        problems.append(
            translate(
                "McpConfig", 'The server "{name}" is not an object in mcp.json; it was skipped.'
            ).format(name=name)
        )
        return None
    command, url = entry.get("command"), entry.get("url") or entry.get("serverUrl")
    if isinstance(url, str) and url:
        if urlparse(url).scheme not in ("http", "https"):
            problems.append(
                translate(
                    "McpConfig",
                    'The server "{name}" has a url that is not http(s); it was skipped.',
                ).format(name=name)
            )
            return None
        bad_headers = translate(
            "McpConfig",
            'The headers of "{name}" must be an object of text values; it was left out.',
        ).format(name=name)
        headers = _text_map(entry.get("headers"), bad_headers, problems)
        return ServerConfig(name, url=url, headers=headers, disabled=entry.get("disabled") is True)
    if not isinstance(command, str) or not command:
        problems.append(
            translate(
                "McpConfig",
                'The server "{name}" has neither a "command" nor a "url"; it was skipped.',
            ).format(name=name)
        )
        return None
    args = entry.get("args", [])
    if not isinstance(args, list) or not all(isinstance(a, str) for a in args):
        problems.append(
            translate(
                "McpConfig", 'The "args" of "{name}" must be a list of text; it was skipped.'
            ).format(name=name)
        )
        return None
    cwd = entry.get("cwd")
    return ServerConfig(
        name,
        command=command,
        args=tuple(args),
        env=_text_map(
            entry.get("env"),
            translate(
                "McpConfig",
                'The env of "{name}" must be an object of text values; it was left out.',
            ).format(name=name),
            problems,
        ),
        cwd=cwd if isinstance(cwd, str) else "",
        disabled=entry.get("disabled") is True,
    )


def parse_config(text: str) -> McpConfig:
    """Read mcp.json text. Bad JSON raises; a bad server entry is skipped and reported."""
    try:
        data = json.loads(text) if text.strip() else {}
    except json.JSONDecodeError as exc:
        raise McpConfigError(
            translate(
                "McpConfig",
                "mcp.json is not valid JSON at line {line}, column {column} ({error}). Fix it in "
                "Settings → Tools, or remove the file to start again.",
            ).format(line=exc.lineno, column=exc.colno, error=exc.msg)
        ) from exc
    if not isinstance(data, dict):
        raise McpConfigError(
            translate("McpConfig", 'mcp.json must be an object like {"mcpServers": {...}}.')
        )
    servers_data = data.get("mcpServers", {})
    if not isinstance(servers_data, dict):
        raise McpConfigError(
            translate("McpConfig", '"mcpServers" in mcp.json must be an object of servers by name.')
        )
    problems: list[str] = []
    servers = [_server(str(name), entry, problems) for name, entry in servers_data.items()]
    ours = data.get(OUR_KEY, {})
    disabled_data = ours.get("disabledTools", {}) if isinstance(ours, dict) else {}
    disabled = {
        str(server): frozenset(str(t) for t in tools)
        for server, tools in (disabled_data.items() if isinstance(disabled_data, dict) else ())
        if isinstance(tools, list)
    }
    return McpConfig(tuple(s for s in servers if s is not None), disabled, tuple(problems))


def load_config(path: Path | None = None) -> McpConfig:
    """The user's mcp.json; no file means no servers."""
    path = path or default_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return McpConfig()
    except (OSError, UnicodeDecodeError) as exc:
        raise McpConfigError(
            translate("McpConfig", "mcp.json at {path} could not be read ({error}).").format(
                path=path, error=exc
            )
        ) from exc
    return parse_config(text)


def save_config_text(path: Path | None, text: str) -> McpConfig:
    """Check ``text`` and write it as mcp.json (atomically); raises :class:`McpConfigError`
    with a plain sentence when it cannot be used, and writes nothing then."""
    config = parse_config(text)
    path = path or default_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomic(path, text if text.endswith("\n") else text + "\n")
    except OSError as exc:
        raise McpConfigError(
            translate("McpConfig", "mcp.json could not be saved at {path} ({error}).").format(
                path=path, error=exc
            )
        ) from exc
    return config


def set_tool_enabled(path: Path | None, server: str, tool: str, enabled: bool) -> None:
    """Flip one tool's switch, keeping everything else in the file as the user wrote it."""
    path = path or default_path()
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    parse_config(text)  # refuse to rewrite a file we cannot read
    data: dict[str, Any] = json.loads(text) if text.strip() else {"mcpServers": {}}
    ours = data.setdefault(OUR_KEY, {})
    table = ours.setdefault("disabledTools", {})
    names = set(table.get(server, []))
    if enabled:
        names.discard(tool)
    else:
        names.add(tool)
    if names:
        table[server] = sorted(names)
    else:
        table.pop(server, None)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def resolve_secrets(values: Mapping[str, str], server: str) -> dict[str, str]:
    """Replace ``keychain:NAME`` values with the secret saved under account ``mcp:NAME``."""
    resolved = {}
    for key, value in values.items():
        if value.startswith(KEYCHAIN_PREFIX):
            name = value[len(KEYCHAIN_PREFIX) :]
            secret = _keychain_secret(name)
            if secret is None:
                raise McpConfigError(
                    translate(
                        "McpConfig",
                        'The server "{server}" needs the secret "{name}" from the system keychain '
                        "for {key}, but it is not there. Add it in Settings → Tools.",
                    ).format(server=server, name=name, key=key)
                )
            value = secret
        resolved[key] = value
    return resolved


def _keychain_secret(name: str) -> str | None:
    import keyring
    import keyring.errors

    try:
        return keyring.get_password(KEYCHAIN_SERVICE, f"mcp:{name}")
    except keyring.errors.KeyringError:
        return None


def save_secret(name: str, secret: str) -> None:
    """Keep a secret in the keychain for ``"keychain:NAME"`` values (Settings calls this)."""
    import keyring

    keyring.set_password(KEYCHAIN_SERVICE, f"mcp:{name}", secret)


def is_loopback_url(url: str) -> bool:
    host = (urlparse(url).hostname or "").strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def offline_refusal(server: ServerConfig, offline: bool) -> str:
    """Why offline mode blocks ``server`` ("" when it may run): HTTP servers off this machine."""
    if offline and server.transport == "http" and not is_loopback_url(server.url):
        return translate(
            "McpServer",
            'The MCP server "{name}" is on the network ({host}) and Qwen Desk is in offline mode. '
            "Turn offline mode off in Settings to use it.",
        ).format(name=server.name, host=urlparse(server.url).hostname)
    return ""
