"""What one request sends, per family: its sampling and its system prompt, with the reason.

The chat service calls :func:`request_defaults` and :func:`apply_system_prompt` for every
request; the window shows the reasons they return ("which defaults apply and why").

How the user's settings and the family defaults combine: ``GenerationSettings.sampling_source``
is ``"model card"`` until the user changes a sampling value in Settings (then ``"custom"``).
With "model card" each model gets its own card's values; with "custom" every model gets the
user's values. A chat's own custom sampling, where one is set, overrides both.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.models.families import (
    PRESENCE_PENALTY_ADVICE,
    PRESENCE_PENALTY_TEXT,
    Family,
    FamilyDefaults,
    SystemPolicy,
    defaults_for,
)
from desktop.core.prompts import GENERAL, MATHS, PRESETS, QWEN25_MATH_COT
from desktop.core.sampling import Sampling
from desktop.core.settings import SAMPLING_CUSTOM, GenerationSettings

Message = dict[str, Any]


def request_defaults(
    generation: GenerationSettings, family: Family | FamilyDefaults, thinking: bool
) -> tuple[Sampling, str]:
    """The sampling for one reply and a sentence saying why it applies."""
    defaults = family if isinstance(family, FamilyDefaults) else defaults_for(family)
    if generation.sampling_source == SAMPLING_CUSTOM:
        own = generation.thinking if thinking else generation.non_thinking
        if thinking:
            return own, translate("ModelCard", "Your own sampling from Settings (thinking mode)")
        return own, translate("ModelCard", "Your own sampling from Settings (non-thinking mode)")
    return defaults.sampling(thinking), defaults.reason(thinking)


def preset_prompt(family: Family | FamilyDefaults, preset: str) -> str:
    """The stock text of ``preset`` on a model of ``family`` (what the prompt editor shows and
    resets to): the Maths preset of a Qwen2.5-Math model is its card's own prompt."""
    defaults = family if isinstance(family, FamilyDefaults) else defaults_for(family)
    if preset == MATHS and defaults.family is Family.QWEN25_MATH:
        return QWEN25_MATH_COT
    return PRESETS.get(preset, "")


@dataclass(frozen=True)
class SystemChoice:
    """Where a chat's system prompt goes: ``"system"`` (a system message), ``"user"`` (folded
    into the first user turn), or ``"none"`` (nothing sent); ``reason`` says why."""

    placement: str
    text: str
    reason: str


def choose_system(family: Family | FamilyDefaults, preset: str, prompt: str) -> SystemChoice:
    """Decide what a chat with ``preset`` and its (maybe edited) ``prompt`` sends.

    An untouched General preset (the app's default choice) or the family's own default preset
    means "the model's default": the Math card's prompt, the Coder preset, Qwen2.5's template
    default, or nothing for the R1 distills. A prompt the user wrote is always sent (folded
    into the first user turn for the R1 distills, whose card asks for that).
    """
    defaults = family if isinstance(family, FamilyDefaults) else defaults_for(family)
    prompt = prompt.strip()
    stock = prompt in ("", preset_prompt(defaults, preset), PRESETS.get(preset, ""))
    label = defaults.label_text()
    if stock and preset in (defaults.preset, GENERAL):
        if defaults.system is SystemPolicy.NONE:
            why = translate("ModelCard", "{label}: its card asks for no system prompt")
            return SystemChoice("none", "", why.format(label=label))
        if defaults.system is SystemPolicy.TEMPLATE_DEFAULT:
            why = translate("ModelCard", QWEN25_TEMPLATE_REASON)
            return SystemChoice("none", "", why.format(label=label))
        assert isinstance(defaults.system, str)
        why = translate("ModelCard", "{label}: the {preset} preset")
        return SystemChoice(
            "system", defaults.system, why.format(label=label, preset=defaults.preset)
        )
    if not prompt:
        return SystemChoice("none", "", translate("ModelCard", "No system prompt"))
    if defaults.system is SystemPolicy.NONE:
        why = translate("ModelCard", "{label}: its card asks for instructions in the user turn")
        return SystemChoice("user", prompt, why.format(label=label))
    if stock:
        reason = translate("ModelCard", "The {preset} preset").format(preset=preset)
    else:
        reason = translate("ModelCard", "Your own system prompt")
    return SystemChoice("system", prompt, reason)


QWEN25_TEMPLATE_REASON = QT_TRANSLATE_NOOP(
    "ModelCard",
    "{label}: no system message, so the model's template adds its own default "
    "(“You are Qwen, created by Alibaba Cloud…”)",
)


def apply_system_prompt(
    choice: SystemChoice, messages: Sequence[Mapping[str, Any]]
) -> list[Message]:
    """``messages`` (no system message among them) as the request sends them."""
    out = [dict(m) for m in messages]
    if choice.placement == "system":
        return [{"role": "system", "content": choice.text}, *out]
    if choice.placement == "user":
        for message in out:
            if message.get("role") == "user":
                message["content"] = f"{choice.text}\n\n{message.get('content', '')}"
                break
    return out


def system_messages(choice: SystemChoice) -> list[Message]:
    """Just the system message(s) of ``choice`` (none unless it is placed as one)."""
    return [{"role": "system", "content": choice.text}] if choice.placement == "system" else []


_SYSTEM_BLOCK = re.compile(r"<\|im_start\|>system\n(.*?)<\|im_end\|>", re.DOTALL)


def template_default_system(template: str | None) -> str | None:
    """The system prompt a template adds when none is sent (Qwen2.5's "You are Qwen, …"),
    found by rendering it; ``None`` when it adds none."""
    if not template:
        return None
    from desktop.core.chat_template import TemplateError, render_chat

    try:
        rendered = render_chat(template, [{"role": "user", "content": "x"}])
    except TemplateError:
        return None
    match = _SYSTEM_BLOCK.search(rendered)
    return match.group(1) if match else None


def presence_penalty_offer(family: Family | FamilyDefaults, quant: str) -> str | None:
    """The card's presence-penalty advice, where it applies: a Qwen3/QwQ family model in a
    quantised file (not F16/BF16/F32). ``None`` elsewhere."""
    defaults = family if isinstance(family, FamilyDefaults) else defaults_for(family)
    if not defaults.presence_penalty_advice:
        return None
    if quant.upper() in ("F16", "BF16", "F32", "FP16", "UNKNOWN", ""):
        return None
    return translate("ModelCard", PRESENCE_PENALTY_TEXT)


def with_presence_penalty(sampling: Sampling, value: float = PRESENCE_PENALTY_ADVICE) -> Sampling:
    """``sampling`` with the card's presence penalty (the user accepted the offer)."""
    from dataclasses import replace

    return replace(sampling, presence_penalty=value)
