"""The "Copy diagnostics" report, built as a background task: it reads the logs, the keychain
and llama.cpp's build, none of which belongs on the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop.core.i18n import translate
from desktop.core.settings import Settings
from desktop.engines.base import ModelInfo
from desktop.gui import language
from desktop.gui.tasks import Task, TaskRunner

if TYPE_CHECKING:
    from desktop.core.hub.token_store import TokenStore

log = logging.getLogger(__name__)


def build_diagnostics(
    settings: Settings, model: ModelInfo | None, token_store: TokenStore | None, log_dir: Path
) -> str:
    """The report's text (slow: run it off the GUI thread); the token and home are masked."""
    import PySide6

    from desktop.core.diagnostics import diagnostics_text
    from desktop.core.hardware import detect_profile

    try:
        from desktop.engines.llamacpp_support import build_info

        build = build_info()
    except Exception as exc:  # llama.cpp missing or broken: say so in the report
        build = f"unavailable ({exc})"
    try:
        profile = detect_profile()
    except Exception:  # psutil or NVML broken: the rest of the report still helps
        log.warning("could not profile this machine for the diagnostics", exc_info=True)
        profile = None
    return diagnostics_text(
        settings=settings,
        model_info=model,
        log_dir=log_dir,
        qt_version=PySide6.__version__,
        engine_build=build,
        profile=profile,
        token_store=token_store,
    )


def _with_line(report: str, line: str) -> str:
    """``line`` after the report's heading (its first line), before the sections."""
    head, _, rest = report.partition("\n")
    return f"{head}\n{line}\n{rest}"


def start_diagnostics(
    tasks: TaskRunner,
    owner: QObject,
    settings: Settings,
    model: ModelInfo | None,
    token_store: TokenStore | None,
    log_dir: Path,
    on_ready: Callable[[str], None],
    on_failed: Callable[[str], None],
) -> Task:
    """Build the report on ``tasks``; ``on_ready(text)`` or ``on_failed(sentence)`` follow on
    the GUI thread (neither once ``owner`` is gone)."""

    def failed(exc: Exception) -> None:
        on_failed(
            translate(
                "Diagnostics",
                "Could not collect the diagnostics ({error}). Try again; if it keeps failing, "
                "attach the log files to the report instead.",
            ).format(error=f"{type(exc).__name__}: {exc}")
        )

    interface = language.summary()  # Qt's font database: read on the GUI thread

    return tasks.run(
        lambda ctx: _with_line(build_diagnostics(settings, model, token_store, log_dir), interface),
        on_done=on_ready,
        on_error=failed,
        owner=owner,
        name="collect the diagnostics",
    )
