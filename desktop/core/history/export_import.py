"""The store's export (JSON, Markdown, to a file) and import (our JSON, OpenAI-style lists).

The work is done by ``transfer.py``, loaded when first used: it is not needed to open the app.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop.core.atomic import write_text_atomic
from desktop.core.history.connection import StoreConnection
from desktop.core.history.records import HistoryError
from desktop.core.i18n import QT_TRANSLATE_NOOP, translate


class ExportImport(StoreConnection):
    """Export and import of conversations."""

    def export_json(self, conversation_ids: Sequence[int] | None = None) -> str:
        """Everything (versions, thinking, stats) as JSON; all outside the trash when None."""
        with self._lock:
            self._replies.flush()
            with self._reading(QT_TRANSLATE_NOOP("HistoryAction", "export the history")) as db:
                return _transfer().export_json(db, conversation_ids)

    def export_markdown(self, conversation_ids: Sequence[int] | None = None) -> str:
        """The shown threads as Markdown, thinking in collapsible <details> blocks."""
        with self._lock:
            self._replies.flush()
            with self._reading(QT_TRANSLATE_NOOP("HistoryAction", "export the history")) as db:
                return _transfer().export_markdown(db, conversation_ids)

    def export_file(
        self, target: Path, conversation_ids: Sequence[int] | None = None, kind: str = ""
    ) -> None:
        """Write an export atomically; ``kind`` is "json" or "markdown" (default: by suffix)."""
        kind = kind or ("json" if target.suffix.lower() == ".json" else "markdown")
        if kind not in ("json", "markdown"):
            raise HistoryError(
                f"'{kind}' is not an export format; use json or markdown.", "invalid"
            )
        text = (
            self.export_json(conversation_ids)
            if kind == "json"
            else self.export_markdown(conversation_ids)
        )
        try:
            write_text_atomic(target, text)
        except OSError as exc:
            raise HistoryError(
                translate(
                    "History",
                    "The export could not be written to {target} ({error}). Choose another folder"
                    " or free some disk space.",
                ).format(target=target, error=exc.strerror or exc),
                "io",
            ) from exc

    def import_json(self, source: str | bytes | Path) -> list[int]:
        """Import our own JSON export, all or nothing. Returns the new conversation ids."""
        data = _transfer().parse_json(source)
        with self._writing(QT_TRANSLATE_NOOP("HistoryAction", "import the conversations")) as db:
            return _transfer().import_ours(db, data)

    def import_openai(self, source: str | bytes | Path, title: str = "") -> int:
        """Import an OpenAI-style ``[{role, content}]`` list as one new conversation."""
        data = _transfer().parse_json(source)
        with self._writing(QT_TRANSLATE_NOOP("HistoryAction", "import the conversation")) as db:
            return _transfer().import_openai(db, data, title)

    def import_file(
        self, source: str | bytes | Path, *, skip_duplicates: bool = False
    ) -> list[int]:
        """Import either format, telling them apart by their shape; ``skip_duplicates``
        leaves out the chats already here (see :meth:`import_duplicates`)."""
        data = _transfer().parse_json(source)
        with self._writing(QT_TRANSLATE_NOOP("HistoryAction", "import the conversations")) as db:
            if _transfer().is_ours(data):
                skip = _transfer().duplicates(db, data) if skip_duplicates else ()
                return _transfer().import_ours(db, data, skip)
            return [_transfer().import_openai(db, data, "")]

    def import_duplicates(self, source: str | bytes | Path) -> tuple[int, int]:
        """(chats in the file, how many of them are already in the history), to ask before
        importing the same export twice."""
        data = _transfer().parse_json(source)
        with self._lock:
            self._replies.flush()
            with self._reading(
                QT_TRANSLATE_NOOP("HistoryAction", "read the conversations to import")
            ) as db:
                found = _transfer().duplicates(db, data)
        if not _transfer().is_ours(data):
            return 1, 0  # an OpenAI-style list is one chat, with nothing to match it by
        conversations = data.get("conversations") if isinstance(data, dict) else None
        return len(conversations) if isinstance(conversations, list) else 0, len(found)


def _transfer() -> Any:
    """Export and import (loaded when first used: they are not needed to open the app)."""
    from desktop.core.history import transfer

    return transfer
