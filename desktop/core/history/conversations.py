"""The store's conversations: created, read, listed, renamed, titled, pinned, set up."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.core.history.connection import StoreConnection
from desktop.core.history.records import (
    THINKING_MODES,
    Conversation,
    HistoryError,
    clean_model,
    clean_text,
    now_ms,
    title_from_text,
)
from desktop.core.history.sql import (
    CONVERSATION_COLUMNS,
    auto_title,
    conversation_from_row,
    dumps,
    first_user_message,
    get_conversation,
    insert_conversation,
)
from desktop.core.i18n import QT_TRANSLATE_NOOP

UNSET: Any = type("Unset", (), {"__repr__": lambda self: "UNSET"})()


class Conversations(StoreConnection):
    """Conversations and their settings (model, system prompt, thinking mode, sampling)."""

    def create_conversation(
        self,
        title: str = "",
        *,
        model: str | None = None,
        system_prompt: str = "",
        thinking_mode: str = "auto",
        sampling: Mapping[str, Any] | None = None,
    ) -> Conversation:
        """A new conversation. Without a title it takes one from its first user message."""
        title = title_from_text(
            clean_text(title, QT_TRANSLATE_NOOP("HistoryField", "title")), limit=200
        )
        system_prompt = clean_text(
            system_prompt, QT_TRANSLATE_NOOP("HistoryField", "system prompt")
        )
        _check_mode(thinking_mode)
        with self._writing(QT_TRANSLATE_NOOP("HistoryAction", "create the conversation")) as db:
            stamp = now_ms()
            conversation_id = insert_conversation(
                db,
                title=title,
                created=stamp,
                updated=stamp,
                model=clean_model(model),
                system_prompt=system_prompt,
                thinking_mode=thinking_mode,
                sampling=sampling,
                title_set_by_user=bool(title),
            )
            return get_conversation(db, conversation_id)

    def get_conversation(self, conversation_id: int) -> Conversation:
        with self._reading(QT_TRANSLATE_NOOP("HistoryAction", "read the conversation")) as db:
            return get_conversation(db, conversation_id)

    def list_conversations(self, limit: int | None = None, offset: int = 0) -> list[Conversation]:
        """Conversations not in the trash: pinned first, then most recently active first."""
        with self._reading(QT_TRANSLATE_NOOP("HistoryAction", "list the conversations")) as db:
            rows = db.execute(
                f"SELECT {CONVERSATION_COLUMNS} FROM conversations WHERE trashed IS NULL "
                "ORDER BY pinned DESC, updated DESC, id DESC LIMIT ? OFFSET ?",
                (-1 if limit is None else limit, offset),
            ).fetchall()
        return [conversation_from_row(row) for row in rows]

    def rename(self, conversation_id: int, title: str) -> Conversation:
        """Set the title; an empty title goes back to the automatic one."""
        title = title_from_text(
            clean_text(title, QT_TRANSLATE_NOOP("HistoryField", "title")), limit=200
        )
        with self._writing(QT_TRANSLATE_NOOP("HistoryAction", "rename the conversation")) as db:
            get_conversation(db, conversation_id)
            db.execute(
                "UPDATE conversations SET title = ?, title_set_by_user = ? WHERE id = ?",
                (title, int(bool(title)), conversation_id),
            )
            first = None if title else first_user_message(db, conversation_id)
            if first is not None:
                auto_title(db, conversation_id, first.parent_id, first.content)
            return get_conversation(db, conversation_id)

    def set_written_title(self, conversation_id: int, title: str, replaces: str) -> bool:
        """Set a title written for the chat (by the model) if its title is still ``replaces``
        and the user has not named it; True when it was set. Compare-and-set in one statement,
        so a rename made meanwhile always wins."""
        title = title_from_text(
            clean_text(title, QT_TRANSLATE_NOOP("HistoryField", "title")), limit=200
        )
        if not title:
            return False
        with self._writing(QT_TRANSLATE_NOOP("HistoryAction", "set the conversation title")) as db:
            done = db.execute(
                "UPDATE conversations SET title = ? "
                "WHERE id = ? AND title_set_by_user = 0 AND title = ? AND trashed IS NULL",
                (title, conversation_id, replaces),
            )
            return done.rowcount == 1

    def set_pinned(self, conversation_id: int, pinned: bool) -> None:
        """Pinned conversations come first in :meth:`list_conversations`."""
        self._set(
            conversation_id,
            "pinned",
            int(pinned),
            QT_TRANSLATE_NOOP("HistoryAction", "pin the conversation"),
        )

    def update_conversation(
        self,
        conversation_id: int,
        *,
        model: str | None = UNSET,
        system_prompt: str = UNSET,
        thinking_mode: str = UNSET,
        sampling: Mapping[str, Any] | None = UNSET,
    ) -> Conversation:
        """Change the conversation's settings; arguments left out stay as they are."""
        fields: dict[str, Any] = {}
        if model is not UNSET:
            fields["model"] = clean_model(model)
        if system_prompt is not UNSET:
            fields["system_prompt"] = clean_text(
                system_prompt, QT_TRANSLATE_NOOP("HistoryField", "system prompt")
            )
        if thinking_mode is not UNSET:
            fields["thinking_mode"] = _check_mode(thinking_mode)
        if sampling is not UNSET:
            fields["sampling"] = dumps(sampling)
        with self._writing(
            QT_TRANSLATE_NOOP("HistoryAction", "save the conversation settings")
        ) as db:
            get_conversation(db, conversation_id)
            for name, value in fields.items():
                db.execute(
                    f"UPDATE conversations SET {name} = ? WHERE id = ?", (value, conversation_id)
                )
            return get_conversation(db, conversation_id)


def _check_mode(mode: str) -> str:
    if mode not in THINKING_MODES:
        raise HistoryError(
            f"'{mode}' is not a thinking mode; use one of {', '.join(THINKING_MODES)}.", "invalid"
        )
    return mode
