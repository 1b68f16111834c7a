"""Keyboard-only use of the main window: the Tab order and F6 / Shift+F6 between panes.

Tab goes the way the eye reads the window: New chat, the chat search, the chat list, the
transcript (Tab then walks its message buttons inside the page and leaves it at the end),
the message box, its switches, Send, and the model picker. F6 jumps a whole pane at a time,
as in browsers and mail programs: chats -> transcript -> message box -> chats, or to the
Library page when it is shown in place of the chat.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from desktop.gui.window.main_window import MainWindow


def tab_chain(window: MainWindow) -> list[QWidget]:
    """The main window's focus chain, in order (hidden widgets are skipped by Qt)."""
    sidebar, composer = window.sidebar, window.composer
    chain: list[QWidget] = [sidebar.new_chat_button, sidebar.search_box]
    chain += [sidebar.conversation_list, sidebar.search_results, window.chat_view]
    chain += [composer.input, composer.thinking_toggle, composer.budget_spin]
    chain += [composer.preset_combo, window.tools_bar.math_python, composer.send_button]
    chain.append(composer.model_combo)
    return chain


def set_tab_order(window: MainWindow) -> None:
    for first, second in itertools.pairwise(tab_chain(window)):
        QWidget.setTabOrder(first, second)


def panes(window: MainWindow) -> list[QWidget]:
    """Where F6 goes, in order: the sidebar's list (or its search box when no list shows),
    then the transcript and the message box, or the page shown in place of the chat."""
    sidebar = window.sidebar
    lists = (sidebar.conversation_list, sidebar.search_results)
    chats: QWidget = next((view for view in lists if view.isVisible()), sidebar.search_box)
    page = window.stack.currentWidget()
    if page is window.chat_page or page is None:
        return [chats, window.chat_view, window.composer.input]
    return [chats, page]


def cycle(window: MainWindow, step: int) -> QWidget:
    """Move the focus to the next (``step`` 1) or previous (-1) pane; returns it."""
    order = panes(window)
    focused = QApplication.focusWidget()
    current = next(
        (i for i, pane in enumerate(order) if focused is not None and _within(focused, pane)),
        -1 if step > 0 else 0,
    )
    target = order[(current + step) % len(order)]
    if target is window.stack.currentWidget() and target.focusProxy() is None:
        target.focusNextChild()  # a page: its first control
        inner = target.focusWidget()
        if inner is not None and _within(inner, target):
            inner.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return inner
    target.setFocus(Qt.FocusReason.ShortcutFocusReason)
    return target


def _within(widget: QWidget, pane: QWidget) -> bool:
    proxy = pane.focusProxy()
    return (
        widget is pane
        or pane.isAncestorOf(widget)
        or (proxy is not None and (widget is proxy or proxy.isAncestorOf(widget)))
    )
