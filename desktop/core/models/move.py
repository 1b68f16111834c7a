"""Move the models folder's contents to a new folder, model by model.

A model is one top-level entry of the folder (a download's folder, an MLX folder, a GGUF
file) grouped with its split parts and its partial download (``.part`` + ``.part.json``).
On one filesystem each entry is renamed (instant). Across filesystems each model is copied
into hidden staging names in 8 MiB chunks with fsync, its sizes are checked, the staging
names are renamed into place, and only then are the source files deleted. Cancelling stops
between chunks and drops the model being copied, so every model is complete in exactly one
of the two folders (both, at worst, after a crash between the rename and the delete).
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import re
import shutil
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.i18n import translate
from desktop.core.units import format_size

log = logging.getLogger(__name__)

__all__ = ["ModelEntry", "MoveError", "MoveResult", "move_models", "plan_move"]

CHUNK_SIZE = 8 * 1024 * 1024
STAGING_SUFFIX = ".qwen-desk-moving"
Progress = Callable[[int, int], None]
DiskUsage = Callable[[Path], Any]  # shutil.disk_usage: returns an object with .free
_SPLIT = re.compile(r"^(?P<base>.+)-\d{5}-of-\d{5}\.gguf$", re.IGNORECASE)


class MoveError(Exception):
    """The move was refused before anything moved; the message is a plain sentence."""


class _Cancelled(Exception):
    pass


@dataclass(frozen=True)
class ModelEntry:
    """One model to move: its top-level paths in the source folder and their bytes."""

    name: str
    paths: tuple[Path, ...]
    size: int


@dataclass(frozen=True)
class MoveResult:
    """What moved. ``left`` names the models still in the old folder (cancel or error)."""

    source: Path
    destination: Path
    moved: tuple[str, ...] = ()
    left: tuple[str, ...] = ()
    moved_bytes: int = 0
    total_bytes: int = 0
    copied: bool = False  # True when bytes were copied (another drive), not renamed
    cancelled: bool = False
    error: str = ""
    moved_paths: frozenset[str] = field(default_factory=frozenset)  # top-level names

    @property
    def complete(self) -> bool:
        return not self.cancelled and not self.error and not self.left

    def relocated(self, path: Path) -> Path:
        """Where ``path`` (a file in the old folder) is now; itself when it did not move."""
        for candidate in (path, path.expanduser().resolve()):
            if candidate.is_relative_to(self.source):
                relative = candidate.relative_to(self.source)
                if relative.parts and relative.parts[0] in self.moved_paths:
                    return self.destination / relative
        return path


def _unit_key(name: str) -> str:
    """Group a split GGUF's parts and a partial download's files under one name."""
    base = name
    for suffix in (".part.json", ".part"):
        if base.endswith(suffix):
            base = base.removesuffix(suffix)
            break
    match = _SPLIT.match(base)
    return match["base"] if match else base


def _files(path: Path) -> Iterator[Path]:
    """Every file and link under ``path`` (itself if it is one), links not followed."""
    if path.is_dir() and not path.is_symlink():
        for root, dirs, names in os.walk(path):
            dirs.sort()
            for name in sorted(names + [d for d in dirs if Path(root, d).is_symlink()]):
                yield Path(root, name)
    else:
        yield path


def _folders(path: Path) -> list[Path]:
    """``path`` and every folder below it, when it is a real folder (links not followed)."""
    if not path.is_dir() or path.is_symlink():
        return []
    return [Path(root) for root, _, _ in os.walk(path)]


def _size(path: Path) -> int:
    return 0 if path.is_symlink() else path.stat().st_size


def plan_move(source: Path) -> list[ModelEntry]:
    """The models in ``source``, each with its top-level paths (staging leftovers skipped)."""
    if not source.is_dir():
        return []
    groups: dict[str, list[Path]] = {}
    for child in sorted(source.iterdir()):
        if child.name.endswith(STAGING_SUFFIX):
            continue
        groups.setdefault(_unit_key(child.name), []).append(child)
    return [
        ModelEntry(key, tuple(paths), sum(_size(f) for p in paths for f in _files(p)))
        for key, paths in groups.items()
    ]


def _existing(path: Path) -> Path:
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class _Mover:
    """The state of one move: bytes done, and the reporting and cancel hooks."""

    def __init__(self, progress: Progress, cancel: threading.Event, total: int, chunk: int):
        self.progress = progress
        self.cancel = cancel
        self.total = total
        self.chunk = chunk
        self.done = 0

    def advance(self, n: int) -> None:
        if n:
            self.done += n
            self.progress(self.done, self.total)

    def copy_file(self, src: Path, dst: Path) -> None:
        if src.is_symlink():
            os.symlink(os.readlink(src), dst)
            return
        expected = src.stat().st_size
        with open(src, "rb") as reader, open(dst, "wb") as writer:
            while block := reader.read(self.chunk):
                if self.cancel.is_set():
                    raise _Cancelled
                writer.write(block)
                self.advance(len(block))
            writer.flush()
            os.fsync(writer.fileno())
        shutil.copystat(src, dst)
        if dst.stat().st_size != expected:
            raise OSError(errno.EIO, f"{dst.name} came out at the wrong size")

    def copy_entry(self, entry: ModelEntry, destination: Path) -> None:
        """Copy into staging names, rename into place, then delete the source files."""
        staged: list[tuple[Path, Path]] = []
        placed: list[Path] = []
        copied: list[Path] = []
        try:
            for path in entry.paths:
                staging = destination / f".{path.name}{STAGING_SUFFIX}"
                _remove(staging)  # a leftover from a move that crashed
                staged.append((staging, destination / path.name))
                if path.is_dir() and not path.is_symlink():
                    for folder in _folders(path):
                        (staging / folder.relative_to(path)).mkdir(parents=True, exist_ok=True)
                    for file in _files(path):
                        self.copy_file(file, staging / file.relative_to(path))
                        copied.append(file)
                else:
                    self.copy_file(path, staging)
                    copied.append(path)
            for staging, final in staged:
                os.replace(staging, final)
                placed.append(final)
            _fsync_dir(destination)
        except BaseException:
            for path in [s for s, _ in staged] + placed:  # the source is still whole
                _remove(path)
            raise
        for file in copied:  # the model is whole in its new place; leftovers are only clutter
            try:
                file.unlink(missing_ok=True)
            except OSError as exc:
                log.warning("could not delete %s after copying it: %s", file, exc)
        for path in entry.paths:  # folders go only if nothing new appeared in them
            for folder in sorted(_folders(path), key=lambda f: -len(f.parts)):
                with contextlib.suppress(OSError):
                    folder.rmdir()

    def rename_entry(self, entry: ModelEntry, destination: Path) -> None:
        """Rename each path; put back what moved if one of them fails."""
        moved: list[tuple[Path, Path]] = []
        try:
            for path in entry.paths:
                target = destination / path.name
                os.replace(path, target)
                moved.append((path, target))
        except OSError:
            for path, target in reversed(moved):
                os.replace(target, path)
            raise
        self.advance(entry.size)


def _check(source: Path, destination: Path, entries: list[ModelEntry]) -> None:
    if destination == source:
        raise MoveError(
            translate("ModelsFolder", "{destination} is already the models folder.").format(
                destination=destination
            )
        )
    if destination.is_relative_to(source):
        raise MoveError(
            translate(
                "ModelsFolder",
                "{destination} is inside the current models folder. Choose a folder outside "
                "{source}.",
            ).format(destination=destination, source=source)
        )
    if destination.exists() and not destination.is_dir():
        raise MoveError(
            translate(
                "ModelsFolder", "{destination} is a file, not a folder. Choose a folder."
            ).format(destination=destination)
        )
    clashes = [
        path.name
        for entry in entries
        for path in entry.paths
        if (destination / path.name).exists() or (destination / path.name).is_symlink()
    ]
    if clashes:
        names = ", ".join(clashes[:3])
        if len(clashes) > 3:
            text = translate(
                "ModelsFolder",
                "The new folder already has {names} and {more} more. Move or delete them there "
                "first, or choose another folder.",
            )
        elif len(clashes) == 1:
            text = translate(
                "ModelsFolder",
                "The new folder already has {names}. Move or delete it there first, or choose "
                "another folder.",
            )
        else:
            text = translate(
                "ModelsFolder",
                "The new folder already has {names}. Move or delete them there first, or choose "
                "another folder.",
            )
        raise MoveError(text.format(names=names, more=len(clashes) - 3))


def _same_filesystem(source: Path, destination: Path) -> bool:
    return os.stat(source).st_dev == os.stat(_existing(destination)).st_dev


def move_models(
    src: Path,
    dst: Path,
    progress: Progress,
    cancel: threading.Event,
    *,
    force_copy: bool = False,
    disk_usage: DiskUsage = shutil.disk_usage,
    chunk_size: int = CHUNK_SIZE,
) -> MoveResult:
    """Move every model from ``src`` into ``dst``; :class:`MoveError` if refused up front.

    ``progress(done_bytes, total_bytes)`` is called from this thread and never goes back.
    """
    source, destination = src.expanduser().resolve(), dst.expanduser().resolve()
    entries = plan_move(source)
    _check(source, destination, entries)
    total = sum(entry.size for entry in entries)
    copying = bool(entries) and (force_copy or not _same_filesystem(source, destination))
    if copying:
        free = int(disk_usage(_existing(destination)).free)
        if free < total:
            raise MoveError(
                translate(
                    "ModelsFolder",
                    "Moving the models needs {size} free in {destination}, but that drive has "
                    "only {free} free. Free some space or choose another folder.",
                ).format(size=format_size(total), destination=destination, free=format_size(free))
            )
    destination.mkdir(parents=True, exist_ok=True)
    mover = _Mover(progress, cancel, total, max(1, chunk_size))
    progress(0, total)
    moved: list[ModelEntry] = []
    error = ""
    cancelled = False
    for entry in entries:
        if cancel.is_set():
            cancelled = True
            break
        try:
            if copying:
                mover.copy_entry(entry, destination)
            else:
                try:
                    mover.rename_entry(entry, destination)
                except OSError as exc:
                    if exc.errno != errno.EXDEV:  # another drive after all: copy this one
                        raise
                    mover.copy_entry(entry, destination)
        except _Cancelled:
            cancelled = True
            break
        except OSError as exc:
            error = translate(
                "ModelsFolder",
                "Could not move {name}: {error}. It is still in {source}; check the new "
                "folder's drive and try again.",
            ).format(name=entry.name, error=exc.strerror or exc, source=source)
            break
        moved.append(entry)
    return MoveResult(
        source=source,
        destination=destination,
        moved=tuple(entry.name for entry in moved),
        left=tuple(entry.name for entry in entries[len(moved) :]),
        moved_bytes=sum(entry.size for entry in moved),
        total_bytes=total,
        copied=copying,
        cancelled=cancelled,
        error=error,
        moved_paths=frozenset(path.name for entry in moved for path in entry.paths),
    )
