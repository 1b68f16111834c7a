"""Rows of the Installed tab: a model in the library (Use, Details, Open folder, Delete) and a
model found in another app's folder (Use in place), in a simple scrolling list."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.i18n import translate
from desktop.core.models.describe import model_line
from desktop.core.models.discovery import InstalledModel, ModelSource
from desktop.core.models.embedders import is_embedding_name
from desktop.gui.library.catalog_cards import dim_label

ROW_STYLE = """
QFrame#installedRow, QFrame#foundRow {
  border: none; border-bottom: 1px solid palette(mid);
}
QLabel#modelName { font-weight: 600; }
QLabel#modelDetails {
  background: palette(alternate-base); border-radius: 6px; padding: 6px 10px;
}
QLabel#modelMissing { color: #d33c2f; }
"""


def _name_and_line(model: InstalledModel) -> QVBoxLayout:
    """The model's name (its path on hover) over its one-line summary."""
    text = QVBoxLayout()
    name = QLabel(model.name)
    name.setObjectName("modelName")
    name.setToolTip(str(model.path))
    text.addWidget(name)
    text.addWidget(dim_label(model_line(model), "modelLine"))
    return text


class RowList(QScrollArea):
    """A vertical list of row widgets of any height (unlike QListWidget's fixed hints)."""

    def __init__(self, name: str, accessible: str) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.body = QWidget()
        self.body.setObjectName(name)
        self.body.setAccessibleName(accessible)
        self.body.setBackgroundRole(QPalette.ColorRole.Base)
        self.body.setAutoFillBackground(True)
        self._column = QVBoxLayout(self.body)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(0)
        self._column.addStretch(1)
        self.setWidget(self.body)
        self._rows: list[QWidget] = []

    def rows(self) -> list[QWidget]:
        return list(self._rows)

    def set_rows(self, rows: Sequence[QWidget], *, keep: bool = False) -> None:
        """Show ``rows`` in order; rows no longer listed are deleted unless ``keep``."""
        for row in self._rows:
            self._column.removeWidget(row)
            if not keep and row not in rows:
                row.deleteLater()
        self._rows = list(rows)
        for index, row in enumerate(self._rows):
            self._column.insertWidget(index, row)

    def remove_row(self, row: QWidget) -> None:
        if row in self._rows:
            self._rows.remove(row)
            self._column.removeWidget(row)
            row.deleteLater()


def _button(text: str, name: str, accessible: str, slot: Callable[[], None]) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    button.clicked.connect(slot)
    return button


class ModelRow(QFrame):
    """An installed model. Details are read lazily, the first time they are asked for."""

    use_clicked = Signal(object)  # InstalledModel
    details_clicked = Signal(object)  # ModelRow
    delete_clicked = Signal(object)  # InstalledModel
    open_folder_clicked = Signal(object)  # InstalledModel
    documents_clicked = Signal(object)  # InstalledModel: an embedding model's "Use for documents"

    def __init__(self, model: InstalledModel) -> None:
        super().__init__()
        self.model = model
        # An embedding model is not for chatting: its one use is finding document passages.
        self.embedding = is_embedding_name(f"{model.name} {Path(model.path).name}")
        self.details_loaded = False
        self.setObjectName("installedRow")
        self.setAccessibleName(model.name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        top = QHBoxLayout()
        text = _name_and_line(model)
        if model.missing or not model.complete:
            why = (
                translate("ModelRow", "The file is no longer there.")
                if model.missing
                else translate("ModelRow", "Some parts are missing.")
            )
            missing = QLabel(why)
            missing.setObjectName("modelMissing")
            text.addWidget(missing)
        top.addLayout(text, 1)
        label = model.name
        self.use_button = _button(
            translate("ModelRow", "Use"),
            "useButton",
            translate("ModelRow", "Chat with {name}").format(name=label),
            self._on_use,
        )
        self.use_button.setEnabled(model.complete and not model.missing)
        self.details_button = _button(
            translate("ModelRow", "Details"),
            "detailsButton",
            translate("ModelRow", "Details of {name}").format(name=label),
            lambda: self.details_clicked.emit(self),
        )
        self.details_button.setCheckable(True)
        self.folder_button = _button(
            translate("ModelRow", "Open folder"),
            "openFolderButton",
            translate("ModelRow", "Open the folder of {name}").format(name=label),
            lambda: self.open_folder_clicked.emit(self.model),
        )
        self.folder_button.setEnabled(not model.missing)
        linked = model.source is ModelSource.LINKED
        self.delete_button = _button(
            translate("ModelRow", "Remove") if linked else translate("ModelRow", "Delete"),
            "deleteButton",
            (
                translate("ModelRow", "Remove {name}")
                if linked
                else translate("ModelRow", "Delete {name}")
            ).format(name=label),
            lambda: self.delete_clicked.emit(self.model),
        )
        if linked:
            self.delete_button.setToolTip(
                translate("ModelRow", "Forget this model; its file stays where it is.")
            )
        self.delete_button.setVisible(model.source in (ModelSource.LIBRARY, ModelSource.LINKED))
        if self.embedding:
            self.set_documents_choice(False)
        for button in (self.use_button, self.details_button, self.folder_button):
            top.addWidget(button)
        top.addWidget(self.delete_button)
        layout.addLayout(top)
        self.details = QLabel()
        self.details.setObjectName("modelDetails")
        self.details.setAccessibleName(
            translate("ModelRow", "Details of {name}").format(name=label)
        )
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.hide()
        layout.addWidget(self.details)

    def _on_use(self) -> None:
        if self.embedding:
            self.documents_clicked.emit(self.model)
        else:
            self.use_clicked.emit(self.model)

    def set_documents_choice(self, chosen: bool) -> None:
        """An embedding model's button: "Use for documents", or that it is the one used."""
        if chosen:
            self.use_button.setText(translate("ModelRow", "✓ Used for documents"))
            self.use_button.setToolTip(
                translate("ModelRow", "Chats search documents by meaning with it. Click to stop.")
            )
        else:
            self.use_button.setText(translate("ModelRow", "Use for documents"))
            self.use_button.setToolTip(
                translate(
                    "ModelRow",
                    "An embedding model: use it to find passages in your documents by meaning, "
                    "not only by keywords.",
                )
            )
        self.use_button.setAccessibleName(
            translate("ModelRow", "Use {name} for documents").format(name=self.model.name)
        )

    def show_details(self, text: str, loaded: bool = True) -> None:
        self.details_loaded = loaded
        self.details.setText(text)
        self.details.show()
        self.details_button.setChecked(True)

    def hide_details(self) -> None:
        self.details.hide()
        self.details_button.setChecked(False)


class FoundRow(QFrame):
    """A model another app keeps; "Use in place" adds it to the library without copying."""

    use_in_place_clicked = Signal(object)  # InstalledModel

    def __init__(self, model: InstalledModel) -> None:
        super().__init__()
        self.model = model
        self.setObjectName("foundRow")
        self.setAccessibleName(model.name)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        text = _name_and_line(model)
        row.addLayout(text, 1)
        self.use_button = _button(
            translate("FoundRow", "Use in place"),
            "useInPlaceButton",
            translate("FoundRow", "Use {name} in place").format(name=model.name),
            lambda: self.use_in_place_clicked.emit(self.model),
        )
        self.use_button.setToolTip(
            translate("FoundRow", "Add it to your models without copying; it stays where it is.")
        )

        self.use_button.setEnabled(model.complete)
        row.addWidget(self.use_button)
