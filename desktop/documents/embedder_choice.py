"""The one embedding model the app uses for documents and ``POST /v1/embeddings``.

:class:`ChosenEmbedder` reads the chosen model's path (the ``documents_embedder`` setting)
each time it is asked, loads that model on first use (on the asking thread: an indexing task,
the generation thread, the API server's worker), and closes the old one when the choice
changes. A model that fails to load is not tried again until the choice changes; its plain
message is kept in :attr:`ChosenEmbedder.error`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.documents.records import DocumentError

if TYPE_CHECKING:
    from desktop.documents.embedder import Embedder

log = logging.getLogger(__name__)


class ChosenEmbedder:
    """``get()`` -> the loaded embedding model of the current choice, or None (no choice, or
    it could not be loaded: keyword search only)."""

    def __init__(
        self,
        chosen: Callable[[], str],
        load: Callable[[Path], Embedder] | None = None,
    ) -> None:
        self._chosen = chosen
        self._load = load or _load
        self._lock = threading.Lock()
        self._embedder: Embedder | None = None
        self._path = ""
        self._failed = ""  # a path that failed to load (not tried again while chosen)
        self.error = ""

    @property
    def path(self) -> str:
        """The chosen model's path ("" when none)."""
        return self._chosen()

    def get(self) -> Embedder | None:
        path = self._chosen()
        with self._lock:
            if path == self._path and self._embedder is not None:
                return self._embedder
            self._close_locked()
            if not path:
                self._failed = ""  # chosen again later: tried again
                return None
            if path == self._failed:
                return None
            try:
                self._embedder = self._load(Path(path))
            except DocumentError as exc:
                log.warning("embedding model %s failed to load: %s", path, exc)
                self._failed, self.error = path, str(exc)
                return None
            self._path, self._failed, self.error = path, "", ""
            return self._embedder

    def close(self) -> None:
        with self._lock:
            self._close_locked()

    def _close_locked(self) -> None:
        if self._embedder is not None:
            self._embedder.close()
        self._embedder, self._path = None, ""


def _load(path: Path) -> Embedder:
    from desktop.documents.embedder import Embedder

    return Embedder(path)
