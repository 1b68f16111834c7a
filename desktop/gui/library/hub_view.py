"""Search the Hugging Face Hub from the Discover tab: GGUF and MLX repositories, their files
with sizes, quantisation and a fit badge, and a Download button per file.

Requests run as tasks of the page's :class:`TaskRunner`; :meth:`HubView.shutdown` cancels
every request still waiting for the Hub so the page closes at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.hardware import MachineProfile
from desktop.core.hub.downloads import DownloadError
from desktop.core.hub.search import (
    OFFLINE_HUB_MESSAGE,
    HubFile,
    HubModel,
    catalog_entry_for,
    default_api,
    download_choices,
    list_repo_files,
    search_models,
    stand_in_entry,
)
from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.models.catalog import Catalog, CatalogEntry, GGUFQuant, GGUFSource
from desktop.core.models.describe import VERDICT_KEY, VERDICT_TEXT, fit_for, fit_tooltip
from desktop.core.models.fit import DEFAULT_CONTEXT, Verdict, runtime_bytes, verdict_for
from desktop.core.units import format_size
from desktop.gui.library.catalog_cards import DownloadRow, badge, dim_label
from desktop.gui.tasks import Task, TaskRunner

HUB_STYLE = """
QLabel#hubStatus[kind="error"] { color: #b3261e; }
QTreeWidget#hubResults { border: 1px solid palette(midlight); border-radius: 6px; }
"""
COLUMNS = (
    QT_TRANSLATE_NOOP("HubView", "Model"),
    QT_TRANSLATE_NOOP("HubView", "Format"),
    QT_TRANSLATE_NOOP("HubView", "Downloads"),
    QT_TRANSLATE_NOOP("HubView", "Likes"),
    QT_TRANSLATE_NOOP("HubView", "Updated"),
)
REFRESH_TIP = QT_TRANSLATE_NOOP(
    "HubView", "Read every catalog model's files and sizes from Hugging Face."
)
OFFLINE_POLL_MS = 1000


def hub_api_factory(hub_api: object | None) -> Callable[[], Any]:
    """``hub_api``, or a real HfApi with the keychain's token (made on the worker thread)."""
    if hub_api is not None:
        return lambda: hub_api

    def make() -> Any:
        from desktop.core.hub.token_store import TokenStore

        return default_api(TokenStore().get())

    return make


def offline_hub_message() -> str:
    """Why the Hub is out of reach while offline mode is on, in the interface language."""
    return translate("HubSearch", OFFLINE_HUB_MESSAGE)


def count_text(n: int) -> str:
    """ "1.2M", "45K", "812" for download and like counts."""
    millions, thousands = translate("HubView", "{count}M"), translate("HubView", "{count}K")
    for template, scale in ((millions, 1e6), (thousands, 1e3)):
        if n >= scale:
            count = f"{n / scale:.1f}".removesuffix(".0")
            return template.format(count=count)
    return str(n)


def hub_fit(
    entry: CatalogEntry | None, quant: GGUFQuant, profile: MachineProfile
) -> tuple[Verdict, str]:
    """The verdict and its numbers; without the architecture only weights and overhead count."""
    if entry is not None:
        return fit_for(entry, quant, profile).verdict, fit_tooltip(entry, quant, profile)
    overhead = runtime_bytes(DEFAULT_CONTEXT)
    total, budget = quant.size + overhead, profile.memory_budget
    verdict = verdict_for(total, budget)
    tip = translate(
        "HubView",
        "{verdict} on this computer, counting weights and overhead only:\n"
        "  weights {weights}\n"
        "  + overhead {overhead}\n"
        "  = {total} of {budget} available\n"
        "This model is not in the catalog, so its architecture is unknown and the memory\n"
        "for the context (KV cache) is not counted; leave room for it.",
    ).format(
        verdict=VERDICT_TEXT[verdict],
        weights=format_size(quant.size),
        overhead=format_size(overhead),
        total=format_size(total),
        budget=format_size(budget),
    )
    return verdict, tip


class HubFileRow(DownloadRow):
    """One downloadable item of a repository: quantisation, name, size, fit and Download."""

    download_clicked = Signal()

    def __init__(self, label: str, detail: str, quant: GGUFQuant, fit: tuple[Verdict, str]) -> None:
        super().__init__()
        self.setObjectName("hubFileRow")
        self.quant = quant
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 2, 4, 2)
        self.quant_label = QLabel(label)
        self.quant_label.setObjectName("quantName")
        self.quant_label.setMinimumWidth(80)
        self.size_label = QLabel(format_size(quant.size))
        self.size_label.setMinimumWidth(70)
        self.name_label = dim_label(detail, "hubFileName")
        verdict, tip = fit
        self.badge = badge(VERDICT_TEXT[verdict], "fitBadge", tip)
        self.badge.setProperty("fit", VERDICT_KEY[verdict])
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge.setMinimumWidth(76)
        self.badge.setAccessibleName(
            translate("CatalogCards", "{verdict} on this computer").format(
                verdict=VERDICT_TEXT[verdict]
            )
        )
        self.download_button = QPushButton(translate("CatalogCards", "Download"))
        self.download_button.setObjectName("hubDownloadButton")
        self.download_button.setAccessibleName(
            translate("HubView", "Download {name} ({detail})").format(name=label, detail=detail)
        )
        self.download_button.clicked.connect(self.download_clicked)
        for widget in (self.quant_label, self.size_label, self.badge):
            row.addWidget(widget)
        row.addWidget(self.name_label, 1)
        row.addWidget(self.download_button)


class ResultItem(QTreeWidgetItem):
    """A search result; its children are the repository's files once read."""

    def __init__(self, model: HubModel) -> None:
        updated = model.last_modified.date().isoformat() if model.last_modified else ""
        counts = [count_text(model.downloads), count_text(model.likes)]
        super().__init__([model.repo, model.format.upper(), *counts, updated])
        self.model = model
        self.state = ""  # "", "loading" or "loaded"
        self.file_rows: list[HubFileRow] = []
        self.setToolTip(
            0,
            translate("HubView", "{repo} on Hugging Face; open it to see its files.").format(
                repo=model.repo
            ),
        )
        self.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)


class HubView(QWidget):
    """The search box, its results and each result's files. Emits :attr:`download_requested`."""

    download_requested = Signal(object, object, object)  # CatalogEntry, GGUFSource, GGUFQuant

    def __init__(
        self,
        jobs: TaskRunner,
        api_factory: Callable[[], Any],
        catalog: Catalog,
        profile: MachineProfile,
        offline: Callable[[], bool],
        refresh_button: QPushButton | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("hubView")
        self.setStyleSheet(HUB_STYLE)
        self.catalog, self._profile = catalog, profile
        self._jobs, self._api_factory, self._offline = jobs, api_factory, offline
        self.closed = False  # set at shutdown: requests waiting for the Hub give up
        self._search: Task | None = None
        self.refresh_button = refresh_button  # "Refresh from the Hub", enabled with the search
        self.refreshing = False
        self._searching = False
        self._offline_timer = QTimer(self)  # the offline switch lives in Settings: follow it
        self._offline_timer.setInterval(OFFLINE_POLL_MS)
        self._offline_timer.timeout.connect(self.update_offline)
        self._items: list[ResultItem] = []
        self._installed: set[str] = set()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.search_box = QLineEdit()
        self.search_box.setObjectName("hubSearchBox")
        self.search_box.setAccessibleName(translate("HubView", "Search the Hugging Face Hub"))
        self.search_box.setPlaceholderText(
            translate("HubView", "Search the Hugging Face Hub for GGUF and MLX models…")
        )
        self.search_box.setClearButtonEnabled(True)
        self.search_box.returnPressed.connect(self._on_search_button_clicked)
        self.search_box.textChanged.connect(self._on_search_box_text_changed)
        self.search_button = QPushButton(translate("HubView", "Search the Hub"))
        self.search_button.setObjectName("hubSearchButton")
        self.search_button.setAccessibleName(translate("HubView", "Search the Hugging Face Hub"))
        self.search_button.clicked.connect(self._on_search_button_clicked)
        self.status = dim_label("", "hubStatus")
        self.status.setAccessibleName(translate("HubView", "Hugging Face search status"))
        self.status.setWordWrap(True)
        self.status.hide()
        row.addWidget(QLabel(translate("HubView", "Hugging Face:")))
        row.addWidget(self.search_box, 1)
        row.addWidget(self.search_button)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.results = QTreeWidget()
        self.results.setObjectName("hubResults")
        self.results.setAccessibleName(translate("HubView", "Hugging Face search results"))
        self.results.setHeaderLabels([translate("HubView", c) for c in COLUMNS])
        self.results.setMinimumHeight(220)
        header = self.results.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.results.itemExpanded.connect(self._on_results_item_expanded)
        self.results.itemClicked.connect(self._on_results_item_clicked)
        self.results.hide()
        layout.addWidget(self.results)
        self.update_offline()

    # --- public API -----------------------------------------------------------------------

    def update_offline(self) -> None:
        """Disable searching and refreshing while offline mode is on, and say why."""
        offline = self._offline()
        message = offline_hub_message()
        self.search_box.setEnabled(not offline)
        self.search_button.setEnabled(not offline and not self._searching)
        for widget in (self.search_box, self.search_button):
            widget.setToolTip(message if offline else "")
        if self.refresh_button is not None:
            self.refresh_button.setEnabled(not offline and not self.refreshing)
            self.refresh_button.setToolTip(
                message if offline else translate("HubView", REFRESH_TIP)
            )
        for item in self._items:
            for row in item.file_rows:
                row.set_offline(offline)
        if offline:
            self._set_status(message)
        elif self.status.text() == message:
            self._set_status("")

    def search(self, query: str | None = None) -> None:
        """Search the Hub for ``query`` (default: the box's text) off the GUI thread."""
        if query is not None:
            self.search_box.setText(query)
        if self._offline():
            self.update_offline()
            return
        self._cancel_search()  # a newer search replaces the results
        text, factory = self.search_box.text(), self._api_factory
        self._searching = True
        self.search_button.setEnabled(False)
        self._set_status(translate("HubView", "Searching Hugging Face…"))

        def done(models: list[HubModel]) -> None:
            self._searching = False
            self.update_offline()
            self._show_results(models, text)

        def failed(exc: Exception) -> None:
            self._searching = False
            self.update_offline()
            message = translate("HubView", "Could not search Hugging Face ({error}).")
            self._set_status(_plain(message, exc), error=True)

        self._search = self._jobs.run(
            lambda ctx: search_models(text, api=factory(), cancel=ctx.cancelled),
            on_done=done,
            on_error=failed,
            owner=self,
            name="search Hugging Face",
        )

    def result_items(self) -> list[ResultItem]:
        return list(self._items)

    def result(self, repo: str) -> ResultItem:
        return next(i for i in self._items if i.model.repo == repo)

    def set_catalog(self, catalog: Catalog) -> None:
        self.catalog = catalog

    def mark_installed(self, filenames: set[str]) -> None:
        """Show "Installed" instead of Download for files already in the library."""
        self._installed = set(filenames)
        for item in self._items:
            for row in item.file_rows:
                row.set_installed(row.filenames <= self._installed)

    def shutdown(self) -> None:
        """Abandon requests still waiting for the Hub (the page is closing)."""
        self.closed = True
        self._jobs.cancel_all(self)
        self._offline_timer.stop()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.update_offline()
        if not self.closed:
            self._offline_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._offline_timer.stop()

    # --- results --------------------------------------------------------------------------

    def _set_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setProperty("kind", "error" if error else "info")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setVisible(bool(text))

    def _show_results(self, models: list[HubModel], query: str) -> None:
        self.results.clear()
        self._items = [ResultItem(m) for m in models]
        self.results.addTopLevelItems(self._items)
        self.results.setVisible(bool(models))
        what = f'"{query.strip()}"' if query.strip() else "Qwen"
        count = len(models)
        if models:
            self._set_status(
                translate(
                    "HubView",
                    "%n models on Hugging Face for {query}; open one to see its files.",
                    None,
                    count,
                ).format(query=what)
            )
        else:
            self._set_status(
                translate(
                    "HubView", "No GGUF or MLX model on Hugging Face matches {query}."
                ).format(query=what)
            )

    def _on_search_button_clicked(self) -> None:
        self.search()

    def _on_search_box_text_changed(self, text: str) -> None:
        if not text and not self._offline():  # cleared: put the results away
            self._cancel_search()
            self._searching = False
            self.results.clear()
            self._items = []
            self.results.hide()
            self._set_status("")
            self.update_offline()

    def _on_results_item_clicked(self, item: QTreeWidgetItem, column: int) -> None:
        if isinstance(item, ResultItem):
            item.setExpanded(not item.isExpanded())

    def _on_results_item_expanded(self, item: QTreeWidgetItem) -> None:
        if not isinstance(item, ResultItem) or item.state:
            return
        if self._offline():
            self._show_placeholder(item, offline_hub_message())
            return
        item.state = "loading"
        self._show_placeholder(
            item, translate("HubView", "Reading the file list from Hugging Face…")
        )
        repo, factory = item.model.repo, self._api_factory

        def done(files: list[HubFile]) -> None:
            if not self._is_current(item):  # a newer search replaced the results
                return
            item.state = "loaded"
            self._show_files(item, files)

        def failed(exc: Exception) -> None:
            if not self._is_current(item):
                return
            item.state = ""  # opening it again tries again
            message = translate("HubView", "Could not read the files of {repo} ({error}).")
            self._show_placeholder(item, _plain(message.replace("{repo}", repo), exc))

        self._jobs.run(
            lambda ctx: list_repo_files(repo, api=factory(), cancel=ctx.cancelled),
            on_done=done,
            on_error=failed,
            owner=self,
            name="read a repository's files",
        )

    def _cancel_search(self) -> None:
        if self._search is not None:
            self._search.cancel()
            self._search = None

    def _is_current(self, item: ResultItem) -> bool:
        return any(i is item for i in self._items)

    def _show_placeholder(self, item: ResultItem, text: str) -> None:
        item.takeChildren()
        child = QTreeWidgetItem([text])
        child.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.addChild(child)
        child.setFirstColumnSpanned(True)

    def _show_files(self, item: ResultItem, files: list[HubFile]) -> None:
        repo = item.model.repo
        entry = catalog_entry_for(self.catalog, repo)
        offers = download_choices(item.model.format, files)
        if not offers:
            message = (
                translate("HubView", "{repo} has no GGUF model file to download.")
                if item.model.format == "gguf"
                else translate("HubView", "{repo} has no file to download.")
            )
            self._show_placeholder(item, message.format(repo=repo))
            return
        item.takeChildren()
        item.file_rows = []
        for label, detail, quant in offers:
            row = HubFileRow(label, detail, quant, hub_fit(entry, quant, self._profile))
            row.set_installed(row.filenames <= self._installed)
            row.set_offline(self._offline())
            source = GGUFSource(repo, "main", repo.startswith("Qwen/"), (quant,))
            owner = entry or stand_in_entry(repo, source)
            row.download_clicked.connect(
                lambda e=owner, s=source, q=quant: self.download_requested.emit(e, s, q)
            )
            child = QTreeWidgetItem()
            item.addChild(child)
            child.setFirstColumnSpanned(True)
            self.results.setItemWidget(child, 0, row)
            item.file_rows.append(row)


def _plain(message: str, exc: Exception) -> str:
    """``message`` (a translated "Could not … ({error})."), or a download error's own text."""
    if isinstance(exc, DownloadError):
        return str(exc)
    return message.replace("{error}", f"{type(exc).__name__}: {exc}")
