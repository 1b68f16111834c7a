"""The shown chat's own options (preset and system prompt, thinking and its budget, sampling,
max tokens): which a chat starts with, changing them, and the sampling a reply gets.

A chat that exists keeps its options in the history; a new, still empty chat follows the
loaded model's family and the settings' defaults until its first message.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from desktop.chat.options import ChatOptions, default_options
from desktop.core.history import HistoryError
from desktop.core.models.families import defaults_for, family_from_details
from desktop.core.models.request_defaults import preset_prompt
from desktop.core.settings import Settings
from desktop.engines.base import ModelInfo
from desktop.gui.composer.sampling_box import SamplingAdvice, advice_for

if TYPE_CHECKING:
    from desktop.gui.chat.controller import ChatController


def options_of(controller: ChatController, conversation_id: int | None) -> ChatOptions:
    """The options a conversation is shown with (None: a new chat's defaults)."""
    if conversation_id is None:
        return default_options(controller.settings.generation, controller.default_system_prompt)
    return controller.chat.options(conversation_id)


def model_loaded(controller: ChatController, info: ModelInfo) -> None:
    """A new, still empty chat starts on the loaded model family's own preset (Maths for
    Qwen2.5-Math, Coder for the Coder models, General otherwise)."""
    if controller.conversation_id is not None or controller.generating:
        return
    family = family_from_details(info.details)
    preset = defaults_for(family).preset
    if preset != controller.options.preset:
        controller.options = dataclasses.replace(
            controller.options, preset=preset, system_prompt=preset_prompt(family, preset)
        )
        controller.options_changed.emit(controller.options)


def settings_changed(controller: ChatController, before: Settings, after: Settings) -> None:
    """New settings; a new, still empty chat takes their thinking defaults."""
    old, new = before.generation, after.generation
    if controller.conversation_id is None and (
        old.thinking_budget != new.thinking_budget or old.thinking_mode != new.thinking_mode
    ):
        defaults = default_options(new)
        controller.options = dataclasses.replace(
            controller.options, thinking=defaults.thinking, thinking_budget=defaults.thinking_budget
        )
        controller.options_changed.emit(controller.options)


def set_options(controller: ChatController, **changes: object) -> None:
    """Change the shown conversation's options (kept with it once it exists)."""
    controller.options = dataclasses.replace(controller.options, **changes)  # type: ignore[arg-type]
    if controller.conversation_id is not None:
        try:
            controller.chat.save_options(controller.conversation_id, controller.options)
        except HistoryError as exc:
            controller.notice.emit(str(exc))


def sampling_advice(controller: ChatController) -> SamplingAdvice:
    """The sampling a reply in this chat gets without values of its own, and why."""
    return advice_for(controller.options, controller.settings.generation, controller.model)
