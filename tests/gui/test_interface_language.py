"""The interface language: a Nepali translation really changes the window, numbers and times
follow the locale (Devanagari digits), a right-to-left system gives a right-to-left window,
and Settings' choice wins over the system locale."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from desktop.core import i18n
from desktop.core.history.store import HistoryStore
from desktop.core.settings import Settings, load_settings, save_settings
from desktop.core.units import format_size
from desktop.gui import language
from desktop.gui.chat.page import build_page_html
from desktop.render.transcript import thinking_summary
from scripts.translations import tool
from tests.gui.window_support import make_main_window

# A tiny Nepali translation of a few window texts, compiled by the test with lrelease.
TINY_NE_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ne">
<context><name>MainWindow</name>
<message><source>&amp;File</source><translation>फाइल (&amp;F)</translation></message>
<message><source>No model loaded</source><translation>कुनै मोडेल लोड गरिएको छैन</translation></message>
</context>
<context><name>Transcript</name>
<message><source>Thought for {seconds} s</source>
<translation>{seconds} सेकेन्ड सोचियो</translation></message>
<message numerus="yes"><source>%n token(s)</source>
<translation><numerusform>%n टोकन</numerusform>
<numerusform>%n टोकनहरू</numerusform></translation></message>
</context>
</TS>
"""


@pytest.fixture
def tiny_translations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "translations"
    folder.mkdir()
    source = tmp_path / "ne.ts"
    source.write_text(TINY_NE_TS, encoding="utf-8")
    target = folder / "qwen_desk_ne.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)], check=True
    )
    monkeypatch.setattr(language, "TRANSLATIONS_DIR", folder)
    return folder


@pytest.fixture
def switch(qapp: QApplication) -> Iterator[object]:
    """install_language for the test; English, C digits and left-to-right again after it."""
    installed: list[language.InterfaceLanguage] = []

    def install(setting: str, system: QLocale | None = None) -> language.InterfaceLanguage:
        done = language.install_language(qapp, setting, system)
        installed.append(done)
        return done

    yield install
    for done in installed:
        language.uninstall_language(qapp, done)
    QLocale.setDefault(QLocale.c())


def test_nepali_changes_the_window_text_and_digits(
    qtbot, tmp_path: Path, store: HistoryStore, tiny_translations: Path, switch
) -> None:
    installed = switch("ne")
    assert installed.locale.language() == QLocale.Language.Nepali
    assert any(Path(t.filePath()).name == "qwen_desk_ne.qm" for t in installed.translators)
    window = make_main_window(store, tmp_path / "settings.json")
    qtbot.addWidget(window)
    window.show()
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[0] == "फाइल (&F)"
    assert window.model_status.text() == "कुनै मोडेल लोड गरिएको छैन"
    assert menus[1] == "&Models"  # untranslated texts stay English
    # Numbers, sizes and durations in Nepali digits; plural forms from the translation.
    assert format_size(23.5 * 2**30) == "२३.५ GiB"
    assert i18n.format_number(1234) == "१,२३४"
    assert thinking_summary(12.44, 1) == "१२.४ सेकेन्ड सोचियो · १ टोकन"
    assert thinking_summary(3.0, 380) == "३.० सेकेन्ड सोचियो · ३८० टोकनहरू"
    assert i18n.format_time(datetime(2026, 3, 4, 14, 5)) == "१४:०५"
    assert language.day_month(date(2024, 3, 12), with_year=True) == "१२ मार्च २०२४"
    assert '<html lang="ne' in build_page_html()
    window.close()


def test_chinese_dates_read_the_chinese_way(switch) -> None:
    switch("zh_CN")
    assert language.day_month(date(2024, 3, 12)) == "3月12日"
    assert language.day_month(date(2024, 3, 12), with_year=True) == "2024年3月12日"


def test_english_stays_plain(switch) -> None:
    switch("en")
    assert format_size(23.5 * 2**30) == "23.5 GiB"
    assert thinking_summary(12.44, 1) == "Thought for 12.4 s · 1 token"
    assert thinking_summary(2.0, 380) == "Thought for 2.0 s · 380 tokens"
    assert i18n.translate("X", "%n file(s)", None, 1234) == "1,234 files"


def test_without_the_window_core_formats_ascii() -> None:
    assert format_size(1536) == "1.5 KiB"
    assert i18n.format_number(1234.5, 1) == "1,234.5"
    assert i18n.translate("X", "%n file(s)", None, 1) == "1 file"


def test_a_right_to_left_system_gives_a_right_to_left_window(
    qtbot, tmp_path: Path, store: HistoryStore, switch
) -> None:
    installed = switch("", QLocale("ar_EG"))
    assert installed.direction == Qt.LayoutDirection.RightToLeft
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window = make_main_window(store, tmp_path / "settings.json")
    qtbot.addWidget(window)
    window.show()
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.composer.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # The sidebar sits on the right: the splitter's first widget is laid out right to left.
    qtbot.waitUntil(lambda: window.sidebar.isVisible())
    assert window.sidebar.geometry().x() > window.stack.geometry().x()
    assert 'dir="rtl"' in build_page_html()
    assert "Interface language: ar_EG (setting system), right-to-left" in language.summary()
    window.close()


def test_the_setting_wins_over_the_system_locale(switch) -> None:
    assert language.chosen_locale("", QLocale("ar_EG")).name() == "ar_EG"
    assert language.chosen_locale("zh_CN", QLocale("ar_EG")).name() == "zh_CN"
    installed = switch("en", QLocale("ar_EG"))  # English chosen on an Arabic system
    assert installed.direction == Qt.LayoutDirection.LeftToRight
    assert language.running_setting() == "en"


def test_the_language_setting_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    assert Settings().language == ""  # follow the system
    save_settings(Settings(language="ne"), path)
    assert load_settings(path).language == "ne"
    path.write_text('{"schema_version": 3, "language": 7}', encoding="utf-8")
    assert load_settings(path).language == ""  # a wrong type falls back on its own


def test_settings_dialog_offers_the_languages_in_their_own_names(qtbot) -> None:
    from desktop.gui.settings.dialog import SettingsDialog

    dialog = SettingsDialog(Settings(language="zh_CN"))
    qtbot.addWidget(dialog)
    combo = dialog.language.combo
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names[1:] == ["English", "नेपाली", "简体中文", "Español"]
    assert dialog.language.value() == "zh_CN"
    # This process runs in the system's language: a different choice says it needs a restart.
    assert not dialog.language.note.isHidden()
    combo.setCurrentIndex(combo.findData("ne"))
    assert dialog.settings().language == "ne"
    combo.setCurrentIndex(0)
    assert dialog.settings().language == ""
    assert dialog.language.note.isHidden()


def test_fonts_for_nepali_and_chinese_are_checked(caplog: pytest.LogCaptureFixture) -> None:
    missing = language.check_fonts()
    for label, package in missing:
        assert package in caplog.text
        assert label in caplog.text
    assert {label for label, _ in missing} <= {"Devanagari (Nepali)", "Chinese"}


def test_restart_now_saves_the_choice_and_asks_for_a_restart(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.gui.settings.dialog import SettingsDialog

    monkeypatch.setattr(language, "_restart", False)
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    choice = dialog.language
    assert choice.restart.isHidden()  # nothing to restart for yet
    choice.combo.setCurrentIndex(choice.combo.findData("es"))
    assert not choice.restart.isHidden()
    choice.restart.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.settings().language == "es"
    assert language.restart_requested()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    command = language.restart_command()
    assert command[1:3] == ["-m", "desktop"]
