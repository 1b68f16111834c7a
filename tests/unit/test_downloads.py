"""Downloads against a fake Hub on 127.0.0.1 (tests/hub_server.py): resume, retry, verify,
pause across a restart, auth, offline, disk space, and that the token never leaks."""

from __future__ import annotations

import logging
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest

from desktop.core.hub.download_file import part_paths
from desktop.core.hub.download_http import Timeouts, hub_url, parse_content_range
from desktop.core.hub.download_util import ProgressMeter, RetryPolicy
from desktop.core.hub.downloads import (
    DownloadManager,
    DownloadRequest,
    DownloadState,
    find_partial_downloads,
    requests_for_quant,
)
from desktop.core.models.catalog import GGUFFile, GGUFQuant, GGUFSource
from desktop.core.paths import app_paths
from tests.hub_server import FakeHub

TOKEN = "hf_TestSecretTokenDoNotLeak0123456789"
REPO = "Qwen/Qwen3-0.6B-GGUF"
FAST = Timeouts(connect=2.0, stall=1.0, tick=0.02)
RETRY = RetryPolicy(max_retries=6, base_delay=0.01, max_delay=0.05)
SIZE = 3 * 1024 * 1024 + 123


@pytest.fixture
def content() -> bytes:
    return os.urandom(SIZE)


@pytest.fixture
def hub() -> Iterator[FakeHub]:
    with FakeHub(token=TOKEN) as server:
        yield server


@pytest.fixture
def models_dir() -> Path:
    return app_paths().ensure().models


def _manager(hub: FakeHub, **options: object) -> DownloadManager:
    settings: dict[str, object] = {
        "endpoint": hub.endpoint,
        "timeouts": FAST,
        "retry": RETRY,
        "token": TOKEN,
    }
    settings.update(options)
    return DownloadManager(**settings)  # type: ignore[arg-type]


def _request(models_dir: Path, name: str = "model.gguf") -> DownloadRequest:
    return DownloadRequest(REPO, name, models_dir / name)


def _cdn_gets(hub: FakeHub) -> list[str | None]:
    return [r.range for r in hub.requests if r.method == "GET" and r.path.startswith("/cdn/")]


def _run(hub: FakeHub, request: DownloadRequest, **options: object):
    with _manager(hub, **options) as manager:
        task = manager.enqueue(request)
        state = task.wait(timeout=20)
    return task, state


def test_download_completes_verifies_and_keeps_token_off_the_cdn(hub, content, models_dir):
    hub.add(REPO, "model.gguf", content, gated=True)
    calls: list[tuple[int, int, float, float | None]] = []
    with _manager(hub) as manager:
        task = manager.enqueue(_request(models_dir), on_progress=lambda *a: calls.append(a))
        assert task.wait(timeout=20) is DownloadState.DONE, task.error
    dest = models_dir / "model.gguf"
    assert dest.read_bytes() == content
    assert not any(p.exists() for p in part_paths(dest))
    assert calls[-1][:2] == (SIZE, SIZE)
    assert task.progress is not None
    assert task.progress.done_bytes == SIZE
    hub_requests = [r for r in hub.requests if r.host.startswith("127.0.0.1")]
    cdn_requests = [r for r in hub.requests if r.host.startswith("localhost")]
    assert hub_requests
    assert all(r.authorization == f"Bearer {TOKEN}" for r in hub_requests)
    assert cdn_requests
    assert all(r.authorization is None for r in cdn_requests)


def test_download_cut_five_times_completes_and_verifies(hub, content, models_dir):
    cuts = [SIZE * k // 6 for k in range(1, 6)]
    hub.add(REPO, "model.gguf", content, drop_at=list(cuts))
    task, state = _run(hub, _request(models_dir))
    assert state is DownloadState.DONE, task.error
    assert (models_dir / "model.gguf").read_bytes() == content
    # one request from 0, then one resume from each cut, never re-fetching a byte
    assert _cdn_gets(hub) == [None] + [f"bytes={c}-" for c in cuts]
    assert hub.bytes_sent == SIZE


def test_wrong_bytes_are_rejected_and_deleted(hub, content, models_dir):
    hub.add(REPO, "model.gguf", content, corrupt_at=SIZE // 2)
    task, state = _run(hub, _request(models_dir))
    assert state is DownloadState.FAILED
    assert task.error is not None
    assert "checksum" in task.error
    assert "deleted" in task.error
    dest = models_dir / "model.gguf"
    assert not dest.exists()
    assert not any(p.exists() for p in part_paths(dest))


def test_pause_quit_restart_resumes_from_saved_offset(hub, content, models_dir):
    stall = SIZE // 2
    hub.add(REPO, "model.gguf", content, stall_at=stall)
    reached = threading.Event()

    def on_progress(done: int, total: int, speed: float, eta: float | None) -> None:
        if done >= stall:
            reached.set()

    first = _manager(hub, timeouts=Timeouts(connect=2.0, stall=30.0, tick=0.02))
    task = first.enqueue(_request(models_dir), on_progress=on_progress)
    assert reached.wait(10)
    first.pause(task)
    assert task.wait(10) is DownloadState.PAUSED
    first.shutdown()  # "quit": the manager and its threads are gone
    part, sidecar = part_paths(models_dir / "model.gguf")
    assert part.stat().st_size == stall
    assert sidecar.exists()
    (partial,) = find_partial_downloads([models_dir])
    assert (partial.done_bytes, partial.total_bytes) == (stall, SIZE)
    assert partial.request == _request(models_dir)  # enough to continue after a restart

    with _manager(hub) as second:  # "restart": a new manager, same request
        again = second.enqueue(partial.request)
        assert again.wait(20) is DownloadState.DONE, again.error
    assert (models_dir / "model.gguf").read_bytes() == content
    assert _cdn_gets(hub)[-1] == f"bytes={stall}-"
    assert hub.bytes_sent < 1.1 * SIZE


def test_a_connection_that_keeps_stalling_fails_plainly(hub, content, models_dir):
    hub.add(REPO, "model.gguf", content, stall_at=100_000, stall_repeat=True)
    retry = RetryPolicy(max_retries=2, base_delay=0.01)
    quick = Timeouts(connect=2.0, stall=0.3, tick=0.02)
    task, state = _run(hub, _request(models_dir), retry=retry, timeouts=quick)
    assert state is DownloadState.FAILED
    assert task.error is not None
    assert task.error.startswith("Could not download")
    assert "the connection stalled" in task.error
    assert "continues where it stopped" in task.error
    assert part_paths(models_dir / "model.gguf")[0].stat().st_size == 100_000
    assert len(_cdn_gets(hub)) == 1 + 2  # the first request, then the two retries


def test_stall_reports_zero_speed_then_retries(hub, content, models_dir):
    hub.add(REPO, "model.gguf", content, stall_at=SIZE // 3)
    calls: list[tuple[int, int, float, float | None]] = []
    with _manager(hub) as manager:
        task = manager.enqueue(_request(models_dir), on_progress=lambda *a: calls.append(a))
        assert task.wait(20) is DownloadState.DONE, task.error
    stalled = [c for c in calls if c[0] == SIZE // 3 and c[2] == 0.0]
    assert stalled
    assert all(c[3] is None for c in stalled)
    assert _cdn_gets(hub) == [None, f"bytes={SIZE // 3}-"]


def test_server_ignoring_range_restarts_from_zero(hub, content, models_dir):
    hub.add(REPO, "model.gguf", content, drop_at=[SIZE // 2], ignore_range=True)
    task, state = _run(hub, _request(models_dir))
    assert state is DownloadState.DONE, task.error
    assert (models_dir / "model.gguf").read_bytes() == content
    assert hub.bytes_sent == SIZE // 2 + SIZE


def test_changed_remote_file_restarts_instead_of_resuming(hub, content, models_dir):
    dest = models_dir / "model.gguf"
    part, sidecar = part_paths(dest)
    part.write_bytes(b"old bytes of another version")
    sidecar.write_text('{"version": 1, "url": "x", "size": 5, "sha256": null, "etag": "old"}')
    hub.add(REPO, "model.gguf", content)
    task, state = _run(hub, _request(models_dir))
    assert state is DownloadState.DONE, task.error
    assert dest.read_bytes() == content
    assert _cdn_gets(hub) == [None]


def test_disk_space_shortage_is_refused_up_front(hub, content, models_dir):
    hub.add(REPO, "model.gguf", content)
    task, state = _run(hub, _request(models_dir), disk_usage=lambda p: SimpleNamespace(free=1000))
    assert state is DownloadState.FAILED
    assert task.error is not None
    assert "Not enough disk space" in task.error
    assert "needs 3.0 MiB" in task.error
    assert _cdn_gets(hub) == []


@pytest.mark.parametrize("token", [None, "hf_wrong"])
def test_gated_repo_without_a_valid_token_says_so(hub, content, models_dir, token):
    hub.add(REPO, "model.gguf", content, gated=True)
    task, state = _run(hub, _request(models_dir), token=token)
    assert state is DownloadState.FAILED
    assert task.error is not None
    assert "gated or private" in task.error
    assert "token" in task.error
    assert "licence" in task.error


def test_missing_file_is_a_plain_not_found(hub, models_dir):
    task, state = _run(hub, _request(models_dir, "nope.gguf"))
    assert state is DownloadState.FAILED
    assert task.error == (
        f"{REPO}/nope.gguf was not found on Hugging Face. It may have been renamed or removed;"
        " refresh the catalog and try again."
    )


def test_offline_switch_refuses_without_touching_the_network(hub, content, models_dir):
    hub.add(REPO, "model.gguf", content)
    task, state = _run(hub, _request(models_dir), offline=lambda: True)
    assert state is DownloadState.FAILED
    assert task.error is not None
    assert task.error.startswith("Offline mode is on")
    assert hub.requests == []


def test_unreachable_hub_gives_a_plain_error_quickly(models_dir):
    with FakeHub() as gone:
        endpoint = gone.endpoint  # a port that nobody listens on once the server stops
    manager = DownloadManager(endpoint=endpoint, timeouts=FAST, retry=RETRY)
    with manager:
        task = manager.enqueue(_request(models_dir))
        assert task.wait(10) is DownloadState.FAILED
    assert task.error is not None
    assert task.error.startswith("Could not reach Hugging Face")
    assert "Check your internet connection" in task.error


def test_cancel_stops_and_deletes_the_partial_file(hub, content, models_dir):
    hub.add(REPO, "model.gguf", content, stall_at=SIZE // 4)
    with _manager(hub, timeouts=Timeouts(connect=2.0, stall=30.0, tick=0.02)) as manager:
        task = manager.enqueue(_request(models_dir))
        assert hub.stall_reached.wait(10)
        manager.cancel(task)
        assert task.wait(10) is DownloadState.CANCELLED
    assert not any(p.exists() for p in part_paths(models_dir / "model.gguf"))


def test_listeners_hear_every_change_from_the_download_thread(hub, content, models_dir):
    hub.add(REPO, "model.gguf", content)
    heard: list[tuple[DownloadState, int, str]] = []

    def listener(task) -> None:
        done = task.progress.done_bytes if task.progress else 0
        heard.append((task.state, done, threading.current_thread().name))

    with _manager(hub) as manager:
        unsubscribe = manager.subscribe(listener)
        task = manager.enqueue(_request(models_dir))
        assert task.wait(20) is DownloadState.DONE, task.error
        unsubscribe()
        count = len(heard)
        missing = manager.enqueue(_request(models_dir, "missing.gguf"))
        assert missing.wait(20) is DownloadState.FAILED
        assert len(heard) == count, "an unsubscribed listener hears nothing more"
    assert manager.running_threads == 0, "shutdown joined the download threads"
    states = [state for state, _, _ in heard]
    assert states[0] is DownloadState.QUEUED
    assert states[-1] is DownloadState.DONE
    progress = [done for state, done, _ in heard if state is DownloadState.RUNNING]
    assert len(progress) > 2, "progress reports reach listeners too"
    assert progress == sorted(progress)
    assert any(name.startswith("download-") for _, _, name in heard)


def test_queue_runs_downloads_two_at_a_time(hub, models_dir):
    blobs = {f"part-{i}.gguf": os.urandom(200_000 + i) for i in range(4)}
    for name, blob in blobs.items():
        hub.add(REPO, name, blob)
    states: list[tuple[int, DownloadState]] = []
    lock = threading.Lock()

    def on_state(task) -> None:
        with lock:
            states.append((task.id, task.state))

    with _manager(hub, max_parallel=2, on_state_changed=on_state) as manager:
        tasks = [manager.enqueue(_request(models_dir, name)) for name in blobs]
        assert [t.wait(20) for t in tasks] == [DownloadState.DONE] * 4
    for name, blob in blobs.items():
        assert (models_dir / name).read_bytes() == blob
    running = 0
    for _, state in states:  # never more than two at once
        running += {DownloadState.RUNNING: 1, DownloadState.DONE: -1}.get(state, 0)
        assert running <= 2


def test_token_appears_in_no_file_log_or_message(hub, content, models_dir, app_home, caplog):
    caplog.set_level(logging.DEBUG)
    hub.add(REPO, "good.gguf", content, gated=True)
    hub.add(REPO, "bad.gguf", content, gated=True, corrupt_at=10)
    hub.add(REPO, "cut.gguf", content, gated=True, stall_at=SIZE // 2)
    texts: list[str] = []
    with _manager(hub, timeouts=Timeouts(connect=2.0, stall=30.0, tick=0.02)) as manager:
        tasks = [manager.enqueue(_request(models_dir, n)) for n in ("good.gguf", "bad.gguf")]
        tasks.append(manager.enqueue(_request(models_dir, "missing.gguf")))
        for task in tasks:
            task.wait(20)
        paused = manager.enqueue(_request(models_dir, "cut.gguf"))
        assert hub.stall_reached.wait(10)
        manager.pause(paused)
        paused.wait(10)
        tasks.append(paused)
        texts += [repr(t) for t in tasks] + [str(t.error) for t in tasks]
    texts += [record.getMessage() for record in caplog.records]
    assert [t.state for t in tasks] == [
        DownloadState.DONE,
        DownloadState.FAILED,
        DownloadState.FAILED,
        DownloadState.PAUSED,
    ]
    assert part_paths(models_dir / "cut.gguf")[1].exists()  # a sidecar was written
    assert not any(TOKEN in text for text in texts)
    written = [p for p in app_home.rglob("*") if p.is_file()]
    assert len(written) >= 3
    assert not any(TOKEN.encode() in p.read_bytes() for p in written)


def test_progress_meter_throttles_and_reports_speed_and_eta():
    now = [0.0]
    calls: list[tuple[int, int, float, float | None]] = []
    meter = ProgressMeter(1000, lambda *a: calls.append(a), idle_after=0.25, clock=lambda: now[0])
    for step in range(1, 101):  # 100 updates in one second: 10 bytes each, then nothing
        now[0] = step * 0.01
        meter.update(step * 10 if step <= 50 else 500)
    assert 9 <= len(calls) <= 11  # at most ~10 per second
    done, total, speed, eta = calls[4]
    assert total == 1000
    assert speed == pytest.approx(1000.0, rel=0.05)
    assert eta == pytest.approx((1000 - done) / speed)
    assert calls[-1][2] == 0.0
    assert calls[-1][3] is None
    now[0] = 3.0
    meter.update(600, force=True)  # forced calls are never throttled
    assert calls[-1][:2] == (600, 1000)


def test_retry_backoff_is_exponential_and_capped():
    policy = RetryPolicy(max_retries=5, base_delay=1.0, max_delay=10.0)
    assert [policy.delay(n) for n in range(1, 7)] == [1.0, 2.0, 4.0, 8.0, 10.0, 10.0]


def test_hub_url_and_content_range():
    url = hub_url("Qwen/Qwen3-8B-GGUF", "Q4 K/a+b.gguf", "main", "https://hf.example/")
    assert url == "https://hf.example/Qwen/Qwen3-8B-GGUF/resolve/main/Q4%20K/a%2Bb.gguf"
    assert parse_content_range("bytes 100-199/1000") == (100, 1000)
    assert parse_content_range("bytes 0-0/*") == (0, None)
    assert parse_content_range("nonsense") is None


def test_requests_for_a_split_quant_cover_every_part(tmp_path):
    files = tuple(GGUFFile(f"m-q4_k_m-0000{i}-of-00002.gguf", 10 * i) for i in (1, 2))
    source = GGUFSource("Qwen/M-GGUF", "main", True, (GGUFQuant("Q4_K_M", files, False),))
    requests = requests_for_quant(source, source.quants[0], tmp_path)
    assert [r.dest for r in requests] == [tmp_path / "M-GGUF" / f.filename for f in files]
    assert [r.size for r in requests] == [10, 20]


def test_free_space_check_uses_the_destination_folder(hub, content, models_dir):
    hub.add(REPO, "model.gguf", content)
    asked: list[Path] = []

    def disk_usage(path: Path):
        asked.append(Path(path))
        return shutil.disk_usage(path)

    task, state = _run(hub, _request(models_dir), disk_usage=disk_usage)
    assert task.error is None
    assert state is DownloadState.DONE
    assert asked == [models_dir]
