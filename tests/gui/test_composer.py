"""The message composer, driven with pytest-qt: keys, send/stop, thinking, presets, files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QToolButton,
)

from desktop.core.sampling import Sampling
from desktop.core.thinking import ThinkingCapability
from desktop.gui.composer.composer import MAX_LINES, PRESETS, Composer
from desktop.gui.composer.files import MAX_FILE_BYTES, fenced_block, read_text_file
from desktop.gui.composer.sampling_box import SamplingAdvice

SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def composer(qtbot) -> Composer:
    widget = Composer()
    qtbot.addWidget(widget)
    widget.resize(760, 160)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.focus_input()
    return widget


def drop_files(widget, paths: list[Path]) -> None:
    """Drag local files onto a widget and drop them, as a file manager would."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    mime.setText("\n".join(QUrl.fromLocalFile(str(p)).toString() for p in paths))
    point = widget.rect().center()
    action, buttons = Qt.DropAction.CopyAction, Qt.MouseButton.NoButton
    mods = Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(widget, QDragEnterEvent(point, action, mime, buttons, mods))
    QApplication.sendEvent(widget, QDropEvent(QPointF(point), action, mime, buttons, mods))


def test_controls_have_names(composer):
    expected = {
        "messageInput": QPlainTextEdit,
        "sendButton": QPushButton,
        "thinkingToggle": QToolButton,
        "budgetSpin": QSpinBox,
        "presetCombo": QComboBox,
        "modelCombo": QComboBox,
        "loadProgress": QProgressBar,
    }
    for name, kind in expected.items():
        widget = composer.findChild(kind, name)
        assert widget is not None, name
        assert widget.accessibleName(), name
    assert composer.objectName() == "composer"


def test_enter_sends_and_shift_enter_adds_a_line(qtbot, composer):
    box = composer.input
    qtbot.keyClicks(box, "hello")
    qtbot.keyClick(box, Qt.Key.Key_Return, SHIFT)
    qtbot.keyClicks(box, "world")
    assert composer.text() == "hello\nworld"
    with qtbot.waitSignal(composer.send_requested) as blocker:
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert blocker.args == ["hello\nworld"]
    assert composer.text() == "hello\nworld", "kept until the window has sent it"


def test_blank_messages_are_not_sent(qtbot, composer):
    composer.set_text("  \n\t ")
    assert not composer.send_button.isEnabled()
    with qtbot.assertNotEmitted(composer.send_requested):
        qtbot.keyClick(composer.input, Qt.Key.Key_Return)
        qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)


def test_ctrl_enter_sends_when_enter_adds_lines(qtbot, composer):
    composer.set_enter_to_send(False)
    qtbot.keyClicks(composer.input, "one")
    qtbot.keyClick(composer.input, Qt.Key.Key_Return)
    qtbot.keyClicks(composer.input, "two")
    assert composer.text() == "one\ntwo"
    assert "Ctrl+Enter" in composer.input.placeholderText()
    with qtbot.waitSignal(composer.send_requested) as blocker:
        qtbot.keyClick(composer.input, Qt.Key.Key_Return, CTRL)
    assert blocker.args == ["one\ntwo"]


def test_send_turns_into_stop_and_escape_stops(qtbot, composer):
    composer.set_text("draft of the next question")
    composer.set_generating(True)
    button = composer.send_button
    assert "Stop" in button.text()
    assert button.isEnabled()
    with qtbot.assertNotEmitted(composer.send_requested):
        qtbot.keyClick(composer.input, Qt.Key.Key_Return)
    with qtbot.waitSignal(composer.stop_requested):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(composer.stop_requested):
        qtbot.keyClick(composer.input, Qt.Key.Key_Escape)
    assert composer.text() == "draft of the next question"
    composer.set_generating(False)
    assert "Send" in button.text()
    with qtbot.assertNotEmitted(composer.stop_requested):
        qtbot.keyClick(composer.input, Qt.Key.Key_Escape)
    with qtbot.waitSignal(composer.send_requested):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_no_sending_without_a_model(qtbot, composer):
    composer.set_sending_enabled(False)
    composer.set_text("hello")
    assert not composer.send_button.isEnabled()
    with qtbot.assertNotEmitted(composer.send_requested):
        qtbot.keyClick(composer.input, Qt.Key.Key_Return)
    assert composer.text() == "hello"
    composer.set_sending_enabled(True)
    assert composer.send_button.isEnabled()


def test_thinking_toggle_follows_the_capability(qtbot, composer):
    toggle = composer.thinking_toggle
    composer.set_capability(None)
    assert not toggle.isEnabled()
    composer.set_capability(ThinkingCapability.HYBRID)
    assert toggle.isEnabled()
    assert toggle.isChecked()
    assert composer.thinking()
    with qtbot.waitSignal(composer.thinking_toggled) as blocker:
        qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert blocker.args == [False]
    assert not composer.thinking()
    assert not composer.budget_spin.isEnabled()  # no budget without thinking
    composer.set_capability(ThinkingCapability.ALWAYS)
    assert not toggle.isEnabled()
    assert toggle.text() == "Thinking: always"
    assert composer.thinking()
    assert composer.budget_spin.isEnabled()
    composer.set_capability(ThinkingCapability.NEVER)
    assert not toggle.isEnabled()
    assert toggle.text() == "Thinking: off"
    assert not composer.thinking()
    assert not toggle.isChecked()
    composer.set_capability(ThinkingCapability.HYBRID)
    assert not composer.thinking()  # the user's choice is remembered
    with qtbot.assertNotEmitted(composer.thinking_toggled):
        composer.set_thinking(True)
    assert toggle.isChecked()
    assert composer.thinking()


def test_budget_spin_steps_and_emits(qtbot, composer):
    composer.set_capability(ThinkingCapability.HYBRID)
    spin = composer.budget_spin
    assert spin.value() == 0
    assert spin.text() == "Unlimited"
    assert spin.maximum() == 32768
    assert spin.singleStep() == 256
    spin.setFocus()
    with qtbot.waitSignal(composer.budget_changed) as blocker:
        qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert blocker.args == [256]
    assert composer.budget() == 256
    with qtbot.assertNotEmitted(composer.budget_changed):
        composer.set_budget(4096)
    assert composer.budget() == 4096
    assert "4096" in spin.text()


def test_choosing_a_preset_emits_its_prompt(qtbot, composer):
    combo = composer.preset_combo
    assert [combo.itemText(i) for i in range(3)] == ["General", "Coder", "Maths"]
    combo.setFocus()
    with qtbot.waitSignal(composer.preset_changed) as blocker:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert blocker.args == ["Coder", PRESETS["Coder"]]
    assert "\\boxed{}" in PRESETS["Maths"]
    assert "step by step" in PRESETS["Maths"]
    with qtbot.assertNotEmitted(composer.preset_changed):
        composer.set_preset("Maths", "Only answer with numbers.")
    assert combo.currentText() == "Maths (edited)"
    assert composer.preset() == ("Maths", "Only answer with numbers.")


def test_edit_system_prompt_dialog(qtbot, composer):
    composer.set_preset("Coder", PRESETS["Coder"])
    combo = composer.preset_combo
    combo.activated.emit(combo.findText("System prompt and sampling…"))
    dialog = combo.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.editor.toPlainText() == PRESETS["Coder"]
    assert combo.currentText() == "Coder"
    dialog.editor.setPlainText("Answer in Rust only.")
    with qtbot.waitSignal(composer.preset_changed) as blocker:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["Coder", "Answer in Rust only."]
    assert combo.currentText() == "Coder (edited)"
    qtbot.waitUntil(lambda: combo.dialog is None)

    combo.edit_prompt()
    dialog = combo.dialog
    assert dialog is not None
    assert dialog.editor.toPlainText() == "Answer in Rust only."
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    assert dialog.editor.toPlainText() == PRESETS["Coder"]
    with qtbot.waitSignal(composer.preset_changed) as blocker:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["Coder", PRESETS["Coder"]]
    assert combo.currentText() == "Coder"
    qtbot.waitUntil(lambda: combo.dialog is None)


def test_dropping_a_text_file_inserts_a_fenced_block(qtbot, composer, tmp_path):
    script = tmp_path / "sum.py"
    script.write_text("def add(a, b):\n    return a + b\n", encoding="utf-8")
    qtbot.keyClicks(composer.input, "Review this:")
    drop_files(composer.input.viewport(), [script])
    assert composer.text() == (
        "Review this:\nsum.py\n```python\ndef add(a, b):\n    return a + b\n```\n"
    )
    assert not composer.notice.isVisible()


def test_dropping_a_binary_or_big_file_says_why(qtbot, composer, tmp_path):
    binary = tmp_path / "photo.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    drop_files(composer.input.viewport(), [binary])
    assert composer.text() == ""
    assert composer.notice.isVisible()
    assert "photo.png is not a text file" in composer.notice.text()
    big = tmp_path / "big.log"
    big.write_text("x" * (MAX_FILE_BYTES + 10), encoding="utf-8")
    drop_files(composer, [big])  # onto the composer around the box, too
    assert "big.log is 1.0 MiB" in composer.notice.text()
    assert "up to 1.0 MiB" in composer.notice.text()
    assert composer.text() == ""


def test_pasting_text_stays_plain_and_files_are_fenced(qtbot, composer, tmp_path):
    mime = QMimeData()
    mime.setHtml("<b>bold</b> words")
    mime.setText("bold words")
    composer.input.insertFromMimeData(mime)
    assert composer.text() == "bold words"
    notes = tmp_path / "notes.md"
    notes.write_text("# Title\n```\ncode\n```\n", encoding="utf-8")
    composer.set_text("")
    files = QMimeData()
    files.setUrls([QUrl.fromLocalFile(str(notes))])
    composer.input.insertFromMimeData(files)
    # The file has its own ``` fence, so the outer fence is longer.
    assert composer.text() == "notes.md\n````markdown\n# Title\n```\ncode\n```\n````\n"


def test_file_reading_edge_cases(tmp_path):
    utf16 = tmp_path / "u.txt"
    utf16.write_text("héllo", encoding="utf-16")
    assert read_text_file(utf16) == "héllo"
    assert fenced_block(Path("Makefile"), "all:\n") == "Makefile\n```makefile\nall:\n```\n"
    assert fenced_block(Path("data.weird"), "x") == "data.weird\n```\nx\n```\n"


def test_open_gguf_file_emits_model_requested(qtbot, composer, tmp_path, monkeypatch):
    models = [("Qwen3 4B", tmp_path / "a.gguf"), ("Qwen3 8B", tmp_path / "b.gguf")]
    composer.set_models(models)
    composer.set_current_model("Qwen3 4B")
    combo = composer.model_combo
    assert combo.currentText() == "Qwen3 4B"
    chosen = tmp_path / "picked.gguf"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(chosen), ""))
    with qtbot.waitSignal(composer.model_requested) as blocker:
        combo.activated.emit(combo.findText("Open GGUF file…"))
    assert blocker.args == [chosen]
    assert combo.currentText() == "Qwen3 4B"  # until the new model has loaded
    with qtbot.waitSignal(composer.model_requested) as blocker:
        combo.activated.emit(combo.findText("Qwen3 8B"))
    assert blocker.args == [tmp_path / "b.gguf"]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    with qtbot.assertNotEmitted(composer.model_requested):
        combo.activated.emit(combo.findText("Open GGUF file…"))
    composer.set_current_model("picked")
    assert combo.currentText() == "picked"
    composer.set_current_model(None)
    assert combo.currentIndex() == -1
    assert combo.placeholderText() == "No model loaded"


def test_loading_progress(composer):
    composer.set_loading(0.5, "Reading weights")
    assert composer.load_progress.isVisible()
    assert composer.load_progress.value() == 500
    assert composer.load_phrase.text() == "Reading weights"
    composer.set_loading(-1)
    assert composer.load_progress.maximum() == 0  # busy, no figure
    composer.set_loading(None)
    assert not composer.load_progress.isVisible()
    assert not composer.load_phrase.isVisible()


def test_input_grows_to_eight_lines(qtbot, composer):
    one = composer.input.height()
    composer.set_text("a\nb\nc")
    qtbot.waitUntil(lambda: composer.input.height() > one)
    three = composer.input.height()
    composer.set_text("\n".join("line" for _ in range(30)))
    qtbot.waitUntil(lambda: composer.input.height() > three)
    line = composer.input.fontMetrics().lineSpacing()
    assert composer.input.height() - one == (MAX_LINES - 1) * line
    assert composer.input.verticalScrollBar().maximum() > 0
    composer.set_text("short")
    qtbot.waitUntil(lambda: composer.input.height() == one)
    assert composer.input.verticalScrollBar().maximum() == 0


def test_long_lines_wrap_and_refit_on_resize(qtbot, composer):
    one = composer.input.height()
    composer.resize(420, 160)
    composer.set_text("word " * 60)
    qtbot.waitUntil(lambda: composer.input.height() > one)
    narrow = composer.input.height()
    composer.resize(1000, 160)
    qtbot.waitUntil(lambda: composer.input.height() < narrow)


def test_every_control_is_reachable_by_tab(qtbot, composer):
    composer.set_capability(ThinkingCapability.HYBRID)
    composer.set_text("hi")
    composer.model_combo.setFocus()
    seen = []
    for _ in range(7):
        focused = QApplication.focusWidget()
        assert focused is not None
        seen.append(focused.objectName())
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert seen == [
        "modelCombo",
        "messageInput",
        "thinkingToggle",
        "budgetSpin",
        "presetCombo",
        "sendButton",
        "modelCombo",
    ]


def test_focus_input(composer):
    composer.model_combo.setFocus()
    composer.focus_input()
    assert composer.input.hasFocus()


def test_placeholder_on_screen_follows_the_model_state(qtbot, composer) -> None:
    """Qt repaints a placeholder only when it appears or goes, not when its text changes; the
    box kept showing "Load a model to start chatting" after the model had loaded."""
    composer.thinking_toggle.setFocus()  # no blinking cursor in the box
    card, rect = composer.card, composer.input.geometry()

    def on_screen() -> QImage:
        corner = card.mapTo(composer, rect.topLeft())
        shot = composer.screen().grabWindow(
            composer.winId(), corner.x(), corner.y(), rect.width(), rect.height()
        )
        return shot.toImage().convertToFormat(QImage.Format.Format_RGB32)

    def shown_is_current() -> bool:
        QApplication.processEvents()
        fresh = card.grab(rect).toImage().convertToFormat(QImage.Format.Format_RGB32)
        return on_screen() == fresh

    for loaded in (False, True, False, True):
        composer.set_sending_enabled(loaded)
        expected = "Message Qwen" if loaded else "Load a model"
        assert composer.input.placeholderText().startswith(expected)
        qtbot.waitUntil(shown_is_current, timeout=2000)


def test_the_prompt_editor_edits_the_chats_sampling_beside_it(qtbot, composer):
    recommended = Sampling(temperature=0.6, top_p=0.95, top_k=20, min_p=0.0)
    advice = SamplingAdvice(recommended, 8192, ["Qwen3: the card's thinking-mode sampling"])
    composer.set_sampling_advisor(lambda: advice)
    composer.preset_combo.edit_prompt()
    dialog = composer.preset_combo.dialog
    assert dialog is not None
    box = dialog.sampling_box
    assert box is not None
    qtbot.waitExposed(dialog)
    # By default the model's recommended values apply: shown, read-only, with why.
    assert box.recommended.isChecked()
    assert (box.temperature.value(), box.top_p.value(), box.top_k.value()) == (0.6, 0.95, 20)
    assert box.max_tokens.value() == 8192
    assert not box.temperature.isEnabled()
    assert "Qwen3: the card's thinking-mode sampling" in box.why.text()
    box.recommended.setChecked(False)
    assert box.temperature.isEnabled()
    box.temperature.setValue(0.2)
    box.seed.setValue(7)
    box.max_tokens.setValue(1024)
    with qtbot.waitSignal(composer.sampling_changed) as changed:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    own, max_tokens = changed.args
    assert own == Sampling(temperature=0.2, top_p=0.95, top_k=20, min_p=0.0, seed=7)
    assert max_tokens == 1024
    qtbot.waitUntil(lambda: composer.preset_combo.dialog is None)

    composer.preset_combo.edit_prompt()  # the chat's own values come back, editable
    box = composer.preset_combo.dialog.sampling_box
    assert not box.recommended.isChecked()
    assert (box.temperature.value(), box.seed.value(), box.max_tokens.value()) == (0.2, 7, 1024)
    box.recommended.setChecked(True)
    assert box.temperature.value() == 0.6  # what will apply again
    with qtbot.waitSignal(composer.sampling_changed) as changed:
        qtbot.mouseClick(composer.preset_combo.dialog.save_button, Qt.MouseButton.LeftButton)
    assert changed.args == [None, 0]
