"""scripts/translations.py: plural texts become numerus messages, and stay filled in."""

from __future__ import annotations

from pathlib import Path

from scripts.translations import plural_forms, ts_file, update
from tests.i18n.ts_files import read_ts


def test_texts_with_a_count_get_the_languages_plural_forms(tmp_path: Path) -> None:
    assert (plural_forms("es"), plural_forms("zh_CN")) == (2, 1)
    messages = {m.source: m for m in read_ts(update("window", "es", tmp_path / "es.ts"))}
    tokens = messages["%n token(s)"]
    assert tokens.numerus
    assert tokens.translations == ("", "")
    assert not messages["Send  ➤"].numerus


def _replace_translation(text: str, source: str, translation: str) -> str:
    start = text.index(f"<source>{source}</source>")
    end = text.index("</translation>", start) + len("</translation>")
    return text[:start] + f"<source>{source}</source>\n        {translation}" + text[end:]


def test_filled_plural_forms_survive_an_update(tmp_path: Path) -> None:
    target = tmp_path / "es.ts"
    text = ts_file("window", "es").read_text("utf-8")
    forms = "<numerusform>%n token</numerusform><numerusform>%n tokens</numerusform>"
    text = _replace_translation(text, "%n token(s)", f"<translation>{forms}</translation>")
    text = _replace_translation(text, "Send  ➤", '<translation type="unfinished"></translation>')
    target.write_text(text, "utf-8")
    update("window", "es", target)
    tokens = next(m for m in read_ts(target) if m.source == "%n token(s)")
    assert tokens.translations == ("%n token", "%n tokens")
    assert tokens.problem() == ""
    send = next(m for m in read_ts(target) if m.source == "Send  ➤")
    assert send.problem() == "not translated (unfinished)"


def test_plural_forms_survive_whatever_the_escaping(tmp_path: Path) -> None:
    """A tool that writes "don't" where lupdate writes "don&apos;t" keeps its forms."""
    target = tmp_path / "es.ts"
    text = ts_file("pages", "es").read_text("utf-8").replace("don&apos;t", "don't")
    source = next(m.source for m in read_ts(ts_file("pages", "es")) if "don't move" in m.source)
    forms = "<numerusform>uno</numerusform><numerusform>varios</numerusform>"
    target.write_text(_replace_translation(text, source, f"<translation>{forms}</translation>"))
    update("pages", "es", target)
    moved = next(m for m in read_ts(target) if m.source == source)
    assert moved.translations == ("uno", "varios")


def test_build_compiles_one_qm_per_language_that_qt_loads(tmp_path: Path) -> None:
    from PySide6.QtCore import QTranslator

    from scripts.translations import LANGUAGES, build, qm_file

    built = build(tmp_path)
    assert built == [qm_file(language, tmp_path) for language in LANGUAGES]
    for path in built:
        assert QTranslator().load(str(path)), path


def test_settings_offers_exactly_the_languages_that_are_built() -> None:
    from desktop.gui.language import LANGUAGES as OFFERED
    from scripts.translations import LANGUAGES as BUILT

    assert [code for code, _name in OFFERED] == ["en", *BUILT]
