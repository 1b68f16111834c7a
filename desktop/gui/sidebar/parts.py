"""Small parts of the sidebar: the notice strip ("Chat deleted · Undo"), a chat's context
menu, and asking where to export a chat."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QWidget,
)

NOTICE_MS = 8000
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')

_STYLE = (
    "QFrame#deleteNotice { background: palette(alternate-base); border: 1px solid "
    "palette(mid); border-radius: 6px; }"
    "QPushButton#undoButton { color: palette(link); font-weight: 600; border: none; "
    "padding: 4px 10px; }"
    "QPushButton#undoButton:hover { text-decoration: underline; }"
)


class Notice(QFrame):
    """A short message that hides itself after ``NOTICE_MS``, optionally with an Undo button."""

    undo_clicked = Signal()
    expired = Signal()  # hid by itself, the Undo chance is gone

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deleteNotice")
        self.setAccessibleName("Notice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(_STYLE)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 4, 4)
        self.label = QLabel()
        self.label.setObjectName("noticeLabel")
        self.label.setWordWrap(True)
        self.undo_button = QPushButton("Undo")
        self.undo_button.setObjectName("undoButton")
        self.undo_button.setAccessibleName("Undo delete")
        self.undo_button.setFlat(True)
        self.undo_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.undo_button.clicked.connect(self.undo_clicked)
        row.addWidget(self.label, 1)
        row.addWidget(self.undo_button)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(NOTICE_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.hide()

    def show_message(self, text: str, undo: bool = False) -> None:
        """Show ``text`` (restarting the timer); ``undo`` adds the Undo button."""
        self.label.setText(text)
        self.undo_button.setVisible(undo)
        self.show()
        self.timer.start()

    def dismiss(self) -> None:
        self.timer.stop()
        self.hide()

    def _on_timer_timeout(self) -> None:
        self.hide()
        self.expired.emit()


def conversation_menu(
    parent: QWidget,
    pinned: bool,
    rename: Callable[[], None],
    pin: Callable[[], None],
    delete: Callable[[], None],
    export: Callable[[str], None],
) -> QMenu:
    """Rename, Pin/Unpin, Delete and Export ▸ Markdown/JSON; actions carry objectNames."""
    menu = QMenu(parent)
    menu.setObjectName("conversationMenu")
    entries = (
        ("renameAction", "Rename", rename),
        ("pinAction", "Unpin" if pinned else "Pin to top", pin),
        ("deleteAction", "Delete", delete),
    )
    for name, text, slot in entries:
        action = menu.addAction(text)
        action.setObjectName(name)
        action.triggered.connect(slot)
    submenu = menu.addMenu("Export")
    submenu.setObjectName("exportMenu")
    for name, text, kind in (
        ("exportMarkdownAction", "Markdown…", "markdown"),
        ("exportJsonAction", "JSON…", "json"),
    ):
        action = submenu.addAction(text)
        action.setObjectName(name)
        action.triggered.connect(lambda _=False, k=kind: export(k))
    return menu


def ask_export_target(parent: QWidget, title: str, kind: str) -> Path | None:
    """Ask for a file to export one chat to (``kind``: markdown or json); None if cancelled."""
    suffix, label = (".json", "JSON (*.json)") if kind == "json" else (".md", "Markdown (*.md)")
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name = _UNSAFE.sub(" ", title).strip()[:80] or "chat"
    default = Path(folder or Path.home()) / (name + suffix)
    chosen, _ = QFileDialog.getSaveFileName(parent, "Export chat", str(default), label)
    if not chosen:
        return None
    target = Path(chosen)
    return target if target.suffix.lower() == suffix else target.with_name(target.name + suffix)
