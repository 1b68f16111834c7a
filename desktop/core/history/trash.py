"""The store's trash: conversations and messages moved to it, restored, deleted for good."""

from __future__ import annotations

from desktop.core.history.connection import StoreConnection
from desktop.core.history.records import Conversation, HistoryError, now_ms
from desktop.core.history.sql import (
    CONVERSATION_COLUMNS,
    conversation_from_row,
    get_conversation,
    get_message,
)
from desktop.core.i18n import QT_TRANSLATE_NOOP, translate

# A message and every message below it (its branch), as an SQL subquery on one id.
_BRANCH_SQL = (
    "WITH RECURSIVE branch(id) AS (SELECT ? UNION ALL "
    "SELECT m.id FROM messages AS m JOIN branch AS b ON m.parent_id = b.id) "
    "SELECT id FROM branch"
)


class Trash(StoreConnection):
    """Trashing, restoring and deleting conversations and messages."""

    def trash(self, conversation_id: int) -> None:
        """Move a conversation to the trash (restorable until the trash is emptied)."""
        self._set(
            conversation_id,
            "trashed",
            now_ms(),
            QT_TRANSLATE_NOOP("HistoryAction", "move the conversation to the trash"),
        )

    def restore(self, conversation_id: int) -> None:
        """Take a conversation back out of the trash."""
        self._set(
            conversation_id,
            "trashed",
            None,
            QT_TRANSLATE_NOOP("HistoryAction", "restore the conversation"),
        )

    def list_trash(self) -> list[Conversation]:
        """Conversations in the trash, most recently trashed first."""
        with self._reading(QT_TRANSLATE_NOOP("HistoryAction", "list the trash")) as db:
            rows = db.execute(
                f"SELECT {CONVERSATION_COLUMNS} FROM conversations WHERE trashed IS NOT NULL "
                "ORDER BY trashed DESC, id DESC"
            ).fetchall()
        return [conversation_from_row(row) for row in rows]

    def delete_forever(self, conversation_id: int) -> None:
        """Delete one conversation of the trash for good, with its messages."""
        with self._lock:
            with self._writing(QT_TRANSLATE_NOOP("HistoryAction", "delete the conversation")) as db:
                if get_conversation(db, conversation_id).trashed is None:
                    raise HistoryError(
                        translate(
                            "History", "Only a conversation in the trash can be deleted for good."
                        ),
                        "invalid",
                    )
                db.execute("DELETE FROM conversations WHERE id = ?", (conversation_id,))
            self._replies.forget_conversations({conversation_id})

    def trashed_message_count(self) -> int:
        """Messages deleted from chats still kept (they go when the trash is emptied)."""
        with self._reading(QT_TRANSLATE_NOOP("HistoryAction", "count the deleted messages")) as db:
            row = db.execute(
                "SELECT COUNT(*) FROM messages m JOIN conversations c "
                "ON c.id = m.conversation_id WHERE m.trashed IS NOT NULL AND c.trashed IS NULL"
            ).fetchone()
        return int(row[0])

    def empty_trash(self) -> int:
        """Delete the conversations in the trash for good; returns how many."""
        with self._lock:
            with self._writing(QT_TRANSLATE_NOOP("HistoryAction", "empty the trash")) as db:
                rows = db.execute("SELECT id FROM conversations WHERE trashed IS NOT NULL")
                gone = {row[0] for row in rows}
                db.execute("DELETE FROM conversations WHERE trashed IS NOT NULL")
                db.execute("DELETE FROM messages WHERE trashed IS NOT NULL")
            self._replies.forget_conversations(gone)  # their replies went with them
        return len(gone)

    # -- messages -----------------------------------------------------------------------

    def delete_message(self, message_id: int) -> None:
        """Delete one message (one version) and every message after it on its branch, for
        good; the sibling versions stay. (The transcript's Delete uses :meth:`trash_message`.)"""
        with (
            self._lock,
            self._writing(QT_TRANSLATE_NOOP("HistoryAction", "delete the message")) as db,
        ):
            if db.execute("SELECT 1 FROM messages WHERE id = ?", (message_id,)).fetchone():
                db.execute("DELETE FROM messages WHERE id = ?", (message_id,))  # cascades

    def trash_message(self, message_id: int) -> None:
        """Move one message (one version) and what follows it on its branch to the trash; the
        sibling versions stay. :meth:`restore_message` undoes it; emptying the trash deletes
        it for good."""
        with (
            self._lock,
            self._writing(
                QT_TRANSLATE_NOOP("HistoryAction", "move the message to the trash")
            ) as db,
        ):
            get_message(db, message_id)
            db.execute(
                f"UPDATE messages SET trashed = ? WHERE id IN ({_BRANCH_SQL}) AND trashed IS NULL",
                (now_ms(), message_id),
            )

    def restore_message(self, message_id: int) -> None:
        """Bring a trashed message back, with what was trashed together with it."""
        with (
            self._lock,
            self._writing(QT_TRANSLATE_NOOP("HistoryAction", "restore the message")) as db,
        ):
            row = db.execute("SELECT trashed FROM messages WHERE id = ?", (message_id,))
            found = row.fetchone()
            if found is None or found[0] is None:
                return
            db.execute(
                f"UPDATE messages SET trashed = NULL WHERE id IN ({_BRANCH_SQL}) AND trashed = ?",
                (message_id, found[0]),
            )
