"""The HTTP client of everything that talks to Hugging Face: model downloads and, through
``huggingface_hub``, the Hub search. It is httpx2 (imported late: it is heavy).

Proxies are honoured the way this computer is set up: ``HTTPS_PROXY`` / ``HTTP_PROXY`` /
``ALL_PROXY`` with ``NO_PROXY``, and on Windows and macOS the system proxy settings (Python's
``urllib`` reads them). :func:`proxy_for` decides per URL, so the Hub and its CDN may differ,
and the downloads know when a request leaves through a proxy (the token rule needs that).

A connection that cannot be made (no network, a name that does not resolve, a refusing host or
proxy, an intercepted certificate) becomes :class:`Unreachable`, whose message names the cause
at once; ``huggingface_hub`` retries only its own network errors, so it gives up straight away
instead of retrying for half a minute.
"""

from __future__ import annotations

import ipaddress
import logging
import ssl
import threading
import urllib.request
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from desktop.core.i18n import translate

if TYPE_CHECKING:
    import httpx2

log = logging.getLogger(__name__)
# httpx2 logs every request at INFO: a line per download request in the app's log (and in
# Copy diagnostics) says nothing the download's own messages do not.
logging.getLogger("httpx2").setLevel(logging.WARNING)

HUB_API_CONNECT_S = 10.0  # the Hub search: seconds to connect before saying it cannot
HUB_API_READ_S = 30.0
_FACTORY_LOCK = threading.Lock()
_factory_installed = False
_SSL_LOCK = threading.Lock()
_ssl: ssl.SSLContext | None = None
_DNS_WORDS = (
    "name or service not known",
    "nodename nor servname",
    "getaddrinfo failed",
    "temporary failure in name resolution",
    "no address associated",
    "name resolution",
)
_NO_ROUTE_WORDS = ("network is unreachable", "no route to host", "network unreachable")


class Unreachable(OSError):
    """No connection to ``host`` (or to the proxy on the way) could be made. ``str()`` is the
    plain cause, e.g. "the name huggingface.co could not be looked up: …"."""

    def __init__(self, reason: str, host: str, proxy: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.host = host
        self.proxy = proxy

    def __str__(self) -> str:
        return self.reason


def proxy_for(url: str) -> str | None:
    """The proxy a request to ``url`` goes through (``http://host:port``), or None for a
    direct connection: the environment's ``*_PROXY`` and ``NO_PROXY``, else the system's
    settings on Windows and macOS."""
    parts = urlsplit(url)
    proxies = urllib.request.getproxies()
    proxy = proxies.get(parts.scheme) or proxies.get("all")
    if not proxy:
        return None
    host = parts.hostname or ""
    target = f"{host}:{parts.port}" if parts.port else host
    try:
        if urllib.request.proxy_bypass(target) or urllib.request.proxy_bypass(host):
            return None
    except (OSError, ValueError):  # an unreadable system setting: use the proxy
        pass
    return proxy if "://" in proxy else f"http://{proxy}"


def is_this_machine(host: str) -> bool:
    """``localhost`` or a loopback address."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def ssl_context() -> ssl.SSLContext:
    """The system's certificates (a company's own root too) plus certifi's (python.org builds
    on macOS ship without system certificates). Made once (loading them takes tens of ms) and
    shared: a context is safe to use from several threads."""
    global _ssl
    with _SSL_LOCK:
        if _ssl is None:
            context = ssl.create_default_context()
            try:
                import certifi

                context.load_verify_locations(certifi.where())
            except (ImportError, OSError):
                pass
            _ssl = context
        return _ssl


def plain_cause(exc: BaseException, host: str, proxy: str | None) -> str:
    """Why a connection could not be made, in words (``exc``: httpx2's error)."""
    import httpx2

    detail = str(exc) or type(exc).__name__
    lower = detail.lower()
    via = None
    if proxy:
        parts = urlsplit(proxy)
        via = f"{parts.hostname}:{parts.port}" if parts.port else parts.hostname
    if isinstance(exc, httpx2.ProxyError):
        return translate(
            "Network", "the proxy {via} did not let the connection to {host} through ({detail})"
        ).format(via=via, host=host, detail=detail)
    if "certificate" in lower or isinstance(exc.__context__, ssl.SSLError):
        return translate(
            "Network",
            "the secure connection to {host} could not be verified "
            "({detail}); a proxy or firewall may be intercepting it",
        ).format(host=host, detail=detail)
    if via and not isinstance(exc, httpx2.ConnectTimeout):
        if "refused" in lower:
            return translate("Network", "the proxy {via} refused the connection").format(via=via)
        if any(words in lower for words in _DNS_WORDS):
            return translate("Network", "the proxy's name {via} could not be looked up").format(
                via=via
            )
        return translate("Network", "the proxy {via} could not be reached ({detail})").format(
            via=via, detail=detail
        )
    if isinstance(exc, httpx2.ConnectTimeout):
        return translate(
            "Network", "{host} did not answer in time; the network may be down or blocked"
        ).format(host=via or host)
    if any(words in lower for words in _DNS_WORDS):
        return translate(
            "Network",
            "the name {host} could not be looked up, so this computer seems "
            "to be offline (or its DNS is not working)",
        ).format(host=host)
    if any(words in lower for words in _NO_ROUTE_WORDS):
        return translate("Network", "this computer has no network connection")
    if "refused" in lower:
        return translate("Network", "{host} refused the connection").format(host=host)
    return translate("Network", "could not connect to {host} ({detail})").format(
        host=host, detail=detail
    )


def _transport_class() -> type[httpx2.BaseTransport]:
    import httpx2

    class HubTransport(httpx2.BaseTransport):
        """Sends each request straight, or through the proxy :func:`proxy_for` names for its
        URL; a connection that cannot be made raises :class:`Unreachable`."""

        def __init__(self) -> None:
            self._lock = threading.Lock()
            self._ssl = ssl_context()
            self._transports: dict[str | None, httpx2.HTTPTransport] = {}

        def _for(self, proxy: str | None) -> httpx2.HTTPTransport:
            with self._lock:
                transport = self._transports.get(proxy)
                if transport is None:
                    transport = httpx2.HTTPTransport(verify=self._ssl, trust_env=False, proxy=proxy)
                    self._transports[proxy] = transport
                return transport

        def handle_request(self, request: httpx2.Request) -> httpx2.Response:
            proxy = proxy_for(str(request.url))
            try:
                return self._for(proxy).handle_request(request)
            except (httpx2.ConnectError, httpx2.ConnectTimeout, httpx2.ProxyError) as exc:
                host = request.url.host
                raise Unreachable(plain_cause(exc, host, proxy), host, proxy) from exc

        def close(self) -> None:
            with self._lock:
                transports, self._transports = list(self._transports.values()), {}
            for transport in transports:
                transport.close()

    return HubTransport


def hub_transport() -> httpx2.BaseTransport:
    """A transport that follows the proxy settings per request (see module docstring)."""
    return _transport_class()()


def hub_client(*, connect_s: float, read_s: float, **options: Any) -> httpx2.Client:
    """An httpx2 client on :func:`hub_transport` (the environment is read per request, not by
    httpx2 itself); ``options`` go to ``httpx2.Client``."""
    import httpx2

    timeout = httpx2.Timeout(connect=connect_s, read=read_s, write=read_s, pool=connect_s)
    return httpx2.Client(transport=hub_transport(), trust_env=False, timeout=timeout, **options)


def use_for_huggingface_hub() -> None:
    """Make ``huggingface_hub`` (the Hub search) send its requests through
    :func:`hub_client`: proxies as for downloads, and no half-minute of retries when no
    connection can be made. Done once per process."""
    global _factory_installed
    with _FACTORY_LOCK:
        if _factory_installed:
            return
        import huggingface_hub

        hooks: list[Any] = []
        try:  # the library's own hook: HF_HUB_OFFLINE, request ids
            from huggingface_hub.utils._http import hf_request_event_hook

            hooks.append(hf_request_event_hook)
        except ImportError:
            log.warning("huggingface_hub has no request hook; HF_HUB_OFFLINE is checked here")
            hooks.append(_offline_hook)

        def factory() -> httpx2.Client:
            return hub_client(
                connect_s=HUB_API_CONNECT_S,
                read_s=HUB_API_READ_S,
                follow_redirects=True,
                event_hooks={"request": hooks},
            )

        huggingface_hub.set_client_factory(factory)
        _factory_installed = True


def _offline_hook(request: httpx2.Request) -> None:
    from huggingface_hub import constants
    from huggingface_hub.errors import OfflineModeIsEnabled

    if getattr(constants, "HF_HUB_OFFLINE", False):
        raise OfflineModeIsEnabled(f"Cannot reach {request.url}: HF_HUB_OFFLINE is set.")
