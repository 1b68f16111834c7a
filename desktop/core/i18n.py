"""Interface text in the user's language, without Qt.

Every user-visible string in the app goes through :func:`translate` with a literal context and
a literal source text, so that ``pyside6-lupdate`` finds it (it recognises calls named
``translate`` and ``QT_TRANSLATE_NOOP`` whatever module they come from)::

    from desktop.core.i18n import translate

    label = translate("Composer", "Send")
    note = translate("Library", "{name} is downloaded").format(name=name)
    files = translate("Documents", "%n file(s)", None, count)   # plural forms

Qt-free packages (core, engines, chat, tools, documents, render) call it too: the window
installs Qt's own translation (``QCoreApplication.translate`` with the loaded ``.qm`` files)
through :func:`install` at start-up. Until then, and in headless use, the English source text
is returned with ``%n`` filled in and "(s)" resolved for English.

Strings defined at import time (tables, constants) are marked with :func:`QT_TRANSLATE_NOOP`
and translated where they are shown: ``translate(context, TABLE[key])``.

Numbers shown to people go through :func:`format_number` (sizes in ``desktop.core.units`` do):
plain ASCII digits by default, the interface locale's digits and separators (Devanagari digits
for Nepali) once the window installs a formatter with :func:`install_numbers`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

Backend = Callable[[str, str, "str | None", int], str]
# (value, decimals, group thousands) -> the number as the interface locale writes it.
NumberFormatter = Callable[[float, int, bool], str]
# (local time, with the date) -> the time ("14:05"), or date and time, as the locale writes it.
DateFormatter = Callable[[datetime, bool], str]

_backend: Backend | None = None
_numbers: NumberFormatter | None = None
_dates: DateFormatter | None = None


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the interface language (``%n`` is replaced by ``n`` when ``n >= 0``, written
    with the locale's digits)."""
    if _backend is not None:
        return _backend(context, text, disambiguation, n)
    return english_plural(text, n)


def english_plural(text: str, n: int) -> str:
    """The English source text for ``n``: ``%n`` written out, "(s)" kept only for plurals
    ("%n file(s)": "1 file", "3 files"). Translations have their own numerus forms."""
    if n < 0:
        return text
    return text.replace("(s)", "" if n == 1 else "s").replace("%n", format_number(n))


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation without translating it now (for import-time tables)."""
    del context
    return text


def install(backend: Backend | None) -> None:
    """Route :func:`translate` through ``backend`` (the window's Qt translators), or back to
    English with ``None``."""
    global _backend
    _backend = backend


def format_number(value: float, decimals: int = 0, group: bool = True) -> str:
    """``value`` with ``decimals`` digits after the point, thousands grouped when ``group``:
    "1,234.5" by default, "१,२३४.५" once a Nepali formatter is installed."""
    if _numbers is not None:
        return _numbers(float(value), decimals, group)
    return f"{value:,.{decimals}f}" if group else f"{value:.{decimals}f}"


def format_time(value: datetime, with_date: bool = False) -> str:
    """A local time for people: "14:05", or "2026-12-01 14:05" with the date, by default;
    the interface locale's short format (and digits) once the window installs one."""
    if _dates is not None:
        return _dates(value, with_date)
    return value.strftime("%Y-%m-%d %H:%M" if with_date else "%H:%M")


def install_numbers(formatter: NumberFormatter | None, dates: DateFormatter | None = None) -> None:
    """Route :func:`format_number` (and :func:`format_time`) through the window's QLocale, or
    back to plain ASCII with ``None``."""
    global _numbers, _dates
    _numbers = formatter
    _dates = dates
