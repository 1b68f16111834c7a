"""Start-up steps around the window: checks before Qt starts, and the running marker.

``preflight`` runs before ``QApplication``: it gives Chromium the flag it needs as root and
says plainly (with the command that fixes it) when Qt could not open a window at all.
``RunningMarker`` is the file that tells the next start whether this run ended cleanly; it
is removed on every way out of a start that failed, so only a real crash leaves it.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from desktop.gui.webengine_setup import display_problem, prepare_webengine_environment

log = logging.getLogger(__name__)

MARKER_NAME = "running.marker"


def preflight() -> int | None:
    """Prepare the environment Qt needs; an exit code (and a printed reason) when no window
    can open here, else ``None``."""
    prepare_webengine_environment()
    problem = display_problem()
    if problem is None:
        return None
    log.error("cannot open the window: %s", problem)
    print(problem, file=sys.stderr)
    return 1


class RunningMarker:
    """``with RunningMarker(data) as marker:`` creates ``running.marker`` for the run;
    ``marker.crashed`` says whether the previous run left it behind (it did not end cleanly).
    Leaving the block any way (return, exception) removes it."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / MARKER_NAME
        self.crashed = self.path.exists()

    def __enter__(self) -> RunningMarker:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.touch()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.path.unlink(missing_ok=True)
