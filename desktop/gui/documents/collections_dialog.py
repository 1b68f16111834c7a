"""Documents ▸ Collections…: named collections of documents that any chat can switch on.

Create one from a folder (re-scanned on each indexing) or from chosen files, rename it,
re-index it (only files whose content changed are read again), or delete it with its index.
Indexing runs in the background (:mod:`desktop.gui.documents.jobs`); this dialog only reads
the index (short queries on the GUI thread) and starts jobs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.i18n import translate
from desktop.documents.index import DocumentIndex
from desktop.documents.records import CollectionInfo, DocumentError
from desktop.gui.documents.jobs import IndexJobs
from desktop.gui.documents.widgets import IndexProgressStrip, documents_filter

OpenIndex = Callable[[], DocumentIndex]


def unique_name(wanted: str, taken: Sequence[str]) -> str:
    """``wanted``, or "wanted (2)", "wanted (3)"… when a collection already has the name."""
    lowered = {name.casefold() for name in taken}
    if wanted.casefold() not in lowered:
        return wanted
    number = 2
    while f"{wanted} ({number})".casefold() in lowered:
        number += 1
    return f"{wanted} ({number})"


def describe(info: CollectionInfo) -> str:
    """One line under a collection's name: what it holds and how its indexing stands."""
    parts = [translate("CollectionsDialog", "%n file(s)", None, info.files)]
    if info.failed:
        parts.append(translate("CollectionsDialog", "%n could not be read", None, info.failed))
    if info.pending:
        parts.append(translate("CollectionsDialog", "%n not indexed yet", None, info.pending))
    parts.append(str(info.root) if info.root else translate("CollectionsDialog", "chosen files"))
    return " · ".join(parts)


class CollectionsDialog(QDialog):
    def __init__(
        self,
        open_index: OpenIndex,
        jobs: IndexJobs,
        db_path: Path | None,
        embedder_note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("collectionsDialog")
        self.setWindowTitle(translate("CollectionsDialog", "Document collections"))
        self._open_index = open_index
        self.jobs = jobs
        self.db_path = db_path
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "CollectionsDialog",
                "A collection is a folder or a set of files that any chat can search. Switch "
                "collections on for a chat with the Documents button under the message box.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setObjectName("collectionsList")
        self.list.setAccessibleName(translate("CollectionsDialog", "Collections"))
        self.list.currentItemChanged.connect(lambda *_: self._sync_buttons())
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.folder_button = self._button(
            translate("CollectionsDialog", "New from &folder…"), "newFromFolder", self.ask_folder
        )
        self.files_button = self._button(
            translate("CollectionsDialog", "New from fi&les…"), "newFromFiles", self.ask_files
        )
        self.rename_button = self._button(
            translate("CollectionsDialog", "&Rename…"), "renameCollection", self.ask_rename
        )
        self.reindex_button = self._button(
            translate("CollectionsDialog", "Re-&index"), "reindexCollection", self.reindex_current
        )
        self.delete_button = self._button(
            translate("CollectionsDialog", "&Delete…"), "deleteCollection", self.ask_delete
        )
        for button in (self.folder_button, self.files_button, self.rename_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.reindex_button)
        row.addWidget(self.delete_button)
        layout.addLayout(row)
        self.progress = IndexProgressStrip()
        self.progress.cancel_requested.connect(self.jobs.cancel)
        layout.addWidget(self.progress)
        self.note = QLabel(embedder_note)
        self.note.setObjectName("collectionsNote")
        self.note.setWordWrap(True)
        self.note.setVisible(bool(embedder_note))
        layout.addWidget(self.note)
        self.message = QLabel()
        self.message.setObjectName("collectionsMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        jobs.progressed.connect(self._on_jobs_progressed)
        jobs.finished.connect(self._on_jobs_finished)
        jobs.failed.connect(self._say)
        self.resize(640, 420)
        self.refresh()

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- reading ---------------------------------------------------------------------------

    def collections(self) -> list[CollectionInfo]:
        try:
            return self._open_index().collections()
        except DocumentError as exc:
            self._say(str(exc))
            return []

    def refresh(self) -> None:
        current = self.current_id()
        self.list.clear()
        for info in self.collections():
            item = QListWidgetItem(f"{info.name}\n{describe(info)}")
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            self.list.addItem(item)
            if info.id == current:
                self.list.setCurrentItem(item)
        self._sync_buttons()

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _sync_buttons(self) -> None:
        chosen = self.current_id() is not None
        for button in (self.rename_button, self.reindex_button, self.delete_button):
            button.setEnabled(chosen)

    # -- actions (the buttons ask, then call these; tests call them directly) ---------------

    def create_from_folder(self, folder: Path, name: str = "") -> int:
        taken = [c.name for c in self.collections()]
        wanted = unique_name(name or folder.name or str(folder), taken)
        db_path = self.db_path

        def prepare() -> int:
            with DocumentIndex.open(db_path) as index:
                return index.create_collection(wanted, root=folder).id

        return self.jobs.index(wanted, prepare)

    def create_from_files(self, paths: Sequence[Path], name: str = "") -> int:
        taken = [c.name for c in self.collections()]
        first = paths[0].stem if paths else "Documents"
        wanted = unique_name(name or first, taken)
        db_path, chosen = self.db_path, list(paths)

        def prepare() -> int:
            with DocumentIndex.open(db_path) as index:
                collection = index.create_collection(wanted)
                index.add_files(collection.id, chosen)
                return collection.id

        return self.jobs.index(wanted, prepare)

    def rename(self, collection_id: int, name: str) -> bool:
        try:
            self._open_index().rename_collection(collection_id, name)
        except DocumentError as exc:
            self._say(str(exc))
            return False
        self.refresh()
        return True

    def reindex(self, collection_id: int) -> int | None:
        try:
            name = self._open_index().collection(collection_id).name
        except DocumentError as exc:
            self._say(str(exc))
            return None
        return self.jobs.index(name, lambda: collection_id)

    def delete(self, collection_id: int) -> None:
        """Delete the collection and its index (the chats that used it stop using it)."""
        try:
            self._open_index().delete_collection(collection_id)
        except DocumentError as exc:
            self._say(str(exc))
        self.refresh()

    # -- asking ----------------------------------------------------------------------------

    def ask_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("CollectionsDialog", "Choose a folder of documents")
        )
        if folder:
            self.create_from_folder(Path(folder))

    def ask_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, translate("CollectionsDialog", "Choose documents"), "", documents_filter()
        )
        if files:
            self.create_from_files([Path(f) for f in files])

    def ask_rename(self) -> None:
        collection_id = self.current_id()
        if collection_id is None:
            return
        old = self._open_index().collection(collection_id).name
        name, ok = QInputDialog.getText(
            self,
            translate("CollectionsDialog", "Rename collection"),
            translate("CollectionsDialog", "Name:"),
            text=old,
        )
        if ok and name.strip() and name != old:
            self.rename(collection_id, name)

    def reindex_current(self) -> None:
        collection_id = self.current_id()
        if collection_id is not None:
            self.reindex(collection_id)

    def ask_delete(self) -> None:
        collection_id = self.current_id()
        if collection_id is None:
            return
        name = self._open_index().collection(collection_id).name
        answer = QMessageBox.question(
            self,
            translate("CollectionsDialog", "Delete collection"),
            translate(
                "CollectionsDialog",
                "Delete the collection “{name}” and its index? Your files stay where they are.",
            ).format(name=name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete(collection_id)

    # -- jobs ------------------------------------------------------------------------------

    def _on_jobs_progressed(self, _progress: object) -> None:
        self.progress.show_progress(self.jobs.progress())
        if _progress is not None and getattr(_progress, "done", 1) == 0:
            self.refresh()  # a new collection appears as soon as it exists

    def _on_jobs_finished(self, report: object) -> None:
        self.progress.show_progress(self.jobs.progress())
        summary = getattr(report, "summary", "")
        failed = getattr(report, "failed", ())
        lines = [summary] + [f"{f.path.name}: {f.message}" for f in failed[:5]]
        self._say("\n".join(lines))
        self.refresh()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
