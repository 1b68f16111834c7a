"""Offline and download wording on the Library page (issue 12, item 9): every Download,
Resume and Retry button is off while offline mode is on and says why; the offline message
names the button the row shows; Clear finished takes failed rows too; a failure leaves the
status bar once the Downloads list was looked at."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.hub.download_file import part_paths
from desktop.core.hub.downloads import OFFLINE_PAUSED, DownloadState
from desktop.core.models.catalog import load_catalog
from desktop.core.models.library import Library
from desktop.core.models.tiny_gguf import build_tiny_gguf
from desktop.gui.library.catalog_cards import OFFLINE_TIP
from desktop.gui.library.page import LibraryPage
from tests.fakes import SHA, FakeHubApi, hub_model, repo_info
from tests.gui.library_support import FILENAME, REPO, PageFactory, page_maker, tiny_catalog, wait
from tests.hub_server import FakeHub


class Switch:
    def __init__(self) -> None:
        self.on = False

    def __call__(self) -> bool:
        return self.on


@pytest.fixture
def tiny_bytes(tmp_path: Path) -> bytes:
    return build_tiny_gguf(tmp_path / "source" / "tiny.gguf").read_bytes()


@pytest.fixture
def hub() -> Iterator[FakeHub]:
    with FakeHub(token="hf_test") as server:
        yield server


@pytest.fixture
def make_page(qtbot) -> Iterator[PageFactory]:
    with page_maker(qtbot, Library(), size=(1000, 760)) as make:
        yield make


def _download_buttons(page: LibraryPage) -> list:
    view = page.catalog_view
    buttons = [row.download_button for card in view.cards() for row in card.quant_rows]
    box = view.recommended
    return buttons + list(box.buttons.values()) + list(box.qwen3_buttons.values())


def test_download_buttons_are_off_while_offline_and_say_why(qtbot, make_page) -> None:
    api = FakeHubApi(
        models={"gguf": [hub_model("Qwen/Qwen3-8B-GGUF", 5, 1)]},
        repos={"Qwen/Qwen3-8B-GGUF": repo_info("Qwen/Qwen3-8B-GGUF", [("a.gguf", 10, SHA[1])])},
    )
    switch = Switch()
    page = make_page(load_catalog(), offline=switch, hub_api=api)
    view = page.hub_view
    view.search("qwen3")
    wait(qtbot, lambda: view.result_items())
    view.result("Qwen/Qwen3-8B-GGUF").setExpanded(True)
    wait(qtbot, lambda: view.result("Qwen/Qwen3-8B-GGUF").file_rows)
    hub_row = view.result("Qwen/Qwen3-8B-GGUF").file_rows[0]
    buttons = [*_download_buttons(page), hub_row.download_button]
    assert all(b.isEnabled() for b in buttons)

    switch.on = True
    page.update_offline()  # what the window's offline switch calls (LibraryHost)
    assert not any(b.isEnabled() for b in buttons)
    assert {b.toolTip() for b in buttons} == {OFFLINE_TIP}
    switch.on = False
    page.update_offline()
    assert all(b.isEnabled() for b in buttons)


def test_the_offline_message_names_the_button_the_row_shows(qtbot, make_page) -> None:
    switch = Switch()
    switch.on = True
    page = make_page(offline=switch)
    page.start_recommended_download("chat")  # Models ▸ Download a recommended model
    (row,) = page.downloads_view.rows()
    assert row.item.state is DownloadState.FAILED
    assert row.resume_button.text() == "Retry"
    assert "press Retry" in row.error.text()
    assert not row.resume_button.isEnabled(), "nothing to retry while offline"
    switch.on = False
    page.update_offline()
    assert row.resume_button.isEnabled()
    # A download offline mode paused goes on by itself: no button to press.
    assert "press" not in OFFLINE_PAUSED
    assert "goes on by itself" in OFFLINE_PAUSED


def test_clear_finished_takes_failed_rows_and_their_partial_files(
    qtbot, hub: FakeHub, make_page, tiny_bytes: bytes, library_dir: Path
) -> None:
    half = len(tiny_bytes) // 2
    hub.add(REPO, FILENAME, tiny_bytes, stall_at=half, drop_at=[half + 1000])
    page = make_page(tiny_catalog(len(tiny_bytes)), hub=hub)
    page.catalog_view.card("tiny-qwen3").quant_row("Q8_0").download_button.click()
    (row,) = page.downloads_view.rows()
    wait(qtbot, hub.stall_reached.is_set)
    del hub.files[(REPO, FILENAME)]  # gone from the Hub while the connection drops
    hub.release.set()
    wait(qtbot, lambda: row.item.state is DownloadState.FAILED)
    assert "was not found" in row.error.text()
    part = part_paths(library_dir / "Tiny-Qwen3-GGUF" / FILENAME)[0]
    assert part.exists(), "a failed download keeps its part until cleared"
    clear = page.downloads_view.clear_button
    assert clear.isEnabled()
    clear.click()
    assert page.downloads_view.rows() == []
    assert not part.exists()
    assert page.download_summary() == ""


def test_a_failure_leaves_the_status_bar_once_the_list_was_looked_at(
    qtbot, hub: FakeHub, make_page, tiny_bytes: bytes
) -> None:
    hub.add(REPO, FILENAME, tiny_bytes, gated=True)
    page = make_page(tiny_catalog(len(tiny_bytes)), hub=hub)
    page.catalog_view.card("tiny-qwen3").quant_row("Q8_0").download_button.click()
    (row,) = page.downloads_view.rows()
    wait(qtbot, lambda: row.item.state is DownloadState.FAILED)
    assert page.download_summary() == "1 download failed"
    page.tabs.setCurrentWidget(page.installed_view)
    assert page.download_summary() == "1 download failed"
    page.tabs.setCurrentWidget(page.downloads_view)  # the user comes to look
    assert page.download_summary() == ""
    assert row.item.state is DownloadState.FAILED, "the row itself stays until cleared"


@pytest.fixture
def library_dir() -> Path:
    return Library().models_dir
