"""The chat hook: whole documents when they fit, retrieved passages when not, the budget kept,
numbered sources with file and page or section, and [n] markers mapped back to them."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.documents.attachments import attach_files, enable_collection
from desktop.documents.chunking import estimate_tokens
from desktop.documents.citations import Citation, cited, find_markers, sources_markdown
from desktop.documents.context import (
    INSTRUCTION,
    NONE,
    RETRIEVAL,
    WHOLE,
    build_context,
    document_budget,
)
from desktop.documents.index import DocumentIndex
from desktop.documents.indexer import index_collection
from desktop.documents.retrieval import NO_EMBEDDER_NOTE
from tests.documents_corpus import write_corpus, write_pdf

CONVERSATION = 5


@pytest.fixture
def setup(tmp_path: Path):
    corpus = write_corpus(tmp_path / "docs")
    db = tmp_path / "docs.sqlite3"
    index = DocumentIndex.open(db)
    shared = index.create_collection("Household", corpus.folder)
    index_collection(shared.id, db_path=db)
    yield index, shared, tmp_path
    index.close()


def test_nothing_attached_gives_nothing(setup):
    index, _, _ = setup
    context = build_context(index, CONVERSATION, "hi", budget_tokens=5000, count_tokens=len)
    assert (context.mode, context.block, context.tokens, context.citations) == (NONE, "", 0, ())
    assert context.summary == "No documents used"


def test_documents_that_fit_go_in_whole_one_source_per_page_or_section(setup):
    index, shared, _ = setup
    enable_collection(index, CONVERSATION, shared.id)
    context = build_context(
        index, CONVERSATION, "anything", budget_tokens=20_000, count_tokens=estimate_tokens
    )
    assert context.mode == WHOLE
    assert context.files == 4
    assert context.block.startswith(INSTRUCTION)
    assert context.tokens == estimate_tokens(context.block)
    labels = [c.label for c in context.citations]
    assert "office.pdf, page 3" in labels
    assert "kitchen.md, section Kitchen › Bread" in labels
    assert "science.docx, section Science notes › Volcanoes" in labels
    assert [c.number for c in context.citations] == list(range(1, len(labels) + 1))
    printer = next(c for c in context.citations if c.label == "office.pdf, page 3")
    assert "ZEBRA-7" in printer.text
    assert f"[{printer.number}] office.pdf, page 3\n" in context.block
    assert context.summary.startswith("Whole documents: 4 file(s)")


def test_too_much_for_the_budget_retrieves_passages_within_it(setup):
    index, shared, _ = setup
    enable_collection(index, CONVERSATION, shared.id)
    budget = estimate_tokens(INSTRUCTION) + 130
    context = build_context(
        index, CONVERSATION, "What is the name of the colour printer?",
        budget_tokens=budget, count_tokens=estimate_tokens,
    )  # fmt: skip
    assert context.mode == RETRIEVAL
    assert 0 < context.tokens <= budget
    assert 1 <= len(context.citations) < 8
    assert context.citations[0].label == "office.pdf, page 3"
    assert "ZEBRA-7" in context.citations[0].text
    assert context.citations[0].chunk_id is not None
    assert NO_EMBEDDER_NOTE in context.notes
    assert context.search is not None
    assert context.summary.startswith("Relevant passages (keywords only):")


def test_no_room_at_all_says_so(setup):
    index, shared, _ = setup
    enable_collection(index, CONVERSATION, shared.id)
    context = build_context(
        index, CONVERSATION, "colour printer", budget_tokens=10, count_tokens=estimate_tokens
    )
    assert context.mode == NONE
    assert any("leaves no room for document passages" in n for n in context.notes)


def test_pending_and_failed_attachments_are_named(setup):
    index, _, tmp_path = setup
    good = write_pdf(tmp_path / "good.pdf", ["Owls hunt at night."])
    scan = write_pdf(tmp_path / "scan.pdf", [""], image_only=True)
    own = attach_files(index, CONVERSATION, [good, scan, tmp_path / "later.txt"])
    (tmp_path / "later.txt").write_text("later")
    index_collection(own.id, db_path=index.path, cancel=None, progress=None)
    index.conn.execute("UPDATE files SET status = 'pending' WHERE path LIKE '%later.txt'")
    context = build_context(
        index, CONVERSATION, "owls", budget_tokens=5000, count_tokens=estimate_tokens
    )
    assert context.mode == WHOLE
    assert [c.label for c in context.citations] == ["good.pdf, page 1"]
    assert (
        "1 file(s) are still being indexed and are not used for this answer yet." in context.notes
    )
    assert "Not used because they could not be read: scan.pdf." in context.notes


def test_document_budget():
    assert document_budget(8192, prompt_tokens=1000, reply_tokens=1024) == 6168
    assert document_budget(4096, prompt_tokens=4000, reply_tokens=1024) == 0


CITES = [
    Citation(1, Path("/d/report.pdf"), 3, None, "Revenue grew by 12% in 2024.", 100, 128),
    Citation(2, Path("/d/guide.md"), None, "Install › Linux", "Use the .deb package.", 0, 21),
]


def test_markers_are_found_outside_code_and_mapped():
    answer = (
        "Revenue grew 12% [1]. Install with the package [2][1], see also [1, 2] and [7].\n"
        "`items[1]` is code, a [link](x) and [2](y) are links.\n```\nlist[2]\n```\n"
    )
    marks = find_markers(answer, CITES)
    assert [answer[m.start : m.end] for m in marks] == ["[1]", "[2]", "[1]", "[1, 2]"]
    assert marks[3].numbers == (1, 2)
    assert marks[0].citations[0].label == "report.pdf, page 3"
    assert [c.number for c in cited(answer, CITES)] == [1, 2]
    assert find_markers("no sources here", CITES) == []


def test_export_keeps_the_sources():
    text = sources_markdown("Grew [1].", CITES)
    assert text == "**Sources**\n\n[1] report.pdf, page 3: “Revenue grew by 12% in 2024.”\n"
    assert sources_markdown("Nothing cited.", CITES) == ""
