"""The settings dialog: edits a copy of :class:`Settings`; the caller saves what it returns.

Every number is checked as it is typed, with a plain sentence under the field; OK stays
disabled while any field is wrong. The Hugging Face token is saved or cleared at once.
"""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.hardware import MachineProfile
from desktop.core.secrets import TokenStore
from desktop.core.settings import SamplingPreset, Settings
from desktop.core.thinking import NON_THINKING_PRESET, THINKING_PRESET
from desktop.core.thinking import SamplingPreset as RecommendedPreset
from desktop.gui.settings_data_tab import DataTab
from desktop.gui.settings_fields import (
    ERROR_COLOR,
    PLAIN_CONTEXT_HINT,
    FitFactsLoader,
    ModelFacts,
    NumberField,
    PresetBox,
    field_cell,
    fit_hint,
    hint_label,
)

KV_TYPES = ("f16", "q8_0", "q4_0")
THEMES = (("system", "Same as the system"), ("light", "Light"), ("dark", "Dark"))
MAX_TOKENS = 131072


def _named(widget: QWidget, name: str, accessible: str) -> QWidget:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


def _check(name: str, text: str) -> QCheckBox:
    box = QCheckBox(text)
    _named(box, name, text)
    return box


class SettingsDialog(QDialog):
    """Edit settings. ``model_path`` (a GGUF) and ``profile`` feed the context-length memory
    hint; ``token_store`` should be the app's one store, so a session-only token survives."""

    def __init__(
        self,
        settings: Settings,
        *,
        token_store: TokenStore | None = None,
        model_path: Path | None = None,
        profile: MachineProfile | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setAccessibleName("Settings")
        self.setWindowTitle("Settings")
        self._original = copy.deepcopy(settings)
        self._facts: ModelFacts | None = None
        self.fit_checked = False  # True once the model header has been read (or failed)
        self._profile = profile
        self._fields: list[NumberField] = []
        self.tabs = QTabWidget()
        _named(self.tabs, "settingsTabs", "Settings pages")
        self.tabs.addTab(self._model_tab(), "Model")
        self.tabs.addTab(self._generation_tab(), "Generation")
        self.tabs.addTab(self._appearance_tab(), "Appearance")
        self.tabs.addTab(self._behaviour_tab(), "Behaviour")
        self.data_tab = DataTab(token_store or TokenStore())
        self.data_tab.validity_changed.connect(self._on_field_validity_changed)
        self.tabs.addTab(self.data_tab, "Data")
        self.problem = QLabel()
        _named(self.problem, "settingsProblem", "Settings problem")
        self.problem.setStyleSheet(f"color: {ERROR_COLOR};")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        _named(self.buttons, "settingsButtons", "Settings buttons")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        _named(self.ok_button, "settingsOk", "Save settings")
        self.defaults_button = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        self.defaults_button.setText("Reset to defaults")
        _named(self.defaults_button, "settingsDefaults", "Reset all settings to defaults")
        self.defaults_button.clicked.connect(self._on_defaults_clicked)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        for field in self._fields:
            field.validity_changed.connect(self._on_field_validity_changed)
        self.context.textChanged.connect(self._update_context_hint)
        self.kv_type.currentIndexChanged.connect(self._update_context_hint)
        self._load(self._original)
        self._fit_loader = FitFactsLoader()  # no parent: a pool thread may still hold it
        self._fit_loader.loaded.connect(self._on_fit_loader_loaded)
        if model_path is not None:
            self._fit_loader.start(model_path, profile)

    # -- pages ---------------------------------------------------------------------------

    def _field(
        self, name: str, label: str, low: float, high: float, *, decimal: bool = False
    ) -> NumberField:
        field = NumberField(name, label, low, high, decimal=decimal)
        self._fields.append(field)
        return field

    def _model_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.context = self._field("contextLength", "Context length", 256, 1_048_576)
        self.context_hint = hint_label(PLAIN_CONTEXT_HINT, "contextHint")
        form.addRow(
            "Context length",
            field_cell(
                self.context, QLabel("tokens"), message=self.context.message, hint=self.context_hint
            ),
        )
        self.threads = self._field("threads", "Threads", 0, 512)
        form.addRow(
            "Threads",
            field_cell(
                self.threads,
                message=self.threads.message,
                hint=hint_label("0 = automatic (one per physical core)."),
            ),
        )
        self.gpu_layers = self._field("gpuLayers", "GPU layers", 0, 999)
        self.gpu_all = _check("gpuLayersAll", "All")
        self.gpu_all.toggled.connect(self._on_gpu_all_toggled)
        form.addRow(
            "GPU layers",
            field_cell(
                self.gpu_layers,
                self.gpu_all,
                message=self.gpu_layers.message,
                hint=hint_label("Layers to run on the GPU (Metal or CUDA builds); 0 = CPU only."),
            ),
        )
        self.flash_attn = _check("flashAttention", "Flash attention")
        form.addRow("", self.flash_attn)
        self.kv_type = QComboBox()
        _named(self.kv_type, "kvCacheType", "KV cache type")
        self.kv_type.addItems(list(KV_TYPES))
        form.addRow(
            "KV cache",
            field_cell(
                self.kv_type,
                hint=hint_label(
                    "q8_0 halves the cache's memory, q4_0 quarters it, at a small cost in "
                    "quality; both turn flash attention on."
                ),
            ),
        )
        self.mmap = _check("useMmap", "Map the model file (mmap)")
        self.mlock = _check("useMlock", "Keep the model in RAM (mlock)")
        form.addRow("", self.mmap)
        form.addRow("", self.mlock)
        return page

    def _generation_tab(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        self.thinking_box = PresetBox("Thinking mode", "thinking", _preset(THINKING_PRESET))
        self.plain_box = PresetBox("Non-thinking mode", "plain", _preset(NON_THINKING_PRESET))
        self._fields += self.thinking_box.fields() + self.plain_box.fields()
        presets = QHBoxLayout()
        presets.addWidget(self.thinking_box)
        presets.addWidget(self.plain_box)
        column.addLayout(presets)
        other = QGroupBox("Both modes")
        form = QFormLayout(other)
        self.presence = self._field("presencePenalty", "Presence penalty", -2, 2, decimal=True)
        self.repeat = self._field("repeatPenalty", "Repeat penalty", 0.5, 2, decimal=True)
        self.seed = self._field("seed", "Seed", -1, 2**32 - 1)
        self.max_tokens = self._field("maxTokens", "Max tokens", 1, MAX_TOKENS)
        self.budget = self._field("thinkingBudget", "Thinking budget", 0, MAX_TOKENS)
        hints = {
            self.presence: "0 = off; up to 1.5 helps when answers repeat.",
            self.repeat: "1 = off.",
            self.seed: "-1 = a new random seed for every reply.",
            self.max_tokens: "The longest reply, thinking included.",
            self.budget: "Default for new chats; 0 = unlimited thinking.",
        }
        for field, hint in hints.items():
            form.addRow(
                field.label, field_cell(field, message=field.message, hint=hint_label(hint))
            )
        column.addWidget(other)
        column.addStretch(1)
        return page

    def _appearance_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.theme = QComboBox()
        _named(self.theme, "theme", "Theme")
        for key, text in THEMES:
            self.theme.addItem(text, key)
        form.addRow("Theme", self.theme)
        self.font_size = self._field("fontSize", "Transcript font size", 8, 48)
        form.addRow(
            "Transcript font size",
            field_cell(self.font_size, QLabel("pt"), message=self.font_size.message),
        )
        return page

    def _behaviour_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.enter_to_send = _check("enterToSend", "Enter sends the message")
        form.addRow(
            "",
            field_cell(
                self.enter_to_send,
                hint=hint_label("On: Shift+Enter starts a new line. Off: Ctrl+Enter sends."),
            ),
        )
        self.offline = _check("offline", "Offline mode")
        form.addRow(
            "",
            field_cell(
                self.offline,
                hint=hint_label(
                    "Never use the network: no downloads and no catalog updates. "
                    "Models you already have keep working."
                ),
            ),
        )
        return page

    # -- values in and out ---------------------------------------------------------------

    def _load(self, settings: Settings) -> None:
        load, gen = settings.load, settings.generation
        self.context.set_value(load.n_ctx)
        self.threads.set_value(load.n_threads)
        self.gpu_all.setChecked(load.n_gpu_layers < 0)
        self.gpu_layers.set_value(max(0, load.n_gpu_layers) if load.n_gpu_layers >= 0 else 999)
        self._on_gpu_all_toggled(self.gpu_all.isChecked())
        self.flash_attn.setChecked(load.flash_attn)
        self.kv_type.setCurrentIndex(max(0, self.kv_type.findText(load.kv_cache_type)))
        self.mmap.setChecked(load.use_mmap)
        self.mlock.setChecked(load.use_mlock)
        self.thinking_box.set_preset(gen.thinking)
        self.plain_box.set_preset(gen.non_thinking)
        self.presence.set_value(gen.presence_penalty)
        self.repeat.set_value(gen.repeat_penalty)
        self.seed.set_value(gen.seed)
        self.max_tokens.set_value(gen.max_tokens)
        self.budget.set_value(gen.thinking_budget)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        self.font_size.set_value(settings.font_size)
        self.enter_to_send.setChecked(settings.enter_to_send)
        self.offline.setChecked(settings.offline)
        self.data_tab.set_models_dir(settings.models_dir)
        self._on_field_validity_changed()

    def settings(self) -> Settings:
        """The edited settings: a new object; fields still invalid keep their old values."""
        result = copy.deepcopy(self._original)
        load, gen = result.load, result.generation

        def pick(field: NumberField, old: float) -> float:
            value = field.value()
            return old if value is None else value

        load.n_ctx = int(pick(self.context, load.n_ctx))
        load.n_threads = int(pick(self.threads, load.n_threads))
        load.n_gpu_layers = (
            -1 if self.gpu_all.isChecked() else int(pick(self.gpu_layers, load.n_gpu_layers))
        )
        load.flash_attn = self.flash_attn.isChecked()
        load.kv_cache_type = self.kv_type.currentText()
        load.use_mmap = self.mmap.isChecked()
        load.use_mlock = self.mlock.isChecked()
        gen.thinking = self.thinking_box.preset(gen.thinking)
        gen.non_thinking = self.plain_box.preset(gen.non_thinking)
        gen.presence_penalty = float(pick(self.presence, gen.presence_penalty))
        gen.repeat_penalty = float(pick(self.repeat, gen.repeat_penalty))
        gen.seed = int(pick(self.seed, gen.seed))
        gen.max_tokens = int(pick(self.max_tokens, gen.max_tokens))
        gen.thinking_budget = int(pick(self.budget, gen.thinking_budget))
        result.theme = str(self.theme.currentData())
        result.font_size = int(pick(self.font_size, result.font_size))
        result.enter_to_send = self.enter_to_send.isChecked()
        result.offline = self.offline.isChecked()
        if not self.data_tab.error():
            result.models_dir = self.data_tab.models_dir_value()
        return result

    def problems(self) -> list[str]:
        """Every problem shown right now, in tab order."""
        found = [field.error() for field in self._fields if field.isEnabled() and field.error()]
        if self.data_tab.error():
            found.append(self.data_tab.error())
        return found

    # -- reactions -----------------------------------------------------------------------

    def _on_field_validity_changed(self) -> None:
        problems = self.problems()
        self.ok_button.setEnabled(not problems)
        if not problems:
            self.problem.setText("")
            self.problem.hide()
            return
        pages = sorted({self._page_of(field) for field in self._fields if field.error()})
        if self.data_tab.error():
            pages.append(self.tabs.indexOf(self.data_tab))
        names = ", ".join(self.tabs.tabText(p) for p in sorted(set(pages)) if p >= 0)
        self.problem.setText(f"Fix the field marked in red ({names}) to save.")
        self.problem.show()

    def _page_of(self, field: QWidget) -> int:
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if page is not None and page.isAncestorOf(field):
                return index
        return -1

    def _on_gpu_all_toggled(self, checked: bool) -> None:
        self.gpu_layers.setEnabled(not checked)
        if checked and self.gpu_layers.error():
            self.gpu_layers.set_value(999)
        self._on_field_validity_changed()

    def _on_defaults_clicked(self) -> None:
        defaults = Settings()
        defaults.last_model = self._original.last_model
        defaults.per_model = copy.deepcopy(self._original.per_model)
        self._load(defaults)

    def _on_fit_loader_loaded(
        self, facts: ModelFacts | None, profile: MachineProfile | None
    ) -> None:
        self._facts = facts
        self._profile = profile or self._profile
        self.fit_checked = True
        self._update_context_hint()

    def _update_context_hint(self) -> None:
        n_ctx = self.context.value()
        if self._facts is None or n_ctx is None:
            self.context_hint.setText(PLAIN_CONTEXT_HINT)
            return
        self.context_hint.setText(
            fit_hint(self._facts, self._profile, int(n_ctx), self.kv_type.currentText())
        )


def _preset(preset: RecommendedPreset) -> SamplingPreset:
    """core.thinking's frozen preset as the settings' dataclass."""
    return SamplingPreset(preset.temperature, preset.top_p, preset.top_k, preset.min_p)
