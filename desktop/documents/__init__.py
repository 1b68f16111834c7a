"""Chat with your documents, Qt-free: read files, index them, find passages, cite them.

The GUI and the chat service use these calls (each module's docstring says more):

Index (one :class:`~desktop.documents.index.DocumentIndex` per thread; a SQLite file beside
the history, ``DocumentIndex.open()``; ``open(check=True)`` once at start-up, then show
``index.note`` if set):
    index.create_collection(name, root=None) -> CollectionInfo      (root: a folder)
    index.add_files(collection_id, paths) -> list[FileInfo]
    index.collections() / index.collection(id) / index.files(id)     (status, error, counts)
    index.rename_collection(id, name) / index.delete_collection(id) / index.remove_file(id)
    index.chunks([chunk_id]) -> {id: StoredChunk}                   (a citation click)

Indexing, on a worker thread (the GUI's task runner):
    indexer.index_collection(collection_id, db_path=None, embedder=None,
                             progress=lambda done, total, path: ..., cancel=threading.Event())
        -> IndexReport (summary, failed: plain messages per file)

A conversation's documents (attachments):
    attach_files(index, conversation_id, paths) -> CollectionInfo    (then index it)
    detach_file / enable_collection / disable_collection / attachments(index, conversation_id)
    forget_conversation(index, conversation_id)                      (chat deleted)
    save_citations / load_citations(index, message_id)              (transcript, export)

Before each user turn (chat service):
    context.build_context(index, conversation_id, question, budget_tokens=...,
                          count_tokens=..., retriever=Retriever(index, embedder))
        -> DocumentContext(mode "none" | "whole" | "retrieval", block, citations, tokens,
                           notes, summary)
After the answer: citations.find_markers(answer, citations), sources_markdown(...).

Embeddings: embedder.Embedder(path) (its own llama.cpp instance; Qwen3-Embedding 0.6B is the
catalog's recommended one), embedder.embed_texts(embedder, texts) for POST /v1/embeddings.
Without an embedder, search is BM25 only and retrieval.NO_EMBEDDER_NOTE says what one adds.
"""
