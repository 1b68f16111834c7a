"""The app's shared state, built once in ``desktop.app`` and handed to the parts that need it.

No part reaches into the main window for these: the settings (one store, one ``save``, a
``changed`` signal), the history, the generation service and the conversation service, the
token store, the model library and the background-task runner.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.chat.service import ChatService
from desktop.core.history import HistoryStore
from desktop.core.models.library import Library
from desktop.core.paths import AppPaths, app_paths
from desktop.core.settings import Settings, save_settings
from desktop.engines import pick_engine
from desktop.engines.base import Engine, ModelSource
from desktop.gui.chat.generation import GenerationService
from desktop.gui.tasks import TaskRunner

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

    @property
    def tokens(self) -> TokenStore:
        """The one token store (a session-only token must survive between dialogs)."""
        return self._tokens.get()

    def shutdown(self) -> bool:
        """Stop background tasks and generation, write what is buffered. True when every
        thread ended."""
        tasks_ended = self.tasks.shutdown()
        ended = self.generation.shutdown()
        self.history.flush()
        return ended and tasks_ended


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
    chat = ChatService(history, service.runner, lambda: store.value)
    folder = settings.models_dir
    library = Library(models_dir=Path(folder) if folder else None)
    tasks = TaskRunner(parent, name="app")
    return AppState(store, history, service, chat, library, tasks)
