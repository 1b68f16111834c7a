"""The interface translations: which source files feed which area, and the two build steps.

Areas split the marked strings into translator-sized files, ``translations/<area>/<lang>.ts``;
every language's areas are compiled together into ``desktop/translations/qwen_desk_<lang>.qm``,
which the window loads at start-up (desktop/gui/language.py). This module is the one place
that maps areas to source files: the Makefile and the tests use it.

    python scripts/translations.py build     # .ts -> .qm (make run / test / bundle do this)
    python scripts/translations.py update    # lupdate: refresh every area's .ts from the code
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
import tempfile
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "translations"
QM_DIR = ROOT / "desktop" / "translations"
LANGUAGES = ("ne", "zh_CN", "es")  # shipped besides English (the source language)
AREA_NAMES = ("window", "pages", "messages")

# Files and folders (every .py below them) of each area, relative to the repository root.
# desktop/gui subpackages not named for "window" belong to "pages".
_WINDOW = (
    "desktop/app.py",
    "desktop/__main__.py",
    "desktop/gui/*.py",
    "desktop/gui/window",
    "desktop/gui/chat",
    "desktop/gui/composer",
    "desktop/render",
    "desktop/chat",
)
_MESSAGES = (
    "desktop/core",
    "desktop/engines",
    "desktop/documents",
    "desktop/tools",
    "desktop/server",
)


def _expand(pattern: str) -> list[Path]:
    if "*" in pattern:
        return sorted(ROOT.glob(pattern))
    path = ROOT / pattern
    return sorted(path.rglob("*.py")) if path.is_dir() else [path]


def area_files(area: str) -> list[Path]:
    """The Python files whose marked strings make up ``area``."""
    if area == "window":
        patterns: tuple[str, ...] = _WINDOW
    elif area == "messages":
        patterns = _MESSAGES
    elif area == "pages":
        taken = {ROOT / p for p in _WINDOW}
        patterns = tuple(
            str(sub.relative_to(ROOT))
            for sub in sorted((ROOT / "desktop" / "gui").iterdir())
            if sub.is_dir() and (sub / "__init__.py").exists() and sub not in taken
        )
    else:
        raise ValueError(f"unknown translation area {area!r}")
    return [path for pattern in patterns for path in _expand(pattern)]


def ts_file(area: str, language: str) -> Path:
    return TS_DIR / area / f"{language}.ts"


def qm_file(language: str, folder: Path = QM_DIR) -> Path:
    return folder / f"qwen_desk_{language}.qm"


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease next to this Python (the project's .venv)."""
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else name


def build(folder: Path = QM_DIR) -> list[Path]:
    """Compile each language's .ts files (the areas that have one) into one .qm."""
    folder.mkdir(parents=True, exist_ok=True)
    built = []
    for language in LANGUAGES:
        sources = [ts_file(a, language) for a in AREA_NAMES if ts_file(a, language).exists()]
        target = qm_file(language, folder)
        if not sources:
            target.unlink(missing_ok=True)
            continue
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", *map(str, sources), "-qm", str(target)],
            check=True,
        )
        built.append(target)
    return built


def update(area: str, language: str, ts: Path | None = None) -> Path:
    """Run lupdate over ``area``'s files into ``ts`` (default: the committed .ts)."""
    target = ts or ts_file(area, language)
    target.parent.mkdir(parents=True, exist_ok=True)
    kept = _plural_translations(target) if target.exists() else {}
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *map(str, area_files(area)),
            "-no-obsolete",
            "-locations",
            "none",
            "-target-language",
            language,
            "-ts",
            str(target),
        ],
        check=True,
        capture_output=True,
    )
    _mark_plurals(target, language, kept)
    return target


# pyside6-lupdate only knows plural ("numerus") texts from self.tr(text, "", n), not from
# translate(context, text, None, n): every source text with %n is made a numerus message
# here, with the language's number of forms, and the forms a translator filled in survive.
# (Text edits keep lupdate's own layout, so the .ts files do not churn.)

_CONTEXT = re.compile(r"<context>\n\s*<name>(.*?)</name>(.*?)</context>", re.S)
_MESSAGE = re.compile(
    r"(?P<indent>[ ]*)<message(?P<attrs>[^>]*)>(?P<head>\s*<source>(?P<source>.*?)</source>"
    r"(?:\s*<comment>(?P<comment>.*?)</comment>)?)(?P<gap>\s*)"
    r"(?P<translation><translation[^>]*?(?:/>|>.*?</translation>))",
    re.S,
)
_Key = tuple[str, str, str]


def _key(context: str, message: re.Match[str]) -> _Key:
    """A message's identity, whatever the escaping ("don't" or "don&apos;t": lupdate, Qt
    Linguist and other XML writers differ)."""
    return (
        html.unescape(context),
        html.unescape(message.group("source")),
        html.unescape(message.group("comment") or ""),
    )


def _plural_translations(path: Path) -> dict[_Key, str]:
    """The raw <translation> of each numerus message in ``path``."""
    kept = {}
    for context in _CONTEXT.finditer(path.read_text("utf-8")):
        for m in _MESSAGE.finditer(context.group(2)):
            if 'numerus="yes"' in m.group("attrs"):
                kept[_key(context.group(1), m)] = m.group("translation")
    return kept


@cache
def plural_forms(language: str) -> int:
    """How many numerus forms ``language`` has (lupdate's own count, asked once)."""
    with tempfile.TemporaryDirectory() as folder:
        sample, ts = Path(folder) / "sample.py", Path(folder) / "sample.ts"
        sample.write_text('class A(QObject):\n    x = self.tr("%n x", "", 2)\n', "utf-8")
        subprocess.run(
            [tool("pyside6-lupdate"), str(sample), "-target-language", language, "-ts", str(ts)],
            check=True,
            capture_output=True,
        )
        return max(1, ts.read_text("utf-8").count("<numerusform"))


def _mark_plurals(path: Path, language: str, kept: dict[_Key, str]) -> None:
    def context(match: re.Match[str]) -> str:
        name = match.group(1)

        def message(m: re.Match[str]) -> str:
            if "%n" not in m.group("source") or "numerus" in m.group("attrs"):
                return m.group(0)
            key = _key(name, m)
            indent = m.group("indent")
            empty = "".join(
                f"\n{indent}        <numerusform></numerusform>"
                for _ in range(plural_forms(language))
            )
            fresh = f'<translation type="unfinished">{empty}\n{indent}    </translation>'
            return (
                f'{indent}<message{m.group("attrs")} numerus="yes">{m.group("head")}'
                f"{m.group('gap')}{kept.get(key, fresh)}"
            )

        return match.group(0).replace(match.group(2), _MESSAGE.sub(message, match.group(2)))

    text = path.read_text("utf-8")
    path.write_text(_CONTEXT.sub(context, text), "utf-8")


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else ""
    if command == "build":
        for path in build():
            print(f"built {path.relative_to(ROOT)}")
        return 0
    if command == "update":
        for area in AREA_NAMES:
            for language in LANGUAGES:
                print(f"updated {update(area, language).relative_to(ROOT)}")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
