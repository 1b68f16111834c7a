"""Guards against PySide6 6.12.0's reference-count bug on Python < 3.12: every Qt call that
returns nothing dropped a reference to None, and the process aborted after ~1000 calls."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_void_qt_calls_keep_none_references(qapp):
    obj = QObject()
    before = sys.getrefcount(None)
    for i in range(5000):
        obj.setObjectName(f"n{i % 7}")  # returns None
        obj.blockSignals(False)
    after = sys.getrefcount(None)
    # On 3.12+ None is immortal (constant count); on 3.11 a leak would show as -10000.
    assert after >= before - 100, f"None lost {before - after} references"
