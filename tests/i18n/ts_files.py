"""Reading Qt Linguist .ts files: each message's source, translation and state."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%L?n")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    translations: tuple[str, ...]  # one, or each numerus form
    unfinished: bool

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.comment

    def problem(self) -> str:
        """Why this message is not shippable ("" when it is)."""
        if self.unfinished:
            return "not translated (unfinished)"
        if not self.translations or not all(t.strip() for t in self.translations):
            return "empty translation" + (" form" if self.numerus else "")
        wanted = sorted(set(PLACEHOLDER.findall(self.source)))
        for text in self.translations:
            found = sorted(set(PLACEHOLDER.findall(text)))
            if self.numerus:  # a form may write the number out ("one file"): %n is optional
                found = [p for p in found if not p.endswith("n")]
                wanted_here = [p for p in wanted if not p.endswith("n")]
            else:
                wanted_here = wanted
            if found != wanted_here:
                return f"placeholders {found} instead of {wanted_here} in {text!r}"
        return ""


def read_ts(path: Path) -> list[Message]:
    root = ET.parse(path).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            forms = translation.findall("numerusform") if translation is not None else []
            numerus = message.get("numerus") == "yes"
            texts = (
                tuple(f.text or "" for f in forms)
                if numerus
                else (((translation.text or "") if translation is not None else ""),)
            )
            messages.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    numerus,
                    texts,
                    kind == "unfinished",
                )
            )
    return messages
