"""Plain sentences for everything that can go wrong talking to a model server.

Each error names the cause and the fix, carries a stable ``reason`` code for the GUI and the
tests, and never contains the API key (it is scrubbed even from what a server echoes back).
"""

from __future__ import annotations

import json
import socket
import ssl
from collections.abc import Iterable, Sequence

from desktop.core.i18n import translate
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
            translate(
                "RemoteEngine",
                "The certificate of {server} could not be verified (it is self-signed or from an "
                "authority this computer does not trust). Install the server's certificate "
                "authority on this computer, or use http:// on a network you trust.",
            ).format(server=label),
            "tls_failed",
        )
    if any(isinstance(e, ssl.SSLError) for e in _chain(exc)) or "[SSL" in text:
        return RemoteError(
            translate(
                "RemoteEngine",
                "A secure (https) connection to {server} failed. Check that the server speaks "
                "https on that port, or use http:// if it does not.",
            ).format(server=label),
            "tls_failed",
        )
    if any(isinstance(e, socket.gaierror) for e in _chain(exc)):
        host = label.rsplit(":", 1)[0]
        return RemoteError(
            translate(
                "RemoteEngine",
                "The name {host} could not be found. Check the spelling of the server's address, "
                "or use its IP address.",
            ).format(host=host),
            "dns_failed",
        )
    if any(isinstance(e, ConnectionRefusedError) for e in _chain(exc)) or "refused" in text:
        return RemoteError(
            translate(
                "RemoteEngine",
                "Nothing is listening at {server}. Check that the server is running and that the "
                "address and port are right.",
            ).format(server=label),
            "connection_refused",
        )
    if "ConnectTimeout" in names:
        return RemoteError(
            translate(
                "RemoteEngine",
                "{server} did not answer within {seconds} seconds. Check that the server is on "
                "and reachable from this computer (firewall, VPN).",
            ).format(server=label, seconds=f"{connect_timeout:g}"),
            "timeout",
        )
    if "ReadTimeout" in names or "WriteTimeout" in names or "PoolTimeout" in names:
        return RemoteError(
            translate(
                "RemoteEngine",
                "{server} stopped sending for {seconds} seconds, so Qwen Desk gave up. The "
                "server may be overloaded or stuck; try again, or restart the server.",
            ).format(server=label, seconds=f"{read_timeout:g}"),
            "timeout",
        )
    if names & {"RemoteProtocolError", "ReadError", "StreamError", "CloseError"}:
        return RemoteError(
            translate(
                "RemoteEngine",
                "{server} closed the connection in the middle of the reply (it may have stopped "
                "or crashed). Check the server, then try again.",
            ).format(server=label),
            "connection_lost",
        )
    if names & {"UnsupportedProtocol", "InvalidURL"}:
        return RemoteError(
            translate(
                "RemoteEngine",
                "The server address is not valid; write it like http://gpu-box:8000/v1.",
            ),
            "bad_url",
        )
    return RemoteError(
        translate(
            "RemoteEngine",
            "Could not talk to {server}: {error}. Check the address and the network.",
        ).format(server=label, error=type(exc).__name__),
        "connection_failed",
    )


def _said(text: str, said: str) -> str:
    """``text`` followed by the server's own words, when it sent some."""
    if not said:
        return text
    words = translate("RemoteEngine", "The server said: {said}").format(said=said)
    return f"{text} {words}"


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
    if status == 401:
        if has_key:
            return RemoteError(
                translate(
                    "RemoteEngine",
                    "{server} refused the API key. Check the key in Connect to a server…",
                ).format(server=label),
                "unauthorized",
            )
        return RemoteError(
            translate(
                "RemoteEngine", "{server} needs an API key. Enter it in Connect to a server…"
            ).format(server=label),
            "unauthorized",
        )
    if status == 403:
        text = translate(
            "RemoteEngine",
            "{server} does not allow this key to use it (access denied). Check the key's "
            "permissions on the server.",
        ).format(server=label)
        return RemoteError(_said(text, said), "forbidden")
    if status == 404 and listing:
        return RemoteError(
            translate(
                "RemoteEngine",
                "{server} has no OpenAI-compatible model list at this address. Check the base "
                "URL; it usually ends in /v1 (e.g. http://gpu-box:8000/v1).",
            ).format(server=label),
            "not_found",
        )
    if mentions_unknown_model(status, body, model):
        served = ", ".join(available[:12]) if available else ""
        text = (
            translate(
                "RemoteEngine",
                "{server} does not serve a model called {model}. It serves: {served}. Choose one "
                "of its models in Connect to a server…",
            )
            if served
            else translate(
                "RemoteEngine",
                "{server} does not serve a model called {model}. Choose one of its models in "
                "Connect to a server…",
            )
        )
        return RemoteError(text.format(server=label, model=model, served=served), "model_not_found")
    if status == 429:
        text = (
            translate(
                "RemoteEngine",
                "{server} is rate-limiting requests (it asks for {seconds} seconds). Wait a "
                "moment, then send again.",
            )
            if retry_after.isdigit()
            else translate(
                "RemoteEngine",
                "{server} is rate-limiting requests. Wait a moment, then send again.",
            )
        )
        return RemoteError(text.format(server=label, seconds=retry_after), "rate_limited")
    if status >= 500:
        text = translate(
            "RemoteEngine",
            "{server} had an internal error ({status}). Check the server's log; try again later.",
        ).format(server=label, status=status)
        return RemoteError(_said(text, said), "server_error")
    if said:
        text = translate("RemoteEngine", "{server} rejected the request ({status}).")
        return RemoteError(_said(text.format(server=label, status=status), said), "bad_request")
    return RemoteError(
        translate(
            "RemoteEngine", "{server} rejected the request ({status}). Check the server log."
        ).format(server=label, status=status),
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
    """The server answered, but not in the OpenAI format we expect. ``what`` is ``"reply"``,
    ``"answer"`` or ``"model list"``."""
    if what == "model list":
        text = translate(
            "RemoteEngine",
            "{server} sent a model list that Qwen Desk cannot read; is it an OpenAI-compatible "
            "server? Check the base URL (it usually ends in /v1).",
        )
    elif what == "reply":
        text = translate(
            "RemoteEngine",
            "{server} sent a reply that Qwen Desk cannot read; is it an OpenAI-compatible "
            "server? Check the base URL (it usually ends in /v1).",
        )
    else:
        text = translate(
            "RemoteEngine",
            "{server} sent an answer that Qwen Desk cannot read; is it an OpenAI-compatible "
            "server? Check the base URL (it usually ends in /v1).",
        )
    return RemoteError(text.format(server=label), "bad_response")
