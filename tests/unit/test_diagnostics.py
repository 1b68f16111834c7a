"""Diagnostics report: versions and model in, token and home folder out."""

from __future__ import annotations

import logging
import logging.handlers
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from desktop import __version__
from desktop.core.diagnostics import TOKEN_MASK, diagnostics_text, log_excerpt, mask, tail_log
from desktop.core.hardware import GIB, GPUInfo, MachineProfile
from desktop.core.hub.token_store import TokenStore
from desktop.core.settings import Settings

SAVED_TOKEN = "hf_SavedTokenAbcdefghijklmnop123"
OTHER_TOKEN = "hf_" + "Zz9" * 10  # shaped like a token but not the saved one


@dataclass(frozen=True)
class _Info:
    path: Path
    name: str = "Qwen3-4B-Instruct-2507"
    engine: str = "llama.cpp"
    architecture: str = "qwen3"
    n_ctx: int = 8192
    n_ctx_train: int = 262144
    thinking: str = "never"
    details: dict[str, str] = field(default_factory=lambda: {"quant": "Q4_K_M"})


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home" / "alice"
    folder.mkdir(parents=True)
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.setenv("USERPROFILE", str(folder))
    assert Path.home() == folder
    return folder


def _write_log(log_dir: Path, home: Path, lines: int = 10) -> None:
    """Log the way desktop/app.py does, with a token and home paths in the lines."""
    log_dir.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(log_dir / "qwen-desk.log", encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger("diagnostics-test")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        for i in range(lines):
            logger.warning("line %d: loading %s", i, home / "models" / "qwen.gguf")
        logger.warning("download with token %s failed", SAVED_TOKEN)
        logger.warning("Authorization: Bearer %s", OTHER_TOKEN)
    finally:
        logger.removeHandler(handler)
        handler.close()


def _report(home: Path, tmp_path: Path, **kwargs: object) -> str:
    settings = Settings()
    settings.models_dir = str(home / "Models")
    settings.last_model = str(home / "Models" / "qwen3.gguf")
    profile = MachineProfile(
        "Linux",
        "x86_64",
        32 * GIB,
        20 * GIB,
        8,
        16,
        apple_silicon=False,
        gpus=(GPUInfo("NVIDIA GeForce RTX 4090", "nvidia", 24 * GIB, 22 * GIB),),
    )
    return diagnostics_text(
        settings=settings,
        model_info=_Info(path=home / "Models" / "qwen3.gguf"),
        log_dir=tmp_path / "logs",
        qt_version="6.11.3",
        engine_build="llama-cpp-python 0.3.16 (CPU only; AVX2 = 1)",
        profile=profile,
        **kwargs,  # type: ignore[arg-type]
    )


def test_report_has_versions_machine_and_model(home: Path, tmp_path: Path) -> None:
    _write_log(tmp_path / "logs", home)
    text = _report(home, tmp_path)
    assert f"App: Qwen Desk {__version__}" in text
    assert "Qt: 6.11.3" in text
    assert "Python: " in text
    assert "OS: " in text
    assert "llama-cpp-python 0.3.16 (CPU only; AVX2 = 1)" in text
    assert "NVIDIA GeForce RTX 4090" in text
    assert "Name: Qwen3-4B-Instruct-2507" in text
    assert "Context: 8,192 loaded, 262,144 trained" in text
    assert "quant: Q4_K_M" in text
    assert "File: ~/Models/qwen3.gguf" in text
    assert "line 9: loading ~/models/qwen.gguf" in text


def test_report_holds_no_token_and_no_home(
    home: Path, tmp_path: Path, memory_keyring: object
) -> None:
    store = TokenStore()
    store.set(SAVED_TOKEN)
    _write_log(tmp_path / "logs", home)
    text = _report(home, tmp_path, token_store=store)
    assert SAVED_TOKEN not in text
    assert OTHER_TOKEN not in text
    assert "hf_Saved" not in text
    assert str(home) not in text
    assert TOKEN_MASK in text
    assert "set (system keychain)" in text


def test_a_saved_token_of_another_shape_is_masked_too(home: Path, tmp_path: Path) -> None:
    store = TokenStore()
    odd = "api-Key-That-Is-Not-hf-Shaped-123"
    store.set(odd)
    (tmp_path / "logs").mkdir()
    (tmp_path / "logs" / "qwen-desk.log").write_text(f"oops {odd}\n", encoding="utf-8")
    text = _report(home, tmp_path, token_store=store)
    assert odd not in text
    assert "oops hf_[removed]" in text


def test_no_model_no_profile_no_log(home: Path, tmp_path: Path) -> None:
    text = diagnostics_text(
        settings=Settings(), model_info=None, log_dir=tmp_path / "none", qt_version="6.8.0"
    )
    assert "(no model loaded)" in text
    assert "(not profiled)" in text
    assert "Inference engine: not loaded yet" in text
    assert "Hugging Face token ==\nnot set" in text


def test_log_tail_is_the_last_lines_and_reaches_into_the_rotated_file(tmp_path: Path) -> None:
    (tmp_path / "qwen-desk.log.1").write_text(
        "".join(f"old {i}\n" for i in range(300)), encoding="utf-8"
    )
    (tmp_path / "qwen-desk.log").write_text(
        "".join(f"new {i} " + "x" * 400 + "\n" for i in range(150)), encoding="utf-8"
    )
    lines = tail_log(tmp_path, 200)
    assert len(lines) == 200
    assert lines[0] == "old 250"
    assert lines[49] == "old 299"
    assert lines[50].startswith("new 0 ")
    assert lines[-1].startswith("new 149 ")
    assert len(tail_log(tmp_path, 20)) == 20
    assert tail_log(tmp_path, 20)[0].startswith("new 130 ")


def test_mask_leaves_lookalike_paths_alone(tmp_path: Path) -> None:
    home = tmp_path / "bob"
    text = f"{home}/a {home} {home}by/c"
    assert mask(text, home=home) == f"~/a ~ {home}by/c"
    assert mask("path /x/y", home=Path("/")) == "path /x/y"


def _traceback(frames: int, error: str) -> list[str]:
    lines = ["Traceback (most recent call last):"]
    for i in range(frames):
        lines += [f'  File "/app/desktop/module{i}.py", line {i + 1}, in f{i}', f"    f{i + 1}()"]
    return [*lines, error]


def test_the_log_part_keeps_tracebacks_short_and_folds_repeats() -> None:
    stamp = "2026-12-01 10:00:0{} WARNING desktop.x: "
    lines = [stamp.format(1) + "slow sample", *[stamp.format(2) + "no GPU"] * 30]
    lines += ["2026-12-01 10:00:03 ERROR desktop.y: load failed"]
    lines += _traceback(80, "ValueError: the file is not a GGUF model")
    lines += ["", "During handling of the above exception, another exception occurred:", ""]
    lines += _traceback(3, "RuntimeError: gave up")
    short = log_excerpt(lines, limit=60)
    assert short == [
        stamp.format(1) + "slow sample",
        stamp.format(2) + "no GPU",
        "  (the same line 29 more times)",
        "2026-12-01 10:00:03 ERROR desktop.y: load failed",
        "Traceback (most recent call last):",
        "  … (78 outer frames left out)",
        '  File "/app/desktop/module78.py", line 79, in f78',
        "    f79()",
        '  File "/app/desktop/module79.py", line 80, in f79',
        "    f80()",
        "ValueError: the file is not a GGUF model",
        "During handling of the above exception, another exception occurred:",
        "Traceback (most recent call last):",
        "  … (1 outer frames left out)",
        '  File "/app/desktop/module1.py", line 2, in f1',
        "    f2()",
        '  File "/app/desktop/module2.py", line 3, in f2',
        "    f3()",
        "RuntimeError: gave up",
    ]
    assert log_excerpt(["x" * 1000]) == ["x" * 300 + " …"]
    assert log_excerpt([f"line {i}" for i in range(100)], limit=5)[0] == "line 95"


def test_a_long_traceback_does_not_fill_the_report(home: Path, tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    logs.mkdir()
    text = "\n".join(["start", *_traceback(150, "OSError: disk full"), "after"])
    (logs / "qwen-desk.log").write_text(text + "\n", encoding="utf-8")
    report = _report(home, tmp_path)
    log_part = report.split("== Log", 1)[1].splitlines()[1:]
    assert log_part[-2:] == ["OSError: disk full", "after"]
    assert len(log_part) < 12
