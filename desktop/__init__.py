"""Qwen Desk: a desktop assistant that runs Qwen models on the user's own machine."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("qwen-desk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
