"""How the main window looks: its theme (also when the desktop switches light/dark or high
contrast), the text and transcript font sizes, and the settings the chat parts take."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from desktop.core.settings import Settings
from desktop.gui.widgets import text_size, theme

if TYPE_CHECKING:
    from desktop.gui.window.main_window import MainWindow


class Appearance(QObject):
    """Applies the settings to the window's parts and follows the desktop's colour scheme."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def set_theme(self, value: str) -> None:
        self.window.state.settings.update(lambda settings: setattr(settings, "theme", value))

    def apply_settings(self, settings: Settings) -> None:
        window = self.window
        app = QApplication.instance()
        if isinstance(app, QApplication):
            text_size.apply(app, settings.text_size)  # the whole window, before the theme
        window.apply_theme(settings.theme)
        window.chat_view.set_font_size(text_size.scaled_px(settings.font_size))
        window.composer.set_enter_to_send(settings.enter_to_send)
        window.controller.set_settings(settings)

    def apply_theme(self, value: str) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self.window.resolved_theme = theme.apply(app, value)
        self.window.chat_view.set_theme(self.window.resolved_theme)

    def on_color_scheme_changed(self) -> None:
        if self.window.settings.theme == "system":  # the desktop switched light/dark
            self.window.apply_theme("system")
