"""The main window: conversation sidebar | transcript and composer, with menus and status.

It lays the parts out and connects their signals; the parts work on the app state
(:mod:`desktop.gui.app_state`) and never reach back into the window. Conversation logic lives
in the chat controller and the Qt-free chat service, generation on the runner's thread. What
the window does on those signals is in its neighbours: :mod:`.conversations` (the shown chat),
:mod:`.model_loading` (loads and their banners), :mod:`.overflow`, :mod:`.appearance`,
:mod:`.file_actions`, :mod:`.help_dialogs` and :mod:`.window_state`.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.i18n import translate
from desktop.core.settings import Settings
from desktop.engines.base import ModelInfo
from desktop.gui.app_state import AppState
from desktop.gui.chat.controller import ChatController
from desktop.gui.chat.tools_bar import ToolsBar
from desktop.gui.chat.view import ChatView
from desktop.gui.composer.composer import PRESETS, Composer
from desktop.gui.documents.host import DocumentsHost
from desktop.gui.library.host import LibraryHost
from desktop.gui.server.host import ServerHost
from desktop.gui.sidebar.sidebar import Sidebar
from desktop.gui.widgets import focus_ring
from desktop.gui.widgets.banner import Banner
from desktop.gui.widgets.keys import enter_presses_buttons
from desktop.gui.window import file_actions, help_dialogs, overflow, panes, window_state
from desktop.gui.window.appearance import Appearance
from desktop.gui.window.conversations import Conversations
from desktop.gui.window.menus import build_menus
from desktop.gui.window.model_loading import ModelLoading
from desktop.gui.window.texts import WELCOME
from desktop.gui.window.tools import WindowTools

if TYPE_CHECKING:
    from desktop.gui.sidebar.trash import TrashDialog


class MainWindow(QMainWindow):
    trash_dialog: TrashDialog  # File ▸ Trash… sets it when it opens the dialog

    def __init__(self, state: AppState, *, use_webengine: bool | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("Qwen Desk")
        self.setAccessibleName("Qwen Desk")
        self.state = state
        self.resolved_theme = "light"
        settings = state.settings.value

        self.sidebar = Sidebar(state.history)
        self.chat_view = ChatView(use_webengine=use_webengine, defer_rich=True)
        self.composer = Composer()
        self.banner = Banner()
        self.controller = ChatController(
            state.chat,
            state.generation,
            self.chat_view,
            settings,
            self,
            default_system_prompt=PRESETS["General"],
            approvals=state.approvals,
            tasks=state.tasks,
        )
        self._build_layout()
        self.tools_bar = ToolsBar(state, self.controller)
        self.composer.add_to_bar(self.tools_bar)
        self.tools = WindowTools(state, self)
        self.documents = DocumentsHost(state, self.controller, self.composer, self.chat_page, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.tools.dock)
        self.statusBar().addPermanentWidget(self.tools.strip)
        self.statusBar().addPermanentWidget(self.tools.offline_button)
        self.library = LibraryHost(state, self.stack, self)
        self.statusBar().addPermanentWidget(self.library.status)
        self.server = ServerHost(state, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.server.dock)
        self.statusBar().addPermanentWidget(self.server.status)
        self.conversations = Conversations(self)
        self.model_loading = ModelLoading(self)
        self.appearance = Appearance(self)
        self.model_loading.offer_models(self.library.installed_models())
        self._build_menus()
        self._connect()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            focus_ring.install(app)  # keyboard focus visible in every theme
        panes.set_tab_order(self)
        enter_presses_buttons(self)
        self.appearance.apply_settings(settings)
        self.composer.set_capability(None)
        self.composer.set_sending_enabled(False)
        self.conversations.on_controller_options_changed(self.controller.options)
        self.sidebar.refresh()
        self.chat_view.show_welcome(translate("Welcome", WELCOME))
        window_state.restore(self)
        self.composer.focus_input()  # type right away

    @property
    def settings(self) -> Settings:
        return self.state.settings.value

    @property
    def model(self) -> ModelInfo | None:
        return self.state.generation.model

    # -- layout ----------------------------------------------------------------------------

    def _build_layout(self) -> None:
        right = QWidget()
        layout = QVBoxLayout(right)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(self.banner)
        layout.addWidget(self.chat_view, 1)
        layout.addWidget(self.composer)
        self.chat_page = right
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        self.stack.addWidget(right)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 900])
        self.setCentralWidget(self.splitter)
        self.model_status = QLabel(translate("MainWindow", "No model loaded"))
        self.model_status.setObjectName("modelStatus")
        self.model_status.setAccessibleName(translate("MainWindow", "Loaded model"))
        self.statusBar().addWidget(self.model_status, 1)

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        name: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if name:
            action.setObjectName(name)
        # triggered(bool) would hand `checked` to slots with a default first argument.
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        self.unload_action = build_menus(self)

    # -- wiring ----------------------------------------------------------------------------

    def _connect(self) -> None:
        models, conversations = self.model_loading, self.conversations
        generation = self.state.generation
        generation.load_progressed.connect(models.on_generation_load_progressed)
        generation.loaded.connect(models.on_generation_loaded)
        generation.load_failed.connect(models.on_generation_load_failed)
        generation.model_changed.connect(models.on_generation_model_changed)
        composer = self.composer
        composer.send_requested.connect(conversations.on_composer_send_requested)
        composer.stop_requested.connect(self.controller.stop)
        composer.thinking_toggled.connect(self.controller.set_thinking)
        composer.budget_changed.connect(self.controller.set_budget)
        composer.preset_changed.connect(self.controller.set_preset)
        composer.sampling_changed.connect(self.controller.set_sampling)
        composer.set_sampling_advisor(self.controller.sampling_advice)
        composer.model_requested.connect(lambda path: self.load_model(Path(path)))
        composer.model_combo.unload_requested.connect(self.unload_model)
        controller = self.controller
        controller.busy_changed.connect(composer.set_generating)
        controller.notice.connect(self._show_notice)
        controller.context_overflowed.connect(lambda found: overflow.offer_fixes(self, found))
        controller.conversations_changed.connect(conversations.on_controller_conversations_changed)
        controller.options_changed.connect(conversations.on_controller_options_changed)
        controller.message_trashed.connect(conversations.on_controller_message_trashed)
        self.sidebar.conversation_selected.connect(conversations.open)
        self.sidebar.new_chat_requested.connect(self.new_chat)
        self.sidebar.conversation_deleted.connect(conversations.on_sidebar_conversation_deleted)
        self.sidebar.match_chosen.connect(conversations.on_sidebar_match_chosen)
        self.chat_view.action_requested.connect(conversations.on_chat_view_action_requested)
        self.chat_view.tool_action.connect(self.controller.tool_action)
        self.tools_bar.notice.connect(self._show_notice)
        composer.preset_changed.connect(self.tools_bar.refresh)  # after the controller took it
        self.library.models_listed.connect(models.offer_models)
        self.library.model_chosen.connect(models.on_library_model_chosen)
        self.tools.notice.connect(self._show_notice)
        self.documents.notice.connect(self._show_notice)
        self.documents.document_tokens.connect(self.tools.set_document_tokens)
        self.state.settings.changed.connect(self._on_settings_changed)
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self.appearance.on_color_scheme_changed)
        accessibility = getattr(hints, "accessibility", None)  # Qt >= 6.10: high contrast
        if accessibility is not None:
            accessibility().contrastPreferenceChanged.connect(
                self.appearance.on_color_scheme_changed
            )

    def _show_notice(self, text: str) -> None:
        self.banner.show_message(html.escape(text))

    def _on_settings_changed(self, before: Settings, after: Settings) -> None:
        self.appearance.apply_settings(after)
        self.model_loading.offer_reload(before, after)

    # -- what the menus, the banners and the app call --------------------------------------

    def new_chat(self) -> None:
        self.conversations.new_chat()

    def show_ready(self) -> None:
        """The empty-chat page: which model is ready and what to try."""
        self.conversations.show_ready()

    def show_chat(self) -> None:
        self.stack.setCurrentWidget(self.chat_page)

    def show_library(self) -> None:
        self.library.open()

    def offer_first_model(self) -> None:
        """First run: no model to open. Offer the recommended download or the library."""
        self.model_loading.offer_first_model()

    def choose_model(self) -> None:
        self.model_loading.choose_model()

    def load_model(self, path: Path) -> None:
        self.model_loading.load_model(path)

    def connect_to_server(self) -> None:
        """Chat with a model on an OpenAI-compatible server (vLLM, SGLang, llama-server…)."""
        self.model_loading.connect_to_server()

    def unload_model(self) -> None:
        """Free the loaded model's memory (Models ▸ Unload model, or the picker)."""
        self.model_loading.unload_model()

    def set_theme(self, value: str) -> None:
        self.appearance.set_theme(value)

    def apply_theme(self, value: str) -> None:
        self.appearance.apply_theme(value)

    def show_shortcuts(self) -> None:
        help_dialogs.show_shortcuts(self)

    def show_about(self) -> None:
        help_dialogs.show_about(self)

    def import_chats(self) -> None:
        file_actions.import_chats(self)

    def export_chats(self) -> None:
        file_actions.export_chats(self)

    def show_trash(self) -> None:
        """File ▸ Trash…: restore deleted chats or delete them for good."""
        file_actions.show_trash(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        window_state.save(self)
        self.controller.stop()
        self.library.shutdown()
        self.tools.close()
        self.server.close()
        self.state.shutdown()
        super().closeEvent(event)
