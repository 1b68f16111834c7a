"""The hook the chat service calls before each user turn: which document text goes in.

:func:`build_context` looks at the collections a conversation reads. When all of their text
fits the token budget it goes in whole ("whole"), one numbered source per page or section;
otherwise the passages most relevant to the question are retrieved ("retrieval") and as many
as fit go in. Either way the block tells the model to cite sources as ``[n]``, and the
returned :class:`DocumentContext` carries the citations, the document token count for the
context meter, and plain notes for the UI (files still indexing or unreadable, no embedder).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import groupby

from desktop.core.i18n import translate
from desktop.documents.attachments import attachments
from desktop.documents.chunking import merge_chunk_texts
from desktop.documents.citations import Citation
from desktop.documents.index import DocumentIndex, StoredChunk
from desktop.documents.records import FAILED, INDEXED
from desktop.documents.retrieval import KEYWORDS, Retriever, SearchResult

NONE = "none"
WHOLE = "whole"
RETRIEVAL = "retrieval"
DEFAULT_TOP_K = 8
INSTRUCTION = (
    "Below are numbered sources from the user's documents. Use them when they help to answer, "
    "and cite every fact you take from them with its number in square brackets, like [1] or "
    "[2][3]. If the sources do not contain the answer, say so."
)
# The whole text is counted exactly only when its estimate is near the budget.
_ESTIMATE_SLACK = 1.5
CountTokens = Callable[[str], int]


@dataclass(frozen=True)
class DocumentContext:
    """What to put in the prompt for one turn, and what to show about it."""

    mode: str  # NONE, WHOLE or RETRIEVAL
    block: str  # text for the prompt ("" when NONE)
    citations: tuple[Citation, ...]
    tokens: int  # tokens of ``block`` (for the context meter)
    files: int = 0  # searchable files the block was drawn from
    notes: tuple[str, ...] = ()  # plain sentences for the UI
    search: SearchResult | None = None  # timings and method, in retrieval mode
    collections: int = 0  # collections with searchable files (attached files count as one)

    @property
    def summary(self) -> str:
        """One line for the UI: how the documents are used this turn."""
        if self.mode == WHOLE:
            return translate(
                "DocumentUse", "Whole documents: {files} file(s), {tokens} tokens"
            ).format(files=self.files, tokens=f"{self.tokens:,}")
        if self.mode == RETRIEVAL:
            text = (
                translate(
                    "DocumentUse",
                    "Relevant passages (keywords only): {passages} from {files} file(s), "
                    "{tokens} tokens",
                )
                if self.search and self.search.method == KEYWORDS
                else translate(
                    "DocumentUse",
                    "Relevant passages: {passages} from {files} file(s), {tokens} tokens",
                )
            )
            return text.format(
                passages=len(self.citations), files=self.files, tokens=f"{self.tokens:,}"
            )
        return translate("DocumentUse", "No documents used")


def document_budget(n_ctx: int, prompt_tokens: int, reply_tokens: int) -> int:
    """Tokens left for documents: the context minus the prompt and the room kept for the reply."""
    return max(0, n_ctx - prompt_tokens - reply_tokens)


def build_context(
    index: DocumentIndex,
    conversation_id: int,
    question: str,
    *,
    budget_tokens: int,
    count_tokens: CountTokens,
    retriever: Retriever | None = None,
    top_k: int = DEFAULT_TOP_K,
) -> DocumentContext:
    """The documents part of the prompt for ``question`` in a conversation (see module doc)."""
    attached = attachments(index, conversation_id)
    return build_context_for(
        index, attached.collection_ids, question, budget_tokens=budget_tokens,
        count_tokens=count_tokens, retriever=retriever, top_k=top_k,
    )  # fmt: skip


def build_context_for(
    index: DocumentIndex,
    collection_ids: Sequence[int],
    question: str,
    *,
    budget_tokens: int,
    count_tokens: CountTokens,
    retriever: Retriever | None = None,
    top_k: int = DEFAULT_TOP_K,
) -> DocumentContext:
    """As :func:`build_context`, for explicit collections."""
    notes = _status_notes(index, collection_ids)
    files = index.indexed_files(collection_ids)
    if not files:
        return DocumentContext(NONE, "", (), 0, 0, notes)
    estimate = sum(f.tokens for f in files)
    searched = len({f.collection_id for f in files})
    if estimate <= budget_tokens * _ESTIMATE_SLACK:
        sources = _whole_sources(index, [f.id for f in files])
        block = _block(sources)
        tokens = count_tokens(block)
        if tokens <= budget_tokens:
            return DocumentContext(
                WHOLE, block, tuple(sources), tokens, len(files), notes, collections=searched
            )
    retriever = retriever or Retriever(index)
    result = retriever.search(question, collection_ids, k=top_k)
    if result.note:
        notes = (*notes, result.note)
    chosen: list[Citation] = []
    used = count_tokens(_block([]))
    for passage in result.passages:
        citation = Citation(
            len(chosen) + 1, passage.path, passage.page, passage.section, passage.text,
            passage.start, passage.end, passage.chunk_id,
        )  # fmt: skip
        cost = count_tokens(_source(citation))
        if used + cost > budget_tokens:
            break
        chosen.append(citation)
        used += cost
    if not chosen:
        if result.passages:
            notes = (
                *notes,
                translate(
                    "DocumentUse",
                    "The conversation leaves no room for document passages; start a new chat or "
                    "load the model with a larger context to use your documents.",
                ),
            )
        return DocumentContext(NONE, "", (), 0, len(files), notes, result, searched)
    block = _block(chosen)
    return DocumentContext(
        RETRIEVAL, block, tuple(chosen), count_tokens(block), len(files), notes, result, searched
    )


def _status_notes(index: DocumentIndex, collection_ids: Sequence[int]) -> tuple[str, ...]:
    waiting = 0
    failed: list[str] = []
    for cid in collection_ids:
        for info in index.files(cid):
            if info.status == FAILED:
                failed.append(info.name)
            elif info.status != INDEXED:
                waiting += 1
    notes = []
    if waiting:
        notes.append(
            translate(
                "DocumentUse",
                "{count} file(s) are still being indexed and are not used for this answer yet.",
            ).format(count=waiting)
        )
    if failed:
        names = ", ".join(failed[:3])
        text = (
            translate(
                "DocumentUse", "Not used because they could not be read: {names} and {more} more."
            )
            if len(failed) > 3
            else translate("DocumentUse", "Not used because they could not be read: {names}.")
        )
        notes.append(text.format(names=names, more=len(failed) - 3))
    return tuple(notes)


def _whole_sources(index: DocumentIndex, file_ids: Sequence[int]) -> list[Citation]:
    """One source per page or section of each file, its chunks joined without overlaps."""
    sources: list[Citation] = []
    for file_id in file_ids:
        chunks = index.file_chunks(file_id)

        def place(chunk: StoredChunk) -> tuple[int | None, str | None]:
            return chunk.page, chunk.section

        for (page, section), group in groupby(chunks, key=place):
            parts = list(group)
            text = merge_chunk_texts((c.start, c.end, c.text) for c in parts)
            sources.append(
                Citation(
                    len(sources) + 1,
                    parts[0].path,
                    page,
                    section,
                    text,
                    parts[0].start,
                    parts[-1].end,
                )
            )
    return sources


def _source(citation: Citation) -> str:
    return f"[{citation.number}] {citation.label}\n{citation.text}\n\n"


def _block(sources: Sequence[Citation]) -> str:
    return INSTRUCTION + "\n\n" + "".join(_source(s) for s in sources)
