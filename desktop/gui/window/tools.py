"""The window's tools beside the chat: resource meters, settings, offline switch, diagnostics.

They work on the app state; the window places their widgets (the meters dock, the status-bar
strip and the offline button) and their menu actions.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDockWidget, QToolButton, QWidget

from desktop.chat.outcome import Outcome
from desktop.chat.titles import TITLE_SOURCE
from desktop.core.i18n import translate
from desktop.core.settings import Settings
from desktop.core.stats import model_bytes
from desktop.engines.base import ModelInfo
from desktop.gui.app_state import AppState
from desktop.gui.meters.panel import MetersPanel, MeterStrip
from desktop.gui.meters.source import MeterSource
from desktop.gui.window.diagnostics import start_diagnostics

log = logging.getLogger(__name__)

# While a reply streams, the live speed and context figures change four times a second, not at
# every batch of tokens (~20 a second): faster is unreadable, and each change repaints the
# status bar with CPU the model needs. The reply's last counts are shown when it ends.
LIVE_METERS_INTERVAL_S = 0.25


class WindowTools(QObject):
    diagnostics_ready = Signal(str)
    offline_changed = Signal(bool)
    notice = Signal(str)  # a plain message for the window's banner

    def __init__(self, state: AppState, window: QWidget) -> None:
        super().__init__(window)
        self.state = state
        self.window = window  # the parent of the dialogs; never reached into
        # The app's one runner, or a private one that close() shuts down.
        self.tasks = state.tasks
        self.source = MeterSource(parent=self, tasks=self.tasks)
        self.panel = MetersPanel(self.source)
        self.dock = QDockWidget(translate("WindowTools", "Resources"), window)
        self.dock.setObjectName("metersDock")
        self.dock.setWidget(self.panel)
        self.dock.hide()
        self.strip = MeterStrip(self.source)
        self.offline_button = QToolButton()
        self.offline_button.setObjectName("offlineButton")
        self.offline_button.setAccessibleName(translate("WindowTools", "Offline mode"))
        self.offline_button.setCheckable(True)
        self.offline_button.toggled.connect(self.set_offline)
        self.diagnostics_ready.connect(self._on_diagnostics_ready)
        self._prompt = (0, 0, 0)  # system, prompt, n_ctx
        self._documents = 0  # tokens of the chat's documents in the running reply's prompt
        self._title = False  # a chat title is being written (not shown in the meters)
        self._counts: tuple[int, int] | None = None  # generated, thinking: not shown yet
        self._counts_shown_at = 0.0
        generation = state.generation
        generation.model_changed.connect(self._on_generation_model_changed)
        generation.reply_started.connect(self._on_generation_reply_started)
        generation.prompt_counted.connect(self._on_generation_prompt_counted)
        generation.tokens_counted.connect(self._on_generation_tokens_counted)
        generation.reply_finished.connect(self._on_generation_reply_finished)
        state.settings.changed.connect(self._on_settings_changed)
        self._show_offline(state.settings.value.offline)

    # -- menu ------------------------------------------------------------------------------

    def actions(self) -> dict[str, QAction]:
        window = self.window
        meters = self.dock.toggleViewAction()
        meters.setText(translate("WindowTools", "Resource m&eters"))
        meters.setShortcut(QKeySequence("Ctrl+M"))
        settings = QAction(translate("WindowTools", "&Settings…"), window)
        settings.setObjectName("settingsAction")
        settings.setShortcut(QKeySequence("Ctrl+,"))
        settings.triggered.connect(self.open_settings)
        offline = QAction(translate("WindowTools", "O&ffline mode"), window, checkable=True)
        offline.setObjectName("offlineAction")
        offline.setChecked(self.state.settings.value.offline)
        offline.toggled.connect(self.set_offline)
        self.offline_changed.connect(offline.setChecked)
        diagnostics = QAction(translate("WindowTools", "Copy &diagnostics"), window)
        diagnostics.setObjectName("diagnosticsAction")
        diagnostics.triggered.connect(self.copy_diagnostics)
        return {
            "meters": meters,
            "settings": settings,
            "offline": offline,
            "diagnostics": diagnostics,
        }

    # -- meters ----------------------------------------------------------------------------

    def _on_generation_model_changed(self, info: ModelInfo | None) -> None:
        size = 0
        if info is not None and info.remote is None:
            try:
                size = model_bytes(Path(info.path))
            except OSError:
                size = 0
        self.source.set_model(info, size)

    def _on_generation_reply_started(self, source: str) -> None:
        # A chat title is written in the background: the meters keep the last reply's
        # figures and the chat's context (jobs run one at a time, so this holds to its end).
        self._title = source == TITLE_SOURCE
        if not self._title:
            self._documents = 0
            self._counts, self._counts_shown_at = None, 0.0  # the first count shows at once
            self.source.generation_started()

    def _on_generation_prompt_counted(self, system: int, prompt: int, n_ctx: int) -> None:
        if self._title:
            return
        self._prompt = (system, prompt, n_ctx)
        documents = self._documents
        self.source.set_context(system, prompt - system - documents, 0, 0, n_ctx, documents)

    def _on_generation_tokens_counted(self, generated: int, thinking: int) -> None:
        if self._title:
            return
        self._counts = (generated, thinking)
        if time.monotonic() - self._counts_shown_at >= LIVE_METERS_INTERVAL_S:
            self._show_counts()

    def _show_counts(self) -> None:
        if self._counts is None:
            return
        generated, thinking = self._counts
        self._counts = None
        self._counts_shown_at = time.monotonic()
        self.source.tokens_progressed(generated, thinking)
        system, prompt, n_ctx = self._prompt
        if n_ctx:
            documents = self._documents
            history = prompt - system - documents
            self.source.set_context(
                system, history, thinking, generated - thinking, n_ctx, documents
            )

    def set_document_tokens(self, tokens: int) -> None:
        """The window's reply put this many tokens of documents in its prompt (they arrive
        before the prompt's count, which includes them)."""
        self._documents = max(0, tokens)

    def _on_generation_reply_finished(self, outcome: Outcome, source: str) -> None:
        if source == TITLE_SOURCE:
            self._title = False
            return
        self._show_counts()  # the context meter ends with the reply's last tokens
        self.source.generation_finished(outcome.stats)

    # -- settings and offline --------------------------------------------------------------

    def open_settings(self) -> None:
        from desktop.gui.settings.dialog import SettingsDialog

        model = self.state.generation.model
        dialog = SettingsDialog(
            self.state.settings.value,
            token_store=self.state.tokens,
            model_path=Path(model.path) if model is not None and model.remote is None else None,
            tasks=self.tasks,
            toolbox=self.state.toolbox,
            parent=self.window,
        )
        if dialog.exec():
            self.state.settings.replace(dialog.settings())

    def _on_settings_changed(self, before: Settings, after: Settings) -> None:
        if before.offline != after.offline:
            self._show_offline(after.offline)

    def set_offline(self, on: bool) -> None:
        if self.state.settings.value.offline != on:
            self.state.settings.update(lambda settings: setattr(settings, "offline", on))
        self._show_offline(on)

    def _show_offline(self, on: bool) -> None:
        self.offline_button.blockSignals(True)
        self.offline_button.setChecked(on)
        self.offline_button.blockSignals(False)
        self.offline_button.setText(
            translate("WindowTools", "● Offline") if on else translate("WindowTools", "○ Online")
        )
        self.offline_button.setToolTip(
            translate(
                "WindowTools",
                "Offline: Qwen Desk makes no network connection (downloads and Hub search are "
                "off). Click to go online.",
            )
            if on
            else translate(
                "WindowTools",
                "Online: only the model library reaches the Hugging Face Hub. Click to go offline.",
            )
        )
        self.offline_changed.emit(on)

    # -- diagnostics -----------------------------------------------------------------------

    def copy_diagnostics(self) -> None:
        state = self.state
        start_diagnostics(
            self.tasks,
            self,
            state.settings.value,
            state.generation.model,
            state.tokens,
            state.paths.logs,
            self.diagnostics_ready.emit,
            self.notice.emit,
        )

    def _on_diagnostics_ready(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        lines = text.count("\n") + 1
        self.notice.emit(
            translate(
                "WindowTools",
                "Diagnostics copied to the clipboard (%n line(s); your token and home folder "
                "are masked). Paste them into a bug report.",
                None,
                lines,
            )
        )
        log.info("diagnostics copied (%d lines)", lines)

    def close(self) -> None:
        self.source.close()
