"""What each conversation reads: its attached files and the collections switched on for it.

Files attached to a chat go into that chat's own private collection (indexed like any other,
deleted with the chat by :func:`forget_conversation`); named collections are switched on and
off per chat. The citations of each answer are kept here too, so a transcript opened later
can still show the passage behind ``[2]`` even after the file changed.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.core.i18n import translate
from desktop.documents.citations import Citation
from desktop.documents.index import DocumentIndex
from desktop.documents.records import CollectionInfo, DocumentError, FileInfo


@dataclass(frozen=True)
class Attachments:
    """A conversation's documents: its own files and the named collections switched on."""

    conversation_id: int
    own: CollectionInfo | None  # the chat's private collection of attached files
    files: list[FileInfo]
    collections: list[CollectionInfo]

    @property
    def collection_ids(self) -> list[int]:
        ids = [self.own.id] if self.own is not None else []
        return ids + [c.id for c in self.collections]

    @property
    def is_empty(self) -> bool:
        return not self.files and not self.collections


def attach_files(
    index: DocumentIndex, conversation_id: int, paths: Iterable[Path]
) -> CollectionInfo:
    """Attach files to a chat; returns its private collection, which the caller then indexes
    (``index_collection(collection.id, ...)``)."""
    own = index.chat_collection(conversation_id, create=True)
    assert own is not None
    index.add_files(own.id, paths)
    return index.collection(own.id)


def detach_file(index: DocumentIndex, conversation_id: int, file_id: int) -> None:
    own = index.chat_collection(conversation_id)
    if own is None or index.file(file_id).collection_id != own.id:
        raise DocumentError(
            translate("Documents", "That file is not attached to this chat."),
            "not_attached",
        )
    index.remove_file(file_id)


def enable_collection(index: DocumentIndex, conversation_id: int, collection_id: int) -> None:
    """Switch a named collection on for a chat (its passages are used from the next turn)."""
    if index.collection(collection_id).is_chat_attachments:
        raise DocumentError(
            translate("Documents", "A chat's attached files cannot be switched on elsewhere."),
            "private",
        )
    with index.transaction() as db:
        db.execute(
            "INSERT OR IGNORE INTO conversation_collections(conversation_id, collection_id) "
            "VALUES (?, ?)",
            (conversation_id, collection_id),
        )


def disable_collection(index: DocumentIndex, conversation_id: int, collection_id: int) -> None:
    with index.transaction() as db:
        db.execute(
            "DELETE FROM conversation_collections WHERE conversation_id = ? AND collection_id = ?",
            (conversation_id, collection_id),
        )


def attachments(index: DocumentIndex, conversation_id: int) -> Attachments:
    own = index.chat_collection(conversation_id)
    ids = [
        row[0]
        for row in index.conn.execute(
            "SELECT collection_id FROM conversation_collections WHERE conversation_id = ? "
            "ORDER BY collection_id",
            (conversation_id,),
        )
    ]
    return Attachments(
        conversation_id,
        own,
        index.files(own.id) if own is not None else [],
        [index.collection(cid) for cid in ids],
    )


def forget_conversation(index: DocumentIndex, conversation_id: int) -> None:
    """A chat was deleted: drop its attached files' index, switches and saved citations."""
    own = index.chat_collection(conversation_id)
    with index.transaction() as db:
        db.execute(
            "DELETE FROM conversation_collections WHERE conversation_id = ?", (conversation_id,)
        )
        db.execute("DELETE FROM citations WHERE conversation_id = ?", (conversation_id,))
    if own is not None:
        index.delete_collection(own.id)


def save_citations(
    index: DocumentIndex, conversation_id: int, message_id: int, citations: Sequence[Citation]
) -> None:
    """Keep the sources an answer was given (call when the reply is saved)."""
    with index.transaction() as db:
        db.execute("DELETE FROM citations WHERE message_id = ?", (message_id,))
        db.executemany(
            "INSERT INTO citations(message_id, number, conversation_id, path, page, section, "
            "start, end, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (message_id, c.number, conversation_id, str(c.path), c.page, c.section,
                 c.start, c.end, c.text)
                for c in citations
            ],
        )  # fmt: skip


def load_citations(index: DocumentIndex, message_id: int) -> list[Citation]:
    rows = index.conn.execute(
        "SELECT number, path, page, section, text, start, end FROM citations "
        "WHERE message_id = ? ORDER BY number",
        (message_id,),
    ).fetchall()
    return [Citation(n, Path(p), page, sec, text, s, e) for n, p, page, sec, text, s, e in rows]


def citations_json(citations: Sequence[Citation]) -> str:
    """The citations as JSON (for a transcript export that keeps them)."""
    return json.dumps([c.to_json() for c in citations], ensure_ascii=False)
