"""Background jobs for the Library page: a small private thread pool whose results come back
to the GUI thread as queued signals. :meth:`BackgroundJobs.shutdown` waits for every job."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[Exception], None]


class BackgroundJobs(QObject):
    """Runs plain callables off the GUI thread; callbacks run on the GUI thread.

    The callables never touch Qt objects: they return a value (or raise), and this object
    (living on the GUI thread) hands the outcome to ``done`` or ``failed`` there.
    """

    _finished = Signal(int, object, object)  # job id, result, exception

    def __init__(self, max_threads: int = 2, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._pool.setExpiryTimeout(2000)
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[Done, Failed | None]] = {}
        self._closed = False
        self._finished.connect(self._on_job_finished)

    @property
    def busy(self) -> bool:
        """Whether a job is queued, running, or its result is not yet delivered."""
        return bool(self._callbacks)

    def run(self, work: Callable[[], Any], done: Done, failed: Failed | None = None) -> bool:
        """Start ``work`` on the pool; False (and nothing runs) once shut down."""
        if self._closed:
            return False
        job_id = next(self._ids)
        self._callbacks[job_id] = (done, failed)
        self._pool.start(lambda: self._execute(job_id, work))
        return True

    def _execute(self, job_id: int, work: Callable[[], Any]) -> None:
        try:
            result, error = work(), None
        except Exception as exc:  # handed to the GUI thread, which shows it plainly
            result, error = None, exc
        self._finished.emit(job_id, result, error)

    @Slot(int, object, object)
    def _on_job_finished(self, job_id: int, result: Any, error: Exception | None) -> None:
        done, failed = self._callbacks.pop(job_id, (None, None))
        if self._closed or done is None:
            return
        if error is None:
            done(result)
        elif failed is not None:
            failed(error)
        else:
            log.error("library job failed", exc_info=error)

    def shutdown(self) -> None:
        """Drop queued jobs, wait for running ones, and ignore their late results."""
        self._closed = True
        self._pool.clear()
        self._pool.waitForDone(-1)
        self._callbacks.clear()
