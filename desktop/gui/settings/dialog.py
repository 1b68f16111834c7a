"""The settings dialog: edits a copy of :class:`Settings`; the caller saves what it returns.

Every number is checked as it is typed, with a plain sentence under the field; OK stays
disabled while any field is wrong. The Hugging Face token is saved or cleared at once.
"""

from __future__ import annotations

import copy
from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.hardware import MachineProfile
from desktop.core.hub.token_store import TokenStore
from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.sampling import NON_THINKING, THINKING, Sampling
from desktop.core.settings import SAMPLING_CUSTOM, SAMPLING_MODEL_CARD, Settings
from desktop.gui.settings.data_tab import DataTab
from desktop.gui.settings.fields import (
    ERROR_COLOR,
    ModelTab,
    NumberField,
    check_box,
    field_cell,
    hint_label,
    named,
)
from desktop.gui.settings.language_choice import LanguageChoice
from desktop.gui.settings.tools_tab import ToolsTab
from desktop.gui.tasks import TaskRunner
from desktop.gui.widgets import text_size
from desktop.tools.toolbox import ToolBox

THEMES = (
    ("system", QT_TRANSLATE_NOOP("SettingsDialog", "Same as the system")),
    ("light", QT_TRANSLATE_NOOP("SettingsDialog", "Light")),
    ("dark", QT_TRANSLATE_NOOP("SettingsDialog", "Dark")),
    ("contrast", QT_TRANSLATE_NOOP("SettingsDialog", "High contrast")),
)
MAX_TOKENS = 131072


class PresetBox(QGroupBox):
    """Temperature, top-p, top-k and min-p for one thinking mode, with a reset button."""

    def __init__(self, title: str, prefix: str, recommended: Sampling) -> None:
        super().__init__(title)
        self._recommended = recommended
        self.temperature = NumberField(
            f"{prefix}Temperature", translate("PresetBox", "Temperature"), 0, 2, decimal=True
        )
        self.top_p = NumberField(
            f"{prefix}TopP", translate("PresetBox", "Top-p"), 0, 1, decimal=True
        )
        self.top_k = NumberField(f"{prefix}TopK", translate("PresetBox", "Top-k"), 0, 200)
        self.min_p = NumberField(
            f"{prefix}MinP", translate("PresetBox", "Min-p"), 0, 1, decimal=True
        )
        form = QFormLayout(self)
        for field in self.fields():
            field.setMaximumWidth(90)
            form.addRow(field.label, field_cell(field, message=field.message))
        self.reset = QPushButton(translate("PresetBox", "Reset to Qwen's recommended"))
        self.reset.setToolTip(
            translate(
                "PresetBox",
                "Temperature {temperature}, top-p {top_p}, top-k {top_k}, min-p {min_p}",
            ).format(
                temperature=f"{recommended.temperature:g}",
                top_p=f"{recommended.top_p:g}",
                top_k=recommended.top_k,
                min_p=f"{recommended.min_p:g}",
            )
        )
        self.reset.setObjectName(f"{prefix}Reset")
        self.reset.setAccessibleName(
            translate("PresetBox", "Reset {mode} to Qwen's recommended").format(mode=title.lower())
        )
        self.reset.clicked.connect(lambda: self.set_preset(self._recommended))
        form.addRow(self.reset)

    def fields(self) -> list[NumberField]:
        return [self.temperature, self.top_p, self.top_k, self.min_p]

    def set_preset(self, preset: Sampling) -> None:
        self.temperature.set_value(preset.temperature)
        self.top_p.set_value(preset.top_p)
        self.top_k.set_value(preset.top_k)
        self.min_p.set_value(preset.min_p)

    def preset(self, fallback: Sampling) -> Sampling:
        def get(field: NumberField, default: float) -> float:
            value = field.value()
            return default if value is None else value

        return replace(
            fallback,
            temperature=float(get(self.temperature, fallback.temperature)),
            top_p=float(get(self.top_p, fallback.top_p)),
            top_k=int(get(self.top_k, fallback.top_k)),
            min_p=float(get(self.min_p, fallback.min_p)),
        )


class SettingsDialog(QDialog):
    """Edit settings. With ``model_path`` (the loaded model) the Model tab edits that model's
    own load settings or the defaults, and ``profile`` feeds the memory hint; ``token_store``
    should be the app's one store, so a session-only token survives; ``tasks`` the app's one
    :class:`TaskRunner` (the header read and a models move run on it; None: private ones);
    ``toolbox`` the app's tools, for the Tools tab's server states and switches."""

    def __init__(
        self,
        settings: Settings,
        *,
        token_store: TokenStore | None = None,
        model_path: Path | None = None,
        profile: MachineProfile | None = None,
        tasks: TaskRunner | None = None,
        toolbox: ToolBox | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setAccessibleName(translate("SettingsDialog", "Settings"))
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        self._original = copy.deepcopy(settings)
        self._keep_edits = True  # False: Cancel after a move keeps only the folder change
        self.model_tab = ModelTab(model_path, profile, tasks=tasks)
        self.model_tab.validity_changed.connect(self._on_field_validity_changed)
        self._fields: list[NumberField] = self.model_tab.fields()
        tab = self.model_tab
        self.context, self.context_hint, self.threads = tab.context, tab.context_hint, tab.threads
        self.gpu_layers, self.gpu_all, self.flash_attn = tab.gpu_layers, tab.gpu_all, tab.flash_attn
        self.kv_type, self.mmap, self.mlock = tab.kv_type, tab.mmap, tab.mlock
        self.tabs = QTabWidget()
        named(self.tabs, "settingsTabs", translate("SettingsDialog", "Settings pages"))
        self.tabs.addTab(self.model_tab, translate("SettingsDialog", "Model"))
        self.tabs.addTab(self._generation_tab(), translate("SettingsDialog", "Generation"))
        self.tabs.addTab(self._appearance_tab(), translate("SettingsDialog", "Appearance"))
        self.tabs.addTab(self._behaviour_tab(), translate("SettingsDialog", "Behaviour"))
        self.data_tab = DataTab(
            token_store or TokenStore(), models_dir=settings.models_dir, tasks=tasks
        )
        self.data_tab.validity_changed.connect(self._on_field_validity_changed)
        self.tabs.addTab(self.data_tab, translate("SettingsDialog", "Data"))
        self.tools_tab = ToolsTab(toolbox, tasks=tasks)
        self._fields += self.tools_tab.fields()
        self.tabs.addTab(self.tools_tab, translate("SettingsDialog", "Tools"))
        self.problem = QLabel()
        named(self.problem, "settingsProblem", translate("SettingsDialog", "Settings problem"))
        self.problem.setStyleSheet(f"color: {ERROR_COLOR};")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        named(self.buttons, "settingsButtons", translate("SettingsDialog", "Settings buttons"))
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        named(self.ok_button, "settingsOk", translate("SettingsDialog", "Save settings"))
        self.defaults_button = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        self.defaults_button.setText(translate("SettingsDialog", "Reset to defaults"))
        named(
            self.defaults_button,
            "settingsDefaults",
            translate("SettingsDialog", "Reset all settings to defaults"),
        )
        self.defaults_button.clicked.connect(self._on_defaults_clicked)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        for field in self._fields:
            field.validity_changed.connect(self._on_field_validity_changed)
        self._load(self._original)

    @property
    def fit_checked(self) -> bool:
        """True once the loaded model's header has been read (or failed to read)."""
        return self.model_tab.fit_checked

    # -- pages ---------------------------------------------------------------------------

    def _field(
        self, name: str, label: str, low: float, high: float, *, decimal: bool = False
    ) -> NumberField:
        field = NumberField(name, label, low, high, decimal=decimal)
        self._fields.append(field)
        return field

    def _generation_tab(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        self.model_card = check_box(
            "modelCardSampling",
            translate("SettingsDialog", "Use each model's recommended sampling"),
        )
        column.addWidget(
            field_cell(
                self.model_card,
                hint=hint_label(
                    translate(
                        "SettingsDialog",
                        "From the model's card: Qwen3 0.6/0.95 thinking and 0.7/0.8 otherwise, "
                        "QwQ and DeepSeek-R1 distills 0.6/0.95, Qwen2.5 0.7/0.8 with repetition "
                        "penalty 1.05. Changing a value below uses your values for every model.",
                    )
                ),
            )
        )
        self.thinking_box = PresetBox(
            translate("SettingsDialog", "Thinking mode"), "thinking", THINKING
        )
        self.plain_box = PresetBox(
            translate("SettingsDialog", "Non-thinking mode"), "plain", NON_THINKING
        )
        self._fields += self.thinking_box.fields() + self.plain_box.fields()
        presets = QHBoxLayout()
        presets.addWidget(self.thinking_box)
        presets.addWidget(self.plain_box)
        column.addLayout(presets)
        other = QGroupBox(translate("SettingsDialog", "Both modes"))
        form = QFormLayout(other)
        self.presence = self._field(
            "presencePenalty", translate("SettingsDialog", "Presence penalty"), -2, 2, decimal=True
        )
        self.repeat = self._field(
            "repeatPenalty", translate("SettingsDialog", "Repeat penalty"), 0.5, 2, decimal=True
        )
        self.seed = self._field("seed", translate("SettingsDialog", "Seed"), -1, 2**32 - 1)
        self.max_tokens = self._field(
            "maxTokens", translate("SettingsDialog", "Max tokens"), 1, MAX_TOKENS
        )
        self.budget = self._field(
            "thinkingBudget", translate("SettingsDialog", "Thinking budget"), 0, MAX_TOKENS
        )
        hints = {
            self.presence: translate(
                "SettingsDialog", "0 = off; up to 1.5 helps when answers repeat."
            ),
            self.repeat: translate("SettingsDialog", "1 = off."),
            self.seed: translate("SettingsDialog", "-1 = a new random seed for every reply."),
            self.max_tokens: translate("SettingsDialog", "The longest reply, thinking included."),
            self.budget: translate(
                "SettingsDialog", "Default for new chats; 0 = unlimited thinking."
            ),
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
        named(self.theme, "theme", translate("SettingsDialog", "Theme"))
        for key, text in THEMES:
            self.theme.addItem(translate("SettingsDialog", text), key)
        form.addRow(translate("SettingsDialog", "Theme"), self.theme)
        self.language = LanguageChoice(self._original.language)
        form.addRow(translate("SettingsDialog", "Language"), self.language)
        font_size = translate("SettingsDialog", "Transcript font size")
        self.font_size = self._field("fontSize", font_size, 8, 48)
        form.addRow(
            font_size,
            field_cell(
                self.font_size,
                QLabel(translate("SettingsDialog", "pt")),
                message=self.font_size.message,
            ),
        )
        self.text_size = QComboBox()
        named(self.text_size, "textSize", translate("SettingsDialog", "Text size"))
        for percent in text_size.CHOICES:
            self.text_size.addItem(translate("SettingsDialog", "{n} %").format(n=percent), percent)
        hint = translate(
            "SettingsDialog",
            "Of the system's font size, for the whole window and the transcript.",
        )
        form.addRow(
            translate("SettingsDialog", "Te&xt size"),
            field_cell(self.text_size, hint=hint_label(hint)),
        )
        return page

    def _behaviour_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.enter_to_send = check_box(
            "enterToSend", translate("SettingsDialog", "Enter sends the message")
        )
        form.addRow(
            "",
            field_cell(
                self.enter_to_send,
                hint=hint_label(
                    translate(
                        "SettingsDialog",
                        "On: Shift+Enter starts a new line. Off: Ctrl+Enter sends.",
                    )
                ),
            ),
        )
        self.auto_titles = check_box(
            "autoTitles", translate("SettingsDialog", "Let the model title new chats")
        )
        form.addRow(
            "",
            field_cell(
                self.auto_titles,
                hint=hint_label(
                    translate(
                        "SettingsDialog",
                        "After the first reply the loaded model writes a short title in the "
                        "chat's language, in the background. Off: the first message is the title.",
                    )
                ),
            ),
        )
        self.offline = check_box("offline", translate("SettingsDialog", "Offline mode"))
        form.addRow(
            "",
            field_cell(
                self.offline,
                hint=hint_label(
                    translate(
                        "SettingsDialog",
                        "Never use the network: no downloads and no catalog updates. "
                        "Models you already have keep working.",
                    )
                ),
            ),
        )
        return page

    # -- values in and out ---------------------------------------------------------------

    def _load(self, settings: Settings) -> None:
        gen, key = settings.generation, self.model_tab.model_key
        self.model_tab.set_values(settings.load, settings.per_model.get(key) if key else None)
        self.thinking_box.set_preset(gen.thinking)
        self.plain_box.set_preset(gen.non_thinking)
        self.model_card.setChecked(gen.sampling_source == SAMPLING_MODEL_CARD)
        self._shown_sampling = (gen.thinking, gen.non_thinking)
        # Penalties and seed are shown once and apply to both modes.
        self.presence.set_value(gen.thinking.presence_penalty)
        self.repeat.set_value(gen.thinking.repeat_penalty)
        self.seed.set_value(gen.thinking.seed)
        self.max_tokens.set_value(gen.max_tokens)
        self.budget.set_value(gen.thinking_budget)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        self.language.set_value(settings.language)
        self.font_size.set_value(settings.font_size)
        nearest = min(text_size.CHOICES, key=lambda p: abs(p - settings.text_size))
        self.text_size.setCurrentIndex(self.text_size.findData(nearest))
        self.enter_to_send.setChecked(settings.enter_to_send)
        self.auto_titles.setChecked(settings.auto_titles)
        self.offline.setChecked(settings.offline)
        self.data_tab.set_models_dir(settings.models_dir)
        self.tools_tab.set_values(settings.tools)
        self._on_field_validity_changed()

    def settings(self) -> Settings:
        """The edited settings: a new object; fields still invalid keep their old values."""
        result = copy.deepcopy(self._original)
        if self._keep_edits:
            self._read_edits(result)
        elif self.data_tab.moved_to is not None:
            result.models_dir = str(self.data_tab.moved_to)
        self._relocate(result)
        return result

    def _read_edits(self, result: Settings) -> None:
        gen, key = result.generation, self.model_tab.model_key

        def pick(field: NumberField, old: float) -> float:
            value = field.value()
            return old if value is None else value

        result.load, override = self.model_tab.values()
        if key and override is None:
            result.per_model.pop(key, None)
        elif key and override is not None:
            result.per_model[key] = override
        presence = float(pick(self.presence, gen.thinking.presence_penalty))
        repeat = float(pick(self.repeat, gen.thinking.repeat_penalty))
        seed = int(pick(self.seed, gen.thinking.seed))
        gen.thinking, gen.non_thinking = (
            replace(box.preset(old), presence_penalty=presence, repeat_penalty=repeat, seed=seed)
            for box, old in ((self.thinking_box, gen.thinking), (self.plain_box, gen.non_thinking))
        )
        # Values the user changed are meant for every model: they switch the cards off.
        edited = (gen.thinking, gen.non_thinking) != self._shown_sampling
        card = self.model_card.isChecked() and not edited
        gen.sampling_source = SAMPLING_MODEL_CARD if card else SAMPLING_CUSTOM
        gen.max_tokens = int(pick(self.max_tokens, gen.max_tokens))
        gen.thinking_budget = int(pick(self.budget, gen.thinking_budget))
        result.theme = str(self.theme.currentData())
        result.language = self.language.value()
        result.font_size = int(pick(self.font_size, result.font_size))
        result.text_size = int(self.text_size.currentData())
        result.enter_to_send = self.enter_to_send.isChecked()
        result.auto_titles = self.auto_titles.isChecked()
        result.offline = self.offline.isChecked()
        result.tools = self.tools_tab.values(result.tools)
        if not self.data_tab.error():
            result.models_dir = self.data_tab.models_dir_value()

    def _relocate(self, result: Settings) -> None:
        """Point the per-model settings and recent models at where a move put them."""
        if not self.data_tab.moves:
            return
        move = self.data_tab.relocated
        result.per_model = {move(key): value for key, value in result.per_model.items()}
        result.last_model = move(result.last_model) if result.last_model else ""
        result.recent_models = [move(path) for path in result.recent_models]

    def done(self, result: int) -> None:
        """Wait out a running move; after a move, Cancel still saves where the models are."""
        if self.data_tab.moving:
            return
        if result == QDialog.DialogCode.Rejected and self.data_tab.moves:
            self._keep_edits = False
            result = QDialog.DialogCode.Accepted
        super().done(result)

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
        self.problem.setText(
            translate("SettingsDialog", "Fix the field marked in red ({pages}) to save.").format(
                pages=names
            )
        )

        self.problem.show()

    def _page_of(self, field: QWidget) -> int:
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if page is not None and page.isAncestorOf(field):
                return index
        return -1

    def _on_defaults_clicked(self) -> None:
        defaults = Settings()
        defaults.last_model = self._original.last_model
        defaults.per_model = copy.deepcopy(self._original.per_model)
        if self.data_tab.moved_to is not None:  # the models are there now
            defaults.models_dir = str(self.data_tab.moved_to)
        self._load(defaults)
