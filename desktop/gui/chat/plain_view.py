"""The plain transcript: a QTextBrowser used where QtWebEngine cannot start.

It shows the same message bodies, simplified to what Qt's rich text can draw (maths as
linear text, thinking as its summary line, actions as links), under a one-line note.
"""

from __future__ import annotations

import hmac
import logging
import re
import secrets
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from html import escape
from urllib.parse import parse_qs, urlencode

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QTextBrowser, QTextEdit, QVBoxLayout, QWidget

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.gui.chat.edit_box import EditBox
from desktop.render.citations import CITE_ACTION
from desktop.render.code import pygments_css
from desktop.render.message import MessageView
from desktop.render.tool_cards import (
    ActionLink,
    CodeOutput,
    ToolCard,
    plain_cards_html,
    plain_code_output_html,
)
from desktop.render.transcript import stats_with_notes, time_fields

log = logging.getLogger(__name__)

MAX_SHOWN = 200  # Qt's rich text relays out the whole document: keep it bounded
ACTION_SCHEME = "qdaction"
ANCHOR = "msg-"  # each message's header carries the anchor msg-<id>
MARK_BACKGROUND = "#ffd84d"  # search hits: the sidebar's marker yellow
MARK_FOREGROUND = "#1b1b1b"
_ROLE_NAMES = {
    "user": QT_TRANSLATE_NOOP("Transcript", "You"),
    "assistant": QT_TRANSLATE_NOOP("Transcript", "Assistant"),
    "system": QT_TRANSLATE_NOOP("Transcript", "System"),
}
_ACTIONS = {
    "user": (("copy", "Copy"), ("edit", "Edit"), ("delete", "Delete")),
    "assistant": (("copy", "Copy"), ("regenerate", "Regenerate"), ("delete", "Delete")),
    "system": (("copy", "Copy"), ("delete", "Delete")),
}
_MATH = re.compile(r"<math\b[^>]*>.*?</math>", re.S)
_BUTTON = re.compile(r"<button\b.*?</button>", re.S)
_DETAILS = re.compile(
    r'<details class="[^"]*"( open)?><summary>(.*?)</summary>(.*?)</details>', re.S
)
_TAGS = re.compile(r"<[^>]+>")
_STYLE = """
.plain { white-space: pre-wrap; }
.msg-note, .meta, .thinking { color: #808891; }
.error { color: #c92a2a; }
pre { background-color: rgba(127, 127, 127, 0.12); }
"""
_DARK = "QTextBrowser { background: #1d1e21; color: #e7e9ec; }"
_LIGHT = "QTextBrowser { background: #ffffff; color: #1f2328; }"
_CONTRAST = "QTextBrowser { background: #000000; color: #ffffff; }"


def _group(text: str) -> str:
    return text if len(text) <= 1 else f"({text})"


def _linear(element: ET.Element) -> str:
    """A formula as one line of text: x^2, (a)/(b), √(x)."""
    kids = [_linear(child) for child in element]
    tag = element.tag
    if tag == "msup" and len(kids) == 2:
        return f"{kids[0]}^{_group(kids[1])}"
    if tag == "msub" and len(kids) == 2:
        return f"{kids[0]}_{_group(kids[1])}"
    if tag == "msubsup" and len(kids) == 3:
        return f"{kids[0]}_{_group(kids[1])}^{_group(kids[2])}"
    if tag == "mfrac" and len(kids) == 2:
        return f"{_group(kids[0])}/{_group(kids[1])}"
    if tag == "msqrt":
        return f"√{_group(''.join(kids))}"
    if tag == "mroot" and len(kids) == 2:
        return f"root{_group(kids[1])}{_group(kids[0])}"
    text = (element.text or "").strip()
    return text + "".join(
        kid + (child.tail or "").strip() for kid, child in zip(kids, element, strict=False)
    )


def linear_maths(match: re.Match[str]) -> str:
    try:
        text = _linear(ET.fromstring(match.group(0)))
    except ET.ParseError:
        text = _TAGS.sub("", match.group(0))
    return f"<i>{escape(text, quote=False)}</i>"


def _thinking_line(match: re.Match[str]) -> str:
    is_open, summary, body = match.groups()
    line = f'<p class="thinking"><i>{summary}</i></p>'
    return line + (f'<div class="thinking">{body}</div>' if is_open else "")


def simplify(body: str) -> str:
    """A message body that Qt's rich text can draw."""
    body = _MATH.sub(linear_maths, body)
    body = _BUTTON.sub("", body)
    return _DETAILS.sub(_thinking_line, body)


def _action_link(kind: str, label: str, message_id: int, key: str, payload: str = "") -> str:
    query = urlencode({"id": message_id, "payload": payload, "key": key})
    return f'<a href="{ACTION_SCHEME}:{kind}?{query}">{escape(label)}</a>'


_RUN = re.compile(
    r'<button type="button" class="code-run" [^>]*data-code-index="(\d+)".*?</button>', re.S
)


def _run_links(body: str, message_id: int, key: str) -> str:
    """The Run buttons of code blocks as action links (buttons are not drawn here)."""
    return _RUN.sub(
        lambda m: "<p>" + _action_link("run-code", "▶ Run", message_id, key, m.group(1)) + "</p>",
        body,
    )


_CITE = re.compile(r'<span class="cite" [^>]*data-payload="(\d+)"[^>]*>(.*?)</span>', re.S)


def _cite_links(body: str, message_id: int, key: str) -> str:
    """The [n] citation marks as action links (a click shows the passage)."""
    return _CITE.sub(
        lambda m: _action_link(CITE_ACTION, f"[{m.group(1)}]", message_id, key, m.group(1)), body
    )


def message_block(message: MessageView, body: str, key: str) -> str:
    """One message as a few paragraphs: header, body, error, footer with action links."""
    role = _ROLE_NAMES.get(message.role, _ROLE_NAMES["system"])
    name = escape(message.author or translate("Transcript", role))
    time_text, _iso = time_fields(message.created)
    when = f' <span class="meta">{escape(time_text)}</span>' if time_text else ""
    header = f'<p><a name="{ANCHOR}{message.id}"><b>{name}</b></a>{when}</p>'
    error = f'<p class="error">{escape(message.error)}</p>' if message.error else ""
    links = [_action_link(k, label, message.id, key) for k, label in _ACTIONS.get(message.role, ())]
    if message.version is not None and message.version[1] > 1:
        current, total = message.version
        if current > 1:
            links.append(_action_link("version-prev", "‹", message.id, key, str(current - 1)))
        links.append(f"{current}/{total}")
        if current < total:
            links.append(_action_link("version-next", "›", message.id, key, str(current + 1)))
    if message.state == "streaming":
        links = []
    meta = " · ".join([escape(item) for item in stats_with_notes(message)] + links)
    footer = f'<p class="meta"><small>{meta}</small></p>' if meta else ""
    body = simplify(_cite_links(_run_links(body, message.id, key), message.id, key))
    return f"<div>{header}{body}{error}{footer}</div><hr/>"


class PlainTranscript(QObject):
    """QTextBrowser transcript with the same calls as the web one."""

    ready = Signal()
    failed = Signal(str)
    action = Signal(str, str, str)
    link = Signal(QUrl)

    def __init__(
        self,
        parent: QWidget,
        reason: str,
        theme: str,
        font_px: int,
        body_of: Callable[[MessageView], str],
    ) -> None:
        super().__init__(parent)
        self._body_of = body_of
        # Action links carry this key: a link the model or an imported chat wrote cannot
        # know it, so only the transcript's own controls act.
        self._key = secrets.token_urlsafe(16)
        self._blocks: dict[int, str] = {}  # the shown messages, oldest first
        self._hidden = 0
        self._last_start = 0  # where the last message starts in the document
        self.widget = QWidget(parent)
        self.widget.setObjectName("chatPlainView")
        layout = QVBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.note = QLabel(
            translate(
                "PlainView", "Rich transcript unavailable: {reason}; showing plain view"
            ).format(reason=reason)
        )
        self.note.setObjectName("chatPlainNote")
        self.note.setWordWrap(True)
        self.note.setContentsMargins(8, 4, 8, 4)
        self.browser = QTextBrowser(self.widget)
        self.browser.setObjectName("chatPlainBrowser")
        self.browser.setAccessibleName(translate("PlainTranscript", "Conversation transcript"))
        self.widget.setFocusProxy(self.browser)  # focus given to the transcript lands here
        self.browser.setOpenLinks(False)
        self.browser.document().setDefaultStyleSheet(_STYLE + pygments_css())
        self.browser.anchorClicked.connect(self._on_browser_anchor_clicked)
        self.edit_box = EditBox(self.widget)
        self.edit_box.saved.connect(self._on_edit_box_saved)
        layout.addWidget(self.note)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.edit_box)
        self.set_theme(theme)
        self.set_font_size(font_px)
        QTimer.singleShot(0, self, self.ready.emit)

    def _on_browser_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() != ACTION_SCHEME:
            self.link.emit(url)
            return
        query = parse_qs(url.query(), keep_blank_values=True)
        if not hmac.compare_digest(query.get("key", [""])[0], self._key):
            log.warning("ignored an action link the app did not make: %s", url.toString()[:200])
            return
        self.action.emit(url.path(), query.get("id", [""])[0], query.get("payload", [""])[0])

    def set_theme(self, theme: str) -> None:
        sheets = {"dark": _DARK, "contrast": _CONTRAST}
        self.browser.setStyleSheet(sheets.get(theme, _LIGHT))

    def set_font_size(self, px: int) -> None:
        font = self.browser.font()
        font.setPixelSize(max(8, min(int(px), 48)))
        self.browser.setFont(font)

    def set_status(self, text: str) -> None:
        """The plain transcript has no live region: the window's announcement says it."""
        del text

    def _at_bottom(self) -> bool:
        bar = self.browser.verticalScrollBar()
        return bar.value() >= bar.maximum() - 4

    def _rebuild(self) -> None:
        """Set the whole document; the last message is inserted apart, for streaming."""
        follow = self._at_bottom()
        self.browser.setExtraSelections([])  # search marks point into the old document
        blocks = list(self._blocks.values())
        head = ""
        if self._hidden:
            head = f'<p class="meta">{self._hidden:,} earlier messages are not shown here.</p>'
        self.browser.setHtml(head + "".join(blocks[:-1]))
        cursor = QTextCursor(self.browser.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        if blocks[:-1]:
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())  # not the <hr> block
        self._last_start = cursor.position()
        if blocks:
            self._swap_last(blocks[-1], follow)
        elif follow:
            self._scroll_down()

    def _swap_last(self, block: str, follow: bool) -> None:
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(self._last_start)
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        cursor.setBlockFormat(QTextBlockFormat())
        cursor.setCharFormat(QTextCharFormat())
        cursor.insertHtml(block)
        if follow:
            self._scroll_down()

    def _scroll_down(self) -> None:
        bar = self.browser.verticalScrollBar()
        bar.setValue(bar.maximum())

    def show_welcome(self, html: str) -> None:
        self._blocks, self._hidden = {}, 0
        self.browser.setHtml(html)

    def show_messages(self, messages: Sequence[MessageView]) -> None:
        shown = messages[-MAX_SHOWN:]
        self._hidden = len(messages) - len(shown)
        self._blocks = {m.id: message_block(m, self._body_of(m), self._key) for m in shown}
        self._rebuild()
        self._scroll_down()

    def append(self, message: MessageView, body: str) -> None:
        self._blocks.pop(message.id, None)
        self._blocks[message.id] = message_block(message, body, self._key)
        self._rebuild()

    def replace(self, message: MessageView, body: str, *, streaming: bool = False) -> None:
        if message.id not in self._blocks:
            self.append(message, body)
            return
        block = message_block(message, body, self._key)
        self._blocks[message.id] = block
        if next(reversed(self._blocks)) == message.id:
            self._swap_last(block, self._at_bottom())  # streaming: only this message changes
        else:
            self._rebuild()

    def remove(self, message_id: int) -> None:
        if self._blocks.pop(message_id, None) is not None:
            self._rebuild()

    def is_following(self) -> bool:
        return self._at_bottom()

    # -- editing and search hits -------------------------------------------------------

    def begin_edit(self, message_id: int, text: str, enter_sends: bool) -> None:
        """Edit a message in the editor under the transcript, scrolled to the message."""
        self.browser.scrollToAnchor(f"{ANCHOR}{message_id}")
        self.edit_box.begin(message_id, text, enter_sends)

    def _on_edit_box_saved(self, message_id: int, text: str) -> None:
        self.action.emit("edit-save", str(message_id), text)

    def _anchor_position(self, message_id: int) -> int:
        """Where a message starts in the document (-1 when it is not shown)."""
        name = f"{ANCHOR}{message_id}"
        block = self.browser.document().begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                if name in fragment.charFormat().anchorNames():
                    return fragment.position()
                iterator += 1
            block = block.next()
        return -1

    def reveal(self, message_id: int, terms: Sequence[str]) -> int:
        """Mark the terms in a message and scroll the first into view; how many were found."""
        start = self._anchor_position(message_id)
        if start < 0:
            return 0
        ids = list(self._blocks)
        after = ids[ids.index(message_id) + 1 :] if message_id in ids else []
        end = self._anchor_position(after[0]) if after else -1
        document = self.browser.document()
        end = end if end >= 0 else document.characterCount()
        selections: list[QTextEdit.ExtraSelection] = []
        for term in sorted({t for t in terms if t.strip()}, key=len, reverse=True):
            cursor = document.find(term, start)
            while not cursor.isNull() and cursor.selectionStart() < end:
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format.setBackground(QColor(MARK_BACKGROUND))
                selection.format.setForeground(QColor(MARK_FOREGROUND))
                selections.append(selection)
                cursor = document.find(term, cursor)
        selections.sort(key=lambda s: s.cursor.selectionStart())
        self.browser.setExtraSelections(selections)
        target = QTextCursor(document)
        target.setPosition(selections[0].cursor.selectionStart() if selections else start)
        self.browser.scrollToAnchor(f"{ANCHOR}{message_id}")
        self.browser.setTextCursor(target)
        self.browser.ensureCursorVisible()
        return len(selections)

    def _link(self, message_id: int) -> ActionLink:
        def link(kind: str, label: str, payload: str) -> str:
            return _action_link(kind, label, message_id, self._key, payload)

        return link

    def cards_html(
        self, message_id: int, cards: tuple[ToolCard, ...], expanded: frozenset[str]
    ) -> str:
        return plain_cards_html(cards, self._link(message_id), expanded)

    def output_html(self, message_id: int, output: CodeOutput) -> str:
        return plain_code_output_html(output, self._link(message_id))

    def can_stream(self) -> bool:
        return True

    @property
    def pending(self) -> int:
        return 0
