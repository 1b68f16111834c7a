"""TeX maths in chat messages: delimiters for markdown-it, latex2mathml, sanitised MathML.

Qwen writes ``$..$``, ``$$..$$``, ``\\(..\\)``, ``\\[..\\]`` and ``\\boxed{..}``. Chromium
renders MathML natively, so formulas become ``<math>`` elements here, in Python, once per
distinct formula (cached). Broken TeX shows its source, marked, instead of failing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from html import escape
from weakref import WeakKeyDictionary
from xml.etree.ElementTree import Element

from markdown_it import MarkdownIt
from markdown_it.renderer import RendererProtocol
from markdown_it.rules_block import StateBlock
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict

from desktop.core.i18n import translate

MAX_FORMULA_CHARS = 8_000  # longer "formulas" are almost surely a stray delimiter
MAX_BOXED_SCAN = 4_000

# MathML Core elements (plus menclose, rewritten below); anything else becomes <mrow>.
_MATHML_TAG_NAMES = (
    "math mrow mi mn mo ms mtext mspace msub msup msubsup munder mover munderover mfrac "
    "msqrt mroot mstyle mpadded mphantom mtable mtr mtd merror semantics annotation "
    "mmultiscripts mprescripts none menclose"
)
_SAFE_ATTR_NAMES = (
    "display displaystyle scriptlevel mathvariant mathcolor mathbackground mathsize "
    "stretchy fence form separator accent accentunder largeop movablelimits symmetric "
    "minsize maxsize lspace rspace width height depth voffset linethickness columnalign "
    "rowalign columnspacing rowspacing columnlines rowlines frame columnspan rowspan "
    "notation class"
)
_MATHML_TAGS = frozenset(_MATHML_TAG_NAMES.split())
_SAFE_ATTRS = frozenset(_SAFE_ATTR_NAMES.split())
_BARE_AMP = re.compile(r"&(?!#(?:x[0-9a-fA-F]+|[0-9]+);)")
# latex2mathml lacks these amsmath environments; map them to ones it typesets well.
_ENV_REWRITES = (
    (re.compile(r"\\(begin|end)\{(aligned|align)\}"), r"\\\1{align*}"),
    (re.compile(r"\\begin\{(gathered|gather\*?)\}"), r"\\begin{array}{c}"),
    (re.compile(r"\\end\{(gathered|gather\*?)\}"), r"\\end{array}"),
    (re.compile(r"\\label\{[^{}]*\}|\\nonumber\b|\\notag\b"), ""),
    (re.compile(r"\\arg\b"), r"\\operatorname{arg}"),
)


def _text(value: str) -> str:
    """Escape element text from latex2mathml, keeping the char references it writes."""
    return _BARE_AMP.sub("&amp;", value).replace("<", "&lt;").replace(">", "&gt;")


def _serialise(element: Element, out: list[str]) -> None:
    """Write MathML with only known tags and attributes and every text escaped.

    latex2mathml unescapes its whole output, so ``\\text{<img onerror=..>}`` would
    otherwise inject HTML; ``\\href`` would add links.
    """
    tag = element.tag if element.tag in _MATHML_TAGS else "mrow"
    attrs = dict(element.attrib)
    if tag == "menclose":  # not in MathML Core: Chromium ignores it, so draw it with CSS
        tag = "mrow"
        notation = attrs.pop("notation", "")
        attrs = {"class": "boxed" if "box" in notation else "enclosed"}
    out.append("<" + tag)
    for name, value in attrs.items():
        if name in _SAFE_ATTRS:
            out.append(f' {name}="{escape(value, quote=True)}"')
    out.append(">")
    if element.text:
        out.append(_text(element.text))
    for child in element:
        _serialise(child, out)
        if child.tail:
            out.append(_text(child.tail))
    out.append(f"</{tag}>")


def _rewrite(latex: str) -> str:
    for pattern, replacement in _ENV_REWRITES:
        latex = pattern.sub(replacement, latex)
    return latex


def _could_not(reason: str) -> str:
    return translate("Maths", "Could not typeset: {reason}").format(reason=reason)


def error_html(source: str, reason: str) -> str:
    """The formula's source as code, marked, so broken TeX is visible and never blank."""
    return (
        f'<code class="math-error" title="{escape(_could_not(reason))}">'
        f"{escape(source, quote=False)}</code>"
    )


@lru_cache(maxsize=4096)
def latex_to_mathml(latex: str, display: bool) -> str:
    """One ``<math>`` element for a TeX formula; raises ValueError if it will not typeset."""
    if len(latex) > MAX_FORMULA_CHARS:
        raise ValueError("formula too long")
    from latex2mathml.converter import convert_to_element  # ~60 ms: loaded with the first formula

    try:
        element = convert_to_element(_rewrite(latex), display="block" if display else "inline")
    except Exception as exc:  # latex2mathml raises many types, and RecursionError
        raise ValueError(type(exc).__name__) from exc
    out: list[str] = []
    _serialise(element, out)
    return "".join(out)


def _boxed_body(latex: str) -> str | None:
    """The argument if the whole formula is one ``\\boxed{..}``, else None."""
    stripped = latex.strip()
    if not stripped.startswith("\\boxed{"):
        return None
    end = _match_brace(stripped, len("\\boxed{") - 1, len(stripped))
    return stripped[7:end] if end == len(stripped) - 1 else None


def math_html(latex: str, display: bool, source: str, *, in_block: bool = False) -> str:
    """HTML for one formula: MathML, a boxed final answer, or the marked source on error.

    ``source`` is the formula as written (with delimiters) for the error fallback;
    ``in_block`` picks ``div`` over ``span`` for display maths that is its own block.
    """
    boxed = _boxed_body(latex)
    try:
        mathml = latex_to_mathml(boxed if boxed is not None else latex, display)
    except ValueError as exc:
        return error_html(source, str(exc))
    if boxed is not None:
        mathml = f'<span class="boxed-answer">{mathml}</span>'
    if not display:
        return mathml
    tag = "div" if in_block else "span"
    return f'<{tag} class="math-display">{mathml}</{tag}>'


# ---------------------------------------------------------------- markdown-it rules

_find_memo: WeakKeyDictionary[StateInline, dict[str, tuple[int, int]]] = WeakKeyDictionary()


def _find(state: StateInline, needle: str, start: int) -> int:
    """``src.find`` memoised per inline block, so many unclosed openers stay linear."""
    memo = _find_memo.setdefault(state, {})
    hit = memo.get(needle)
    if hit is not None and hit[0] <= start and (hit[1] == -1 or hit[1] >= start):
        return hit[1]
    found = state.src.find(needle, start)
    memo[needle] = (start, found)
    return found


def _escaped(src: str, pos: int) -> bool:
    """Whether the character at ``pos`` follows an odd run of backslashes."""
    count = 0
    while pos > 0 and src[pos - 1] == "\\":
        count += 1
        pos -= 1
    return count % 2 == 1


def _match_brace(src: str, open_pos: int, limit: int) -> int:
    """Index of the ``}`` matching the ``{`` at ``open_pos``, or -1."""
    depth = 0
    pos = open_pos
    end = min(limit, open_pos + MAX_BOXED_SCAN)
    while pos < end:
        char = src[pos]
        if char == "\\":
            pos += 2
            continue
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return pos
        pos += 1
    return -1


def _push_math(state: StateInline, latex: str, markup: str, close: str, display: bool) -> None:
    token = state.push("math_inline", "math", 0)
    token.content = latex
    token.markup = markup
    token.info = close
    token.meta = {"display": display}


def _single_dollar(state: StateInline, silent: bool) -> bool:
    """Pandoc's rule: ``$`` + non-space .. non-space + ``$`` not followed by a digit.

    The first unescaped ``$`` after the opener must close it, so ``$5 and $10`` stays text.
    """
    src, start = state.src, state.pos
    if start + 1 >= state.posMax or src[start + 1].isspace():
        return False
    end = start + 1
    while True:
        end = src.find("$", end, state.posMax)
        if end == -1:
            return False
        if not _escaped(src, end):
            break
        end += 1
    if src[end - 1].isspace() or (end + 1 < state.posMax and src[end + 1].isdigit()):
        return False
    if end == start + 1:
        return False
    if not silent:
        _push_math(state, src[start + 1 : end], "$", "$", False)
    state.pos = end + 1
    return True


def _delimited(state: StateInline, silent: bool, opener: str, closer: str, display: bool) -> bool:
    start = state.pos + len(opener)
    end = _find(state, closer, start)
    while end != -1 and closer[0] == "$" and _escaped(state.src, end):
        end = _find(state, closer, end + 1)
    if end == -1 or end + len(closer) > state.posMax or not state.src[start:end].strip():
        return False
    if not silent:
        _push_math(state, state.src[start:end], opener, closer, display)
    state.pos = end + len(closer)
    return True


_BRACE_TOKEN = re.compile(r"\\.|[{}]", re.DOTALL)
_brace_memo: WeakKeyDictionary[StateInline, dict[int, int]] = WeakKeyDictionary()


def _brace_pairs(state: StateInline) -> dict[int, int]:
    """Every ``{`` of the inline block mapped to its ``}``, found in one pass and memoised,
    so thousands of unclosed ``\\boxed{`` stay linear."""
    pairs = _brace_memo.get(state)
    if pairs is None:
        pairs = {}
        stack: list[int] = []
        for match in _BRACE_TOKEN.finditer(state.src):
            char = match.group()
            if char == "{":
                stack.append(match.start())
            elif char == "}" and stack:
                pairs[stack.pop()] = match.start()
        _brace_memo[state] = pairs
    return pairs


def _boxed_inline(state: StateInline, silent: bool) -> bool:
    """A bare ``\\boxed{..}`` outside any delimiters (Qwen's final answers often are)."""
    open_pos = state.pos + len("\\boxed")
    end = _brace_pairs(state).get(open_pos, -1)
    if end == -1 or end >= state.posMax or end - open_pos > MAX_BOXED_SCAN:
        return False
    if not silent:
        _push_math(state, state.src[state.pos : end + 1], "", "", False)
    state.pos = end + 1
    return True


def math_inline_rule(state: StateInline, silent: bool) -> bool:
    """Inline maths in all four delimiters, plus bare ``\\boxed{}``; runs before escapes."""
    src, pos = state.src, state.pos
    char = src[pos]
    if char == "$":
        if src.startswith("$$", pos):
            if _delimited(state, silent, "$$", "$$", True):
                return True
            if not silent:  # an unclosed $$ is text; don't retry its second $ as an opener
                state.pending += "$$"
            state.pos += 2
            return True
        return _single_dollar(state, silent)
    if char != "\\" or pos + 1 >= state.posMax:
        return False
    following = src[pos + 1]
    if following == "(":
        return _delimited(state, silent, "\\(", "\\)", False)
    if following == "[":
        return _delimited(state, silent, "\\[", "\\]", True)
    if following == "b" and src.startswith("\\boxed{", pos):
        return _boxed_inline(state, silent)
    return False


_BLOCK_DELIMS = {"$$": "$$", "\\[": "\\]"}


def math_block_rule(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    """Display maths on lines of its own: ``$$``/``\\[`` .. ``$$``/``\\]``, no blank lines.

    Unclosed, it is no block at all (the text stays a paragraph), so a stream that has not
    yet written the closer shows the source and snaps to maths once it arrives.
    """
    if state.is_code_block(start_line):
        return False
    begin = state.bMarks[start_line] + state.tShift[start_line]
    first = state.src[begin : state.eMarks[start_line]].rstrip()
    opener = next((o for o in _BLOCK_DELIMS if first.startswith(o)), None)
    if opener is None:
        return False
    closer = _BLOCK_DELIMS[opener]
    lines = [first[len(opener) :]]
    line = start_line
    while True:
        body = lines[-1]
        closed = body.endswith(closer) and (line > start_line or len(body) >= len(closer))
        inner = body[: -len(closer)] if closed else body
        if closer in inner:
            return False  # text after a closer: the paragraph's inline rule handles it
        if closed:
            lines[-1] = inner
            break
        line += 1
        if line >= end_line:
            return False
        text_start = state.bMarks[line] + state.tShift[line]
        text = state.src[text_start : state.eMarks[line]].rstrip()
        if not text or state.sCount[line] < state.blkIndent:
            return False
        lines.append(text)
    latex = "\n".join(lines)
    if not latex.strip():
        return False
    if silent:
        return True
    state.line = line + 1
    token = state.push("math_block", "math", 0)
    token.block = True
    token.content = latex
    token.markup = opener
    token.info = closer
    token.map = [start_line, state.line]
    return True


def _render_inline(
    self: RendererProtocol, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    token = tokens[idx]
    source = token.markup + token.content + token.info
    return math_html(token.content, bool(token.meta.get("display")), source)


def _render_block(
    self: RendererProtocol, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    token = tokens[idx]
    source = token.markup + token.content + token.info
    html = math_html(token.content, True, source, in_block=True)
    if html.startswith("<code"):
        return f'<pre class="math-error-block">{html}</pre>\n'
    return html + "\n"


def math_plugin(md: MarkdownIt) -> None:
    """Teach a MarkdownIt instance the maths rules and their MathML rendering."""
    md.inline.ruler.before("escape", "math_inline", math_inline_rule)
    md.block.ruler.before(
        "fence",
        "math_block",
        math_block_rule,
        {"alt": ["paragraph", "reference", "blockquote", "list"]},
    )
    md.add_render_rule("math_inline", _render_inline)
    md.add_render_rule("math_block", _render_block)
