"""Export every chat to a file and import chats from one (File menu), saying how it went.

An export ends with a line naming the file and how many chats it holds. An import checks
first whether the file's chats are already in the history (the same export imported twice, or
an export of this very history) and asks before copying them again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.core.history.records import HistoryError
from desktop.core.history.store import HistoryStore
from desktop.core.i18n import translate

IMPORT_NEW, IMPORT_ALL = "new", "all"


@dataclass
class Outcome:
    """What to tell the user: a sentence, actions for the notice, and chats to show."""

    text: str
    actions: list[tuple[str, Callable[[], None]]] = field(default_factory=list)
    error: bool = False
    imported: list[int] = field(default_factory=list)


def chats(n: int) -> str:
    """ "1 chat", "3 chats" (to fill a sentence's ``{chats}``)."""
    if n == 1:
        return translate("ChatFiles", "%n chat", None, n)
    return translate("ChatFiles", "%n chats", None, n)


def ask_about_duplicates(parent: QWidget, name: str, total: int, already: int) -> str | None:
    """IMPORT_NEW, IMPORT_ALL or None (cancel) for a file with chats already here."""
    box = QMessageBox(parent)
    box.setWindowTitle(translate("ChatFiles", "Import chats"))
    box.setIcon(QMessageBox.Icon.Question)
    new = total - already
    if new:
        if already == 1:
            text = translate(
                "ChatFiles",
                "%n of the {chats} in {file} is already in your history "
                "(the file was imported before, or exported from here).",
                None,
                already,
            )
        else:
            text = translate(
                "ChatFiles",
                "%n of the {chats} in {file} are already in your history "
                "(the file was imported before, or exported from here).",
                None,
                already,
            )
        box.setText(text.format(chats=chats(total), file=name))
        only_new_text = (
            translate("ChatFiles", "Import the %n new one", None, new)
            if new == 1
            else translate("ChatFiles", "Import the %n new ones", None, new)
        )
        only_new = box.addButton(only_new_text, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(only_new)
    else:
        only_new = None
        if total == 1:
            text = translate(
                "ChatFiles",
                "The chat in {file} is already in your history "
                "(the file was imported before, or exported from here).",
            )
        else:
            text = translate(
                "ChatFiles",
                "All {chats} in {file} are already in your history "
                "(the file was imported before, or exported from here).",
            )
        box.setText(text.format(chats=chats(total), file=name))
    again_text = (
        translate("ChatFiles", "Import it again as a copy")
        if total == 1
        else translate("ChatFiles", "Import all %n again as copies", None, total)
    )
    again = box.addButton(again_text, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    if only_new is None:
        box.setDefaultButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if only_new is not None and clicked is only_new:
        return IMPORT_NEW
    return IMPORT_ALL if clicked is again else None


def import_chats(parent: QWidget, store: HistoryStore, path: Path) -> Outcome | None:
    """Import ``path`` (asking first about chats already here); None when cancelled."""
    try:
        total, already = store.import_duplicates(path)
        choice = IMPORT_ALL
        if already:
            asked = ask_about_duplicates(parent, path.name, total, already)
            if asked is None:
                return None
            choice = asked
        ids = store.import_file(path, skip_duplicates=choice == IMPORT_NEW)
    except HistoryError as exc:  # a plain sentence naming the problem
        return Outcome(str(exc), error=True)
    if choice == IMPORT_NEW:
        if already == 1:
            text = translate(
                "ChatFiles", "Imported {chats} from {file}; %n already here was left out.", None, 1
            )
        else:
            text = translate(
                "ChatFiles",
                "Imported {chats} from {file}; %n already here were left out.",
                None,
                already,
            )
        return Outcome(text.format(chats=chats(len(ids)), file=path.name), imported=ids)
    text = translate("ChatFiles", "Imported {chats} from {file}.")
    return Outcome(text.format(chats=chats(len(ids)), file=path.name), imported=ids)


def export_chats(store: HistoryStore, target: Path) -> Outcome:
    """Write every chat (outside the trash) to ``target``; the outcome says where."""
    try:
        count = len(store.list_conversations())
        store.export_file(target)
    except HistoryError as exc:
        return Outcome(str(exc), error=True)
    folder = target.parent

    def show_folder() -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    text = translate("ChatFiles", "Exported {chats} to {file} in {folder}.").format(
        chats=chats(count), file=target.name, folder=folder
    )
    return Outcome(text, [(translate("ChatFiles", "Show the folder"), show_folder)])


def ask_import_source(parent: QWidget) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        translate("ChatFiles", "Import chats"),
        str(Path.home()),
        translate("ChatFiles", "Chats (*.json);;All files (*)"),
    )
    return Path(path) if path else None


def ask_export_target(parent: QWidget) -> Path | None:
    path, chosen = QFileDialog.getSaveFileName(
        parent,
        translate("ChatFiles", "Export all chats"),
        str(Path.home() / "qwen-desk-chats.json"),
        translate("ChatFiles", "JSON (*.json);;Markdown (*.md)"),
    )
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() not in (".json", ".md"):  # the filter chosen says which
        target = target.with_name(target.name + (".md" if "*.md" in chosen else ".json"))

    return target
