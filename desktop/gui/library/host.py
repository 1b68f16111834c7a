"""Puts the Library page into the window: created on first use (cold start stays fast), fed
the app state's token store and offline switch; a chosen model is announced, not loaded here."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget

from desktop.core.i18n import translate
from desktop.core.models.discovery import InstalledModel
from desktop.core.models.embedders import is_embedding_name
from desktop.core.settings import Settings

if TYPE_CHECKING:
    from desktop.core.hub.downloads import DownloadManager
    from desktop.gui.app_state import AppState
    from desktop.gui.library.page import LibraryPage


class LibraryHost(QObject):
    models_listed = Signal(object)  # list of (name, Path) for the composer's picker
    model_chosen = Signal(object)  # Path of a model the user chose to use
    opened = Signal()  # the Library page was brought to the front

    def __init__(
        self,
        state: AppState,
        stack: QStackedWidget,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.state = state
        self.library = state.library
        self.stack = stack
        self.page: LibraryPage | None = None
        self.status = QLabel()
        self.status.setObjectName("downloadStatus")
        self.status.setAccessibleName(translate("LibraryHost", "Downloads"))

        self.manager_factory: Callable[[], DownloadManager] | None = None
        state.settings.changed.connect(self._on_settings_changed)

    def installed_models(self) -> list[tuple[str, Path]]:
        try:
            return [
                (m.name, Path(m.path))
                for m in self.library.installed()
                # Embedding models are not for chatting: the Library offers them for documents.
                if not m.missing and not is_embedding_name(f"{m.name} {Path(m.path).name}")
            ]
        except OSError:
            return []

    def open(self) -> LibraryPage:
        """Show the Library page, creating it the first time."""
        page = self._ensure_page()
        self.stack.setCurrentWidget(page)
        self.opened.emit()
        return page

    def _offline(self) -> bool:
        return self.state.settings.value.offline

    def _ensure_page(self) -> LibraryPage:
        if self.page is not None:
            return self.page
        from desktop.core.hardware import detect_profile
        from desktop.core.hub.downloads import DownloadManager
        from desktop.core.models.catalog import load_catalog
        from desktop.gui.library.page import LibraryPage

        def manager() -> DownloadManager:
            return DownloadManager(token=self.state.tokens.get, offline=self._offline)

        self.page = LibraryPage(
            self.library,
            load_catalog(),
            detect_profile(),
            manager_factory=self.manager_factory or manager,
            offline=self._offline,
            tasks=self.state.tasks,
        )
        self.page.model_chosen.connect(self.model_chosen)
        installed = self.page.installed_view
        installed.documents_requested.connect(self._on_documents_requested)
        installed.set_embedder(self.state.settings.value.documents_embedder)
        self.page.models_changed.connect(self._on_page_models_changed)
        self.page.download_summary_changed.connect(self.status.setText)
        self.stack.addWidget(self.page)
        return self.page

    def download_recommended(self, task: str = "chat") -> None:
        """Download the model recommended for ``task`` ("chat", "code" or "maths")."""
        self.open().start_recommended_download(task)

    def _on_page_models_changed(self) -> None:
        self.models_listed.emit(self.installed_models())

    def _on_documents_requested(self, model: InstalledModel) -> None:
        """Use an embedding model for documents (or stop, when it is the one used)."""
        path = str(model.path)
        chosen = "" if self.state.settings.value.documents_embedder == path else path
        self.state.settings.update(lambda settings: setattr(settings, "documents_embedder", chosen))

    def _on_settings_changed(self, before: Settings, after: Settings) -> None:
        if before.documents_embedder != after.documents_embedder and self.page is not None:
            self.page.installed_view.set_embedder(after.documents_embedder)
        if before.offline != after.offline and self.page is not None:
            # Offline mode stops running downloads at once (they also check between chunks).
            self.page.downloads.set_offline(after.offline)
            self.page.update_offline()
        if before.models_dir != after.models_dir:
            folder = Path(after.models_dir) if after.models_dir else self.state.paths.models
            self.set_models_dir(folder)

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
