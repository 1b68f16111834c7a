"""The real app started as a user would (`python -m desktop`), headless, in a fresh process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def start(home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ,
        QWEN_DESK_HOME=str(home),
        QWEN_DESK_STARTUP_PROBE="1",
        QT_QPA_PLATFORM="offscreen",
        QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox",
    )
    return subprocess.run(
        [sys.executable, "-m", "desktop"], env=env, capture_output=True, text=True, timeout=120
    )


def test_starts_shows_the_window_and_exits_cleanly(tmp_path: Path):
    home = tmp_path / "home"
    result = start(home)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "window shown after" in result.stdout
    assert (home / "data" / "history.sqlite3").exists()
    assert not (home / "data" / "running.marker").exists(), "a clean exit removes the marker"
    assert (home / "logs" / "qwen-desk.log").exists()


def test_after_a_crash_a_damaged_history_is_set_aside(tmp_path: Path):
    home = tmp_path / "home"
    assert start(home).returncode == 0
    data = home / "data"
    (data / "running.marker").touch()  # as a killed process leaves it
    database = data / "history.sqlite3"
    content = bytearray(database.read_bytes())
    content[4096:8192] = b"\xff" * 4096  # damage a page, keep the header
    database.write_bytes(bytes(content))
    result = start(home)
    assert result.returncode == 0, result.stderr[-2000:]
    assert list(data.glob("history.sqlite3.*")), "the damaged file was moved aside"
