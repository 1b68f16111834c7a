"""The window's tools beside the chat: resource meters, settings, offline switch, diagnostics.

Kept out of main_window.py so the window stays about layout and conversations.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDockWidget, QToolButton

from desktop.core.paths import app_paths
from desktop.core.settings import Settings, save_settings
from desktop.core.stats import model_bytes
from desktop.engines.base import GenerationStats, ModelInfo
from desktop.gui.meters.panel import MetersPanel, MeterStrip
from desktop.gui.meters.source import MeterSource
from desktop.gui.tasks import TaskRunner
from desktop.gui.widgets.notice import NoticeKind
from desktop.gui.window.diagnostics import start_diagnostics

if TYPE_CHECKING:
    from desktop.core.hub.token_store import TokenStore
    from desktop.gui.window.main_window import MainWindow

log = logging.getLogger(__name__)


class WindowTools(QObject):
    diagnostics_ready = Signal(str)
    offline_changed = Signal(bool)

    def __init__(self, window: MainWindow, *, tasks: TaskRunner | None = None) -> None:
        super().__init__(window)
        self.window = window
        self._token_store: TokenStore | None = None
        # The app's one runner, or a private one that close() shuts down.
        self._own_tasks = tasks is None
        self.tasks = tasks or TaskRunner(self, name="window-tools")
        self.source = MeterSource(parent=self, tasks=self.tasks)
        self.panel = MetersPanel(self.source)
        self.dock = QDockWidget("Resources", window)
        self.dock.setObjectName("metersDock")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.strip = MeterStrip(self.source)
        window.statusBar().addPermanentWidget(self.strip)
        self.offline_button = QToolButton()
        self.offline_button.setObjectName("offlineButton")
        self.offline_button.setAccessibleName("Offline mode")
        self.offline_button.setCheckable(True)
        self.offline_button.toggled.connect(self.set_offline)
        window.statusBar().addPermanentWidget(self.offline_button)
        self.diagnostics_ready.connect(self._on_diagnostics_ready)
        self._prompt = (0, 0, 0)  # system, prompt, n_ctx
        self._connect_worker()
        self._show_offline(window.settings.offline)

    @property
    def token_store(self) -> TokenStore:
        """The app's one token store (keyring is imported on first use, not at start-up)."""
        if self._token_store is None:
            from desktop.core.hub.token_store import TokenStore

            self._token_store = TokenStore()
        return self._token_store

    def _connect_worker(self) -> None:
        worker = self.window.generation.worker
        worker.loaded.connect(self._on_worker_loaded)
        worker.prompt_counted.connect(self._on_worker_prompt_counted)
        worker.tokens_counted.connect(self._on_worker_tokens_counted)
        worker.finished.connect(self._on_worker_finished)
        self.window.controller.busy_changed.connect(self._on_controller_busy_changed)

    # -- menu ------------------------------------------------------------------------------

    def actions(self) -> dict[str, QAction]:
        window = self.window
        meters = self.dock.toggleViewAction()
        meters.setText("Resource &meters")
        meters.setShortcut(QKeySequence("Ctrl+M"))
        settings = QAction("&Settings…", window)
        settings.setObjectName("settingsAction")
        settings.setShortcut(QKeySequence("Ctrl+,"))
        settings.triggered.connect(self.open_settings)
        offline = QAction("&Offline mode", window, checkable=True)
        offline.setObjectName("offlineAction")
        offline.setChecked(window.settings.offline)
        offline.toggled.connect(self.set_offline)
        self.offline_changed.connect(offline.setChecked)
        diagnostics = QAction("Copy &diagnostics", window)
        diagnostics.setObjectName("diagnosticsAction")
        diagnostics.triggered.connect(self.copy_diagnostics)
        return {
            "meters": meters,
            "settings": settings,
            "offline": offline,
            "diagnostics": diagnostics,
        }

    # -- meters ----------------------------------------------------------------------------

    def _on_worker_loaded(self, info: ModelInfo) -> None:
        try:
            size = model_bytes(Path(info.path))
        except OSError:
            size = 0
        self.source.set_model(info, size)

    def _on_controller_busy_changed(self, busy: bool) -> None:
        if busy:
            self.source.generation_started()

    def _on_worker_prompt_counted(self, system: int, prompt: int, n_ctx: int) -> None:
        self._prompt = (system, prompt, n_ctx)
        self.source.set_context(system, prompt - system, 0, 0, n_ctx)

    def _on_worker_tokens_counted(self, generated: int, thinking: int) -> None:
        self.source.tokens_progressed(generated, thinking)
        system, prompt, n_ctx = self._prompt
        if n_ctx:
            self.source.set_context(system, prompt - system, thinking, generated - thinking, n_ctx)

    def _on_worker_finished(self, stats: GenerationStats) -> None:
        self.source.generation_finished(stats)

    # -- settings and offline --------------------------------------------------------------

    def open_settings(self) -> None:
        from desktop.gui.settings.dialog import SettingsDialog

        window = self.window
        dialog = SettingsDialog(
            window.settings,
            token_store=self.token_store,
            model_path=Path(window.model.path) if window.model else None,
            tasks=self.tasks,
            parent=window,
        )
        if dialog.exec():
            self.apply_settings(dialog.settings())

    def apply_settings(self, settings: Settings) -> None:
        window = self.window
        window.settings = settings
        window.controller.settings = settings
        save_settings(settings, window.settings_path)
        window.apply_theme(settings.theme)
        window.chat_view.set_font_size(settings.font_size)
        window.composer.set_enter_to_send(settings.enter_to_send)
        window.composer.set_budget(settings.generation.thinking_budget)
        window.controller.thinking_budget = settings.generation.thinking_budget
        window.library.set_models_dir(
            Path(settings.models_dir) if settings.models_dir else app_paths().models
        )
        self._show_offline(settings.offline)

    def set_offline(self, on: bool) -> None:
        window = self.window
        if window.settings.offline != on:
            window.settings.offline = on
            save_settings(window.settings, window.settings_path)
        self._show_offline(on)

    def _show_offline(self, on: bool) -> None:
        self.offline_button.blockSignals(True)
        self.offline_button.setChecked(on)
        self.offline_button.blockSignals(False)
        self.offline_button.setText("● Offline" if on else "○ Online")
        self.offline_button.setToolTip(
            "Offline: Qwen Desk makes no network connection (downloads and Hub search are "
            "off). Click to go online."
            if on
            else "Online: only the model library reaches the Hugging Face Hub. Click to go offline."
        )
        self.offline_changed.emit(on)

    # -- diagnostics -----------------------------------------------------------------------

    def copy_diagnostics(self) -> None:
        window = self.window
        start_diagnostics(
            self.tasks,
            self,
            window.settings,
            window.model,
            self.token_store,  # made here: the keychain is opened on the GUI thread
            self.diagnostics_ready.emit,
            lambda text: window.banner.show_message(text, kind=NoticeKind.ERROR),
        )

    def _on_diagnostics_ready(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        lines = text.count("\n") + 1
        self.window.banner.show_message(
            f"Diagnostics copied to the clipboard ({lines} lines; your token and home folder "
            "are masked). Paste them into a bug report."
        )
        log.info("diagnostics copied (%d lines)", lines)

    def close(self) -> None:
        self.source.close()
        if self._own_tasks:
            self.tasks.shutdown()
