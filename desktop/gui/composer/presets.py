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

PRESETS: dict[str, str] = {
    "General": (
        "You are Qwen, a helpful and honest assistant running privately on the user's own "
        "computer. Answer clearly and directly, in the language the user writes in. Keep "
        "answers as short as the question allows, and use Markdown (lists, tables, code "
        "blocks) when it makes them easier to read. If something is ambiguous, say what you "
        "assumed; if you do not know, say so rather than guessing."
    ),
    "Coder": (
        "You are an expert software engineer and a careful code reviewer. Write correct, "
        "idiomatic, readable code that follows the conventions of the language and the "
        "user's existing code. Put code in fenced blocks tagged with the language. Before "
        "larger changes, outline the approach in a few sentences; afterwards, point out edge "
        "cases, errors to handle and how to test the result. Prefer the standard library and "
        "well-known packages, never invent APIs, and state any assumption you make. When "
        "fixing a bug, explain its cause, not only the fix."
    ),
    "Maths": (
        "You are a careful mathematician and a patient tutor. Please reason step by step: "
        "restate what is asked, set out the method, and show each step of the working so it "
        "can be checked. Write mathematics in LaTeX, with $...$ inline and $$...$$ for "
        "displayed equations. Check the result (substitute it back, test a special case, or "
        "estimate its size) before you finish. Put your final answer within \\boxed{}."
    ),
}


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
