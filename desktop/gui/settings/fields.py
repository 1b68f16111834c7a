"""Validated number fields, and the settings dialog's Model tab with its memory hint."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.hardware import MachineProfile, detect_profile, physical_cores
from desktop.core.i18n import QT_TRANSLATE_NOOP, format_number, translate
from desktop.core.load_options import LoadOptions
from desktop.core.models.fit import Verdict, kv_cache_bytes, runtime_bytes, verdict_for
from desktop.core.stats import model_bytes
from desktop.core.units import format_size
from desktop.gui.tasks import TaskRunner
from desktop.gui.widgets import theme

log = logging.getLogger(__name__)

ERROR_COLOR = "#c5221f"


def _number(value: float) -> str:
    return format_number(value) if isinstance(value, int) else f"{value:g}"


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
        self.message.setAccessibleName(
            translate("NumberField", "{field} problem").format(field=label)
        )
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
        if self.decimal:
            text = translate("NumberField", "{field} must be a number from {low} to {high}.")
        else:
            text = translate("NumberField", "{field} must be a whole number from {low} to {high}.")
        return text.format(field=self.label, low=_number(self.minimum), high=_number(self.maximum))

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
    """Secondary text under a field, in the theme's secondary colour."""
    label = QLabel(text)
    if name:
        label.setObjectName(name)
        label.setAccessibleName(name)
    label.setWordWrap(True)
    theme.mute(label)
    return label


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
    from desktop.core.models.gguf_info import GGUFError, read_gguf_info
    from desktop.core.models.naming import model_name

    try:
        info = read_gguf_info(path)
    except (GGUFError, OSError) as exc:
        log.info("no memory estimate for %s: %s", path.name, exc)
        return None
    if not (info.n_layers and info.n_kv_heads and info.head_dim):
        return None
    return ModelFacts(
        model_name(path, info.name),  # named as everywhere else
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
    name, need = facts.name, format_size(total)
    if profile is None:
        text = translate("ModelTab", "{name} needs about {size} at this length.")
    else:
        verdict = verdict_for(total, profile.memory_budget)
        if verdict is Verdict.FITS:
            text = translate(
                "ModelTab",
                "{name} needs about {size} at this length: it fits ({available} available).",
            )
        elif verdict is Verdict.TIGHT:
            text = translate(
                "ModelTab",
                "{name} needs about {size} at this length: a tight fit ({available} available);"
                " other apps may slow down.",
            )
        else:
            text = translate(
                "ModelTab",
                "{name} needs about {size} at this length: it won't fit ({available} available)."
                " Choose a shorter context or a q8_0 KV cache.",
            )
    budget = format_size(profile.memory_budget) if profile is not None else ""
    text = text.format(name=name, size=need, available=budget)
    if facts.n_ctx_train and n_ctx > facts.n_ctx_train:
        trained = translate(
            "ModelTab", "The model was trained for {tokens} tokens; answers may suffer."
        ).format(tokens=format_number(facts.n_ctx_train))
        text += " " + trained
    return text


PLAIN_CONTEXT_HINT = QT_TRANSLATE_NOOP(
    "ModelTab",
    "How much of the conversation the model can see at once. Longer contexts need more "
    "memory: the KV cache grows with every token.",
)


def load_fit_facts(
    path: Path, profile: MachineProfile | None
) -> tuple[ModelFacts | None, MachineProfile | None]:
    """The model's header facts and (if not given) the machine profile; slow, so it runs as
    a background task."""
    facts = read_model_facts(path)
    found = profile
    if facts is not None and found is None:
        try:
            found = detect_profile()
        except Exception:  # a profile is a nicety here; the hint works without one
            log.exception("machine profile failed")
    return facts, found


# -- the Model tab ------------------------------------------------------------------------

KV_TYPES = ("f16", "q8_0", "q4_0")
MODEL_SCOPE, DEFAULT_SCOPE = "model", "default"


def named(widget: QWidget, name: str, accessible: str) -> QWidget:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


def check_box(name: str, text: str) -> QCheckBox:
    box = QCheckBox(text)
    named(box, name, text)
    return box


class ModelTab(QWidget):
    """How models load: for the loaded model (its own settings, or the defaults) or for all.

    Each scope keeps its edits while the other is shown; :meth:`values` returns both.
    """

    validity_changed = Signal()

    def __init__(
        self,
        model_path: Path | None,
        profile: MachineProfile | None,
        parent: QWidget | None = None,
        *,
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.model_key = str(model_path) if model_path is not None else ""
        self._defaults = LoadOptions()
        self._override: LoadOptions | None = None
        self._shown = DEFAULT_SCOPE
        self._facts: ModelFacts | None = None
        self._profile = profile
        self.fit_checked = False  # True once the model header has been read (or failed)
        form = QFormLayout(self)
        self.scope = QComboBox()
        named(self.scope, "loadScope", translate("ModelTab", "Settings apply to"))
        self.use_defaults = QPushButton(translate("ModelTab", "Use the defaults for this model"))
        named(
            self.use_defaults,
            "useModelDefaults",
            translate("ModelTab", "Use the defaults for this model"),
        )
        self.scope_state = hint_label("", "loadScopeState")
        if model_path is not None:
            self.scope.addItem(
                translate("ModelTab", "For this model ({name})").format(name=model_path.name),
                MODEL_SCOPE,
            )
            self.scope.addItem(translate("ModelTab", "Default for all models"), DEFAULT_SCOPE)
            form.addRow(
                translate("ModelTab", "Settings for"),
                field_cell(self.scope, self.use_defaults, hint=self.scope_state),
            )
        else:
            for widget in (self.scope, self.use_defaults, self.scope_state):
                widget.setParent(self)
                widget.hide()
        self.context = NumberField(
            "contextLength", translate("ModelTab", "Context length"), 256, 1_048_576
        )
        self.context_hint = hint_label(translate("ModelTab", PLAIN_CONTEXT_HINT), "contextHint")
        self.threads = NumberField("threads", translate("ModelTab", "Threads"), 0, 512)
        self.gpu_layers = NumberField("gpuLayers", translate("ModelTab", "GPU layers"), 0, 999)
        self.gpu_all = check_box("gpuLayersAll", translate("ModelTab", "All"))
        self.flash_attn = check_box("flashAttention", translate("ModelTab", "Flash attention"))
        self.kv_type = QComboBox()
        named(self.kv_type, "kvCacheType", translate("ModelTab", "KV cache type"))
        self.kv_type.addItems(list(KV_TYPES))
        self.mmap = check_box("useMmap", translate("ModelTab", "Map the model file (mmap)"))
        self.mlock = check_box("useMlock", translate("ModelTab", "Keep the model in RAM (mlock)"))
        self._add_rows(form)
        self.scope.currentIndexChanged.connect(self._on_scope_changed)
        self.use_defaults.clicked.connect(self._on_use_defaults_clicked)
        self.gpu_all.toggled.connect(self._on_gpu_all_toggled)
        self.context.textChanged.connect(self._update_context_hint)
        self.kv_type.currentIndexChanged.connect(self._update_context_hint)
        for field in self.fields():
            field.textChanged.connect(self._update_scope_state)
        for box in (self.gpu_all, self.flash_attn, self.mmap, self.mlock):
            box.toggled.connect(self._update_scope_state)
        self.kv_type.currentIndexChanged.connect(self._update_scope_state)
        if model_path is not None:
            runner = tasks or TaskRunner(self, max_threads=1, name="settings-model")
            runner.run(
                lambda ctx: load_fit_facts(model_path, profile),
                on_done=self._on_fit_facts_loaded,
                on_error=self._on_fit_facts_failed,
                owner=self,
                name="read the model header",
            )

    def _add_rows(self, form: QFormLayout) -> None:
        context = self.context
        form.addRow(
            translate("ModelTab", "Context length"),
            field_cell(
                context,
                QLabel(translate("ModelTab", "tokens")),
                message=context.message,
                hint=self.context_hint,
            ),
        )
        threads_hint = hint_label(
            translate(
                "ModelTab",
                "0 = automatic: one per physical core ({cores} on this computer). Fewer threads "
                "leave room for other programs; the reply itself comes fastest with every core, "
                "even while the window draws it.",
            ).format(cores=format_number(physical_cores()))
        )
        threads_hint.setWordWrap(True)
        form.addRow(
            translate("ModelTab", "Threads"),
            field_cell(self.threads, message=self.threads.message, hint=threads_hint),
        )
        gpu_hint = hint_label(
            translate("ModelTab", "Layers to run on the GPU (Metal or CUDA builds); 0 = CPU only.")
        )
        form.addRow(
            translate("ModelTab", "GPU layers"),
            field_cell(
                self.gpu_layers, self.gpu_all, message=self.gpu_layers.message, hint=gpu_hint
            ),
        )
        form.addRow("", self.flash_attn)
        kv_hint = hint_label(
            translate(
                "ModelTab",
                "q8_0 halves the cache's memory, q4_0 quarters it, at a small cost in quality; "
                "both turn flash attention on.",
            )
        )
        form.addRow(translate("ModelTab", "KV cache"), field_cell(self.kv_type, hint=kv_hint))
        form.addRow("", self.mmap)
        form.addRow("", self.mlock)

    def fields(self) -> list[NumberField]:
        return [self.context, self.threads, self.gpu_layers]

    # -- values in and out ---------------------------------------------------------------

    def set_values(self, defaults: LoadOptions, override: LoadOptions | None) -> None:
        """Start from these (copied); the model scope is shown when a model is loaded."""
        self._defaults = replace(defaults)
        self._override = replace(override) if override is not None else None
        scope = MODEL_SCOPE if self.model_key else DEFAULT_SCOPE
        self.scope.blockSignals(True)
        self.scope.setCurrentIndex(max(0, self.scope.findData(scope)))
        self.scope.blockSignals(False)
        self._show(scope)

    def values(self) -> tuple[LoadOptions, LoadOptions | None]:
        """The defaults and this model's own settings (``None``: it uses the defaults)."""
        self._store()
        override = replace(self._override) if self._override is not None else None
        return replace(self._defaults), override

    def _shown_values(self) -> LoadOptions:
        if self._shown == MODEL_SCOPE and self._override is not None:
            return self._override
        return self._defaults

    def _read(self) -> LoadOptions:
        """The fields as settings; a field that is not valid keeps the shown value."""
        old = self._shown_values()

        def pick(field: NumberField, fallback: int) -> int:
            value = field.value()
            return fallback if value is None else int(value)

        return LoadOptions(
            n_ctx=pick(self.context, old.n_ctx),
            n_threads=pick(self.threads, old.n_threads),
            n_gpu_layers=-1
            if self.gpu_all.isChecked()
            else pick(self.gpu_layers, old.n_gpu_layers),
            flash_attn=self.flash_attn.isChecked(),
            kv_cache_type=self.kv_type.currentText(),
            use_mmap=self.mmap.isChecked(),
            use_mlock=self.mlock.isChecked(),
        )

    def _store(self) -> None:
        values = self._read()
        if self._shown == DEFAULT_SCOPE:
            self._defaults = values
        elif self._override is not None or values != self._defaults:
            self._override = values  # a change in the model scope gives it its own settings

    def _show(self, scope: str) -> None:
        self._shown = scope
        load = self._shown_values()
        self.context.set_value(load.n_ctx)
        self.threads.set_value(load.n_threads)
        self.gpu_all.setChecked(load.n_gpu_layers < 0)
        self.gpu_layers.set_value(load.n_gpu_layers if load.n_gpu_layers >= 0 else 999)
        self._on_gpu_all_toggled(self.gpu_all.isChecked())
        self.flash_attn.setChecked(load.flash_attn)
        self.kv_type.setCurrentIndex(max(0, self.kv_type.findText(load.kv_cache_type)))
        self.mmap.setChecked(load.use_mmap)
        self.mlock.setChecked(load.use_mlock)
        self._update_scope_state()

    # -- reactions -----------------------------------------------------------------------

    def _on_scope_changed(self) -> None:
        self._store()
        self._show(str(self.scope.currentData()))

    def _on_use_defaults_clicked(self) -> None:
        self._override = None
        self._show(MODEL_SCOPE)

    def _update_scope_state(self) -> None:
        if self._shown == DEFAULT_SCOPE:
            own = self._override is not None
            text = (
                translate(
                    "ModelTab",
                    "Every model without its own settings loads with these. "
                    "This model has its own.",
                )
                if own
                else translate("ModelTab", "Every model without its own settings loads with these.")
            )
            self.use_defaults.setEnabled(False)
        elif self._override is not None or self._read() != self._defaults:
            text = translate(
                "ModelTab",
                "This model loads with its own settings; the defaults don't apply to it.",
            )
            self.use_defaults.setEnabled(True)
        else:
            text = translate(
                "ModelTab", "This model uses the defaults. A change here gives it its own settings."
            )
            self.use_defaults.setEnabled(False)
        self.scope_state.setText(text)

    def _on_gpu_all_toggled(self, checked: bool) -> None:
        self.gpu_layers.setEnabled(not checked)
        if checked and self.gpu_layers.error():
            self.gpu_layers.set_value(999)
        self.validity_changed.emit()

    def _on_fit_facts_failed(self, exc: Exception) -> None:
        log.info("no memory estimate: %s", exc)
        self.fit_checked = True

    def _on_fit_facts_loaded(self, loaded: tuple[ModelFacts | None, MachineProfile | None]) -> None:
        facts, profile = loaded
        self._facts = facts
        self._profile = profile or self._profile
        self.fit_checked = True
        self._update_context_hint()

    def _update_context_hint(self) -> None:
        n_ctx = self.context.value()
        if self._facts is None or n_ctx is None:
            self.context_hint.setText(translate("ModelTab", PLAIN_CONTEXT_HINT))

            return
        self.context_hint.setText(
            fit_hint(self._facts, self._profile, int(n_ctx), self.kv_type.currentText())
        )
