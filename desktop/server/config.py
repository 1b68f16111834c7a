"""What a server listens on and what it accepts: address, key, allowed origins, size limits.

Safe by default: loopback only. Listening on any other address is an explicit choice that
requires an API key; offline mode keeps the server on loopback whatever the settings say.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field

from desktop.core.i18n import translate
from desktop.core.settings import DEFAULT_SERVER_PORT, ServerSettings

LOOPBACK = "127.0.0.1"
_LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}


class ServerConfigError(Exception):
    """The server cannot start as configured (``str`` is a plain sentence with the fix)."""


@dataclass(frozen=True)
class Limits:
    """What one request may ask for; more is refused with an OpenAI-style error."""

    max_body_bytes: int = 4 * 1024 * 1024
    max_messages: int = 1000
    max_tokens: int = 32768  # the largest max_tokens a request may ask for
    max_stop: int = 4  # stop strings per request, as OpenAI allows
    max_stop_chars: int = 200
    max_pending: int = 32  # API requests queued or running at once; more get 429


@dataclass(frozen=True)
class ServerConfig:
    host: str = LOOPBACK
    port: int = DEFAULT_SERVER_PORT  # 0 = any free port (tests)
    api_key: str = field(default="", repr=False)  # required when not on loopback
    cors_origins: tuple[str, ...] = ()
    limits: Limits = field(default_factory=Limits)

    @property
    def on_loopback(self) -> bool:
        return is_loopback(self.host)


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and localhost: only this computer can connect."""
    name = host.strip().strip("[]").lower()
    if name in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def url_host(host: str) -> str:
    """``host`` as it goes into a URL (IPv6 addresses in brackets)."""
    return f"[{host}]" if ":" in host and not host.startswith("[") else host


def base_url(host: str, port: int) -> str:
    """The address clients use (``http://127.0.0.1:8800/v1``); a wildcard host shows as the
    loopback address, which works from this computer."""
    shown = {"0.0.0.0": LOOPBACK, "::": "::1", "": LOOPBACK}.get(host, host)
    return f"http://{url_host(shown)}:{port}/v1"


def config_from_settings(
    settings: ServerSettings, *, api_key: str = "", offline: bool = False
) -> ServerConfig:
    """The config for ``settings``; refuses a network address without a key. Offline mode
    keeps the server on loopback."""
    host = settings.host.strip() or LOOPBACK
    if offline and not is_loopback(host):
        host = LOOPBACK
    if not 0 <= settings.port <= 65535:
        raise ServerConfigError(
            translate(
                "ApiServer", "Port {port} is not a port number; choose one from 1024 to 65535."
            ).format(port=settings.port)
        )
    config = ServerConfig(
        host=host,
        port=settings.port,
        api_key=api_key.strip(),
        cors_origins=tuple(o.strip().rstrip("/") for o in settings.cors_origins if o.strip()),
    )
    check(config)
    return config


def check(config: ServerConfig) -> None:
    """Refuse a config that would expose the model without a key."""
    if not config.on_loopback and not config.api_key:
        raise ServerConfigError(
            translate(
                "ApiServer",
                "Listening on {host} lets other computers use your model, so it "
                "needs an API key. Create a key first, or listen on 127.0.0.1 "
                "(this computer only).",
            ).format(host=config.host)
        )
    if any(origin == "*" for origin in config.cors_origins):
        raise ServerConfigError(
            translate(
                "ApiServer",
                "Allowing every web page (*) to call the server is not supported;"
                " list each origin, such as http://localhost:3000.",
            )
        )
