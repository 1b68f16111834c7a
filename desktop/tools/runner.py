"""The local Python runner: code runs in a separate, limited process with a fresh folder.

Each run gets its own process, started ahead of time so a warm run skips interpreter start-up
(one standby is kept; it is never reused). The child limits itself (time, memory, file size;
no network where the OS allows it, see sandbox_child.py and the README's table); this side
enforces the wall-clock limit and the output limit, kills the whole process group, and
removes the working folder. ``run`` returns within the time limit plus a few tens of ms.
"""

from __future__ import annotations

import json
import logging
import math
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.units import MIB, format_size
from desktop.tools import sandbox_child
from desktop.tools.runner_capture import Capture, limit_memory_windows, release_job

log = logging.getLogger(__name__)

CHILD_SCRIPT = Path(sandbox_child.__file__)
_POLL_S = 0.02  # how often a waiting run checks Stop and the deadline


@dataclass(frozen=True)
class RunLimits:
    time_s: float = 10.0
    memory_mb: int = 1024
    output_bytes: int = 64_000  # stdout and stderr together; more stops the program
    file_mb: int = 64  # largest file the code may write in its folder


@dataclass(frozen=True)
class RunResult:
    stdout: str
    stderr: str
    exit_code: int | None
    duration_s: float
    timed_out: bool = False
    out_of_memory: bool = False
    output_cut: bool = False
    cancelled: bool = False
    network: str = ""  # "namespace" (kernel-enforced) or "audit-hook" (best effort)
    error: str = ""  # a plain sentence when the runner itself could not run the code

    @property
    def ok(self) -> bool:
        return self.exit_code == 0 and not (self.timed_out or self.output_cut or self.error)

    def summary(self, limits: RunLimits, *, shown: bool = False) -> str:
        """What stopped the program, in words; "" when it simply ended. English for the model
        (its input does not change with the interface language); ``shown=True`` for the
        window, in the interface language."""
        say = _shown if shown else _english
        if self.error:
            return self.error
        if self.cancelled:
            return say(QT_TRANSLATE_NOOP("PythonRunner", "Stopped by the user."))
        if self.timed_out:
            return say(
                QT_TRANSLATE_NOOP(
                    "PythonRunner",
                    "Stopped: the program ran longer than the time limit of {seconds} s.",
                )
            ).format(seconds=f"{limits.time_s:g}")
        if self.out_of_memory:
            return say(
                QT_TRANSLATE_NOOP(
                    "PythonRunner",
                    "Stopped: the program used more than the memory limit of {size}.",
                )
            ).format(size=format_size(limits.memory_mb * MIB))
        if self.output_cut:
            return say(
                QT_TRANSLATE_NOOP(
                    "PythonRunner",
                    "Stopped: the program printed more than the output limit of {size}; the "
                    "output is cut there.",
                )
            ).format(size=format_size(limits.output_bytes))
        if self.exit_code not in (0, None):
            return say(
                QT_TRANSLATE_NOOP("PythonRunner", "The program ended with exit code {code}.")
            ).format(code=self.exit_code)
        return ""


def _english(text: str) -> str:
    return text


def _shown(text: str) -> str:
    return translate("PythonRunner", text)


@dataclass
class _Child:
    process: subprocess.Popen[bytes]
    workdir: Path
    limits: RunLimits
    started: float = field(default_factory=time.perf_counter)


class PythonRunner:
    """Runs Python code with limits. Thread-safe: the chat's tool loop and the transcript's
    Run button may use one runner at once; each run has its own process."""

    def __init__(
        self,
        limits: RunLimits | None = None,
        *,
        command: Sequence[str] | None = None,
        keep_warm: bool = True,
        isolate_network: bool = True,
    ) -> None:
        self.limits = limits or RunLimits()
        self.command = list(command or default_command())
        self.keep_warm = keep_warm
        self.isolate_network = isolate_network
        self._lock = threading.Lock()
        self._standby: _Child | None = None
        self._closed = False

    def warm_up(self) -> None:
        """Start the standby process now (e.g. when tools are switched on)."""
        with self._lock:
            if self._standby is None and not self._closed:
                self._standby = self._spawn(self.limits)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            standby, self._standby = self._standby, None
        if standby is not None:
            _kill(standby.process)
            _finish(standby, [])

    def run(
        self, code: str, cancel: threading.Event | None = None, limits: RunLimits | None = None
    ) -> RunResult:
        """Run ``code``; never raises for the code's failures, never outlives the limit."""
        limits = limits or self.limits
        cancel = cancel or threading.Event()
        started = time.perf_counter()
        try:
            child = self._take(limits)
        except OSError as exc:
            return RunResult("", "", None, 0.0, error=_start_error(exc))
        capture = Capture(limits.output_bytes)
        readers = [
            capture.reader(child.process.stdout, "stdout", header=sandbox_child.HEADER),
            capture.reader(child.process.stderr, "stderr"),
        ]
        try:
            self._send(child, code)
            outcome = self._wait(child, capture, limits, cancel, started)
        finally:
            _kill(child.process)
            _finish(child, readers)
        return self._result(child, capture, outcome, limits, time.perf_counter() - started)

    # -- processes -----------------------------------------------------------------------

    def _take(self, limits: RunLimits) -> _Child:
        with self._lock:
            if self._closed:
                raise OSError("the Python runner was closed")
            child, self._standby = self._standby, None
            if child is not None and (child.limits != limits or child.process.poll() is not None):
                _kill(child.process)
                _finish(child, [])
                child = None
            if child is None:
                child = self._spawn(limits)
            if self.keep_warm:
                try:
                    self._standby = self._spawn(self.limits)
                except OSError:
                    log.warning("Could not start a standby Python process", exc_info=True)
            return child

    def _spawn(self, limits: RunLimits) -> _Child:
        workdir = Path(tempfile.mkdtemp(prefix="qwen-desk-python-"))
        config = {
            "workdir": str(workdir),
            "memory_bytes": limits.memory_mb * 2**20,
            "cpu_s": math.ceil(limits.time_s) + 1,
            "file_bytes": limits.file_mb * 2**20,
            "isolate_network": self.isolate_network,
        }
        try:
            process = subprocess.Popen(
                [*self.command, json.dumps(config)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                cwd=workdir,
                env=_child_env(workdir),
                start_new_session=sys.platform != "win32",  # one group to kill
                creationflags=getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0),
            )
        except OSError:
            shutil.rmtree(workdir, ignore_errors=True)
            raise
        if sys.platform == "win32":
            limit_memory_windows(process, limits.memory_mb * 2**20)
        return _Child(process, workdir, limits)

    def _send(self, child: _Child, code: str) -> None:
        stdin = child.process.stdin
        assert stdin is not None
        try:
            stdin.write(json.dumps({"code": code}).encode("utf-8"))
            stdin.close()
        except OSError:
            pass  # the child died early; its exit code and stderr say why

    def _wait(
        self,
        child: _Child,
        capture: Capture,
        limits: RunLimits,
        cancel: threading.Event,
        started: float,
    ) -> str:
        deadline = started + limits.time_s
        while True:
            if capture.closed.wait(_POLL_S) and child.process.poll() is not None:
                return "exited"
            if cancel.is_set():
                return "cancelled"
            if capture.overflow:
                return "output"
            if time.perf_counter() >= deadline:
                return "timeout"
            if child.process.poll() is not None and capture.closed.wait(0.5):
                return "exited"

    def _result(
        self, child: _Child, capture: Capture, outcome: str, limits: RunLimits, took: float
    ) -> RunResult:
        code = child.process.returncode
        cpu_killed = code is not None and code == -getattr(signal, "SIGXCPU", -999)
        return RunResult(
            stdout=capture.text("stdout"),
            stderr=capture.text("stderr"),
            exit_code=code if outcome == "exited" and not cpu_killed else None,
            duration_s=took,
            timed_out=outcome == "timeout" or cpu_killed,
            out_of_memory=outcome == "exited" and code == sandbox_child.EXIT_MEMORY,
            output_cut=outcome == "output" or capture.overflow,
            cancelled=outcome == "cancelled",
            network=str(capture.facts.get("network", "")),
            # Only a child that ended by itself before its header failed to start; one we
            # killed early (Stop, the time limit) may simply not have said hello yet.
            error=_died_early(capture) if outcome == "exited" and not capture.facts else "",
        )


def default_command() -> list[str]:
    """How to start the child: this Python with the child script, or a frozen app itself
    (``desktop.__main__`` hands ``--python-sandbox`` to sandbox_child.main)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--python-sandbox"]
    return [sys.executable, "-I", "-B", "-u", str(CHILD_SCRIPT)]


def _child_env(workdir: Path) -> dict[str, str]:
    """A small environment: no secrets of the app's, one thread for BLAS, the folder as home."""
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(workdir),
        "TMPDIR": str(workdir),
        "TEMP": str(workdir),
        "TMP": str(workdir),
        "PYTHONIOENCODING": "utf-8",
        "LANG": "C.UTF-8",
        "OPENBLAS_NUM_THREADS": "1",
        "OMP_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
        "MPLBACKEND": "Agg",
    }
    for key in ("SYSTEMROOT", "SYSTEMDRIVE", "WINDIR", "USERPROFILE"):  # Windows needs these
        if key in os.environ:
            env[key] = os.environ[key]
    return env


def _kill(process: subprocess.Popen[bytes]) -> None:
    """Kill the child and everything it started (its process group) and reap it."""
    if process.poll() is None:
        try:
            if sys.platform == "win32":
                process.kill()
            else:
                os.killpg(process.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError, OSError):
            pass
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        log.warning("Python runner process %d did not end after being killed", process.pid)


def _finish(child: _Child, readers: list[threading.Thread]) -> None:
    release_job(child.process)
    for reader in readers:
        reader.join(timeout=2)
    for stream in (child.process.stdin, child.process.stdout, child.process.stderr):
        _close(stream)
    shutil.rmtree(child.workdir, ignore_errors=True)


def _close(stream: IO[bytes] | None) -> None:
    if stream is not None:
        try:
            stream.close()
        except OSError:
            pass


def _start_error(exc: OSError) -> str:
    return (
        f"The Python runner could not start a Python process ({exc.strerror or exc}). "
        "Reinstall Qwen Desk, or turn the Python tool off in Settings."
    )


def _died_early(capture: Capture) -> str:
    detail = capture.text("stderr").strip().splitlines()
    last = detail[-1] if detail else "no message"
    return f"The Python runner's process ended before it could run the code ({last})."
