"""The window's banner above the transcript: the shared :class:`Notice` under the names the
window and its tests use (``banner``, ``bannerText``, ``bannerAction0``…)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.gui.widgets.notice import Notice


class Banner(Notice):
    """A notice whose messages may carry escaped HTML (the window escapes what it shows)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("banner", rich_text=True, parent=parent)
