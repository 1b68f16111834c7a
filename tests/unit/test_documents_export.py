"""A reply's cited sources survive export (issue 15): the Markdown lists them under the
answer with file and page or section; our JSON keeps them and imports them back."""

from __future__ import annotations

import json

from desktop.core.history import HistoryStore

CITED = [
    {"number": 1, "path": "/docs/report.pdf", "page": 3, "section": None,
     "text": "Revenue grew by 12 % in 2025.", "start": 0, "end": 29, "label": "report.pdf"},
    {"number": 2, "path": "/docs/guide.md", "page": None, "section": "Install › Linux",
     "text": "Run make.", "start": 5, "end": 14, "label": "guide.md"},
]  # fmt: skip


def _chat(store: HistoryStore) -> int:
    chat = store.create_conversation("Report")
    question = store.add_user_message(chat.id, "How did revenue do?")
    reply = store.begin_reply(chat.id, after=question.id)
    store.append(reply, text="It grew by 12 % [1]; install with make [2].")
    store.finish(reply, {"citations": CITED, "documents": {"mode": "whole", "files": 2}}, "stop")
    return chat.id


def test_markdown_export_lists_the_sources(store: HistoryStore) -> None:
    _chat(store)
    text = store.export_markdown()
    assert "**Sources**" in text
    assert "- [1] report.pdf, page 3: “Revenue grew by 12 % in 2025.”" in text
    assert "- [2] guide.md, section Install › Linux: “Run make.”" in text


def test_json_export_keeps_citations_and_imports_them_back(store: HistoryStore) -> None:
    _chat(store)
    data = store.export_json()
    reply = json.loads(data)["conversations"][0]["messages"][-1]
    assert reply["stats"]["citations"][0]["page"] == 3
    imported = store.import_json(data)
    copied = store.path(imported[0])[-1]
    assert copied.stats["citations"] == CITED
    assert copied.stats["documents"]["mode"] == "whole"
