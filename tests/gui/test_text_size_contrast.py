"""The Settings "Text size" scales the whole window (sidebar, composer, Library headings,
dialogs) and the transcript; the high-contrast theme reaches every widget with text at
7 : 1 or more, as drawn; "system" follows the desktop's high-contrast setting."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

import desktop.gui
from desktop.core.history.store import HistoryStore
from desktop.core.settings import Settings
from desktop.engines.fake import FakeEngine
from desktop.gui.settings.dialog import SettingsDialog
from desktop.gui.widgets import text_size, theme
from desktop.gui.window.main_window import MainWindow
from tests.gui.test_theme import composer_contrasts
from tests.gui.window_support import make_main_window

AAA = 7.0
Role = QPalette.ColorRole


def size_of(widget: QWidget) -> float:
    font = widget.font()
    return font.pointSizeF() if font.pointSizeF() > 0 else float(font.pixelSize())


@pytest.fixture
def window(qtbot, tmp_path: Path, store: HistoryStore) -> Iterator[MainWindow]:
    win = make_main_window(
        store,
        tmp_path / "settings.json",
        FakeEngine("Hello."),
        Settings(auto_titles=False, offline=True),
    )
    win.resize(1280, 860)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    text_size.apply(app, 100)
    theme.apply(app, "light")


def test_text_size_150_scales_the_window_and_the_transcript(qtbot, window: MainWindow) -> None:
    composer, sidebar = window.composer.input, window.sidebar.conversation_list
    before = {"composer": size_of(composer), "sidebar": size_of(sidebar)}
    base = text_size.base_font()
    assert size_of(composer) == pytest.approx(
        base.pointSizeF() if base.pointSizeF() > 0 else base.pixelSize()
    )  # 100 %: the system's own size
    page = window.library.open()
    qtbot.waitUntil(lambda: page.findChild(QLabel, "entryName") is not None, timeout=20_000)
    heading = page.findChild(QLabel, "entryName")
    assert heading is not None
    heading_before = size_of(heading)
    window.state.settings.update(lambda s: setattr(s, "text_size", 150))
    assert size_of(composer) == pytest.approx(before["composer"] * 1.5, rel=0.05)
    assert size_of(sidebar) == pytest.approx(before["sidebar"] * 1.5, rel=0.05)
    assert size_of(heading) == pytest.approx(heading_before * 1.5, rel=0.05)
    assert size_of(heading) > size_of(composer)  # still a heading
    assert window.chat_view._font_px == round(14 * 1.5)  # the transcript too
    dialog = SettingsDialog(window.settings, parent=window)  # dialogs as well
    assert size_of(dialog) == pytest.approx(before["composer"] * 1.5, rel=0.05)
    assert dialog.text_size.currentData() == 150
    dialog.text_size.setCurrentIndex(dialog.text_size.findData(90))
    assert dialog.settings().text_size == 90
    dialog.deleteLater()
    window.state.settings.update(lambda s: setattr(s, "text_size", 100))
    assert size_of(composer) == pytest.approx(before["composer"], rel=0.05)


def test_high_contrast_reaches_every_widget_at_7_to_1(window: MainWindow) -> None:
    font = QFont(window.font())
    font.setPixelSize(28)  # stems wide enough to show the text colour itself
    for widget in [window, *window.findChildren(QWidget)]:
        widget.setFont(font)
    window.composer.set_current_model("Qwen3-8B")
    window.sidebar.focus_search()  # no text cursor in the message box
    window.set_theme("contrast")
    assert window.resolved_theme == "contrast"
    assert window.chat_view._theme == "contrast"  # the transcript's own high-contrast CSS
    figures = composer_contrasts(window)
    assert figures.pop("placeholder") >= 4.5
    low = {part: round(value, 2) for part, value in figures.items() if value < AAA}
    assert not low, f"high contrast: too little contrast in {low}"
    weak: list[str] = []
    for widget in window.findChildren(QWidget):
        palette = widget.palette()
        for text, ground in ((Role.Text, Role.Base), (Role.WindowText, Role.Window)):
            ratio = theme.contrast(palette.color(text), palette.color(ground))
            if ratio < AAA:
                weak.append(f"{widget.objectName() or type(widget).__name__}: {ratio:.1f}")
    assert not weak, weak[:10]


def test_system_high_contrast_is_followed(window: MainWindow, monkeypatch) -> None:
    monkeypatch.setattr(theme, "system_wants_contrast", lambda: True)
    window.set_theme("system")
    window.apply_theme("system")
    assert window.resolved_theme == "contrast"
    monkeypatch.setattr(theme, "system_wants_contrast", lambda: False)
    window.apply_theme("system")
    assert window.resolved_theme in ("light", "dark")


def test_no_style_sheet_fixes_a_font_size() -> None:
    """A font size in a style sheet would not follow the system or the Text size setting:
    headings and captions use text_size.relative instead."""
    root = Path(desktop.gui.__file__).parent
    fixed = re.compile(r"font(-size)?\s*:\s*[^;{}]*\d+(\.\d+)?\s*(px|pt)\b")
    found = [
        f"{path.relative_to(root)}:{number}"
        for path in sorted(root.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if fixed.search(line)
    ]
    assert not found, found
