"""Documents in a reply: before each user turn, the conversation's attached files and
switched-on collections go into the prompt (whole when they fit, else the most relevant
passages), and the sources the answer cites are kept with the reply.

The index is SQLite: each thread that reads it opens its own connection (the generation
thread here, the GUI's indexing task elsewhere). Citations are stored in the reply's stats
(``citations``), so the history's export and import carry them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.chat.budget import reply_room
from desktop.documents.citations import Citation, find_markers
from desktop.documents.schema import default_path
from desktop.engines.base import GenerationRequest

if TYPE_CHECKING:  # the index and retrieval load with the first chat that has documents
    from desktop.documents.context import DocumentContext
    from desktop.documents.index import DocumentIndex

CITATIONS = "citations"  # the key in a reply's stats
DOCUMENTS = "documents"  # the key in a reply's stats: how its documents were used
PASSAGE_CHARS = 2000  # a stored passage is cut to this, for the citation's pop-up
CountText = Callable[[str], int]
CountRequest = Callable[[GenerationRequest], int]


class DocumentSource:
    """The documents each conversation reads. ``embedder`` gives the shared embedding model
    (or None: keyword search only)."""

    def __init__(
        self, db_path: Path | None = None, embedder: Callable[[], Any] = lambda: None
    ) -> None:
        self.db_path = db_path
        self.embedder = embedder
        self._local = threading.local()

    def index(self) -> DocumentIndex:
        """This thread's connection to the index."""
        index = getattr(self._local, "index", None)
        if index is None:
            from desktop.documents.index import DocumentIndex

            index = DocumentIndex.open(self.db_path)
            self._local.index = index
        return index

    def close(self) -> None:
        """Close this thread's connection (others close with their threads' jobs)."""
        index = getattr(self._local, "index", None)
        if index is not None:
            index.close()
            self._local.index = None

    def in_use(self) -> bool:
        """Whether there is an index at all (none until the user first adds documents)."""
        return (self.db_path or default_path()).exists()

    def add_to_request(
        self,
        conversation_id: int,
        request: GenerationRequest,
        count_request: CountRequest,
        count_text: CountText,
        n_ctx: int,
    ) -> tuple[GenerationRequest, DocumentContext]:
        """The request with the documents' block before the question in the last user turn,
        and how the documents were used (mode, tokens, citations, notes for the window)."""
        from desktop.documents.attachments import attachments
        from desktop.documents.context import DocumentContext, build_context_for, document_budget
        from desktop.documents.retrieval import Retriever

        nothing = DocumentContext("none", "", (), 0)
        if not self.in_use():
            return request, nothing
        messages = list(request.messages)
        last = next((i for i in range(len(messages) - 1, -1, -1) if _is_user(messages[i])), None)
        if last is None:
            return request, nothing
        index = self.index()
        collection_ids = attachments(index, conversation_id).collection_ids
        if not collection_ids:  # before counting the prompt or loading the embedding model
            return request, nothing
        question = str(messages[last].get("content", ""))
        budget = document_budget(n_ctx, count_request(request), reply_room(request, n_ctx))
        embedder = self.embedder()
        retriever = Retriever(index, embedder) if embedder is not None else None
        context = build_context_for(
            index,
            collection_ids,
            question,
            budget_tokens=budget,
            count_tokens=count_text,
            retriever=retriever,
        )
        if not context.block:
            return request, context
        messages[last] = {**messages[last], "content": f"{context.block}\n\n{question}"}
        return replace(request, messages=messages), context


def cited_record(answer: str, citations: Sequence[Citation]) -> list[dict[str, Any]]:
    """The sources an answer cites, as kept in its stats (passages cut to a readable size)."""
    numbers = {n for mark in find_markers(answer, citations) for n in mark.numbers}
    kept = []
    for citation in citations:
        if citation.number in numbers:
            data = citation.to_json()
            data["text"] = citation.text[:PASSAGE_CHARS]
            data["label"] = citation.label
            kept.append(data)
    return kept


def usage_record(context: DocumentContext) -> dict[str, Any] | None:
    """How a reply used its documents, as kept in its stats (None when it used none): the
    mode ("whole" or "retrieval"), files, collections searched, passages and tokens."""
    if context.mode not in ("whole", "retrieval"):
        return None
    return {
        "mode": context.mode,
        "files": context.files,
        "collections": context.collections,
        "passages": len(context.citations),
        "tokens": context.tokens,
    }


def stored_citations(stats: Mapping[str, Any]) -> list[Citation]:
    """A reply's kept citations (for the transcript's [n] links and the export)."""
    items = stats.get(CITATIONS)
    out = []
    for item in items if isinstance(items, list) else []:
        try:
            out.append(Citation.from_json(item))
        except (KeyError, TypeError, ValueError):
            continue
    return out


def _is_user(message: Mapping[str, Any]) -> bool:
    return message.get("role") == "user"
