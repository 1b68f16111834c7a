"""Moving the models folder from the settings dialog: the question, the task, the progress.

:func:`desktop.core.models.move.move_models` runs as a :class:`TaskRunner` task; its byte
counts come back as the task's (throttled) progress, so the progress dialog is updated a few
times a second at most.
"""

from __future__ import annotations

import enum
import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from desktop.core.i18n import translate
from desktop.core.models.move import ModelEntry, MoveError, MoveResult, move_models
from desktop.core.units import format_size
from desktop.gui.tasks import Task, TaskContext, TaskRunner

log = logging.getLogger(__name__)

MoveFunction = Callable[[Path, Path, Callable[[int, int], None], threading.Event], MoveResult]
STEPS = 1000  # the progress bar's range: bytes overflow a C++ int past 2 GB


class MoveChoice(enum.Enum):
    MOVE = "move"  # move the models, then use the new folder
    POINT = "point"  # use the new folder; the models stay where they are
    CANCEL = "cancel"  # keep the current folder


def ask_to_move(parent: QWidget, src: Path, dst: Path, entries: list[ModelEntry]) -> MoveChoice:
    """Ask whether to bring the models along to the new folder."""
    size = format_size(sum(entry.size for entry in entries))
    box = QMessageBox(parent)
    box.setObjectName("modelsMoveQuestion")
    box.setAccessibleName(translate("MoveModels", "Move the models"))
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("MoveModels", "Move the models?"))
    box.setText(translate("MoveModels", "Move your models to {folder}?").format(folder=dst))
    count = len(entries)
    if count == 1:
        details = translate(
            "MoveModels",
            "%n model ({size}) is in {folder}. If you don't move it, it stays there and "
            "Qwen Desk looks only in the new folder.",
            None,
            1,
        )
    else:
        details = translate(
            "MoveModels",
            "%n models ({size}) are in {folder}. If you don't move them, they stay there and "
            "Qwen Desk looks only in the new folder.",
            None,
            count,
        )
    box.setInformativeText(details.format(size=size, folder=src))
    move = box.addButton(
        translate("MoveModels", "Move the models"), QMessageBox.ButtonRole.AcceptRole
    )
    point = box.addButton(
        translate("MoveModels", "Just use the new folder"), QMessageBox.ButtonRole.DestructiveRole
    )
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


class ModelMover(QObject):
    """Moves the models off the GUI thread; reports on the GUI thread."""

    progressed = Signal(object, object)  # done bytes, total bytes
    finished = Signal(object, str)  # MoveResult | None, refusal ("" when it ran)

    def __init__(
        self,
        move: MoveFunction = move_models,
        parent: QObject | None = None,
        *,
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._move = move
        self._tasks = tasks or TaskRunner(self, max_threads=1, name="models-move")
        self._task: Task | None = None
        self.result: MoveResult | None = None
        self.refusal = ""
        self.ended = False

    @property
    def running(self) -> bool:
        return self._task is not None and not self.ended

    def start(self, src: Path, dst: Path) -> None:
        move = self._move

        def work(ctx: TaskContext) -> MoveResult:
            return move(src, dst, ctx.progress, ctx.cancelled)

        self._task = self._tasks.run(
            work,
            on_done=self._on_done,
            on_error=self._on_error,
            on_progress=self.progressed.emit,
            owner=self,
            name="move the models",
        )

    def cancel(self) -> None:
        """Stop after the current chunk; what was moved so far is still reported."""
        if self._task is not None:
            self._task.stop()

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Stop the move and wait for it to end, delivering its outcome (closing, tests)."""
        self.cancel()
        if self._task is None:
            return True
        return self._tasks.wait(self._task, timeout_ms / 1000)

    def _on_done(self, result: MoveResult) -> None:
        self._end(result, "")

    def _on_error(self, exc: Exception) -> None:
        if isinstance(exc, MoveError):
            self._end(None, str(exc))
            return
        log.error("moving the models failed", exc_info=exc)  # the user sees why, below
        self._end(
            None,
            translate(
                "MoveModels", "Moving the models failed: {error}. Nothing else was changed."
            ).format(error=exc),
        )

    def _end(self, result: MoveResult | None, refusal: str) -> None:
        self.ended = True
        self.result, self.refusal = result, refusal
        self.finished.emit(result, refusal)


class MoveProgressDialog(QProgressDialog):
    """'Moving models to …' with bytes done; its Cancel stops after the current chunk."""

    def __init__(self, dst: Path, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("MoveModels", "Moving the models to {folder}…").format(folder=dst),
            translate("MoveModels", "Stop moving"),
            0,
            STEPS,
            parent,
        )
        self.setObjectName("modelsMoveProgress")
        self.setAccessibleName(translate("MoveModels", "Moving the models"))
        self.setWindowTitle(translate("MoveModels", "Moving the models"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(0)
        self.setMinimumWidth(420)
        self._dst = dst
        self.setValue(0)

    def show_progress(self, done: int, total: int) -> None:
        self.setValue(min(STEPS, done * STEPS // total) if total else 0)
        moving = translate("MoveModels", "Moving the models to {folder}…").format(folder=self._dst)
        amount = translate("MoveModels", "{done} of {total}").format(
            done=format_size(done), total=format_size(total)
        )
        self.setLabelText(f"{moving}\n{amount}")
