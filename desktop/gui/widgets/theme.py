"""Light, dark and high-contrast palettes, applied live; "system" follows the desktop's
colour scheme (and its high-contrast setting, where Qt can read it).

Qt resolves ``palette(...)`` in a style sheet when the sheet is applied, and a palette set on
a widget no longer follows the application's. So switching themes sets the new palette and
then re-applies every widget's style sheet and re-colours the muted captions (:func:`mute`):
nothing keeps the old theme's colours. Every text colour here is chosen for WCAG contrast
(>= 4.5 : 1 for text, >= 3 : 1 for placeholders) on the theme's backgrounds.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

DARK: dict[QPalette.ColorRole, str] = {
    Role.Window: "#1f2023",
    Role.WindowText: "#e6e6e6",
    Role.Base: "#17181a",
    Role.AlternateBase: "#2a2b2f",
    Role.Text: "#e6e6e6",
    Role.Button: "#2a2b2f",
    Role.ButtonText: "#e6e6e6",
    Role.BrightText: "#ffffff",
    Role.Light: "#3a3c41",
    Role.Midlight: "#323439",
    Role.Mid: "#55585f",
    Role.Dark: "#111214",
    Role.Shadow: "#000000",
    Role.Highlight: "#7356f0",  # white on it: 4.9 : 1
    Role.HighlightedText: "#ffffff",
    Role.ToolTipBase: "#2a2b2f",
    Role.ToolTipText: "#e6e6e6",
    Role.PlaceholderText: "#8f939a",
    Role.Link: "#a995ff",
    Role.LinkVisited: "#c3b5ff",
}
LIGHT: dict[QPalette.ColorRole, str] = {
    Role.Window: "#efefef",
    Role.WindowText: "#1f2328",
    Role.Base: "#ffffff",
    Role.AlternateBase: "#f5f5f5",
    Role.Text: "#1f2328",
    Role.Button: "#efefef",
    Role.ButtonText: "#1f2328",
    Role.BrightText: "#ffffff",
    Role.Light: "#ffffff",
    Role.Midlight: "#e3e3e3",
    Role.Mid: "#a8abb0",
    Role.Dark: "#9e9e9e",
    Role.Shadow: "#767676",
    Role.Highlight: "#6e4cf5",  # white on it: 5.2 : 1
    Role.HighlightedText: "#ffffff",
    Role.ToolTipBase: "#ffffdc",
    Role.ToolTipText: "#1f2328",
    Role.PlaceholderText: "#6e737a",
    Role.Link: "#3b5bdb",
    Role.LinkVisited: "#6741d9",
}
# High contrast: white on black, a yellow highlight with black text on it; every text colour
# at least 7 : 1 (WCAG AAA) on the backgrounds, borders white.
CONTRAST: dict[QPalette.ColorRole, str] = {
    Role.Window: "#000000",
    Role.WindowText: "#ffffff",
    Role.Base: "#000000",
    Role.AlternateBase: "#1a1a1a",
    Role.Text: "#ffffff",
    Role.Button: "#000000",
    Role.ButtonText: "#ffffff",
    Role.BrightText: "#ffffff",
    Role.Light: "#ffffff",
    Role.Midlight: "#d0d0d0",
    Role.Mid: "#ffffff",
    Role.Dark: "#ffffff",
    Role.Shadow: "#000000",
    Role.Highlight: "#ffd600",  # black on it: 15 : 1
    Role.HighlightedText: "#000000",
    Role.ToolTipBase: "#000000",
    Role.ToolTipText: "#ffffff",
    Role.PlaceholderText: "#c8c8c8",
    Role.Link: "#8fd8ff",
    Role.LinkVisited: "#e0b0ff",
}
PALETTES = {"dark": DARK, "light": LIGHT, "contrast": CONTRAST}
# Fusion draws line edits' frames a shade darker than the window: on black, invisible. High
# contrast gives them a white border (the one rule of the application's style sheet).
CONTRAST_SHEET = """
QLineEdit { border: 1px solid palette(mid); border-radius: 3px; padding: 2px; }
QLineEdit:focus { border-color: palette(highlight); }
"""
# Disabled text stays legible (a control that cannot be used still says what it is).
DISABLED = {"dark": "#8a8e95", "light": "#6f737a", "contrast": "#b4b4b4"}
# Secondary text: captions, hints, meter labels.
MUTED = {"dark": "#a3a7ae", "light": "#5b6069", "contrast": "#e0e0e0"}
MUTED_PROPERTY = "qdMuted"

_current = "light"
_applied: str | None = None  # the theme apply() last set up (None: not yet)


def resolve(theme: str) -> str:
    """'light', 'dark' or 'contrast' for a theme setting of 'system', 'light', 'dark' or
    'contrast'; 'system' is high contrast when the desktop asks for it (Qt >= 6.10)."""
    if theme in PALETTES:
        return theme
    if system_wants_contrast():
        return "contrast"
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)
    if scheme is not None and scheme() == Qt.ColorScheme.Dark:
        return "dark"
    return "light"


def system_wants_contrast() -> bool:
    """Whether the desktop's accessibility settings ask for high contrast (Qt >= 6.10 reads
    it; older versions cannot tell, and then this is False)."""
    accessibility = getattr(QGuiApplication.styleHints(), "accessibility", None)
    preference = getattr(Qt, "ContrastPreference", None)
    if accessibility is None or preference is None:
        return False
    return bool(accessibility().contrastPreference() == preference.HighContrast)


def palette_for(resolved: str) -> QPalette:
    """The full palette of a resolved theme (every role, so nothing falls back to Qt's)."""
    palette = QPalette()
    for role, colour in PALETTES.get(resolved, LIGHT).items():
        palette.setColor(role, QColor(colour))
    disabled = QColor(DISABLED[resolved])
    for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.PlaceholderText):
        palette.setColor(Group.Disabled, role, disabled)
    palette.setColor(Group.Disabled, Role.Highlight, palette.color(Role.Mid))
    return palette


def current() -> str:
    """The theme last applied: 'light', 'dark' or 'contrast'."""
    return _current


def muted_color(resolved: str | None = None) -> QColor:
    """The secondary text colour of a theme (the current one by default)."""
    return QColor(MUTED[resolved or _current])


def mute(widget: QWidget) -> None:
    """Draw ``widget``'s text in the theme's secondary colour, now and after every switch."""
    widget.setProperty(MUTED_PROPERTY, True)
    _colour_muted(widget)


def _colour_muted(widget: QWidget) -> None:
    palette = widget.palette()
    colour = muted_color()
    palette.setColor(Role.WindowText, colour)
    palette.setColor(Role.Text, colour)
    widget.setPalette(palette)


def apply(app: QApplication, theme: str) -> str:
    """Apply the palette for ``theme`` to every widget, live; returns the resolved theme."""
    global _current, _applied
    resolved = resolve(theme)
    if resolved == _applied:
        return resolved  # already this theme (every settings change calls this)
    _current = _applied = resolved
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.setPalette(palette_for(resolved))
    app.setStyleSheet(CONTRAST_SHEET if resolved == "contrast" else "")  # once; re-resolves
    _restyle_widgets(app)
    return resolved


def restyle(app: QApplication) -> None:
    """Re-resolve every style sheet and muted caption against the application's palette."""
    if app.styleSheet():
        app.setStyleSheet(app.styleSheet())
    _restyle_widgets(app)


def _restyle_widgets(app: QApplication) -> None:
    for widget in app.allWidgets():
        if widget.property(MUTED_PROPERTY):
            _colour_muted(widget)
        sheet = widget.styleSheet()
        if sheet:
            widget.setStyleSheet(sheet)


def luminance(colour: QColor) -> float:
    """WCAG relative luminance of an opaque colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio between two opaque colours (1 to 21)."""
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)
