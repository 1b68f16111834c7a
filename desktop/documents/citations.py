"""Citations: the numbered sources given to the model, and the [n] markers in its answer.

:class:`Citation` is what the transcript shows and a click opens (file, page or section,
the passage text and its offsets). :func:`find_markers` finds ``[1]``, ``[2, 3]`` and
``[1][2]`` in an answer, outside code, and maps each number to its citation;
:func:`sources_markdown` renders the cited sources as a list for export.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_MARKER = re.compile(r"\[(\d{1,3}(?:\s*[,;]\s*\d{1,3})*)\](?!\()")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})", re.MULTILINE)
_INLINE_CODE = re.compile(r"(`+)(?:(?!\1).)+?\1", re.DOTALL)
SNIPPET = 160


@dataclass(frozen=True)
class Citation:
    """Source ``[number]``: a passage of a file, with its page (PDF) or section (heading)."""

    number: int
    path: Path
    page: int | None
    section: str | None
    text: str
    start: int  # character offsets into the file's extracted text
    end: int
    chunk_id: int | None = None

    @property
    def file_name(self) -> str:
        return self.path.name

    @property
    def label(self) -> str:
        """ "report.pdf, page 3" / "guide.md, section Install › Linux" / "notes.txt"."""
        if self.page is not None:
            return f"{self.file_name}, page {self.page}"
        if self.section:
            return f"{self.file_name}, section {self.section}"
        return self.file_name

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "path": str(self.path),
            "page": self.page,
            "section": self.section,
            "text": self.text,
            "start": self.start,
            "end": self.end,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Citation:
        return cls(
            int(data["number"]), Path(data["path"]), data.get("page"), data.get("section"),
            str(data["text"]), int(data["start"]), int(data["end"]),
        )  # fmt: skip


@dataclass(frozen=True)
class CitationMark:
    """One marker in an answer: ``answer[start:end] == "[1, 2]"`` citing those sources."""

    start: int
    end: int
    numbers: tuple[int, ...]
    citations: tuple[Citation, ...]


def _code_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    fences = list(_FENCE.finditer(text))
    index = 0
    while index < len(fences):
        opener = fences[index]
        closer = next(
            (
                f
                for f in fences[index + 1 :]
                if f.group(1)[0] == opener.group(1)[0] and len(f.group(1)) >= len(opener.group(1))
            ),
            None,
        )
        end = closer.end() if closer else len(text)
        spans.append((opener.start(), end))
        index = fences.index(closer) + 1 if closer else len(fences)
    spans.extend(m.span() for m in _INLINE_CODE.finditer(text))
    return spans


def find_markers(answer: str, citations: Sequence[Citation]) -> list[CitationMark]:
    """Markers citing known sources, in order. Numbers without a source are left out."""
    by_number = {c.number: c for c in citations}
    code = _code_spans(answer)
    marks: list[CitationMark] = []
    for found in _MARKER.finditer(answer):
        if any(start <= found.start() < end for start, end in code):
            continue
        numbers = tuple(int(n) for n in re.split(r"\s*[,;]\s*", found.group(1)))
        known = tuple(by_number[n] for n in numbers if n in by_number)
        if known:
            marks.append(
                CitationMark(found.start(), found.end(), tuple(c.number for c in known), known)
            )
    return marks


def cited(answer: str, citations: Sequence[Citation]) -> list[Citation]:
    """The sources the answer cites, each once, in order of first mention."""
    seen: dict[int, Citation] = {}
    for mark in find_markers(answer, citations):
        for citation in mark.citations:
            seen.setdefault(citation.number, citation)
    return list(seen.values())


def snippet(text: str, width: int = SNIPPET) -> str:
    line = " ".join(text.split())
    return line if len(line) <= width else line[: width - 1].rstrip() + "…"


def sources_markdown(answer: str, citations: Sequence[Citation]) -> str:
    """A "Sources" list of what ``answer`` cites, for Markdown export (empty if none)."""
    used = cited(answer, citations)
    if not used:
        return ""
    lines = ["**Sources**", ""]
    lines.extend(f"[{c.number}] {c.label}: “{snippet(c.text)}”" for c in used)
    return "\n".join(lines) + "\n"
