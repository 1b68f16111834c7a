"""The Trash (File ▸ Trash…): the chats deleted earlier, once their Undo is gone, to restore or
delete for good, and Empty trash, which also takes the messages deleted from chats.

Everything is keyboard reachable: the list has the focus (Enter restores, Delete deletes for
good) and each button has its Alt key. Deleting for good always asks first.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.history.records import HistoryError
from desktop.core.history.store import HistoryStore
from desktop.core.i18n import translate
from desktop.gui.sidebar.models import display_title, relative_time

ID_ROLE = Qt.ItemDataRole.UserRole


def _chats(n: int) -> str:
    if n == 1:
        return translate("TrashDialog", "%n chat", None, n)
    return translate("TrashDialog", "%n chats", None, n)


def _messages(n: int) -> str:
    if n == 1:
        return translate("TrashDialog", "%n message deleted from chats", None, n)
    return translate("TrashDialog", "%n messages deleted from chats", None, n)


class TrashDialog(QDialog):
    """Restore, Delete forever and Empty trash over the history's trash."""

    restored = Signal(list)  # ids of the chats taken back out of the trash
    deleted = Signal()  # something was deleted for good

    def __init__(self, store: HistoryStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trashDialog")
        self.setWindowTitle(translate("TrashDialog", "Trash"))
        self.setAccessibleName(translate("TrashDialog", "Trash"))
        self.resize(460, 420)
        self._store = store
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "TrashDialog",
                "Chats you deleted stay here until you empty the trash. Restore puts a chat back "
                "in the list; Delete forever cannot be undone.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setObjectName("trashList")
        self.list.setAccessibleName(translate("TrashDialog", "Deleted chats"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        self.list.installEventFilter(self)
        layout.addWidget(self.list, 1)
        self.empty_label = QLabel(translate("TrashDialog", "The trash is empty."))
        self.empty_label.setObjectName("trashEmptyLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setEnabled(False)  # drawn in the muted colour
        layout.addWidget(self.empty_label, 1)
        self.note = QLabel()
        self.note.setObjectName("trashNote")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        row = QHBoxLayout()
        self.restore_button = self._button(
            translate("TrashDialog", "&Restore"), "restoreButton", self.restore_selected
        )
        self.delete_button = self._button(
            translate("TrashDialog", "&Delete forever…"),
            "deleteForeverButton",
            self.delete_selected,
        )
        self.empty_button = self._button(
            translate("TrashDialog", "&Empty trash…"), "emptyTrashButton", self.empty_trash
        )
        for button in (self.restore_button, self.delete_button, self.empty_button):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row.addWidget(close)
        layout.addLayout(row)
        self.refresh()

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)  # Enter in the list restores; it never empties the trash
        button.clicked.connect(slot)
        return button

    # -- what is shown -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the trash again."""
        self.list.clear()
        try:
            trashed = self._store.list_trash()
            messages = self._store.trashed_message_count()
        except HistoryError as exc:
            self.note.setText(str(exc))
            trashed, messages = [], 0
        else:
            self.note.setText(
                translate("TrashDialog", "Emptying the trash also deletes {messages}.").format(
                    messages=_messages(messages)
                )
                if messages
                else ""
            )
        self.note.setVisible(bool(self.note.text()))
        for conversation in trashed:
            when = relative_time(conversation.trashed) if conversation.trashed else ""
            item = QListWidgetItem(
                translate("TrashDialog", "{title}  ·  deleted {when}").format(
                    title=display_title(conversation), when=when.lower()
                )
            )
            item.setData(ID_ROLE, conversation.id)
            self.list.addItem(item)
        self.list.setVisible(bool(trashed))
        self.empty_label.setVisible(not trashed)
        self.empty_button.setEnabled(bool(trashed) or messages > 0)
        if trashed:
            self.list.setCurrentRow(0)
            self.list.setFocus()
        self._update_buttons()

    def selected_ids(self) -> list[int]:
        return [int(item.data(ID_ROLE)) for item in self.list.selectedItems()]

    def _update_buttons(self) -> None:
        chosen = bool(self.list.selectedItems())
        self.restore_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # -- actions ----------------------------------------------------------------------------

    def restore_selected(self) -> None:
        done, error = [], ""
        for conversation_id in self.selected_ids():
            try:
                self._store.restore(conversation_id)
            except HistoryError as exc:
                error = str(exc)
                break
            done.append(conversation_id)
        self.refresh()
        if error:
            self.note.setText(error)
            self.note.show()
        if done:
            self.restored.emit(done)

    def delete_selected(self) -> None:
        items = self.list.selectedItems()
        if not items:
            return
        what = f"“{items[0].text().split('  ·  ')[0]}”" if len(items) == 1 else _chats(len(items))
        question = translate("TrashDialog", "Delete {what} for good? This cannot be undone.")
        if not self._confirm(
            translate("TrashDialog", "Delete forever"), question.format(what=what)
        ):
            return
        error = ""
        try:
            for conversation_id in self.selected_ids():
                self._store.delete_forever(conversation_id)
        except HistoryError as exc:
            error = str(exc)
        self._after_change(error)

    def empty_trash(self) -> None:
        chats = self.list.count()
        messages = self._store.trashed_message_count()
        if chats and messages:
            question = translate(
                "TrashDialog", "Delete {chats} and {messages} for good? This cannot be undone."
            )
        else:
            question = translate("TrashDialog", "Delete {what} for good? This cannot be undone.")
        what = _chats(chats) if chats else _messages(messages)
        question = question.format(chats=_chats(chats), messages=_messages(messages), what=what)
        if not self._confirm(translate("TrashDialog", "Empty trash"), question):
            return
        error = ""
        try:
            self._store.empty_trash()
        except HistoryError as exc:
            error = str(exc)
        self._after_change(error)

    def _after_change(self, error: str) -> None:
        self.refresh()
        if error:
            self.note.setText(error)
            self.note.show()
        self.deleted.emit()

    def _confirm(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        key = (
            event.key()
            if watched is self.list
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            else None
        )
        if key == Qt.Key.Key_Delete:
            self.delete_selected()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # not the dialog's Close
            self.restore_selected()
            return True
        return super().eventFilter(watched, event)
