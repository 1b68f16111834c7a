"""The one notice widget: a message across the full width, up to three actions, a dismiss
button, an optional timeout, and a kind (info, warning, error) that sets its colours.

Used by the window's banner, the composer, the sidebar's "Chat deleted · Undo" and the
Library page. The text has a line of its own (the actions sit below it), so a long
explanation wraps across the whole bar instead of into a narrow column beside the buttons.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.core.i18n import translate
from desktop.gui import announce

MAX_ACTIONS = 3


class NoticeKind(enum.StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True)
class NoticeAction:
    """A button on a notice; ``name`` is its objectName (default ``<notice>Action<i>``)."""

    label: str
    callback: Callable[[], None]
    name: str = ""
    accessible: str = ""


Action = NoticeAction | tuple[str, Callable[[], None]]


def _style(name: str) -> str:
    return f"""
QFrame#{name} {{ border-radius: 6px; background: palette(alternate-base);
  border: 1px solid palette(midlight); }}
QFrame#{name}[kind="warning"] {{ background: #fff4d6; border: 1px solid #d9b44a; }}
QFrame#{name}[kind="warning"] QLabel {{ color: #5c4300; }}
QFrame#{name}[kind="error"] {{ background: #fbe9e7; border: 1px solid #e0a39a; }}
QFrame#{name}[kind="error"] QLabel {{ color: #7a1c12; }}
"""


class Notice(QFrame):
    """A message bar. :meth:`show_message` with an empty text hides it."""

    dismissed = Signal()  # the user closed it (✕)
    expired = Signal()  # it hid itself when its timeout ran out

    def __init__(
        self,
        name: str = "notice",
        accessible_name: str = "",
        *,
        timeout_ms: int = 0,
        rich_text: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """``timeout_ms`` > 0 hides every message after that long unless a call says
        otherwise; ``rich_text`` lets callers pass escaped HTML (the window's banner);
        ``accessible_name`` defaults to "Notice"."""
        super().__init__(parent)
        accessible_name = accessible_name or translate("Notice", "Notice")
        self._name = name
        self.setObjectName(name)
        self.setAccessibleName(accessible_name)
        self.setStyleSheet(_style(name))
        self.setProperty("kind", NoticeKind.INFO.value)
        # As tall as its text needs, never stretched by the layout it sits in.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.label = QLabel()
        self.label.setObjectName(f"{name}Text")
        self.label.setAccessibleName(accessible_name)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.AutoText if rich_text else Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Take the width the bar has; the height follows from the wrapping.
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.close_button = QPushButton("✕")
        self.close_button.setObjectName(f"{name}Close")
        self.close_button.setAccessibleName(translate("Notice", "Dismiss the message"))
        self.close_button.setToolTip(translate("Notice", "Dismiss"))

        self.close_button.setFlat(True)
        self.close_button.setMaximumWidth(32)  # a flat button is 80 px wide by default
        self.close_button.clicked.connect(self._on_close_button_clicked)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 6, 6, 6)
        outer.setSpacing(4)
        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.label, 1)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(top)
        self.actions_box = QWidget()  # hidden while there is no action
        self._actions_row = QHBoxLayout(self.actions_box)
        self._actions_row.setContentsMargins(0, 0, 0, 0)
        self._actions_row.setSpacing(6)
        self._actions_row.addStretch(1)
        self.actions_box.hide()
        outer.addWidget(self.actions_box)
        self._buttons: list[QPushButton] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(timeout_ms)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.hide()

    # --- public API -----------------------------------------------------------------------

    def show_message(
        self,
        text: str,
        actions: Sequence[Action] = (),
        *,
        kind: NoticeKind | str = NoticeKind.INFO,
        timeout_ms: int | None = None,
    ) -> None:
        """Show ``text`` (empty hides the bar) with a button per action (three at most);
        ``timeout_ms``: None keeps the bar's own timeout, 0 means no timeout."""
        self._clear_buttons()
        self.timer.stop()
        if not text:
            self.hide()
            return
        if len(actions) > MAX_ACTIONS:
            raise ValueError(f"a notice has at most {MAX_ACTIONS} actions, not {len(actions)}")
        self.label.setText(text)
        self._set_kind(NoticeKind(kind))
        for index, action in enumerate(actions):
            self._add_button(index, _as_action(action))
        self.actions_box.setVisible(bool(self._buttons))
        self.show()
        if self.kind is NoticeKind.ERROR:  # screen readers say an error once, at once
            plain = QTextDocumentFragment.fromHtml(text).toPlainText()
            announce.announce(plain, self, assertive=True)
        wait = self.timer.interval() if timeout_ms is None else timeout_ms
        if wait > 0:
            self.timer.start(wait)

    def text(self) -> str:
        return self.label.text()

    @property
    def kind(self) -> NoticeKind:
        return NoticeKind(str(self.property("kind")))

    def buttons(self) -> list[QPushButton]:
        """The action buttons, in order (not the dismiss button)."""
        return list(self._buttons)

    def dismiss(self) -> None:
        """Hide the bar now (no signal: the caller knows)."""
        self.timer.stop()
        self.hide()

    # --- internals ------------------------------------------------------------------------

    def _set_kind(self, kind: NoticeKind) -> None:
        if self.property("kind") != kind.value:
            self.setProperty("kind", kind.value)
            self.style().unpolish(self)
            self.style().polish(self)
            self.label.style().unpolish(self.label)  # no buttons yet: show_message adds them after
            self.label.style().polish(self.label)

    def _add_button(self, index: int, action: NoticeAction) -> None:
        button = QPushButton(action.label)
        button.setObjectName(action.name or f"{self._name}Action{index}")
        button.setAccessibleName(action.accessible or action.label)
        button.clicked.connect(self.dismiss)  # the bar goes first: the callback may reuse it
        # clicked(bool) would hand `checked` to a callback with a default first argument.
        button.clicked.connect(lambda _checked=False, run=action.callback: run())
        self._actions_row.insertWidget(index, button)
        self._buttons.append(button)

    def _clear_buttons(self) -> None:
        for button in self._buttons:
            self._actions_row.removeWidget(button)
            button.hide()
            button.deleteLater()
        self._buttons = []

    def _on_close_button_clicked(self) -> None:
        self.dismiss()
        self.dismissed.emit()

    def _on_timer_timeout(self) -> None:
        self.hide()
        self.expired.emit()


def _as_action(action: Action) -> NoticeAction:
    if isinstance(action, NoticeAction):
        return action
    label, callback = action
    return NoticeAction(label, callback)
