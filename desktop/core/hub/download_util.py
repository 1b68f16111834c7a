"""Small parts of a download: pause/cancel control, retry policy, throttled progress, and
sha256 computed on a helper thread so hashing overlaps network and disk."""

from __future__ import annotations

import hashlib
import os
import queue
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

# Bytes per read/write/hash step. Measured on loopback (2 vCPUs, 500 MB, median of 4):
# 256 KiB reached 0.77-0.83 x curl; 1 MiB 0.59 and erratic; 4 MiB 0.42. Chunks that stay in
# L2 cache while they are received, written and hashed are what matters.
CHUNK_SIZE = 256 * 1024
ProgressCallback = Callable[[int, int, float, float | None], None]


class DownloadInterrupted(Exception):
    """Paused or cancelled on request (not an error)."""


class DownloadPaused(DownloadInterrupted):
    pass


class DownloadCancelled(DownloadInterrupted):
    pass


class DownloadPausedOffline(DownloadPaused):
    """Paused because offline mode was switched on; resumable like any pause."""


@dataclass(frozen=True)
class RetryPolicy:
    max_retries: int = 8  # consecutive failures without a byte of progress
    # before the first byte (asking the Hub about the file): few, so that an unreachable Hub
    # is reported within about a minute rather than after many timeouts
    metadata_retries: int = 2
    base_delay: float = 1.0
    max_delay: float = 30.0

    def delay(self, failures: int) -> float:
        return min(self.max_delay, self.base_delay * 2 ** max(0, failures - 1))


class Control:
    """Pause and cancel requests for one running download, from any thread."""

    def __init__(self) -> None:
        self._wake = threading.Event()
        self.paused = False
        self.offline = False  # the pause is offline mode's
        self.cancelled = False

    def pause(self) -> None:
        self.paused = True
        self._wake.set()

    def pause_offline(self) -> None:
        self.offline = True
        self.pause()

    def cancel(self) -> None:
        self.cancelled = True
        self._wake.set()

    def check(self) -> None:
        if self.cancelled:
            raise DownloadCancelled()
        if self.paused:
            raise DownloadPausedOffline() if self.offline else DownloadPaused()

    def sleep(self, seconds: float) -> None:
        """Wait, waking early (and raising) on pause or cancel."""
        self._wake.wait(seconds)
        self.check()


class ProgressMeter:
    """Throttled progress: at most one call per ``interval``, speed over a short window,
    0 B/s once no byte has arrived for ``idle_after`` seconds."""

    def __init__(
        self,
        total: int,
        callback: ProgressCallback | None,
        *,
        interval: float = 0.1,
        window: float = 2.0,
        idle_after: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.total = total
        self._callback = callback
        self._interval = interval
        self._window = window
        self._idle_after = idle_after
        self._clock = clock
        self._samples: deque[tuple[float, int]] = deque()
        self._last_emit = float("-inf")
        self._last_change = clock()
        self.done = 0

    def reset(self, done: int) -> None:
        self._samples.clear()
        self.done = done
        self._last_change = self._clock()

    def speed(self, now: float) -> float:
        if now - self._last_change >= self._idle_after or len(self._samples) < 2:
            return 0.0
        (t0, d0), (t1, d1) = self._samples[0], self._samples[-1]
        return (d1 - d0) / (t1 - t0) if t1 > t0 else 0.0

    def update(self, done: int, *, force: bool = False) -> None:
        now = self._clock()
        if done != self.done:
            self._last_change = now
        self.done = done
        self._samples.append((now, done))
        while len(self._samples) > 2 and now - self._samples[0][0] > self._window:
            self._samples.popleft()
        if self._callback is None or (not force and now - self._last_emit < self._interval):
            return
        self._last_emit = now
        speed = self.speed(now)
        eta = (self.total - done) / speed if speed > 0 else None
        self._callback(done, self.total, speed, eta)


def _datasync(fd: int) -> None:
    try:
        getattr(os, "fdatasync", os.fsync)(fd)
    except OSError:
        pass  # the final fsync on the writer's thread reports real trouble


class PipelinedHasher:
    """sha256 of a byte stream, computed on its own thread.

    The writer takes a buffer with :meth:`buffer`, fills it, and hands it over with
    :meth:`submit` (or :meth:`give_back` unused). ``depth`` buffers circulate, which bounds
    memory and makes a writer that outruns the hash wait. With ``sync_fd`` the thread also
    flushes that file to disk every ``sync_every`` bytes, so the final fsync is short and
    gigabytes of unwritten pages never pile up. Use as a context manager: the thread is
    always joined.
    """

    _STOP = object()
    _RESET = object()

    def __init__(
        self,
        depth: int = 16,
        chunk_size: int = CHUNK_SIZE,
        sync_fd: int | None = None,
        sync_every: int = 32 * 1024 * 1024,
    ) -> None:
        self._sync_fd = sync_fd
        self._sync_every = sync_every
        self._unsynced = 0
        self._free: queue.SimpleQueue[bytearray] = queue.SimpleQueue()
        for _ in range(depth):
            self._free.put(bytearray(chunk_size))
        self._todo: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._hash = hashlib.sha256()
        self._thread = threading.Thread(target=self._loop, name="sha256", daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        while True:
            item = self._todo.get()
            if item is self._STOP:
                return
            if item is self._RESET:
                self._hash = hashlib.sha256()
                continue
            if isinstance(item, tuple):
                buffer, n = item
                self._hash.update(memoryview(buffer)[:n])
                self._free.put(buffer)
                self._unsynced += n
                if self._sync_fd is not None and self._unsynced >= self._sync_every:
                    self._unsynced = 0
                    _datasync(self._sync_fd)

    def buffer(self) -> bytearray:
        return self._free.get()

    def submit(self, buffer: bytearray, n: int) -> None:
        self._todo.put((buffer, n))

    def give_back(self, buffer: bytearray) -> None:
        self._free.put(buffer)

    def reset(self) -> None:
        """Start over (the bytes submitted so far no longer count)."""
        self._todo.put(self._RESET)

    def hexdigest(self) -> str:
        self.close()
        return self._hash.hexdigest()

    def close(self) -> None:
        if self._thread.is_alive():
            self._todo.put(self._STOP)
            self._thread.join()

    def __enter__(self) -> PipelinedHasher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
