"""The conversation sidebar: new chat, search as you type, the chat list, and delete with undo.

Everything reads the :class:`HistoryStore` on the GUI thread: a page of the list costs about
a millisecond and a search about 5 ms, so nothing here needs a worker.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.history.store import HistoryError, HistoryStore
from desktop.core.i18n import translate
from desktop.gui.sidebar.models import (
    ConversationDelegate,
    ConversationListModel,
    display_title,
)
from desktop.gui.sidebar.parts import NOTICE_MS, ask_export_target, conversation_menu
from desktop.gui.sidebar.search import SearchResultDelegate, SearchResultsModel
from desktop.gui.widgets.notice import Notice, NoticeAction, NoticeKind

SEARCH_DELAY_MS = 150
CLOCK_MS = 60_000  # relative times ("5 min ago") are repainted once a minute


class Sidebar(QWidget):
    """The chats: pinned first, then newest first; search; rename, pin, delete, export."""

    conversation_selected = Signal(int)
    new_chat_requested = Signal()
    conversation_deleted = Signal(int)  # after it went to the trash
    conversation_restored = Signal(int)  # Undo took it back out of the trash
    # A search hit was chosen: conversation id, message id (0 for a title) and the matched
    # words, after conversation_selected (when the chat was not already open).
    match_chosen = Signal(int, int, object)

    def __init__(self, store: HistoryStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setAccessibleName(translate("Sidebar", "Chats"))
        self._store = store
        self._current_id: int | None = None
        self._updating = False  # programmatic selection changes emit nothing
        self._trashed: list[int] = []  # deleted while the Undo notice shows
        self._shown_when_trashed: int | None = None  # the open chat, if it was deleted
        self._build()
        self.refresh()

    # -- public API ----------------------------------------------------------------------

    def refresh(self, select_id: int | None = None) -> None:
        """Reload the list (and rerun an active search); ``None`` keeps the current highlight."""
        scroll = self.conversation_list.verticalScrollBar().value()
        self._updating = True
        try:
            self.list_model.reload(at_least=self.list_model.rowCount())
        finally:
            self._updating = False
        empty = self.list_model.rowCount() == 0
        self.empty_label.setVisible(empty)
        self.conversation_list.setVisible(not empty)
        if select_id is not None:
            self.select(select_id)
        else:
            keep = self._current_id
            if keep is not None and not self._listed(keep):
                keep = None
            self._highlight(keep, scroll=False)
            self.conversation_list.verticalScrollBar().setValue(scroll)
        if self._searching():
            self._run_search()

    def select(self, conversation_id: int | None) -> None:
        """Highlight a chat (``None``: none) without emitting ``conversation_selected``."""
        self._highlight(conversation_id, scroll=True)

    def current_id(self) -> int | None:
        return self._current_id

    def focus_search(self) -> None:
        """Put the cursor in the search box (the Ctrl+K target)."""
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def rename_current(self) -> None:
        """Start editing the highlighted chat's title in place (the F2 target)."""
        if self._current_id is None:
            return
        self._leave_search()
        row = self.list_model.row_of(self._current_id)
        if row >= 0:
            index = self.list_model.index(row)
            self.conversation_list.scrollTo(index)
            self.conversation_list.setFocus()
            self.conversation_list.edit(index)

    def delete_conversation(self, conversation_id: int) -> None:
        """Move a chat to the trash and offer Undo for a few seconds."""
        try:
            self._store.trash(conversation_id)
        except HistoryError as error:
            self._show_error(str(error))
            return
        if conversation_id == self._current_id:
            self._current_id = None
            self._shown_when_trashed = conversation_id
        self._trashed.append(conversation_id)
        self.conversation_deleted.emit(conversation_id)
        self.refresh()
        count = len(self._trashed)
        self._show_notice(
            translate("Sidebar", "Chat deleted")
            if count == 1
            else translate("Sidebar", "%n chats deleted", None, count),
            undo=True,
        )

    def undo_delete(self) -> None:
        """Take the chats deleted since the notice appeared back out of the trash."""
        restored, self._trashed = self._trashed, []
        shown, self._shown_when_trashed = self._shown_when_trashed, None
        self.notice.dismiss()
        back = []
        for conversation_id in restored:
            try:
                self._store.restore(conversation_id)
            except HistoryError as error:
                self._show_error(str(error))
                continue
            back.append(conversation_id)
            self.conversation_restored.emit(conversation_id)
        self.refresh()
        if shown in back and self._current_id is None:
            self._choose(shown)  # back to the chat that was open, shown and highlighted
        self.conversation_list.setFocus()

    def menu_for(self, conversation_id: int) -> QMenu:
        """The context menu of one chat (the caller shows it)."""
        conversation = self.list_model.conversation(self.list_model.row_of(conversation_id))
        pinned = conversation.pinned if conversation is not None else False
        return conversation_menu(
            self,
            pinned,
            rename=lambda: self._rename(conversation_id),
            pin=lambda: self._pin(conversation_id, not pinned),
            delete=lambda: self.delete_conversation(conversation_id),
            export=lambda kind: self.export_conversation(conversation_id, kind),
        )

    def export_conversation(self, conversation_id: int, kind: str) -> None:
        """Ask where to save one chat as Markdown or JSON (``kind``), then write it."""
        conversation = self.list_model.conversation(self.list_model.row_of(conversation_id))
        title = display_title(conversation) if conversation is not None else "chat"
        target = ask_export_target(self, title, kind)
        if target is None:
            return
        try:
            self._store.export_file(target, [conversation_id], kind)
        except HistoryError as error:
            self._show_error(str(error))
            return
        self._show_notice(translate("Sidebar", "Exported to {file}").format(file=target.name))

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)

        self.new_chat_button = QPushButton("+  " + translate("Sidebar", "New chat"))
        self.new_chat_button.setObjectName("newChatButton")
        self.new_chat_button.setAccessibleName(translate("Sidebar", "New chat"))
        self.new_chat_button.setToolTip(
            translate("Sidebar", "Start a new chat ({shortcut})").format(
                shortcut=_shortcut("Ctrl+N")
            )
        )
        self.new_chat_button.setMinimumHeight(34)
        self.new_chat_button.clicked.connect(self.new_chat_requested)
        layout.addWidget(self.new_chat_button)

        self.search_box = QLineEdit()
        self.search_box.setObjectName("searchBox")
        self.search_box.setAccessibleName(translate("Sidebar", "Search chats"))
        self.search_box.setPlaceholderText(
            translate("Sidebar", "Search chats ({shortcut})").format(shortcut=_shortcut("Ctrl+K"))
        )
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumHeight(30)
        self.search_box.textChanged.connect(self._on_search_box_text_changed)
        self.search_box.returnPressed.connect(self._on_search_box_return_pressed)
        self.search_box.installEventFilter(self)
        layout.addWidget(self.search_box)

        self.list_model = ConversationListModel(self._store, self)
        self.list_model.failed.connect(self._show_error)
        self.conversation_list = self._make_view(
            "conversationList", translate("Sidebar", "Chat list")
        )
        self.conversation_list.setModel(self.list_model)
        self.conversation_list.setItemDelegate(ConversationDelegate(self.conversation_list))
        self.conversation_list.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.conversation_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.conversation_list.customContextMenuRequested.connect(self._on_conversation_list_menu)
        # The selection, not the current index: a list taking the focus makes its first row
        # current without selecting it, and that must not open a chat.
        self.conversation_list.selectionModel().selectionChanged.connect(
            self._on_conversation_list_selection_changed
        )
        self.conversation_list.clicked.connect(self._on_conversation_list_clicked)

        self.results_model = SearchResultsModel(self._store, self)
        self.results_model.failed.connect(self._show_error)
        self.search_results = self._make_view(
            "searchResults", translate("Sidebar", "Search results")
        )
        self.search_results.setModel(self.results_model)
        self.search_results.setItemDelegate(SearchResultDelegate(self.search_results))
        self.search_results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.search_results.clicked.connect(self._on_search_results_activated)
        self.search_results.activated.connect(self._on_search_results_activated)

        self.empty_label = self._make_label(
            "emptyLabel", translate("Sidebar", "No chats yet.\nStart one with New chat.")
        )
        self.no_results_label = self._make_label("noResultsLabel", "")
        list_page = self._page(self.conversation_list, self.empty_label)
        results_page = self._page(self.search_results, self.no_results_label)
        self.stack = QStackedWidget()
        self.stack.addWidget(list_page)
        self.stack.addWidget(results_page)
        layout.addWidget(self.stack, 1)

        self.notice = Notice("deleteNotice", translate("Sidebar", "Notice"), timeout_ms=NOTICE_MS)
        self.notice.expired.connect(self._on_notice_expired)
        self.notice_label = self.notice.label
        layout.addWidget(self.notice)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)
        self._clock = QTimer(self)
        self._clock.setInterval(CLOCK_MS)
        self._clock.timeout.connect(self.conversation_list.viewport().update)
        self._clock.start()

    def _make_view(self, name: str, accessible: str) -> QListView:
        view = QListView()
        view.setObjectName(name)
        view.setAccessibleName(accessible)
        view.setUniformItemSizes(True)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setFrameShape(QFrame.Shape.NoFrame)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.installEventFilter(self)
        return view

    @staticmethod
    def _make_label(name: str, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setEnabled(False)  # drawn in the muted (disabled) text colour
        label.hide()
        return label

    @staticmethod
    def _page(view: QListView, label: QLabel) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(view, 1)
        box.addWidget(label, 1)
        return page

    # -- behaviour -------------------------------------------------------------------------

    def _listed(self, conversation_id: int) -> bool:
        """Whether a chat is in the list (out of the trash), without fetching every page."""
        if self.list_model.row_of(conversation_id, fetch=False) >= 0:
            return True
        try:
            return self._store.get_conversation(conversation_id).trashed is None
        except HistoryError:
            return False

    def _highlight(self, conversation_id: int | None, scroll: bool) -> None:
        self._current_id = conversation_id
        view = self.conversation_list
        selection = view.selectionModel()
        row = self.list_model.row_of(conversation_id) if conversation_id is not None else -1
        self._updating = True
        try:
            if row < 0:
                selection.clear()
                selection.setCurrentIndex(QModelIndex(), selection.SelectionFlag.NoUpdate)
            else:
                index = self.list_model.index(row)
                view.setCurrentIndex(index)
                if scroll:
                    view.scrollTo(index)
        finally:
            self._updating = False

    def _choose(self, conversation_id: int) -> None:
        if conversation_id == self._current_id:
            return
        self.select(conversation_id)
        self.conversation_selected.emit(conversation_id)

    def _rename(self, conversation_id: int) -> None:
        self.select(conversation_id)
        self.rename_current()

    def _pin(self, conversation_id: int, pinned: bool) -> None:
        try:
            self._store.set_pinned(conversation_id, pinned)
        except HistoryError as error:
            self._show_error(str(error))
            return
        self.refresh()
        row = self.list_model.row_of(conversation_id)
        if row >= 0:
            self.conversation_list.scrollTo(self.list_model.index(row))

    def _searching(self) -> bool:
        return bool(self.search_box.text().strip())

    def _run_search(self) -> None:
        self._search_timer.stop()
        query = self.search_box.text()
        if not query.strip():
            self._leave_search()
            return
        self.results_model.set_query(query)
        found = self.results_model.rowCount() > 0
        self.no_results_label.setText(
            ""
            if found
            else translate("Sidebar", "No chats match “{query}”.").format(query=query.strip())
        )
        self.no_results_label.setVisible(not found)
        self.search_results.setVisible(found)
        self.stack.setCurrentIndex(1)

    def _leave_search(self) -> None:
        self._search_timer.stop()
        if self.search_box.text():
            self.search_box.blockSignals(True)
            self.search_box.clear()
            self.search_box.blockSignals(False)
        self.results_model.set_query("")
        self.stack.setCurrentIndex(0)

    def _show_notice(self, text: str, undo: bool = False) -> None:
        if not undo:
            self._trashed = []
        actions = [
            NoticeAction(
                translate("Sidebar", "Undo"),
                self.undo_delete,
                "undoButton",
                translate("Sidebar", "Undo delete"),
            )
        ]

        self.notice.show_message(text, actions if undo else ())

    def _show_error(self, text: str) -> None:
        self._trashed = []
        self.notice.show_message(text, kind=NoticeKind.ERROR)

    # -- slots -----------------------------------------------------------------------------

    def _on_search_box_text_changed(self, text: str) -> None:
        if text.strip():
            self._search_timer.start()
        else:
            self._leave_search()

    def _on_search_box_return_pressed(self) -> None:
        self._run_search()
        if self.results_model.rowCount():
            self._on_search_results_activated(self.results_model.index(0))

    def _on_search_results_activated(self, index: QModelIndex) -> None:
        hit = self.results_model.hit(index.row())
        if hit is not None:
            self._choose(hit.conversation_id)
            terms = list(dict.fromkeys(text for text, matched in hit.segments() if matched))
            self.match_chosen.emit(hit.conversation_id, hit.message_id or 0, terms)

    def _on_conversation_list_selection_changed(self) -> None:
        if self._updating:
            return
        rows = self.conversation_list.selectionModel().selectedRows()
        conversation = self.list_model.conversation(rows[0].row()) if rows else None
        if conversation is not None:
            self._choose(conversation.id)

    def _on_conversation_list_clicked(self, index: QModelIndex) -> None:
        conversation = self.list_model.conversation(index.row())
        if conversation is not None:
            self._choose(conversation.id)

    def _on_conversation_list_menu(self, pos: QPoint) -> None:
        index = self.conversation_list.indexAt(pos)
        conversation = self.list_model.conversation(index.row()) if index.isValid() else None
        if conversation is not None:
            menu = self.menu_for(conversation.id)
            menu.aboutToHide.connect(menu.deleteLater)
            menu.popup(self.conversation_list.viewport().mapToGlobal(pos))

    def _on_notice_expired(self) -> None:
        self._trashed = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.search_box:
            if key == Qt.Key.Key_Escape:
                self._leave_search()
                self.conversation_list.setFocus()
                return True
            if key == Qt.Key.Key_Down and self._searching():
                self._run_search()
                self.search_results.setFocus()
                if (
                    self.results_model.rowCount()
                    and not self.search_results.currentIndex().isValid()
                ):
                    self.search_results.setCurrentIndex(self.results_model.index(0))
                return True
        elif watched is self.search_results and key == Qt.Key.Key_Escape:
            self._leave_search()
            self.search_box.setFocus()
            return True
        elif (
            watched is self.conversation_list
            and key == Qt.Key.Key_Delete
            and self.conversation_list.state() != QAbstractItemView.State.EditingState
        ):
            current = self.list_model.conversation(self.conversation_list.currentIndex().row())
            if current is not None:
                self.delete_conversation(current.id)
                return True
        return super().eventFilter(watched, event)


def _shortcut(keys: str) -> str:
    """``keys`` as this platform and language write them in a tool tip."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
