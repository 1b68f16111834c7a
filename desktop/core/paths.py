"""Every folder the app uses, in one place.

Folders come from platformdirs. ``QWEN_DESK_HOME=<dir>`` puts all of them under one
directory (portable mode; the tests use it). Paths are resolved on each call so a changed
environment (tests) takes effect without restarting.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "QwenDesk"
APP_AUTHOR = "QwenDesk"
HOME_ENV = "QWEN_DESK_HOME"


@dataclass(frozen=True)
class AppPaths:
    """The app's folders. Call :meth:`ensure` before writing into them."""

    config: Path
    data: Path
    models: Path
    cache: Path
    logs: Path

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.json"

    @property
    def history_db(self) -> Path:
        return self.data / "history.sqlite3"

    def ensure(self) -> AppPaths:
        for folder in (self.config, self.data, self.models, self.cache, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def app_paths() -> AppPaths:
    """Return the folders for this run: portable under QWEN_DESK_HOME, else per-OS."""
    home = os.environ.get(HOME_ENV)
    if home:
        root = Path(home).expanduser().resolve()
        return AppPaths(
            config=root / "config",
            data=root / "data",
            models=root / "models",
            cache=root / "cache",
            logs=root / "logs",
        )
    dirs = platformdirs.PlatformDirs(APP_NAME, APP_AUTHOR)
    data = Path(dirs.user_data_dir)
    return AppPaths(
        config=Path(dirs.user_config_dir),
        data=data,
        models=data / "models",
        cache=Path(dirs.user_cache_dir),
        logs=Path(dirs.user_log_dir),
    )


def resources_dir() -> Path:
    """The bundled ``resources/`` folder, in a source checkout and in a frozen build."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"
