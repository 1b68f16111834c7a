"""The documents index: collections, their files, and the chunks and vectors of each file.

One :class:`DocumentIndex` wraps one SQLite connection; open one per thread (the GUI, the
indexer and the chat worker each their own). Writes are short ``BEGIN IMMEDIATE``
transactions, one per file (or per batch of a very large file), so searches in WAL mode never
wait and a killed process leaves every file either fully indexed or visibly not.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.i18n import translate
from desktop.documents import formats
from desktop.documents.records import (
    FAILED,
    INDEXED,
    PENDING,
    CollectionInfo,
    DocumentError,
    FileInfo,
    ms_to_datetime,
    now_ms,
)
from desktop.documents.schema import connect, default_path

_COLLECTION_SQL = f"""
    SELECT c.id, c.name, c.root, c.conversation_id, c.created,
        count(f.id),
        count(f.id) FILTER (WHERE f.status = '{INDEXED}'),
        count(f.id) FILTER (WHERE f.status = '{FAILED}'),
        count(f.id) FILTER (WHERE f.status NOT IN ('{INDEXED}', '{FAILED}')),
        coalesce(sum((SELECT count(*) FROM chunks AS k WHERE k.file_id = f.id)), 0)
    FROM collections AS c LEFT JOIN files AS f ON f.collection_id = c.id
"""
_FILE_SQL = """
    SELECT f.id, f.collection_id, f.path, f.status, f.error, f.note, f.kind, f.pages,
        (SELECT count(*) FROM chunks AS k WHERE k.file_id = f.id), f.tokens, f.size, f.indexed,
        f.embedder
    FROM files AS f
"""


@dataclass(frozen=True)
class StoredChunk:
    """A chunk as stored, with the file it belongs to (what a citation click needs)."""

    id: int
    file_id: int
    collection_id: int
    path: Path
    ordinal: int
    text: str
    start: int
    end: int
    page: int | None
    section: str | None
    tokens: int


def _collection(row: Sequence[Any]) -> CollectionInfo:
    cid, name, root, conversation, created, files, indexed, failed, pending, chunks = row
    return CollectionInfo(
        id=cid, name=name, root=Path(root) if root is not None else None,
        conversation_id=conversation, created=ms_to_datetime(created),
        files=files, indexed=indexed, failed=failed, pending=pending, chunks=chunks,
    )  # fmt: skip


def _file(row: Sequence[Any]) -> FileInfo:
    fid, cid, path, status, error, note, kind, pages, chunks, tokens, size, indexed, embedder = row
    return FileInfo(
        id=fid, collection_id=cid, path=Path(str(path)), status=status, error=error,
        note=note, kind=kind, pages=pages, chunks=chunks, tokens=tokens, size=size,
        indexed_at=ms_to_datetime(indexed) if indexed is not None else None, embedder=embedder,
    )  # fmt: skip


def _resolved(path: Path) -> Path:
    return Path(path).expanduser().resolve()


class DocumentIndex:
    """Collections, files and chunks in the documents database (one connection, one thread)."""

    def __init__(self, conn: sqlite3.Connection, path: Path, note: str | None = None) -> None:
        self.conn = conn
        self.path = path
        self.note = note  # set when a damaged index was set aside on opening

    @classmethod
    def open(cls, path: Path | None = None, *, check: bool = False) -> DocumentIndex:
        """Open the index (default: beside the history). ``check=True`` once per app start."""
        path = path or default_path()
        conn, note = connect(path, check=check)
        return cls(conn, path, note)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> DocumentIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction; rolled back whole if anything in it fails."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise DocumentError(
                translate(
                    "Documents", "The documents index is busy ({error}); try again in a moment."
                ).format(error=exc),
                "busy",
            ) from exc
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
            raise DocumentError(
                translate(
                    "Documents",
                    "The documents index could not be saved ({error}). Free some disk"
                    " space and index again.",
                ).format(error=exc),
                "io",
            ) from exc

    # --- collections ------------------------------------------------------------------------

    def create_collection(self, name: str, root: Path | None = None) -> CollectionInfo:
        """A named collection: of a folder (``root``, re-scanned on each indexing) or of files."""
        name = " ".join(name.split())
        if not name:
            raise DocumentError(
                translate("Documents", "Give the collection a name."),
                "bad_name",
            )
        if root is not None:
            root = _resolved(root)
            if not root.is_dir():
                raise DocumentError(
                    translate("Documents", "{root} is not a folder that can be read.").format(
                        root=root
                    ),
                    "not_a_folder",
                )
        try:
            with self.transaction() as db:
                cursor = db.execute(
                    "INSERT INTO collections(name, root, created) VALUES (?, ?, ?)",
                    (name, str(root) if root else None, now_ms()),
                )
        except sqlite3.IntegrityError:
            raise DocumentError(
                translate(
                    "Documents",
                    'A collection named "{name}" already exists; choose another name.',
                ).format(name=name),
                "exists",
            ) from None
        return self.collection(int(cursor.lastrowid or 0))

    def chat_collection(self, conversation_id: int, create: bool = False) -> CollectionInfo | None:
        """The private collection holding the files attached to one conversation."""
        row = self.conn.execute(
            "SELECT id FROM collections WHERE conversation_id = ?", (conversation_id,)
        ).fetchone()
        if row is None and create:
            with self.transaction() as db:
                cursor = db.execute(
                    "INSERT INTO collections(name, conversation_id, created) VALUES (?, ?, ?)",
                    (f"Attached to chat {conversation_id}", conversation_id, now_ms()),
                )
            row = (cursor.lastrowid,)
        return None if row is None else self.collection(int(row[0]))

    def collection(self, collection_id: int) -> CollectionInfo:
        row = self.conn.execute(
            _COLLECTION_SQL + " WHERE c.id = ? GROUP BY c.id", (collection_id,)
        ).fetchone()
        if row is None:
            raise DocumentError(
                translate("Documents", "That collection no longer exists."),
                "not_found",
            )
        return _collection(row)

    def collections(self, include_chats: bool = False) -> list[CollectionInfo]:
        """Named collections by name (and chats' own ones too when ``include_chats``)."""
        where = "" if include_chats else " WHERE c.conversation_id IS NULL"
        rows = self.conn.execute(
            _COLLECTION_SQL + where + " GROUP BY c.id ORDER BY c.name COLLATE NOCASE, c.id"
        ).fetchall()
        return [_collection(row) for row in rows]

    def rename_collection(self, collection_id: int, name: str) -> CollectionInfo:
        name = " ".join(name.split())
        if not name:
            raise DocumentError(
                translate("Documents", "Give the collection a name."),
                "bad_name",
            )
        try:
            with self.transaction() as db:
                db.execute("UPDATE collections SET name = ? WHERE id = ?", (name, collection_id))
        except sqlite3.IntegrityError:
            raise DocumentError(
                translate(
                    "Documents",
                    'A collection named "{name}" already exists; choose another name.',
                ).format(name=name),
                "exists",
            ) from None
        return self.collection(collection_id)

    def delete_collection(self, collection_id: int) -> None:
        """Delete a collection with all its files' chunks and vectors, and give the space back."""
        with self.transaction() as db:
            db.execute("DELETE FROM collections WHERE id = ?", (collection_id,))
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute("PRAGMA incremental_vacuum")

    def generations(self, collection_ids: Iterable[int]) -> dict[int, int]:
        """A counter per collection that changes whenever its chunks or vectors change."""
        ids = list(collection_ids)
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self.conn.execute(
            f"SELECT id, generation FROM collections WHERE id IN ({marks})", ids
        ).fetchall()
        return {int(cid): int(gen) for cid, gen in rows}

    # --- files ------------------------------------------------------------------------------

    def add_files(self, collection_id: int, paths: Iterable[Path]) -> list[FileInfo]:
        """Add files (pending until indexed); unreadable kinds are added as failed, saying why."""
        self.collection(collection_id)
        rows = []
        for path in paths:
            path = _resolved(path)
            error = None
            try:
                formats.require_kind(path)
            except DocumentError as exc:
                error = str(exc)
            rows.append((collection_id, str(path), FAILED if error else PENDING, error))
        with self.transaction() as db:
            db.executemany(
                "INSERT INTO files(collection_id, path, status, error) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(collection_id, path) DO NOTHING",
                rows,
            )
        wanted = {row[1] for row in rows}
        return [f for f in self.files(collection_id) if str(f.path) in wanted]

    def remove_file(self, file_id: int) -> None:
        with self.transaction() as db:
            row = db.execute("SELECT collection_id FROM files WHERE id = ?", (file_id,)).fetchone()
            db.execute("DELETE FROM files WHERE id = ?", (file_id,))
            if row is not None:
                bump_generation(db, row[0])

    def files(self, collection_id: int) -> list[FileInfo]:
        rows = self.conn.execute(
            _FILE_SQL + " WHERE f.collection_id = ? ORDER BY f.path", (collection_id,)
        ).fetchall()
        return [_file(row) for row in rows]

    def file(self, file_id: int) -> FileInfo:
        row = self.conn.execute(_FILE_SQL + " WHERE f.id = ?", (file_id,)).fetchone()
        if row is None:
            raise DocumentError(
                translate("Documents", "That file is no longer in the collection."),
                "not_found",
            )
        return _file(row)

    # --- chunks -----------------------------------------------------------------------------

    def chunks(self, chunk_ids: Sequence[int]) -> dict[int, StoredChunk]:
        """Chunks by id (with their files), for search results and citation clicks."""
        out: dict[int, StoredChunk] = {}
        for start in range(0, len(chunk_ids), 500):
            batch = list(chunk_ids[start : start + 500])
            marks = ",".join("?" * len(batch))
            rows = self.conn.execute(
                "SELECT k.id, k.file_id, f.collection_id, f.path, k.ordinal, k.text, k.start, "
                "k.end, k.page, k.section, k.tokens FROM chunks AS k "
                f"JOIN files AS f ON f.id = k.file_id WHERE k.id IN ({marks})",
                batch,
            ).fetchall()
            for row in rows:
                out[row[0]] = StoredChunk(row[0], row[1], row[2], Path(row[3]), *row[4:])
        return out

    def file_chunks(self, file_id: int) -> list[StoredChunk]:
        ids = [
            row[0]
            for row in self.conn.execute(
                "SELECT id FROM chunks WHERE file_id = ? ORDER BY ordinal", (file_id,)
            )
        ]
        found = self.chunks(ids)
        return [found[i] for i in ids]

    def indexed_files(self, collection_ids: Sequence[int]) -> list[FileInfo]:
        """The searchable files of some collections (what a chat's documents are)."""
        if not collection_ids:
            return []
        marks = ",".join("?" * len(collection_ids))
        rows = self.conn.execute(
            _FILE_SQL + f" WHERE f.collection_id IN ({marks}) AND f.status = '{INDEXED}' "
            "ORDER BY f.collection_id, f.path",
            list(collection_ids),
        ).fetchall()
        return [_file(row) for row in rows]


def bump_generation(db: sqlite3.Connection, collection_id: int) -> None:
    """Mark a collection's contents as changed (readers holding its old vectors reload)."""
    db.execute("UPDATE collections SET generation = generation + 1 WHERE id = ?", (collection_id,))
