"""Keyword search over chunks: SQLite FTS5 ``bm25()``, on words and on trigrams for CJK.

A question becomes an OR of its words, so a passage matching more and rarer words ranks
higher (BM25). Words of languages written with spaces use the word index (Porter-stemmed,
accents folded: "boiling" finds "boils"); common English words are dropped. Chinese and
Japanese have no spaces, so a CJK run is searched in the trigram index as its overlapping
three-character pieces; a run of one or two characters cannot use a trigram index and is
matched with LIKE. When a question has both kinds, their rankings are fused.

FTS5 ranks every match before the collection filter, so the best matches are taken first
(``ORDER BY rank LIMIT``) and filtered after; when the filter leaves too few, the window
grows until it covers every match.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence

from desktop.documents.records import INDEXED

TRIGRAM = 3
MAX_TERMS = 32
FIRST_WINDOW = 400  # matches ranked before filtering by collection; grows when too small
_WORD = re.compile(r"\w+", re.UNICODE)
_CJK = re.compile(
    "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f]+"
)
_STOP_TEXT = """
    a about above after again against all am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further
    had has have having he her here hers herself him himself his how i if in into is it its
    itself just me more most my myself no nor not now of off on once only or other our ours out
    over own same she should so some such than that the their theirs them themselves then there
    these they this those through to too under until up very was we were what when where which
    while who whom why will with would you your yours yourself tell give show explain describe
    please know
"""
STOP_WORDS = frozenset(_STOP_TEXT.split())


def query_terms(query: str) -> tuple[list[str], list[str], list[str]]:
    """(words, CJK trigram pieces, short CJK runs) of a question, each without duplicates."""
    words: dict[str, None] = {}
    pieces: dict[str, None] = {}
    short: dict[str, None] = {}
    for token in _WORD.findall(query.casefold()):
        for run in re.split(f"({_CJK.pattern})", token):
            if not run:
                continue
            if not _CJK.fullmatch(run):
                if run not in STOP_WORDS:
                    words.setdefault(run, None)
            elif len(run) < TRIGRAM:
                short.setdefault(run, None)
            else:
                for i in range(len(run) - TRIGRAM + 1):
                    pieces.setdefault(run[i : i + TRIGRAM], None)
    return list(words)[:MAX_TERMS], list(pieces)[:MAX_TERMS], list(short)[:MAX_TERMS]


def _scope(collection_ids: Sequence[int]) -> tuple[str, list[int]]:
    marks = ",".join("?" * len(collection_ids))
    return f"f.collection_id IN ({marks}) AND f.status = '{INDEXED}'", list(collection_ids)


def _match(
    db: sqlite3.Connection, table: str, terms: Sequence[str], ids: Sequence[int], limit: int
) -> list[int]:
    query = " OR ".join('"' + term.replace('"', '""') + '"' for term in terms)
    scope, params = _scope(ids)
    window = max(FIRST_WINDOW, limit * 4)
    while True:
        rows = db.execute(
            f"SELECT k.id, f.collection_id IN ({','.join('?' * len(ids))}) "
            f"AND f.status = '{INDEXED}' FROM "
            f"(SELECT rowid, rank FROM {table} WHERE {table} MATCH ? ORDER BY rank LIMIT ?) AS m "
            "JOIN chunks AS k ON k.id = m.rowid JOIN files AS f ON f.id = k.file_id "
            "ORDER BY m.rank, k.id",
            [*params, query, window],
        ).fetchall()
        found = [chunk_id for chunk_id, wanted in rows if wanted]
        if len(found) >= limit or len(rows) < window:
            return found[:limit]
        window *= 8  # the searched collections are a small part of the index: look further
        if window > 1_000_000:
            return _match_scoped(db, table, query, scope, params, limit)


def _match_scoped(
    db: sqlite3.Connection, table: str, query: str, scope: str, params: list[int], limit: int
) -> list[int]:
    rows = db.execute(
        f"SELECT k.id FROM {table} JOIN chunks AS k ON k.id = {table}.rowid "
        f"JOIN files AS f ON f.id = k.file_id WHERE {table} MATCH ? AND {scope} "
        f"ORDER BY bm25({table}), k.id LIMIT ?",
        [query, *params, limit],
    ).fetchall()
    return [row[0] for row in rows]


def _like(
    db: sqlite3.Connection, terms: Sequence[str], ids: Sequence[int], limit: int
) -> list[int]:
    """Chunks containing the most of ``terms`` (too short for the trigram index)."""
    scope, params = _scope(ids)
    hits = " + ".join(["(k.text LIKE ? ESCAPE '\\')"] * len(terms))
    likes = [
        "%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%" for t in terms
    ]
    rows = db.execute(
        f"SELECT k.id, {hits} AS score FROM chunks AS k JOIN files AS f ON f.id = k.file_id "
        f"WHERE {scope} AND score > 0 ORDER BY score DESC, k.id LIMIT ?",
        [*likes, *params, limit],
    ).fetchall()
    return [row[0] for row in rows]


def bm25_ranking(
    db: sqlite3.Connection, query: str, collection_ids: Sequence[int], limit: int
) -> list[int]:
    """Chunk ids best first for ``query`` within the collections (indexed files only)."""
    if not collection_ids or limit <= 0:
        return []
    words, pieces, short = query_terms(query)
    rankings: list[list[int]] = []
    if words:
        rankings.append(_match(db, "chunks_words", words, collection_ids, limit))
    if pieces:
        rankings.append(_match(db, "chunks_fts", pieces, collection_ids, limit))
    elif short:
        rankings.append(_like(db, short, collection_ids, limit))
    if len(rankings) == 1:
        return rankings[0]
    from desktop.documents.retrieval import reciprocal_rank_fusion

    return [chunk_id for chunk_id, _ in reciprocal_rank_fusion(rankings)][:limit]
