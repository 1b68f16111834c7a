"""The composer's Documents button: which collections this chat searches (check marks), and
plainly what search there is (keywords only until an embedding model is chosen)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QStyle, QToolButton, QWidget

from desktop.core.i18n import translate
from desktop.documents.records import CollectionInfo


def short_search_note(has_embedder: bool) -> str:
    if has_embedder:
        return translate("DocumentsButton", "Search: keywords and meaning")
    return translate("DocumentsButton", "Search: keywords only (no embedding model)")


def search_note(has_embedder: bool) -> str:
    """What document search does now, in words (shown in the menu and the dialog)."""
    if has_embedder:
        return translate(
            "DocumentsButton",
            "Search: keywords and meaning (the embedding model chosen in the Library).",
        )
    return translate(
        "DocumentsButton",
        "Search: keywords only. Keyword search works; an embedding model (Qwen3 Embedding "
        "0.6B in the Library, then “Use for documents”) also finds passages that answer a "
        "question worded differently.",
    )


class DocumentsButton(QToolButton):
    """A drop-down: the named collections with check marks for this chat, then Manage."""

    toggled_collection = Signal(int, bool)  # collection id, on
    manage_requested = Signal()
    attach_requested = Signal()

    def __init__(
        self,
        collections: Callable[[], Sequence[CollectionInfo]],
        enabled_ids: Callable[[], set[int]],
        has_embedder: Callable[[], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("documentsButton")
        self.setAccessibleName(translate("DocumentsButton", "Documents for this chat"))
        self.setToolTip(translate("DocumentsButton", "Choose the collections this chat searches"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._collections = collections
        self._enabled_ids = enabled_ids
        self._has_embedder = has_embedder
        self.menu_ = QMenu(self)
        self.menu_.setObjectName("documentsMenu")
        self.menu_.setToolTipsVisible(True)
        self.menu_.aboutToShow.connect(self.rebuild)
        self.setMenu(self.menu_)
        self.set_count(0)

    def sizeHint(self) -> QSize:
        """Room for the drop-down arrow too: Qt's own hint leaves it over the last letters
        (visible with longer words, e.g. Nepali's "कागजातहरू")."""
        hint = super().sizeHint()
        arrow = self.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, self)
        return QSize(hint.width() + arrow, hint.height())

    def set_count(self, on: int) -> None:
        """The button's text: how many collections are on for this chat."""
        if on:
            self.setText(translate("DocumentsButton", "Documents (%n)", None, on))
        else:
            self.setText(translate("DocumentsButton", "Documents"))

    def rebuild(self) -> None:
        menu = self.menu_
        menu.clear()
        found = list(self._collections())
        on = self._enabled_ids()
        if not found:
            empty = menu.addAction(translate("DocumentsButton", "No collections yet"))
            empty.setEnabled(False)
        for info in found:
            action = QAction(info.name, menu)
            action.setObjectName(f"collection_{info.id}")
            action.setCheckable(True)
            action.setChecked(info.id in on)
            action.setToolTip(translate("DocumentsButton", "%n file(s)", None, info.files))
            action.toggled.connect(
                lambda checked, cid=info.id: self.toggled_collection.emit(cid, checked)
            )
            menu.addAction(action)
        menu.addSeparator()
        attach = menu.addAction(translate("DocumentsButton", "Attach files…"))
        attach.triggered.connect(self.attach_requested)
        manage = menu.addAction(translate("DocumentsButton", "Manage collections…"))
        manage.setObjectName("manageCollections")
        manage.triggered.connect(self.manage_requested)
        menu.addSeparator()
        has_embedder = self._has_embedder()
        note = menu.addAction(short_search_note(has_embedder))
        note.setObjectName("searchNote")
        note.setToolTip(search_note(has_embedder))
        note.setEnabled(False)
