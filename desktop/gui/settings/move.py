"""Moving the models folder from the settings dialog: the question, the thread, the progress.

:func:`desktop.core.models.move.move_models` runs on a :class:`QThread`. It only writes plain
attributes; a GUI-thread timer reads them, so no signal crosses threads and the progress
dialog is updated a few times a second at most.
"""

from __future__ import annotations

import enum
import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from desktop.core.models.move import ModelEntry, MoveError, MoveResult, move_models
from desktop.core.stats import format_bytes

log = logging.getLogger(__name__)

MoveFunction = Callable[[Path, Path, Callable[[int, int], None], threading.Event], MoveResult]
POLL_MS = 50
STEPS = 1000  # the progress bar's range: bytes overflow a C++ int past 2 GB


class MoveChoice(enum.Enum):
    MOVE = "move"  # move the models, then use the new folder
    POINT = "point"  # use the new folder; the models stay where they are
    CANCEL = "cancel"  # keep the current folder


def ask_to_move(parent: QWidget, src: Path, dst: Path, entries: list[ModelEntry]) -> MoveChoice:
    """Ask whether to bring the models along to the new folder."""
    size = format_bytes(sum(entry.size for entry in entries))
    count = f"{len(entries)} model{'s' if len(entries) != 1 else ''}"
    box = QMessageBox(parent)
    box.setObjectName("modelsMoveQuestion")
    box.setAccessibleName("Move the models")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Move the models?")
    box.setText(f"Move your models to {dst}?")
    box.setInformativeText(
        f"{count} ({size}) {'is' if len(entries) == 1 else 'are'} in {src}. If you don't move "
        "them, they stay there and Qwen Desk looks only in the new folder."
    )
    move = box.addButton("Move the models", QMessageBox.ButtonRole.AcceptRole)
    point = box.addButton("Just use the new folder", QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(move)
    box.exec()
    clicked = box.clickedButton()
    return (
        MoveChoice.MOVE
        if clicked is move
        else MoveChoice.POINT
        if clicked is point
        else (MoveChoice.CANCEL)
    )


class _MoveThread(QThread):
    """Runs one move; its outcome is left in plain attributes for the GUI thread to read."""

    def __init__(self, move: MoveFunction, src: Path, dst: Path) -> None:
        super().__init__()
        self.setObjectName("modelsMove")
        self._move, self.src, self.dst = move, src, dst
        self.cancel_event = threading.Event()
        self.done = 0
        self.total = 0
        self.result: MoveResult | None = None
        self.refusal = ""

    def _on_progress(self, done: int, total: int) -> None:
        self.done, self.total = done, total  # a tuple swap is atomic enough for a progress bar

    def run(self) -> None:
        try:
            self.result = self._move(self.src, self.dst, self._on_progress, self.cancel_event)
        except MoveError as exc:
            self.refusal = str(exc)
        except Exception as exc:  # never let a thread die silently; the user sees why
            log.exception("moving the models failed")
            self.refusal = f"Moving the models failed: {exc}. Nothing else was changed."


class ModelMover(QObject):
    """Moves the models off the GUI thread; reports on the GUI thread."""

    progressed = Signal(object, object)  # done bytes, total bytes
    finished = Signal(object, str)  # MoveResult | None, refusal ("" when it ran)

    def __init__(self, move: MoveFunction = move_models, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._move = move
        self._thread: _MoveThread | None = None
        self._shown = (-1, -1)
        self.result: MoveResult | None = None
        self.refusal = ""
        self.ended = False
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

    @property
    def running(self) -> bool:
        return self._thread is not None and not self.ended

    def start(self, src: Path, dst: Path) -> None:
        self._thread = _MoveThread(self._move, src, dst)
        self._thread.start()
        self._timer.start()

    def cancel(self) -> None:
        if self._thread is not None:
            self._thread.cancel_event.set()

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Cancel and join the thread (for closing and for tests)."""
        self.cancel()
        ok = self._thread is None or self._thread.wait(timeout_ms)
        self._on_timer_timeout()
        return bool(ok)

    def _on_timer_timeout(self) -> None:
        thread = self._thread
        if thread is None or self.ended:
            return
        shown = (thread.done, thread.total)
        if shown != self._shown:
            self._shown = shown
            self.progressed.emit(*shown)
        if not thread.isFinished():
            return
        thread.wait()
        self._timer.stop()
        self.ended = True
        self.result, self.refusal = thread.result, thread.refusal
        self.finished.emit(self.result, self.refusal)


class MoveProgressDialog(QProgressDialog):
    """'Moving models to …' with bytes done; its Cancel stops after the current chunk."""

    def __init__(self, dst: Path, parent: QWidget | None = None) -> None:
        super().__init__(f"Moving the models to {dst}…", "Stop moving", 0, STEPS, parent)
        self.setObjectName("modelsMoveProgress")
        self.setAccessibleName("Moving the models")
        self.setWindowTitle("Moving the models")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(0)
        self.setMinimumWidth(420)
        self._dst = dst
        self.setValue(0)

    def show_progress(self, done: int, total: int) -> None:
        self.setValue(min(STEPS, done * STEPS // total) if total else 0)
        self.setLabelText(
            f"Moving the models to {self._dst}…\n{format_bytes(done)} of {format_bytes(total)}"
        )
