"""Hybrid retrieval: BM25 keywords plus embedding vectors, fused by reciprocal rank (k=60).

Vectors are unit-length float32 rows kept in SQLite; a :class:`Retriever` loads each
collection's rows for the current embedding model into one NumPy matrix and keeps it until
that collection's ``generation`` changes, so a query is one matrix-vector product. Without an
embedding model retrieval is BM25 alone, and :data:`NO_EMBEDDER_NOTE` says what adding one
would give. Query embedding time is reported apart from search time.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.documents.index import DocumentIndex, StoredChunk
from desktop.documents.lexical import bm25_ranking
from desktop.documents.records import INDEXED

if TYPE_CHECKING:
    import numpy as np

    from desktop.documents.embedder import Embedder

RRF_K = 60
CANDIDATES = 50  # taken from each ranking before fusion
HYBRID = "hybrid"
KEYWORDS = "bm25"
VECTORS = "vector"
NO_EMBEDDER_NOTE = QT_TRANSLATE_NOOP(
    "DocumentUse",
    "Documents are searched by keywords only. Add an embedding model (Qwen3 Embedding 0.6B "
    "in the Library) to also find passages that say the same thing in other words.",
)


@dataclass(frozen=True)
class Passage:
    """A retrieved chunk with where it comes from (for the prompt and the citation)."""

    chunk_id: int
    file_id: int
    collection_id: int
    path: Path
    page: int | None
    section: str | None
    start: int
    end: int
    text: str
    tokens: int
    score: float
    bm25_rank: int | None  # 1-based, None when BM25 did not find it
    vector_rank: int | None

    @property
    def file_name(self) -> str:
        return self.path.name


@dataclass(frozen=True)
class SearchResult:
    passages: list[Passage]
    method: str  # HYBRID, KEYWORDS or VECTORS
    search_ms: float  # BM25 + vector scan + fusion
    embed_ms: float  # embedding the question (0 without an embedding model)
    note: str | None = None
    timings: dict[str, float] = field(default_factory=dict)  # bm25, vector, fusion (ms)


def reciprocal_rank_fusion(
    rankings: Sequence[Sequence[int]], k: int = RRF_K
) -> list[tuple[int, float]]:
    """Fuse best-first id lists: score(d) = sum of 1 / (k + rank); best first, ties by id."""
    scores: dict[int, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + 1.0 / (k + rank)
    return sorted(scores.items(), key=lambda pair: (-pair[1], pair[0]))


@dataclass
class _Matrix:
    generation: int
    ids: np.ndarray  # int64 chunk ids
    vectors: np.ndarray  # (n, dim) float32


class Retriever:
    """Searches collections of one :class:`DocumentIndex`; keeps vectors in memory."""

    def __init__(self, index: DocumentIndex, embedder: Embedder | None = None) -> None:
        self.index = index
        self.embedder = embedder
        self._cache: dict[tuple[int, str], _Matrix] = {}

    @property
    def model_id(self) -> str | None:
        return self.embedder.model_id if self.embedder is not None else None

    def search(
        self,
        query: str,
        collection_ids: Sequence[int],
        k: int = 8,
        *,
        method: str = HYBRID,
        query_vector: np.ndarray | None = None,
    ) -> SearchResult:
        """The ``k`` best passages for ``query``. ``method`` picks BM25, vectors or both."""
        embed_ms = 0.0
        can_embed = self.embedder is not None or query_vector is not None
        if method != KEYWORDS and can_embed and query_vector is None:
            assert self.embedder is not None
            started = time.perf_counter()
            query_vector = self.embedder.embed_query(query)
            embed_ms = (time.perf_counter() - started) * 1000
        started = time.perf_counter()
        rankings: list[list[int]] = []
        bm25: list[int] = []
        dense: list[int] = []
        if method in (HYBRID, KEYWORDS):
            bm25 = bm25_ranking(self.index.conn, query, collection_ids, CANDIDATES)
            rankings.append(bm25)
        after_bm25 = time.perf_counter()
        if method in (HYBRID, VECTORS) and query_vector is not None:
            dense = self.vector_ranking(query_vector, collection_ids, CANDIDATES)
            rankings.append(dense)
        after_vectors = time.perf_counter()
        fused = reciprocal_rank_fusion(rankings)[:k]
        found = self.index.chunks([chunk_id for chunk_id, _ in fused])
        done = time.perf_counter()
        bm25_rank = {cid: rank for rank, cid in enumerate(bm25, start=1)}
        dense_rank = {cid: rank for rank, cid in enumerate(dense, start=1)}
        passages = [
            _passage(found[cid], score, bm25_rank.get(cid), dense_rank.get(cid))
            for cid, score in fused
            if cid in found
        ]
        used = (
            HYBRID
            if len(rankings) == 2
            else VECTORS
            if method == VECTORS and query_vector is not None
            else KEYWORDS
        )
        return SearchResult(
            passages,
            used,
            search_ms=(done - started) * 1000,
            embed_ms=embed_ms,
            note=translate("DocumentUse", NO_EMBEDDER_NOTE) if not can_embed else None,
            timings={
                "bm25": (after_bm25 - started) * 1000,
                "vector": (after_vectors - after_bm25) * 1000,
                "fusion": (done - after_vectors) * 1000,
            },
        )

    def vector_ranking(
        self, query_vector: np.ndarray, collection_ids: Sequence[int], limit: int
    ) -> list[int]:
        """Chunk ids by cosine similarity (dot product of unit vectors), best first."""
        import numpy as np

        model = self.model_id
        if model is None or not collection_ids:
            return []
        query = np.asarray(query_vector, dtype=np.float32)
        ids: list[np.ndarray] = []
        scores: list[np.ndarray] = []
        for cid in collection_ids:
            matrix = self._matrix(cid, model)
            if matrix is not None and len(matrix.ids) and matrix.vectors.shape[1] == len(query):
                ids.append(matrix.ids)
                scores.append(matrix.vectors @ query)
        if not ids:
            return []
        all_ids = np.concatenate(ids)
        all_scores = np.concatenate(scores)
        take = min(limit, len(all_scores))
        top = np.argpartition(-all_scores, take - 1)[:take]
        top = top[np.lexsort((all_ids[top], -all_scores[top]))]
        return [int(i) for i in all_ids[top]]

    def _matrix(self, collection_id: int, model: str) -> _Matrix | None:
        import numpy as np

        generation = self.index.generations([collection_id]).get(collection_id)
        if generation is None:
            return None
        key = (collection_id, model)
        cached = self._cache.get(key)
        if cached is not None and cached.generation == generation:
            return cached
        rows = self.index.conn.execute(
            "SELECT v.chunk_id, v.dim, v.vector FROM vectors AS v "
            "JOIN chunks AS k ON k.id = v.chunk_id JOIN files AS f ON f.id = k.file_id "
            f"WHERE f.collection_id = ? AND f.status = '{INDEXED}' AND v.model = ? "
            "ORDER BY v.chunk_id",
            (collection_id, model),
        ).fetchall()
        dim = rows[0][1] if rows else 0
        ids = np.fromiter((row[0] for row in rows), dtype=np.int64, count=len(rows))
        blob = b"".join(row[2] for row in rows)
        vectors = np.frombuffer(blob, dtype=np.float32).reshape(len(rows), dim)
        matrix = _Matrix(generation, ids, vectors)
        self._cache[key] = matrix
        return matrix


def _passage(
    chunk: StoredChunk, score: float, bm25_rank: int | None, vector_rank: int | None
) -> Passage:
    return Passage(
        chunk.id, chunk.file_id, chunk.collection_id, chunk.path, chunk.page, chunk.section,
        chunk.start, chunk.end, chunk.text, chunk.tokens, score, bm25_rank, vector_rank,
    )  # fmt: skip
