"""The chat window's transcript widget: rich (QtWebEngine) or plain (QTextBrowser) view.

The window hands it :class:`MessageView` data. While a reply streams, deltas accumulate and
a 50 ms timer re-renders only that message, incrementally, and swaps it into the page.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from desktop.core.i18n import translate
from desktop.gui.chat.pending_view import PendingTranscript
from desktop.gui.chat.plain_view import PlainTranscript
from desktop.gui.rendering import stream_interval_ms
from desktop.render.message import MessageView
from desktop.render.tool_cards import CodeOutput, ToolCard, with_code_outputs
from desktop.render.transcript import (
    THINKING_ACTIVE,
    HtmlCache,
    body_html,
    is_large,
    message_thinking_summary,
    thinking_summary,
)

if TYPE_CHECKING:
    from desktop.gui.chat.web_view import WebTranscript
    from desktop.render.markdown import ReplyRenderer

__all__ = ["ChatView", "MessageView"]

log = logging.getLogger(__name__)

STREAM_INTERVAL_MS = stream_interval_ms()
EXTERNAL_SCHEMES = frozenset({"http", "https", "mailto"})


def _new_renderer() -> ReplyRenderer:
    from desktop.render.markdown import ReplyRenderer  # loaded with the first streamed reply

    return ReplyRenderer()


@dataclass
class _Stream:
    """A reply being streamed: its texts so far and its incremental renderer."""

    message: MessageView
    answer: list[str]
    thinking: list[str]
    renderer: ReplyRenderer = field(default_factory=_new_renderer)
    thinking_started: float | None = None
    thinking_ended: float | None = None
    dirty: bool = False
    shown: bool = False  # some text of it is on the page

    def thinking_seconds(self) -> float | None:
        if self.thinking_started is None:
            return None
        return (self.thinking_ended or time.monotonic()) - self.thinking_started

    def body(self) -> str:
        """The message body for the texts so far: thinking open and live until the answer."""
        answer, thinking = "".join(self.answer), "".join(self.thinking)
        self.answer, self.thinking = [answer], [thinking]
        if not thinking.strip():
            return self.renderer.update(answer, thinking_active=False)
        if not answer:
            return self.renderer.update(
                answer,
                thinking,
                translate("Transcript", THINKING_ACTIVE),
                thinking_open=True,
                thinking_active=True,
            )
        summary = thinking_summary(self.thinking_seconds(), None)
        return self.renderer.update(
            answer, thinking, summary, thinking_open=False, thinking_active=False
        )


TOOL_ACTIONS = frozenset({"tool-approve", "run-code", "stop-code"})  # for the controller


class ChatView(QWidget):
    """The conversation transcript. Calls made before ``ready`` are queued and replayed."""

    action_requested = Signal(str, int, str)  # kind, message id, payload
    tool_action = Signal(str, int, str)  # approve a call, run or stop a code block
    ready = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        theme: str = "light",
        font_px: int = 15,
        use_webengine: bool | None = None,
        defer_rich: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chatView")
        self.setAccessibleName(translate("ChatView", "Conversation transcript"))
        self._theme = theme
        self._font_px = font_px
        self._messages: dict[int, MessageView] = {}  # in display order
        self._streams: dict[int, _Stream] = {}
        self._welcome: str | None = None
        self._cache = HtmlCache()
        self._outputs: dict[int, dict[int, CodeOutput]] = {}  # Run button results by block
        self._expanded: set[str] = set()  # tool cards opened with "Show all"
        self._is_ready = False
        self._timer = QTimer(self, singleShot=True, interval=STREAM_INTERVAL_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._backend: WebTranscript | PlainTranscript | PendingTranscript
        self._plain_reason = translate("ChatView", "turned off") if use_webengine is False else ""
        if defer_rich and not self._plain_reason:
            pending = PendingTranscript(self)  # the web view comes after the first paint
            pending.painted.connect(
                self._on_pending_painted, Qt.ConnectionType.SingleShotConnection
            )
            self._attach(pending)
        else:
            self._attach(self._build_backend())

    # ------------------------------------------------------------ backend

    def _build_backend(self) -> WebTranscript | PlainTranscript:
        """The web transcript, or the plain one when it is turned off or cannot load."""
        reason = self._plain_reason
        if not reason:
            try:
                from desktop.gui.chat.web_view import WebTranscript
            except ImportError as exc:  # PySide6's WebEngine add-on missing or broken
                reason = translate("ChatView", "QtWebEngine could not be loaded ({error})").format(
                    error=exc
                )
            else:
                return WebTranscript(
                    self, self._theme, self._font_px, self._body, self._messages.get
                )
        return PlainTranscript(self, reason, self._theme, self._font_px, self._body)

    def _on_pending_painted(self) -> None:  # the first paint only
        QTimer.singleShot(0, self, self._on_first_paint)  # once this paint is on screen

    def _on_first_paint(self) -> None:
        pending = self._backend
        if isinstance(pending, PendingTranscript):
            self._swap_backend(self._build_backend())
            pending.replay(self._backend)

    def _attach(self, backend: WebTranscript | PlainTranscript | PendingTranscript) -> None:
        self._backend = backend
        self._layout.addWidget(backend.widget)
        self.setFocusProxy(backend.widget)  # F6 and Tab reach the page or the plain view
        (backend.widget.focusProxy() or backend.widget).setAccessibleDescription(
            translate(
                "ChatView",
                "The messages, as a list. Tab reaches each message's buttons; "
                "F6 moves to the message box.",
            )
        )
        backend.ready.connect(self._on_backend_ready)
        backend.failed.connect(self._on_backend_failed)
        backend.action.connect(self._on_backend_action)
        backend.link.connect(self._on_backend_link)

    def _swap_backend(self, backend: WebTranscript | PlainTranscript) -> None:
        """Put ``backend`` in place of the current one and show the transcript again there."""
        old = self._backend
        focused = QApplication.focusWidget()
        had_focus = focused is not None and (
            focused is old.widget or old.widget.isAncestorOf(focused)
        )
        old.widget.hide()
        self._layout.removeWidget(old.widget)
        old.widget.deleteLater()  # a web view takes its page with it
        old.deleteLater()
        self._attach(backend)
        if self._welcome is not None:
            backend.show_welcome(self._welcome)
        else:
            backend.show_messages(list(self._messages.values()))
        if had_focus:
            backend.widget.setFocus()

    def _on_backend_ready(self) -> None:
        if not self._is_ready:
            self._is_ready = True
            self.ready.emit()

    def _on_backend_failed(self, reason: str) -> None:
        """Put the plain view in place of the web one and show it all again there."""
        if not isinstance(self._backend, PlainTranscript):
            log.warning("rich transcript failed: %s", reason)
            self._swap_backend(
                PlainTranscript(self, reason, self._theme, self._font_px, self._body)
            )

    def _on_backend_action(self, kind: str, message_id: str, payload: str) -> None:
        if kind == "copy-text":
            QGuiApplication.clipboard().setText(payload)
            return
        if kind == "link":
            self._on_backend_link(QUrl(payload))
            return
        try:
            number = int(message_id)
        except ValueError:
            log.info("ignored %r action for message %r", kind, message_id)
            return
        if number not in self._messages:  # only messages of the shown conversation
            log.info("ignored %r action for a message not shown (%r)", kind, number)
            return
        if kind == "tool-show-all":
            self._expanded ^= {payload}
            self._rerender(number)
            return
        if kind in TOOL_ACTIONS:
            self.tool_action.emit(kind, number, payload)
            return
        if kind == "copy":
            QGuiApplication.clipboard().setText(self.message_text(number))
        self.action_requested.emit(kind, number, payload)

    def _on_backend_link(self, url: QUrl) -> None:
        """Open a link the user clicked in the system browser; other schemes are ignored."""
        if url.scheme().lower() in EXTERNAL_SCHEMES:
            QDesktopServices.openUrl(url)
        else:
            log.info("not opening link %s", url.toString()[:200])

    def _body(self, message: MessageView) -> str:
        """A message's body HTML: the live one while it streams, else cached by content; the
        output of code blocks that were run and the tool-call cards go with it."""
        stream = self._streams.get(message.id)
        body = stream.body() if stream is not None else self._cache.get(message, body_html)
        outputs = self._outputs.get(message.id)
        if outputs:
            backend = self._backend
            body = with_code_outputs(
                body, {i: backend.output_html(message.id, o) for i, o in outputs.items()}
            )
        if message.tools:
            expanded = frozenset(c.call_id for c in message.tools if c.call_id in self._expanded)
            body += self._backend.cards_html(message.id, message.tools, expanded)
        return body

    def _rerender(self, message_id: int) -> None:
        message = self._messages.get(message_id)
        if message is None:
            return
        stream = self._streams.get(message_id)
        if stream is not None:
            stream.message = message
            self._mark_dirty(stream)
        else:
            self._backend.replace(message, self._body(message))

    # ------------------------------------------------------------ tool calls and code runs

    def set_tool_card(self, message_id: int, card: ToolCard) -> None:
        """Show (or update, by its call id) a tool-call card under a message."""
        message = self._messages.get(message_id)
        if message is None:
            return
        cards = list(message.tools)
        at = next((i for i, c in enumerate(cards) if c.call_id == card.call_id), None)
        if at is None:
            cards.append(card)
        else:
            cards[at] = card
        self._messages[message_id] = replace(message, tools=tuple(cards))
        self._rerender(message_id)

    def tool_card(self, message_id: int, call_id: str) -> ToolCard | None:
        message = self._messages.get(message_id)
        cards = message.tools if message is not None else ()
        return next((c for c in cards if c.call_id == call_id), None)

    def set_code_output(self, message_id: int, output: CodeOutput) -> None:
        """Show what a code block's Run button produced, under that block."""
        if message_id in self._messages:
            self._outputs.setdefault(message_id, {})[output.index] = output
            self._rerender(message_id)

    def code_output(self, message_id: int, index: int) -> CodeOutput | None:
        return self._outputs.get(message_id, {}).get(index)

    def streaming_ids(self) -> list[int]:
        """The messages being streamed now."""
        return list(self._streams)

    # ------------------------------------------------------------ the window's calls

    def set_theme(self, theme: str) -> None:
        """Switch the page between "light" and "dark" (also "system") without reloading."""
        self._theme = theme
        self._backend.set_theme(theme)

    def set_font_size(self, px: int) -> None:
        self._font_px = px
        self._backend.set_font_size(px)

    def set_status(self, text: str) -> None:
        """The page's live status line (screen readers read it once): how a reply ended."""
        self._backend.set_status(text)

    def show_welcome(self, html: str) -> None:
        """Show first-run content (trusted HTML) in place of the transcript."""
        self._timer.stop()
        self._messages.clear()
        self._streams.clear()
        self._welcome = html
        self._backend.show_welcome(html)

    def set_messages(self, messages: Sequence[MessageView]) -> None:
        """Show a whole conversation; a stream of a message still in it keeps going."""
        self._welcome = None
        self._messages.clear()
        self._messages.update((message.id, message) for message in messages)
        self._outputs = {k: v for k, v in self._outputs.items() if k in self._messages}
        self._streams = {
            key: stream
            for key, stream in self._streams.items()
            if key in self._messages and self._messages[key].state == "streaming"
        }
        for key, stream in self._streams.items():
            stream.message = self._messages[key]
        self._backend.show_messages(messages)

    def append_message(self, message: MessageView) -> None:
        if message.id in self._messages:
            self.update_message(message)
            return
        if self._welcome is not None:
            self._welcome = None
            self._backend.show_messages([])  # the welcome page goes
        self._messages[message.id] = message
        self._backend.append(message, self._body(message))

    def update_message(self, message: MessageView) -> None:
        """Show a changed finished message (e.g. another version); it ends any stream of it."""
        if message.id not in self._messages:
            self.append_message(message)
            return
        self._streams.pop(message.id, None)
        self._messages[message.id] = message
        self._backend.replace(message, self._body(message))

    def remove_message(self, message_id: int) -> None:
        self._streams.pop(message_id, None)
        if self._messages.pop(message_id, None) is not None:
            self._backend.remove(message_id)

    def begin_stream(self, message: MessageView) -> None:
        """Start showing an assistant reply that is being generated."""
        message = replace(message, state="streaming")
        stream = _Stream(message, [message.text], [message.thinking])
        if message.thinking:
            stream.thinking_started = time.monotonic()
        if message.id in self._messages:
            self._messages[message.id] = message
            self._streams[message.id] = stream
            self._backend.replace(message, self._body(message), streaming=True)
        else:
            self._streams[message.id] = stream
            self.append_message(message)

    def stream_thinking(self, message_id: int, delta: str) -> None:
        stream = self._streams.get(message_id)
        if stream is None or not delta:
            return
        if stream.thinking_started is None:
            stream.thinking_started = time.monotonic()
        stream.thinking.append(delta)
        self._mark_dirty(stream)

    def stream_text(self, message_id: int, delta: str) -> None:
        stream = self._streams.get(message_id)
        if stream is None or not delta:
            return
        if stream.thinking_started is not None and stream.thinking_ended is None:
            stream.thinking_ended = time.monotonic()
        stream.answer.append(delta)
        self._mark_dirty(stream)

    def _mark_dirty(self, stream: _Stream) -> None:
        stream.dirty = True
        if not stream.shown:  # the first text goes out at once: time to first token
            stream.shown = True
            self._timer.start(0)
        elif not self._timer.isActive():
            self._timer.start(STREAM_INTERVAL_MS)

    def _on_timer_timeout(self) -> None:
        if isinstance(self._backend, PendingTranscript):
            return  # the page built after the first paint shows the streams as they are then
        if not self._backend.can_stream():
            self._timer.start(15)  # the page is still applying the last update: look again soon
            return
        for stream in self._streams.values():
            if stream.dirty:
                stream.dirty = False
                self._backend.replace(stream.message, self._body(stream.message), streaming=True)

    def end_stream(self, message: MessageView) -> None:
        """Show the finished reply with its stats; the thinking collapses to its summary."""
        if message.state == "streaming":
            message = replace(message, state="complete")
        stream = self._streams.pop(message.id, None)
        if stream is None or message.id not in self._messages:
            self.update_message(message)
            return
        if stream.thinking_started is not None and stream.thinking_ended is None:
            stream.thinking_ended = time.monotonic()
        measured = stream.thinking_seconds()
        if is_large(message):
            body = body_html(message, measured)
        else:
            summary = message_thinking_summary(message, measured) if message.thinking else ""
            stream.renderer.update(message.text, message.thinking, summary, thinking_open=False)
            body = body_html(message, measured, reply=stream.renderer.finish(summary))
        self._cache.put(message, body)
        self._messages[message.id] = message
        self._backend.replace(message, self._body(message))

    def message_text(self, message_id: int) -> str:
        """The text a "copy" puts on the clipboard: the answer so far, without thinking."""
        stream = self._streams.get(message_id)
        if stream is not None:
            return "".join(stream.answer)
        message = self._messages.get(message_id)
        return message.text if message is not None else ""

    def edit_message(self, message_id: int, text: str, enter_sends: bool = True) -> None:
        """Edit a message of the user in the transcript (multi-line; Esc cancels). Saving
        emits ``action_requested("edit-save", id, text)``."""
        if message_id in self._messages:
            self._backend.begin_edit(message_id, text, enter_sends)

    def reveal_match(self, message_id: int, terms: Sequence[str]) -> None:
        """Scroll to a search hit in a message and mark the matching words."""
        if message_id in self._messages:
            self._backend.reveal(message_id, terms)

    def is_following(self) -> bool:
        """Whether new text is kept in view (False once the reader has scrolled up)."""
        return self._backend.is_following()

    # ------------------------------------------------------------ for benchmarks and tests

    @property
    def is_rich(self) -> bool:
        """Whether the web (rich) transcript is in use rather than the plain fallback."""
        return not isinstance(self._backend, PlainTranscript)

    @property
    def pending_messages(self) -> int:
        """Earlier messages of a long conversation still being added above the newest."""
        return self._backend.pending
