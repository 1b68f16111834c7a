"""The window's text size: the system font, scaled by the Settings "Text size" (90-150 %).

The application font starts as the desktop's own (Qt reads it from the platform), so the app
follows the system font size; :func:`apply` scales that base font for every widget at once.
No style sheet sets a font size: a widget whose text is meant to be larger or smaller than
the rest (headings, captions) is marked with :func:`relative` and keeps its proportion after
every change. The transcript takes the same factor (``scaled_px``).
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from desktop.gui.widgets import theme

MIN_PERCENT = 90
MAX_PERCENT = 150
CHOICES = (90, 100, 110, 125, 150)
SCALE_PROPERTY = "qdFontScale"
BOLD_PROPERTY = "qdFontBold"

# Classes the platform theme may give fonts of their own (Qt's widget font hash): each is
# scaled from its own size, so a desktop whose lists or menus use another size keeps it.
THEME_CLASSES = (
    "QMenu",
    "QMenuBar",
    "QMessageBox",
    "QLabel",
    "QTipLabel",
    "QStatusBar",
    "QDockWidgetTitle",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QToolButton",
    "QAbstractItemView",
    "QListView",
    "QHeaderView",
    "QComboMenuItem",
    "QComboLineEdit",
    "QSmallFont",
    "QMiniFont",
)

_base: QFont | None = None
_class_bases: dict[str, QFont] = {}
_percent = 100


def clamp(percent: int) -> int:
    return max(MIN_PERCENT, min(MAX_PERCENT, int(percent)))


def base_font() -> QFont:
    """The desktop's font as it was before the first :func:`apply`."""
    global _base
    if _base is None:
        _base = QFont(QApplication.font())
        for name in THEME_CLASSES:
            _class_bases[name] = QFont(QApplication.font(name))  # type: ignore[call-overload]
    return QFont(_base)


def scaled(font: QFont, factor: float) -> QFont:
    """``font`` scaled by ``factor`` (point size when it has one, else pixel size)."""
    result = QFont(font)
    if result.pointSizeF() > 0:
        result.setPointSizeF(max(6.0, result.pointSizeF() * factor))
    else:
        result.setPixelSize(max(8, round(result.pixelSize() * factor)))
    return result


def scaled_px(px: int) -> int:
    """A pixel size of the transcript at the current text size."""
    return round(px * _percent / 100)


def apply(app: QApplication, percent: int) -> None:
    """Scale every widget's text to ``percent`` of the system font size, live."""
    global _percent
    base = base_font()
    _percent = clamp(percent)
    factor = _percent / 100
    font = scaled(base, factor)
    if app.font() == font:
        return  # already this size (each settings change calls this)
    app.setFont(font)
    for name, class_base in _class_bases.items():
        app.setFont(scaled(class_base, factor), name)  # type: ignore[arg-type]  # str at run time
    for widget in app.allWidgets():
        if widget.property(SCALE_PROPERTY) is not None:
            _set_relative_font(widget)
    theme.restyle(app)  # style sheets take the new font only when re-applied


def relative(widget: QWidget, factor: float, *, bold: bool = False) -> None:
    """Draw ``widget``'s text at ``factor`` times the app's text size, now and after every
    change of it (headings: > 1, captions: < 1)."""
    widget.setProperty(SCALE_PROPERTY, float(factor))
    widget.setProperty(BOLD_PROPERTY, bold)
    _set_relative_font(widget)


def _set_relative_font(widget: QWidget) -> None:
    factor = float(widget.property(SCALE_PROPERTY))
    font = scaled(QApplication.font(), factor)
    if widget.property(BOLD_PROPERTY):
        font.setWeight(QFont.Weight.DemiBold)
    widget.setFont(font)
