"""The "pages" area (library, settings, server, sidebar, meters, widgets) marks every sentence.

Stricter than the window-wide check of Qt's text calls: here any string literal that reads
like language (a word and a space, or a capitalised word) must sit inside ``translate(...)`` or
``QT_TRANSLATE_NOOP(...)``, whichever function it is handed to (our own helpers such as
``named()``, ``hint_label()``, ``dim_label()``, ``NumberField(...)`` or a notice's text
included) and whether it is returned, assigned or formatted. What is exempt is code, not
language: docstrings, log lines, exception texts for developers, task names (``name=``),
object names, properties, style sheets, HTML markup, comparisons and dictionary keys, and
the few literals named in ``ALLOWED`` with the reason they stay as they are.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("library", "settings", "server", "sidebar", "meters", "widgets")

# Calls whose string arguments are code or developer text, never shown in the window.
CODE_CALLS = {
    "translate",
    "QT_TRANSLATE_NOOP",
    "setObjectName",
    "setProperty",
    "setStyleSheet",
    "getLogger",
    "debug",
    "info",
    "warning",
    "error",
    "exception",
    "critical_log",
    "getattr",
    "setattr",
    "hasattr",
    "startswith",
    "endswith",
    "removesuffix",
    "split",
    "rsplit",
    "replace",
    "Signal",
    "Slot",
    "isinstance",
    "findData",
    "QColor",
    "QKeySequence",
    "setStyle",
    "Path",
    "_shortcut",
    "with_name",
    "with_suffix",
    "compile",
    "sub",
    "QUrl",
    "fromLocalFile",
}
# Exceptions carry developer text (the window shows its own sentence for a user's error).
DEVELOPER_ERRORS = {"ValueError", "TypeError", "RuntimeError", "AssertionError", "KeyError"}
CODE_KEYWORDS = {"name", "objectName"}  # task and object names
# Literals that stay as they are, and why.
ALLOWED = {
    "Qwen",  # the default Hub search term: a model family's name
    "hf_…",  # the token's fixed prefix, as Hugging Face writes it
    "Fusion",  # Qt's style name
    "MeterSource",
    "MeterStrip",
    "MetersPanel",  # __all__
}
WORD = re.compile(r"[^\W\d_]{2,}")
CODE_LIKE = re.compile(
    r"^[a-z][A-Za-z0-9_]*$"  # identifiers, object names, keys
    r"|^[A-Z][A-Za-z0-9]*[a-z][A-Z][A-Za-z0-9]*$"  # CamelCase class names
    r"|^Q[A-Z][A-Za-z]+$"  # Qt class names (QMenu, QLabel)
    r"|^\s*<|style=|^https?://"  # HTML markup, URLs
    r"|[{;]\s*$|^\s*\n?\s*Q[A-Za-z]+[#\[ {]"  # style sheets
)


def _prose(text: str, fragment: bool = False) -> bool:
    """Whether ``text`` reads like language; ``fragment``: a piece of an f-string, where a
    lone lower-case word ("{n} models") is language too."""
    stripped = text.strip()
    if not WORD.search(stripped) or stripped in ALLOWED or CODE_LIKE.search(text):
        return False
    return fragment or " " in stripped or stripped[:1].isupper()


def _call_name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _exempt(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    child, parent = node, parents.get(node)
    while parent is not None:
        if isinstance(parent, ast.Call):
            name = _call_name(parent)
            if name in CODE_CALLS or name in DEVELOPER_ERRORS:
                return True
            receiver = parent.func.value if isinstance(parent.func, ast.Attribute) else None
            if isinstance(receiver, ast.Name) and receiver.id in {"log", "logging", "logger"}:
                return True
        if isinstance(parent, ast.keyword) and parent.arg in CODE_KEYWORDS:
            return True
        if isinstance(parent, ast.Compare | ast.Raise):
            return True
        if isinstance(parent, ast.Subscript) and child is parent.slice:
            return True
        if isinstance(parent, ast.Dict) and child in parent.keys:
            return True
        if isinstance(parent, ast.FunctionDef | ast.ClassDef | ast.Lambda):
            return False
        child, parent = parent, parents.get(parent)
    return False


def _docstrings(tree: ast.AST) -> set[ast.AST]:
    found: set[ast.AST] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list):
            for index, statement in enumerate(body):
                # the first statement, and the string under an assignment (attribute docs)
                first = index == 0 and isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
                after_assign = index > 0 and isinstance(body[index - 1], ast.Assign | ast.AnnAssign)
                if (
                    (first or after_assign)
                    and isinstance(statement, ast.Expr)
                    and isinstance(statement.value, ast.Constant)
                ):
                    found.add(statement.value)
    return found


def _combined(node: ast.Constant, parents: dict[ast.AST, ast.AST]) -> str:
    """The literal text of the f-string ``node`` is part of (placeholders left out)."""
    parent = parents.get(node)
    if not isinstance(parent, ast.JoinedStr):
        return str(node.value)
    text = "".join(str(v.value) for v in parent.values if isinstance(v, ast.Constant))
    return "" if re.fullmatch(r"\w+", text) else text  # f"{prefix}Temperature": a name


def unmarked_prose(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    docs = _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
            continue
        fragment = isinstance(parents.get(node), ast.JoinedStr)
        if node in docs or _exempt(node, parents):
            continue
        if not _prose(_combined(node, parents), fragment):  # f"{prefix}Temperature", CSS
            continue
        where = f"{path.relative_to(ROOT).as_posix()}:{node.lineno}"
        found.append(f"{where}: {node.value!r}")
    return found


def page_files() -> list[Path]:
    return sorted(p for pkg in PACKAGES for p in (ROOT / "desktop" / "gui" / pkg).rglob("*.py"))


def test_every_sentence_of_the_pages_is_marked() -> None:
    files = page_files()
    assert len(files) > 30, "the pages' packages moved: update PACKAGES"
    unmarked = [line for path in files for line in unmarked_prose(path)]
    assert not unmarked, "not marked with translate():\n" + "\n".join(unmarked)


def test_the_check_catches_sentences_wherever_they_go(tmp_path: Path) -> None:
    sample = ROOT / "desktop" / "gui" / "widgets" / "_pages_check_sample.py"
    sample.write_text(
        '"""Module docstring."""\n'
        "from desktop.core.i18n import QT_TRANSLATE_NOOP, translate\n"
        "TIP = 'Offline mode is on.'\n"  # a constant shown later
        "OK = QT_TRANSLATE_NOOP('X', 'Fine, marked')\n"
        "def f(n, w):\n"
        "    named(w, 'saveButton', 'Save the file')\n"  # our helper, not a Qt call
        "    w.setObjectName('saveButton')\n"
        "    w.setStyleSheet('QLabel { color: red; }')\n"
        "    log.info('Saved %s files', n)\n"
        "    run(job, name='read the models folder')\n"
        "    if w.text() == 'Done':\n"
        "        raise ValueError('a notice has at most 3 actions')\n"
        "    hint_label(translate('X', 'Marked {n}').format(n=n))\n"
        "    return f'{n} models'\n",  # an f-string built from pieces
        encoding="utf-8",
    )
    try:
        found = [line.split(": ", 1)[1] for line in unmarked_prose(sample)]
    finally:
        sample.unlink()
    assert found == ["'Offline mode is on.'", "'Save the file'", "' models'"]


def _marked(path: Path) -> set[tuple[str, str]]:
    """(context, source) of every translate()/QT_TRANSLATE_NOOP() call with literal text."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and _call_name(node) in {"translate", "QT_TRANSLATE_NOOP"}:
            context, source = [*node.args, None, None][:2]
            if isinstance(context, ast.Constant) and isinstance(source, ast.Constant):
                found.add((str(context.value), str(source.value)))
    return found


@pytest.mark.parametrize("language", ["ne", "zh_CN", "es"])
def test_the_pages_ts_files_hold_every_marked_text(language: str) -> None:
    """pyside6-lupdate drops a call whose count is not a plain name (``len(x)``, ``a.b``):
    every marked text must reach translations/pages/<language>.ts under its context."""
    ts = ET.parse(ROOT / "translations" / "pages" / f"{language}.ts").getroot()
    listed = {
        (context.findtext("name"), message.findtext("source"))
        for context in ts.iter("context")
        for message in context.iter("message")
    }
    marked = set().union(*(_marked(path) for path in page_files()))
    missing = sorted(marked - listed)
    assert not missing, f"run pyside6-lupdate for the pages area ({language}); missing: {missing}"
