"""Qwen Desk: a desktop assistant that runs Qwen models on the user's own machine."""

from __future__ import annotations

from typing import Any


def _read_version() -> str:
    # importlib.metadata costs ~80 ms to import, so it is read only when asked for.
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("qwen-desk")
    except PackageNotFoundError:  # a source tree that was never installed
        return "0.0.0+source"


def __getattr__(name: str) -> Any:
    if name == "__version__":
        value = _read_version()
        globals()["__version__"] = value
        return value
    raise AttributeError(f"module 'desktop' has no attribute {name!r}")
