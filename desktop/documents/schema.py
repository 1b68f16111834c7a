"""The documents database: its schema, upgrades by ``PRAGMA user_version``, and opening it.

The index lives in its own SQLite file next to the history (``documents.sqlite3`` in the
app's data folder), in WAL mode so searches never wait for the indexer. ``MIGRATIONS[n]``
turns a version-``n`` database into version ``n + 1``; released steps are never edited.
A damaged file is moved aside and a new one started (the index can be rebuilt from the
documents), with a note for the user.
"""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import datetime
from pathlib import Path

from desktop.core.i18n import translate
from desktop.core.paths import app_paths
from desktop.documents.records import PENDING, DocumentError

DB_NAME = "documents.sqlite3"

V1: tuple[str, ...] = (
    """CREATE TABLE collections (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        root TEXT,
        conversation_id INTEGER UNIQUE,
        created INTEGER NOT NULL,
        generation INTEGER NOT NULL DEFAULT 0
    )""",
    "CREATE UNIQUE INDEX collections_by_name ON collections(name) WHERE conversation_id IS NULL",
    f"""CREATE TABLE files (
        id INTEGER PRIMARY KEY,
        collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
        path TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT '{PENDING}',
        error TEXT,
        note TEXT,
        kind TEXT,
        size INTEGER,
        mtime_ns INTEGER,
        sha256 TEXT,
        pages INTEGER NOT NULL DEFAULT 0,
        tokens INTEGER NOT NULL DEFAULT 0,
        embedder TEXT,
        indexed INTEGER,
        UNIQUE (collection_id, path)
    )""",
    """CREATE TABLE chunks (
        id INTEGER PRIMARY KEY,
        file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        text TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        page INTEGER,
        section TEXT,
        tokens INTEGER NOT NULL
    )""",
    "CREATE INDEX chunks_by_file ON chunks(file_id, ordinal)",
    # Two keyword indexes: words (stemmed, accents folded) for BM25 on languages with spaces,
    # and trigrams, which find words inside text without spaces (Chinese, Japanese).
    """CREATE VIRTUAL TABLE chunks_words USING fts5(text,
        content='chunks', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')""",
    """CREATE VIRTUAL TABLE chunks_fts USING fts5(text,
        content='chunks', content_rowid='id', tokenize='trigram')""",
    """CREATE TRIGGER chunks_fts_insert AFTER INSERT ON chunks BEGIN
        INSERT INTO chunks_words(rowid, text) VALUES (new.id, new.text);
        INSERT INTO chunks_fts(rowid, text) VALUES (new.id, new.text);
    END""",
    """CREATE TRIGGER chunks_fts_delete AFTER DELETE ON chunks BEGIN
        INSERT INTO chunks_words(chunks_words, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO chunks_fts(chunks_fts, rowid, text) VALUES ('delete', old.id, old.text);
    END""",
    # One unit-length float32 vector per chunk and embedding model (model id and width kept
    # so vectors of another model are never compared with a query).
    """CREATE TABLE vectors (
        chunk_id INTEGER PRIMARY KEY REFERENCES chunks(id) ON DELETE CASCADE,
        model TEXT NOT NULL,
        dim INTEGER NOT NULL,
        vector BLOB NOT NULL
    )""",
    """CREATE TABLE conversation_collections (
        conversation_id INTEGER NOT NULL,
        collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
        PRIMARY KEY (conversation_id, collection_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX conversation_collections_by_collection "
    "ON conversation_collections(collection_id)",
    """CREATE TABLE citations (
        message_id INTEGER NOT NULL,
        number INTEGER NOT NULL,
        conversation_id INTEGER NOT NULL,
        path TEXT NOT NULL,
        page INTEGER,
        section TEXT,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (message_id, number)
    ) WITHOUT ROWID""",
    "CREATE INDEX citations_by_conversation ON citations(conversation_id)",
)

MIGRATIONS: tuple[tuple[str, ...], ...] = (V1,)
CURRENT_VERSION = len(MIGRATIONS)


def default_path() -> Path:
    """Where the documents index lives: beside the history in the app's data folder."""
    return app_paths().data / DB_NAME


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    found = conn.execute("PRAGMA user_version").fetchone()[0]
    if found > CURRENT_VERSION:
        raise DocumentError(
            translate(
                "Documents",
                "The documents index at {path} was written by a newer Qwen Desk. "
                "Update Qwen Desk to use it; it was left untouched.",
            ).format(path=path),
            "newer_version",
        )
    if found == CURRENT_VERSION:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        for steps in MIGRATIONS[found:]:
            for statement in steps:
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {CURRENT_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _move_aside(path: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    path.replace(target)
    for suffix in ("-wal", "-shm", "-journal"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.replace(target.with_name(target.name + suffix))
    return target


def _is_damaged(path: Path) -> str | None:
    if not path.exists() or path.stat().st_size == 0:
        return None
    with path.open("rb") as handle:
        if not handle.read(16).startswith(b"SQLite format 3"):
            return "it is not a database file"
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            rows = conn.execute("PRAGMA quick_check(1)").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if exc.sqlite_errorcode & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
            return str(exc)
        return None  # busy or unreadable: the real open below reports it plainly
    return None if rows == [("ok",)] else str(rows[0][0]) if rows else "no answer"


def connect(path: Path, *, check: bool = True) -> tuple[sqlite3.Connection, str | None]:
    """Open (creating or upgrading) the index at ``path``; returns it and a note for the user.

    ``check`` runs a quick integrity check first (once per app start is enough; the indexer's
    own connections skip it).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    note = None
    damage = _is_damaged(path) if check else None
    if damage:
        moved = _move_aside(path)
        note = translate(
            "Documents",
            "The documents index could not be opened ({error}). It was moved "
            "to {moved} and a new one started; add your documents again to "
            "index them.",
        ).format(error=damage, moved=moved)
    try:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=10.0)
        # Set before the first table exists; lets a deleted collection give its space back.
        conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
        conn.execute("PRAGMA journal_mode = WAL")
        # NORMAL in WAL mode survives a crash of the app; only an OS crash may lose the last
        # files indexed, which the next run indexes again.
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        _migrate(conn, path)
    except sqlite3.Error as exc:
        with contextlib.suppress(UnboundLocalError, sqlite3.Error):
            conn.close()
        raise DocumentError(
            translate(
                "Documents",
                "The documents index at {path} could not be opened ({error}). "
                "Check that the data folder can be written, close other copies of"
                " Qwen Desk, and try again.",
            ).format(path=path, error=exc),
            "io",
        ) from exc
    return conn, note
