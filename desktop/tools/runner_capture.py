"""The runner's side of a child's pipes: bounded capture and the Windows memory limit.

Each pipe is read by a short-lived thread (joined when the run ends), because Windows pipes
cannot be polled; output past the limit is not kept and marks the run for stopping.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import threading
from typing import IO, Any

log = logging.getLogger(__name__)

_CHUNK = 65536
_JOBS: dict[int, Any] = {}  # Windows job object handles by child pid


class Capture:
    """stdout and stderr of one run, at most ``limit`` bytes together."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.facts: dict[str, Any] = {}  # what the child reported it could enforce
        self.closed = threading.Event()  # every pipe reached its end
        self.overflow = False
        self._data = {"stdout": bytearray(), "stderr": bytearray()}
        self._kept = 0
        self._open = 0
        self._lock = threading.Lock()

    def reader(self, stream: IO[bytes] | None, name: str, header: str = "") -> threading.Thread:
        with self._lock:
            self._open += 1
        thread = threading.Thread(
            target=self._read, args=(stream, name, header), name=f"python-runner-{name}"
        )
        thread.daemon = True
        thread.start()
        return thread

    def text(self, name: str) -> str:
        with self._lock:
            return bytes(self._data[name]).decode("utf-8", "replace")

    def _read(self, stream: IO[bytes] | None, name: str, header: str) -> None:
        pending = b"" if header else None  # bytes before the header line is complete
        try:
            while stream is not None:
                chunk = stream.read1(_CHUNK)  # type: ignore[attr-defined]
                if not chunk:
                    break
                if pending is not None:
                    pending += chunk
                    if b"\n" not in pending:
                        continue
                    line, chunk = pending.split(b"\n", 1)
                    pending = None
                    self._header(line, header)
                self._keep(name, chunk)
        except (OSError, ValueError):
            pass  # the pipe was closed under us: the run is over
        finally:
            if pending:
                self._keep(name, pending)
            with self._lock:
                self._open -= 1
                if self._open == 0:
                    self.closed.set()

    def _header(self, line: bytes, header: str) -> None:
        text = line.decode("utf-8", "replace")
        if text.startswith(header):
            try:
                self.facts = json.loads(text[len(header) :])
            except json.JSONDecodeError:
                log.warning("The Python runner's child sent an unreadable header")

    def _keep(self, name: str, chunk: bytes) -> None:
        with self._lock:
            room = self.limit - self._kept
            if len(chunk) > room:
                self.overflow = True
                chunk = chunk[: max(room, 0)]
            self._data[name] += chunk
            self._kept += len(chunk)


def limit_memory_windows(process: subprocess.Popen[bytes], limit: int) -> bool:
    """Put the child in a job object with a memory cap that dies with the job (Windows)."""
    if sys.platform != "win32":
        return False
    try:
        return _job_object(process, limit)
    except Exception:  # no job objects (old Windows, nested jobs refused): run without
        log.warning("Could not limit the Python runner's memory", exc_info=True)
        return False


def release_job(process: subprocess.Popen[bytes]) -> None:
    """Close the child's job object (Windows): anything still in it is killed."""
    job = _JOBS.pop(process.pid, None)
    if job is not None and sys.platform == "win32":
        import ctypes

        ctypes.windll.kernel32.CloseHandle(job)


def _job_object(process: subprocess.Popen[bytes], limit: int) -> bool:  # pragma: no cover
    import ctypes
    from ctypes import wintypes

    class IoCounters(ctypes.Structure):
        _fields_ = [(n, ctypes.c_ulonglong) for n in ("r", "w", "o", "rb", "wb", "ob")]

    class Basic(ctypes.Structure):
        _fields_ = [
            ("PerProcessUserTimeLimit", ctypes.c_int64),
            ("PerJobUserTimeLimit", ctypes.c_int64),
            ("LimitFlags", wintypes.DWORD),
            ("MinimumWorkingSetSize", ctypes.c_size_t),
            ("MaximumWorkingSetSize", ctypes.c_size_t),
            ("ActiveProcessLimit", wintypes.DWORD),
            ("Affinity", ctypes.c_size_t),
            ("PriorityClass", wintypes.DWORD),
            ("SchedulingClass", wintypes.DWORD),
        ]

    class Extended(ctypes.Structure):
        _fields_ = [
            ("BasicLimitInformation", Basic),
            ("IoInfo", IoCounters),
            ("ProcessMemoryLimit", ctypes.c_size_t),
            ("JobMemoryLimit", ctypes.c_size_t),
            ("PeakProcessMemoryUsed", ctypes.c_size_t),
            ("PeakJobMemoryUsed", ctypes.c_size_t),
        ]

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    kernel32.CreateJobObjectW.restype = wintypes.HANDLE
    job = kernel32.CreateJobObjectW(None, None)
    if not job:
        return False
    info = Extended()
    limit_process_memory, kill_on_close, active_process = 0x100, 0x2000, 0x8
    info.BasicLimitInformation.LimitFlags = limit_process_memory | kill_on_close | active_process
    info.BasicLimitInformation.ActiveProcessLimit = 1  # no child processes
    info.ProcessMemoryLimit = limit
    extended_limit_information = 9
    if not kernel32.SetInformationJobObject(
        job, extended_limit_information, ctypes.byref(info), ctypes.sizeof(info)
    ):
        kernel32.CloseHandle(job)
        return False
    handle = int(process._handle)  # type: ignore[attr-defined]
    if not kernel32.AssignProcessToJobObject(job, handle):
        kernel32.CloseHandle(job)
        return False
    _JOBS[process.pid] = job  # closing it kills the child and anything it started
    return True
