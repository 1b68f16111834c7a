"""Layering: core and engines never import Qt (import-linter checks it too, in make lint)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "desktop"
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "qtpy")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_engines_and_documents_are_qt_free():
    offenders = []
    for layer in ("core", "engines", "documents"):
        for path in (PACKAGE / layer).rglob("*.py"):
            bad = [m for m in imported_modules(path) if m.split(".")[0] in QT_MODULES]
            if bad:
                offenders.append(f"{path.relative_to(PACKAGE)}: {bad}")
    assert not offenders


def test_core_does_not_import_engines_or_gui():
    for path in (PACKAGE / "core").rglob("*.py"):
        bad = [
            m for m in imported_modules(path) if m.startswith(("desktop.engines", "desktop.gui"))
        ]
        assert not bad, f"{path.name} imports {bad}"


def test_the_check_catches_a_qt_import(tmp_path: Path):
    sample = tmp_path / "sample.py"
    sample.write_text("from PySide6.QtCore import QObject\n")
    assert "PySide6.QtCore" in imported_modules(sample)
