"""Index a collection: a plain, Qt-free callable the GUI runs on its own worker thread.

:func:`index_collection` re-scans a folder collection, then for each file: skips it when its
size and time (or else its SHA-256) are unchanged, otherwise extracts, chunks, embeds and
writes it in its own short transaction(s). A file that cannot be read is marked failed with a
plain message and the rest go on. ``progress(done, total, current_file)`` is called before
each file; setting ``cancel`` stops between files, pages and embedding batches. A process
killed mid-file leaves that file not searchable (status ``indexing``); the next run redoes it.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.i18n import translate
from desktop.documents import formats
from desktop.documents.chunking import (
    DEFAULT_CHUNK_TOKENS,
    DEFAULT_OVERLAP_TOKENS,
    Chunk,
    chunk_sections,
)
from desktop.documents.extract import extract
from desktop.documents.index import DocumentIndex, bump_generation
from desktop.documents.records import (
    FAILED,
    INDEXED,
    INDEXING,
    PENDING,
    Cancelled,
    DocumentError,
    now_ms,
)

if TYPE_CHECKING:
    from desktop.documents.embedder import Embedder

Progress = Callable[[int, int, "Path | None"], None]
WRITE_BATCH = 256  # chunks per transaction for a large file
EMBED_BATCH = 16  # chunks per embedding call: short, so a query never waits long
_SKIP_DIRS = frozenset(
    {"node_modules", "__pycache__", "venv", ".venv", "site-packages", "dist", "build", "target"}
)


@dataclass(frozen=True)
class FileFailure:
    path: Path
    message: str
    reason: str


@dataclass(frozen=True)
class IndexReport:
    """What a run did, for a status line; failures carry their plain messages."""

    collection_id: int
    total: int = 0
    indexed: int = 0
    unchanged: int = 0
    removed: int = 0
    pages: int = 0
    chunks: int = 0
    cancelled: bool = False
    seconds: float = 0.0
    failed: tuple[FileFailure, ...] = ()
    notes: tuple[str, ...] = field(default=())

    @property
    def summary(self) -> str:
        parts = [
            translate("Indexing", "Indexed {indexed} of {total} files").format(
                indexed=self.indexed, total=self.total
            )
        ]
        if self.unchanged:
            parts.append(translate("Indexing", "{count} unchanged").format(count=self.unchanged))
        if self.failed:
            parts.append(
                translate("Indexing", "{count} could not be read").format(count=len(self.failed))
            )
        text = "; ".join(parts) + "."
        if self.cancelled:
            return translate("Indexing", "Indexing was cancelled.") + " " + text
        return text


def scan_folder(root: Path) -> list[Path]:
    """Readable documents under ``root``, sorted, skipping hidden and tool folders."""
    found: list[Path] = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in _SKIP_DIRS)
        for name in sorted(files):
            path = Path(folder, name)
            if not name.startswith(".") and formats.is_supported(path) and path.is_file():
                found.append(path.resolve())
    return found


def _sha256(path: Path, cancel: threading.Event | None) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            if cancel is not None and cancel.is_set():
                raise Cancelled
            digest.update(block)
    return digest.hexdigest()


@dataclass
class _Run:
    index: DocumentIndex
    collection_id: int
    embedder: Embedder | None
    cancel: threading.Event | None
    chunk_tokens: int
    overlap_tokens: int

    def check(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise Cancelled

    def vectors(self, chunks: Sequence[Chunk | str]) -> list[bytes] | None:
        if self.embedder is None:
            return None
        blobs: list[bytes] = []
        for start in range(0, len(chunks), EMBED_BATCH):
            self.check()
            batch = chunks[start : start + EMBED_BATCH]
            texts = [c if isinstance(c, str) else c.text for c in batch]
            blobs.extend(row.tobytes() for row in self.embedder.embed(texts).vectors)
        return blobs

    def bump(self, db: sqlite3.Connection) -> None:
        bump_generation(db, self.collection_id)


def _sync_folder(index: DocumentIndex, collection_id: int, root: Path) -> int:
    """Add new files of the folder as pending and drop the ones gone; returns how many went."""
    present = {str(p) for p in scan_folder(root)}
    known = {
        row[0]: row[1]
        for row in index.conn.execute(
            "SELECT path, id FROM files WHERE collection_id = ?", (collection_id,)
        )
    }
    gone = [known[p] for p in known if p not in present]
    new = sorted(present - known.keys())
    with index.transaction() as db:
        db.executemany("DELETE FROM files WHERE id = ?", [(i,) for i in gone])
        db.executemany(
            "INSERT INTO files(collection_id, path) VALUES (?, ?)",
            [(collection_id, p) for p in new],
        )
        if gone:
            bump_generation(db, collection_id)
    return len(gone)


def index_collection(
    collection_id: int,
    *,
    db_path: Path | None = None,
    embedder: Embedder | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    chunk_tokens: int = DEFAULT_CHUNK_TOKENS,
    overlap_tokens: int = DEFAULT_OVERLAP_TOKENS,
) -> IndexReport:
    """Index (or bring up to date) one collection; safe to run on any thread.

    Opens its own connection to the index at ``db_path`` (default: the app's). With an
    ``embedder`` every file gets vectors of that model (files indexed before without them
    get vectors without being read again); without one, keyword search still works.
    """
    started = time.monotonic()
    with DocumentIndex.open(db_path) as index:
        collection = index.collection(collection_id)
        if collection.root is not None and not collection.root.is_dir():
            # An unplugged drive must not empty the collection: leave its index as it is.
            raise DocumentError(
                translate(
                    "Documents",
                    "The folder {folder} cannot be found (moved, renamed, or on a "
                    "drive that is not connected). Reconnect it, or delete the "
                    "collection and add the folder again; the collection was left as "
                    "it was.",
                ).format(folder=collection.root),
                "folder_missing",
            )
        removed = _sync_folder(index, collection_id, collection.root) if collection.root else 0
        rows = index.conn.execute(
            "SELECT id, path, status, size, mtime_ns, sha256, embedder, error FROM files "
            "WHERE collection_id = ? ORDER BY path",
            (collection_id,),
        ).fetchall()
        run = _Run(index, collection_id, embedder, cancel, chunk_tokens, overlap_tokens)
        counts = {"indexed": 0, "unchanged": 0, "pages": 0, "chunks": 0}
        failures: list[FileFailure] = []
        cancelled = False
        for done, row in enumerate(rows):
            path = Path(row[1])
            if progress is not None:
                progress(done, len(rows), path)
            try:
                run.check()
                outcome, pages, chunks = _index_file(run, *row)
            except Cancelled:
                cancelled = True
                break
            except DocumentError as exc:
                _fail(run, row[0], str(exc), *_stat(path))
                failures.append(FileFailure(path, str(exc), exc.reason))
                continue
            counts[outcome] += 1
            counts["pages"] += pages
            counts["chunks"] += chunks
        if progress is not None and not cancelled:
            progress(len(rows), len(rows), None)
    return IndexReport(
        collection_id, len(rows), counts["indexed"], counts["unchanged"], removed,
        counts["pages"], counts["chunks"], cancelled, time.monotonic() - started,
        tuple(failures),
    )  # fmt: skip


def _stat(path: Path) -> tuple[int | None, int | None]:
    try:
        info = path.stat()
    except OSError:
        return None, None
    return info.st_size, info.st_mtime_ns


def _fail(run: _Run, file_id: int, message: str, size: int | None, mtime_ns: int | None) -> None:
    with run.index.transaction() as db:
        had = db.execute("DELETE FROM chunks WHERE file_id = ?", (file_id,)).rowcount
        db.execute(
            "UPDATE files SET status = ?, error = ?, note = NULL, tokens = 0, pages = 0, "
            "sha256 = NULL, embedder = NULL, size = ?, mtime_ns = ? WHERE id = ?",
            (FAILED, message, size, mtime_ns, file_id),
        )
        if had:
            run.bump(db)


def _index_file(
    run: _Run, file_id: int, raw_path: str, status: str, size: int | None,
    mtime_ns: int | None, sha256: str | None, embedder: str | None, error: str | None,
) -> tuple[str, int, int]:  # fmt: skip
    """Returns ("indexed" or "unchanged", pages, chunks); raises DocumentError or Cancelled."""
    path = Path(raw_path)
    if status == FAILED and error and (size, mtime_ns) == _stat(path) != (None, None):
        raise DocumentError(error, "unchanged")  # still the same unreadable file
    kind = formats.require_kind(path)
    new_size = formats.check_size(path, kind)
    new_mtime = path.stat().st_mtime_ns
    vectors_ok = run.embedder is None or embedder == run.embedder.model_id
    if status == INDEXED and (size, mtime_ns) == (new_size, new_mtime) and vectors_ok:
        return "unchanged", 0, 0
    digest = _sha256(path, run.cancel)
    if status == INDEXED and sha256 == digest:
        if not vectors_ok:
            _embed_stored(run, file_id)
        with run.index.transaction() as db:
            db.execute(
                "UPDATE files SET size = ?, mtime_ns = ? WHERE id = ?",
                (new_size, new_mtime, file_id),
            )
        return "unchanged", 0, 0
    extracted = extract(path, run.cancel)
    chunks = list(chunk_sections(extracted.sections, run.chunk_tokens, run.overlap_tokens))
    finish = (
        "UPDATE files SET status = ?, error = NULL, note = ?, kind = ?, size = ?, mtime_ns = ?, "
        "sha256 = ?, pages = ?, tokens = ?, embedder = ?, indexed = ? WHERE id = ?"
    )
    meta = (
        INDEXED, " ".join(extracted.warnings) or None, kind, new_size, new_mtime, digest,
        extracted.pages, sum(c.tokens for c in chunks),
        run.embedder.model_id if run.embedder else None, now_ms(), file_id,
    )  # fmt: skip
    batches = [chunks[i : i + WRITE_BATCH] for i in range(0, len(chunks), WRITE_BATCH)]
    written = False
    try:
        for number, batch in enumerate(batches):
            blobs = run.vectors(batch)
            last = number == len(batches) - 1
            with run.index.transaction() as db:
                if number == 0:
                    db.execute("DELETE FROM chunks WHERE file_id = ?", (file_id,))
                    if not last:  # a large file: not searchable until its last batch is in
                        db.execute("UPDATE files SET status = ? WHERE id = ?", (INDEXING, file_id))
                _insert(db, run, file_id, batch, blobs)
                if last:
                    db.execute(finish, meta)
                run.bump(db)
            written = True
    except (Cancelled, DocumentError):
        if written:  # drop the part of a large file already written
            with run.index.transaction() as db:
                db.execute("DELETE FROM chunks WHERE file_id = ?", (file_id,))
                db.execute("UPDATE files SET status = ? WHERE id = ?", (PENDING, file_id))
                run.bump(db)
        raise
    return "indexed", extracted.pages, len(chunks)


def _insert(
    db: sqlite3.Connection, run: _Run, file_id: int, chunks: Sequence[Chunk],
    blobs: list[bytes] | None,
) -> None:  # fmt: skip
    for position, chunk in enumerate(chunks):
        cursor = db.execute(
            "INSERT INTO chunks(file_id, ordinal, text, start, end, page, section, tokens) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (file_id, chunk.ordinal, chunk.text, chunk.start, chunk.end, chunk.page,
             chunk.section, chunk.tokens),
        )  # fmt: skip
        if blobs is not None and run.embedder is not None:
            db.execute(
                "INSERT INTO vectors(chunk_id, model, dim, vector) VALUES (?, ?, ?, ?)",
                (cursor.lastrowid, run.embedder.model_id, run.embedder.dim, blobs[position]),
            )


def _embed_stored(run: _Run, file_id: int) -> None:
    """Give an already indexed file vectors of the current model, without reading it again."""
    assert run.embedder is not None
    rows = run.index.conn.execute(
        "SELECT id, text FROM chunks WHERE file_id = ? ORDER BY ordinal", (file_id,)
    ).fetchall()
    blobs = run.vectors([text for _, text in rows]) or []
    with run.index.transaction() as db:
        db.executemany(
            "INSERT OR REPLACE INTO vectors(chunk_id, model, dim, vector) VALUES (?, ?, ?, ?)",
            [
                (cid, run.embedder.model_id, run.embedder.dim, blob)
                for (cid, _), blob in zip(rows, blobs, strict=True)
            ],
        )
        db.execute("UPDATE files SET embedder = ? WHERE id = ?", (run.embedder.model_id, file_id))
        run.bump(db)
