"""Hugging Face search and catalog refresh on the Library page, with a fake HfApi (and the
loopback fake Hub for the download): results, files by quantisation with fit badges, a
download that installs, offline refusal, and refresh. Waits are on GUI-thread state only."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.core.hub.downloads import DownloadState
from desktop.core.hub.search import OFFLINE_HUB_MESSAGE
from desktop.core.models.catalog import Catalog, load_catalog
from desktop.core.models.tiny_gguf import build_tiny_gguf
from desktop.gui.library.hub_view import HubView, ResultItem
from desktop.gui.library.page import LibraryPage
from tests.fakes import SHA, FakeHubApi, hub_model, repo_info
from tests.gui.library_support import FILENAME, REPO, PageFactory, page_maker, wait
from tests.hub_server import FakeHub


@pytest.fixture
def hub() -> Iterator[FakeHub]:
    with FakeHub() as server:
        yield server


@pytest.fixture
def make_page(qtbot) -> Iterator[PageFactory]:
    with page_maker(qtbot, size=(1000, 760)) as make:
        yield lambda api, **options: make(hub_api=api, **options)


@pytest.fixture
def api() -> FakeHubApi:
    return FakeHubApi(
        models={
            "gguf": [
                hub_model("Qwen/Qwen3-8B-GGUF", 512_000, 410),
                hub_model("someone/Qwen3-8B-imatrix-GGUF", 12_345, 7, "2025-06-01T00:00:00Z"),
            ],
            "mlx": [hub_model("mlx-community/Qwen3-8B-4bit", 48_000, 52)],
        },
        repos={
            "Qwen/Qwen3-8B-GGUF": repo_info(
                "Qwen/Qwen3-8B-GGUF",
                [
                    ("Qwen3-8B-Q8_0.gguf", 8_709_520_000, SHA[1]),
                    ("Qwen3-8B-Q4_K_M.gguf", 5_027_783_488, SHA[2]),
                    ("Qwen3-8B-Q5_K_M.gguf", 5_851_110_000, SHA[3]),
                    ("README.md", 4000, None),
                ],
            ),
            "someone/Qwen3-8B-imatrix-GGUF": repo_info(
                "someone/Qwen3-8B-imatrix-GGUF",
                [
                    ("Qwen3-8B-IQ4_XS.gguf", 4_560_000_000, SHA[4]),
                    ("Qwen3-8B-BF16-00001-of-00002.gguf", 9_000_000_000, SHA[5]),
                    ("Qwen3-8B-BF16-00002-of-00002.gguf", 7_400_000_000, SHA[6]),
                    ("mmproj-Qwen3-8B-F16.gguf", 600_000_000, SHA[7]),
                ],
            ),
        },
    )


def search(qtbot, page: LibraryPage, text: str) -> HubView:
    view = page.hub_view
    view.search_box.setText(text)
    qtbot.mouseClick(view.search_button, Qt.MouseButton.LeftButton)
    assert view.status.text() == "Searching Hugging Face…"
    wait(qtbot, lambda: view.status.text() != "Searching Hugging Face…")
    return view


def settled(item: ResultItem) -> bool:
    """The file list is shown, or a failure in its place."""
    if item.state == "loaded":
        return True
    child = item.child(0) if item.childCount() == 1 else None
    return item.state == "" and child is not None and "Reading" not in child.text(0)


def open_result(qtbot, view: HubView, repo: str) -> ResultItem:
    item = view.result(repo)
    view.results.scrollToItem(item)
    rect = view.results.visualItemRect(item)
    qtbot.mouseClick(view.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    wait(qtbot, lambda: settled(item))
    return item


# --- search -----------------------------------------------------------------------------


def test_search_shows_gguf_and_mlx_results(qtbot, make_page, api):
    page = make_page(api)
    view = page.hub_view
    assert view.objectName() == "hubView"
    assert view.results.objectName() == "hubResults"
    assert view.search_box.accessibleName()
    assert view.search_button.accessibleName()
    assert view.results.isHidden()

    search(qtbot, page, "qwen3 8b")
    rows = [[item.text(c) for c in range(5)] for item in view.result_items()]
    assert rows == [
        ["Qwen/Qwen3-8B-GGUF", "GGUF", "512K", "410", "2025-07-30"],
        ["mlx-community/Qwen3-8B-4bit", "MLX", "48K", "52", "2025-07-30"],
        ["someone/Qwen3-8B-imatrix-GGUF", "GGUF", "12.3K", "7", "2025-06-01"],
    ]
    assert "3 models" in view.status.text()
    assert view.status.property("kind") == "info"
    assert {k["filter"] for _, k in api.calls} == {"gguf", "mlx"}

    search(qtbot, page, "no such thing")
    assert view.results.isHidden()
    assert "No GGUF or MLX model" in view.status.text()
    search(qtbot, page, "qwen3")
    view.search_box.clear()  # the clear button puts the results away
    assert view.results.isHidden()
    assert view.status.isHidden()
    assert view.result_items() == []


def test_a_failed_search_says_why(qtbot, make_page):
    page = make_page(FakeHubApi(error=ConnectionError("unreachable")))
    view = page.hub_view
    view.search("qwen")
    wait(qtbot, lambda: view.status.property("kind") == "error")
    assert view.status.text().startswith("Could not reach Hugging Face (ConnectionError)")
    assert view.search_button.isEnabled()


# --- files ------------------------------------------------------------------------------


def test_opening_a_result_lists_its_files_by_quant_with_fit(qtbot, make_page, api):
    page = make_page(api)
    view = search(qtbot, page, "qwen3 8b")

    official = open_result(qtbot, view, "Qwen/Qwen3-8B-GGUF")
    assert official.isExpanded()
    quants = [(r.quant_label.text(), r.size_label.text()) for r in official.file_rows]
    assert quants == [("Q4_K_M", "4.7 GiB"), ("Q5_K_M", "5.4 GiB"), ("Q8_0", "8.1 GiB")]
    q4 = official.file_rows[0]
    assert q4.badge.text() == "Fits"
    assert "KV cache" in q4.badge.toolTip()

    other = open_result(qtbot, view, "someone/Qwen3-8B-imatrix-GGUF")
    labels = [r.quant_label.text() for r in other.file_rows]
    assert labels == ["IQ4_XS", "BF16"]  # the projector is left out; split parts are one
    iq4, bf16 = other.file_rows
    assert "2 parts" in bf16.name_label.text()
    assert bf16.size_label.text() == "15.3 GiB"  # both parts: 16.4 GB
    assert (bf16.badge.text(), bf16.badge.property("fit")) == ("Won't fit", "wont")
    tip = iq4.badge.toolTip()
    assert iq4.badge.text() == "Fits"
    assert "weights 4.2 GiB" in tip
    assert "architecture is unknown" in tip
    assert "KV cache" in tip

    missing = open_result(qtbot, view, "mlx-community/Qwen3-8B-4bit")  # not in the fake
    child = missing.child(0)
    assert child is not None
    assert "no model repository" in child.text(0)


def test_a_file_downloads_from_the_hub_and_installs(qtbot, make_page, hub, tmp_path: Path):
    content = build_tiny_gguf(tmp_path / "source" / "tiny.gguf").read_bytes()
    hub.add(REPO, FILENAME, content)
    sha = hashlib.sha256(content).hexdigest()
    api = FakeHubApi(
        models={"gguf": [hub_model(REPO, 3)]},
        repos={REPO: repo_info(REPO, [(FILENAME, len(content), sha)])},
    )
    page = make_page(api, hub=hub)
    view = search(qtbot, page, "tiny")
    item = open_result(qtbot, view, REPO)
    (row,) = item.file_rows
    qtbot.mouseClick(row.download_button, Qt.MouseButton.LeftButton)

    assert page.tabs.currentWidget() is page.downloads_view
    (download,) = page.downloads_view.rows()
    assert download.item.request.sha256 == sha
    assert download.item.request.size == len(content)
    assert download.title.text() == "Tiny-Qwen3-GGUF · Q8_0"
    wait(qtbot, lambda: download.item.state is DownloadState.DONE)
    dest = page.library.models_dir / "Tiny-Qwen3-GGUF" / FILENAME
    assert dest.read_bytes() == content
    wait(qtbot, lambda: row.download_button.text() == "Installed")
    assert not row.download_button.isEnabled()


# --- offline ----------------------------------------------------------------------------


def test_offline_mode_disables_search_and_refresh_and_says_why(qtbot, make_page, api):
    state = {"offline": True}
    page = make_page(api, offline=lambda: state["offline"])
    view, refresh = page.hub_view, page.catalog_view.refresh_button
    assert refresh.objectName() == "refreshCatalogButton"
    assert refresh.accessibleName()
    assert not view.search_box.isEnabled()
    assert not view.search_button.isEnabled()
    assert not refresh.isEnabled()
    assert refresh.toolTip() == OFFLINE_HUB_MESSAGE
    assert view.status.text() == OFFLINE_HUB_MESSAGE
    assert not view.status.isHidden()

    view.search("qwen")
    page.refresh_catalog_from_hub()
    assert page.message.text() == OFFLINE_HUB_MESSAGE
    assert not page.message_bar.isHidden()
    assert not page.jobs.busy
    assert api.calls == []

    state["offline"] = False  # switched off in Settings: the page follows
    wait(qtbot, lambda: view.search_button.isEnabled() and refresh.isEnabled())
    assert view.status.isHidden()


# --- refresh ----------------------------------------------------------------------------


def _small_catalog() -> Catalog:
    full = load_catalog()
    return Catalog(tuple(e for e in full if e.id in ("qwen3-0.6b", "qwen3-8b")), "2025-08-01")


def _fake_for(catalog: Catalog) -> FakeHubApi:
    repos = {}
    for entry in catalog:
        for source in entry.gguf:
            name = f"{entry.name.replace(' ', '-')}-Q4_K_M.gguf"
            repos[source.repo] = repo_info(source.repo, [(name, 1_111_000_000, SHA[1])])
        for mlx in entry.mlx:
            repos[mlx.repo] = repo_info(mlx.repo, [("model.safetensors", 999_000, SHA[2])])
    return FakeHubApi(repos=repos)


def test_refresh_updates_the_catalog_and_its_label(qtbot, make_page):
    catalog = _small_catalog()
    page = make_page(_fake_for(catalog), catalog=catalog)
    view = page.catalog_view
    assert view.provenance.text() == "Catalog of 2025-08-01 · bundled data"

    qtbot.mouseClick(view.refresh_button, Qt.MouseButton.LeftButton)
    assert view.refresh_button.text() == "Refreshing…"
    assert not view.refresh_button.isEnabled()
    today = datetime.now(UTC).date().isoformat()
    wait(qtbot, lambda: view.provenance.text().endswith(f"refreshed {today}"))
    assert page.message.text() == "Refreshed the files and sizes of 2 models from Hugging Face."
    assert view.refresh_button.isEnabled()
    assert view.refresh_button.text() == "Refresh from the Hub"
    card = view.card("qwen3-8b")
    assert [r.quant.size for r in card.quant_rows] == [1_111_000_000]
    assert page.catalog.by_id("qwen3-8b").refreshed_at is not None


def test_a_failed_refresh_is_reported_plainly(qtbot, make_page):
    catalog = _small_catalog()
    page = make_page(FakeHubApi(error=ConnectionError("down")), catalog=catalog)
    page.catalog_view.refresh_button.click()
    wait(qtbot, lambda: not page.message_bar.isHidden())
    assert page.message_bar.property("kind") == "error"
    assert page.message.text().startswith("Could not reach Hugging Face (ConnectionError)")
    assert page.catalog_view.provenance.text().endswith("bundled data")
    assert page.catalog_view.refresh_button.isEnabled()
