"""Downloads and the Hub search behind a proxy (HTTP_PROXY / HTTPS_PROXY / NO_PROXY), through
a forwarding proxy on loopback (tests/proxy_server.py) that logs what passes: the requests go
through it, NO_PROXY hosts bypass it, HTTPS goes through a CONNECT tunnel, the token never
goes in clear to a proxy on another machine, and a connection that cannot be made is
reported at once."""

from __future__ import annotations

import os
import ssl
import time
from collections.abc import Iterator
from pathlib import Path

import httpx2
import pytest
import trustme

from desktop.core.hub import http_client
from desktop.core.hub.download_http import Timeouts, open_url, token_may_go
from desktop.core.hub.download_util import RetryPolicy
from desktop.core.hub.downloads import DownloadManager, DownloadRequest, DownloadState
from desktop.core.hub.http_client import proxy_for
from desktop.core.hub.search import NetworkError, default_api, search_models
from desktop.core.paths import app_paths
from tests.hub_server import FakeHub
from tests.proxy_server import LoopbackProxy

TOKEN = "hf_ProxyTestTokenDoNotLeak0123456789"
REPO = "Qwen/Qwen3-0.6B-GGUF"
FAST = Timeouts(connect=2.0, stall=10.0, tick=0.02)
RETRY = RetryPolicy(max_retries=2, base_delay=0.01, max_delay=0.05)
PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)


@pytest.fixture
def proxy() -> Iterator[LoopbackProxy]:
    with LoopbackProxy() as running:
        yield running


@pytest.fixture
def models_dir() -> Path:
    return app_paths().ensure().models


def _download(endpoint: str, dest: Path, token: str | None = TOKEN) -> None:
    with DownloadManager(endpoint=endpoint, timeouts=FAST, retry=RETRY, token=token) as manager:
        task = manager.enqueue(DownloadRequest(REPO, "model.gguf", dest))
        assert task.wait(20) is DownloadState.DONE, task.error


def test_a_download_goes_through_the_proxy(
    proxy: LoopbackProxy, models_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = os.urandom(700_000)
    with FakeHub(token=TOKEN) as hub:
        hub.add(REPO, "model.gguf", content)
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        _download(hub.endpoint, models_dir / "model.gguf")
        resolve = f"{hub.endpoint}/{REPO}/resolve/main/model.gguf"
        cdn = f"http://localhost:{hub.port}/cdn/{REPO}/model.gguf?sig=x"
        assert proxy.targets() == [f"HEAD {resolve}", f"GET {resolve}", f"GET {cdn}"]
        # the proxy is on this machine, so the Hub's own requests carry the token; the CDN's
        # never do
        sent = {r.target: "authorization" in r.headers for r in proxy.records}
        assert sent == {resolve: True, cdn: False}
    assert (models_dir / "model.gguf").read_bytes() == content


def test_no_proxy_hosts_bypass_it(
    proxy: LoopbackProxy, models_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = os.urandom(300_000)
    with FakeHub() as hub:
        hub.add(REPO, "model.gguf", content)
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        monkeypatch.setenv("NO_PROXY", "localhost")  # the CDN's name goes direct
        _download(hub.endpoint, models_dir / "model.gguf")
        assert all("127.0.0.1" in target for target in proxy.targets())
        assert len(proxy.targets()) == 2
        cdn_gets = [r for r in hub.requests if r.path.startswith("/cdn/")]
        assert [r.method for r in cdn_gets] == ["GET"]  # it reached the Hub, not via the proxy
    assert (models_dir / "model.gguf").read_bytes() == content


def test_https_goes_through_a_connect_tunnel(
    proxy: LoopbackProxy,
    models_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    authority = trustme.CA()
    certificate = authority.issue_cert("127.0.0.1", "localhost")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    certificate.configure_cert(context)
    bundle = tmp_path / "ca.pem"
    authority.cert_pem.write_to_path(str(bundle))
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))  # the system's certificates, for the test
    monkeypatch.setattr(http_client, "_ssl", None)  # made again from that
    content = os.urandom(400_000)
    with FakeHub(token=TOKEN, tls=context) as hub:
        hub.add(REPO, "model.gguf", content, gated=True)
        monkeypatch.setenv("HTTPS_PROXY", proxy.url)
        _download(hub.endpoint, models_dir / "model.gguf")
        assert proxy.targets() == [
            f"CONNECT 127.0.0.1:{hub.port}",
            f"CONNECT 127.0.0.1:{hub.port}",
            f"CONNECT localhost:{hub.port}",
        ]
        # inside the tunnel: the gated Hub got the token; the proxy saw none of it
        assert all(r.authorization == f"Bearer {TOKEN}" for r in hub.requests[:2])
        assert all("authorization" not in r.headers for r in proxy.records)
    assert (models_dir / "model.gguf").read_bytes() == content


def test_the_token_never_goes_in_clear_to_a_proxy_elsewhere(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HTTP_PROXY", "http://proxy.example.org:3128")
    local = "http://127.0.0.1:8080/a/b/resolve/main/f"
    assert proxy_for(local) == "http://proxy.example.org:3128"
    assert not token_may_go(local, proxy_for(local))
    assert token_may_go(local, "http://127.0.0.1:3128")
    assert token_may_go("https://huggingface.co/x", "http://proxy.example.org:3128")
    sent: list[bool] = []

    def answer(request: httpx2.Request) -> httpx2.Response:
        sent.append("Authorization" in request.headers)
        return httpx2.Response(200)

    with httpx2.Client(transport=httpx2.MockTransport(answer)) as client:
        open_url(local, token=TOKEN, timeouts=FAST, client=client).close()
    assert sent == [False]
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    assert proxy_for(local) is None


def _hub_search_on(monkeypatch: pytest.MonkeyPatch, endpoint: str) -> None:
    import huggingface_hub.constants

    monkeypatch.setenv("HF_ENDPOINT", endpoint)
    # The tests keep huggingface_hub offline; these talk to the loopback Hub on purpose.
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", False)


def test_the_hub_search_goes_through_the_proxy_too(
    proxy: LoopbackProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    with FakeHub() as hub:
        hub.api_models = [{"id": "Qwen/Qwen3-8B-GGUF", "downloads": 5, "likes": 1}]
        _hub_search_on(monkeypatch, hub.endpoint)
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        found = search_models("qwen3", api=default_api(), formats=("gguf",))
        assert [m.repo for m in found] == ["Qwen/Qwen3-8B-GGUF"]
        assert [t.split("?")[0] for t in proxy.targets()] == [f"GET {hub.endpoint}/api/models"]
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        search_models("qwen3", api=default_api(), formats=("gguf",))
        assert len(proxy.targets()) == 1, "NO_PROXY: straight to the Hub"
        assert len([r for r in hub.requests if r.path.startswith("/api/models")]) == 2


def test_a_search_that_cannot_connect_says_so_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    with FakeHub() as gone:
        endpoint = gone.endpoint  # nobody listens there once it stopped
    _hub_search_on(monkeypatch, endpoint)
    started = time.monotonic()
    with pytest.raises(NetworkError) as raised:
        search_models("qwen3", api=default_api())
    assert time.monotonic() - started < 3, "no half-minute of retries"
    assert str(raised.value) == (
        "Could not reach Hugging Face: 127.0.0.1 refused the connection. Check your internet "
        "connection, or turn on offline mode to use only the models you already have."
    )
    monkeypatch.setenv("HTTP_PROXY", endpoint)  # a proxy that is not there
    with pytest.raises(NetworkError) as raised:
        search_models("qwen3", api=default_api())
    port = endpoint.rsplit(":", 1)[1]
    assert str(raised.value) == (
        f"Could not reach Hugging Face: the proxy 127.0.0.1:{port} refused the connection. "
        "Check the proxy settings (HTTPS_PROXY and HTTP_PROXY, or the system's), or turn on "
        "offline mode to use only the models you already have."
    )


def test_a_name_that_does_not_resolve_reads_as_offline() -> None:
    error = httpx2.ConnectError("[Errno -2] Name or service not known")
    assert http_client.plain_cause(error, "huggingface.co", None) == (
        "the name huggingface.co could not be looked up, so this computer seems to be offline "
        "(or its DNS is not working)"
    )
