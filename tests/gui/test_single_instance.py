"""One Qwen Desk per app home: a second launch hands its model to the first and never opens
the history; a crashed first instance does not block the next start."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.gui.single_instance import LOCK_NAME, SingleInstance, server_name
from tests.robustness_counts import faults_injected

ROOT = Path(__file__).resolve().parents[2]

SECOND_LAUNCH = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from desktop.gui.single_instance import SingleInstance
app = QApplication([])
guard = SingleInstance(Path(sys.argv[1]))
model = Path(sys.argv[2]) if len(sys.argv) > 2 else None
claimed = guard.claim(model)
print("claimed" if claimed else ("handed over" if guard.handed_over else "refused"))
print(guard.refusal)
sys.stdout.flush()
if "--crash" in sys.argv:
    import os
    os._exit(9)  # dies holding the lock and the socket, as a crash does
"""

FIRST_INSTANCE = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desktop.gui.single_instance import SingleInstance
app = QApplication([])
guard = SingleInstance(Path(sys.argv[1]))
assert guard.claim()
def received(path):
    print("received", path, flush=True)
    QTimer.singleShot(100, app.quit)
guard.activated.connect(received)
print("listening", flush=True)
QTimer.singleShot(60000, app.quit)
app.exec()
"""


def _python(script: str, *args: str) -> list[str]:
    return [sys.executable, "-c", script, *args]


def _env() -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "home" / "data"


@pytest.fixture
def guard(qapp: Any, data_dir: Path) -> Iterator[SingleInstance]:
    first = SingleInstance(data_dir)
    yield first
    first.release()


def test_a_second_launch_hands_its_model_to_the_first(
    qtbot: Any, guard: SingleInstance, data_dir: Path
) -> None:
    assert guard.claim()
    received: list[Path | None] = []
    guard.activated.connect(received.append)
    second = subprocess.Popen(
        _python(SECOND_LAUNCH, str(data_dir), "some/model.gguf"),
        env=_env(),
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    qtbot.waitUntil(lambda: bool(received), timeout=20000)
    out, _ = second.communicate(timeout=20)
    assert second.returncode == 0
    assert out.splitlines()[0] == "handed over"
    assert "already running: its window was brought forward to open model.gguf" in out
    assert received == [(ROOT / "some" / "model.gguf").resolve()]


def test_a_launch_without_a_model_just_brings_the_first_forward(
    qtbot: Any, guard: SingleInstance, data_dir: Path
) -> None:
    assert guard.claim()
    received: list[Path | None] = []
    guard.activated.connect(received.append)
    second = subprocess.Popen(_python(SECOND_LAUNCH, str(data_dir)), env=_env(), cwd=ROOT)
    qtbot.waitUntil(lambda: bool(received), timeout=20000)
    assert second.wait(20) == 0
    assert received == [None]


def test_another_home_is_another_instance(guard: SingleInstance, tmp_path: Path) -> None:
    assert guard.claim()
    other = subprocess.run(
        _python(SECOND_LAUNCH, str(tmp_path / "portable" / "data")),
        env=_env(),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert other.stdout.splitlines()[0] == "claimed"
    assert server_name(tmp_path / "portable" / "data") != guard.name


def test_a_crashed_instance_does_not_block_the_next_start(qapp: Any, data_dir: Path) -> None:
    crashed = subprocess.run(
        _python(SECOND_LAUNCH, str(data_dir), "--crash"),
        env=_env(),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=30,
    )
    faults_injected()
    assert crashed.returncode == 9
    assert crashed.stdout.splitlines()[0] == "claimed"
    assert (data_dir / LOCK_NAME).exists()  # left behind, with a dead process in it
    after = SingleInstance(data_dir)
    try:
        assert after.claim()
    finally:
        after.release()


def test_a_first_instance_that_does_not_answer_is_named(
    guard: SingleInstance, data_dir: Path
) -> None:
    """The first instance here is this very thread, busy in claim(): it cannot answer."""
    assert guard.claim()
    second = SingleInstance(data_dir)
    assert not second.claim(Path("x.gguf"))
    assert not second.handed_over
    assert f"already running (process {os.getpid()})" in second.refusal
    assert "does not answer" in second.refusal


@pytest.mark.slow
def test_the_real_app_as_second_launch_never_opens_the_history(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = dict(_env(), QWEN_DESK_HOME=str(home), QWEN_DESK_STARTUP_PROBE="1")
    first = subprocess.Popen(
        _python(FIRST_INSTANCE, str(home / "data")),
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert first.stdout is not None
        assert first.stdout.readline().strip() == "listening"
        model = tmp_path / "model.gguf"
        second = subprocess.run(
            [sys.executable, "-m", "desktop", "--model", str(model)],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert second.returncode == 0, second.stderr[-2000:]
        assert "Qwen Desk is already running" in second.stderr
        assert first.stdout.readline().strip() == f"received {model.resolve()}"
        assert not (home / "data" / "history.sqlite3").exists()  # the second never opened it
        assert not (home / "data" / "running.marker").exists()
    finally:
        first.kill()
        first.wait(10)
