"""Library page: catalog with fit badges, downloads from the loopback fake Hub (progress,
pause, resume, restart, errors), imports (dialog, drop, copy, bad files), details, delete,
models found in other apps, and Use. Waits are on GUI-thread state only."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from desktop.core.hardware import GIB, MachineProfile
from desktop.core.hub.download_file import part_paths
from desktop.core.hub.downloads import (
    DownloadRequest,
    DownloadState,
)
from desktop.core.models.catalog import (
    load_catalog,
)
from desktop.core.models.library import DiscoveryRoots, Library, ModelSource
from desktop.core.models.tiny_gguf import build_tiny_gguf
from desktop.core.units import MIB, format_size
from desktop.gui.library.downloads import (
    OFFLINE_MESSAGE,
    DownloadItem,
    DownloadPart,
    summary_text,
)
from desktop.gui.library.downloads_view import PROGRESS_STEPS, status_text
from desktop.gui.library.page import LibraryPage
from tests.gui.library_support import (
    FILENAME,
    PROFILE_16GB,
    REPO,
    PageFactory,
    page_maker,
    tiny_catalog,
    wait,
)
from tests.hub_server import FakeHub


@pytest.fixture
def tiny_bytes(tmp_path: Path) -> bytes:
    return build_tiny_gguf(tmp_path / "source" / "tiny.gguf").read_bytes()


@pytest.fixture
def hub() -> Iterator[FakeHub]:
    with FakeHub(token="hf_test") as server:
        yield server


@pytest.fixture
def library() -> Library:
    return Library()  # every folder is under tmp_path (autouse app_home fixture)


@pytest.fixture
def make_page(qtbot, library: Library) -> Iterator[PageFactory]:
    with page_maker(qtbot, library) as make:
        yield make


def _download_button(page: LibraryPage):
    return page.catalog_view.card("tiny-qwen3").quant_row("Q8_0").download_button


# --- Discover ---------------------------------------------------------------------------


def test_catalog_lists_entries_with_fit_badges_and_numbers(make_page):
    page = make_page()
    view = page.catalog_view
    assert page.objectName() == "libraryPage"
    assert view.list.objectName() == "catalogList"
    assert len(view.cards()) == len(load_catalog())

    fits = view.card("qwen3-8b").quant_row("Q4_K_M").badge
    assert (fits.text(), fits.property("fit")) == ("Fits", "fits")
    tip = fits.toolTip()
    assert "weights 4.7 GiB" in tip  # the catalog says 5.03 GB (decimal) for Q4_K_M
    assert "KV cache" in tip
    assert "overhead" in tip
    assert "available" in tip
    assert "Largest context that fits comfortably" in tip
    wont = view.card("qwen2.5-72b-instruct").quant_row("Q4_K_M").badge
    assert (wont.text(), wont.property("fit")) == ("Won't fit", "wont")

    moe = view.card("qwen3-30b-a3b")
    assert "30.5B parameters (3.3B active)" in moe.findChild(QLabel, "entryFacts").text()
    assert moe.findChild(QLabel, "thinkingBadge").text() == "Thinking on/off"
    qwq = view.card("qwq-32b").findChild(QLabel, "thinkingBadge")
    assert qwq.text() == "Always thinks"
    assert view.card("qwen3-8b").findChild(QLabel, "provenanceBadge").text() == "bundled"
    assert "bundled data" in view.provenance.text()

    assert set(view.recommended.buttons) == {"chat", "code", "maths"}
    recommended = [c for c in view.cards() if c.property("recommended")]
    assert recommended
    assert all(not c.recommended_badge.isHidden() for c in recommended)


def test_task_filter_and_search_narrow_the_catalog(make_page):
    page = make_page()
    view = page.catalog_view
    view.set_task("maths")
    shown = view.visible_cards()
    assert shown
    assert all("maths" in c.entry.tasks for c in shown)
    assert view.card("qwen2.5-coder-7b-instruct").isHidden()

    view.set_task("all")
    view.search.setText("coder 7b")
    assert [c.entry.id for c in view.visible_cards()] == ["qwen2.5-coder-7b-instruct"]
    assert view.recommended.isHidden()
    view.search.setText("no such model")
    assert view.visible_cards() == []
    assert not view.empty_label.isHidden()


# --- Downloads --------------------------------------------------------------------------


def test_download_progresses_pauses_resumes_and_installs(
    qtbot, hub, make_page, library, tiny_bytes
):
    stall = len(tiny_bytes) // 2
    hub.add(REPO, FILENAME, tiny_bytes, stall_at=stall)
    page = make_page(tiny_catalog(len(tiny_bytes)), hub=hub)
    summaries: list[str] = []
    changed: list[bool] = []
    page.download_summary_changed.connect(summaries.append)
    page.models_changed.connect(lambda: changed.append(True))

    _download_button(page).click()
    assert page.tabs.currentWidget() is page.downloads_view
    (row,) = page.downloads_view.rows()
    assert row.progress.value() == 0
    wait(qtbot, lambda: row.item.done == stall)
    assert 0 < row.progress.value() < PROGRESS_STEPS
    assert row.item.state is DownloadState.RUNNING
    assert not row.pause_button.isHidden()
    assert summaries
    assert summaries[-1].startswith("Downloading Tiny Qwen3 · Q8_0")
    # No byte arrives while the server stalls: the speed drops to 0 and the row says so.
    wait(qtbot, lambda: row.item.speed == 0 and "stalled" in row.status.text())

    row.pause_button.click()
    wait(qtbot, lambda: row.item.state is DownloadState.PAUSED)
    assert row.status.text().startswith("Paused · 50%")
    assert row.pause_button.isHidden()
    assert not row.resume_button.isHidden()
    assert page.download_summary() == "1 download paused"

    row.resume_button.click()
    wait(qtbot, lambda: row.item.state is DownloadState.DONE)
    dest = library.models_dir / "Tiny-Qwen3-GGUF" / FILENAME
    assert dest.read_bytes() == tiny_bytes  # verified against the published sha256
    assert row.progress.value() == PROGRESS_STEPS
    assert "verified" in row.status.text()
    wait(qtbot, lambda: bool(changed) and page.installed_view.model_rows())
    (installed,) = page.installed_view.model_rows()
    assert installed.model.path == dest
    assert installed.model.source is ModelSource.LIBRARY
    assert _download_button(page).text() == "Installed"
    assert page.download_summary() == ""


def test_partial_download_from_an_earlier_run_resumes(qtbot, hub, make_page, library, tiny_bytes):
    stall = len(tiny_bytes) // 3
    hub.add(REPO, FILENAME, tiny_bytes, stall_at=stall)
    catalog = tiny_catalog(len(tiny_bytes))
    first = make_page(catalog, hub=hub)
    _download_button(first).click()
    (row,) = first.downloads_view.rows()
    wait(qtbot, lambda: row.item.done == stall)
    first.shutdown()  # the window closes: the download is paused, its partial file kept
    manager = first.downloads.manager
    assert manager is not None
    assert manager.running_threads == 0, "shutdown joined the download threads"
    assert not first.jobs.busy

    second = make_page(catalog, hub=hub)  # the next start finds it
    wait(qtbot, lambda: len(second.downloads_view.rows()) == 1)
    (again,) = second.downloads_view.rows()
    assert again.item.state is DownloadState.PAUSED
    assert again.item.done == stall
    assert again.title.text() == "Tiny Qwen3 · Q8_0"
    assert not again.resume_button.isHidden()
    again.resume_button.click()
    wait(qtbot, lambda: again.item.state is DownloadState.DONE)
    dest = library.models_dir / "Tiny-Qwen3-GGUF" / FILENAME
    assert dest.read_bytes() == tiny_bytes
    assert not part_paths(dest)[0].exists()


def test_download_errors_are_shown_plainly_on_the_row(qtbot, hub, make_page, tiny_bytes):
    hub.add(REPO, FILENAME, tiny_bytes, gated=True)
    page = make_page(tiny_catalog(len(tiny_bytes)), hub=hub)
    _download_button(page).click()
    (row,) = page.downloads_view.rows()
    wait(qtbot, lambda: row.item.state is DownloadState.FAILED)
    assert "gated or private" in row.error.text()
    assert "token" in row.error.text()
    assert not row.error.isHidden()
    assert row.resume_button.text() == "Retry"
    assert page.download_summary() == "1 download failed"

    row.cancel_button.click()
    wait(qtbot, lambda: page.downloads_view.rows() == [])


def test_offline_mode_refuses_downloads_with_a_plain_message(make_page):
    page = make_page(offline=lambda: True)
    page.start_recommended_download("chat")
    (row,) = page.downloads_view.rows()
    recommended = page.catalog_view.recommendations["chat"]
    assert recommended is not None
    assert row.title.text().startswith(recommended.entry.name)
    assert row.error.text() == OFFLINE_MESSAGE
    assert row.item.state is DownloadState.FAILED
    assert page.downloads._manager is None  # nothing was started


def test_a_deleted_download_can_be_downloaded_again(
    qtbot, hub, make_page, library, tiny_bytes, monkeypatch
):
    hub.add(REPO, FILENAME, tiny_bytes)
    page = make_page(tiny_catalog(len(tiny_bytes)), hub=hub)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    for _ in range(2):
        _download_button(page).click()
        wait(qtbot, lambda: len(page.installed_view.model_rows()) == 1)
        assert [r.item.state for r in page.downloads_view.rows()] == [DownloadState.DONE]
        page.installed_view.model_rows()[0].delete_button.click()
        wait(qtbot, lambda: page.installed_view.model_rows() == [])
        wait(qtbot, lambda: _download_button(page).isEnabled())
    assert not (library.models_dir / "Tiny-Qwen3-GGUF").exists()


def test_no_recommendation_on_a_small_computer_says_why(make_page):
    tiny_machine = MachineProfile("Linux", "x86_64", 1 * GIB, GIB // 4, 2, 2, False)
    page = make_page(profile=tiny_machine)
    assert page.catalog_view.recommendations["chat"] is None
    page.start_recommended_download("chat")
    assert not page.message_bar.isHidden()
    assert "fits this computer" in page.message.text()
    assert page.downloads_view.rows() == []
    badge = page.catalog_view.card("qwen3-8b").quant_row("Q4_K_M").badge
    assert badge.text() == "Won't fit"
    assert "pick a smaller model" in badge.toolTip()


# --- Installed --------------------------------------------------------------------------


def test_import_through_the_dialog_details_and_use(
    qtbot, make_page, tmp_path, monkeypatch, library
):
    model = build_tiny_gguf(tmp_path / "elsewhere" / "my-model-Q8_0.gguf")
    bad = tmp_path / "elsewhere" / "notes.gguf"
    bad.write_bytes(b"this is not a model" * 10)
    truncated = tmp_path / "elsewhere" / "cut.gguf"
    truncated.write_bytes(model.read_bytes()[:2000])
    chosen = {"path": str(model)}
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (chosen["path"], "GGUF models (*.gguf)")
    )
    page = make_page()
    view = page.installed_view
    changed: list[bool] = []
    page.models_changed.connect(lambda: changed.append(True))

    view.import_button.click()
    wait(qtbot, lambda: len(view.model_rows()) == 1 and bool(changed))
    (row,) = view.model_rows()
    assert row.model.source is ModelSource.LINKED
    assert row.model.path == model
    assert "Added my-model-Q8_0" in page.message.text()
    assert row.delete_button.text() == "Remove"

    row.details_button.click()
    wait(qtbot, lambda: row.details_loaded)
    details = row.details.text()
    for fact in ("qwen3", "Parameters", "4,096 tokens", "present", "Thinking on/off"):
        assert fact in details

    with qtbot.waitSignal(page.model_chosen, timeout=1000) as chosen_signal:
        row.use_button.click()
    assert chosen_signal.args == [model]

    for broken, words in ((bad, "is not a GGUF model file"), (truncated, "cut short")):
        chosen["path"] = str(broken)
        page.message_bar.hide()
        view.import_button.click()
        wait(qtbot, lambda: not page.message_bar.isHidden())
        assert words in page.message.text()
        assert page.message_bar.property("kind") == "error"
    assert [r.model.path for r in view.model_rows()] == [model]
    assert len(library.linked()) == 1


def test_drop_with_copy_then_delete_frees_space(qtbot, make_page, tmp_path, monkeypatch, library):
    model = build_tiny_gguf(tmp_path / "drop" / "dropped-Q8_0.gguf")
    page = make_page()
    view = page.installed_view
    view.copy_check.setChecked(True)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(model)), QUrl.fromLocalFile(str(tmp_path / "a.txt"))])
    drop = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.dropEvent(drop)
    wait(qtbot, lambda: len(view.model_rows()) == 1)
    (row,) = view.model_rows()
    copied = library.models_dir / model.name
    assert row.model.source is ModelSource.LIBRARY
    assert row.model.path == copied
    assert copied.exists()
    assert model.exists()
    assert "in the models folder" in view.disk.text()

    asked: list[str] = []

    def answer(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    row.delete_button.click()
    wait(qtbot, lambda: view.model_rows() == [])
    size = format_size(model.stat().st_size)
    assert f"frees {size}." in asked[0]
    assert not copied.exists()
    assert f"{size} freed" in page.message.text()


def test_found_models_can_be_used_in_place(qtbot, make_page, tmp_path, library):
    lmstudio = tmp_path / "lmstudio"
    found = build_tiny_gguf(lmstudio / "someone" / "Qwen3-Tiny-GGUF" / "Qwen3-Tiny-Q8_0.gguf")
    page = make_page(roots=DiscoveryRoots(lmstudio=(lmstudio,)))
    view = page.installed_view
    (row,) = view.found_rows()
    assert "Found in LM Studio" in row.findChild(QLabel, "modelLine").text()

    row.use_button.click()
    wait(qtbot, lambda: len(view.model_rows()) == 1 and view.found_rows() == [])
    (installed,) = view.model_rows()
    assert installed.model.path == found
    assert installed.model.source is ModelSource.LINKED
    assert found.exists()


def test_row_and_status_bar_texts_name_speed_and_time_left(tmp_path):
    request = DownloadRequest(REPO, FILENAME, tmp_path / FILENAME)
    running = DownloadItem(1, "Qwen3 8B · Q4_K_M", [DownloadPart(request)], DownloadState.RUNNING)
    running.done, running.total, running.speed, running.eta = (
        int(2.12 * GIB),
        5 * GIB,
        12 * MIB,
        240,
    )
    assert status_text(running) == "42% · 2.1 GiB of 5.0 GiB · 12.0 MiB/s · 4 min left"
    assert summary_text([running]) == "Downloading Qwen3 8B · Q4_K_M · 42% of 5.0 GiB · 12.0 MiB/s"
    running.speed, running.eta = 0.0, None
    assert status_text(running).endswith("0 bytes/s · stalled, waiting for data")
    paused = DownloadItem(2, "Qwen3 14B · Q4_K_M", [DownloadPart(request)], DownloadState.PAUSED)
    assert summary_text([running, paused]).startswith("Downloading Qwen3 8B")
    assert summary_text([paused]) == "1 download paused"


def test_a_shared_task_runner_outlives_the_page(qtbot, library):
    """Given the app's runner, the page runs its work there and, closing, cancels only its
    own tasks: the runner keeps serving the rest of the app."""
    from desktop.gui.tasks import TaskRunner

    runner = TaskRunner(name="app")
    page = LibraryPage(library, tiny_catalog(1000), PROFILE_16GB, discovery_roots=DiscoveryRoots())
    qtbot.addWidget(page)
    shared = LibraryPage(
        library, tiny_catalog(1000), PROFILE_16GB, discovery_roots=DiscoveryRoots(), tasks=runner
    )
    qtbot.addWidget(shared)
    assert shared.jobs is runner
    assert page.jobs is not runner
    wait(qtbot, lambda: not runner.busy)  # the first scans ran on the shared runner
    shared.shutdown()
    page.shutdown()
    assert not runner.closed
    assert page.jobs.closed
    done: list[str] = []
    runner.run(lambda ctx: "still running", on_done=done.append)
    wait(qtbot, lambda: done == ["still running"])
    assert runner.shutdown()
