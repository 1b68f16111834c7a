"""The Library page: Discover (catalog), Downloads and Installed, as three tabs.

Everything slow (scans, header reads, imports, deletes, Hub searches and refreshes) runs as
a :class:`TaskRunner` task; downloads run on the core manager's threads, which report their
changes to the GUI thread. :meth:`LibraryPage.shutdown` pauses downloads and ends every task.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.hardware import MachineProfile
from desktop.core.hub.downloads import DownloadError, DownloadManager, find_partial_downloads
from desktop.core.hub.search import (
    RefreshOutcome,
    refresh_catalog,
    refresh_summary,
)
from desktop.core.i18n import translate
from desktop.core.models.catalog import Catalog, CatalogEntry, GGUFQuant, GGUFSource
from desktop.core.models.describe import model_details, plain_error
from desktop.core.models.discovery import ModelFormat, ModelSource
from desktop.core.models.library import DiscoveryRoots, InstalledModel, Library
from desktop.core.units import format_size
from desktop.gui import announce
from desktop.gui.library.catalog_view import CatalogView
from desktop.gui.library.downloads import DownloadItem, DownloadsController
from desktop.gui.library.downloads_view import DownloadsView
from desktop.gui.library.hub_view import HubView, hub_api_factory, offline_hub_message
from desktop.gui.library.importing import (
    ImportRunner,
    choose_gguf_file,
    choose_mlx_folder,
)
from desktop.gui.library.installed_rows import ModelRow
from desktop.gui.library.installed_view import InstalledView
from desktop.gui.tasks import TaskRunner
from desktop.gui.widgets.keys import enter_presses_buttons
from desktop.gui.widgets.notice import Notice, NoticeKind

log = logging.getLogger(__name__)


def _default_manager_factory(offline: Callable[[], bool]) -> Callable[[], DownloadManager]:
    def make() -> DownloadManager:
        from desktop.core.hub.token_store import TokenStore

        return DownloadManager(token=TokenStore().get, offline=offline)

    return make


class LibraryPage(QWidget):
    """Find, download, import and manage models."""

    model_chosen = Signal(object)  # Path the user wants to chat with ("Use" button)
    models_changed = Signal()  # installed list changed (download finished, import, delete)
    download_summary_changed = Signal(str)  # for the status bar; "" when nothing is going on

    def __init__(
        self,
        library: Library,
        catalog: Catalog,
        profile: MachineProfile,
        *,
        manager_factory: Callable[[], DownloadManager] | None = None,
        offline: Callable[[], bool] = lambda: False,
        discovery_roots: DiscoveryRoots | None = None,
        hub_api: object | None = None,
        tasks: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("libraryPage")
        enter_presses_buttons(self)  # cards, download rows: Enter works as Space does
        self.setAccessibleName(translate("LibraryPage", "Model library"))
        self.setAcceptDrops(True)
        self.library, self.catalog, self.profile = library, catalog, profile
        self._discovery_roots = discovery_roots
        self._offline = offline
        self._hub_api_factory = hub_api_factory(hub_api)  # None: the real HfApi
        self._refresh_generation = 0
        self._closed = False
        # The app's one runner, or a private one this page shuts down itself.
        self._own_jobs = tasks is None
        self.jobs = tasks or TaskRunner(self, name="library")
        self.downloads = DownloadsController(
            library.models_dir,
            catalog,
            manager_factory or _default_manager_factory(offline),
            offline,
            parent=self,
        )
        self.downloads.summary_changed.connect(self._on_downloads_summary_changed)
        self.downloads.completed.connect(self._on_downloads_completed)

        layout = QVBoxLayout(self)
        layout.addWidget(self._build_message_bar())
        self.tabs = QTabWidget()
        self.tabs.setObjectName("libraryTabs")
        self.tabs.setAccessibleName(translate("LibraryPage", "Library sections"))
        self.catalog_view = CatalogView(catalog, profile)
        self.catalog_view.download_requested.connect(self._on_catalog_download_requested)
        self.catalog_view.refresh_clicked.connect(self.refresh_catalog_from_hub)
        self.hub_view = HubView(
            self.jobs,
            self._hub_api_factory,
            catalog,
            profile,
            offline,
            refresh_button=self.catalog_view.refresh_button,
        )
        self.hub_view.download_requested.connect(self._on_catalog_download_requested)
        self.catalog_view.set_hub_view(self.hub_view)
        self.downloads_view = DownloadsView(self.downloads)
        self.installed_view = InstalledView()
        self._connect_installed(self.installed_view)
        self.importer = ImportRunner(library, self.jobs, self.installed_view, parent=self)
        self.importer.imported.connect(self._on_importer_imported)
        self.importer.failed.connect(lambda text: self.show_message(text, error=True))
        self.tabs.addTab(self.catalog_view, translate("LibraryPage", "Discover"))
        self.tabs.addTab(self.downloads_view, translate("LibraryPage", "Downloads"))
        self.tabs.addTab(self.installed_view, translate("LibraryPage", "Installed"))
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        layout.addWidget(self.tabs, 1)

        self.update_offline()
        self.refresh_installed(notify=False)
        self.scan_other_apps()
        folder = library.models_dir
        self.jobs.run(
            lambda ctx: find_partial_downloads([folder]),
            on_done=self.downloads.add_partials,
            owner=self,
            name="find unfinished downloads",
        )

    def _build_message_bar(self) -> Notice:
        self.message_bar = Notice("libraryMessageBar", translate("LibraryPage", "Library message"))
        self.message = self.message_bar.label
        return self.message_bar

    def _connect_installed(self, view: InstalledView) -> None:
        view.use_requested.connect(self._on_installed_use_requested)
        view.details_requested.connect(self._on_installed_details_requested)
        view.delete_requested.connect(self._on_installed_delete_requested)
        view.open_folder_requested.connect(self._on_installed_open_folder_requested)
        view.use_in_place_requested.connect(self._on_installed_use_in_place_requested)
        view.import_clicked.connect(self._on_installed_import_clicked)
        view.import_mlx_clicked.connect(self._on_installed_import_mlx_clicked)
        view.rescan_clicked.connect(self.scan_other_apps)

    # --- public API -----------------------------------------------------------------------

    def start_recommended_download(self, task: str = "chat") -> None:
        """Download the best model for ``task`` that fits this computer (the welcome page)."""
        rec = self.catalog_view.recommendations.get(task)  # chat, code and maths
        if rec is None:
            self.show_message(
                translate(
                    "LibraryPage",
                    "No model in the catalog fits this computer comfortably. Close other apps to "
                    "free memory, or pick a small model in Discover.",
                ),
                error=True,
            )
            return
        source = next(s for s in rec.entry.gguf if s.repo == rec.repo)
        self._on_catalog_download_requested(rec.entry, source, rec.quant)

    def update_offline(self) -> None:
        """Follow the offline switch: every Download, Resume and Retry button is off (saying
        why) while it is on, and Hub search with them."""
        offline = self._offline()
        self.catalog_view.set_offline(offline)
        self.hub_view.update_offline()
        self.downloads_view.set_offline(offline)

    def download_summary(self) -> str:
        return self.downloads.summary

    def show_message(self, text: str, *, error: bool = False) -> None:
        kind = NoticeKind.ERROR if error else NoticeKind.INFO
        self.message_bar.show_message(text, kind=kind)

    def refresh_installed(self, *, notify: bool = True) -> None:
        """Re-read the installed models off the GUI thread; ``notify`` emits models_changed."""
        self._refresh_generation += 1
        generation = self._refresh_generation
        library = self.library

        def read() -> tuple[list[InstalledModel], int]:
            return library.installed(), library.disk_used()

        def show(result: tuple[list[InstalledModel], int]) -> None:
            if generation == self._refresh_generation:
                self._show_installed(*result)
            if notify:
                self.models_changed.emit()

        self.jobs.run(
            lambda ctx: read(),
            on_done=show,
            on_error=self._on_job_failed(
                translate(
                    "LibraryPage", "read the models folder", "completes the sentence: Could not …"
                )
            ),
            owner=self,
            name="read the models folder",
        )

    def scan_other_apps(self) -> None:
        """Look for models LM Studio, Ollama, GPT4All and the Hugging Face cache keep."""
        self.installed_view.set_found(None)
        library, roots = self.library, self._discovery_roots
        self.jobs.run(
            lambda ctx: library.discover(roots),
            on_done=self.installed_view.set_found,
            on_error=self._on_job_failed(
                translate(
                    "LibraryPage",
                    "look for models in other apps",
                    "completes the sentence: Could not …",
                )
            ),
            owner=self,
            name="look for models in other apps",
        )

    def import_paths(self, paths: list[Path], *, copy: bool | None = None) -> None:
        """Import .gguf files or MLX folders (dialog, drop); errors show as a message."""
        copy = self.installed_view.copy_check.isChecked() if copy is None else copy
        for path in paths:
            self._run_import(Path(path), copy)

    def refresh_catalog_from_hub(self) -> None:
        """Read every catalog model's files and sizes from Hugging Face, off the GUI thread."""
        if self._offline():
            self.hub_view.update_offline()
            self.show_message(offline_hub_message(), error=True)
            return
        self.hub_view.refreshing = True
        self.catalog_view.refresh_button.setText(translate("LibraryPage", "Refreshing…"))
        self.hub_view.update_offline()
        catalog, factory = self.catalog, self._hub_api_factory

        def done(outcome: RefreshOutcome) -> None:
            self._on_refresh_finished()
            if outcome.refreshed:
                self.catalog = outcome.catalog
                self.catalog_view.set_catalog(outcome.catalog)
                self.hub_view.set_catalog(outcome.catalog)
            self.show_message(refresh_summary(outcome, len(catalog)), error=bool(outcome.failures))

        def failed(exc: Exception) -> None:
            self._on_refresh_finished()
            plain = isinstance(exc, DownloadError)
            action = translate("LibraryPage", "refresh it", "completes the sentence: Could not …")
            self.show_message(str(exc) if plain else plain_error(action, exc), error=True)

        self.jobs.run(
            lambda ctx: refresh_catalog(catalog, api=factory(), cancel=ctx.cancelled),
            on_done=done,
            on_error=failed,
            owner=self,
            name="refresh the catalog from the Hub",
        )

    def shutdown(self) -> None:
        """Pause downloads (they resume next time, their threads joined) and end this page's
        tasks: a private runner is shut down (its threads joined), a shared one keeps going."""
        if self._closed:
            return
        self._closed = True
        self.hub_view.shutdown()  # abandons requests still waiting for the Hub
        self.downloads.shutdown()
        if self._own_jobs:
            self.jobs.shutdown()
        else:
            self.jobs.cancel_all(self)
            self.jobs.cancel_all(self.importer)

    # --- installed ------------------------------------------------------------------------

    def _show_installed(self, models: list[InstalledModel], disk_used: int) -> None:
        self.installed_view.set_models(models, disk_used)
        self.tabs.setTabText(
            2,
            translate("LibraryPage", "Installed ({count})").format(count=len(models))
            if models
            else translate("LibraryPage", "Installed"),
        )
        owned = [m for m in models if m.source is ModelSource.LIBRARY]
        self.catalog_view.mark_installed(p.name for m in owned for p in m.files)
        self.hub_view.mark_installed({p.name for m in owned for p in m.files})

    def _on_importer_imported(self, model: InstalledModel) -> None:
        if model.source is ModelSource.LIBRARY:
            self.show_message(
                translate("LibraryPage", "{name} is now in the library.").format(name=model.name)
            )
        else:
            self.show_message(
                translate(
                    "LibraryPage", "Added {name}. It stays in {folder} and is used from there."
                ).format(name=model.name, folder=model.path.parent)
            )
        self.installed_view.remove_found(model)
        self.refresh_installed()

    def _run_import(self, path: Path, copy: bool) -> None:
        self.tabs.setCurrentWidget(self.installed_view)
        self.importer.run(path, copy)

    def _on_installed_use_requested(self, model: InstalledModel) -> None:
        self.model_chosen.emit(model.path)

    def _on_installed_details_requested(self, row: ModelRow) -> None:
        if not row.details_button.isChecked():
            row.hide_details()
            return
        if row.details_loaded:
            row.show_details(row.details.text())
            return
        row.show_details(translate("LibraryPage", "Reading the model file…"), loaded=False)
        model = row.model

        def show(pairs: list[tuple[str, str]]) -> None:
            cell = '<td style="padding-right: 12px">'
            cells = "".join(
                f"<tr>{cell}<b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>"
                for k, v in pairs
            )
            row.show_details(f"<table cellspacing='0' cellpadding='1'>{cells}</table>")

        def failed(exc: Exception) -> None:
            action = translate(
                "LibraryPage", "read {name}", "completes the sentence: Could not …"
            ).format(name=model.name)
            row.show_details(html.escape(plain_error(action, exc)))

        self.jobs.run(
            lambda ctx: model_details(model),
            on_done=show,
            on_error=failed,
            owner=row,
            name="read the model's details",
        )

    def _on_installed_delete_requested(self, model: InstalledModel) -> None:
        if model.source is ModelSource.LINKED:
            question = translate(
                "LibraryPage",
                "Remove {name} from the library?\n\nIts file stays where it is "
                "({folder}); nothing is deleted from disk.",
            ).format(name=model.name, folder=model.path.parent)
        else:
            question = translate(
                "LibraryPage",
                "Delete {name}?\n\nThis deletes its file from the models folder and frees {size}.",
            ).format(name=model.name, size=format_size(model.size_bytes))
        answer = QMessageBox.question(
            self,
            translate("LibraryPage", "Remove model")
            if model.source is ModelSource.LINKED
            else translate("LibraryPage", "Delete model"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        library = self.library

        def done(freed: int) -> None:
            if freed:
                text = translate("LibraryPage", "Removed {name}; {size} freed.").format(
                    name=model.name, size=format_size(freed)
                )
            else:
                text = translate("LibraryPage", "Removed {name}; its file was left in place.")
                text = text.format(name=model.name)
            self.show_message(text)
            self.refresh_installed()

        self.jobs.run(
            lambda ctx: library.delete(model),
            on_done=done,
            on_error=self._on_job_failed(
                translate("LibraryPage", "delete it", "completes the sentence: Could not …")
            ),
            owner=self,
            name="delete a model",
        )

    def _on_installed_open_folder_requested(self, model: InstalledModel) -> None:
        folder = model.path if model.format is ModelFormat.MLX else model.path.parent
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _on_installed_use_in_place_requested(self, model: InstalledModel) -> None:
        if model.format is ModelFormat.GGUF and model.path.suffix.lower() != ".gguf":
            # An Ollama blob: not a file the library can link, but the engines can load it.
            self.model_chosen.emit(model.path)
            return
        self._run_import(model.path, copy=False)

    def _on_installed_import_clicked(self) -> None:
        path = choose_gguf_file(self)
        if path is not None:
            self.import_paths([path])

    def _on_installed_import_mlx_clicked(self) -> None:
        folder = choose_mlx_folder(self)
        if folder is not None:
            self.import_paths([folder])

    def _on_job_failed(self, action: str) -> Callable[[Exception], None]:
        def failed(exc: Exception) -> None:
            self.show_message(plain_error(action, exc), error=True)

        return failed

    def _on_refresh_finished(self) -> None:
        self.hub_view.refreshing = False
        self.catalog_view.refresh_button.setText(translate("CatalogView", "Refresh from the Hub"))
        self.hub_view.update_offline()

    # --- downloads ------------------------------------------------------------------------

    def _on_catalog_download_requested(
        self, entry: CatalogEntry, source: GGUFSource, quant: GGUFQuant
    ) -> None:
        self.downloads.start(entry, source, quant)
        self.tabs.setCurrentWidget(self.downloads_view)

    def _on_downloads_completed(self, item: DownloadItem) -> None:
        self.refresh_installed()
        text = translate("LibraryPage", "{name} is downloaded").format(name=item.title)
        announce.announce(text, self)

    def _on_tabs_current_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.downloads_view:
            # The user came to look: the failures listed here leave the status bar.
            self.downloads.mark_failures_seen()

    def _on_downloads_summary_changed(self, text: str) -> None:
        active = sum(i.state.value in ("queued", "running") for i in self.downloads.items())
        self.tabs.setTabText(
            1,
            translate("LibraryPage", "Downloads ({count})").format(count=active)
            if active
            else translate("LibraryPage", "Downloads"),
        )

        self.download_summary_changed.emit(text)

    # --- drag and drop --------------------------------------------------------------------

    @staticmethod
    def _dropped_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        return [p for p in paths if p.suffix.lower() == ".gguf" or p.is_dir()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._dropped_paths(event)
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)
