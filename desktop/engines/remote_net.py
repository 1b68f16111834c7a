"""Where a remote server is: its base URL made regular, and whether offline mode allows it.

Offline mode must block every server that is not this computer. Names are resolved before
deciding, so a name that resolves to loopback counts as loopback and one that does not (or
cannot be resolved) is blocked.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from desktop.core.i18n import translate
from desktop.engines.base import RemoteModel
from desktop.engines.remote_errors import RemoteError

Resolver = Callable[..., list[tuple[object, ...]]]
"""socket.getaddrinfo's shape; tests pass their own to avoid real DNS."""


@dataclass(frozen=True)
class ServerURL:
    """A server's API base (``…/v1``), its root (where /tokenize and /props live), host, port."""

    base: str
    root: str
    host: str
    port: int

    @property
    def label(self) -> str:
        """Host and port, for messages (never the key, never credentials in the URL)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"


def parse_base_url(base_url: str) -> ServerURL:
    """Make a typed base URL regular: scheme added, trailing slash dropped, ``/v1`` when the
    user gave only a host. Raises a plain :class:`RemoteError` for a URL that cannot work."""
    text = base_url.strip()
    if not text:
        raise RemoteError(
            translate("RemoteEngine", "Enter the server's address, e.g. http://gpu-box:8000/v1."),
            "bad_url",
        )
    if "://" not in text:
        text = "http://" + text
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        raise RemoteError(
            translate(
                "RemoteEngine",
                "{address} is not a valid server address; write it like http://gpu-box:8000/v1.",
            ).format(address=base_url.strip()),
            "bad_url",
        ) from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        raise RemoteError(
            translate(
                "RemoteEngine",
                "The server address must start with http:// or https:// and name a host, e.g. "
                "http://gpu-box:8000/v1.",
            ),
            "bad_url",
        )
    if parts.username or parts.password:
        # Credentials in a URL end up in logs and history; the key field is the place.
        raise RemoteError(
            translate(
                "RemoteEngine", "Put the API key in the key field, not in the server address."
            ),
            "bad_url",
        )
    path = parts.path.rstrip("/") or "/v1"
    base = urlunsplit((scheme, parts.netloc, path, "", ""))
    root_path = path[: -len("/v1")] if path.endswith("/v1") else path
    root = urlunsplit((scheme, parts.netloc, root_path, "", "")).rstrip("/")
    return ServerURL(
        base=base,
        root=root,
        host=parts.hostname,
        port=port or (443 if scheme == "https" else 80),
    )


def stand_in_path(remote: RemoteModel) -> Path:
    """A Path naming server and model, for ModelInfo.path (never opened)."""
    try:
        label = parse_base_url(remote.base_url).label
    except RemoteError:
        label = remote.base_url
    safe = label.replace(":", "_").replace("/", "_").replace("[", "").replace("]", "")
    return Path("remote", safe, *remote.model.split("/"))


def _ip(address: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return None
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    return ip


def _is_local_address(address: str) -> bool:
    ip = _ip(address)
    # 0.0.0.0 and :: reach only this computer when connected to (vLLM prints 0.0.0.0).
    return ip is not None and (ip.is_loopback or ip.is_unspecified)


def resolves_to_loopback(host: str, resolve: Resolver | None = None) -> bool:
    """True when every address ``host`` resolves to is this computer (an address literal
    is judged as it is, without a lookup)."""
    if host.lower() == "localhost" or _is_local_address(host):
        return True
    if _ip(host) is not None:
        return False
    try:
        infos = (resolve or socket.getaddrinfo)(host, None)
    except (OSError, UnicodeError):
        return False
    addresses = {str(info[4][0]) for info in infos if len(info) > 4}  # type: ignore[index]
    return bool(addresses) and all(_is_local_address(a) for a in addresses)


def check_offline_allowed(
    base_url: str, offline: bool | Callable[[], bool], resolve: Resolver | None = None
) -> None:
    """Raise a plain :class:`RemoteError` (reason ``offline``) when offline mode is on and
    ``base_url`` is not on this computer; loopback servers stay allowed."""
    is_offline = offline() if callable(offline) else offline
    if not is_offline:
        return
    url = parse_base_url(base_url)
    if resolves_to_loopback(url.host, resolve):
        return
    raise RemoteError(
        translate(
            "RemoteEngine",
            "Offline mode is on, so Qwen Desk does not connect to {server}. Turn off offline mode "
            "in Settings to use this server, or run the server on this computer.",
        ).format(server=url.label),
        "offline",
    )
