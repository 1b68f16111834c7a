"""Folders and settings: portable mode, atomic writes, recovery from a bad file."""

from __future__ import annotations

import json
import logging
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.core.load_options import LoadOptions
from desktop.core.paths import app_paths, resources_dir
from desktop.core.sampling import Sampling
from desktop.core.settings import SCHEMA_VERSION, Settings, load_settings, save_settings


def test_portable_mode_puts_every_folder_under_one_home(app_home: Path):
    paths = app_paths().ensure()
    for folder in (paths.config, paths.data, paths.models, paths.cache, paths.logs):
        assert folder.is_dir()
        assert folder.is_relative_to(app_home)
    assert paths.settings_file.parent == paths.config


def test_per_os_folders_without_portable_mode(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("QWEN_DESK_HOME")
    paths = app_paths()
    assert "QwenDesk" in str(paths.data)
    assert "QwenDesk" in str(paths.config)


def test_resources_folder_exists():
    assert resources_dir().is_dir()


def test_settings_round_trip(tmp_path: Path):
    path = tmp_path / "settings.json"
    settings = Settings()
    settings.load = replace(settings.load, n_ctx=16384)
    settings.generation.thinking = replace(settings.generation.thinking, temperature=0.5)
    settings.theme = "dark"
    save_settings(settings, path)
    loaded = load_settings(path)
    assert loaded == settings
    assert json.loads(path.read_text())["schema_version"] == SCHEMA_VERSION
    assert not list(tmp_path.glob("*.tmp")), "atomic write leaves no temp file"


def test_missing_file_gives_defaults(tmp_path: Path):
    assert load_settings(tmp_path / "none.json") == Settings()


@pytest.mark.parametrize("content", [b"{not json", b"[1, 2]", b"\xff\xfe garbage", b""])
def test_unreadable_file_is_moved_aside(tmp_path: Path, content: bytes, caplog):
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    with caplog.at_level(logging.WARNING):
        assert load_settings(path) == Settings()
    assert not path.exists()
    moved = list(tmp_path.glob("settings.json.broken-*"))
    assert len(moved) == 1
    assert moved[0].read_bytes() == content
    assert "moved it to" in caplog.text


def test_one_bad_field_keeps_the_rest(tmp_path: Path):
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps(
            {
                "schema_version": 1,
                "theme": "dark",
                "font_size": "huge",
                "load": {"n_ctx": 4096, "use_mmap": "yes"},
            }
        )
    )
    settings = load_settings(path)
    assert settings.theme == "dark"
    assert settings.font_size == Settings().font_size
    assert settings.load.n_ctx == 4096
    assert settings.load.use_mmap is True


def test_older_schema_is_migrated(tmp_path: Path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"theme": "light"}))  # schema 0: no version field
    settings = load_settings(path)
    assert settings.theme == "light"
    assert settings.schema_version == SCHEMA_VERSION


def test_schema_1_penalties_and_seed_move_into_both_presets(tmp_path: Path):
    path = tmp_path / "settings.json"
    old = {
        "schema_version": 1,
        "generation": {
            "thinking": {"temperature": 0.5, "top_p": 0.9, "top_k": 30, "min_p": 0.0},
            "non_thinking": {"temperature": 0.8, "top_p": 0.8, "top_k": 20, "min_p": 0.0},
            "presence_penalty": 1.5,
            "repeat_penalty": 1.1,
            "seed": 42,
            "max_tokens": 1000,
        },
        "load": {"n_ctx": 4096, "kv_cache_type": "q8_0"},
    }
    path.write_text(json.dumps(old))
    settings = load_settings(path)
    gen = settings.generation
    assert gen.thinking == Sampling(0.5, 0.9, 30, 0.0, 1.5, 1.1, 42)
    assert gen.non_thinking == Sampling(0.8, 0.8, 20, 0.0, 1.5, 1.1, 42)
    assert gen.max_tokens == 1000
    assert settings.load == LoadOptions(n_ctx=4096, kv_cache_type="q8_0")


def test_newer_schema_is_left_alone(tmp_path: Path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"schema_version": SCHEMA_VERSION + 1, "theme": "dark"}))
    assert load_settings(path) == Settings()
    assert path.exists(), "a newer app's file is not moved or rewritten"


def test_list_field_keeps_only_fitting_items(tmp_path: Path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"schema_version": 1, "recent_models": ["/a.gguf", 3, "/b.gguf"]}))
    assert load_settings(path).recent_models == ["/a.gguf", "/b.gguf"]
