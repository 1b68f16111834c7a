"""Crash safety for real: a child process streams a reply and is killed with SIGKILL."""

from __future__ import annotations

import os
import select
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.core.history.store import HistoryStore
from tests.unit.history_crash_child import STALL_AFTER, chunk_text, chunk_thinking

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("history_crash_child.py")
pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


class LineReader:
    """Lines from a child's stdout with a deadline, without a reader thread."""

    def __init__(self, proc: subprocess.Popen[bytes]) -> None:
        assert proc.stdout is not None
        self.proc = proc
        self.fd = proc.stdout.fileno()
        self.buffer = b""

    def line(self, timeout: float = 20.0) -> str:
        deadline = time.monotonic() + timeout
        while b"\n" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError("the child went quiet")
            ready, _, _ = select.select([self.fd], [], [], left)
            if ready:
                data = os.read(self.fd, 65536)
                if not data:
                    err = self.proc.stderr.read().decode() if self.proc.stderr else ""
                    raise AssertionError(f"the child exited early: {err}")
                self.buffer += data
        line, self.buffer = self.buffer.split(b"\n", 1)
        return line.decode()


def _prepare(db: Path) -> tuple[int, list[tuple[int, str, str, str]]]:
    store, _ = HistoryStore.open(db)
    conversation = store.create_conversation()
    for turn in range(3):
        store.add_user_message(conversation.id, f"question {turn} 你好 🎉")
        store.add_message(
            conversation.id, "assistant", f"answer {turn}", thinking=f"thought {turn}"
        )
    earlier = [(m.id, m.role, m.content, m.thinking) for m in store.path(conversation.id)]
    store.close()
    return conversation.id, earlier


def _start(db: Path, conversation_id: int, mode: str) -> subprocess.Popen[bytes]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, str(CHILD), str(db), str(conversation_id), mode],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=ROOT,
    )


def _check_after_kill(
    db: Path, conversation_id: int, earlier: list[tuple[int, str, str, str]], reply_id: int
) -> tuple[str, str]:
    raw = sqlite3.connect(db)
    assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    raw.close()
    store, note = HistoryStore.open(db)
    try:
        assert note is None
        thread = store.path(conversation_id)
        assert [(m.id, m.role, m.content, m.thinking) for m in thread[:6]] == earlier
        assert thread[6].role == "user"
        assert thread[6].content == "Tell me a long story."
        reply = thread[7]
        assert reply.id == reply_id
        assert reply.interrupted
        assert reply.state == "interrupted"
        assert reply.model == "crash-test"
        return reply.content, reply.thinking
    finally:
        store.close()


def test_sigkill_while_streaming_keeps_all_text_older_than_a_second(tmp_path: Path) -> None:
    db = tmp_path / "history.sqlite3"
    conversation_id, earlier = _prepare(db)
    proc = _start(db, conversation_id, "stream")
    try:
        reader = LineReader(proc)
        reply_id = int(reader.line().split()[1])
        appended: list[tuple[int, float]] = []
        while True:
            _, index, stamp = reader.line().split()
            appended.append((int(index), float(stamp)))
            if appended[-1][1] - appended[0][1] >= 2.2:
                break
        proc.send_signal(signal.SIGKILL)
        killed_at = time.monotonic()
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()
    assert proc.returncode == -signal.SIGKILL

    content, thinking = _check_after_kill(db, conversation_id, earlier, reply_id)
    # What was saved is exactly the first N chunks: no gap, no garbage.
    saved = content.count("<")
    assert content == "".join(chunk_text(i) for i in range(saved))
    assert thinking == "".join(chunk_thinking(i) for i in range(saved))
    old_enough = [i for i, stamp in appended if stamp < killed_at - 1.0]
    assert old_enough, "the child should have streamed for more than a second"
    assert saved >= max(old_enough) + 1


def test_sigkill_during_a_stall_keeps_everything_appended(tmp_path: Path) -> None:
    """No append comes after the stall, so only the store's own timer can commit the tail."""
    db = tmp_path / "history.sqlite3"
    conversation_id, earlier = _prepare(db)
    proc = _start(db, conversation_id, "stall")
    try:
        reader = LineReader(proc)
        reply_id = int(reader.line().split()[1])
        line = reader.line()
        while not line.startswith("stalled"):
            line = reader.line()
        stalled_at = float(line.split()[1])
        # The one wait that is a duration by design: the promise is "within ~1 s".
        time.sleep(max(0.0, stalled_at + 1.2 - time.monotonic()))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()

    content, thinking = _check_after_kill(db, conversation_id, earlier, reply_id)
    assert content == "".join(chunk_text(i) for i in range(STALL_AFTER))
    assert thinking == "".join(chunk_thinking(i) for i in range(STALL_AFTER))
