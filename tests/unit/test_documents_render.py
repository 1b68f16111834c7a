"""Citations and documents in the transcript markup (issue 15), without Qt: [n] markers
become clickable marks outside code only, for sources the reply kept; the reply's line says
how its documents were used; the chosen embedder loads once and follows the setting."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.documents.embedder_choice import ChosenEmbedder
from desktop.documents.records import DocumentError
from desktop.render.citations import documents_note, link_citations
from desktop.render.message import MessageView
from desktop.render.transcript import body_html, footer_notes

STATS: dict[str, Any] = {
    "citations": [
        {"number": 1, "path": "/d/report.pdf", "page": 3, "section": None, "text": "x",
         "start": 0, "end": 1},
        {"number": 2, "path": "/d/guide.md", "page": None, "section": "Install", "text": "y",
         "start": 0, "end": 1},
    ],
    "documents": {"mode": "retrieval", "files": 4, "collections": 3, "passages": 5},
}  # fmt: skip


def test_markers_link_outside_code_and_only_known_sources() -> None:
    body = "<p>Grew [1], see [2, 9] and [7].</p><pre><code>a[1]</code></pre><code>[2]</code>"
    linked = link_citations(body, STATS)
    assert linked.count('data-action="cite"') == 2  # [1] and the 2 of [2, 9]
    assert 'data-payload="1" title="report.pdf, page 3"' in linked
    assert 'title="guide.md, section Install"' in linked
    assert "[7]" in linked  # no such source: left as written
    assert "<pre><code>a[1]</code></pre><code>[2]</code>" in linked
    assert link_citations(body, {}) == body


def test_a_reply_body_and_footer_show_citations_and_documents() -> None:
    reply = MessageView(1, "assistant", "Revenue grew [1].", stats=STATS)
    assert 'data-action="cite"' in body_html(reply)
    assert "Searched 3 collections: 5 passages" in footer_notes(reply)
    whole = {"documents": {"mode": "whole", "files": 2}}
    assert documents_note(whole) == "Used 2 documents in full"
    assert documents_note({}) == ""
    user = MessageView(2, "user", "What about [1]?", stats=STATS)
    assert "cite" not in body_html(user)


class _Loaded:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.closed = False

    def close(self) -> None:
        self.closed = True


def test_the_chosen_embedder_loads_once_and_follows_the_choice() -> None:
    chosen = {"path": ""}
    loads: list[Path] = []
    made: list[_Loaded] = []

    def load(path: Path) -> Any:
        loads.append(path)
        if path.name == "broken.gguf":
            raise DocumentError("The embedding model cannot be used.", "load_failed")
        made.append(_Loaded(path))
        return made[-1]

    holder = ChosenEmbedder(lambda: chosen["path"], load)
    assert holder.get() is None
    chosen["path"] = "/m/a.gguf"
    first = holder.get()
    assert first is not None
    assert holder.get() is first
    chosen["path"] = "/m/broken.gguf"
    assert holder.get() is None
    assert made[0].closed
    assert holder.get() is None  # a failed model is not loaded again and again
    assert "cannot be used" in holder.error
    assert [p.name for p in loads] == ["a.gguf", "broken.gguf"]
    holder.close()
