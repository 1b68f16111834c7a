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


def test_filled_plural_forms_survive_an_update(tmp_path: Path) -> None:
    target = tmp_path / "es.ts"
    text = ts_file("window", "es").read_text("utf-8")
    start = text.index("<source>%n token(s)</source>")
    end = text.index("</translation>", start) + len("</translation>")
    filled = (
        "<source>%n token(s)</source>\n        <translation>\n"
        "            <numerusform>%n token</numerusform>\n"
        "            <numerusform>%n tokens</numerusform>\n        </translation>"
    )
    target.write_text(text[:start] + filled + text[end:], "utf-8")
    update("window", "es", target)
    tokens = next(m for m in read_ts(target) if m.source == "%n token(s)")
    assert tokens.translations == ("%n token", "%n tokens")
    assert tokens.problem() == ""
    send = next(m for m in read_ts(target) if m.source == "Send  ➤")
    assert send.problem() == "not translated (unfinished)"


def test_build_compiles_one_qm_per_language_that_qt_loads(tmp_path: Path) -> None:
    from PySide6.QtCore import QTranslator

    from scripts.translations import LANGUAGES, build, qm_file

    built = build(tmp_path)
    assert built == [qm_file(language, tmp_path) for language in LANGUAGES]
    for path in built:
        assert QTranslator().load(str(path)), path
