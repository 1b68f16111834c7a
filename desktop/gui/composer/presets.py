"""System prompt presets (General, Coder, Maths) and the dialog that edits one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.prompts import PRESETS

__all__ = ["PRESETS", "SystemPromptDialog"]


class SystemPromptDialog(QDialog):
    """Edit the system prompt of the current preset; Reset to default brings the preset back."""

    def __init__(self, preset: str, prompt: str, default: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("systemPromptDialog")
        self.setWindowTitle(f"System prompt: {preset}")
        self.setAccessibleName("Edit system prompt")
        self.resize(560, 360)
        self._default = default
        layout = QVBoxLayout(self)
        intro = QLabel(
            f"The {preset} preset tells the model how to behave in this chat. Changes apply "
            "to the next message."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.editor = QPlainTextEdit(prompt)
        self.editor.setObjectName("systemPromptEdit")
        self.editor.setAccessibleName("System prompt")
        self.editor.setTabChangesFocus(True)
        layout.addWidget(self.editor, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.reset_button = QPushButton("Reset to default")
        self.reset_button.setObjectName("resetPromptButton")
        self.reset_button.setAccessibleName("Reset to default")
        self.reset_button.clicked.connect(self._on_reset_button_clicked)
        buttons.addButton(self.reset_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("savePromptButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def prompt(self) -> str:
        return self.editor.toPlainText().strip()

    def _on_reset_button_clicked(self) -> None:
        self.editor.setPlainText(self._default)
