"""Rows of the conversation history (plain dataclasses), its one error type, and helpers.

Times are stored as integer milliseconds since the Unix epoch (UTC) and shown to callers as
timezone-aware ``datetime`` objects; the conversion is exact both ways.
"""

from __future__ import annotations

import html
import math
import sqlite3
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate

ROLES = ("system", "user", "assistant", "tool")

# Tool calls live in a message's stats JSON (no schema change; our JSON export carries them):
# an assistant message's stats["tool_calls"] is a list of {"id", "name", "arguments"}; a
# tool message's stats["tool_call"] is {"id", "name", "arguments", "status", "duration_s",
# "approved_by"} and its content is the result the model got back.
TOOL_CALLS = "tool_calls"
TOOL_CALL = "tool_call"
THINKING_MODES = ("auto", "on", "off")

# Message states. Only "streaming" rows are left out of the search index.
STREAMING = "streaming"
COMPLETE = "complete"
INTERRUPTED = "interrupted"  # the app stopped (crash, power loss) while the reply streamed
STATES = (STREAMING, COMPLETE, INTERRUPTED)

# Highlight markers in search snippets: private-use characters that real text never has.
MARK_START = "\ue000"
MARK_END = "\ue001"

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MS = timedelta(milliseconds=1)


class HistoryError(Exception):
    """A problem with the conversation history; ``str(err)`` is a plain sentence for the user.

    ``reason`` is a stable code for the GUI and tests: ``disk_full``, ``newer_version``,
    ``corrupt``, ``busy``, ``read_only``, ``io``, ``invalid``, ``not_found``, ``import``,
    ``upgrade``, ``closed``, ``database``.
    """

    def __init__(self, message: str, reason: str = "database") -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Conversation:
    id: int
    title: str
    created: datetime
    updated: datetime
    pinned: bool
    model: str | None
    system_prompt: str
    thinking_mode: str
    sampling: Mapping[str, Any]
    title_set_by_user: bool
    trashed: datetime | None = None


@dataclass(frozen=True, slots=True)
class Message:
    """One message. ``versions`` lists the ids of all versions of this message (itself and its
    siblings: regenerated replies, edited user messages), oldest first."""

    id: int
    conversation_id: int
    parent_id: int | None
    role: str
    content: str
    thinking: str
    created: datetime
    state: str
    stats: Mapping[str, Any]
    model: str | None
    versions: tuple[int, ...] = ()

    @property
    def version(self) -> int:
        """1-based position of this version among :attr:`versions`."""
        return self.versions.index(self.id) + 1 if self.id in self.versions else 1

    @property
    def stop_reason(self) -> str | None:
        value = self.stats.get("stop_reason")
        return str(value) if value is not None else None

    @property
    def interrupted(self) -> bool:
        return self.state == INTERRUPTED


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One search result. ``field`` is ``title``, ``content`` or ``thinking``; ``snippet`` is
    one line of text around the match, each match wrapped in MARK_START/MARK_END."""

    conversation_id: int
    conversation_title: str
    message_id: int | None
    role: str | None
    field: str
    snippet: str
    created: datetime
    matched: tuple[str, ...] = ()

    def segments(self) -> list[tuple[str, bool]]:
        """The snippet as (text, is_match) pieces, for a GUI that styles matches itself."""
        out: list[tuple[str, bool]] = []
        rest = self.snippet
        while rest:
            start = rest.find(MARK_START)
            if start < 0:
                out.append((rest, False))
                break
            end = rest.find(MARK_END, start)
            end = len(rest) if end < 0 else end
            if start:
                out.append((rest[:start], False))
            out.append((rest[start + 1 : end], True))
            rest = rest[end + 1 :]
        return out

    def snippet_html(self) -> str:
        """The snippet HTML-escaped, matches in ``<mark>`` elements."""
        return "".join(
            f"<mark>{html.escape(text)}</mark>" if hit else html.escape(text)
            for text, hit in self.segments()
        )


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def ms_to_datetime(ms: int) -> datetime:
    return _EPOCH + ms * _MS


def datetime_to_ms(value: datetime) -> int:
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return (value - _EPOCH) // _MS


def clean_text(text: object, what: str) -> str:
    """Return ``text`` ready to store, or raise a plain :class:`HistoryError`.

    NUL characters and any length are kept. A surrogate pair that arrived as two separate
    code points (a UTF-16 paste) is joined into its character; a lone surrogate cannot be
    stored in UTF-8 without loss, so it is refused with its position.
    """
    if not isinstance(text, str):
        raise HistoryError(f"The {what} must be text, not {type(text).__name__}.", "invalid")
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        pass
    what = translate("HistoryField", what)
    joined = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")
    for index, char in enumerate(joined):
        if "\ud800" <= char <= "\udfff":
            raise HistoryError(
                translate(
                    "History",
                    "The {what} has a broken character at position {index} (half of an emoji or "
                    "other symbol, usually left by a damaged copy and paste). Delete that "
                    "character or paste the text again.",
                ).format(what=what, index=index),
                "invalid",
            )
    return joined


def clean_model(model: str | None) -> str | None:
    """A model name given by a caller, ready to store (None stays None)."""
    return (
        None
        if model is None
        else clean_text(model, QT_TRANSLATE_NOOP("HistoryField", "model name"))
    )


def jsonable(value: Any) -> Any:
    """Stats and sampling as plain JSON data: enums to strings, NaN/inf to None."""
    if isinstance(value, Mapping):
        return {str(key): jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(item) for item in value]
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, str):
        return str(value)
    return str(value)


def title_from_text(text: str, limit: int = 80) -> str:
    """A conversation title from a user message: its first non-blank line, trimmed."""
    for line in text.splitlines():
        words = "".join(" " if ord(ch) < 32 or ord(ch) == 127 else ch for ch in line).split()
        if words:
            title = " ".join(words)
            if len(title) <= limit:
                return title
            cut = title[: limit - 1]
            space = cut.rfind(" ")
            return (cut[:space] if space > limit // 2 else cut).rstrip() + "…"
    return ""


def translate_error(exc: sqlite3.Error, doing: str) -> HistoryError:
    """A plain sentence for an SQLite failure; ``doing`` completes 'Qwen Desk could not …'."""
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    doing = translate("HistoryAction", doing)
    if code == sqlite3.SQLITE_FULL:
        return HistoryError(
            translate(
                "History",
                "The disk is full, so Qwen Desk could not {doing}. Free some disk space and "
                "try again; everything saved before is kept.",
            ).format(doing=doing),
            "disk_full",
        )
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return HistoryError(
            translate(
                "History",
                "The conversation history is in use by another program, so Qwen Desk could "
                "not {doing}. Close other copies of Qwen Desk and try again.",
            ).format(doing=doing),
            "busy",
        )
    if code == sqlite3.SQLITE_READONLY:
        return HistoryError(
            translate(
                "History",
                "The conversation history file is read-only, so Qwen Desk could not {doing}. "
                "Check the permissions of the data folder.",
            ).format(doing=doing),
            "read_only",
        )
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return HistoryError(
            translate(
                "History",
                "The conversation history file is damaged ({error}), so Qwen Desk could not "
                "{doing}. Restart Qwen Desk: it sets the damaged file aside and starts a new "
                "one.",
            ).format(error=exc, doing=doing),
            "corrupt",
        )
    if code in (sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN):
        return HistoryError(
            translate(
                "History",
                "Qwen Desk could not {doing} because the disk reported an error ({error}). "
                "Check the disk and try again.",
            ).format(doing=doing, error=exc),
            "io",
        )
    return HistoryError(
        translate("History", "Qwen Desk could not {doing} ({error}).").format(
            doing=doing, error=exc
        ),
        "database",
    )
