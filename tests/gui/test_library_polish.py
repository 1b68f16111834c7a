"""Library page polish: importing an MLX folder through its dialog, the progress of a copy into
the library, and a split GGUF downloading (from the loopback fake Hub) as one row. Waits are on
GUI-thread state only; every page is shut down at teardown."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from desktop.core.hub.download_file import part_paths
from desktop.core.hub.downloads import DownloadState
from desktop.core.models.catalog import Catalog, GGUFFile, GGUFQuant, GGUFSource
from desktop.core.models.library import Library, ModelFormat, ModelSource
from desktop.core.models.tiny_gguf import build_tiny_gguf
from desktop.core.units import format_size
from desktop.gui.library.downloads_view import PROGRESS_STEPS
from desktop.gui.library.importing import CopyProgress
from desktop.gui.library.installed_view import COPY_STEPS
from desktop.gui.library.page import LibraryPage
from tests.gui.library_support import REPO, PageFactory, page_maker, tiny_catalog, wait
from tests.hub_server import FakeHub

SPLIT = [f"Tiny-Qwen3-Q8_0-0000{i}-of-00002.gguf" for i in (1, 2)]


@pytest.fixture
def hub() -> Iterator[FakeHub]:
    with FakeHub() as server:
        yield server


@pytest.fixture
def split_parts(tmp_path: Path) -> list[bytes]:
    """A tiny GGUF cut in two, as the two files of a split quant."""
    data = build_tiny_gguf(tmp_path / "source" / "tiny.gguf").read_bytes()
    return [data[: len(data) // 2], data[len(data) // 2 :]]


def split_catalog(parts: list[bytes]) -> Catalog:
    files = tuple(GGUFFile(name, len(part)) for name, part in zip(SPLIT, parts, strict=True))
    quant = GGUFQuant("Q8_0", files, size_estimated=False)
    (entry,) = tiny_catalog(1).entries
    entry = dataclasses.replace(entry, gguf=(GGUFSource(REPO, "main", True, (quant,)),))
    return Catalog((entry,), "2026-01-01")


@pytest.fixture
def library() -> Library:
    return Library()  # every folder is under tmp_path (autouse app_home fixture)


@pytest.fixture
def make_page(qtbot, library: Library) -> Iterator[PageFactory]:
    with page_maker(qtbot, library, size=(900, 600)) as make:
        yield make


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
    assert button.objectName() == "importMlxButton"
    assert button.accessibleName()

    button.click()  # cancelled: nothing happens
    assert not page.jobs.busy
    assert page.message_bar.isHidden()

    for broken, words in ((no_config, "no readable config.json"), (no_weights, ".safetensors")):
        chosen["path"] = str(broken)
        page.message_bar.hide()
        button.click()
        wait(qtbot, lambda: not page.message_bar.isHidden())
        assert words in page.message.text()
        assert page.message_bar.property("kind") == "error"
        assert "Traceback" not in page.message.text()
    wait(qtbot, lambda: not page.jobs.busy)
    assert view.model_rows() == []
    assert page.library.linked() == []

    chosen["path"] = str(good)
    button.click()
    wait(qtbot, lambda: len(view.model_rows()) == 1)
    (row,) = view.model_rows()
    assert row.model.format is ModelFormat.MLX
    assert row.model.path == good
    assert row.model.source is ModelSource.LINKED
    assert "Added Qwen3-0.6B-4bit" in page.message.text()
    assert button.isEnabled()
    assert view.import_button.isEnabled()


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
        amount = f"{format_size(total)} of {format_size(total)}"
        assert view.busy.text() == f"Copying {source.name} into the library… {amount}"
        assert not view.import_button.isEnabled()
        assert not view.import_mlx_button.isEnabled()
        page.grab().save("/tmp/lib-polish-copy.png")
    finally:
        release.set()
    wait(qtbot, lambda: len(view.model_rows()) == 1)
    (row,) = view.model_rows()
    copied = library.models_dir / source.name
    assert row.model.path == copied
    assert row.model.source is ModelSource.LIBRARY
    assert copied.stat().st_size == total
    assert "is now in the library" in page.message.text()
    assert view.copy_progress.isHidden()
    assert view.busy.text() == ""
    assert values == sorted(values)
    assert values[-1] == COPY_STEPS


# --- split downloads --------------------------------------------------------------------


def _download(page: LibraryPage) -> None:
    page.catalog_view.card("tiny-qwen3").quant_row("Q8_0").download_button.click()


def test_a_split_model_downloads_as_one_row(qtbot, hub, make_page, library, split_parts):
    first, second = split_parts
    stall = len(second) // 2
    hub.add(REPO, SPLIT[0], first)
    hub.add(REPO, SPLIT[1], second, stall_at=stall)
    page = make_page(split_catalog(split_parts), hub=hub)
    _download(page)
    (row,) = page.downloads_view.rows()
    assert row.title.text() == "Tiny Qwen3 · Q8_0 · 2 files"
    assert len(row.item.parts) == 2
    assert all(name in row.title.toolTip() for name in SPLIT)
    total = len(first) + len(second)
    wait(qtbot, lambda: row.item.done == len(first) + stall)  # part 1 done, part 2 stalled
    assert row.item.total == total
    assert row.item.state is DownloadState.RUNNING
    percent = 100 * (len(first) + stall) // total
    assert row.status.text().startswith(f"{percent}% · ")
    assert format_size(total) in row.status.text()
    assert row.progress.value() == round(row.item.fraction * PROGRESS_STEPS)
    page.grab().save("/tmp/lib-polish-split.png")

    row.pause_button.click()  # pauses every part still going
    wait(qtbot, lambda: row.item.state is DownloadState.PAUSED)
    assert [p.state for p in row.item.parts] == [DownloadState.DONE, DownloadState.PAUSED]
    assert row.status.text().startswith(f"Paused · {percent}%")
    row.resume_button.click()
    wait(qtbot, lambda: row.item.state is DownloadState.DONE)
    assert page.downloads_view.rows() == [row]
    assert row.progress.value() == PROGRESS_STEPS
    folder = library.models_dir / "Tiny-Qwen3-GGUF"
    assert [(folder / n).read_bytes() for n in SPLIT] == split_parts  # both verified
    assert not any(part_paths(folder / n)[0].exists() for n in SPLIT)
    wait(qtbot, lambda: len(page.installed_view.model_rows()) == 1)
    (installed,) = page.installed_view.model_rows()
    assert installed.model.files == tuple(folder / n for n in SPLIT)
    assert installed.model.complete
    assert page.download_summary() == ""


def test_cancelling_a_split_download_deletes_every_part(qtbot, hub, make_page, split_parts):
    stalls = [len(part) // 2 for part in split_parts]
    for name, part, stall in zip(SPLIT, split_parts, stalls, strict=True):
        hub.add(REPO, name, part, stall_at=stall)
    page = make_page(split_catalog(split_parts), hub=hub)
    _download(page)
    (row,) = page.downloads_view.rows()
    wait(qtbot, lambda: row.item.done == sum(stalls))
    row.cancel_button.click()
    wait(qtbot, lambda: page.downloads_view.rows() == [])
    folder = page.library.models_dir / "Tiny-Qwen3-GGUF"
    assert not folder.exists() or not any(p.is_file() for p in folder.rglob("*"))
    assert page.download_summary() == ""


def test_a_split_download_from_an_earlier_run_resumes_as_one_row(
    qtbot, hub, make_page, library, split_parts
):
    first, second = split_parts
    stall = len(second) // 3
    hub.add(REPO, SPLIT[0], first)
    hub.add(REPO, SPLIT[1], second, stall_at=stall)
    catalog = split_catalog(split_parts)
    before = make_page(catalog, hub=hub)
    _download(before)
    (row,) = before.downloads_view.rows()
    wait(qtbot, lambda: row.item.done == len(first) + stall)
    before.shutdown()  # the window closes: part 2 is paused, part 1 is already in place

    after = make_page(catalog, hub=hub)
    wait(qtbot, lambda: len(after.downloads_view.rows()) == 1)
    (again,) = after.downloads_view.rows()
    assert again.title.text() == "Tiny Qwen3 · Q8_0 · 2 files"
    assert again.item.state is DownloadState.PAUSED
    assert again.item.done == len(first) + stall
    again.resume_button.click()
    wait(qtbot, lambda: again.item.state is DownloadState.DONE)
    folder = library.models_dir / "Tiny-Qwen3-GGUF"
    assert [(folder / n).read_bytes() for n in SPLIT] == split_parts
    wait(qtbot, lambda: len(after.installed_view.model_rows()) == 1)
