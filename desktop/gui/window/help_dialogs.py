"""Help ▸ Keyboard shortcuts and Help ▸ About Qwen Desk."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.core.i18n import translate
from desktop.gui.window.texts import SHORTCUTS


def show_shortcuts(parent: QWidget) -> None:
    rows = "".join(
        f"<tr><td><b>{QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText)}"
        f"</b></td><td>{translate('Shortcuts', v)}</td></tr>"
        for k, v in SHORTCUTS
    )
    title = translate("MainWindow", "Keyboard shortcuts")
    QMessageBox.information(parent, title, "<table>" + rows + "</table>")


def show_about(parent: QWidget) -> None:
    from desktop import __version__

    QMessageBox.about(
        parent,
        translate("MainWindow", "About Qwen Desk"),
        f"<b>Qwen Desk {__version__}</b><p>"
        + translate("MainWindow", "Qwen models on your own computer, offline.")
        + "</p>",
    )
