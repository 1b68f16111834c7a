"""Every user-visible string literal in the window is marked for translation.

An AST walk over desktop/gui (and the app's start-up modules) finds string literals handed
straight to Qt's text-taking calls (setText, setToolTip, QLabel(...), QMessageBox.warning, ...)
without going through ``translate(...)``. Texts with no letter ("·", "%", "…") are not words;
the short allow-list holds the few words that are names, not language.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from scripts.translations import AREA_NAMES, ROOT, area_files

# Methods whose string arguments people read (every string argument is checked).
TEXT_METHODS = {
    "setText",
    "setToolTip",
    "setWindowTitle",
    "setPlaceholderText",
    "setStatusTip",
    "setWhatsThis",
    "setAccessibleName",
    "setAccessibleDescription",
    "setTitle",
    "setLabelText",
    "setInformativeText",
    "setDetailedText",
    "setSpecialValueText",
    "setSuffix",
    "setPrefix",
    "setTabText",
    "setTabToolTip",
    "setItemText",
    "setItemToolTip",
    "setHeaderLabels",
    "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels",
    "setWindowIconText",
    "setOkButtonText",
    "setCancelButtonText",
    "setNameFilter",
    "setNameFilters",
    "showMessage",
    "show_message",
    "addTab",
    "insertTab",
    "addMenu",
    "addSection",
    "insertSection",
    "setDefaultSuffix",
    "addRow",
    "insertRow",
    "critical",
    "warning",
    "information",
    "question",
    "about",  # QMessageBox statics
    "getText",
    "getItem",
    "getInt",
    "getDouble",
    "getMultiLineText",  # QInputDialog
    "getOpenFileName",
    "getOpenFileNames",
    "getSaveFileName",
    "getExistingDirectory",
}
# Methods whose first string argument is the display text (later ones may be data).
FIRST_TEXT_METHODS = {
    "addAction",
    "addItem",
    "insertItem",
    "addItems",
    "insertItems",
    "addButton",
    # the app's own helpers that put text on screen
    "_action",
    "_show_notice",
    "show_notice",
    "set_loading",
    "_set_placeholder",
}
# The app's helpers whose first argument is an object name and the second the display text.
SECOND_TEXT_METHODS = {"check_box"}
# Constructors whose string arguments are display text.
TEXT_WIDGETS = {
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QMenu",
    "QToolButton",
    "QMessageBox",
    "QCommandLinkButton",
    "QListWidgetItem",
    "QTreeWidgetItem",
    "QTableWidgetItem",
    "QProgressDialog",
    "QErrorMessage",
    "QDockWidget",
    "QWidgetAction",
}
TEXT_KEYWORDS = {
    "text",
    "title",
    "toolTip",
    "tooltip",
    "placeholder",
    "placeholderText",
    "statusTip",
    "caption",
    "label",
    "message",
    "windowTitle",
    "whatsThis",
}
# Words that are names, the same in every language.
ALLOWED = {"Qwen Desk", "Qwen", "Python", "MCP", "GGUF", "MLX", "llama.cpp", "OpenAI"}
WORD = re.compile(r"[^\W\d_]{2,}")  # two letters or more: a word, not a symbol
CODE = re.compile(r"^(https?://|hf_)")  # an address or a token's prefix, not language


def _literals(node: ast.AST) -> list[ast.AST]:
    """The unmarked literal text reachable in an argument expression."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node]
    if isinstance(node, ast.JoinedStr):
        return [node] if any(_literals(v) for v in node.values) else []
    if isinstance(node, ast.IfExp):
        return _literals(node.body) + _literals(node.orelse)
    if isinstance(node, ast.BoolOp):
        return [found for value in node.values for found in _literals(value)]
    if isinstance(node, ast.BinOp):
        return _literals(node.left) + _literals(node.right)
    if isinstance(node, ast.List | ast.Tuple):
        return [found for value in node.elts for found in _literals(value)]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        if node.func.attr == "format":
            return _literals(node.func.value) + [f for a in node.args for f in _literals(a)]
        if node.func.attr == "join":
            return [found for arg in node.args for found in _literals(arg)]
    return []


def _text_of(node: ast.AST) -> str:
    if isinstance(node, ast.Constant):
        return str(node.value)
    if isinstance(node, ast.JoinedStr):
        return "".join(_text_of(v) for v in node.values if isinstance(v, ast.Constant))
    return ""


def _is_words(node: ast.AST) -> bool:
    text = re.sub(r"<[^>]*>", "", _text_of(node))  # markup is not text
    return bool(WORD.search(text)) and text.strip() not in ALLOWED and not CODE.match(text)


def _call_name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


LOGGERS = {"log", "logger", "logging", "_log", "LOG", "warnings"}


def _checked_args(call: ast.Call) -> list[ast.expr]:
    name = _call_name(call)
    receiver = call.func.value if isinstance(call.func, ast.Attribute) else None
    if isinstance(receiver, ast.Name) and receiver.id in LOGGERS:
        return []  # log lines are for developers, in English
    keywords = [k.value for k in call.keywords if k.arg in TEXT_KEYWORDS]
    if name in TEXT_METHODS or name in TEXT_WIDGETS:
        return list(call.args) + keywords
    if name in SECOND_TEXT_METHODS:
        return call.args[1:2] + keywords
    if name in FIRST_TEXT_METHODS:
        first = next((a for a in call.args if _literals(a) or _is_text_call(a)), None)
        return ([first] if first is not None else []) + keywords
    return keywords


def _is_text_call(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and _call_name(node) in {"translate", "tr"}


def unmarked_strings(path: Path) -> list[str]:
    """ "file:line: 'text'" for each user-visible literal in ``path`` not passed through
    translate()."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found = []
    for call in ast.walk(tree):
        if not isinstance(call, ast.Call):
            continue
        for arg in _checked_args(call):
            for literal in _literals(arg):
                if _is_words(literal):
                    where = f"{path.relative_to(ROOT)}:{literal.lineno}"  # type: ignore[attr-defined]
                    found.append(f"{where}: {_text_of(literal)!r}")
    return found


def _gui_files(area: str) -> list[Path]:
    return [p for p in area_files(area) if p.is_relative_to(ROOT / "desktop" / "gui")] + (
        [ROOT / "desktop" / "app.py", ROOT / "desktop" / "__main__.py"] if area == "window" else []
    )


@pytest.mark.parametrize("area", [a for a in AREA_NAMES if a != "messages"])
def test_window_texts_are_marked_for_translation(area: str) -> None:
    unmarked = [line for path in _gui_files(area) for line in unmarked_strings(path)]
    assert not unmarked, f"{len(unmarked)} texts not marked with translate():\n" + "\n".join(
        unmarked
    )


def test_the_check_finds_unmarked_texts(tmp_path: Path) -> None:
    sample = ROOT / "desktop" / "gui" / "_sample_for_test.py"
    source = (
        "from desktop.core.i18n import translate\n"
        "a.setText('Send')\n"
        "b = QLabel(f'{n} files left')\n"
        "c.setToolTip(translate('X', 'Fine'))\n"
        "d.addItem('System default', 'system')\n"
        "e.setText('·')\n"
        "QMessageBox.warning(self, 'Oops', translate('X', 'Fine'))\n"
        "f.addAction(translate('X', 'Fine').format(n=1))\n"
        "g.setText('Hi' if x else translate('X', 'Fine'))\n"
    )
    sample.write_text(source, encoding="utf-8")
    try:
        found = unmarked_strings(sample)
    finally:
        sample.unlink()
    texts = [line.split(": ", 1)[1] for line in found]
    assert texts == ["'Send'", "' files left'", "'System default'", "'Oops'", "'Hi'"]
