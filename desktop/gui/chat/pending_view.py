"""The transcript's stand-in until the window has painted once.

Building the QtWebEngine view (importing QtWebEngine and creating the view and its page)
costs ~0.1-0.15 s on a 2-core machine; the main window's ChatView builds it right after its
first paint instead of before, so the window shows sooner. Until then this stand-in takes
the backend's calls: the transcript's content lives in ChatView and is shown again on the
real backend, and the calls that are not content (status line, an edit, a search hit) are
kept here and replayed on it in order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QWidget

from desktop.core.i18n import translate
from desktop.render.message import MessageView
from desktop.render.tool_cards import CodeOutput, ToolCard


class _Blank(QWidget):
    painted = Signal()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.painted.emit()


class PendingTranscript(QObject):
    """Backend interface of WebTranscript/PlainTranscript; never ready, never fails.
    ``painted`` tells its owner that the window has painted (the stand-in is part of it)."""

    ready = Signal()
    failed = Signal(str)
    action = Signal(str, str, str)
    link = Signal(QUrl)
    painted = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.widget = _Blank(parent)
        self.widget.painted.connect(self.painted)
        self.widget.setObjectName("transcriptPending")
        self.widget.setAccessibleName(translate("ChatView", "Conversation transcript"))
        self._calls: list[Callable[[Any], object]] = []

    def replay(self, backend: Any) -> None:
        """Apply the kept calls to the backend that replaces this one."""
        for call in self._calls:
            call(backend)
        self._calls.clear()

    # Content: ChatView holds it and shows it again on the real backend.
    def set_theme(self, theme: str) -> None: ...
    def set_font_size(self, px: int) -> None: ...
    def show_welcome(self, html: str) -> None: ...
    def show_messages(self, messages: Sequence[MessageView]) -> None: ...
    def append(self, message: MessageView, body: str) -> None: ...
    def replace(self, message: MessageView, body: str, *, streaming: bool = False) -> None: ...
    def remove(self, message_id: int) -> None: ...

    # Not content: kept for the real backend.
    def set_status(self, text: str) -> None:
        self._calls.append(lambda backend: backend.set_status(text))

    def begin_edit(self, message_id: int, text: str, enter_sends: bool) -> None:
        self._calls.append(lambda backend: backend.begin_edit(message_id, text, enter_sends))

    def reveal(self, message_id: int, terms: Sequence[str]) -> None:
        self._calls.append(lambda backend: backend.reveal(message_id, terms))

    def is_following(self) -> bool:
        return True

    def cards_html(
        self, message_id: int, cards: tuple[ToolCard, ...], expanded: frozenset[str]
    ) -> str:
        return ""  # the body is rendered again for the real backend

    def output_html(self, message_id: int, output: CodeOutput) -> str:
        return ""

    def can_stream(self) -> bool:
        return False  # the real backend shows each stream as it is when it comes

    @property
    def pending(self) -> int:
        return 0
