"""Documents: indexing speed, query latency at 10,000 chunks, and recall@5 on a labelled set.

Prints figures, not a test. Pages per second for extraction (a real 200-page PDF), chunking
and embedding (SmolLM2-135M through llama.cpp; the recommended Qwen3-Embedding-0.6B is ~4x
larger), each apart. Query latency: BM25 + vector scan + fusion over 10,000 chunks with
1024-wide vectors (Qwen3-Embedding's width; random unit vectors, since the scan does not care
what they mean), the question's embedding timed apart. Goal (issue 15): <= 50 ms.
Run: ``.venv/bin/python benchmarks/documents_index.py``.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np
from _models import smollm_path

from desktop.documents.chunking import chunk_sections
from desktop.documents.embedder import Embedder
from desktop.documents.extract import extract
from desktop.documents.index import DocumentIndex
from desktop.documents.indexer import index_collection
from desktop.documents.lexical import STOP_WORDS
from desktop.documents.retrieval import HYBRID, KEYWORDS, VECTORS, Retriever
from tests.documents_corpus import QUESTIONS, recall_at, write_corpus, write_pdf

PDF_PAGES = 200
EMBED_PAGES = 4
CHUNKS = 10_000
DIM = 1024
QUERIES = 200
random.seed(15)
# Prose-like: Zipf-distributed words, the most frequent being English function words (which
# a query drops, as in real questions), then 20,000 made-up content words.
VOCABULARY = sorted(STOP_WORDS) + [
    "".join(random.choice("abcdefghijklmnoprstuvwy") for _ in range(random.randint(3, 10)))
    for _ in range(20_000)
]
WEIGHTS = [1 / (rank + 1) for rank in range(len(VOCABULARY))]


def _prose(words: int) -> str:
    picked = random.choices(VOCABULARY, WEIGHTS, k=words)
    sentences = [" ".join(picked[i : i + 12]).capitalize() + "." for i in range(0, words, 12)]
    return " ".join(sentences)


def _ms(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[int(len(ordered) * 0.95) - 1]
    return f"median {statistics.median(ordered):6.1f} ms, p95 {p95:6.1f} ms"


def indexing_speed(folder: Path, embedder: Embedder) -> None:
    pdf = write_pdf(folder / "long.pdf", [_prose(300) for _ in range(PDF_PAGES)])
    started = time.perf_counter()
    extracted = extract(pdf)
    extract_s = time.perf_counter() - started
    started = time.perf_counter()
    chunks = list(chunk_sections(extracted.sections))
    chunk_s = time.perf_counter() - started
    sample = [c for c in chunks if c.page is not None and c.page <= EMBED_PAGES]
    started = time.perf_counter()
    tokens = embedder.embed([c.text for c in sample]).total_tokens
    embed_s = time.perf_counter() - started
    print(f"PDF of {PDF_PAGES} pages ({len(extracted.text):,} characters, {len(chunks)} chunks):")
    print(f"  extraction (pypdf)    {PDF_PAGES / extract_s:8.1f} pages/s")
    print(f"  chunking              {PDF_PAGES / chunk_s:8.1f} pages/s")
    print(
        f"  embedding (SmolLM2)   {EMBED_PAGES / embed_s:8.2f} pages/s "
        f"({tokens / embed_s:.0f} tokens/s, {len(sample)} chunks of {EMBED_PAGES} pages)"
    )
    db = folder / "speed.sqlite3"
    with DocumentIndex.open(db) as index:
        collection = index.create_collection("Speed", folder)
    started = time.perf_counter()
    report = index_collection(collection.id, db_path=db)
    whole_s = time.perf_counter() - started
    print(f"  index, keywords only  {report.pages / whole_s:8.1f} pages/s end to end")


def query_latency(folder: Path, embedder: Embedder) -> None:
    texts = folder / "texts"
    texts.mkdir()
    per_file = 25
    for number in range(CHUNKS // per_file):
        body = "\n\n".join(_prose(110) for _ in range(per_file))
        (texts / f"doc{number:04}.txt").write_text(body, encoding="utf-8")
    db = folder / "latency.sqlite3"
    with DocumentIndex.open(db) as index:
        collection = index.create_collection("Latency", texts)
    report = index_collection(collection.id, db_path=db)
    rng = np.random.default_rng(15)
    with DocumentIndex.open(db) as index:
        ids = [row[0] for row in index.conn.execute("SELECT id FROM chunks")]
        vectors = rng.standard_normal((len(ids), DIM)).astype(np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        with index.transaction() as conn:
            conn.executemany(
                "INSERT INTO vectors(chunk_id, model, dim, vector) VALUES (?, 'bench', ?, ?)",
                [(cid, DIM, vector.tobytes()) for cid, vector in zip(ids, vectors, strict=True)],
            )
        retriever = Retriever(index)
        retriever.embedder = type("Bench", (), {"model_id": "bench"})()
        texts_by_id = index.chunks(random.sample(ids, QUERIES))
        questions = [" ".join(random.sample(t.text.split(), 4)) for t in texts_by_id.values()]
        started = time.perf_counter()
        retriever.search(questions[0], [collection.id], 8, query_vector=vectors[0])
        cold_ms = (time.perf_counter() - started) * 1000
        totals, cpu, bm25, dense, fusion = [], [], [], [], []
        for question in questions:
            query = rng.standard_normal(DIM).astype(np.float32)
            used = time.process_time()
            result = retriever.search(
                question, [collection.id], 8, query_vector=query / np.linalg.norm(query)
            )
            cpu.append((time.process_time() - used) * 1000)
            totals.append(result.search_ms)
            bm25.append(result.timings["bm25"])
            dense.append(result.timings["vector"])
            fusion.append(result.timings["fusion"])
    embeds = []
    for question in questions[:20]:
        started = time.perf_counter()
        embedder.embed_query(question)
        embeds.append((time.perf_counter() - started) * 1000)
    print(f"\nQuery latency at {report.chunks:,} chunks, {DIM}-wide vectors, {QUERIES} questions:")
    print(f"  BM25 + vector + fusion  {_ms(totals)}  (goal <= 50 ms)")
    print(f"    the same, CPU time    {_ms(cpu)}  (not counting waits for a shared CPU)")
    print(f"    BM25 (FTS5)           {_ms(bm25)}")
    print(f"    vector scan (NumPy)   {_ms(dense)}")
    print(f"    fusion + fetch        {_ms(fusion)}")
    print(f"  first query (loads the {report.chunks:,} vectors)  {cold_ms:.0f} ms")
    print(f"  query embedding apart (SmolLM2)  {_ms(embeds)}")


def recall(folder: Path, embedder: Embedder) -> None:
    corpus = write_corpus(folder / "labelled")
    db = folder / "labelled.sqlite3"
    with DocumentIndex.open(db) as index:
        collection = index.create_collection("Labelled", corpus.folder)
    index_collection(collection.id, db_path=db, embedder=embedder)
    with DocumentIndex.open(db) as index:
        retriever = Retriever(index, embedder)
        figures = []
        for method in (KEYWORDS, VECTORS, HYBRID):
            ranked = [
                [p.text for p in retriever.search(q, [collection.id], 5, method=method).passages]
                for q, _ in QUESTIONS
            ]
            figures.append(f"{method} {recall_at(ranked):.2f}")
    print(f"\nrecall@5 on the labelled set ({len(QUESTIONS)} questions, SmolLM2 vectors):")
    print("  " + ", ".join(figures))


def main() -> None:
    with tempfile.TemporaryDirectory() as temp, Embedder(smollm_path(), n_ctx=512) as embedder:
        folder = Path(temp)
        (folder / "speed").mkdir()
        indexing_speed(folder / "speed", embedder)
        query_latency(folder, embedder)
        recall(folder, embedder)


if __name__ == "__main__":
    main()
