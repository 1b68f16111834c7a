"""System prompt presets (General, Coder, Maths) and the dialog that edits a chat's prompt and,
beside it, the chat's sampling (see sampling_box.py)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.i18n import translate
from desktop.core.prompts import PRESETS
from desktop.core.sampling import Sampling
from desktop.gui.composer.sampling_box import SamplingAdvice, SamplingBox

__all__ = ["PRESETS", "SystemPromptDialog"]


class SystemPromptDialog(QDialog):
    """Edit the system prompt of the current preset (Reset to default brings the preset back)
    and, given ``advice``, the chat's sampling beside it."""

    def __init__(
        self,
        preset: str,
        prompt: str,
        default: str,
        parent: QWidget | None = None,
        *,
        sampling: Sampling | None = None,
        max_tokens: int = 0,
        advice: SamplingAdvice | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("systemPromptDialog")
        shown = translate("Presets", preset)
        self.setWindowTitle(
            translate("SystemPromptDialog", "System prompt and sampling: {preset}").format(
                preset=shown
            )
        )
        self.setAccessibleName(translate("SystemPromptDialog", "Edit system prompt and sampling"))
        self.resize(860 if advice is not None else 560, 440)
        self._default = default
        outer = QVBoxLayout(self)
        columns = QHBoxLayout()
        outer.addLayout(columns, 1)
        layout = QVBoxLayout()
        columns.addLayout(layout, 3)
        intro = QLabel(
            translate(
                "SystemPromptDialog",
                "The {preset} preset tells the model how to behave in this chat. Changes apply "
                "to the next message.",
            ).format(preset=shown)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.editor = QPlainTextEdit(prompt)
        self.editor.setObjectName("systemPromptEdit")
        self.editor.setAccessibleName(translate("SystemPromptDialog", "System prompt"))
        self.editor.setTabChangesFocus(True)
        layout.addWidget(self.editor, 1)
        self.sampling_box: SamplingBox | None = None  # after the editor: the tab order
        if advice is not None:
            self.sampling_box = SamplingBox(sampling, max_tokens, advice)
            columns.addWidget(self.sampling_box, 2)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.reset_button = QPushButton(translate("SystemPromptDialog", "Reset to default"))
        self.reset_button.setObjectName("resetPromptButton")
        self.reset_button.setAccessibleName(translate("SystemPromptDialog", "Reset to default"))
        self.reset_button.clicked.connect(self._on_reset_button_clicked)
        buttons.addButton(self.reset_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("savePromptButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

    def prompt(self) -> str:
        return self.editor.toPlainText().strip()

    def sampling(self) -> tuple[Sampling | None, int]:
        """The chat's own sampling and max tokens, or ``(None, 0)``: the recommended ones."""
        return self.sampling_box.values() if self.sampling_box is not None else (None, 0)

    def _on_reset_button_clicked(self) -> None:
        self.editor.setPlainText(self._default)
