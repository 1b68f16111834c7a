"""A chat's own sampling, edited beside its system prompt: temperature, top-p, top-k, min-p,
max tokens and seed, or (the default) the model's recommended values, with why they apply.

The window hands in a :class:`SamplingAdvice` (the values the loaded model's card or the
user's Settings recommend, and the sentences of ``desktop.chat.request.explain``); the box
returns ``(None, 0)`` for "use the recommended values" or the chat's own values.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.chat.options import ChatOptions
from desktop.chat.request import explain, sampling_for, thinks
from desktop.core.i18n import format_number, translate
from desktop.core.sampling import Sampling, qwen_preset
from desktop.core.settings import GenerationSettings
from desktop.engines.base import ModelInfo, ThinkingMode
from desktop.gui.widgets import theme

MAX_TOKENS = 131072
SEED_MAX = 2**31 - 1


@dataclass(frozen=True)
class SamplingAdvice:
    """What a reply of this chat would use without its own values, and why."""

    sampling: Sampling
    max_tokens: int
    reasons: list[str] = field(default_factory=list)


def advice_for(
    options: ChatOptions, generation: GenerationSettings, model: ModelInfo | None
) -> SamplingAdvice:
    """What a reply with ``options`` gets without sampling of its own, and why: the loaded
    model's card or the user's Settings (``explain``); Qwen3's values before a model loads."""
    options = replace(options, sampling=None, max_tokens=0)
    if model is None:
        return SamplingAdvice(
            qwen_preset(options.thinking is not ThinkingMode.OFF),
            generation.max_tokens,
            [
                translate(
                    "SamplingBox",
                    "Load a model to see the values its card recommends; Qwen3's are shown.",
                )
            ],
        )
    sampling, _ = sampling_for(options, generation, model, thinks(options, model))
    reasons = explain(options, generation, model)
    reasons.append(
        translate("SamplingBox", "At most {count} tokens per reply (Settings)").format(
            count=format_number(generation.max_tokens)
        )
    )
    return SamplingAdvice(sampling, generation.max_tokens, reasons)


def _double(name: str, accessible: str, top: float, step: float) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setObjectName(name)
    box.setAccessibleName(accessible)
    box.setRange(0.0, top)
    box.setDecimals(2)
    box.setSingleStep(step)
    box.setMaximumWidth(110)
    return box


def _int(name: str, accessible: str, low: int, top: int) -> QSpinBox:
    box = QSpinBox()
    box.setObjectName(name)
    box.setAccessibleName(accessible)
    box.setRange(low, top)
    box.setMaximumWidth(130)
    return box


class SamplingBox(QGroupBox):
    """The sampling of one chat: recommended (fields show those values, read-only) or its own."""

    def __init__(
        self,
        sampling: Sampling | None,
        max_tokens: int,
        advice: SamplingAdvice,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(translate("SamplingBox", "Sampling for this chat"), parent)
        self.setObjectName("samplingBox")
        self._advice = advice
        self._base = sampling or advice.sampling  # keeps the penalties nobody edits here
        self.recommended = QCheckBox(translate("SamplingBox", "Use the model's recommended values"))
        self.recommended.setObjectName("useRecommendedSampling")
        self.recommended.setToolTip(
            translate(
                "SamplingBox",
                "On: each reply uses what the loaded model's card (or your Settings) recommends, "
                "for thinking and non-thinking replies alike. Off: this chat keeps its own values.",
            )
        )
        labels = {
            "temperature": translate("SamplingBox", "Temperature"),
            "top_p": translate("SamplingBox", "Top-p"),
            "top_k": translate("SamplingBox", "Top-k"),
            "min_p": translate("SamplingBox", "Min-p"),
            "max_tokens": translate("SamplingBox", "Max tokens"),
            "seed": translate("SamplingBox", "Seed"),
        }
        self.temperature = _double("chatTemperature", labels["temperature"], 2.0, 0.05)
        self.top_p = _double("chatTopP", labels["top_p"], 1.0, 0.05)
        self.top_k = _int("chatTopK", labels["top_k"], 0, 200)
        self.min_p = _double("chatMinP", labels["min_p"], 1.0, 0.01)
        self.max_tokens = _int("chatMaxTokens", labels["max_tokens"], 1, MAX_TOKENS)
        self.max_tokens.setSingleStep(256)
        self.seed = _int("chatSeed", labels["seed"], -1, SEED_MAX)
        self.seed.setSpecialValueText(translate("SamplingBox", "Random"))
        self.seed.setToolTip(
            translate(
                "SamplingBox", "The same seed and text give the same reply; Random: a new one"
            )
        )
        self.why = QLabel()
        self.why.setObjectName("samplingWhy")
        self.why.setWordWrap(True)
        theme.mute(self.why)
        form = QFormLayout()
        for key in ("temperature", "top_p", "top_k", "min_p", "max_tokens", "seed"):
            form.addRow(labels[key], getattr(self, key))
        layout = QVBoxLayout(self)
        layout.addWidget(self.recommended)
        layout.addLayout(form)
        layout.addWidget(self.why)
        layout.addStretch(1)
        own = sampling is not None or max_tokens > 0
        self._show(sampling or advice.sampling, max_tokens or advice.max_tokens)
        self.recommended.setChecked(not own)
        self.recommended.toggled.connect(self._on_recommended_toggled)
        self._sync()

    def fields(self) -> list[QDoubleSpinBox | QSpinBox]:
        return [self.temperature, self.top_p, self.top_k, self.min_p, self.max_tokens, self.seed]

    def values(self) -> tuple[Sampling | None, int]:
        """``(None, 0)`` for the recommended values, else the chat's sampling and max tokens."""
        if self.recommended.isChecked():
            return None, 0
        sampling = replace(
            self._base,
            temperature=round(self.temperature.value(), 2),
            top_p=round(self.top_p.value(), 2),
            top_k=self.top_k.value(),
            min_p=round(self.min_p.value(), 2),
            seed=self.seed.value(),
        )
        return sampling, self.max_tokens.value()

    def _show(self, sampling: Sampling, max_tokens: int) -> None:
        self.temperature.setValue(sampling.temperature)
        self.top_p.setValue(sampling.top_p)
        self.top_k.setValue(sampling.top_k)
        self.min_p.setValue(sampling.min_p)
        self.max_tokens.setValue(max(1, max_tokens))
        self.seed.setValue(sampling.seed)

    def _sync(self) -> None:
        on = self.recommended.isChecked()
        for box in self.fields():
            box.setEnabled(not on)
        reasons = self._advice.reasons
        if on:
            lines = [
                translate("SamplingBox", "These values apply, and why:"),
                *(f"• {r}" for r in reasons),
            ]
        else:
            lines = [
                translate(
                    "SamplingBox",
                    "This chat's own values apply to every reply in it, on any model.",
                ),
                translate("SamplingBox", "Recommended instead:"),
                *(f"• {r}" for r in reasons),
            ]
        self.why.setText("\n".join(lines))

    def _on_recommended_toggled(self, on: bool) -> None:
        if on:  # show what will apply
            self._show(self._advice.sampling, self._advice.max_tokens)
        self._sync()
