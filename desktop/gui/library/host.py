"""Puts the Library page into the window: created on first use (cold start stays fast),
fed the app's token store and offline switch, and wired to model loading."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget

from desktop.core.models.library import Library

if TYPE_CHECKING:
    from desktop.core.hub.downloads import DownloadManager
    from desktop.gui.library.page import LibraryPage
    from desktop.gui.window.main_window import MainWindow


class LibraryHost(QObject):
    models_listed = Signal(object)  # list of (name, Path) for the composer's picker

    def __init__(self, window: MainWindow, stack: QStackedWidget, library: Library | None = None):
        super().__init__(window)
        self.window = window
        self.stack = stack
        folder = window.settings.models_dir
        self.library = library or Library(models_dir=Path(folder) if folder else None)
        self.page: LibraryPage | None = None
        self.status = QLabel()
        self.status.setObjectName("downloadStatus")
        self.status.setAccessibleName("Downloads")
        window.statusBar().addPermanentWidget(self.status)
        self.manager_factory: Callable[[], DownloadManager] | None = None

    def installed_models(self) -> list[tuple[str, Path]]:
        try:
            return [(m.name, Path(m.path)) for m in self.library.installed() if not m.missing]
        except OSError:
            return []

    def open(self) -> LibraryPage:
        """Show the Library page, creating it the first time."""
        page = self._ensure_page()
        self.stack.setCurrentWidget(page)
        return page

    def _ensure_page(self) -> LibraryPage:
        if self.page is not None:
            return self.page
        from desktop.core.hardware import detect_profile
        from desktop.core.hub.downloads import DownloadManager
        from desktop.core.models.catalog import load_catalog
        from desktop.gui.library.page import LibraryPage

        tools = self.window.tools

        def offline() -> bool:
            return self.window.settings.offline

        def manager() -> DownloadManager:
            return DownloadManager(token=tools.token_store.get, offline=offline)

        self.page = LibraryPage(
            self.library,
            load_catalog(),
            detect_profile(),
            manager_factory=self.manager_factory or manager,
            offline=offline,
        )
        self.page.model_chosen.connect(self._on_page_model_chosen)
        self.page.models_changed.connect(self._on_page_models_changed)
        self.page.download_summary_changed.connect(self.status.setText)
        # Offline mode stops running downloads at once (they also check between chunks).
        tools.offline_changed.connect(self.page.downloads.set_offline)
        self.stack.addWidget(self.page)
        return self.page

    def download_recommended(self, task: str = "chat") -> None:
        self.open().start_recommended_download(task)

    def _on_page_model_chosen(self, path: Path) -> None:
        self.window.show_chat()
        self.window.load_model(Path(path))

    def _on_page_models_changed(self) -> None:
        self.models_listed.emit(self.installed_models())

    def set_models_dir(self, folder: Path) -> None:
        """Point the library at another models folder (after Settings moved it)."""
        if folder == self.library.models_dir:
            return
        self.library.models_dir = folder
        if self.page is not None:
            self.page.refresh_installed()
        else:
            self.models_listed.emit(self.installed_models())

    def shutdown(self) -> None:
        if self.page is not None:
            self.page.shutdown()
