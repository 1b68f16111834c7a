"""Synchronous JavaScript evaluation in a QWebEngineView page, for tests."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtWebEngineWidgets import QWebEngineView


def run_js(qtbot: Any, view: QWebEngineView, script: str, timeout: int = 5000) -> Any:
    """Evaluate ``script`` (an expression) in the page and return its JSON value."""
    results: list[Any] = []
    view.page().runJavaScript(
        f"JSON.stringify((function(){{ return {script}; }})())", 0, results.append
    )
    qtbot.waitUntil(lambda: bool(results), timeout=timeout)
    return json.loads(results[0]) if results[0] else None  # undefined comes back empty
