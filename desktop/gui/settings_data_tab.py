"""The settings dialog's Data tab: the models folder and the Hugging Face token.

The token is saved or cleared at once through :class:`TokenStore` (not on OK), and no
widget ever shows it after it is saved: only "•••• saved" and where it is kept.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.core.paths import app_paths
from desktop.core.secrets import SecretsError, TokenStatus, TokenStorage, TokenStore
from desktop.gui.settings_fields import ERROR_COLOR, field_cell, hint_label

SAVED_MASK = "•••• saved"


def _named(widget: QWidget, name: str, accessible: str) -> None:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)


class DataTab(QWidget):
    """Where models live and the Hugging Face token."""

    validity_changed = Signal()

    def __init__(self, token_store: TokenStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = token_store
        form = QFormLayout(self)
        self.models_dir = QLineEdit()
        _named(self.models_dir, "modelsDir", "Models folder")
        self.models_dir.setPlaceholderText(str(app_paths().models))
        self.models_dir.setMinimumWidth(280)
        self.browse = QPushButton("Browse…")
        _named(self.browse, "modelsDirBrowse", "Choose the models folder")
        self.browse.clicked.connect(self._on_browse_clicked)
        self.models_dir_message = QLabel()
        _named(self.models_dir_message, "modelsDirMessage", "Models folder problem")
        self.models_dir_message.setStyleSheet(f"color: {ERROR_COLOR};")
        self.models_dir_message.setWordWrap(True)
        self.models_dir_message.hide()
        self.models_dir.textChanged.connect(self._on_models_dir_changed)
        form.addRow(
            "Models folder",
            field_cell(
                self.models_dir,
                self.browse,
                message=self.models_dir_message,
                hint=hint_label(
                    "Empty: the app's own folder (shown greyed). New downloads go here."
                ),
            ),
        )

        self.token = QLineEdit()
        _named(self.token, "hfToken", "Hugging Face token")
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText("hf_…")
        self.token.setMinimumWidth(220)
        self.save_token = QPushButton("Save")
        _named(self.save_token, "hfTokenSave", "Save the Hugging Face token")
        self.clear_token = QPushButton("Clear")
        _named(self.clear_token, "hfTokenClear", "Clear the saved Hugging Face token")
        self.token_state = QLabel()
        _named(self.token_state, "hfTokenState", "Hugging Face token state")
        self.token_state.setWordWrap(True)
        self.token_message = QLabel()
        _named(self.token_message, "hfTokenMessage", "Hugging Face token problem")
        self.token_message.setStyleSheet(f"color: {ERROR_COLOR};")
        self.token_message.setWordWrap(True)
        self.token_message.hide()
        self.save_token.clicked.connect(self._on_save_token_clicked)
        self.clear_token.clicked.connect(self._on_clear_token_clicked)
        self.token.textChanged.connect(self._on_token_text_changed)
        self.token.returnPressed.connect(self._on_save_token_clicked)
        form.addRow(
            "Hugging Face token",
            field_cell(
                self.token,
                self.save_token,
                self.clear_token,
                message=self.token_message,
                hint=self.token_state,
            ),
        )
        form.addRow(
            "",
            hint_label(
                "Only gated models (those that ask you to accept a licence on huggingface.co) "
                "need a token. Create a read token at huggingface.co/settings/tokens."
            ),
        )
        self._show_status(self._store.status())
        self._on_token_text_changed()

    # -- models folder -------------------------------------------------------------------

    def set_models_dir(self, folder: str) -> None:
        self.models_dir.setText(folder)
        self._on_models_dir_changed()

    def models_dir_value(self) -> str:
        return self.models_dir.text().strip()

    def error(self) -> str:
        folder = self.models_dir_value()
        if not folder:
            return ""
        path = Path(folder).expanduser()
        if not path.is_absolute():
            return "Give the models folder as a full path, or use Browse…."
        if path.exists() and not path.is_dir():
            return f"{path} is a file, not a folder. Choose a folder."
        return ""

    def _on_models_dir_changed(self) -> None:
        error = self.error()
        self.models_dir_message.setText(error)
        self.models_dir_message.setVisible(bool(error))
        self.validity_changed.emit()

    def _on_browse_clicked(self) -> None:
        start = self.models_dir_value() or str(app_paths().models)
        folder = QFileDialog.getExistingDirectory(self, "Choose the models folder", start)
        if folder:
            self.set_models_dir(folder)

    # -- token ---------------------------------------------------------------------------

    def _show_status(self, status: TokenStatus) -> None:
        if status.storage is TokenStorage.KEYCHAIN:
            text = f"{SAVED_MASK} in the system keychain."
        elif status.storage is TokenStorage.SESSION:
            text = f"{SAVED_MASK}, kept for this session only (no keychain found)."
        elif self._store.session_only:
            text = "No token saved. No keychain was found, so a token would last this session only."
        else:
            text = "No token saved."
        self.token_state.setText(text)
        self.clear_token.setEnabled(status.has_token)

    def _on_token_text_changed(self) -> None:
        self.save_token.setEnabled(bool(self.token.text().strip()))
        self.token_message.hide()

    def _on_save_token_clicked(self) -> None:
        if not self.token.text().strip():
            return
        try:
            status = self._store.set(self.token.text())
        except SecretsError as exc:
            self.token_message.setText(str(exc))
            self.token_message.show()
            return
        self.token.clear()  # the token leaves the screen once it is stored
        self._show_status(status)

    def _on_clear_token_clicked(self) -> None:
        self._show_status(self._store.clear())
