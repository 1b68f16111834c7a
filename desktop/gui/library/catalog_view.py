"""The Discover tab: the curated catalog grouped by family, a task filter and a search box,
with what fits this computer and the best pick per task at the top. The page may add a
Hugging Face search panel (:meth:`CatalogView.set_hub_view`) and swap in a refreshed catalog."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.hardware import MachineProfile
from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.models.advice import Advice, advise
from desktop.core.models.catalog import Catalog
from desktop.core.models.describe import family_text
from desktop.core.models.fit import Recommendation
from desktop.gui.library.catalog_cards import (
    CARD_STYLE,
    TASK_TITLES,
    EntryCard,
    RecommendedBox,
    dim_label,
)
from desktop.gui.widgets import text_size

FILTERS = [(QT_TRANSLATE_NOOP("CatalogCards", "All tasks"), "all")] + [
    (title, task) for task, title in TASK_TITLES.items()
]
"""(English title, task) pairs; titles are shown through ``translate("CatalogCards", …)``."""
RECOMMENDED_TASKS = ("chat", "code", "maths")


class CatalogView(QWidget):
    """Browse and download catalog models. Emits :attr:`download_requested`."""

    download_requested = Signal(object, object, object)  # CatalogEntry, GGUFSource, GGUFQuant
    refresh_clicked = Signal()  # "Refresh from the Hub"

    def __init__(
        self, catalog: Catalog, profile: MachineProfile, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("catalogView")
        self.setStyleSheet(CARD_STYLE)
        self.catalog = catalog
        self._offline = False
        self._recommend(catalog, profile)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(self._build_filters())
        self._layout = layout

        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("catalogScroll")
        self.scroll_area.setWidgetResizable(True)
        self.list = QWidget()
        self.list.setObjectName("catalogList")
        self.list.setAccessibleName(translate("CatalogView", "Model catalog"))
        column = QVBoxLayout(self.list)
        column.setSpacing(8)
        self.recommended = RecommendedBox(self.advice, profile)
        self.recommended.download_clicked.connect(self.download_requested)
        column.addWidget(self.recommended)

        self._cards: list[EntryCard] = []
        self._headers: dict[str, QLabel] = {}
        self._column = column
        self._profile = profile
        self._picks = self._recommended_picks()
        self._installed: set[str] = set()
        self._unbuilt = catalog.families()
        self.empty_label = dim_label(
            translate("CatalogView", "No model in the catalog matches."), "catalogEmpty"
        )
        self.empty_label.hide()
        column.addWidget(self.empty_label)
        self._show_provenance()
        column.addStretch(1)
        self.scroll_area.setWidget(self.list)
        layout.addWidget(self.scroll_area, 1)

    # --- building: one family per event-loop turn, from the first show -------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._unbuilt:
            QTimer.singleShot(0, self, self._build_next_family)  # dies with the view

    def _build_next_family(self) -> None:
        if not self._unbuilt:
            return
        self._build_family(self._unbuilt.pop(0))
        self._apply_filter()
        if self._unbuilt:
            QTimer.singleShot(0, self, self._build_next_family)  # dies with the view

    def ensure_built(self) -> None:
        """Build every card now (queries need them; the tab builds them gradually)."""
        while self._unbuilt:
            self._build_family(self._unbuilt.pop(0))
        self._apply_filter()

    def _build_family(self, family: str) -> None:
        index = self._column.indexOf(self.empty_label)
        header = QLabel(family_text(family))
        header.setObjectName("familyHeader")
        text_size.relative(header, 1.2, bold=True)
        self._headers[family] = header
        widgets: list[QWidget] = [header]
        for entry in self.catalog:
            if entry.family == family:
                card = EntryCard(entry, self._profile)
                card.set_recommended(self._picks.get(entry.id, []))
                card.set_offline(self._offline)
                card.download_clicked.connect(self.download_requested)
                for row in card.quant_rows:
                    row.set_installed(row.filenames <= self._installed)
                self._cards.append(card)
                widgets.append(card)
        for offset, widget in enumerate(widgets):
            self._column.insertWidget(index + offset, widget)

    def _build_filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.task_filter = QComboBox()
        self.task_filter.setObjectName("taskFilter")
        self.task_filter.setAccessibleName(translate("CatalogView", "Show models for task"))
        for title, task in FILTERS:
            self.task_filter.addItem(translate("CatalogCards", title), task)
        self.task_filter.currentIndexChanged.connect(self._apply_filter)
        self.search = QLineEdit()
        self.search.setObjectName("catalogSearch")
        self.search.setAccessibleName(translate("CatalogView", "Search the catalog"))
        self.search.setPlaceholderText(
            translate("CatalogView", "Search models (name, size, licence, quant)…")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_filter)
        self.provenance = dim_label("", "catalogDate")
        self.refresh_button = QPushButton(translate("CatalogView", "Refresh from the Hub"))
        self.refresh_button.setObjectName("refreshCatalogButton")
        self.refresh_button.setAccessibleName(
            translate("CatalogView", "Refresh the catalog from the Hugging Face Hub")
        )
        self.refresh_button.clicked.connect(self.refresh_clicked)
        row.addWidget(self.task_filter)
        row.addWidget(self.search, 1)
        row.addWidget(self.provenance)
        row.addWidget(self.refresh_button)
        return row

    def _show_provenance(self) -> None:
        """ "Catalog of <date> · bundled data", or "... · refreshed <date>" after a refresh."""
        date = self.catalog.catalog_date
        dated = translate("CatalogView", "Catalog of {date}").format(date=date) if date else ""
        stamps = [e.refreshed_at for e in self.catalog if e.refreshed_at is not None]
        origin = translate("CatalogView", "bundled data")
        if stamps:
            day = max(stamps).date().isoformat()
            whole = len(stamps) == len(self.catalog)
            origin = (
                translate("CatalogView", "refreshed {date}").format(date=day)
                if whole
                else translate("CatalogView", "partly refreshed {date}").format(date=day)
            )
        self.provenance.setText(" · ".join(p for p in (dated, origin) if p))
        self.provenance.setToolTip(
            translate("CatalogView", "Sizes read from Hugging Face.")
            if stamps
            else translate("CatalogView", "Sizes bundled with the app.")
        )

    def _recommend(self, catalog: Catalog, profile: MachineProfile) -> None:
        self.advice: dict[str, Advice | None] = {
            task: advise(task, profile, catalog) for task in RECOMMENDED_TASKS
        }
        self.recommendations: dict[str, Recommendation | None] = {
            task: found.pick if found else None for task, found in self.advice.items()
        }

    def _recommended_picks(self) -> dict[str, list[str]]:
        picks: dict[str, list[str]] = {}
        for task, rec in self.recommendations.items():
            if rec is not None:
                picks.setdefault(rec.entry.id, []).append(task)
        return picks

    # --- changes from the page -------------------------------------------------------------

    def set_hub_view(self, view: QWidget) -> None:
        """Show ``view`` (the Hugging Face search) between the filters and the catalog."""
        self._layout.insertWidget(1, view)

    def set_catalog(self, catalog: Catalog) -> None:
        """Show ``catalog`` (e.g. refreshed from the Hub) instead: cards and picks rebuilt."""
        self.catalog = catalog
        self._recommend(catalog, self._profile)
        self._picks = self._recommended_picks()
        old_box = self.recommended
        self.recommended = RecommendedBox(self.advice, self._profile)
        self.recommended.set_offline(self._offline)
        self.recommended.download_clicked.connect(self.download_requested)
        self._column.replaceWidget(old_box, self.recommended)
        for widget in [old_box, *self._cards, *self._headers.values()]:
            widget.hide()
            self._column.removeWidget(widget)
            widget.deleteLater()
        self._cards, self._headers = [], {}
        self._unbuilt = catalog.families()
        self._show_provenance()
        if self.isVisible():
            QTimer.singleShot(0, self, self._build_next_family)  # dies with the view

    # --- queries (tests and the page) -----------------------------------------------------

    def cards(self) -> list[EntryCard]:
        self.ensure_built()
        return list(self._cards)

    def card(self, entry_id: str) -> EntryCard:
        return next(c for c in self.cards() if c.entry.id == entry_id)

    def visible_cards(self) -> list[EntryCard]:
        return [c for c in self.cards() if not c.isHidden()]

    def set_task(self, task: str) -> None:
        self.task_filter.setCurrentIndex(self.task_filter.findData(task))

    def set_offline(self, offline: bool) -> None:
        """Download buttons off (saying why) while offline mode is on."""
        self._offline = offline
        self.recommended.set_offline(offline)
        for card in self._cards:
            card.set_offline(offline)

    def mark_installed(self, filenames: Iterable[str]) -> None:
        """Show "Installed" instead of Download for quantisations already in the library."""
        self._installed = set(filenames)
        for card in self._cards:
            for row in card.quant_rows:
                row.set_installed(row.filenames <= self._installed)

    # --- filtering ------------------------------------------------------------------------

    def _apply_filter(self) -> None:
        task = str(self.task_filter.currentData())
        words = self.search.text().lower().split()
        shown_families = set()
        for card in self._cards:
            match = card.matches(task, words)
            card.setHidden(not match)
            if match:
                shown_families.add(card.entry.family)
        for family, header in self._headers.items():
            header.setHidden(family not in shown_families)
        self.recommended.setHidden(bool(words))
        self.empty_label.setHidden(bool(shown_families) or bool(self._unbuilt))
