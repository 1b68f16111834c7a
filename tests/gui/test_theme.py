"""Themes switch live and stay readable: WCAG contrast of what is really drawn (the composer's
text and placeholder, its pickers and thinking switch, the meters' captions), measured on the
rendered pixels after switching Light <-> Dark both ways."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QRect
from PySide6.QtGui import QColor, QFont, QImage
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from desktop.core.history.store import HistoryStore
from desktop.core.thinking import ThinkingCapability
from desktop.engines.fake import FakeEngine
from desktop.gui.widgets import theme
from desktop.gui.window.main_window import MainWindow
from tests.gui.window_support import make_main_window

TEXT_MIN = 4.5
PLACEHOLDER_MIN = 3.0


def drawn_contrast(image: QImage) -> float:
    """Contrast between the commonest colour (the background) and the colour that stands out
    most from it (the glyphs' cores), as WCAG defines it."""
    counts = Counter(image.pixel(x, y) for x in range(image.width()) for y in range(image.height()))
    background = QColor.fromRgb(counts.most_common(1)[0][0])
    # Ignore lone pixels: a glyph's colour covers several.
    colours = [QColor.fromRgb(rgb) for rgb, n in counts.items() if n >= 3]
    return max(theme.contrast(background, colour) for colour in colours)


def grab(widget: QWidget, rect: QRect | None = None) -> QImage:
    QApplication.processEvents()
    return (widget.grab(rect) if rect is not None else widget.grab()).toImage()


def input_image(window: MainWindow) -> QImage:
    """The message box as drawn on its card (the box itself is transparent)."""
    composer = window.composer
    return grab(composer.card, composer.input.geometry())


def inner(widget: QWidget) -> QImage:
    """A widget without its border: the middle of it, where its text is."""
    rect = widget.rect().adjusted(6, 4, -6, -4)
    return grab(widget, rect)


@pytest.fixture
def window(qtbot, tmp_path: Path, store: HistoryStore) -> Iterator[MainWindow]:
    win = make_main_window(store, tmp_path / "settings.json", FakeEngine("Hello."))
    qtbot.addWidget(win)
    # Large text: glyph stems several pixels wide show the text colour itself, not only
    # anti-aliased edges, so the drawn pixels give the colours' real contrast.
    font = QFont(win.font())
    font.setPixelSize(28)
    for widget in [win, *win.findChildren(QWidget)]:
        widget.setFont(font)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    win.sidebar.focus_search()  # no text cursor in the message box
    yield win
    win.close()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app, "light")


def composer_contrasts(window: MainWindow) -> dict[str, float]:
    composer = window.composer
    composer.set_text("")
    figures = {"placeholder": drawn_contrast(input_image(window))}
    composer.set_text("Hello World, what is 12 x 7?")
    figures["text"] = drawn_contrast(input_image(window))
    composer.set_text("")
    figures["model picker"] = drawn_contrast(inner(composer.model_combo))
    figures["preset picker"] = drawn_contrast(inner(composer.preset_combo))
    figures["thinking switch"] = drawn_contrast(inner(composer.thinking_toggle))
    return figures


@pytest.mark.parametrize("order", [("dark", "light", "dark"), ("light", "dark", "light")])
@pytest.mark.parametrize(
    "capability",
    [ThinkingCapability.NEVER, ThinkingCapability.ALWAYS, ThinkingCapability.HYBRID],
)
def test_composer_is_readable_in_both_themes_after_switching_live(
    window, order, capability
) -> None:
    """NEVER and ALWAYS show the switch disabled (off / on): it must still be readable."""
    window.composer.set_current_model("Qwen3-8B")
    window.composer.set_capability(capability)
    for name in order:
        window.set_theme(name)
        assert window.resolved_theme == name
        figures = composer_contrasts(window)
        assert figures.pop("placeholder") >= PLACEHOLDER_MIN, name
        low = {part: round(value, 2) for part, value in figures.items() if value < TEXT_MIN}
        assert not low, f"{name}: too little contrast in {low}"


@pytest.mark.parametrize("first", ["dark", "light"])
def test_pickers_take_the_new_themes_background(window, first) -> None:
    """The model and preset pickers are drawn on the new theme's colours, not the old."""
    second = "light" if first == "dark" else "dark"
    window.set_theme(first)
    window.set_theme(second)
    for picker in (window.composer.model_combo, window.composer.preset_combo):
        image = inner(picker)
        counts = Counter(
            image.pixel(x, y) for x in range(image.width()) for y in range(image.height())
        )
        drawn = QColor.fromRgb(counts.most_common(1)[0][0])
        dark_drawn = theme.luminance(drawn) < 0.2
        assert dark_drawn == (second == "dark"), (picker.objectName(), drawn.name())


def test_meter_captions_are_readable_after_switching(window) -> None:
    window.tools.dock.show()
    captions = [
        label
        for label in window.tools.panel.findChildren(QLabel)
        if label.property(theme.MUTED_PROPERTY)
    ]
    assert len(captions) >= 5
    for name in ("light", "dark", "light"):
        window.set_theme(name)
        for label in captions:
            assert drawn_contrast(grab(label)) >= TEXT_MIN, (name, label.text())
