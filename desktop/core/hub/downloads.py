"""Hugging Face downloads: a small queue of file downloads on plain threads (no Qt).

Each download runs :class:`~desktop.core.hub.download_file.FileDownload` on its own thread,
at most ``max_parallel`` at a time. Pause keeps the partial file; :meth:`shutdown` pauses
everything, so a new manager (after a restart) that is given the same request continues
from the saved offset. Callbacks and listeners (:meth:`DownloadManager.subscribe`) run on
the download threads: the GUI turns them into a nudge for its own thread.

The Hugging Face token is asked of ``token`` (a string or a callable, e.g. the secrets
store) when a download starts; it is kept in no task, file or message.
"""

from __future__ import annotations

import itertools
import logging
import shutil
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from desktop.core.hub.download_file import (
    Control,
    DiskUsage,
    DownloadCancelled,
    DownloadPaused,
    DownloadPausedOffline,
    FileDownload,
    ProgressCallback,
    RetryPolicy,
    part_paths,
    read_sidecar,
    remove_partial,
)
from desktop.core.hub.download_http import (
    AuthError,
    DiskSpaceError,
    DownloadError,
    NetworkError,
    NotFoundError,
    OfflineError,
    Timeouts,
    VerificationError,
    hub_url,
)
from desktop.core.hub.repo_id import InvalidRepoId, UnsafePath, check_repo_id, inside
from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.models.catalog import GGUFQuant, GGUFSource

__all__ = [
    "OFFLINE_PAUSED",
    "AuthError",
    "DiskSpaceError",
    "DownloadError",
    "DownloadManager",
    "DownloadRequest",
    "DownloadState",
    "DownloadTask",
    "InvalidRepoId",
    "NetworkError",
    "NotFoundError",
    "OfflineError",
    "PartialDownload",
    "Progress",
    "RetryPolicy",
    "Timeouts",
    "UnsafePath",
    "VerificationError",
    "find_partial_downloads",
    "requests_for_quant",
]

log = logging.getLogger(__name__)


class DownloadState(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    PAUSED = "paused"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


_SETTLED = {DownloadState.PAUSED, DownloadState.DONE, DownloadState.FAILED, DownloadState.CANCELLED}
OFFLINE_PAUSED = QT_TRANSLATE_NOOP(
    "Downloads",
    "Paused because offline mode is on; the part downloaded so far is kept, and the download "
    "goes on by itself when offline mode is turned off.",
)


@dataclass(frozen=True)
class DownloadRequest:
    """One file of a model repository, to be saved at ``dest``."""

    repo: str
    filename: str
    dest: Path
    revision: str = "main"
    sha256: str | None = None  # used only when the Hub does not publish one
    size: int | None = None

    @property
    def label(self) -> str:
        return f"{self.repo}/{self.filename}"


@dataclass(frozen=True)
class Progress:
    done_bytes: int
    total_bytes: int
    bytes_per_s: float
    eta_s: float | None


class DownloadTask:
    """A queued, running or finished download; read its fields, act via the manager."""

    def __init__(
        self, task_id: int, request: DownloadRequest, on_progress: ProgressCallback | None
    ) -> None:
        self.id = task_id
        self.request = request
        self.state = DownloadState.QUEUED
        self.error: str | None = None  # why it failed, or why it is paused when not asked to
        self.paused_by_offline = False
        self.progress: Progress | None = None
        self._on_progress = on_progress
        self._on_report: Callable[[DownloadTask], None] | None = None  # the manager's listeners
        self._control = Control()
        self._settled = threading.Event()

    def __repr__(self) -> str:
        return f"<DownloadTask {self.id} {self.request.label} {self.state}>"

    def _report(self, done: int, total: int, speed: float, eta: float | None) -> None:
        self.progress = Progress(done, total, speed, eta)
        if self._on_progress is not None:
            self._on_progress(done, total, speed, eta)
        if self._on_report is not None:
            self._on_report(self)

    def wait(self, timeout: float | None = None) -> DownloadState:
        """Block until the task is done, failed, cancelled or paused; returns the state."""
        self._settled.wait(timeout)
        return self.state


class DownloadManager:
    """Queue of downloads with pause, resume and cancel. Use as a context manager, or call
    :meth:`shutdown` before dropping it: it joins every thread it started."""

    def __init__(
        self,
        *,
        token: str | Callable[[], str | None] | None = None,
        offline: bool | Callable[[], bool] = False,
        endpoint: str | None = None,
        max_parallel: int = 2,
        timeouts: Timeouts | None = None,
        retry: RetryPolicy | None = None,
        disk_usage: DiskUsage = shutil.disk_usage,
        on_state_changed: Callable[[DownloadTask], None] | None = None,
    ) -> None:
        self._token = token
        self._offline = offline if callable(offline) else (lambda: bool(offline))
        self._endpoint = endpoint
        self._max_parallel = max(1, max_parallel)
        self._timeouts = timeouts or Timeouts()
        self._retry = retry or RetryPolicy()
        self._disk_usage = disk_usage
        self._on_state_changed = on_state_changed
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self._tasks: list[DownloadTask] = []
        self._threads: list[threading.Thread] = []
        self._listeners: list[Callable[[DownloadTask], None]] = []
        self._closed = False

    # --- public API -----------------------------------------------------------------------

    def subscribe(self, listener: Callable[[DownloadTask], None]) -> Callable[[], None]:
        """Call ``listener(task)`` whenever any task changes state or reports progress (on
        the thread where it happens); returns a function that unsubscribes."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    @property
    def running_threads(self) -> int:
        """How many download threads are alive (0 once :meth:`shutdown` has returned)."""
        with self._lock:
            return sum(t.is_alive() for t in self._threads)

    def enqueue(
        self, request: DownloadRequest, on_progress: ProgressCallback | None = None
    ) -> DownloadTask:
        """Queue ``request``; raises :class:`InvalidRepoId` for an id the Hub cannot have."""
        check_repo_id(request.repo)
        with self._lock:
            if self._closed:
                raise DownloadError(
                    translate(
                        "Downloads", "Downloads are shutting down; try again after restarting."
                    )
                )
            for task in self._tasks:
                if task.request.dest == request.dest and task.state not in _SETTLED:
                    return task
            task = DownloadTask(next(self._ids), request, on_progress)
            task._on_report = self._tell_listeners
            self._tasks.append(task)
        self._notify(task)
        self._schedule()
        return task

    def tasks(self) -> list[DownloadTask]:
        with self._lock:
            return list(self._tasks)

    def pause(self, task: DownloadTask) -> None:
        with self._lock:
            if task.state is DownloadState.QUEUED:
                self._settle_locked(task, DownloadState.PAUSED)
                queued = True
            else:
                queued = False
                if task.state is DownloadState.RUNNING:
                    task._control.pause()
        if queued:
            self._notify(task)

    def resume(self, task: DownloadTask) -> None:
        """Queue a paused or failed task again; it continues from its partial file."""
        with self._lock:
            if task.state not in (DownloadState.PAUSED, DownloadState.FAILED) or self._closed:
                return
            task.state = DownloadState.QUEUED
            task.error = None
            task.paused_by_offline = False
            task._control = Control()
            task._settled.clear()
        self._notify(task)
        self._schedule()

    def cancel(self, task: DownloadTask) -> None:
        """Stop the task and delete its partial file."""
        with self._lock:
            if task.state is DownloadState.RUNNING:
                task._control.cancel()
                return
            if task.state in (DownloadState.DONE, DownloadState.CANCELLED):
                return
            self._settle_locked(task, DownloadState.CANCELLED)
        remove_partial(task.request.dest)
        self._notify(task)

    def go_offline(self) -> None:
        """Offline mode was switched on: pause every queued and running download now (a
        running one stops within one chunk); each stays resumable from its partial file.

        Running transfers also ask ``offline`` between chunks, so this only makes the pause
        immediate and covers queued tasks."""
        settled = []
        with self._lock:
            for task in self._tasks:
                if task.state is DownloadState.RUNNING:
                    task._control.pause_offline()
                elif task.state is DownloadState.QUEUED:
                    self._settle_locked(
                        task, DownloadState.PAUSED, translate("Downloads", OFFLINE_PAUSED)
                    )
                    task.paused_by_offline = True
                    settled.append(task)
        for task in settled:
            self._notify(task)

    def resume_paused_by_offline(self) -> list[DownloadTask]:
        """Offline mode was switched off: queue again the downloads it paused."""
        with self._lock:
            paused = [t for t in self._tasks if t.paused_by_offline]
        for task in paused:
            self.resume(task)
        return paused

    def shutdown(self, timeout: float | None = None) -> None:
        """Pause every download (partial files stay) and join the threads."""
        with self._lock:
            self._closed = True
            for task in self._tasks:
                if task.state is DownloadState.RUNNING:
                    task._control.pause()
                elif task.state is DownloadState.QUEUED:
                    self._settle_locked(task, DownloadState.PAUSED)
            threads = list(self._threads)
        for thread in threads:
            thread.join(timeout)

    def __enter__(self) -> DownloadManager:
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()

    # --- internals ------------------------------------------------------------------------

    def _settle_locked(
        self, task: DownloadTask, state: DownloadState, error: str | None = None
    ) -> None:
        task.state = state
        task.error = error
        task._settled.set()

    def _notify(self, task: DownloadTask) -> None:
        if self._on_state_changed is not None:
            try:
                self._on_state_changed(task)
            except Exception:
                log.exception("download state callback failed")
        self._tell_listeners(task)

    def _tell_listeners(self, task: DownloadTask) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(task)
            except Exception:
                log.exception("download listener failed")

    def _schedule(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._threads = [t for t in self._threads if t.is_alive()]
            running = sum(t.state is DownloadState.RUNNING for t in self._tasks)
            for task in self._tasks:
                if running >= self._max_parallel:
                    break
                if task.state is DownloadState.QUEUED:
                    task.state = DownloadState.RUNNING
                    thread = threading.Thread(
                        target=self._run, args=(task,), name=f"download-{task.id}", daemon=True
                    )
                    self._threads.append(thread)
                    thread.start()  # under the lock, so shutdown never sees an unstarted one
                    running += 1

    def _resolve_token(self) -> str | None:
        return self._token() if callable(self._token) else self._token

    def _run(self, task: DownloadTask) -> None:
        self._notify(task)  # RUNNING, from the task's own thread so it precedes its end
        request = task.request
        state, error, offline_pause = DownloadState.DONE, None, False
        try:
            job = FileDownload(
                hub_url(request.repo, request.filename, request.revision, self._endpoint),
                request.dest,
                label=request.label,
                token=self._resolve_token(),
                offline=self._offline,
                timeouts=self._timeouts,
                retry=self._retry,
                disk_usage=self._disk_usage,
                on_progress=task._report,
                control=task._control,
                expected_sha256=request.sha256,
                expected_size=request.size,
                describe={
                    "repo": request.repo,
                    "filename": request.filename,
                    "revision": request.revision,
                },
            )
            job.run()
        except DownloadPausedOffline:
            state, error, offline_pause = (
                DownloadState.PAUSED,
                translate("Downloads", OFFLINE_PAUSED),
                True,
            )
        except DownloadPaused:
            state = DownloadState.PAUSED
        except DownloadCancelled:
            remove_partial(request.dest)
            state = DownloadState.CANCELLED
        except DownloadError as exc:
            state, error = DownloadState.FAILED, str(exc)
        except Exception as exc:  # a bug, not a user error: keep the thread from dying silently
            log.exception("download of %s crashed", request.label)
            state = DownloadState.FAILED
            error = translate(
                "Downloads", "The download of {file} failed unexpectedly ({error})."
            ).format(file=request.label, error=type(exc).__name__)
        with self._lock:
            self._settle_locked(task, state, error)
            task.paused_by_offline = offline_pause
        self._notify(task)
        self._schedule()


def requests_for_quant(
    source: GGUFSource, quant: GGUFQuant, dest_dir: Path
) -> list[DownloadRequest]:
    """One request per file of ``quant`` (every part of a split GGUF), saved in
    ``dest_dir/<repo name>/``. Raises :class:`InvalidRepoId` or :class:`UnsafePath` (plain
    messages) for an id or file name that would write anywhere else."""
    folder = dest_dir / check_repo_id(source.repo).split("/")[-1]
    return [
        DownloadRequest(
            repo=source.repo,
            filename=f.filename,
            dest=inside(dest_dir, folder / Path(f.filename).name),
            revision=source.revision,
            sha256=f.sha256,
            size=None if quant.size_estimated else f.size,
        )
        for f in quant.files
    ]


@dataclass(frozen=True)
class PartialDownload:
    """An unfinished download found on disk; :attr:`request` continues it."""

    request: DownloadRequest
    done_bytes: int
    total_bytes: int


def find_partial_downloads(folders: Iterable[Path]) -> list[PartialDownload]:
    """Unfinished downloads left in ``folders`` (e.g. by a previous run), from sidecars."""
    found = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for sidecar in sorted(folder.rglob("*.part.json")):
            meta = read_sidecar(sidecar)
            dest = sidecar.with_name(sidecar.name.removesuffix(".part.json"))
            part = part_paths(dest)[0]
            described = meta.get("request") if meta else None
            if not isinstance(described, dict) or not part.exists():
                continue
            try:
                request = DownloadRequest(
                    str(described["repo"]),
                    str(described["filename"]),
                    dest,
                    str(described.get("revision", "main")),
                )
                total = int(meta["size"])  # type: ignore[index]
            except (KeyError, TypeError, ValueError):
                continue
            found.append(PartialDownload(request, part.stat().st_size, total))
    return found
