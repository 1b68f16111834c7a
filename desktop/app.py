"""Composition root: builds the QApplication, the services and the main window."""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import time
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from desktop.core.paths import app_paths, resources_dir
from desktop.core.settings import load_settings


def setup_logging(log_dir: Path) -> None:
    handler = logging.handlers.RotatingFileHandler(
        log_dir / "qwen-desk.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


STARTUP_PROBE_ENV = "QWEN_DESK_STARTUP_PROBE"


def _probe_startup(app: Any, window: Any) -> None:
    """For benchmarks/cold_start.py: print the wall-clock times at which the main window has
    finished its first paint and the transcript is ready (the benchmark subtracts the time it
    launched the process), then quit. The first is taken from a paint event of the window
    itself, not from the first turn of the event loop, which can come before anything is on
    screen."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    def finish() -> None:
        window.close()
        app.quit()

    def transcript_ready() -> None:
        print(f"transcript ready at {time.time():.3f}", flush=True)
        finish()

    def shown() -> None:
        # Not psutil's create_time: it rests on the boot time in whole seconds, up to 1 s off.
        print(f"window shown at {time.time():.3f}", flush=True)
        if window.chat_view._is_ready:
            transcript_ready()
        else:
            window.chat_view.ready.connect(transcript_ready)
            QTimer.singleShot(30_000, finish)

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)  # the first paint only
                QTimer.singleShot(0, shown)  # after this paint has been handed to the screen
            return False

    window.installEventFilter(FirstPaint(window))


PRELOAD_AFTER_MS = 300  # after the first paint: what the first reply needs, off the GUI thread


def _load_renderer() -> None:
    """Import the Markdown and maths renderer: left out of start-up to show the window sooner,
    loaded once the window is up (a background task) so the first reply does not pay for it
    on the GUI thread."""
    import latex2mathml.converter  # noqa: F401

    import desktop.render.markdown  # noqa: F401


def run_app(model: Path | None = None) -> int:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop.core.history.store import HistoryError, HistoryStore
    from desktop.core.i18n import translate
    from desktop.gui.app_state import build_state
    from desktop.gui.window.main_window import MainWindow

    paths = app_paths().ensure()
    setup_logging(paths.logs)
    from desktop.gui.startup import RunningMarker, preflight

    if (refused := preflight()) is not None:  # Chromium as root; no display / X11 libraries
        return refused
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("Qwen Desk")
    app.setOrganizationName("QwenDesk")
    # Wayland matches the window to its .desktop file (and icon) by this name.
    app.setDesktopFileName("io.github.qwendesk.QwenDesk")
    icon = resources_dir() / "icons" / "qwen-desk.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    settings = load_settings(paths.settings_file)
    from desktop.gui.language import check_fonts, install_language

    install_language(app, settings.language)  # before any window text is made
    check_fonts()
    from desktop.gui.single_instance import SingleInstance, bring_forward, refuse

    instance = SingleInstance(paths.data, app)  # one Qwen Desk per history
    if not instance.claim(model):
        return refuse(instance)
    # A marker file lives while the app runs: found at start-up, the last run did not end
    # cleanly, so the history gets SQLite's full integrity check; otherwise only a header one.
    # Leaving this block any way (a failed start too) shuts the services down, closes the
    # history and removes the marker, in that order.
    with RunningMarker(paths.data) as running, ExitStack() as on_exit:
        on_exit.callback(instance.release)
        try:
            store, recovered = HistoryStore.open(
                paths.history_db, full_check=True if running.crashed else None
            )
        except HistoryError as exc:
            title = translate("App", "Qwen Desk cannot open its chat history")
            QMessageBox.critical(None, title, str(exc))
            return 1
        on_exit.callback(store.close)
        state = build_state(settings, paths.settings_file, store)
        on_exit.callback(state.shutdown)
        window = MainWindow(state)
        instance.activated.connect(lambda path: bring_forward(window, path, window.load_model))
        window.show()
        from PySide6.QtCore import QTimer

        QTimer.singleShot(
            PRELOAD_AFTER_MS,
            lambda: state.tasks.run(lambda _ctx: _load_renderer(), name="preload-renderer"),
        )
        if os.environ.get(STARTUP_PROBE_ENV):
            _probe_startup(app, window)
        if recovered:
            window.banner.show_message(recovered)
        start_model = model or (Path(settings.last_model) if settings.last_model else None)
        if start_model is not None and start_model.exists():
            window.load_model(start_model)
        elif not window.library.installed_models():
            window.offer_first_model()
        code = app.exec()
    from desktop.gui.language import restart_command, restart_requested

    if restart_requested():  # Settings ▸ Language ▸ Restart now; the history is closed now
        from PySide6.QtCore import QProcess

        command = restart_command()
        QProcess.startDetached(command[0], command[1:])
    return int(code)
