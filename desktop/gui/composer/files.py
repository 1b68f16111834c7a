"""Text files dropped or pasted into the composer: read, check, and fence as Markdown.

Only small text files go into a message: binaries and anything over ``MAX_FILE_BYTES`` are
refused with a plain sentence that says why and what to do instead.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from desktop.core.i18n import translate
from desktop.core.units import format_size

MAX_FILE_BYTES = 1024 * 1024

# Fence languages by suffix (what Pygments and most Markdown renderers understand).
LANGUAGES = {
    ".txt": "text", ".log": "text", ".md": "markdown", ".markdown": "markdown",
    ".rst": "rst", ".py": "python", ".pyi": "python", ".ipynb": "json", ".json": "json",
    ".jsonl": "json", ".csv": "csv", ".tsv": "tsv", ".js": "javascript", ".mjs": "javascript",
    ".cjs": "javascript", ".jsx": "jsx", ".ts": "typescript", ".tsx": "tsx", ".c": "c",
    ".h": "c", ".cc": "cpp", ".cpp": "cpp", ".cxx": "cpp", ".hpp": "cpp", ".hh": "cpp",
    ".cs": "csharp", ".java": "java", ".kt": "kotlin", ".kts": "kotlin", ".scala": "scala",
    ".go": "go", ".rs": "rust", ".swift": "swift", ".m": "objectivec", ".rb": "ruby",
    ".php": "php", ".pl": "perl", ".lua": "lua", ".r": "r", ".jl": "julia", ".dart": "dart",
    ".hs": "haskell", ".ml": "ocaml", ".ex": "elixir", ".exs": "elixir", ".erl": "erlang",
    ".clj": "clojure", ".sh": "bash", ".bash": "bash", ".zsh": "zsh", ".fish": "fish",
    ".ps1": "powershell", ".bat": "batch", ".cmd": "batch", ".sql": "sql", ".html": "html",
    ".htm": "html", ".xml": "xml", ".svg": "xml", ".css": "css", ".scss": "scss",
    ".less": "less", ".vue": "vue", ".yaml": "yaml", ".yml": "yaml", ".toml": "toml",
    ".ini": "ini", ".cfg": "ini", ".conf": "ini", ".env": "bash", ".tex": "latex",
    ".bib": "bibtex", ".diff": "diff", ".patch": "diff", ".proto": "protobuf",
    ".graphql": "graphql", ".cmake": "cmake", ".gradle": "groovy", ".zig": "zig",
    ".nim": "nim", ".v": "verilog", ".vhd": "vhdl", ".asm": "asm", ".s": "asm",
}  # fmt: skip
NAMES = {"makefile": "makefile", "dockerfile": "dockerfile", "cmakelists.txt": "cmake"}
_FENCE = re.compile(r"^(`{3,})", re.MULTILINE)


class FileRejected(Exception):
    """A file that cannot go into a message; ``str(err)`` is a plain sentence for the user."""


def language_for(path: Path) -> str:
    """The Markdown fence language for a file name ('' when unknown)."""
    return NAMES.get(path.name.lower()) or LANGUAGES.get(path.suffix.lower(), "")


def read_text_file(path: Path) -> str:
    """The file's text, or :class:`FileRejected` for folders, binaries and big files."""
    name = path.name
    try:
        if path.is_dir():
            raise FileRejected(
                translate(
                    "ComposerFiles", "{name} is a folder; drop the files inside it instead."
                ).format(name=name)
            )
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise FileRejected(
                translate(
                    "ComposerFiles",
                    "{name} is {size}; files up to {limit} can be added to a message. Paste the "
                    "part you need instead.",
                ).format(name=name, size=format_size(size), limit=format_size(MAX_FILE_BYTES))
            )
        data = path.read_bytes()
    except OSError as exc:
        raise FileRejected(
            translate("ComposerFiles", "{name} could not be read ({error}).").format(
                name=name, error=exc.strerror or exc
            )
        ) from exc
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decoded(data, "utf-16", name)
    if b"\x00" in data:
        raise _binary(name)
    text = _decoded(data, "utf-8-sig", name)
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > max(8, len(text) // 100):
        raise _binary(name)
    return text


def _decoded(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise _binary(name) from None


def _binary(name: str) -> FileRejected:
    return FileRejected(
        translate(
            "ComposerFiles",
            "{name} is not a text file, so it was not added. Only text and code files "
            "(.txt, .md, .py, .json, .csv …) can go into a message.",
        ).format(name=name)
    )


def fenced_block(path: Path, text: str) -> str:
    """The file as Markdown: its name on a header line, then a fenced code block."""
    body = text.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n")
    longest = max((len(m.group(1)) for m in _FENCE.finditer(body)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{path.name}\n{fence}{language_for(path)}\n{body}\n{fence}\n"


def local_files(mime: QMimeData) -> list[Path]:
    """The local files a drop or paste carries (none for plain text)."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class MessageInput(QPlainTextEdit):
    """The message box: pasted and dropped text stays plain; files go to ``files_dropped``."""

    files_dropped = Signal(list)  # list[Path]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageInput")
        self.setAccessibleName(translate("MessageInput", "Message"))
        self.setTabChangesFocus(True)  # Tab reaches the controls; code goes in by paste or file

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return bool(local_files(source)) or source.hasText()

    def insertFromMimeData(self, source: QMimeData) -> None:
        files = local_files(source)
        if files:
            self.files_dropped.emit(files)
        elif source.hasText():
            self.textCursor().insertText(source.text())
