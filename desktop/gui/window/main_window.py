"""The main window: conversation sidebar | transcript and composer, with menus and status.

It lays the parts out and connects their signals; the parts work on the app state
(:mod:`desktop.gui.app_state`) and never reach back into the window. Conversation logic lives
in the chat controller and the Qt-free chat service, generation on the runner's thread.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

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

from desktop.chat.options import ChatOptions
from desktop.chat.outcome import Overflow
from desktop.core.i18n import format_number, translate
from desktop.core.settings import Settings
from desktop.engines.base import ModelInfo, ThinkingMode
from desktop.gui.app_state import AppState
from desktop.gui.chat.controller import ChatController, overflow_text
from desktop.gui.chat.tools_bar import ToolsBar
from desktop.gui.chat.view import ChatView
from desktop.gui.composer.composer import PRESETS, Composer
from desktop.gui.documents.host import DocumentsHost
from desktop.gui.library.host import LibraryHost
from desktop.gui.server.host import ServerHost
from desktop.gui.sidebar import chat_files
from desktop.gui.sidebar.sidebar import Sidebar
from desktop.gui.widgets import focus_ring
from desktop.gui.widgets.banner import Banner
from desktop.gui.widgets.keys import enter_presses_buttons
from desktop.gui.widgets.notice import NoticeKind
from desktop.gui.window import help_dialogs, panes, window_state
from desktop.gui.window.appearance import Appearance
from desktop.gui.window.menus import build_menus
from desktop.gui.window.model_loading import ModelLoading
from desktop.gui.window.texts import READY, WELCOME
from desktop.gui.window.tools import WindowTools


class MainWindow(QMainWindow):
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
        self._on_controller_options_changed(self.controller.options)
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

    def _connect(self) -> None:
        models = self.model_loading
        generation = self.state.generation
        generation.load_progressed.connect(models.on_generation_load_progressed)
        generation.loaded.connect(models.on_generation_loaded)
        generation.load_failed.connect(models.on_generation_load_failed)
        generation.model_changed.connect(models.on_generation_model_changed)
        composer = self.composer
        composer.send_requested.connect(self._on_composer_send_requested)
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
        controller.context_overflowed.connect(self._on_controller_context_overflowed)
        controller.conversations_changed.connect(self._on_controller_conversations_changed)
        controller.options_changed.connect(self._on_controller_options_changed)
        controller.message_trashed.connect(self._on_controller_message_trashed)
        self.sidebar.conversation_selected.connect(self._on_sidebar_conversation_selected)
        self.sidebar.new_chat_requested.connect(self.new_chat)
        self.sidebar.conversation_deleted.connect(self._on_sidebar_conversation_deleted)
        self.sidebar.match_chosen.connect(self._on_sidebar_match_chosen)
        self.chat_view.action_requested.connect(self._on_chat_view_action_requested)
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

    # -- conversations ---------------------------------------------------------------------

    def new_chat(self) -> None:
        self.show_chat()
        self.controller.show_conversation(None)
        self.sidebar.select(None)
        self.show_ready()
        self.composer.focus_input()

    def show_ready(self) -> None:
        """The empty-chat page: which model is ready and what to try."""
        model = self.model
        if model is None:
            self.chat_view.show_welcome(translate("Welcome", WELCOME))
            return
        thinking = ""
        if model.thinking.value == "hybrid":
            thinking = translate("Welcome", "; switch <b>Thinking</b> on for harder questions")
        ready = translate("Welcome", READY)
        self.chat_view.show_welcome(ready.format(name=html.escape(model.name), thinking=thinking))

    def offer_first_model(self) -> None:
        """First run: no model to open. Offer the recommended download or the library."""
        self.model_loading.offer_first_model()

    def show_library(self) -> None:
        self.library.open()

    def show_chat(self) -> None:
        self.stack.setCurrentWidget(self.chat_page)

    def _on_sidebar_conversation_selected(self, conversation_id: int) -> None:
        self.show_chat()
        self.controller.show_conversation(conversation_id)

    def _on_sidebar_match_chosen(
        self, conversation_id: int, message_id: int, terms: list[str]
    ) -> None:
        """A search hit: show its chat (if not yet), then scroll to the match and mark it."""
        if self.controller.conversation_id != conversation_id:
            self._on_sidebar_conversation_selected(conversation_id)
        self.show_chat()
        words = [str(term) for term in terms]
        shown = self.controller.show_match(message_id, words)
        if shown:
            self.chat_view.reveal_match(shown, words)

    def _on_sidebar_conversation_deleted(self, conversation_id: int) -> None:
        if conversation_id == self.controller.conversation_id:
            self.new_chat()

    def _on_controller_conversations_changed(self, _conversation_id: int) -> None:
        """A chat changed (a reply, a title): the list shows it, highlighting the open one
        (a reply ending in a chat left meanwhile must not move the highlight there)."""
        self.sidebar.refresh(self.controller.conversation_id)

    def _on_controller_options_changed(self, options: ChatOptions) -> None:
        self.composer.set_preset(options.preset, options.system_prompt)
        self.composer.set_thinking(options.thinking is not ThinkingMode.OFF)
        self.composer.set_budget(options.thinking_budget)
        self.composer.set_sampling(options.sampling, options.max_tokens)

    def _on_controller_message_trashed(self, message_id: int) -> None:
        self.banner.show_message(
            translate(
                "MainWindow",
                "Message deleted (with what followed it). It stays in the trash until you "
                "empty it.",
            ),
            [(translate("MainWindow", "Undo"), lambda: self.controller.restore(message_id))],
        )

    def _on_composer_send_requested(self, text: str) -> None:
        if self.controller.send(text):
            self.composer.set_text("")

    def _on_chat_view_action_requested(self, kind: str, message_id: int, payload: str) -> None:
        if kind == "regenerate":
            self.controller.regenerate(message_id)
        elif kind == "edit":
            self._edit_message(message_id)
        elif kind == "edit-save":
            self._save_edit(message_id, payload)
        elif kind in ("version-prev", "version-next"):
            self.controller.switch_version(message_id, -1 if kind == "version-prev" else 1)
        elif kind == "delete":
            self.controller.delete(message_id)
        elif kind == "cite":
            self.documents.show_citation(message_id, payload)

    def _edit_message(self, message_id: int) -> None:
        """Edit in place in the transcript; Save & resend comes back as "edit-save"."""
        message = self.state.history.get_message(message_id)
        self.chat_view.edit_message(message_id, message.content, self.settings.enter_to_send)

    def _save_edit(self, message_id: int, text: str) -> None:
        if self.controller.generating:
            self._show_notice(
                translate("MainWindow", "Stop the reply (Esc) before resending an edited message.")
            )
            return
        if text.strip() and text.strip() != self.state.history.get_message(message_id).content:
            self.controller.edit(message_id, text)

    def _on_controller_context_overflowed(self, overflow: Overflow) -> None:
        actions: list[tuple[str, Callable[[], None]]] = []
        if overflow.fits_alone:
            actions += [
                (
                    translate("MainWindow", "New chat with a summary"),
                    self.controller.summarise_into_new_chat,
                ),
                (
                    translate("MainWindow", "Drop the oldest turns"),
                    self.controller.retry_dropping_oldest,
                ),
            ]
        larger = self._larger_context(overflow.needed)
        if larger:
            label = translate("MainWindow", "Reload with {size} context").format(
                size=format_number(larger)
            )
            actions.append((label, lambda: self.model_loading.reload(larger)))
        if not overflow.fits_alone:
            room = self._characters_that_fit(overflow)
            actions.append(
                (
                    translate("MainWindow", "Shorten my message to fit"),
                    lambda: self.controller.shorten_last_and_resend(room),
                )
            )
        self.banner.show_message(overflow_text(overflow), actions)

    def _characters_that_fit(self, overflow: Overflow) -> int:
        """About how many characters of the waiting message the context can take (~3 per
        token, keeping a margin for the system prompt and the reply)."""
        thread = self.controller.shown_messages()
        text = thread[-1].content if thread else ""
        excess = overflow.needed - overflow.n_ctx
        tokens_per_char = max(0.25, overflow.needed / max(1, len(text)))
        cut = int(excess / tokens_per_char * 1.2) + 16
        return max(0, len(text) - cut)

    def _larger_context(self, needed: int) -> int:
        """A context that holds ``needed`` tokens, within the model's native one (0 if none)."""
        model = self.model
        if model is None or not model.n_ctx_train or needed > model.n_ctx_train:
            return 0
        size = model.n_ctx
        while size < needed:
            size *= 2
        return min(size, model.n_ctx_train)

    # -- models ----------------------------------------------------------------------------

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

    # -- appearance and help ---------------------------------------------------------------

    def set_theme(self, value: str) -> None:
        self.appearance.set_theme(value)

    def _on_settings_changed(self, before: Settings, after: Settings) -> None:
        self.appearance.apply_settings(after)
        self.model_loading.offer_reload(before, after)

    def apply_theme(self, value: str) -> None:
        self.appearance.apply_theme(value)

    def show_shortcuts(self) -> None:
        help_dialogs.show_shortcuts(self)

    def show_about(self) -> None:
        help_dialogs.show_about(self)

    def import_chats(self) -> None:
        path = chat_files.ask_import_source(self)
        outcome = chat_files.import_chats(self, self.state.history, path) if path else None
        if outcome is not None:
            if outcome.imported:
                self.sidebar.refresh()
                if not self.controller.generating:  # open what came in, highlighted
                    self.sidebar.select(outcome.imported[0])
                    self._on_sidebar_conversation_selected(outcome.imported[0])
            self._show_outcome(outcome)

    def export_chats(self) -> None:
        target = chat_files.ask_export_target(self)
        if target is not None:
            self._show_outcome(chat_files.export_chats(self.state.history, target))

    def show_trash(self) -> None:
        """File ▸ Trash…: restore deleted chats or delete them for good."""
        from desktop.gui.sidebar.trash import TrashDialog

        dialog = TrashDialog(self.state.history, self)
        dialog.restored.connect(self._on_trash_restored)
        dialog.deleted.connect(self.sidebar.refresh)
        dialog.deleted.connect(self.documents.forget_deleted)  # their attachments go too
        dialog.finished.connect(dialog.deleteLater)
        self.trash_dialog = dialog
        dialog.open()

    def _on_trash_restored(self, ids: list[int]) -> None:
        self.sidebar.refresh(ids[0])
        self._on_sidebar_conversation_selected(ids[0])  # open what came back

    def _show_outcome(self, outcome: chat_files.Outcome) -> None:
        kind = NoticeKind.ERROR if outcome.error else NoticeKind.INFO
        self.banner.show_message(html.escape(outcome.text), outcome.actions, kind=kind)

    def closeEvent(self, event: QCloseEvent) -> None:
        window_state.save(self)
        self.controller.stop()
        self.library.shutdown()
        self.tools.close()
        self.server.close()
        self.state.shutdown()
        super().closeEvent(event)
