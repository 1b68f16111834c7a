"""Download bookkeeping for the Library page, on the GUI thread.

The core :class:`DownloadManager` runs each file on its own thread. Those threads only nudge a
:class:`Relay` (through the manager's listener) when a task changes or reports progress; the
relay then reads every task's state and latest :class:`Progress` on the GUI thread (plain
attribute reads), at most five times a second, so the window repaints at a bounded rate
however fast bytes arrive, and nothing runs while no download is going.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from desktop.core.hub.download_file import remove_partial
from desktop.core.hub.downloads import (
    DownloadError,
    DownloadManager,
    DownloadRequest,
    DownloadState,
    DownloadTask,
    PartialDownload,
    requests_for_quant,
)
from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.models.catalog import Catalog, CatalogEntry, GGUFQuant, GGUFSource
from desktop.core.models.gguf_info import SPLIT_PATTERN, split_parts
from desktop.core.units import format_size, format_speed
from desktop.gui.relay import Relay

log = logging.getLogger(__name__)
REFRESH_S = 0.2  # at most five refreshes a second, however fast bytes arrive
RUNNING, QUEUED = DownloadState.RUNNING, DownloadState.QUEUED
FAILED, CANCELLED, PAUSED = DownloadState.FAILED, DownloadState.CANCELLED, DownloadState.PAUSED
ACTIVE = {QUEUED, RUNNING}
OFFLINE_MESSAGE = QT_TRANSLATE_NOOP(
    "Downloads",
    "Offline mode is on, so nothing can be downloaded. Turn it off (File ▸ Offline mode), "
    "then press Retry.",
)
SETTLED = {DownloadState.DONE, FAILED, CANCELLED}  # what "Clear finished" takes off the list


@dataclass(eq=False)
class DownloadPart:
    """One file of a download: a split GGUF has one per ``-0000N-of-0000M.gguf`` file."""

    request: DownloadRequest
    task: DownloadTask | None = None  # None: not started in this run (yet)
    state: DownloadState = DownloadState.QUEUED
    done: int = 0
    total: int = 0
    speed: float = 0.0
    eta: float | None = None
    error: str | None = None
    seen: tuple[object, ...] = field(default=(), repr=False)

    @property
    def dest(self) -> Path:
        return self.request.dest


@dataclass(eq=False)
class DownloadItem:
    """One model being downloaded (all parts of a split GGUF), as the Downloads list shows it;
    its figures are the sums over its parts."""

    key: int
    title: str
    parts: list[DownloadPart]
    state: DownloadState = DownloadState.QUEUED
    done: int = 0
    total: int = 0
    speed: float = 0.0
    eta: float | None = None
    error: str | None = None
    failure_seen: bool = False  # the Downloads list showed its failure: the status bar drops it

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 0.0

    @property
    def request(self) -> DownloadRequest:
        return self.parts[0].request

    @property
    def dest(self) -> Path:
        return self.parts[0].dest

    def part_for(self, dest: Path) -> DownloadPart | None:
        return next((p for p in self.parts if p.dest == dest), None)

    def combine(self) -> None:
        """Set the item's state and figures from its parts'."""
        parts, states = self.parts, {p.state for p in self.parts}
        self.done, self.total = sum(p.done for p in parts), sum(p.total for p in parts)
        self.speed = sum(p.speed for p in parts if p.state is DownloadState.RUNNING)
        if len(parts) == 1:
            self.eta = parts[0].eta
        else:
            left = self.total - self.done
            self.eta = left / self.speed if self.speed > 0 and self.total else None
        self.error = next((p.error for p in parts if p.error), None)
        order = (RUNNING, QUEUED, FAILED, CANCELLED, PAUSED)
        self.state = next((s for s in order if s in states), DownloadState.DONE)


class DownloadsController(QObject):
    """Starts, pauses, resumes and cancels downloads and reports them as signals.

    Each action on an item acts on all its parts; the core manager runs one task per file.
    """

    item_added = Signal(object)  # DownloadItem
    item_changed = Signal(object)  # DownloadItem
    item_removed = Signal(object)  # DownloadItem
    completed = Signal(object)  # DownloadItem whose files are all in place and verified
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
        self._changes = Relay(self._refresh, min_interval_s=REFRESH_S, parent=self)

    def items(self) -> list[DownloadItem]:
        return list(self._items)

    @property
    def summary(self) -> str:
        return self._summary

    # --- actions --------------------------------------------------------------------------

    def start(self, entry: CatalogEntry, source: GGUFSource, quant: GGUFQuant) -> None:
        """Queue every file of ``quant`` as one item; one already listed is resumed instead."""
        if self._closed:
            return
        try:
            requests = requests_for_quant(source, quant, self._models_dir)
        except DownloadError as exc:  # an id or file name that would write elsewhere
            self._summary = str(exc)
            self.summary_changed.emit(self._summary)
            return
        existing = next(filter(None, (self._find(r.dest) for r in requests)), None)
        if existing is not None and existing.state is DownloadState.DONE:
            self._drop(existing)  # downloaded before (and since deleted): fetch it again
            existing = None
        if existing is None:
            title = _title(f"{entry.name} · {quant.quant}", len(requests))
            parts = [DownloadPart(r, total=r.size or 0) for r in requests]
            self._enqueue(self._add(DownloadItem(next(self._keys), title, parts)))
        elif existing.state not in ACTIVE:
            self.resume(existing)

    def add_partials(self, partials: list[PartialDownload]) -> None:
        """List unfinished downloads from an earlier run as paused, ready to resume; the
        parts of a split model share one item."""
        for partial in partials:
            item = self._find(partial.request.dest)
            if item is None:
                item = self._add(self._item_for_partial(partial.request))
            part = item.part_for(partial.request.dest)
            if part is None or part.task is not None:
                continue
            part.state, part.done, part.total = PAUSED, partial.done_bytes, partial.total_bytes
            item.combine()
            self.item_changed.emit(item)
        self._update_summary()

    def pause(self, item: DownloadItem) -> None:
        if self._manager is not None:
            for part in item.parts:
                if part.task is not None:
                    self._manager.pause(part.task)
            self._refresh()

    def resume(self, item: DownloadItem) -> None:
        self._enqueue(item)
        self._refresh()

    def cancel(self, item: DownloadItem) -> None:
        """Stop every part and delete the files; the row goes away once all have stopped."""
        if self._manager is not None and any(p.task is not None for p in item.parts):
            for part in item.parts:
                if part.task is not None:
                    self._manager.cancel(part.task)
                elif part.state is not DownloadState.DONE:
                    remove_partial(part.dest)
                    part.state = DownloadState.CANCELLED
            self._refresh()
        else:
            for part in item.parts:
                remove_partial(part.dest)
            item.state = DownloadState.CANCELLED
            self._drop(item)

    def clear_finished(self) -> None:
        """Take finished and failed downloads off the list; a failed one's partial files are
        deleted (it starts over if downloaded again)."""
        for item in [i for i in self._items if i.state in SETTLED]:
            if item.state is FAILED:
                self._discard(item)
            self._drop(item)

    def mark_failures_seen(self) -> None:
        """The Downloads list is in view: its failures leave the status bar summary."""
        for item in self._items:
            if item.state is FAILED:
                item.failure_seen = True
        self._update_summary()

    @property
    def manager(self) -> DownloadManager | None:
        """The core manager, once the first download made it."""
        return self._manager

    def set_offline(self, on: bool) -> None:
        """Follow the offline switch: on pauses every download at once (each keeps its
        partial file and says why it is paused); off resumes the ones it paused."""
        if self._manager is None or self._closed:
            return
        if on:
            self._manager.go_offline()
        else:
            self._manager.resume_paused_by_offline()
        self._changes.post()  # show the new states

    def shutdown(self) -> None:
        """Pause every download (partial files stay) and join the download threads."""
        self._closed = True
        self._changes.close()
        if self._manager is not None:
            self._manager.shutdown()

    # --- internals ------------------------------------------------------------------------

    def _discard(self, item: DownloadItem) -> None:
        """Forget a failed item's tasks and delete its partial (and finished) files."""
        for part in item.parts:
            if part.task is not None and self._manager is not None:
                self._manager.cancel(part.task)  # not running: settles and deletes at once
            elif part.state is not DownloadState.DONE:
                remove_partial(part.dest)
        item.state = DownloadState.CANCELLED

    def _add(self, item: DownloadItem) -> DownloadItem:
        self._items.append(item)
        self.item_added.emit(item)
        return item

    def _drop(self, item: DownloadItem) -> None:
        if item.state is DownloadState.CANCELLED:
            for part in item.parts:  # finished parts of a cancelled split model go too
                if part.state is DownloadState.DONE:
                    part.dest.unlink(missing_ok=True)
        if item in self._items:
            self._items.remove(item)
            self.item_removed.emit(item)
        self._update_summary()

    def _find(self, dest: Path) -> DownloadItem | None:
        return next((i for i in self._items if i.part_for(dest) is not None), None)

    def _item_for_partial(self, request: DownloadRequest) -> DownloadItem:
        """A paused item for ``request`` and, for a split model, its sibling parts."""
        parts = []
        for path in split_parts(request.dest):
            sibling = replace(
                request, filename=str(Path(request.filename).with_name(path.name)), dest=path
            )
            part = DownloadPart(sibling, state=PAUSED)
            if path != request.dest and path.exists():  # finished earlier
                part.state = DownloadState.DONE
                part.done = part.total = path.stat().st_size
            parts.append(part)
        title = _title(self._title_for(request), len(parts))
        return DownloadItem(next(self._keys), title, parts, state=PAUSED)

    def _title_for(self, request: DownloadRequest) -> str:
        name = Path(request.filename).name
        for entry in self._catalog:
            for _, quant in entry.quants():
                if any(Path(f.filename).name == name for f in quant.files):
                    return f"{entry.name} · {quant.quant}"
        match = SPLIT_PATTERN.match(name)
        return match["stem"] if match else name

    def _enqueue(self, item: DownloadItem) -> None:
        """Queue every unfinished part (again): new parts as tasks, paused ones resumed."""
        if self._closed:
            return
        item.failure_seen = False
        if self._offline():
            item.state, item.error = DownloadState.FAILED, translate("Downloads", OFFLINE_MESSAGE)
            self.item_changed.emit(item)
            self._update_summary()
            return
        try:
            if self._manager is None:
                self._manager = self._factory()
                relay = self._changes
                self._manager.subscribe(lambda task: relay.post())
            for part in item.parts:
                if part.state is DownloadState.DONE:
                    continue
                if part.task is None:
                    part.task = self._manager.enqueue(part.request)
                else:
                    self._manager.resume(part.task)  # only a paused or failed task moves
                part.seen = ()
        except DownloadError as exc:
            item.state, item.error = DownloadState.FAILED, str(exc)
            self.item_changed.emit(item)
            return
        item.state, item.error = DownloadState.QUEUED, None
        item.speed, item.eta = 0.0, None
        self.item_changed.emit(item)
        self._update_summary()

    def _refresh(self) -> None:
        """Copy each task's state and progress into its part; report the items that changed."""
        for item in list(self._items):
            if not any([self._read(part) for part in item.parts]):  # read every part
                continue
            previous = item.state
            item.combine()
            if item.state is DownloadState.CANCELLED:
                self._drop(item)
                continue
            self.item_changed.emit(item)
            if item.state is DownloadState.DONE and previous is not DownloadState.DONE:
                self.completed.emit(item)
        self._update_summary()

    @staticmethod
    def _read(part: DownloadPart) -> bool:
        """Read the part's task (plain attributes); whether anything changed."""
        task = part.task
        if task is None:
            return False
        state, progress, error = task.state, task.progress, task.error
        seen = (state, progress, error)
        if seen == part.seen:
            return False
        part.seen = seen
        part.state, part.error = state, error
        if progress is not None:
            part.done, part.total = progress.done_bytes, progress.total_bytes
            part.speed, part.eta = progress.bytes_per_s, progress.eta_s
        if state is not DownloadState.RUNNING:
            part.speed, part.eta = 0.0, None
        if state is DownloadState.DONE and part.total:
            part.done = part.total
        return True

    def _update_summary(self) -> None:
        text = summary_text(self._items)
        if text != self._summary:
            self._summary = text
            self.summary_changed.emit(text)


def _title(name: str, parts: int) -> str:
    if parts <= 1:
        return name
    return translate("Downloads", "{name} · %n files", None, parts).format(name=name)


def summary_text(items: list[DownloadItem]) -> str:
    """One line for the status bar, e.g.
    "Downloading Qwen3 8B · Q4_K_M · 42% of 4.7 GiB · 12.0 MiB/s"."""
    active = [i for i in items if i.state in ACTIVE]
    if not active:
        paused = sum(i.state is DownloadState.PAUSED for i in items)
        failed = sum(i.state is DownloadState.FAILED and not i.failure_seen for i in items)
        if failed:
            if failed == 1:
                return translate("Downloads", "%n download failed", None, failed)
            return translate("Downloads", "%n downloads failed", None, failed)
        if not paused:
            return ""
        if paused == 1:
            return translate("Downloads", "%n download paused", None, paused)
        return translate("Downloads", "%n downloads paused", None, paused)

    done = sum(i.done for i in active)
    total = sum(i.total for i in active)
    speed = sum(i.speed for i in active if i.state is DownloadState.RUNNING)
    count = len(active)
    parts = [
        translate("Downloads", "Downloading {name}").format(name=active[0].title)
        if count == 1
        else translate("Downloads", "Downloading %n models", None, count)
    ]
    if total:
        parts.append(
            translate("Downloads", "{percent}% of {size}").format(
                percent=100 * done // total, size=format_size(total)
            )
        )

    parts.append(format_speed(speed))
    return " · ".join(parts)
