"""Imports for the Installed tab: the file and folder dialogs, and :class:`ImportRunner`, which
runs :meth:`Library.import_model` as a task of the page's :class:`TaskRunner` and reports the
outcome.

A copy reports its bytes into a :class:`CopyProgress` and nudges the task's progress, so the
GUI thread reads every running copy's figures a few times a second at most.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.core.i18n import translate
from desktop.core.models.describe import plain_error
from desktop.core.models.library import InstalledModel, Library
from desktop.core.units import format_size
from desktop.gui.library.installed_view import InstalledView
from desktop.gui.tasks import TaskContext, TaskRunner


def choose_gguf_file(parent: QWidget) -> Path | None:
    """Ask for a .gguf file; None when the user cancels."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        translate("ImportDialogs", "Import a GGUF model"),
        str(Path.home()),
        translate("ImportDialogs", "GGUF models (*.gguf);;All files (*)"),
    )
    return Path(path) if path else None


def choose_mlx_folder(parent: QWidget) -> Path | None:
    """Ask for an MLX model folder (config.json and .safetensors); None when cancelled."""
    path = QFileDialog.getExistingDirectory(
        parent,
        translate("ImportDialogs", "Import an MLX model folder"),
        str(Path.home()),
        QFileDialog.Option.ShowDirsOnly,
    )
    return Path(path) if path else None


class CopyProgress:
    """Bytes copied so far: written by the copying thread, read on the GUI thread."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.latest: tuple[int, int] = (0, 0)  # one tuple, replaced whole: never half-written
        self.notify: Callable[[], None] = lambda: None  # the task's progress nudge

    def report(self, done: int, total: int) -> None:
        self.latest = (done, total)
        self.notify()


class ImportRunner(QObject):
    """Runs imports off the GUI thread; outcomes leave as signals on the GUI thread."""

    imported = Signal(object)  # InstalledModel
    failed = Signal(str)  # a plain sentence for the message bar

    def __init__(
        self,
        library: Library,
        jobs: TaskRunner,
        view: InstalledView,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._jobs = jobs
        self._view = view
        self._running = 0
        self._copies: list[CopyProgress] = []

    @property
    def running(self) -> int:
        """How many imports are still running."""
        return self._running

    def run(self, path: Path, copy: bool) -> None:
        """Link (or copy) ``path`` into the library; the Installed tab says what is going on."""
        library = self._library
        copying = CopyProgress(path.name) if copy else None
        self._running += 1
        self._view.set_busy(translate("ImportRunner", "Checking {name}…").format(name=path.name))
        if copying is not None:
            self._copies.append(copying)
            self._poll()

        def work(ctx: TaskContext) -> InstalledModel:
            if copying is None:
                return library.import_model(path, copy=copy)
            copying.notify = ctx.progress
            return library.import_model(path, copy=copy, progress=copying.report)

        def done(model: InstalledModel) -> None:
            self._finish(copying)
            self.imported.emit(model)

        def failed(exc: Exception) -> None:
            self._finish(copying)
            action = translate(
                "ImportRunner", "import {name}", "completes the sentence: Could not …"
            )
            self.failed.emit(plain_error(action.format(name=path.name), exc))

        task = self._jobs.run(
            work,
            on_done=done,
            on_error=failed,
            on_progress=self._on_copy_progress,
            owner=self,
            name=f"import {path.name}",
        )
        if task.finished:  # the runner is shut down: nothing runs
            self._finish(copying)

    def _on_copy_progress(self) -> None:
        self._poll()

    def _poll(self) -> None:
        """Show the bytes every running copy has copied, summed."""
        if not self._copies:
            self._view.set_copy_progress(0, None)
            return
        done = sum(c.latest[0] for c in self._copies)
        total = sum(c.latest[1] for c in self._copies)
        count = len(self._copies)
        if count == 1:
            text = translate("ImportRunner", "Copying {name} into the library…").format(
                name=self._copies[0].name
            )
        else:
            text = translate("ImportRunner", "Copying %n models into the library…", None, count)
        if total:
            amount = translate("ImportRunner", "{done} of {total}").format(
                done=format_size(done), total=format_size(total)
            )
            text = f"{text} {amount}"
        self._view.set_busy(text)
        self._view.set_copy_progress(done, total)

    def _finish(self, copying: CopyProgress | None) -> None:
        self._running -= 1
        if copying is not None:
            self._poll()  # the last figures (100% when it worked) before the copy leaves
            self._copies.remove(copying)
        if not self._copies:
            self._view.set_copy_progress(0, None)
        if not self._running:
            self._view.set_busy("")
