"""History database schema: every historic version, the upgrade path, and opening safely.

``PRAGMA user_version`` holds the schema version. ``MIGRATIONS[n]`` turns a version-``n``
database into version ``n + 1``; a new database runs them all, so a fresh file and an
upgraded one are made by the same statements. The steps are frozen history: never edit a
released step, add a new one. All pending steps run in one transaction.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from desktop.core.history.records import COMPLETE, STREAMING, HistoryError, translate_error
from desktop.core.i18n import translate
from desktop.core.thinking import split_text

Step = str | Callable[[sqlite3.Connection], None]

# Message search order is "newest first"; FTS5 walks its rowids in order, so the index rowid
# is the creation time in milliseconds shifted left 20 bits plus the low bits of the id.
SORT_KEY_SHIFT = 20
SORT_KEY_SQL = "created * 1048576 + (id & 1048575)"


def sort_key(created_ms: int, message_id: int) -> int:
    return (created_ms << SORT_KEY_SHIFT) + (message_id & ((1 << SORT_KEY_SHIFT) - 1))


# Version 1 (first release): plain linear chats; Qwen3 replies kept <think> inline.
V1: tuple[Step, ...] = (
    """CREATE TABLE conversations (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL DEFAULT '',
        created INTEGER NOT NULL,
        updated INTEGER NOT NULL
    )""",
    """CREATE TABLE messages (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        role TEXT NOT NULL,
        content TEXT NOT NULL,
        created INTEGER NOT NULL
    )""",
    "CREATE INDEX messages_by_conversation ON messages(conversation_id, id)",
)


def _split_inline_thinking(conn: sqlite3.Connection) -> None:
    """Version 2 keeps thinking apart: move inline <think> blocks out of replies."""
    rows = conn.execute(
        "SELECT id, content FROM messages WHERE role = 'assistant' AND content LIKE '%</think>%'"
    ).fetchall()
    for message_id, content in rows:
        thinking, answer = split_text(content)
        conn.execute(
            "UPDATE messages SET content = ?, thinking = ? WHERE id = ?",
            (answer, thinking, message_id),
        )


# Version 2: per-conversation settings, pinning, trash, thinking apart, stats, stream state.
V2: tuple[Step, ...] = (
    "ALTER TABLE conversations ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE conversations ADD COLUMN model TEXT",
    "ALTER TABLE conversations ADD COLUMN system_prompt TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE conversations ADD COLUMN thinking_mode TEXT NOT NULL DEFAULT 'auto'",
    "ALTER TABLE conversations ADD COLUMN sampling TEXT NOT NULL DEFAULT '{}'",
    "ALTER TABLE conversations ADD COLUMN title_set_by_user INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE conversations ADD COLUMN trashed INTEGER",
    "ALTER TABLE messages ADD COLUMN thinking TEXT NOT NULL DEFAULT ''",
    f"ALTER TABLE messages ADD COLUMN state TEXT NOT NULL DEFAULT '{COMPLETE}'",
    "ALTER TABLE messages ADD COLUMN stats TEXT NOT NULL DEFAULT '{}'",
    "ALTER TABLE messages ADD COLUMN model TEXT",
    """CREATE INDEX conversations_listing ON conversations(pinned DESC, updated DESC)
        WHERE trashed IS NULL""",
    _split_inline_thinking,
)

# Version 3: message versions (a tree: siblings share a parent; the highest ``picked`` is
# shown) and full-text search. Trigram finds words in text without spaces (Chinese).
V3: tuple[Step, ...] = (
    "ALTER TABLE messages ADD COLUMN parent_id INTEGER REFERENCES messages(id) ON DELETE CASCADE",
    "ALTER TABLE messages ADD COLUMN picked INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE messages ADD COLUMN sort_key INTEGER",
    """UPDATE messages SET parent_id = (SELECT max(p.id) FROM messages AS p
        WHERE p.conversation_id = messages.conversation_id AND p.id < messages.id)""",
    f"UPDATE messages SET sort_key = {SORT_KEY_SQL}",
    "UPDATE messages SET state = 'interrupted' WHERE state = 'streaming'",
    "CREATE UNIQUE INDEX messages_by_sort_key ON messages(sort_key)",
    "CREATE INDEX messages_by_parent ON messages(parent_id)",
    f"CREATE INDEX messages_streaming ON messages(id) WHERE state = '{STREAMING}'",
    """CREATE VIRTUAL TABLE messages_fts USING fts5(content, thinking,
        content='messages', content_rowid='sort_key', tokenize='trigram')""",
    """CREATE VIRTUAL TABLE titles_fts USING fts5(title,
        content='conversations', content_rowid='id', tokenize='trigram')""",
    "INSERT INTO messages_fts(rowid, content, thinking) SELECT sort_key, content, thinking "
    "FROM messages",
    "INSERT INTO titles_fts(rowid, title) SELECT id, title FROM conversations",
    # A streaming reply is indexed once, when it is finished or found interrupted.
    f"""CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages
        WHEN new.state <> '{STREAMING}' BEGIN
        INSERT INTO messages_fts(rowid, content, thinking)
            VALUES (new.sort_key, new.content, new.thinking);
    END""",
    f"""CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages
        WHEN old.state <> '{STREAMING}' BEGIN
        INSERT INTO messages_fts(messages_fts, rowid, content, thinking)
            VALUES ('delete', old.sort_key, old.content, old.thinking);
    END""",
    f"""CREATE TRIGGER messages_fts_update AFTER UPDATE OF content, thinking, state, sort_key
        ON messages BEGIN
        INSERT INTO messages_fts(messages_fts, rowid, content, thinking)
            SELECT 'delete', old.sort_key, old.content, old.thinking
            WHERE old.state <> '{STREAMING}';
        INSERT INTO messages_fts(rowid, content, thinking)
            SELECT new.sort_key, new.content, new.thinking WHERE new.state <> '{STREAMING}';
    END""",
    """CREATE TRIGGER titles_fts_insert AFTER INSERT ON conversations BEGIN
        INSERT INTO titles_fts(rowid, title) VALUES (new.id, new.title);
    END""",
    """CREATE TRIGGER titles_fts_delete AFTER DELETE ON conversations BEGIN
        INSERT INTO titles_fts(titles_fts, rowid, title) VALUES ('delete', old.id, old.title);
    END""",
    """CREATE TRIGGER titles_fts_update AFTER UPDATE OF title ON conversations BEGIN
        INSERT INTO titles_fts(titles_fts, rowid, title) VALUES ('delete', old.id, old.title);
        INSERT INTO titles_fts(rowid, title) VALUES (new.id, new.title);
    END""",
)

# Version 4: a deleted message goes to the trash (with what follows it on its branch), so
# the transcript's Delete can be undone like a whole chat's.
V4: tuple[Step, ...] = (
    "ALTER TABLE messages ADD COLUMN trashed INTEGER",
    "CREATE INDEX messages_trashed ON messages(trashed) WHERE trashed IS NOT NULL",
)

SEARCH_TEXT_FUNCTION = "qd_search_text"


def search_text(text: str | None) -> str | None:
    """What the search index is given for a text: NUL read as a space. FTS5's trigram
    tokenizer stops at a NUL, so words after one could not be found; SQL's own replace()
    cannot replace a NUL either, hence this function."""
    return text.replace("\x00", " ") if text and "\x00" in text else text


def register_functions(conn: sqlite3.Connection) -> None:
    """Give ``conn`` the SQL functions the schema's triggers call; every connection that
    writes to the history needs them (:func:`connect` does it)."""
    conn.create_function(SEARCH_TEXT_FUNCTION, 1, search_text, deterministic=True)


def _indexed(column: str) -> str:
    return f"{SEARCH_TEXT_FUNCTION}({column})"


def _reindex_nul_free(conn: sqlite3.Connection) -> None:
    register_functions(conn)
    conn.execute(f"INSERT INTO {_M}({_M}) VALUES ('delete-all')")
    conn.execute(
        f"INSERT INTO {_M}(rowid, content, thinking) SELECT sort_key, {_indexed('content')}, "
        f"{_indexed('thinking')} FROM messages WHERE state <> '{STREAMING}'"
    )
    conn.execute(f"INSERT INTO {_T}({_T}) VALUES ('delete-all')")
    conn.execute(
        f"INSERT INTO {_T}(rowid, title) SELECT id, {_indexed('title')} FROM conversations"
    )


# Version 5: the search index gets NUL-free copies of every text (search_text), through the
# triggers and for every row already indexed; 'delete' commands pass the same copies.
_M, _T = "messages_fts", "titles_fts"
_OLD_C, _OLD_T = _indexed("old.content"), _indexed("old.thinking")
_NEW_C, _NEW_T = _indexed("new.content"), _indexed("new.thinking")
V5: tuple[Step, ...] = (
    "DROP TRIGGER messages_fts_insert",
    "DROP TRIGGER messages_fts_delete",
    "DROP TRIGGER messages_fts_update",
    "DROP TRIGGER titles_fts_insert",
    "DROP TRIGGER titles_fts_delete",
    "DROP TRIGGER titles_fts_update",
    f"""CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages
        WHEN new.state <> '{STREAMING}' BEGIN
        INSERT INTO {_M}(rowid, content, thinking) VALUES (new.sort_key, {_NEW_C}, {_NEW_T});
    END""",
    f"""CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages
        WHEN old.state <> '{STREAMING}' BEGIN
        INSERT INTO {_M}({_M}, rowid, content, thinking)
            VALUES ('delete', old.sort_key, {_OLD_C}, {_OLD_T});
    END""",
    f"""CREATE TRIGGER messages_fts_update AFTER UPDATE OF content, thinking, state, sort_key
        ON messages BEGIN
        INSERT INTO {_M}({_M}, rowid, content, thinking)
            SELECT 'delete', old.sort_key, {_OLD_C}, {_OLD_T} WHERE old.state <> '{STREAMING}';
        INSERT INTO {_M}(rowid, content, thinking)
            SELECT new.sort_key, {_NEW_C}, {_NEW_T} WHERE new.state <> '{STREAMING}';
    END""",
    f"""CREATE TRIGGER titles_fts_insert AFTER INSERT ON conversations BEGIN
        INSERT INTO {_T}(rowid, title) VALUES (new.id, {_indexed("new.title")});
    END""",
    f"""CREATE TRIGGER titles_fts_delete AFTER DELETE ON conversations BEGIN
        INSERT INTO {_T}({_T}, rowid, title) VALUES ('delete', old.id, {_indexed("old.title")});
    END""",
    f"""CREATE TRIGGER titles_fts_update AFTER UPDATE OF title ON conversations BEGIN
        INSERT INTO {_T}({_T}, rowid, title) VALUES ('delete', old.id, {_indexed("old.title")});
        INSERT INTO {_T}(rowid, title) VALUES (new.id, {_indexed("new.title")});
    END""",
    _reindex_nul_free,
)

MIGRATIONS: tuple[Sequence[Step], ...] = (V1, V2, V3, V4, V5)
CURRENT_VERSION = len(MIGRATIONS)


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def newer_version_error(path: Path, found: int) -> HistoryError:
    return HistoryError(
        translate(
            "History",
            "The conversation history at {path} was saved by a newer version of Qwen Desk"
            " (history format {found}; this version reads up to {supported}). Install the"
            " newer Qwen Desk to open it. The file has not been changed.",
        ).format(path=path, found=found, supported=CURRENT_VERSION),
        "newer_version",
    )


def apply_steps(conn: sqlite3.Connection, start: int, stop: int) -> None:
    """Run the steps that take a version-``start`` database to version ``stop``.

    The caller owns the transaction; tests use this to build databases of old versions.
    """
    for version in range(start, stop):
        for step in MIGRATIONS[version]:
            if isinstance(step, str):
                conn.execute(step)
            else:
                step(conn)
    conn.execute(f"PRAGMA user_version = {int(stop)}")


def migrate(conn: sqlite3.Connection, path: Path) -> None:
    """Bring the database to :data:`CURRENT_VERSION` in one transaction, or leave it as it was."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        found = user_version(conn)  # re-read under the write lock
        if found > CURRENT_VERSION:
            raise newer_version_error(path, found)
        if found < CURRENT_VERSION:
            apply_steps(conn, found, CURRENT_VERSION)
        conn.execute("COMMIT")
    except HistoryError:
        conn.execute("ROLLBACK")
        raise
    except Exception as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise HistoryError(
            translate(
                "History",
                "The conversation history at {path} could not be upgraded to the new format "
                "({error}). It was left as it was; free some disk space or restart Qwen Desk "
                "and try again.",
            ).format(path=path, error=exc),
            "upgrade",
        ) from exc


class _Unreadable(Exception):
    """The file is not a usable SQLite database (the text says why)."""


_CORRUPT_CODES = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
_HEADER = b"SQLite format 3\x00"


def _probe(path: Path, full_check: bool | None) -> None:
    """Check an existing file read-only: it must be a sound database of a version we know."""
    with path.open("rb") as handle:
        header = handle.read(100)
    if not header:
        return  # an empty file is an empty database
    if not header.startswith(_HEADER):
        raise _Unreadable("it is not a database file")
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise HistoryError(
            translate(
                "History",
                "The conversation history at {path} could not be opened ({error}). Check that"
                " the file and its folder can be read and written.",
            ).format(path=path, error=exc),
            "io",
        ) from exc
    try:
        found = user_version(conn)
        if found > CURRENT_VERSION:
            raise newer_version_error(path, found)
        check = "integrity_check" if full_check else "quick_check"
        rows = [("ok",)] if full_check is None else conn.execute(f"PRAGMA {check}(1)").fetchall()
        if rows != [("ok",)]:
            detail = " ".join(str(rows[0][0]).split()) if rows else "no answer"
            raise _Unreadable(f"the integrity check failed: {detail}")
    except sqlite3.DatabaseError as exc:
        if exc.sqlite_errorcode & 0xFF in _CORRUPT_CODES:
            raise _Unreadable(str(exc)) from exc
        raise HistoryError(
            translate(
                "History",
                "The conversation history at {path} could not be read ({error}). Close other "
                "copies of Qwen Desk and try again.",
            ).format(path=path, error=exc),
            "io",
        ) from exc
    finally:
        conn.close()


def _move_aside(path: Path) -> Path:
    """Rename the damaged file (and its -wal/-shm companions) with a timestamp."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{counter}")
    path.replace(target)
    for suffix in ("-wal", "-shm", "-journal"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.replace(target.with_name(target.name + suffix))
    return target


def connect(path: Path, *, full_check: bool | None = True) -> tuple[sqlite3.Connection, str | None]:
    """Open (creating or upgrading) the database at ``path``.

    Returns the connection and, when the old file was damaged and set aside, a message for the
    user saying where it went. A database from a newer version is refused untouched.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    note: str | None = None
    if path.exists():
        try:
            _probe(path, full_check)
        except _Unreadable as bad:
            moved = _move_aside(path)
            note = translate(
                "History",
                "Your conversation history could not be opened ({error}). The damaged file "
                "was moved to {moved} and a new, empty history was started.",
            ).format(error=bad, moved=moved)
    try:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=5.0)
    except sqlite3.Error as exc:
        raise HistoryError(
            translate(
                "History",
                "The conversation history at {path} could not be opened ({error}). Check that"
                " the folder exists and can be written.",
            ).format(path=path, error=exc),
            "io",
        ) from exc
    try:
        found = user_version(conn)
        if found > CURRENT_VERSION:  # made newer between the probe and now: touch nothing
            raise newer_version_error(path, found)
        register_functions(conn)  # the search triggers call them
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        migrate(conn, path)
    except BaseException as exc:
        with contextlib.suppress(sqlite3.Error):
            conn.close()
        if isinstance(exc, sqlite3.Error):
            raise translate_error(exc, "open the conversation history") from exc
        raise
    return conn, note
