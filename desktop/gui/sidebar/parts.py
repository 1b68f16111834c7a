"""Small parts of the sidebar: a chat's context menu and asking where to export a chat. (The
"Chat deleted · Undo" strip is the shared :class:`~desktop.gui.widgets.notice.Notice`.)"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from desktop.core.i18n import translate

NOTICE_MS = 8000  # how long the sidebar's notice (and its Undo) stays
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def conversation_menu(
    parent: QWidget,
    pinned: bool,
    rename: Callable[[], None],
    pin: Callable[[], None],
    delete: Callable[[], None],
    export: Callable[[str], None],
) -> QMenu:
    """Rename, Pin/Unpin, Delete and Export ▸ Markdown/JSON; actions carry objectNames."""
    menu = QMenu(parent)
    menu.setObjectName("conversationMenu")
    entries = (
        ("renameAction", translate("ChatMenu", "Rename"), rename),
        (
            "pinAction",
            translate("ChatMenu", "Unpin") if pinned else translate("ChatMenu", "Pin to top"),
            pin,
        ),
        ("deleteAction", translate("ChatMenu", "Delete"), delete),
    )
    for name, text, slot in entries:
        action = menu.addAction(text)
        action.setObjectName(name)
        action.triggered.connect(slot)
    submenu = menu.addMenu(translate("ChatMenu", "Export"))
    submenu.setObjectName("exportMenu")
    for name, text, kind in (
        ("exportMarkdownAction", translate("ChatMenu", "Markdown…"), "markdown"),
        ("exportJsonAction", translate("ChatMenu", "JSON…"), "json"),
    ):
        action = submenu.addAction(text)
        action.setObjectName(name)
        action.triggered.connect(lambda _=False, k=kind: export(k))
    return menu


def ask_export_target(parent: QWidget, title: str, kind: str) -> Path | None:
    """Ask for a file to export one chat to (``kind``: markdown or json); None if cancelled."""
    suffix, label = (
        (".json", translate("ChatMenu", "JSON (*.json)"))
        if kind == "json"
        else (".md", translate("ChatMenu", "Markdown (*.md)"))
    )
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name = _UNSAFE.sub(" ", title).strip()[:80] or "chat"
    default = Path(folder or Path.home()) / (name + suffix)
    chosen, _ = QFileDialog.getSaveFileName(
        parent, translate("ChatMenu", "Export chat"), str(default), label
    )

    if not chosen:
        return None
    target = Path(chosen)
    return target if target.suffix.lower() == suffix else target.with_name(target.name + suffix)
