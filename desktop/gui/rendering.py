"""How the window draws the transcript where there is no GPU.

The transcript is a QtWebEngine view, which Qt composites through Qt Quick. Without a GPU
(virtual machines, remote desktops, many Linux set-ups) Qt Quick's default OpenGL path runs
on Mesa's llvmpipe, whose threads took about 20 ms of CPU per streamed token on a 2-core
machine, CPU the model needs: replies streamed at 0.6x the engine's own speed. Qt Quick's
software adaptation draws the same page with QPainter and costs a fraction of that
(benchmarks/window_decode.py; docs/ARCHITECTURE.md has the figures). It is chosen before Qt
starts when no GPU render node is present, unless the user set ``QT_QUICK_BACKEND`` or asked
for the GPU path with ``QWEN_DESK_TRANSCRIPT_GPU=1``. Where no GPU draws the page, the page
also keeps its endless animations still (``gpu_draws_the_page``; chat.css ``qd-still``).
"""

from __future__ import annotations

import glob
import logging
import os
import sys
from collections.abc import Mapping

log = logging.getLogger(__name__)

FORCE_GPU_ENV = "QWEN_DESK_TRANSCRIPT_GPU"


def has_gpu_render_node() -> bool:
    """Whether Linux offers a DRM render node (a GPU driver the web view could use)."""
    return bool(glob.glob("/dev/dri/renderD*"))


def gpu_draws_the_page(environ: Mapping[str, str] | None = None) -> bool:
    """Whether a GPU composites the transcript (else endless animations cost the model CPU).
    Linux without a render node, or with software GL forced, has none; other systems do."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return True
    return has_gpu_render_node() and not env.get("LIBGL_ALWAYS_SOFTWARE")


def choose_scene_graph(environ: dict[str, str] | None = None) -> str:
    """Set ``QT_QUICK_BACKEND=software`` where that is the cheaper path; returns the choice
    ("software", "default" or what the user set). Call before the QApplication exists."""
    env = os.environ if environ is None else environ
    if env.get("QT_QUICK_BACKEND"):
        return env["QT_QUICK_BACKEND"]
    if env.get(FORCE_GPU_ENV) == "1" or gpu_draws_the_page(env):
        return "default"
    env["QT_QUICK_BACKEND"] = "software"
    log.info("no GPU render node: the transcript is drawn with Qt Quick's software backend")
    return "software"


def stream_interval_ms(cores: int | None = None) -> int:
    """How often a streaming reply is redrawn: less often on machines with few cores, where
    every redraw takes CPU from the model (the first text is always shown at once)."""
    count = cores if cores is not None else (os.cpu_count() or 2)
    if count <= 2:
        return 160
    if count <= 4:
        return 80
    return 50
