"""Settings dialog: round trip, validation, defaults, the token, the context memory hint."""

from __future__ import annotations

import copy
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import partial
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.core.hardware import GIB, MIB, MachineProfile
from desktop.core.hub.token_store import ACCOUNT, SERVICE, TokenStore
from desktop.core.load_options import LoadOptions
from desktop.core.models.move import ModelEntry, MoveResult, move_models, plan_move
from desktop.core.models.tiny_gguf import build_tiny_gguf
from desktop.core.paths import app_paths
from desktop.core.sampling import Sampling
from desktop.core.settings import SAMPLING_CUSTOM, SAMPLING_MODEL_CARD, Settings
from desktop.gui.settings.dialog import SettingsDialog
from desktop.gui.settings.fields import PLAIN_CONTEXT_HINT
from desktop.gui.settings.move import MoveChoice, ask_to_move

TOKEN = "hf_" + "AbCdEfGhIjKlMnOpQrStUvWxYz0123"


def _custom() -> Settings:
    settings = Settings()
    settings.last_model = "/models/qwen3.gguf"
    settings.per_model["qwen3"] = LoadOptions(n_ctx=4096)
    settings.load = replace(settings.load, n_ctx=32768)
    settings.generation.thinking = Sampling(0.5, 0.9, 30, 0.05)
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
    assert gen.thinking == Sampling(0.55, 0.9, 30, 0.05, 1.5, 1.1, 42)
    assert gen.non_thinking == Sampling(0.7, 0.8, 40, 0.0, 1.5, 1.1, 42)
    assert (gen.max_tokens, gen.thinking_budget) == (4096, 1024)
    assert (edited.theme, edited.font_size) == ("light", 16)
    assert (edited.enter_to_send, edited.offline) == (False, True)
    assert edited.models_dir == str(tmp_path)
    # untouched parts survive, and the caller's object is not changed
    assert edited.last_model == "/models/qwen3.gguf"
    assert edited.per_model == {"qwen3": LoadOptions(n_ctx=4096)}
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
    assert error is not None
    assert not error.isHidden()
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
    expected.per_model = {"qwen3": LoadOptions(n_ctx=4096)}
    assert dialog.settings() == expected


def test_reset_a_preset_to_qwens_recommended(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, _custom())
    qtbot.mouseClick(dialog.thinking_box.reset, Qt.MouseButton.LeftButton)
    assert dialog.settings().generation.thinking == Sampling(0.6, 0.95, 20, 0.0)
    _type(qtbot, dialog.plain_box.temperature, "1.3")
    qtbot.mouseClick(dialog.plain_box.reset, Qt.MouseButton.LeftButton)
    assert dialog.settings().generation.non_thinking == Sampling(0.7, 0.8, 20, 0.0)


def test_model_card_sampling_until_the_user_sets_their_own(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    assert dialog.model_card.isChecked()
    assert dialog.settings().generation.sampling_source == SAMPLING_MODEL_CARD
    _type(qtbot, dialog.plain_box.temperature, "0.9")  # a value of one's own: for every model
    assert dialog.settings().generation.sampling_source == SAMPLING_CUSTOM
    plain = _dialog(qtbot)
    plain.model_card.setChecked(False)  # Qwen3's values below, for every model
    assert plain.settings().generation.sampling_source == SAMPLING_CUSTOM
    custom = Settings()
    custom.generation.sampling_source = SAMPLING_CUSTOM
    again = _dialog(qtbot, custom)
    assert not again.model_card.isChecked()
    again.model_card.setChecked(True)
    assert again.settings().generation.sampling_source == SAMPLING_MODEL_CARD


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
    assert dialog.context_hint.text().startswith("tiny needs about")  # the file's name
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


# -- per-model load settings ----------------------------------------------------------------


def test_without_a_model_the_model_tab_edits_the_defaults(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, _custom())
    dialog.show()
    assert dialog.model_tab.scope.isHidden()
    assert dialog.model_tab.use_defaults.isHidden()
    _type(qtbot, dialog.context, "2048")
    edited = dialog.settings()
    assert edited.load.n_ctx == 2048
    assert edited.per_model == {"qwen3": LoadOptions(n_ctx=4096)}


def test_per_model_round_trip(qtbot: QtBot, tiny_model: Path) -> None:
    key = str(tiny_model)
    original = _custom()
    dialog = _dialog(qtbot, original, model_path=tiny_model)
    dialog.show()
    tab = dialog.model_tab
    assert tab.scope.currentText() == "For this model (tiny.gguf)"
    assert dialog.context.text() == "32768"  # no override yet: it starts from the defaults
    assert "uses the defaults" in tab.scope_state.text()
    assert not tab.use_defaults.isEnabled()
    _type(qtbot, dialog.context, "2048")
    dialog.kv_type.setCurrentText("q8_0")
    assert tab.use_defaults.isEnabled()
    assert "its own settings" in tab.scope_state.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    edited = dialog.settings()
    assert edited.per_model[key] == LoadOptions(n_ctx=2048, kv_cache_type="q8_0")
    assert edited.per_model["qwen3"] == LoadOptions(n_ctx=4096)
    assert edited.load == original.load  # the defaults are untouched

    again = _dialog(qtbot, edited, model_path=tiny_model)
    assert (again.context.text(), again.kv_type.currentText()) == ("2048", "q8_0")
    assert "its own settings" in again.model_tab.scope_state.text()
    again.model_tab.scope.setCurrentIndex(again.model_tab.scope.findData("default"))
    assert (again.context.text(), again.kv_type.currentText()) == ("32768", "f16")
    assert "This model has its own." in again.model_tab.scope_state.text()
    _type(qtbot, again.context, "16384")
    again.model_tab.scope.setCurrentIndex(again.model_tab.scope.findData("model"))
    assert again.context.text() == "2048"  # each scope keeps its own edits
    result = again.settings()
    assert result.load.n_ctx == 16384
    assert result.per_model[key].n_ctx == 2048
    assert result.load_options_for(key).kv_cache_type == "q8_0"


def test_opening_for_a_model_without_changes_adds_no_override(
    qtbot: QtBot, tiny_model: Path
) -> None:
    dialog = _dialog(qtbot, _custom(), model_path=tiny_model)
    _type(qtbot, dialog.context, "1024")
    _type(qtbot, dialog.context, "32768")  # back to the defaults' value
    assert str(tiny_model) not in dialog.settings().per_model


def test_use_the_defaults_removes_the_override(qtbot: QtBot, tiny_model: Path) -> None:
    key = str(tiny_model)
    settings = _custom()
    settings.per_model[key] = LoadOptions(n_ctx=1024, n_threads=3)
    dialog = _dialog(qtbot, settings, model_path=tiny_model)
    dialog.show()
    assert (dialog.context.text(), dialog.threads.text()) == ("1024", "3")
    qtbot.mouseClick(dialog.model_tab.use_defaults, Qt.MouseButton.LeftButton)
    assert (dialog.context.text(), dialog.threads.text()) == ("32768", "0")
    assert not dialog.model_tab.use_defaults.isEnabled()
    assert "uses the defaults" in dialog.model_tab.scope_state.text()
    edited = dialog.settings()
    assert key not in edited.per_model
    assert edited.per_model == {"qwen3": LoadOptions(n_ctx=4096)}
    assert edited.load == settings.load


def test_model_scope_keeps_validation_and_the_fit_hint(qtbot: QtBot, tiny_model: Path) -> None:
    settings = Settings()  # defaults: 8,192 tokens, which won't fit in 500 MiB
    settings.per_model[str(tiny_model)] = LoadOptions(n_ctx=1024)
    dialog = _dialog(qtbot, settings, model_path=tiny_model, profile=_profile(500 * MIB))
    dialog.show()
    qtbot.waitUntil(lambda: dialog.fit_checked)
    assert "it fits" in dialog.context_hint.text()
    dialog.model_tab.scope.setCurrentIndex(dialog.model_tab.scope.findData("default"))
    assert "won't fit" in dialog.context_hint.text()
    dialog.model_tab.scope.setCurrentIndex(dialog.model_tab.scope.findData("model"))
    _type(qtbot, dialog.context, "12")
    assert not dialog.ok_button.isEnabled()
    assert "(Model)" in dialog.problem.text()
    _type(qtbot, dialog.context, "2048")
    assert dialog.ok_button.isEnabled()
    assert dialog.settings().per_model[str(tiny_model)].n_ctx == 2048
    assert dialog.settings().load.n_ctx == 8192


# -- moving the models folder ---------------------------------------------------------------

MODEL_FILES = {"Qwen3-GGUF/qwen3-q8.gguf": 40_000, "Qwen3-GGUF/qwen3-q4.gguf.part": 9_000}
MODEL_FILES |= {"Qwen3-GGUF/qwen3-q4.gguf.part.json": 100, "loose.gguf": 30_000}


@pytest.fixture
def models(app_home: Path) -> Path:
    """The app's own models folder with two models (one with a partial download)."""
    folder = app_paths().models
    for relative, size in MODEL_FILES.items():
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        (folder / relative).write_bytes(relative[:1].encode() * size)
    return folder


@pytest.fixture
def moving_dialogs() -> Iterator[list[SettingsDialog]]:
    """Dialogs whose move threads must be joined when the test ends, even if it failed."""
    dialogs: list[SettingsDialog] = []
    yield dialogs
    for dialog in dialogs:
        if dialog.data_tab.mover is not None:
            assert dialog.data_tab.mover.wait()


def _moving_dialog(
    qtbot: QtBot,
    dialogs: list[SettingsDialog],
    choice: MoveChoice,
    move: Callable[..., MoveResult],
    settings: Settings | None = None,
) -> SettingsDialog:
    dialog = _dialog(qtbot, settings)
    dialogs.append(dialog)
    dialog.show()
    asked: list[tuple[Path, Path, int]] = []

    def ask(src: Path, dst: Path, entries: list[ModelEntry]) -> MoveChoice:
        asked.append((src, dst, len(entries)))
        return choice

    dialog.data_tab.ask_move = ask
    dialog.data_tab.move_function = move
    dialog.asked = asked  # type: ignore[attr-defined]
    return dialog


def _whole(root: Path) -> list[str]:
    return sorted(
        rel
        for rel, size in MODEL_FILES.items()
        if (root / rel).is_file() and (root / rel).stat().st_size == size
    )


def test_moving_the_models_to_a_new_folder(
    qtbot: QtBot, models: Path, tmp_path: Path, moving_dialogs: list[SettingsDialog]
) -> None:
    settings = Settings()
    settings.per_model[str(models / "loose.gguf")] = LoadOptions(n_ctx=1024)
    settings.last_model = str(models / "Qwen3-GGUF" / "qwen3-q8.gguf")
    move = partial(move_models, force_copy=True, chunk_size=4096)
    dialog = _moving_dialog(qtbot, moving_dialogs, MoveChoice.MOVE, move, settings)
    tab = dialog.data_tab
    new = tmp_path / "elsewhere" / "models"
    tab.change_models_dir(new)
    assert dialog.asked == [(models, new, 2)]  # type: ignore[attr-defined]
    assert tab.progress is not None
    assert tab.progress.isVisible()
    qtbot.waitUntil(lambda: tab.mover is not None and tab.mover.ended)
    assert tab.progress is None
    assert _whole(new) == sorted(MODEL_FILES)
    assert _whole(models) == []
    assert tab.models_dir.text() == str(new)
    assert "Moved 2 models (77.2 KiB)" in tab.move_state.text()
    edited = dialog.settings()
    assert edited.models_dir == str(new)
    assert edited.per_model == {str(new / "loose.gguf"): LoadOptions(n_ctx=1024)}
    assert edited.last_model == str(new / "Qwen3-GGUF" / "qwen3-q8.gguf")


def test_cancel_after_a_move_still_saves_the_new_folder(
    qtbot: QtBot, models: Path, tmp_path: Path, moving_dialogs: list[SettingsDialog]
) -> None:
    dialog = _moving_dialog(qtbot, moving_dialogs, MoveChoice.MOVE, move_models, _custom())
    _type(qtbot, dialog.font_size, "20")
    new = tmp_path / "new"
    dialog.data_tab.change_models_dir(new)
    qtbot.waitUntil(lambda: not dialog.data_tab.moving)
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Accepted
    expected = _custom()
    expected.models_dir = str(new.resolve())
    assert dialog.settings() == expected  # the folder, and none of the other edits


def test_declining_the_move_just_points_to_the_folder(
    qtbot: QtBot, models: Path, tmp_path: Path, moving_dialogs: list[SettingsDialog]
) -> None:
    dialog = _moving_dialog(qtbot, moving_dialogs, MoveChoice.POINT, move_models)
    dialog.data_tab.change_models_dir(tmp_path / "new")
    assert dialog.data_tab.mover is None
    assert dialog.data_tab.models_dir.text() == str(tmp_path / "new")
    assert _whole(models) == sorted(MODEL_FILES)
    dialog.data_tab.ask_move = lambda *_: MoveChoice.CANCEL
    dialog.data_tab.change_models_dir(tmp_path / "other")
    assert dialog.data_tab.models_dir.text() == str(tmp_path / "new")


def test_stopping_a_move_leaves_each_model_whole_in_one_place(
    qtbot: QtBot, models: Path, tmp_path: Path, moving_dialogs: list[SettingsDialog]
) -> None:
    halfway = threading.Event()

    def gated(src: Path, dst: Path, progress: Callable[[int, int], None], cancel: threading.Event):
        def report(done: int, total: int) -> None:
            progress(done, total)
            if done >= total * 3 // 4 and not halfway.is_set():
                halfway.set()
                cancel.wait(30)  # hold here until the test presses Stop

        return move_models(src, dst, report, cancel, force_copy=True, chunk_size=4096)

    dialog = _moving_dialog(qtbot, moving_dialogs, MoveChoice.MOVE, gated)
    tab = dialog.data_tab
    new = tmp_path / "new"
    tab.change_models_dir(new)
    progress = tab.progress
    assert progress is not None
    qtbot.waitUntil(lambda: halfway.is_set() and progress.value() >= 500)
    assert "of 77.2 KiB" in progress.labelText()
    dialog.reject()  # ignored while the move runs
    assert dialog.isVisible()
    stop = progress.findChild(QPushButton)
    assert stop is not None
    assert stop.text() == "Stop moving"
    qtbot.mouseClick(stop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.mover is not None and tab.mover.ended)
    result = tab.moves[-1]
    assert result.cancelled
    assert result.moved == ("Qwen3-GGUF",)
    assert result.left == ("loose.gguf",)
    assert _whole(new) == sorted(r for r in MODEL_FILES if r.startswith("Qwen3"))
    assert _whole(models) == ["loose.gguf"]
    assert not list(new.glob(".*"))
    assert "Move stopped" in tab.move_state.text()
    assert tab.models_dir.text() == ""  # the models folder stays where most models are
    assert dialog.settings().models_dir == ""


def test_a_refused_move_says_why(
    qtbot: QtBot, models: Path, moving_dialogs: list[SettingsDialog]
) -> None:
    dialog = _moving_dialog(qtbot, moving_dialogs, MoveChoice.MOVE, move_models)
    tab = dialog.data_tab
    tab.change_models_dir(models / "inner")
    qtbot.waitUntil(lambda: tab.mover is not None and tab.mover.ended)
    assert "inside the current models folder" in tab.move_state.text()
    assert not tab.move_state.isHidden()
    assert tab.models_dir.text() == ""
    assert tab.moves == []
    assert _whole(models) == sorted(MODEL_FILES)


@pytest.mark.parametrize(
    ("button", "choice"),
    [
        ("Move the models", MoveChoice.MOVE),
        ("Just use the new folder", MoveChoice.POINT),
        ("Cancel", MoveChoice.CANCEL),
    ],
)
def test_the_move_question(
    qtbot: QtBot, models: Path, tmp_path: Path, button: str, choice: MoveChoice
) -> None:
    dialog = _dialog(qtbot)
    seen: list[str] = []

    def answer() -> None:  # runs inside the question's own event loop
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        if not boxes:
            QTimer.singleShot(10, answer)
            return
        seen.append(boxes[0].text() + " " + boxes[0].informativeText())
        clicked = next(b for b in boxes[0].buttons() if b.text().replace("&", "") == button)
        clicked.click()

    QTimer.singleShot(0, answer)
    entries = plan_move(models)
    assert ask_to_move(dialog, models, tmp_path / "new", entries) is choice
    assert seen[0].startswith(f"Move your models to {tmp_path / 'new'}?")
    assert "2 models (77.2 KiB) are in" in seen[0]
