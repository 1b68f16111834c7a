"""Hub search, repository file listing and catalog refresh against a fake HfApi: results
mapped, split GGUF grouped, offline refused without asking, failures and hangs made plain."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from huggingface_hub.hf_api import ModelInfo

from desktop.core.hub.downloads import AuthError, NetworkError, NotFoundError, OfflineError
from desktop.core.hub.search import (
    DEFAULT_QUERY,
    OFFLINE_HUB_MESSAGE,
    HubCancelled,
    download_choices,
    group_files,
    list_repo_files,
    refresh_catalog,
    search_models,
)
from desktop.core.models.catalog import Catalog, GGUFFile, load_catalog
from tests.fakes import SHA, FakeHubApi, HTTPError, hub_model, repo_info


@pytest.fixture
def api() -> FakeHubApi:
    return FakeHubApi(
        models={
            "gguf": [
                hub_model("Qwen/Qwen3-8B-GGUF", 5000, 40),
                hub_model("someone/qwen3-8b-imatrix-GGUF", 9000, 3, "2025-06-01T00:00:00Z"),
                hub_model("someone/llama-GGUF", 1),
            ],
            "mlx": [hub_model("mlx-community/Qwen3-8B-4bit", 7000, 12)],
        },
        repos={
            "Qwen/Qwen3-8B-GGUF": repo_info(
                "Qwen/Qwen3-8B-GGUF",
                [
                    (".gitattributes", 1500, None),
                    ("Qwen3-8B-Q8_0.gguf", 8_700_000_000, SHA[1]),
                    ("Qwen3-8B-Q4_K_M.gguf", 5_000_000_000, SHA[2]),
                    ("Q6/Qwen3-8B-Q6_K-00002-of-00002.gguf", 2_000_000_000, SHA[4]),
                    ("Q6/Qwen3-8B-Q6_K-00001-of-00002.gguf", 4_700_000_000, SHA[3]),
                    ("mmproj-Qwen3-8B-F16.gguf", 600_000_000, SHA[5]),
                    ("README.md", 4000, None),
                ],
            )
        },
    )


# --- search -----------------------------------------------------------------------------


def test_search_maps_gguf_and_mlx_results_most_downloaded_first(api):
    results = search_models("qwen3 8b", api=api, limit=10)
    assert [(m.repo, m.format) for m in results] == [
        ("someone/qwen3-8b-imatrix-GGUF", "gguf"),
        ("mlx-community/Qwen3-8B-4bit", "mlx"),
        ("Qwen/Qwen3-8B-GGUF", "gguf"),
    ]
    top = results[0]
    assert (top.downloads, top.likes) == (9000, 3)
    assert top.last_modified == datetime(2025, 6, 1, tzinfo=UTC)
    asked = [kwargs for name, kwargs in api.calls if name == "list_models"]
    assert [k["filter"] for k in asked] == ["gguf", "mlx"]
    assert all(k["search"] == "qwen3 8b" and k["limit"] == 10 for k in asked)
    assert all(k["sort"] == "downloads" for k in asked)


def test_search_limits_the_results_and_searches_qwen_when_empty(api):
    assert len(search_models("", api=api, limit=1)) == 1
    assert api.calls[0][1]["search"] == DEFAULT_QUERY


# --- files ------------------------------------------------------------------------------


def test_repo_files_have_sizes_sha256_quants_and_split_parts_grouped(api):
    files = list_repo_files("Qwen/Qwen3-8B-GGUF", api=api)
    assert api.calls == [("model_info", "Qwen/Qwen3-8B-GGUF")]
    gguf = [f for f in files if f.is_gguf_model]
    assert [(f.quant, f.size) for f in gguf] == [
        ("Q4_K_M", 5_000_000_000),
        ("Q6_K", 6_700_000_000),
        ("Q8_0", 8_700_000_000),
    ]
    q4, q6, _ = gguf
    assert q4.name == "Qwen3-8B-Q4_K_M.gguf"
    assert q4.sha256 == SHA[2]
    assert not q4.is_split
    assert q6.is_split
    assert q6.sha256 is None
    assert [(p.filename, p.sha256) for p in q6.files] == [
        ("Q6/Qwen3-8B-Q6_K-00001-of-00002.gguf", SHA[3]),
        ("Q6/Qwen3-8B-Q6_K-00002-of-00002.gguf", SHA[4]),
    ]
    quant = q6.as_quant()
    assert (quant.quant, quant.size, quant.size_estimated) == ("Q6_K", 6_700_000_000, False)
    projector = next(f for f in files if "mmproj" in f.name)
    assert not projector.is_gguf_model
    assert projector.quant == "F16"
    assert [f.name for f in files[-2:]] == [".gitattributes", "README.md"]
    assert files[-1].quant is None
    assert files[-1].size == 4000


def test_downloads_offered_are_each_gguf_model_or_a_whole_mlx_folder(api):
    choices = download_choices("gguf", list_repo_files("Qwen/Qwen3-8B-GGUF", api=api))
    assert [(label, detail) for label, detail, _ in choices] == [
        ("Q4_K_M", "Qwen3-8B-Q4_K_M.gguf"),
        ("Q6_K", "Q6/Qwen3-8B-Q6_K-00001-of-00002.gguf · 2 parts"),
        ("Q8_0", "Qwen3-8B-Q8_0.gguf"),
    ]
    names = [".gitattributes", "config.json", "model.safetensors", "tokenizer.json"]
    mlx = group_files([GGUFFile(name, 100 * (i + 1), SHA[1]) for i, name in enumerate(names)])
    ((label, detail, quant),) = download_choices("mlx", mlx)
    assert (label, detail, quant.size) == ("MLX", "whole model · 3 files", 900)
    assert download_choices("mlx", group_files([GGUFFile("README.md", 1)])) == []


def test_an_unknown_repository_is_named_plainly(api):
    with pytest.raises(NotFoundError, match="no model repository nobody/nothing"):
        list_repo_files("nobody/nothing", api=api)


def test_a_gated_repository_asks_for_a_token():
    api = FakeHubApi(error=HTTPError(401))
    with pytest.raises(AuthError, match=r"gated or private.*token in Settings"):
        list_repo_files("Qwen/Secret", api=api)


# --- offline and failures ---------------------------------------------------------------


def test_offline_mode_refuses_without_asking_the_hub(api):
    for call in (
        lambda: search_models("qwen", api=api, offline=True),
        lambda: list_repo_files("Qwen/Qwen3-8B-GGUF", api=api, offline=lambda: True),
        lambda: refresh_catalog(load_catalog(), api=api, offline=True),
    ):
        with pytest.raises(OfflineError) as raised:
            call()
        assert str(raised.value) == OFFLINE_HUB_MESSAGE
    assert api.calls == []


def test_the_real_client_in_hf_hub_offline_mode_gives_a_plain_message():
    with pytest.raises(OfflineError, match="HF_HUB_OFFLINE"):
        search_models("qwen")  # a real HfApi: HF_HUB_OFFLINE=1 in tests stops it before a socket


def test_a_connection_error_becomes_a_plain_message():
    api = FakeHubApi(error=ConnectionError("Name or service not known"))
    with pytest.raises(NetworkError) as raised:
        search_models("qwen", api=api)
    assert str(raised.value) == (
        "Could not reach Hugging Face (ConnectionError). Check your internet connection "
        "and try again."
    )
    with pytest.raises(NetworkError, match="Could not reach Hugging Face"):
        list_repo_files("Qwen/Qwen3-8B-GGUF", api=api)


def test_a_hub_that_never_answers_times_out_instead_of_hanging():
    release = threading.Event()
    api = FakeHubApi(block=release)
    started = time.monotonic()
    try:
        with pytest.raises(NetworkError, match=r"did not answer within 0\.2 seconds"):
            search_models("qwen", api=api, timeout_s=0.2)
        assert time.monotonic() - started < 2
        cancel = threading.Event()
        cancel.set()
        with pytest.raises(HubCancelled):
            list_repo_files("Qwen/Qwen3-8B-GGUF", api=api, cancel=cancel)
    finally:
        release.set()  # the abandoned request threads finish


# --- catalog refresh --------------------------------------------------------------------


def _two_entries() -> Catalog:
    catalog = load_catalog()
    return Catalog(catalog.entries[:2], catalog.catalog_date)


def _repos_of(catalog: Catalog) -> dict[str, ModelInfo]:
    repos = {}
    for entry in catalog:
        for source in entry.gguf:
            name = f"{entry.name.replace(' ', '-')}-Q4_K_M.gguf"
            repos[source.repo] = repo_info(source.repo, [(name, 1_234_567, SHA[1])])
        for mlx in entry.mlx:
            repos[mlx.repo] = repo_info(mlx.repo, [("model.safetensors", 999, SHA[2])])
    return repos


def test_refresh_catalog_refreshes_every_entry(tmp_path: Path):
    catalog = _two_entries()
    outcome = refresh_catalog(catalog, api=FakeHubApi(repos=_repos_of(catalog)))
    assert outcome.refreshed == 2
    assert outcome.failures == []
    assert all(e.refreshed_at is not None for e in outcome.catalog)
    first = outcome.catalog.entries[0]
    assert next(q.size for _, q in first.quants()) == 1_234_567
    reloaded = load_catalog()  # the refresh is cached for the next start
    assert reloaded.by_id(first.id).refreshed_at is not None


def test_refresh_catalog_reports_a_missing_repo_and_stops_at_a_network_failure():
    catalog = _two_entries()
    repos = _repos_of(catalog)
    del repos[catalog.entries[0].gguf[0].repo]
    outcome = refresh_catalog(catalog, api=FakeHubApi(repos=repos))
    assert outcome.refreshed == 1
    assert len(outcome.failures) == 1
    assert outcome.failures[0].startswith(catalog.entries[0].name)
    assert "no model repository" in outcome.failures[0]

    down = FakeHubApi(error=ConnectionError("down"))
    outcome = refresh_catalog(catalog, api=down)
    assert outcome.refreshed == 0
    assert len(down.calls) == 1
    assert outcome.failures == [
        "Could not reach Hugging Face (ConnectionError). Check your internet connection "
        "and try again."
    ]
    assert outcome.catalog.entries == catalog.entries
