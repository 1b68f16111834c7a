"""Plain sentences for everything that can go wrong talking to a model server.

Each error names the cause and the fix, carries a stable ``reason`` code for the GUI and the
tests, and never contains the API key (it is scrubbed even from what a server echoes back).
"""

from __future__ import annotations

import json
import socket
import ssl
from collections.abc import Iterable, Sequence

from desktop.engines.base import ModelLoadError

MAX_SERVER_TEXT = 300  # characters of a server's own error message we pass on


class RemoteError(ModelLoadError):
    """A server could not be used. Reasons: bad_url, offline, connection_refused, dns_failed,
    tls_failed, connection_failed, connection_lost, timeout, unauthorized, forbidden,
    not_found, model_not_found, rate_limited, bad_request, server_error, bad_response."""


def scrub(text: str, secret: str) -> str:
    """``text`` with the API key blanked out (a server may echo a rejected key)."""
    if secret and len(secret) >= 4:
        text = text.replace(secret, "[key]")
    return text


def server_message(body: str) -> str:
    """The human part of an error body, whatever shape the server used (OpenAI's, vLLM's
    older flat one, FastAPI's ``detail``), shortened; empty when there is none."""
    try:
        data: object = json.loads(body)
    except ValueError:
        text = body.strip()
        # An HTML error page says nothing a user can act on.
        return "" if text.startswith("<") else text[:MAX_SERVER_TEXT]
    message = _find_message(data)
    return message.strip()[:MAX_SERVER_TEXT]


def _find_message(data: object) -> str:
    if isinstance(data, str):
        return data
    if isinstance(data, list):
        return "; ".join(_find_message(item) for item in data[:3] if _find_message(item))
    if isinstance(data, dict):
        for key in ("error", "message", "detail", "msg"):
            if data.get(key):
                found = _find_message(data[key])
                if found:
                    return found
    return ""


def _chain(exc: BaseException) -> Iterable[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def from_exception(
    exc: BaseException, label: str, *, connect_timeout: float, read_timeout: float
) -> RemoteError:
    """Translate an HTTP client exception (httpx2) into a plain :class:`RemoteError`."""
    names = {type(e).__name__ for e in _chain(exc)}
    text = " ".join(str(e) for e in _chain(exc))
    if any(isinstance(e, ssl.SSLCertVerificationError) for e in _chain(exc)) or (
        "CERTIFICATE_VERIFY_FAILED" in text
    ):
        return RemoteError(
            f"The certificate of {label} could not be verified (it is self-signed or from an "
            "authority this computer does not trust). Install the server's certificate "
            "authority on this computer, or use http:// on a network you trust.",
            "tls_failed",
        )
    if any(isinstance(e, ssl.SSLError) for e in _chain(exc)) or "[SSL" in text:
        return RemoteError(
            f"A secure (https) connection to {label} failed. Check that the server speaks "
            "https on that port, or use http:// if it does not.",
            "tls_failed",
        )
    if any(isinstance(e, socket.gaierror) for e in _chain(exc)):
        host = label.rsplit(":", 1)[0]
        return RemoteError(
            f"The name {host} could not be found. Check the spelling of the server's address, "
            "or use its IP address.",
            "dns_failed",
        )
    if any(isinstance(e, ConnectionRefusedError) for e in _chain(exc)) or "refused" in text:
        return RemoteError(
            f"Nothing is listening at {label}. Check that the server is running and that the "
            "address and port are right.",
            "connection_refused",
        )
    if "ConnectTimeout" in names:
        return RemoteError(
            f"{label} did not answer within {connect_timeout:g} seconds. Check that the server "
            "is on and reachable from this computer (firewall, VPN).",
            "timeout",
        )
    if "ReadTimeout" in names or "WriteTimeout" in names or "PoolTimeout" in names:
        return RemoteError(
            f"{label} stopped sending for {read_timeout:g} seconds, so Qwen Desk gave up. The "
            "server may be overloaded or stuck; try again, or restart the server.",
            "timeout",
        )
    if names & {"RemoteProtocolError", "ReadError", "StreamError", "CloseError"}:
        return RemoteError(
            f"{label} closed the connection in the middle of the reply (it may have stopped or "
            "crashed). Check the server, then try again.",
            "connection_lost",
        )
    if names & {"UnsupportedProtocol", "InvalidURL"}:
        return RemoteError(
            "The server address is not valid; write it like http://gpu-box:8000/v1.", "bad_url"
        )
    return RemoteError(
        f"Could not talk to {label}: {type(exc).__name__}. Check the address and the network.",
        "connection_failed",
    )


def from_status(
    status: int,
    body: str,
    label: str,
    *,
    model: str = "",
    has_key: bool = False,
    retry_after: str = "",
    listing: bool = False,
    available: Sequence[str] = (),
) -> RemoteError:
    """Translate an HTTP error status (and the server's own words) into a RemoteError.
    ``listing`` says the failing request was the model list; ``available`` names the models
    the server lists, for an unknown model."""
    said = server_message(body)
    detail = f" The server said: {said}" if said else ""
    if status == 401:
        if has_key:
            return RemoteError(
                f"{label} refused the API key. Check the key in Connect to a server…",
                "unauthorized",
            )
        return RemoteError(
            f"{label} needs an API key. Enter it in Connect to a server…", "unauthorized"
        )
    if status == 403:
        return RemoteError(
            f"{label} does not allow this key to use it (access denied). Check the key's "
            f"permissions on the server.{detail}",
            "forbidden",
        )
    if status == 404 and listing:
        return RemoteError(
            f"{label} has no OpenAI-compatible model list at this address. Check the base URL; "
            "it usually ends in /v1 (e.g. http://gpu-box:8000/v1).",
            "not_found",
        )
    if mentions_unknown_model(status, body, model):
        served = ", ".join(available[:12]) if available else ""
        listed = f" It serves: {served}." if served else ""
        return RemoteError(
            f"{label} does not serve a model called {model}.{listed} Choose one of its models "
            "in Connect to a server…",
            "model_not_found",
        )
    if status == 429:
        wait = f" (it asks for {retry_after} seconds)" if retry_after.isdigit() else ""
        return RemoteError(
            f"{label} is rate-limiting requests{wait}. Wait a moment, then send again.",
            "rate_limited",
        )
    if status >= 500:
        return RemoteError(
            f"{label} had an internal error ({status}). Check the server's log; try again "
            f"later.{detail}",
            "server_error",
        )
    return RemoteError(
        f"{label} rejected the request ({status}).{detail or ' Check the server log.'}",
        "bad_request",
    )


def mentions_unknown_model(status: int, body: str, model: str) -> bool:
    """Whether an error answer to a chat request means the model is unknown: a 404, or a
    400 whose words say the model does not exist (some servers use 400 for that)."""
    if status == 404:
        return True
    lowered = server_message(body).lower()
    return (
        status == 400
        and bool(model)
        and model.lower() in lowered
        and ("not exist" in lowered or "not found" in lowered)
    )


def bad_response(label: str, what: str) -> RemoteError:
    """The server answered, but not in the OpenAI format we expect."""
    return RemoteError(
        f"{label} sent {what} that Qwen Desk cannot read; is it an OpenAI-compatible server? "
        "Check the base URL (it usually ends in /v1).",
        "bad_response",
    )
