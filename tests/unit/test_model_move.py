"""Moving the models folder: rename or copy, progress, cancel, space and place checks."""

from __future__ import annotations

import threading
from pathlib import Path
from types import SimpleNamespace

import pytest

from desktop.core.models.move import STAGING_SUFFIX, MoveError, move_models, plan_move

# name -> {relative path: size}; each is one model as the move sees it
MODELS: dict[str, dict[str, int]] = {
    "Qwen3-0.6B-GGUF": {
        "Qwen3-0.6B-GGUF/Qwen3-0.6B-Q8_0.gguf": 3000,
        "Qwen3-0.6B-GGUF/Qwen3-0.6B-Q4_K_M.gguf.part": 1200,
        "Qwen3-0.6B-GGUF/Qwen3-0.6B-Q4_K_M.gguf.part.json": 80,
    },
    "qwen3-mlx": {"qwen3-mlx/config.json": 40, "qwen3-mlx/weights/model.safetensors": 2500},
    "big": {"big-00001-of-00002.gguf": 2000, "big-00002-of-00002.gguf": 1500},
    "loose.gguf": {"loose.gguf": 900, "loose.gguf.part": 300, "loose.gguf.part.json": 60},
}


def _content(relative: str, size: int) -> bytes:
    seed = relative.encode()
    return (seed * (size // len(seed) + 1))[:size]


def _fill(root: Path) -> None:
    for files in MODELS.values():
        for relative, size in files.items():
            path = root / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(_content(relative, size))


def _whole_in(root: Path, name: str) -> bool:
    return all(
        (root / rel).is_file() and (root / rel).read_bytes() == _content(rel, size)
        for rel, size in MODELS[name].items()
    )


def _absent_from(root: Path, name: str) -> bool:
    return not any((root / rel).exists() for rel in MODELS[name])


TOTAL = sum(size for files in MODELS.values() for size in files.values())


class Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple[int, int]] = []

    def __call__(self, done: int, total: int) -> None:
        self.calls.append((done, total))

    def assert_monotonic(self, total: int) -> None:
        dones = [done for done, _ in self.calls]
        assert dones == sorted(dones)
        assert {t for _, t in self.calls} == {total}
        assert all(0 <= done <= total for done in dones)


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    src, dst = tmp_path / "old", tmp_path / "new" / "models"
    _fill(src)
    return src, dst


def test_plan_groups_parts_and_partials(folders: tuple[Path, Path]) -> None:
    src, _ = folders
    plan = {entry.name: entry for entry in plan_move(src)}
    assert set(plan) == set(MODELS)
    assert [p.name for p in plan["big"].paths] == [
        "big-00001-of-00002.gguf",
        "big-00002-of-00002.gguf",
    ]
    assert len(plan["loose.gguf"].paths) == 3
    assert plan["qwen3-mlx"].size == 2540


def test_same_filesystem_renames(folders: tuple[Path, Path]) -> None:
    src, dst = folders
    inode = (src / "big-00001-of-00002.gguf").stat().st_ino
    progress = Recorder()
    result = move_models(src, dst, progress, threading.Event())
    assert result.complete
    assert not result.copied
    assert sorted(result.moved) == sorted(MODELS)
    for name in MODELS:
        assert _whole_in(dst, name)
        assert _absent_from(src, name)
    assert (dst / "big-00001-of-00002.gguf").stat().st_ino == inode  # renamed, not copied
    progress.assert_monotonic(TOTAL)
    assert progress.calls[-1] == (TOTAL, TOTAL)
    assert result.relocated(src / "qwen3-mlx" / "config.json") == dst / "qwen3-mlx/config.json"


def test_copy_across_filesystems(folders: tuple[Path, Path]) -> None:
    src, dst = folders
    progress = Recorder()
    result = move_models(src, dst, progress, threading.Event(), force_copy=True, chunk_size=512)
    assert result.complete
    assert result.copied
    assert result.moved_bytes == result.total_bytes == TOTAL
    for name in MODELS:
        assert _whole_in(dst, name)
        assert _absent_from(src, name)
    assert not (src / "qwen3-mlx").exists()  # emptied folders go too
    assert not list(dst.rglob(f"*{STAGING_SUFFIX}"))
    progress.assert_monotonic(TOTAL)
    assert progress.calls[0] == (0, TOTAL)
    assert progress.calls[-1] == (TOTAL, TOTAL)
    assert len(progress.calls) > 2 * len(MODELS)  # reported per chunk, not per model


def test_cancel_mid_way_leaves_each_model_whole_in_one_place(folders: tuple[Path, Path]) -> None:
    src, dst = folders
    cancel = threading.Event()
    progress = Recorder()

    def report(done: int, total: int) -> None:
        progress(done, total)
        if done >= TOTAL // 2:
            cancel.set()

    result = move_models(src, dst, report, cancel, force_copy=True, chunk_size=256)
    assert result.cancelled
    assert not result.complete
    assert result.moved
    assert result.left
    assert set(result.moved) | set(result.left) == set(MODELS)
    for name in result.moved:
        assert _whole_in(dst, name)
        assert _absent_from(src, name)
    for name in result.left:
        assert _whole_in(src, name)
        assert _absent_from(dst, name)
    assert not list(dst.rglob(f"*{STAGING_SUFFIX}"))
    assert not list(dst.glob(".*"))
    progress.assert_monotonic(TOTAL)
    # running it again moves the rest
    again = move_models(src, dst, Recorder(), threading.Event(), force_copy=True)
    assert set(again.moved) == set(result.left)
    assert again.complete
    assert all(_whole_in(dst, name) for name in MODELS)


def test_cancel_before_start_moves_nothing(folders: tuple[Path, Path]) -> None:
    src, dst = folders
    cancel = threading.Event()
    cancel.set()
    result = move_models(src, dst, Recorder(), cancel)
    assert result.cancelled
    assert result.moved == ()
    assert all(_whole_in(src, name) for name in MODELS)


def test_not_enough_space_is_refused(folders: tuple[Path, Path]) -> None:
    src, dst = folders
    seen: list[Path] = []

    def usage(path: Path) -> SimpleNamespace:
        seen.append(path)
        return SimpleNamespace(free=TOTAL - 1)

    with pytest.raises(MoveError, match=r"needs 11.3 KiB free .* has only 11.3 KiB free"):
        move_models(src, dst, Recorder(), threading.Event(), force_copy=True, disk_usage=usage)
    assert seen == [dst.parent.parent]  # the nearest folder that exists
    assert not dst.exists()
    assert all(_whole_in(src, name) for name in MODELS)
    enough = move_models(
        src,
        dst,
        Recorder(),
        threading.Event(),
        force_copy=True,
        disk_usage=lambda _: SimpleNamespace(free=TOTAL),
    )
    assert enough.complete


def test_a_destination_inside_the_source_is_refused(folders: tuple[Path, Path]) -> None:
    src, _ = folders
    with pytest.raises(MoveError, match="inside the current models folder"):
        move_models(src, src / "sub", Recorder(), threading.Event())
    with pytest.raises(MoveError, match="already the models folder"):
        move_models(src, src, Recorder(), threading.Event())
    assert all(_whole_in(src, name) for name in MODELS)


def test_a_name_already_in_the_destination_is_refused(folders: tuple[Path, Path]) -> None:
    src, dst = folders
    dst.mkdir(parents=True)
    (dst / "loose.gguf").write_bytes(b"other")
    with pytest.raises(MoveError, match=r"already has loose\.gguf"):
        move_models(src, dst, Recorder(), threading.Event())
    assert (dst / "loose.gguf").read_bytes() == b"other"
    assert all(_whole_in(src, name) for name in MODELS)


def test_a_failed_copy_keeps_the_model_in_the_old_folder(
    folders: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    src, dst = folders
    real_replace = __import__("os").replace

    def failing_replace(a: object, b: object) -> None:
        if "big-00002" in str(b):
            raise OSError(28, "No space left on device")
        real_replace(a, b)

    monkeypatch.setattr("desktop.core.models.move.os.replace", failing_replace)
    result = move_models(src, dst, Recorder(), threading.Event(), force_copy=True)
    assert "Could not move big: No space left on device" in result.error
    assert "big" in result.left
    assert "big" not in result.moved
    assert _whole_in(src, "big")
    assert _absent_from(dst, "big")
    assert not list(dst.glob(".*"))


def test_an_empty_or_missing_source_moves_nothing(tmp_path: Path) -> None:
    result = move_models(tmp_path / "none", tmp_path / "new", Recorder(), threading.Event())
    assert result.complete
    assert result.moved == ()
    assert result.total_bytes == 0
