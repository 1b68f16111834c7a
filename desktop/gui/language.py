"""The interface language, chosen once at start-up.

Settings' ``language`` ("" follows the system locale) picks a QLocale; Qt's own translations
(qtbase, for its standard dialogs and context menus) and ours (``qwen_desk_<lang>.qm``, built
by ``make translations`` into desktop/translations) are loaded for it, and
:mod:`desktop.core.i18n` is routed through them, so the Qt-free packages translate too. The
locale also becomes QLocale's default (numbers, sizes and dates written its way, with its
digits: Devanagari for Nepali) and sets the layout direction (right-to-left for Arabic,
Hebrew, Persian, Urdu...). A change in Settings applies at the next start.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    Qt,
    QTime,
    QTranslator,
)
from PySide6.QtGui import QFontDatabase, QGuiApplication

from desktop.core import i18n

log = logging.getLogger(__name__)

# Where the compiled .qm files live: inside the package, in a checkout and in a frozen build
# (installers/qwen-desk.spec copies them to the same place under _MEIPASS).
TRANSLATIONS_DIR = Path(__file__).resolve().parents[1] / "translations"
QM_PREFIX = "qwen_desk"

# The choices Settings offers: code ("" = the system's) and the language's name in itself.
LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("ne", "नेपाली"),
    ("zh_CN", "简体中文"),
    ("es", "Español"),
)

# Scripts the shipped languages need a font for, with a sample the log can name.
NEEDED_SCRIPTS = (
    (QFontDatabase.WritingSystem.Devanagari, "Devanagari (Nepali)", "fonts-noto-core"),
    (QFontDatabase.WritingSystem.SimplifiedChinese, "Chinese", "fonts-noto-cjk"),
)


@dataclass
class InterfaceLanguage:
    """What start-up installed: the locale and the translators that were found."""

    locale: QLocale
    translators: list[QTranslator] = field(default_factory=list)

    @property
    def direction(self) -> Qt.LayoutDirection:
        return self.locale.textDirection()


def chosen_locale(setting: str, system: QLocale | None = None) -> QLocale:
    """The locale for ``setting`` (a code such as "ne" or "zh_CN"), the system's when empty."""
    if setting:
        return QLocale(setting)
    return system if system is not None else QLocale.system()


def _load(translator: QTranslator, locale: QLocale, name: str, folder: str) -> bool:
    # QTranslator tries the locale's UI languages in turn: qwen_desk_zh_CN, qwen_desk_zh, ...
    return translator.load(locale, name, "_", folder)


def install_language(
    app: QCoreApplication, setting: str, system: QLocale | None = None
) -> InterfaceLanguage:
    """Choose the interface language and install it for the whole process."""
    global _running_setting
    _running_setting = setting
    locale = chosen_locale(setting, system)
    QLocale.setDefault(locale)
    installed = InterfaceLanguage(locale)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_dir), (QM_PREFIX, str(TRANSLATIONS_DIR))):
        translator = QTranslator(app)
        if _load(translator, locale, name, folder):
            app.installTranslator(translator)
            installed.translators.append(translator)
    ours = [t for t in installed.translators if Path(t.filePath()).name.startswith(QM_PREFIX)]
    i18n.install(_backend(ours))
    i18n.install_numbers(_numbers(locale), _dates(locale))
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(installed.direction)
    log.info(
        "Interface language %s (%s), translations: %s",
        locale.name(),
        "right-to-left" if installed.direction == Qt.LayoutDirection.RightToLeft else "ltr",
        [Path(t.filePath()).name for t in installed.translators] or "none",
    )
    return installed


def uninstall_language(app: QCoreApplication, installed: InterfaceLanguage) -> None:
    """Back to English and the C locale's digits (tests switch languages in one process)."""
    global _running_setting
    _running_setting = ""
    for translator in installed.translators:
        app.removeTranslator(translator)
    i18n.install(None)
    i18n.install_numbers(None)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _backend(translators: list[QTranslator]) -> i18n.Backend:
    """translate() through our .qm files; ``%n`` written with the locale's digits, English
    (the source text) where a text has no translation."""

    def translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
        for translator in translators:
            found = translator.translate(context, text, disambiguation, n)
            if found:
                return found.replace("%Ln", "%n").replace("%n", i18n.format_number(n))
        return i18n.english_plural(text, n)

    return translate


def _numbers(locale: QLocale) -> i18n.NumberFormatter:
    grouped = QLocale(locale)
    plain = QLocale(locale)
    plain.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)

    def format_number(value: float, decimals: int, group: bool) -> str:
        return (grouped if group else plain).toString(value, "f", decimals)

    return format_number


def _dates(locale: QLocale) -> i18n.DateFormatter:
    def format_time(value: datetime, with_date: bool) -> str:
        moment = QDateTime(
            QDate(value.year, value.month, value.day),
            QTime(value.hour, value.minute, value.second),
        )
        if with_date:
            return locale.toString(moment, QLocale.FormatType.ShortFormat)
        return locale.toString(moment.time(), QLocale.FormatType.ShortFormat)

    return format_time


_restart = False
_running_setting = ""  # Settings' language when this process chose its language


def request_restart() -> None:
    """Ask desktop/app.py to start the app again once it has quit (a new language)."""
    global _restart
    _restart = True


def restart_requested() -> bool:
    return _restart


def running_setting() -> str:
    """The language setting this process started with (a changed one waits for a restart)."""
    return _running_setting


def restart_command() -> list[str]:
    """How to start this app again with the same arguments (frozen or from source)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, *sys.argv[1:]]
    return [sys.executable, "-m", "desktop", *sys.argv[1:]]


# Day and month (and year) as each language writes them; Qt has no skeleton formats.
_DAY_MONTH = {QLocale.Language.Chinese: ("M月d日", "yyyy年M月d日")}


def day_month(value: date, with_year: bool = False) -> str:
    """ "12 Mar", "१२ मार्च", "3月12日" (with the year: "12 Mar 2024") in the interface locale."""
    locale = QLocale()
    patterns = _DAY_MONTH.get(locale.language(), ("d MMM", "d MMM yyyy"))
    return locale.toString(QDate(value.year, value.month, value.day), patterns[with_year])


def summary() -> str:
    """One line for the diagnostics report: the interface locale, direction and fonts."""
    locale = QLocale()
    direction = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    missing = ", ".join(f"{label} ({package})" for label, package in missing_scripts())
    return (
        f"Interface language: {locale.name()} (setting {_running_setting or 'system'}), "
        f"{'right-to-left' if direction else 'left-to-right'}; "
        f"fonts missing for: {missing or 'nothing'}"
    )


def missing_scripts() -> list[tuple[str, str]]:
    """(script, Debian font package) for each script the shipped languages need that no
    installed font covers."""
    return [
        (label, package)
        for system, label, package in NEEDED_SCRIPTS
        if not QFontDatabase.families(system)
    ]


def check_fonts() -> list[tuple[str, str]]:
    """Log the scripts the installed fonts cannot show (Nepali or Chinese text would be boxes)."""
    missing = missing_scripts()
    for label, package in missing:
        log.warning("No installed font covers %s text; install e.g. %s.", label, package)
    return missing
