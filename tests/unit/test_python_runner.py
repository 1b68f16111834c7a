"""The local Python runner: each limit enforced, a fresh folder each run, nothing left behind."""

from __future__ import annotations

import socket
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.tools.calls import CallStatus, ToolCall
from desktop.tools.python_tool import format_result, python_tool
from desktop.tools.registry import ToolRegistry
from desktop.tools.runner import PythonRunner, RunLimits

LINUX = sys.platform.startswith("linux")
LIMITS = RunLimits(time_s=5.0, memory_mb=512, output_bytes=20_000, file_mb=1)


@pytest.fixture
def runner() -> Iterator[PythonRunner]:
    runner = PythonRunner(LIMITS)
    yield runner
    runner.close()


def test_prints_and_shows_a_last_expression(runner: PythonRunner) -> None:
    result = runner.run("x = 6 * 7\nprint('x is', x)\nx + 1")
    assert result.ok, result
    assert result.stdout == "x is 42\n43\n"
    assert result.stderr == ""
    assert result.exit_code == 0


def test_numpy_and_sympy_are_available(runner: PythonRunner) -> None:
    code = (
        "import numpy as np, sympy as sp\n"
        "print(np.arange(4).sum(), sp.factor(sp.Symbol('x')**2 - 1))"
    )
    result = runner.run(code)
    assert result.stdout == "6 (x - 1)*(x + 1)\n", result.stderr


def test_a_traceback_shows_only_the_users_code(runner: PythonRunner) -> None:
    result = runner.run("def f():\n    return 1 / 0\nf()")
    assert result.exit_code == 1
    assert not result.ok
    assert 'File "<python>", line 2, in f' in result.stderr
    assert "return 1 / 0" in result.stderr
    assert result.stderr.rstrip().endswith("ZeroDivisionError: division by zero")
    assert "sandbox_child" not in result.stderr


def test_an_infinite_loop_is_killed_at_the_time_limit(runner: PythonRunner) -> None:
    limits = RunLimits(time_s=1.0)
    started = time.perf_counter()
    result = runner.run("print('start', flush=True)\nwhile True:\n    pass", limits=limits)
    took = time.perf_counter() - started
    assert result.timed_out
    assert result.exit_code is None
    assert 1.0 <= took < 2.0
    assert result.stdout == "start\n"
    assert format_result(result, limits).endswith("time limit of 1 s.")


@pytest.mark.skipif(not LINUX, reason="RLIMIT_AS is enforced on Linux only (README: Tools)")
def test_a_memory_bomb_stops_at_the_memory_limit(runner: PythonRunner) -> None:
    result = runner.run("blocks = []\nwhile True:\n    blocks.append(bytearray(10**7))")
    assert result.out_of_memory, result
    assert result.duration_s < LIMITS.time_s
    assert "memory limit of 512 MiB" in format_result(result, LIMITS)


def test_an_output_flood_is_cut_and_stopped(runner: PythonRunner) -> None:
    result = runner.run("while True:\n    print('x' * 99)")
    assert result.output_cut
    assert len(result.stdout.encode()) <= LIMITS.output_bytes
    assert result.stdout.startswith("x" * 99 + "\n")
    assert result.duration_s < LIMITS.time_s / 2
    assert "output limit of 19.5 KiB" in format_result(result, LIMITS)


def test_the_file_size_limit_refuses_large_files(runner: PythonRunner) -> None:
    if not LINUX and sys.platform != "darwin":
        pytest.skip("RLIMIT_FSIZE exists on Linux and macOS only")
    result = runner.run("open('big', 'wb').write(b'x' * 2 * 1024 * 1024)")
    assert result.exit_code == 1
    assert "File too large" in result.stderr


@pytest.fixture
def listener() -> Iterator[int]:
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    yield server.getsockname()[1]
    server.close()


CONNECT = (
    "import socket\nsocket.create_connection(('127.0.0.1', {port}), timeout=2)\nprint('connected')"
)


def test_a_socket_is_refused_by_the_network_namespace(runner: PythonRunner, listener: int) -> None:
    result = runner.run(CONNECT.format(port=listener))
    if result.network != "namespace":
        pytest.skip(
            "this system does not let an unprivileged process create a network namespace "
            "(unshare refused: a container's seccomp policy or a kernel setting); the audit "
            "hook fallback is tested below"
        )
    assert "connected" not in result.stdout
    assert "Network is unreachable" in result.stderr


def test_without_a_namespace_the_audit_hook_refuses_sockets(listener: int) -> None:
    runner = PythonRunner(LIMITS, isolate_network=False, keep_warm=False)
    try:
        result = runner.run(CONNECT.format(port=listener))
        lookup = runner.run("import socket\nsocket.getaddrinfo('example.org', 80)")
    finally:
        runner.close()
    assert result.network == "audit-hook"
    assert "connected" not in result.stdout
    assert "Network access is switched off in this Python runner." in result.stderr
    assert "Network access is switched off" in lookup.stderr


def test_other_programs_cannot_be_started(runner: PythonRunner) -> None:
    result = runner.run("import subprocess\nsubprocess.run(['echo', 'hi'])")
    assert "Starting other programs is switched off" in result.stderr
    assert "hi" not in result.stdout


def test_each_run_gets_a_fresh_folder_that_is_removed(runner: PythonRunner) -> None:
    code = "import os\nprint(os.getcwd())\nprint(os.listdir('.'))\nopen('note.txt', 'w').write('x')"
    first = runner.run(code)
    second = runner.run(code)
    folders = [Path(r.stdout.splitlines()[0]) for r in (first, second)]
    assert [r.stdout.splitlines()[1] for r in (first, second)] == ["[]", "[]"]
    assert folders[0] != folders[1]
    assert not folders[0].exists()
    assert not folders[1].exists()


def test_the_apps_environment_does_not_reach_the_code(
    runner: PythonRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QWEN_DESK_TEST_SECRET", "hunter2")
    fresh = PythonRunner(LIMITS, keep_warm=False)
    try:
        result = fresh.run("import os\nprint(os.environ.get('QWEN_DESK_TEST_SECRET'))")
    finally:
        fresh.close()
    assert result.stdout == "None\n"


def test_stop_returns_at_once_and_the_caller_is_never_blocked(runner: PythonRunner) -> None:
    cancel = threading.Event()
    threading.Timer(0.3, cancel.set).start()
    started = time.perf_counter()
    result = runner.run("while True:\n    pass", cancel)
    assert result.cancelled
    assert time.perf_counter() - started < 1.5
    assert format_result(result, LIMITS) == "Stopped by the user."


def test_runs_from_two_threads_at_once_stay_apart(runner: PythonRunner) -> None:
    results: dict[int, str] = {}

    def go(n: int) -> None:
        results[n] = runner.run(f"import time\ntime.sleep(0.2)\nprint({n})").stdout

    threads = [threading.Thread(target=go, args=(n,)) for n in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == {0: "0\n", 1: "1\n", 2: "2\n"}


def test_a_closed_runner_says_so_plainly() -> None:
    runner = PythonRunner(LIMITS)
    runner.warm_up()
    runner.close()
    result = runner.run("print(1)")
    assert result.error.startswith("The Python runner could not start a Python process")


def test_python_tool_results_and_errors() -> None:
    runner = PythonRunner(LIMITS, keep_warm=False)
    registry = ToolRegistry([python_tool(runner)])
    cancel = threading.Event()
    try:
        ok = registry.execute(ToolCall("c1", "python", {"code": "print(2**10)"}), cancel)
        bad = registry.execute(ToolCall("c2", "python", {"code": "1/0"}), cancel)
        empty = registry.execute(ToolCall("c3", "python", {"code": "  "}), cancel)
    finally:
        runner.close()
    assert (ok.status, ok.content) == (CallStatus.OK, "1024")
    assert bad.status is CallStatus.ERROR
    assert bad.content.startswith("Error: Traceback")
    assert bad.content.endswith("The program ended with exit code 1.")
    assert empty.content == 'Error: The python tool needs the code to run in "code", as text.'
    assert registry.specs()[0]["function"]["parameters"]["required"] == ["code"]


def test_the_app_entry_point_can_be_the_child(tmp_path: Path) -> None:
    """A frozen app starts itself with --python-sandbox; the same path works from source."""
    runner = PythonRunner(
        LIMITS, command=[sys.executable, "-I", "-m", "desktop", "--python-sandbox"], keep_warm=False
    )
    try:
        result = runner.run("print(sum(range(10)))")
    finally:
        runner.close()
    assert result.stdout == "45\n", result.stderr


def test_stop_before_the_child_has_started_is_still_a_stop() -> None:
    runner = PythonRunner(LIMITS, keep_warm=False)
    cancel = threading.Event()
    cancel.set()
    try:
        result = runner.run("print(1)", cancel)
    finally:
        runner.close()
    assert result.cancelled
    assert result.error == ""
    assert format_result(result, LIMITS) == "Stopped by the user."


def test_a_child_that_dies_before_running_the_code_is_explained() -> None:
    runner = PythonRunner(LIMITS, command=[sys.executable, "-c", "import sys; sys.exit('no')"])
    try:
        result = runner.run("print(1)")
    finally:
        runner.close()
    assert result.error == "The Python runner's process ended before it could run the code (no)."
    assert not result.ok
