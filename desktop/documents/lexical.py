"""Keyword search over chunks: SQLite FTS5 ``bm25()`` on a trigram index, LIKE for short words.

A question becomes an OR of its words, so a passage matching more and rarer words ranks
higher (BM25). The trigram index finds any run of three or more characters, so words inside
Chinese or Japanese text are found: a CJK run is searched as its overlapping three-character
pieces. Common English words are dropped, and simple suffixes are cut ("boiling" -> "boil")
so that "boils" and "boiled" match too. Words of one or two characters cannot use a trigram
index; when a question has nothing longer they are matched with LIKE instead.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence

from desktop.documents.records import INDEXED

TRIGRAM = 3
MAX_TERMS = 32
_WORD = re.compile(r"\w+", re.UNICODE)
_CJK = re.compile(
    "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f]+"
)
_SUFFIXES = ("ingly", "edly", "ness", "ment", "ings", "ing", "ied", "ies", "ed", "es", "ly", "s")
STOP_WORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not now of off on once only or other our ours
    out over own same she should so some such than that the their theirs them themselves then
    there these they this those through to too under until up very was we were what when where
    which while who whom why will with would you your yours yourself tell give show explain
    describe does did please know""".split()
)


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def query_terms(query: str) -> tuple[list[str], list[str]]:
    """(terms for the trigram index, short terms for LIKE) of a question, without duplicates."""
    long_terms: dict[str, None] = {}
    short_terms: dict[str, None] = {}
    for word in _WORD.findall(query.casefold()):
        pieces = [word]
        if _CJK.search(word):
            pieces = []
            for run in re.split(f"({_CJK.pattern})", word):
                if not run:
                    continue
                if _CJK.fullmatch(run) and len(run) > TRIGRAM:
                    pieces.extend(run[i : i + TRIGRAM] for i in range(len(run) - TRIGRAM + 1))
                else:
                    pieces.append(run)
        for piece in pieces:
            if piece in STOP_WORDS or piece.isdigit() and len(piece) < 2:
                continue
            target = long_terms if len(piece) >= TRIGRAM else short_terms
            target.setdefault(piece if _CJK.search(piece) else _stem(piece), None)
    return list(long_terms)[:MAX_TERMS], list(short_terms)[:MAX_TERMS]


def _scope(collection_ids: Sequence[int]) -> tuple[str, list[int]]:
    marks = ",".join("?" * len(collection_ids))
    return f"f.collection_id IN ({marks}) AND f.status = '{INDEXED}'", list(collection_ids)


def bm25_ranking(
    db: sqlite3.Connection, query: str, collection_ids: Sequence[int], limit: int
) -> list[int]:
    """Chunk ids best first for ``query`` within the collections (indexed files only)."""
    if not collection_ids or limit <= 0:
        return []
    long_terms, short_terms = query_terms(query)
    scope, params = _scope(collection_ids)
    if long_terms:
        match = " OR ".join('"' + term.replace('"', '""') + '"' for term in long_terms)
        rows = db.execute(
            "SELECT k.id FROM chunks_fts JOIN chunks AS k ON k.id = chunks_fts.rowid "
            "JOIN files AS f ON f.id = k.file_id "
            f"WHERE chunks_fts MATCH ? AND {scope} "
            "ORDER BY bm25(chunks_fts), k.id LIMIT ?",
            [match, *params, limit],
        ).fetchall()
        return [row[0] for row in rows]
    if not short_terms:
        return []
    # Short words only: count how many of them each chunk contains.
    hits = " + ".join(["(k.text LIKE ? ESCAPE '\\')"] * len(short_terms))
    likes = [_like(term) for term in short_terms]
    rows = db.execute(
        f"SELECT k.id, {hits} AS score FROM chunks AS k JOIN files AS f ON f.id = k.file_id "
        f"WHERE {scope} AND score > 0 ORDER BY score DESC, k.id LIMIT ?",
        [*likes, *params, limit],
    ).fetchall()
    return [row[0] for row in rows]


def _like(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
