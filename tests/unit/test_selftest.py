"""`python -m desktop --self-test` and `--version`, as real subprocesses."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from desktop import __version__


def run(*args: str, env_home: Path) -> subprocess.CompletedProcess[str]:
    import os

    env = dict(os.environ, QWEN_DESK_HOME=str(env_home))
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_version(app_home: Path):
    result = run("--version", env_home=app_home)
    assert result.returncode == 0
    assert result.stdout.strip() == f"Qwen Desk {__version__}"


def test_self_test_on_a_tiny_built_model(app_home: Path):
    result = run("--self-test", env_home=app_home)
    assert result.returncode == 0, result.stderr
    line = result.stdout.strip()
    assert line.startswith("self-test ok:")
    assert "tok/s" in line


def test_self_test_fails_plainly_on_a_bad_model(app_home: Path, tmp_path: Path):
    bad = tmp_path / "bad.gguf"
    bad.write_bytes(b"not a model at all" * 10)
    result = run("--self-test", "--model", str(bad), env_home=app_home)
    assert result.returncode == 1
    assert "not a GGUF model file" in result.stderr
    assert "Traceback" not in result.stderr


def test_self_test_on_smollm(app_home: Path, smollm_path: Path):
    result = run("--self-test", "--model", str(smollm_path), env_home=app_home)
    assert result.returncode == 0, result.stderr
    assert "self-test ok: " in result.stdout


def test_self_test_on_an_always_thinking_model_reports_its_thinking(
    app_home: Path, tiny_models: dict[str, Path]
):
    # The template opens <think> (QwQ, Qwen3-Thinking-2507): a short run may be all thinking.
    result = run("--self-test", "--model", str(tiny_models["qwen3_always"]), env_home=app_home)
    assert result.returncode == 0, result.stderr
    line = result.stdout.strip()
    assert line.startswith("self-test ok:")
    assert "(32 thinking, 0 answer)" in line
    assert "thinking: " in line
    assert "(no answer yet)" in line


def test_self_test_fails_when_the_model_writes_nothing(
    app_home: Path, tiny_models: dict[str, Path]
):
    result = run("--self-test", "--model", str(tiny_models["qwen3_eos"]), env_home=app_home)
    assert result.returncode == 1
    assert "neither an answer nor thinking" in result.stderr
    assert "Traceback" not in result.stderr
