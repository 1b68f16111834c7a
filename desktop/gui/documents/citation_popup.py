"""The passage behind a citation: a click on [n] in a reply opens this small window with the
file name, its page or section, and the text the model was given (as kept with the reply,
so it still reads the same after the file changed)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.i18n import translate
from desktop.render.citations import source_label


def find_citation(stats: Mapping[str, Any], number: int) -> Mapping[str, Any] | None:
    """The kept source ``number`` of a reply's stats, or None."""
    items = stats.get("citations")
    for item in items if isinstance(items, list) else []:
        if isinstance(item, Mapping) and item.get("number") == number:
            return item
    return None


class CitationPopup(QDialog):
    def __init__(self, item: Mapping[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("citationPopup")
        number = int(item.get("number", 0))
        self.path = Path(str(item.get("path", "")))
        self.setWindowTitle(translate("CitationPopup", "Source [{number}]").format(number=number))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        self.where = QLabel(f"<b>[{number}]</b> " + _escape(source_label(item)))
        self.where.setObjectName("citationWhere")
        self.folder = QLabel(_escape(_shown_folder(self.path)))
        self.folder.setObjectName("citationFolder")
        self.folder.setEnabled(False)  # the muted colour
        self.folder.setWordWrap(True)
        self.text = QPlainTextEdit(str(item.get("text", "")))
        self.text.setObjectName("citationText")
        self.text.setReadOnly(True)
        self.text.setAccessibleName(translate("CitationPopup", "Cited passage"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = QPushButton(translate("CitationPopup", "&Open file"))
        self.open_button.setObjectName("citationOpen")
        self.open_button.setEnabled(self.path.is_file())
        self.open_button.clicked.connect(self.open_file)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.where)
        layout.addWidget(self.folder)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def open_file(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))


def _shown_folder(path: Path) -> str:
    """The file's folder, with the home folder as "~"."""
    try:
        return str(Path("~") / path.parent.relative_to(Path.home()))
    except ValueError:
        return str(path.parent)


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
