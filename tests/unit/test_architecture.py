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
    for layer in ("core", "engines", "chat", "tools", "render", "documents"):
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


def test_tools_do_not_import_the_gui():
    for path in (PACKAGE / "tools").rglob("*.py"):
        bad = [m for m in imported_modules(path) if m.startswith("desktop.gui")]
        assert not bad, f"{path.name} imports {bad}"


def test_the_check_catches_a_qt_import(tmp_path: Path):
    sample = tmp_path / "sample.py"
    sample.write_text("from PySide6.QtCore import QObject\n")
    assert "PySide6.QtCore" in imported_modules(sample)


# Background work in the GUI goes through desktop/gui/tasks.py (TaskRunner) only; the engine
# runs on the conversation service's own thread (desktop/chat, Qt-free).
THREAD_NAMES = {"QThread", "QThreadPool", "QRunnable", "Thread", "ThreadPoolExecutor"}
THREADS_ALLOWED = {Path("gui/tasks.py")}


def thread_names_used(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    used: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id in THREAD_NAMES:
            used.add(node.id)
        elif isinstance(node, ast.Attribute) and node.attr in THREAD_NAMES:
            used.add(node.attr)
    return used


def test_gui_runs_background_work_through_the_task_runner_only():
    offenders = []
    for path in (PACKAGE / "gui").rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative not in THREADS_ALLOWED and (used := thread_names_used(path)):
            offenders.append(f"{relative}: {sorted(used)}")
    assert not offenders, f"use desktop.gui.tasks.TaskRunner instead: {offenders}"


def test_the_thread_check_catches_a_pool(tmp_path: Path):
    sample = tmp_path / "sample.py"
    sample.write_text("from PySide6 import QtCore\nQtCore.QThreadPool.globalInstance()\n")
    assert thread_names_used(sample) == {"QThreadPool"}


DOC = PACKAGE.parent / "docs" / "ARCHITECTURE.md"


def test_architecture_doc_names_every_package_and_module():
    """docs/ARCHITECTURE.md is kept true: every package and module of the tree is named."""
    text = DOC.read_text(encoding="utf-8")
    missing = []
    for init in PACKAGE.rglob("__init__.py"):
        folder = init.parent
        if folder != PACKAGE and f"{folder.name}/" not in text:
            missing.append(str(folder.relative_to(PACKAGE)) + "/")
        for module in folder.glob("*.py"):
            if module.name != "__init__.py" and module.stem not in text:
                missing.append(str(module.relative_to(PACKAGE)))
    assert not missing, f"docs/ARCHITECTURE.md does not mention: {sorted(missing)}"


def test_only_the_window_package_and_app_import_the_main_window():
    importers = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "desktop.gui.window.main_window" in imported_modules(path)
        and path.parent.name != "window"
        and path.name != "app.py"
    ]
    assert not importers
