"""Indexing in the background: each collection's indexing is one task on the app's
:class:`~desktop.gui.tasks.TaskRunner`, with progress (files done of all, the current file)
and Cancel.

The work function opens its own connection to the index (``index_collection`` does), asks the
chosen embedding model on its own thread, and never touches a widget; progress comes back to
the GUI thread throttled by the runner, so a folder of a thousand small files costs the window
about ten progress updates a second and nothing else.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop.core.i18n import translate
from desktop.documents.indexer import IndexReport, index_collection
from desktop.documents.records import DocumentError
from desktop.gui.tasks import Task, TaskContext, TaskRunner

Prepare = Callable[[], int]  # worker-thread step before indexing; returns the collection id
EmbedderSource = Callable[[], Any]


@dataclass
class Progress:
    """Where one collection's indexing stands (GUI thread)."""

    collection_id: int
    name: str
    done: int = 0
    total: int = 0
    current: str = ""  # the file being read now


class IndexJobs(QObject):
    """Runs and tracks the indexing tasks. Signals arrive on the GUI thread."""

    progressed = Signal(object)  # Progress
    finished = Signal(object)  # IndexReport
    failed = Signal(str)  # a plain sentence

    def __init__(
        self,
        tasks: TaskRunner,
        db_path: Path | None = None,
        embedder: EmbedderSource = lambda: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.db_path = db_path
        self.embedder = embedder
        self._running: dict[int, tuple[Task, Progress]] = {}  # by job number
        self._numbers = iter(range(1, 1 << 62))

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def progress(self) -> list[Progress]:
        return [progress for _task, progress in self._running.values()]

    def index(self, name: str, prepare: Prepare) -> int:
        """Run ``prepare`` (create or fill the collection; on the worker thread), then index the
        collection it returns. Returns the job's number (for :meth:`cancel`)."""
        number = next(self._numbers)
        progress = Progress(0, name)
        db_path, embedder = self.db_path, self.embedder

        def work(ctx: TaskContext) -> IndexReport:
            collection_id = prepare()
            ctx.progress(collection_id, 0, 0, "")
            return index_collection(
                collection_id,
                db_path=db_path,
                embedder=embedder(),
                progress=lambda done, total, path: ctx.progress(
                    collection_id, done, total, path.name if path is not None else ""
                ),
                cancel=ctx.cancelled,
            )

        def on_progress(collection_id: int, done: int, total: int, current: str) -> None:
            progress.collection_id = collection_id
            progress.done, progress.total, progress.current = done, total, current
            self.progressed.emit(progress)

        task = self.tasks.run(
            work,
            on_done=lambda report: self._ended(number, report),
            on_error=lambda exc: self._ended(number, None, exc),
            on_progress=on_progress,
            owner=self,
            name=f"index-{number}",
        )
        self._running[number] = (task, progress)
        self.progressed.emit(progress)
        return number

    def cancel(self, number: int | None = None) -> None:
        """Stop one job (None: every job). The collection keeps the files done so far."""
        for key, (task, _progress) in list(self._running.items()):
            if number is None or key == number:
                # Indexing stops between files; its report (what was done) still comes back.
                task.stop()

    def wait_idle(self, timeout_s: float = 30.0) -> bool:
        """For tests and shutdown: wait until every job's work has ended."""
        return all(self.tasks.wait(task, timeout_s) for task, _p in list(self._running.values()))

    def _ended(self, number: int, report: IndexReport | None, exc: Exception | None = None) -> None:
        self._running.pop(number, None)
        if report is not None:
            self.finished.emit(report)
        elif exc is not None:
            if isinstance(exc, DocumentError):
                self.failed.emit(str(exc))
            else:
                self.failed.emit(
                    translate("IndexJobs", "Indexing failed: {error}").format(error=exc)
                )
