"""The rich transcript: the chat page in a QWebEngineView, driven through ``qd.*`` calls.

Calls made before the page has loaded are queued and replayed. A long conversation opens
with its newest messages; earlier ones are added a slice at a time as the reader scrolls up,
so opening stays fast and no CPU goes on messages nobody looks at.
"""

from __future__ import annotations

import html
import json
import logging
import time
from collections.abc import Callable, Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtWebEngineCore import QWebEnginePage
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QWidget

from desktop.core.i18n import translate
from desktop.gui.chat.page import (
    PAGE_BASE_URL,
    ChatBridge,
    attach_bridge,
    build_page_html,
    js_call,
    message_html,
)
from desktop.render.message import MessageView
from desktop.render.tool_cards import CodeOutput, ToolCard, cards_html, code_output_html
from desktop.render.transcript import EXTRA_CSS, stats_with_notes, time_fields

log = logging.getLogger(__name__)

FIRST_MESSAGES_MIN = 16  # always shown at once when a conversation opens ...
FIRST_MESSAGES_MAX = 40  # ... and more, up to this many, while within the time budget
FIRST_BUDGET_S = 0.04
FILL_SLICE_S = 0.008  # GUI-thread time per slice of earlier messages
FILL_CHARS = 60_000  # HTML per prepend, so the page's own work per step stays short too
FILL_INTERVAL_MS = 15
FILL_POLL_MS = 200  # how often to ask whether the reader has scrolled near the top
LOAD_TIMEOUT_MS = 30_000
_Action = QWebEnginePage.WebAction
_HIDDEN_ACTIONS = (  # the context menu keeps Copy, Select all and Copy link address
    _Action.Back,
    _Action.Forward,
    _Action.Reload,
    _Action.ReloadAndBypassCache,
    _Action.Stop,
    _Action.ViewSource,
    _Action.SavePage,
    _Action.InspectElement,
    _Action.OpenLinkInThisWindow,
    _Action.OpenLinkInNewWindow,
    _Action.OpenLinkInNewTab,
    _Action.OpenLinkInNewBackgroundTab,
    _Action.DownloadLinkToDisk,
    _Action.DownloadImageToDisk,
    _Action.DownloadMediaToDisk,
)
_NEAR_TOP_JS = "(document.scrollingElement || document.documentElement).scrollTop < 2 * innerHeight"
# Prepend HTML above what is shown, keeping the reader's view (and the bottom) where it was.
_PREPEND_JS = (
    "(function (h) { var s = document.scrollingElement || document.documentElement;"
    " var fromBottom = s.scrollHeight - s.scrollTop;"
    " document.getElementById('messages').insertAdjacentHTML('afterbegin', h);"
    " s.scrollTop = s.scrollHeight - fromBottom; })({html}); qd.isFollowing()"
)


def article_html(message: MessageView, body: str) -> str:
    """One message's page markup; a dropped turn gets the ``dropped`` class (dimmed)."""
    time_text, time_iso = time_fields(message.created)
    html = message_html(
        str(message.id),
        message.role,
        body,
        author=message.author,
        time_text=time_text,
        time_iso=time_iso,
        stats=stats_with_notes(message),
        version=message.version,
        streaming=message.state == "streaming",
        error=message.error,
    )
    if message.dropped:
        html = html.replace('<article class="msg ', '<article class="msg dropped ', 1)
    return html


class TranscriptPage(QWebEnginePage):
    """Refuses every navigation but our own page loads; reports clicked links instead."""

    link_clicked = Signal(QUrl)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)  # the default (off-the-record) profile outlives every page
        self._expected_loads = 0

    def expect_load(self) -> None:
        """Allow the next ``setHtml`` (it navigates to a ``data:`` URL)."""
        self._expected_loads += 1

    def acceptNavigationRequest(
        self, url: QUrl | str, nav_type: QWebEnginePage.NavigationType, is_main_frame: bool
    ) -> bool:
        url = QUrl(url)
        if nav_type == QWebEnginePage.NavigationType.NavigationTypeLinkClicked:
            self.link_clicked.emit(url)
            return False
        if is_main_frame and self._expected_loads > 0 and url.scheme() == "data":
            self._expected_loads -= 1
            return True
        log.info("refused navigation to %s", url.toString()[:200])
        return False

    def javaScriptConsoleMessage(
        self, level: QWebEnginePage.JavaScriptConsoleMessageLevel, message: str, line: int, src: str
    ) -> None:
        log.debug("page console (%s) %s:%d: %s", level.name, src[:80], line, message)


class WebTranscript(QObject):
    """The web page behind ``ChatView``; ``failed`` says why it could not start or died."""

    ready = Signal()
    failed = Signal(str)
    action = Signal(str, str, str)  # kind, message id, payload, as the page sends them
    link = Signal(QUrl)

    def __init__(
        self,
        parent: QWidget,
        theme: str,
        font_px: int,
        body_of: Callable[[MessageView], str],
        lookup: Callable[[int], MessageView | None],
    ) -> None:
        super().__init__(parent)
        self._body_of = body_of
        self._lookup = lookup
        self._loaded = False
        self._queue: list[tuple[bool, str]] = []  # (is content, script) until loaded
        self._in_flight = 0
        self._stream_in_flight = 0
        self._following = True
        self._fill_ids: list[int] = []  # earlier messages not on the page yet, oldest first
        self._fill_set: set[int] = set()
        self._buffer: list[str] = []  # rendered earlier messages, newest first, not yet sent
        self._buffered: set[int] = set()
        self._buffer_chars = 0
        self._near_top = False
        self._probing = False
        self._fill_timer = QTimer(self, singleShot=True, interval=FILL_INTERVAL_MS)
        self._fill_timer.timeout.connect(self._on_fill_timer_timeout)
        self._load_timer = QTimer(self, singleShot=True, interval=LOAD_TIMEOUT_MS)
        self._load_timer.timeout.connect(self._on_load_timer_timeout)

        self.widget = QWebEngineView(parent)
        self.widget.setObjectName("chatWebView")
        self.widget.setAccessibleName(translate("WebTranscript", "Conversation transcript"))
        self.page = TranscriptPage(self.widget)  # deleted with the view, before any profile
        self.widget.setPage(self.page)
        for action in _HIDDEN_ACTIONS:
            self.page.action(action).setVisible(False)
        self.bridge = ChatBridge(self.page)
        attach_bridge(self.page, self.bridge)  # before the load, so the page finds it
        self.bridge.action_requested.connect(self.action)
        self.page.link_clicked.connect(self.link)
        self.page.loadFinished.connect(self._on_page_load_finished)
        self.page.renderProcessTerminated.connect(self._on_page_render_process_terminated)
        html = build_page_html(theme, font_px)
        html = html.replace("</head>", f'<style id="qd-chat-view">{EXTRA_CSS}</style>\n</head>', 1)
        self.page.expect_load()
        self._load_timer.start()
        self.widget.setHtml(html, QUrl(PAGE_BASE_URL))

    # ------------------------------------------------------------ page life

    def _on_page_load_finished(self, ok: bool) -> None:
        if self._loaded:
            return  # a refused navigation also ends in loadFinished(False)
        self._load_timer.stop()
        if not ok:
            self.failed.emit("the page did not load")
            return
        self._loaded = True
        queued, self._queue = self._queue, []
        for _content, script in queued:
            self._send(script)
        self.ready.emit()

    def _on_load_timer_timeout(self) -> None:
        if not self._loaded:
            self.failed.emit(f"the page did not load within {LOAD_TIMEOUT_MS // 1000} s")

    def _on_page_render_process_terminated(self, status: Any, code: int) -> None:
        name = getattr(status, "name", str(status))
        self.failed.emit(f"the page renderer stopped ({name}, exit code {code})")

    def _run(self, script: str, *, content: bool = True, stream: bool = False) -> None:
        """Run ``script`` (ending in ``qd.isFollowing()``) now, or once the page has loaded."""
        if not self._loaded:
            self._queue.append((content, script))
        else:
            self._send(script, stream=stream)

    def _send(self, script: str, *, stream: bool = False) -> None:
        self._in_flight += 1
        if stream:
            self._stream_in_flight += 1
        self.page.runJavaScript(
            script, 0, lambda result: self._on_script_done(result, stream=stream)
        )

    def _on_script_done(self, result: object, *, stream: bool) -> None:
        self._in_flight -= 1
        if stream:
            self._stream_in_flight -= 1
        if isinstance(result, bool):
            self._following = result

    # ------------------------------------------------------------ what ChatView calls

    def set_theme(self, theme: str) -> None:
        self._run(js_call("setTheme", theme) + "; qd.isFollowing()", content=False)

    def set_font_size(self, px: int) -> None:
        self._run(js_call("setFontSize", int(px)) + "; qd.isFollowing()", content=False)

    def set_status(self, text: str) -> None:
        self._run(js_call("setStatus", text) + "; qd.isFollowing()", content=False)

    def _set_content(self, html: str) -> None:
        self._stop_fill()
        self._queue = [(content, s) for content, s in self._queue if not content]
        self._run(js_call("setMessages", html) + "; qd.isFollowing()")

    def show_welcome(self, html: str) -> None:
        self._set_content(f'<div class="qd-welcome" dir="auto">{html}</div>')

    def show_messages(self, messages: Sequence[MessageView]) -> None:
        """Show the newest messages now; earlier ones follow as the reader scrolls up."""
        started = time.perf_counter()
        parts: list[str] = []
        index = len(messages)
        while index > 0 and (
            len(parts) < FIRST_MESSAGES_MIN
            or (len(parts) < FIRST_MESSAGES_MAX and time.perf_counter() - started < FIRST_BUDGET_S)
        ):
            index -= 1
            parts.append(self._article(messages[index]))
        parts.reverse()
        self._set_content("".join(parts))
        self._fill_ids = [message.id for message in messages[:index]]
        self._fill_set = set(self._fill_ids)
        if self._fill_ids:
            self._fill_timer.start()

    def _article(self, message: MessageView) -> str:
        return article_html(message, self._body_of(message))

    def append(self, message: MessageView, body: str) -> None:
        self._run(
            js_call("appendMessage", str(message.id), article_html(message, body))
            + "; qd.isFollowing()"
        )

    def replace(self, message: MessageView, body: str, *, streaming: bool = False) -> None:
        if message.id in self._fill_set:
            return  # not on the page yet; the fill renders its current state
        if message.id in self._buffered:
            self._send_fill_buffer()  # put the stale copy on the page, then replace it
        html = article_html(message, body)
        script = js_call("replaceMessage", str(message.id), html) + "; qd.isFollowing()"
        self._run(script, stream=streaming)

    def remove(self, message_id: int) -> None:
        if message_id in self._fill_set:
            self._fill_set.discard(message_id)
            self._fill_ids.remove(message_id)
            return
        if message_id in self._buffered:
            self._send_fill_buffer()
        self._run(js_call("removeMessage", str(message_id)) + "; qd.isFollowing()")

    def is_following(self) -> bool:
        return self._following

    def begin_edit(self, message_id: int, text: str, enter_sends: bool) -> None:
        """Turn a message of the user into an editor in place (see chat.js, editMessage)."""
        self._run(js_call("editMessage", str(message_id), text, enter_sends) + "; qd.isFollowing()")

    def reveal(self, message_id: int, terms: Sequence[str]) -> None:
        """Mark the terms in a message and scroll to the first (chat.js, revealMatch); an
        earlier message not on the page yet is put there first."""
        if message_id in self._fill_set:
            while self._fill_ids and message_id in self._fill_set:
                earlier = self._fill_ids.pop()
                self._fill_set.discard(earlier)
                message = self._lookup(earlier)
                if message is not None:
                    self._buffer.append(self._article(message))
                    self._buffered.add(earlier)
        if message_id in self._buffered:
            self._send_fill_buffer()
        script = js_call("revealMatch", str(message_id), list(terms))
        self._run(script + "; qd.isFollowing()")

    def cards_html(
        self, message_id: int, cards: tuple[ToolCard, ...], expanded: frozenset[str]
    ) -> str:
        return cards_html(cards, expanded)

    def output_html(self, message_id: int, output: CodeOutput) -> str:
        stop = ""
        stop_label = html.escape(translate("Transcript", "Stop this code"))
        stop_text = html.escape(translate("Transcript", "Stop"))
        if output.running:
            stop = (
                '<button type="button" class="code-stop" data-action="stop-code" '
                f'data-payload="{output.index}" aria-label="{stop_label}">{stop_text}</button>'
            )
        return code_output_html(output, stop=stop)

    def can_stream(self) -> bool:
        """False while the previous streaming update is still being applied by the page."""
        return self._stream_in_flight == 0

    @property
    def pending(self) -> int:
        return len(self._fill_ids) + len(self._buffered)

    # ------------------------------------------------------------ earlier messages

    def _stop_fill(self) -> None:
        self._fill_timer.stop()
        self._near_top = False
        self._fill_ids, self._fill_set = [], set()
        self._buffer, self._buffered, self._buffer_chars = [], set(), 0

    def _on_fill_timer_timeout(self) -> None:
        """Keep one slice of earlier messages rendered; add it once the reader nears the top."""
        if not (self._fill_ids or self._buffer):
            return
        if not self._loaded or self._in_flight or self._probing:
            self._fill_timer.start(FILL_INTERVAL_MS)  # let the page finish what it has first
            return
        deadline = time.perf_counter() + FILL_SLICE_S
        while self._fill_ids and time.perf_counter() < deadline and self._buffer_chars < FILL_CHARS:
            message_id = self._fill_ids.pop()
            self._fill_set.discard(message_id)
            message = self._lookup(message_id)
            if message is not None:
                self._buffer.append(self._article(message))
                self._buffered.add(message_id)
                self._buffer_chars += len(self._buffer[-1])
        full = self._buffer_chars >= FILL_CHARS or not self._fill_ids
        if self._near_top and full:
            self._near_top = False  # ask again once this slice is on the page
            self._send_fill_buffer()
            self._fill_timer.start(FILL_INTERVAL_MS)
        elif not full:
            self._fill_timer.start(FILL_INTERVAL_MS)  # render ahead, a slice at a time
        else:
            self._probing = True
            self.page.runJavaScript(_NEAR_TOP_JS, 0, self._on_fill_probe_done)

    def _on_fill_probe_done(self, near_top: object) -> None:
        if not shiboken6.isValid(self._fill_timer):
            return  # the page answered while the view was being deleted
        self._probing = False
        self._near_top = near_top is True
        self._fill_timer.start(FILL_INTERVAL_MS if self._near_top else FILL_POLL_MS)

    def _send_fill_buffer(self) -> None:
        html = json.dumps("".join(reversed(self._buffer)), ensure_ascii=False)
        self._buffer, self._buffered, self._buffer_chars = [], set(), 0
        self._run(_PREPEND_JS.replace("{html}", html))
