"""The banner when a message does not fit the model's context: start a new chat with a
summary, drop the oldest turns, reload with a larger context, or shorten the message."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop.chat.outcome import Overflow
from desktop.core.i18n import format_number, translate
from desktop.engines.base import ModelInfo
from desktop.gui.chat.controller import overflow_text

if TYPE_CHECKING:
    from desktop.gui.window.main_window import MainWindow


def offer_fixes(window: MainWindow, overflow: Overflow) -> None:
    """Say in the banner that the context overflowed, with the ways out that apply."""
    controller = window.controller
    actions: list[tuple[str, Callable[[], None]]] = []
    if overflow.fits_alone:
        actions += [
            (
                translate("MainWindow", "New chat with a summary"),
                controller.summarise_into_new_chat,
            ),
            (
                translate("MainWindow", "Drop the oldest turns"),
                controller.retry_dropping_oldest,
            ),
        ]
    larger = larger_context(window.model, overflow.needed)
    if larger:
        label = translate("MainWindow", "Reload with {size} context").format(
            size=format_number(larger)
        )
        actions.append((label, lambda: window.model_loading.reload(larger)))
    if not overflow.fits_alone:
        room = characters_that_fit(window, overflow)
        actions.append(
            (
                translate("MainWindow", "Shorten my message to fit"),
                lambda: controller.shorten_last_and_resend(room),
            )
        )
    window.banner.show_message(overflow_text(overflow), actions)


def characters_that_fit(window: MainWindow, overflow: Overflow) -> int:
    """About how many characters of the waiting message the context can take (~3 per
    token, keeping a margin for the system prompt and the reply)."""
    thread = window.controller.shown_messages()
    text = thread[-1].content if thread else ""
    excess = overflow.needed - overflow.n_ctx
    tokens_per_char = max(0.25, overflow.needed / max(1, len(text)))
    cut = int(excess / tokens_per_char * 1.2) + 16
    return max(0, len(text) - cut)


def larger_context(model: ModelInfo | None, needed: int) -> int:
    """A context that holds ``needed`` tokens, within the model's native one (0 if none)."""
    if model is None or not model.n_ctx_train or needed > model.n_ctx_train:
        return 0
    size = model.n_ctx
    while size < needed:
        size *= 2
    return min(size, model.n_ctx_train)
