"""``python -m desktop --serve`` end to end: a real process with the tiny Qwen3 model, the
openai client, then SIGTERM and a clean exit."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import openai
import pytest

from desktop.server.thread import bind
from tests.conftest import REPO_ROOT

pytestmark = pytest.mark.slow


def free_port() -> int:
    sock = bind("127.0.0.1", 0)
    port = int(sock.getsockname()[1])
    sock.close()
    return port


def start(args: list[str], home: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "QWEN_DESK_HOME": str(home), "PYTHONUNBUFFERED": "1"}
    env.pop("QT_QPA_PLATFORM", None)  # no Qt in this path: it must not need a display
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"  # never the real keychain
    return subprocess.Popen(
        [sys.executable, "-m", "desktop", "--serve", *args],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_ready(process: subprocess.Popen[str], timeout: float = 120.0) -> str:
    """The server's announcement line (on stderr), once it accepts requests."""
    assert process.stderr is not None
    deadline = time.monotonic() + timeout
    lines = []
    while time.monotonic() < deadline:
        line = process.stderr.readline()
        if not line:
            break
        lines.append(line)
        if "API server at" in line:
            return line
    process.kill()
    raise AssertionError("the server did not start:\n" + "".join(lines))


def test_serve_answers_the_openai_client_and_stops_on_sigterm(
    tiny_models: dict[str, Path], app_home: Path
):
    port = free_port()
    process = start(["--model", str(tiny_models["qwen3"]), "--port", str(port)], app_home)
    try:
        ready = wait_ready(process)
        assert f"http://127.0.0.1:{port}/v1" in ready
        assert "qwen3-hybrid" in ready
        client = openai.OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key="x", max_retries=0)
        assert [m.id for m in client.models.list().data] == ["qwen3-hybrid"]
        reply = client.chat.completions.create(
            model="qwen3-hybrid",
            messages=[{"role": "user", "content": "Hi"}],
            max_tokens=5,
            extra_body={"chat_template_kwargs": {"enable_thinking": False}},
        )
        assert reply.usage is not None
        assert reply.usage.completion_tokens == 5
        chunks = list(
            client.chat.completions.create(
                model="qwen3-hybrid",
                messages=[{"role": "user", "content": "Hi"}],
                max_tokens=5,
                stream=True,
            )
        )
        assert chunks[-1].choices[0].finish_reason == "length"
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    assert "Stopping" in err
    assert out.count("POST /v1/chat/completions  200") == 2, out
    assert "Traceback" not in err


def test_serve_refuses_the_network_without_a_key(app_home: Path):
    process = start(["--host", "0.0.0.0", "--port", "0"], app_home)
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 2
    assert "needs an API key" in err
    assert "QWEN_DESK_API_KEY" in err
    assert "Traceback" not in err


def test_serve_says_plainly_when_the_model_is_missing(app_home: Path):
    process = start(["--model", str(app_home / "none.gguf"), "--port", "0"], app_home)
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 1
    assert "does not exist" in err
    assert "Traceback" not in err
