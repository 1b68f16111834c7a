"""Background work for the GUI, one way: :class:`TaskRunner`.

``runner.run(work, on_done=..., on_error=..., on_progress=..., owner=widget)`` runs
``work(ctx)`` on one of the runner's pool threads. The work never touches a widget: it
returns a value, raises, or reports ``ctx.progress(...)``, and the runner hands each to its
callback on the GUI thread (a queued signal of an object living there). Callbacks are
dropped once the task is cancelled or its owner destroyed. :meth:`TaskRunner.shutdown`
cancels everything and joins the pool; :attr:`TaskRunner.live` lets tests check that
nothing is left running.
"""

from __future__ import annotations

import enum
import functools
import itertools
import logging
import threading
import weakref
from collections.abc import Callable
from typing import Any, ClassVar, TypeVar

from PySide6.QtCore import QMetaObject, QObject, Qt, QThread, QThreadPool, Signal
from shiboken6 import isValid

from desktop.gui.relay import Gate, Relay

log = logging.getLogger(__name__)

T = TypeVar("T")
PROGRESS_INTERVAL_S = 0.1  # at most ten progress calls a second per task


class TaskState(enum.StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"  # cancelled, owner gone, or the runner shut down: no callback ran


class TaskCancelled(Exception):
    """Raised by :meth:`TaskContext.check` in work whose task was cancelled."""


class TaskContext:
    """What a work function gets: the cancel flag and a throttled progress report."""

    def __init__(self, task: Task) -> None:
        self._task = task

    @property
    def cancelled(self) -> threading.Event:
        """Set when the task is cancelled or stopped; core functions take it as ``cancel``."""
        return self._task.cancel_event

    def check(self) -> None:
        """Raise :class:`TaskCancelled` once cancelled (a cheap point to give up at)."""
        if self._task.cancel_event.is_set():
            raise TaskCancelled(self._task.name)

    def progress(self, *values: Any) -> None:
        """Report progress; ``on_progress(*values)`` runs on the GUI thread, throttled (the
        latest values win, and the last report always arrives before the result)."""
        self._task._report(values)


class Task:
    """One piece of background work; created by :meth:`TaskRunner.run`."""

    def __init__(
        self,
        task_id: int,
        name: str,
        owner: QObject | None,
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[Exception], None] | None,
        on_progress: Callable[..., None] | None,
    ) -> None:
        self.id = task_id
        self.name = name
        self.state = TaskState.QUEUED  # as the GUI thread last saw it
        self.cancel_event = threading.Event()
        self.owner = owner
        self.on_done, self.on_error, self.on_progress = on_done, on_error, on_progress
        self.ended = threading.Event()  # set on the pool thread once the work is over
        self.started = False
        self.outcome: tuple[Any, Exception | None] = (None, None)
        self.dropped = False  # callbacks are dropped (cancel(), owner destroyed, shutdown)
        self.relay: Relay | None = None
        self.owner_link: QMetaObject.Connection | None = None
        self._progress_lock = threading.Lock()
        self._progress: tuple[Any, ...] | None = None

    def __repr__(self) -> str:
        return f"<Task {self.id} {self.name!r} {self.state}>"

    @property
    def finished(self) -> bool:
        return self.state in (TaskState.DONE, TaskState.FAILED, TaskState.CANCELLED)

    @property
    def cancelled(self) -> bool:
        """Whether its callbacks will be (or were) dropped."""
        return self.dropped

    def cancel(self) -> None:
        """Ask the work to stop and drop every callback still to come."""
        self.dropped = True
        self.cancel_event.set()

    def stop(self) -> None:
        """Ask the work to stop early; its result (what it did so far) still comes back."""
        self.cancel_event.set()

    def _on_owner_destroyed(self, *_: object) -> None:
        self.owner = None
        self.owner_link = None
        self.cancel()

    def _report(self, values: tuple[Any, ...]) -> None:
        relay = self.relay
        if relay is None or self.ended.is_set():
            return
        with self._progress_lock:
            self._progress = values
        relay.post()

    def _take_progress(self) -> tuple[Any, ...] | None:
        with self._progress_lock:
            values, self._progress = self._progress, None
        return values


class TaskRunner(QObject):
    """Runs work functions on a small private thread pool; callbacks run on the GUI thread.

    Create it on the GUI thread. :meth:`shutdown` (or destroying the runner) cancels every
    task; shutdown also waits for the pool's threads to end.
    """

    live: ClassVar[weakref.WeakSet[TaskRunner]] = weakref.WeakSet()
    _ended = Signal(int)  # task id; emitted from a pool thread

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        max_threads: int = 3,
        name: str = "tasks",
        progress_interval_s: float = PROGRESS_INTERVAL_S,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._pool = QThreadPool(self)
        self._pool.setObjectName(f"{name}-pool")
        self._pool.setMaxThreadCount(max(1, max_threads))
        self._pool.setExpiryTimeout(5000)
        self._interval = progress_interval_s
        self._gate = Gate()
        self._tasks: dict[int, Task] = {}
        self._ids = itertools.count(1)
        self._ended.connect(self._on_ended, Qt.ConnectionType.QueuedConnection)
        gate, tasks = self._gate, self._tasks
        # Destroyed without shutdown (its parent went): stop emitting, ask the work to end;
        # the pool's own destructor then waits for its threads.
        self.destroyed.connect(lambda *_: _abandon(gate, tasks))
        TaskRunner.live.add(self)

    # --- public API -----------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """Whether a task is queued, running, or its outcome is not yet delivered."""
        return bool(self._tasks)

    @property
    def closed(self) -> bool:
        return self._gate.closed

    def unfinished(self) -> list[Task]:
        """Tasks whose work is queued or still running."""
        return [t for t in self._tasks.values() if not t.ended.is_set()]

    def run(
        self,
        work: Callable[[TaskContext], T],
        *,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        on_progress: Callable[..., None] | None = None,
        owner: QObject | None = None,
        name: str = "task",
    ) -> Task:
        """Start ``work(ctx)`` on the pool. After :meth:`shutdown` the task comes back
        already cancelled and nothing runs."""
        if QThread.currentThread() is not self.thread():
            raise RuntimeError("TaskRunner.run must be called on the runner's own thread")
        task = Task(next(self._ids), name, owner, on_done, on_error, on_progress)
        if self._gate.closed:
            task.cancel()
            task.ended.set()
            task.state = TaskState.CANCELLED
            return task
        if on_progress is not None:
            deliver = functools.partial(self._deliver_progress, task)
            task.relay = Relay(deliver, min_interval_s=self._interval, parent=self)
        if owner is not None:
            task.owner_link = owner.destroyed.connect(task._on_owner_destroyed)
        self._tasks[task.id] = task
        self._pool.start(functools.partial(self._execute, task, work))
        return task

    def cancel_all(self, owner: QObject | None = None) -> None:
        """Cancel every task (of ``owner`` only, when given); their callbacks are dropped."""
        for task in list(self._tasks.values()):
            if owner is None or task.owner is owner:
                task.cancel()

    def wait(self, task: Task, timeout_s: float | None = None) -> bool:
        """Block until ``task``'s work ends, then deliver its outcome now (GUI thread).
        False if it is still running after ``timeout_s``."""
        if not task.ended.wait(timeout_s):
            return False
        self._complete(task)
        return True

    def shutdown(self, timeout_s: float | None = 10.0) -> bool:
        """Cancel every task, wait for the pool's threads to end, and drop every callback.
        True when everything ended within ``timeout_s`` (None: wait as long as it takes)."""
        self._gate.close()
        self.cancel_all()
        self._pool.clear()  # queued work never starts
        ended = self._pool.waitForDone(-1 if timeout_s is None else int(timeout_s * 1000))
        for task in list(self._tasks.values()):
            if task.ended.is_set() or not task.started:
                self._complete(task)
        if ended:
            TaskRunner.live.discard(self)
        return bool(ended) and not self._tasks

    @classmethod
    def reap(cls, timeout_s: float = 10.0) -> list[str]:
        """Shut down every live runner (tests, app exit); the tasks that were still queued or
        running, as "runner: task" (and any runner whose threads did not end)."""
        left: list[str] = []
        for runner in list(cls.live):
            if not isValid(runner):
                cls.live.discard(runner)
                continue
            name = runner.objectName()
            left += [f"{name}: {task.name}" for task in runner.unfinished()]
            if not runner.shutdown(timeout_s):
                left.append(f"{name}: its threads did not end within {timeout_s:g} s")
        return left

    # --- pool thread ----------------------------------------------------------------------

    def _execute(self, task: Task, work: Callable[[TaskContext], Any]) -> None:
        gate = self._gate
        result: Any = None
        error: Exception | None = None
        try:
            if gate.closed or task.dropped:
                return
            task.started = True
            try:
                result = work(TaskContext(task))
            except Exception as exc:  # handed to the GUI thread, which says it plainly
                error = exc
            task.outcome = (result, error)
        finally:
            task.ended.set()
            with gate.lock:  # under the lock: shutdown cannot slip in between
                if not gate.closed and isValid(self):
                    try:
                        self._ended.emit(task.id)
                    except RuntimeError:  # destroyed this instant, before its gate closed
                        pass

    # --- GUI thread -----------------------------------------------------------------------

    def _on_ended(self, task_id: int) -> None:
        task = self._tasks.get(task_id)
        if task is not None:
            self._complete(task)

    def _deliverable(self, task: Task) -> bool:
        if task.dropped or self._gate.closed:
            return False
        return task.owner is None or isValid(task.owner)

    def _deliver_progress(self, task: Task) -> None:
        values = task._take_progress()
        if values is not None and task.on_progress is not None and self._deliverable(task):
            task.on_progress(*values)

    def _complete(self, task: Task) -> None:
        """Deliver ``task``'s outcome (once) and forget it."""
        if self._tasks.pop(task.id, None) is None:
            return
        if task.owner_link is not None and task.owner is not None and isValid(task.owner):
            QObject.disconnect(task.owner_link)
        task.owner_link = None
        if task.relay is not None:
            task.relay.flush()  # the last progress report comes before the result
            task.relay.close()
            task.relay.deleteLater()
            task.relay = None
        result, error = task.outcome
        if not task.started or not self._deliverable(task) or isinstance(error, TaskCancelled):
            task.state = TaskState.CANCELLED
            return
        if error is None:
            task.state = TaskState.DONE
            if task.on_done is not None:
                task.on_done(result)
        else:
            task.state = TaskState.FAILED
            if task.on_error is not None:
                task.on_error(error)
            else:
                log.error(
                    "Background task %r failed: %s (%s)",
                    task.name,
                    error,
                    type(error).__name__,
                    exc_info=error,
                )


def _abandon(gate: Gate, tasks: dict[int, Task]) -> None:
    gate.close()
    for task in list(tasks.values()):
        task.cancel()
