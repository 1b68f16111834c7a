"""Imports for the Installed tab: the file and folder dialogs, and :class:`ImportRunner`, which
runs :meth:`Library.import_model` on the page's background jobs and reports the outcome."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.core.library import InstalledModel, Library
from desktop.gui.library_format import plain_error
from desktop.gui.library_installed_view import InstalledView
from desktop.gui.library_jobs import BackgroundJobs


def choose_gguf_file(parent: QWidget) -> Path | None:
    """Ask for a .gguf file; None when the user cancels."""
    path, _ = QFileDialog.getOpenFileName(
        parent, "Import a GGUF model", str(Path.home()), "GGUF models (*.gguf);;All files (*)"
    )
    return Path(path) if path else None


def choose_mlx_folder(parent: QWidget) -> Path | None:
    """Ask for an MLX model folder (config.json and .safetensors); None when cancelled."""
    path = QFileDialog.getExistingDirectory(
        parent, "Import an MLX model folder", str(Path.home()), QFileDialog.Option.ShowDirsOnly
    )
    return Path(path) if path else None


class ImportRunner(QObject):
    """Runs imports off the GUI thread; outcomes leave as signals on the GUI thread."""

    imported = Signal(object)  # InstalledModel
    failed = Signal(str)  # a plain sentence for the message bar

    def __init__(
        self,
        library: Library,
        jobs: BackgroundJobs,
        view: InstalledView,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._jobs = jobs
        self._view = view
        self._running = 0

    @property
    def running(self) -> int:
        """How many imports are still running."""
        return self._running

    def run(self, path: Path, copy: bool) -> None:
        """Link (or copy) ``path`` into the library; the Installed tab says what is going on."""
        library = self._library
        self._running += 1
        self._view.set_busy(
            f"Copying {path.name} into the library…" if copy else f"Checking {path.name}…"
        )

        def done(model: InstalledModel) -> None:
            self._finish()
            self.imported.emit(model)

        def failed(exc: Exception) -> None:
            self._finish()
            self.failed.emit(plain_error(f"import {path.name}", exc))

        if not self._jobs.run(lambda: library.import_model(path, copy=copy), done, failed):
            self._finish()

    def _finish(self) -> None:
        self._running -= 1
        if not self._running:
            self._view.set_busy("")
