"""Split sections into overlapping chunks of about N tokens, each remembering where it came from.

Tokens are estimated without a tokenizer: a CJK/Hangul/kana character counts as one token,
other text as one token per four characters (close to Qwen's tokenizer on prose). A chunk
never crosses a section (so its page or heading is exact), ends at the best break it can find
(paragraph, line, sentence, then word), and never splits a character: combining marks,
variation selectors and zero-width joiners stay with the character before them.
``chunk.text == document_text[chunk.start:chunk.end]`` always holds.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from desktop.documents.records import Section

DEFAULT_CHUNK_TOKENS = 256
DEFAULT_OVERLAP_TOKENS = 32
CHARS_PER_TOKEN = 4
_WIDE = re.compile(
    "[\u1100-\u11ff\u2e80-\u2fdf\u3000-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\ua960-\ua97f\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003134f]"
)
# Where a chunk may end, best first: a blank line, a line end, a sentence end, a space.
_BREAKS = (
    re.compile(r"\n[ \t]*\n"),
    re.compile(r"\n"),
    re.compile(r"[.!?;:][\"')\]]?\s|[。！？；]"),
    re.compile(r"\s"),
)
_JOINERS = frozenset("\u200d\u200c\ufe0e\ufe0f")


@dataclass(frozen=True)
class Chunk:
    """A passage to index and cite. Offsets are into the document's extracted text."""

    ordinal: int
    text: str
    start: int
    end: int
    page: int | None
    section: str | None
    tokens: int


def estimate_tokens(text: str) -> int:
    """About how many tokens ``text`` is (no tokenizer needed)."""
    wide = len(_WIDE.findall(text))
    return wide + math.ceil((len(text) - wide) / CHARS_PER_TOKEN)


def _span_for(text: str, pos: int, tokens: int) -> int:
    """The end of the longest span from ``pos`` estimated at no more than ``tokens``."""
    length = tokens * CHARS_PER_TOKEN
    for _ in range(4):  # shrink towards the estimate; dense CJK text needs a few rounds
        window = text[pos : pos + length]
        estimate = estimate_tokens(window)
        if estimate <= tokens or len(window) <= 1:
            return pos + len(window)
        length = max(1, int(len(window) * tokens / estimate * 0.97))
    return pos + length


def _safe_cut(text: str, cut: int, floor: int) -> int:
    """Move ``cut`` back so it does not fall inside a character (grapheme) cluster."""
    while cut > floor and cut < len(text) and (
        unicodedata.combining(text[cut]) or text[cut] in _JOINERS or text[cut - 1] == "\u200d"
    ):  # fmt: skip
        cut -= 1
    return cut


def _best_break(text: str, start: int, limit: int) -> int:
    """The best place to end a chunk in ``text[start:limit]``, preferring the far half."""
    floor = start + (limit - start) // 2
    for pattern in _BREAKS:
        last = None
        for found in pattern.finditer(text, floor, limit):
            last = found
        if last is not None:
            return last.end()
    return _safe_cut(text, limit, start + 1)


def _skip_space(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


def _overlap_start(text: str, cut: int, start: int, overlap: int) -> int:
    """Where the next chunk starts: ``overlap`` tokens before ``cut``, at a word start."""
    if overlap <= 0:
        return cut
    back = cut - max(1, len(text[start:cut]) * overlap // max(1, estimate_tokens(text[start:cut])))
    back = max(back, start + 1)
    space = re.compile(r"\s").search(text, back, cut)
    if space is None:
        return _safe_cut(text, back, start + 1)
    return space.end()


def chunk_section(
    section: Section,
    first_ordinal: int = 0,
    max_tokens: int = DEFAULT_CHUNK_TOKENS,
    overlap_tokens: int = DEFAULT_OVERLAP_TOKENS,
) -> Iterator[Chunk]:
    text, base = section.text, section.start
    end = len(text.rstrip())
    pos = _skip_space(text, 0, end)
    ordinal = first_ordinal
    overlap = min(overlap_tokens, max_tokens // 2)
    while pos < end:
        limit = _span_for(text, pos, max_tokens)
        cut = end if limit >= end else _best_break(text, pos, limit)
        stop = len(text[:cut].rstrip())
        if stop <= pos:  # nothing but spaces up to the cut
            stop = cut
        piece = text[pos:stop]
        yield Chunk(
            ordinal, piece, base + pos, base + stop, section.page, section.heading,
            estimate_tokens(piece),
        )  # fmt: skip
        ordinal += 1
        if cut >= end:
            return
        following = _skip_space(text, _overlap_start(text, cut, pos, overlap), end)
        pos = following if following > pos else _skip_space(text, cut, end)


def chunk_sections(
    sections: Iterable[Section],
    max_tokens: int = DEFAULT_CHUNK_TOKENS,
    overlap_tokens: int = DEFAULT_OVERLAP_TOKENS,
) -> Iterator[Chunk]:
    """Chunks of every section in order, numbered from 0 across the whole document."""
    ordinal = 0
    for section in sections:
        for chunk in chunk_section(section, ordinal, max_tokens, overlap_tokens):
            yield chunk
            ordinal = chunk.ordinal + 1


def merge_chunk_texts(chunks: Iterable[tuple[int, int, str]]) -> str:
    """Rebuild the text covered by ordered ``(start, end, text)`` chunks, overlaps once."""
    parts: list[str] = []
    reached = -1
    for start, end, text in chunks:
        if end <= reached:
            continue
        if reached < 0 or start >= reached:
            if parts:
                parts.append("\n" if start > reached else "")
            parts.append(text)
        else:
            parts.append(text[reached - start :])
        reached = end
    return "".join(parts)
