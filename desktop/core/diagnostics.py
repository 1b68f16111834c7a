"""A plain-text report for bug reports: versions, machine, model, settings and recent log.

The log part is the end of the log, kept short: each traceback cut to its innermost frames
and its error, a message repeated many times told once with a count, long lines cut.

Nothing private leaves in it: the saved Hugging Face token and anything shaped like one
(``hf_`` + 20 or more letters and digits) are replaced, and the user's home folder reads
``~``. Reading the keychain and the log can block briefly, so call it off the GUI thread.
"""

from __future__ import annotations

import json
import os
import platform
import re
import sys
import time
from collections.abc import Mapping
from dataclasses import asdict
from importlib import metadata
from pathlib import Path
from typing import Protocol

from desktop import __version__
from desktop.core.hardware import MachineProfile, describe
from desktop.core.hub.token_store import TokenStorage, TokenStore
from desktop.core.settings import Settings
from desktop.core.units import format_size

LOG_NAME = "qwen-desk.log"
LOG_LINES = 60  # lines of log in the report, after shortening
LOG_READ_LINES = 400  # lines read from the end of the log before shortening
TRACEBACK_FRAMES = 2  # innermost frames kept of each traceback
LINE_CHARS = 300
_TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} ")
HF_TOKEN_PATTERN = re.compile(r"hf_[A-Za-z0-9]{20,}")
TOKEN_MASK = "hf_[removed]"
PACKAGES = (
    "PySide6",
    "llama-cpp-python",
    "mlx",
    "mlx-lm",
    "huggingface-hub",
    "keyring",
    "psutil",
    "nvidia-ml-py",
)
_TAIL_BLOCK = 64 * 1024


class ModelFactsLike(Protocol):
    """The parts of ``engines.base.ModelInfo`` reported (core never imports engines)."""

    @property
    def path(self) -> Path: ...
    @property
    def name(self) -> str: ...
    @property
    def engine(self) -> str: ...
    @property
    def architecture(self) -> str: ...
    @property
    def n_ctx(self) -> int: ...
    @property
    def n_ctx_train(self) -> int: ...
    @property
    def thinking(self) -> object: ...
    @property
    def details(self) -> Mapping[str, str]: ...


def diagnostics_text(
    *,
    settings: Settings,
    model_info: ModelFactsLike | None,
    log_dir: Path,
    qt_version: str,
    engine_build: str = "",
    profile: MachineProfile | None = None,
    token_store: TokenStore | None = None,
    log_lines: int = LOG_LINES,
) -> str:
    """The whole report, masked. ``engine_build`` is ``llamacpp_support.build_info()``."""
    store = token_store or TokenStore()
    sections = [
        _header(qt_version, engine_build),
        _section("Machine", _machine(profile)),
        _section("Model", _model(model_info)),
        _section("Hugging Face token", [_token_state(store)]),
        _section("Settings", json.dumps(asdict(settings), indent=2, sort_keys=True).splitlines()),
        _section(
            f"Log (the last {log_lines} lines at most; tracebacks and repeats shortened)",
            log_excerpt(tail_log(log_dir, LOG_READ_LINES), log_lines) or ["(empty)"],
        ),
    ]
    return mask("\n\n".join(sections) + "\n", secrets=[store.get() or ""])


def mask(text: str, *, secrets: list[str] | None = None, home: Path | None = None) -> str:
    """Remove the given secrets, anything shaped like a Hugging Face token, and the home path."""
    for secret in secrets or []:
        if len(secret) >= 8:  # never mask a short string that could be anywhere
            text = text.replace(secret, TOKEN_MASK)
    text = HF_TOKEN_PATTERN.sub(TOKEN_MASK, text)
    home = home or Path.home()
    variants = {str(home), home.as_posix(), os.path.realpath(home)}
    for variant in sorted(variants, key=len, reverse=True):
        if len(Path(variant).parts) < 2:  # "/" or "C:\\": masking it would mangle every path
            continue
        # the home folder itself or something under it, not a longer name that starts alike
        text = re.sub(re.escape(variant) + r"(?=[\\/]|\b|$)", "~", text)
    return text


def tail_log(log_dir: Path, lines: int = LOG_LINES) -> list[str]:
    """The last ``lines`` lines of the log, reaching into the rotated ``.1`` file if needed."""
    found: list[str] = []
    for path in (log_dir / LOG_NAME, log_dir / f"{LOG_NAME}.1"):
        if len(found) >= lines:
            break
        found = _tail_file(path, lines - len(found)) + found
    return found


def log_excerpt(lines: list[str], limit: int = LOG_LINES) -> list[str]:
    """The end of ``lines``, short and to the point: tracebacks cut to their last
    TRACEBACK_FRAMES frames and the error, runs of one message (timestamps aside) told once,
    blank lines dropped, long lines cut; at most ``limit`` lines."""
    out: list[str] = []
    block: list[str] = []  # the traceback being read
    for line in lines:
        if block and (line.startswith((" ", "\t")) or not line.strip()):
            block.append(line)
            continue
        if block:
            out += _short_traceback(block, line)
            block = []
            continue
        if line.startswith("Traceback (most recent call last):"):
            block = [line]
        elif line.strip():
            out.append(line if len(line) <= LINE_CHARS else line[:LINE_CHARS] + " …")
    if block:
        out += _short_traceback(block, "")
    return _fold_repeats(out)[-limit:] if limit > 0 else []


def _short_traceback(block: list[str], error: str) -> list[str]:
    frames: list[list[str]] = []
    for line in block[1:]:
        if line.lstrip().startswith("File "):
            frames.append([line])
        elif frames and line.strip():
            frames[-1].append(line)
    kept = frames[-TRACEBACK_FRAMES:]
    lines = [block[0]]
    if len(frames) > len(kept):
        lines.append(f"  … ({len(frames) - len(kept)} outer frames left out)")
    lines += [line for frame in kept for line in frame[:2]]  # where, and the code
    if error:
        lines.append(error if len(error) <= LINE_CHARS else error[:LINE_CHARS] + " …")
    return lines


def _fold_repeats(lines: list[str]) -> list[str]:
    out: list[str] = []
    repeats = 0
    for line in lines:
        if out and _TIMESTAMP.sub("", line) == _TIMESTAMP.sub("", out[-1]):
            repeats += 1
            continue
        if repeats:
            out.append(_repeated(repeats))
            repeats = 0
        out.append(line)
    if repeats:
        out.append(_repeated(repeats))
    return out


def _repeated(times: int) -> str:
    return f"  (the same line {times} more time{'s' if times > 1 else ''})"


def _tail_file(path: Path, lines: int) -> list[str]:
    """Read blocks from the end until enough lines are in hand (the log can be megabytes)."""
    try:
        with path.open("rb") as handle:
            handle.seek(0, os.SEEK_END)
            position = handle.tell()
            data = b""
            while position > 0 and data.count(b"\n") <= lines:
                step = min(_TAIL_BLOCK, position)
                position -= step
                handle.seek(position)
                data = handle.read(step) + data
    except OSError:
        return []
    text = data.decode("utf-8", errors="replace").splitlines()
    return text[-lines:] if lines > 0 else []


def _section(title: str, lines: list[str]) -> str:
    return "\n".join([f"== {title} ==", *lines])


def _package_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def _header(qt_version: str, engine_build: str) -> str:
    frozen = " (installed build)" if getattr(sys, "frozen", False) else ""
    lines = [
        "Qwen Desk diagnostics",
        f"Generated: {time.strftime('%Y-%m-%d %H:%M:%S %z')}",
        f"App: Qwen Desk {__version__}{frozen}",
        f"OS: {platform.platform()} ({platform.machine()})",
        f"Python: {platform.python_implementation()} {platform.python_version()}",
        f"Qt: {qt_version}",
        f"Inference engine: {engine_build or 'not loaded yet'}",
        "Packages: " + ", ".join(f"{n} {_package_version(n)}" for n in PACKAGES),
    ]
    return "\n".join(lines)


def _machine(profile: MachineProfile | None) -> list[str]:
    if profile is None:
        return ["(not profiled)"]
    lines = [
        describe(profile),
        f"Cores: {profile.cores_physical} physical, {profile.cores_logical} logical",
        f"Memory budget for models: {format_size(profile.memory_budget)}",
    ]
    lines += [
        f"GPU: {g.name} ({g.vendor}), {format_size(g.vram_total)}, {format_size(g.vram_free)} free"
        for g in profile.gpus
    ]
    return lines


def _model(info: ModelFactsLike | None) -> list[str]:
    if info is None:
        return ["(no model loaded)"]
    lines = [
        f"Name: {info.name}",
        f"File: {info.path}",
        f"Engine: {info.engine}",
        f"Architecture: {info.architecture}",
        f"Context: {info.n_ctx:,} loaded, {info.n_ctx_train:,} trained",
        f"Thinking: {info.thinking}",
    ]
    lines += [f"{key}: {value}" for key, value in sorted(info.details.items())]
    return lines


_TOKEN_STATES = {
    TokenStorage.NONE: "not set",
    TokenStorage.KEYCHAIN: "set (system keychain)",
    TokenStorage.SESSION: "set (this session only; no keychain found)",
}


def _token_state(store: TokenStore) -> str:
    return _TOKEN_STATES[store.status().storage]  # where it is, never what it is
