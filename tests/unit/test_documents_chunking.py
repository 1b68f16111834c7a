"""Chunking: about N tokens with overlap, exact offsets, never across a section, never
inside a character."""

from __future__ import annotations

import unicodedata
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.documents.chunking import (
    chunk_section,
    chunk_sections,
    estimate_tokens,
    merge_chunk_texts,
)
from desktop.documents.records import Section

WORDS_TEXT = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu"
WORDS = tuple(WORDS_TEXT.split())


def _prose(sentences: int) -> str:
    return " ".join(
        " ".join(WORDS[(i + j) % len(WORDS)] for j in range(8 + i % 7)).capitalize() + "."
        for i in range(sentences)
    )


def test_estimate_counts_cjk_per_character():
    assert estimate_tokens("abcd" * 10) == 10
    assert estimate_tokens("水银的沸点") == 5
    assert estimate_tokens("") == 0


def test_chunks_have_the_size_asked_and_overlap():
    text = _prose(120)
    chunks = list(chunk_section(Section(text, 0, len(text)), max_tokens=100, overlap_tokens=20))
    assert len(chunks) > 5
    assert all(c.tokens <= 100 for c in chunks)
    assert all(c.tokens >= 40 for c in chunks[:-1])  # no tiny pieces before the last
    for before, after in pairwise(chunks):
        assert after.start < before.end  # overlap
        assert before.end - after.start < 200  # about 20 tokens, not more than ~50
        assert after.start > before.start
    for chunk in chunks:
        assert text[chunk.start : chunk.end] == chunk.text
        assert chunk.text == chunk.text.strip()
    assert merge_chunk_texts((c.start, c.end, c.text) for c in chunks) == text


def test_chunks_end_at_sentence_or_paragraph_breaks():
    text = "\n\n".join(_prose(6) for _ in range(10))
    chunks = list(chunk_section(Section(text, 0, len(text)), max_tokens=120, overlap_tokens=0))
    for chunk in chunks[:-1]:
        assert chunk.text.endswith(".")


def test_sections_are_never_crossed_and_keep_page_and_heading():
    first = _prose(30)
    second = _prose(3)
    text = first + "\n\n" + second
    sections = [
        Section(first, 0, len(first), page=1),
        Section(second, len(first) + 2, len(text), page=2, heading="Two"),
    ]
    chunks = list(chunk_sections(sections, max_tokens=80))
    assert [c.ordinal for c in chunks] == list(range(len(chunks)))
    assert {c.page for c in chunks} == {1, 2}
    for chunk in chunks:
        section = sections[0] if chunk.page == 1 else sections[1]
        assert section.start <= chunk.start < chunk.end <= section.end
        assert text[chunk.start : chunk.end] == chunk.text
    assert chunks[-1].section == "Two"
    assert chunks[-1].text == second


def test_cjk_text_without_spaces_is_cut_by_tokens():
    text = "水银是唯一在室温下呈液态的金属。" * 100
    chunks = list(chunk_section(Section(text, 0, len(text)), max_tokens=64, overlap_tokens=8))
    assert all(c.tokens <= 64 for c in chunks)
    assert all(c.text.endswith("。") for c in chunks[:-1])  # cut after a sentence
    assert merge_chunk_texts((c.start, c.end, c.text) for c in chunks) == text


def test_a_grapheme_cluster_is_never_split():
    family = "👩\u200d👩\u200d👧"
    accented = "e\u0301"
    text = (family + accented) * 400  # no spaces or sentences to cut at
    chunks = list(chunk_section(Section(text, 0, len(text)), max_tokens=50, overlap_tokens=5))
    assert len(chunks) > 3
    for chunk in chunks:
        assert not unicodedata.combining(chunk.text[0])
        assert chunk.text[0] not in "\u200d\ufe0f"
        assert chunk.text[-1] != "\u200d"
        assert not unicodedata.combining(text[chunk.end]) if chunk.end < len(text) else True


def test_blank_sections_give_no_chunks():
    assert list(chunk_section(Section("   \n\n  ", 0, 7))) == []


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(
        alphabet=st.sampled_from(list("ab c.\n水銀\u0301\u200d👩é ")), min_size=0, max_size=600
    ),
    size=st.integers(min_value=4, max_value=60),
    overlap=st.integers(min_value=0, max_value=30),
)
def test_offsets_and_coverage_hold_for_any_text(text: str, size: int, overlap: int):
    base = 17
    chunks = list(chunk_section(Section(text, base, base + len(text)), 0, size, overlap))
    reached = base + len(text) - len(text.lstrip())
    for chunk in chunks:
        assert text[chunk.start - base : chunk.end - base] == chunk.text
        assert chunk.text.strip()
        assert chunk.start <= reached  # no gap of text left out
        reached = max(reached, chunk.end)
        while reached - base < len(text) and text[reached - base].isspace():
            reached += 1
    assert reached == base + len(text)  # everything up to the end was covered
