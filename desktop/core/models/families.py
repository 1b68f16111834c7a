"""Which Qwen family a model belongs to, and the defaults its model card prescribes.

A family decides three things the model cards are explicit about: the system prompt (Qwen2.5
has a default of its own, Qwen2.5-Math was tuned on one chain-of-thought prompt, the
DeepSeek-R1 distills want none), the sampling per thinking mode, and whether a context longer
than the native one is reached with YaRN. Detection reads the GGUF's name fields and file
name first and falls back to fingerprints of the chat template.
"""

from __future__ import annotations

import enum
import itertools
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.prompts import CODER, GENERAL, MATHS, PRESETS, QWEN25_MATH_COT
from desktop.core.sampling import NON_THINKING, THINKING, Sampling
from desktop.core.thinking import ThinkingCapability, detect_capability


class Family(StrEnum):
    QWEN3 = "qwen3"  # hybrid thinking (Qwen3 of April 2025)
    QWEN3_2507_INSTRUCT = "qwen3-2507-instruct"
    QWEN3_2507_THINKING = "qwen3-2507-thinking"
    QWQ = "qwq"
    QWEN25_INSTRUCT = "qwen2.5-instruct"
    QWEN25_CODER = "qwen2.5-coder"
    QWEN25_MATH = "qwen2.5-math"
    DEEPSEEK_R1_DISTILL_QWEN = "deepseek-r1-distill-qwen"
    UNKNOWN = "unknown"


class SystemPolicy(enum.Enum):
    """System prompt rules that are not a text of their own."""

    TEMPLATE_DEFAULT = "template default"  # send none: the template adds its own default
    NONE = "none"  # never send one; instructions go into the user turn


@dataclass(frozen=True)
class LongContext:
    """The model card's YaRN recipe: ``factor`` times the ``native`` context."""

    native: int
    factor: float

    @property
    def max(self) -> int:
        return int(self.native * self.factor)

    def factor_for(self, n_ctx: int) -> float:
        """The factor to use for ``n_ctx`` tokens: as needed, at most the card's (the card
        advises e.g. factor 2 for 65,536 tokens rather than always 4)."""
        return float(min(self.factor, max(1, math.ceil(n_ctx / self.native))))


@dataclass(frozen=True)
class FamilyDefaults:
    family: Family
    label: str  # "Qwen2.5-Instruct"
    preset: str  # the system prompt preset a new chat starts with
    system: str | SystemPolicy  # what the default preset sends
    thinking: Sampling
    non_thinking: Sampling
    presence_penalty_advice: bool  # the card advises a presence penalty against repetition
    card: str  # where the numbers come from
    notes: str = ""

    def sampling(self, thinking: bool) -> Sampling:
        return self.thinking if thinking else self.non_thinking

    def reason(self, thinking: bool) -> str:
        """ "Qwen2.5-Instruct model card: temperature 0.7, top-p 0.8, top-k 20, repetition
        penalty 1.05" — why these sampling values apply."""
        if self.thinking == self.non_thinking:
            text = translate("ModelCard", "{card}: {sampling}")
        elif thinking:
            text = translate("ModelCard", "{card}, thinking mode: {sampling}")
        else:
            text = translate("ModelCard", "{card}, non-thinking mode: {sampling}")
        return text.format(
            card=self.card_text(), sampling=describe_sampling(self.sampling(thinking))
        )

    def card_text(self) -> str:
        """Where the numbers come from, in the interface language."""
        if self.card == f"{self.label} model card":
            return translate("ModelCard", "{label} model card").format(label=self.label_text())
        return translate("ModelCard", self.card)

    def label_text(self) -> str:
        """The family's name ("Qwen2.5-Instruct"; "this model" for an unknown family)."""
        return translate("ModelCard", self.label)

    def notes_text(self) -> str:
        return translate("ModelCard", self.notes) if self.notes else ""


PRESENCE_PENALTY_ADVICE = 1.5
PRESENCE_PENALTY_TEXT = QT_TRANSLATE_NOOP(
    "ModelCard",
    "Qwen's model card: if a quantised model repeats itself endlessly, a presence penalty of up "
    "to 1.5 helps; higher values can mix languages and lower quality a little.",
)

_QWEN25 = Sampling(temperature=0.7, top_p=0.8, top_k=20, min_p=0.0, repeat_penalty=1.05)
_REASONER = Sampling(temperature=0.6, top_p=0.95, top_k=40, min_p=0.0)  # QwQ: top-k 20-40
_R1_DISTILL = Sampling(temperature=0.6, top_p=0.95, top_k=0, min_p=0.0)  # no top-k given


def _defaults(
    family: Family,
    label: str,
    preset: str,
    system: str | SystemPolicy,
    thinking: Sampling,
    non_thinking: Sampling,
    *,
    advice: bool,
    card: str = "",
    notes: str = "",
) -> FamilyDefaults:
    source = card or f"{label} model card"
    return FamilyDefaults(
        family, label, preset, system, thinking, non_thinking, advice, source, notes
    )


DEFAULTS: dict[Family, FamilyDefaults] = {
    d.family: d
    for d in (
        _defaults(
            Family.QWEN3, "Qwen3", GENERAL, PRESETS[GENERAL], THINKING, NON_THINKING, advice=True
        ),
        _defaults(
            Family.QWEN3_2507_INSTRUCT, "Qwen3-Instruct-2507", GENERAL, PRESETS[GENERAL],
            NON_THINKING, NON_THINKING, advice=True,
        ),
        _defaults(
            Family.QWEN3_2507_THINKING, "Qwen3-Thinking-2507", GENERAL, PRESETS[GENERAL],
            THINKING, THINKING, advice=True,
        ),
        _defaults(
            Family.QWQ, "QwQ", GENERAL, PRESETS[GENERAL], _REASONER, _REASONER, advice=True,
            notes=QT_TRANSLATE_NOOP("ModelCard", "QwQ's card advises top-k between 20 and 40."),
        ),
        _defaults(
            Family.QWEN25_INSTRUCT, "Qwen2.5-Instruct", GENERAL, SystemPolicy.TEMPLATE_DEFAULT,
            _QWEN25, _QWEN25, advice=False,
            notes=QT_TRANSLATE_NOOP(
                "ModelCard",
                "With the General preset no system message is sent, so the template's own "
                "default applies.",
            ),
        ),
        _defaults(
            Family.QWEN25_CODER, "Qwen2.5-Coder-Instruct", CODER, PRESETS[CODER], _QWEN25,
            _QWEN25, advice=False,
        ),
        _defaults(
            Family.QWEN25_MATH, "Qwen2.5-Math-Instruct", MATHS, QWEN25_MATH_COT, _QWEN25, _QWEN25,
            advice=False,
            card=QT_TRANSLATE_NOOP(
                "ModelCard", "Qwen2.5 generation defaults (the Math card gives no sampling)"
            ),
            notes=QT_TRANSLATE_NOOP(
                "ModelCard", "The Math card's chain-of-thought system prompt is the default."
            ),
        ),
        _defaults(
            Family.DEEPSEEK_R1_DISTILL_QWEN, "DeepSeek-R1-Distill-Qwen", GENERAL, SystemPolicy.NONE,
            _R1_DISTILL, _R1_DISTILL, advice=False,
            notes=QT_TRANSLATE_NOOP(
                "ModelCard",
                "Its card asks for no system prompt: instructions go into the user turn.",
            ),
        ),
        _defaults(
            Family.UNKNOWN, QT_TRANSLATE_NOOP("ModelCard", "this model"), GENERAL,
            PRESETS[GENERAL], THINKING, NON_THINKING, advice=False,
            card=QT_TRANSLATE_NOOP("ModelCard", "No model card known; Qwen3's recommended values"),
        ),
    )
}  # fmt: skip


def defaults_for(family: Family) -> FamilyDefaults:
    return DEFAULTS[family]


def family_from_details(details: Mapping[str, str]) -> Family:
    """The family an engine recorded in ``ModelInfo.details["family"]`` at load."""
    try:
        return Family(details.get("family", Family.UNKNOWN.value))
    except ValueError:
        return Family.UNKNOWN


def describe_sampling(s: Sampling) -> str:
    parts = [
        translate("Sampling", "temperature {value}").format(value=f"{s.temperature:g}"),
        translate("Sampling", "top-p {value}").format(value=f"{s.top_p:g}"),
    ]
    if s.top_k > 0:
        parts.append(translate("Sampling", "top-k {value}").format(value=s.top_k))
    else:
        parts.append(translate("Sampling", "no top-k"))
    if s.min_p:
        parts.append(translate("Sampling", "min-p {value}").format(value=f"{s.min_p:g}"))
    if s.repeat_penalty != 1.0:
        parts.append(
            translate("Sampling", "repetition penalty {value}").format(
                value=f"{s.repeat_penalty:g}"
            )
        )
    if s.presence_penalty:
        parts.append(
            translate("Sampling", "presence penalty {value}").format(
                value=f"{s.presence_penalty:g}"
            )
        )
    return ", ".join(parts)


# --- detection ------------------------------------------------------------------------------

_WORDS = re.compile(r"[a-z]+|\d+(?:\.\d+)?")
_QWEN3_ARCHS = ("qwen3", "qwen3moe")


def _words(text: str) -> list[str]:
    return _WORDS.findall(text.lower())


def _generation(words: list[str]) -> str | None:
    """ "3" or "2.5" when the words name Qwen3 or Qwen2.5 ("qwen", "3" / "qwen", "2.5")."""
    for first, second in itertools.pairwise(words):
        if first == "qwen" and second in ("3", "2.5"):
            return second
    return None


def family_of(name: str, architecture: str, template: str | None, file_name: str) -> Family:
    """The family of a model from its GGUF ``general.name`` (plus basename/finetune when the
    caller joins them in), architecture, chat template and file name."""
    words = _words(f"{name} {file_name}")
    template = template or ""
    if "deepseek" in words and "distill" in words:
        qwen = "qwen" in words or architecture == "qwen2"
        return Family.DEEPSEEK_R1_DISTILL_QWEN if qwen else Family.UNKNOWN
    if "qwq" in words:
        return Family.QWQ
    generation = _generation(words)
    if generation == "2.5" or (generation is None and architecture == "qwen2" and words):
        if "math" in words:
            return Family.QWEN25_MATH
        if "coder" in words:
            return Family.QWEN25_CODER
        if generation == "2.5":
            return Family.QWEN25_INSTRUCT
    if generation == "3" or (generation is None and architecture in _QWEN3_ARCHS and words):
        if "coder" in words:
            return Family.UNKNOWN  # Qwen3-Coder: a family of its own, not covered here
        if "2507" in words and "thinking" in words:
            return Family.QWEN3_2507_THINKING
        if "2507" in words and "instruct" in words:
            return Family.QWEN3_2507_INSTRUCT
        from_template = _family_from_template(architecture, template)
        if from_template in (Family.QWEN3_2507_THINKING, Family.QWEN3_2507_INSTRUCT, Family.QWEN3):
            return from_template
        if generation == "3":
            return Family.QWEN3
    return _family_from_template(architecture, template)


def _family_from_template(architecture: str, template: str) -> Family:
    """Fingerprints of the published templates, for files whose names say nothing."""
    if not template:
        return Family.UNKNOWN
    if "<｜Assistant｜>" in template and architecture == "qwen2":
        return Family.DEEPSEEK_R1_DISTILL_QWEN
    if "Please reason step by step, and put your final answer within" in template:
        return Family.QWEN25_MATH
    if "You are Qwen, created by Alibaba Cloud" in template:
        return Family.QWEN25_INSTRUCT
    capability = detect_capability(template)
    if capability is ThinkingCapability.HYBRID and architecture in _QWEN3_ARCHS:
        return Family.QWEN3
    if capability is ThinkingCapability.ALWAYS and "<|im_start|>" in template:
        return Family.QWQ if architecture == "qwen2" else Family.QWEN3_2507_THINKING
    if architecture in _QWEN3_ARCHS and "</think>" in template and "<|im_start|>" in template:
        return Family.QWEN3_2507_INSTRUCT  # strips old thinking but never opens it
    return Family.UNKNOWN


_CATALOG_FAMILIES = {
    "qwen3": Family.QWEN3,
    "qwen2.5": Family.QWEN25_INSTRUCT,
    "qwen2.5-coder": Family.QWEN25_CODER,
    "qwen2.5-math": Family.QWEN25_MATH,
    "qwq": Family.QWQ,
}


def family_of_catalog(family: str, thinking: ThinkingCapability) -> Family:
    """The family of a catalog entry (its ``family`` field and thinking capability)."""
    if family == "qwen3-2507":
        if thinking is ThinkingCapability.ALWAYS:
            return Family.QWEN3_2507_THINKING
        return Family.QWEN3_2507_INSTRUCT
    return _CATALOG_FAMILIES.get(family, Family.UNKNOWN)


def size_in_billions(name: str, size_label: str = "", n_params: int = 0) -> float:
    """Total parameters in billions: GGUF ``general.size_label`` ("8B", "30B-A3B"), else the
    name ("Qwen2.5 7B Instruct"), else the tensor count."""
    for text in (size_label, name):
        match = re.search(r"(\d+(?:\.\d+)?)\s*[bB](?![a-zA-Z])", text)
        if match:
            return float(match.group(1))
    return n_params / 1e9


def long_context_for(family: Family, size_b: float) -> LongContext | None:
    """The card's YaRN offer: Qwen3 4B and larger, QwQ, Qwen2.5 and its Coder 7B and larger
    reach 131,072 tokens as 4 x 32,768. Qwen3-2507 is native 262,144; the small models, Math
    and the R1 distills offer none."""
    if family is Family.QWQ or (family is Family.QWEN3 and size_b >= 3):
        return LongContext(32768, 4.0)
    if family in (Family.QWEN25_INSTRUCT, Family.QWEN25_CODER) and size_b >= 5:
        return LongContext(32768, 4.0)
    return None


YARN_CAUTION = (
    "llama.cpp's YaRN scaling is static: it applies to every prompt, short ones included, "
    "which the model card warns can cost quality on short texts. Use a context above the "
    "native length only when you need it."
)
