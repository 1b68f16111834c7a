"""Editing a sent message where the plain transcript is shown: a composer-sized, multi-line
editor under the transcript (Qt's rich text cannot hold an editor inside the text).

Keys as in the message box: Enter saves and resends (Shift+Enter adds a line), or, with
Enter-to-send off, Enter adds a line and Ctrl+Enter saves; Esc cancels.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.i18n import translate
from desktop.gui.widgets import theme

MIN_LINES = 3
MAX_LINES = 12


class EditBox(QFrame):
    """Edits one message; ``saved(message_id, text)`` or ``cancelled(message_id)`` ends it."""

    saved = Signal(int, str)
    cancelled = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editBox")
        self.setAccessibleName(translate("EditBox", "Edit message"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.message_id = 0
        self._enter_sends = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        self.title = QLabel(
            translate("EditBox", "Edit your message; saving sends it again as a new version.")
        )
        self.title.setObjectName("editBoxTitle")
        theme.mute(self.title)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("editBoxEditor")
        self.editor.setAccessibleName(translate("EditBox", "Edited message"))
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.editor.setTabChangesFocus(True)
        self.editor.installEventFilter(self)
        self.editor.textChanged.connect(self._on_editor_text_changed)
        self.hint = QLabel()
        self.hint.setObjectName("editBoxHint")
        theme.mute(self.hint)
        self.cancel_button = QPushButton(translate("EditBox", "Cancel"))
        self.cancel_button.setObjectName("editCancelButton")
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button = QPushButton(translate("EditBox", "Save && resend"))
        self.save_button.setObjectName("editSaveButton")
        self.save_button.setAccessibleName(translate("EditBox", "Save and resend"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        bar = QHBoxLayout()
        bar.addWidget(self.hint, 1)
        bar.addWidget(self.cancel_button)
        bar.addWidget(self.save_button)
        layout.addWidget(self.title)
        layout.addWidget(self.editor)
        layout.addLayout(bar)
        self.hide()

    def begin(self, message_id: int, text: str, enter_sends: bool) -> None:
        """Show the editor with ``text`` and put the cursor at its end."""
        self.message_id = message_id
        self._enter_sends = enter_sends
        self.hint.setText(
            translate("EditBox", "Enter to resend · Shift+Enter for a new line · Esc to cancel")
            if enter_sends
            else translate("EditBox", "Ctrl+Enter to resend · Esc to cancel")
        )
        self.editor.setPlainText(text)
        self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)
        self.show()
        self._fit()
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        text = self.editor.toPlainText()
        if not text.strip():
            return
        self.hide()
        self.saved.emit(self.message_id, text)

    def cancel(self) -> None:
        self.hide()
        self.cancelled.emit(self.message_id)

    def _fit(self) -> None:
        """Grow with the text from MIN_LINES up to MAX_LINES, then scroll."""
        lines = int(self.editor.document().size().height())
        lines = max(MIN_LINES, min(MAX_LINES, lines))
        margins = self.editor.contentsMargins()
        extra = 2 * self.editor.frameWidth() + margins.top() + margins.bottom() + 8
        self.editor.setFixedHeight(lines * self.editor.fontMetrics().lineSpacing() + extra)

    def _on_editor_text_changed(self) -> None:
        self.save_button.setEnabled(bool(self.editor.toPlainText().strip()))
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.editor
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and self._handle_key(event)
        ):
            return True
        return super().eventFilter(watched, event)

    def _handle_key(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        if key == Qt.Key.Key_Escape:
            self.cancel()
            return True
        if key not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        if ctrl or (self._enter_sends and not shift):
            self.save()
            return True
        self.editor.textCursor().insertText("\n")  # a plain newline, never U+2028
        return True
