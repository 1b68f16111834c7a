"""Message Markdown to HTML for the chat transcript, whole or incrementally while streaming.

Pure Python (no Qt): markdown-it (CommonMark + tables + strikethrough, raw HTML escaped),
Pygments code blocks with a copy button, TeX maths as MathML, thinking as ``<details>``.
A full render of a 7 KB reply costs ~50 ms, so :class:`StreamingRenderer` keeps the HTML of
finished top-level blocks and re-renders only the open tail on each update.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from html import escape
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.renderer import RendererProtocol
from markdown_it.rules_block import StateBlock
from markdown_it.rules_block import fence as fence_rule
from markdown_it.rules_core import StateCore
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict

from desktop.render.code import code_block_html, highlight_code, language_of, pygments_css
from desktop.render.maths import latex_to_mathml, math_plugin
from desktop.render.tool_cards import without_run_buttons

__all__ = [
    "ReplyRenderer",
    "StreamingRenderer",
    "clear_caches",
    "code_block",
    "normalise",
    "plain_text_html",
    "pygments_css",
    "render_markdown",
    "render_reply",
    "reply_html",
    "thinking_html",
]

_DIR_AUTO = frozenset(
    {"paragraph_open", "heading_open", "list_item_open", "blockquote_open", "th_open", "td_open"}
)


# ---------------------------------------------------------------- markdown-it setup


def _is_closing_fence(state: StateBlock, line: int, markup: str) -> bool:
    """Whether ``line`` closes a fence opened with ``markup`` (CommonMark's test)."""
    if state.is_code_block(line) or state.sCount[line] < state.blkIndent:
        return False
    text = state.src[state.bMarks[line] + state.tShift[line] : state.eMarks[line]].rstrip()
    return len(text) >= len(markup) and text == markup[0] * len(text)


def _fence_marking_closed(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    """markdown-it's fence rule, noting on the token whether the closing fence was seen."""
    if not fence_rule(state, start_line, end_line, silent):
        return False
    if not silent:
        token = state.tokens[-1]
        last = state.line - 1
        token.meta = {"closed": last > start_line and _is_closing_fence(state, last, token.markup)}
    return True


def _decorate(state: StateCore) -> None:
    """Per-paragraph text direction (Arabic, Hebrew) and a class on every link."""
    for token in state.tokens:
        if token.type in _DIR_AUTO:
            token.attrSet("dir", "auto")
        elif token.type == "inline" and token.children:
            for child in token.children:
                if child.type == "link_open":
                    child.attrSet("class", "qd-link")
                    child.attrSet("rel", "noopener noreferrer")


def _render_fence(
    self: RendererProtocol, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    token = tokens[idx]
    index = env.get("code_index", 0)
    env["code_index"] = index + 1
    still_open = bool(env.get("streaming")) and not token.meta.get("closed", True)
    return code_block_html(token.content, token.info, index, highlighted=not still_open)


def _render_code_block(
    self: RendererProtocol, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    index = env.get("code_index", 0)
    env["code_index"] = index + 1
    return code_block_html(tokens[idx].content, "", index)


def _render_table_open(
    self: RendererProtocol, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    return '<div class="table-wrap"><table>\n'


def _render_table_close(
    self: RendererProtocol, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    return "</table></div>\n"


def _render_image(
    self: RendererProtocol, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    """Images become links: the app is offline and must not fetch what a model names."""
    token = tokens[idx]
    src = str(token.attrGet("src") or "")
    label = token.content or src
    return (
        f'<a class="qd-link qd-image-link" href="{escape(src, quote=True)}" '
        f'rel="noopener noreferrer">{escape(label, quote=False)}</a>'
    )


def build_markdown() -> MarkdownIt:
    """The transcript's Markdown dialect; raw HTML is escaped, reference links are off.

    Reference definitions are off because a definition written late would change how an
    earlier, already cached block renders, and models hardly use them.
    """
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable(["table", "strikethrough"])
    md.disable("reference")
    md.block.ruler.at(
        "fence", _fence_marking_closed, {"alt": ["paragraph", "reference", "blockquote", "list"]}
    )
    md.use(math_plugin)
    md.core.ruler.push("qd_decorate", _decorate)
    md.add_render_rule("fence", _render_fence)
    md.add_render_rule("code_block", _render_code_block)
    md.add_render_rule("table_open", _render_table_open)
    md.add_render_rule("table_close", _render_table_close)
    md.add_render_rule("image", _render_image)
    return md


_md = build_markdown()


def normalise(text: str) -> str:
    """Line endings and NULs as markdown-it would normalise them, so offsets agree."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\0", "\ufffd") if "\0" in text else text


def _parse(text: str) -> list[Token]:
    return _md.parse(text, {})


def _render_tokens(tokens: Sequence[Token], env: dict[str, Any]) -> str:
    return _md.renderer.render(tokens, _md.options, env)


@lru_cache(maxsize=256)
def _render_cached(text: str, streaming: bool) -> str:
    return _render_tokens(_parse(text), {"code_index": 0, "streaming": streaming})


def render_markdown(text: str, *, streaming: bool = False) -> str:
    """HTML for a whole message (cached by content).

    ``streaming=True`` shows an unclosed code fence as plain text, as
    :class:`StreamingRenderer` does while a reply is still arriving.
    """
    return _render_cached(normalise(text), streaming)


def code_block(text: str, index: int) -> tuple[str, str] | None:
    """(language, code) of code block ``index`` of ``text``, numbered as the rendered blocks
    are (their Copy and Run buttons' ``data-code-index``); None when there is no such block."""
    blocks = [t for t in _parse(normalise(text)) if t.type in ("fence", "code_block")]
    if not 0 <= index < len(blocks):
        return None
    token = blocks[index]
    code = token.content[:-1] if token.content.endswith("\n") else token.content
    return (language_of(token.info) if token.type == "fence" else ""), code


def clear_caches() -> None:
    """Drop cached messages, highlighted code and formulas (benchmarks, tests)."""
    _render_cached.cache_clear()
    highlight_code.cache_clear()
    latex_to_mathml.cache_clear()


# ---------------------------------------------------------------- incremental rendering


def _line_starts(text: str) -> list[int]:
    starts = [0]
    find = text.find
    pos = find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = find("\n", pos + 1)
    return starts


def _commit_point(tokens: Sequence[Token], text: str) -> tuple[int, int]:
    """(token index, char offset) up to which the blocks of ``text`` can no longer change.

    A top-level block is final once a later block B has begun on a complete line after a
    blank line: Markdown never joins across that. Without the blank line B's first line must
    settle that B is separate, which fails in two cases: B is a table or display maths (they
    need later lines), or an unclosed ``$$``/``\\[`` line before B could still be closed and
    swallow B.
    """
    starts = _line_starts(text)
    complete_lines = len(starts) - 1  # the last line has no newline yet
    last_blank: list[int] = []  # per complete line: the latest blank line up to it, or -1
    latest = -1
    for line in range(complete_lines):
        if not text[starts[line] : starts[line + 1]].strip():
            latest = line
        last_blank.append(latest)
    best = (0, 0)
    for index, token in enumerate(tokens):
        if token.level != 0 or token.nesting == -1 or token.map is None or index == 0:
            continue
        first = token.map[0]
        if first >= complete_lines:
            break
        if first == 0 or last_blank[first - 1] != first - 1:  # no blank line right before B
            if token.type == "table_open":
                continue
            if token.type == "math_block" and token.map[1] > complete_lines:
                continue
            run_start = last_blank[first - 1] + 1 if first > 0 else 0
            run = text[starts[run_start] : starts[first]]
            if "$$" in run or "\\[" in run:
                continue
        best = (index, starts[first])
    return best


class StreamingRenderer:
    """Renders a growing Markdown text, re-rendering only its last, still open block.

    Feed it the whole text so far with :meth:`update` (or deltas with :meth:`append`); the
    result always equals ``render_markdown(text, streaming=True)``, and :meth:`finish`
    equals ``render_markdown(text)``. A text that does not extend the previous one (an
    edit, a regenerated reply) simply starts over.
    """

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        """Forget everything rendered so far."""
        self._text = ""
        self._html = ""
        self._done_src = ""  # the committed prefix of the text
        self._done_html = ""  # its HTML while streaming ...
        self._done_final = ""  # ... and once finished (differs only by unclosed fences)
        self._done_codes = 0  # code blocks in the committed prefix
        self._tail_tokens: list[Token] = []

    @property
    def text(self) -> str:
        """The (normalised) text rendered last."""
        return self._text

    def append(self, delta: str) -> str:
        """Add ``delta`` to the text and return the HTML of all of it."""
        return self.update(self._text + normalise(delta))

    def update(self, text: str) -> str:
        """Return the HTML of ``text``, the whole message so far, reusing finished blocks."""
        text = normalise(text)
        if text == self._text and self._html:
            return self._html
        if not text.startswith(self._done_src):
            self.reset()
        tail = text[len(self._done_src) :]
        tokens = _parse(tail)
        cut, offset = _commit_point(tokens, tail)
        env: dict[str, Any] = {"code_index": self._done_codes, "streaming": True}
        if cut:
            done = tokens[:cut]
            done_html = _render_tokens(done, env)
            final_html = done_html
            if any(t.type == "fence" and not t.meta.get("closed", True) for t in done):
                final_env = {"code_index": self._done_codes, "streaming": False}
                final_html = _render_tokens(done, final_env)
            self._done_html += done_html
            self._done_final += final_html
            self._done_src += tail[:offset]
            self._done_codes = env["code_index"]
            tokens = tokens[cut:]
        self._tail_tokens = tokens
        self._text = text
        self._html = self._done_html + _render_tokens(tokens, env)
        return self._html

    def finish(self) -> str:
        """The final HTML of the text: every code block highlighted, fence closed or not."""
        env = {"code_index": self._done_codes, "streaming": False}
        return self._done_final + _render_tokens(self._tail_tokens, env)


# ---------------------------------------------------------------- other pieces of a message


def thinking_html(
    body_html: str, summary: str, *, open: bool = False, streaming: bool = False
) -> str:
    """The collapsible thinking block shown above an answer.

    ``summary`` is the always visible line, e.g. "Thinking…" while it streams (open) or
    "Thought for 12.4 s · 380 tokens" when done (collapsed).
    """
    classes = "thinking streaming" if streaming else "thinking"
    return (
        f'<details class="{classes}"{" open" if open else ""}>'
        f'<summary><span class="thinking-summary" dir="auto">{escape(summary, quote=False)}</span>'
        f'</summary><div class="thinking-body">{body_html}</div></details>\n'
    )


def plain_text_html(text: str) -> str:
    """The user's own words as typed: escaped, line breaks kept, no Markdown."""
    return f'<div class="plain" dir="auto">{escape(normalise(text), quote=False)}</div>'


def reply_html(
    answer_html: str,
    thinking_body_html: str = "",
    summary: str = "",
    *,
    thinking_open: bool = False,
    thinking_active: bool = False,
) -> str:
    """An assistant message's body: the thinking block (if any) above the answer.

    ``thinking_active`` marks thinking still in progress (shown even before any text).
    """
    thinking = ""
    if thinking_body_html or thinking_active:
        thinking = thinking_html(
            without_run_buttons(thinking_body_html),  # only the answer's code is offered
            summary,
            open=thinking_open,
            streaming=thinking_active,
        )
    return f'{thinking}<div class="answer">{answer_html}</div>'


def render_reply(
    answer: str, thinking: str = "", summary: str = "", *, thinking_open: bool = False
) -> str:
    """The body of a finished assistant message from its texts (cached per text)."""
    thinking_body = render_markdown(thinking) if thinking.strip() else ""
    return reply_html(render_markdown(answer), thinking_body, summary, thinking_open=thinking_open)


class ReplyRenderer:
    """A streaming reply's thinking and answer, each rendered incrementally."""

    def __init__(self) -> None:
        self.thinking = StreamingRenderer()
        self.answer = StreamingRenderer()

    def update(
        self,
        answer: str,
        thinking: str = "",
        summary: str = "",
        *,
        thinking_open: bool = True,
        thinking_active: bool | None = None,
    ) -> str:
        """The body HTML for the texts so far; ``summary`` is e.g. "Thinking…".

        Thinking counts as active until the answer starts, unless told otherwise.
        """
        active = not answer if thinking_active is None else thinking_active
        thinking_body = self.thinking.update(thinking) if thinking.strip() else ""
        return reply_html(
            self.answer.update(answer),
            thinking_body,
            summary,
            thinking_open=thinking_open,
            thinking_active=active and bool(thinking or summary),
        )

    def finish(self, summary: str = "", *, thinking_open: bool = False) -> str:
        """The final body: all code highlighted, thinking collapsed unless asked otherwise."""
        thinking_body = self.thinking.finish() if self.thinking.text.strip() else ""
        return reply_html(self.answer.finish(), thinking_body, summary, thinking_open=thinking_open)
