"""Settings dialog: round trip, validation, defaults, the token, the context memory hint."""

from __future__ import annotations

import copy
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.hardware import GIB, MIB, MachineProfile
from desktop.core.secrets import ACCOUNT, SERVICE, TokenStore
from desktop.core.settings import ModelLoadSettings, SamplingPreset, Settings
from desktop.core.tiny_gguf import build_tiny_gguf
from desktop.gui.settings_dialog import SettingsDialog
from desktop.gui.settings_fields import PLAIN_CONTEXT_HINT

TOKEN = "hf_" + "AbCdEfGhIjKlMnOpQrStUvWxYz0123"


def _custom() -> Settings:
    settings = Settings()
    settings.last_model = "/models/qwen3.gguf"
    settings.per_model["qwen3"] = ModelLoadSettings(n_ctx=4096)
    settings.load.n_ctx = 32768
    settings.generation.thinking = SamplingPreset(0.5, 0.9, 30, 0.05)
    settings.theme = "dark"
    return settings


def _dialog(qtbot: QtBot, settings: Settings | None = None, **kwargs: object) -> SettingsDialog:
    dialog = SettingsDialog(settings or Settings(), **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    return dialog


def _type(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    field.selectAll()
    qtbot.keyClicks(field, text)


def test_opens_with_the_given_settings(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, _custom())
    assert dialog.context.text() == "32768"
    assert dialog.thinking_box.top_k.text() == "30"
    assert dialog.thinking_box.min_p.text() == "0.05"
    assert dialog.theme.currentData() == "dark"
    assert dialog.gpu_all.isChecked()
    assert not dialog.gpu_layers.isEnabled()
    assert dialog.ok_button.isEnabled()


def test_round_trip(qtbot: QtBot, tmp_path: Path) -> None:
    original = _custom()
    before = copy.deepcopy(original)
    dialog = _dialog(qtbot, original)
    dialog.show()
    _type(qtbot, dialog.context, "16384")
    _type(qtbot, dialog.threads, "4")
    qtbot.mouseClick(dialog.gpu_all, Qt.MouseButton.LeftButton)
    _type(qtbot, dialog.gpu_layers, "20")
    dialog.flash_attn.setChecked(True)
    dialog.kv_type.setCurrentText("q8_0")
    dialog.mmap.setChecked(False)
    dialog.mlock.setChecked(True)
    _type(qtbot, dialog.thinking_box.temperature, "0.55")
    _type(qtbot, dialog.plain_box.top_k, "40")
    _type(qtbot, dialog.presence, "1.5")
    _type(qtbot, dialog.repeat, "1.1")
    _type(qtbot, dialog.seed, "42")
    _type(qtbot, dialog.max_tokens, "4,096")
    _type(qtbot, dialog.budget, "1024")
    dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
    _type(qtbot, dialog.font_size, "16")
    dialog.enter_to_send.setChecked(False)
    dialog.offline.setChecked(True)
    dialog.data_tab.set_models_dir(str(tmp_path))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted

    edited = dialog.settings()
    load, gen = edited.load, edited.generation
    assert (load.n_ctx, load.n_threads, load.n_gpu_layers) == (16384, 4, 20)
    assert (load.flash_attn, load.kv_cache_type, load.use_mmap, load.use_mlock) == (
        True,
        "q8_0",
        False,
        True,
    )
    assert gen.thinking == SamplingPreset(0.55, 0.9, 30, 0.05)
    assert gen.non_thinking == SamplingPreset(0.7, 0.8, 40, 0.0)
    assert (gen.presence_penalty, gen.repeat_penalty, gen.seed) == (1.5, 1.1, 42)
    assert (gen.max_tokens, gen.thinking_budget) == (4096, 1024)
    assert (edited.theme, edited.font_size) == ("light", 16)
    assert (edited.enter_to_send, edited.offline) == (False, True)
    assert edited.models_dir == str(tmp_path)
    # untouched parts survive, and the caller's object is not changed
    assert edited.last_model == "/models/qwen3.gguf"
    assert edited.per_model == {"qwen3": ModelLoadSettings(n_ctx=4096)}
    assert original == before


@pytest.mark.parametrize(
    ("attribute", "text", "message"),
    [
        ("context", "255", "Context length must be a whole number from 256 to 1,048,576."),
        ("context", "1048577", "Context length must be a whole number from 256 to 1,048,576."),
        ("thinking_box.temperature", "2.5", "Temperature must be a number from 0 to 2."),
        ("plain_box.top_p", "1.2", "Top-p must be a number from 0 to 1."),
        ("plain_box.top_k", "201", "Top-k must be a whole number from 0 to 200."),
        ("max_tokens", "0", "Max tokens must be a whole number from 1 to 131,072."),
        ("max_tokens", "131073", "Max tokens must be a whole number from 1 to 131,072."),
        ("seed", "lucky", "Seed must be a whole number from -1 to 4,294,967,295."),
        ("threads", "", "Threads must be a whole number from 0 to 512."),
    ],
)
def test_validation_blocks_ok_with_a_message(
    qtbot: QtBot, attribute: str, text: str, message: str
) -> None:
    dialog = _dialog(qtbot)
    dialog.show()
    owner: object = dialog
    for part in attribute.split("."):
        owner = getattr(owner, part)
    assert isinstance(owner, QLineEdit)
    field = owner
    good = field.text()
    _type(qtbot, field, text)
    if not text:
        field.clear()
    assert not dialog.ok_button.isEnabled()
    error = dialog.findChild(QLabel, f"{field.objectName()}Message")
    assert error is not None and not error.isHidden()
    assert error.text() == message
    assert not dialog.problem.isHidden()
    assert "to save" in dialog.problem.text()
    _type(qtbot, field, good)
    assert dialog.ok_button.isEnabled()
    assert error.isHidden()
    assert dialog.problem.isHidden()


def test_gpu_layers_all_or_a_number(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    dialog.gpu_all.setChecked(False)
    _type(qtbot, dialog.gpu_layers, "12")
    assert dialog.settings().load.n_gpu_layers == 12
    dialog.gpu_all.setChecked(True)
    assert not dialog.gpu_layers.isEnabled()
    assert dialog.settings().load.n_gpu_layers == -1


def test_models_dir_must_be_a_full_folder_path(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot)
    dialog.data_tab.set_models_dir("relative/models")
    assert not dialog.ok_button.isEnabled()
    assert "full path" in dialog.data_tab.models_dir_message.text()
    assert "(Data)" in dialog.problem.text()
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    dialog.data_tab.set_models_dir(str(a_file))
    assert "is a file, not a folder" in dialog.data_tab.models_dir_message.text()
    dialog.data_tab.set_models_dir("")
    assert dialog.ok_button.isEnabled()
    assert dialog.settings().models_dir == ""


def test_reset_to_defaults(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, _custom())
    _type(qtbot, dialog.thinking_box.temperature, "9")  # invalid: reset must clear it too
    qtbot.mouseClick(dialog.defaults_button, Qt.MouseButton.LeftButton)
    assert dialog.ok_button.isEnabled()
    expected = Settings()
    expected.last_model = "/models/qwen3.gguf"
    expected.per_model = {"qwen3": ModelLoadSettings(n_ctx=4096)}
    assert dialog.settings() == expected


def test_reset_a_preset_to_qwens_recommended(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, _custom())
    qtbot.mouseClick(dialog.thinking_box.reset, Qt.MouseButton.LeftButton)
    assert dialog.settings().generation.thinking == SamplingPreset(0.6, 0.95, 20, 0.0)
    _type(qtbot, dialog.plain_box.temperature, "1.3")
    qtbot.mouseClick(dialog.plain_box.reset, Qt.MouseButton.LeftButton)
    assert dialog.settings().generation.non_thinking == SamplingPreset(0.7, 0.8, 20, 0.0)


def _shown_texts(widget: QWidget) -> list[str]:
    texts = [widget.windowTitle(), widget.toolTip(), widget.accessibleName()]
    for child in widget.findChildren(QWidget):
        texts += [child.toolTip(), child.accessibleName(), child.accessibleDescription()]
        if isinstance(child, QLineEdit | QLabel | QAbstractButton):
            texts.append(child.text())
    return texts


def test_token_save_and_clear_in_the_keychain(qtbot: QtBot, memory_keyring: object) -> None:
    store = TokenStore()
    dialog = _dialog(qtbot, token_store=store)
    tab = dialog.data_tab
    assert tab.token_state.text() == "No token saved."
    assert not tab.clear_token.isEnabled()
    assert not tab.save_token.isEnabled()
    qtbot.keyClicks(tab.token, TOKEN)
    assert tab.token.echoMode() == QLineEdit.EchoMode.Password
    qtbot.mouseClick(tab.save_token, Qt.MouseButton.LeftButton)
    assert keyring.get_password(SERVICE, ACCOUNT) == TOKEN
    assert tab.token_state.text() == "•••• saved in the system keychain."
    assert not any(TOKEN in text for text in _shown_texts(dialog))
    # a dialog opened later shows the same state, and still not the token
    again = _dialog(qtbot, token_store=store)
    assert again.data_tab.token_state.text().startswith("•••• saved")
    assert not any(TOKEN in text for text in _shown_texts(again))
    qtbot.mouseClick(tab.clear_token, Qt.MouseButton.LeftButton)
    assert keyring.get_password(SERVICE, ACCOUNT) is None
    assert tab.token_state.text() == "No token saved."


def test_token_without_a_keychain_lasts_the_session(qtbot: QtBot) -> None:
    keyring.set_keyring(fail.Keyring())  # the conftest fixture restores its own afterwards
    store = TokenStore()
    dialog = _dialog(qtbot, token_store=store)
    tab = dialog.data_tab
    assert "would last this session only" in tab.token_state.text()
    qtbot.keyClicks(tab.token, TOKEN)
    qtbot.keyClick(tab.token, Qt.Key.Key_Return)
    assert store.get() == TOKEN
    assert tab.token_state.text() == ("•••• saved, kept for this session only (no keychain found).")
    assert not any(TOKEN in text for text in _shown_texts(dialog))


def test_a_bad_token_is_refused_with_a_message(qtbot: QtBot, memory_keyring: object) -> None:
    dialog = _dialog(qtbot, token_store=TokenStore())
    dialog.show()
    tab = dialog.data_tab
    qtbot.keyClicks(tab.token, "hf_abc def")
    qtbot.mouseClick(tab.save_token, Qt.MouseButton.LeftButton)
    assert not tab.token_message.isHidden()
    assert "no spaces" in tab.token_message.text()
    assert keyring.get_password(SERVICE, ACCOUNT) is None


def _profile(ram: int) -> MachineProfile:
    return MachineProfile("Linux", "x86_64", ram, ram, 4, 8, apple_silicon=False)


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_gguf(tmp_path_factory.mktemp("settings") / "tiny.gguf")


def test_context_hint_without_a_model_is_plain(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    assert dialog.context_hint.text() == PLAIN_CONTEXT_HINT


def test_context_hint_says_whether_it_fits(qtbot: QtBot, tiny_model: Path) -> None:
    dialog = _dialog(qtbot, model_path=tiny_model, profile=_profile(16 * GIB))
    qtbot.waitUntil(lambda: "it fits" in dialog.context_hint.text())
    assert dialog.context_hint.text().startswith("tiny-qwen3-hybrid needs about")
    _type(qtbot, dialog.context, "8192")  # past the tiny model's 4,096
    assert "trained for 4,096 tokens" in dialog.context_hint.text()


def test_context_hint_warns_when_it_wont_fit(qtbot: QtBot, tiny_model: Path) -> None:
    dialog = _dialog(qtbot, model_path=tiny_model, profile=_profile(500 * MIB))
    qtbot.waitUntil(lambda: "won't fit" in dialog.context_hint.text())
    _type(qtbot, dialog.context, "1024")
    assert "it fits" in dialog.context_hint.text()
    _type(qtbot, dialog.context, "12")  # invalid: back to the plain sentence
    assert dialog.context_hint.text() == PLAIN_CONTEXT_HINT


def test_a_file_that_is_not_gguf_keeps_the_plain_hint(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "mlx-model"
    folder.mkdir()
    dialog = _dialog(qtbot, model_path=folder, profile=_profile(GIB))
    qtbot.waitUntil(lambda: dialog.fit_checked)
    assert dialog.context_hint.text() == PLAIN_CONTEXT_HINT
