"""The sources a reply cites, in the Markdown export: a "Sources" list under the answer.

The chat service keeps them in the reply's stats (``citations``: number, path, page or
section, the passage); our JSON export carries the stats whole, so only Markdown needs this.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import PurePath
from typing import Any

CITATIONS = "citations"
SNIPPET = 160


def _snippet(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= SNIPPET else line[: SNIPPET - 1].rstrip() + "…"


def _where(item: Mapping[str, Any]) -> str:
    name = PurePath(str(item.get("path", ""))).name
    page, section = item.get("page"), item.get("section")
    if isinstance(page, int):
        return f"{name}, page {page}"
    if section:
        return f"{name}, section {section}"
    return name


def source_lines(stats: Mapping[str, Any]) -> list[str]:
    """Markdown lines listing the cited sources (none when the reply cites nothing)."""
    items = stats.get(CITATIONS)
    kept = [i for i in items if isinstance(i, Mapping)] if isinstance(items, list) else []
    if not kept:
        return []
    lines = ["**Sources**", ""]
    for item in sorted(kept, key=lambda i: int(i.get("number", 0) or 0)):
        text = _snippet(str(item.get("text", "")))
        lines.append(f"- [{item.get('number')}] {_where(item)}: “{text}”")
    return [*lines, ""]
