"""The app's shared state, built once in ``desktop.app`` and handed to the parts that need it.

No part reaches into the main window for these: the settings (one store, one ``save``, a
``changed`` signal), the history, the generation service and the conversation service, the
token store, the model library, the background-task runner, and the tools (the tool box and
the window's approval of tool calls).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.chat.documents import DocumentSource
from desktop.chat.service import ChatService
from desktop.core.history import HistoryStore
from desktop.core.models.library import Library
from desktop.core.paths import AppPaths, app_paths
from desktop.core.settings import Settings, save_settings
from desktop.documents.embedder_choice import ChosenEmbedder
from desktop.engines import pick_engine
from desktop.engines.base import Engine, ModelSource
from desktop.gui.chat.approvals import GuiApprovals
from desktop.gui.chat.generation import GenerationService
from desktop.gui.tasks import TaskRunner
from desktop.tools.toolbox import ToolBox

if TYPE_CHECKING:
    from desktop.core.hub.token_store import TokenStore


class SettingsStore(QObject):
    """The settings, saved in one place. Read ``value``; change with :meth:`update` or
    :meth:`replace`, which save the file once and emit ``changed(old, new)``."""

    changed = Signal(object, object)  # previous Settings (a copy), current Settings

    def __init__(self, settings: Settings, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._value = settings
        self.path = path

    @property
    def value(self) -> Settings:
        return self._value

    def update(self, change: Callable[[Settings], None]) -> None:
        """Change the settings in place (``change`` edits the object it is given), then save."""
        before = copy.deepcopy(self._value)
        change(self._value)
        self._commit(before)

    def replace(self, settings: Settings) -> None:
        """Take a whole new settings object (the Settings dialog's result), then save."""
        before, self._value = self._value, settings
        self._commit(before)

    def _commit(self, before: Settings) -> None:
        save_settings(self._value, self.path)
        if before != self._value:
            self.changed.emit(before, self._value)


class _LazyTokens:
    """The keychain token store, made on first use (keyring is slow to import)."""

    def __init__(self) -> None:
        self._store: TokenStore | None = None

    def get(self) -> TokenStore:
        if self._store is None:
            from desktop.core.hub.token_store import TokenStore

            self._store = TokenStore()
        return self._store


@dataclass
class AppState:
    settings: SettingsStore
    history: HistoryStore
    generation: GenerationService
    chat: ChatService
    library: Library
    tasks: TaskRunner
    paths: AppPaths = field(default_factory=app_paths)
    _tokens: _LazyTokens = field(default_factory=_LazyTokens)
    toolbox: ToolBox | None = None  # the chat service's tools: python runner, MCP servers
    approvals: GuiApprovals | None = None  # Run / Always in this chat / Deny, from the cards
    documents: DocumentSource | None = None  # each chat's attached files and collections
    embedder: ChosenEmbedder | None = None  # the embedding model chosen for documents

    @property
    def tokens(self) -> TokenStore:
        """The one token store (a session-only token must survive between dialogs)."""
        return self._tokens.get()

    def shutdown(self) -> bool:
        """Stop background tasks and generation, write what is buffered. True when every
        thread ended."""
        tasks_ended = self.tasks.shutdown()
        if self.approvals is not None:
            self.approvals.deny_all()  # a reply waiting for an answer ends now
        ended = self.generation.shutdown()
        if self.toolbox is not None:
            self.toolbox.close()  # stops the MCP servers and the Python runner's standby
        if self.embedder is not None:
            self.embedder.close()
        if self.documents is not None:
            self.documents.close()
        self.history.flush()
        return ended and tasks_ended

    def apply_tools(self, settings: Settings) -> None:
        """Hand new tool settings to the tool box, off the GUI thread: it may restart MCP
        servers (a server that hangs while stopping must not freeze the window)."""
        toolbox = self.toolbox
        if toolbox is None:
            return
        tools, offline = copy.deepcopy(settings.tools), settings.offline
        self.tasks.run(lambda ctx: toolbox.apply(tools, offline), name="tools-apply")

    def reload_mcp(self) -> None:
        """mcp.json changed: restart the servers, off the GUI thread."""
        toolbox = self.toolbox
        if toolbox is not None:
            self.tasks.run(lambda ctx: toolbox.reload_mcp(), name="mcp-reload")


def build_state(
    settings: Settings,
    settings_path: Path,
    history: HistoryStore,
    *,
    generation: GenerationService | None = None,
    parent: QObject | None = None,
) -> AppState:
    """The state for one app window (tests pass a generation service with a fake engine)."""
    store = SettingsStore(settings, settings_path, parent)

    def engine_for(source: ModelSource) -> Engine:
        # A model on a server asks the offline switch before every connection.
        return pick_engine(source, offline=lambda: store.value.offline)

    service = generation or GenerationService(engine_for, parent=parent)
    paths = app_paths()
    approvals = GuiApprovals(parent)
    toolbox = ToolBox(
        copy.deepcopy(settings.tools),
        offline=settings.offline,
        ask=approvals.ask,
        mcp_path=paths.config / "mcp.json",
    )
    # Documents read the embedding model chosen in the Library (none: keyword search only).
    embedder = ChosenEmbedder(lambda: store.value.documents_embedder)
    documents = DocumentSource(embedder=embedder.get)
    chat = ChatService(
        history, service.runner, lambda: store.value, tools=toolbox, documents=documents
    )
    folder = settings.models_dir
    library = Library(models_dir=Path(folder) if folder else None)
    tasks = TaskRunner(parent, name="app")
    state = AppState(
        store, history, service, chat, library, tasks, paths, toolbox=toolbox,
        approvals=approvals, documents=documents, embedder=embedder,
    )  # fmt: skip

    def on_changed(before: Settings, after: Settings) -> None:
        if before.tools != after.tools or before.offline != after.offline:
            state.apply_tools(after)

    store.changed.connect(on_changed)
    if settings.tools.enabled:
        # The standby Python process and the MCP servers start off the GUI thread.
        tasks.run(lambda ctx: toolbox.start(), name="tools-start")
    return state
