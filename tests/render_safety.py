"""What the transcript renderer may emit, and hostile inputs to try it with.

:func:`unsafe_parts` lists everything in an HTML fragment that could run code or fetch
something: a tag outside the renderer's own set, an event handler or other active
attribute, a link whose scheme is not http, https or mailto, a style beyond text alignment.
Shared by the pure renderer tests and the real transcript (QtWebEngine) test.
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

HTML_TAGS = {
    "a", "blockquote", "br", "button", "code", "del", "details", "div", "em", "h1", "h2", "h3",
    "h4", "h5", "h6", "hr", "i", "b", "li", "ol", "p", "pre", "s", "span", "strong", "summary",
    "sub", "sup", "table", "tbody", "td", "th", "thead", "tr", "ul", "section", "article",
}  # fmt: skip
MATHML_TAGS = {
    "math", "maction", "menclose", "merror", "mfenced", "mfrac", "mi", "mmultiscripts", "mn",
    "mo", "mover", "mpadded", "mphantom", "mprescripts", "mroot", "mrow", "ms", "mspace",
    "msqrt", "mstyle", "msub", "msubsup", "msup", "mtable", "mtd", "mtext", "mtr", "munder",
    "munderover", "none", "semantics", "annotation",
}  # fmt: skip
SAFE_ATTRIBUTES = {
    "class", "dir", "href", "title", "type", "rel", "id", "lang", "colspan", "rowspan", "open",
    "style", "display", "mathcolor", "mathvariant", "mathsize", "mathbackground", "stretchy",
    "fence", "separator", "lspace", "rspace", "width", "height", "depth", "columnalign",
    "rowalign", "columnspacing", "rowspacing", "notation", "accent", "accentunder",
    "linethickness", "scriptlevel", "displaystyle", "movablelimits", "largeop", "symmetric",
    "minsize", "maxsize", "form", "voffset", "columnlines", "rowlines", "frame", "align",
    "encoding", "xmlns", "start", "value", "datetime",
}  # fmt: skip
SAFE_SCHEMES = {"http", "https", "mailto"}
_SAFE_STYLE = re.compile(r"^\s*text-align\s*:\s*(left|center|right)\s*;?\s*$", re.I)
_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):", re.I)
_INVISIBLE = re.compile(r"[\x00-\x20\x7f-\xa0\u200b-\u200f\u2028-\u202e\ufeff]")


def link_scheme(href: str) -> str | None:
    """The scheme a browser would see in ``href`` (entities decoded, blanks dropped)."""
    cleaned = _INVISIBLE.sub("", unescape(href))
    match = _SCHEME.match(cleaned)
    return match.group(1).lower() if match else None


class _Auditor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in HTML_TAGS and tag not in MATHML_TAGS:
            self.problems.append(f"tag <{tag}>")
        for name, value in attrs:
            value = value or ""
            if name.startswith(("data-", "aria-")):
                continue
            if name not in SAFE_ATTRIBUTES:
                self.problems.append(f"attribute {name}= on <{tag}>")
            elif name == "href":
                scheme = link_scheme(value)
                if scheme is not None and scheme not in SAFE_SCHEMES:
                    self.problems.append(f"link scheme {scheme}: on <{tag}>")
            elif name == "style" and not _SAFE_STYLE.match(value):
                self.problems.append(f"style {value!r} on <{tag}>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)


def unsafe_parts(html: str) -> list[str]:
    """Everything in ``html`` that could run script or load something; [] when safe."""
    auditor = _Auditor()
    auditor.feed(html)
    auditor.close()
    return auditor.problems


# Classic cross-site scripting payloads, in raw HTML, Markdown and maths forms. Each one that
# ran in a page would call qdPwned(); the transcript test checks it never was.
PAYLOADS = [
    "<script>qdPwned(1)</script>",
    "<img src=x onerror=qdPwned(2)>",
    "<svg onload=qdPwned(3)>",
    "<svg><script>qdPwned(4)</script></svg>",
    '<iframe src="javascript:qdPwned(5)"></iframe>',
    '<iframe srcdoc="<script>parent.qdPwned(6)</script>"></iframe>',
    "<body onload=qdPwned(7)>",
    "<details open ontoggle=qdPwned(8)>x</details>",
    "<input autofocus onfocus=qdPwned(9)>",
    "<video><source onerror=qdPwned(10)></video>",
    "<audio src=x onerror=qdPwned(11)>",
    '<object data="javascript:qdPwned(12)"></object>',
    '<embed src="javascript:qdPwned(13)">',
    "<math><mtext><script>qdPwned(14)</script></mtext></math>",
    '<a href="javascript:qdPwned(15)">click</a>',
    "[click](javascript:qdPwned(16))",
    "[click](JaVaScRiPt:qdPwned(17))",
    "[click](java\tscript:qdPwned(18))",
    "[click](&#106;avascript:qdPwned(19))",
    "![x](javascript:qdPwned(20))",
    "[x](data:text/html;base64,PHNjcmlwdD5wYXJlbnQucWRQd25lZCgyMSk8L3NjcmlwdD4=)",
    "[x](vbscript:qdPwned(22))",
    "<style>@import 'javascript:qdPwned(23)';</style>",
    '<link rel=stylesheet href="javascript:qdPwned(24)">',
    '<meta http-equiv="refresh" content="0;url=javascript:qdPwned(25)">',
    '<form><button formaction="javascript:qdPwned(26)">x</button></form>',
    '<div style="background:url(javascript:qdPwned(27))">x</div>',
    "$\\href{javascript:qdPwned(28)}{x}$",
    "$$\\style{background:url(javascript:qdPwned(29))}{x}$$",
    "\\(\\unicode{<img src=x onerror=qdPwned(30)>}\\)",
    "```</code></pre><img src=x onerror=qdPwned(31)>```",
    "<template><img src=x onerror=qdPwned(32)></template>",
    '<noscript><p title="</noscript><img src=x onerror=qdPwned(33)>">',
    '<table><td background="javascript:qdPwned(34)">x</td></table>',
    "<marquee onstart=qdPwned(35)>x</marquee>",
    "<x onmouseover=qdPwned(36) style=display:block;width:9999px;height:9999px>x</x>",
]
