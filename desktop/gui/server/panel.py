"""The Server panel: turn the local API server on and off, copy its address and key, choose
port, network and allowed web origins (while it is off), and watch a live log of requests
with their tokens per second."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.gui.server.controller import ServerController

NETWORK_HOST = "0.0.0.0"
LOOPBACK_HOST = "127.0.0.1"
LOG_LINES = 500
OFF = QT_TRANSLATE_NOOP("ServerPanel", "Off. Start it to let programs use the loaded model.")


def network_addresses() -> list[str]:
    """This computer's IPv4 addresses on its networks (what other computers would use)."""
    import psutil

    found = []
    for addresses in psutil.net_if_addrs().values():
        for address in addresses:
            if address.family.name == "AF_INET" and not address.address.startswith("127."):
                found.append(address.address)
    return found


class ServerPanel(QWidget):
    def __init__(self, controller: ServerController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serverPanel")
        self.controller = controller
        self.toggle = QPushButton(translate("ServerPanel", "Start the server"))
        self.toggle.setObjectName("serverToggle")
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._on_toggle_toggled)
        self.status = QLabel()
        self.status.setObjectName("serverStatus")
        self.status.setWordWrap(True)
        self.address = QLineEdit()
        self.address.setObjectName("serverAddress")
        self.address.setReadOnly(True)
        self.address.setAccessibleName(translate("ServerPanel", "Server address"))
        self.copy_address = QPushButton(translate("ServerPanel", "Copy"))
        self.copy_address.setObjectName("copyServerAddress")
        self.copy_address.clicked.connect(
            lambda: self._copy(
                self.address.text(), translate("ServerPanel", "Address copied to the clipboard.")
            )
        )
        self.others = QLabel()
        self.others.setObjectName("serverNetworkAddresses")
        self.others.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.others.hide()
        self._error = ""
        self.port = QSpinBox()
        self.port.setObjectName("serverPort")
        self.port.setRange(1024, 65535)
        self.port.setAccessibleName(translate("ServerPanel", "Port"))
        self.network = QCheckBox(
            translate("ServerPanel", "Let other computers on the network connect (needs the key)")
        )
        self.network.setObjectName("serverNetwork")
        self.key = QLineEdit()
        self.key.setObjectName("serverKey")
        self.key.setReadOnly(True)
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setPlaceholderText(
            translate("ServerPanel", "No key: only this computer can connect")
        )
        self.key.setAccessibleName(translate("ServerPanel", "API key"))
        self.show_key = QCheckBox(translate("ServerPanel", "Show"))
        self.show_key.toggled.connect(self._on_show_key_toggled)
        self.copy_key = QPushButton(translate("ServerPanel", "Copy"))
        self.copy_key.setObjectName("copyServerKey")
        self.copy_key.clicked.connect(
            lambda: self._copy(
                self.key.text(), translate("ServerPanel", "Key copied to the clipboard.")
            )
        )
        self.new_key = QPushButton(translate("ServerPanel", "New key"))
        self.new_key.setObjectName("newServerKey")
        self.new_key.clicked.connect(self._on_new_key_clicked)
        self.origins = QLineEdit()
        self.origins.setObjectName("serverOrigins")
        self.origins.setPlaceholderText(
            translate("ServerPanel", "None (web pages may not call the server)")
        )
        self.origins.setToolTip(
            translate("ServerPanel", "Web pages allowed to call the server, e.g. {example}").format(
                example="http://localhost:3000"
            )
        )
        self.log = QPlainTextEdit()
        self.log.setObjectName("serverLog")
        self.log.setReadOnly(True)
        self.log.setMaximumBlockCount(LOG_LINES)
        self.log.setAccessibleName(translate("ServerPanel", "Request log"))
        self.log.setPlaceholderText(
            translate("ServerPanel", "Requests appear here as clients make them.")
        )
        self._build()
        controller.running_changed.connect(self._on_controller_running_changed)
        controller.failed.connect(self._on_controller_failed)
        controller.request_logged.connect(self._on_controller_request_logged)
        controller.state.settings.changed.connect(lambda _before, _after: self._show())
        self._show()

    def _build(self) -> None:
        form = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.address, 1)
        row.addWidget(self.copy_address)
        form.addRow(translate("ServerPanel", "Address"), row)
        form.addRow("", self.others)
        form.addRow(translate("ServerPanel", "Port"), self.port)
        form.addRow("", self.network)
        keys = QHBoxLayout()
        keys.addWidget(self.key, 1)
        keys.addWidget(self.show_key)
        keys.addWidget(self.copy_key)
        keys.addWidget(self.new_key)
        form.addRow(translate("ServerPanel", "API key"), keys)
        form.addRow(translate("ServerPanel", "Web origins"), self.origins)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toggle)
        layout.addWidget(self.status)
        layout.addLayout(form)
        layout.addWidget(QLabel(translate("ServerPanel", "Requests")))
        layout.addWidget(self.log, 1)

    # -- showing ---------------------------------------------------------------------------

    def _show(self) -> None:
        controller = self.controller
        settings = controller.state.settings.value
        running = controller.running
        self.toggle.blockSignals(True)
        self.toggle.setChecked(running)
        self.toggle.blockSignals(False)
        self.toggle.setText(
            translate("ServerPanel", "Stop the server")
            if running
            else translate("ServerPanel", "Start the server")
        )
        self.toggle.setEnabled(not controller.busy)
        for field in (self.port, self.network, self.origins):
            field.setEnabled(not running and not controller.busy)
        self.port.setValue(settings.server.port)
        on_network = settings.server.host not in (LOOPBACK_HOST, "localhost", "::1")
        self.network.setChecked(on_network and not settings.offline)
        if settings.offline:
            self.network.setEnabled(False)
            self.network.setToolTip(
                translate("ServerPanel", "Offline mode keeps the server on this computer.")
            )
        self.origins.setText(", ".join(settings.server.cors_origins))
        self.key.setText(controller.key())
        port = settings.server.port
        self.address.setText(controller.url or f"http://{LOOPBACK_HOST}:{port}/v1")
        others = [f"http://{ip}:{port}/v1" for ip in network_addresses()] if on_network else []
        self.others.setText(
            translate("ServerPanel", "From other computers: {addresses}").format(
                addresses="  ".join(others)
            )
        )
        self.others.setVisible(running and bool(others))
        if running:
            self.status.setText(
                translate(
                    "ServerPanel", "Serving the loaded model to this computer and your network."
                )
                if on_network
                else translate("ServerPanel", "Serving the loaded model to this computer only.")
            )
        elif controller.busy:
            self.status.setText(
                translate("ServerPanel", "Starting…")
                if self.toggle.isChecked()
                else translate("ServerPanel", "Stopping…")
            )
        else:
            self.status.setText(self._error or translate("ServerPanel", OFF))

    # -- actions ---------------------------------------------------------------------------

    def _on_toggle_toggled(self, on: bool) -> None:
        self._error = ""
        if on:
            self._apply_fields()
            self.controller.start()
        else:
            self.controller.stop()
        self._show()

    def _apply_fields(self) -> None:
        """Keep what the fields say before starting (they are locked while it runs)."""
        network = self.network.isChecked()
        if network and not self.controller.key():
            self.key.setText(self.controller.new_key())
        origins = [o.strip() for o in self.origins.text().split(",") if o.strip()]
        self.controller.update(
            host=NETWORK_HOST if network else LOOPBACK_HOST,
            port=self.port.value(),
            cors_origins=origins,
        )

    def _on_new_key_clicked(self) -> None:
        self.key.setText(self.controller.new_key())
        if self.controller.running:
            self.status.setText(
                translate("ServerPanel", "New key made: restart the server for it to take effect.")
            )

    def _on_show_key_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.key.setEchoMode(mode)

    def _copy(self, text: str, done: str) -> None:
        if text:
            QGuiApplication.clipboard().setText(text)
            self.status.setText(done)

    def _on_controller_running_changed(self, running: bool, url: str) -> None:
        self._show()

    def _on_controller_failed(self, message: str) -> None:
        self._error = message
        self._show()

    def _on_controller_request_logged(self, record: object) -> None:
        line = getattr(record, "line", None)
        if callable(line):
            self.log.appendPlainText(line())
