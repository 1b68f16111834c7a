"""Small widgets of the documents part: the attached files as removable chips above the
message box, the paper-clip button, and the indexing progress strip with Cancel."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QByteArray, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QToolButton,
    QWidget,
)

from desktop.core.i18n import format_number, translate
from desktop.documents import formats
from desktop.documents.records import FAILED, INDEXED, FileInfo
from desktop.gui.documents.jobs import Progress

MAX_CHIPS = 6  # more attached files than this show as "+N more"
CHIP_STYLE = """
QFrame#documentChip { border: 1px solid palette(mid); border-radius: 10px;
  background: palette(alternate-base); }
QFrame#documentChip[failed="true"] { border-color: #c92a2a; }
QToolButton#chipRemove { border: none; padding: 0 2px; }
"""


# The paper clip of Feather icons (MIT licence), drawn in the theme's text colour.
PAPERCLIP_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="{color}" '
    'stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M21.44 11.05l-9.19 '
    "9.19a6 6 0 0 1-8.49-8.49l9.19-9.19a4 4 0 0 1 5.66 5.66l-9.2 9.19a2 2 0 0 1-2.83-2.83l8.49"
    '-8.48"/></svg>'
)


def paperclip_icon(color: QColor, size: int = 18) -> QIcon:
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(PAPERCLIP_SVG.format(color=color.name()).encode()))
    pixmap = QPixmap(size * 2, size * 2)  # drawn at twice the size: sharp on HiDPI screens
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter)
    painter.end()
    pixmap.setDevicePixelRatio(2.0)
    return QIcon(pixmap)


def documents_filter() -> str:
    """A file chooser's filter: the documents Qwen Desk reads, or every file."""
    patterns = " ".join(f"*{suffix}" for suffix in formats.suffixes())
    readable = translate("DocumentsHost", "Documents ({patterns})").format(patterns=patterns)
    return readable + ";;" + translate("DocumentsHost", "All files (*)")


def attach_button() -> QToolButton:
    """The composer's paper clip: choose files to attach to this chat."""
    button = QToolButton()
    button.setObjectName("attachButton")
    button.setIcon(paperclip_icon(button.palette().color(QPalette.ColorRole.WindowText)))
    button.setIconSize(QSize(18, 18))
    button.setAutoRaise(True)
    button.setAccessibleName(translate("DocumentsHost", "Attach documents"))
    button.setToolTip(
        translate(
            "DocumentsHost",
            "Attach documents to this chat (PDF, Word, Markdown, text, HTML, code). You can "
            "also drop files or folders on the window, or paste them.",
        )
    )
    return button


class _Chip(QFrame):
    def __init__(self, info: FileInfo, remove: Callable[[int], None]) -> None:
        super().__init__()
        self.setObjectName("documentChip")
        self.file_id = info.id
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 1, 2, 1)
        layout.setSpacing(2)
        mark = ""
        tip = str(info.path)
        if info.status == FAILED:
            mark = "⚠ "
            tip = f"{info.path}\n{info.error or ''}"
            self.setProperty("failed", True)
        elif info.status != INDEXED:
            mark = "… "
            tip = translate("AttachmentChips", "{path}\nBeing indexed").format(path=info.path)
        self.label = QLabel(mark + info.name)
        self.label.setObjectName("chipName")
        self.setToolTip(tip)
        self.button = QToolButton()
        self.button.setObjectName("chipRemove")
        self.button.setText("×")
        self.button.setAccessibleName(
            translate("AttachmentChips", "Remove {name}").format(name=info.name)
        )
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.button.clicked.connect(lambda: remove(info.id))
        layout.addWidget(self.label)
        layout.addWidget(self.button)


class AttachmentChips(QWidget):
    """The chat's attached files, each with a remove button; hidden when there are none."""

    remove_requested = Signal(int)  # file id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentChips")
        self.setAccessibleName(translate("AttachmentChips", "Attached documents"))
        self.setStyleSheet(CHIP_STYLE)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 2)
        self._layout.setSpacing(6)
        self.chips: list[_Chip] = []
        self.more = QLabel()
        self.more.setObjectName("chipsMore")
        self.hide()

    def set_files(self, files: Sequence[FileInfo]) -> None:
        for chip in self.chips:
            self._layout.removeWidget(chip)
            chip.deleteLater()
        while self._layout.count():
            self._layout.takeAt(0)
        self.chips = [_Chip(info, self.remove_requested.emit) for info in files[:MAX_CHIPS]]
        for chip in self.chips:
            self._layout.addWidget(chip)
        hidden = len(files) - len(self.chips)
        self.more.setText(translate("AttachmentChips", "+%n more", None, hidden))
        self.more.setToolTip("\n".join(f.name for f in files[MAX_CHIPS:]))
        self.more.setVisible(hidden > 0)
        self._layout.addWidget(self.more)
        self._layout.addStretch(1)
        self.setVisible(bool(files))

    def names(self) -> list[str]:
        return [chip.label.text() for chip in self.chips]


class IndexProgressStrip(QWidget):
    """ "Indexing Papers: 120 of 1,000 files · intro.pdf" with a bar and Cancel."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("indexProgress")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.label = QLabel()
        self.label.setObjectName("indexProgressText")
        self.bar = QProgressBar()
        self.bar.setObjectName("indexProgressBar")
        self.bar.setAccessibleName(translate("IndexProgressStrip", "Indexing progress"))
        self.bar.setTextVisible(False)
        self.bar.setFixedSize(140, 8)
        self.cancel = QPushButton(translate("IndexProgressStrip", "Cancel"))
        self.cancel.setObjectName("indexCancel")
        self.cancel.setAccessibleName(translate("IndexProgressStrip", "Cancel indexing"))
        self.cancel.clicked.connect(self.cancel_requested)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        self.hide()

    def show_progress(self, items: Sequence[Progress]) -> None:
        if not items:
            self.hide()
            return
        first = items[0]
        done = sum(p.done for p in items)
        total = sum(p.total for p in items)
        if total:
            text = translate(
                "IndexProgressStrip", "Indexing {name}: {done} of {total} files"
            ).format(name=first.name, done=format_number(done), total=format_number(total))
        else:
            text = translate("IndexProgressStrip", "Indexing {name}: looking for files…").format(
                name=first.name
            )
        if first.current:
            text += f" · {first.current}"
        self.label.setText(text)
        self.bar.setRange(0, max(total, 0))
        self.bar.setValue(done)
        self.show()
