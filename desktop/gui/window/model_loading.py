"""Loading and unloading models from the main window: the file dialog, a server, the library's
choice; the composer's progress, the status-bar line, and the banners when a load fails or the
loaded model's load settings change.

The window connects the generation service's load signals here; loads themselves run on the
generation thread (:mod:`desktop.gui.chat.generation`).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from desktop.chat.outcome import LoadFailure
from desktop.core.i18n import QT_TRANSLATE_NOOP, format_number, translate
from desktop.core.models.naming import model_name
from desktop.core.settings import Settings
from desktop.engines.base import ModelInfo
from desktop.gui import announce
from desktop.gui.settings.reload import reload_text
from desktop.gui.window.connect_dialog import ConnectDialog

if TYPE_CHECKING:
    from desktop.gui.window.main_window import MainWindow

THINKING_LABELS = {
    "hybrid": QT_TRANSLATE_NOOP("MainWindow", "thinking on/off"),
    "always": QT_TRANSLATE_NOOP("MainWindow", "always thinks"),
    "never": QT_TRANSLATE_NOOP("MainWindow", "no thinking"),
}


class ModelLoading(QObject):
    """The window's side of loads: what starts one and what shows how it went."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.state = window.state
        self._resend_after_load = False  # a reload for a larger context resends the message
        self._reloading = False  # a load setting changes to reload now: no "reload?" banner

    # -- starting a load -------------------------------------------------------------------

    def choose_model(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            translate("MainWindow", "Open a model"),
            str(Path.home()),
            translate("MainWindow", "GGUF models (*.gguf);;All files (*)"),
        )
        if path:
            self.window.load_model(Path(path))

    def load_model(self, path: Path) -> None:
        window = self.window
        options = window.settings.load_options_for(str(path))
        loading = translate("MainWindow", "Loading {name}…").format(name=path.name)
        window.composer.set_loading(0.0, loading)
        window.composer.set_sending_enabled(False)
        window.model_status.setText(loading)
        self.state.generation.load(path, options)

    def connect_to_server(self) -> None:
        """Chat with a model on an OpenAI-compatible server (vLLM, SGLang, llama-server…)."""
        window = self.window
        dialog = ConnectDialog(
            self.state.tasks,
            list(window.settings.recent_servers),
            lambda: window.settings.offline,
            window,
        )
        if not dialog.exec():
            return
        remote = dialog.chosen()
        if remote is None:
            return
        note = dialog.remember_key()

        def remember(settings: Settings) -> None:
            recent = [u for u in settings.recent_servers if u != remote.base_url]
            settings.recent_servers = [remote.base_url, *recent][:8]

        self.state.settings.update(remember)
        if note:
            window._show_notice(note)
        window.composer.set_loading(
            -1.0, translate("MainWindow", "Connecting to {model}…").format(model=remote.model)
        )
        window.composer.set_sending_enabled(False)
        window.model_status.setText(
            translate("MainWindow", "Connecting to {model} at {address}…").format(
                model=remote.model, address=remote.base_url
            )
        )
        self.state.generation.load(remote, window.settings.load)

    def on_library_model_chosen(self, path: Path) -> None:
        self.window.show_chat()
        self.window.load_model(Path(path))

    def load_with(self, path: Path, n_ctx: int) -> None:
        """Remember a context size for this model and load it with that."""
        key = str(path)

        def remember(settings: Settings) -> None:
            settings.per_model[key] = replace(settings.load_options_for(key), n_ctx=n_ctx)

        self._reloading = True  # no "applies on reload" notice: it reloads now
        try:
            self.state.settings.update(remember)
        finally:
            self._reloading = False
        self.window.load_model(path)

    def reload(self, n_ctx: int) -> None:
        """Load the loaded model again with a context of ``n_ctx``, then resend the message
        that did not fit."""
        model = self.window.model
        if model is not None:
            self._resend_after_load = True
            self.load_with(Path(model.path), n_ctx)

    def unload_model(self) -> None:
        """Free the loaded model's memory (Models ▸ Unload model, or the picker)."""
        if self.window.model is not None:
            self.window.controller.stop()
            self.state.generation.unload()

    # -- how it went -----------------------------------------------------------------------

    def on_generation_load_progressed(self, fraction: float, phrase: str) -> None:
        self.window.composer.set_loading(fraction, phrase)

    def on_generation_loaded(self, info: ModelInfo) -> None:
        window = self.window
        composer = window.composer
        composer.set_loading(None)
        composer.set_sending_enabled(True)
        composer.set_capability(info.thinking)
        composer.set_current_model(info.name, info.path)
        self._remember_model(info)
        window.controller.model_loaded(info)
        window.model_status.setText(
            translate("MainWindow", "{name} · {engine} · context {size} · {thinking}").format(
                name=info.name,
                engine=info.engine,
                size=format_number(info.n_ctx),
                thinking=translate("MainWindow", THINKING_LABELS[info.thinking.value]),
            )
        )
        window.banner.show_message("")
        if window.controller.conversation_id is None:
            window.show_ready()
        if self._resend_after_load:
            self._resend_after_load = False
            window.controller.resend_last()

    def _remember_model(self, info: ModelInfo) -> None:
        if info.remote is not None:
            return
        path = str(info.path)

        def remember(settings: Settings) -> None:
            settings.last_model = path
            recent = [p for p in settings.recent_models if p != path]
            settings.recent_models = [path, *recent][:8]

        self.state.settings.update(remember)
        self.offer_models(self.window.library.installed_models())

    def offer_models(self, installed: list[tuple[str, Path]]) -> None:
        """The picker: installed models, then recently used ones (one entry per file,
        named as everywhere else), also after the library lists its models again."""
        recent = [Path(p) for p in self.window.settings.recent_models]
        self.window.composer.set_models(
            installed + [(model_name(p), p) for p in recent if p.exists()]
        )

    def on_generation_load_failed(self, failure: LoadFailure) -> None:
        window = self.window
        composer = window.composer
        model = window.model
        self._resend_after_load = False
        composer.set_loading(None)
        composer.set_sending_enabled(model is not None)
        composer.set_capability(model.thinking if model else None)
        composer.set_current_model(model.name if model else None, model.path if model else None)
        window.model_status.setText(
            model.name if model else translate("MainWindow", "No model loaded")
        )
        actions: list[tuple[str, Callable[[], None]]] = []
        path = failure.path
        if failure.reason == "context_too_large" and failure.fitting_context:
            fits = failure.fitting_context
            label = translate("MainWindow", "Load with {size} context").format(
                size=format_number(fits)
            )
            actions.append((label, lambda: self.load_with(path, fits)))
        message = failure.message
        previous = failure.unloaded
        if previous is not None and model is None:
            message += " " + translate(
                "MainWindow", "{name} was unloaded to make room; no model is loaded now."
            ).format(name=previous.name)
            if previous.remote is None:
                again = Path(previous.path)
                label = translate("MainWindow", "Load {name} again").format(name=previous.name)
                actions.append((label, lambda: window.load_model(again)))
        window.banner.show_message(html.escape(message), actions)
        announce.announce(message, window, assertive=True)  # once: the load failed

    def on_generation_model_changed(self, info: ModelInfo | None) -> None:
        window = self.window
        window.unload_action.setEnabled(info is not None)
        if info is not None or self.state.generation.loading is not None:
            return  # loaded (handled above), or a load failed and said so itself
        window.composer.set_sending_enabled(False)
        window.composer.set_capability(None)
        window.composer.set_current_model(None)
        window.model_status.setText(translate("MainWindow", "No model loaded"))
        if window.controller.conversation_id is None:
            window.show_ready()

    # -- offers ----------------------------------------------------------------------------

    def offer_reload(self, before: Settings, after: Settings) -> None:
        """Load settings of the loaded model changed: they apply on reload; offer it."""
        model = self.window.model
        if (
            model is None
            or model.remote is not None
            or self._reloading
            or self.state.generation.loading
        ):
            return
        key = str(model.path)
        text = reload_text(model.name, before.load_options_for(key), after.load_options_for(key))
        if text:
            path = Path(model.path)
            self.window.banner.show_message(
                html.escape(text),
                [(translate("MainWindow", "Reload now"), lambda: self.window.load_model(path))],
            )

    def offer_first_model(self) -> None:
        """First run: no model to open. Offer the recommended download or the library."""
        window = self.window
        window.banner.show_message(
            translate(
                "MainWindow",
                "No model yet. Download the model recommended for this computer, or browse the "
                "library (it also finds models other apps already downloaded).",
            ),
            [
                (
                    translate("MainWindow", "Download recommended model"),
                    window.library.download_recommended,
                ),
                (translate("MainWindow", "Browse models"), window.show_library),
                (translate("MainWindow", "Open a GGUF file…"), window.choose_model),
            ],
        )
