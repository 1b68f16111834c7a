"""Download bookkeeping for the Library page, on the GUI thread.

The core :class:`DownloadManager` runs each file on its own thread. Rather than have those
threads call into Qt, a GUI-thread timer reads every active task's state and latest
:class:`Progress` a few times a second (plain attribute reads), so the download threads never
touch Qt and the window repaints at a steady, bounded rate however fast bytes arrive.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core.catalog import Catalog, CatalogEntry, GGUFQuant, GGUFSource
from desktop.core.download_file import remove_partial
from desktop.core.downloads import (
    DownloadError,
    DownloadManager,
    DownloadRequest,
    DownloadState,
    DownloadTask,
    PartialDownload,
    requests_for_quant,
)
from desktop.gui.library_format import size_text, speed_text

log = logging.getLogger(__name__)
POLL_MS = 200
ACTIVE = {DownloadState.QUEUED, DownloadState.RUNNING}
OFFLINE_MESSAGE = (
    "Offline mode is on, so nothing can be downloaded. Turn it off in Settings, then press Resume."
)


@dataclass(eq=False)
class DownloadItem:
    """One file being downloaded, as the Downloads list shows it."""

    key: int
    title: str
    request: DownloadRequest
    task: DownloadTask | None = None  # None: a partial file found at startup, not resumed yet
    state: DownloadState = DownloadState.QUEUED
    done: int = 0
    total: int = 0
    speed: float = 0.0
    eta: float | None = None
    error: str | None = None
    seen: tuple[object, ...] = field(default=(), repr=False)

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 0.0

    @property
    def dest(self) -> Path:
        return self.request.dest


class DownloadsController(QObject):
    """Starts, pauses, resumes and cancels downloads and reports them as signals."""

    item_added = Signal(object)  # DownloadItem
    item_changed = Signal(object)  # DownloadItem
    item_removed = Signal(object)  # DownloadItem
    completed = Signal(object)  # DownloadItem whose file is now in place and verified
    summary_changed = Signal(str)

    def __init__(
        self,
        models_dir: Path,
        catalog: Catalog,
        manager_factory: Callable[[], DownloadManager],
        offline: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._models_dir = models_dir
        self._catalog = catalog
        self._factory = manager_factory
        self._offline = offline
        self._manager: DownloadManager | None = None
        self._items: list[DownloadItem] = []
        self._keys = itertools.count(1)
        self._summary = ""
        self._closed = False
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

    def items(self) -> list[DownloadItem]:
        return list(self._items)

    @property
    def summary(self) -> str:
        return self._summary

    # --- actions --------------------------------------------------------------------------

    def start(self, entry: CatalogEntry, source: GGUFSource, quant: GGUFQuant) -> None:
        """Queue every file of ``quant``; a file already listed is resumed, not duplicated."""
        if self._closed:
            return
        requests = requests_for_quant(source, quant, self._models_dir)
        for index, request in enumerate(requests, 1):
            title = f"{entry.name} · {quant.quant}"
            if len(requests) > 1:
                title += f" · part {index} of {len(requests)}"
            existing = self._find(request.dest)
            if existing is not None and existing.state is DownloadState.DONE:
                self._drop(existing)  # downloaded before (and since deleted): fetch it again
                existing = None
            if existing is None:
                self._enqueue(self._add(DownloadItem(next(self._keys), title, request)))
            elif existing.state not in ACTIVE:
                self.resume(existing)

    def add_partials(self, partials: list[PartialDownload]) -> None:
        """List unfinished downloads from an earlier run as paused, ready to resume."""
        for partial in partials:
            if self._find(partial.request.dest) is not None:
                continue
            item = DownloadItem(
                next(self._keys),
                self._title_for(partial.request),
                partial.request,
                state=DownloadState.PAUSED,
                done=partial.done_bytes,
                total=partial.total_bytes,
            )
            self._add(item)
        self._update_summary()

    def pause(self, item: DownloadItem) -> None:
        if item.task is not None and self._manager is not None:
            self._manager.pause(item.task)
            self._poll()

    def resume(self, item: DownloadItem) -> None:
        if item.task is None or self._manager is None or self._offline():
            self._enqueue(item)
            return
        self._manager.resume(item.task)
        self._timer.start()
        self._poll()

    def cancel(self, item: DownloadItem) -> None:
        """Stop ``item`` and delete its partial file; the row goes away once it has stopped."""
        if item.task is not None and self._manager is not None:
            self._manager.cancel(item.task)
            self._poll()
        else:
            remove_partial(item.dest)
            item.state = DownloadState.CANCELLED
            self._drop(item)

    def clear_finished(self) -> None:
        for item in [i for i in self._items if i.state is DownloadState.DONE]:
            self._drop(item)

    def shutdown(self) -> None:
        """Pause every download (partial files stay) and join the download threads."""
        self._closed = True
        self._timer.stop()
        if self._manager is not None:
            self._manager.shutdown()

    # --- internals ------------------------------------------------------------------------

    def _add(self, item: DownloadItem) -> DownloadItem:
        self._items.append(item)
        self.item_added.emit(item)
        return item

    def _drop(self, item: DownloadItem) -> None:
        if item in self._items:
            self._items.remove(item)
            self.item_removed.emit(item)
        self._update_summary()

    def _find(self, dest: Path) -> DownloadItem | None:
        return next((i for i in self._items if i.dest == dest), None)

    def _title_for(self, request: DownloadRequest) -> str:
        name = Path(request.filename).name
        for entry in self._catalog:
            for _, quant in entry.quants():
                if any(Path(f.filename).name == name for f in quant.files):
                    return f"{entry.name} · {quant.quant}"
        return name

    def _enqueue(self, item: DownloadItem) -> None:
        if self._closed:
            return
        if self._offline():
            item.state, item.error = DownloadState.FAILED, OFFLINE_MESSAGE
            self.item_changed.emit(item)
            self._update_summary()
            return
        try:
            if self._manager is None:
                self._manager = self._factory()
            item.task = self._manager.enqueue(item.request)
        except DownloadError as exc:
            item.state, item.error = DownloadState.FAILED, str(exc)
            self.item_changed.emit(item)
            return
        item.state, item.error = DownloadState.QUEUED, None
        item.speed, item.eta = 0.0, None
        self.item_changed.emit(item)
        self._timer.start()
        self._update_summary()

    def _on_timer_timeout(self) -> None:
        self._poll()

    def _poll(self) -> None:
        """Copy each task's state and progress into its item; report what changed."""
        for item in list(self._items):
            task = item.task
            if task is None:
                continue
            state, progress, error = task.state, task.progress, task.error
            seen = (state, progress, error)
            if seen == item.seen:
                continue
            item.seen = seen
            previous = item.state
            item.state, item.error = state, error
            if progress is not None:
                item.done, item.total = progress.done_bytes, progress.total_bytes
                item.speed, item.eta = progress.bytes_per_s, progress.eta_s
            if state is DownloadState.CANCELLED:
                self._drop(item)
                continue
            if state is DownloadState.DONE and item.total:
                item.done = item.total
            self.item_changed.emit(item)
            if state is DownloadState.DONE and previous is not DownloadState.DONE:
                self.completed.emit(item)
        if not any(i.state in ACTIVE for i in self._items):
            self._timer.stop()
        self._update_summary()

    def _update_summary(self) -> None:
        text = summary_text(self._items)
        if text != self._summary:
            self._summary = text
            self.summary_changed.emit(text)


def summary_text(items: list[DownloadItem]) -> str:
    """One line for the status bar: "Downloading Qwen3 8B · Q4_K_M · 42% · 12 MB/s"."""
    active = [i for i in items if i.state in ACTIVE]
    if not active:
        paused = sum(i.state is DownloadState.PAUSED for i in items)
        failed = sum(i.state is DownloadState.FAILED for i in items)
        if failed:
            return f"{failed} download{'s' if failed > 1 else ''} failed"
        return f"{paused} download{'s' if paused > 1 else ''} paused" if paused else ""
    done = sum(i.done for i in active)
    total = sum(i.total for i in active)
    speed = sum(i.speed for i in active if i.state is DownloadState.RUNNING)
    what = active[0].title if len(active) == 1 else f"{len(active)} files"
    parts = [f"Downloading {what}"]
    if total:
        parts.append(f"{100 * done // total}% of {size_text(total)}")
    parts.append(speed_text(speed))
    return " · ".join(parts)
