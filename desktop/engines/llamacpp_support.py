"""llama.cpp plumbing kept out of the engine: log capture, load progress, build facts.

llama-cpp-python does not expose load progress or the reason a load failed, so we hook
llama.cpp's log callback (to explain failures in plain words) and the model-params factory
(to receive progress, and to abort a load).
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import threading
from collections import deque
from collections.abc import Callable, Iterator
from typing import Any

log = logging.getLogger(__name__)

_recent_lines: deque[str] = deque(maxlen=200)
_log_lock = threading.Lock()
_log_callback: Any = None  # keeps the ctypes callback alive
_params_lock = threading.Lock()

KV_CACHE_TYPES = {"f16": 1, "q8_0": 8, "q4_0": 2}  # ggml_type ids


def llama_module() -> Any:
    """Import llama_cpp lazily and route its log lines to us (once)."""
    global _log_callback
    import llama_cpp

    if _log_callback is None:

        @llama_cpp.llama_log_callback
        def _capture(level: int, text: bytes, user_data: ctypes.c_void_p) -> None:
            line = text.decode("utf-8", errors="replace")
            with _log_lock:
                _recent_lines.append(line)
            if level in (2, 3):
                log.debug("llama.cpp: %s", line.rstrip())

        _log_callback = _capture
        llama_cpp.llama_log_set(_capture, ctypes.c_void_p(0))
    return llama_cpp


def recent_log() -> str:
    with _log_lock:
        return "".join(_recent_lines)


def clear_log() -> None:
    with _log_lock:
        _recent_lines.clear()


def build_info() -> str:
    """Version and system line of the llama.cpp build (for messages and diagnostics)."""
    llama_cpp = llama_module()
    system = llama_cpp.llama_print_system_info().decode("utf-8", errors="replace").strip()
    gpu = "GPU offload" if llama_cpp.llama_supports_gpu_offload() else "CPU only"
    return f"llama-cpp-python {llama_cpp.__version__} ({gpu}; {system})"


def cpu_has_amx() -> bool:
    """True on CPUs with AMX tiles (Xeon Sapphire Rapids and later), read from /proc/cpuinfo."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            return any("amx_tile" in line for line in handle if line.startswith("flags"))
    except OSError:
        return False


def extra_buffers_safe() -> bool:
    """Whether llama.cpp may use its extra CPU buffer types (weight repacking, AMX).

    The AMX path of the llama.cpp build we ship crashes (SIGSEGV in decode) on quantised
    models on AMX CPUs, so there we load without extra buffer types; elsewhere repacking
    stays on because it speeds up prompt processing.
    """
    return not cpu_has_amx()


@contextlib.contextmanager
def model_params_hook(
    report: Callable[[float], bool] | None, *, use_extra_bufts: bool = True
) -> Iterator[None]:
    """While active, models loaded by ``llama_cpp.Llama`` report progress to ``report`` and
    get ``use_extra_bufts``; llama-cpp-python exposes neither, so we wrap the params factory
    ``Llama`` calls. ``report`` returns False to abort the load.
    """
    llama_cpp = llama_module()
    module = llama_cpp.llama_cpp
    original = module.llama_model_default_params

    @llama_cpp.llama_progress_callback
    def _progress(fraction: float, user_data: ctypes.c_void_p) -> bool:
        if report is None:
            return True
        try:
            return bool(report(float(fraction)))
        except Exception:  # a failing reporter must not break the native load
            log.exception("load progress reporter failed")
            return True

    def patched() -> Any:
        params = original()
        params.progress_callback = _progress
        if hasattr(params, "use_extra_bufts"):
            params.use_extra_bufts = use_extra_bufts
        return params

    with _params_lock:
        module.llama_model_default_params = patched
        try:
            yield
        finally:
            module.llama_model_default_params = original
