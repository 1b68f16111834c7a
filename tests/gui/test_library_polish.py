"""Library page polish: importing an MLX folder through its dialog, and the progress of a copy
into the library. Waits are on GUI-thread state only; every page is shut down at teardown."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from desktop.core.catalog import Catalog, load_catalog
from desktop.core.downloads import DownloadManager
from desktop.core.library import DiscoveryRoots, Library, ModelFormat, ModelSource
from desktop.core.tiny_gguf import build_tiny_gguf
from desktop.gui.library_format import size_text
from desktop.gui.library_import import CopyProgress
from desktop.gui.library_installed_view import COPY_STEPS
from desktop.gui.library_page import LibraryPage
from tests.gui.test_library_page import PROFILE_16GB, RETRY, TIMEOUTS, wait
from tests.hub_server import FakeHub

PageFactory = Callable[..., LibraryPage]


@pytest.fixture
def library() -> Library:
    return Library()  # every folder is under tmp_path (autouse app_home fixture)


@pytest.fixture
def make_page(qtbot, library: Library) -> Iterator[PageFactory]:
    pages: list[LibraryPage] = []

    def make(catalog: Catalog | None = None, *, hub: FakeHub | None = None) -> LibraryPage:
        factory = None
        if hub is not None:
            endpoint = hub.endpoint

            def factory() -> DownloadManager:
                return DownloadManager(endpoint=endpoint, timeouts=TIMEOUTS, retry=RETRY)

        page = LibraryPage(
            library,
            catalog or load_catalog(),
            PROFILE_16GB,
            manager_factory=factory,
            discovery_roots=DiscoveryRoots(),
        )
        qtbot.addWidget(page)
        page.resize(900, 600)
        page.show()
        pages.append(page)
        qtbot.waitUntil(lambda: not page.jobs.busy)  # first scans done
        return page

    yield make
    for page in pages:
        page.shutdown()


def _mlx_folder(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "config.json").write_text('{"model_type": "qwen3"}', encoding="utf-8")
    (folder / "model.safetensors").write_bytes(b"")
    return folder


# --- MLX folders ------------------------------------------------------------------------


def test_an_mlx_folder_imports_through_its_dialog(qtbot, make_page, tmp_path, monkeypatch):
    good = _mlx_folder(tmp_path / "mlx" / "Qwen3-0.6B-4bit")
    no_config = tmp_path / "mlx" / "no-config"
    (no_config / "weights").mkdir(parents=True)
    no_weights = tmp_path / "mlx" / "no-weights"
    no_weights.mkdir()
    (no_weights / "config.json").write_text("{}", encoding="utf-8")
    chosen = {"path": ""}
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: chosen["path"])
    page = make_page()
    view = page.installed_view
    button = view.import_mlx_button
    assert button.objectName() == "importMlxButton" and button.accessibleName()

    button.click()  # cancelled: nothing happens
    assert not page.jobs.busy and page.message_bar.isHidden()

    for broken, words in ((no_config, "no readable config.json"), (no_weights, ".safetensors")):
        chosen["path"] = str(broken)
        page.message_bar.hide()
        button.click()
        wait(qtbot, lambda: not page.message_bar.isHidden())
        assert words in page.message.text() and page.message_bar.property("kind") == "error"
        assert "Traceback" not in page.message.text()
    wait(qtbot, lambda: not page.jobs.busy)
    assert view.model_rows() == [] and page.library.linked() == []

    chosen["path"] = str(good)
    button.click()
    wait(qtbot, lambda: len(view.model_rows()) == 1)
    (row,) = view.model_rows()
    assert row.model.format is ModelFormat.MLX and row.model.path == good
    assert row.model.source is ModelSource.LINKED
    assert "Added Qwen3-0.6B-4bit" in page.message.text()
    assert button.isEnabled() and view.import_button.isEnabled()


# --- copy progress ----------------------------------------------------------------------


def test_a_copy_into_the_library_shows_its_progress(
    qtbot, make_page, tmp_path, monkeypatch, library
):
    source = build_tiny_gguf(tmp_path / "big" / "Big-Tiny-Q8_0.gguf")
    with source.open("ab") as padding:  # ~20 MB: three 8 MiB chunks
        padding.write(bytes(20_000_000))
    total = source.stat().st_size
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    # Hold the copying thread once every byte is copied, so the GUI can be seen at 100%.
    release = threading.Event()
    report = CopyProgress.report

    def held(self: CopyProgress, done: int, all_bytes: int) -> None:
        report(self, done, all_bytes)
        if all_bytes and done == all_bytes:
            release.wait(10)

    monkeypatch.setattr(CopyProgress, "report", held)
    page = make_page()
    view = page.installed_view
    values: list[int] = []
    view.copy_progress.valueChanged.connect(values.append)
    view.copy_check.setChecked(True)
    try:
        view.import_button.click()
        wait(qtbot, lambda: view.copy_progress.isVisible())
        wait(qtbot, lambda: view.copy_progress.value() == COPY_STEPS)
        amount = f"{size_text(total)} of {size_text(total)}"
        assert view.busy.text() == f"Copying {source.name} into the library… {amount}"
        assert not view.import_button.isEnabled() and not view.import_mlx_button.isEnabled()
        page.grab().save("/tmp/lib-polish-copy.png")
    finally:
        release.set()
    wait(qtbot, lambda: len(view.model_rows()) == 1)
    (row,) = view.model_rows()
    copied = library.models_dir / source.name
    assert row.model.path == copied and row.model.source is ModelSource.LIBRARY
    assert copied.stat().st_size == total and "is now in the library" in page.message.text()
    assert view.copy_progress.isHidden() and view.busy.text() == ""
    assert values == sorted(values) and values[-1] == COPY_STEPS
