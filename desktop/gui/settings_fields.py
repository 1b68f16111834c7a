"""Validated number fields and the context-length memory hint for the settings dialog."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.core.hardware import (
    MachineProfile,
    Verdict,
    detect_profile,
    kv_cache_bytes,
    runtime_bytes,
    verdict_for,
)
from desktop.core.settings import SamplingPreset
from desktop.core.stats import format_bytes, model_bytes

log = logging.getLogger(__name__)

ERROR_COLOR = "#c5221f"


def _number(value: float) -> str:
    return f"{value:,}" if isinstance(value, int) else f"{value:g}"


class NumberField(QLineEdit):
    """A whole or decimal number between ``minimum`` and ``maximum``, checked as you type.

    :meth:`error` is the plain sentence shown under the field ("" while valid).
    """

    validity_changed = Signal()

    def __init__(
        self,
        name: str,
        label: str,
        minimum: float,
        maximum: float,
        *,
        decimal: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(label)
        self.label = label
        self.minimum = minimum
        self.maximum = maximum
        self.decimal = decimal
        self.message = QLabel()
        self.message.setObjectName(f"{name}Message")
        self.message.setAccessibleName(f"{label} problem")
        self.message.setStyleSheet(f"color: {ERROR_COLOR};")
        self.message.setWordWrap(True)
        self.message.hide()
        self.setMaximumWidth(140)
        self.textChanged.connect(self._on_text_changed)

    def value(self) -> float | int | None:
        """The number typed, or ``None`` when it is not a valid one."""
        text = self.text().strip().replace(",", "").replace("_", "")
        try:
            number: float | int = float(text) if self.decimal else int(text)
        except ValueError:
            return None
        if not self.minimum <= number <= self.maximum:
            return None
        return number

    def set_value(self, value: float) -> None:
        self.setText(f"{value:g}" if self.decimal else str(int(value)))

    def error(self) -> str:
        if self.value() is not None:
            return ""
        kind = "a number" if self.decimal else "a whole number"
        return (
            f"{self.label} must be {kind} from {_number(self.minimum)} to {_number(self.maximum)}."
        )

    def _on_text_changed(self) -> None:
        error = self.error()
        self.message.setText(error)
        self.message.setVisible(bool(error))
        self.setProperty("invalid", bool(error))
        self.setStyleSheet(f"border: 1px solid {ERROR_COLOR};" if error else "")
        self.validity_changed.emit()


def field_cell(
    field: QWidget, *extras: QWidget, message: QLabel | None = None, hint: QLabel | None = None
) -> QWidget:
    """The field with its companions on one line, its problem and its hint beneath."""
    cell = QWidget()
    column = QVBoxLayout(cell)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    line = QHBoxLayout()
    line.setContentsMargins(0, 0, 0, 0)
    line.addWidget(field)
    for extra in extras:
        line.addWidget(extra)
    line.addStretch(1)
    column.addLayout(line)
    for label in (message, hint):
        if label is not None:
            column.addWidget(label)
    return cell


def hint_label(text: str = "", name: str = "") -> QLabel:
    """Secondary text under a field, in the theme's placeholder colour."""
    label = QLabel(text)
    if name:
        label.setObjectName(name)
        label.setAccessibleName(name)
    label.setWordWrap(True)
    palette = label.palette()
    palette.setColor(
        QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
    )
    label.setPalette(palette)
    return label


class PresetBox(QGroupBox):
    """Temperature, top-p, top-k and min-p for one thinking mode, with a reset button."""

    def __init__(self, title: str, prefix: str, recommended: SamplingPreset) -> None:
        super().__init__(title)
        self._recommended = recommended
        self.temperature = NumberField(f"{prefix}Temperature", "Temperature", 0, 2, decimal=True)
        self.top_p = NumberField(f"{prefix}TopP", "Top-p", 0, 1, decimal=True)
        self.top_k = NumberField(f"{prefix}TopK", "Top-k", 0, 200)
        self.min_p = NumberField(f"{prefix}MinP", "Min-p", 0, 1, decimal=True)
        form = QFormLayout(self)
        for field in self.fields():
            field.setMaximumWidth(90)
            form.addRow(field.label, field_cell(field, message=field.message))
        self.reset = QPushButton("Reset to Qwen's recommended")
        self.reset.setToolTip(
            f"Temperature {recommended.temperature:g}, top-p {recommended.top_p:g}, "
            f"top-k {recommended.top_k}, min-p {recommended.min_p:g}"
        )
        self.reset.setObjectName(f"{prefix}Reset")
        self.reset.setAccessibleName(f"Reset {title.lower()} to Qwen's recommended")
        self.reset.clicked.connect(lambda: self.set_preset(self._recommended))
        form.addRow(self.reset)

    def fields(self) -> list[NumberField]:
        return [self.temperature, self.top_p, self.top_k, self.min_p]

    def set_preset(self, preset: SamplingPreset) -> None:
        self.temperature.set_value(preset.temperature)
        self.top_p.set_value(preset.top_p)
        self.top_k.set_value(preset.top_k)
        self.min_p.set_value(preset.min_p)

    def preset(self, fallback: SamplingPreset) -> SamplingPreset:
        def get(field: NumberField, default: float) -> float:
            value = field.value()
            return default if value is None else value

        return SamplingPreset(
            temperature=float(get(self.temperature, fallback.temperature)),
            top_p=float(get(self.top_p, fallback.top_p)),
            top_k=int(get(self.top_k, fallback.top_k)),
            min_p=float(get(self.min_p, fallback.min_p)),
        )


# -- context length: how much memory it needs ---------------------------------------------


@dataclass(frozen=True)
class ModelFacts:
    """What the memory estimate needs from a GGUF header."""

    name: str
    weights_bytes: int
    n_layers: int
    n_kv_heads: int
    head_dim: int
    n_ctx_train: int


def read_model_facts(path: Path) -> ModelFacts | None:
    """Read the header (0.1-0.3 s for a large vocabulary: call it off the GUI thread)."""
    from desktop.core.gguf_info import GGUFError, read_gguf_info

    try:
        info = read_gguf_info(path)
    except (GGUFError, OSError) as exc:
        log.info("no memory estimate for %s: %s", path.name, exc)
        return None
    if not (info.n_layers and info.n_kv_heads and info.head_dim):
        return None
    return ModelFacts(
        info.name,
        model_bytes(path),
        info.n_layers,
        info.n_kv_heads,
        info.head_dim,
        info.context_length,
    )


def fit_hint(facts: ModelFacts, profile: MachineProfile | None, n_ctx: int, kv_type: str) -> str:
    """A sentence on the memory ``n_ctx`` tokens need, with the hardware verdict if known."""
    kv = kv_cache_bytes(facts.n_layers, facts.n_kv_heads, facts.head_dim, n_ctx, kv_type)
    total = facts.weights_bytes + kv + runtime_bytes(n_ctx)
    text = f"{facts.name} needs about {format_bytes(total)} at this length"
    if profile is None:
        text += "."
    else:
        budget = profile.memory_budget
        verdict = verdict_for(total, budget)
        available = format_bytes(budget)
        if verdict is Verdict.FITS:
            text += f": it fits ({available} available)."
        elif verdict is Verdict.TIGHT:
            text += f": a tight fit ({available} available); other apps may slow down."
        else:
            text += (
                f": it won't fit ({available} available). Choose a shorter context "
                "or a q8_0 KV cache."
            )
    if facts.n_ctx_train and n_ctx > facts.n_ctx_train:
        text += f" The model was trained for {facts.n_ctx_train:,} tokens; answers may suffer."
    return text


PLAIN_CONTEXT_HINT = (
    "How much of the conversation the model can see at once. Longer contexts need more "
    "memory: the KV cache grows with every token."
)


class FitFactsLoader(QObject):
    """Reads the model header (and the machine profile, if not given) on a pool thread."""

    loaded = Signal(object, object)  # ModelFacts | None, MachineProfile | None

    def start(self, path: Path, profile: MachineProfile | None) -> None:
        def work() -> None:
            facts = read_model_facts(path)
            found = profile
            if facts is not None and found is None:
                try:
                    found = detect_profile()
                except Exception:  # a profile is a nicety here; the hint works without one
                    log.exception("machine profile failed")
            if isValid(self):  # the dialog may have closed meanwhile
                self.loaded.emit(facts, found)

        QThreadPool.globalInstance().start(work)
