"""The main window: conversation sidebar | transcript and composer, with menus and status.

Widgets only show and forward; conversation logic lives in ChatController, generation in
the worker thread. Geometry and splitter state are kept in QSettings.
"""

from __future__ import annotations

import html
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.history.store import HistoryStore
from desktop.core.paths import app_paths
from desktop.core.settings import Settings, save_settings
from desktop.engines.base import ModelInfo
from desktop.gui.chat.controller import ChatController
from desktop.gui.chat.generation import GenerationThread
from desktop.gui.chat.view import ChatView
from desktop.gui.composer.composer import PRESETS, Composer
from desktop.gui.library.host import LibraryHost
from desktop.gui.sidebar.sidebar import Sidebar
from desktop.gui.widgets import theme
from desktop.gui.widgets.banner import Banner
from desktop.gui.window.tools import WindowTools

WELCOME = """
<div class="welcome">
<h1>Welcome to Qwen Desk</h1>
<p>Chat with Qwen models that run entirely on this computer. Nothing you type leaves it.</p>
<ol>
<li><b>Open a model you already have</b>: <i>File ▸ Open model…</i> (Ctrl+O) and pick a
<code>.gguf</code> file, or choose one in the model picker below.</li>
<li><b>Or download one</b>: <i>Models ▸ Model library</i> (Ctrl+Shift+L) shows which Qwen
models fit this computer — for chat, code and maths — and downloads them, resumable and
verified. It also finds models other apps (LM Studio, Ollama, the Hugging Face cache)
already put on this disk.</li>
<li>Type your message below and press Enter.</li>
</ol>
</div>
"""

READY = """
<div class="welcome">
<h1>{name}</h1>
<p>Ready. Ask anything: explain a concept, write or fix code, work through a maths problem.
Pick <b>Coder</b> or <b>Maths</b> below for a tuned system prompt{thinking}.</p>
</div>
"""

SHORTCUTS = [
    ("Ctrl+N", "New chat"),
    ("Ctrl+O", "Open a GGUF model"),
    ("Ctrl+K", "Search chats"),
    ("F2", "Rename the selected chat"),
    ("Delete", "Delete the selected chat (Undo available)"),
    ("Enter", "Send (Shift+Enter: new line)"),
    ("Esc", "Stop the reply"),
    ("Ctrl+L", "Focus the message box"),
    ("Ctrl+Shift+L", "Model library"),
    ("Ctrl+M", "Show or hide the resource meters"),
    ("Ctrl+,", "Settings"),
    ("F1", "This list"),
    ("Ctrl+Q", "Quit"),
]


class MainWindow(QMainWindow):
    def __init__(
        self,
        generation: GenerationThread,
        settings: Settings,
        settings_path: Path,
        store: HistoryStore,
        *,
        use_webengine: bool | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("Qwen Desk")
        self.setAccessibleName("Qwen Desk")
        self.generation = generation
        self.settings = settings
        self.settings_path = settings_path
        self.store = store
        self.model: ModelInfo | None = None
        self.resolved_theme = "light"

        self.sidebar = Sidebar(store)
        self.chat_view = ChatView(use_webengine=use_webengine)
        self.composer = Composer()
        self.banner = Banner()
        self.controller = ChatController(store, generation, self.chat_view, settings, self)
        self._build_layout()
        self.tools = WindowTools(self)
        self.library = LibraryHost(self, self.stack)
        self.library.models_listed.connect(self.composer.set_models)
        self.composer.set_models(self.library.installed_models())
        self._build_menus()
        self._connect()
        self.composer.set_enter_to_send(settings.enter_to_send)
        self.composer.set_budget(settings.generation.thinking_budget)
        self.composer.set_capability(None)
        self.composer.set_sending_enabled(False)
        self._set_preset("General", PRESETS["General"])
        self.apply_theme(settings.theme)
        self.chat_view.set_font_size(settings.font_size)
        self.sidebar.refresh()
        self.chat_view.show_welcome(WELCOME)
        self._restore_geometry()
        self.composer.focus_input()  # type right away

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
        self.model_status = QLabel("No model loaded")
        self.model_status.setObjectName("modelStatus")
        self.model_status.setAccessibleName("Loaded model")
        self.statusBar().addWidget(self.model_status, 1)

    def _action(
        self,
        text: str,
        slot: object,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        name: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if name:
            action.setObjectName(name)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self._action("&New chat", self.new_chat, "Ctrl+N", "newChatAction"))
        file_menu.addAction(
            self._action(
                "&Open model…", self.choose_model, QKeySequence.StandardKey.Open, "openModelAction"
            )
        )
        file_menu.addSeparator()
        file_menu.addAction(self._action("&Import chats…", self.import_chats, None, "importAction"))
        file_menu.addAction(
            self._action("&Export all chats…", self.export_chats, None, "exportAction")
        )
        file_menu.addSeparator()
        tools = self.tools.actions()
        file_menu.addAction(tools["settings"])
        file_menu.addAction(tools["offline"])
        file_menu.addSeparator()
        file_menu.addAction(self._action("&Quit", self.close, QKeySequence.StandardKey.Quit))

        models_menu = bar.addMenu("&Models")
        models_menu.addAction(
            self._action("Model &library", self.show_library, "Ctrl+Shift+L", "libraryAction")
        )
        models_menu.addAction(self._action("Back to &chat", self.show_chat, "Ctrl+Shift+C"))
        models_menu.addAction(
            self._action(
                "&Download a recommended model",
                self.library.download_recommended,
                None,
                "recommendedAction",
            )
        )

        view_menu = bar.addMenu("&View")
        view_menu.addAction(self._action("&Search chats", self.sidebar.focus_search, "Ctrl+K"))
        view_menu.addAction(self._action("&Rename chat", self.sidebar.rename_current, "F2"))
        view_menu.addAction(self._action("Focus &message box", self.composer.focus_input, "Ctrl+L"))
        view_menu.addAction(tools["meters"])
        theme_menu = view_menu.addMenu("&Theme")
        group = QActionGroup(self)
        for value, label in (("system", "Follow &system"), ("light", "&Light"), ("dark", "&Dark")):
            action = QAction(label, self, checkable=True)
            action.setObjectName(f"theme_{value}")
            action.setChecked(self.settings.theme == value)
            action.triggered.connect(lambda _=False, v=value: self.set_theme(v))
            group.addAction(action)
            theme_menu.addAction(action)

        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self._action("&Keyboard shortcuts", self.show_shortcuts, "F1"))
        help_menu.addAction(tools["diagnostics"])
        help_menu.addAction(self._action("&About Qwen Desk", self.show_about))

    def _connect(self) -> None:
        worker = self.generation.worker
        worker.load_progressed.connect(self._on_worker_load_progressed)
        worker.loaded.connect(self._on_worker_loaded)
        worker.load_failed.connect(self._on_worker_load_failed)
        composer = self.composer
        composer.send_requested.connect(self._on_composer_send_requested)
        composer.stop_requested.connect(self.controller.stop)
        composer.thinking_toggled.connect(self._on_composer_thinking_toggled)
        composer.budget_changed.connect(self._on_composer_budget_changed)
        composer.preset_changed.connect(self._on_composer_preset_changed)
        composer.model_requested.connect(lambda path: self.load_model(Path(path)))
        self.controller.busy_changed.connect(composer.set_generating)
        self.controller.notice.connect(self.banner.show_message)
        self.controller.context_overflow.connect(self._on_controller_context_overflow)
        self.controller.conversations_changed.connect(self.sidebar.refresh)
        self.sidebar.conversation_selected.connect(self._on_sidebar_conversation_selected)
        self.sidebar.new_chat_requested.connect(self.new_chat)
        self.sidebar.conversation_deleted.connect(self._on_sidebar_conversation_deleted)
        self.chat_view.action_requested.connect(self._on_chat_view_action_requested)

    # -- conversations ---------------------------------------------------------------------

    def new_chat(self) -> None:
        self.show_chat()
        self.controller.show_conversation(None)
        self.sidebar.select(None)
        self._set_preset("General", PRESETS["General"])
        self.show_ready()
        self.composer.focus_input()

    def show_ready(self) -> None:
        """The empty-chat page: which model is ready and what to try."""
        if self.model is None:
            self.chat_view.show_welcome(WELCOME)
            return
        thinking = ""
        if self.model.thinking.value == "hybrid":
            thinking = "; switch <b>Thinking</b> on for harder questions"
        self.chat_view.show_welcome(
            READY.format(name=html.escape(self.model.name), thinking=thinking)
        )

    def offer_first_model(self) -> None:
        """First run: no model to open. Offer the recommended download or the library."""
        self.banner.show_message(
            "No model yet. Download the model recommended for this computer, or browse the "
            "library (it also finds models other apps already downloaded).",
            [
                ("Download recommended model", self.library.download_recommended),
                ("Browse models", self.show_library),
                ("Open a GGUF file…", self.choose_model),
            ],
        )

    def show_library(self) -> None:
        self.library.open()

    def show_chat(self) -> None:
        self.stack.setCurrentWidget(self.chat_page)

    def _on_sidebar_conversation_selected(self, conversation_id: int) -> None:
        self.show_chat()
        self.controller.show_conversation(conversation_id)
        conversation = self.store.get_conversation(conversation_id)
        name = next((n for n, p in PRESETS.items() if p == conversation.system_prompt), "Custom")
        self.composer.set_preset(name, conversation.system_prompt)
        self.composer.set_thinking(self.controller.thinking_on)

    def _on_sidebar_conversation_deleted(self, conversation_id: int) -> None:
        if conversation_id == self.controller.conversation_id:
            self.new_chat()

    def _set_preset(self, name: str, prompt: str) -> None:
        self.controller.system_prompt = prompt
        self.composer.set_preset(name, prompt)

    def _on_composer_send_requested(self, text: str) -> None:
        if self.controller.send(text):
            self.composer.set_text("")

    def _on_composer_thinking_toggled(self, on: bool) -> None:
        self.controller.thinking_on = on
        if self.controller.conversation_id is not None:
            self.store.update_conversation(
                self.controller.conversation_id, thinking_mode="on" if on else "off"
            )

    def _on_composer_budget_changed(self, tokens: int) -> None:
        self.controller.thinking_budget = tokens

    def _on_composer_preset_changed(self, name: str, prompt: str) -> None:
        self.controller.system_prompt = prompt
        if self.controller.conversation_id is not None:
            self.store.update_conversation(self.controller.conversation_id, system_prompt=prompt)

    def _on_chat_view_action_requested(self, kind: str, message_id: int, payload: str) -> None:
        if kind == "regenerate":
            self.controller.regenerate(message_id)
        elif kind == "edit":
            self._edit_message(message_id)
        elif kind in ("version-prev", "version-next"):
            self.controller.switch_version(message_id, -1 if kind == "version-prev" else 1)
        elif kind == "delete":
            self.controller.delete(message_id)

    def _edit_message(self, message_id: int) -> None:
        message = self.store.get_message(message_id)
        text, ok = QInputDialog.getMultiLineText(
            self, "Edit and resend", "Your message:", message.content
        )
        if ok and text.strip() and text.strip() != message.content:
            self.controller.edit(message_id, text)

    def _on_controller_context_overflow(self, needed: int, n_ctx: int) -> None:
        actions = [
            ("New chat with a summary", self.controller.summarise_into_new_chat),
            ("Drop the oldest turns", self.controller.retry_dropping_oldest),
        ]
        larger = self._larger_context(needed)
        if larger:
            actions.append((f"Reload with {larger:,} context", lambda: self._reload(larger)))
        self.banner.show_message(
            f"This conversation needs about {needed:,} tokens, but the model's context holds "
            f"{n_ctx:,}. Nothing was cut; choose how to continue:",
            actions,
        )

    def _larger_context(self, needed: int) -> int:
        """A context that holds ``needed`` tokens, within the model's native one (0 if none)."""
        if self.model is None or not self.model.n_ctx_train or needed > self.model.n_ctx_train:
            return 0
        size = self.model.n_ctx
        while size < needed:
            size *= 2
        return min(size, self.model.n_ctx_train)

    def _reload(self, n_ctx: int) -> None:
        if self.model is not None:
            self._resend_after_load = True
            self._load_with(Path(self.model.path), n_ctx)

    # -- models ----------------------------------------------------------------------------

    def choose_model(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Open a model", str(Path.home()), "GGUF models (*.gguf);;All files (*)"
        )
        if path:
            self.load_model(Path(path))

    def load_model(self, path: Path) -> None:
        options = self.settings.load_options_for(str(path))
        self.composer.set_loading(0.0, f"Loading {path.name}…")
        self.composer.set_sending_enabled(False)
        self.model_status.setText(f"Loading {path.name}…")
        self.generation.load(path, options)

    def _on_worker_load_progressed(self, fraction: float, phrase: str) -> None:
        self.composer.set_loading(fraction, phrase)

    def _on_worker_loaded(self, info: ModelInfo) -> None:
        self.model = info
        self.controller.set_model(info)
        self.composer.set_loading(None)
        self.composer.set_sending_enabled(True)
        self.composer.set_capability(info.thinking)
        self.composer.set_current_model(info.name)
        self._remember_model(info)
        labels = {"hybrid": "thinking on/off", "always": "always thinks", "never": "no thinking"}
        self.model_status.setText(
            f"{info.name} · {info.engine} · context {info.n_ctx:,} · {labels[info.thinking.value]}"
        )
        self.banner.show_message("")
        if self.controller.conversation_id is None:
            self.show_ready()
        if getattr(self, "_resend_after_load", False):
            self._resend_after_load = False
            self.controller.resend_last()

    def _remember_model(self, info: ModelInfo) -> None:
        self.settings.last_model = str(info.path)
        recent = [p for p in self.settings.recent_models if p != str(info.path)]
        self.settings.recent_models = [str(info.path), *recent][:8]
        save_settings(self.settings, self.settings_path)
        models = self.library.installed_models()
        known = {path for _, path in models}
        models += [
            (Path(p).stem, Path(p))
            for p in self.settings.recent_models
            if Path(p).exists() and Path(p) not in known
        ]
        self.composer.set_models(models)

    def _on_worker_load_failed(self, path: Path, message: str, reason: str, fits: int) -> None:
        self.composer.set_loading(None)
        self.composer.set_sending_enabled(self.model is not None)
        self.model_status.setText(self.model.name if self.model else "No model loaded")
        actions = []
        if reason == "context_too_large" and fits:
            actions.append((f"Load with {fits:,} context", lambda: self._load_with(path, fits)))
        self.banner.show_message(html.escape(message), actions)

    def _load_with(self, path: Path, n_ctx: int) -> None:
        """Remember a context size for this model and load it with that."""
        key = str(path)
        self.settings.per_model[key] = replace(self.settings.load_options_for(key), n_ctx=n_ctx)
        save_settings(self.settings, self.settings_path)
        self.load_model(path)

    # -- appearance and help ---------------------------------------------------------------

    def set_theme(self, value: str) -> None:
        self.settings.theme = value
        save_settings(self.settings, self.settings_path)
        self.apply_theme(value)

    def apply_theme(self, value: str) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self.resolved_theme = theme.apply(app, value)
        self.chat_view.set_theme(self.resolved_theme)

    def show_shortcuts(self) -> None:
        rows = "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in SHORTCUTS)
        QMessageBox.information(self, "Keyboard shortcuts", f"<table>{rows}</table>")

    def show_about(self) -> None:
        from desktop import __version__

        QMessageBox.about(
            self,
            "About Qwen Desk",
            f"<b>Qwen Desk {__version__}</b><p>Qwen models on your own computer, offline.</p>",
        )

    def import_chats(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Import chats", str(Path.home()), "Chats (*.json);;All files (*)"
        )
        if not path:
            return
        try:
            ids = self.store.import_file(Path(path))
        except Exception as exc:  # HistoryError carries a plain message
            self.banner.show_message(html.escape(str(exc)))
            return
        self.sidebar.refresh(ids[0] if ids else None)
        self.banner.show_message(f"Imported {len(ids)} chat(s).")

    def export_chats(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            "Export all chats",
            str(Path.home() / "qwen-desk-chats.json"),
            "JSON (*.json);;Markdown (*.md)",
        )
        if path:
            self.store.export_file(Path(path))

    # -- window state ----------------------------------------------------------------------

    @staticmethod
    def _window_state() -> QSettings:
        """Geometry and splitter state, in the app's own config folder (so portable mode and
        tests keep it with everything else)."""
        path = app_paths().config / "window-state.ini"
        return QSettings(str(path), QSettings.Format.IniFormat)

    def _restore_geometry(self) -> None:
        self.setMinimumSize(720, 480)
        state = self._window_state()
        geometry = state.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 780)
        splitter = state.value("window/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        state = self._window_state()
        state.setValue("window/geometry", self.saveGeometry())
        state.setValue("window/splitter", self.splitter.saveState())
        self.controller.stop()
        self.library.shutdown()
        self.tools.close()
        self.generation.shutdown()
        self.store.flush()
        super().closeEvent(event)
