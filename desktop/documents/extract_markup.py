"""Sections of text-based files: Markdown and HTML split at headings, text and code whole.

Markdown sections are slices of the file's own text (so offsets match the file), each starting
at an ATX heading (``#`` … ``######``) outside fenced code. HTML is reduced to its visible
text with the standard library's parser (scripts, styles and other invisible parts dropped),
and split at ``<h1>``…``<h6>``. A section's heading is its path, e.g. ``Install › Linux``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html.parser import HTMLParser

from desktop.documents.records import Section

HEADING_JOIN = " › "
_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t#]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)


def sections_at(text: str, breaks: Sequence[tuple[int, str | None]]) -> list[Section]:
    """Cut ``text`` at each ``(offset, heading)``; text before the first break has no heading."""
    points = [(0, None), *breaks] if not breaks or breaks[0][0] > 0 else list(breaks)
    out: list[Section] = []
    carry: int | None = None  # start of a bare heading waiting for the section after it
    for index, (start, heading) in enumerate(points):
        end = points[index + 1][0] if index + 1 < len(points) else len(text)
        body = text[start:end].strip()
        if not body:
            continue
        if heading is not None and "\n" not in body and index + 1 < len(points):
            carry = start if carry is None else carry  # "# Title" alone: part of what follows
            continue
        begin = start if carry is None else carry
        carry = None
        out.append(Section(text[begin:end], begin, end, heading=heading))
    return out


def _push(stack: list[tuple[int, str]], level: int, title: str) -> str:
    while stack and stack[-1][0] >= level:
        stack.pop()
    stack.append((level, title))
    return HEADING_JOIN.join(t for _, t in stack if t)


def markdown_sections(text: str) -> list[Section]:
    breaks: list[tuple[int, str | None]] = []
    stack: list[tuple[int, str]] = []
    fence: str | None = None
    offset = 0
    for line in text.splitlines(keepends=True):
        opener = _FENCE.match(line)
        if fence is not None:
            if opener and opener.group(1)[0] == fence[0] and len(opener.group(1)) >= len(fence):
                fence = None
        elif opener:
            fence = opener.group(1)
        else:
            atx = _ATX.match(line.rstrip("\n"))
            if atx:
                title = _clean_heading(atx.group(2) or "")
                breaks.append((offset, _push(stack, len(atx.group(1)), title) or None))
        offset += len(line)
    return sections_at(text, breaks)


def _clean_heading(title: str) -> str:
    # Drop emphasis and link markup, keep the words: "**Set-up** [guide](x)" -> "Set-up guide".
    title = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", title)
    return " ".join(re.sub(r"[*_`]+", "", title).split())


def plain_sections(text: str) -> list[Section]:
    return sections_at(text, [])


# --- HTML -----------------------------------------------------------------------------------

_INVISIBLE = frozenset(
    {"script", "style", "noscript", "template", "svg", "math", "head", "iframe", "object"}
)
_BLOCK = frozenset(
    {
        "p", "div", "br", "li", "ul", "ol", "tr", "table", "section", "article", "header",
        "footer", "nav", "aside", "main", "blockquote", "pre", "hr", "dd", "dt", "dl",
        "figure", "figcaption", "form", "fieldset", "details", "summary", "address", "caption",
        "h1", "h2", "h3", "h4", "h5", "h6", "title", "body",
    }
)  # fmt: skip
_CELLS = frozenset({"td", "th"})
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "wbr"})


class _TextParser(HTMLParser):
    """Collects visible text with line breaks at block elements and marks heading starts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.length = 0
        self.hidden = 0  # depth inside invisible elements
        self.pre = 0
        self.in_title = False
        self.title = ""
        self.heading: tuple[int, int, list[str]] | None = None  # level, start, words
        self.breaks: list[tuple[int, str | None]] = []
        self.stack: list[tuple[int, str]] = []

    def _emit(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def _newline(self) -> None:
        if self.parts and not self.parts[-1].endswith("\n"):
            self._emit("\n")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        if tag in _INVISIBLE:
            if tag not in _VOID:
                self.hidden += 1
            return
        if tag == "pre":
            self.pre += 1
        if tag in _BLOCK:
            self._newline()
        elif tag in _CELLS and self.parts and not self.parts[-1].endswith(("\n", " | ")):
            self._emit(" | ")
        if len(tag) == 2 and tag[0] == "h" and tag[1] in "123456" and not self.hidden:
            self.heading = (int(tag[1]), self.length, [])

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in _INVISIBLE:
            self.hidden = max(0, self.hidden - 1)
            return
        if tag == "pre":
            self.pre = max(0, self.pre - 1)
        if self.heading and tag == f"h{self.heading[0]}":
            level, start, words = self.heading
            title = " ".join(" ".join(words).split())
            self.breaks.append((start, _push(self.stack, level, title) or None))
            self.heading = None
        if tag in _BLOCK:
            self._newline()

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
        if self.hidden:
            return
        if not self.pre:
            data = re.sub(r"\s+", " ", data)
            if not data.strip() and (not self.parts or self.parts[-1].endswith(("\n", " "))):
                return
            if self.parts and self.parts[-1].endswith("\n"):
                data = data.lstrip()
        if self.heading is not None:
            self.heading[2].append(data)
        if data:
            self._emit(data)


def html_charset(data: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` near its start, if any."""
    found = _META_CHARSET.search(data[:4096])
    return found.group(1).decode("ascii", "ignore") if found else None


def html_sections(markup: str) -> tuple[str, list[Section], str]:
    """The page's visible text, its sections, and its ``<title>``."""
    parser = _TextParser()
    parser.feed(markup)
    parser.close()
    text = "".join(parser.parts)
    return text, sections_at(text, parser.breaks), " ".join(parser.title.split())
