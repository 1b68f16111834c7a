"""The plain records the documents package hands out: errors, collections, files, sections.

Everything here is a frozen dataclass or a constant, so the GUI can keep them across threads.
Errors carry a message written for users (what went wrong and what to do) and a stable
``reason`` code for code that wants to branch on the kind of failure.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

# File states in the index. A file is searched only when INDEXED; INDEXING is left behind by
# a run that was killed mid-file and is redone by the next run.
PENDING = "pending"
INDEXING = "indexing"
INDEXED = "indexed"
FAILED = "failed"


class DocumentError(Exception):
    """A document could not be read, indexed or searched; ``str()`` is a plain sentence."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


class Cancelled(Exception):
    """The user cancelled indexing (raised between files, pages or chunk batches)."""


@dataclass(frozen=True)
class Section:
    """A run of a document's text with one place to cite: a PDF page or a heading's section.

    ``start``/``end`` are character offsets into the document's extracted text
    (:attr:`Extracted.text`); ``text == Extracted.text[start:end]``.
    """

    text: str
    start: int
    end: int
    page: int | None = None  # 1-based, PDFs only
    heading: str | None = None  # "Install › Linux" for Markdown, HTML and DOCX


@dataclass(frozen=True)
class Extracted:
    """The text of one file split into citable sections, plus warnings for the user."""

    path: Path
    kind: str  # "pdf", "docx", "html", "markdown", "text" or "code"
    text: str
    sections: tuple[Section, ...]
    pages: int = 0  # PDF page count; 0 for other kinds
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class CollectionInfo:
    """A named set of documents (a folder or chosen files), or one chat's own attachments."""

    id: int
    name: str
    root: Path | None  # the folder it mirrors, or None for a set of chosen files
    conversation_id: int | None  # set for a chat's private collection of attached files
    created: datetime
    files: int = 0
    indexed: int = 0
    failed: int = 0
    pending: int = 0
    chunks: int = 0

    @property
    def is_chat_attachments(self) -> bool:
        return self.conversation_id is not None


@dataclass(frozen=True)
class FileInfo:
    """One file of a collection and where its indexing stands."""

    id: int
    collection_id: int
    path: Path
    status: str  # PENDING, INDEXING, INDEXED or FAILED
    error: str | None  # the plain message when FAILED
    note: str | None  # a warning when INDEXED with gaps ("pages 4 and 9 have no text")
    kind: str | None
    pages: int
    chunks: int
    tokens: int  # estimated tokens of the file's text
    size: int | None
    indexed_at: datetime | None
    embedder: str | None  # model id of the vectors, None when indexed without vectors

    @property
    def name(self) -> str:
        return self.path.name


def now_ms() -> int:
    return int(datetime.now(UTC).timestamp() * 1000)


def ms_to_datetime(value: int) -> datetime:
    return datetime.fromtimestamp(value / 1000, UTC)


def human_size(size: int) -> str:
    """1536 -> "1.5 KB"; for messages about file size limits."""
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GB"
