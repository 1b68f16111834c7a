"""What the transcript's message buttons do to the shown chat: regenerate, edit and resend,
switch versions (or show the versions that lead to a search hit), delete to the trash, restore.

Each acts only on a message of the shown conversation; versions do not switch and nothing is
deleted while a reply streams.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop.core.history import HistoryError, Message

if TYPE_CHECKING:
    from desktop.gui.chat.controller import ChatController

log = logging.getLogger(__name__)


def shown_message(controller: ChatController, message_id: int) -> Message | None:
    """The message if it belongs to the shown conversation (actions act only there)."""
    try:
        message = controller.chat.store.get_message(message_id)
    except HistoryError as exc:
        controller.notice.emit(str(exc))
        return None
    if message.conversation_id != controller.conversation_id:
        log.warning("ignored an action on message %d of another conversation", message_id)
        return None
    return message


def regenerate(controller: ChatController, message_id: int) -> None:
    if shown_message(controller, message_id) is not None:
        controller.replies.run(
            lambda signals: controller.chat.regenerate(message_id, controller.options, signals)
        )


def edit(controller: ChatController, message_id: int, text: str) -> None:
    if shown_message(controller, message_id) is not None:
        controller.replies.run(
            lambda signals: controller.chat.edit(message_id, text, controller.options, signals)
        )


def switch_version(controller: ChatController, message_id: int, step: int) -> None:
    message = None if controller.generating else shown_message(controller, message_id)
    if message is None:
        return
    try:
        versions = message.versions
        if message_id not in versions:
            return
        target = versions[(versions.index(message_id) + step) % len(versions)]
        controller.chat.store.select_version(target)
    except HistoryError as exc:
        controller.notice.emit(str(exc))
    controller.refresh()


def show_branch_of(controller: ChatController, message_id: int) -> bool:
    """Make the thread shown pass through ``message_id`` (picking the versions that lead
    to it), so a search hit in an older version can be shown. False if it cannot."""
    if any(m.id == message_id for m in controller.shown_messages()):
        return True
    if controller.generating or shown_message(controller, message_id) is None:
        return False  # versions do not switch while a reply streams
    store = controller.chat.store
    try:
        chain, message = [], store.get_message(message_id)
        while True:
            chain.append(message.id)
            if message.parent_id is None:
                break
            message = store.get_message(message.parent_id)
        shown = {m.id for m in controller.shown_messages()}
        for step in reversed(chain):  # from the first message down
            if step not in shown:  # the path changes only when a version is picked
                store.select_version(step)
                shown = {m.id for m in controller.shown_messages()}
    except HistoryError as exc:
        controller.notice.emit(str(exc))
        return False
    controller.refresh()
    return any(m.id == message_id for m in controller.shown_messages())


def delete(controller: ChatController, message_id: int) -> None:
    """Move a message (and what follows it on its branch) to the trash; Undo restores."""
    if controller.generating or shown_message(controller, message_id) is None:
        return
    if _apply(controller, controller.chat.store.trash_message, message_id):
        controller.message_trashed.emit(message_id)
        _tell_sidebar(controller)


def restore(controller: ChatController, message_id: int) -> None:
    """Undo :func:`delete`."""
    if _apply(controller, controller.chat.store.restore_message, message_id):
        _tell_sidebar(controller)


def _apply(controller: ChatController, change: Callable[[int], object], message_id: int) -> bool:
    """Make ``change`` to the history and show the chat again; a failure is said instead."""
    try:
        change(message_id)
    except HistoryError as exc:
        controller.notice.emit(str(exc))
        return False
    controller.refresh()
    return True


def _tell_sidebar(controller: ChatController) -> None:
    if controller.conversation_id is not None:
        controller.conversations_changed.emit(controller.conversation_id)
