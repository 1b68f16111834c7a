"""Message Markdown -> HTML (pure Python): Markdown, code, maths, thinking, escaping,
scale, and incremental rendering that always equals a full render."""

from __future__ import annotations

import re
import statistics
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it.token import Token

from desktop.render import markdown as render
from desktop.render.markdown import (
    ReplyRenderer,
    StreamingRenderer,
    plain_text_html,
    pygments_css,
    render_markdown,
    render_reply,
    thinking_html,
)

MATH = "http://www.w3.org/1998/Math/MathML"


def maths_count(html: str) -> int:
    return html.count("<math ")


# ---------------------------------------------------------------- Markdown


def test_paragraphs_emphasis_lists_and_inline_code() -> None:
    html = render_markdown("Hello **bold** *it* `x < y`\n\n- one\n- two\n\n1. first\n")
    assert "<strong>bold</strong>" in html
    assert "<em>it</em>" in html
    assert "<code>x &lt; y</code>" in html
    assert html.count("<li") == 3
    assert "<ol" in html


def test_table_with_alignment_and_strikethrough() -> None:
    html = render_markdown("| a | b |\n|---|:-:|\n| 1 | ~~2~~ |\n")
    assert '<div class="table-wrap"><table>' in html
    assert "<th" in html
    assert 'style="text-align:center"' in html
    assert "<s>2</s>" in html


def test_links_keep_href_and_get_a_class() -> None:
    html = render_markdown("See [the docs](https://qwen.ai/docs) or <https://example.org>.")
    assert html.count('class="qd-link"') == 2
    assert 'href="https://qwen.ai/docs"' in html
    assert 'href="https://example.org"' in html


def test_images_become_links_so_nothing_is_fetched() -> None:
    html = render_markdown("![a chart](https://example.org/chart.png)")
    assert "<img" not in html
    assert 'href="https://example.org/chart.png"' in html
    assert ">a chart</a>" in html


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script>",
        "before <img src=x onerror=alert(1)> after",
        "<div onclick='x()'>hi</div>\n\nmore",
        "```html\n<script>alert(1)</script>\n```",
    ],
)
def test_raw_html_is_escaped(text: str) -> None:
    html = render_markdown(text)
    assert "<script" not in html
    assert "<img" not in html
    assert "<div onclick" not in html
    assert "&lt;" in html


def test_dangerous_link_schemes_are_not_links() -> None:
    html = render_markdown("[x](javascript:alert(1)) [y](vbscript:z) [z](file:///etc/passwd)")
    assert "<a " not in html


def test_chinese_arabic_and_emoji_survive_with_per_paragraph_direction() -> None:
    text = "你好，世界！这是一个测试。\n\nمرحبا بالعالم، هذا اختبار.\n\nEmoji 😀👍🏽 and 🇯🇵 flags"
    html = render_markdown(text)
    for piece in ("你好，世界！", "مرحبا بالعالم", "😀👍🏽", "🇯🇵"):
        assert piece in html
    assert html.count('<p dir="auto">') == 3


# ---------------------------------------------------------------- code


def test_fenced_code_is_highlighted_with_language_and_copy_button() -> None:
    html = render_markdown("```python\ndef f(x):\n    return x < 1\n```\n\n```\nplain\n```")
    assert html.count('class="code-block"') == 2
    assert '<span class="code-lang">python</span>' in html
    assert '<span class="code-lang">text</span>' in html
    assert 'data-action="copy-code" data-code-index="0"' in html
    assert 'data-action="copy-code" data-code-index="1"' in html
    assert '<code class="hl" data-code-index="1">' in html
    assert '<span class="k">def</span>' in html  # Pygments classes, not inline styles
    assert "style=" not in html
    assert "&lt;" in html


def test_unknown_language_falls_back_to_plain_text() -> None:
    html = render_markdown("```no-such-language\na <b> c\n```")
    assert '<span class="code-lang">no-such-language</span>' in html
    assert "a &lt;b&gt; c" in html


def test_unclosed_fence_is_plain_while_streaming_and_highlighted_when_final() -> None:
    text = "Code:\n\n```python\nimport os\nx = 1"
    streaming = render_markdown(text, streaming=True)
    assert 'class="code-block streaming"' in streaming
    assert "<span" not in streaming.split("<pre>")[1]
    final = render_markdown(text)
    assert 'class="code-block streaming"' not in final
    assert '<span class="kn">import</span>' in final


def test_pygments_css_covers_light_dark_and_system_dark() -> None:
    css = pygments_css()
    assert ".hl .k {" in css
    assert "html.theme-dark .hl .k {" in css
    assert "@media (prefers-color-scheme: dark)" in css
    assert "html:not(.theme-light) .hl .k {" in css


# ---------------------------------------------------------------- maths


@pytest.mark.parametrize(
    ("text", "display"),
    [
        ("Area $\\pi r^2$ here", False),
        ("Inline \\(\\frac{a}{b}\\) here", False),
        ("Sum $$\\sum_{i=1}^n i$$ here", True),
        ("Root \\[\\sqrt{2}\\] here", True),
        ("$$\n\\int_0^1 x\\,dx = \\tfrac12\n$$", True),
        ("\\[\n\\begin{aligned} a &= b \\\\ c &= d \\end{aligned}\n\\]", True),
    ],
)
def test_maths_in_all_four_delimiters_becomes_mathml(text: str, display: bool) -> None:
    html = render_markdown(text)
    assert maths_count(html) == 1
    assert f'display="{"block" if display else "inline"}"' in html
    assert ("math-display" in html) is display
    assert "\\frac" not in html
    assert "\\sum" not in html
    assert "\\sqrt" not in html


def test_display_maths_on_its_own_lines_is_a_block() -> None:
    html = render_markdown("So:\n$$\nx = 1\n$$\nand\n\\[\ny = 2\n\\]\n")
    assert html.count('<div class="math-display">') == 2


def test_aligned_environment_becomes_a_table() -> None:
    html = render_markdown("$$\\begin{aligned} a &= b \\\\ c &= d \\end{aligned}$$")
    assert "<mtable" in html
    assert "<mi>&amp;</mi>" not in html
    assert "<mi>&</mi>" not in html


@pytest.mark.parametrize(
    "text",
    [
        "It costs $5 and $10.",
        "From $5-$10 per month",
        "Pay $5, $6 or $7",
        "US$5 and US$6",
        "Escaped \\$x\\$ stays",
        "A lone $ sign",
        "$ 5 and 6 $",
    ],
)
def test_prices_and_stray_dollars_are_not_maths(text: str) -> None:
    html = render_markdown(text)
    assert maths_count(html) == 0
    assert "$" in html


def test_boxed_answers() -> None:
    bare = render_markdown("The answer is \\boxed{42}.")
    assert '<span class="boxed-answer"><math display="inline">' in bare
    assert "<mn>42</mn>" in bare
    inline = render_markdown("So $\\boxed{x = 3}$.")
    assert 'class="boxed-answer"' in inline
    display = render_markdown("\\[\n\\boxed{\\frac{1}{2}}\n\\]")
    assert '<div class="math-display"><span class="boxed-answer"><math display="block">' in display
    nested = render_markdown("$y = \\boxed{5}$")
    assert '<mrow class="boxed">' in nested
    assert "menclose" not in nested


@pytest.mark.parametrize(
    "formula",
    ["$\\frac{1}{$", "$x^$", "\\(\\begin{aligned} a\\)", "$\\left( x$", "$${$$"],
)
def test_broken_latex_shows_its_source_marked(formula: str) -> None:
    html = render_markdown(f"Broken {formula} here")
    assert 'class="math-error"' in html
    assert "Could not typeset" in html
    source = formula.replace("<", "&lt;")
    assert source in html
    assert "Broken" in html
    assert "here" in html


def test_broken_display_maths_block_keeps_its_source() -> None:
    html = render_markdown("$$\n\\frac{1}{\n$$")
    assert '<pre class="math-error-block"><code class="math-error"' in html
    assert "\\frac{1}{" in html


def test_mathml_cannot_carry_html_or_links() -> None:
    html = render_markdown(
        "$\\text{<img src=x onerror=alert(1)>}$ and $\\href{javascript:alert(1)}{x}$ "
        'and $\\color{red" onload="x}{y}$'
    )
    assert "<img" not in html
    assert "href=" not in html
    assert 'onload="' not in html
    assert "&lt;img" in html


def test_identical_formulas_are_converted_once() -> None:
    render.clear_caches()
    render_markdown("$a^2$ and $a^2$ and $a^2$")
    info = render.latex_to_mathml.cache_info()
    assert info.misses == 1
    assert info.hits == 2


# ---------------------------------------------------------------- thinking, replies, plain text


def test_thinking_block_open_while_streaming_and_collapsed_when_done() -> None:
    live = thinking_html("<p>hmm</p>", "Thinking…", open=True, streaming=True)
    assert live.startswith('<details class="thinking streaming" open>')
    assert '<span class="thinking-summary" dir="auto">Thinking…</span>' in live
    done = thinking_html("<p>hmm</p>", "Thought for 12.4 s · 380 tokens <b>")
    assert done.startswith('<details class="thinking">')
    assert "380 tokens &lt;b&gt;" in done


def test_render_reply_puts_thinking_above_the_answer() -> None:
    html = render_reply("The answer is $2$.", "Let me think about $1+1$.", "Thought for 1.0 s")
    assert html.index("<details") < html.index('<div class="answer">')
    assert maths_count(html) == 2
    assert render_reply("Just text.").startswith('<div class="answer">')


def test_reply_renderer_streams_thinking_then_answer() -> None:
    reply = ReplyRenderer()
    thinking = reply.update("", "", "Thinking…")
    assert 'class="thinking streaming" open' in thinking
    mid = reply.update("", "First, $x$", "Thinking…")
    assert maths_count(mid) == 1
    answering = reply.update("Answer: **4**", "First, $x$", "Thought for 2.0 s")
    assert 'class="thinking"' in answering
    assert "<strong>4</strong>" in answering
    final = reply.finish("Thought for 2.0 s")
    assert final == render_reply("Answer: **4**", "First, $x$", "Thought for 2.0 s")


def test_plain_text_is_escaped_and_keeps_lines() -> None:
    assert (
        plain_text_html("a <b>\n**c**") == '<div class="plain" dir="auto">a &lt;b&gt;\n**c**</div>'
    )


# ---------------------------------------------------------------- scale


def test_a_one_megabyte_message_renders_in_bounded_time() -> None:
    unit = (
        "## Part {i}\n\nSome prose with **bold**, `code`, a [link](https://x.org/{i}) and "
        "$x_{{{i}}}^2 + y = {i}$. Prices $5 and $10 stay text.\n\n"
        "```python\ndef f_{i}(x):\n    return x * {i}  # comment\n```\n\n"
        "| a | b |\n|---|---|\n| {i} | $\\frac{{{i}}}{{2}}$ |\n\n- item {i}\n- item\n\n"
    )
    text = "".join(unit.format(i=i) for i in range(4000))
    text += "x" * (1_000_000 - len(text)) if len(text) < 1_000_000 else ""
    assert len(text) >= 1_000_000
    render.clear_caches()
    # CPU time, not wall time: the bound is about the renderer, not about a busy machine.
    start = time.process_time()
    html = render_markdown(text)
    elapsed = time.process_time() - start
    assert html.count('class="code-block"') == 4000
    assert elapsed < 10, f"1 MB took {elapsed:.1f} s of CPU"


@pytest.mark.parametrize(
    "text",
    [
        "\\(" * 20_000,
        "$$x " * 20_000,
        "\\boxed{" * 20_000,
        "$a" * 50_000,
        "```\n" + "<x>" * 300_000,
    ],
)
def test_pathological_input_stays_fast(text: str) -> None:
    start = time.perf_counter()
    render_markdown(text)
    assert time.perf_counter() - start < 5


# ---------------------------------------------------------------- incremental rendering


FRAGMENTS = [
    "Hello world",
    " **bold**",
    " `code`",
    " $x^2$",
    " $5 and $10",
    " \\(a\\)",
    "\\[b\\]",
    " \\boxed{1}",
    "\n",
    "\n",
    "\n",
    "\n\n",
    "- item",
    "* star",
    "1. one",
    "2. two",
    "> quote",
    "# Head",
    "---",
    "===",
    "| a | b |",
    "|---|---|",
    "| 1 | 2 |",
    "```python",
    "```",
    "~~~",
    "    indented",
    "  ",
    "$$",
    "\\[",
    "\\]",
    "x = 1",
    "*",
    "_",
    "[link](http://a.b)",
    "<b>html</b>",
    "\t",
    "<",
    "\\",
    "  - nested",
    "\n```\n",
    "\n\n```js\nvar a;\n```\n\n",
    "$$\nx\n$$",
    "\\[\ny\n\\]",
    "|",
    "-",
    "10. ten",
    "\n    code",
    "~~s~~",
    "> ```py",
    "\r\n",
    "$$x$$",
    "\\boxed{",
    "}",
    "\n> $$\n> x\n> $$\n",
    "\n- $$\n  y\n  $$\n",
    "你好",
    "مرحبا",
]


def stream_matches_full_render(text: str, cuts: list[int]) -> None:
    renderer = StreamingRenderer()
    for cut in [*sorted(set(cuts)), len(text)]:
        prefix = text[:cut]
        assert renderer.update(prefix) == render_markdown(prefix, streaming=True), repr(prefix)
    assert renderer.finish() == render_markdown(text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    pieces=st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=40),
    cuts=st.lists(st.integers(min_value=0, max_value=400), max_size=25),
)
def test_incremental_render_equals_full_render(pieces: list[str], cuts: list[int]) -> None:
    text = "".join(pieces)
    stream_matches_full_render(text, [c for c in cuts if c <= len(text)])


@pytest.mark.parametrize(
    "text",
    [
        # an unclosed $$ line that a later line closes swallows what came after it
        "x\n$$2. two\n1. one\n~~s~~\n$$\nx",
        # display maths whose closer is extended into plain text
        "Hello \\(a\\)\n$$\nx\n$$> quote",
        # a table interrupting a paragraph needs its delimiter row
        "para\n| a | b |\n|---|---|\n| 1 | 2 |\n\nafter",
        # a loose list only turns loose with its second item
        "- a\n\n- b\n\nc\n",
        # an unclosed fence inside a quote ends with the quote
        "> ```py\n> x = 1\n\nafter\n\nmore\n",
    ],
)
def test_incremental_render_tricky_cases(text: str) -> None:
    stream_matches_full_render(text, list(range(len(text))))


def long_reply() -> str:
    parts = []
    for block in range(4):
        parts.append(
            f"Step {block}: with $a_{block} = {block}^2$, $b = \\frac{{{block}}}{{2}}$ and "
            f"$\\sum_{{i=1}}^n i = \\frac{{n(n+1)}}{{2}}$, the program below computes it.\n"
        )
        parts.append(
            "It is written to be clear rather than fast: each line does **one** thing, the "
            "names say what they hold, and `f` has no side effects, so it is easy to test.\n"
        )
        code = "\n".join(f"    v{line} = f(v, {block})" for line in range(60))
        parts.append(f"```python\ndef solve_{block}(v):\n{code}\n    return v0\n```\n")
        parts.append(f"- It runs in $O(n \\log n)$ time.\n- Memory is $O({block})$.\n")
    return "\n".join(parts)


def test_streaming_reparses_only_the_open_tail(monkeypatch: pytest.MonkeyPatch) -> None:
    parsed: list[int] = []
    real_parse = render._parse

    def spy(text: str) -> list[Token]:
        parsed.append(len(text))
        return real_parse(text)

    monkeypatch.setattr(render, "_parse", spy)
    text = long_reply()
    renderer = StreamingRenderer()
    for end in range(20, len(text) + 20, 20):
        renderer.update(text[:end])
    assert len(text) > 5500
    assert max(parsed) < 2000, "a finished block was parsed again"


def test_streaming_updates_are_cheap_once_blocks_are_cached() -> None:
    text = long_reply()
    render.clear_caches()
    renderer = StreamingRenderer()
    costs = []
    for end in range(20, len(text) + 20, 20):
        start = time.perf_counter()
        renderer.update(text[:end])
        costs.append(time.perf_counter() - start)
    assert statistics.mean(costs) < 0.005, f"mean update {statistics.mean(costs) * 1e3:.2f} ms"


def test_streaming_renderer_starts_over_when_the_text_is_not_an_extension() -> None:
    renderer = StreamingRenderer()
    renderer.update("First paragraph.\n\nSecond paragraph.\n\nThird")
    assert renderer.update("Something else entirely.") == render_markdown(
        "Something else entirely.", streaming=True
    )
    assert renderer.append(" More.") == render_markdown(
        "Something else entirely. More.", streaming=True
    )


def test_code_blocks_keep_their_numbers_across_cached_blocks() -> None:
    text = "```\na\n```\n\ntext\n\n```\nb\n```\n\nmore\n\n```\nc"
    renderer = StreamingRenderer()
    for end in range(1, len(text) + 1):
        html = renderer.update(text[:end])
    indices = re.findall(r'<code class="hl" data-code-index="(\d+)"', html)
    assert indices == ["0", "1", "2"]
