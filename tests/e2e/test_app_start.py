"""The real app started as a user would (`python -m desktop`), headless, in a fresh process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def start(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Start the app as a user would: no Chromium flags of our own (as root, the app itself
    must add what Chromium needs)."""
    env = dict(
        os.environ,
        QWEN_DESK_HOME=str(home),
        QWEN_DESK_STARTUP_PROBE="1",
        QT_QPA_PLATFORM="offscreen",
    )
    env.pop("QTWEBENGINE_CHROMIUM_FLAGS", None)
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_starts_shows_the_window_and_exits_cleanly(tmp_path: Path):
    home = tmp_path / "home"
    result = start(home)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "window shown at" in result.stdout
    assert (home / "data" / "history.sqlite3").exists()
    assert not (home / "data" / "running.marker").exists(), "a clean exit removes the marker"
    assert (home / "logs" / "qwen-desk.log").exists()
    if os.geteuid() == 0:  # as on containers, CI and these machines
        assert "--no-sandbox" in (home / "logs" / "qwen-desk.log").read_text()


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


def test_without_a_usable_display_it_says_why_instead_of_aborting(tmp_path: Path):
    """Qt's own failure is an abort (exit 134) naming a library that may well be installed."""
    home = tmp_path / "home"
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE")
    }
    env["QWEN_DESK_HOME"] = str(home)
    result = subprocess.run(
        [sys.executable, "-m", "desktop"], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 1, result.stderr[-2000:]
    assert result.stderr.startswith("Qwen Desk cannot open its window: ")
    assert "apt-get install" in result.stderr or "no display was found" in result.stderr
    assert not (home / "data" / "running.marker").exists()


OPEN_WITHOUT_WEBENGINE = """
import sys
sys.modules["PySide6.QtWebEngineWidgets"] = None  # as where PySide6's add-on is missing
from desktop.__main__ import main
sys.exit(main())
"""


def test_without_qtwebengine_the_window_still_opens(tmp_path: Path):
    home = tmp_path / "home"
    env = dict(
        os.environ,
        QWEN_DESK_HOME=str(home),
        QWEN_DESK_STARTUP_PROBE="1",
        QT_QPA_PLATFORM="offscreen",
    )
    result = subprocess.run(
        [sys.executable, "-c", OPEN_WITHOUT_WEBENGINE],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "window shown at" in result.stdout
