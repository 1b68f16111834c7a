"""Full-text search over the history: message text, thinking (optional) and titles.

The FTS5 trigram index finds any run of three or more characters, so words inside Chinese or
Japanese text (no spaces) are found. Query words shorter than three characters (``苹果``, one
emoji) cannot use a trigram index; they are matched with LIKE instead, on top of the index
when the query has longer words too. Every word must match (AND). Results are newest first.
Snippets are cut in Python so that every query word is highlighted the same way.
"""

from __future__ import annotations

import heapq
import re
import sqlite3
from collections.abc import Iterator, Sequence

from desktop.core.history.records import (
    MARK_END,
    MARK_START,
    STREAMING,
    SearchHit,
    ms_to_datetime,
)

TRIGRAM = 3
SNIPPET_WIDTH = 160
_SPACES = re.compile(r"\s+")
_SURROGATE = re.compile("[\ud800-\udfff]")


def query_terms(query: str) -> list[str]:
    """The words of a query: split on spaces, without duplicates, NULs or broken characters."""
    query = query.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")
    query = _SURROGATE.sub(" ", query.replace("\x00", " "))
    query = query.replace(MARK_START, " ").replace(MARK_END, " ")
    seen: dict[str, str] = {}
    for word in query.split():
        seen.setdefault(word.casefold(), word)
    return list(seen.values())


def _fts_query(terms: Sequence[str], columns: str) -> str:
    phrases = " ".join('"' + term.replace('"', '""') + '"' for term in terms)
    return f"{columns} : ({phrases})"


def _like(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _like_clause(terms: Sequence[str], columns: Sequence[str]) -> tuple[str, list[str]]:
    clauses: list[str] = []
    params: list[str] = []
    for term in terms:
        ors = " OR ".join(f"{column} LIKE ? ESCAPE '\\'" for column in columns)
        clauses.append(f"({ors})")
        params.extend([_like(term)] * len(columns))
    return "".join(f" AND {clause}" for clause in clauses), params


def _message_rows(
    db: sqlite3.Connection, terms: Sequence[str], want: int, include_thinking: bool
) -> list[tuple[int, int, str, str, str, str, int]]:
    long_terms = [t for t in terms if len(t) >= TRIGRAM]
    short_terms = [t for t in terms if len(t) < TRIGRAM]
    columns = ["m.content", "m.thinking"] if include_thinking else ["m.content"]
    extra, params = _like_clause(short_terms, columns)
    select = "SELECT m.id, m.conversation_id, c.title, m.role, m.content, m.thinking, m.created "
    if long_terms:
        fts_columns = "{content thinking}" if include_thinking else "{content}"
        sql = (
            select + "FROM messages_fts AS f "
            "JOIN messages AS m ON m.sort_key = f.rowid "
            "JOIN conversations AS c ON c.id = m.conversation_id "
            "WHERE messages_fts MATCH ? AND c.trashed IS NULL AND m.trashed IS NULL" + extra + " "
            "ORDER BY f.rowid DESC LIMIT ?"
        )
        args: list[object] = [_fts_query(long_terms, fts_columns), *params, want]
    else:
        sql = (
            select + "FROM messages AS m INDEXED BY messages_by_sort_key "
            "JOIN conversations AS c ON c.id = m.conversation_id "
            f"WHERE m.sort_key IS NOT NULL AND m.state <> '{STREAMING}' "
            "AND c.trashed IS NULL AND m.trashed IS NULL" + extra + " "
            "ORDER BY m.sort_key DESC LIMIT ?"
        )
        args = [*params, want]
    return db.execute(sql, args).fetchall()


def _title_rows(
    db: sqlite3.Connection, terms: Sequence[str], want: int
) -> list[tuple[int, str, int]]:
    long_terms = [t for t in terms if len(t) >= TRIGRAM]
    short_terms = [t for t in terms if len(t) < TRIGRAM]
    extra, params = _like_clause(short_terms, ["c.title"])
    if long_terms:
        sql = (
            "SELECT c.id, c.title, c.updated FROM titles_fts AS f "
            "JOIN conversations AS c ON c.id = f.rowid "
            "WHERE titles_fts MATCH ? AND c.trashed IS NULL" + extra + " "
            "ORDER BY c.updated DESC, c.id DESC LIMIT ?"
        )
        args: list[object] = [_fts_query(long_terms, "{title}"), *params, want]
    else:
        sql = (
            "SELECT c.id, c.title, c.updated FROM conversations AS c "
            "WHERE c.trashed IS NULL" + extra + " ORDER BY c.updated DESC, c.id DESC LIMIT ?"
        )
        args = [*params, want]
    return db.execute(sql, args).fetchall()


def make_snippet(text: str, terms: Sequence[str], width: int = SNIPPET_WIDTH) -> str | None:
    """One line of ``text`` around the first match, matches marked; None if nothing matches."""
    pattern = _pattern(terms)
    found = pattern.search(text)
    if found is None:
        return None
    start = max(0, found.start() - width // 3)
    end = min(len(text), start + width)
    start = max(0, min(start, end - width))
    window = text[start:end].replace(MARK_START, "").replace(MARK_END, "")
    marked = pattern.sub(lambda m: MARK_START + m.group(0) + MARK_END, window)
    line = _SPACES.sub(" ", marked.replace("\x00", " ")).strip()
    return ("…" if start > 0 else "") + line + ("…" if end < len(text) else "")


def _pattern(terms: Sequence[str]) -> re.Pattern[str]:
    ordered = sorted(terms, key=len, reverse=True)  # longest first, so overlaps mark whole
    return re.compile("|".join(re.escape(term) for term in ordered), re.IGNORECASE)


def _plain_start(text: str, width: int = SNIPPET_WIDTH) -> str:
    line = _SPACES.sub(" ", text[: width * 2].replace("\x00", " ")).strip()
    return line[:width] + ("…" if len(line) > width or len(text) > width * 2 else "")


def _message_hits(
    rows: Sequence[tuple[int, int, str, str, str, str, int]],
    terms: Sequence[str],
    include_thinking: bool,
) -> Iterator[SearchHit]:
    for message_id, conversation_id, title, role, content, thinking, created in rows:
        field, snippet = "content", make_snippet(content, terms)
        if snippet is None and include_thinking:
            field, snippet = "thinking", make_snippet(thinking, terms)
        if snippet is None:
            field, snippet = "content", _plain_start(content or thinking)
        yield SearchHit(
            conversation_id=conversation_id,
            conversation_title=title,
            message_id=message_id,
            role=role,
            field=field,
            snippet=snippet,
            created=ms_to_datetime(created),
            matched=tuple(terms),
        )


def _title_hits(rows: Sequence[tuple[int, str, int]], terms: Sequence[str]) -> Iterator[SearchHit]:
    for conversation_id, title, updated in rows:
        yield SearchHit(
            conversation_id=conversation_id,
            conversation_title=title,
            message_id=None,
            role=None,
            field="title",
            snippet=make_snippet(title, terms, width=len(title) + 1) or title,
            created=ms_to_datetime(updated),
            matched=tuple(terms),
        )


def search(
    db: sqlite3.Connection,
    query: str,
    limit: int = 20,
    offset: int = 0,
    include_thinking: bool = False,
) -> list[SearchHit]:
    """Hits for every word of ``query`` in messages (and thinking) and titles, newest first.

    Trashed conversations and replies still streaming are left out. ``offset`` pages on.
    """
    terms = query_terms(query)
    if not terms or limit <= 0:
        return []
    want = max(0, offset) + limit
    messages = _message_hits(
        _message_rows(db, terms, want, include_thinking), terms, include_thinking
    )
    titles = _title_hits(_title_rows(db, terms, want), terms)
    merged = heapq.merge(messages, titles, key=lambda hit: hit.created, reverse=True)
    return [hit for index, hit in enumerate(merged) if index >= offset][:limit]
