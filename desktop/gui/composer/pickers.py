"""The composer's two pickers: the model (installed models, "Open GGUF file…" and "Unload
model") and the system prompt preset (General/Coder/Maths + "System prompt and sampling…",
which also edits the chat's own sampling)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFileDialog, QWidget

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.sampling import Sampling
from desktop.gui.composer.presets import PRESETS, SystemPromptDialog
from desktop.gui.composer.sampling_box import SamplingAdvice

OPEN_FILE = "open-file"  # item data of the "Open GGUF file…" entry
UNLOAD = "unload"  # item data of the "Unload model" entry
EDIT_PROMPT = "edit-prompt"  # item data of the "System prompt and sampling…" entry
EDIT_LABEL = QT_TRANSLATE_NOOP("PresetPicker", "System prompt and sampling…")
# The built-in presets' names (desktop/core/prompts.py keeps them as keys), shown translated.
PRESET_NAMES = (
    QT_TRANSLATE_NOOP("Presets", "General"),
    QT_TRANSLATE_NOOP("Presets", "Coder"),
    QT_TRANSLATE_NOOP("Presets", "Maths"),
)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a == b


class ModelPicker(QComboBox):
    """Installed models by name, one entry per file; choosing one (or a GGUF file) emits its
    path, "Unload model" asks to free the loaded one."""

    model_requested = Signal(object)  # Path
    unload_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modelCombo")
        self.setAccessibleName(translate("ModelPicker", "Model"))
        self.setToolTip(translate("ModelPicker", "The model that answers"))
        self.setPlaceholderText(translate("ModelPicker", "No model loaded"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(22)
        self._models: list[tuple[str, Path]] = []
        self._current: str | None = None
        self._current_path: Path | None = None
        self._last_folder = ""
        self.activated.connect(self._on_activated)
        self._fill()

    def set_models(self, models: Sequence[tuple[str, Path]]) -> None:
        """The models to offer; a file listed twice (by a link, or as library and recent
        model) appears once, under its first name."""
        unique: list[tuple[str, Path]] = []
        for name, path in models:
            if not any(_same_file(Path(path), known) for _, known in unique):
                unique.append((name, Path(path)))
        self._models = unique
        self._fill()

    def set_current_model(self, name: str | None, path: Path | None = None) -> None:
        """Show the loaded model (``None``: none); ``path`` finds its entry even when two
        entries share a name."""
        self._current = name
        self._current_path = Path(path) if path is not None and name is not None else None
        self._fill()

    def _current_index(self) -> int:
        if self._current is None:
            return -1
        if self._current_path is not None:
            for index in range(self.count()):
                data = self.itemData(index)
                if isinstance(data, Path) and _same_file(data, self._current_path):
                    return index
        return self.findText(self._current)

    def _fill(self) -> None:
        self.blockSignals(True)
        self.clear()
        for name, path in self._models:
            self.addItem(name, path)
            self.setItemData(self.count() - 1, str(path), Qt.ItemDataRole.ToolTipRole)
        if self._current is not None and self._current_index() < 0:
            # loaded from a file outside the library
            self.insertItem(0, self._current, self._current_path)
        self.insertSeparator(self.count())
        self.addItem(translate("ModelPicker", "Open GGUF file…"), OPEN_FILE)
        if self._current is not None:
            self.addItem(translate("ModelPicker", "Unload model"), UNLOAD)
            self.setItemData(
                self.count() - 1,
                translate("ModelPicker", "Free the memory the model takes"),
                Qt.ItemDataRole.ToolTipRole,
            )
        self.setCurrentIndex(self._current_index())
        self.blockSignals(False)

    def _on_activated(self, index: int) -> None:
        data = self.itemData(index)
        if data == OPEN_FILE:
            self._fill()  # show the loaded model again until the new one has loaded
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                translate("ModelPicker", "Open a GGUF model"),
                self._last_folder,
                translate("ModelPicker", "GGUF models (*.gguf)"),
            )
            if chosen:
                self._last_folder = str(Path(chosen).parent)
                self.model_requested.emit(Path(chosen))
        elif data == UNLOAD:
            self._fill()  # the model stays shown until it is gone
            self.unload_requested.emit()
        elif isinstance(data, Path) and index != self._current_index():
            self.model_requested.emit(data)


class PresetPicker(QComboBox):
    """The preset of the chat; "(edited)" marks a prompt changed from the preset's default."""

    preset_changed = Signal(str, str)  # name, prompt
    sampling_changed = Signal(object, int)  # the chat's Sampling or None, max tokens (0: none)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presetCombo")
        self.setAccessibleName(translate("PresetPicker", "Preset"))
        self._defaults = dict(PRESETS)
        self._name = "General"
        self._prompt = PRESETS["General"]
        self._sampling: Sampling | None = None
        self._max_tokens = 0
        self._advisor: Callable[[], SamplingAdvice] | None = None
        self.dialog: SystemPromptDialog | None = None
        self.activated.connect(self._on_activated)
        self._fill()

    def preset(self) -> tuple[str, str]:
        return self._name, self._prompt

    def set_preset(self, name: str, prompt: str) -> None:
        """Show a preset and its prompt (no signal); an unknown name becomes a new entry."""
        self._defaults.setdefault(name, prompt)
        self._name, self._prompt = name, prompt
        self._fill()

    def set_sampling(self, sampling: Sampling | None, max_tokens: int) -> None:
        """The chat's own sampling (None: the recommended one) and max tokens (no signal)."""
        self._sampling, self._max_tokens = sampling, max_tokens

    def set_advisor(self, advisor: Callable[[], SamplingAdvice]) -> None:
        """Where the editor asks, when it opens, which values are recommended and why."""
        self._advisor = advisor

    def edit_prompt(self) -> None:
        """Open the prompt and sampling editor (window-modal, non-blocking)."""
        if self.dialog is not None:
            self.dialog.raise_()
            return
        default = self._defaults[self._name]
        dialog = SystemPromptDialog(
            self._name,
            self._prompt,
            default,
            self.window(),
            sampling=self._sampling,
            max_tokens=self._max_tokens,
            advice=self._advisor() if self._advisor is not None else None,
        )
        dialog.accepted.connect(lambda: self._on_dialog_accepted(dialog))
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()

    def _fill(self) -> None:
        self.blockSignals(True)
        self.clear()
        for name, default in self._defaults.items():
            edited = name == self._name and self._prompt != default
            shown = translate("Presets", name)
            if edited:
                shown = translate("PresetPicker", "{name} (edited)").format(name=shown)
            self.addItem(shown, name)
        self.insertSeparator(self.count())
        self.addItem(translate("PresetPicker", EDIT_LABEL), EDIT_PROMPT)
        self.setCurrentIndex(self.findData(self._name))
        self.blockSignals(False)
        summary = self._prompt if len(self._prompt) < 240 else self._prompt[:240] + "…"
        self.setToolTip(
            translate("PresetPicker", "System prompt preset\n\n{prompt}").format(prompt=summary)
            if summary
            else translate("PresetPicker", "No system prompt")
        )

    def _on_activated(self, index: int) -> None:
        name = self.itemData(index)
        if name == EDIT_PROMPT:
            self._fill()  # put the chat's preset back in the box
            self.edit_prompt()
        elif isinstance(name, str) and name != self._name:
            self._name, self._prompt = name, self._defaults[name]
            self._fill()
            self.preset_changed.emit(self._name, self._prompt)

    def _on_dialog_accepted(self, dialog: SystemPromptDialog) -> None:
        self._prompt = dialog.prompt()
        self._fill()
        self.preset_changed.emit(self._name, self._prompt)
        if dialog.sampling_box is not None and dialog.sampling() != (
            self._sampling,
            self._max_tokens,
        ):
            self._sampling, self._max_tokens = dialog.sampling()
            self.sampling_changed.emit(self._sampling, self._max_tokens)

    def _on_dialog_finished(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
