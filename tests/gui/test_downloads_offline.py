"""The offline switch during a download, as the Library page shows it: paused at once with
the reason on the row, resumable, and resumed when offline mode goes off again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.hub.downloads import OFFLINE_PAUSED, DownloadState
from desktop.core.models.library import Library
from desktop.core.models.tiny_gguf import build_tiny_gguf
from tests.gui.library_support import FILENAME, REPO, PageFactory, page_maker, tiny_catalog, wait
from tests.hub_server import FakeHub
from tests.robustness_counts import faults_injected


@pytest.fixture
def tiny_bytes(tmp_path: Path) -> bytes:
    return build_tiny_gguf(tmp_path / "source" / "tiny.gguf").read_bytes()


@pytest.fixture
def hub() -> Iterator[FakeHub]:
    with FakeHub() as server:
        yield server


@pytest.fixture
def make_page(qtbot, library: Library) -> Iterator[PageFactory]:
    with page_maker(qtbot, library) as make:
        yield make


@pytest.fixture
def library() -> Library:
    return Library()


def test_switching_offline_pauses_the_download_with_its_reason_and_online_resumes_it(
    qtbot, hub: FakeHub, make_page: PageFactory, library: Library, tiny_bytes: bytes
) -> None:
    stall = len(tiny_bytes) // 2
    hub.add(REPO, FILENAME, tiny_bytes, stall_at=stall)
    page = make_page(tiny_catalog(len(tiny_bytes)), hub=hub)
    page.catalog_view.card("tiny-qwen3").quant_row("Q8_0").download_button.click()
    (row,) = page.downloads_view.rows()
    wait(qtbot, lambda: row.item.done == stall)

    page.downloads.set_offline(True)  # what the window's offline switch calls (LibraryHost)
    faults_injected()
    wait(qtbot, lambda: row.item.state is DownloadState.PAUSED)
    assert row.error.text() == OFFLINE_PAUSED
    assert not row.error.isHidden()
    assert not row.resume_button.isHidden()
    assert row.status.text().startswith("Paused · 50%")

    hub.release.set()
    page.downloads.set_offline(False)
    wait(qtbot, lambda: row.item.state is DownloadState.DONE)
    assert (library.models_dir / "Tiny-Qwen3-GGUF" / FILENAME).read_bytes() == tiny_bytes
    assert row.error.isHidden()
