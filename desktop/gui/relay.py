"""Hand a "something changed" nudge from any thread to a callback on the GUI thread.

A :class:`Relay` is the one place where a worker thread reaches Qt: :meth:`Relay.post` emits
a queued signal of an object living on the GUI thread, and that object calls the callback
there. Posts are coalesced (many posts before the call make one call) and throttled, so a
thread reporting thousands of times a second costs the window a few repaints at most.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from shiboken6 import isValid


class Gate:
    """A lock and a closed flag shared with worker threads: once closed, nothing is emitted
    to the objects behind it (they may be about to be destroyed)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.closed = False

    def close(self) -> None:
        with self.lock:
            self.closed = True


class Relay(QObject):
    """Calls ``callback`` on the GUI thread soon after :meth:`post` is called from any thread.

    The first call comes at once; later ones at most every ``min_interval_s``, and the last
    post is never lost. After :meth:`close`, or once the relay is destroyed, posts do nothing.
    """

    _posted = Signal()

    def __init__(
        self,
        callback: Callable[[], None],
        *,
        min_interval_s: float = 0.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._callback = callback
        self._interval = min_interval_s
        self._gate = Gate()
        self._pending = False  # guarded by the gate's lock
        self._last = -math.inf
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fire)
        # Queued even from the GUI thread, so the callback never runs inside post().
        self._posted.connect(self._on_posted, Qt.ConnectionType.QueuedConnection)
        gate = self._gate
        self.destroyed.connect(lambda *_: gate.close())  # no reference to self: it is dying

    @property
    def pending(self) -> bool:
        """Whether a post is waiting for its call."""
        with self._gate.lock:
            return self._pending and not self._gate.closed

    def post(self) -> None:
        """Ask for a call on the GUI thread (safe from any thread)."""
        gate = self._gate
        with gate.lock:  # emitting under the lock: close() cannot slip in between
            if gate.closed or self._pending or not isValid(self):
                return
            self._pending = True
            try:
                self._posted.emit()
            except RuntimeError:  # destroyed this instant, before its gate closed
                self._pending = False

    def flush(self) -> None:
        """Make the pending call now (GUI thread), throttle or not."""
        self._timer.stop()
        self._fire()

    def close(self) -> None:
        """Drop any pending call and ignore every later post."""
        self._gate.close()
        self._timer.stop()

    def _on_posted(self) -> None:
        wait = self._last + self._interval - time.monotonic()
        if wait <= 0:
            self._fire()
        elif not self._timer.isActive():
            self._timer.start(max(1, math.ceil(wait * 1000)))

    def _fire(self) -> None:
        with self._gate.lock:
            if not self._pending or self._gate.closed:
                return
            self._pending = False  # a post made during the callback asks for another call
        self._last = time.monotonic()
        self._callback()
