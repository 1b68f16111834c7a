"""How a :class:`MessageView` looks in the transcript: body, header, footer, notes.

Shared by the web transcript and the plain fallback. No QtWebEngine import here, so the
fallback still works where PySide6's WebEngine add-on is missing.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Mapping
from datetime import datetime
from html import escape
from typing import Any

from desktop.core.i18n import QT_TRANSLATE_NOOP, format_number, format_time, translate
from desktop.render.citations import CSS as CITATIONS_CSS
from desktop.render.citations import documents_note, link_citations
from desktop.render.message import MessageView

# Markdown costs ~1.7 ms per KB on the GUI thread; past this a message is shown as typed.
LARGE_TEXT_CHARS = 64_000
DROPPED_NOTE = QT_TRANSLATE_NOOP("Transcript", "Not sent to the model")
THINKING_ACTIVE = QT_TRANSLATE_NOOP("Transcript", "Thinking…")  # translated where shown

# Extra page styles for what the base page has no rule for (dropped turns, notes, welcome).
EXTRA_CSS = (
    """
.msg.dropped > .msg-header, .msg.dropped > .msg-body { opacity: 0.5; }
.msg-note { font-size: 0.85em; color: var(--muted); font-style: italic; margin: 0 0 4px; }
.msg-user .msg-note { text-align: right; }
.qd-welcome { padding: 8vh 8px 0; color: var(--fg-soft); }
.qd-welcome h1, .qd-welcome h2 { color: var(--fg); }
"""
    + CITATIONS_CSS
)


def format_stats(
    tokens: int | None = None, tokens_per_s: float | None = None, ttft_s: float | None = None
) -> list[str]:
    """Footer items for a reply, e.g. ``["412 tokens", "38.2 tok/s", "TTFT 0.31 s"]``.

    Lives here, not in chat_page (which imports QtWebEngine), so the fallback can use it."""
    items: list[str] = []
    if tokens is not None:
        items.append(token_count(tokens))
    if tokens_per_s is not None:
        items.append(
            translate("Transcript", "{speed} tok/s").format(speed=format_number(tokens_per_s, 1))
        )
    if ttft_s is not None:
        items.append(
            translate("Transcript", "TTFT {seconds} s").format(seconds=format_number(ttft_s, 2))
        )
    return items


def token_count(tokens: int) -> str:
    """ "412 tokens", in the interface language and its digits."""
    return translate("Transcript", "%n token(s)", None, tokens)


def _number(stats: Mapping[str, Any], key: str) -> float | None:
    value = stats.get(key)
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def thinking_summary(seconds: float | None, tokens: int | None) -> str:
    """The collapsed thinking line, e.g. "Thought for 12.4 s · 380 tokens"."""
    if seconds is not None and seconds > 0:
        took = translate("Transcript", "Thought for {seconds} s").format(
            seconds=format_number(seconds, 1)
        )
        return took + (f" · {token_count(tokens)}" if tokens else "")
    if tokens:
        return translate("Transcript", "Thought · {tokens}").format(tokens=token_count(tokens))
    return translate("Transcript", "Thoughts")


def message_thinking_summary(message: MessageView, measured_s: float | None = None) -> str:
    """The summary line for a finished message: its stats first, else what was measured."""
    seconds = _number(message.stats, "thinking_seconds")
    tokens = _number(message.stats, "thinking_tokens")
    return thinking_summary(
        seconds if seconds is not None else measured_s, int(tokens) if tokens else None
    )


def footer_items(message: MessageView) -> list[str]:
    """Footer stats (tokens, tok/s, TTFT) of an assistant reply; other roles have none."""
    if message.role != "assistant" or message.state == "streaming":
        return []
    stats = message.stats
    tokens = _number(stats, "generated_tokens")
    return format_stats(
        int(tokens) if tokens is not None else None,
        _number(stats, "generation_tps") or None,
        _number(stats, "ttft_s") or None,
    )


def footer_notes(message: MessageView) -> list[str]:
    """Plain words on how a reply ended early: "stopped", "interrupted", the length limit."""
    if message.role != "assistant":
        return []
    notes: list[str] = []
    reason = str(message.stats.get("stop_reason") or "")
    if reason == "cancelled":
        notes.append(translate("Transcript", "stopped"))
    elif reason == "length":
        notes.append(translate("Transcript", "stopped at the length limit"))
    if message.state == "interrupted":
        notes.append(translate("Transcript", "interrupted"))
    documents = documents_note(message.stats)
    if documents:
        notes.append(documents)
    return notes


def time_fields(created: datetime | None) -> tuple[str, str]:
    """(visible text, ISO timestamp) for the header; the date only when not today."""
    if created is None:
        return "", ""
    shown = created.astimezone() if created.tzinfo else created
    today = datetime.now(shown.tzinfo).date()
    text = format_time(shown, with_date=shown.date() != today)
    return text, created.isoformat()


def is_large(message: MessageView) -> bool:
    """Whether Markdown would take too long on the GUI thread for this message."""
    return len(message.text) + len(message.thinking) > LARGE_TEXT_CHARS


def large_note(message: MessageView) -> str:
    size = len(message.text) + len(message.thinking)
    return translate(
        "Transcript", "Long message ({size} K characters), shown as plain text"
    ).format(size=format_number(size / 1000))


def body_html(
    message: MessageView, measured_thinking_s: float | None = None, *, reply: str | None = None
) -> str:
    """The body of a finished message: the user's words as typed, a reply as Markdown.

    ``reply`` is the reply's body when already rendered (by the streaming renderer).
    """
    # Markdown, Pygments and latex2mathml load on the first message, not at start-up.
    from desktop.render.markdown import plain_text_html, render_reply

    dropped = escape(translate("Transcript", DROPPED_NOTE))
    notes = f'<p class="msg-note">{dropped}</p>' if message.dropped else ""
    if message.role != "assistant":
        return notes + plain_text_html(message.text)
    if reply is not None:
        return notes + link_citations(reply, message.stats)
    if is_large(message):
        return (
            notes
            + f'<p class="msg-note">{escape(large_note(message))}</p>'
            + f'<div class="answer">{plain_text_html(message.text)}</div>'
        )
    summary = message_thinking_summary(message, measured_thinking_s) if message.thinking else ""
    return notes + link_citations(
        render_reply(message.text, message.thinking, summary), message.stats
    )


def stats_with_notes(message: MessageView) -> list[str]:
    return footer_items(message) + footer_notes(message)


def message_key(message: MessageView) -> tuple[Any, ...]:
    """Everything that changes how a message looks, for the HTML cache."""
    return (
        message.id,
        message.role,
        message.text,
        message.thinking,
        message.author,
        message.created,
        tuple(sorted((str(k), repr(v)) for k, v in message.stats.items())),
        message.version,
        message.state,
        message.error,
        message.dropped,
    )


class HtmlCache:
    """A small LRU of rendered message HTML, so reopening a conversation skips Markdown."""

    def __init__(self, size: int = 4000) -> None:
        self.size = size
        self._items: OrderedDict[tuple[Any, ...], str] = OrderedDict()

    def get(self, message: MessageView, render: Callable[[MessageView], str]) -> str:
        key = message_key(message)
        html = self._items.get(key)
        if html is None:
            html = render(message)
            self.put_key(key, html)
        else:
            self._items.move_to_end(key)
        return html

    def put(self, message: MessageView, html: str) -> None:
        self.put_key(message_key(message), html)

    def put_key(self, key: tuple[Any, ...], html: str) -> None:
        self._items[key] = html
        self._items.move_to_end(key)
        while len(self._items) > self.size:
            self._items.popitem(last=False)
