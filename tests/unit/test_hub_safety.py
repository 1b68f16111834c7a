"""Hub safety: offline mode stops running downloads at once, the token never goes over plain
HTTP or to another scheme, and repo ids or file names never write outside the models folder."""

from __future__ import annotations

import os
import string
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from desktop.core.hub.download_file import part_paths
from desktop.core.hub.download_http import Timeouts, may_carry_token, open_url
from desktop.core.hub.download_util import CHUNK_SIZE, RetryPolicy
from desktop.core.hub.downloads import (
    OFFLINE_PAUSED,
    DownloadManager,
    DownloadRequest,
    DownloadState,
    InvalidRepoId,
    UnsafePath,
    requests_for_quant,
)
from desktop.core.hub.repo_id import check_repo_id, inside, repo_id_problem
from desktop.core.models.catalog import GGUFFile, GGUFQuant, GGUFSource
from desktop.core.paths import app_paths
from tests.hub_server import FakeHub
from tests.robustness_counts import faults_injected, inputs_tried

TOKEN = "hf_TestSecretTokenDoNotLeak0123456789"
REPO = "Qwen/Qwen3-0.6B-GGUF"
FAST = Timeouts(connect=2.0, stall=30.0, tick=0.02)
RETRY = RetryPolicy(max_retries=6, base_delay=0.01, max_delay=0.05)
SIZE = 4 * 1024 * 1024 + 7


@pytest.fixture
def hub() -> Iterator[FakeHub]:
    with FakeHub(token=TOKEN) as server:
        yield server


@pytest.fixture
def models_dir() -> Path:
    return app_paths().ensure().models


class Switch:
    """The offline switch as the app has it: a flag read by a callable."""

    def __init__(self) -> None:
        self.on = False

    def __call__(self) -> bool:
        return self.on


# -- offline mode during a download ----------------------------------------------------------


def test_offline_switched_on_mid_transfer_pauses_within_one_chunk(
    hub: FakeHub, models_dir: Path
) -> None:
    content = os.urandom(SIZE)
    hub.add(REPO, "model.gguf", content)
    dest = models_dir / "model.gguf"
    part = part_paths(dest)[0]
    at = 1_000_000

    def offline() -> bool:  # flips on once a megabyte is on disk, while bytes still flow
        return part.exists() and part.stat().st_size >= at

    with DownloadManager(endpoint=hub.endpoint, timeouts=FAST, retry=RETRY, offline=offline) as m:
        task = m.enqueue(DownloadRequest(REPO, "model.gguf", dest))
        assert task.wait(20) is DownloadState.PAUSED
    faults_injected()
    assert task.paused_by_offline
    assert task.error == OFFLINE_PAUSED
    assert not dest.exists(), "the file must not finish"
    saved = part.stat().st_size
    assert at <= saved < at + CHUNK_SIZE, f"{saved - at:,} bytes arrived after the switch"

    with DownloadManager(endpoint=hub.endpoint, timeouts=FAST, retry=RETRY) as again:
        resumed = again.enqueue(DownloadRequest(REPO, "model.gguf", dest))
        assert resumed.wait(20) is DownloadState.DONE, resumed.error
    assert dest.read_bytes() == content
    ranges = [r.range for r in hub.requests if r.method == "GET" and r.path.startswith("/cdn/")]
    assert ranges[-1] == f"bytes={saved}-"


def test_go_offline_pauses_running_and_queued_downloads_and_going_online_resumes(
    hub: FakeHub, models_dir: Path
) -> None:
    content = os.urandom(SIZE)
    hub.add(REPO, "a.gguf", content, stall_at=SIZE // 3)
    for name in ("b.gguf", "c.gguf"):
        hub.add(REPO, name, content)
    switch = Switch()
    with DownloadManager(
        endpoint=hub.endpoint, timeouts=FAST, retry=RETRY, offline=switch, max_parallel=1
    ) as manager:
        tasks = [
            manager.enqueue(DownloadRequest(REPO, n, models_dir / n))
            for n in ("a.gguf", "b.gguf", "c.gguf")
        ]
        assert hub.stall_reached.wait(10)  # a.gguf is running; the others wait their turn
        switch.on = True
        manager.go_offline()
        faults_injected()
        assert [t.wait(10) for t in tasks] == [DownloadState.PAUSED] * 3
        assert all(t.paused_by_offline and t.error == OFFLINE_PAUSED for t in tasks)
        assert 0 < part_paths(models_dir / "a.gguf")[0].stat().st_size <= SIZE // 3
        hub.release.set()
        switch.on = False
        assert len(manager.resume_paused_by_offline()) == 3
        for task in tasks:
            assert task.wait(20) is DownloadState.DONE, task.error
            assert not task.paused_by_offline
    assert all((models_dir / n).read_bytes() == content for n in ("a.gguf", "b.gguf", "c.gguf"))


# -- the token -------------------------------------------------------------------------------


class _Transport:
    """Scripted answers per URL (httpx2's MockTransport), recording whether each request
    carried the token."""

    def __init__(self, redirects: dict[str, str]) -> None:
        self.redirects = redirects
        self.sent: list[tuple[str, bool]] = []

    def client(self) -> httpx2.Client:
        return httpx2.Client(transport=httpx2.MockTransport(self.answer), trust_env=False)

    def answer(self, request: httpx2.Request) -> httpx2.Response:
        url = str(request.url)
        self.sent.append((url, "Authorization" in request.headers))
        target = self.redirects.get(url)
        return (
            httpx2.Response(302, headers={"Location": target}) if target else httpx2.Response(200)
        )


def _authorized(transport: _Transport) -> dict[str, bool]:
    return dict(transport.sent)


def test_the_token_does_not_follow_an_https_to_http_redirect_on_the_same_host() -> None:
    transport = _Transport(
        {
            "https://huggingface.co/a/b/resolve/main/f": "https://huggingface.co/a/b/x",
            "https://huggingface.co/a/b/x": "http://huggingface.co/a/b/y",
        }
    )
    faults_injected()
    with transport.client() as client:
        url = "https://huggingface.co/a/b/resolve/main/f"
        open_url(url, token=TOKEN, timeouts=FAST, client=client).close()
    assert _authorized(transport) == {
        "https://huggingface.co/a/b/resolve/main/f": True,
        "https://huggingface.co/a/b/x": True,  # same scheme and host
        "http://huggingface.co/a/b/y": False,  # plain HTTP: never
    }


def test_the_token_never_goes_over_plain_http_to_another_machine() -> None:
    transport = _Transport({})
    with transport.client() as client:
        for url in ("http://hub.example.org/a/b/resolve/main/f", "http://127.0.0.1:8080/a/b/f"):
            open_url(url, token=TOKEN, timeouts=FAST, client=client).close()
    assert _authorized(transport) == {
        "http://hub.example.org/a/b/resolve/main/f": False,
        "http://127.0.0.1:8080/a/b/f": True,  # this machine: a local mirror
    }


def test_only_https_or_this_machine_may_carry_the_token() -> None:
    assert may_carry_token("https://huggingface.co/x")
    assert may_carry_token("http://localhost:1234/x")
    assert may_carry_token("http://127.0.0.5/x")
    assert may_carry_token("http://[::1]:80/x")
    for url in ("http://huggingface.co/x", "http://10.0.0.1/x", "ftp://huggingface.co/x", "x"):
        assert not may_carry_token(url)


def test_the_hub_api_gets_no_token_for_a_plain_http_endpoint(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop.core.hub.search import default_api

    monkeypatch.setenv("HF_ENDPOINT", "http://mirror.example.org")
    assert default_api(TOKEN).token is False
    monkeypatch.setenv("HF_ENDPOINT", "https://huggingface.co")
    assert default_api(TOKEN).token == TOKEN


# -- repo ids and paths ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "repo",
    [
        "Qwen/Qwen3-0.6B-GGUF",
        "unsloth/Qwen2.5-7B-Instruct-GGUF",
        "bartowski/Qwen_QwQ-32B-GGUF",
        "a/b",
        "_x/y_",
        "x" * 96 + "/" + "y" * 96,
    ],
)
def test_valid_repo_ids(repo: str) -> None:
    assert check_repo_id(repo) == repo


@pytest.mark.parametrize(
    "repo",
    [
        "owner/..",
        "owner/.",
        "../name",
        "owner/a..b",
        "owner/a--b",
        "owner/-name",
        "owner/name-",
        "owner/.name",
        "owner/name.",
        "name",
        "owner/name/extra",
        "/name",
        "owner/",
        "owner/na me",
        "owner/na\\me",
        "owner/náme",
        "owner/name.git",
        "x" * 97 + "/y",
        "owner/name\x00",
    ],
)
def test_invalid_repo_ids_are_refused_plainly(repo: str) -> None:
    inputs_tried()
    with pytest.raises(InvalidRepoId, match="is not a valid Hugging Face model id"):
        check_repo_id(repo)


def _quant(filename: str) -> GGUFQuant:
    return GGUFQuant("Q4_K_M", (GGUFFile(filename, 10, None),), size_estimated=False)


def _source(repo: str) -> GGUFSource:
    return GGUFSource(repo, "main", official=False, quants=())


def test_a_repo_id_ending_in_dot_dot_writes_nothing_outside_the_models_folder(
    models_dir: Path,
) -> None:
    with pytest.raises(InvalidRepoId):
        requests_for_quant(_source("owner/.."), _quant("model.gguf"), models_dir)
    with DownloadManager() as manager, pytest.raises(InvalidRepoId):
        manager.enqueue(DownloadRequest("owner/..", "model.gguf", models_dir / "x.gguf"))


def test_hub_file_names_with_dot_dot_stay_inside_the_models_folder(models_dir: Path) -> None:
    for name in ("../../evil.gguf", "sub/../../evil.gguf", "..", "a/b/c.gguf"):
        inputs_tried()
        try:
            (request,) = requests_for_quant(_source(REPO), _quant(name), models_dir)
        except UnsafePath:
            continue
        assert request.dest.resolve().is_relative_to(models_dir.resolve())


def test_a_path_through_a_link_out_of_the_folder_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "models"
    root.mkdir()
    (root / "escape").symlink_to(tmp_path)
    with pytest.raises(UnsafePath, match="outside the models folder"):
        inside(root, root / "escape" / "x.gguf")
    assert inside(root, root / "Qwen3" / "x.gguf") == root / "Qwen3" / "x.gguf"


_ID_CHARS = string.ascii_letters + string.digits + "._-/\\ \x00é"


@settings(max_examples=400, deadline=None)
@given(repo=st.text(_ID_CHARS, min_size=1, max_size=30), name=st.text(_ID_CHARS, max_size=30))
@example(repo="0/0", name="\x00")  # found by this test: a NUL in a file name raised ValueError
def test_no_repo_id_or_file_name_leads_out_of_the_models_folder(
    tmp_path_factory: pytest.TempPathFactory, repo: str, name: str
) -> None:
    inputs_tried()
    root = tmp_path_factory.getbasetemp() / "models-prop"
    if repo_id_problem(repo) is not None:
        with pytest.raises(InvalidRepoId):
            requests_for_quant(_source(repo), _quant(name or "m.gguf"), root)
        return
    try:
        requests = requests_for_quant(_source(repo), _quant(name or "m.gguf"), root)
    except UnsafePath:
        return
    for request in requests:
        resolved = Path(os.path.realpath(request.dest))
        assert resolved.is_relative_to(Path(os.path.realpath(root)))
        assert resolved != Path(os.path.realpath(root))


def test_offline_mode_opens_no_socket_at_all(
    hub: FakeHub, models_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Search, file lists, catalog refresh and downloads, all with offline mode on."""
    import socket

    from desktop.core.hub.search import (
        OfflineError,
        list_repo_files,
        refresh_catalog,
        search_models,
    )
    from desktop.core.models.catalog import load_catalog

    opened: list[object] = []
    real_connect = socket.socket.connect

    def counting_connect(self: socket.socket, address: Any) -> None:
        opened.append(address)
        real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", counting_connect)
    hub.add(REPO, "model.gguf", os.urandom(1000))
    for attempt in (
        lambda: search_models("qwen", offline=True),
        lambda: list_repo_files(REPO, offline=True),
        lambda: refresh_catalog(load_catalog(), offline=lambda: True),
    ):
        with pytest.raises(OfflineError):
            attempt()
    with DownloadManager(endpoint=hub.endpoint, offline=lambda: True) as manager:
        task = manager.enqueue(DownloadRequest(REPO, "model.gguf", models_dir / "model.gguf"))
        assert task.wait(10) is DownloadState.FAILED
    assert opened == []
    assert hub.requests == []
