"""The one background-task API: results, errors and progress on the GUI thread, cancel,
owners, shutdown, and the relay it is built on."""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot
from shiboken6 import delete

from desktop.gui.relay import Relay
from desktop.gui.tasks import TaskContext, TaskRunner, TaskState

MAIN = threading.get_ident()


@pytest.fixture
def runner(qtbot: QtBot):
    made = TaskRunner(name="test-runner", progress_interval_s=0.05)
    yield made
    made.shutdown()


def blocker(release: threading.Event, seen: list[str] | None = None):
    """Work that waits for ``release`` (or its cancel flag) and notes what it saw."""

    def work(ctx: TaskContext) -> str:
        while not release.wait(0.01):
            if seen is not None and ctx.cancelled.is_set() and "cancelled" not in seen:
                seen.append("cancelled")
        return "released"

    return work


def test_result_arrives_on_the_gui_thread(qtbot: QtBot, runner: TaskRunner) -> None:
    got: list[tuple[int, int]] = []
    task = runner.run(
        lambda ctx: threading.get_ident(),
        on_done=lambda worker: got.append((worker, threading.get_ident())),
        name="ident",
    )
    qtbot.waitUntil(lambda: bool(got))
    worker, caller = got[0]
    assert worker != MAIN, "the work ran off the GUI thread"
    assert caller == MAIN, "the callback ran on the GUI thread"
    assert task.state is TaskState.DONE
    assert not runner.busy


def test_error_arrives_on_the_gui_thread(qtbot: QtBot, runner: TaskRunner) -> None:
    errors: list[tuple[Exception, int]] = []

    def work(ctx: TaskContext) -> None:
        raise ValueError("the file is damaged")

    task = runner.run(
        work,
        on_done=lambda _: pytest.fail("no result for failed work"),
        on_error=lambda exc: errors.append((exc, threading.get_ident())),
    )
    qtbot.waitUntil(lambda: bool(errors))
    exc, caller = errors[0]
    assert isinstance(exc, ValueError)
    assert str(exc) == "the file is damaged"
    assert caller == MAIN
    assert task.state is TaskState.FAILED


def test_error_without_a_handler_is_logged_plainly(
    qtbot: QtBot, runner: TaskRunner, caplog: pytest.LogCaptureFixture
) -> None:
    def work(ctx: TaskContext) -> None:
        raise OSError("disk unplugged")

    with caplog.at_level(logging.ERROR, logger="desktop.gui.tasks"):
        task = runner.run(work, name="read the models folder")
        qtbot.waitUntil(lambda: task.finished)
    assert task.state is TaskState.FAILED
    messages = [r.getMessage() for r in caplog.records]
    assert any("read the models folder" in m and "disk unplugged" in m for m in messages)


def test_cancel_drops_the_result_and_tells_the_work(qtbot: QtBot, runner: TaskRunner) -> None:
    release, seen, done = threading.Event(), list[str](), list[str]()
    task = runner.run(blocker(release, seen), on_done=done.append)
    qtbot.waitUntil(lambda: task.started)
    task.cancel()
    qtbot.waitUntil(lambda: "cancelled" in seen)  # the work saw ctx.cancelled
    release.set()
    qtbot.waitUntil(lambda: not runner.busy)
    assert task.state is TaskState.CANCELLED
    assert done == []


def test_cancel_before_start_never_runs_the_work(qtbot: QtBot) -> None:
    one = TaskRunner(max_threads=1, name="one-thread")
    release, ran = threading.Event(), []
    first = one.run(blocker(release))
    second = one.run(lambda ctx: ran.append("ran"))
    second.cancel()
    release.set()
    qtbot.waitUntil(lambda: not one.busy)
    assert first.state is TaskState.DONE
    assert second.state is TaskState.CANCELLED
    assert ran == []
    assert one.shutdown()


def test_stop_ends_early_but_keeps_the_result(qtbot: QtBot, runner: TaskRunner) -> None:
    done: list[int] = []

    def work(ctx: TaskContext) -> int:
        steps = 0
        while not ctx.cancelled.wait(0.01):
            steps += 1
        return steps

    task = runner.run(work, on_done=done.append)
    qtbot.waitUntil(lambda: task.started)
    task.stop()
    qtbot.waitUntil(lambda: bool(done))
    assert task.state is TaskState.DONE


def test_destroyed_owner_drops_callbacks_and_cancels(qtbot: QtBot, runner: TaskRunner) -> None:
    owner = QObject()
    release, seen, calls = threading.Event(), list[str](), list[object]()

    def work(ctx: TaskContext) -> str:
        result = blocker(release, seen)(ctx)
        ctx.progress(1)  # after the owner went: dropped too
        return result

    task = runner.run(
        work, on_done=calls.append, on_progress=calls.append, on_error=calls.append, owner=owner
    )
    qtbot.waitUntil(lambda: task.started)
    delete(owner)
    qtbot.waitUntil(lambda: "cancelled" in seen)
    release.set()
    qtbot.waitUntil(lambda: not runner.busy)
    assert task.state is TaskState.CANCELLED
    assert calls == []


def test_progress_is_throttled_in_order_and_the_last_comes_before_the_result(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    events: list[tuple[str, Any]] = []
    steps = 400

    def work(ctx: TaskContext) -> str:
        started = time.monotonic()
        for i in range(steps):
            ctx.progress(i, steps)
            ctx.cancelled.wait(0.0005)  # a busy worker: reports far faster than 20/s
        return f"{time.monotonic() - started:.3f}"

    def progressed(done: int, total: int) -> None:
        assert threading.get_ident() == MAIN
        events.append(("progress", done))

    runner.run(work, on_progress=progressed, on_done=lambda r: events.append(("done", r)))
    qtbot.waitUntil(lambda: bool(events) and events[-1][0] == "done", timeout=10_000)
    values = [v for kind, v in events if kind == "progress"]
    elapsed = float(events[-1][1])
    assert values == sorted(set(values)), "never an older report after a newer one"
    assert values[-1] == steps - 1, "the last report arrives"
    assert events[-2] == ("progress", steps - 1), "and before the result"
    assert len(values) <= elapsed / 0.05 + 3, f"{len(values)} reports in {elapsed} s"


def test_wait_delivers_the_outcome_at_once(runner: TaskRunner) -> None:
    done: list[str] = []
    task = runner.run(lambda ctx: "ready", on_done=done.append)
    assert runner.wait(task, 10)
    assert done == ["ready"]
    assert task.state is TaskState.DONE


def test_shutdown_cancels_waits_and_joins_the_threads(qtbot: QtBot) -> None:
    runner = TaskRunner(name="shutdown", max_threads=1)
    ended, done, tids = threading.Event(), list[object](), list[int]()

    def work(ctx: TaskContext) -> None:
        tids.append(threading.get_native_id())
        ctx.cancelled.wait(30)
        ended.set()

    task = runner.run(work, on_done=done.append)
    queued = [runner.run(lambda ctx: done.append("ran")) for _ in range(5)]
    qtbot.waitUntil(lambda: task.started)
    assert runner in TaskRunner.live
    assert runner.shutdown(timeout_s=10)
    assert ended.is_set(), "shutdown returned only after the work ended"
    assert task.state is TaskState.CANCELLED
    assert all(t.state is TaskState.CANCELLED for t in queued)
    assert done == []
    assert runner not in TaskRunner.live
    assert not runner.busy
    if Path("/proc/self/task").is_dir():  # Linux: the pool's thread exits, not parked
        # (Qt waits for the thread function; the OS entry goes a moment later)
        qtbot.waitUntil(lambda: not Path(f"/proc/self/task/{tids[0]}").exists(), timeout=2000)
    late = runner.run(lambda ctx: done.append("late"))
    assert late.state is TaskState.CANCELLED
    assert done == []


def test_shutdown_reports_work_that_does_not_end(qtbot: QtBot) -> None:
    runner = TaskRunner(name="stubborn")
    release = threading.Event()
    task = runner.run(lambda ctx: release.wait(30), name="ignores cancel")
    qtbot.waitUntil(lambda: task.started)
    assert not runner.shutdown(timeout_s=0.05)
    assert runner.unfinished() == [task]
    release.set()
    assert runner.shutdown(timeout_s=10)
    assert task.state is TaskState.CANCELLED


def test_reap_names_tasks_left_running(qtbot: QtBot) -> None:
    """What tests/gui/conftest.py runs after every test."""
    runner = TaskRunner(name="forgotten")
    idle = TaskRunner(name="idle")
    task = runner.run(lambda ctx: ctx.cancelled.wait(30), name="header read")
    qtbot.waitUntil(lambda: task.started)
    assert TaskRunner.reap() == ["forgotten: header read"]
    assert runner not in TaskRunner.live
    assert idle not in TaskRunner.live
    assert TaskRunner.reap() == []


def test_destroying_a_runner_cancels_its_work(qtbot: QtBot) -> None:
    parent = QObject()
    runner = TaskRunner(parent, name="child")
    seen: list[str] = []
    release = threading.Event()
    task = runner.run(blocker(release, seen), on_done=seen.append)

    qtbot.waitUntil(lambda: task.started)
    release.set()  # the pool's destructor waits for the work, which must be able to end
    delete(parent)
    assert task.dropped
    assert "released" not in seen


def test_run_off_the_gui_thread_is_refused(runner: TaskRunner) -> None:
    errors: list[BaseException] = []

    def call() -> None:
        try:
            runner.run(lambda ctx: None)
        except RuntimeError as exc:
            errors.append(exc)

    thread = threading.Thread(target=call)
    thread.start()
    thread.join()
    assert errors


def test_relay_coalesces_posts_from_any_thread(qtbot: QtBot) -> None:
    calls: list[int] = []
    relay = Relay(lambda: calls.append(threading.get_ident()), min_interval_s=0.05)

    def hammer() -> None:
        for _ in range(5000):
            relay.post()

    threads = [threading.Thread(target=hammer) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    qtbot.waitUntil(lambda: bool(calls) and not relay.pending)
    assert 1 <= len(calls) <= 3, "10,000 posts made a call or two, not 10,000"
    assert set(calls) == {MAIN}
    relay.close()
    relay.post()
    assert not relay.pending
