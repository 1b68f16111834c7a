"""Code blocks in chat messages: Pygments highlighting (CSS classes), header, copy button.

Highlighting costs ~12 ms per 60 lines, so results are cached per (code, language) and an
unclosed fence that is still streaming is shown as plain escaped text until it closes.
"""

from __future__ import annotations

from functools import lru_cache
from html import escape

from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexer import Lexer
from pygments.lexers import get_lexer_by_name
from pygments.lexers.special import TextLexer
from pygments.util import ClassNotFound

from desktop.core.i18n import translate
from desktop.render.tool_cards import RUNNABLE, run_button_html

MAX_HIGHLIGHT_CHARS = 100_000  # bigger blocks are shown plain: highlighting would stall
LIGHT_STYLE = "xcode"
DARK_STYLE = "one-dark"
CODE_CLASS = "hl"  # on <code>; Pygments' token classes are scoped under it

_formatter = HtmlFormatter(nowrap=True)


def language_of(info: str) -> str:
    """The language word of a fence info string: ``python {linenos}`` -> ``python``."""
    word = info.strip().split(maxsplit=1)[0] if info.strip() else ""
    return word.strip("{}.").lower()


@lru_cache(maxsize=256)
def _lexer(language: str) -> Lexer:
    if not language:
        return TextLexer()
    try:
        return get_lexer_by_name(language, stripnl=False)
    except ClassNotFound:
        return TextLexer()


@lru_cache(maxsize=512)
def highlight_code(code: str, language: str) -> str:
    """Pygments token spans for ``code`` (no wrapper), or plain escaped text if too big."""
    if len(code) > MAX_HIGHLIGHT_CHARS:
        return escape(code, quote=False)
    html = highlight(code, _lexer(language), _formatter)
    return html[:-1] if html.endswith("\n") and not code.endswith("\n") else html


def code_block_html(code: str, info: str, index: int, *, highlighted: bool = True) -> str:
    """One code block: a header with the language and a Copy button, then the code.

    ``index`` numbers the blocks of a message; the button's ``data-code-index`` names the
    ``<code>`` it copies. ``highlighted=False`` is for a fence that is still streaming.
    """
    if code.endswith("\n"):
        code = code[:-1]
    language = language_of(info)
    body = highlight_code(code, language) if highlighted else escape(code, quote=False)
    lang_attr = escape(language, quote=True)
    label = escape(language or "text", quote=False)
    state = "" if highlighted else " streaming"
    copy_tip = escape(translate("CodeBlock", "Copy code"))
    copy = escape(translate("CodeBlock", "Copy"), quote=False)
    # A finished Python block can be run (the output shows under it: render/tool_cards.py).
    run = run_button_html(index) if highlighted and language in RUNNABLE else ""
    return (
        f'<div class="code-block{state}" data-lang="{lang_attr}">'
        f'<div class="code-header"><span class="code-lang">{label}</span>{run}'
        f'<button type="button" class="code-copy" data-action="copy-code" '
        f'data-code-index="{index}" title="{copy_tip}" aria-label="{copy_tip}">'
        f'<span class="code-copy-label">{copy}</span></button></div>'
        f'<pre><code class="{CODE_CLASS}" data-code-index="{index}">{body}</code></pre>'
        "</div>\n"
    )


def _token_css(style: str, scope: str) -> str:
    """Pygments token rules under ``scope``, without the style's own background."""
    formatter = HtmlFormatter(style=style)
    rules = formatter.get_token_style_defs(scope)
    # Drop the style's background (the page's theme owns it) and Pygments' red error boxes,
    # which light up whenever a model's snippet is not quite valid for its lexer.
    dropped = (f"{scope} {{", f"{scope} .err ")
    return "\n".join(line for line in rules if not line.startswith(dropped))


@lru_cache(maxsize=1)
def pygments_css() -> str:
    """Highlighting CSS for both themes: light by default, dark for ``html.theme-dark`` (and
    the high-contrast ``html.theme-contrast``) and for a dark system theme unless
    ``html.theme-light`` overrides it."""
    light = _token_css(LIGHT_STYLE, f".{CODE_CLASS}")
    dark_forced = _token_css(DARK_STYLE, f"html.theme-dark .{CODE_CLASS}")
    dark_forced += "\n" + _token_css(DARK_STYLE, f"html.theme-contrast .{CODE_CLASS}")
    dark_system = _token_css(DARK_STYLE, f"html:not(.theme-light) .{CODE_CLASS}")
    return (
        f"/* Pygments {LIGHT_STYLE} (light) and {DARK_STYLE} (dark) */\n{light}\n"
        f"{dark_forced}\n@media (prefers-color-scheme: dark) {{\n{dark_system}\n}}\n"
    )
