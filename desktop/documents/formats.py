"""Which files can be read, how big they may be, and how text files are decoded.

A file's kind comes from its extension (or a well-known name such as ``Makefile``). Size
limits are checked with ``stat`` before anything is read, so a 2 GB file is refused without
touching its contents. Text is decoded from its BOM, else as UTF-8, else as Windows-1252 /
Latin-1 (which never fail); a NUL byte near the start marks a binary file, which is refused.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.documents.records import DocumentError, human_size

PDF = "pdf"
DOCX = "docx"
HTML = "html"
MARKDOWN = "markdown"
TEXT = "text"
CODE = "code"

_KINDS: dict[str, str] = {
    ".pdf": PDF,
    ".docx": DOCX,
    ".html": HTML,
    ".htm": HTML,
    ".xhtml": HTML,
    ".md": MARKDOWN,
    ".markdown": MARKDOWN,
    ".mdown": MARKDOWN,
    ".mkd": MARKDOWN,
    **dict.fromkeys(
        (".txt", ".text", ".rst", ".adoc", ".org", ".tex", ".log", ".csv", ".tsv", ".srt"), TEXT
    ),
    **dict.fromkeys(
        (
            ".py", ".pyi", ".js", ".mjs", ".cjs", ".ts", ".tsx", ".jsx", ".java", ".kt", ".kts",
            ".scala", ".c", ".h", ".cc", ".cpp", ".cxx", ".hpp", ".hh", ".cs", ".go", ".rs",
            ".rb", ".php", ".swift", ".m", ".mm", ".lua", ".pl", ".pm", ".r", ".jl", ".dart",
            ".sh", ".bash", ".zsh", ".fish", ".ps1", ".bat", ".cmd", ".sql", ".css", ".scss",
            ".less", ".vue", ".svelte", ".json", ".jsonl", ".yaml", ".yml", ".toml", ".ini",
            ".cfg", ".conf", ".xml", ".gradle", ".cmake", ".proto", ".graphql", ".hs", ".ml",
            ".ex", ".exs", ".erl", ".clj", ".el", ".vim", ".zig", ".nim", ".v", ".f90",
        ),
        CODE,
    ),
}  # fmt: skip
_NAMED: dict[str, str] = {
    name.lower(): CODE
    for name in ("Makefile", "Dockerfile", "CMakeLists.txt", "Rakefile", "Gemfile", "Justfile")
} | {name.lower(): TEXT for name in ("README", "LICENSE", "COPYING", "CHANGELOG", "NOTICE")}

# Bigger files are refused before reading (a plain message says how to split them).
SIZE_LIMITS: dict[str, int] = {
    PDF: 512 * 1024 * 1024,
    DOCX: 256 * 1024 * 1024,
    HTML: 32 * 1024 * 1024,
    MARKDOWN: 32 * 1024 * 1024,
    TEXT: 32 * 1024 * 1024,
    CODE: 32 * 1024 * 1024,
}
KIND_NAMES = {
    PDF: "PDF",
    DOCX: "Word",
    HTML: QT_TRANSLATE_NOOP("DocumentKind", "web page"),
    MARKDOWN: "Markdown",
    TEXT: QT_TRANSLATE_NOOP("DocumentKind", "text"),
    CODE: QT_TRANSLATE_NOOP("DocumentKind", "source"),
}
SUPPORTED_TEXT = QT_TRANSLATE_NOOP(
    "Documents", "PDF, Word (.docx), Markdown, HTML, plain text and source code files"
)
_SNIFF = 8192
_SURROGATES = re.compile("[\ud800-\udfff]")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def kind_of(path: Path) -> str | None:
    """The kind of document ``path`` is by its name, or None when Qwen Desk cannot read it."""
    return _KINDS.get(path.suffix.lower()) or _NAMED.get(path.name.lower())


def suffixes() -> list[str]:
    """The file extensions Qwen Desk reads (for a file chooser's filter)."""
    return sorted(_KINDS)


def is_supported(path: Path) -> bool:
    return kind_of(path) is not None


def require_kind(path: Path) -> str:
    kind = kind_of(path)
    if kind is None:
        raise DocumentError(
            translate(
                "Documents", "{name} is not a kind of file Qwen Desk can read; it reads {kinds}."
            ).format(name=path.name, kinds=translate("Documents", SUPPORTED_TEXT)),
            "unsupported",
        )
    return kind


def check_size(path: Path, kind: str) -> int:
    """The file's size, after refusing a missing file or one over the limit for its kind."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise DocumentError(
            translate(
                "Documents", "{name} was moved or deleted; add it again from where it is now."
            ).format(name=path.name),
            "missing",
        ) from None
    except OSError as exc:
        raise DocumentError(
            translate(
                "Documents", "{name} could not be opened ({error}); check that you may read it."
            ).format(name=path.name, error=exc.strerror or exc),
            "unreadable",
        ) from None
    limit = SIZE_LIMITS[kind]
    if size > limit:
        raise DocumentError(
            translate(
                "Documents",
                "{name} is {size}, more than the {limit} Qwen Desk reads from one {kind} file. "
                "Split it into smaller files and add those.",
            ).format(
                name=path.name,
                size=human_size(size),
                limit=human_size(limit),
                kind=translate("DocumentKind", KIND_NAMES[kind]),
            ),
            "too_large",
        )
    if size == 0:
        raise DocumentError(
            translate("Documents", "{name} is empty; there is nothing to index.").format(
                name=path.name
            ),
            "empty",
        )
    return size


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise DocumentError(
            translate(
                "Documents", "{name} could not be read ({error}); check that you may read it."
            ).format(name=path.name, error=exc.strerror or exc),
            "unreadable",
        ) from None


def decode_text(data: bytes, name: str, declared: str | None = None) -> str:
    """Text of a file: by BOM, a declared charset, UTF-8, then Windows-1252 / Latin-1.

    Raises a plain :class:`DocumentError` for binary data. Newlines become ``\\n``.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return normalise_text(data.decode(encoding, errors="replace"))
    head = data[:_SNIFF]
    if b"\x00" in head or _control_ratio(head) > 0.1:
        raise DocumentError(
            translate(
                "Documents", "{name} looks like a binary file, not text, so it was skipped."
            ).format(name=name),
            "binary",
        )
    for candidate in (declared, "utf-8", "cp1252"):
        if not candidate:
            continue
        try:
            return normalise_text(data.decode(candidate))
        except (UnicodeDecodeError, LookupError):
            continue
    return normalise_text(data.decode("latin-1"))


def _control_ratio(head: bytes) -> float:
    if not head:
        return 0.0
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls / len(head)


def normalise_text(text: str) -> str:
    """Newlines as ``\\n``, no NULs (SQLite and the tokenizers dislike them)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    return _SURROGATES.sub("\ufffd", text)
