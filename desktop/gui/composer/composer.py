"""The message composer: the model row, the growing message box and the send/stop controls.

It only collects input and emits signals; the main window decides what they do. Files dropped
or pasted into the box are added as fenced Markdown (see composer_files).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.i18n import translate
from desktop.core.sampling import Sampling
from desktop.core.thinking import ThinkingCapability, resolve_thinking
from desktop.gui.composer.files import (
    FileRejected,
    MessageInput,
    fenced_block,
    local_files,
    read_text_file,
)
from desktop.gui.composer.pickers import ModelPicker, PresetPicker
from desktop.gui.composer.presets import PRESETS
from desktop.gui.composer.sampling_box import SamplingAdvice
from desktop.gui.composer.style import STYLE
from desktop.gui.widgets.notice import Notice, NoticeKind

__all__ = ["PRESETS", "Composer"]

MAX_LINES = 8
BUDGET_STEP = 256
BUDGET_MAX = 32768
NOTICE_MS = 10_000


class Composer(QWidget):
    """Collects a message, the thinking switch and budget, the preset and the model."""

    send_requested = Signal(str)
    stop_requested = Signal()
    thinking_toggled = Signal(bool)
    budget_changed = Signal(int)  # 0 = unlimited
    preset_changed = Signal(str, str)  # preset name, system prompt text (edited or default)
    sampling_changed = Signal(object, int)  # the chat's own Sampling or None, max tokens or 0
    model_requested = Signal(object)  # Path of a model chosen in the picker or a file
    attach_requested = Signal(list)  # dropped or pasted files and folders, when attaching

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self.setAccessibleName(translate("Composer", "Message composer"))
        self.setAcceptDrops(True)
        self._generating = False
        self._sending_enabled = True
        self._enter_to_send = True
        self._capability: ThinkingCapability | None = None
        self._thinking_wanted = True
        self._attaching = False  # files become documents (set_attaching) or fenced text
        self._build()
        self._sync_thinking()
        self._sync_send()

    # -- public API ----------------------------------------------------------------------

    def set_generating(self, on: bool) -> None:
        """While generating, Send turns into Stop and Esc stops."""
        self._generating = on
        self._sync_send()

    def set_enter_to_send(self, on: bool) -> None:
        """On: Enter sends, Shift+Enter adds a line. Off: Enter adds a line, Ctrl+Enter sends."""
        self._enter_to_send = on
        self._sync_send()
        if on:
            hint = translate("Composer", "Enter sends; Shift+Enter starts a new line.")
        else:
            hint = translate("Composer", "Ctrl+Enter sends; Enter starts a new line.")
        self.input.setAccessibleDescription(hint)

    def set_capability(self, capability: ThinkingCapability | None) -> None:
        """What the loaded model can do; the toggle is only live for hybrid models."""
        self._capability = capability
        self._sync_thinking()

    def set_thinking(self, on: bool) -> None:
        """Set the user's thinking choice (no signal); it applies when the model is hybrid."""
        self._thinking_wanted = on
        self._sync_thinking()

    def thinking(self) -> bool:
        """Whether the model will think: forced by ALWAYS/NEVER models, else the toggle."""
        if self._capability is None:
            return self._thinking_wanted
        return resolve_thinking("on" if self._thinking_wanted else "off", self._capability)

    def set_budget(self, tokens: int) -> None:
        """Set the thinking budget in tokens, 0 for unlimited (no signal)."""
        self.budget_spin.blockSignals(True)
        self.budget_spin.setValue(max(0, min(BUDGET_MAX, tokens)))
        self.budget_spin.blockSignals(False)

    def budget(self) -> int:
        return self.budget_spin.value()

    def set_preset(self, name: str, prompt: str) -> None:
        """Show a conversation's preset and prompt (no signal); unknown names are added."""
        self.preset_combo.set_preset(name, prompt)

    def preset(self) -> tuple[str, str]:
        """The current preset name and its system prompt."""
        return self.preset_combo.preset()

    def set_sampling(self, sampling: Sampling | None, max_tokens: int) -> None:
        """Show a chat's own sampling (None: the recommended values) and max tokens."""
        self.preset_combo.set_sampling(sampling, max_tokens)

    def set_sampling_advisor(self, advisor: Callable[[], SamplingAdvice]) -> None:
        """Asked when the prompt and sampling editor opens: the values that apply and why."""
        self.preset_combo.set_advisor(advisor)

    def set_attaching(self, on: bool) -> None:
        """Dropped and pasted files go to ``attach_requested`` (the chat's documents) instead
        of into the message as fenced text."""
        self._attaching = on

    def add_above_input(self, widget: QWidget) -> None:
        """Put a widget in the message card above the box (the attached documents)."""
        self._card_layout.insertWidget(0, widget)

    def add_to_bar_start(self, widget: QWidget) -> None:
        """Put a control first in the bar under the box (the paper clip)."""
        self._bar.insertWidget(0, widget)

    def take_files(self, paths: Sequence[Path]) -> None:
        """Files dropped or pasted: attached as documents, or added as text."""
        if self._attaching:
            self.attach_requested.emit(list(paths))
        else:
            self.add_files(paths)

    def add_to_bar(self, widget: QWidget) -> None:
        """Put another control after the preset (the window's tools bar)."""
        self._bar.insertWidget(self._bar.indexOf(self.preset_combo) + 1, widget)

    def set_models(self, models: Sequence[tuple[str, Path]]) -> None:
        """The installed models offered in the picker, as (name, path)."""
        self.model_combo.set_models(models)

    def set_current_model(self, name: str | None, path: Path | None = None) -> None:
        """Show the loaded model's name (``None``: no model loaded) and file."""
        self.model_combo.set_current_model(name, path)

    def set_loading(self, fraction: float | None, phrase: str = "") -> None:
        """Show load progress (0..1; negative or NaN: busy without a figure); None hides it."""
        if fraction is None:
            self.load_progress.hide()
            self.load_phrase.hide()
            return
        if math.isnan(fraction) or fraction < 0:
            self.load_progress.setRange(0, 0)
        else:
            self.load_progress.setRange(0, 1000)
            self.load_progress.setValue(round(min(1.0, fraction) * 1000))
        self.load_phrase.setText(phrase or translate("Composer", "Loading the model…"))
        self.load_progress.setAccessibleDescription(self.load_phrase.text())
        self.load_progress.show()
        self.load_phrase.show()

    def set_sending_enabled(self, on: bool) -> None:
        """Sending needs a loaded model; Stop stays available while generating."""
        self._sending_enabled = on
        self._sync_send()

    def text(self) -> str:
        return self.input.toPlainText()

    def set_text(self, text: str) -> None:
        self.input.setPlainText(text)
        self.input.moveCursor(self.input.textCursor().MoveOperation.End)

    def focus_input(self) -> None:
        self.input.setFocus(Qt.FocusReason.OtherFocusReason)

    def add_files(self, paths: Sequence[Path]) -> None:
        """Add text files to the message as fenced blocks; say why others were refused."""
        blocks, problems = [], []
        for path in paths:
            try:
                blocks.append(fenced_block(path, read_text_file(path)))
            except FileRejected as error:
                problems.append(str(error))
        if blocks:
            cursor = self.input.textCursor()
            lead = "\n" if cursor.positionInBlock() > 0 else ""
            cursor.insertText(lead + "\n".join(blocks))
            self.input.setTextCursor(cursor)
        self._show_notice(" ".join(problems))

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.setStyleSheet(STYLE)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 6, 12, 10)
        outer.setSpacing(6)

        model_row = QHBoxLayout()
        model_row.setSpacing(8)
        self.model_combo = ModelPicker()
        self.model_combo.model_requested.connect(self.model_requested)
        self.load_progress = QProgressBar()
        self.load_progress.setObjectName("loadProgress")
        self.load_progress.setAccessibleName(translate("Composer", "Model loading progress"))
        self.load_progress.setTextVisible(False)
        self.load_progress.setFixedSize(120, 8)
        self.load_phrase = QLabel()
        self.load_phrase.setObjectName("loadPhrase")
        self.load_phrase.setEnabled(False)  # the muted colour
        self.load_progress.hide()
        self.load_phrase.hide()
        model_row.addWidget(self.model_combo)
        model_row.addWidget(self.load_progress)
        model_row.addWidget(self.load_phrase)
        model_row.addStretch(1)
        outer.addLayout(model_row)

        self.card = QFrame()
        self.card.setObjectName("composerCard")
        card = QVBoxLayout(self.card)
        self._card_layout = card
        card.setContentsMargins(10, 6, 8, 8)
        card.setSpacing(4)
        self.input = MessageInput()
        self.input.setFrameShape(QFrame.Shape.NoFrame)
        self.input.setProperty("qdOwnFocusRing", True)  # the card's border shows its focus
        self.input.installEventFilter(self)
        self.input.files_dropped.connect(self.take_files)
        self.input.textChanged.connect(self._on_input_text_changed)
        self.input.document().documentLayout().documentSizeChanged.connect(self._fit_input)
        card.addWidget(self.input)

        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.thinking_toggle = QToolButton()
        self.thinking_toggle.setObjectName("thinkingToggle")
        self.thinking_toggle.setCheckable(True)
        self.thinking_toggle.setAccessibleName(translate("Composer", "Thinking"))
        self.thinking_toggle.toggled.connect(self._on_thinking_toggle_toggled)
        self.budget_spin = QSpinBox()
        self.budget_spin.setObjectName("budgetSpin")
        self.budget_spin.setAccessibleName(translate("Composer", "Thinking budget"))
        self.budget_spin.setToolTip(
            translate("Composer", "Thinking budget: most tokens to think before answering")
        )
        self.budget_spin.setRange(0, BUDGET_MAX)
        self.budget_spin.setSingleStep(BUDGET_STEP)
        self.budget_spin.setSpecialValueText(translate("Composer", "Unlimited"))
        self.budget_spin.setSuffix(translate("Composer", " tokens"))
        self.budget_spin.setKeyboardTracking(False)  # one signal per edit, not per digit
        self.budget_spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.budget_spin.valueChanged.connect(self.budget_changed)
        self.preset_combo = PresetPicker()
        self.preset_combo.preset_changed.connect(self.preset_changed)
        self.preset_combo.sampling_changed.connect(self.sampling_changed)
        self.send_button = QPushButton()
        self.send_button.setObjectName("sendButton")
        self.send_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.send_button.clicked.connect(self._on_send_button_clicked)
        bar.addWidget(self.thinking_toggle)
        self.budget_label = QLabel(translate("Composer", "Budget"))
        self.budget_label.setObjectName("budgetLabel")
        self.budget_label.setBuddy(self.budget_spin)
        bar.addSpacing(4)
        bar.addWidget(self.budget_label)
        bar.addWidget(self.budget_spin)
        bar.addWidget(self.preset_combo)
        bar.addStretch(1)
        bar.addWidget(self.send_button)
        self._bar = bar
        card.addLayout(bar)
        outer.addWidget(self.card)

        self.notice = Notice(
            "composerNotice", translate("Composer", "Composer message"), timeout_ms=NOTICE_MS
        )
        outer.addWidget(self.notice)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_input)

        order: list[QWidget] = [self.model_combo, self.input, self.thinking_toggle]
        order += [self.budget_spin, self.preset_combo, self.send_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self._fit_input()

    # -- state -----------------------------------------------------------------------------

    def _sync_thinking(self) -> None:
        toggle, capability = self.thinking_toggle, self._capability
        labels = {
            ThinkingCapability.HYBRID: (
                translate("Composer", "Thinking"),
                translate("Composer", "Let the model think before it answers"),
            ),
            ThinkingCapability.ALWAYS: (
                translate("Composer", "Thinking: always"),
                translate("Composer", "This model always thinks first"),
            ),
            ThinkingCapability.NEVER: (
                translate("Composer", "Thinking: off"),
                translate("Composer", "This model answers without thinking"),
            ),
        }
        text = translate("Composer", "Thinking")
        tip = translate("Composer", "Load a model to choose thinking")
        if capability is not None:
            text, tip = labels[capability]
        toggle.blockSignals(True)
        toggle.setText(text)
        toggle.setToolTip(tip)
        toggle.setChecked(self.thinking())
        toggle.setEnabled(capability is ThinkingCapability.HYBRID)
        toggle.blockSignals(False)
        self._sync_budget()

    def _sync_budget(self) -> None:
        on = self._capability is not None and self.thinking()
        self.budget_spin.setEnabled(on)
        self.budget_label.setEnabled(on)

    def _sync_send(self) -> None:
        button = self.send_button
        if self._generating:
            button.setText(translate("Composer", "■  Stop"))
            button.setAccessibleName(translate("Composer", "Stop generating"))
            button.setToolTip(translate("Composer", "Stop the reply (Esc)"))
            button.setEnabled(True)
        else:
            keys = "Enter" if self._enter_to_send else "Ctrl+Enter"
            button.setText(translate("Composer", "Send  ➤"))
            button.setAccessibleName(translate("Composer", "Send message"))
            button.setToolTip(translate("Composer", "Send the message ({keys})").format(keys=keys))
            button.setEnabled(self._sending_enabled and bool(self.text().strip()))
        button.setProperty("generating", self._generating)
        button.style().unpolish(button)
        button.style().polish(button)
        if not self._sending_enabled:
            self._set_placeholder(translate("Composer", "Load a model to start chatting"))
        elif self._enter_to_send:
            self._set_placeholder(
                translate("Composer", "Message Qwen (Enter to send, Shift+Enter: new line)")
            )
        else:
            self._set_placeholder(translate("Composer", "Message Qwen (Ctrl+Enter to send)"))

    def _set_placeholder(self, text: str) -> None:
        if self.input.placeholderText() == text:
            return
        self.input.setPlaceholderText(text)
        # Qt repaints the box only when the placeholder appears or goes, not when its text
        # changes, so "Load a model…" stayed on screen after the model had loaded.
        self.input.viewport().update()

    def _fit_input(self) -> None:
        """Grow the box with its text from one line up to MAX_LINES, then scroll."""
        document = self.input.document()
        lines = max(1, min(MAX_LINES, int(document.documentLayout().documentSize().height())))
        margins = self.input.contentsMargins()
        frame = 2 * self.input.frameWidth() + margins.top() + margins.bottom()
        # +2: QPlainTextEdit shows a scroll bar when the last line fits only to the pixel.
        extra = 2 * round(document.documentMargin()) + frame + 2
        height = lines * self.input.fontMetrics().lineSpacing() + extra
        if self.input.height() != height:
            self.input.setFixedHeight(height)

    def _send(self) -> None:
        text = self.text()
        if self._generating or not self._sending_enabled or not text.strip():
            return
        self.send_requested.emit(text)  # the window clears the box once the message is sent

    def _show_notice(self, text: str) -> None:
        self.notice.show_message(text, kind=NoticeKind.WARNING)

    # -- slots -----------------------------------------------------------------------------

    def _on_input_text_changed(self) -> None:
        self._sync_send()

    def _on_send_button_clicked(self) -> None:
        if self._generating:
            self.stop_requested.emit()
        else:
            self._send()

    def _on_thinking_toggle_toggled(self, on: bool) -> None:
        self._thinking_wanted = on
        self._sync_budget()
        self.thinking_toggled.emit(on)

    # -- events ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is not self.input:
            return super().eventFilter(watched, event)
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if self._handle_key(event):
                return True
        elif kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self.card.setProperty("focused", kind == QEvent.Type.FocusIn)
            self.card.style().unpolish(self.card)
            self.card.style().polish(self.card)
        elif kind == QEvent.Type.Resize:
            self._fit_timer.start()  # the text rewraps after the resize; fit then
        return super().eventFilter(watched, event)

    def _handle_key(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        if key == Qt.Key.Key_Escape and self._generating:
            self.stop_requested.emit()
            return True
        if key not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        if ctrl or (self._enter_to_send and not shift):
            self._send()
            return True
        self.input.textCursor().insertText("\n")  # a plain newline, never U+2028
        self.input.ensureCursorVisible()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._generating:
            self.stop_requested.emit()
            return
        super().keyPressEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = local_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.take_files(files)
