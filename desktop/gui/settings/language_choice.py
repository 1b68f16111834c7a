"""Settings ▸ Appearance ▸ Language: the interface language, applied at the next start.

"System default" follows the system locale; the others name each language in itself, so a
person who cannot read the current one still finds theirs. Choosing another one says that it
applies after a restart and offers "Restart now": the dialog is accepted (the choice saved)
and the app quits, and desktop/app.py starts it again once everything is closed.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.i18n import translate
from desktop.gui import language


class LanguageChoice(QWidget):
    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._running = language.running_setting()  # the language this process shows
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combo = QComboBox()
        self.combo.setObjectName("language")
        self.combo.setAccessibleName(translate("LanguageChoice", "Interface language"))
        self.combo.addItem(translate("LanguageChoice", "System default"), "")
        for code, name in language.LANGUAGES:
            self.combo.addItem(name, code)
        row = QHBoxLayout()
        row.addWidget(self.combo, 1)
        self.restart = QPushButton(translate("LanguageChoice", "Restart now"))
        self.restart.setObjectName("restartForLanguage")
        self.restart.clicked.connect(self._restart_now)
        row.addWidget(self.restart)
        layout.addLayout(row)
        self.note = QLabel(translate("LanguageChoice", "The new language applies after a restart."))
        self.note.setObjectName("languageNote")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.combo.currentIndexChanged.connect(self._sync)
        self.set_value(current)

    def set_value(self, code: str) -> None:
        index = self.combo.findData(code)
        self.combo.setCurrentIndex(max(0, index))
        self._sync()

    def value(self) -> str:
        return str(self.combo.currentData() or "")

    def _sync(self) -> None:
        changed = self.value() != self._running
        self.note.setVisible(changed)
        self.restart.setVisible(changed)

    def _restart_now(self) -> None:
        dialog = self.window()
        if isinstance(dialog, QDialog):
            dialog.accept()  # the caller saves the settings, this choice with them
        language.request_restart()
        # Close the windows once the dialog's caller has applied the settings.
        QTimer.singleShot(0, QApplication.closeAllWindows)
