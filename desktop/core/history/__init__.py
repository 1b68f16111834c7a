"""The conversation history: an SQLite store with versions, search, trash, export and import."""

from desktop.core.history.records import Conversation, HistoryError, Message, SearchHit
from desktop.core.history.store import HistoryStore

__all__ = ["Conversation", "HistoryError", "HistoryStore", "Message", "SearchHit"]
