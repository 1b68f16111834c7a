"""A slim notice bar above the transcript: a plain message and up to three actions."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class Banner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setAccessibleName("Notice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#banner { background: palette(alternate-base); border-radius: 6px; }")
        self.label = QLabel()
        self.label.setObjectName("bannerText")
        self.label.setWordWrap(True)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(10, 6, 6, 6)
        self._layout.addWidget(self.label, 1)
        self._buttons: list[QPushButton] = []
        close = QPushButton("✕")
        close.setObjectName("bannerClose")
        close.setAccessibleName("Dismiss notice")
        close.setFlat(True)
        close.clicked.connect(self.hide)
        self._close = close
        self._layout.addWidget(close)
        self.hide()

    def show_message(
        self, text: str, actions: Sequence[tuple[str, Callable[[], None]]] = ()
    ) -> None:
        """Show ``text`` (empty hides the banner) with buttons that run ``actions``."""
        for button in self._buttons:
            self._layout.removeWidget(button)
            button.deleteLater()
        self._buttons = []
        if not text:
            self.hide()
            return
        self.label.setText(text)
        for label, callback in actions:
            button = QPushButton(label)
            button.setObjectName(f"bannerAction{len(self._buttons)}")
            button.setAccessibleName(label)
            button.clicked.connect(self.hide)
            # clicked(bool) would hand `checked` to a callback with a default first argument.
            button.clicked.connect(lambda _checked=False, run=callback: run())
            self._layout.insertWidget(self._layout.count() - 1, button)
            self._buttons.append(button)
        self.show()

    def buttons(self) -> list[QPushButton]:
        return list(self._buttons)
