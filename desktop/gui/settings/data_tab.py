"""The settings dialog's Data tab: the models folder and the Hugging Face token.

Choosing a new models folder offers to move the models there (on a worker thread, with a
progress dialog). The token is saved or cleared at once through :class:`TokenStore` (not on
OK), and no widget ever shows it after it is saved: only "•••• saved" and where it is kept.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.core.hub.token_store import SecretsError, TokenStatus, TokenStorage, TokenStore
from desktop.core.i18n import translate
from desktop.core.models.move import ModelEntry, MoveResult, move_models, plan_move
from desktop.core.paths import app_paths
from desktop.core.units import format_size
from desktop.gui.settings.fields import ERROR_COLOR, field_cell, hint_label
from desktop.gui.settings.move import (
    ModelMover,
    MoveChoice,
    MoveFunction,
    MoveProgressDialog,
    ask_to_move,
)
from desktop.gui.tasks import TaskRunner

SAVED_MASK = "••••"


def _named(widget: QWidget, name: str, accessible: str) -> None:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)


class DataTab(QWidget):
    """Where models live and the Hugging Face token."""

    validity_changed = Signal()

    def __init__(
        self,
        token_store: TokenStore,
        parent: QWidget | None = None,
        *,
        models_dir: str = "",
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = token_store
        self._tasks = tasks  # None: each move gets a runner of its own
        self._home = models_dir  # where the models are now (the saved setting)
        # replaceable, so tests and callers need no modal dialog or real move
        self.choose_folder: Callable[[str], str] = self._choose_folder
        self.ask_move: Callable[[Path, Path, list[ModelEntry]], MoveChoice] = (
            lambda src, dst, entries: ask_to_move(self, src, dst, entries)
        )
        self.move_function: MoveFunction = move_models
        self.mover: ModelMover | None = None
        self.progress: MoveProgressDialog | None = None
        self.moves: list[MoveResult] = []
        self.moved_to: Path | None = None  # set once every model is in a new folder
        form = QFormLayout(self)
        self.models_dir = QLineEdit()
        _named(self.models_dir, "modelsDir", translate("DataTab", "Models folder"))
        self.models_dir.setPlaceholderText(str(app_paths().models))
        self.models_dir.setMinimumWidth(280)
        self.browse = QPushButton(translate("DataTab", "Browse…"))
        _named(self.browse, "modelsDirBrowse", translate("DataTab", "Choose the models folder"))
        self.browse.clicked.connect(self._on_browse_clicked)
        self.models_dir_message = QLabel()
        _named(
            self.models_dir_message,
            "modelsDirMessage",
            translate("DataTab", "Models folder problem"),
        )
        self.models_dir_message.setStyleSheet(f"color: {ERROR_COLOR};")
        self.models_dir_message.setWordWrap(True)
        self.models_dir_message.hide()
        self.models_dir.textChanged.connect(self._on_models_dir_changed)
        form.addRow(
            translate("DataTab", "Models folder"),
            field_cell(
                self.models_dir,
                self.browse,
                message=self.models_dir_message,
                hint=hint_label(
                    translate(
                        "DataTab",
                        "Empty: the app's own folder (shown greyed). New downloads go here.",
                    )
                ),
            ),
        )
        self.move_state = hint_label("", "modelsMoveState")
        self.move_state.hide()
        form.addRow("", self.move_state)

        self.token = QLineEdit()
        _named(self.token, "hfToken", translate("DataTab", "Hugging Face token"))
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText("hf_…")
        self.token.setMinimumWidth(220)
        self.save_token = QPushButton(translate("DataTab", "Save"))
        _named(self.save_token, "hfTokenSave", translate("DataTab", "Save the Hugging Face token"))
        self.clear_token = QPushButton(translate("DataTab", "Clear"))
        _named(
            self.clear_token,
            "hfTokenClear",
            translate("DataTab", "Clear the saved Hugging Face token"),
        )
        self.token_state = QLabel()
        _named(self.token_state, "hfTokenState", translate("DataTab", "Hugging Face token state"))
        self.token_state.setWordWrap(True)
        self.token_message = QLabel()
        _named(
            self.token_message, "hfTokenMessage", translate("DataTab", "Hugging Face token problem")
        )
        self.token_message.setStyleSheet(f"color: {ERROR_COLOR};")
        self.token_message.setWordWrap(True)
        self.token_message.hide()
        self.save_token.clicked.connect(self._on_save_token_clicked)
        self.clear_token.clicked.connect(self._on_clear_token_clicked)
        self.token.textChanged.connect(self._on_token_text_changed)
        self.token.returnPressed.connect(self._on_save_token_clicked)
        form.addRow(
            translate("DataTab", "Hugging Face token"),
            field_cell(
                self.token,
                self.save_token,
                self.clear_token,
                message=self.token_message,
                hint=self.token_state,
            ),
        )
        form.addRow(
            "",
            hint_label(
                translate(
                    "DataTab",
                    "Only gated models (those that ask you to accept a licence on huggingface.co) "
                    "need a token. Create a read token at huggingface.co/settings/tokens.",
                )
            ),
        )
        self._show_status(self._store.status())
        self._on_token_text_changed()

    # -- models folder -------------------------------------------------------------------

    def set_models_dir(self, folder: str) -> None:
        self.models_dir.setText(folder)
        self._on_models_dir_changed()

    def models_dir_value(self) -> str:
        return self.models_dir.text().strip()

    def error(self) -> str:
        folder = self.models_dir_value()
        if not folder:
            return ""
        path = Path(folder).expanduser()
        if not path.is_absolute():
            return translate("DataTab", "Give the models folder as a full path, or use Browse….")
        if path.exists() and not path.is_dir():
            return translate("DataTab", "{path} is a file, not a folder. Choose a folder.").format(
                path=path
            )
        return ""

    def _on_models_dir_changed(self) -> None:
        error = self.error()
        self.models_dir_message.setText(error)
        self.models_dir_message.setVisible(bool(error))
        self.validity_changed.emit()

    def _choose_folder(self, start: str) -> str:
        return QFileDialog.getExistingDirectory(
            self, translate("DataTab", "Choose the models folder"), start
        )

    def _on_browse_clicked(self) -> None:
        start = self.models_dir_value() or str(app_paths().models)
        folder = self.choose_folder(start)
        if folder:
            self.change_models_dir(Path(folder))

    # -- moving the models ---------------------------------------------------------------

    @property
    def moving(self) -> bool:
        return self.mover is not None and self.mover.running

    def current_models_folder(self) -> Path:
        """Where the models are now: the last move's folder, else the saved setting."""
        if self.moved_to is not None:
            return self.moved_to
        return Path(self._home).expanduser() if self._home else app_paths().models

    def relocated(self, path: str) -> str:
        """Where a model file is after the moves made in this dialog."""
        new = Path(path)
        for result in self.moves:
            new = result.relocated(new)
        return str(new) if new != Path(path) else path

    def change_models_dir(self, folder: Path) -> None:
        """Use ``folder``, offering first to move the models there."""
        src = self.current_models_folder()
        entries = plan_move(src) if src.resolve() != folder.resolve() else []
        choice = self.ask_move(src, folder, entries) if entries else MoveChoice.POINT
        if choice is MoveChoice.POINT:
            self.set_models_dir(str(folder))
        elif choice is MoveChoice.MOVE:
            self._start_move(src, folder)

    def _start_move(self, src: Path, dst: Path) -> None:
        self.mover = ModelMover(self.move_function, parent=self, tasks=self._tasks)
        self.progress = MoveProgressDialog(dst, self)
        self.mover.progressed.connect(self.progress.show_progress)
        self.mover.finished.connect(self._on_mover_finished)
        self.progress.canceled.connect(self._on_progress_canceled)
        self._show_move_state("", error=False)
        self.mover.start(src, dst)
        self.progress.show()

    def _on_progress_canceled(self) -> None:
        if self.mover is not None and self.mover.running:
            self.mover.cancel()
            self._show_move_state(translate("DataTab", "Stopping the move…"), error=False)

    def _on_mover_finished(self, result: MoveResult | None, refusal: str) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        if result is None:
            self._show_move_state(refusal, error=True)
            return
        self.moves.append(result)
        count = len(result.moved)
        if result.complete:
            self.moved_to = result.destination
            self.set_models_dir(str(result.destination))
            if count == 1:
                text = translate(
                    "DataTab",
                    "Moved %n model ({size}) to {folder}. "
                    "This folder is kept even if you press Cancel.",
                    None,
                    count,
                )
            else:
                text = translate(
                    "DataTab",
                    "Moved %n models ({size}) to {folder}. "
                    "This folder is kept even if you press Cancel.",
                    None,
                    count,
                )
            size = format_size(result.moved_bytes)
            self._show_move_state(text.format(size=size, folder=result.destination), error=False)
            return
        why = result.error or translate("DataTab", "Move stopped.")
        if count == 1:
            rest = translate(
                "DataTab",
                "%n model moved to {folder}; {left} still in {source}, which stays the models "
                "folder. Choose the new folder again to move the rest.",
                None,
                count,
            )
        else:
            rest = translate(
                "DataTab",
                "%n models moved to {folder}; {left} still in {source}, which stays the models "
                "folder. Choose the new folder again to move the rest.",
                None,
                count,
            )
        rest = rest.format(folder=result.destination, left=len(result.left), source=result.source)
        self._show_move_state(f"{why} {rest}", error=bool(result.error))

    def _show_move_state(self, text: str, *, error: bool) -> None:
        self.move_state.setText(text)
        self.move_state.setStyleSheet(f"color: {ERROR_COLOR};" if error else "")
        self.move_state.setVisible(bool(text))

    # -- token ---------------------------------------------------------------------------

    def _show_status(self, status: TokenStatus) -> None:
        if status.storage is TokenStorage.KEYCHAIN:
            text = translate("DataTab", "{mask} saved in the system keychain.")
        elif status.storage is TokenStorage.SESSION:
            text = translate(
                "DataTab", "{mask} saved, kept for this session only (no keychain found)."
            )
        elif self._store.session_only:
            text = translate(
                "DataTab",
                "No token saved. No keychain was found, so a token would last this session only.",
            )
        else:
            text = translate("DataTab", "No token saved.")
        text = text.format(mask=SAVED_MASK)

        self.token_state.setText(text)
        self.clear_token.setEnabled(status.has_token)

    def _on_token_text_changed(self) -> None:
        self.save_token.setEnabled(bool(self.token.text().strip()))
        self.token_message.hide()

    def _on_save_token_clicked(self) -> None:
        if not self.token.text().strip():
            return
        try:
            status = self._store.set(self.token.text())
        except SecretsError as exc:
            self.token_message.setText(str(exc))
            self.token_message.show()
            return
        self.token.clear()  # the token leaves the screen once it is stored
        self._show_status(status)

    def _on_clear_token_clicked(self) -> None:
        self._show_status(self._store.clear())
