"""The documents part of the main window: attaching files to the shown chat (paper clip,
drop on the window, paste), the chips of the attached files, the Documents button with this
chat's collections, Documents ▸ Collections…, indexing progress with Cancel, the passage
behind a citation, and forgetting the documents of chats deleted for good.

It works on the app state (the documents source, the chosen embedder, the task runner) and
on the chat controller and composer it is handed; the window only adds its actions and
forwards the transcript's "cite" clicks.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction, QDropEvent
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.core.history import HistoryError
from desktop.core.i18n import translate
from desktop.documents.attachments import (
    attach_files,
    attachments,
    detach_file,
    disable_collection,
    enable_collection,
    forget_conversation,
)
from desktop.documents.index import DocumentIndex
from desktop.documents.records import CollectionInfo, DocumentError
from desktop.gui.app_state import AppState
from desktop.gui.chat.controller import ChatController
from desktop.gui.composer.composer import Composer
from desktop.gui.composer.files import local_files
from desktop.gui.documents.citation_popup import CitationPopup, find_citation
from desktop.gui.documents.jobs import IndexJobs
from desktop.gui.documents.switches import DocumentsButton, search_note
from desktop.gui.documents.widgets import (
    AttachmentChips,
    IndexProgressStrip,
    attach_button,
    documents_filter,
)

if TYPE_CHECKING:
    from desktop.documents.indexer import IndexReport

log = logging.getLogger(__name__)


def expand(paths: Sequence[Path]) -> list[Path]:
    """Files to attach: files as given, the readable documents inside folders."""
    from desktop.documents.indexer import scan_folder  # with the first attachment

    found: list[Path] = []
    for path in paths:
        found.extend(scan_folder(path) if path.is_dir() else [path])
    return found


def failure_text(report: IndexReport) -> str:
    """A plain message about the files that could not be read ("" when all could)."""
    if not report.failed:
        return ""
    shown = "; ".join(f"{f.path.name}: {f.message}" for f in report.failed[:3])
    more = len(report.failed) - 3
    if more > 0:
        shown += " " + translate("DocumentsHost", "(and %n more)", None, more)
    return translate("DocumentsHost", "Some files could not be used: {files}").format(files=shown)


class DocumentsHost(QObject):
    notice = Signal(str)  # a plain sentence for the window's banner
    document_tokens = Signal(int)  # tokens of documents in the shown chat's running reply

    def __init__(
        self,
        state: AppState,
        controller: ChatController,
        composer: Composer,
        drop_target: QWidget,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        assert state.documents is not None
        self.state = state
        self.source = state.documents
        self.controller = controller
        self.composer = composer
        chosen = state.embedder
        self.jobs = IndexJobs(
            state.tasks,
            self.source.db_path,
            chosen.get if chosen is not None else (lambda: None),
            self,
        )
        self.chips = AttachmentChips()
        self.progress = IndexProgressStrip()
        self.attach = attach_button()
        self.button = DocumentsButton(self.collections, self.enabled_ids, self.has_embedder)
        composer.add_above_input(self.chips)
        composer.add_above_input(self.progress)
        composer.add_to_bar_start(self.attach)
        composer.add_to_bar(self.button)
        composer.set_attaching(True)
        composer.attach_requested.connect(self.attach_paths)
        self.attach.clicked.connect(self.choose_files)
        self.button.toggled_collection.connect(self.set_collection)
        self.button.manage_requested.connect(self.open_collections)
        self.button.attach_requested.connect(self.choose_files)
        self.chips.remove_requested.connect(self.detach)
        self.progress.cancel_requested.connect(self.jobs.cancel)
        self.jobs.progressed.connect(self._on_jobs_progressed)
        self.jobs.finished.connect(self._on_jobs_finished)
        self.jobs.failed.connect(self._on_jobs_failed)
        controller.options_changed.connect(self.refresh)
        controller.conversations_changed.connect(self.refresh)
        controller.documents_used.connect(self._on_documents_used)
        self.drop_target = drop_target
        drop_target.setAcceptDrops(True)
        drop_target.installEventFilter(self)
        self.dialog: QWidget | None = None
        self.popup: CitationPopup | None = None
        self.refresh()

    # -- reading the index (GUI thread: short queries) ---------------------------------------

    def index(self) -> DocumentIndex | None:
        """The GUI thread's connection, or None while there is no index yet."""
        if not self.source.in_use():
            return None
        try:
            return self.source.index()
        except DocumentError as exc:
            self.notice.emit(str(exc))
            return None

    def collections(self) -> list[CollectionInfo]:
        index = self.index()
        return index.collections() if index is not None else []

    def enabled_ids(self) -> set[int]:
        index, chat = self.index(), self.controller.conversation_id
        if index is None or chat is None:
            return set()
        return {c.id for c in attachments(index, chat).collections}

    def has_embedder(self) -> bool:
        return bool(self.state.settings.value.documents_embedder)

    def refresh(self, *_: object) -> None:
        """Show the shown chat's attached files and how many collections it searches."""
        index, chat = self.index(), self.controller.conversation_id
        if index is None or chat is None:
            self.chips.set_files([])
            self.button.set_count(0)
            return
        found = attachments(index, chat)
        self.chips.set_files(found.files)
        self.button.set_count(len(found.collections))

    # -- attaching -------------------------------------------------------------------------

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self.composer, translate("DocumentsHost", "Attach documents"), "", documents_filter()
        )
        if files:
            self.attach_paths([Path(f) for f in files])

    def attach_paths(self, paths: Sequence[Path]) -> int | None:
        """Attach files (and the documents inside folders) to the shown chat and index them
        in the background; returns the indexing job's number."""
        chat = self.controller.ensure_conversation()
        if chat is None or not paths:
            return None
        db_path, given = self.source.db_path, list(paths)
        name = given[0].name if len(given) == 1 else translate("DocumentsHost", "attachments")

        def prepare() -> int:
            with DocumentIndex.open(db_path) as index:
                return attach_files(index, chat, expand(given)).id

        return self.jobs.index(name, prepare)

    def detach(self, file_id: int) -> None:
        index, chat = self.index(), self.controller.conversation_id
        if index is None or chat is None:
            return
        try:
            detach_file(index, chat, file_id)
        except DocumentError as exc:
            self.notice.emit(str(exc))
        self.refresh()

    def set_collection(self, collection_id: int, on: bool) -> None:
        chat = self.controller.ensure_conversation()
        index = self.index()
        if index is None or chat is None:
            return
        try:
            if on:
                enable_collection(index, chat, collection_id)
            else:
                disable_collection(index, chat, collection_id)
        except DocumentError as exc:
            self.notice.emit(str(exc))
        self.refresh()

    # -- dropping on the window ------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.drop_target:
            return False
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            assert isinstance(event, QDropEvent)  # drag enter and move events are drop events
            files = local_files(event.mimeData())
            if not files:
                return False
            event.acceptProposedAction()
            if kind == QEvent.Type.Drop:
                self.attach_paths(files)
            return True
        return False

    # -- collections -----------------------------------------------------------------------

    def actions(self, parent: QWidget) -> list[QAction]:
        """Documents ▸ Collections…, Attach documents…"""
        manage = QAction(translate("DocumentsHost", "&Collections…"), parent)
        manage.setObjectName("collectionsAction")
        manage.triggered.connect(self.open_collections)
        attach = QAction(translate("DocumentsHost", "&Attach to this chat…"), parent)
        attach.setObjectName("attachAction")
        attach.triggered.connect(self.choose_files)
        return [manage, attach]

    def open_collections(self) -> QWidget:
        from desktop.gui.documents.collections_dialog import CollectionsDialog

        def open_index() -> DocumentIndex:
            return self.source.index()

        dialog = CollectionsDialog(
            open_index,
            self.jobs,
            self.source.db_path,
            search_note(self.has_embedder()),
            self.composer.window(),
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda *_: self.refresh())
        self.dialog = dialog
        dialog.open()
        return dialog

    # -- indexing --------------------------------------------------------------------------

    def _on_jobs_progressed(self, _progress: object) -> None:
        self.progress.show_progress(self.jobs.progress())

    def _on_jobs_finished(self, report: IndexReport) -> None:
        self.progress.show_progress(self.jobs.progress())
        text = failure_text(report)
        if report.cancelled:
            text = (report.summary + " " + text).strip()
        if text:
            self.notice.emit(text)
        self.refresh()

    def _on_jobs_failed(self, message: str) -> None:
        self.progress.show_progress(self.jobs.progress())
        self.notice.emit(message)
        self.refresh()

    # -- replies ---------------------------------------------------------------------------

    def _on_documents_used(self, context: object) -> None:
        tokens = getattr(context, "tokens", 0)
        self.document_tokens.emit(int(tokens) if isinstance(tokens, int) else 0)
        notes = getattr(context, "notes", ())
        if notes:
            self.notice.emit(" ".join(str(n) for n in notes))

    def show_citation(self, message_id: int, payload: str) -> CitationPopup | None:
        """The passage behind [n] of a reply (as kept in its stats)."""
        try:
            number = int(payload)
            stats = self.state.history.get_message(message_id).stats
        except (ValueError, HistoryError):
            return None
        item = find_citation(stats, number)
        if item is None:
            return None
        if self.popup is not None:
            self.popup.close()
        popup = CitationPopup(item, self.composer.window())
        popup.finished.connect(popup.deleteLater)
        self.popup = popup
        popup.show()
        return popup

    # -- chats deleted for good ------------------------------------------------------------

    def forget_deleted(self) -> None:
        """Drop the attachments, switches and citations of chats no longer in the history
        (deleted for good from the trash), off the GUI thread."""
        if not self.source.in_use():
            return
        db_path, history = self.source.db_path, self.state.history

        def work(_ctx: object) -> int:
            with DocumentIndex.open(db_path) as index:
                ids = {c.conversation_id for c in index.collections(include_chats=True)}
                ids |= {
                    row[0]
                    for row in index.conn.execute(
                        "SELECT conversation_id FROM conversation_collections "
                        "UNION SELECT conversation_id FROM citations"
                    )
                }
                gone = 0
                for chat in sorted(i for i in ids if i is not None):
                    try:
                        history.get_conversation(chat)
                    except HistoryError as exc:
                        if exc.reason != "not_found":
                            raise
                        forget_conversation(index, chat)
                        gone += 1
                return gone

        self.state.tasks.run(work, owner=self, name="documents-forget")
