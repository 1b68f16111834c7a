"""Citations in the transcript: the [n] markers of a reply as clickable marks, and the line
that says how the reply used the chat's documents.

A reply's stats keep the sources its answer cites (``citations``: number, path, page,
section, passage) and how the documents went in (``documents``: whole or retrieval, files,
collections, passages). Both the web transcript and the plain fallback show a marker as
``<span class="cite" data-action="cite" data-payload="N">``; the web page sends the click
through its channel, the plain view turns the mark into an action link.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from html import escape
from pathlib import Path
from typing import Any

from desktop.core.i18n import translate

CITE_ACTION = "cite"
_MARKER = re.compile(r"\[(\d{1,3}(?:\s*[,;]\s*\d{1,3})*)\](?!\()")
# Regions whose text is never linked: code, preformatted text, the thinking, links.
_SKIP = re.compile(
    r"<(pre|code|details|a|math|script|style)\b.*?</\1>|<[^>]+>", re.DOTALL | re.IGNORECASE
)
CSS = """
.cite { color: var(--link, #2563eb); cursor: pointer; font-size: 0.8em;
  vertical-align: super; line-height: 0; padding: 0 1px; border-radius: 3px; }
.cite:hover, .cite:focus { text-decoration: underline; outline: none; }
"""


def cited_numbers(stats: Mapping[str, Any]) -> dict[int, str]:
    """The kept sources of a reply: number -> label ("report.pdf, page 3")."""
    items = stats.get("citations")
    found: dict[int, str] = {}
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, Mapping):
            continue
        try:
            number = int(item["number"])
        except (KeyError, TypeError, ValueError):
            continue
        found[number] = source_label(item)
    return found


def source_label(item: Mapping[str, Any]) -> str:
    """Where a kept source comes from, in words: file name and page or section."""
    name = Path(str(item.get("path", ""))).name
    page, section = item.get("page"), item.get("section")
    if isinstance(page, int):
        return translate("Citations", "{file}, page {page}").format(file=name, page=page)
    if section:
        return translate("Citations", "{file}, section {section}").format(
            file=name, section=section
        )
    return name


def _mark(number: int, label: str) -> str:
    title = escape(label, quote=True)
    return (
        f'<span class="cite" role="button" tabindex="0" data-action="{CITE_ACTION}" '
        f'data-payload="{number}" title="{title}">[{number}]</span>'
    )


def _link_text(text: str, known: Mapping[int, str]) -> str:
    def replace(match: re.Match[str]) -> str:
        numbers = [int(n) for n in re.split(r"\s*[,;]\s*", match.group(1))]
        if not any(n in known for n in numbers):
            return match.group(0)
        return "".join(_mark(n, known[n]) if n in known else escape(f"[{n}]") for n in numbers)

    return _MARKER.sub(replace, text)


def link_citations(body: str, stats: Mapping[str, Any]) -> str:
    """A rendered reply body with its known [n] markers made clickable (text outside code,
    links and the thinking only)."""
    known = cited_numbers(stats)
    if not known:
        return body
    out: list[str] = []
    at = 0
    for found in _SKIP.finditer(body):
        out.append(_link_text(body[at : found.start()], known))
        out.append(found.group(0))
        at = found.end()
    out.append(_link_text(body[at:], known))
    return "".join(out)


def documents_note(stats: Mapping[str, Any]) -> str:
    """ "Used 2 documents in full" / "Searched 3 collections: 5 passages" ("" when none)."""
    used = stats.get("documents")
    if not isinstance(used, Mapping):
        return ""
    files = _count(used, "files")
    if used.get("mode") == "whole":
        return translate("Citations", "Used %n document(s) in full", None, files)
    if used.get("mode") == "retrieval":
        collections = translate(
            "Citations", "Searched %n collection(s)", None, _count(used, "collections")
        )
        passages = translate("Citations", "%n passage(s)", None, _count(used, "passages"))
        return translate("Citations", "{searched}: {passages}").format(
            searched=collections, passages=passages
        )
    return ""


def _count(data: Mapping[str, Any], key: str) -> int:
    value = data.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else 0
