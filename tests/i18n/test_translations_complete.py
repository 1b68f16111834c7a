"""Every shipped language has a finished translation of every marked text.

For each area (window, pages, messages) and language, pyside6-lupdate reads the code into a
fresh .ts; each text it finds must be in the committed translations/<area>/<lang>.ts with a
finished, non-empty translation (every numerus form filled) that keeps the placeholders
(``{name}``; ``%n`` where the source has it). A text marked in the code but missing from the
committed file means `make translations-update` was not run; an unfinished one means the
translators have not done it yet. Both fail here, naming the texts.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.translations import AREA_NAMES, LANGUAGES, ts_file, update
from tests.i18n.ts_files import read_ts

SHOWN = 25  # problems listed in a failure message


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("area", AREA_NAMES)
def test_every_marked_text_is_translated(area: str, language: str, tmp_path: Path) -> None:
    fresh = read_ts(update(area, language, tmp_path / f"{language}.ts"))
    if not fresh:
        return  # nothing marked in this area (yet): no .ts needed
    committed_path = ts_file(area, language)
    assert committed_path.exists(), (
        f"{committed_path.name} of area {area!r} is missing: run `make translations-update`"
    )
    committed = {m.key: m for m in read_ts(committed_path)}
    problems = []
    for message in fresh:
        kept = committed.get(message.key)
        why = "not in the committed .ts (run `make translations-update`)"
        if kept is not None:
            why = kept.problem()
        if why:
            problems.append(f"[{message.context}] {message.source[:70]!r}: {why}")
    if problems:
        pytest.fail(
            f"{len(problems)} of {len(fresh)} texts of {area}/{language}.ts are not ready:\n"
            + "\n".join(problems[:SHOWN])
            + ("\n…" if len(problems) > SHOWN else ""),
            pytrace=False,
        )
