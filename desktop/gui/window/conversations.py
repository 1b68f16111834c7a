"""The shown chat in the main window: a new chat, the sidebar's picks and search hits, the
transcript's message actions (regenerate, edit, versions, delete, citations), sending from the
composer, and the chat options the composer shows.

The window connects the sidebar's, the transcript's, the composer's and the chat controller's
signals here; the conversation logic itself is the controller's.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop.chat.options import ChatOptions
from desktop.core.i18n import translate
from desktop.engines.base import ThinkingMode
from desktop.gui.window.texts import READY, WELCOME

if TYPE_CHECKING:
    from desktop.gui.window.main_window import MainWindow


class Conversations(QObject):
    """Which chat the window shows, and what its parts ask of it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def new_chat(self) -> None:
        window = self.window
        window.show_chat()
        window.controller.show_conversation(None)
        window.sidebar.select(None)
        self.show_ready()
        window.composer.focus_input()

    def show_ready(self) -> None:
        """The empty-chat page: which model is ready and what to try."""
        chat_view = self.window.chat_view
        model = self.window.model
        if model is None:
            chat_view.show_welcome(translate("Welcome", WELCOME))
            return
        thinking = ""
        if model.thinking.value == "hybrid":
            thinking = translate("Welcome", "; switch <b>Thinking</b> on for harder questions")
        ready = translate("Welcome", READY)
        chat_view.show_welcome(ready.format(name=html.escape(model.name), thinking=thinking))

    def open(self, conversation_id: int) -> None:
        """Show a chat (picked in the sidebar, restored from the trash, imported)."""
        self.window.show_chat()
        self.window.controller.show_conversation(conversation_id)

    # -- the sidebar -----------------------------------------------------------------------

    def on_sidebar_match_chosen(
        self, conversation_id: int, message_id: int, terms: list[str]
    ) -> None:
        """A search hit: show its chat (if not yet), then scroll to the match and mark it."""
        window = self.window
        if window.controller.conversation_id != conversation_id:
            self.open(conversation_id)
        window.show_chat()
        words = [str(term) for term in terms]
        shown = window.controller.show_match(message_id, words)
        if shown:
            window.chat_view.reveal_match(shown, words)

    def on_sidebar_conversation_deleted(self, conversation_id: int) -> None:
        if conversation_id == self.window.controller.conversation_id:
            self.window.new_chat()

    # -- the chat controller ---------------------------------------------------------------

    def on_controller_conversations_changed(self, _conversation_id: int) -> None:
        """A chat changed (a reply, a title): the list shows it, highlighting the open one
        (a reply ending in a chat left meanwhile must not move the highlight there)."""
        self.window.sidebar.refresh(self.window.controller.conversation_id)

    def on_controller_options_changed(self, options: ChatOptions) -> None:
        composer = self.window.composer
        composer.set_preset(options.preset, options.system_prompt)
        composer.set_thinking(options.thinking is not ThinkingMode.OFF)
        composer.set_budget(options.thinking_budget)
        composer.set_sampling(options.sampling, options.max_tokens)

    def on_controller_message_trashed(self, message_id: int) -> None:
        controller = self.window.controller
        self.window.banner.show_message(
            translate(
                "MainWindow",
                "Message deleted (with what followed it). It stays in the trash until you "
                "empty it.",
            ),
            [(translate("MainWindow", "Undo"), lambda: controller.restore(message_id))],
        )

    # -- the composer and the transcript ---------------------------------------------------

    def on_composer_send_requested(self, text: str) -> None:
        if self.window.controller.send(text):
            self.window.composer.set_text("")

    def on_chat_view_action_requested(self, kind: str, message_id: int, payload: str) -> None:
        controller = self.window.controller
        if kind == "regenerate":
            controller.regenerate(message_id)
        elif kind == "edit":
            self._edit_message(message_id)
        elif kind == "edit-save":
            self._save_edit(message_id, payload)
        elif kind in ("version-prev", "version-next"):
            controller.switch_version(message_id, -1 if kind == "version-prev" else 1)
        elif kind == "delete":
            controller.delete(message_id)
        elif kind == "cite":
            self.window.documents.show_citation(message_id, payload)

    def _edit_message(self, message_id: int) -> None:
        """Edit in place in the transcript; Save & resend comes back as "edit-save"."""
        window = self.window
        message = window.state.history.get_message(message_id)
        window.chat_view.edit_message(message_id, message.content, window.settings.enter_to_send)

    def _save_edit(self, message_id: int, text: str) -> None:
        window = self.window
        if window.controller.generating:
            window._show_notice(
                translate("MainWindow", "Stop the reply (Esc) before resending an edited message.")
            )
            return
        if text.strip() and text.strip() != window.state.history.get_message(message_id).content:
            window.controller.edit(message_id, text)
