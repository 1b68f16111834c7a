"""Tool-call cards and code-run output in the transcript: plain data in, escaped markup out.

A card shows one call the model made (tool, arguments, result, time taken, how it was allowed
or that it was denied) and, while the app waits for the user, the Run / Always in this chat /
Deny buttons. Arguments and results come from the model and from tools: every one of them is
escaped. The buttons carry a one-time token that only the app knows, so text a model writes
can never answer for the user. The web page and the plain fallback each get their markup.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from html import escape

from desktop.core.i18n import QT_TRANSLATE_NOOP, format_number, translate
from desktop.core.units import format_size

PREVIEW_LINES = 12  # a longer result (or argument text) is cut here, with a "Show all"
PREVIEW_CHARS = 1500

STATES = ("waiting", "asking", "running", "done")
_APPROVED = {
    "user": QT_TRANSLATE_NOOP("ToolCards", "allowed by you"),
    "chat": QT_TRANSLATE_NOOP("ToolCards", "allowed for this chat"),
    "trusted": QT_TRANSLATE_NOOP("ToolCards", "trusted tool"),
}
_DONE = {
    "ok": QT_TRANSLATE_NOOP("ToolCards", "Done"),
    "error": QT_TRANSLATE_NOOP("ToolCards", "Failed"),
    "denied": QT_TRANSLATE_NOOP("ToolCards", "Denied"),
    "cancelled": QT_TRANSLATE_NOOP("ToolCards", "Stopped"),
    "skipped": QT_TRANSLATE_NOOP("ToolCards", "Not run"),
}
DECISIONS = (
    ("run", QT_TRANSLATE_NOOP("ToolCards", "Run")),
    ("always", QT_TRANSLATE_NOOP("ToolCards", "Always in this chat")),
    ("deny", QT_TRANSLATE_NOOP("ToolCards", "Deny")),
)


@dataclass(frozen=True)
class ToolCard:
    """One tool call as the transcript shows it."""

    call_id: str
    name: str
    arguments: str  # as shown: JSON, or the code of a python call
    source: str = ""  # "built-in", an MCP server's name, "" for an unknown tool
    state: str = "waiting"  # waiting | asking | running | done
    status: str = ""  # when done: ok | error | denied | cancelled | skipped
    result: str = ""
    duration_s: float | None = None
    approved_by: str = ""  # user | chat | trusted | "" (not run)
    ask_token: str = ""  # while asking: the token the buttons carry

    def status_text(self) -> str:
        """The card's state in a few words, e.g. "Done in 0.12 s · allowed by you"."""
        if self.state == "asking":
            return translate("ToolCards", "Waiting for your approval")
        if self.state == "waiting":
            return translate("ToolCards", "Waiting…")
        how = (
            translate("ToolCards", _APPROVED[self.approved_by])
            if self.approved_by in _APPROVED
            else ""
        )
        if self.state == "running":
            return translate("ToolCards", "Running…") + (f" · {how}" if how else "")
        words = translate("ToolCards", _DONE.get(self.status, _DONE["ok"]))
        if self.duration_s is not None and self.status in ("ok", "error"):
            words = translate("ToolCards", "{state} in {time}").format(
                state=words, time=format_seconds(self.duration_s)
            )
        return words + (f" · {how}" if how and self.status in ("ok", "error") else "")


@dataclass(frozen=True)
class CodeOutput:
    """What the Run button of one code block produced (or that it is running)."""

    index: int  # the code block's index in the reply
    running: bool = True
    stdout: str = ""
    stderr: str = ""
    note: str = ""  # what stopped the program, the exit status, the output cut
    duration_s: float | None = None
    ok: bool = True


def format_seconds(seconds: float) -> str:
    if seconds < 1:
        return translate("ToolCards", "{ms} ms").format(ms=format_number(seconds * 1000))
    return translate("ToolCards", "{seconds} s").format(seconds=format_number(seconds, 2))


def isolation_note(platform: str = sys.platform) -> str:
    """What the Python runner enforces on this system, in the README table's words."""
    common = translate(
        "ToolCards",
        "Runs on this computer in a separate process, in a fresh temporary folder that is "
        "removed afterwards, with a time limit and an output limit.",
    )
    if platform.startswith("linux"):
        own = translate(
            "ToolCards",
            "Memory and file sizes are limited; the network is cut off where the kernel "
            "allows unprivileged namespaces (otherwise blocked on a best-effort basis).",
        )
    elif platform == "darwin":
        own = translate(
            "ToolCards",
            "File sizes are limited; macOS ignores the memory limit, and the network is "
            "blocked on a best-effort basis only.",
        )
    else:
        own = translate(
            "ToolCards", "Memory is limited; the network is blocked on a best-effort basis only."
        )
    hidden = translate("ToolCards", "Files outside the folder are not hidden: it is not a sandbox.")
    return f"{common} {own} {hidden}"


def question_text(card: ToolCard) -> str:
    """What the card asks: "Run python?", or which MCP server's tool it is."""
    name = card.name or translate("ToolCards", "this tool")
    if card.source and card.source != "built-in":
        return translate("ToolCards", "Run {name} from the {server} server?").format(
            name=name, server=card.source
        )
    return translate("ToolCards", "Run {name}?").format(name=name)


def preview(text: str) -> tuple[str, int]:
    """(the text to show collapsed, the number of lines left out: 0 when it all fits)."""
    lines = text.splitlines()
    head = "\n".join(lines[:PREVIEW_LINES])
    if len(head) > PREVIEW_CHARS:
        head = head[:PREVIEW_CHARS]
    if head == text.rstrip("\n"):
        return text, 0
    hidden = max(1, len(lines) - head.count("\n") - 1)
    return head + "…", hidden


def _long_text(text: str, css: str, card: str, expanded: bool, button: Callable[..., str]) -> str:
    shown, hidden = (text, 0) if expanded else preview(text)
    html = f'<pre class="{css}"><code>{escape(shown, quote=False)}</code></pre>'
    if hidden:
        size = format_size(len(text.encode("utf-8")))
        label = translate("ToolCards", "Show all (%n more line(s), {size})", None, hidden)
        html += button("tool-show-all", card, label.format(size=size))
    elif expanded and preview(text)[1]:
        html += button("tool-show-all", card, translate("ToolCards", "Show less"))
    return html


def _web_button(kind: str, payload: str, label: str, css: str = "tool-btn") -> str:
    return (
        f'<button type="button" class="{css}" data-action="{kind}" '
        f'data-payload="{escape(payload)}">{escape(label, quote=False)}</button>'
    )


def card_html(card: ToolCard, *, expanded: bool = False) -> str:
    """One card for the web page."""
    status = card.status or card.state
    label = translate("ToolCards", "Tool call {name}: {state}").format(
        name=card.name, state=card.status_text()
    )
    name = escape(card.name or translate("ToolCards", "unknown tool"), quote=False)
    source = escape(card.source, quote=False)
    head = (
        '<div class="tool-head"><span class="tool-icon" aria-hidden="true"></span>'
        f'<span class="tool-name">{name}</span>'
        + (f'<span class="tool-source">{source}</span>' if source else "")
        + f'<span class="tool-state" role="status">{escape(card.status_text(), quote=False)}</span>'
        "</div>"
    )

    def button(kind: str, payload: str, text: str) -> str:
        return _web_button(kind, payload, text, "tool-more")

    body = _long_text(card.arguments, "tool-args", card.call_id, expanded, button)
    if card.state == "asking" and card.ask_token:
        buttons = "".join(
            _web_button(
                "tool-approve",
                f"{decision} {card.call_id} {card.ask_token}",
                translate("ToolCards", text),
                "tool-btn primary" if decision == "run" else "tool-btn",
            )
            for decision, text in DECISIONS
        )
        question = escape(question_text(card), quote=False)
        body += (
            f'<div class="tool-ask" role="group" aria-label="{escape(question_text(card))}">'
            f'<span class="tool-question">{question}</span>{buttons}</div>'
        )
    if card.state == "done" and card.result:
        result = escape(translate("ToolCards", "Result"), quote=False)
        body += f'<div class="tool-result"><div class="tool-label">{result}</div>'
        body += _long_text(card.result, "tool-output", card.call_id, expanded, button) + "</div>"
    return (
        f'<section class="tool-card tool-{escape(status)}" data-call="{escape(card.call_id)}" '
        f'aria-label="{escape(label)}">{head}{body}</section>'
    )


def cards_html(cards: tuple[ToolCard, ...], expanded: frozenset[str] = frozenset()) -> str:
    """The cards of one message, for the web page ("" when there are none)."""
    if not cards:
        return ""
    inner = "".join(card_html(c, expanded=c.call_id in expanded) for c in cards)
    return f'<div class="tool-cards">{inner}</div>'


ActionLink = Callable[[str, str, str], str]
"""(kind, label, payload) -> an action link the plain view made (it carries the view's key)."""


def plain_cards_html(
    cards: tuple[ToolCard, ...], link: ActionLink, expanded: frozenset[str] = frozenset()
) -> str:
    """The cards for the plain (QTextBrowser) view: a bordered box each, actions as links."""
    out = []
    for card in cards:

        def button(kind: str, payload: str, text: str) -> str:
            return f"<p>{link(kind, text, payload)}</p>"

        more = card.call_id in expanded
        source = escape(card.source, quote=False)
        shown = card.name or translate("ToolCards", "unknown tool")
        parts = [
            f"<p><b>⚙ {escape(shown, quote=False)}</b>"
            + (f' <span class="meta">{source}</span>' if source else "")
            + f" — {escape(card.status_text(), quote=False)}</p>",
            _long_text(card.arguments, "tool-args", card.call_id, more, button),
        ]
        if card.state == "asking" and card.ask_token:
            links = " · ".join(
                link(
                    "tool-approve",
                    translate("ToolCards", text),
                    f"{decision} {card.call_id} {card.ask_token}",
                )
                for decision, text in DECISIONS
            )
            parts.append(f"<p>{escape(question_text(card), quote=False)} {links}</p>")
        if card.state == "done" and card.result:
            parts.append(f'<p class="meta">{escape(translate("ToolCards", "Result"))}</p>')
            parts.append(_long_text(card.result, "tool-output", card.call_id, more, button))
        out.append(
            '<table class="tool-card" width="100%" border="1" cellspacing="0" cellpadding="6">'
            f"<tr><td>{''.join(parts)}</td></tr></table>"
        )
    return "".join(out)


# -- code-run output ----------------------------------------------------------------------

_CODE_END = "</code></pre></div>"
RUNNABLE = frozenset({"python", "py", "python3"})


def run_button_prefix(index: int) -> str:
    """How the Run button of code block ``index`` starts (code text can never contain it:
    its ``<`` is escaped)."""
    return (
        '<button type="button" class="code-run" data-action="run-code" '
        f'data-code-index="{index}" data-payload="{index}"'
    )


def run_button_html(index: int) -> str:
    """The Run button in a Python code block's header; its tooltip says what is isolated."""
    tip = escape(isolation_note())
    aria = escape(translate("ToolCards", "Run this Python code"))
    run = escape(translate("ToolCards", "Run"), quote=False)
    return (
        f'{run_button_prefix(index)} title="{tip}" aria-label="{aria}">'
        f'<span class="code-run-label">{run}</span></button>'
    )


_RUN_BUTTON = re.compile(r'<button type="button" class="code-run" [^>]*>.*?</button>', re.S)


def without_run_buttons(html: str) -> str:
    """Markup with the Run buttons taken out (code in the thinking is not offered to run)."""
    return _RUN_BUTTON.sub("", html)


def _output_text(output: CodeOutput) -> str:
    if output.running:
        return escape(translate("ToolCards", "Output · running…"), quote=False)
    if output.duration_s is None:
        text = (
            translate("ToolCards", "Output · ran")
            if output.ok
            else translate("ToolCards", "Output · failed")
        )
    else:
        text = (
            translate("ToolCards", "Output · ran in {time}")
            if output.ok
            else translate("ToolCards", "Output · failed in {time}")
        ).format(time=format_seconds(output.duration_s))
    return escape(text, quote=False)


def code_output_html(output: CodeOutput, *, stop: str = "") -> str:
    """The output box under a code block, for the web page. ``stop`` is the Stop button."""
    parts = [
        f'<div class="code-output{" running" if output.running else ""}'
        f'{"" if output.ok else " failed"}" data-code-index="{output.index}" role="status">'
        f'<div class="code-output-head"><span>{_output_text(output)}</span>{stop}</div>'
    ]
    if output.stdout:
        parts.append(f'<pre class="out"><code>{escape(output.stdout, quote=False)}</code></pre>')
    if output.stderr:
        parts.append(f'<pre class="err"><code>{escape(output.stderr, quote=False)}</code></pre>')
    if output.note:
        parts.append(f'<div class="code-output-note">{escape(output.note, quote=False)}</div>')
    if not output.running and not (output.stdout or output.stderr or output.note):
        none = escape(translate("ToolCards", "(no output)"), quote=False)
        parts.append(f'<div class="code-output-note">{none}</div>')
    return "".join(parts) + "</div>"


def plain_code_output_html(output: CodeOutput, link: ActionLink) -> str:
    """The output under a code block for the plain view."""
    stop = ""
    if output.running:
        stop = " " + link("stop-code", translate("ToolCards", "Stop"), str(output.index))
    parts = [f'<p class="meta">{_output_text(output)}{stop}</p>']
    for text in (output.stdout, output.stderr):
        if text:
            parts.append(f"<pre>{escape(text, quote=False)}</pre>")
    if output.note:
        parts.append(f'<p class="meta">{escape(output.note, quote=False)}</p>')
    return "".join(parts)


def with_code_outputs(body: str, outputs: Mapping[int, str]) -> str:
    """``body`` with each output's markup right after the answer's code block it belongs to
    (found by the block's Run button; blocks in the thinking have none)."""
    for index, html in sorted(outputs.items(), reverse=True):
        match = re.search(re.escape(run_button_prefix(index)), body)
        end = body.find(_CODE_END, match.end()) if match else -1
        if end >= 0:
            at = end + len(_CODE_END)
            body = body[:at] + html + body[at:]
    return body
