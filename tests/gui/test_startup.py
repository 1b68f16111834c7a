"""Start-up: Chromium's flag as root, a plain reason when no window can open, the running
marker gone after a failed start, and the plain transcript when QtWebEngine cannot start."""

from __future__ import annotations

import logging
import os
import signal
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtWidgets import QLabel, QTextBrowser

from desktop.core.history.records import HistoryError
from desktop.gui.chat.view import ChatView, MessageView
from desktop.gui.startup import MARKER_NAME, RunningMarker
from desktop.gui.webengine_setup import (
    FLAGS_ENV,
    display_problem,
    prepare_webengine_environment,
    qt_platform,
)
from tests.robustness_counts import faults_injected

# -- Chromium as root ------------------------------------------------------------------------


def test_root_on_linux_gets_no_sandbox_after_the_users_own_flags(
    caplog: pytest.LogCaptureFixture,
) -> None:
    environ = {FLAGS_ENV: "--disable-gpu"}
    with caplog.at_level(logging.WARNING):
        assert prepare_webengine_environment(environ, euid=0, platform="linux")
    assert environ[FLAGS_ENV] == "--disable-gpu --no-sandbox"
    assert not prepare_webengine_environment(environ, euid=0, platform="linux")  # once only
    assert environ[FLAGS_ENV] == "--disable-gpu --no-sandbox"


def test_no_flag_for_a_normal_user_or_another_system() -> None:
    for euid, platform in ((1000, "linux"), (0, "darwin"), (0, "win32")):
        environ: dict[str, str] = {}
        assert not prepare_webengine_environment(environ, euid=euid, platform=platform)
        assert FLAGS_ENV not in environ


def test_the_gui_tests_get_the_flag_from_the_apps_own_code() -> None:
    """tests/conftest.py no longer sets it: only prepare_webengine_environment does."""
    flags = os.environ.get(FLAGS_ENV, "").split()
    assert ("--no-sandbox" in flags) == (os.geteuid() == 0)


# -- no window possible ----------------------------------------------------------------------


def _loadable_except(*missing: str) -> Any:
    return lambda name: not any(name.endswith(m) for m in (*missing, "libqxcb.so"))


def test_missing_x11_libraries_are_named_with_the_command_that_installs_them(
    tmp_path: Path,
) -> None:
    plugin = tmp_path / "libqxcb.so"
    plugin.write_bytes(b"")
    message = display_problem(
        {"DISPLAY": ":0"},
        platform="linux",
        loadable=_loadable_except("libxcb-icccm.so.4", "libxcb-keysyms.so.1"),
        plugin=lambda: plugin,
        euid=0,
    )
    assert message is not None
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in message
    assert "libxcb-cursor" not in message  # Qt's own error names this one, though present
    if "apt-get" in message:
        assert "\n    apt-get install libxcb-icccm4 libxcb-keysyms1\n" in message


def test_no_display_is_said_plainly() -> None:
    message = display_problem(
        {}, platform="linux", loadable=lambda name: True, plugin=lambda: Path("/nonexistent")
    )
    assert message is not None
    assert "no display was found" in message


def test_offscreen_wayland_and_other_systems_are_not_checked() -> None:
    assert qt_platform({"QT_QPA_PLATFORM": "offscreen"}) == "offscreen"
    assert qt_platform({"WAYLAND_DISPLAY": "w", "XDG_SESSION_TYPE": "wayland"}) == "wayland"
    assert qt_platform({"DISPLAY": ":0"}) == "xcb"
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, platform="linux") is None
    assert display_problem({}, platform="darwin") is None


# -- the running marker ----------------------------------------------------------------------


def test_the_marker_says_whether_the_last_run_ended_cleanly(tmp_path: Path) -> None:
    with RunningMarker(tmp_path) as first:
        assert not first.crashed
        assert (tmp_path / MARKER_NAME).exists()
    assert not (tmp_path / MARKER_NAME).exists()
    (tmp_path / MARKER_NAME).touch()  # as a killed process leaves it
    with RunningMarker(tmp_path) as second:
        assert second.crashed


@pytest.fixture
def app_logging() -> Iterator[None]:
    """run_app adds a log file handler to the root logger; take it away again."""
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    yield
    for handler in [h for h in root.handlers if h not in before]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)


@pytest.mark.usefixtures("qapp", "app_logging")
def test_a_start_that_cannot_open_the_history_leaves_no_marker(
    app_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop import app
    from desktop.core.history import store

    def refuse(*args: object, **kwargs: object) -> None:
        raise HistoryError("The conversation history could not be opened (test).", "io")

    shown: list[str] = []
    monkeypatch.setattr(store.HistoryStore, "open", refuse)
    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.critical", lambda *args: shown.append(args[2])
    )
    faults_injected()
    assert app.run_app() == 1
    assert shown == ["The conversation history could not be opened (test)."]
    assert not (app_home / "data" / MARKER_NAME).exists()


@pytest.mark.usefixtures("qapp", "app_logging")
def test_a_start_that_fails_building_the_window_leaves_no_marker(
    app_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop import app
    from desktop.gui.window import main_window

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("the window could not be built (test)")

    monkeypatch.setattr(main_window, "MainWindow", broken)
    faults_injected()
    with pytest.raises(RuntimeError, match="test"):
        app.run_app()
    assert not (app_home / "data" / MARKER_NAME).exists()


# -- QtWebEngine failing at start-up -----------------------------------------------------------


def _plain_note(view: ChatView) -> str:
    note = view.findChild(QLabel, "chatPlainNote")
    assert note is not None
    return note.text()


def test_qtwebengine_that_cannot_be_imported_gives_the_plain_view_and_a_notice(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "desktop.gui.chat.web_view", None)  # import fails
    faults_injected()
    view = ChatView()
    qtbot.addWidget(view)
    assert not view.is_rich
    assert _plain_note(view).startswith("Rich transcript unavailable: QtWebEngine could not")
    view.set_messages([MessageView(1, "user", "Still readable")])
    browser = view.findChild(QTextBrowser, "chatPlainBrowser")
    assert browser is not None
    assert "Still readable" in browser.toPlainText()


def test_a_renderer_killed_at_start_up_gives_the_plain_view_and_a_notice(qtbot: Any) -> None:
    from PySide6.QtWebEngineWidgets import QWebEngineView

    view = ChatView()
    view.resize(600, 400)
    view.show()
    view.set_messages([MessageView(1, "user", "Before the crash")])
    web = view.findChild(QWebEngineView)
    assert web is not None
    page = web.page()
    qtbot.waitUntil(lambda: page.renderProcessPid() > 0, timeout=20000)
    os.kill(page.renderProcessPid(), signal.SIGKILL)  # Chromium's renderer dies
    faults_injected()
    qtbot.waitUntil(lambda: not view.is_rich, timeout=20000)
    assert "renderer stopped" in _plain_note(view)
    browser = view.findChild(QTextBrowser, "chatPlainBrowser")
    assert browser is not None
    assert "Before the crash" in browser.toPlainText()
    shiboken6.delete(view)
