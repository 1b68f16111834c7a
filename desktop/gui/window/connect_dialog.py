"""*Models ▸ Connect to a server…*: chat with a model on an OpenAI-compatible server (vLLM,
SGLang, llama.cpp's llama-server, Ollama, LM Studio, another Qwen Desk).

The user gives the base URL and, if the server wants one, an API key (kept in the system
keychain when asked); the server's models are listed off the GUI thread, and the chosen one
becomes a :class:`~desktop.engines.base.RemoteModel` the window loads like any model.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.hub.token_store import TokenStore
from desktop.core.i18n import translate
from desktop.engines.base import RemoteModel
from desktop.gui.tasks import TaskContext, TaskRunner

KEY_ACCOUNT = "server-key:{url}"


def server_keys(base_url: str) -> TokenStore:
    """The keychain entry for one server's API key."""
    return TokenStore(account=KEY_ACCOUNT.format(url=base_url.strip().rstrip("/")))


class ConnectDialog(QDialog):
    """Choose a server and one of its models. ``offline`` says whether offline mode is on
    (then only servers on this computer can be reached, and the dialog says so)."""

    def __init__(
        self,
        tasks: TaskRunner,
        recent: list[str],
        offline: Callable[[], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.setWindowTitle(translate("ConnectDialog", "Connect to a server"))
        self.setAccessibleName(translate("ConnectDialog", "Connect to a model server"))
        self.resize(560, 460)
        self._tasks = tasks
        self._offline = offline
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "ConnectDialog",
                "Chat with a model served by vLLM, SGLang, llama.cpp's llama-server, Ollama, LM "
                "Studio or another Qwen Desk. Give the server's OpenAI-compatible address.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.url = QComboBox()
        self.url.setObjectName("serverUrl")
        self.url.setAccessibleName(translate("ConnectDialog", "Server address"))
        self.url.setEditable(True)
        self.url.addItems(recent)
        self.url.setCurrentText(recent[0] if recent else "http://localhost:8000/v1")
        form.addRow(translate("ConnectDialog", "&Address:"), self.url)
        self.key = QLineEdit()
        self.key.setObjectName("serverKey")
        self.key.setAccessibleName(translate("ConnectDialog", "API key"))
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setPlaceholderText(translate("ConnectDialog", "Only if the server asks for one"))
        form.addRow(translate("ConnectDialog", "API &key:"), self.key)
        self.remember = QCheckBox(translate("ConnectDialog", "Keep the key in the system keychain"))
        self.remember.setObjectName("rememberKey")
        self.remember.setChecked(True)
        form.addRow("", self.remember)
        layout.addLayout(form)
        self.list_button = QPushButton(translate("ConnectDialog", "&List models"))
        self.list_button.setObjectName("listModels")
        self.list_button.clicked.connect(self.list_models)
        layout.addWidget(self.list_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.models = QListWidget()
        self.models.setObjectName("serverModels")
        self.models.setAccessibleName(translate("ConnectDialog", "Models on the server"))
        self.models.itemDoubleClicked.connect(lambda _item: self._accept_if_chosen())
        self.models.currentRowChanged.connect(lambda _row: self._sync())
        layout.addWidget(self.models, 1)
        self.status = QLabel()
        self.status.setObjectName("connectStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.connect_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.connect_button.setText(translate("ConnectDialog", "&Connect"))
        self.connect_button.setObjectName("connectButton")
        self.buttons.accepted.connect(self._accept_if_chosen)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.url.currentTextChanged.connect(self._on_url_changed)
        self._on_url_changed(self.url.currentText())
        if offline():
            self.status.setText(
                translate(
                    "ConnectDialog",
                    "Offline mode is on: only a server on this computer can be reached. Turn "
                    "offline mode off to use one on another machine.",
                )
            )
        self._sync()

    # -- values ------------------------------------------------------------------------------

    def base_url(self) -> str:
        return self.url.currentText().strip()

    def chosen(self) -> RemoteModel | None:
        """The server and model chosen (with the key as typed), or None."""
        item = self.models.currentItem()
        if item is None or not self.base_url():
            return None
        return RemoteModel(self.base_url(), item.text(), self.key.text().strip())

    # -- listing -----------------------------------------------------------------------------

    def list_models(self) -> None:
        """Ask the server for its models, off the GUI thread."""
        url, key = self.base_url(), self.key.text().strip()
        if not url:
            self.status.setText(translate("ConnectDialog", "Type the server's address first."))
            return
        offline = self._offline()
        self.list_button.setEnabled(False)
        self.status.setText(
            translate("ConnectDialog", "Asking {address} for its models…").format(address=url)
        )

        def work(ctx: TaskContext) -> list[str]:
            from desktop.engines.remote import list_models

            return list_models(url, key, offline=offline)

        self._tasks.run(
            work,
            on_done=self._on_models_listed,
            on_error=self._on_listing_failed,
            owner=self,
            name="list server models",
        )

    def _on_models_listed(self, models: list[str]) -> None:
        self.list_button.setEnabled(True)
        self.models.clear()
        self.models.addItems(models)
        if models:
            self.models.setCurrentRow(0)
            self.status.setText(
                translate(
                    "ConnectDialog",
                    "%n model(s) on this server. Choose one to chat with.",
                    None,
                    len(models),
                )
            )
        else:
            self.status.setText(
                translate(
                    "ConnectDialog",
                    "The server lists no models. Check that a model is loaded there.",
                )
            )
        self._sync()

    def _on_listing_failed(self, error: Exception) -> None:
        self.list_button.setEnabled(True)
        self.models.clear()
        self.status.setText(str(error) or type(error).__name__)
        self._sync()

    # -- keys --------------------------------------------------------------------------------

    def _on_url_changed(self, url: str) -> None:
        """Fill in the key kept for this server, if there is one."""
        self.models.clear()
        self._sync()
        if not url.strip():
            return
        try:
            kept = server_keys(url).get()
        except Exception:  # no keychain here: the user types the key each time
            kept = None
        if kept:
            self.key.setText(kept)

    def remember_key(self) -> str:
        """Keep (or forget) the typed key as the user chose; a plain note when it cannot be."""
        keys = server_keys(self.base_url())
        key = self.key.text().strip()
        try:
            if key and self.remember.isChecked():
                keys.set(key)
            elif not key:
                keys.clear()
        except Exception as exc:  # the key still works for this session
            return translate(
                "ConnectDialog",
                "The key could not be kept in the keychain ({error}); it is used this time.",
            ).format(error=exc)
        return ""

    def _sync(self) -> None:
        self.connect_button.setEnabled(self.models.currentItem() is not None)

    def _accept_if_chosen(self) -> None:
        if self.chosen() is not None:
            self.accept()
