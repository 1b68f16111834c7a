"""Puts the local API server into the window: the Server panel in a dock (made the first time
it is shown), its menu action, a status-bar note while an API request is served or waiting,
and the server started at launch when it was on when the app last closed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QLabel, QWidget

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.gui.app_state import AppState
from desktop.gui.server.controller import ServerController
from desktop.gui.server.panel import ServerPanel

SERVING = QT_TRANSLATE_NOOP("ServerHost", "Serving an API request…")
"""The status-bar note while an API request runs (English; shown translated)."""


class ServerHost(QObject):
    def __init__(self, state: AppState, window: QWidget) -> None:
        super().__init__(window)
        self.state = state
        self.controller = ServerController(state, self)
        self.panel: ServerPanel | None = None
        self.dock = QDockWidget(translate("ServerHost", "Local API server"), window)
        self.dock.setObjectName("serverDock")
        self.dock.setAllowedAreas(Qt.DockWidgetArea.AllDockWidgetAreas)
        self.dock.hide()
        self.action = QAction(translate("ServerHost", "Local &API server…"), window)
        self.action.setObjectName("serverAction")
        self.action.triggered.connect(lambda _checked=False: self.show_panel())
        self.status = QLabel()
        self.status.setObjectName("serverStatusNote")
        self.status.hide()
        self._serving_url = ""
        state.generation.queue_changed.connect(self._on_generation_queue_changed)
        self.controller.running_changed.connect(self._on_controller_running_changed)
        if state.settings.value.server.enabled:
            self.controller.start()

    def show_panel(self) -> ServerPanel:
        if self.panel is None:
            self.panel = ServerPanel(self.controller)
            self.dock.setWidget(self.panel)
        self.dock.show()
        self.dock.raise_()
        return self.panel

    def _on_controller_running_changed(self, running: bool, url: str) -> None:
        self._serving_url = url if running else ""
        self.status.setToolTip(
            translate("ServerHost", "The local API server is at {url}").format(url=url)
            if running
            else ""
        )
        self._show_note("")

    def _on_generation_queue_changed(self, waiting: int, running_source: str) -> None:
        # The signal's own values may be stale (sent from two threads): read the runner's.
        generation = self.state.generation
        if generation.running_source == "api":
            waiting = generation.runner.waiting()
            note = (
                translate("ServerHost", "Serving an API request… ({count} waiting)").format(
                    count=waiting
                )
                if waiting
                else translate("ServerHost", SERVING)
            )
        else:
            note = ""
        self._show_note(note)

    def _show_note(self, note: str) -> None:
        if not note and self._serving_url:
            note = translate("ServerHost", "API server on")

        self.status.setText(note)
        self.status.setVisible(bool(note))

    def close(self) -> None:
        self.controller.close()
