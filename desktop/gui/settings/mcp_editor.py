"""mcp.json in Settings ▸ Tools: the file as text, checked when saved (a plain sentence for a
file that cannot be used, and nothing written then), and secrets for the system keychain with
a way to put their ``keychain:NAME`` reference into the file."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from desktop.core.i18n import translate
from desktop.gui.settings.fields import ERROR_COLOR, hint_label, named
from desktop.tools.mcp_config import (
    EXAMPLE,
    KEYCHAIN_PREFIX,
    McpConfigError,
    save_config_text,
    save_secret,
)

OK_COLOR = "#2b8a3e"


class McpFileEditor(QGroupBox):
    """The mcp.json editor; ``saved`` once a checked file is written (restart the servers)."""

    saved = Signal()

    def __init__(self, path: Path) -> None:
        super().__init__("mcp.json")
        self.mcp_path = path
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                translate(
                    "McpFileEditor",
                    "{path} — the mcpServers shape of LM Studio and Claude Desktop. "
                    'Write secrets as "{reference}" and keep them in the keychain below.',
                ).format(path=self.mcp_path, reference=f"{KEYCHAIN_PREFIX}NAME")
            )
        )
        self.editor = QPlainTextEdit()
        named(self.editor, "mcpJson", "mcp.json")
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.setMinimumHeight(160)
        self.editor.setTabChangesFocus(True)
        layout.addWidget(self.editor)
        buttons = QHBoxLayout()
        self.save_file = QPushButton(translate("McpFileEditor", "Save mcp.json"))
        named(
            self.save_file,
            "saveMcpJson",
            translate("McpFileEditor", "Save mcp.json and restart the servers"),
        )
        self.save_file.clicked.connect(self._on_save_file_clicked)
        self.example = QPushButton(translate("McpFileEditor", "Insert an example"))
        named(self.example, "mcpExample", translate("McpFileEditor", "Insert an example mcp.json"))
        self.example.clicked.connect(self._on_example_clicked)
        buttons.addWidget(self.save_file)
        buttons.addWidget(self.example)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.file_message = QLabel()
        named(self.file_message, "mcpJsonMessage", translate("McpFileEditor", "mcp.json message"))
        self.file_message.setWordWrap(True)
        self.file_message.hide()
        layout.addWidget(self.file_message)
        secrets = QHBoxLayout()
        self.secret_name = QLineEdit()
        named(self.secret_name, "secretName", translate("McpFileEditor", "Secret name"))
        self.secret_name.setPlaceholderText(translate("McpFileEditor", "Name, e.g. search-token"))
        self.secret_value = QLineEdit()
        named(self.secret_value, "secretValue", translate("McpFileEditor", "Secret"))
        self.secret_value.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_value.setPlaceholderText(
            translate("McpFileEditor", "Secret (kept in the system keychain)")
        )
        self.save_secret = QPushButton(translate("McpFileEditor", "Save secret"))
        named(
            self.save_secret,
            "saveSecret",
            translate("McpFileEditor", "Save the secret in the keychain"),
        )
        self.save_secret.clicked.connect(self._on_save_secret_clicked)
        self.insert_secret = QPushButton(translate("McpFileEditor", "Insert reference"))
        named(
            self.insert_secret,
            "insertSecret",
            translate("McpFileEditor", "Insert {reference} into mcp.json").format(
                reference=f"{KEYCHAIN_PREFIX}NAME"
            ),
        )
        self.insert_secret.clicked.connect(self._on_insert_secret_clicked)
        for widget in (self.secret_name, self.secret_value, self.save_secret, self.insert_secret):
            secrets.addWidget(widget)
        layout.addLayout(secrets)
        self.load()

    def load(self) -> None:
        try:
            text = self.mcp_path.read_text(encoding="utf-8")
        except FileNotFoundError:
            text = ""
        except (OSError, UnicodeDecodeError) as exc:
            self.say(
                translate("McpFileEditor", "mcp.json could not be read ({error}).").format(
                    error=exc
                ),
                error=True,
            )
            return
        self.editor.setPlainText(text)

    def _on_save_file_clicked(self) -> None:
        try:
            config = save_config_text(self.mcp_path, self.editor.toPlainText())
        except McpConfigError as exc:
            self.say(str(exc), error=True)
            return
        names = ", ".join(s.name for s in config.servers)
        message = (
            translate("McpFileEditor", "Saved ({servers}).").format(servers=names)
            if names
            else translate("McpFileEditor", "Saved (no servers).")
        )
        if config.problems:
            message += " " + " ".join(config.problems)
        self.say(message, error=bool(config.problems))
        self.saved.emit()

    def _on_example_clicked(self) -> None:
        if not self.editor.toPlainText().strip():
            self.editor.setPlainText(json.dumps(EXAMPLE, indent=2) + "\n")

    def _on_save_secret_clicked(self) -> None:
        name, secret = self.secret_name.text().strip(), self.secret_value.text()
        if not name or not secret:
            self.say(
                translate("McpFileEditor", "Type a name and the secret to keep in the keychain."),
                error=True,
            )
            return
        try:
            save_secret(name, secret)
        except Exception as exc:  # keyring backends raise their own kinds
            self.say(
                translate(
                    "McpFileEditor", "The keychain did not take the secret ({error})."
                ).format(error=exc),
                error=True,
            )
            return
        self.secret_value.clear()
        self.say(
            translate(
                "McpFileEditor", 'Secret "{name}" saved in the keychain. Use "{reference}".'
            ).format(name=name, reference=f"{KEYCHAIN_PREFIX}{name}")
        )

    def _on_insert_secret_clicked(self) -> None:
        name = self.secret_name.text().strip()
        if name:
            self.editor.insertPlainText(f'"{KEYCHAIN_PREFIX}{name}"')
            self.editor.setFocus()

    def say(self, text: str, *, error: bool = False) -> None:
        self.file_message.setText(text)
        self.file_message.setStyleSheet(f"color: {ERROR_COLOR if error else OK_COLOR};")
        self.file_message.show()
